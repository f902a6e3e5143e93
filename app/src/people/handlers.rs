//! Adding and removing people a resident helps.

use super::pages::AddPersonPage;
use crate::accounts::people_store;
use crate::accounts::resident_session::Resident;
use crate::domain::applications::Relationship;
use crate::web::{local_path, see_other, FormValues, Page, PageResult, PathId, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use sea_orm::TransactionTrait;

/// `GET /account/people/new`.
pub async fn show(_: Resident) -> Page {
    Page::new(AddPersonPage)
}

/// `POST /account/people/new`: name, relationship, certificate number and the declaration.
pub async fn add(
    State(state): State<PortalState>,
    Resident(account): Resident,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let name = form.name("full_name", "people-name-error");
    let relationship = form.choice("relationship", Relationship::parse, "people-relationship-error");
    let certificate = form.certificate("certificate_number");
    if !form.ticked("declaration", "yes") {
        form.add("declaration", "people-declaration-error");
    }
    let (Some(name), Some(relationship), Some(certificate), false) =
        (name, relationship, certificate, form.has_errors())
    else {
        return Ok(Page::new(AddPersonPage).rejected(form).into_response());
    };
    let id = people_store::add(
        &state.db,
        account.id,
        &name,
        relationship,
        &certificate,
        state.clock.now(),
    )
    .await?;
    let next = local_path(sent.get("next"));
    Ok(if next.starts_with("/apply/") {
        see_other(&format!("{next}?for={id}"))
    } else {
        see_other("/account?done=person")
    })
}

/// `POST /account/people/{id}/remove`: only one of the account's own people.
/// Their fair registrations and training places go with them, so a place
/// held for them passes to the next person waiting.
pub async fn remove(
    State(state): State<PortalState>,
    Resident(account): Resident,
    PathId(id): PathId,
) -> PageResult<Response> {
    let txn = state.db.begin().await?;
    // The delete first: it is a write, so SQLite queues this transaction whole.
    if !people_store::remove(&txn, account.id, id).await? {
        return Ok(see_other("/account"));
    }
    crate::bookings::give_up_all_for_person(&txn, &state, account.id, id, state.clock.now()).await?;
    txn.commit().await?;
    Ok(see_other("/account?done=person-removed"))
}
