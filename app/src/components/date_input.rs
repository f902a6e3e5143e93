use super::form_group::FormGroup;
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
    let group = FormGroup::new(&id, hint, error);
    let invalid = group.invalid;
    let [day, month, year] = values;
    let parts = [
        ("day", t("date-day"), day, "input--2", "-day"),
        ("month", t("date-month"), month, "input--2", "-month"),
        ("year", t("date-year"), year, "input--4", "-year"),
    ];
    let inputs = view! {
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
    };
    group.fieldset(legend, true, Some("group"), inputs)
}
