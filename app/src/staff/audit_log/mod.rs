//! `/staff/audit` (administrators): search the audit log by person, action,
//! target and dates, newest first, a page at a time; export as CSV
//! (`/staff/audit.csv`). The log itself is written by `web::audit`.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/staff/audit", get(handlers::show))
        .route("/staff/audit.csv", get(handlers::export))
}
