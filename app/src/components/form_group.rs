use crate::i18n::t;
use leptos::prelude::*;

/// How one question's control refers to its hint and error: the ids, the
/// `aria-describedby` list, `aria-invalid`, and the group's class.
pub struct FieldParts {
    pub hint_id: String,
    pub error_id: String,
    pub described_by: Option<String>,
    pub invalid: Option<&'static str>,
    pub group_class: &'static str,
}

impl FieldParts {
    pub fn new(id: &str, hint: &Option<String>, error: &Option<String>) -> Self {
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let described_by = [
            hint.as_ref().map(|_| hint_id.clone()),
            error.as_ref().map(|_| error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        FieldParts {
            hint_id,
            error_id,
            described_by: (!described_by.is_empty()).then_some(described_by),
            invalid: error.is_some().then_some("true"),
            group_class: if error.is_some() {
                "form-group form-group--error"
            } else {
                "form-group"
            },
        }
    }
}

/// The hint, then the error (with "Error:" for screen readers), under a
/// question's label or legend.
#[component]
pub fn HintAndError(
    hint_id: String,
    hint: Option<String>,
    error_id: String,
    error: Option<String>,
) -> impl IntoView {
    view! {
        {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
        {error.map(|e| view! {
            <p id=error_id class="error-message">
                <span class="visually-hidden">{format!("{} ", t("error-prefix"))}</span>
                {e}
            </p>
        })}
    }
}
