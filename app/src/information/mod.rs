//! Published information: news (`/news`), notices (`/notices`), policy
//! explainers (`/policy`) and plain pages (`/about/{slug}`), written and
//! published by content editors in `staff` (`/staff/articles…`), and the
//! emergency banner (`/staff/banner`) shown at the top of every page.
//! Bodies are a small markup (`markup`), sanitised on the way out.

#[cfg(feature = "ssr")]
pub mod banner;
pub mod files;
#[cfg(feature = "ssr")]
mod handlers;
#[cfg(feature = "ssr")]
pub mod markup;
pub mod pages;
pub mod staff;
#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    use handlers::*;
    axum::Router::new()
        .route("/news", get(news))
        .route("/news/{id}", get(news_item))
        .route("/notices", get(notices))
        .route("/notices/{id}", get(notice_item))
        .route("/policy", get(policies))
        .route("/policy/{id}", get(policy_item))
        .route("/about/{slug}", get(plain_page))
        .merge(staff::routes())
        .merge(files::routes())
}
