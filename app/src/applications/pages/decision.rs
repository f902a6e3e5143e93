//! The decision on an application: a summary on its status page, and the
//! decision letter (决定书) at `/applications/{id}/decision`, in ordinary
//! and easy-read wording (`/decision/easy-read`), made to be printed.

use crate::applications::views::{entitlement_name, ApplicationView, DecisionOutcome, DecisionView};
use crate::components::{with_view, BackLink, PageTitle, SummaryList, SummaryRow};
use crate::domain::catalogue::Unit;
use crate::domain::decisions::{yuan_figure, AppealTerms, Grant};
use crate::i18n::{dates, t, t_with, tr_with, Lang};
use crate::page_context::use_page;
use chrono::NaiveDate;
use leptos::prelude::*;

/// What was granted, in the entitlement's own terms: "每年 1000 元", or what is provided.
pub fn grant_text(grant: &Grant) -> String {
    grant_text_in(crate::i18n::page_lang(), grant)
}

/// The same in a given language, for handlers and emails.
pub fn grant_text_in(lang: Lang, grant: &Grant) -> String {
    match grant {
        Grant::Provision(what) => what.clone(),
        Grant::Money { yuan, unit } => {
            let key = match unit {
                Unit::YuanPerMonth => "decision-grant-per-month",
                Unit::YuanPerYear => "decision-grant-per-year",
                Unit::YuanOnce | Unit::Share => "decision-grant-once",
            };
            tr_with(lang, key, &[("amount", yuan_figure(*yuan))])
        }
    }
}

fn day_text(day: NaiveDate) -> String {
    dates::date(use_page().lang, day)
}

fn body_of(terms: &AppealTerms) -> String {
    match use_page().lang {
        Lang::ZhCn => terms.body_zh.clone(),
        Lang::En => terms.body_en.clone(),
    }
}

fn refusal_text(key: &str) -> String {
    t(&format!("staff-refusal-{}", key.replace('_', "-")))
}

/// The decision's facts as rows: what, from when (or why not), who, when.
fn decision_rows(decision: DecisionView) -> impl IntoView {
    let outcome = match decision.outcome {
        DecisionOutcome::Approved { grant, start } => view! {
            <SummaryRow key=t("decision-granted")>{grant_text(&grant)}</SummaryRow>
            <SummaryRow key=t("decision-start")>{day_text(start)}</SummaryRow>
        }
        .into_any(),
        DecisionOutcome::Refused { reason, details } => view! {
            <SummaryRow key=t("decision-refused-reason")>{refusal_text(&reason)}</SummaryRow>
            {(!details.is_empty()).then(|| view! { <SummaryRow key=t("decision-refused-details")>{details}</SummaryRow> })}
        }
        .into_any(),
    };
    view! {
        {outcome}
        <SummaryRow key=t("decision-decided-by")>{t_with("decision-decided-by-value", &[("name", decision.decided_by)])}</SummaryRow>
        <SummaryRow key=t("decision-decided-on")>{day_text(decision.decided_on)}</SummaryRow>
    }
}

/// On the status page: the decision and the links to its letter.
#[component]
pub fn DecisionSummary(id: i32, decision: DecisionView) -> impl IntoView {
    let base = format!("/applications/{id}/decision");
    view! {
        <section aria-labelledby="decision-heading">
            <h2 id="decision-heading">{t("decision-heading")}</h2>
            <SummaryList>{decision_rows(decision)}</SummaryList>
            <ul class="list">
                <li><a href=base.clone()>{t("decision-letter-link")}</a></li>
                <li><a href=format!("{base}/easy-read")>{t("decision-letter-easy-link")}</a></li>
            </ul>
        </section>
    }
}

/// How to challenge the decision, with the dates if the letter was received on the day.
fn challenge(decision: &DecisionView) -> impl IntoView {
    let Some(terms) = decision.appeal.clone() else {
        return view! { <p>{t("decision-challenge-ask")}</p> }.into_any();
    };
    let decided = decision.decided_on;
    view! {
        <p>{t_with("decision-challenge-reconsideration", &[
            ("days", terms.reconsideration_days.to_string()),
            ("body", body_of(&terms)),
            ("by", day_text(terms.reconsideration_by(decided))),
        ])}</p>
        <p>{t_with("decision-challenge-lawsuit", &[
            ("months", terms.lawsuit_months.to_string()),
            ("by", day_text(terms.lawsuit_by(decided))),
        ])}</p>
        <p>{t("decision-challenge-again")}</p>
    }
    .into_any()
}

fn easy_challenge(decision: &DecisionView) -> impl IntoView {
    let Some(terms) = decision.appeal.clone() else {
        return view! { <p>{t("decision-challenge-ask")}</p> }.into_any();
    };
    let decided = decision.decided_on;
    view! {
        <ul class="list list--bullet easy-read">
            <li>{t_with("decision-easy-challenge-body", &[("body", body_of(&terms))])}</li>
            <li>{t_with("decision-easy-challenge-by", &[("by", day_text(terms.reconsideration_by(decided)))])}</li>
            <li>{t_with("decision-easy-court", &[("by", day_text(terms.lawsuit_by(decided)))])}</li>
            <li>{t("decision-easy-help")}</li>
        </ul>
    }
    .into_any()
}

/// The help contacts, which a printed letter must keep.
fn contacts() -> impl IntoView {
    let page = use_page();
    let site = page.site.clone();
    view! {
        <section aria-labelledby="letter-contact-heading" class="letter__contact">
            <h2 id="letter-contact-heading">{t("decision-contact-heading")}</h2>
            <p>{t_with("decision-contact", &[
                ("phone", site.phone.clone()),
                ("address", site.address(page.lang).to_string()),
                ("hours", site.hours(page.lang).to_string()),
            ])}</p>
        </section>
    }
}

fn letter_title(decision: &DecisionView) -> String {
    match decision.outcome {
        DecisionOutcome::Approved { .. } => t("decision-letter-approved"),
        DecisionOutcome::Refused { .. } => t("decision-letter-refused"),
    }
}

/// `/applications/{id}/decision`.
#[component]
pub fn DecisionLetterPage() -> impl IntoView {
    with_view(|app: ApplicationView| {
        let Some(decision) = app.decision.clone() else {
            return ().into_any();
        };
        let title = letter_title(&decision);
        let base = format!("/applications/{}", app.id);
        let challenge = challenge(&decision);
        let rows = decision_rows(decision);
        view! {
            <PageTitle text=title.clone()/>
            <BackLink href=base.clone() text=t("decision-back")/>
            <article class="letter">
                <h1>{title}</h1>
                <SummaryList>
                    <SummaryRow key=t("application-reference")>{app.reference.clone().unwrap_or_default()}</SummaryRow>
                    <SummaryRow key=t("decision-person")>{app.person.full_name.clone()}</SummaryRow>
                    <SummaryRow key=t("decision-entitlement")>{entitlement_name(&app.entitlement)}</SummaryRow>
                    {rows}
                </SummaryList>
                <h2>{t("decision-challenge-heading")}</h2>
                {challenge}
                {contacts()}
            </article>
            <p class="no-print"><a href=format!("{base}/decision/easy-read")>{t("decision-letter-easy-link")}</a></p>
            <p class="hint no-print">{t("decision-print-hint")}</p>
        }
        .into_any()
    })
}

/// `/applications/{id}/decision/easy-read`: short sentences, one idea each.
#[component]
pub fn DecisionLetterEasyPage() -> impl IntoView {
    with_view(|app: ApplicationView| {
        let Some(decision) = app.decision.clone() else {
            return ().into_any();
        };
        let base = format!("/applications/{}", app.id);
        let name = entitlement_name(&app.entitlement);
        let what = match &decision.outcome {
            DecisionOutcome::Approved { grant, start } => view! {
                <p>{t_with("decision-easy-approved", &[("entitlement", name.clone())])}</p>
                <p>{t_with("decision-easy-grant", &[("grant", grant_text(grant))])}</p>
                <p>{t_with("decision-easy-start", &[("start", day_text(*start))])}</p>
            }
            .into_any(),
            DecisionOutcome::Refused { reason, details } => view! {
                <p>{t_with("decision-easy-refused", &[("entitlement", name.clone())])}</p>
                <p>{t_with("decision-easy-reason", &[("reason", refusal_text(reason))])}</p>
                {(!details.is_empty()).then(|| view! { <p>{details.clone()}</p> })}
            }
            .into_any(),
        };
        view! {
            <PageTitle text=t("decision-easy-title")/>
            <BackLink href=base.clone() text=t("decision-back")/>
            <article class="letter easy-read">
                <h1>{t("decision-easy-title")}</h1>
                <p>{t_with("decision-easy-for", &[("name", app.person.full_name.clone())])}</p>
                {what}
                <p>{t_with("decision-easy-who", &[("name", decision.decided_by.clone()), ("date", day_text(decision.decided_on))])}</p>
                <h2>{t("decision-easy-disagree")}</h2>
                {easy_challenge(&decision)}
                {contacts()}
            </article>
            <p class="no-print"><a href=format!("{base}/decision")>{t("decision-letter-link")}</a></p>
            <p class="hint no-print">{t("decision-print-hint")}</p>
        }
        .into_any()
    })
}
