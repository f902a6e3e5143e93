//! `/staff/team` (administrators): staff accounts, a new account (which
//! emails a set-up link), and one account's name, role, area and access.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    use handlers::*;
    axum::Router::new()
        .route("/staff/team", get(show))
        .route("/staff/team/new", get(show_new).post(create))
        .route("/staff/team/{id}", get(show_member).post(change))
        .route("/staff/team/{id}/disable", post(disable))
        .route("/staff/team/{id}/enable", post(enable))
        .route("/staff/team/{id}/reset", post(reset))
}
