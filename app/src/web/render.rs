//! Rendering pages. A handler answers with a [`Page`]: which page component
//! to show, the view models it needs, and the status. The render layer,
//! which wraps every route, turns it into the HTML document in the
//! visitor's language and display settings. A page is always the one the
//! handler names, never "whatever the request's address is", so a form
//! that posts to an address of its own shows its own page again on an error.

use super::idle::{SessionNow, IDLE_MINUTES};
use super::page_cache::WithoutScripts;
use super::state::PortalState;
use crate::components::{Layout, SessionEnds, SessionStatus};
use crate::domain::local_time::utc_to_chongqing;
use crate::forms::FormState;
use crate::i18n::dates;
use crate::i18n::Lang;
use crate::page_context::{PageContext, SiteBanner};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{ACCEPT_LANGUAGE, COOKIE};
use http::request::Parts;
use http::{HeaderMap, HeaderValue, StatusCode};
use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::*;
use leptos_axum::render_app_async_with_context;
use leptos_meta::{provide_meta_context, MetaTags};
use std::sync::Arc;
use tower_sessions::Session;

type Provide = Arc<dyn Fn() + Send + Sync>;
type Body_ = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// A page to show: its component, what it needs, and the status.
#[derive(Clone)]
pub struct Page {
    body: Body_,
    provide: Vec<Provide>,
    status: StatusCode,
    islands: bool,
}

impl Page {
    /// The page drawn by `component`, with status 200.
    pub fn new<V: IntoView + 'static>(component: fn() -> V) -> Self {
        Page {
            body: Arc::new(move || component().into_any()),
            provide: Vec::new(),
            status: StatusCode::OK,
            islands: false,
        }
    }

    /// Gives the page a view model (any number of them, one of each type).
    pub fn with<T: Clone + Send + Sync + 'static>(mut self, view: T) -> Self {
        self.provide.push(Arc::new(move || provide_context(view.clone())));
        self
    }

    pub fn status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    /// The form page again, with what was sent and what to fix (422).
    pub fn rejected(self, form: FormState) -> Self {
        self.with(form).status(StatusCode::UNPROCESSABLE_ENTITY)
    }

    /// A form page: rejected (422) if `form` has errors, otherwise showing
    /// the values it holds, such as a record's stored ones.
    pub fn with_form(self, form: FormState) -> Self {
        if form.has_errors() {
            self.rejected(form)
        } else {
            self.with(form)
        }
    }

    /// The page contains an island, so it loads the WebAssembly bundle;
    /// other pages load no script at all.
    pub fn with_islands(mut self) -> Self {
        self.islands = true;
        self
    }
}

/// The handler of a page that needs nothing from the request, such as `/`.
pub fn fixed_page<V: IntoView + 'static>(
    component: fn() -> V,
) -> impl FnOnce() -> std::future::Ready<Page> + Clone + Send + Sync + 'static {
    move || std::future::ready(Page::new(component))
}

/// A handler's page waits in the response for the render layer. Without
/// the layer it would reach the visitor as this loud 500, never as an empty page.
impl IntoResponse for Page {
    fn into_response(self) -> Response {
        let mut response = Response::new(Body::from("This page was not rendered."));
        *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        response.extensions_mut().insert(self);
        response
    }
}

/// The CSP nonce for one response, put in the request's extensions by the
/// security layer and used by every `<script>` Leptos writes.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// How long a browser or proxy may keep a page: it depends on cookies
/// (language, display settings, who is signed in), so no shared cache may
/// keep it and the browser asks again each time (a 410 "link expired" page
/// was otherwise shown from the cache in the display it was first seen in).
const PAGE_CACHING: HeaderValue = HeaderValue::from_static("private, no-cache");

/// A page that may show personal data is kept nowhere, not even in the
/// browser's own cache or history, where the next person at a shared or
/// office computer would find it after the session ended.
const PERSONAL_PAGE_CACHING: HeaderValue = HeaderValue::from_static("no-store");

/// Addresses whose pages show personal data whoever asks: the account and
/// its applications, the staff workspace (including the set-up steps with
/// the authenticator key and recovery codes) and the pages of emailed links.
const PERSONAL_PATHS: &[&str] = &[
    "/account",
    "/applications",
    "/staff",
    "/sign-in/link",
    "/password-reset",
];

fn is_personal_path(path: &str) -> bool {
    PERSONAL_PATHS.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Any page seen with a session (someone signed in, a staff sign-in under
/// way, checker answers) or at a personal address is personal; other pages
/// are the same for everyone with the same settings.
async fn page_caching(asked: &Parts) -> HeaderValue {
    let in_session = match asked.extensions.get::<Session>() {
        Some(session) => !session.is_empty().await,
        None => false,
    };
    if in_session || is_personal_path(asked.uri.path()) {
        PERSONAL_PAGE_CACHING
    } else {
        PAGE_CACHING
    }
}

/// The layer that renders every [`Page`] a handler answers with. Headers
/// the handler set (cookies, its own caching) are kept.
pub async fn render_pages(State(state): State<PortalState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let asked = parts.clone();
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let session = response
        .extensions_mut()
        .remove::<SessionNow>()
        .unwrap_or_default();
    let Some(page) = response.extensions_mut().remove::<Page>() else {
        return response;
    };
    let caching = page_caching(&asked).await;
    let without_scripts = !page.islands && session.ends_at.is_none();
    let mut rendered = render(&state, asked, page, session).await;
    if without_scripts {
        rendered = without_resource_script(rendered).await;
        rendered.extensions_mut().insert(WithoutScripts);
    }
    for (name, value) in response.headers() {
        if name != http::header::CONTENT_TYPE && name != http::header::CONTENT_LENGTH {
            rendered.headers_mut().append(name, value.clone());
        }
    }
    rendered
        .headers_mut()
        .entry(http::header::CACHE_CONTROL)
        .or_insert(caching);
    rendered
}

/// The largest page the portal renders is far below this.
const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;

/// A page without islands, less the script Leptos writes after `</html>`
/// for hydration: nothing reads it, and it would carry the response's CSP
/// nonce into a page the page cache shares.
async fn without_resource_script(rendered: Response) -> Response {
    let (mut parts, body) = rendered.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        parts.status = StatusCode::INTERNAL_SERVER_ERROR;
        parts.headers.remove(http::header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::from(super::fallback_pages::server_error_html()));
    };
    const END: &[u8] = b"</html>";
    let end = bytes
        .windows(END.len())
        .rposition(|w| w == END)
        .map_or(bytes.len(), |at| at + END.len());
    parts.headers.remove(http::header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes.slice(..end)))
}

/// What every page knows about the request: language, display settings,
/// address, today and the help contacts.
pub fn page_context(state: &PortalState, parts: &Parts) -> PageContext {
    let cookies = cookie_header(&parts.headers);
    PageContext {
        lang: request_lang(&parts.headers),
        display: PageContext::choose_display(Some(&cookies)),
        path: parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_string(), |p| p.as_str().to_string()),
        today: state.clock.today(),
        site: state.site.current(),
        banner: None,
    }
}

/// What the layout says about the session: when it ends, and why the
/// person was signed out.
fn session_status(session: &SessionNow) -> SessionStatus {
    SessionStatus {
        ends: session.ends_at.map(|at| SessionEnds {
            at: dates::time(utc_to_chongqing(at)),
            minutes: IDLE_MINUTES,
            back_to: session.back_to.clone(),
        }),
        notice: session.notice.clone(),
    }
}

async fn render(state: &PortalState, asked: Parts, page: Page, session: SessionNow) -> Response {
    let mut context = page_context(state, &asked);
    // Put there by the banner's layer, which sits outside this one.
    context.banner = asked.extensions.get::<SiteBanner>().cloned();
    let session_view = session_status(&session);
    // What was sent after the session ended fills the form in again.
    let kept = session.kept.map(FormState::new);
    let nonce = asked.extensions.get::<CspNonce>().map(|n| n.0.clone());
    let parameters = state.parameters.current();
    let options = state.leptos.clone();
    let style_sheet = state.style_sheet.clone();
    let Page {
        body,
        provide,
        status,
        islands,
    } = page;
    // The time-out warning is an island on every signed-in page.
    let islands = islands || session_view.ends.is_some();
    let handler = render_app_async_with_context(
        move || {
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(status);
            }
            if let Some(nonce) = &nonce {
                provide_context(Nonce::from_value(nonce.as_str()));
            }
            provide_context(context.lang);
            provide_context(context.clone());
            provide_context(parameters.clone());
            provide_context(PageBody(body.clone()));
            provide_context(session_view.clone());
            for view in &provide {
                view();
            }
            if let Some(kept) = &kept {
                provide_context(kept.clone());
            }
        },
        move || document(options.clone(), islands, style_sheet.clone()),
    );
    handler(Request::from_parts(asked, Body::empty())).await
}

/// The page component the document draws inside the layout.
#[derive(Clone)]
struct PageBody(Body_);

/// The HTML document around every page.
fn document(options: LeptosOptions, islands: bool, style_sheet: Arc<str>) -> impl IntoView {
    provide_meta_context();
    let page = crate::page_context::use_page();
    if !islands {
        // Without hydration scripts, skip hydration markers altogether.
        if let Some(context) = Owner::current_shared_context() {
            context.set_is_hydrating(false);
        }
    }
    let body = use_context::<PageBody>().map(|b| (b.0)());
    let class = page.display.html_class();
    view! {
        <!DOCTYPE html>
        <html lang=page.lang.tag() class=(!class.is_empty()).then_some(class)>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href=style_sheet.to_string()/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                {islands.then(|| view! { <HydrationScripts options=options islands=true/> })}
                <MetaTags/>
            </head>
            <body>
                <Layout>{body}</Layout>
            </body>
        </html>
    }
}

/// Every `Cookie` header of a request, joined as one.
pub fn cookie_header(headers: &HeaderMap) -> String {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The language a request's page is shown in (cookie, then `Accept-Language`).
pub fn request_lang(headers: &HeaderMap) -> Lang {
    let accept_language = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    PageContext::choose_lang(Some(&cookie_header(headers)), accept_language)
}

#[cfg(test)]
mod tests {
    use super::is_personal_path;

    #[test]
    fn personal_addresses_are_whole_path_segments() {
        for path in [
            "/account",
            "/account/bookings",
            "/applications/7/documents",
            "/staff",
            "/staff/recovery-codes",
            "/staff/two-factor/set-up",
            "/sign-in/link/abc",
            "/password-reset/abc",
        ] {
            assert!(is_personal_path(path), "{path}");
        }
        for path in [
            "/",
            "/accounts",
            "/staffing",
            "/sign-in",
            "/jobs/fairs/1",
            "/check",
        ] {
            assert!(!is_personal_path(path), "{path}");
        }
    }
}
