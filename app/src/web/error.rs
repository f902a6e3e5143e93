//! The one error type of page handlers. Each variant is a page in the
//! visitor's language (404, 403, 500) or a redirect (to sign in, say); a
//! handler's checks read as a column of `?`.

use super::file_store::FileStoreError;
use super::redirect::see_other;
use super::render::Page;
use crate::components::{NotAllowedPage, NotFoundPage, ServerErrorPage, StaffView};
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// No such page, or a record the visitor may not know exists.
    #[error("page not found")]
    NotFound,
    /// The staff member's role may not open the page.
    #[error("the staff member's role may not do this")]
    NotAllowed(StaffView),
    /// Go elsewhere first: to sign in (which comes back afterwards), or to
    /// the page that a form about something already changed belongs to.
    #[error("go to {0} first")]
    Redirect(String),
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("{0}")]
    Failed(String),
}

impl PageError {
    /// Something on our side failed; the visitor sees the error page.
    pub fn failed(error: impl std::fmt::Display) -> Self {
        PageError::Failed(error.to_string())
    }
}

impl From<tower_sessions::session::Error> for PageError {
    fn from(error: tower_sessions::session::Error) -> Self {
        PageError::failed(format!("the session store failed: {error}"))
    }
}

impl From<std::io::Error> for PageError {
    fn from(error: std::io::Error) -> Self {
        PageError::failed(format!("a file could not be read or written: {error}"))
    }
}

impl From<FileStoreError> for PageError {
    fn from(error: FileStoreError) -> Self {
        PageError::failed(error)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::NotFound => Page::new(NotFoundPage)
                .status(StatusCode::NOT_FOUND)
                .into_response(),
            PageError::NotAllowed(staff) => Page::new(NotAllowedPage)
                .with(staff)
                .status(StatusCode::FORBIDDEN)
                .into_response(),
            PageError::Redirect(location) => see_other(&location),
            PageError::Database(_) | PageError::Failed(_) => {
                tracing::error!(error = %self, "request failed");
                Page::new(ServerErrorPage)
                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                    .into_response()
            }
        }
    }
}

/// What a page handler returns.
pub type PageResult<T = Response> = Result<T, PageError>;
