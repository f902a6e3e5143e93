//! `/account`: the signed-in resident's account: its details, applications,
//! people helped and bookings at a glance; `/account/details`,
//! `/account/password` and `/account/delete`. (`/account/people` and
//! `/account/bookings` are their own features.)

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    use handlers::*;
    axum::Router::new()
        .route("/account", get(show))
        .route("/account/details", get(show_details).post(save_details))
        .route("/account/password", get(show_password).post(save_password))
        .route("/account/delete", get(show_delete).post(delete))
}
