//! The requests of `/account` and its pages.

use super::pages::{
    AccountDetailsPage, AccountPage, AccountPasswordPage, AccountView, DeleteAccountPage, PasswordChange,
};
use crate::accounts::people_store;
use crate::accounts::resident::{self, Account};
use crate::accounts::resident_session::{self, Resident};
use crate::domain::local_time::utc_to_chongqing;
use crate::i18n::dates;
use crate::mail::{self, MailKind};
use crate::sign_in::handlers::{change_password, deleted_mail_args};
use crate::web::limits::{take_attempt_now, Limit};
use crate::web::transaction::begin_write;
use crate::web::{see_other, FormValues, Page, PageResult, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

/// The account, its people and applications, for the account pages.
async fn account_view(state: &PortalState, account: &Account) -> PageResult<AccountView> {
    Ok(AccountView {
        full_name: account.full_name.clone(),
        email: account.email.clone(),
        email_language: account.language(),
        has_password: account.password_hash.is_some(),
        people: people_store::list(&state.db, account.id).await?,
        applications: crate::applications::store::list_for_account(&state.db, account.id).await?,
    })
}

/// `GET /account`.
pub async fn show(State(state): State<PortalState>, Resident(account): Resident) -> PageResult<Page> {
    Ok(Page::new(AccountPage).with(account_view(&state, &account).await?))
}

/// `GET /account/details`.
pub async fn show_details(State(state): State<PortalState>, Resident(account): Resident) -> PageResult<Page> {
    Ok(Page::new(AccountDetailsPage).with(account_view(&state, &account).await?))
}

/// `POST /account/details`: name and the language of emails.
pub async fn save_details(
    State(state): State<PortalState>,
    Resident(account): Resident,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let name = form.name("full_name", "register-name-error");
    let lang = form.email_language("email_language");
    let (Some(name), Some(lang)) = (name, lang) else {
        let view = account_view(&state, &account).await?;
        return Ok(Page::new(AccountDetailsPage)
            .with(view)
            .rejected(form)
            .into_response());
    };
    resident::update_details(&state.db, &account, &name, lang).await?;
    Ok(see_other("/account?done=details"))
}

/// What the password page asks of this session.
async fn password_change(
    state: &PortalState,
    session: &Session,
    account: &Account,
) -> PageResult<PasswordChange> {
    let fresh = resident_session::by_fresh_link(session, account.id, state.clock.now()).await?;
    Ok(match (fresh, account.password_hash.is_some()) {
        (true, _) => PasswordChange::New,
        (false, true) => PasswordChange::WithCurrent,
        (false, false) => PasswordChange::ByLink {
            email: account.email.clone(),
        },
    })
}

fn password_page(change: PasswordChange) -> Page {
    Page::new(AccountPasswordPage).with(change).with_islands()
}

/// `GET /account/password`.
pub async fn show_password(
    State(state): State<PortalState>,
    session: Session,
    Resident(account): Resident,
) -> PageResult<Page> {
    Ok(password_page(password_change(&state, &session, &account).await?))
}

/// `POST /account/password`: a new password, given the current one or
/// soon after signing in with an emailed link. An account with neither is
/// sent back to its page, which offers such a link.
pub async fn save_password(
    State(state): State<PortalState>,
    session: Session,
    Resident(account): Resident,
    sent: FormValues,
) -> PageResult<Response> {
    let change = password_change(&state, &session, &account).await?;
    let mut form = crate::forms::FormState::default();
    match (&change, account.password_hash.clone()) {
        (PasswordChange::New, _) => {}
        (PasswordChange::WithCurrent, Some(hash)) => {
            check_current(&state, &mut form, &account, hash, &sent).await?
        }
        _ => return Ok(see_other("/account/password")),
    }
    let password = form.new_password("password", sent.get("password").unwrap_or_default());
    let (Some(password), false) = (password, form.has_errors()) else {
        return Ok(password_page(change).rejected(form).into_response());
    };
    change_password(&state, &session, &account, password).await?;
    Ok(see_other("/account?done=password"))
}

/// Wrong current passwords allowed per account in 15 minutes: someone who
/// found a session open may not guess at the password behind it.
const CURRENT_PASSWORD_ATTEMPTS: usize = 5;

/// Records what is wrong with the current password typed, if anything.
async fn check_current(
    state: &PortalState,
    form: &mut crate::forms::FormState,
    account: &Account,
    hash: String,
    sent: &FormValues,
) -> PageResult<()> {
    let typed = sent.get("current_password").unwrap_or_default().to_string();
    if typed.is_empty() {
        form.add("current_password", "account-current-password-empty");
        return Ok(());
    }
    let limit = Limit {
        key: format!("current-password:account:{}", account.id),
        max: CURRENT_PASSWORD_ATTEMPTS,
        window: chrono::Duration::minutes(15),
    };
    let attempt = match take_attempt_now(&state.db, &[limit], state.clock.now()).await? {
        Ok(attempt) => attempt,
        Err(until) => {
            let time = dates::time(utc_to_chongqing(until));
            form.add_with(
                "current_password",
                "account-current-password-locked",
                vec![("time", time)],
            );
            return Ok(());
        }
    };
    if state.passwords.matches(Some(hash), typed).await {
        attempt.succeeded(&state.db).await?;
    } else {
        form.add("current_password", "account-current-password-wrong");
    }
    Ok(())
}

/// `GET /account/delete`.
pub async fn show_delete(State(state): State<PortalState>, Resident(account): Resident) -> PageResult<Page> {
    Ok(Page::new(DeleteAccountPage).with(account_view(&state, &account).await?))
}

/// `POST /account/delete`: withdraws open applications, deletes drafts (and,
/// once that is committed, their files) and the people helped, gives up fair
/// and training places, removes the person's details, and signs out.
pub async fn delete(
    State(state): State<PortalState>,
    session: Session,
    Resident(account): Resident,
) -> PageResult<Response> {
    let now = state.clock.now();
    let txn = begin_write(&state.db).await?;
    // Writes first, so SQLite queues this transaction whole; the email is
    // queued before the address goes.
    resident::sign_out_everywhere(&txn, &account).await?;
    let draft_files = crate::applications::store::close_for_deleted_account(&txn, account.id, now).await?;
    people_store::delete_all(&txn, account.id).await?;
    crate::bookings::give_up_all_of_account(&txn, &state, account.id, now).await?;
    mail::enqueue(
        &txn,
        &account.email,
        account.language(),
        MailKind::AccountDeleted,
        &deleted_mail_args(&state, &account),
        now,
    )
    .await?;
    resident::delete(&txn, &account, now).await?;
    txn.commit().await?;
    crate::applications::documents::remove(&state.uploads, &draft_files).await;
    resident_session::sign_out(&session).await?;
    Ok(see_other("/signed-out?deleted=1"))
}
