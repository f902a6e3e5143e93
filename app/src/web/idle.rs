//! Sessions end after an hour without activity, measured by the portal's one
//! clock (so a test can move it), not by the session store. Ending one here
//! rather than letting the store forget it lets the portal say what happened
//! and lose nothing (WCAG 2.2.1, 3.3.1):
//!
//! - the next page says why the person was signed out, or why the checker
//!   forgot its answers (a message shown once);
//! - a form sent after the end is kept in the new session, with who was
//!   signed in, and after the same person signs in again its page shows it
//!   filled in; anyone else who signs in there never sees it;
//! - a form sent to an address that only takes forms comes back to the page
//!   that shows it, not to the address (which would answer 405).
//!
//! Signed-in pages show when the session will end (see
//! `components::session_notice`); any request counts as activity.

use super::clock::Clock;
use super::error::PageError;
use super::form_body::{self, TextField};
use super::render::Page;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use http::{header, HeaderMap, Method, Uri};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use tower_sessions::session::Error as SessionError;
use tower_sessions::Session;

/// Minutes without activity after which a session ends.
pub const IDLE_MINUTES: i64 = 60;
const LAST_ACTIVE_KEY: &str = "last_active";
const LAPSED_KEY: &str = "lapsed";
const RESTORE_KEY: &str = "restore_form";
const NOTICE_KEY: &str = "notice";
/// The most of a form kept across signing in again; larger forms are not kept.
const KEPT_FORM_LIMIT: usize = 64 * 1024;

/// A session key whose loss at the end of a session is explained.
#[derive(Clone, Copy, Debug)]
pub enum Watched {
    /// Someone signed in: who (the key's value, ids only) is kept with any
    /// form they send afterwards.
    SignedIn(&'static str),
    /// Something the person built up, such as the checker's answers: its
    /// loss is told with the message `message`.
    Data {
        key: &'static str,
        message: &'static str,
    },
}

/// Addresses that only take a form (POST), each with the page that shows
/// its form, as route patterns: `{id}` matches one path segment and is put
/// into the page's pattern.
pub type FormPages = &'static [(&'static str, &'static str)];

/// What the tracking layer needs: the clock, the keys to watch and the form pages.
#[derive(Clone)]
pub struct Idle {
    pub clock: Clock,
    pub watched: &'static [Watched],
    pub form_pages: FormPages,
}

/// What the page of a response knows about its session, put in the
/// response's extensions for the render layer.
#[derive(Clone, Debug, Default)]
pub struct SessionNow {
    /// When the session ends without activity; only when someone is signed in.
    pub ends_at: Option<DateTime<Utc>>,
    /// Where "stay signed in" comes back to: this page, or for a form page
    /// shown at a POST address, the page that shows the form.
    pub back_to: String,
    /// Why the person was signed out (a message id), shown once.
    pub notice: Option<String>,
    /// What they sent after their session ended, to fill in the page again.
    pub kept: Option<Vec<(String, String)>>,
}

/// The page a request's form belongs to, in the request's extensions:
/// where signing in comes back to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormPage(pub String);

/// A form sent after its session ended.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct KeptForm {
    page: String,
    values: Vec<(String, String)>,
}

/// What is left of a session that ended: who was signed in, and the form
/// they sent afterwards.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Lapsed {
    who: BTreeMap<String, Value>,
    form: Option<KeptForm>,
}

/// The layer that ends idle sessions and counts activity. It wraps every
/// page inside the render layer, so its own errors are shown as the error page.
pub async fn track(State(idle): State<Idle>, request: Request, next: Next) -> Response {
    let Some(session) = request.extensions().get::<Session>().cloned() else {
        return next.run(request).await;
    };
    match track_session(&idle, &session, request, next).await {
        Ok(response) => response,
        Err(error) => PageError::from(error).into_response(),
    }
}

async fn track_session(
    idle: &Idle,
    session: &Session,
    mut request: Request,
    next: Next,
) -> Result<Response, SessionError> {
    let now = idle.clock.now();
    let page = form_page(&request, idle.form_pages);
    request.extensions_mut().insert(FormPage(page.clone()));
    let last = session.get::<DateTime<Utc>>(LAST_ACTIVE_KEY).await?;
    if last.is_some_and(|last| now - last > Duration::minutes(IDLE_MINUTES)) {
        request = end(idle, session, request, &page).await?;
    }
    let notice = session.get::<String>(NOTICE_KEY).await?;
    let kept = if request.method() == Method::GET {
        restore(session, path_and_query(request.uri())).await?
    } else {
        None
    };
    let mut response = next.run(request).await;
    let is_page = response.extensions().get::<Page>().is_some();
    if is_page && notice.is_some() {
        session.remove_value(NOTICE_KEY).await?;
    }
    let signed_in = is_signed_in(idle, session).await?;
    if !session.is_empty().await {
        session.insert(LAST_ACTIVE_KEY, now).await?;
    }
    response.extensions_mut().insert(SessionNow {
        ends_at: signed_in.then(|| now + Duration::minutes(IDLE_MINUTES)),
        back_to: page,
        notice: notice.filter(|_| is_page),
        kept,
    });
    Ok(response)
}

async fn is_signed_in(idle: &Idle, session: &Session) -> Result<bool, SessionError> {
    for watched in idle.watched {
        if let Watched::SignedIn(key) = watched {
            if session.get_value(key).await?.is_some() {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Ends the session: a new, empty one that remembers only who was signed in
/// (with any form they sent now) and what to tell them.
async fn end(idle: &Idle, session: &Session, request: Request, page: &str) -> Result<Request, SessionError> {
    let mut who = BTreeMap::new();
    let mut notice = None;
    for watched in idle.watched {
        match *watched {
            Watched::SignedIn(key) => {
                if let Some(value) = session.get_value(key).await? {
                    who.insert(key.to_string(), value);
                    notice = Some("idle-ended");
                }
            }
            Watched::Data { key, message } => {
                if notice.is_none() && session.get_value(key).await?.is_some() {
                    notice = Some(message);
                }
            }
        }
    }
    session.clear().await;
    session.cycle_id().await?;
    let (request, form) = if !who.is_empty() && request.method() == Method::POST {
        keep_form(request, page).await
    } else {
        (request, None)
    };
    if form.is_some() {
        notice = Some("idle-ended-form-kept");
    }
    if !who.is_empty() {
        session.insert(LAPSED_KEY, Lapsed { who, form }).await?;
    }
    if let Some(notice) = notice {
        session.insert(NOTICE_KEY, notice).await?;
    }
    Ok(request)
}

/// Fields never kept: secrets are typed again.
fn is_secret(name: &str) -> bool {
    name.contains("password") || name == "code"
}

/// The text fields of a form (files are not kept), and the request to pass
/// on: the same body for an ordinary form, an empty one for an upload (its
/// handler only sends the person to sign in).
async fn keep_form(request: Request, page: &str) -> (Request, Option<KeptForm>) {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let (parts, body) = request.into_parts();
    let (body, values) = if content_type.starts_with("application/x-www-form-urlencoded") {
        match axum::body::to_bytes(body, KEPT_FORM_LIMIT).await {
            Ok(bytes) => {
                let values = form_urlencoded::parse(&bytes).into_owned().collect();
                (Body::from(bytes), Some(values))
            }
            Err(_) => (Body::empty(), None),
        }
    } else if content_type.starts_with("multipart/form-data") {
        let upload = Request::from_parts(parts.clone(), body);
        (Body::empty(), multipart_text(upload).await)
    } else {
        (body, None)
    };
    let form = values.map(|values: Vec<(String, String)>| KeptForm {
        page: page.to_string(),
        values: values.into_iter().filter(|(k, _)| !is_secret(k)).collect(),
    });
    (Request::from_parts(parts, body), form)
}

async fn multipart_text(upload: Request) -> Option<Vec<(String, String)>> {
    let mut multipart = Multipart::from_request(upload, &()).await.ok()?;
    let mut values = Vec::new();
    let mut size = 0;
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        if field.file_name().is_some() {
            continue;
        }
        let room = KEPT_FORM_LIMIT.saturating_sub(size);
        let TextField::Whole(text) = form_body::multipart_text(&mut field, room).await.ok()? else {
            return None;
        };
        size += name.len() + text.len();
        if size > KEPT_FORM_LIMIT {
            return None;
        }
        values.push((name, text));
    }
    Some(values)
}

/// The form kept for this page, once the person who sent it is signed in
/// again and opens it.
async fn restore(session: &Session, page: String) -> Result<Option<Vec<(String, String)>>, SessionError> {
    let Some(kept) = session.get::<KeptForm>(RESTORE_KEY).await? else {
        return Ok(None);
    };
    if kept.page != page {
        return Ok(None);
    }
    session.remove_value(RESTORE_KEY).await?;
    Ok(Some(kept.values))
}

fn path_and_query(uri: &Uri) -> String {
    uri.path_and_query()
        .map_or_else(|| "/".to_string(), |p| p.as_str().to_string())
}

/// Signed in again as `key` names: if the person whose session ended (the
/// value under `key` then) `is_same` as the one signing in, the form they
/// sent comes back on its page; otherwise it is dropped.
pub async fn claim_kept_form(
    session: &Session,
    key: &str,
    is_same: impl Fn(&Value) -> bool,
) -> Result<(), SessionError> {
    let Some(lapsed) = session.remove::<Lapsed>(LAPSED_KEY).await? else {
        return Ok(());
    };
    let mine = lapsed.who.get(key).is_some_and(is_same);
    if let (true, Some(form)) = (mine, lapsed.form) {
        session.insert(RESTORE_KEY, form).await?;
    }
    Ok(())
}

/// Says `message_id` on the next page shown, once.
pub async fn tell(session: &Session, message_id: &str) -> Result<(), SessionError> {
    session.insert(NOTICE_KEY, message_id).await
}

/// Where a request's form belongs: the request itself for a page; for a
/// form, the page that shows it (an address that only takes forms has one
/// in `pages`), else the page it was sent from, else its own address (a
/// page that posts to itself).
fn form_page(request: &Request, pages: FormPages) -> String {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return path_and_query(request.uri());
    }
    let path = request.uri().path();
    pages
        .iter()
        .find_map(|(address, page)| page_for(address, page, path))
        .or_else(|| referer_path(request.headers()))
        .unwrap_or_else(|| path_and_query(request.uri()))
}

/// `page` with the segments `address` matched in `path`, if it matches.
fn page_for(address: &str, page: &str, path: &str) -> Option<String> {
    let (wanted, sent): (Vec<&str>, Vec<&str>) = (address.split('/').collect(), path.split('/').collect());
    if wanted.len() != sent.len() {
        return None;
    }
    let mut filled = page.to_string();
    for (want, got) in wanted.iter().zip(&sent) {
        if want.starts_with('{') && want.ends_with('}') {
            if got.is_empty() {
                return None;
            }
            filled = filled.replace(want, got);
        } else if want != got {
            return None;
        }
    }
    Some(filled)
}

/// The path of the request's `Referer`, when it is a page of this site.
pub fn referer_path(headers: &HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let rest = referer
        .strip_prefix("https://")
        .or_else(|| referer.strip_prefix("http://"))?;
    let path = rest.strip_prefix(host)?;
    let path = super::redirect::local_path(Some(path));
    (path != "/").then(|| path.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGES: FormPages = &[
        ("/applications/{id}/respond", "/applications/{id}"),
        (
            "/applications/{id}/documents/done",
            "/applications/{id}/documents",
        ),
    ];

    fn post(uri: &str, referer: Option<&str>) -> Request {
        let mut request = Request::builder()
            .method("POST")
            .uri(uri)
            .header("host", "portal.example");
        if let Some(referer) = referer {
            request = request.header("referer", referer);
        }
        request.body(Body::empty()).unwrap_or_default()
    }

    #[test]
    fn a_form_comes_back_to_the_page_that_shows_it() {
        let respond = post(
            "/applications/5/respond",
            Some("https://portal.example/applications/5/respond"),
        );
        assert_eq!(form_page(&respond, PAGES), "/applications/5");
        let done = post("/applications/7/documents/done", None);
        assert_eq!(form_page(&done, PAGES), "/applications/7/documents");
        let other = post(
            "/jobs/fairs/3/register",
            Some("https://portal.example/jobs/fairs/3"),
        );
        assert_eq!(form_page(&other, PAGES), "/jobs/fairs/3");
        let elsewhere = post("/account/details", Some("https://evil.example/jobs/fairs/3"));
        assert_eq!(form_page(&elsewhere, PAGES), "/account/details");
        assert_eq!(
            form_page(&post("/applications//respond", None), PAGES),
            "/applications//respond"
        );
    }

    #[test]
    fn passwords_and_codes_are_never_kept() {
        assert!(is_secret("password"));
        assert!(is_secret("new_password"));
        assert!(is_secret("code"));
        assert!(!is_secret("message"));
    }
}
