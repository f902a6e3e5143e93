//! The words of alert emails, from `locales/*/alerts.ftl` in the
//! subscriber's language: the confirmation link, one new item, the weekly
//! digest. Every alert ends with links to change or end the subscription,
//! and carries the one-click unsubscribe address for the mail headers.

use super::items::AlertItem;
use super::store::{token_of, Choices};
use crate::components::in_lang;
use crate::domain::alerts::{Topic, CONFIRM_DAYS};
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::mail::{signature, Composed};
use crate::site_info::SiteInfo;
use crate::web::sealed::SealingKey;
use chrono::NaiveDateTime;

/// What links in alert emails need: the portal's address and the key that
/// makes subscription tokens.
#[derive(Clone, Copy)]
pub struct Links<'a> {
    pub public_url: &'a str,
    pub key: &'a SealingKey,
}

impl Links<'_> {
    pub fn manage(&self, id: i32) -> String {
        format!(
            "{}/alerts/manage/{}",
            self.public_url,
            token_of(self.key, id).text()
        )
    }

    pub fn unsubscribe(&self, id: i32) -> String {
        format!(
            "{}/alerts/unsubscribe/{}",
            self.public_url,
            token_of(self.key, id).text()
        )
    }
}

/// "News, Job fairs" in `lang`.
pub fn topic_names(lang: Lang, topics: &[Topic]) -> String {
    topics
        .iter()
        .map(|t| tr(lang, &format!("alerts-topic-{}", t.key())))
        .collect::<Vec<_>>()
        .join(&tr(lang, "list-separator"))
}

fn body(lang: Lang, main: &str, help: &SiteInfo) -> String {
    format!(
        "{}\n\n{}\n\n{}",
        tr(lang, "alerts-mail-greeting"),
        main,
        signature(lang, help)
    )
}

/// The email with the link that confirms a subscription.
pub fn confirmation_message(
    links: &Links<'_>,
    help: &SiteInfo,
    email: &str,
    lang: Lang,
    token: &str,
    choices: &Choices,
) -> Composed {
    let main = tr_with(
        lang,
        "alerts-mail-confirm-body",
        &[
            ("topics", topic_names(lang, &choices.topics)),
            ("link", format!("{}/alerts/confirm/{token}", links.public_url)),
            ("days", CONFIRM_DAYS.to_string()),
        ],
    );
    Composed {
        recipient: email.to_string(),
        lang,
        subject: tr(lang, "alerts-mail-confirm-subject"),
        body: body(lang, &main, help),
        // The person is waiting for it, like a sign-in link.
        priority: 0,
        list_unsubscribe: None,
    }
}

/// Whom an alert goes to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub id: i32,
    pub email: String,
    pub lang: Lang,
}

fn with_unsubscribe(links: &Links<'_>, to: &Recipient, main: String, help: &SiteInfo) -> String {
    let footer = tr_with(
        to.lang,
        "alerts-mail-links",
        &[
            ("manage", links.manage(to.id)),
            ("unsubscribe", links.unsubscribe(to.id)),
        ],
    );
    body(to.lang, &format!("{main}\n\n{footer}"), help)
}

fn item_text(links: &Links<'_>, lang: Lang, item: &AlertItem) -> (String, String) {
    let title = in_lang(lang, &item.title_zh, &item.title_en).to_string();
    let entry = tr_with(
        lang,
        "alerts-mail-entry",
        &[
            ("title", title.clone()),
            (
                "summary",
                in_lang(lang, &item.summary_zh, &item.summary_en).to_string(),
            ),
            ("link", format!("{}{}", links.public_url, item.path)),
            ("topic", tr(lang, &format!("alerts-topic-{}", item.topic.key()))),
        ],
    );
    (title, entry)
}

/// One message about one new item.
pub fn item_message(links: &Links<'_>, help: &SiteInfo, to: &Recipient, item: &AlertItem) -> Composed {
    let (title, entry) = item_text(links, to.lang, item);
    Composed {
        recipient: to.email.clone(),
        lang: to.lang,
        subject: tr_with(to.lang, "alerts-mail-item-subject", &[("title", title)]),
        body: with_unsubscribe(links, to, entry, help),
        priority: 1,
        list_unsubscribe: Some(links.unsubscribe(to.id)),
    }
}

/// The weekly digest of `items`, published between `from` and `to` (local times).
pub fn digest_message(
    links: &Links<'_>,
    help: &SiteInfo,
    to: &Recipient,
    items: &[AlertItem],
    (from, until): (NaiveDateTime, NaiveDateTime),
) -> Composed {
    let lang = to.lang;
    let intro = tr_with(
        lang,
        "alerts-mail-digest-intro",
        &[
            ("from", dates::date(lang, from.date())),
            ("to", dates::date(lang, until.date())),
        ],
    );
    let entries: Vec<String> = items.iter().map(|item| item_text(links, lang, item).1).collect();
    Composed {
        recipient: to.email.clone(),
        lang,
        subject: tr_with(
            lang,
            "alerts-mail-digest-subject",
            &[("count", items.len().to_string())],
        ),
        body: with_unsubscribe(links, to, format!("{intro}\n\n{}", entries.join("\n\n")), help),
        priority: 1,
        list_unsubscribe: Some(links.unsubscribe(to.id)),
    }
}
