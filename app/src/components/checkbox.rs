use super::form_group::{FieldParts, HintAndError};
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
    let FieldParts {
        hint_id,
        error_id,
        described_by,
        invalid,
        group_class,
    } = FieldParts::new(&id, &None, &error);
    view! {
        <div class=group_class>
            <HintAndError hint_id=hint_id hint=None error_id=error_id error=error/>
            <div class="radios">
                <div class="radios__item">
                    <input
                        class="radios__input"
                        type="checkbox"
                        id=id.clone()
                        name=id.clone()
                        value="yes"
                        checked=checked
                        aria-invalid=invalid
                        aria-describedby=described_by
                    />
                    <label class="radios__label" for=id>{label}</label>
                </div>
            </div>
        </div>
    }
}
