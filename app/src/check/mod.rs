//! `/check`: the entitlement checker for residents. Anonymous; answers are
//! kept in the session only (so Back and Change work) and cleared by Start
//! again. One question per page at `/check/q/{slug}`, then
//! `/check/answers` (check your answers) and `/check/results`.

#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;
pub mod questions;
pub mod results;

pub use pages::{answer_text, facts_from, CheckState, QuestionForm, ANSWER};

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/check", get(handlers::start))
        .route(
            "/check/q/{slug}",
            get(handlers::show_question).post(handlers::answer),
        )
        .route("/check/answers", get(handlers::answers))
        .route("/check/results", get(handlers::results))
        .route("/check/start-again", post(handlers::start_again))
}
