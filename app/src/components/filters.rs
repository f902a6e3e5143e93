//! Fields of the staff search forms (the queue, the audit log). A filter is
//! never wrong, so these have no error; an empty value means "any".

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
/// `aria-describedby`: a date unless `input_type` says otherwise.
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
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="form-group">
            <label class="label" for=id>{label}</label>
            <div class="hint" id=hint_id.clone()>{hint}</div>
            <input class=format!("input {width}") type=input_type id=id name=id value=value aria-describedby=hint_id/>
        </div>
    }
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
                r#"<div id="from-hint" class="hint">2026-11-30</div>"#,
                r#"<input type="date" id="from" name="from" value="2024-01-02" aria-describedby="from-hint" class="input input--10"></div>"#,
            )
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
