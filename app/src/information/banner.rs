//! The emergency banner as every page shows it: the one raised and not yet
//! ended, read once per request that is rendered (shared pages served from
//! the cache are kept for a minute at most, and raising or ending a banner
//! moves the content version, so the cache never shows a stale one).
//!
//! The layer puts it in the request's extensions, where the render layer
//! (inside this one) finds it for the page context: `web` imports no feature.

use super::store;
use crate::components::in_lang;
use crate::i18n::{dates, Lang};
use crate::page_context::SiteBanner;
use crate::web::{request_lang, PortalState};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

/// The layer: the banner showing now, for the page this request renders.
pub async fn attach(State(state): State<PortalState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let site_file = path.starts_with("/pkg/") || path == "/favicon.svg" || path == "/robots.txt";
    if !site_file {
        let lang = request_lang(request.headers());
        if let Some(banner) = for_page(&state, lang).await {
            request.extensions_mut().insert(banner);
        }
    }
    next.run(request).await
}

/// The banner to show now, in `lang`; none when the database cannot say
/// (a page without its banner beats no page at all).
async fn for_page(state: &PortalState, lang: Lang) -> Option<SiteBanner> {
    let found = store::current_banner(&state.db, state.clock.now_local()).await;
    let banner = match found {
        Ok(banner) => banner?,
        Err(error) => {
            tracing::warn!(%error, "the site banner could not be read");
            return None;
        }
    };
    let fallback = lang == Lang::En && banner.text_en.trim().is_empty();
    Some(SiteBanner {
        text: in_lang(lang, &banner.text_zh, &banner.text_en).to_string(),
        lang: fallback.then_some("zh-CN"),
        ends: dates::date_time(lang, banner.ends_at),
    })
}
