use super::form_group::{control_label, FormGroup};
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
    /// The language of what is typed, when it is not the page's (WCAG 3.1.2).
    #[prop(optional_no_strip)]
    lang: Option<String>,
) -> impl IntoView {
    let group = FormGroup::new(&id, hint, error);
    let input_class = format!("input {}", width.unwrap_or_default());
    let label = control_label(&id, label, label_is_heading);
    let input = view! {
        <input
            class=input_class
            type=input_type.unwrap_or_else(|| "text".to_string())
            id=id
            name=name
            value=value
            lang=lang
            spellcheck="false"
            inputmode=inputmode
            autocomplete=autocomplete
            aria-invalid=group.invalid
            aria-describedby=group.described_by.clone()
        />
    };
    group.labelled(label, input)
}

/// A multi-line answer with a visible label, hint and error.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    /// The language of what is typed, when it is not the page's (WCAG 3.1.2).
    #[prop(optional_no_strip)]
    lang: Option<String>,
) -> impl IntoView {
    let group = FormGroup::new(&id, hint, error);
    let textarea = view! {
        <textarea
            class="textarea"
            id=id.clone()
            name=id.clone()
            lang=lang
            rows="5"
            aria-invalid=group.invalid
            aria-describedby=group.described_by.clone()
        >{value}</textarea>
    };
    group.labelled(control_label(&id, label, false), textarea)
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
    let group = FormGroup::new(&id, hint, error);
    let select = view! {
        <select class="select" id=id.clone() name=id.clone() aria-invalid=group.invalid aria-describedby=group.described_by.clone()>
            <option value="">{placeholder}</option>
            {groups
                .into_iter()
                .map(|(group, options)| {
                    view! { <optgroup label=group><SelectOptions options selected=selected.clone()/></optgroup> }
                })
                .collect_view()}
        </select>
    };
    group.labelled(control_label(&id, label, false), select)
}

/// A list's `<option>`s from (value, text) pairs; the one whose value is
/// `selected` is chosen.
#[component]
pub fn SelectOptions(options: Vec<(String, String)>, #[prop(into)] selected: String) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            view! { <option value=value selected=is_selected>{text}</option> }
        })
        .collect_view()
}
