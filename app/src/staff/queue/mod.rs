//! `/staff/queue`: applications in the reviewer's scope, counts by status,
//! filters (a GET form, so a filtered queue can be bookmarked), pages,
//! overdue flags, and the CSV export of the same filters (`/staff/queue.csv`).

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/staff/queue", get(handlers::show))
        .route("/staff/queue.csv", get(handlers::export))
}
