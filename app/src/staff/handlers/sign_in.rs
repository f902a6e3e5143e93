//! `/staff` sign-in in two steps, the first-time set-up of the second factor,
//! recovery codes, set-up links for new colleagues, sign-out and the home page.

use super::{client, here, page, signed_in};
use crate::accounts::store::{clear_attempts, locked_until, record_attempt, Limit};
use crate::domain::applications::{check_password, normalise_email, PasswordProblem};
use crate::forms::FormState;
use crate::staff::audit::{self, Actor, AuditAction};
use crate::staff::second_factor;
use crate::staff::session::{self, Staff};
use crate::staff::sign_in::{RecoveryCodes, SetUpLink};
use crate::staff::store::{self, StaffAccount};
use crate::staff::StaffHome;
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
pub async fn show_sign_in(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    if session::current(&state, &session).await.is_some() {
        return see_other("/staff/home");
    }
    render_page(&state, request, || ()).await
}

/// `POST /staff`: email and password. The same message for an unknown
/// address, a wrong password and a disabled account.
pub async fn sign_in(State(state): State<PortalState>, session: Session, request: Request) -> Response {
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
        return rejected(&state, parts, form, || ()).await;
    }
    let limits = [
        limit(format!("staff-password:email:{email}"), PASSWORD_ATTEMPTS),
        limit(format!("staff-password:address:{address}"), ADDRESS_ATTEMPTS),
    ];
    match locked(&state, &limits).await {
        Ok(Some(until)) => {
            form.add_with("email", "staff-sign-in-locked", vec![("time", china_time(until))]);
            return rejected(&state, parts, form, || ()).await;
        }
        Ok(None) => {}
        Err(error) => return failed(error),
    }
    let account = match store::find_by_email(&state.db, &email).await {
        Ok(account) => account,
        Err(error) => return failed(error),
    };
    let accepted = match &account {
        Some(account) => account.password_matches(password) && !account.is_disabled,
        None => crate::accounts::store::password_matches(None, password),
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
        if let Err(error) = recorded.await {
            return failed(error);
        }
        form.add("email", "staff-sign-in-error");
        return rejected(&state, parts, form, || ()).await;
    };
    if let Err(error) = session::password_accepted(&session, &account).await {
        return failed(error);
    }
    let next = sent.get("next").unwrap_or_default();
    let step = if account.has_second_factor() {
        "/staff/two-factor"
    } else {
        "/staff/two-factor/set-up"
    };
    see_other(&with_next(step, next))
}

/// The account between password and code, or back to the start.
async fn pending_or_restart(state: &PortalState, session: &Session) -> Result<StaffAccount, Response> {
    session::pending(state, session)
        .await
        .ok_or_else(|| see_other("/staff"))
}

/// `GET /staff/two-factor`.
pub async fn show_code(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let account = match pending_or_restart(&state, &session).await {
        Ok(account) => account,
        Err(response) => return response,
    };
    if !account.has_second_factor() {
        return see_other("/staff/two-factor/set-up");
    }
    render_page(&state, request, || ()).await
}

/// `POST /staff/two-factor`: a code from the authenticator, or a recovery code.
pub async fn check_code(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let account = match pending_or_restart(&state, &session).await {
        Ok(account) => account,
        Err(response) => return response,
    };
    let address = client(&state, &request);
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let typed = sent.get("code").unwrap_or_default().trim().to_string();
    if typed.is_empty() {
        form.add("code", "staff-code-empty");
        return rejected(&state, parts, form, || ()).await;
    }
    let limits = [limit(format!("staff-code:{}", account.id), CODE_ATTEMPTS)];
    match locked(&state, &limits).await {
        Ok(Some(until)) => {
            form.add_with("code", "staff-code-locked", vec![("time", china_time(until))]);
            return rejected(&state, parts, form, || ()).await;
        }
        Ok(None) => {}
        Err(error) => return failed(error),
    }
    let actor = Actor {
        staff_id: Some(account.id),
        name: account.display_name.clone(),
        client_address: address,
    };
    let outcome = accept_code(&state, &account, &typed).await;
    let action = match outcome {
        Ok(Some(action)) => action,
        Ok(None) => {
            let recorded = async {
                record_attempt(&state.db, &limits[0].key, Utc::now()).await?;
                let target = format!("staff:{}", account.id);
                audit::record(&state.db, &actor, AuditAction::SecondFactorFailed, &target, None).await
            };
            if let Err(error) = recorded.await {
                return failed(error);
            }
            form.add("code", "staff-code-wrong");
            return rejected(&state, parts, form, || ()).await;
        }
        Err(error) => return failed(error),
    };
    let target = format!("staff:{}", account.id);
    let finished = async {
        clear_attempts(&state.db, &limits[0].key).await?;
        if action == AuditAction::RecoveryCodeUsed {
            audit::record(&state.db, &actor, action, &target, None).await?;
        }
        audit::record(&state.db, &actor, AuditAction::SignIn, &target, None).await
    };
    if let Err(error) = finished.await {
        return failed(error);
    }
    if let Err(error) = session::second_factor_accepted(&session, &account).await {
        return failed(error);
    }
    see_other(&next_or_home(sent.get("next")))
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
pub async fn show_set_up(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let account = match pending_or_restart(&state, &session).await {
        Ok(account) => account,
        Err(response) => return response,
    };
    if account.has_second_factor() {
        return see_other("/staff/two-factor");
    }
    let secret = match account.totp_secret.clone() {
        Some(secret) => secret,
        None => {
            let secret = second_factor::new_secret();
            if let Err(error) = store::start_second_factor(&state.db, account.id, &secret).await {
                return failed(error);
            }
            secret
        }
    };
    let view = second_factor::set_up_view(&secret, &account.email);
    render_page(&state, request, move || provide_context(view.clone())).await
}

/// `POST /staff/two-factor/set-up`: the first code confirms the key; then
/// the recovery codes are shown once.
pub async fn confirm_set_up(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Response {
    let account = match pending_or_restart(&state, &session).await {
        Ok(account) => account,
        Err(response) => return response,
    };
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
        return see_other("/staff/two-factor");
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
        return rejected(&state, parts, form, move || provide_context(view.clone())).await;
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
    let codes = match saved.await {
        Ok(Some(codes)) => codes,
        Ok(None) => {
            form.add("code", "staff-set-up-code-wrong");
            return rejected(&state, parts, form, move || provide_context(view.clone())).await;
        }
        Err(error) => return failed(error),
    };
    let Some(account) = store::find(&state.db, account.id).await.ok().flatten() else {
        return see_other("/staff");
    };
    if let Err(error) = session::second_factor_accepted(&session, &account).await {
        return failed(error);
    }
    if let Err(error) = session.insert(RECOVERY_CODES_KEY, codes).await {
        return failed(error);
    }
    see_other("/staff/recovery-codes")
}

/// `GET /staff/recovery-codes`: the new codes, once; reloading shows that they were shown.
pub async fn show_recovery_codes(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Response {
    let staff = match signed_in(&state, &session, here(&request)).await {
        Ok(staff) => staff,
        Err(response) => return response,
    };
    let codes: Vec<String> = session
        .remove::<Vec<String>>(RECOVERY_CODES_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    page(&state, &staff, request, move || {
        provide_context(RecoveryCodes(codes.clone()))
    })
    .await
}

/// `POST /staff/recovery-codes`: new codes, replacing the old ones.
pub async fn renew_recovery_codes(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Response {
    let staff = match signed_in(&state, &session, here(&request)).await {
        Ok(staff) => staff,
        Err(response) => return response,
    };
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
    match renewed.await {
        Ok(codes) => match session.insert(RECOVERY_CODES_KEY, codes).await {
            Ok(()) => see_other("/staff/recovery-codes"),
            Err(error) => failed(error),
        },
        Err(error) => failed(error),
    }
}

/// `GET /staff/set-up/{token}`: a new colleague chooses a password.
pub async fn show_set_up_link(
    State(state): State<PortalState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let valid = match store::find_by_setup_token(&state.db, &token).await {
        Ok(found) => found.is_some(),
        Err(error) => return failed(error),
    };
    render_page(&state, request, move || provide_context(SetUpLink { valid })).await
}

/// `POST /staff/set-up/{token}`.
pub async fn choose_password(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let account = match store::find_by_setup_token(&state.db, &token).await {
        Ok(Some(account)) => account,
        Ok(None) => {
            return render_page(&state, request, || provide_context(SetUpLink { valid: false })).await;
        }
        Err(error) => return failed(error),
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
        return rejected(&state, parts, form, || provide_context(SetUpLink { valid: true })).await;
    }
    match store::choose_password(&state.db, &account, password).await {
        Ok(true) => {}
        Ok(false) => return see_other("/staff"),
        Err(error) => return failed(error),
    }
    match store::find(&state.db, account.id).await {
        Ok(Some(account)) => match session::password_accepted(&session, &account).await {
            Ok(()) => see_other("/staff/two-factor/set-up"),
            Err(error) => failed(error),
        },
        Ok(None) => see_other("/staff"),
        Err(error) => failed(error),
    }
}

/// `POST /staff/sign-out`.
pub async fn sign_out(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    if let Some(staff) = session::current(&state, &session).await {
        let actor = staff.actor(client(&state, &request));
        let target = format!("staff:{}", staff.account.id);
        if let Err(error) = audit::record(&state.db, &actor, AuditAction::SignOut, &target, None).await {
            return failed(error);
        }
    }
    session::sign_out(&session).await;
    see_other("/staff?signed_out=1")
}

/// `GET /staff/home`.
pub async fn home(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let staff: Staff = match signed_in(&state, &session, here(&request)).await {
        Ok(staff) => staff,
        Err(response) => return response,
    };
    let counted = async {
        let mut counts =
            crate::staff::queue_store::home_counts(&state.db, &staff, &state.service_levels).await?;
        counts.recovery_codes_left = store::unused_recovery_codes(&state.db, staff.account.id).await?;
        Ok::<_, DbErr>(counts)
    };
    let counts = match counted.await {
        Ok(counts) => counts,
        Err(error) => return failed(error),
    };
    page(&state, &staff, request, move || {
        provide_context::<StaffHome>(counts.clone())
    })
    .await
}
