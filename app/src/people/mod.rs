//! `/account/people`: "people I help". A resident adds the people they may
//! act for (a child, a parent, someone they care for), then applies or books
//! on their behalf. `/account/people/new` adds one; the list is on `/account`;
//! `/account/people/{id}/remove` removes one. The records themselves are
//! part of the account (`accounts::people_store`).

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/account/people/new", get(handlers::show).post(handlers::add))
        .route("/account/people/{id}/remove", post(handlers::remove))
}
