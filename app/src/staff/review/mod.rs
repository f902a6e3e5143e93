//! `/staff/applications/{id}`: one application in the reviewer's scope,
//! everything about it, and the actions of the reviewer's level (pass on,
//! approve, refuse, ask for more information), assignment and internal notes.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    use handlers::*;
    axum::Router::new()
        .route("/staff/applications/{id}", get(show))
        .route("/staff/applications/{id}/documents/{document}", get(document))
        .route("/staff/applications/{id}/pass", post(pass))
        .route("/staff/applications/{id}/approve", post(approve))
        .route("/staff/applications/{id}/refuse", post(refuse))
        .route(
            "/staff/applications/{id}/request-information",
            post(request_information),
        )
        .route("/staff/applications/{id}/assign", post(assign))
        .route("/staff/applications/{id}/notes", post(add_note))
}
