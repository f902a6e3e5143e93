//! `/staff/parameters` (administrators): every dated value of every rule
//! parameter, and a form to add a new value from a date with its source;
//! when each was last reviewed, a warning when a review is due, and a form
//! to record a review that found the value still right.
//! Earlier values stay: the checker and the review page use the value in
//! force on the day that matters to them. The same page keeps the terms on
//! which decisions can be challenged, which decision letters state.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    use axum::routing::post;
    axum::Router::new()
        .route("/staff/parameters", get(handlers::show).post(handlers::add))
        .route("/staff/parameters/appeal-terms", post(handlers::add_terms))
        .route("/staff/parameters/review", post(handlers::review))
}
