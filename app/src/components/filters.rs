//! Fields of the staff search forms (the queue, the audit log). An empty
//! value means "any"; a date that cannot be read has an error.

use super::form_group::{control_label, FormGroup};
use super::text_input::SelectOptions;
use leptos::prelude::*;

/// A labelled drop-down list of (value, text) `options` with `selected`
/// chosen, after an empty choice reading `any` when given.
#[component]
pub fn FilterSelect(
    id: &'static str,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] selected: String,
    #[prop(optional, into)] any: Option<String>,
) -> impl IntoView {
    view! {
        <div class="form-group">
            <label class="label" for=id>{label}</label>
            <select class="select" id=id name=id>
                {any.map(|any| view! { <option value="">{any}</option> })}
                <SelectOptions options selected/>
            </select>
        </div>
    }
}

/// A typed filter with a visible label and a hint linked by
/// `aria-describedby`: a date unless `input_type` says otherwise. A value
/// that cannot be used is shown as typed, with its error (and
/// `aria-invalid`), never ignored silently.
#[component]
pub fn FilterInput(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    #[prop(into)] value: String,
    #[prop(default = "date")] input_type: &'static str,
    /// Width class; dates fit in `input--10`.
    #[prop(default = "input--10")]
    width: &'static str,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let group = FormGroup::new(id, Some(hint), error);
    let input = view! {
        <input class=format!("input {width}") type=input_type id=id name=id value=value
            aria-invalid=group.invalid aria-describedby=group.described_by.clone()/>
    };
    group.labelled(control_label(id, label, false), input)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn a_date_filter_is_described_by_its_hint() {
        let html =
            markup(view! { <FilterInput id="from" label="From" hint="2026-11-30" value="2024-01-02"/> });
        assert_eq!(
            html,
            concat!(
                r#"<div class="form-group"><label for="from" class="label">From</label>"#,
                r#"<p id="from-hint" class="hint">2026-11-30</p>"#,
                r#"<input type="date" id="from" name="from" value="2024-01-02" aria-describedby="from-hint" class="input input--10"></div>"#,
            )
        );
    }

    #[test]
    fn a_filter_that_cannot_be_used_keeps_its_value_and_says_why() {
        let html = markup(
            view! { <FilterInput id="from" label="From" hint="Choose" value="2024-13-45" error=Some("Bad".into())/> },
        );
        assert!(
            html.starts_with(r#"<div class="form-group form-group--error">"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<p id="from-error" class="error-message">"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"value="2024-13-45" aria-invalid="true" aria-describedby="from-hint from-error""#
            ),
            "{html}"
        );
    }

    #[test]
    fn a_select_filter_may_offer_any_first() {
        let options = vec![
            ("1".to_string(), "Ann".to_string()),
            ("2".to_string(), "Bo".to_string()),
        ];
        let html = markup(view! { <FilterSelect id="staff" label="Who" options selected="2" any="Any"/> });
        assert_eq!(
            html,
            concat!(
                r#"<div class="form-group"><label for="staff" class="label">Who</label><select id="staff" name="staff" class="select">"#,
                r#"<option value="">Any</option><option value="1">Ann</option><option value="2" selected>Bo</option></select></div>"#,
            )
        );
    }
}
