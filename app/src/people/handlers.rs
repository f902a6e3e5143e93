//! Adding and removing people a resident helps.

use super::pages::AddPersonPage;
use crate::accounts::people::MAX_PEOPLE;
use crate::accounts::people_store::{self, AddError};
use crate::accounts::resident_session::Resident;
use crate::components::{confirmed, Confirmation, ConfirmationPage};
use crate::domain::applications::Relationship;
use crate::i18n::{tr, tr_with, Lang};
use crate::web::transaction::begin_write;
use crate::web::{local_path, see_other, FormValues, Page, PageResult, PathId, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

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
    let added = people_store::add(
        &state.db,
        account.id,
        &name,
        relationship,
        &certificate,
        state.clock.now(),
    )
    .await;
    let id = match added {
        Ok(id) => id,
        Err(AddError::TooMany) => {
            form.add_with(
                "full_name",
                "people-too-many",
                vec![("max", MAX_PEOPLE.to_string())],
            );
            return Ok(Page::new(AddPersonPage).rejected(form).into_response());
        }
        Err(AddError::AlreadyAdded) => {
            form.add("certificate_number", "people-already-added");
            return Ok(Page::new(AddPersonPage).rejected(form).into_response());
        }
        Err(AddError::Database(error)) => return Err(error.into()),
    };
    let next = local_path(sent.get("next"));
    Ok(if next.starts_with("/apply/") {
        see_other(&format!("{next}?for={id}"))
    } else {
        see_other("/account?done=person")
    })
}

/// What removing a person will do, to confirm first: how many of their
/// registrations and bookings go. Someone not the account's goes straight on.
async fn confirm_remove(
    state: &PortalState,
    account_id: i32,
    lang: Lang,
    id: i32,
) -> PageResult<Option<Page>> {
    let Some(person) = people_store::find(&state.db, account_id, id).await? else {
        return Ok(None);
    };
    let fairs = crate::job_fairs::store::all_registrations_of(&state.db, account_id)
        .await?
        .into_iter()
        .filter(|(registration, _)| registration.person_id == Some(id))
        .count();
    let places = crate::training::store::bookings_of_account(&state.db, account_id)
        .await?
        .into_iter()
        .filter(|booking| booking.person_id == Some(id))
        .count();
    let name = person.full_name.clone();
    let mut consequences = vec![tr_with(
        lang,
        "people-confirm-remove-list",
        &[("name", name.clone())],
    )];
    if fairs + places > 0 {
        consequences.push(tr_with(
            lang,
            "people-confirm-remove-bookings",
            &[("fairs", fairs.to_string()), ("places", places.to_string())],
        ));
    }
    consequences.push(tr(lang, "people-confirm-remove-applications"));
    let confirmation = Confirmation {
        caption: name.clone(),
        title: tr_with(lang, "people-confirm-remove-title", &[("name", name)]),
        consequences,
        action: format!("/account/people/{id}/remove"),
        button: tr(lang, "people-confirm-remove-button"),
        warning: true,
        back: "/account".to_string(),
        back_text: tr(lang, "people-confirm-keep"),
        ..Confirmation::default()
    };
    Ok(Some(Page::new(ConfirmationPage).with(confirmation)))
}

/// `POST /account/people/{id}/remove`: only one of the account's own people, once confirmed.
/// Their fair registrations and training places go with them, so a place
/// held for them passes to the next person waiting.
pub async fn remove(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    if !confirmed(sent.get("confirmed")) {
        if let Some(page) = confirm_remove(&state, account.id, lang, id).await? {
            return Ok(page.into_response());
        }
    }
    let txn = begin_write(&state.db).await?;
    // The delete first: it is a write, so SQLite queues this transaction whole.
    if !people_store::remove(&txn, account.id, id).await? {
        return Ok(see_other("/account"));
    }
    crate::bookings::give_up_all_for_person(&txn, &state, account.id, id, state.clock.now()).await?;
    txn.commit().await?;
    Ok(see_other("/account?done=person-removed"))
}
