//! Job fairs: `/jobs/fairs` (upcoming, with filters), `/jobs/fairs/past`,
//! `/jobs/fairs/{id}` (venue, accessibility, employers and positions, and
//! registration for signed-in residents), `.ics` downloads, and
//! `/jobs/registrations/{id}/cancel`. Staff run fairs in `staff`.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
pub mod staff;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    use handlers::*;
    axum::Router::new()
        .route("/jobs/fairs", get(list))
        .route("/jobs/fairs/past", get(past))
        .route("/jobs/fairs/{id}", get(show))
        .route("/jobs/fairs/{id}/register", post(register))
        .route("/jobs/fairs/{id}/calendar.ics", get(calendar_file))
        .route("/jobs/registrations/{id}/cancel", post(cancel))
        .merge(staff::routes())
}
