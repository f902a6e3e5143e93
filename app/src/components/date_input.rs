use crate::i18n::t;
use leptos::prelude::*;

/// A date as three text inputs (day, month, year) in a fieldset whose legend
/// is the page's `<h1>`. The day input's id is `id`, for error summary links.
#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    /// Day, month and year as typed.
    values: [String; 3],
    #[prop(optional_no_strip)] error: Option<String>,
    /// `bday` for a date of birth.
    #[prop(optional, into)]
    autocomplete_prefix: Option<String>,
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
    let [day, month, year] = values;
    let parts = [
        ("day", t("date-day"), day, "input--2", "-day"),
        ("month", t("date-month"), month, "input--2", "-month"),
        ("year", t("date-year"), year, "input--4", "-year"),
    ];
    view! {
        <div class=group_class>
            <fieldset class="fieldset" role="group" aria-describedby=(!described_by.is_empty()).then_some(described_by)>
                <legend class="fieldset__legend fieldset__legend--page"><h1 class="fieldset__heading">{legend}</h1></legend>
                {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
                {error.map(|e| view! {
                    <p id=error_id class="error-message">
                        <span class="visually-hidden">{t("error-prefix")}" "</span>
                        {e}
                    </p>
                })}
                <div class="date-input">
                    {parts
                        .into_iter()
                        .map(|(name, label, value, width, suffix)| {
                            let input_id = if name == "day" { id.clone() } else { format!("{id}-{name}") };
                            let autocomplete = autocomplete_prefix.as_ref().map(|p| format!("{p}{suffix}"));
                            view! {
                                <div class="date-input__item">
                                    <label class="label" for=input_id.clone()>{label}</label>
                                    <input
                                        class=format!("input {width}")
                                        type="text"
                                        inputmode="numeric"
                                        id=input_id
                                        name=name
                                        value=value
                                        autocomplete=autocomplete
                                        aria-invalid=invalid
                                    />
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
