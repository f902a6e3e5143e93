//! The catalogue's pages: every entitlement by theme, and one entitlement.

use super::text::{self, amount_text, channel_key};
use crate::components::{with_view, PageTitle};
use crate::domain::catalogue::{AmountRule, Channel, Entitlement, EntitlementId, Theme, Unit, CATALOGUE};
use crate::domain::parameters::{ParameterId, Parameters};
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::sync::Arc;

fn message(id: EntitlementId, part: &str) -> String {
    t(&format!("ent-{}-{part}", id.slug()))
}

pub fn theme_key(theme: Theme) -> &'static str {
    match theme {
        Theme::Living => "theme-living",
        Theme::HealthInsurance => "theme-health-insurance",
        Theme::Housing => "theme-housing",
        Theme::Work => "theme-work",
        Theme::Rehabilitation => "theme-rehabilitation",
        Theme::Education => "theme-education",
        Theme::EverydayLife => "theme-everyday-life",
    }
}

/// `/entitlements`: every entitlement grouped by theme.
#[component]
pub fn EntitlementsPage() -> impl IntoView {
    view! {
        <PageTitle text=t("entitlements-title")/>
        <h1>{t("entitlements-title")}</h1>
        <p class="lead">{t("entitlements-lead")}</p>
        <p><a href="/check">{t("entitlement-check-link")}</a></p>
        {Theme::ALL
            .into_iter()
            .map(|theme| {
                let heading_id = format!("theme-{}", theme_key(theme));
                let labelled_by = heading_id.clone();
                view! {
                    <section aria-labelledby=labelled_by>
                        <h2 id=heading_id>{t(theme_key(theme))}</h2>
                        <ul class="entitlement-list">
                            {CATALOGUE
                                .iter()
                                .filter(|e| e.theme == theme)
                                .map(|e| {
                                    view! {
                                        <li>
                                            <a href=format!("/entitlements/{}", e.id.slug())>{message(e.id, "name")}</a>
                                            <p>{message(e.id, "what")}</p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()}
    }
}

/// `/entitlements/{id}`: who it is for, the conditions as the rules check
/// them, what you get today, how and where to apply, documents, the legal
/// basis and an easy-read summary.
#[component]
pub fn EntitlementPage() -> impl IntoView {
    with_view(|entitlement: Entitlement| {
        with_view(move |parameters: Arc<Parameters>| view! { <EntitlementDetails entitlement parameters/> })
    })
}

#[component]
fn EntitlementDetails(entitlement: Entitlement, parameters: Arc<Parameters>) -> impl IntoView {
    let page = use_page();
    let id = entitlement.id;
    let name = message(id, "name");
    let conditions: Vec<String> = entitlement
        .conditions
        .iter()
        .map(|c| text::condition(page.lang, *c))
        .collect();
    let amounts = amount_lines(&entitlement, &parameters);
    let basis = t_with(
        "entitlement-basis",
        &[
            ("chapter", entitlement.basis.chapter.to_string()),
            ("section", entitlement.basis.section.to_string()),
        ],
    );
    view! {
        <PageTitle text=name.clone()/>
        <p class="caption">{t(theme_key(entitlement.theme))}" · "{t_with("entitlement-code", &[("code", id.code())])}</p>
        <h1>{name}</h1>
        <div class="inset" lang=page.lang.tag()>
            <h2 class="inset__heading">{t("entitlement-in-short")}</h2>
            <p>{message(id, "easy")}</p>
        </div>

        <h2>{t("entitlement-who-heading")}</h2>
        <p>{message(id, "who")}</p>
        <p>{t("entitlement-conditions-intro")}</p>
        <ul class="list list--bullet">{conditions.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
        <p>{message(id, "residence")}</p>

        <h2>{t("entitlement-what-heading")}</h2>
        <p>{message(id, "what")}</p>
        {(!amounts.is_empty()).then(|| view! {
            <ul class="list">{amounts.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
        })}

        <p><a href="/check">{t("entitlement-check-link")}</a></p>
        {(entitlement.theme == Theme::Work).then(work_links)}

        <h2>{t("entitlement-apply-heading")}</h2>
        <p>{t(channel_key(entitlement.channel))}</p>
        {entitlement.can_apply_online().then(|| view! {
            <p><a href=format!("/apply/{}", entitlement.id.slug()) class="button">{t("apply-online")}</a></p>
        })}
        {(entitlement.channel == Channel::LegalAid).then(|| view! {
            <p><a href="/legal-aid" class="button">{t("legal-aid-ask-online")}</a></p>
        })}

        <h2>{t("entitlement-documents-heading")}</h2>
        <p>{message(id, "documents")}</p>

        <h2>{t("entitlement-basis-heading")}</h2>
        <p>{basis}</p>

        <p><a href="/entitlements">{t("entitlement-back")}</a></p>
    }
}

/// Employment support links to the job fairs and the training, so they
/// are found from here as well as from the home page (WCAG 2.4.5).
fn work_links() -> impl IntoView {
    view! {
        <h2>{t("entitlement-work-heading")}</h2>
        <ul class="list list--bullet">
            <li><a href="/jobs/fairs">{t("entitlement-work-fairs")}</a></li>
            <li><a href="/training">{t("entitlement-work-training")}</a></li>
        </ul>
    }
}

/// What the amount is on the page's date, in words.
fn amount_lines(entitlement: &Entitlement, parameters: &Parameters) -> Vec<String> {
    let today = use_page().today;
    let dated = |parameter: ParameterId, unit: Unit| amount_in_force(parameters, parameter, unit, today);
    match entitlement.amount {
        AmountRule::NoAmount => Vec::new(),
        AmountRule::Fixed(parameter, unit) => vec![dated(parameter, unit)],
        AmountRule::ShareByPoverty { poor, other } => vec![
            t_with("amount-for-poor", &[("amount", dated(poor, Unit::Share))]),
            t_with("amount-for-others", &[("amount", dated(other, Unit::Share))]),
        ],
        AmountRule::FreeIfPoor { other } => vec![
            t_with("amount-for-poor", &[("amount", t("amount-free"))]),
            t_with("amount-for-others", &[("amount", dated(other, Unit::Share))]),
        ],
    }
}

fn amount_in_force(parameters: &Parameters, parameter: ParameterId, unit: Unit, today: NaiveDate) -> String {
    match parameters.in_force(parameter, today) {
        Some(value) => amount_text(unit, value.value, value.effective_from),
        None => t("amount-set-by-district"),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{tr, Lang};

    #[test]
    fn every_entitlement_has_every_text_in_both_languages() {
        for lang in Lang::ALL {
            for entitlement in CATALOGUE.iter() {
                for part in ["name", "who", "what", "easy", "documents", "residence"] {
                    let id = format!("ent-{}-{part}", entitlement.id.slug());
                    assert_ne!(tr(lang, &id), id, "{id} is missing in {}", lang.tag());
                }
                for key in [theme_key(entitlement.theme), channel_key(entitlement.channel)] {
                    assert_ne!(tr(lang, key), key, "{key} in {}", lang.tag());
                }
            }
        }
    }

    /// Whether hukou is needed, living in the district is enough, or
    /// neither, said with the reason, for policy staff to review.
    #[test]
    fn every_entitlement_says_what_it_asks_of_hukou_and_residence() {
        use crate::domain::catalogue::Residence;
        for entitlement in CATALOGUE.iter() {
            let id = format!("ent-{}-residence", entitlement.id.slug());
            for lang in Lang::ALL {
                assert_ne!(tr(lang, &id), id, "{id} is missing in {}", lang.tag());
            }
            let text = tr(Lang::ZhCn, &id);
            let agrees = match entitlement.residence() {
                Residence::Registered => text.contains("户籍在江北区") && !text.contains("住在江北区"),
                Residence::RegisteredOrLiving => text.contains("或住在江北区"),
                Residence::Anyone => text.contains("不需要") || text.contains("没有户籍"),
            };
            assert!(agrees, "{id}: {text}");
        }
    }
}
