use crate::i18n::t;
use leptos::prelude::*;

/// One question's form group: its hint and error, and how the control refers
/// to them. The field components draw their groups through this, so the ids,
/// `aria-describedby` and the error styling agree everywhere.
pub struct FormGroup {
    hint_id: String,
    error_id: String,
    hint: Option<String>,
    error: Option<String>,
    /// The hint's and the error's ids, for the control's `aria-describedby`.
    pub described_by: Option<String>,
    /// `aria-invalid` for the control(s) when there is an error.
    pub invalid: Option<&'static str>,
}

impl FormGroup {
    pub fn new(id: &str, hint: Option<String>, error: Option<String>) -> Self {
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
        FormGroup {
            hint_id,
            error_id,
            described_by: (!described_by.is_empty()).then_some(described_by),
            invalid: error.is_some().then_some("true"),
            hint,
            error,
        }
    }

    /// The group around a single control: `label`, the hint, the error, then
    /// `control`.
    pub fn labelled(self, label: impl IntoView, control: impl IntoView) -> impl IntoView {
        let class = self.class();
        view! { <div class=class>{label}{self.hint_and_error()}{control}</div> }
    }

    /// The group around a control whose label follows it (a single
    /// checkbox): the hint and error, then `control`.
    pub fn label_after(self, control: impl IntoView) -> impl IntoView {
        let class = self.class();
        view! { <div class=class>{self.hint_and_error()}{control}</div> }
    }

    /// The group around several inputs answering one question: a fieldset
    /// described by the hint and error, whose legend is the question (the
    /// page's `<h1>` with `heading`).
    pub fn fieldset(
        self,
        legend: String,
        heading: bool,
        role: Option<&'static str>,
        controls: impl IntoView,
    ) -> impl IntoView {
        let class = self.class();
        let legend = if heading {
            view! { <legend class="fieldset__legend fieldset__legend--page"><h1 class="fieldset__heading">{legend}</h1></legend> }
                .into_any()
        } else {
            view! { <legend class="fieldset__legend">{legend}</legend> }.into_any()
        };
        let described_by = self.described_by.clone();
        view! {
            <div class=class>
                <fieldset class="fieldset" role=role aria-describedby=described_by>
                    {legend}
                    {self.hint_and_error()}
                    {controls}
                </fieldset>
            </div>
        }
    }

    fn class(&self) -> &'static str {
        if self.error.is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        }
    }

    /// The hint, then the error (with "Error:" for screen readers), under the
    /// question's label or legend.
    fn hint_and_error(self) -> impl IntoView {
        let FormGroup {
            hint_id,
            error_id,
            hint,
            error,
            ..
        } = self;
        view! {
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            {error.map(|e| view! {
                <p id=error_id class="error-message">
                    <span class="visually-hidden">{format!("{} ", t("error-prefix"))}</span>
                    {e}
                </p>
            })}
        }
    }
}

/// A control's visible `<label>`; with `heading` it is the page's `<h1>` (one
/// question per page).
pub fn control_label(id: &str, text: String, heading: bool) -> AnyView {
    if heading {
        view! { <h1 class="label-wrapper"><label class="label label--page" for=id.to_string()>{text}</label></h1> }
            .into_any()
    } else {
        view! { <label class="label" for=id.to_string()>{text}</label> }.into_any()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    fn input(group: &FormGroup) -> impl IntoView {
        view! { <input id="age" aria-invalid=group.invalid aria-describedby=group.described_by.clone()/> }
    }

    #[test]
    fn an_answered_question_points_only_at_its_hint() {
        let group = FormGroup::new("age", Some("In years".into()), None);
        let control = input(&group);
        assert_eq!(
            markup(group.labelled(control_label("age", "Age".into(), false), control)),
            r#"<div class="form-group"><label for="age" class="label">Age</label><p id="age-hint" class="hint">In years</p><input id="age" aria-describedby="age-hint"></div>"#
        );
    }

    #[test]
    fn an_error_is_announced_styled_and_described() {
        let group = FormGroup::new("age", Some("In years".into()), Some("Enter your age".into()));
        let control = input(&group);
        assert_eq!(
            markup(group.labelled(control_label("age", "Age".into(), true), control)),
            concat!(
                r#"<div class="form-group form-group--error">"#,
                r#"<h1 class="label-wrapper"><label for="age" class="label label--page">Age</label></h1>"#,
                r#"<p id="age-hint" class="hint">In years</p>"#,
                r#"<p id="age-error" class="error-message"><span class="visually-hidden">错误： </span>Enter your age</p>"#,
                r#"<input id="age" aria-invalid="true" aria-describedby="age-hint age-error"></div>"#,
            )
        );
    }

    #[test]
    fn a_fieldset_carries_the_description_for_its_inputs() {
        let group = FormGroup::new("when", None, Some("Enter a date".into()));
        assert_eq!(group.invalid, Some("true"));
        assert_eq!(
            markup(group.fieldset("When?".into(), false, Some("group"), "inputs")),
            concat!(
                r#"<div class="form-group form-group--error">"#,
                r#"<fieldset role="group" aria-describedby="when-error" class="fieldset">"#,
                r#"<legend class="fieldset__legend">When?</legend>"#,
                r#"<p id="when-error" class="error-message"><span class="visually-hidden">错误： </span>Enter a date</p>"#,
                r#"inputs</fieldset></div>"#,
            )
        );
    }
}
