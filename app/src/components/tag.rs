//! A short status word in a box. The word carries the meaning; the colour
//! only repeats it.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagKind {
    #[default]
    Plain,
    /// Finished (a completed section).
    Done,
    /// Needs attention (cancelled, overdue).
    Warning,
}

impl TagKind {
    fn class(self) -> &'static str {
        match self {
            TagKind::Plain => "tag",
            TagKind::Done => "tag tag--done",
            TagKind::Warning => "tag tag--warning",
        }
    }
}

#[component]
pub fn Tag(
    #[prop(into)] text: String,
    #[prop(optional)] kind: TagKind,
    /// For `aria-describedby` from the thing the tag is about.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    view! { <strong id=id class=kind.class()>{text}</strong> }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn tags_are_words_in_a_box() {
        assert_eq!(
            markup(view! { <Tag text="Draft"/> }),
            r#"<strong class="tag">Draft</strong>"#
        );
        assert_eq!(
            markup(view! { <Tag text="Overdue" kind=TagKind::Warning id="s1"/> }),
            r#"<strong id="s1" class="tag tag--warning">Overdue</strong>"#
        );
    }
}
