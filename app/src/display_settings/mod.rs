//! `/settings`: text size, contrast and line spacing.
//!
//! The form posts to the same URL. The server saves the choice in a cookie
//! and applies it as classes on `<html>`; with JavaScript on, an island also
//! previews each choice as soon as it is picked.

mod preview;
#[cfg(feature = "ssr")]
mod save;

pub use crate::page_context::display::{Choice, Contrast, DisplaySettings, Spacing, TextSize};

use crate::components::{ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios};
use crate::forms::{use_form, FormState};
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;
use preview::SettingsPreview;

fn options<C: Choice>() -> Vec<RadioOption> {
    C::ALL
        .iter()
        .map(|c| RadioOption {
            value: c.value().to_string(),
            label: t(&format!("settings-{}-{}", C::FIELD, c.value())),
            hint: None,
        })
        .collect()
}

/// The value to show as selected: what was just sent, else what is in force.
fn selected<C: Choice>(form: &FormState, current: C) -> String {
    if form.has_errors() {
        return form.value(C::FIELD);
    }
    current.value().to_string()
}

#[component]
pub fn DisplaySettingsPage() -> impl IntoView {
    let page = use_page();
    let current = page.display;
    let form = use_form();
    let saved = !form.has_errors() && page.has_query("saved");
    let errors = form.summary();
    let has_errors = form.has_errors();
    let (text_error, contrast_error, spacing_error) = (
        form.error(TextSize::FIELD),
        form.error(Contrast::FIELD),
        form.error(Spacing::FIELD),
    );
    let text_selected = selected(&form, current.text);
    let contrast_selected = selected(&form, current.contrast);
    let spacing_selected = selected(&form, current.spacing);
    let announcement = t_with(
        "settings-preview-announcement",
        &[("choice", preview::CHOICE_MARK.to_string())],
    );

    view! {
        <PageTitle text=t("settings-title") has_errors=has_errors/>
        <ErrorSummary errors=errors/>
        {saved.then(|| view! {
            <NotificationBanner heading=t("settings-saved-heading")>
                <p>{t("settings-saved-body")}</p>
            </NotificationBanner>
        })}
        <h1>{t("settings-title")}</h1>
        <p class="lead">{t("settings-intro")}</p>
        <form method="post" action="/settings" novalidate=true>
            <SettingsPreview announcement=announcement>
                <Radios
                    name=TextSize::FIELD
                    legend=t("settings-text-legend")
                    hint=t("settings-text-hint")
                    options={options::<TextSize>()}
                    selected=vec![text_selected]
                    error=text_error
                />
                <Radios
                    name=Contrast::FIELD
                    legend=t("settings-contrast-legend")
                    hint=t("settings-contrast-hint")
                    options={options::<Contrast>()}
                    selected=vec![contrast_selected]
                    error=contrast_error
                />
                <Radios
                    name=Spacing::FIELD
                    legend=t("settings-spacing-legend")
                    hint=t("settings-spacing-hint")
                    options={options::<Spacing>()}
                    selected=vec![spacing_selected]
                    error=spacing_error
                />
            </SettingsPreview>
            <button type="submit" class="button">{t("settings-save")}</button>
        </form>
        <p>{t("settings-cookie-note")}" "<a href="/privacy">{t("settings-cookie-link")}</a></p>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{tr, Lang};

    fn labels_exist<C: Choice>() {
        for lang in Lang::ALL {
            for c in C::ALL {
                let id = format!("settings-{}-{}", C::FIELD, c.value());
                assert_ne!(tr(lang, &id), id, "{id} is missing in {}", lang.tag());
            }
        }
    }

    #[test]
    fn every_option_has_a_label_in_both_languages() {
        labels_exist::<TextSize>();
        labels_exist::<Contrast>();
        labels_exist::<Spacing>();
    }
}

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    axum::Router::new().route("/settings", get(save::show).post(save::save))
}
