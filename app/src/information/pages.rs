//! The public pages of published information: a list of one kind, one
//! item (easy-read summary first, then for a policy explainer what changed,
//! who it is for and what to do, then the body, the last update and the
//! public change notes), and the page of a withdrawn item.

use crate::components::{
    with_view, BackLink, Content, ContentText, PageLink, PageTitle, Pagination, Tag, TagKind,
};
use crate::i18n::{t, t_with};
use leptos::prelude::*;

/// One item in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemCard {
    pub href: String,
    pub title: Content,
    pub easy_read: Content,
    /// When it was first published.
    pub published: String,
    /// A notice: the date it closes on, and whether that has passed.
    pub closes: Option<String>,
    pub closed: bool,
}

/// `/news`, `/notices`, `/policy`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemList {
    /// `news`, `notice` or `policy`: names the page's messages.
    pub kind: &'static str,
    pub items: Vec<ItemCard>,
    pub pages: Vec<PageLink>,
}

/// A public change note of an earlier (or the current) version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeNote {
    pub date: String,
    pub note: Content,
}

/// The source document of a policy explainer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDocument {
    pub title: String,
    pub number: String,
    pub date: String,
}

/// One part of a policy explainer: what changed, who it is for, or what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicySection {
    /// `what-changed`, `who-for` or `what-to-do` (`PolicyPart::key`): names
    /// its heading's message and anchor.
    pub key: &'static str,
    /// Sanitised HTML from the markup, its headings below the section's own.
    pub html: String,
    /// `zh-CN` when an English page shows the Chinese.
    pub lang: Option<&'static str>,
}

/// A policy explainer's parts, each under its own heading: `h2` on the
/// public page, `h3` inside the staff preview (`nested`).
#[component]
pub fn PolicySections(sections: Vec<PolicySection>, #[prop(optional)] nested: bool) -> impl IntoView {
    sections
        .into_iter()
        .map(|section| {
            let id = format!("{}{}-heading", if nested { "preview-" } else { "" }, section.key);
            let heading = t(&format!("policy-explainers-{}", section.key));
            let title = if nested {
                view! { <h3 id=id.clone()>{heading}</h3> }.into_any()
            } else {
                view! { <h2 id=id.clone()>{heading}</h2> }.into_any()
            };
            view! {
                <section aria-labelledby=id>
                    {title}
                    <div class="prose" lang=section.lang inner_html=section.html></div>
                </section>
            }
        })
        .collect_view()
}

/// One published item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemView {
    pub kind: &'static str,
    /// The list it belongs to (none for plain pages).
    pub list: Option<&'static str>,
    pub title: Content,
    pub easy_read: Content,
    /// A policy explainer's parts (none for other kinds).
    pub sections: Vec<PolicySection>,
    /// The body, sanitised HTML from the markup.
    pub body_html: String,
    pub body_lang: Option<&'static str>,
    pub updated: String,
    pub closes: Option<String>,
    pub closed: bool,
    pub source: Option<SourceDocument>,
    pub changes: Vec<ChangeNote>,
}

/// A withdrawn item: its address stays, saying it was withdrawn and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WithdrawnView {
    pub list: Option<&'static str>,
}

fn list_message(kind: &str) -> String {
    t(&format!("information-list-{kind}"))
}

#[component]
pub fn ItemListPage() -> impl IntoView {
    with_view(item_list)
}

fn item_list(list: ItemList) -> impl IntoView {
    let title = list_message(list.kind);
    let empty = list.items.is_empty();
    view! {
        <PageTitle text=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{t(&format!("information-lead-{}", list.kind))}</p>
        {empty.then(|| view! { <p>{t("information-none")}</p> })}
        <ul class="event-list">
            {list.items.into_iter().map(|item| view! {
                <li class="event-list__item">
                    <h2 class="event-list__title"><a href=item.href><ContentText content=item.title/></a></h2>
                    {item.closed.then(|| view! { <p><Tag text=t("information-closed-tag") kind=TagKind::Warning/></p> })}
                    <p><ContentText content=item.easy_read/></p>
                    <p class="hint">
                        {t_with("information-published-on", &[("date", item.published)])}
                        {item.closes.map(|date| view! { " · "{t_with("information-closes-on", &[("date", date)])} })}
                    </p>
                </li>
            }).collect_view()}
        </ul>
        <Pagination label=t("information-pages") links=list.pages/>
    }
}

#[component]
pub fn ItemPage() -> impl IntoView {
    with_view(item_page)
}

fn item_page(item: ItemView) -> impl IntoView {
    let caption = item.list.map(|_| list_message(item.kind));
    view! {
        <PageTitle text=item.title.text.clone()/>
        {item.list.map(|href| view! { <BackLink href=href text=t("information-back")/> })}
        {caption.map(|c| view! { <span class="caption">{c}</span> })}
        <h1><ContentText content=item.title.clone()/></h1>
        {item.closed.then(|| view! { <p><Tag text=t("information-closed-tag") kind=TagKind::Warning/></p> })}
        <section class="inset easy-read" aria-labelledby="easy-read-heading">
            <h2 id="easy-read-heading">{t("information-easy-read")}</h2>
            <p class="easy-read__text" lang=item.easy_read.lang>{item.easy_read.text.clone()}</p>
        </section>
        <super::files::pages::ArticleMedia/>
        {(!item.sections.is_empty()).then(|| view! {
            <PolicySections sections=item.sections.clone()/>
            <h2 id="in-full-heading">{t("policy-explainers-in-full")}</h2>
        })}
        {item.closes.clone().map(|date| view! { <p>{t_with("information-closes-on", &[("date", date)])}</p> })}
        <div class="prose" lang=item.body_lang inner_html=item.body_html.clone()></div>
        {item.source.clone().map(|s| view! {
            <h2 id="source-heading">{t("information-source")}</h2>
            <dl class="summary-list">
                <div class="summary-list__row"><dt class="summary-list__key">{t("information-source-title")}</dt><dd class="summary-list__value" lang="zh-CN">{s.title}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t("information-source-number")}</dt><dd class="summary-list__value" lang="zh-CN">{s.number}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">{t("information-source-date")}</dt><dd class="summary-list__value">{s.date}</dd></div>
            </dl>
        })}
        <p class="hint">{t_with("information-last-updated", &[("date", item.updated.clone())])}</p>
        {(!item.changes.is_empty()).then(|| view! {
            <h2 id="changes-heading">{t("information-changes")}</h2>
            <ul class="list list--bullet">
                {item.changes.clone().into_iter().map(|c| view! {
                    <li>{c.date}": "<ContentText content=c.note/></li>
                }).collect_view()}
            </ul>
        })}
    }
}

#[component]
pub fn WithdrawnPage() -> impl IntoView {
    with_view(|withdrawn: WithdrawnView| {
        view! {
            <PageTitle text=t("information-withdrawn-title")/>
            <h1>{t("information-withdrawn-title")}</h1>
            <p>{t("information-withdrawn-body")}</p>
            {withdrawn.list.map(|href| view! { <p><a href=href>{t("information-back")}</a></p> })}
        }
    })
}
