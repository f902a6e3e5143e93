//! The page that asks before something that cannot be undone (WCAG 3.3.4).

use super::{with_view, BackLink, PageTitle, StaffNav, StaffView};
use leptos::prelude::*;

/// What will happen, in words, and the form that does it. The first press
/// of a cancel, remove or decision button only shows this page; its own
/// button sends the same form again with `confirmed=yes`, and only that acts.
#[derive(Clone, Debug, Default)]
pub struct Confirmation {
    /// What it is about: a course, a person, an application.
    pub caption: String,
    /// The question, as the heading: "Cancel this booking?".
    pub title: String,
    /// Each thing that will happen, one sentence each.
    pub consequences: Vec<String>,
    /// Where the form posts.
    pub action: String,
    /// What was typed, sent again with the confirmation.
    pub fields: Vec<(String, String)>,
    pub button: String,
    /// A red button for what takes something away.
    pub warning: bool,
    pub back: String,
    pub back_text: String,
}

/// Whether a form was sent from its confirmation page.
pub fn confirmed(value: Option<&str>) -> bool {
    value == Some("yes")
}

/// The confirmation page. On staff pages the staff navigation stays.
#[component]
pub fn ConfirmationPage() -> impl IntoView {
    with_view(|c: Confirmation| {
        let staff = use_context::<StaffView>().is_some();
        let class = if c.warning {
            "button button--warning"
        } else {
            "button"
        };
        view! {
            <PageTitle text=c.title.clone()/>
            {staff.then(|| view! { <StaffNav/> })}
            <BackLink href=c.back.clone() text=c.back_text.clone()/>
            {(!c.caption.is_empty()).then(|| view! { <span class="caption">{c.caption.clone()}</span> })}
            <h1>{c.title.clone()}</h1>
            <ul class="list list--bullet">
                {c.consequences.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <form method="post" action=c.action novalidate=true>
                {c.fields.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value/> }).collect_view()}
                <input type="hidden" name="confirmed" value="yes"/>
                <div class="button-group">
                    <button type="submit" class=class>{c.button}</button>
                    <a href=c.back class="link">{c.back_text}</a>
                </div>
            </form>
        }
    })
}
