//! `/check/results`: what the answers qualify for, grouped as qualifies /
//! may qualify / does not qualify, with amounts, reasons, documents, where
//! to apply, and the monthly and yearly cash totals. Prints cleanly.

use super::pages::{today, CheckState};
use crate::components::with_view;
use crate::components::PageTitle;
use crate::domain::catalogue::{entitlement, Unit};
use crate::domain::parameters::Parameters;
use crate::domain::{check, Amount, Outcome, Status};
use crate::entitlements::text;
use crate::entitlements::text::{amount_text, channel_key};
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;
use std::sync::Arc;

/// Cash a month and a year from what the person qualifies for.
fn totals(outcomes: &[Outcome]) -> (f64, f64) {
    let mut monthly = 0.0;
    let mut yearly_only = 0.0;
    for amount in outcomes
        .iter()
        .filter(|o| o.status == Status::Qualifies)
        .filter_map(|o| o.amount.as_ref())
    {
        match (amount.unit, amount.value) {
            (Unit::YuanPerMonth, Some(value)) => monthly += value,
            (Unit::YuanPerYear, Some(value)) => yearly_only += value,
            _ => {}
        }
    }
    (monthly, monthly * 12.0 + yearly_only)
}

fn amount_line(amount: &Amount) -> String {
    amount_text(amount.unit, amount.value, amount.effective_from)
}

#[component]
fn OutcomeItem(outcome: Outcome) -> impl IntoView {
    let lang = use_page().lang;
    let slug = outcome.id.slug();
    let name = t(&format!("ent-{slug}-name"));
    let name_for_link = name.clone();
    let details = entitlement(outcome.id);
    let channel = details.map(|e| t(channel_key(e.channel))).unwrap_or_default();
    let basis = details
        .map(|e| {
            t_with(
                "entitlement-basis",
                &[
                    ("chapter", e.basis.chapter.to_string()),
                    ("section", e.basis.section.to_string()),
                ],
            )
        })
        .unwrap_or_default();
    let reasons: Vec<String> = outcome.reasons.iter().map(|r| text::reason(lang, r)).collect();
    let show_how = outcome.status != Status::DoesNotQualify;
    // A "qualifies" whose share depends on a fact not given (E15, E16).
    let amount_open = outcome.status == Status::Qualifies && !outcome.missing_facts.is_empty();
    let online = show_how && details.is_some_and(|e| e.can_apply_online());
    view! {
        <li class="result">
            <h3 class="result__name"><a href=format!("/entitlements/{slug}")>{name}</a></h3>
            {outcome.amount.as_ref().map(|a| view! { <p class="result__amount">{amount_line(a)}</p> })}
            {amount_open.then(|| view! {
                <p class="result__amount">
                    {t("check-results-amount-depends")}" "
                    <a href="/check/q/household?change=1" class="no-print">
                        {t("check-results-amount-answer")}
                        <span class="visually-hidden">{format!(": {name_for_link}")}</span>
                    </a>
                </p>
            })}
            <ul class="list list--bullet result__reasons">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            {show_how.then(|| view! {
                <p><strong>{t("check-results-documents")}</strong>" "{t(&format!("ent-{slug}-documents"))}</p>
                <p><strong>{t("check-results-apply")}</strong>" "{channel}</p>
            })}
            {online.then(|| view! {
                <p class="no-print">
                    <a href=format!("/apply/{slug}") class="button button--secondary">
                        {t("apply-online")}<span class="visually-hidden">{format!(": {name_for_link}")}</span>
                    </a>
                </p>
            })}
            <p class="hint"><strong>{t("check-results-basis")}</strong>" "{basis}</p>
        </li>
    }
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    with_view(|state: CheckState| with_view(move |parameters: Arc<Parameters>| results(&state, &parameters)))
}

fn results(state: &CheckState, parameters: &Parameters) -> impl IntoView {
    let facts = state.facts();
    let outcomes = check(&facts, today(), parameters);
    let (monthly, yearly) = totals(&outcomes);
    let group = |status: Status| {
        outcomes
            .iter()
            .filter(|o| o.status == status)
            .cloned()
            .collect::<Vec<_>>()
    };
    let (qualifies, may, not) = (
        group(Status::Qualifies),
        group(Status::MayQualify),
        group(Status::DoesNotQualify),
    );
    let count = |n: usize| n.to_string();
    view! {
        <PageTitle text=t("check-results-title")/>
        <h1>{t("check-results-title")}</h1>
        <p class="lead">
            {t_with(
                "check-results-summary",
                &[("qualifies", count(qualifies.len())), ("may", count(may.len())), ("not", count(not.len()))],
            )}
        </p>
        <div class="inset">
            <p>{t_with("check-results-total-month", &[("amount", format!("{monthly}"))])}</p>
            <p>{t_with("check-results-total-year", &[("amount", format!("{yearly}"))])}</p>
            <p class="hint">{t("check-results-total-note")}</p>
        </div>
        <section aria-labelledby="qualifies-heading">
            <h2 id="qualifies-heading">{t_with("check-results-qualifies", &[("count", count(qualifies.len()))])}</h2>
            <ul class="results">{qualifies.into_iter().map(|o| view! { <OutcomeItem outcome=o/> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="may-heading">
            <h2 id="may-heading">{t_with("check-results-may", &[("count", count(may.len()))])}</h2>
            <p>{t("check-results-may-intro")}</p>
            <ul class="results">{may.into_iter().map(|o| view! { <OutcomeItem outcome=o/> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="not-heading">
            <h2 id="not-heading">{t_with("check-results-not", &[("count", count(not.len()))])}</h2>
            <p>{t("check-results-not-intro")}</p>
            <details class="details">
                <summary>{t("check-results-not-show")}</summary>
                <ul class="results">{not.into_iter().map(|o| view! { <OutcomeItem outcome=o/> }).collect_view()}</ul>
            </details>
        </section>
        <div class="no-print">
            <h2>{t("check-results-next")}</h2>
            <p>{t("check-results-print")}</p>
            <p><a href="/check/answers">{t("check-results-change")}</a></p>
            <form method="post" action="/check/start-again">
                <button type="submit" class="button button--secondary">{t("check-start-again")}</button>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::EntitlementId;
    use crate::domain::parameters::ParameterId;
    use chrono::NaiveDate;

    fn outcome(status: Status, unit: Unit, value: f64) -> Outcome {
        Outcome {
            id: EntitlementId(3),
            status,
            amount: Some(Amount {
                value: Some(value),
                unit,
                effective_from: NaiveDate::default(),
                parameter: ParameterId::LivingAllowance,
            }),
            reasons: Vec::new(),
            missing_facts: Vec::new(),
        }
    }

    #[test]
    fn totals_count_only_what_you_qualify_for() {
        let outcomes = [
            outcome(Status::Qualifies, Unit::YuanPerMonth, 55.0),
            outcome(Status::Qualifies, Unit::YuanPerYear, 1000.0),
            outcome(Status::Qualifies, Unit::YuanOnce, 2000.0),
            outcome(Status::MayQualify, Unit::YuanPerMonth, 99.0),
        ];
        assert_eq!(totals(&outcomes), (55.0, 55.0 * 12.0 + 1000.0));
    }
}
