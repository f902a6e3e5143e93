//! What every page knows about the request it answers: the language, the
//! person's display settings, where they are, today's date and the
//! service's contact details. The page renderer provides it.

pub mod display;

use crate::i18n::Lang;
use crate::site_info::SiteInfo;
use chrono::NaiveDate;
use display::DisplaySettings;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct PageContext {
    pub lang: Lang,
    pub display: DisplaySettings,
    /// Path and query of the current page, for links that come back here.
    pub path: String,
    /// The date the page speaks for: today in Chongqing.
    pub today: NaiveDate,
    pub site: Arc<SiteInfo>,
    /// The emergency banner shown at the top of every page, while it lasts.
    pub banner: Option<SiteBanner>,
}

/// An emergency notice raised by an editor (`information`), as the layout shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteBanner {
    pub text: String,
    /// `zh-CN` on an English page when there is no English text.
    pub lang: Option<&'static str>,
    /// When it ends, as the reader's language writes it.
    pub ends: String,
}

/// Cookie holding the chosen language.
pub const LANG_COOKIE: &str = "lang";
/// Cookie holding the display settings.
pub const DISPLAY_COOKIE: &str = "display";

/// The current page's context. Outside a page (a unit test of a component)
/// it is the default: Chinese, standard display.
pub fn use_page() -> PageContext {
    use_context::<PageContext>().unwrap_or_default()
}

/// Reads one cookie from a `Cookie` header value. Malformed pairs are skipped.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| key.trim() == name)
        .map(|(_, value)| value.trim().trim_matches('"'))
}

impl PageContext {
    /// Language: a valid `lang` cookie first, then `Accept-Language`, then zh-CN.
    pub fn choose_lang(cookie_header: Option<&str>, accept_language: Option<&str>) -> Lang {
        cookie_header
            .and_then(|h| cookie_value(h, LANG_COOKIE))
            .and_then(Lang::from_tag)
            .or_else(|| accept_language.and_then(Lang::from_accept_language))
            .unwrap_or_default()
    }

    pub fn choose_display(cookie_header: Option<&str>) -> DisplaySettings {
        cookie_header
            .and_then(|h| cookie_value(h, DISPLAY_COOKIE))
            .map(DisplaySettings::from_cookie)
            .unwrap_or_default()
    }

    /// The path without its query.
    pub fn path_only(&self) -> &str {
        self.path.split(['?', '#']).next().unwrap_or_default()
    }

    /// The first value of a query parameter of the current page, decoded.
    pub fn query(&self, name: &str) -> Option<String> {
        let (_, query) = self.path.split_once('?')?;
        form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    }

    /// Whether the current page's query has `name` (with any value).
    pub fn has_query(&self, name: &str) -> bool {
        self.query(name).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_beats_accept_language() {
        let lang = PageContext::choose_lang(Some("a=b; lang=en"), Some("zh-CN"));
        assert_eq!(lang, Lang::En);
    }

    #[test]
    fn bad_cookie_falls_back_to_accept_language_then_default() {
        assert_eq!(PageContext::choose_lang(Some("lang=xx"), Some("en")), Lang::En);
        assert_eq!(PageContext::choose_lang(Some(";;=;lang"), None), Lang::ZhCn);
        assert_eq!(PageContext::choose_lang(None, None), Lang::ZhCn);
    }

    #[test]
    fn cookie_value_finds_names_exactly() {
        assert_eq!(cookie_value("xlang=en; lang=zh-CN", "lang"), Some("zh-CN"));
        assert_eq!(cookie_value("lang=\"en\"", "lang"), Some("en"));
        assert_eq!(cookie_value("garbage", "lang"), None);
    }

    #[test]
    fn query_values_are_found_and_decoded() {
        let page = PageContext {
            path: "/jobs/fairs?from=2026-12-01&feature=lift&next=%2Fa%3Fb%3D1&x".into(),
            ..PageContext::default()
        };
        assert_eq!(page.path_only(), "/jobs/fairs");
        assert_eq!(page.query("from").as_deref(), Some("2026-12-01"));
        assert_eq!(page.query("next").as_deref(), Some("/a?b=1"));
        assert_eq!(page.query("x").as_deref(), Some(""));
        assert!(page.has_query("feature"));
        assert!(!page.has_query("to"));
        assert_eq!(PageContext::default().query("x"), None);
    }
}
