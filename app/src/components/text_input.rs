use crate::i18n::t;
use leptos::prelude::*;

/// A text input whose label is the page's `<h1>` (one question per page),
/// with a hint and an error linked by `aria-describedby`. Numbers that are
/// not quantities use `inputmode` rather than `type="number"`.
#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional, into)] inputmode: Option<String>,
    #[prop(optional, into)] autocomplete: Option<String>,
    /// Width class, e.g. `input--20` for about 20 characters.
    #[prop(optional, into)]
    width: Option<String>,
) -> impl IntoView {
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
    let invalid = error.is_some().then_some("true");
    let group_class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let input_class = format!("input {}", width.unwrap_or_default());
    view! {
        <div class=group_class>
            <h1 class="label-wrapper"><label class="label label--page" for=id.clone()>{label}</label></h1>
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            {error.map(|e| view! {
                <p id=error_id class="error-message">
                    <span class="visually-hidden">{t("error-prefix")}" "</span>
                    {e}
                </p>
            })}
            <input
                class=input_class
                type="text"
                id=id
                name=name
                value=value
                spellcheck="false"
                inputmode=inputmode
                autocomplete=autocomplete
                aria-invalid=invalid
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            />
        </div>
    }
}
