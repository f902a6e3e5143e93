use super::pages::{
    RecoveryCodes, RecoveryCodesPage, SetUpLink, SetUpSecondFactorPage, StaffCodePage, StaffSetUpPage,
    StaffSignInPage,
};
use crate::accounts::second_factor::{self, seconds_at};
use crate::accounts::staff_account::{self, StaffAccount};
use crate::accounts::staff_session::{self, SecondStep, Staff};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::local_time::utc_to_chongqing;
use crate::forms::FormState;
use crate::i18n::dates;
use crate::web::audit::{Actor, AuditedChange};
use crate::web::idle;
use crate::web::limits::{clear_attempts, take_attempt_now, Limit};
use crate::web::{
    local_path, see_other, ClientAddress, FormValues, Page, PageError, PageResult, PortalState,
};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use http::request::Parts;
use tower_sessions::Session;

const PASSWORD_ATTEMPTS: usize = 5;
const ADDRESS_ATTEMPTS: usize = 20;
const CODE_ATTEMPTS: usize = 5;
const WINDOW_MINUTES: i64 = 15;
const RECOVERY_CODES_KEY: &str = "staff_recovery_codes";

fn limit(key: String, max: usize) -> Limit {
    Limit {
        key,
        max,
        window: Duration::minutes(WINDOW_MINUTES),
    }
}

/// Wrong passwords count per address and client, so that typing a
/// colleague's address from elsewhere cannot lock them out; and per client.
fn password_limits(email: &str, client: &ClientAddress) -> [Limit; 2] {
    let client = client.for_limits();
    [
        limit(
            format!("staff-password:email:{email}:client:{client}"),
            PASSWORD_ATTEMPTS,
        ),
        limit(format!("staff-password:address:{client}"), ADDRESS_ATTEMPTS),
    ]
}

/// "Try again after 14:05", in Chongqing time.
fn try_again_at(until: DateTime<Utc>) -> Vec<(&'static str, String)> {
    vec![("time", dates::time(utc_to_chongqing(until)))]
}

/// The staff page to go to after signing in (only staff pages).
fn next_or_home(next: Option<&str>) -> String {
    match local_path(next) {
        path if path.starts_with("/staff/") => path.to_string(),
        _ => "/staff/home".to_string(),
    }
}

fn with_next(path: &str, next: &str) -> String {
    if next.is_empty() {
        path.to_string()
    } else {
        format!("{path}?next={}", crate::components::encode_path(next))
    }
}

/// Who the audit log names for a sign-in step, before anyone is signed in.
fn actor_for(state: &PortalState, account: Option<&StaffAccount>, client: ClientAddress) -> Actor {
    Actor {
        staff_id: account.map(|a| a.id),
        name: account.map(|a| a.display_name.clone()).unwrap_or_default(),
        client_address: client.0,
        at: state.clock.now(),
    }
}

fn sign_in_page() -> Page {
    Page::new(StaffSignInPage).with_islands()
}

/// `GET /staff`: the sign-in page, or home when already signed in.
pub async fn show_sign_in(
    State(state): State<PortalState>,
    session: Session,
    parts: Parts,
) -> PageResult<Response> {
    if staff_session::current(&state, &session, &parts).await?.is_some() {
        return Ok(see_other("/staff/home"));
    }
    Ok(sign_in_page().into_response())
}

/// `POST /staff`: email and password. The same message for an unknown
/// address, a wrong password and a disabled account.
pub async fn sign_in(
    State(state): State<PortalState>,
    session: Session,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form_without(&["password"]);
    let email = crate::domain::applications::normalise_email(sent.get("email").unwrap_or_default())
        .unwrap_or_default();
    let password = sent.get("password").unwrap_or_default();
    if email.is_empty() {
        form.add("email", "staff-sign-in-email-empty");
    }
    if password.is_empty() {
        form.add("password", "staff-sign-in-password-empty");
    }
    if form.has_errors() {
        return Ok(sign_in_page().rejected(form).into_response());
    }
    let limits = password_limits(&email, &client);
    let now = state.clock.now();
    let attempt = match take_attempt_now(&state.db, &limits, now).await? {
        Ok(attempt) => attempt,
        Err(until) => {
            form.add_with("email", "staff-sign-in-locked", try_again_at(until));
            return Ok(sign_in_page().rejected(form).into_response());
        }
    };
    let account = staff_account::find_by_email(&state.db, &email).await?;
    let hash = account.as_ref().and_then(StaffAccount::chosen_password_hash);
    let matches = state.passwords.matches(hash, password.to_string()).await;
    let Some(account) = account.filter(|a| matches && !a.is_disabled) else {
        actor_for(&state, None, client)
            .record(
                &state.db,
                Audit::new(AuditAction::SignInFailed, AuditTarget::Email(email)),
            )
            .await?;
        form.add("email", "staff-sign-in-error");
        return Ok(sign_in_page().rejected(form).into_response());
    };
    attempt.succeeded(&state.db).await?;
    clear_attempts(&state.db, &limits[0].key).await?;
    staff_session::password_accepted(&session, &account, now).await?;
    let step = if account.has_second_factor() {
        "/staff/two-factor"
    } else {
        "/staff/two-factor/set-up"
    };
    Ok(see_other(&with_next(step, sent.get("next").unwrap_or_default())))
}

/// The account between password and code, or back to the start, keeping
/// where the member was going (`next`) and saying why when the code took
/// too long.
async fn pending_or_restart(state: &PortalState, session: &Session, next: &str) -> PageResult<StaffAccount> {
    match staff_session::pending(state, session).await? {
        SecondStep::Waiting(account) => Ok(*account),
        SecondStep::TimedOut => {
            idle::tell(session, "staff-code-timed-out").await?;
            Err(PageError::Redirect(with_next("/staff", next)))
        }
        SecondStep::NotStarted => Err(PageError::Redirect(with_next("/staff", next))),
    }
}

/// The `next` of a page's address.
fn next_of(query: &Query<Vec<(String, String)>>) -> String {
    query
        .0
        .iter()
        .find(|(k, _)| k == "next")
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// `GET /staff/two-factor`.
pub async fn show_code(
    State(state): State<PortalState>,
    session: Session,
    query: Query<Vec<(String, String)>>,
) -> PageResult<Response> {
    let account = pending_or_restart(&state, &session, &next_of(&query)).await?;
    if !account.has_second_factor() {
        return Ok(see_other("/staff/two-factor/set-up"));
    }
    Ok(Page::new(StaffCodePage).into_response())
}

/// `POST /staff/two-factor`: a code from the authenticator, or a recovery code.
pub async fn check_code(
    State(state): State<PortalState>,
    session: Session,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let account = pending_or_restart(&state, &session, sent.get("next").unwrap_or_default()).await?;
    let mut form = sent.to_form();
    let typed = form.text("code", 64, Some("staff-code-empty"));
    if form.has_errors() {
        return Ok(Page::new(StaffCodePage).rejected(form).into_response());
    }
    let limits = [limit(format!("staff-code:{}", account.id), CODE_ATTEMPTS)];
    let attempt = match take_attempt_now(&state.db, &limits, state.clock.now()).await? {
        Ok(attempt) => attempt,
        Err(until) => {
            form.add_with("code", "staff-code-locked", try_again_at(until));
            return Ok(Page::new(StaffCodePage).rejected(form).into_response());
        }
    };
    let actor = actor_for(&state, Some(&account), client);
    let target = AuditTarget::Staff(account.id);
    let Some(action) = accept_code(&state, &account, &typed).await? else {
        actor
            .record(&state.db, Audit::new(AuditAction::SecondFactorFailed, target))
            .await?;
        form.add("code", "staff-code-wrong");
        return Ok(Page::new(StaffCodePage).rejected(form).into_response());
    };
    attempt.succeeded(&state.db).await?;
    clear_attempts(&state.db, &limits[0].key).await?;
    if action == AuditAction::RecoveryCodeUsed {
        actor
            .record(&state.db, Audit::new(action, target.clone()))
            .await?;
    }
    actor
        .record(&state.db, Audit::new(AuditAction::SignIn, target))
        .await?;
    staff_session::second_factor_accepted(&session, &account).await?;
    Ok(see_other(&next_or_home(sent.get("next"))))
}

/// Checks a six-digit code (each accepted once) or uses up a recovery code.
async fn accept_code(
    state: &PortalState,
    account: &StaffAccount,
    typed: &str,
) -> PageResult<Option<AuditAction>> {
    let now = state.clock.now();
    if second_factor::looks_like_code(typed) {
        let Some(secret) = account.authenticator_key(&state.sealing_key) else {
            return Ok(None);
        };
        let Some(step) = second_factor::check(&secret, typed, seconds_at(now)) else {
            return Ok(None);
        };
        let fresh = staff_account::accept_step(&state.db, account, step, now).await?;
        return Ok(fresh.then_some(AuditAction::SignIn));
    }
    let used = staff_account::use_recovery_code(&state.db, account.id, typed, now).await?;
    Ok(used.then_some(AuditAction::RecoveryCodeUsed))
}

/// `GET /staff/two-factor/set-up`: the key to add to an authenticator app.
pub async fn show_set_up(
    State(state): State<PortalState>,
    session: Session,
    query: Query<Vec<(String, String)>>,
) -> PageResult<Response> {
    let account = pending_or_restart(&state, &session, &next_of(&query)).await?;
    if account.has_second_factor() {
        return Ok(see_other("/staff/two-factor"));
    }
    let secret = match account.authenticator_key(&state.sealing_key) {
        Some(secret) => secret,
        None => {
            let secret = second_factor::new_secret();
            staff_account::start_second_factor(&state.db, &state.sealing_key, account.id, &secret).await?;
            secret
        }
    };
    let view = second_factor::set_up_view(&secret, &account.email);
    Ok(Page::new(SetUpSecondFactorPage).with(view).into_response())
}

/// `POST /staff/two-factor/set-up`: the first code confirms the key; then
/// the recovery codes are shown once.
pub async fn confirm_set_up(
    State(state): State<PortalState>,
    session: Session,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let account = pending_or_restart(&state, &session, sent.get("next").unwrap_or_default()).await?;
    let form = sent.to_form();
    let typed = sent.get("code").unwrap_or_default();
    let Some(secret) = account
        .authenticator_key(&state.sealing_key)
        .filter(|_| !account.has_second_factor())
    else {
        return Ok(see_other("/staff/two-factor"));
    };
    let now = state.clock.now();
    let view = second_factor::set_up_view(&secret, &account.email);
    let again = |mut form: FormState, message: &str| {
        form.add("code", message);
        Ok(Page::new(SetUpSecondFactorPage)
            .with(view.clone())
            .rejected(form)
            .into_response())
    };
    let Some(step) = second_factor::check(&secret, typed, seconds_at(now)) else {
        let message = if typed.trim().is_empty() {
            "staff-code-empty"
        } else {
            "staff-set-up-code-wrong"
        };
        return again(form, message);
    };
    let actor = actor_for(&state, Some(&account), client);
    let change = AuditedChange::begin(&state.db, &actor).await?;
    if !staff_account::accept_step(change.db(), &account, step, now).await? {
        change.abandon().await?;
        return again(form, "staff-set-up-code-wrong");
    }
    let codes = staff_account::new_recovery_codes(change.db(), account.id).await?;
    actor
        .record(
            change.db(),
            Audit::new(AuditAction::SecondFactorSetUp, AuditTarget::Staff(account.id)),
        )
        .await?;
    change
        .commit(Audit::new(AuditAction::SignIn, AuditTarget::Staff(account.id)))
        .await?;
    let Some(account) = staff_account::find(&state.db, account.id).await? else {
        return Ok(see_other("/staff"));
    };
    staff_session::second_factor_accepted(&session, &account).await?;
    keep_codes_to_show(&state, &session, account.id, &codes).await?;
    Ok(see_other("/staff/recovery-codes"))
}

/// What sealed recovery codes are bound to: the account they belong to.
fn recovery_codes_context(staff_id: i32) -> String {
    format!("staff-recovery-codes:{staff_id}")
}

/// Keeps new recovery codes, sealed, in the session until the next page shows them.
async fn keep_codes_to_show(
    state: &PortalState,
    session: &Session,
    staff_id: i32,
    codes: &[String],
) -> PageResult<()> {
    let sealed = state
        .sealing_key
        .seal(&codes.join("\n"), &recovery_codes_context(staff_id));
    session.insert(RECOVERY_CODES_KEY, sealed).await?;
    Ok(())
}

/// `GET /staff/recovery-codes`: the new codes, once; reloading shows that they were shown.
pub async fn show_recovery_codes(
    State(state): State<PortalState>,
    staff: Staff,
    session: Session,
) -> PageResult<Page> {
    let sealed = session.remove::<String>(RECOVERY_CODES_KEY).await?;
    let codes = sealed
        .and_then(|sealed| {
            state
                .sealing_key
                .open(&sealed, &recovery_codes_context(staff.account.id))
        })
        .map(|codes| codes.lines().map(str::to_string).collect())
        .unwrap_or_default();
    Ok(staff.page(RecoveryCodesPage).with(RecoveryCodes(codes)))
}

/// `POST /staff/recovery-codes`: new codes, replacing the old ones.
pub async fn renew_recovery_codes(
    State(state): State<PortalState>,
    staff: Staff,
    session: Session,
) -> PageResult<Response> {
    let change = staff.change(&state.db).await?;
    let codes = staff_account::new_recovery_codes(change.db(), staff.account.id).await?;
    let audit = Audit::new(
        AuditAction::SecondFactorSetUp,
        AuditTarget::Staff(staff.account.id),
    )
    .detail("recovery codes renewed");
    change.commit(audit).await?;
    keep_codes_to_show(&state, &session, staff.account.id, &codes).await?;
    Ok(see_other("/staff/recovery-codes"))
}

async fn set_up_link_page(state: &PortalState, token: &str) -> PageResult<(Option<StaffAccount>, Page)> {
    let account = staff_account::find_by_setup_token(&state.db, token, state.clock.now()).await?;
    let link = SetUpLink {
        valid: account.is_some(),
    };
    Ok((account, Page::new(StaffSetUpPage).with(link).with_islands()))
}

/// `GET /staff/set-up/{token}`: a new colleague chooses a password.
pub async fn show_set_up_link(
    State(state): State<PortalState>,
    Path(token): Path<String>,
) -> PageResult<Page> {
    Ok(set_up_link_page(&state, &token).await?.1)
}

/// `POST /staff/set-up/{token}`.
pub async fn choose_password(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let (account, page) = set_up_link_page(&state, &token).await?;
    let Some(account) = account else {
        return Ok(page.into_response());
    };
    let mut form = FormState::default();
    let Some(password) = form.new_password("password", sent.get("password").unwrap_or_default()) else {
        return Ok(page.rejected(form).into_response());
    };
    let hash = state.passwords.hash(password).await.map_err(PageError::failed)?;
    // The link was used up meanwhile (another tab, or a reset).
    if !staff_account::choose_password(&state.db, &account, &hash).await? {
        return Ok(see_other("/staff"));
    }
    let Some(account) = staff_account::find(&state.db, account.id).await? else {
        return Ok(see_other("/staff"));
    };
    staff_session::password_accepted(&session, &account, state.clock.now()).await?;
    Ok(see_other("/staff/two-factor/set-up"))
}

/// `POST /staff/sign-out`.
pub async fn sign_out(
    State(state): State<PortalState>,
    session: Session,
    parts: Parts,
) -> PageResult<Response> {
    if let Some(staff) = staff_session::current(&state, &session, &parts).await? {
        staff
            .actor
            .record(
                &state.db,
                Audit::new(AuditAction::SignOut, AuditTarget::Staff(staff.account.id)),
            )
            .await?;
    }
    staff_session::sign_out(&session).await?;
    Ok(see_other("/staff?signed_out=1"))
}
