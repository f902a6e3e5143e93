//! Calendar file downloads (`.ics`) for fairs and training sessions.

use crate::domain::calendar::{calendar, CalendarEvent};
use axum::body::Body;
use axum::response::Response;
use http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use http::HeaderValue;

/// An `.ics` download of one event.
pub fn calendar_response(event: &CalendarEvent, file_name: &str) -> Response {
    let mut response = Response::new(Body::from(calendar(event)));
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    response
}

/// The host part of the public address, for calendar event ids.
pub fn host_of(public_url: &str) -> &str {
    public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("portal")
}

#[cfg(test)]
mod tests {
    use super::host_of;

    #[test]
    fn the_host_is_the_public_address_without_scheme_port_or_path() {
        assert_eq!(
            host_of("https://portal.jiangbei.example/x"),
            "portal.jiangbei.example"
        );
        assert_eq!(host_of("http://127.0.0.1:3000"), "127.0.0.1");
    }
}
