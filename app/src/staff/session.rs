//! Who on the staff is signed in. Signing in takes two steps: the password
//! puts the account in the session as "pending", and only a code from the
//! authenticator (or a recovery code) makes it "signed in". Both carry the
//! account's session generation, so disabling an account or resetting its
//! sign-in ends its sessions at their next request.

use super::audit::Actor;
use super::store::{self, StaffAccount};
use crate::domain::staff::StaffMember;
use crate::web::{see_other, PortalState};
use axum::response::Response;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const SIGNED_IN_KEY: &str = "staff";
const PENDING_KEY: &str = "staff_pending";
/// Time allowed between the password and the code.
const PENDING_MINUTES: i64 = 10;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct SignedIn {
    staff_id: i32,
    generation: i32,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct Pending {
    staff_id: i32,
    generation: i32,
    since: DateTime<Utc>,
}

/// A signed-in staff member: the account, what the permission check sees,
/// and who the audit log names.
#[derive(Clone, Debug)]
pub struct Staff {
    pub account: StaffAccount,
    pub member: StaffMember,
}

impl Staff {
    pub fn actor(&self, client_address: String) -> Actor {
        Actor {
            staff_id: Some(self.account.id),
            name: self.account.display_name.clone(),
            client_address,
        }
    }
}

async fn active_account(state: &PortalState, staff_id: i32, generation: i32) -> Option<StaffAccount> {
    let account = store::find(&state.db, staff_id).await.ok().flatten()?;
    (!account.is_disabled && account.session_generation == generation).then_some(account)
}

/// The signed-in staff member, if any.
pub async fn current(state: &PortalState, session: &Session) -> Option<Staff> {
    let signed_in = session.get::<SignedIn>(SIGNED_IN_KEY).await.ok().flatten()?;
    let account = active_account(state, signed_in.staff_id, signed_in.generation).await?;
    if !account.has_second_factor() {
        return None;
    }
    let member = account.member()?;
    Some(Staff { account, member })
}

/// The signed-in staff member, or a redirect to `/staff` that comes back here.
pub async fn require(state: &PortalState, session: &Session, back_to: &str) -> Result<Staff, Response> {
    match current(state, session).await {
        Some(staff) => Ok(staff),
        None => Err(see_other(&format!(
            "/staff?next={}",
            crate::components::encode_path(back_to)
        ))),
    }
}

/// The account whose password was just accepted, waiting for its second factor.
pub async fn pending(state: &PortalState, session: &Session) -> Option<StaffAccount> {
    let pending = session.get::<Pending>(PENDING_KEY).await.ok().flatten()?;
    if Utc::now() - pending.since > Duration::minutes(PENDING_MINUTES) {
        return None;
    }
    active_account(state, pending.staff_id, pending.generation).await
}

#[derive(Debug, thiserror::Error)]
#[error("the staff session could not be saved: {0}")]
pub struct SessionError(#[from] tower_sessions::session::Error);

/// The password was right: a new session id, and the second step next.
pub async fn password_accepted(session: &Session, account: &StaffAccount) -> Result<(), SessionError> {
    session.cycle_id().await?;
    session.remove_value(SIGNED_IN_KEY).await?;
    session
        .insert(
            PENDING_KEY,
            Pending {
                staff_id: account.id,
                generation: account.session_generation,
                since: Utc::now(),
            },
        )
        .await?;
    Ok(())
}

/// The second factor was right: signed in, with yet another session id.
pub async fn second_factor_accepted(session: &Session, account: &StaffAccount) -> Result<(), SessionError> {
    session.cycle_id().await?;
    session.remove_value(PENDING_KEY).await?;
    session
        .insert(
            SIGNED_IN_KEY,
            SignedIn {
                staff_id: account.id,
                generation: account.session_generation,
            },
        )
        .await?;
    Ok(())
}

pub async fn sign_out(session: &Session) {
    let removed = async {
        session.remove_value(SIGNED_IN_KEY).await?;
        session.remove_value(PENDING_KEY).await?;
        session.cycle_id().await
    };
    if let Err(error) = removed.await {
        tracing::error!(%error, "could not end a staff session");
    }
}
