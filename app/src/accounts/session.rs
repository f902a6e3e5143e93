//! Who is signed in: the session holds the account id and the account's
//! session generation, so "sign out everywhere" (which bumps the generation)
//! ends every other session at its next request.

use super::store::{self, Account};
use crate::web::{see_other, PortalState};
use axum::response::Response;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const RESIDENT_KEY: &str = "resident";

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct SignedIn {
    account_id: i32,
    generation: i32,
}

/// The signed-in resident, if the session names an account that still exists
/// and has not been signed out everywhere since.
pub async fn current(state: &PortalState, session: &Session) -> Option<Account> {
    let signed_in = session.get::<SignedIn>(RESIDENT_KEY).await.ok().flatten()?;
    let account = store::find(&state.db, signed_in.account_id)
        .await
        .ok()
        .flatten()?;
    (account.session_generation == signed_in.generation).then_some(account)
}

/// The signed-in resident, or a redirect to the sign-in page that comes back here.
pub async fn require(state: &PortalState, session: &Session, back_to: &str) -> Result<Account, Response> {
    match current(state, session).await {
        Some(account) => Ok(account),
        None => Err(see_other(&format!(
            "/sign-in?next={}",
            crate::components::encode_path(back_to)
        ))),
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the session could not be saved: {0}")]
pub struct SessionError(#[from] tower_sessions::session::Error);

/// Signs in with a new session id, so an id fixed before sign-in is useless.
pub async fn sign_in(session: &Session, account_id: i32, generation: i32) -> Result<(), SessionError> {
    session.cycle_id().await?;
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

pub async fn sign_out(session: &Session) {
    if let Err(error) = session.flush().await {
        tracing::error!(%error, "could not end a session");
    }
}
