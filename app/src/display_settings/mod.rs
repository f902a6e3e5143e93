//! `/settings`: text size, contrast and line spacing.
//!
//! The form posts to the same URL. The server saves the choice in a cookie
//! and applies it as classes on `<html>`; with JavaScript on, an island also
//! previews each choice as soon as it is picked.

mod preview;
#[cfg(feature = "ssr")]
mod save;

pub use crate::page_context::display::{Choice, Contrast, DisplaySettings, Spacing, TextSize};
#[cfg(feature = "ssr")]
pub use save::save;

use crate::components::{ErrorSummary, FieldError, NotificationBanner, PageTitle, RadioOption, Radios};
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use preview::SettingsPreview;

/// What was posted, when it could not be saved: shown again with errors.
#[derive(Clone, Debug, Default)]
pub struct RejectedSettings {
    /// Field name and the value sent, as sent.
    pub values: Vec<(String, String)>,
    /// Field name and the Fluent id of the message saying what to fix.
    pub errors: Vec<(&'static str, &'static str)>,
}

impl RejectedSettings {
    fn value(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.as_str())
    }

    fn error(&self, field: &str) -> Option<String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, id)| t(id))
    }
}

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
fn selected<C: Choice>(rejected: &Option<RejectedSettings>, current: C) -> String {
    rejected
        .as_ref()
        .and_then(|r| r.value(C::FIELD))
        .unwrap_or(current.value())
        .to_string()
}

#[component]
pub fn DisplaySettingsPage() -> impl IntoView {
    let page = use_page();
    let current = page.display;
    let rejected = use_context::<RejectedSettings>();
    let saved = rejected.is_none() && use_query_map().with_untracked(|q| q.get("saved").is_some());
    let errors: Vec<FieldError> = rejected
        .iter()
        .flat_map(|r| r.errors.iter())
        .map(|(field, id)| FieldError {
            field_id: field.to_string(),
            message: t(id),
        })
        .collect();
    let has_errors = !errors.is_empty();
    let error_for = |field: &str| rejected.as_ref().and_then(|r| r.error(field));
    let (text_error, contrast_error, spacing_error) = (
        error_for(TextSize::FIELD),
        error_for(Contrast::FIELD),
        error_for(Spacing::FIELD),
    );
    let text_selected = selected(&rejected, current.text);
    let contrast_selected = selected(&rejected, current.contrast);
    let spacing_selected = selected(&rejected, current.spacing);
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
