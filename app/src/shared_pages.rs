//! Every request sees the current content, and public pages are served
//! from memory while it has not changed.
//!
//! Before any page is handled, the layer reads the content version
//! (`web::content_version`, one shared query) and, when it moved, reads the
//! reference data again (rule parameters, help contacts), so a change made
//! on another server shows here on the next request. Then a page listed in
//! `router::SHARED_PAGES`, asked for with `GET` by someone without a
//! session, comes from the page cache (`web::page_cache`) when it was
//! rendered at this version in this minute, or is rendered and kept.

use crate::page_context::PageContext;
use crate::web::page_cache::{CachedPage, PageKey};
use crate::web::render::{cookie_header, request_lang};
use crate::web::{form_token, PortalState};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::Method;
use sea_orm::DbErr;

/// Address patterns (`{id}` for one segment) of pages that look the same
/// for everyone without a session.
pub type SharedPages = &'static [&'static str];

/// The layer, with the state and the pages it may keep (`router::SHARED_PAGES`).
pub async fn serve(
    State((state, shared)): State<(PortalState, SharedPages)>,
    request: Request,
    next: Next,
) -> Response {
    if is_site_file(request.uri().path()) {
        return next.run(request).await;
    }
    let version = match state.content.current().await {
        Ok(version) => version,
        Err(error) => {
            tracing::warn!(%error, "the content version could not be read: rendering without the page cache");
            return next.run(request).await;
        }
    };
    if let Err(error) = state
        .content
        .reload_when_moved(version, || reload_reference_data(&state))
        .await
    {
        tracing::warn!(%error, "the reference data could not be read again");
    }
    let Some(key) = shared_key(&state, shared, &request) else {
        return next.run(request).await;
    };
    let minute = state.clock.now().timestamp().div_euclid(60);
    if let Some(page) = state.pages.fresh(&key, version, minute) {
        return page.response(request.headers());
    }
    let asked = request.headers().clone();
    let response = next.run(request).await;
    match CachedPage::from_response(response, version, minute).await {
        Ok(page) => {
            state.pages.keep(key, page.clone());
            page.response(&asked)
        }
        Err(response) => response,
    }
}

/// Files from the site folder, and `/robots.txt` (written from the
/// configuration alone), depend on no content.
fn is_site_file(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/favicon.svg" || path == "/robots.txt"
}

/// The cache key of a request for a shared page, or `None` when the page
/// must be rendered for this request alone.
fn shared_key(state: &PortalState, shared: SharedPages, request: &Request) -> Option<PageKey> {
    if !state.pages.is_enabled()
        || request.method() != Method::GET
        || form_token::session_of_request(request.headers()).is_some()
    {
        return None;
    }
    let uri = request.uri();
    if !shared.iter().any(|pattern| matches_pattern(pattern, uri.path())) {
        return None;
    }
    let headers = request.headers();
    let cookies = cookie_header(headers);
    PageKey::new(
        uri.path_and_query().map_or("/", |p| p.as_str()),
        request_lang(headers),
        PageContext::choose_display(Some(&cookies)),
    )
}

/// Whether `path` fits `pattern`, where `{…}` stands for one non-empty segment.
fn matches_pattern(pattern: &str, path: &str) -> bool {
    let (mut wanted, mut sent) = (pattern.split('/'), path.split('/'));
    loop {
        match (wanted.next(), sent.next()) {
            (None, None) => return true,
            (Some(want), Some(got)) if want.starts_with('{') && !got.is_empty() => continue,
            (Some(want), Some(got)) if want == got => continue,
            _ => return false,
        }
    }
}

async fn reload_reference_data(state: &PortalState) -> Result<(), DbErr> {
    let parameters = crate::entitlements::store::load_parameters(&state.db).await?;
    let site = crate::site_info::store::load(&state.db).await?;
    state.parameters.replace(parameters);
    state.site.replace(site);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::matches_pattern;

    #[test]
    fn patterns_match_whole_segments() {
        assert!(matches_pattern("/", "/"));
        assert!(matches_pattern("/training/{id}", "/training/7"));
        assert!(!matches_pattern("/training/{id}", "/training/"));
        assert!(!matches_pattern("/training/{id}", "/training/7/book"));
        assert!(!matches_pattern("/training", "/training/7"));
        assert!(!matches_pattern("/jobs/fairs", "/jobs/fairs-x"));
    }
}
