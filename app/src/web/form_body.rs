//! The fields of a submitted form (`application/x-www-form-urlencoded`),
//! read leniently: bad encoding is replaced, control characters other than
//! tabs and line breaks are dropped, and an oversized body is read as
//! empty, so a malformed form gets the page's own "what to fix", never an
//! error page. The text fields of a multipart form are read in pieces with
//! a limit, never whole.

use crate::forms::{without_controls, FormState};
use axum::body::{Body, HttpBody};
use axum::extract::multipart::{Field, MultipartError};
use axum::extract::{FromRequest, FromRequestParts, Request};
use http::request::Parts;
use std::convert::Infallible;

/// Largest form body a page form accepts; anything bigger is treated as empty.
const FORM_BODY_LIMIT: usize = 64 * 1024;

#[derive(Clone, Debug, Default)]
pub struct FormValues(Vec<(String, String)>);

impl<S: Send + Sync> FromRequest<S> for FormValues {
    type Rejection = Infallible;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(FormValues::read(request.into_body()).await)
    }
}

/// The fields of a GET form (filters, searches), from the query string.
#[derive(Clone, Debug, Default)]
pub struct QueryValues(pub FormValues);

impl<S: Send + Sync> FromRequestParts<S> for QueryValues {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        Ok(QueryValues(FormValues::parse(query.as_bytes())))
    }
}

impl FormValues {
    pub async fn read(body: Body) -> Self {
        match axum::body::to_bytes(body, FORM_BODY_LIMIT).await {
            Ok(bytes) => Self::parse(&bytes),
            Err(_) => Self::default(),
        }
    }

    /// The fields sent, without the form token (checked by the security
    /// layer, of no concern to any handler).
    pub fn parse(bytes: &[u8]) -> Self {
        FormValues(
            form_urlencoded::parse(bytes)
                .filter(|(name, _)| name != super::form_token::FIELD)
                .map(|(name, value)| (without_controls(&name), without_controls(&value)))
                .collect(),
        )
    }

    /// The first value sent for a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Every value sent for a field, as checkboxes send them.
    pub fn get_all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    /// The form as sent, ready for its checks.
    pub fn to_form(&self) -> FormState {
        FormState::new(self.0.clone())
    }

    /// The form as sent without the fields that must never be shown again (passwords).
    pub fn to_form_without(&self, secret: &[&str]) -> FormState {
        FormState::new(
            self.0
                .iter()
                .filter(|(k, _)| !secret.contains(&k.as_str()))
                .cloned()
                .collect(),
        )
    }
}

/// A text field of a multipart form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextField {
    Whole(String),
    /// Longer than the limit: read to its end and dropped.
    TooLong,
}

/// Reads a multipart text field up to `limit` bytes; the rest of a longer
/// one is read and dropped piece by piece, so it is never held whole.
/// Bad encoding is replaced, as in an ordinary form.
pub async fn multipart_text(field: &mut Field<'_>, limit: usize) -> Result<TextField, MultipartError> {
    let mut bytes = Vec::new();
    let mut too_long = false;
    while let Some(chunk) = field.chunk().await? {
        too_long = too_long || bytes.len() + chunk.len() > limit;
        if !too_long {
            bytes.extend_from_slice(&chunk);
        }
    }
    Ok(match too_long {
        true => TextField::TooLong,
        false => TextField::Whole(without_controls(&String::from_utf8_lossy(&bytes))),
    })
}

/// An uploaded file's own name, without folders or control characters, at
/// most 200 characters. It is only ever shown or sent back as a download's
/// name; stored files are named by the portal's own keys.
pub fn file_name(sent: &str) -> String {
    let base = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    base.chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Reads a body to its end, dropping every piece. A browser sends the
/// whole form before it reads the answer: without this it would show
/// "connection reset" instead of the page that says what to fix. The
/// server's overall body limit and request timeout bound the reading.
pub async fn discard(mut body: Body) {
    while let Some(Ok(_)) = std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_folders_and_control_characters() {
        assert_eq!(file_name("C:\\Users\\li\\证件.pdf"), "证件.pdf");
        assert_eq!(file_name("../../etc/passwd"), "passwd");
        assert_eq!(file_name("a\u{0}b\r\n.png"), "ab.png");
        assert_eq!(file_name(&"长".repeat(300)).chars().count(), 200);
    }

    #[test]
    fn the_form_token_is_not_a_field_of_the_form() {
        let form = FormValues::parse(b"csrf_token=abc&name=x");
        assert_eq!(form.pairs(), &[("name".to_string(), "x".to_string())]);
    }

    #[test]
    fn form_values_tolerate_bad_encoding() {
        let form = FormValues::parse(b"a=%FF%FE&b=%&c=1&c=2");
        assert_eq!(form.get("c"), Some("1"));
        assert_eq!(form.get_all("c"), ["1", "2"]);
        assert!(form.get("a").is_some());
    }

    #[test]
    fn control_characters_are_dropped_but_line_breaks_kept() {
        let form = FormValues::parse(b"full_name=Li%00Ming%1B&note=one%0D%0Atwo%09three&a%00=x");
        assert_eq!(form.get("full_name"), Some("LiMing"));
        assert_eq!(form.get("note"), Some("one\r\ntwo\tthree"));
        assert_eq!(form.get("a"), Some("x"));
        let state = FormState::new(vec![("message".to_string(), "a\u{0}b\u{7f}c".to_string())]);
        assert_eq!(state.value("message"), "abc");
    }

    #[test]
    fn secrets_are_left_out_of_what_is_shown_again() {
        let form = FormValues::parse(b"email=a%40b.c&password=hunter2").to_form_without(&["password"]);
        assert_eq!(form.value("email"), "a@b.c");
        assert_eq!(form.value("password"), "");
    }
}
