//! The requests of `/account` and its pages.

use super::pages::{AccountDetailsPage, AccountPage, AccountPasswordPage, AccountView, DeleteAccountPage};
use crate::accounts::people_store;
use crate::accounts::resident::{self, Account};
use crate::accounts::resident_session::{self, Resident};
use crate::mail::{self, MailKind};
use crate::sign_in::handlers::{change_password, deleted_mail_args};
use crate::web::{see_other, FormValues, Page, PageResult, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use sea_orm::TransactionTrait;
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

fn password_page() -> Page {
    Page::new(AccountPasswordPage).with_islands()
}

/// `GET /account/password`.
pub async fn show_password(_: Resident) -> Page {
    password_page()
}

/// `POST /account/password`: set or change the password while signed in.
pub async fn save_password(
    State(state): State<PortalState>,
    session: Session,
    Resident(account): Resident,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = crate::forms::FormState::default();
    let Some(password) = form.new_password("password", sent.get("password").unwrap_or_default()) else {
        return Ok(password_page().rejected(form).into_response());
    };
    change_password(&state, &session, &account, password).await?;
    Ok(see_other("/account?done=password"))
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
    let txn = state.db.begin().await?;
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
