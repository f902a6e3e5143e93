//! Public pages kept as rendered. A page that looks the same for everyone
//! without a session (home, the catalogue, job fairs, training…) is
//! rendered once per address, language and display settings, and served
//! from memory until the content version moves (any change to what public
//! pages show, on any server: `content_version`) or the minute turns (pages
//! that depend on the time: a fair that has ended, a course that closes).
//!
//! Only pages rendered without scripts are kept, so no CSP nonce is ever
//! reused; the security layer gives each response its own headers. Each
//! page is compressed once, and carries an `ETag` so that a browser asking
//! again gets `304 Not Modified`.

use crate::i18n::Lang;
use crate::page_context::display::DisplaySettings;
use axum::body::{Body, Bytes};
use axum::response::Response;
use flate2::write::GzEncoder;
use flate2::Compression;
use http::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_LENGTH, ETAG, IF_NONE_MATCH, SET_COOKIE, VARY,
};
use http::{HeaderMap, HeaderValue, StatusCode};
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, PoisonError, RwLock};

/// Pages kept at most; an address with an endless variety of query strings
/// cannot make the cache grow past this.
const MAX_PAGES: usize = 2_000;
/// Longer addresses are rendered every time.
const MAX_ADDRESS_BYTES: usize = 512;
/// The largest page kept (the biggest public page is far smaller).
const MAX_PAGE_BYTES: usize = 1024 * 1024;

/// A page anyone may be shown: no browser or proxy keeps it without asking
/// again, and asking again costs a `304` when nothing changed.
const SHARED_CACHING: HeaderValue = HeaderValue::from_static("public, no-cache");
/// What the page depends on besides its address.
const SHARED_VARY: HeaderValue = HeaderValue::from_static("Accept-Language, Cookie, Accept-Encoding");
const GZIP: HeaderValue = HeaderValue::from_static("gzip");

/// What a public page depends on: its address (path and query), the
/// language and the display settings.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    address: String,
    lang: Lang,
    display: DisplaySettings,
}

impl PageKey {
    /// The key, unless the address is too long to be worth keeping.
    pub fn new(address: &str, lang: Lang, display: DisplaySettings) -> Option<Self> {
        (address.len() <= MAX_ADDRESS_BYTES).then(|| PageKey {
            address: address.to_string(),
            lang,
            display,
        })
    }
}

/// Put on a rendered page's response by the render layer when the page has
/// no script (no island), so no nonce is written into it.
#[derive(Clone, Copy, Debug)]
pub struct WithoutScripts;

/// One rendered page.
#[derive(Debug)]
pub struct CachedPage {
    version: i64,
    minute: i64,
    headers: HeaderMap,
    body: Bytes,
    gzipped: Bytes,
    etag: HeaderValue,
}

/// The pages kept by this server.
#[derive(Debug)]
pub struct PageCache {
    enabled: bool,
    pages: RwLock<HashMap<PageKey, Arc<CachedPage>>>,
}

impl PageCache {
    /// A cache; when not `enabled`, every page is rendered for its request.
    pub fn new(enabled: bool) -> Self {
        PageCache {
            enabled,
            pages: RwLock::default(),
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// The page kept for `key`, if it was rendered at `version` in `minute`.
    pub fn fresh(&self, key: &PageKey, version: i64, minute: i64) -> Option<Arc<CachedPage>> {
        let pages = self.pages.read().unwrap_or_else(PoisonError::into_inner);
        pages
            .get(key)
            .filter(|page| page.version == version && page.minute == minute)
            .cloned()
    }

    pub fn keep(&self, key: PageKey, page: Arc<CachedPage>) {
        let mut pages = self.pages.write().unwrap_or_else(PoisonError::into_inner);
        if pages.len() >= MAX_PAGES && !pages.contains_key(&key) {
            pages.clear();
        }
        pages.insert(key, page);
    }

    /// How many pages are kept (for the size bound's test).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.pages.read().unwrap_or_else(PoisonError::into_inner).len()
    }
}

impl CachedPage {
    /// The rendered page to keep, or the response unchanged when it may not
    /// be shared: not a page rendered without scripts, not a 200, or it
    /// sets a cookie.
    pub async fn from_response(response: Response, version: i64, minute: i64) -> Result<Arc<Self>, Response> {
        let shareable = response.status() == StatusCode::OK
            && response.extensions().get::<WithoutScripts>().is_some()
            && !response.headers().contains_key(SET_COOKIE)
            && !response.headers().contains_key(CONTENT_ENCODING);
        if !shareable {
            return Err(response);
        }
        let (mut parts, body) = response.into_parts();
        let body = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(body) => body,
            Err(_) => return Err(Response::from_parts(parts, Body::empty())),
        };
        parts.headers.remove(CACHE_CONTROL);
        parts.headers.remove(CONTENT_LENGTH);
        let Ok(gzipped) = gzip(&body) else {
            return Err(Response::from_parts(parts, Body::from(body)));
        };
        Ok(Arc::new(CachedPage {
            version,
            minute,
            headers: parts.headers,
            etag: etag_of(&body),
            body,
            gzipped,
        }))
    }

    /// The page as an answer to a request with `asked` headers: `304` when
    /// the browser has it already, compressed when the browser takes gzip.
    pub fn response(&self, asked: &HeaderMap) -> Response {
        let mut response = if has_current(asked, &self.etag) {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            response
        } else if accepts_gzip(asked) {
            let mut response = Response::new(Body::from(self.gzipped.clone()));
            *response.headers_mut() = self.headers.clone();
            response.headers_mut().insert(CONTENT_ENCODING, GZIP);
            response
        } else {
            let mut response = Response::new(Body::from(self.body.clone()));
            *response.headers_mut() = self.headers.clone();
            response
        };
        let headers = response.headers_mut();
        headers.insert(ETAG, self.etag.clone());
        headers.insert(CACHE_CONTROL, SHARED_CACHING);
        headers.insert(VARY, SHARED_VARY);
        response
    }
}

fn gzip(body: &[u8]) -> std::io::Result<Bytes> {
    let mut encoder = GzEncoder::new(Vec::with_capacity(body.len() / 4), Compression::best());
    encoder.write_all(body)?;
    Ok(Bytes::from(encoder.finish()?))
}

/// A weak tag (the same for the page compressed or not) from the page's bytes.
fn etag_of(body: &[u8]) -> HeaderValue {
    let digest = ring::digest::digest(&ring::digest::SHA256, body);
    let hex: String = digest.as_ref()[..12].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("W/\"{hex}\"")).unwrap_or(HeaderValue::from_static("W/\"0\""))
}

/// Whether `If-None-Match` names `etag` (weak comparison) or `*`.
fn has_current(asked: &HeaderMap, etag: &HeaderValue) -> bool {
    let wanted = etag.to_str().unwrap_or_default().trim_start_matches("W/");
    asked
        .get_all(IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == "*" || tag == wanted)
}

/// Whether `Accept-Encoding` takes gzip (by name or `*`, with a weight above 0).
fn accepts_gzip(asked: &HeaderMap) -> bool {
    asked
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (name.eq_ignore_ascii_case("gzip") || name == "*") && weight > 0.0
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn gzip_is_taken_by_name_or_star_unless_weighted_zero() {
        assert!(accepts_gzip(&headers(&[(
            "accept-encoding",
            "gzip, deflate, br"
        )])));
        assert!(accepts_gzip(&headers(&[("accept-encoding", "br;q=1, *;q=0.1")])));
        assert!(accepts_gzip(&headers(&[("accept-encoding", "GZIP;q=0.5")])));
        assert!(!accepts_gzip(&headers(&[("accept-encoding", "gzip;q=0, br")])));
        assert!(!accepts_gzip(&headers(&[("accept-encoding", "identity")])));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn if_none_match_compares_weakly_and_takes_lists_and_star() {
        let etag = HeaderValue::from_static("W/\"abc\"");
        assert!(has_current(&headers(&[("if-none-match", "W/\"abc\"")]), &etag));
        assert!(has_current(
            &headers(&[("if-none-match", "\"x\", \"abc\"")]),
            &etag
        ));
        assert!(has_current(&headers(&[("if-none-match", "*")]), &etag));
        assert!(!has_current(&headers(&[("if-none-match", "W/\"abd\"")]), &etag));
        assert!(!has_current(&HeaderMap::new(), &etag));
    }

    fn page(version: i64, minute: i64) -> Arc<CachedPage> {
        Arc::new(CachedPage {
            version,
            minute,
            headers: HeaderMap::new(),
            body: Bytes::from_static(b"<p>hi</p>"),
            gzipped: Bytes::new(),
            etag: etag_of(b"<p>hi</p>"),
        })
    }

    #[test]
    fn a_page_is_fresh_only_at_its_version_and_minute() {
        let cache = PageCache::new(true);
        let key = PageKey::new("/", Lang::ZhCn, DisplaySettings::default()).expect("short");
        cache.keep(key.clone(), page(3, 100));
        assert!(cache.fresh(&key, 3, 100).is_some());
        assert!(cache.fresh(&key, 4, 100).is_none());
        assert!(cache.fresh(&key, 3, 101).is_none());
        let english = PageKey::new("/", Lang::En, DisplaySettings::default()).expect("short");
        assert!(cache.fresh(&english, 3, 100).is_none());
    }

    #[test]
    fn the_cache_never_holds_more_than_its_limit() {
        let cache = PageCache::new(true);
        for n in 0..(MAX_PAGES + 10) {
            let key = PageKey::new(
                &format!("/jobs/fairs?x={n}"),
                Lang::ZhCn,
                DisplaySettings::default(),
            );
            cache.keep(key.expect("short"), page(1, 1));
        }
        assert!(cache.len() <= MAX_PAGES);
        assert!(PageKey::new(
            &"/".repeat(MAX_ADDRESS_BYTES + 1),
            Lang::En,
            DisplaySettings::default()
        )
        .is_none());
    }
}
