//! The whole site: every feature's `routes()`, then the site folder's files
//! and "page not found" for any other address. The render layer turns the
//! `Page` a handler returns into the full HTML document.
//!
//! There is no Leptos route table: each handler renders its page component
//! directly (`Page::new`), so the URL of a page is written once, in the
//! `routes()` of the module that owns it.

use crate::shared_pages::{self, SharedPages};
use crate::web::idle::{track, FormPages, Idle, Watched};
use crate::web::render::render_pages;
use crate::web::{site_files, PageError, PortalState};
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
        .merge(crate::legal_aid::routes())
        .merge(crate::training::routes())
        .merge(crate::places::routes())
        .merge(crate::bookings::routes())
        .merge(crate::staff::routes())
        .merge(crate::api::routes())
        .merge(crate::session_extend::routes())
        .merge(crate::site_map::routes())
        .merge(crate::search_engines::routes())
        .merge(crate::information::routes())
        .merge(crate::search::routes(&state))
        .merge(crate::alerts::routes())
        .merge(crate::petitions::routes())
        .fallback_service(static_files(&state))
        .layer(axum::middleware::from_fn_with_state(idle(&state), track))
        .layer(axum::middleware::from_fn_with_state(state.clone(), render_pages))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::information::banner::attach,
        ))
        .layer(axum::middleware::from_fn_with_state(
            (state.clone(), SHARED_PAGES),
            shared_pages::serve,
        ))
        .with_state(state)
}

/// Pages that look the same for everyone without a session, served from the
/// page cache (`shared_pages`). A page belongs here only if what it shows
/// depends on nothing but its address, the language, the display settings,
/// the time and tables the content version watches.
pub const SHARED_PAGES: SharedPages = &[
    "/",
    "/accessibility",
    "/privacy",
    "/site-map",
    "/entitlements",
    "/entitlements/{id}",
    "/jobs/fairs",
    "/jobs/fairs/past",
    "/jobs/fairs/{id}",
    "/training",
    "/training/{id}",
    "/news",
    "/news/{id}",
    "/notices",
    "/notices/{id}",
    "/policy",
    "/policy/{id}",
    "/about/{slug}",
    "/alerts",
    "/alerts/sent",
    "/alerts/unsubscribed",
    "/places",
    "/places/{id}",
];

/// What a session that ends for lack of activity may have held.
const WATCHED: &[Watched] = &[
    Watched::SignedIn(crate::accounts::resident_session::RESIDENT_KEY),
    Watched::SignedIn(crate::accounts::staff_session::SIGNED_IN_KEY),
    Watched::Data {
        key: crate::check::handlers::ANSWERS_KEY,
        message: "check-answers-forgotten",
    },
];

/// Addresses that only take a form, and the page that shows each form:
/// where signing in again comes back to when a form was sent after the
/// session ended (the address itself would answer 405).
pub const FORM_PAGES: FormPages = &[
    ("/petitions/{reference}/transcript", "/petitions/{reference}"),
    ("/petitions/{reference}/information", "/petitions/{reference}"),
    ("/petitions/{reference}/review", "/petitions/{reference}"),
    ("/petitions/{reference}/rate", "/petitions/{reference}"),
    ("/staff/petitions/{id}/transcribe", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/route", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/object", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/accept", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/not-accept", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/extend", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/decide", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/answer", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/notes", "/staff/petitions/{id}"),
    ("/staff/petitions/{id}/supervision", "/staff/petitions/{id}"),
    ("/applications/{id}/respond", "/applications/{id}"),
    (
        "/applications/{id}/documents/done",
        "/applications/{id}/documents",
    ),
    ("/applications/{id}/submit", "/applications/{id}/check"),
    ("/account/people/{id}/remove", "/account"),
    ("/jobs/fairs/{id}/register", "/jobs/fairs/{id}"),
    ("/training/{id}/book", "/training/{id}"),
    ("/jobs/registrations/{id}/cancel", "/account/bookings"),
    ("/training/bookings/{id}/cancel", "/account/bookings"),
    ("/training/bookings/{id}/accept", "/account/bookings"),
    ("/training/bookings/{id}/decline", "/account/bookings"),
    ("/staff/applications/{id}/approve", "/staff/applications/{id}"),
    ("/staff/applications/{id}/assign", "/staff/applications/{id}"),
    ("/staff/applications/{id}/notes", "/staff/applications/{id}"),
    ("/staff/applications/{id}/pass", "/staff/applications/{id}"),
    ("/staff/applications/{id}/refuse", "/staff/applications/{id}"),
    (
        "/staff/applications/{id}/request-information",
        "/staff/applications/{id}",
    ),
    ("/staff/courses/{id}/sessions", "/staff/courses/{id}"),
    ("/staff/parameters/appeal-terms", "/staff/parameters"),
    ("/staff/calendar/remove", "/staff/calendar"),
    ("/staff/fairs/{id}/cancel", "/staff/fairs/{id}"),
    ("/staff/fairs/{id}/employers", "/staff/fairs/{id}"),
    ("/staff/fairs/{id}/positions", "/staff/fairs/{id}"),
    ("/staff/sessions/{id}/cancel", "/staff/sessions/{id}"),
    ("/staff/sessions/{id}/capacity", "/staff/sessions/{id}"),
    ("/staff/team/{id}/disable", "/staff/team/{id}"),
    ("/staff/team/{id}/enable", "/staff/team/{id}"),
    ("/staff/team/{id}/reset", "/staff/team/{id}"),
    ("/staff/articles/{id}/submit", "/staff/articles/{id}"),
    ("/staff/articles/{id}/publish", "/staff/articles/{id}"),
    ("/staff/articles/{id}/unpublish", "/staff/articles/{id}"),
    ("/staff/articles/{id}/assign", "/staff/articles/{id}"),
    ("/staff/banner/{id}/end", "/staff/banner"),
    ("/staff/articles/{id}/files/video", "/staff/articles/{id}/files"),
    (
        "/staff/articles/{id}/files/captions",
        "/staff/articles/{id}/files",
    ),
    (
        "/staff/articles/{id}/files/attachments",
        "/staff/articles/{id}/files",
    ),
    (
        "/staff/articles/{id}/files/transcript",
        "/staff/articles/{id}/files",
    ),
    ("/staff/format-requests/{id}/done", "/staff/format-requests"),
];

fn idle(state: &PortalState) -> Idle {
    Idle {
        clock: state.clock.clone(),
        watched: WATCHED,
        form_pages: FORM_PAGES,
    }
}

/// Files from the site folder (CSS, scripts, WebAssembly, icons), and the
/// "page not found" page for any other address.
fn static_files(state: &PortalState) -> Router {
    let not_found: MethodRouter = any(|| async { PageError::NotFound });
    let files = ServeDir::new(state.leptos.site_root.as_ref())
        .precompressed_gzip()
        .precompressed_br()
        .fallback(not_found);
    Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn(site_files::caching))
}
