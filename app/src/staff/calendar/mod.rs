//! `/staff/calendar` (administrators): the public holidays and make-up
//! working days (调休) that working days are counted with — the petition
//! and legal-aid clocks and the application review's overdue flags. Each
//! year's arrangement is entered from the State Council's notice; a day is
//! added or removed, never edited, and both are audited.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/staff/calendar", get(handlers::show).post(handlers::add))
        .route("/staff/calendar/remove", post(handlers::remove))
}
