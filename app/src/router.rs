//! The one route table: every page, form and download of the portal.

use crate::shell::{shell, App};
use crate::web::PageError;
use crate::web::{page_context, PortalState};
use axum::routing::{get, post};
use axum::Router;
use leptos_axum::{generate_route_list_with_exclusions, LeptosRoutes};
use tower_http::services::ServeDir;

/// Pages whose handlers first load the session (the checker's answers, the
/// signed-in account) or the database, then render.
const SESSION_PAGES: [&str; 33] = [
    "/apply/{entitlement}",
    "/applications",
    "/applications/{id}",
    "/applications/{id}/person",
    "/applications/{id}/circumstances",
    "/applications/{id}/q/{slug}",
    "/applications/{id}/documents",
    "/applications/{id}/declaration",
    "/applications/{id}/check",
    "/applications/{id}/confirmation",
    "/applications/{id}/withdraw",
    "/applications/{id}/delete",
    "/staff",
    "/staff/two-factor",
    "/staff/two-factor/set-up",
    "/staff/recovery-codes",
    "/staff/set-up/{token}",
    "/staff/home",
    "/staff/queue",
    "/staff/applications/{id}",
    "/staff/team",
    "/staff/team/new",
    "/staff/team/{id}",
    "/staff/parameters",
    "/staff/audit",
    "/staff/events",
    "/staff/fairs/new",
    "/staff/fairs/{id}",
    "/staff/fairs/{id}/registrations",
    "/staff/courses/new",
    "/staff/courses/{id}",
    "/staff/sessions/{id}",
    "/staff/sessions/{id}/certificates/{booking}",
];

/// The Leptos routes rendered directly; the session pages have handlers of their own.
fn page_routes() -> Vec<leptos_axum::AxumRouteListing> {
    generate_route_list_with_exclusions(App, Some(SESSION_PAGES.iter().map(|p| p.to_string()).collect()))
}

/// Every page route plus the form handlers and static files.
pub fn router(state: PortalState) -> Router {
    let context = page_context(&state);
    let options = state.leptos.clone();
    Router::new()
        .leptos_routes_with_context(&state, page_routes(), context.clone(), move || {
            shell(options.clone())
        })
        .merge(crate::display_settings::routes())
        .merge(crate::check::routes())
        .merge(crate::language::routes())
        .merge(crate::sign_in::routes())
        .merge(crate::my_account::routes())
        .merge(crate::people::routes())
        .merge(application_routes())
        .merge(staff_routes())
        .merge(crate::job_fairs::routes())
        .merge(crate::training::routes())
        .merge(crate::bookings::routes())
        .merge(crate::home::routes())
        .merge(crate::accessibility_statement::routes())
        .merge(crate::privacy_notice::routes())
        .merge(crate::entitlements::routes())
        .merge(crate::api::routes())
        .fallback_service(static_files(&state))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::web::render::render_pages,
        ))
        .with_state(state)
}

fn staff_routes() -> Router<PortalState> {
    use crate::staff::handlers::{audit_log, events, parameters, queue, review, sign_in, team};
    Router::new()
        .route("/staff", get(sign_in::show_sign_in).post(sign_in::sign_in))
        .route(
            "/staff/two-factor",
            get(sign_in::show_code).post(sign_in::check_code),
        )
        .route(
            "/staff/two-factor/set-up",
            get(sign_in::show_set_up).post(sign_in::confirm_set_up),
        )
        .route(
            "/staff/recovery-codes",
            get(sign_in::show_recovery_codes).post(sign_in::renew_recovery_codes),
        )
        .route(
            "/staff/set-up/{token}",
            get(sign_in::show_set_up_link).post(sign_in::choose_password),
        )
        .route("/staff/sign-out", post(sign_in::sign_out))
        .route("/staff/home", get(sign_in::home))
        .route("/staff/queue", get(queue::show))
        .route("/staff/queue.csv", get(queue::export))
        .route("/staff/applications/{id}", get(review::show))
        .route(
            "/staff/applications/{id}/documents/{document}",
            get(review::document),
        )
        .route("/staff/applications/{id}/pass", post(review::pass))
        .route("/staff/applications/{id}/approve", post(review::approve))
        .route("/staff/applications/{id}/refuse", post(review::refuse))
        .route(
            "/staff/applications/{id}/request-information",
            post(review::request_information),
        )
        .route("/staff/applications/{id}/assign", post(review::assign))
        .route("/staff/applications/{id}/notes", post(review::add_note))
        .route("/staff/team", get(team::show))
        .route("/staff/team/new", get(team::show).post(team::create))
        .route("/staff/team/{id}", get(team::show_member).post(team::change))
        .route("/staff/team/{id}/disable", post(team::disable))
        .route("/staff/team/{id}/enable", post(team::enable))
        .route("/staff/team/{id}/reset", post(team::reset))
        .route("/staff/parameters", get(parameters::show).post(parameters::add))
        .route("/staff/audit", get(audit_log::show))
        .route("/staff/audit.csv", get(audit_log::export))
        .route("/staff/events", get(events::list))
        .route(
            "/staff/fairs/new",
            get(events::new_form).post(events::create_fair),
        )
        .route(
            "/staff/fairs/{id}",
            get(events::show_fair).post(events::update_fair),
        )
        .route("/staff/fairs/{id}/employers", post(events::add_employer))
        .route("/staff/fairs/{id}/positions", post(events::add_position))
        .route("/staff/fairs/{id}/cancel", post(events::cancel_fair))
        .route("/staff/fairs/{id}/registrations", get(events::registrations))
        .route(
            "/staff/fairs/{id}/registrations.csv",
            get(events::registrations_export),
        )
        .route(
            "/staff/registrations/{id}/check-in",
            post(events::check_in_registration),
        )
        .route("/staff/registrations/{id}/hire", post(events::record_hire))
        .route(
            "/staff/courses/new",
            get(events::new_form).post(events::create_course),
        )
        .route(
            "/staff/courses/{id}",
            get(events::show_course).post(events::update_course),
        )
        .route("/staff/courses/{id}/sessions", post(events::add_session))
        .route("/staff/sessions/{id}", get(events::show_session))
        .route("/staff/sessions/{id}/capacity", post(events::change_capacity))
        .route("/staff/sessions/{id}/cancel", post(events::cancel_session))
        .route("/staff/sessions/{id}/bookings.csv", get(events::bookings_export))
        .route(
            "/staff/sessions/{id}/certificates/{booking}",
            get(events::certificate),
        )
        .route("/staff/bookings/{id}/check-in", post(events::check_in_booking))
        .route("/staff/bookings/{id}/complete", post(events::complete_booking))
        .route("/staff/bookings/{id}/move", post(events::move_booking))
}

fn application_routes() -> Router<PortalState> {
    use crate::applications::handlers as apply;
    use axum::extract::DefaultBodyLimit;
    // The handler enforces the 10 MB limit itself, with a clear message.
    let uploads = DefaultBodyLimit::max(64 * 1024 * 1024);
    Router::new()
        .route("/apply/{entitlement}", get(apply::start_page).post(apply::start))
        .route("/applications", get(apply::list))
        .route("/applications/{id}", get(apply::show))
        .route(
            "/applications/{id}/person",
            get(apply::show).post(apply::save_person),
        )
        .route(
            "/applications/{id}/circumstances",
            get(apply::show).post(apply::save_circumstances),
        )
        .route(
            "/applications/{id}/q/{slug}",
            get(apply::show).post(apply::answer),
        )
        .route(
            "/applications/{id}/documents",
            get(apply::show).post(apply::upload).layer(uploads),
        )
        .route("/applications/{id}/documents/done", post(apply::documents_done))
        .route("/applications/{id}/documents/{document}", get(apply::download))
        .route(
            "/applications/{id}/documents/{document}/delete",
            post(apply::delete_document),
        )
        .route(
            "/applications/{id}/declaration",
            get(apply::show).post(apply::save_declaration),
        )
        .route("/applications/{id}/check", get(apply::show))
        .route("/applications/{id}/submit", post(apply::submit))
        .route("/applications/{id}/confirmation", get(apply::show))
        .route(
            "/applications/{id}/withdraw",
            get(apply::show).post(apply::withdraw),
        )
        .route("/applications/{id}/respond", post(apply::respond).layer(uploads))
        .route(
            "/applications/{id}/delete",
            get(apply::show).post(apply::delete_draft),
        )
}

/// Files from the site folder (CSS, scripts, WebAssembly, icons), and the
/// "page not found" page for any other address.
fn static_files(state: &PortalState) -> ServeDir<axum::routing::MethodRouter> {
    let not_found: axum::routing::MethodRouter = axum::routing::any(|| async { PageError::NotFound });
    ServeDir::new(state.leptos.site_root.as_ref())
        .precompressed_gzip()
        .precompressed_br()
        .fallback(not_found)
}
