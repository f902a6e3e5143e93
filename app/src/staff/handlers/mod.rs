//! The staff workspace's requests, one module per page group. Every handler
//! starts from `signed_in`, asks `StaffMember::may` before it shows or
//! changes anything, and scopes its queries to the staff member's area.

pub mod audit_log;
pub mod events;
pub mod parameters;
pub mod queue;
pub mod review;
pub mod sign_in;
pub mod team;

use super::session::{self, Staff};
use super::StaffView;
use crate::domain::staff::StaffAction;
use crate::i18n::Lang;
use crate::web::{client_from, render_page, request_lang, PortalState};
use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;
use http::{StatusCode, Uri};
use leptos::prelude::provide_context;
use tower_sessions::Session;

/// Where a request was going, to come back to after signing in.
pub fn here(request: &Request) -> String {
    request
        .uri()
        .path_and_query()
        .map_or("/staff/home", |p| p.as_str())
        .to_string()
}

/// The signed-in staff member, or a redirect to `/staff` that comes back to
/// `back_to`. (It takes the path, not the request: a request held across an
/// await would make the handler's future not `Send`.)
pub async fn signed_in(state: &PortalState, session: &Session, back_to: String) -> Result<Staff, Response> {
    session::require(state, session, &back_to).await
}

/// The signed-in staff member if their role may do `action`; otherwise the
/// sign-in redirect or the 403 page. (`action` is one that needs no
/// application: scoping by area is the caller's next step.)
pub async fn allowed(
    state: &PortalState,
    session: &Session,
    request: Request,
    action: StaffAction<'_>,
) -> Result<(Staff, Request), Response> {
    let staff = signed_in(state, session, here(&request)).await?;
    if staff.member.may(action).is_err() {
        return Err(not_allowed(state, &staff, request).await);
    }
    Ok((staff, request))
}

/// The client's address, for the audit log.
pub fn client(state: &PortalState, request: &Request) -> String {
    client_from(state, request.headers(), request.extensions())
}

/// What the navigation shows about the staff member.
pub fn staff_view(state: &PortalState, staff: &Staff, lang: Lang) -> StaffView {
    StaffView {
        name: staff.account.display_name.clone(),
        role: Some(staff.member.role),
        area_name: state.areas.name_of(&staff.account.area_code, lang),
    }
}

/// Renders a staff page with the navigation and the page's own context.
pub async fn page(
    state: &PortalState,
    staff: &Staff,
    request: Request,
    extra: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let view = staff_view(state, staff, request_lang(request.headers()));
    render_page(state, request, move || {
        provide_context(view.clone());
        extra();
    })
    .await
}

/// Renders the page at another path (an error page, or the form page a
/// POST came from) with `status`.
pub async fn render_as(
    state: &PortalState,
    request: Request,
    path: &str,
    status: StatusCode,
    extra: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let (mut parts, _) = request.into_parts();
    if let Ok(uri) = path.parse::<Uri>() {
        parts.uri = uri;
    }
    let mut response = render_page(state, Request::from_parts(parts, Body::empty()), extra).await;
    *response.status_mut() = status;
    response
}

/// "Page not found" (404): what an application outside the staff member's
/// scope looks like, so its existence is not revealed.
pub async fn not_found(state: &PortalState, request: Request) -> Response {
    render_as(state, request, "/staff/not-found", StatusCode::NOT_FOUND, || ()).await
}

/// The staff member's role may not open this page (403).
pub async fn not_allowed(state: &PortalState, staff: &Staff, request: Request) -> Response {
    let view = staff_view(state, staff, request_lang(request.headers()));
    render_as(
        state,
        request,
        "/staff/not-allowed",
        StatusCode::FORBIDDEN,
        move || provide_context(view.clone()),
    )
    .await
}
