//! The whole site: every feature's `routes()`, then the site folder's files
//! and "page not found" for any other address. The render layer turns the
//! `Page` a handler returns into the full HTML document.
//!
//! There is no Leptos route table: each handler renders its page component
//! directly (`Page::new`), so the URL of a page is written once, in the
//! `routes()` of the module that owns it.

use crate::web::render::render_pages;
use crate::web::{PageError, PortalState};
use axum::routing::{any, MethodRouter};
use axum::Router;
use tower_http::services::ServeDir;

/// Every page, form, download and API route, with static files last.
pub fn router(state: PortalState) -> Router {
    // Rendering spawns Leptos tasks on tokio; an error only means a router
    // built earlier in this process (a test's other app) set it already.
    let _ = any_spawner::Executor::init_tokio();
    Router::new()
        .merge(crate::home::routes())
        .merge(crate::accessibility_statement::routes())
        .merge(crate::privacy_notice::routes())
        .merge(crate::display_settings::routes())
        .merge(crate::language::routes())
        .merge(crate::entitlements::routes())
        .merge(crate::check::routes())
        .merge(crate::sign_in::routes())
        .merge(crate::my_account::routes())
        .merge(crate::people::routes())
        .merge(crate::applications::routes())
        .merge(crate::job_fairs::routes())
        .merge(crate::training::routes())
        .merge(crate::bookings::routes())
        .merge(crate::staff::routes())
        .merge(crate::api::routes())
        .merge(crate::site_map::routes())
        .fallback_service(static_files(&state))
        .layer(axum::middleware::from_fn_with_state(state.clone(), render_pages))
        .with_state(state)
}

/// Files from the site folder (CSS, scripts, WebAssembly, icons), and the
/// "page not found" page for any other address.
fn static_files(state: &PortalState) -> ServeDir<MethodRouter> {
    let not_found: MethodRouter = any(|| async { PageError::NotFound });
    ServeDir::new(state.leptos.site_root.as_ref())
        .precompressed_gzip()
        .precompressed_br()
        .fallback(not_found)
}
