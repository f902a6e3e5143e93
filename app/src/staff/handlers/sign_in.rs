//! `/staff` sign-in in two steps, the first-time set-up of the second factor,
//! recovery codes, set-up links for new colleagues, sign-out and the home page.

use super::{client, here, page, signed_in};
use crate::domain::applications::{check_password, normalise_email, PasswordProblem};
use crate::forms::FormState;
use crate::staff::audit::{self, Actor, AuditAction};
use crate::staff::second_factor;
use crate::staff::session::{self, Staff};
use crate::staff::sign_in::{RecoveryCodes, SetUpLink};
use crate::staff::store::{self, StaffAccount};
use crate::staff::StaffHome;
use crate::web::limits::{clear_attempts, locked_until, record_attempt, Limit};
use crate::web::Early;
use crate::web::{failed, rejected, render_page, see_other, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::provide_context;
use sea_orm::{DbErr, TransactionTrait};
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

/// A time of day in Chongqing, for "try again after 14:05".
fn china_time(at: DateTime<Utc>) -> String {
    (at + Duration::hours(8)).format("%H:%M").to_string()
}

async fn locked(state: &PortalState, limits: &[Limit]) -> Result<Option<DateTime<Utc>>, DbErr> {
    let mut until = None;
    for limit in limits {
        until = until.max(locked_until(&state.db, limit, Utc::now()).await?);
    }
    Ok(until)
}

/// The staff page to go to after signing in (only staff pages).
fn next_or_home(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with("/staff/") && !path.starts_with("//") && !path.contains('\\') => {
            path.to_string()
        }
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

/// `GET /staff`: the sign-in page, or home when already signed in.
pub async fn show_sign_in(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    if session::current(&state, &session).await.is_some() {
        return Ok(see_other("/staff/home"));
    }
    Ok(render_page(&state, request, || ()).await)
}

/// `POST /staff`: email and password. The same message for an unknown
/// address, a wrong password and a disabled account.
pub async fn sign_in(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let address = client(&state, &request);
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(
        sent.pairs()
            .iter()
            .filter(|(k, _)| k != "password")
            .cloned()
            .collect(),
    );
    let email = normalise_email(sent.get("email").unwrap_or_default()).unwrap_or_default();
    let password = sent.get("password").unwrap_or_default();
    if email.is_empty() || password.is_empty() {
        if email.is_empty() {
            form.add("email", "staff-sign-in-email-empty");
        }
        if password.is_empty() {
            form.add("password", "staff-sign-in-password-empty");
        }
        return Ok(rejected(&state, parts, form, || ()).await);
    }
    let limits = [
        limit(format!("staff-password:email:{email}"), PASSWORD_ATTEMPTS),
        limit(format!("staff-password:address:{address}"), ADDRESS_ATTEMPTS),
    ];
    if let Some(until) = locked(&state, &limits).await.map_err(failed)? {
        form.add_with("email", "staff-sign-in-locked", vec![("time", china_time(until))]);
        return Ok(rejected(&state, parts, form, || ()).await);
    }
    let account = store::find_by_email(&state.db, &email).await.map_err(failed)?;
    let accepted = match &account {
        Some(account) => account.password_matches(password) && !account.is_disabled,
        None => crate::web::secrets::password_matches(None, password),
    };
    let Some(account) = account.filter(|_| accepted) else {
        let actor = Actor {
            staff_id: None,
            name: String::new(),
            client_address: address,
        };
        let recorded = async {
            for limit in &limits {
                record_attempt(&state.db, &limit.key, Utc::now()).await?;
            }
            audit::record(
                &state.db,
                &actor,
                AuditAction::SignInFailed,
                &format!("email:{email}"),
                None,
            )
            .await
        };
        recorded.await.map_err(failed)?;
        form.add("email", "staff-sign-in-error");
        return Ok(rejected(&state, parts, form, || ()).await);
    };
    session::password_accepted(&session, &account)
        .await
        .map_err(failed)?;
    let next = sent.get("next").unwrap_or_default();
    let step = if account.has_second_factor() {
        "/staff/two-factor"
    } else {
        "/staff/two-factor/set-up"
    };
    Ok(see_other(&with_next(step, next)))
}

/// The account between password and code, or back to the start.
async fn pending_or_restart(state: &PortalState, session: &Session) -> Result<StaffAccount, Response> {
    session::pending(state, session)
        .await
        .ok_or_else(|| see_other("/staff"))
}

/// `GET /staff/two-factor`.
pub async fn show_code(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let account = pending_or_restart(&state, &session).await?;
    if !account.has_second_factor() {
        return Ok(see_other("/staff/two-factor/set-up"));
    }
    Ok(render_page(&state, request, || ()).await)
}

/// `POST /staff/two-factor`: a code from the authenticator, or a recovery code.
pub async fn check_code(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let account = pending_or_restart(&state, &session).await?;
    let address = client(&state, &request);
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let typed = sent.get("code").unwrap_or_default().trim().to_string();
    if typed.is_empty() {
        form.add("code", "staff-code-empty");
        return Ok(rejected(&state, parts, form, || ()).await);
    }
    let limits = [limit(format!("staff-code:{}", account.id), CODE_ATTEMPTS)];
    if let Some(until) = locked(&state, &limits).await.map_err(failed)? {
        form.add_with("code", "staff-code-locked", vec![("time", china_time(until))]);
        return Ok(rejected(&state, parts, form, || ()).await);
    }
    let actor = Actor {
        staff_id: Some(account.id),
        name: account.display_name.clone(),
        client_address: address,
    };
    let outcome = accept_code(&state, &account, &typed).await;
    let action = match outcome.map_err(failed)? {
        Some(action) => action,
        None => {
            let recorded = async {
                record_attempt(&state.db, &limits[0].key, Utc::now()).await?;
                let target = format!("staff:{}", account.id);
                audit::record(&state.db, &actor, AuditAction::SecondFactorFailed, &target, None).await
            };
            recorded.await.map_err(failed)?;
            form.add("code", "staff-code-wrong");
            return Ok(rejected(&state, parts, form, || ()).await);
        }
    };
    let target = format!("staff:{}", account.id);
    let finished = async {
        clear_attempts(&state.db, &limits[0].key).await?;
        if action == AuditAction::RecoveryCodeUsed {
            audit::record(&state.db, &actor, action, &target, None).await?;
        }
        audit::record(&state.db, &actor, AuditAction::SignIn, &target, None).await
    };
    finished.await.map_err(failed)?;
    session::second_factor_accepted(&session, &account)
        .await
        .map_err(failed)?;
    Ok(see_other(&next_or_home(sent.get("next"))))
}

/// Checks a six-digit code (each accepted once) or uses up a recovery code.
async fn accept_code(
    state: &PortalState,
    account: &StaffAccount,
    typed: &str,
) -> Result<Option<AuditAction>, DbErr> {
    if second_factor::looks_like_code(typed) {
        let Some(secret) = account.totp_secret.as_deref() else {
            return Ok(None);
        };
        let Some(step) = second_factor::check(secret, typed, second_factor::now_seconds()) else {
            return Ok(None);
        };
        let fresh = store::accept_step(&state.db, account, step).await?;
        return Ok(fresh.then_some(AuditAction::SignIn));
    }
    let used = store::use_recovery_code(&state.db, account.id, typed).await?;
    Ok(used.then_some(AuditAction::RecoveryCodeUsed))
}

/// `GET /staff/two-factor/set-up`: the key to add to an authenticator app.
pub async fn show_set_up(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let account = pending_or_restart(&state, &session).await?;
    if account.has_second_factor() {
        return Ok(see_other("/staff/two-factor"));
    }
    let secret = match account.totp_secret.clone() {
        Some(secret) => secret,
        None => {
            let secret = second_factor::new_secret();
            store::start_second_factor(&state.db, account.id, &secret)
                .await
                .map_err(failed)?;
            secret
        }
    };
    let view = second_factor::set_up_view(&secret, &account.email);
    Ok(render_page(&state, request, move || provide_context(view.clone())).await)
}

/// `POST /staff/two-factor/set-up`: the first code confirms the key; then
/// the recovery codes are shown once.
pub async fn confirm_set_up(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let account = pending_or_restart(&state, &session).await?;
    let address = client(&state, &request);
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let typed = sent.get("code").unwrap_or_default();
    let Some(secret) = account
        .totp_secret
        .clone()
        .filter(|_| !account.has_second_factor())
    else {
        return Ok(see_other("/staff/two-factor"));
    };
    let step = second_factor::check(&secret, typed, second_factor::now_seconds());
    let view = second_factor::set_up_view(&secret, &account.email);
    let Some(step) = step else {
        let message = if typed.trim().is_empty() {
            "staff-code-empty"
        } else {
            "staff-set-up-code-wrong"
        };
        form.add("code", message);
        return Ok(rejected(&state, parts, form, move || provide_context(view.clone())).await);
    };
    let actor = Actor {
        staff_id: Some(account.id),
        name: account.display_name.clone(),
        client_address: address,
    };
    let saved = async {
        let txn = state.db.begin().await?;
        if !store::accept_step(&txn, &account, step).await? {
            txn.rollback().await?;
            return Ok(None);
        }
        let codes = store::new_recovery_codes(&txn, account.id).await?;
        let target = format!("staff:{}", account.id);
        audit::record(&txn, &actor, AuditAction::SecondFactorSetUp, &target, None).await?;
        audit::record(&txn, &actor, AuditAction::SignIn, &target, None).await?;
        txn.commit().await?;
        Ok::<_, DbErr>(Some(codes))
    };
    let codes = match saved.await.map_err(failed)? {
        Some(codes) => codes,
        None => {
            form.add("code", "staff-set-up-code-wrong");
            return Ok(rejected(&state, parts, form, move || provide_context(view.clone())).await);
        }
    };
    let Some(account) = store::find(&state.db, account.id).await.ok().flatten() else {
        return Ok(see_other("/staff"));
    };
    session::second_factor_accepted(&session, &account)
        .await
        .map_err(failed)?;
    session.insert(RECOVERY_CODES_KEY, codes).await.map_err(failed)?;
    Ok(see_other("/staff/recovery-codes"))
}

/// `GET /staff/recovery-codes`: the new codes, once; reloading shows that they were shown.
pub async fn show_recovery_codes(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let staff = signed_in(&state, &session, here(&request)).await?;
    let codes: Vec<String> = session
        .remove::<Vec<String>>(RECOVERY_CODES_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    Ok(page(&state, &staff, request, move || {
        provide_context(RecoveryCodes(codes.clone()))
    })
    .await)
}

/// `POST /staff/recovery-codes`: new codes, replacing the old ones.
pub async fn renew_recovery_codes(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let staff = signed_in(&state, &session, here(&request)).await?;
    let actor = staff.actor(client(&state, &request));
    let renewed = async {
        let txn = state.db.begin().await?;
        let codes = store::new_recovery_codes(&txn, staff.account.id).await?;
        let target = format!("staff:{}", staff.account.id);
        audit::record(
            &txn,
            &actor,
            AuditAction::SecondFactorSetUp,
            &target,
            Some("recovery codes renewed".into()),
        )
        .await?;
        txn.commit().await?;
        Ok::<_, DbErr>(codes)
    };
    let codes = renewed.await.map_err(failed)?;
    session.insert(RECOVERY_CODES_KEY, codes).await.map_err(failed)?;
    Ok(see_other("/staff/recovery-codes"))
}

/// `GET /staff/set-up/{token}`: a new colleague chooses a password.
pub async fn show_set_up_link(
    State(state): State<PortalState>,
    Path(token): Path<String>,
    request: Request,
) -> Early<Response> {
    let valid = store::find_by_setup_token(&state.db, &token)
        .await
        .map_err(failed)?
        .is_some();
    Ok(render_page(&state, request, move || provide_context(SetUpLink { valid })).await)
}

/// `POST /staff/set-up/{token}`.
pub async fn choose_password(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
    request: Request,
) -> Early<Response> {
    let account = match store::find_by_setup_token(&state.db, &token)
        .await
        .map_err(failed)?
    {
        Some(account) => account,
        None => {
            return Ok(render_page(&state, request, || provide_context(SetUpLink { valid: false })).await);
        }
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let password = sent.get("password").unwrap_or_default();
    let mut form = FormState::default();
    if let Err(problem) = check_password(password) {
        let id = match problem {
            PasswordProblem::TooShort => "password-error-short",
            PasswordProblem::TooLong => "password-error-long",
        };
        form.add("password", id);
        return Ok(rejected(&state, parts, form, || provide_context(SetUpLink { valid: true })).await);
    }
    let password = password.to_string();
    let hash = tokio::task::spawn_blocking(move || crate::web::secrets::hash_password(&password))
        .await
        .map_err(failed)?
        .map_err(failed)?;
    let chosen = store::choose_password(&state.db, &account, &hash)
        .await
        .map_err(failed)?;
    // The link was used up meanwhile (another tab, or a reset).
    if !chosen {
        return Ok(see_other("/staff"));
    }
    let Some(account) = store::find(&state.db, account.id).await.map_err(failed)? else {
        return Ok(see_other("/staff"));
    };
    session::password_accepted(&session, &account)
        .await
        .map_err(failed)?;
    Ok(see_other("/staff/two-factor/set-up"))
}

/// `POST /staff/sign-out`.
pub async fn sign_out(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    if let Some(staff) = session::current(&state, &session).await {
        let actor = staff.actor(client(&state, &request));
        let target = format!("staff:{}", staff.account.id);
        audit::record(&state.db, &actor, AuditAction::SignOut, &target, None)
            .await
            .map_err(failed)?;
    }
    session::sign_out(&session).await;
    Ok(see_other("/staff?signed_out=1"))
}

/// `GET /staff/home`.
pub async fn home(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let staff: Staff = signed_in(&state, &session, here(&request)).await?;
    let counted = async {
        let mut counts =
            crate::staff::queue_store::home_counts(&state.db, &staff, &state.service_levels).await?;
        counts.recovery_codes_left = store::unused_recovery_codes(&state.db, staff.account.id).await?;
        Ok::<_, DbErr>(counts)
    };
    let counts = counted.await.map_err(failed)?;
    Ok(page(&state, &staff, request, move || {
        provide_context::<StaffHome>(counts.clone())
    })
    .await)
}
