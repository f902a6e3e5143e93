//! Where a request goes next: redirects after a form, and the only places a
//! `next` address from a request may send someone.

use crate::domain::local_path::is_local_path;
use axum::body::Body;
use axum::response::Response;
use http::header::{LOCATION, SET_COOKIE};
use http::{HeaderValue, StatusCode};

/// Redirect after a successful POST, so reloading does not post again.
pub fn see_other(location: &str) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
}

/// A year: long enough that people do not have to choose again.
const PREFERENCE_MAX_AGE_SECONDS: u64 = 365 * 24 * 60 * 60;

/// Redirect after saving a preference (language, display settings) in an
/// essential cookie.
pub fn see_other_saving_preference(location: &str, name: &str, value: &str, secure: bool) -> Response {
    let mut response = see_other(location);
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{name}={value}; Path=/; Max-Age={PREFERENCE_MAX_AGE_SECONDS}; SameSite=Lax; HttpOnly{secure}"
    );
    if let Ok(cookie) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(SET_COOKIE, cookie);
    }
    response
}

/// Only a path on this site is a safe place to send someone back to
/// (`domain::local_path` says which); anything else goes home.
pub fn local_path(candidate: Option<&str>) -> &str {
    match candidate {
        Some(path) if is_local_path(path) => path,
        _ => "/",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(local_path(Some("/settings?saved=1")), "/settings?saved=1");
        assert_eq!(local_path(Some("//evil.example")), "/");
        assert_eq!(local_path(Some("https://evil.example")), "/");
        assert_eq!(local_path(Some("/\\evil.example")), "/");
        assert_eq!(local_path(Some("/\t/evil.example")), "/");
        assert_eq!(local_path(Some("/%2F%2Fevil.example")), "/");
        assert_eq!(local_path(None), "/");
    }
}
