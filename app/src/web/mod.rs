//! The HTTP toolbox every feature uses, and that imports no feature: the
//! state handlers get (with the one clock), page rendering and the page
//! error type, extractors, form bodies, audited changes, limits, secrets,
//! CSV and calendar downloads, client addresses and redirects.

pub mod audit;
pub mod calendar;
pub mod client;
pub mod clock;
pub mod csv;
pub mod error;
pub mod extract;
pub mod form_body;
pub mod limits;
pub mod redirect;
pub mod render;
pub mod secrets;
pub mod state;

pub use client::ClientAddress;
pub use error::{PageError, PageResult};
pub use extract::{Here, PathId, PathIds};
pub use form_body::FormValues;
pub use redirect::{local_path, see_other, see_other_saving_preference};
pub use render::{fixed_page, CspNonce, Page};
pub use state::{PortalState, SharedParameters};

// The old rendering path, until every page is moved to `Page`.
use crate::forms::FormState;
use crate::shell::shell;
use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use http::StatusCode;
use leptos::nonce::Nonce;
use leptos::prelude::{provide_context, use_context};
use leptos_axum::render_app_async_with_context;
pub use render::request_lang;

/// Provides `PageContext` (and the CSP nonce) from the request being rendered.
pub fn page_context(state: &PortalState) -> impl Fn() + Clone + Send + Sync + 'static {
    let state = state.clone();
    move || {
        provide_context(state.parameters.current());
        let Some(parts) = use_context::<http::request::Parts>() else {
            return;
        };
        if let Some(nonce) = parts.extensions.get::<CspNonce>() {
            provide_context(Nonce::from_value(nonce.0.as_str()));
        }
        let context = render::page_context(&state, &parts);
        provide_context(context.lang);
        provide_context(context);
    }
}

/// Renders the page at the request's path, with extra context such as the
/// values and errors of a form that could not be accepted.
pub async fn render_page(
    state: &PortalState,
    request: Request,
    extra_context: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let context = page_context(state);
    let options = state.leptos.clone();
    let handler = render_app_async_with_context(
        move || {
            context();
            extra_context();
        },
        move || shell(options.clone()),
    );
    handler(request).await
}

/// What a handler returns: `Err` ends it early with a response (a sign-in
/// redirect, a 403 or 404 page, or the error page), so its checks read as a
/// column of `?`. Axum answers with either side.
pub type Early<T> = Result<T, Response>;

/// What the person sees when something on our side failed: the error page
/// (nothing they typed is lost: the form was not accepted), and a log entry.
pub fn failed(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "request failed");
    let mut response = Response::new(Body::from(crate::error_page::server_error_html()));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// Shows the page again with what to fix (422).
pub async fn rejected(
    state: &PortalState,
    parts: http::request::Parts,
    form: FormState,
    extra: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let request = Request::from_parts(parts, Body::empty());
    let mut response = render_page(state, request, move || {
        provide_context(form.clone());
        extra();
    })
    .await;
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    response
}

/// The client's address of a request, as text ("unknown" if not known).
pub fn client_of(state: &PortalState, parts: &http::request::Parts) -> String {
    ClientAddress::of(parts, state).0
}

/// The client's address from a request's headers and connection.
pub fn client_from(state: &PortalState, headers: &http::HeaderMap, extensions: &http::Extensions) -> String {
    let (mut parts, ()) = Request::new(()).into_parts();
    parts.headers = headers.clone();
    parts.extensions = extensions.clone();
    ClientAddress::of(&parts, state).0
}

/// Today in Chongqing from the system clock, until every caller reads `PortalState::clock`.
pub fn today_in_chongqing() -> chrono::NaiveDate {
    clock::Clock::system().today()
}
