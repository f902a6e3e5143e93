//! Running courses (content editors and administrators, in their own area):
//! `/staff/courses/new`, `/staff/courses/{id}` (details and sessions),
//! `/staff/sessions/{id}` (capacity, cancelling, places, the waiting list,
//! CSV and certificates) and `/staff/bookings/{id}/…` (check-in, completion,
//! moving a place to another session).

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
        .route("/staff/courses/new", get(new_form).post(create))
        .route("/staff/courses/{id}", get(show).post(update))
        .route("/staff/courses/{id}/sessions", post(add_session))
        .route("/staff/sessions/{id}", get(show_session))
        .route("/staff/sessions/{id}/capacity", post(change_capacity))
        .route("/staff/sessions/{id}/cancel", post(cancel_session))
        .route("/staff/sessions/{id}/bookings.csv", get(bookings_export))
        .route("/staff/sessions/{id}/certificates/{booking}", get(certificate))
        .route("/staff/bookings/{id}/check-in", post(check_in_booking))
        .route("/staff/bookings/{id}/complete", post(complete_booking))
        .route("/staff/bookings/{id}/move", post(move_booking))
}
