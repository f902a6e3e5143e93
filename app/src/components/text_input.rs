use super::form_group::{FieldParts, HintAndError};
use leptos::prelude::*;

/// A text input with a visible label, a hint and an error linked by
/// `aria-describedby`. With `label_is_heading` the label is the page's `<h1>`
/// (one question per page). Numbers that are not quantities use `inputmode`
/// rather than `type="number"`.
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
    #[prop(optional)] label_is_heading: bool,
    /// `text` unless given: `email`, `tel`.
    #[prop(optional, into)]
    input_type: Option<String>,
) -> impl IntoView {
    let FieldParts {
        hint_id,
        error_id,
        described_by,
        invalid,
        group_class,
    } = FieldParts::new(&id, &hint, &error);
    let input_class = format!("input {}", width.unwrap_or_default());
    let label = if label_is_heading {
        view! { <h1 class="label-wrapper"><label class="label label--page" for=id.clone()>{label}</label></h1> }
            .into_any()
    } else {
        view! { <label class="label" for=id.clone()>{label}</label> }.into_any()
    };
    view! {
        <div class=group_class>
            {label}
            <HintAndError hint_id=hint_id hint=hint error_id=error_id error=error/>
            <input
                class=input_class
                type=input_type.unwrap_or_else(|| "text".to_string())
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

/// A multi-line answer with a visible label, hint and error.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let FieldParts {
        hint_id,
        error_id,
        described_by,
        invalid,
        group_class,
    } = FieldParts::new(&id, &hint, &error);
    view! {
        <div class=group_class>
            <label class="label" for=id.clone()>{label}</label>
            <HintAndError hint_id=hint_id hint=hint error_id=error_id error=error/>
            <textarea
                class="textarea"
                id=id.clone()
                name=id
                rows="5"
                aria-invalid=invalid
                aria-describedby=described_by
            >{value}</textarea>
        </div>
    }
}

/// Choices grouped under headings: (group label, [(value, text)]).
pub type OptionGroups = Vec<(String, Vec<(String, String)>)>;

/// A drop-down list with a visible label; `groups` are `<optgroup>`s.
#[component]
pub fn Select(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    groups: OptionGroups,
    #[prop(into)] selected: String,
    #[prop(into)] placeholder: String,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let FieldParts {
        hint_id,
        error_id,
        described_by,
        invalid,
        group_class,
    } = FieldParts::new(&id, &hint, &error);
    view! {
        <div class=group_class>
            <label class="label" for=id.clone()>{label}</label>
            <HintAndError hint_id=hint_id hint=hint error_id=error_id error=error/>
            <select class="select" id=id.clone() name=id aria-invalid=invalid aria-describedby=described_by>
                <option value="">{placeholder}</option>
                {groups
                    .into_iter()
                    .map(|(group, options)| {
                        let selected = selected.clone();
                        view! {
                            <optgroup label=group>
                                {options
                                    .into_iter()
                                    .map(|(value, text)| {
                                        let is_selected = value == selected;
                                        view! { <option value=value selected=is_selected>{text}</option> }
                                    })
                                    .collect_view()}
                            </optgroup>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
