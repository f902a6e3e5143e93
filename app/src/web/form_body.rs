//! The fields of a submitted form (`application/x-www-form-urlencoded`),
//! read leniently: bad encoding is replaced, control characters other than
//! tabs and line breaks are dropped, and an oversized body is read as
//! empty, so a malformed form gets the page's own "what to fix", never an
//! error page.

use crate::forms::{without_controls, FormState};
use axum::body::Body;
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

    pub fn parse(bytes: &[u8]) -> Self {
        FormValues(
            form_urlencoded::parse(bytes)
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

#[cfg(test)]
mod tests {
    use super::*;

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
