use crate::i18n::t;
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
) -> impl IntoView {
    let input_type = if multiple { "checkbox" } else { "radio" };
    let legend = if heading {
        view! { <legend class="fieldset__legend fieldset__legend--page"><h1 class="fieldset__heading">{legend}</h1></legend> }.into_any()
    } else {
        view! { <legend class="fieldset__legend">{legend}</legend> }.into_any()
    };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
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
    view! {
        <div class=group_class>
            <fieldset class="fieldset" aria-describedby=(!described_by.is_empty()).then_some(described_by)>
                {legend}
                {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
                {error.map(|e| view! {
                    <p id=error_id class="error-message">
                        <span class="visually-hidden">{t("error-prefix")}" "</span>
                        {e}
                    </p>
                })}
                <div class="radios">
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, option)| {
                            let id = if i == 0 { name.clone() } else { format!("{name}-{}", option.value) };
                            let option_hint_id = format!("{id}-hint");
                            let checked = selected.contains(&option.value);
                            view! {
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
            </fieldset>
        </div>
    }
}
