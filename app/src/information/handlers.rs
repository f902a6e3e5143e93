//! Requests for the public pages of published information. What the public
//! sees depends only on the address, the language and the clock, so these
//! pages are shared (`router::SHARED_PAGES`).

use super::markup::{to_html, to_html_under_heading};
use super::pages::{
    ChangeNote, ItemCard, ItemList, ItemListPage, ItemPage, ItemView, PolicySection, SourceDocument,
    WithdrawnPage, WithdrawnView,
};
use super::store::{self, Article, Revision};
use crate::components::{Content, PageLink};
use crate::domain::articles::{ArticleKind, PolicyPart};
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::web::{Page, PageError, PageResult, PathId, PortalState, QueryValues};
use axum::extract::{Path, State};
use chrono::NaiveDate;
use http::StatusCode;

/// Items on one page of a list.
const PER_PAGE: usize = 20;

fn is_closed(article: &Article, today: NaiveDate) -> bool {
    article.closes_on.is_some_and(|on| on < today)
}

fn card(lang: Lang, today: NaiveDate, article: &Article, version: &Revision) -> ItemCard {
    ItemCard {
        href: article.path(),
        title: Content::pick(lang, &version.title_zh, &version.title_en),
        easy_read: Content::pick(lang, &version.easy_read_zh, &version.easy_read_en),
        published: article
            .first_published_at
            .map(|at| dates::date(lang, at.date()))
            .unwrap_or_default(),
        closes: article.closes_on.map(|on| dates::date(lang, on)),
        closed: is_closed(article, today),
    }
}

/// The page number asked for (`?page=2`); anything else is the first.
fn page_asked(query: &QueryValues) -> usize {
    query
        .0
        .get("page")
        .and_then(|p| p.parse::<usize>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}

fn page_links(lang: Lang, base: &str, page: usize, total: usize) -> Vec<PageLink> {
    let pages = total.div_ceil(PER_PAGE);
    let mut links = Vec::new();
    if page > 1 {
        links.push(PageLink {
            href: format!("{base}?page={}", page - 1),
            text: tr(lang, "information-previous-page"),
            next: false,
        });
    }
    if page < pages {
        links.push(PageLink {
            href: format!("{base}?page={}", page + 1),
            text: tr_with(lang, "information-next-page", &[("page", (page + 1).to_string())]),
            next: true,
        });
    }
    links
}

async fn list(state: &PortalState, lang: Lang, kind: ArticleKind, query: &QueryValues) -> PageResult<Page> {
    let now = state.clock.now_local();
    let today = now.date();
    let mut found = store::live(&state.db, Some(kind), now).await?;
    // Open notices first; the sort is stable, so each part stays newest first.
    found.sort_by_key(|(a, _)| is_closed(a, today));
    let page = page_asked(query);
    let base = kind.list_path().unwrap_or("/");
    let links = page_links(lang, base, page, found.len());
    let items = found
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|(a, v)| card(lang, today, a, v))
        .collect();
    Ok(Page::new(ItemListPage).with(ItemList {
        kind: kind.key(),
        items,
        pages: links,
    }))
}

/// A policy explainer's parts in `lang` (English falls back to the
/// Chinese, marked so); none for other kinds, or for a part left empty
/// (a version written before the parts existed).
pub(in crate::information) fn policy_sections<'a>(
    lang: Lang,
    kind: ArticleKind,
    part: impl Fn(PolicyPart) -> (&'a str, &'a str),
) -> Vec<PolicySection> {
    if kind != ArticleKind::Policy {
        return Vec::new();
    }
    PolicyPart::ALL
        .into_iter()
        .filter_map(|p| {
            let (zh, en) = part(p);
            let text = Content::pick(lang, zh, en);
            (!text.text.trim().is_empty()).then(|| PolicySection {
                key: p.key(),
                html: to_html_under_heading(&text.text),
                lang: text.lang,
            })
        })
        .collect()
}

async fn item_view(
    state: &PortalState,
    lang: Lang,
    article: &Article,
    version: &Revision,
) -> PageResult<ItemView> {
    let kind = article.kind();
    let today = state.clock.today();
    let body = Content::pick(lang, &version.body_zh, &version.body_en);
    let changes = store::change_notes(&state.db, version)
        .await?
        .into_iter()
        .map(|r| ChangeNote {
            date: r
                .published_at
                .map(|at| dates::date(lang, at.date()))
                .unwrap_or_default(),
            note: Content::pick(lang, &r.change_note_zh, &r.change_note_en),
        })
        .collect();
    let source = (kind == ArticleKind::Policy && !article.source_title.is_empty()).then(|| SourceDocument {
        title: article.source_title.clone(),
        number: article.source_number.clone(),
        date: article
            .source_date
            .map(|d| dates::date(lang, d))
            .unwrap_or_default(),
    });
    Ok(ItemView {
        kind: kind.key(),
        list: kind.list_path(),
        title: Content::pick(lang, &version.title_zh, &version.title_en),
        easy_read: Content::pick(lang, &version.easy_read_zh, &version.easy_read_en),
        sections: policy_sections(lang, kind, |p| version.part(p)),
        body_html: to_html(&body.text),
        body_lang: body.lang,
        updated: article
            .updated_at
            .map(|at| dates::date(lang, at.date()))
            .unwrap_or_default(),
        closes: article.closes_on.map(|on| dates::date(lang, on)),
        closed: is_closed(article, today),
        source,
        changes,
    })
}

async fn item(state: &PortalState, lang: Lang, kind: ArticleKind, id: i32) -> PageResult<Page> {
    let now = state.clock.now_local();
    match store::live_one(&state.db, kind, Some(id), None, now).await? {
        Some((article, version)) => {
            let view = item_view(state, lang, &article, &version).await?;
            let media = super::files::media_view(&state.db, lang, article.id).await?;
            Ok(Page::new(ItemPage).with(view).with(media))
        }
        None if store::withdrawn(&state.db, kind, id).await? => Ok(Page::new(WithdrawnPage)
            .with(WithdrawnView {
                list: kind.list_path(),
            })
            .status(StatusCode::GONE)),
        None => Err(PageError::NotFound),
    }
}

pub async fn news(State(state): State<PortalState>, lang: Lang, query: QueryValues) -> PageResult<Page> {
    list(&state, lang, ArticleKind::News, &query).await
}

pub async fn notices(State(state): State<PortalState>, lang: Lang, query: QueryValues) -> PageResult<Page> {
    list(&state, lang, ArticleKind::Notice, &query).await
}

pub async fn policies(State(state): State<PortalState>, lang: Lang, query: QueryValues) -> PageResult<Page> {
    list(&state, lang, ArticleKind::Policy, &query).await
}

pub async fn news_item(State(state): State<PortalState>, lang: Lang, PathId(id): PathId) -> PageResult<Page> {
    item(&state, lang, ArticleKind::News, id).await
}

pub async fn notice_item(
    State(state): State<PortalState>,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    item(&state, lang, ArticleKind::Notice, id).await
}

pub async fn policy_item(
    State(state): State<PortalState>,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    item(&state, lang, ArticleKind::Policy, id).await
}

/// `GET /about/{slug}`.
pub async fn plain_page(
    State(state): State<PortalState>,
    lang: Lang,
    Path(slug): Path<String>,
) -> PageResult<Page> {
    let now = state.clock.now_local();
    let Some((article, version)) =
        store::live_one(&state.db, ArticleKind::Page, None, Some(&slug), now).await?
    else {
        return Err(PageError::NotFound);
    };
    let view = item_view(&state, lang, &article, &version).await?;
    let media = super::files::media_view(&state.db, lang, article.id).await?;
    Ok(Page::new(ItemPage).with(view).with(media))
}
