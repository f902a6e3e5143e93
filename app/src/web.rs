//! Server-side plumbing shared by every journey: the state handlers get, the
//! per-request page context, rendering a page from a handler, forms, cookies.

use crate::check::handlers as check;
use crate::domain::parameters::Parameters;
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
    /// Rule parameters (every dated value), loaded at start-up.
    pub parameters: Arc<Parameters>,
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// The address people use, without a trailing slash, for links in emails.
    pub public_url: Arc<str>,
    /// Where uploaded documents are kept (outside the web root).
    pub uploads: Arc<std::path::PathBuf>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
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
        provide_context(parameters.clone());
        provide_context(Today(today_in_chongqing()));
        let Some(parts) = use_context::<http::request::Parts>() else {
            return;
        };
        let cookies = parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join("; ");
        let accept_language = parts.headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        if let Some(nonce) = parts.extensions.get::<CspNonce>() {
            provide_context(Nonce::from_value(nonce.0.as_str()));
        }
        provide_context(PageContext {
            lang: PageContext::choose_lang(Some(&cookies), accept_language),
            display: PageContext::choose_display(Some(&cookies)),
            path: parts
                .uri
                .path_and_query()
                .map_or_else(|| "/".to_string(), |p| p.as_str().to_string()),
            site: site.clone(),
        });
    }
}

/// Pages whose handlers first load the session (the checker's answers, the
/// signed-in account) or the database, then render.
const SESSION_PAGES: [&str; 23] = [
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
