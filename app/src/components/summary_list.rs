//! A list of facts as key and value, each with an optional change link.

use leptos::prelude::*;

/// A link that changes one row's value. Its text is followed, for screen
/// readers only, by the row's key ("Change" → "Change date of birth").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeLink {
    pub href: String,
    pub text: String,
}

/// `<dl class="summary-list">` around [`SummaryRow`]s.
#[component]
pub fn SummaryList(children: Children) -> impl IntoView {
    view! { <dl class="summary-list">{children()}</dl> }
}

/// One fact: its name (`<dt>`), its value (the children, in `<dd>`) and,
/// when given, a link to change it.
#[component]
pub fn SummaryRow(
    #[prop(into)] key: String,
    #[prop(optional)] change: Option<ChangeLink>,
    children: Children,
) -> impl IntoView {
    let action = change.map(|change| {
        let hidden = format!(" {key}");
        view! {
            <dd class="summary-list__actions">
                <a href=change.href>{change.text}<span class="visually-hidden">{hidden}</span></a>
            </dd>
        }
    });
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{children()}</dd>
            {action}
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn rows_name_their_key_and_the_change_link_says_what_it_changes() {
        let html = markup(view! {
            <SummaryList>
                <SummaryRow key="Name">"Wang Li"</SummaryRow>
                <SummaryRow key="Date of birth" change=ChangeLink { href: "/x".into(), text: "Change".into() }>"1 May 1990"</SummaryRow>
            </SummaryList>
        });
        assert!(html.starts_with(r#"<dl class="summary-list">"#), "{html}");
        assert!(
            html.contains(
                r#"<dt class="summary-list__key">Name</dt><dd class="summary-list__value">Wang Li</dd></div>"#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="/x">Change<span class="visually-hidden"> Date of birth</span></a>"#),
            "{html}"
        );
        assert_eq!(
            html.matches("summary-list__actions").count(),
            1,
            "only rows with a link have an action"
        );
    }
}
