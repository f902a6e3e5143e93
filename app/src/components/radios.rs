use super::form_group::FormGroup;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RadioOption {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

/// A group of radio buttons (or, with `multiple`, checkboxes): a `<fieldset>`
/// whose `<legend>` is the question (an `<h1>` inside it when the page asks
/// only this question), a hint and an error linked with `aria-describedby`,
/// and a visible label for each option. The first input's id is `name`, so
/// an error summary link lands on the group. With an error, every input is
/// `aria-invalid`.
#[component]
pub fn Radios(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<RadioOption>,
    selected: Vec<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    /// The legend is the page's heading.
    #[prop(optional)]
    heading: bool,
    /// Checkboxes: any number may be chosen.
    #[prop(optional)]
    multiple: bool,
    /// A divider ("or") before the option at this index, with its text:
    /// "none of these" and "not sure" stand apart from the options.
    #[prop(optional_no_strip)]
    divider: Option<(usize, String)>,
) -> impl IntoView {
    let input_type = if multiple { "checkbox" } else { "radio" };
    let group = FormGroup::new(&name, hint, error);
    let invalid = group.invalid;
    let inputs = view! {
        <div class="radios">
            {options
                .into_iter()
                .enumerate()
                .map(|(i, option)| {
                    let id = if i == 0 { name.clone() } else { format!("{name}-{}", option.value) };
                    let option_hint_id = format!("{id}-hint");
                    let checked = selected.contains(&option.value);
                    let divider = divider
                        .as_ref()
                        .filter(|(at, _)| *at == i)
                        .map(|(_, text)| view! { <p class="radios__divider">{text.clone()}</p> });
                    view! {
                        {divider}
                        <div class="radios__item">
                            <input
                                class="radios__input"
                                type=input_type
                                id=id.clone()
                                name=name.clone()
                                value=option.value
                                checked=checked
                                aria-invalid=invalid
                                aria-describedby=option.hint.as_ref().map(|_| option_hint_id.clone())
                            />
                            <label class="radios__label" for=id>{option.label}</label>
                            {option.hint.map(|h| view! { <p id=option_hint_id class="hint radios__hint">{h}</p> })}
                        </div>
                    }
                })
                .collect_view()}
        </div>
    };
    group.fieldset(legend, heading, None, inputs)
}
