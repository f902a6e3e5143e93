//! Languages and translated text. Every user-facing string comes from the
//! Fluent files in `locales/`; zh-CN is the default language.
//!
//! Translation happens on the server only. Islands receive the strings they
//! need as props, so the Fluent files never travel in the WASM bundle.

pub mod dates;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    ZhCn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 tag used in `lang` attributes, cookies and URLs.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(tag.trim()))
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::ZhCn => Lang::En,
            Lang::En => Lang::ZhCn,
        }
    }

    /// The language a browser prefers most among those we offer, from an
    /// `Accept-Language` header such as `en-GB,en;q=0.9,zh;q=0.5`.
    /// Malformed entries are skipped; `None` when nothing matches.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        header
            .split(',')
            .take(32)
            .enumerate()
            .filter_map(|(position, entry)| {
                let mut parts = entry.split(';');
                let range = parts.next()?.trim().to_ascii_lowercase();
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                if !(quality > 0.0 && quality <= 1.0) {
                    return None;
                }
                let primary = range.split('-').next()?;
                let lang = match primary {
                    "zh" => Lang::ZhCn,
                    "en" => Lang::En,
                    _ => return None,
                };
                Some((quality, position, lang))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, _, lang)| lang)
    }
}

/// The language of the page being rendered (the renderer provides it;
/// Chinese outside a page).
pub fn page_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// Translates a message in the language of the current page.
pub fn t(id: &str) -> String {
    tr(page_lang(), id)
}

/// Translates a message with Fluent arguments in the language of the current page.
pub fn t_with(id: &str, args: &[(&str, String)]) -> String {
    tr_with(page_lang(), id, args)
}

/// Translates a message in a given language.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_with(lang, id, &[])
}

#[cfg(feature = "ssr")]
pub fn tr_with(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    fluent::lookup(lang, id, args)
}

/// In the browser only islands run, and they get their text as props.
#[cfg(not(feature = "ssr"))]
pub fn tr_with(_lang: Lang, id: &str, _args: &[(&str, String)]) -> String {
    id.to_string()
}

#[cfg(feature = "ssr")]
mod fluent {
    use super::Lang;
    use fluent_templates::fluent_bundle::FluentValue;
    use fluent_templates::{LanguageIdentifier, Loader};
    use std::borrow::Cow;
    use std::collections::HashMap;
    use std::sync::LazyLock;

    fluent_templates::static_loader! {
        static LOCALES = {
            locales: "../locales",
            fallback_language: "zh-CN",
            // Unicode isolation marks around arguments confuse some screen readers
            // and break copy-and-paste of phone numbers.
            customise: |bundle| bundle.set_use_isolating(false),
        };
    }

    static IDS: LazyLock<[LanguageIdentifier; 2]> = LazyLock::new(|| {
        Lang::ALL.map(|lang| {
            lang.tag()
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default())
        })
    });

    /// Whole numbers go to Fluent as numbers, so plural variants can select
    /// on them; anything else (including "007") stays text.
    fn value(text: &str) -> FluentValue<'static> {
        match text.parse::<i64>() {
            Ok(number) if number.to_string() == text => FluentValue::from(number),
            _ => FluentValue::from(text.to_string()),
        }
    }

    pub fn lookup(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        let langid = &IDS[lang as usize];
        let found = if args.is_empty() {
            LOCALES.try_lookup(langid, id)
        } else {
            let args: HashMap<Cow<'static, str>, FluentValue> = args
                .iter()
                .map(|(k, v)| (Cow::Owned((*k).to_string()), value(v)))
                .collect();
            LOCALES.try_lookup_with_args(langid, id, &args)
        };
        found.unwrap_or_else(|| {
            tracing::error!(message_id = id, lang = lang.tag(), "missing Fluent message");
            id.to_string()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_quality_offered_language() {
        assert_eq!(
            Lang::from_accept_language("en-GB,en;q=0.9,zh;q=0.8"),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_accept_language("fr;q=1, zh-CN;q=0.5, en;q=0.4"),
            Some(Lang::ZhCn)
        );
        assert_eq!(Lang::from_accept_language("zh-TW"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_accept_language("en;q=0.2,zh;q=0.2"), Some(Lang::En));
    }

    #[test]
    fn accept_language_ignores_malformed_and_unknown_entries() {
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(Lang::from_accept_language("de,fr"), None);
        assert_eq!(Lang::from_accept_language("en;q=abc,zh;q=0.3"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_accept_language("en;q=0"), None);
        assert_eq!(Lang::from_accept_language(";;;,,,=q"), None);
        assert_eq!(Lang::from_accept_language(&"x,".repeat(10_000)), None);
    }

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
