//! Vocational training: `/training` (courses), `/training/{id}` (a course, its
//! sessions with places left, and booking or joining the waiting list),
//! `.ics` downloads, and the booking changes residents make from
//! `/account/bookings`. Staff run courses in `staff`.

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
        .route("/training", get(list))
        .route("/training/{id}", get(show))
        .route("/training/{id}/book", post(book))
        .route("/training/sessions/{id}/calendar.ics", get(calendar_file))
        .route("/training/bookings/{id}/cancel", post(cancel))
        .route("/training/bookings/{id}/accept", post(accept))
        .route("/training/bookings/{id}/decline", post(decline))
        .merge(staff::routes())
}
