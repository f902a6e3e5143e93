//! `GET /search?q=…[&kind=…]`.

use super::documents::ResultKind;
use super::highlight::{found_in, highlight};
use super::index::{Hit, Looking};
use super::pages::{search_href, GroupView, Marked, ResultView, SearchPage, SearchView};
use super::query::{read_query, Asked, SearchQuery, MAX_QUERY_CHARS};
use super::SearchIndex;
use crate::i18n::Lang;
use crate::search::text::is_cjk;
use crate::web::{Page, PageResult, PortalState, QueryValues};
use axum::extract::State;
use std::sync::Arc;

/// Results shown per kind before a "see all" link.
const PER_GROUP: usize = 10;

/// Characters of a result's text shown under its title.
const SNIPPET_CHARS: usize = 120;

/// The search page: the form alone, the form with what to fix, or results.
/// Whatever was typed, the answer is this page with status 200.
pub async fn search(
    State((state, index)): State<(PortalState, Arc<SearchIndex>)>,
    lang: Lang,
    QueryValues(sent): QueryValues,
) -> PageResult<Page> {
    let mut form = sent.to_form();
    let kind = sent.get("kind").and_then(ResultKind::parse);
    let view = match read_query(sent.get("q").unwrap_or_default()) {
        Asked::Nothing => SearchView::Form,
        Asked::TooLong(_) => {
            form.add_with("q", "search-too-long", vec![("max", MAX_QUERY_CHARS.to_string())]);
            SearchView::Form
        }
        Asked::Query(query) => {
            let built = index.current(&state).await?;
            let looking = match lang {
                Lang::ZhCn => Looking::ChineseOnly,
                Lang::En => Looking::ChineseAndEnglish,
            };
            let hits = built
                .search(&query, looking, state.clock.now_local())
                .map_err(super::SearchError::from)?;
            results(lang, &query, kind, hits)
        }
    };
    Ok(Page::new(SearchPage).with(view).with(form))
}

/// The hits grouped by kind (all of one kind when `only` names it).
fn results(lang: Lang, query: &SearchQuery, only: Option<ResultKind>, hits: Vec<Hit>) -> SearchView {
    let groups: Vec<GroupView> = ResultKind::ALL
        .into_iter()
        .filter(|kind| only.is_none_or(|only| only == *kind))
        .filter_map(|kind| {
            let of_kind: Vec<&Hit> = hits.iter().filter(|hit| hit.document.kind == kind).collect();
            (!of_kind.is_empty()).then(|| group(lang, query, kind, &of_kind, only.is_none()))
        })
        .collect();
    SearchView::Results {
        query: query.text.clone(),
        query_lang: (lang == Lang::En && query.text.chars().any(is_cjk)).then_some("zh-CN"),
        total: groups.iter().map(|g| g.count).sum(),
        groups,
        every_kind: only.map(|_| search_href(&query.text, None)),
    }
}

fn group(lang: Lang, query: &SearchQuery, kind: ResultKind, hits: &[&Hit], capped: bool) -> GroupView {
    let shown = if capped { PER_GROUP } else { hits.len() };
    GroupView {
        kind: kind.key(),
        count: hits.len(),
        results: hits
            .iter()
            .take(shown)
            .map(|hit| result(lang, query, hit))
            .collect(),
        more: (hits.len() > shown).then(|| search_href(&query.text, Some(kind.key()))),
    }
}

/// A result in the page's language: in Chinese, marked so, where there is
/// no English, and for the snippet where only the Chinese matched (a
/// Chinese query on an English page).
fn result(lang: Lang, query: &SearchQuery, hit: &Hit) -> ResultView {
    let document = &hit.document;
    let in_chinese = |zh: &str, max: usize| Marked {
        lang: (lang == Lang::En).then_some("zh-CN"),
        ..highlight(zh, query, max)
    };
    let english =
        |en: &str, max: usize| (lang == Lang::En && !en.trim().is_empty()).then(|| highlight(en, query, max));
    let title =
        english(&document.title_en, usize::MAX).unwrap_or_else(|| in_chinese(&document.title_zh, usize::MAX));
    let snippet = match english(&document.text_en, SNIPPET_CHARS) {
        Some(en) if found_in(&en) => en,
        Some(en) => Some(in_chinese(&document.text_zh, SNIPPET_CHARS))
            .filter(found_in)
            .unwrap_or(en),
        None => in_chinese(&document.text_zh, SNIPPET_CHARS),
    };
    ResultView {
        path: document.path.clone(),
        title,
        snippet,
    }
}
