//! `POST /settings`: validates the choice, keeps it in a cookie, and comes
//! back to the page. Invalid input is shown again with what to fix.

use super::{Choice, Contrast, DisplaySettings, RejectedSettings, Spacing, TextSize};
use crate::page_context::DISPLAY_COOKIE;
use crate::web::{render_page, see_other_saving_preference, FormValues, PortalState};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use http::StatusCode;
use leptos::prelude::provide_context;

pub async fn save(State(state): State<PortalState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let form = FormValues::read(body).await;
    match validate(&form) {
        Ok(settings) => see_other_saving_preference(
            "/settings?saved=1",
            DISPLAY_COOKIE,
            &settings.to_cookie(),
            state.secure_cookies,
        ),
        Err(rejected) => {
            let request = Request::from_parts(parts, Body::empty());
            let mut response = render_page(&state, request, move || provide_context(rejected.clone())).await;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
    }
}

fn validate(form: &FormValues) -> Result<DisplaySettings, RejectedSettings> {
    let mut errors = Vec::new();
    let text = pick::<TextSize>(form, "settings-text-error", &mut errors);
    let contrast = pick::<Contrast>(form, "settings-contrast-error", &mut errors);
    let spacing = pick::<Spacing>(form, "settings-spacing-error", &mut errors);
    if !errors.is_empty() {
        return Err(RejectedSettings {
            values: form.pairs().to_vec(),
            errors,
        });
    }
    Ok(DisplaySettings {
        text,
        contrast,
        spacing,
    })
}

fn pick<C: Choice>(
    form: &FormValues,
    message_id: &'static str,
    errors: &mut Vec<(&'static str, &'static str)>,
) -> C {
    match form.get(C::FIELD).and_then(C::parse) {
        Some(choice) => choice,
        None => {
            errors.push((C::FIELD, message_id));
            C::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_form_gives_settings() {
        let form = FormValues::parse(b"text=largest&contrast=high&spacing=standard");
        let settings = validate(&form).ok();
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
        let form = FormValues::parse(b"text=giant&spacing=wide");
        let Err(rejected) = validate(&form) else {
            panic!("an unknown text size must be rejected");
        };
        assert_eq!(
            rejected.errors,
            vec![
                ("text", "settings-text-error"),
                ("contrast", "settings-contrast-error")
            ]
        );
        assert_eq!(rejected.value("spacing"), Some("wide"));
        assert_eq!(rejected.value("text"), Some("giant"));
    }
}
