//! Security headers on every response, a fresh CSP nonce for every page,
//! and cross-site request forgery defence for every state-changing request.
//!
//! CSRF defence checks where a request comes from, using the headers browsers
//! set and pages cannot forge (`Sec-Fetch-Site`, then `Origin`), as OWASP
//! recommends. Together with SameSite=Lax cookies this covers every form, with
//! or without JavaScript. Browsers that send neither header must send the
//! session's form token instead (`app::web::form_token`), which every page
//! adds to its forms.

use app::web::form_token;
use app::web::sealed::SealingKey;
use app::web::CspNonce;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{HeaderName, CONTENT_LENGTH, CONTENT_TYPE, HOST, ORIGIN, STRICT_TRANSPORT_SECURITY};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use futures_util::StreamExt;
use rand::RngCore;
use std::any::Any;
use std::sync::Arc;

pub async fn headers_and_csrf(State(key): State<Arc<SealingKey>>, request: Request, next: Next) -> Response {
    let session = form_token::session_of_request(request.headers());
    let request = match checked(request, session.as_deref(), &key).await {
        Ok(request) => request,
        Err(refused) => return refused,
    };
    let nonce = new_nonce();
    let mut request = request;
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    add_headers(response.headers_mut(), &nonce);
    // The page's forms carry the token of the session the browser will
    // have when it sends them: a new one if this response starts one.
    match form_token::session_of_response(response.headers()).unwrap_or(session) {
        Some(session) => with_form_token(response, &form_token::token_for(&key, &session)).await,
        None => response,
    }
}

/// Once a browser has seen the portal in production (always behind TLS),
/// it uses only HTTPS for it and its subdomains for a year, so a network
/// cannot strip TLS from a later visit. Development runs on plain HTTP.
const STRICT_TRANSPORT: HeaderValue = HeaderValue::from_static("max-age=31536000; includeSubDomains");

/// `router` with `Strict-Transport-Security` on every response in production.
pub fn with_strict_transport(router: Router, production: bool) -> Router {
    if production {
        router.layer(axum::middleware::map_response(add_strict_transport))
    } else {
        router
    }
}

async fn add_strict_transport(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT);
    response
}

/// The request if it may change something, or the refusal: a request
/// another site sent is refused; one that does not say where it comes from
/// must carry its session's form token, when it has a session.
async fn checked(request: Request, session: Option<&str>, key: &SealingKey) -> Result<Request, Response> {
    if is_safe(request.method()) {
        return Ok(request);
    }
    let request = match one_click_unsubscribe(request).await {
        Ok(request) => return Ok(request),
        Err(request) => request,
    };
    let request = match (sent_from(request.headers()), session) {
        (Sender::SameOrigin, _) | (Sender::Unknown, None) => Some(request),
        (Sender::Unknown, Some(session)) => token_first(request, &form_token::token_for(key, session)).await,
        (Sender::OtherSite, _) => None,
    };
    request.ok_or_else(|| {
        tracing::warn!("cross-site request refused");
        let mut response = html_response(StatusCode::FORBIDDEN, app::web::fallback_pages::forbidden_html());
        add_headers(response.headers_mut(), &new_nonce());
        response
    })
}

/// How much of a body is read to find the token (the first field).
const TOKEN_PREFIX_BYTES: usize = 1024;

/// The request, its body intact, if the body starts with `token`.
async fn token_first(request: Request, token: &str) -> Option<Request> {
    let (parts, body) = request.into_parts();
    let mut stream = body.into_data_stream();
    let mut start = Vec::new();
    while start.len() < TOKEN_PREFIX_BYTES {
        match stream.next().await {
            Some(Ok(chunk)) => start.extend_from_slice(&chunk),
            Some(Err(_)) => return None,
            None => break,
        }
    }
    if !form_token::sent_first(&start, token) {
        return None;
    }
    let start = futures_util::stream::once(async move { Ok::<_, axum::Error>(Bytes::from(start)) });
    Some(Request::from_parts(parts, Body::from_stream(start.chain(stream))))
}

/// A mail program's one-click unsubscribe (RFC 8058) is posted without
/// cookies or form token, from wherever the program runs: exactly the body
/// `List-Unsubscribe=One-Click` at an alert's unsubscribe address passes
/// (`Ok`), and can do nothing but end the subscription whose secret token
/// is in that address. Anything else goes on to the usual checks (`Err`),
/// its body intact.
async fn one_click_unsubscribe(request: Request) -> Result<Request, Request> {
    if !request.uri().path().starts_with(app::alerts::UNSUBSCRIBE_PREFIX) {
        return Err(request);
    }
    let (parts, body) = request.into_parts();
    let limit = app::alerts::ONE_CLICK_BODY.len() + 1;
    let mut stream = body.into_data_stream();
    let mut start = Vec::new();
    let mut complete = true;
    while start.len() < limit {
        match stream.next().await {
            Some(Ok(chunk)) => start.extend_from_slice(&chunk),
            Some(Err(_)) => {
                complete = false;
                break;
            }
            None => break,
        }
    }
    let passes = complete && app::alerts::is_one_click_unsubscribe(parts.uri.path(), &start);
    let start = futures_util::stream::once(async move { Ok::<_, axum::Error>(Bytes::from(start)) });
    let request = Request::from_parts(parts, Body::from_stream(start.chain(stream)));
    if passes {
        Ok(request)
    } else {
        Err(request)
    }
}

/// Adds the form token to an HTML page's forms.
async fn with_form_token(response: Response, token: &str) -> Response {
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return html_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            app::web::fallback_pages::server_error_html(),
        );
    };
    let html = form_token::add_to_forms(&String::from_utf8_lossy(&bytes), token);
    parts.headers.remove(CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(html))
}

/// The largest page the portal renders is far below this.
const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Where a request says it comes from.
#[derive(Debug, PartialEq, Eq)]
enum Sender {
    SameOrigin,
    OtherSite,
    /// Neither `Sec-Fetch-Site` nor `Origin`: an old browser, or not a browser.
    Unknown,
}

fn sent_from(headers: &HeaderMap) -> Sender {
    if let Some(site) = headers.get("sec-fetch-site") {
        return match site.as_bytes() {
            b"same-origin" | b"none" => Sender::SameOrigin,
            _ => Sender::OtherSite,
        };
    }
    let Some(origin) = headers.get(ORIGIN) else {
        return Sender::Unknown;
    };
    let (Ok(origin), Some(Ok(host))) = (origin.to_str(), headers.get(HOST).map(|h| h.to_str())) else {
        return Sender::OtherSite;
    };
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    if origin_host.is_some_and(|o| o.eq_ignore_ascii_case(host)) {
        Sender::SameOrigin
    } else {
        Sender::OtherSite
    }
}

/// True unless the browser tells us the request came from another site.
pub fn is_same_origin(headers: &HeaderMap) -> bool {
    sent_from(headers) != Sender::OtherSite
}

fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn add_headers(headers: &mut HeaderMap, nonce: &str) {
    let csp = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    let pairs = [
        ("content-security-policy", csp),
        ("x-content-type-options", "nosniff".to_string()),
        ("referrer-policy", "same-origin".to_string()),
        ("x-frame-options", "DENY".to_string()),
        ("cross-origin-opener-policy", "same-origin".to_string()),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()".to_string(),
        ),
    ];
    for (name, value) in pairs {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(HeaderName::from_static(name), value);
        }
    }
}

fn html_response(status: StatusCode, html: String) -> Response {
    let mut response = Response::new(Body::from(html));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    response
}

/// A panic anywhere in a request becomes the accessible error page, never a
/// dropped connection. The panic itself goes to the log.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(detail, "request handler panicked");
    let mut response = html_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        app::web::fallback_pages::server_error_html(),
    );
    add_headers(response.headers_mut(), &new_nonce());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "none")])));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!is_same_origin(&headers(&[
            ("sec-fetch-site", "cross-site"),
            ("origin", "http://a.test"),
            ("host", "a.test"),
        ])));
    }

    #[test]
    fn origin_must_match_host_without_fetch_metadata() {
        assert!(is_same_origin(&headers(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(!is_same_origin(&headers(&[
            ("origin", "http://evil.test"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(!is_same_origin(&headers(&[
            ("origin", "null"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(!is_same_origin(&headers(&[("origin", "http://127.0.0.1:3000")])));
        assert!(is_same_origin(&headers(&[])));
    }

    #[test]
    fn nonces_are_fresh() {
        assert_ne!(new_nonce(), new_nonce());
        assert_eq!(new_nonce().len(), 22);
    }
}
