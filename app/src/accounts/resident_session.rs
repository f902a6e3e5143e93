//! Who is signed in as a resident. The session holds the account id and the
//! account's session generation, so "sign out everywhere" (which bumps the
//! generation) ends every other session at its next request.

use super::resident::{self, Account};
use crate::components::encode_path;
use crate::web::extract::here;
use crate::web::idle::{claim_kept_form, referer_path, FormPage};
use crate::web::{PageError, PortalState};
use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use chrono::{DateTime, Duration, Utc};
use http::request::Parts;
use http::Method;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// The session key of a signed-in resident (watched by `web::idle`).
pub const RESIDENT_KEY: &str = "resident";
const BY_LINK_KEY: &str = "resident_by_link";
/// Minutes after signing in with an emailed link during which a password
/// may be set without the current one: the link has just proved the mailbox.
const FRESH_LINK_MINUTES: i64 = 15;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct SignedIn {
    account_id: i32,
    generation: i32,
}

/// Who signed in in this session with an emailed link, and when.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct ByLink {
    account_id: i32,
    at: DateTime<Utc>,
}

/// The signed-in resident. As an extractor it sends anyone not signed in to
/// `/sign-in`, which comes back here afterwards; `Option<Resident>` is for
/// pages anyone may see.
#[derive(Clone, Debug)]
pub struct Resident(pub Account);

impl Resident {
    pub fn id(&self) -> i32 {
        self.0.id
    }
}

/// The signed-in resident, if the session names an account that still exists
/// and has not been signed out everywhere since. A session or database that
/// cannot be read is an error, not "signed out".
pub async fn current(state: &PortalState, session: &Session) -> Result<Option<Account>, PageError> {
    let Some(signed_in) = session.get::<SignedIn>(RESIDENT_KEY).await? else {
        return Ok(None);
    };
    let account = resident::find(&state.db, signed_in.account_id).await?;
    Ok(account.filter(|a| a.session_generation == signed_in.generation))
}

async fn session_of(parts: &mut Parts, state: &PortalState) -> Result<Session, PageError> {
    Session::from_request_parts(parts, state)
        .await
        .map_err(|(_, why)| PageError::failed(why))
}

impl FromRequestParts<PortalState> for Resident {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        let session = session_of(parts, state).await?;
        match current(state, &session).await? {
            Some(account) => Ok(Resident(account)),
            None => Err(PageError::Redirect(format!(
                "/sign-in?next={}",
                encode_path(&come_back_to(parts))
            ))),
        }
    }
}

impl OptionalFromRequestParts<PortalState> for Resident {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &PortalState,
    ) -> Result<Option<Self>, Self::Rejection> {
        let session = session_of(parts, state).await?;
        Ok(current(state, &session).await?.map(Resident))
    }
}

/// Where to come back to after signing in: the page asked for, or for a
/// form (a POST) the page that shows it, as `web::idle` found it (an
/// address that only takes forms would answer 405); without that layer, the
/// page it was sent from, when the browser says so.
pub fn come_back_to(parts: &Parts) -> String {
    if let Some(FormPage(page)) = parts.extensions.get::<FormPage>() {
        return page.clone();
    }
    if parts.method == Method::GET || parts.method == Method::HEAD {
        return here(parts);
    }
    referer_path(&parts.headers).unwrap_or_else(|| "/".to_string())
}

/// Signs in with a new session id, so an id fixed before sign-in is useless.
/// A form this account sent after its last session ended comes back.
pub async fn sign_in(session: &Session, account_id: i32, generation: i32) -> Result<(), PageError> {
    session.cycle_id().await?;
    claim_kept_form(session, RESIDENT_KEY, |was| {
        serde_json::from_value::<SignedIn>(was.clone()).is_ok_and(|was| was.account_id == account_id)
    })
    .await?;
    session
        .insert(
            RESIDENT_KEY,
            SignedIn {
                account_id,
                generation,
            },
        )
        .await?;
    Ok(())
}

/// Notes that this session was signed in with an emailed link just now.
pub async fn signed_in_by_link(
    session: &Session,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<(), PageError> {
    session
        .insert(BY_LINK_KEY, ByLink { account_id, at: now })
        .await?;
    Ok(())
}

/// Whether this account signed in here with an emailed link in the last
/// `FRESH_LINK_MINUTES`.
pub async fn by_fresh_link(
    session: &Session,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, PageError> {
    let by_link = session.get::<ByLink>(BY_LINK_KEY).await?;
    Ok(by_link.is_some_and(|by_link| {
        by_link.account_id == account_id && now - by_link.at < Duration::minutes(FRESH_LINK_MINUTES)
    }))
}

pub async fn sign_out(session: &Session) -> Result<(), PageError> {
    session.flush().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::Request;

    fn parts(method: &str, uri: &str, headers: &[(&str, &str)]) -> Parts {
        let mut request = Request::builder().method(method).uri(uri);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        request
            .body(())
            .map(|r| r.into_parts().0)
            .unwrap_or_else(|_| Request::new(()).into_parts().0)
    }

    #[test]
    fn a_page_comes_back_to_itself_and_a_form_to_the_page_it_was_on() {
        assert_eq!(
            come_back_to(&parts("GET", "/account/bookings?x=1", &[])),
            "/account/bookings?x=1"
        );
        let host = ("host", "portal.example");
        let from_fair = ("referer", "https://portal.example/jobs/fairs/3");
        assert_eq!(
            come_back_to(&parts("POST", "/jobs/fairs/3/register", &[host, from_fair])),
            "/jobs/fairs/3"
        );
        let elsewhere = ("referer", "https://evil.example/jobs/fairs/3");
        assert_eq!(
            come_back_to(&parts("POST", "/jobs/fairs/3/register", &[host, elsewhere])),
            "/"
        );
        let sneaky = ("referer", "https://portal.example//evil.example");
        assert_eq!(come_back_to(&parts("POST", "/x", &[host, sneaky])), "/");
        assert_eq!(come_back_to(&parts("POST", "/x", &[host])), "/");
    }
}
