//! What every page needs to know about the request it answers: the language,
//! the person's display settings, where they are, and the service's details.

use crate::display_settings::DisplaySettings;
use crate::i18n::Lang;
use crate::site_info::SiteInfo;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct PageContext {
    pub lang: Lang,
    pub display: DisplaySettings,
    /// Path and query of the current page, for links that come back here.
    pub path: String,
    pub site: Arc<SiteInfo>,
}

/// Cookie holding the chosen language.
pub const LANG_COOKIE: &str = "lang";
/// Cookie holding the display settings.
pub const DISPLAY_COOKIE: &str = "display";

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
}
