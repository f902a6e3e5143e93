//! Atom 1.0 feeds, one per topic: `/feeds/{topic}.atom`, optionally for one
//! street or town (`?area=`). They list the same items as the email alerts,
//! so they live with them.
//!
//! The XML is written here rather than with a feed crate: a feed is one
//! element with a handful of fixed children, and the only care it needs is
//! escaping, which [`escape`] does (and its test checks).

use super::items::AlertItem;
use crate::components::in_lang;
use crate::domain::alerts::Topic;
use crate::i18n::{tr, Lang};
use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};

/// A feed the portal offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feed {
    pub topic: Topic,
    /// Its address (`/feeds/job-fairs.atom`).
    pub path: &'static str,
    /// The message id of its title, in `locales/*/alerts.ftl`.
    pub title_id: &'static str,
    /// The page that lists the same things.
    pub page: &'static str,
}

/// Every feed, for `<link rel="alternate" type="application/atom+xml">` in
/// pages and the links on the home page.
pub const FEEDS: [Feed; 5] = [
    Feed {
        topic: Topic::News,
        path: "/feeds/news.atom",
        title_id: "alerts-feed-news",
        page: "/news",
    },
    Feed {
        topic: Topic::Notices,
        path: "/feeds/notices.atom",
        title_id: "alerts-feed-notices",
        page: "/notices",
    },
    Feed {
        topic: Topic::Policy,
        path: "/feeds/policy.atom",
        title_id: "alerts-feed-policy",
        page: "/policy",
    },
    Feed {
        topic: Topic::JobFairs,
        path: "/feeds/job-fairs.atom",
        title_id: "alerts-feed-job-fairs",
        page: "/jobs/fairs",
    },
    Feed {
        topic: Topic::Training,
        path: "/feeds/training.atom",
        title_id: "alerts-feed-training",
        page: "/training",
    },
];

/// The feeds, as the lead's layout and home page list them.
pub fn feeds() -> &'static [Feed] {
    &FEEDS
}

/// The feed whose file name is `file` (`job-fairs.atom`).
pub fn feed_named(file: &str) -> Option<Feed> {
    FEEDS
        .into_iter()
        .find(|f| f.path.strip_prefix("/feeds/") == Some(file))
}

/// How many entries a feed holds.
pub const ENTRIES: usize = 50;

/// Text made safe for XML content and attribute values; characters XML 1.0
/// does not allow at all are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn stamp(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// What a feed document needs besides its items.
pub struct FeedRequest<'a> {
    pub feed: Feed,
    pub lang: Lang,
    pub public_url: &'a str,
    /// The `?area=` asked for, already checked.
    pub area: Option<(&'a str, String)>,
    /// For `<updated>` when there is no entry.
    pub now: DateTime<Utc>,
}

fn entry(request: &FeedRequest<'_>, item: &AlertItem) -> String {
    let lang = request.lang;
    let link = escape(&format!("{}{}", request.public_url, item.path));
    let title = in_lang(lang, &item.title_zh, &item.title_en);
    let summary = in_lang(lang, &item.summary_zh, &item.summary_en);
    // Text shown in Chinese on an English feed says so (`xml:lang`).
    let title_lang = if title == item.title_zh {
        "zh-CN"
    } else {
        lang.tag()
    };
    let summary_lang = if summary == item.summary_zh {
        "zh-CN"
    } else {
        lang.tag()
    };
    format!(
        "<entry><id>{link}</id><title xml:lang=\"{title_lang}\">{}</title><updated>{}</updated>\
         <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\
         <summary xml:lang=\"{summary_lang}\">{}</summary></entry>",
        escape(title),
        stamp(item.published_at),
        escape(summary),
    )
}

/// The Atom document of `items` (newest first).
pub fn document(request: &FeedRequest<'_>, items: &[AlertItem]) -> String {
    let lang = request.lang;
    let base = request.public_url;
    let query = request
        .area
        .as_ref()
        .map(|(code, _)| format!("?area={code}"))
        .unwrap_or_default();
    let title = match &request.area {
        Some((_, name)) => format!("{} – {name}", tr(lang, request.feed.title_id)),
        None => tr(lang, request.feed.title_id),
    };
    let updated = items
        .first()
        .map_or_else(|| stamp(request.now.naive_utc()), |i| stamp(i.published_at));
    let self_link = escape(&format!("{base}{}{query}", request.feed.path));
    let entries: String = items.iter().map(|item| entry(request, item)).collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\
         <id>{self_link}</id><title>{}</title><updated>{updated}</updated>\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{self_link}\"/>\
         <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\
         <author><name>{}</name><uri>{}</uri></author>{entries}</feed>\n",
        lang.tag(),
        escape(&title),
        escape(&format!("{base}{}", request.feed.page)),
        escape(&tr(lang, "service-name")),
        escape(base),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;"
        );
        assert_eq!(escape("招聘会\u{0}\u{8}\n"), "招聘会\n");
    }

    #[test]
    fn every_topic_has_one_feed() {
        for topic in Topic::ALL {
            let feed = FEEDS.iter().filter(|f| f.topic == topic).count();
            assert_eq!(feed, 1, "{topic:?}");
        }
        assert_eq!(
            feed_named("job-fairs.atom").map(|f| f.topic),
            Some(Topic::JobFairs)
        );
        assert_eq!(feed_named("job-fairs"), None);
        assert_eq!(feed_named("../x.atom"), None);
    }
}
