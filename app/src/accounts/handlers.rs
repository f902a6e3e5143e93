//! The account journey's requests. No answer says whether an email address
//! has an account: registering, asking for a link and asking for a reset
//! all lead to the same "check your email" page.

use super::session::{self, SessionError};
use super::store::{self, Account, AccountError, Limit, Purpose};
use super::{AccountView, LinkState};
use crate::domain::applications::{check_password, normalise_email, EmailProblem, PasswordProblem};
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::mail::{self, MailKind};
use crate::web::{
    client_of as client_address, failed, local_path, rejected, render_page, see_other, FormValues,
    PortalState,
};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::{DateTime, Duration, FixedOffset, Utc};
use http::StatusCode;
use leptos::prelude::provide_context;
use sea_orm::{DbErr, TransactionTrait};
use tower_sessions::Session;

/// Failed password attempts allowed per email address, and per client address, in the window.
const ACCOUNT_ATTEMPTS: usize = 5;
const ADDRESS_ATTEMPTS: usize = 20;
/// Emails (links, resets) sent per address typed, and per client address, in the window.
const EMAILS_PER_ACCOUNT: usize = 5;
const EMAILS_PER_ADDRESS: usize = 20;
const WINDOW_MINUTES: i64 = 15;

#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error(transparent)]
    Session(#[from] SessionError),
}

/// A time of day in Chongqing (UTC+8), for "try again after 14:05".
fn local_time(at: DateTime<Utc>) -> String {
    match FixedOffset::east_opt(8 * 3600) {
        Some(china) => at.with_timezone(&china).format("%H:%M").to_string(),
        None => at.format("%H:%M UTC").to_string(),
    }
}

fn email_error(form: &mut FormState, field: &str, problem: EmailProblem) {
    let id = match problem {
        EmailProblem::Empty => "email-error-empty",
        EmailProblem::Invalid => "email-error-invalid",
    };
    form.add(field, id);
}

fn limits(email: &str, address: &str, purpose: &str, account_max: usize, address_max: usize) -> [Limit; 2] {
    let window = Duration::minutes(WINDOW_MINUTES);
    [
        Limit {
            key: format!("{purpose}:email:{email}"),
            max: account_max,
            window,
        },
        Limit {
            key: format!("{purpose}:address:{address}"),
            max: address_max,
            window,
        },
    ]
}

/// The latest time any of the limits lifts, if one is reached.
async fn locked(state: &PortalState, limits: &[Limit]) -> Result<Option<DateTime<Utc>>, DbErr> {
    let now = Utc::now();
    let mut until = None;
    for limit in limits {
        if let Some(at) = store::locked_until(&state.db, limit, now).await? {
            until = until.max(Some(at));
        }
    }
    Ok(until)
}

async fn record<C: sea_orm::ConnectionTrait>(db: &C, limits: &[Limit]) -> Result<(), DbErr> {
    for limit in limits {
        store::record_attempt(db, &limit.key, Utc::now()).await?;
    }
    Ok(())
}

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

/// `POST /register`: a name and an email address. A new address gets an
/// account and a link to confirm it; a known one gets a sign-in link instead.
pub async fn register(State(state): State<PortalState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let name = form.name("full_name", "register-name-error");
    let email = normalise_email(sent.get("email").unwrap_or_default());
    if let Err(problem) = email {
        email_error(&mut form, "email", problem);
    }
    let lang = form.email_language("email_language");
    let (Some(name), Ok(email), Some(lang)) = (name, email, lang) else {
        return rejected(&state, parts, form, || ()).await;
    };
    let next = sent.get("next").unwrap_or_default().to_string();
    let address = client_address(&state, &parts);
    let limits = limits(&email, &address, "email", EMAILS_PER_ACCOUNT, EMAILS_PER_ADDRESS);
    match send_link_for_registration(&state, &email, &name, lang, &next, &limits).await {
        Ok(None) => see_other("/check-email?for=register"),
        Ok(Some(until)) => {
            form.add_with("email", "email-limited", vec![("time", local_time(until))]);
            rejected(&state, parts, form, || ()).await
        }
        Err(error) => failed(error),
    }
}

async fn send_link_for_registration(
    state: &PortalState,
    email: &str,
    name: &str,
    lang: Lang,
    next: &str,
    limits: &[Limit],
) -> Result<Option<DateTime<Utc>>, HandlerError> {
    // Over the limit nothing is sent; the page says when to try again. The
    // limit counts requests for the address typed, so it says nothing about
    // whether the address has an account.
    if let Some(until) = locked(state, limits).await? {
        return Ok(Some(until));
    }
    // The transaction starts with a write, so on SQLite a simultaneous one
    // waits its turn instead of failing to upgrade a read lock.
    let txn = state.db.begin().await?;
    record(&txn, limits).await?;
    match store::find_by_email(&txn, email).await? {
        Some(existing) => {
            let token = store::issue_token(&txn, existing.id, Purpose::SignIn).await?;
            let url = link(state, &format!("/sign-in/link/{token}"), next);
            mail::enqueue(
                &txn,
                email,
                existing.language(),
                MailKind::AlreadyRegistered,
                &mail_args(&existing.full_name, &url),
            )
            .await?;
        }
        None => {
            let account = store::create(&txn, email, name, lang).await?;
            let token = store::issue_token(&txn, account.id, Purpose::SignIn).await?;
            let url = link(state, &format!("/sign-in/link/{token}"), next);
            mail::enqueue(&txn, email, lang, MailKind::SignInLink, &mail_args(name, &url)).await?;
        }
    }
    txn.commit().await?;
    Ok(None)
}

fn mail_args(name: &str, url: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", name.to_string()),
        ("link", url.to_string()),
        ("minutes", store::LINK_MINUTES.to_string()),
    ]
}

/// The link form lives on the sign-in page: its errors are shown there.
fn on_sign_in_page(mut parts: http::request::Parts) -> http::request::Parts {
    parts.uri = http::Uri::from_static("/sign-in");
    parts
}

/// `POST /sign-in/link`: emails a sign-in link if the address has an account.
pub async fn request_link(State(state): State<PortalState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let email = match normalise_email(sent.get("link_email").unwrap_or_default()) {
        Ok(email) => email,
        Err(problem) => {
            email_error(&mut form, "link_email", problem);
            return rejected(&state, on_sign_in_page(parts), form, || ()).await;
        }
    };
    let next = sent.get("next").unwrap_or_default().to_string();
    let limits = limits(
        &email,
        &client_address(&state, &parts),
        "email",
        EMAILS_PER_ACCOUNT,
        EMAILS_PER_ADDRESS,
    );
    match email_link(&state, &email, Purpose::SignIn, &next, &limits).await {
        Ok(None) => see_other("/check-email?for=sign-in"),
        Ok(Some(until)) => {
            form.add_with("link_email", "email-limited", vec![("time", local_time(until))]);
            rejected(&state, on_sign_in_page(parts), form, || ()).await
        }
        Err(error) => failed(error),
    }
}

async fn email_link(
    state: &PortalState,
    email: &str,
    purpose: Purpose,
    next: &str,
    limits: &[Limit],
) -> Result<Option<DateTime<Utc>>, HandlerError> {
    if let Some(until) = locked(state, limits).await? {
        return Ok(Some(until));
    }
    // The transaction starts with a write, so on SQLite a simultaneous one
    // waits its turn instead of failing to upgrade a read lock.
    let txn = state.db.begin().await?;
    record(&txn, limits).await?;
    if let Some(account) = store::find_by_email(&txn, email).await? {
        let token = store::issue_token(&txn, account.id, purpose).await?;
        let (path, kind) = match purpose {
            Purpose::SignIn => (format!("/sign-in/link/{token}"), MailKind::SignInLink),
            Purpose::Reset => (format!("/password-reset/{token}"), MailKind::PasswordReset),
        };
        let url = link(state, &path, next);
        mail::enqueue(
            &txn,
            email,
            account.language(),
            kind,
            &mail_args(&account.full_name, &url),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(None)
}

/// `POST /password-reset`: emails a link to choose a new password.
pub async fn request_reset(State(state): State<PortalState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let email = match normalise_email(sent.get("email").unwrap_or_default()) {
        Ok(email) => email,
        Err(problem) => {
            email_error(&mut form, "email", problem);
            return rejected(&state, parts, form, || ()).await;
        }
    };
    let limits = limits(
        &email,
        &client_address(&state, &parts),
        "email",
        EMAILS_PER_ACCOUNT,
        EMAILS_PER_ADDRESS,
    );
    match email_link(&state, &email, Purpose::Reset, "", &limits).await {
        Ok(None) => see_other("/check-email?for=reset"),
        Ok(Some(until)) => {
            form.add_with("email", "email-limited", vec![("time", local_time(until))]);
            rejected(&state, parts, form, || ()).await
        }
        Err(error) => failed(error),
    }
}

/// `POST /sign-in`: email and password, with limits on failed attempts.
pub async fn sign_in(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(
        sent.pairs()
            .iter()
            .filter(|(k, _)| k != "password")
            .cloned()
            .collect(),
    );
    let email = normalise_email(sent.get("email").unwrap_or_default());
    let password = sent.get("password").unwrap_or_default().to_string();
    if let Err(problem) = email {
        email_error(&mut form, "email", problem);
    }
    if password.is_empty() {
        form.add("password", "sign-in-password-error");
    }
    let Ok(email) = email else {
        return rejected(&state, parts, form, || ()).await;
    };
    if form.has_errors() {
        return rejected(&state, parts, form, || ()).await;
    }
    let limits = limits(
        &email,
        &client_address(&state, &parts),
        "password",
        ACCOUNT_ATTEMPTS,
        ADDRESS_ATTEMPTS,
    );
    let next = local_path(sent.get("next")).to_string();
    match try_password(&state, &session, &email, &password, &limits).await {
        Ok(PasswordOutcome::SignedIn) => see_other(if next == "/" {
            "/account?done=signed-in"
        } else {
            &next
        }),
        Ok(PasswordOutcome::Locked(until)) => {
            form.add_with("email", "sign-in-locked", vec![("time", local_time(until))]);
            rejected(&state, parts, form, || ()).await
        }
        Ok(PasswordOutcome::Wrong) => {
            form.add("email", "sign-in-wrong");
            rejected(&state, parts, form, || ()).await
        }
        Err(error) => failed(error),
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
    password: &str,
    limits: &[Limit],
) -> Result<PasswordOutcome, HandlerError> {
    if let Some(until) = locked(state, limits).await? {
        return Ok(PasswordOutcome::Locked(until));
    }
    let account = store::find_by_email(&state.db, email).await?;
    // An unconfirmed address cannot use a password: whoever typed it has not shown it is theirs.
    let usable = account.as_ref().filter(|a| a.email_confirmed_at.is_some());
    let hash = usable.and_then(|a| a.password_hash.clone());
    let password = password.to_string();
    let matches = tokio::task::spawn_blocking(move || store::password_matches(hash.as_deref(), &password))
        .await
        .unwrap_or(false);
    match (usable, matches) {
        (Some(account), true) => {
            store::clear_attempts(&state.db, &limits[0].key).await?;
            session::sign_in(session, account.id, account.session_generation).await?;
            Ok(PasswordOutcome::SignedIn)
        }
        _ => {
            record(&state.db, limits).await?;
            match locked(state, limits).await? {
                Some(until) => Ok(PasswordOutcome::Locked(until)),
                None => Ok(PasswordOutcome::Wrong),
            }
        }
    }
}

/// `GET /sign-in/link/{token}` and `/password-reset/{token}`: the page says
/// whether the link still works. Opening it does not use it up (mail
/// scanners open links); pressing the button does.
pub async fn show_link(
    State(state): State<PortalState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let purpose = if request.uri().path().starts_with("/password-reset/") {
        Purpose::Reset
    } else {
        Purpose::SignIn
    };
    let valid = match store::token_is_valid(&state.db, &token, purpose).await {
        Ok(valid) => valid,
        Err(error) => return failed(error),
    };
    let mut response = render_page(&state, request, move || provide_context(LinkState { valid })).await;
    if !valid {
        *response.status_mut() = StatusCode::GONE;
    }
    response
}

/// `POST /sign-in/link/{token}`: uses the link, confirms the address and signs in.
pub async fn use_link(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let next = FormValues::parse(request.uri().query().unwrap_or_default().as_bytes())
        .get("next")
        .map(String::from);
    let result: Result<Option<Account>, HandlerError> = async {
        let Some(account) = store::consume_token(&state.db, &token, Purpose::SignIn).await? else {
            return Ok(None);
        };
        store::confirm_email(&state.db, &account).await?;
        session::sign_in(&session, account.id, account.session_generation).await?;
        Ok(Some(account))
    }
    .await;
    match result {
        Ok(Some(_)) => {
            let next = local_path(next.as_deref());
            see_other(if next == "/" {
                "/account?done=signed-in"
            } else {
                next
            })
        }
        Ok(None) => show_link(State(state), Path(token), request).await,
        Err(error) => failed(error),
    }
}

/// `POST /password-reset/{token}`: a new password; signs in and ends every other session.
pub async fn reset_password(
    State(state): State<PortalState>,
    session: Session,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let password = sent.get("password").unwrap_or_default().to_string();
    if let Err(problem) = check_password(&password) {
        let mut form = FormState::default();
        form.add("password", password_error(problem));
        let valid = store::token_is_valid(&state.db, &token, Purpose::Reset)
            .await
            .unwrap_or(false);
        return rejected(&state, parts, form, move || provide_context(LinkState { valid })).await;
    }
    let result: Result<bool, HandlerError> = async {
        let Some(account) = store::consume_token(&state.db, &token, Purpose::Reset).await? else {
            return Ok(false);
        };
        change_password(&state, &session, &account, &password).await?;
        Ok(true)
    }
    .await;
    match result {
        Ok(true) => see_other("/account?done=password"),
        Ok(false) => {
            show_link(
                State(state),
                Path(token),
                Request::from_parts(parts, Body::empty()),
            )
            .await
        }
        Err(error) => failed(error),
    }
}

fn password_error(problem: PasswordProblem) -> &'static str {
    match problem {
        PasswordProblem::TooShort => "password-error-short",
        PasswordProblem::TooLong => "password-error-long",
    }
}

async fn change_password(
    state: &PortalState,
    session: &Session,
    account: &Account,
    password: &str,
) -> Result<(), HandlerError> {
    let password = password.to_string();
    let hash = tokio::task::spawn_blocking(move || store::hash_password(&password))
        .await
        .map_err(|e| AccountError::Hashing(e.to_string()))??;
    let txn = state.db.begin().await?;
    let generation = store::set_password_hash(&txn, account, &hash).await?;
    store::confirm_email(&txn, account).await?;
    mail::enqueue(
        &txn,
        &account.email,
        account.language(),
        MailKind::PasswordChanged,
        &mail_args(&account.full_name, &state.public_url),
    )
    .await?;
    txn.commit().await?;
    session::sign_in(session, account.id, generation).await?;
    Ok(())
}

/// `GET /account/password` and `POST`: set or change the password while signed in.
pub async fn account_password(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Response {
    let account = match session::require(&state, &session, "/account/password").await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    if request.method() != http::Method::POST {
        return render_page(&state, request, || ()).await;
    }
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let password = sent.get("password").unwrap_or_default().to_string();
    if let Err(problem) = check_password(&password) {
        let mut form = FormState::default();
        form.add("password", password_error(problem));
        return rejected(&state, parts, form, || ()).await;
    }
    match change_password(&state, &session, &account, &password).await {
        Ok(()) => see_other("/account?done=password"),
        Err(error) => failed(error),
    }
}

/// The account, its people and applications, for the account pages.
pub async fn account_view(state: &PortalState, account: &Account) -> Result<AccountView, DbErr> {
    Ok(AccountView {
        full_name: account.full_name.clone(),
        email: account.email.clone(),
        email_language: account.language(),
        has_password: account.password_hash.is_some(),
        people: crate::people::store::list(&state.db, account.id).await?,
        applications: crate::applications::store::list_for_account(&state.db, account.id).await?,
    })
}

/// `GET /account`, `/account/details`, `/account/delete`: pages about the signed-in account.
pub async fn show_account(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let path = request.uri().path().to_string();
    let account = match session::require(&state, &session, &path).await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    match account_view(&state, &account).await {
        Ok(view) => render_page(&state, request, move || provide_context(view.clone())).await,
        Err(error) => failed(error),
    }
}

/// `POST /account/details`: name and the language of emails.
pub async fn save_details(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let account = match session::require(&state, &session, "/account/details").await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let name = form.name("full_name", "register-name-error");
    let lang = form.email_language("email_language");
    let (Some(name), Some(lang)) = (name, lang) else {
        return rejected(&state, parts, form, || ()).await;
    };
    match store::update_details(&state.db, &account, &name, lang).await {
        Ok(()) => see_other("/account?done=details"),
        Err(error) => failed(error),
    }
}

/// `POST /sign-out`: ends this session.
pub async fn sign_out(session: Session) -> Response {
    session::sign_out(&session).await;
    see_other("/signed-out")
}

/// `POST /sign-out-everywhere`: ends every session of the account, this one too.
pub async fn sign_out_everywhere(State(state): State<PortalState>, session: Session) -> Response {
    let Some(account) = session::current(&state, &session).await else {
        return see_other("/signed-out");
    };
    if let Err(error) = store::sign_out_everywhere(&state.db, &account).await {
        return failed(error);
    }
    session::sign_out(&session).await;
    see_other("/signed-out?everywhere=1")
}

/// `POST /account/delete`: withdraws open applications, deletes drafts and
/// the people helped, removes the person's details, and signs out.
pub async fn delete_account(State(state): State<PortalState>, session: Session) -> Response {
    let account = match session::require(&state, &session, "/account/delete").await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    let result: Result<(), HandlerError> = async {
        let txn = state.db.begin().await?;
        // Writes first (see `send_link_for_registration`); the email is queued before the address goes.
        store::sign_out_everywhere(&txn, &account).await?;
        crate::applications::store::close_for_deleted_account(&txn, account.id).await?;
        crate::people::store::delete_all(&txn, account.id).await?;
        crate::job_fairs::store::cancel_all_of_account(&txn, account.id).await?;
        crate::training::store::cancel_all_of_account(
            &txn,
            crate::training::store::Offers::of(&state),
            account.id,
            chrono::Utc::now(),
        )
        .await?;
        mail::enqueue(
            &txn,
            &account.email,
            account.language(),
            MailKind::AccountDeleted,
            &mail_args(&account.full_name, &state.public_url),
        )
        .await?;
        store::delete(&txn, &account).await?;
        txn.commit().await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => {
            session::sign_out(&session).await;
            see_other("/signed-out?deleted=1")
        }
        Err(error) => failed(error),
    }
}
