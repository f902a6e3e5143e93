use super::form_group::{FieldParts, HintAndError};
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
    let FieldParts {
        hint_id,
        error_id,
        described_by,
        invalid,
        group_class,
    } = FieldParts::new(&id, &hint, &error);
    let input_class = format!("input {}", width.unwrap_or_default());
    view! {
        <div class=group_class>
            <h1 class="label-wrapper"><label class="label label--page" for=id.clone()>{label}</label></h1>
            <HintAndError hint_id=hint_id hint=hint error_id=error_id error=error/>
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
                aria-describedby=described_by
            />
        </div>
    }
}
