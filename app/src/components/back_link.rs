//! "Back to …" at the top of a page, before its heading.

use leptos::prelude::*;

/// A plain link (it works without JavaScript and never depends on the
/// browser's history); its text says where it goes.
#[component]
pub fn BackLink(#[prop(into)] href: String, #[prop(into)] text: String) -> impl IntoView {
    view! { <a href=href class="back-link">{text}</a> }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn a_back_link_is_a_plain_link() {
        assert_eq!(
            markup(view! { <BackLink href="/account" text="Back to your account"/> }),
            r#"<a href="/account" class="back-link">Back to your account</a>"#
        );
    }
}
