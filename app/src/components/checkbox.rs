use super::form_group::FormGroup;
use leptos::prelude::*;

/// One checkbox that must be ticked, such as a declaration. It sends
/// `{id}=yes`; its error sits above it, linked by `aria-describedby`.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    checked: bool,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    let group = FormGroup::new(&id, None, error);
    let checkbox = view! {
        <div class="radios">
            <div class="radios__item">
                <input
                    class="radios__input"
                    type="checkbox"
                    id=id.clone()
                    name=id.clone()
                    value="yes"
                    checked=checked
                    aria-invalid=group.invalid
                    aria-describedby=group.described_by.clone()
                />
                <label class="radios__label" for=id>{label}</label>
            </div>
        </div>
    };
    group.label_after(checkbox)
}
