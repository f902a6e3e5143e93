use crate::i18n::{t, t_with};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets `<title>` to "Page – Service", with "Error: " in front when the page
/// shows a form with errors, so screen reader users hear it first; and the
/// page's `<meta name="description">` that search results show under the
/// title: `description` when the page has its own summary, otherwise the
/// page's title with a sentence about the service.
#[component]
pub fn PageTitle(
    #[prop(into)] text: String,
    #[prop(optional)] has_errors: bool,
    #[prop(optional, into)] description: Option<String>,
) -> impl IntoView {
    let description = description
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| t_with("page-description", &[("title", text.clone())]));
    let text = if has_errors {
        t_with("error-title", &[("title", text)])
    } else {
        text
    };
    let title = escaped(&format!("{text} – {}", t("service-name")));
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
    }
}

/// `leptos_meta` writes the title's text into `<title>` as it is; a title
/// that repeats what someone typed (a search) must not end the element.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn typed_text_cannot_end_the_title() {
        assert_eq!(escaped("a</title><b>&"), "a&lt;/title&gt;&lt;b&gt;&amp;");
    }
}
