//! Text that staff type in two languages (the Chinese required, the
//! English optional): shown in the reader's language where there is one,
//! otherwise the Chinese, marked so a screen reader switches voice.

use crate::i18n::Lang;
use leptos::prelude::*;

/// Staff-entered text in the reader's language, or the Chinese when there is no English.
pub fn in_lang<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::En && !en.trim().is_empty() {
        en
    } else {
        zh
    }
}

/// Staff-entered text for a page: in English when there is English; otherwise
/// the Chinese, marked `lang="zh-CN"`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Content {
    pub text: String,
    pub lang: Option<&'static str>,
}

impl Content {
    pub fn pick(lang: Lang, zh: &str, en: &str) -> Content {
        let fallback = lang == Lang::En && en.trim().is_empty();
        Content {
            text: in_lang(lang, zh, en).to_string(),
            lang: fallback.then_some("zh-CN"),
        }
    }
}

impl Content {
    /// Text staff typed in a single field, in whichever language: on an
    /// English page, text written in Chinese characters is marked `zh-CN`.
    pub fn typed(lang: Lang, text: &str) -> Content {
        let chinese = lang == Lang::En && text.chars().any(is_han);
        Content {
            text: text.to_string(),
            lang: chinese.then_some("zh-CN"),
        }
    }
}

/// A CJK unified ideograph (the basic block and extension A).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Renders staff-entered text, marking its language when it is not the page's.
#[component]
pub fn ContentText(content: Content) -> impl IntoView {
    view! { <span lang=content.lang>{content.text}</span> }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn english_pages_fall_back_to_chinese_marked_as_chinese() {
        let english = Content::pick(Lang::En, "招聘会", "Job fair");
        let fallback = Content::pick(Lang::En, "招聘会", " ");
        assert_eq!(
            markup(view! { <ContentText content=english/> }),
            "<span>Job fair</span>"
        );
        assert_eq!(
            markup(view! { <ContentText content=fallback/> }),
            r#"<span lang="zh-CN">招聘会</span>"#
        );
        assert_eq!(Content::pick(Lang::ZhCn, "招聘会", "Job fair").text, "招聘会");
    }

    #[test]
    fn typed_chinese_is_marked_on_english_pages_only() {
        assert_eq!(
            Content::typed(Lang::En, "重庆某某科技有限公司").lang,
            Some("zh-CN")
        );
        assert_eq!(Content::typed(Lang::En, "ABB Robotics").lang, None);
        assert_eq!(Content::typed(Lang::ZhCn, "重庆某某科技有限公司").lang, None);
    }
}
