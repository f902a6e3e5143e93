//! `GET /settings` and `POST /settings`: validates the choice, keeps it in
//! a cookie, and comes back to the page. Invalid input is shown again with
//! what to fix.

use super::{Choice, Contrast, DisplaySettings, DisplaySettingsPage, Spacing, TextSize};
use crate::forms::FormState;
use crate::page_context::DISPLAY_COOKIE;
use crate::web::{see_other_saving_preference, FormValues, Page, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

fn page() -> Page {
    Page::new(DisplaySettingsPage).with_islands()
}

pub async fn show() -> Page {
    page()
}

pub async fn save(State(state): State<PortalState>, sent: FormValues) -> Response {
    match validate(sent.to_form()) {
        Ok(settings) => see_other_saving_preference(
            "/settings?saved=1",
            DISPLAY_COOKIE,
            &settings.to_cookie(),
            state.secure_cookies,
        ),
        Err(form) => page().rejected(form).into_response(),
    }
}

fn validate(mut form: FormState) -> Result<DisplaySettings, FormState> {
    let text = form.choice(TextSize::FIELD, TextSize::parse, "settings-text-error");
    let contrast = form.choice(Contrast::FIELD, Contrast::parse, "settings-contrast-error");
    let spacing = form.choice(Spacing::FIELD, Spacing::parse, "settings-spacing-error");
    match (text, contrast, spacing) {
        (Some(text), Some(contrast), Some(spacing)) => Ok(DisplaySettings {
            text,
            contrast,
            spacing,
        }),
        _ => Err(form),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(body: &[u8]) -> FormState {
        FormValues::parse(body).to_form()
    }

    #[test]
    fn valid_form_gives_settings() {
        let settings = validate(form(b"text=largest&contrast=high&spacing=standard")).ok();
        assert_eq!(
            settings,
            Some(DisplaySettings {
                text: TextSize::Largest,
                contrast: Contrast::High,
                spacing: Spacing::Standard
            })
        );
    }

    #[test]
    fn missing_or_unknown_values_are_errors_that_keep_what_was_sent() {
        let Err(rejected) = validate(form(b"text=giant&spacing=wide")) else {
            panic!("an unknown text size must be rejected");
        };
        let errors: Vec<_> = rejected
            .errors
            .iter()
            .map(|e| (e.field.as_str(), e.message_id.as_str()))
            .collect();
        assert_eq!(
            errors,
            vec![
                ("text", "settings-text-error"),
                ("contrast", "settings-contrast-error")
            ]
        );
        assert_eq!(rejected.value("spacing"), "wide");
        assert_eq!(rejected.value("text"), "giant");
    }
}
