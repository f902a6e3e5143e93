//! Signing in as a resident: `/register`, `/check-email`, `/sign-in` (a
//! link by email, or a password), `/sign-in/link/{token}`,
//! `/password-reset` and `/password-reset/{token}`, `/sign-out`,
//! `/sign-out-everywhere` and `/signed-out`. Registration asks only for a
//! name and an email address; the emailed link proves the address and
//! signs in. A password is optional, set afterwards.

#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::web::fixed_page;
    use axum::routing::{get, post};
    use handlers::*;
    axum::Router::new()
        .route("/register", get(fixed_page(pages::RegisterPage)).post(register))
        .route("/check-email", get(fixed_page(pages::CheckEmailPage)))
        .route("/sign-in", get(show_sign_in).post(sign_in))
        .route("/sign-in/link", post(request_link))
        .route("/sign-in/link/{token}", get(show_sign_in_link).post(use_link))
        .route(
            "/password-reset",
            get(fixed_page(pages::PasswordResetPage)).post(request_reset),
        )
        .route(
            "/password-reset/{token}",
            get(show_reset_link).post(reset_password),
        )
        .route("/sign-out", post(sign_out))
        .route("/sign-out-everywhere", post(sign_out_everywhere))
        .route("/signed-out", get(fixed_page(pages::SignedOutPage)))
}
