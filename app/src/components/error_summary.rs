use crate::i18n::t;
use leptos::prelude::*;

/// One problem with one field: the field's `id` and what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field_id: String,
    pub message: String,
}

/// "There is a problem" box at the top of a form with errors. It takes focus
/// when the page loads (`autofocus`, no script needed), so screen readers read
/// it first, and links each message to its field. It is an `alert` named by
/// its heading (as GOV.UK's summary was): a plain `div` may not carry
/// `aria-labelledby`, and the role tells what the focused box is.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus=true aria-labelledby="error-summary-title">
                <h2 id="error-summary-title" class="error-summary__title">{t("error-summary-title")}</h2>
                <ul class="error-summary__list">
                    {errors
                        .into_iter()
                        .map(|e| view! { <li><a href=format!("#{}", e.field_id)>{e.message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
