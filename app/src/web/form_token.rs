//! A token in every form, for browsers that say neither where a request
//! comes from (`Sec-Fetch-Site`) nor its `Origin` (old browsers, office
//! "IE mode"): for them a form sent with the session cookie must carry the
//! token of that session, which another site cannot read. The token is a
//! keyed hash of the session id, so every server computes the same one
//! and nothing is stored. It is the first field of each form, so checking
//! it reads only the start of a request's body.

use super::sealed::SealingKey;
use http::header::{COOKIE, SET_COOKIE};
use http::HeaderMap;

/// The form field that carries the token.
pub const FIELD: &str = "csrf_token";
/// The session cookie's name (`server::sessions`).
pub const SESSION_COOKIE: &str = "session";

/// The token of the session `session_id`.
pub fn token_for(key: &SealingKey, session_id: &str) -> String {
    key.tag("form-token", session_id)
}

/// The session id a request's cookies name, if any.
pub fn session_of_request(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|header| header.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|value| !value.is_empty())
}

/// What a response does to the session cookie: `Some(Some(id))` sets a new
/// id, `Some(None)` removes it, `None` leaves it alone.
pub fn session_of_response(headers: &HeaderMap) -> Option<Option<String>> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|cookie| cookie.split(';').next()?.trim().split_once('='))
        .filter(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| (!value.is_empty()).then(|| value.to_string()))
        .next_back()
}

/// `html` with the token as the first field of every POST form.
pub fn add_to_forms(html: &str, token: &str) -> String {
    let field = format!(r#"<input type="hidden" name="{FIELD}" value="{token}">"#);
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(start) = rest.find("<form") {
        let Some(end) = rest[start..].find('>').map(|e| start + e + 1) else {
            break;
        };
        out.push_str(&rest[..end]);
        if rest[start..end].contains(r#"method="post""#) {
            out.push_str(&field);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Whether a form body starts with the token: the first pair of a
/// URL-encoded body, or the first part of a multipart one.
pub fn sent_first(body_start: &[u8], token: &str) -> bool {
    let urlencoded = format!("{FIELD}={token}");
    if let Some(after) = body_start.strip_prefix(urlencoded.as_bytes()) {
        return after.is_empty() || after.starts_with(b"&");
    }
    let Some(headers_end) = find(body_start, b"\r\n\r\n") else {
        return false;
    };
    let (headers, value) = body_start.split_at(headers_end);
    let named = format!("name=\"{FIELD}\"");
    let expected = format!("\r\n\r\n{token}\r\n");
    body_start.starts_with(b"--")
        && find(headers, named.as_bytes()).is_some()
        && value.starts_with(expected.as_bytes())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    #[test]
    fn every_post_form_gets_the_token_first_and_nothing_else_changes() {
        let html = r#"<p>a</p><form method="post" action="/x" novalidate><input name="a"></form><form method="get" action="/q"></form><form class="f" method="post" action="/y">"#;
        let out = add_to_forms(html, "TOK");
        assert_eq!(
            out,
            r#"<p>a</p><form method="post" action="/x" novalidate><input type="hidden" name="csrf_token" value="TOK"><input name="a"></form><form method="get" action="/q"></form><form class="f" method="post" action="/y"><input type="hidden" name="csrf_token" value="TOK">"#
        );
        assert_eq!(add_to_forms("<p>no forms</p>", "TOK"), "<p>no forms</p>");
        assert_eq!(
            add_to_forms("<form method=\"post\"", "TOK"),
            "<form method=\"post\""
        );
    }

    #[test]
    fn the_token_must_be_the_first_field() {
        assert!(sent_first(b"csrf_token=TOK&name=x", "TOK"));
        assert!(sent_first(b"csrf_token=TOK", "TOK"));
        assert!(!sent_first(b"csrf_token=TOKEN&name=x", "TOK"));
        assert!(!sent_first(b"name=x&csrf_token=TOK", "TOK"));
        assert!(!sent_first(b"", "TOK"));
        let multipart = b"--b\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nTOK\r\n--b\r\n";
        assert!(sent_first(multipart, "TOK"));
        assert!(!sent_first(multipart, "TOX"));
        let other_first = b"--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nTOK\r\n--b\r\n";
        assert!(!sent_first(other_first, "TOK"));
    }

    #[test]
    fn the_session_comes_from_the_cookie_and_a_new_one_from_set_cookie() {
        let mut request = HeaderMap::new();
        request.insert(COOKIE, HeaderValue::from_static("lang=en; session=abc"));
        assert_eq!(session_of_request(&request).as_deref(), Some("abc"));
        assert_eq!(session_of_request(&HeaderMap::new()), None);
        let mut response = HeaderMap::new();
        response.append(SET_COOKIE, HeaderValue::from_static("lang=en; Path=/"));
        assert_eq!(session_of_response(&response), None);
        response.append(
            SET_COOKIE,
            HeaderValue::from_static("session=new; HttpOnly; Path=/"),
        );
        assert_eq!(session_of_response(&response), Some(Some("new".to_string())));
        let mut ended = HeaderMap::new();
        ended.append(SET_COOKIE, HeaderValue::from_static("session=; Max-Age=0"));
        assert_eq!(session_of_response(&ended), Some(None));
    }
}
