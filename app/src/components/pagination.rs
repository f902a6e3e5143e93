//! Links to other pages of a long list.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageLink {
    pub href: String,
    pub text: String,
    /// The link to the following page (`rel="next"`).
    pub next: bool,
}

/// A labelled `<nav>`; nothing at all when there is only one page.
#[component]
pub fn Pagination(#[prop(into)] label: String, links: Vec<PageLink>) -> impl IntoView {
    (!links.is_empty()).then(|| {
        view! {
            <nav class="pagination" aria-label=label>
                <ul class="pagination__list">
                    {links
                        .into_iter()
                        .map(|link| {
                            let rel = link.next.then_some("next");
                            view! { <li><a href=link.href rel=rel>{link.text}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn pages_are_links_in_a_labelled_nav() {
        let links = vec![
            PageLink {
                href: "/q".into(),
                text: "First".into(),
                next: false,
            },
            PageLink {
                href: "/q?after=9".into(),
                text: "Next".into(),
                next: true,
            },
        ];
        let html = markup(view! { <Pagination label="Pages" links/> });
        assert!(
            html.starts_with(r#"<nav aria-label="Pages" class="pagination">"#),
            "{html}"
        );
        assert!(html.contains(r#"<li><a href="/q">First</a></li>"#), "{html}");
        assert!(
            html.contains(r#"<li><a href="/q?after=9" rel="next">Next</a></li>"#),
            "{html}"
        );
        assert_eq!(markup(view! { <Pagination label="Pages" links=Vec::new()/> }), "");
    }
}
