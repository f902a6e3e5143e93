//! Server-side plumbing shared by every journey: the state handlers get, the
//! per-request page context, rendering a page from a handler, forms, cookies.

use crate::check::handlers as check;
use crate::domain::parameters::Parameters;
use crate::domain::staff::ServiceLevels;
use crate::entitlement_checker::api::today_in_chongqing;
use crate::entitlements::Today;
use crate::forms::FormState;
use crate::page_context::PageContext;
use crate::shell::{shell, App};
use crate::site_info::SiteInfo;
use axum::body::Body;
use axum::extract::{FromRef, Request};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use http::header::{ACCEPT_LANGUAGE, COOKIE, LOCATION};
use http::{HeaderValue, StatusCode};
use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::{provide_context, use_context};
use leptos_axum::{generate_route_list_with_exclusions, render_app_async_with_context, LeptosRoutes};
use sea_orm::DatabaseConnection;
use std::net::IpAddr;
use std::sync::Arc;

/// Largest form body a page form accepts; anything bigger is treated as empty.
const FORM_BODY_LIMIT: usize = 64 * 1024;

#[derive(Clone)]
pub struct PortalState {
    pub leptos: LeptosOptions,
    pub db: DatabaseConnection,
    pub site: Arc<SiteInfo>,
    /// Rule parameters (every dated value), loaded at start-up and again
    /// when an administrator adds a value.
    pub parameters: Arc<SharedParameters>,
    /// The district's areas, read once at start-up (they never change).
    pub areas: Arc<crate::areas::Areas>,
    /// Hours a freed training place is held for the person offered it.
    pub offer_hours: u32,
    /// Working days each review level has before an application is overdue.
    pub service_levels: ServiceLevels,
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// The address people use, without a trailing slash, for links in emails.
    pub public_url: Arc<str>,
    /// Where uploaded documents are kept (outside the web root).
    pub uploads: Arc<std::path::PathBuf>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
}

/// The rule parameters every request reads, replaced as a whole when an
/// administrator adds a value (readers keep the version they started with).
#[derive(Debug, Default)]
pub struct SharedParameters(std::sync::RwLock<Arc<Parameters>>);

impl SharedParameters {
    pub fn new(parameters: Parameters) -> Self {
        SharedParameters(std::sync::RwLock::new(Arc::new(parameters)))
    }

    pub fn current(&self) -> Arc<Parameters> {
        match self.0.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn replace(&self, parameters: Parameters) {
        let mut guard = match self.0.write() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        *guard = Arc::new(parameters);
    }
}

impl PortalState {
    /// What a change to a training session's places needs to offer a freed place.
    pub fn offers(&self) -> crate::training::store::Offers<'_> {
        crate::training::store::Offers {
            public_url: &self.public_url,
            hours: self.offer_hours,
        }
    }
}

impl FromRef<PortalState> for LeptosOptions {
    fn from_ref(state: &PortalState) -> Self {
        state.leptos.clone()
    }
}

/// The CSP nonce for one response, put in the request's extensions by the
/// security layer and used by every `<script>` Leptos writes.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// Provides `PageContext` (and the CSP nonce) from the request being rendered.
pub fn page_context(state: &PortalState) -> impl Fn() + Clone + Send + Sync + 'static {
    let site = state.site.clone();
    let parameters = state.parameters.clone();
    move || {
        provide_context(parameters.current());
        provide_context(Today(today_in_chongqing()));
        let Some(parts) = use_context::<http::request::Parts>() else {
            return;
        };
        let cookies = cookie_header(&parts.headers);
        if let Some(nonce) = parts.extensions.get::<CspNonce>() {
            provide_context(Nonce::from_value(nonce.0.as_str()));
        }
        provide_context(PageContext {
            lang: request_lang(&parts.headers),
            display: PageContext::choose_display(Some(&cookies)),
            path: parts
                .uri
                .path_and_query()
                .map_or_else(|| "/".to_string(), |p| p.as_str().to_string()),
            site: site.clone(),
        });
    }
}

/// Every `Cookie` header of a request, joined as one.
fn cookie_header(headers: &http::HeaderMap) -> String {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The language a request's page is shown in (cookie, then `Accept-Language`).
pub fn request_lang(headers: &http::HeaderMap) -> crate::i18n::Lang {
    let accept_language = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    PageContext::choose_lang(Some(&cookie_header(headers)), accept_language)
}

/// Pages whose handlers first load the session (the checker's answers, the
/// signed-in account) or the database, then render.
const SESSION_PAGES: [&str; 50] = [
    "/check",
    "/check/q/{slug}",
    "/check/answers",
    "/check/results",
    "/sign-in/link/{token}",
    "/password-reset/{token}",
    "/account",
    "/account/details",
    "/account/password",
    "/account/delete",
    "/account/people/new",
    "/account/bookings",
    "/jobs/fairs",
    "/jobs/fairs/past",
    "/jobs/fairs/{id}",
    "/training",
    "/training/{id}",
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
        .route("/settings", post(crate::display_settings::save))
        .route("/check", get(check::show))
        .route("/check/q/{slug}", get(check::show).post(check::answer))
        .route("/check/answers", get(check::show))
        .route("/check/results", get(check::show))
        .route("/check/start-again", post(check::start_again))
        .route("/language/{tag}", get(crate::language::switch))
        .merge(account_routes())
        .merge(application_routes())
        .merge(staff_routes())
        .merge(event_routes())
        .route(
            "/api/v1/eligibility",
            post(crate::entitlement_checker::api::eligibility),
        )
        .route(
            "/api/v1/openapi.json",
            get(crate::entitlement_checker::openapi::openapi),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<PortalState, _>(context, shell))
        .with_state(state)
}

fn account_routes() -> Router<PortalState> {
    use crate::accounts::handlers as account;
    use crate::people::handlers as people;
    Router::new()
        .route("/register", post(account::register))
        .route("/sign-in", post(account::sign_in))
        .route("/sign-in/link", post(account::request_link))
        .route(
            "/sign-in/link/{token}",
            get(account::show_link).post(account::use_link),
        )
        .route("/password-reset", post(account::request_reset))
        .route(
            "/password-reset/{token}",
            get(account::show_link).post(account::reset_password),
        )
        .route("/sign-out", post(account::sign_out))
        .route("/sign-out-everywhere", post(account::sign_out_everywhere))
        .route("/account", get(account::show_account))
        .route(
            "/account/details",
            get(account::show_account).post(account::save_details),
        )
        .route(
            "/account/password",
            get(account::account_password).post(account::account_password),
        )
        .route(
            "/account/delete",
            get(account::show_account).post(account::delete_account),
        )
        .route("/account/people/new", get(people::show).post(people::add))
        .route("/account/people/{id}/remove", post(people::remove))
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

fn event_routes() -> Router<PortalState> {
    use crate::events::handlers as events;
    use crate::job_fairs::handlers as fairs;
    use crate::training::handlers as training;
    Router::new()
        .route("/account/bookings", get(events::my_bookings))
        .route("/jobs/fairs", get(fairs::list))
        .route("/jobs/fairs/past", get(fairs::past))
        .route("/jobs/fairs/{id}", get(fairs::show))
        .route("/jobs/fairs/{id}/register", post(fairs::register))
        .route("/jobs/fairs/{id}/calendar.ics", get(fairs::calendar_file))
        .route("/jobs/registrations/{id}/cancel", post(fairs::cancel))
        .route("/training", get(training::list))
        .route("/training/{id}", get(training::show))
        .route("/training/{id}/book", post(training::book))
        .route(
            "/training/sessions/{id}/calendar.ics",
            get(training::calendar_file),
        )
        .route("/training/bookings/{id}/cancel", post(training::cancel))
        .route("/training/bookings/{id}/accept", post(training::accept))
        .route("/training/bookings/{id}/decline", post(training::decline))
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

/// Renders the page at the request's path, with extra context such as the
/// values and errors of a form that could not be accepted.
pub async fn render_page(
    state: &PortalState,
    request: Request,
    extra_context: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let context = page_context(state);
    let options = state.leptos.clone();
    let handler = render_app_async_with_context(
        move || {
            context();
            extra_context();
        },
        move || shell(options.clone()),
    );
    handler(request).await
}

/// What a handler returns: `Err` ends it early with a response (a sign-in
/// redirect, a 403 or 404 page, or the error page), so its checks read as a
/// column of `?`. Axum answers with either side.
pub type Early<T> = Result<T, Response>;

/// What the person sees when something on our side failed: the error page
/// (nothing they typed is lost: the form was not accepted), and a log entry.
pub fn failed(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "request failed");
    let mut response = Response::new(Body::from(crate::error_page::server_error_html()));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// Shows the page again with what to fix (422).
pub async fn rejected(
    state: &PortalState,
    parts: http::request::Parts,
    form: FormState,
    extra: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let request = Request::from_parts(parts, Body::empty());
    let mut response = render_page(state, request, move || {
        provide_context(form.clone());
        extra();
    })
    .await;
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    response
}

/// Redirect after a successful POST, so reloading does not post again.
pub fn see_other(location: &str) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
}

/// A year: long enough that people do not have to choose again.
const PREFERENCE_MAX_AGE_SECONDS: u64 = 365 * 24 * 60 * 60;

/// Redirect after saving a preference (language, display settings) in an
/// essential cookie.
pub fn see_other_saving_preference(location: &str, name: &str, value: &str, secure: bool) -> Response {
    let mut response = see_other(location);
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{name}={value}; Path=/; Max-Age={PREFERENCE_MAX_AGE_SECONDS}; SameSite=Lax; HttpOnly{secure}"
    );
    if let Ok(cookie) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(http::header::SET_COOKIE, cookie);
    }
    response
}

/// The fields of a submitted `application/x-www-form-urlencoded` form, read
/// leniently: bad encoding is replaced, never an error page.
#[derive(Clone, Debug, Default)]
pub struct FormValues(Vec<(String, String)>);

impl FormValues {
    pub async fn read(body: Body) -> Self {
        match axum::body::to_bytes(body, FORM_BODY_LIMIT).await {
            Ok(bytes) => Self::parse(&bytes),
            Err(_) => Self::default(),
        }
    }

    pub fn parse(bytes: &[u8]) -> Self {
        FormValues(form_urlencoded::parse(bytes).into_owned().collect())
    }

    /// The first value sent for a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Every value sent for a field, as checkboxes send them.
    pub fn get_all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }
}

/// The client's address, for per-address limits. Behind a trusted proxy it
/// is the right-most address in `X-Forwarded-For` that is not one of our
/// proxies (the left-most entries are whatever the client chose to send).
pub fn client_address(peer: Option<IpAddr>, forwarded_for: &[&str], trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let hops: Vec<IpAddr> = forwarded_for
        .iter()
        .flat_map(|header| header.split(','))
        .filter_map(|hop| hop.trim().parse().ok())
        .collect();
    Some(
        hops.into_iter()
            .rev()
            .find(|hop| !trusted.contains(hop))
            .unwrap_or(peer),
    )
}

/// The client's address of a request, as text ("unknown" if not known).
pub fn client_of(state: &PortalState, parts: &http::request::Parts) -> String {
    client_from(state, &parts.headers, &parts.extensions)
}

/// The client's address from a request's headers and connection.
pub fn client_from(state: &PortalState, headers: &http::HeaderMap, extensions: &http::Extensions) -> String {
    let peer = extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip());
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    client_address(peer, &forwarded, &state.trusted_proxies)
        .map_or_else(|| "unknown".to_string(), |ip| ip.to_string())
}

/// Only a path on this site is a safe place to send someone back to.
pub fn local_path(candidate: Option<&str>) -> &str {
    match candidate {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.contains(['\r', '\n']) =>
        {
            p
        }
        _ => "/",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(local_path(Some("/settings?saved=1")), "/settings?saved=1");
        assert_eq!(local_path(Some("//evil.example")), "/");
        assert_eq!(local_path(Some("https://evil.example")), "/");
        assert_eq!(local_path(Some("/\\evil.example")), "/");
        assert_eq!(local_path(None), "/");
    }

    #[test]
    fn the_client_is_the_last_address_our_proxies_did_not_add() {
        let ip = |a: u8, b: u8, c: u8, d: u8| IpAddr::from([a, b, c, d]);
        let proxies = [ip(10, 0, 0, 5), ip(10, 0, 0, 6)];
        let client = ip(203, 0, 113, 9);
        // Not behind a proxy: the header is ignored, whatever it says.
        assert_eq!(client_address(Some(client), &["1.2.3.4"], &proxies), Some(client));
        assert_eq!(
            client_address(Some(proxies[0]), &["203.0.113.9"], &proxies),
            Some(client)
        );
        // A client cannot hide behind an address it wrote itself.
        assert_eq!(
            client_address(Some(proxies[0]), &["1.2.3.4, 203.0.113.9", "10.0.0.6"], &proxies),
            Some(client)
        );
        assert_eq!(
            client_address(Some(proxies[0]), &["garbage"], &proxies),
            Some(proxies[0])
        );
        assert_eq!(client_address(None, &[], &proxies), None);
    }

    #[test]
    fn form_values_tolerate_bad_encoding() {
        let form = FormValues::parse(b"a=%FF%FE&b=%&c=1&c=2");
        assert_eq!(form.get("c"), Some("1"));
        assert!(form.get("a").is_some());
    }
}
