//! The requests of signing in. No answer says whether an email address has
//! an account: registering, asking for a link and asking for a reset all
//! lead to the same "check your email" page.

use super::pages::{
    AnswersHeld, LinkState, NewPasswordPage, PasswordResetPage, RegisterPage, SignInLinkPage, SignInPage,
};
use crate::accounts::resident::{self, Account, Purpose, LINK_MINUTES};
use crate::accounts::resident_session::{self, current};
use crate::check::handlers::{forget_answers, holds_answers};
use crate::domain::local_time::utc_to_chongqing;
use crate::forms::FormState;
use crate::i18n::{dates, Lang};
use crate::mail::{self, MailKind};
use crate::web::limits::{clear_attempts, locked_until_any, take_attempt, take_attempt_now, Limit};
use crate::web::transaction::begin_write;
use crate::web::{
    local_path, see_other, ClientAddress, FormValues, Page, PageError, PageResult, PortalState,
};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use http::{StatusCode, Uri};
use sea_orm::DatabaseTransaction;
use tower_sessions::Session;

/// Wrong passwords allowed per email address and client, and per client, in the window.
const ACCOUNT_ATTEMPTS: usize = 5;
const ADDRESS_ATTEMPTS: usize = 20;
/// Emails (links, resets) sent per address typed, and per client address, in the window.
const EMAILS_PER_ACCOUNT: usize = 5;
const EMAILS_PER_ADDRESS: usize = 20;
const WINDOW_MINUTES: i64 = 15;

/// "Try again after 14:05", in Chongqing time.
fn try_again_at(until: DateTime<Utc>) -> Vec<(&'static str, String)> {
    vec![("time", dates::time(utc_to_chongqing(until)))]
}

fn limits(per_account: (String, usize), per_client: (String, usize)) -> [Limit; 2] {
    let window = Duration::minutes(WINDOW_MINUTES);
    [per_account, per_client].map(|(key, max)| Limit { key, max, window })
}

/// Emails count per address typed (so nobody floods someone's inbox) and per client.
fn email_limits(email: &str, client: &ClientAddress) -> [Limit; 2] {
    let client = client.for_limits();
    limits(
        (format!("email:email:{email}"), EMAILS_PER_ACCOUNT),
        (format!("email:address:{client}"), EMAILS_PER_ADDRESS),
    )
}

/// Wrong passwords count per account and client, so that typing someone's
/// address from elsewhere cannot lock them out; and per client, across accounts.
fn password_limits(email: &str, client: &ClientAddress) -> [Limit; 2] {
    let client = client.for_limits();
    limits(
        (
            format!("password:email:{email}:client:{client}"),
            ACCOUNT_ATTEMPTS,
        ),
        (format!("password:address:{client}"), ADDRESS_ATTEMPTS),
    )
}

/// An emailed link to `path`, coming back to `next` afterwards.
fn link(state: &PortalState, path: &str, next: &str) -> String {
    let next = local_path(Some(next));
    if next == "/" {
        format!("{}{path}", state.public_url)
    } else {
        format!(
            "{}{path}?next={}",
            state.public_url,
            crate::components::encode_path(next)
        )
    }
}

fn mail_args(name: &str, url: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", name.to_string()),
        ("link", url.to_string()),
        ("minutes", LINK_MINUTES.to_string()),
    ]
}

/// `POST /register`: a name and an email address. A new address gets an
/// account and a link to confirm it; a known one gets a sign-in link instead.
pub async fn register(
    State(state): State<PortalState>,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let name = form.name("full_name", "register-name-error");
    let email = form.email("email");
    let lang = form.email_language("email_language");
    let (Some(name), Some(email), Some(lang)) = (name, email, lang) else {
        return Ok(Page::new(RegisterPage).rejected(form).into_response());
    };
    let next = sent.get("next").unwrap_or_default();
    let limits = email_limits(&email, &client);
    if let Some(until) = send_link_for_registration(&state, &email, &name, lang, next, &limits).await? {
        form.add_with("email", "email-limited", try_again_at(until));
        return Ok(Page::new(RegisterPage).rejected(form).into_response());
    }
    Ok(see_other("/check-email?for=register"))
}

/// A request that emails a link, within its limits: the transaction to
/// send in (the attempt already recorded), or until when the limit holds.
/// The limits count requests for the address typed, so the answer says
/// nothing about whether the address has an account.
async fn within_limits(
    state: &PortalState,
    limits: &[Limit],
    now: DateTime<Utc>,
) -> PageResult<Result<DatabaseTransaction, DateTime<Utc>>> {
    let txn = begin_write(&state.db).await?;
    // Every email sent counts, whatever became of it: the attempt stays.
    Ok(take_attempt(&txn, limits, now).await?.map(|_sent| txn))
}

/// Queues the email with a link to `path` (and back to `next`) for `account`.
async fn mail_link(
    txn: &DatabaseTransaction,
    state: &PortalState,
    account: &Account,
    kind: MailKind,
    path: &str,
    next: &str,
    now: DateTime<Utc>,
) -> PageResult<()> {
    let args = mail_args(&account.full_name, &link(state, path, next));
    Ok(mail::enqueue(txn, &account.email, account.language(), kind, &args, now).await?)
}

/// Sends the link, or says until when the limit is reached. An address
/// that already has an account is told so, in the same number of steps.
async fn send_link_for_registration(
    state: &PortalState,
    email: &str,
    name: &str,
    lang: Lang,
    next: &str,
    limits: &[Limit],
) -> PageResult<Option<DateTime<Utc>>> {
    let now = state.clock.now();
    let txn = match within_limits(state, limits, now).await? {
        Ok(txn) => txn,
        Err(until) => return Ok(Some(until)),
    };
    let (account, kind) = match resident::find_by_email(&txn, email).await? {
        Some(existing) => (existing, MailKind::AlreadyRegistered),
        None => (
            resident::create(&txn, email, name, lang, now).await?,
            MailKind::SignInLink,
        ),
    };
    let token = resident::issue_token(&txn, account.id, Purpose::SignIn, now).await?;
    mail_link(
        &txn,
        state,
        &account,
        kind,
        &format!("/sign-in/link/{token}"),
        next,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(None)
}

/// `POST /sign-in/link`: emails a sign-in link if the address has an
/// account. The form is on the sign-in page, so its errors are shown there.
pub async fn request_link(
    State(state): State<PortalState>,
    session: Session,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(email) = form.email("link_email") else {
        return Ok(sign_in_page(&session).await?.rejected(form).into_response());
    };
    let next = sent.get("next").unwrap_or_default();
    let limits = email_limits(&email, &client);
    if let Some(until) = email_link(&state, &email, Purpose::SignIn, next, &limits).await? {
        form.add_with("link_email", "email-limited", try_again_at(until));
        return Ok(sign_in_page(&session).await?.rejected(form).into_response());
    }
    Ok(see_other("/check-email?for=sign-in"))
}

/// Emails a sign-in or reset link if the address has an account, or says
/// until when the limit is reached.
async fn email_link(
    state: &PortalState,
    email: &str,
    purpose: Purpose,
    next: &str,
    limits: &[Limit],
) -> PageResult<Option<DateTime<Utc>>> {
    let now = state.clock.now();
    let txn = match within_limits(state, limits, now).await? {
        Ok(txn) => txn,
        Err(until) => return Ok(Some(until)),
    };
    if let Some(account) = resident::find_by_email(&txn, email).await? {
        let token = resident::issue_token(&txn, account.id, purpose, now).await?;
        let (kind, path) = match purpose {
            Purpose::SignIn => (MailKind::SignInLink, format!("/sign-in/link/{token}")),
            Purpose::Reset => (MailKind::PasswordReset, format!("/password-reset/{token}")),
        };
        mail_link(&txn, state, &account, kind, &path, next, now).await?;
    }
    txn.commit().await?;
    Ok(None)
}

/// `POST /password-reset`: emails a link to choose a new password.
pub async fn request_reset(
    State(state): State<PortalState>,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(email) = form.email("email") else {
        return Ok(Page::new(PasswordResetPage).rejected(form).into_response());
    };
    let limits = email_limits(&email, &client);
    if let Some(until) = email_link(&state, &email, Purpose::Reset, "", &limits).await? {
        form.add_with("email", "email-limited", try_again_at(until));
        return Ok(Page::new(PasswordResetPage).rejected(form).into_response());
    }
    Ok(see_other("/check-email?for=reset"))
}

/// The form field of "keep my answers to the check".
const KEEP_ANSWERS: &str = "keep_answers";

/// Answers given to the checker before signing in say things about health:
/// on a shared computer they may be someone else's. They stay only when the
/// person signing in ticks that they are theirs to keep.
async fn keep_answers_if_chosen(session: &Session, sent: &FormValues) -> PageResult<()> {
    if sent.get(KEEP_ANSWERS) != Some("yes") {
        forget_answers(session).await?;
    }
    Ok(())
}

async fn answers_held(session: &Session) -> PageResult<AnswersHeld> {
    Ok(AnswersHeld(holds_answers(session).await?))
}

async fn sign_in_page(session: &Session) -> PageResult<Page> {
    Ok(Page::new(SignInPage)
        .with_islands()
        .with(answers_held(session).await?))
}

/// `GET /sign-in`.
pub async fn show_sign_in(session: Session) -> PageResult<Page> {
    sign_in_page(&session).await
}

/// `POST /sign-in`: email and password, with limits on failed attempts.
pub async fn sign_in(
    State(state): State<PortalState>,
    session: Session,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form_without(&["password"]);
    let email = form.email("email");
    let password = sent.get("password").unwrap_or_default().to_string();
    if password.is_empty() {
        form.add("password", "sign-in-password-error");
    }
    let (Some(email), false) = (email, form.has_errors()) else {
        return Ok(sign_in_page(&session).await?.rejected(form).into_response());
    };
    let limits = password_limits(&email, &client);
    match try_password(&state, &session, &email, password, &limits).await? {
        PasswordOutcome::SignedIn => {
            keep_answers_if_chosen(&session, &sent).await?;
            let next = local_path(sent.get("next"));
            Ok(see_other(if next == "/" {
                "/account?done=signed-in"
            } else {
                next
            }))
        }
        PasswordOutcome::Locked(until) => {
            form.add_with("email", "sign-in-locked", try_again_at(until));
            Ok(sign_in_page(&session).await?.rejected(form).into_response())
        }
        PasswordOutcome::Wrong => {
            form.add("email", "sign-in-wrong");
            Ok(sign_in_page(&session).await?.rejected(form).into_response())
        }
    }
}

enum PasswordOutcome {
    SignedIn,
    Wrong,
    Locked(DateTime<Utc>),
}

async fn try_password(
    state: &PortalState,
    session: &Session,
    email: &str,
    password: String,
    limits: &[Limit],
) -> PageResult<PasswordOutcome> {
    let now = state.clock.now();
    let attempt = match take_attempt_now(&state.db, limits, now).await? {
        Ok(attempt) => attempt,
        Err(until) => return Ok(PasswordOutcome::Locked(until)),
    };
    let account = resident::find_by_email(&state.db, email).await?;
    // An unconfirmed address cannot use a password: whoever typed it has not shown it is theirs.
    let usable = account.filter(|a| a.email_confirmed_at.is_some());
    let hash = usable.as_ref().and_then(|a| a.password_hash.clone());
    let matches = state.passwords.matches(hash, password).await;
    match (usable, matches) {
        (Some(account), true) => {
            attempt.succeeded(&state.db).await?;
            clear_attempts(&state.db, &limits[0].key).await?;
            resident_session::sign_in(session, account.id, account.session_generation).await?;
            Ok(PasswordOutcome::SignedIn)
        }
        _ => match locked_until_any(&state.db, limits, now).await? {
            Some(until) => Ok(PasswordOutcome::Locked(until)),
            None => Ok(PasswordOutcome::Wrong),
        },
    }
}

/// The page of an emailed link: whether it still works (410 when not), and
/// which account it is for.
async fn link_page(state: &PortalState, token: &str, purpose: Purpose) -> PageResult<Page> {
    let holder = resident::token_holder(&state.db, token, purpose, state.clock.now()).await?;
    let valid = holder.is_some();
    let page = match purpose {
        Purpose::SignIn => Page::new(SignInLinkPage),
        Purpose::Reset => Page::new(NewPasswordPage).with_islands(),
    };
    let page = page.with(LinkState {
        valid,
        email: holder.map(|a| a.email).unwrap_or_default(),
    });
    Ok(if valid {
        page
    } else {
        page.status(StatusCode::GONE)
    })
}

/// `GET /sign-in/link/{token}`: the page says whether the link still works.
/// Opening it does not use it up (mail scanners open links); pressing the
/// button does.
pub async fn show_sign_in_link(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
) -> PageResult<Page> {
    Ok(link_page(&state, &token, Purpose::SignIn)
        .await?
        .with(answers_held(&session).await?))
}

/// `GET /password-reset/{token}`.
pub async fn show_reset_link(
    State(state): State<PortalState>,
    Path(token): Path<String>,
) -> PageResult<Page> {
    link_page(&state, &token, Purpose::Reset).await
}

/// `POST /sign-in/link/{token}`: uses the link, confirms the address and signs in.
pub async fn use_link(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
    uri: Uri,
    sent: FormValues,
) -> PageResult<Response> {
    let now = state.clock.now();
    let Some(account) = resident::consume_token(&state.db, &token, Purpose::SignIn, now).await? else {
        return Ok(link_page(&state, &token, Purpose::SignIn).await?.into_response());
    };
    resident::confirm_email(&state.db, &account, now).await?;
    resident_session::sign_in(&session, account.id, account.session_generation).await?;
    keep_answers_if_chosen(&session, &sent).await?;
    resident_session::signed_in_by_link(&session, account.id, now).await?;
    let query = FormValues::parse(uri.query().unwrap_or_default().as_bytes());
    let next = local_path(query.get("next"));
    Ok(see_other(if next == "/" {
        "/account?done=signed-in"
    } else {
        next
    }))
}

/// `POST /password-reset/{token}`: a new password; signs in and ends every other session.
pub async fn reset_password(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = FormState::default();
    let Some(password) = form.new_password("password", sent.get("password").unwrap_or_default()) else {
        return Ok(link_page(&state, &token, Purpose::Reset)
            .await?
            .rejected(form)
            .into_response());
    };
    let now = state.clock.now();
    let Some(account) = resident::consume_token(&state.db, &token, Purpose::Reset, now).await? else {
        return Ok(link_page(&state, &token, Purpose::Reset).await?.into_response());
    };
    change_password(&state, &session, &account, password).await?;
    // The reset form offers no choice: a rare path, and forgetting is the safe side.
    forget_answers(&session).await?;
    Ok(see_other("/account?done=password"))
}

/// Stores a new password, tells the account holder by email, ends every
/// other session and signs this one in again.
pub async fn change_password(
    state: &PortalState,
    session: &Session,
    account: &Account,
    password: String,
) -> PageResult<()> {
    let hash = state.passwords.hash(password).await.map_err(PageError::failed)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db).await?;
    let generation = resident::set_password_hash(&txn, account, &hash).await?;
    resident::confirm_email(&txn, account, now).await?;
    let args = mail_args(&account.full_name, &state.public_url);
    mail::enqueue(
        &txn,
        &account.email,
        account.language(),
        MailKind::PasswordChanged,
        &args,
        now,
    )
    .await?;
    txn.commit().await?;
    resident_session::sign_in(session, account.id, generation).await
}

/// The email that confirms an account was deleted.
pub fn deleted_mail_args(state: &PortalState, account: &Account) -> Vec<(&'static str, String)> {
    mail_args(&account.full_name, &state.public_url)
}

/// `POST /sign-out`: ends this session.
pub async fn sign_out(session: Session) -> PageResult<Response> {
    resident_session::sign_out(&session).await?;
    Ok(see_other("/signed-out"))
}

/// `POST /sign-out-everywhere`: ends every session of the account, this one too.
pub async fn sign_out_everywhere(State(state): State<PortalState>, session: Session) -> PageResult<Response> {
    let Some(account) = current(&state, &session).await? else {
        return Ok(see_other("/signed-out"));
    };
    resident::sign_out_everywhere(&state.db, &account).await?;
    resident_session::sign_out(&session).await?;
    Ok(see_other("/signed-out?everywhere=1"))
}
