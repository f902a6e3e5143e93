//! Extractors for what handlers read from a request's address and headers:
//! ids in the path (anything that is not an id is "page not found"), the
//! page's language, and where the request was going.

use super::error::PageError;
use crate::i18n::Lang;
use axum::extract::{FromRequestParts, Path};
use http::request::Parts;
use std::convert::Infallible;

/// The `{id}` in the path: a positive whole number, or the 404 page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathId(pub i32);

/// The `{id}` and the second id of a path such as
/// `/applications/{id}/documents/{document}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathIds(pub i32, pub i32);

fn id(text: &str) -> Option<i32> {
    text.parse::<i32>().ok().filter(|id| *id > 0)
}

async fn path_params<S: Send + Sync>(
    parts: &mut Parts,
    state: &S,
) -> Result<Vec<(String, String)>, PageError> {
    Path::<Vec<(String, String)>>::from_request_parts(parts, state)
        .await
        .map(|Path(params)| params)
        .map_err(|_| PageError::NotFound)
}

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let params = path_params(parts, state).await?;
        params
            .iter()
            .find(|(name, _)| name == "id")
            .and_then(|(_, value)| id(value))
            .map(PathId)
            .ok_or(PageError::NotFound)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PathIds {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let params = path_params(parts, state).await?;
        let first = params.iter().find(|(name, _)| name == "id");
        let second = params.iter().find(|(name, _)| name != "id");
        match (first.and_then(|(_, v)| id(v)), second.and_then(|(_, v)| id(v))) {
            (Some(first), Some(second)) => Ok(PathIds(first, second)),
            _ => Err(PageError::NotFound),
        }
    }
}

/// The language the visitor reads the portal in.
impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(super::render::request_lang(&parts.headers))
    }
}

/// The request's path and query: where to come back to after signing in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Here(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Here {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Here(here(parts)))
    }
}

/// The path and query of a request.
pub fn here(parts: &Parts) -> String {
    parts
        .uri
        .path_and_query()
        .map_or_else(|| "/".to_string(), |p| p.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::id;

    #[test]
    fn only_positive_whole_numbers_are_ids() {
        assert_eq!(id("12"), Some(12));
        for bad in ["0", "-3", "1.5", "", "12abc", "99999999999", " 1"] {
            assert_eq!(id(bad), None, "{bad:?}");
        }
    }
}
