//! `/staff`: signing in to the workspace in two steps (password, then a
//! code from an authenticator app or a recovery code), the first-time
//! set-up of the second factor, new recovery codes, the set-up links that
//! new colleagues and reset accounts receive, and signing out.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    use handlers::*;
    axum::Router::new()
        .route("/staff", get(show_sign_in).post(sign_in))
        .route("/staff/two-factor", get(show_code).post(check_code))
        .route("/staff/two-factor/set-up", get(show_set_up).post(confirm_set_up))
        .route(
            "/staff/recovery-codes",
            get(show_recovery_codes).post(renew_recovery_codes),
        )
        .route(
            "/staff/set-up/{token}",
            get(show_set_up_link).post(choose_password),
        )
        .route("/staff/sign-out", post(sign_out))
}
