//! Who on the staff is signed in, and what they may open. Signing in takes
//! two steps: the password puts the account in the session as "pending",
//! and only a code from the authenticator (or a recovery code) makes it
//! "signed in". Both carry the account's session generation, so disabling
//! an account or resetting its sign-in ends its sessions at their next
//! request.
//!
//! Handlers ask for `Staff<P>`, where `P` names what the page needs
//! (`ManageStaff`, `EditEvents`, …): someone not signed in is sent to
//! `/staff`, a role that may not is shown the 403 page, both by the one
//! check `StaffMember::may`. A handler about one record asks for
//! `Scoped<T>`, which loads the record the path's id names and answers 404
//! for anything outside the member's area.

use super::resident_session::come_back_to;
use super::staff_account::{self, StaffAccount};
use crate::components::{encode_path, StaffView};
use crate::domain::staff::{StaffAction, StaffMember};
use crate::i18n::Lang;
use crate::web::audit::{Actor, AuditedChange};
use crate::web::idle::{self, claim_kept_form};
use crate::web::{ClientAddress, Page, PageError, PageResult, PathId, PortalState};
use axum::extract::FromRequestParts;
use chrono::{DateTime, Duration, Utc};
use http::request::Parts;
use leptos::prelude::IntoView;
use sea_orm::{DatabaseConnection, DbErr};
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::marker::PhantomData;
use tower_sessions::Session;

/// The session key of a signed-in staff member (watched by `web::idle`).
pub const SIGNED_IN_KEY: &str = "staff";
const PENDING_KEY: &str = "staff_pending";
/// Time allowed between the password and the code.
const PENDING_MINUTES: i64 = 10;
/// The longest a staff session lasts from the password, a working day and more.
pub const LIFETIME_HOURS: i64 = 10;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct SignedIn {
    staff_id: i32,
    generation: i32,
    /// When the password was accepted; a session from before this was
    /// recorded has none, and ends.
    #[serde(default)]
    since: Option<DateTime<Utc>>,
}

impl SignedIn {
    fn is_within_lifetime(&self, now: DateTime<Utc>) -> bool {
        self.since
            .is_some_and(|since| now - since < Duration::hours(LIFETIME_HOURS))
    }
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct Pending {
    staff_id: i32,
    generation: i32,
    since: DateTime<Utc>,
}

/// What a page needs of a staff member's role.
pub trait Permission: Send + Sync + 'static {
    /// The action the role must be allowed; `None` for any staff member.
    fn action(member: &StaffMember) -> Option<StaffAction<'_>>;
}

/// Any signed-in staff member.
pub struct AnyStaff;
/// Reviewers of applications (in their own area; each application is checked too).
pub struct ReviewApplications;
/// Administrators: staff accounts.
pub struct ManageStaff;
/// Administrators: rule parameters.
pub struct EditParameters;
/// Administrators: the audit log.
pub struct ReadAudit;
/// Content editors and administrators: fairs and courses.
pub struct EditEvents;
/// Administrators: public holidays and make-up working days.
pub struct EditCalendar;

impl Permission for AnyStaff {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        None
    }
}

impl Permission for ReviewApplications {
    fn action(member: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::ViewApplication { area: &member.area })
    }
}

impl Permission for ManageStaff {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::ManageStaff)
    }
}

impl Permission for EditParameters {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::EditParameters)
    }
}

impl Permission for ReadAudit {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::ReadAudit)
    }
}

impl Permission for EditCalendar {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::EditCalendar)
    }
}

impl Permission for EditEvents {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::EditEvents)
    }
}

/// A signed-in staff member whose role may do `P`: the account, what the
/// permission check sees, what the navigation shows, and who the audit
/// log names for this request.
pub struct Staff<P = AnyStaff> {
    pub account: StaffAccount,
    pub member: StaffMember,
    pub nav: StaffView,
    pub actor: Actor,
    /// The language the workspace is read in.
    pub lang: Lang,
    permission: PhantomData<P>,
}

/// A record a staff member reaches only within their area.
pub trait InScope: Sized + Send {
    /// What the staff member's role must be allowed to open it.
    type Permission: Permission;

    /// The record with `id`, if it lies in `area` or under it; `None`
    /// otherwise, whatever the id.
    fn find_in_scope(
        db: &DatabaseConnection,
        area: &str,
        id: i32,
    ) -> impl Future<Output = Result<Option<Self>, DbErr>> + Send;
}

impl<P> Staff<P> {
    /// A staff page, with the workspace's navigation.
    pub fn page<V: IntoView + 'static>(&self, component: fn() -> V) -> Page {
        Page::new(component).with(self.nav.clone())
    }

    /// The record with `id` if it is in this member's area; otherwise 404.
    pub async fn in_scope<T: InScope>(&self, db: &DatabaseConnection, id: i32) -> PageResult<T> {
        T::find_in_scope(db, &self.member.area, id)
            .await?
            .ok_or(PageError::NotFound)
    }

    /// A change this member makes, recorded in the audit log when committed.
    pub async fn change<'a>(&'a self, db: &DatabaseConnection) -> PageResult<AuditedChange<'a>> {
        Ok(AuditedChange::begin(db, &self.actor).await?)
    }
}

/// A staff request about one record: the portal's state, the staff member
/// (whose role may do `T::Permission`) and the record the path's `{id}`
/// names, which lies in their area. Anything else is 404.
pub struct Scoped<T: InScope> {
    pub state: PortalState,
    pub staff: Staff<T::Permission>,
    pub found: T,
}

impl<T: InScope> Scoped<T> {
    pub fn page<V: IntoView + 'static>(&self, component: fn() -> V) -> Page {
        self.staff.page(component)
    }

    pub fn lang(&self) -> Lang {
        self.staff.lang
    }

    /// A change to the record (or around it), audited when committed.
    pub async fn change(&self) -> PageResult<AuditedChange<'_>> {
        self.staff.change(&self.state.db).await
    }
}

impl<T: InScope> FromRequestParts<PortalState> for Scoped<T> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        let staff = Staff::<T::Permission>::from_request_parts(parts, state).await?;
        let PathId(id) = PathId::from_request_parts(parts, state).await?;
        let found = staff.in_scope(&state.db, id).await?;
        Ok(Scoped {
            state: state.clone(),
            staff,
            found,
        })
    }
}

async fn active_account(
    state: &PortalState,
    staff_id: i32,
    generation: i32,
) -> Result<Option<StaffAccount>, DbErr> {
    let account = staff_account::find(&state.db, staff_id).await?;
    Ok(account.filter(|a| !a.is_disabled && a.session_generation == generation))
}

/// The signed-in staff member, if any (whatever their role).
pub async fn current(state: &PortalState, session: &Session, parts: &Parts) -> PageResult<Option<Staff>> {
    let Some(signed_in) = session.get::<SignedIn>(SIGNED_IN_KEY).await? else {
        return Ok(None);
    };
    if !signed_in.is_within_lifetime(state.clock.now()) {
        session.remove_value(SIGNED_IN_KEY).await?;
        idle::tell(session, "staff-session-lifetime-ended").await?;
        return Ok(None);
    }
    let Some(account) = active_account(state, signed_in.staff_id, signed_in.generation).await? else {
        return Ok(None);
    };
    let Some(member) = account.member().filter(|_| account.has_second_factor()) else {
        return Ok(None);
    };
    let lang = crate::web::render::request_lang(&parts.headers);
    let nav = StaffView {
        name: account.display_name.clone(),
        role: Some(member.role),
        area_name: state.areas.name_of(&account.area_code, lang),
    };
    let actor = Actor {
        staff_id: Some(account.id),
        name: account.display_name.clone(),
        client_address: ClientAddress::of(parts, state).0,
        at: state.clock.now(),
    };
    Ok(Some(Staff {
        account,
        member,
        nav,
        actor,
        lang,
        permission: PhantomData,
    }))
}

impl<P: Permission> FromRequestParts<PortalState> for Staff<P> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, why)| PageError::failed(why))?;
        let Some(staff) = current(state, &session, parts).await? else {
            return Err(PageError::Redirect(format!(
                "/staff?next={}",
                encode_path(&come_back_to(parts))
            )));
        };
        if let Some(action) = P::action(&staff.member) {
            if staff.member.may(action).is_err() {
                return Err(PageError::NotAllowed(staff.nav));
            }
        }
        Ok(Staff {
            account: staff.account,
            member: staff.member,
            nav: staff.nav,
            actor: staff.actor,
            lang: staff.lang,
            permission: PhantomData,
        })
    }
}

/// Where signing in stands between the password and the code.
pub enum SecondStep {
    /// The account whose password was just accepted, waiting for its second factor.
    Waiting(Box<StaffAccount>),
    /// The password was accepted too long ago; it is asked for again.
    TimedOut,
    /// No password was accepted (or the account was disabled since).
    NotStarted,
}

/// The account whose password was just accepted, if it is still waiting for
/// its second factor; a wait that timed out is forgotten.
pub async fn pending(state: &PortalState, session: &Session) -> PageResult<SecondStep> {
    let Some(pending) = session.get::<Pending>(PENDING_KEY).await? else {
        return Ok(SecondStep::NotStarted);
    };
    if state.clock.now() - pending.since > Duration::minutes(PENDING_MINUTES) {
        session.remove_value(PENDING_KEY).await?;
        return Ok(SecondStep::TimedOut);
    }
    Ok(active_account(state, pending.staff_id, pending.generation)
        .await?
        .map_or(SecondStep::NotStarted, |account| {
            SecondStep::Waiting(Box::new(account))
        }))
}

/// The password was right: a new session id, and the second step next.
pub async fn password_accepted(
    session: &Session,
    account: &StaffAccount,
    now: DateTime<Utc>,
) -> PageResult<()> {
    session.cycle_id().await?;
    session.remove_value(SIGNED_IN_KEY).await?;
    session
        .insert(
            PENDING_KEY,
            Pending {
                staff_id: account.id,
                generation: account.session_generation,
                since: now,
            },
        )
        .await?;
    Ok(())
}

/// The second factor was right: signed in, with yet another session id,
/// for the lifetime that started with the password. A form this member
/// sent after their last session ended comes back.
pub async fn second_factor_accepted(session: &Session, account: &StaffAccount) -> PageResult<()> {
    let since = session.get::<Pending>(PENDING_KEY).await?.map(|p| p.since);
    session.cycle_id().await?;
    claim_kept_form(session, SIGNED_IN_KEY, |was| {
        serde_json::from_value::<SignedIn>(was.clone()).is_ok_and(|was| was.staff_id == account.id)
    })
    .await?;
    session.remove_value(PENDING_KEY).await?;
    session
        .insert(
            SIGNED_IN_KEY,
            SignedIn {
                staff_id: account.id,
                generation: account.session_generation,
                since,
            },
        )
        .await?;
    Ok(())
}

pub async fn sign_out(session: &Session) -> PageResult<()> {
    session.remove_value(SIGNED_IN_KEY).await?;
    session.remove_value(PENDING_KEY).await?;
    session.cycle_id().await?;
    Ok(())
}
