use super::form_group::{FieldParts, HintAndError};
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
    let FieldParts {
        hint_id,
        error_id,
        described_by,
        invalid,
        group_class,
    } = FieldParts::new(&id, &hint, &error);
    let [day, month, year] = values;
    let parts = [
        ("day", t("date-day"), day, "input--2", "-day"),
        ("month", t("date-month"), month, "input--2", "-month"),
        ("year", t("date-year"), year, "input--4", "-year"),
    ];
    view! {
        <div class=group_class>
            <fieldset class="fieldset" role="group" aria-describedby=described_by>
                <legend class="fieldset__legend fieldset__legend--page"><h1 class="fieldset__heading">{legend}</h1></legend>
                <HintAndError hint_id=hint_id hint=hint error_id=error_id error=error/>
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
