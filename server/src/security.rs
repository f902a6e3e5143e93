//! Security headers on every response, a fresh CSP nonce for every page,
//! and cross-site request forgery defence for every state-changing request.
//!
//! CSRF defence checks where a request comes from, using the headers browsers
//! set and pages cannot forge (`Sec-Fetch-Site`, then `Origin`), as OWASP
//! recommends. Together with SameSite=Lax cookies this covers every form, with
//! or without JavaScript, without a token in each form.

use app::web::CspNonce;
use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{HeaderName, CONTENT_TYPE, HOST, ORIGIN, STRICT_TRANSPORT_SECURITY};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use std::any::Any;

pub async fn headers_and_csrf(mut request: Request, next: Next) -> Response {
    if !is_safe(request.method()) && !is_same_origin(request.headers()) {
        tracing::warn!(method = %request.method(), path = request.uri().path(), "cross-site request refused");
        let nonce = new_nonce();
        let mut response = html_response(StatusCode::FORBIDDEN, app::web::fallback_pages::forbidden_html());
        add_headers(response.headers_mut(), &nonce);
        return response;
    }
    let nonce = new_nonce();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    add_headers(response.headers_mut(), &nonce);
    response
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

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// True unless the browser tells us the request came from another site.
/// Requests without either header do not come from a current browser, and
/// carry no SameSite=Lax cookie from a cross-site form either.
pub fn is_same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(ORIGIN) else {
        return true;
    };
    let (Ok(origin), Some(Ok(host))) = (origin.to_str(), headers.get(HOST).map(|h| h.to_str())) else {
        return false;
    };
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    origin_host.is_some_and(|o| o.eq_ignore_ascii_case(host))
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
