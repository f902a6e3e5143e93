//! Running job fairs (content editors and administrators, in their own
//! area): `/staff/fairs/new`, `/staff/fairs/{id}` (details, employers,
//! positions, cancelling), `/staff/fairs/{id}/registrations` (check-in,
//! hires, CSV), `/staff/registrations/{id}/…`.

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
        .route("/staff/fairs/new", get(new_form).post(create))
        .route("/staff/fairs/{id}", get(show).post(update))
        .route("/staff/fairs/{id}/employers", post(add_employer))
        .route("/staff/fairs/{id}/positions", post(add_position))
        .route("/staff/fairs/{id}/cancel", post(cancel))
        .route("/staff/fairs/{id}/registrations", get(registrations))
        .route("/staff/fairs/{id}/registrations.csv", get(registrations_export))
        .route("/staff/registrations/{id}/check-in", post(check_in))
        .route("/staff/registrations/{id}/hire", post(record_hire))
}
