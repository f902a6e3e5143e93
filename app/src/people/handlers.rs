//! Adding and removing people a resident helps.

use super::store;
use crate::accounts::session;
use crate::domain::applications::Relationship;
use crate::forms::FormState;
use crate::web::{failed, local_path, rejected, render_page, see_other, Early, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::Utc;
use sea_orm::{DbErr, TransactionTrait};
use tower_sessions::Session;

/// `GET /account/people/new`.
pub async fn show(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    if let Err(redirect) = session::require(&state, &session, "/account/people/new").await {
        return redirect;
    }
    render_page(&state, request, || ()).await
}

/// `POST /account/people/new`: name, relationship, certificate number and the declaration.
pub async fn add(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let account = match session::require(&state, &session, "/account/people/new").await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let name = form.name("full_name", "people-name-error");
    let relationship = sent.get("relationship").and_then(Relationship::parse);
    if relationship.is_none() {
        form.add("relationship", "people-relationship-error");
    }
    let certificate = form.certificate("certificate_number");
    if sent.get("declaration") != Some("yes") {
        form.add("declaration", "people-declaration-error");
    }
    let (Some(name), Some(relationship), Some(certificate), false) =
        (name, relationship, certificate, form.has_errors())
    else {
        return rejected(&state, parts, form, || ()).await;
    };
    match store::add(&state.db, account.id, &name, relationship, &certificate).await {
        Ok(id) => {
            let next = local_path(sent.get("next"));
            if next.starts_with("/apply/") {
                see_other(&format!("{next}?for={id}"))
            } else {
                see_other("/account?done=person")
            }
        }
        Err(error) => failed(error),
    }
}

/// `POST /account/people/{id}/remove`: only one of the account's own people.
/// Their fair registrations and training places go with them, so a place
/// held for them passes to the next person waiting.
pub async fn remove(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
) -> Early<Response> {
    let account = session::require(&state, &session, "/account").await?;
    let Ok(id) = id.parse::<i32>() else {
        return Ok(see_other("/account"));
    };
    let removed = async {
        let txn = state.db.begin().await?;
        // The delete first: it is a write, so SQLite queues this transaction whole.
        if !store::remove(&txn, account.id, id).await? {
            return Ok(false);
        }
        crate::job_fairs::store::cancel_all_for_person(&txn, account.id, id).await?;
        crate::training::store::cancel_all_for_person(
            &txn,
            crate::training::store::Offers::of(&state),
            account.id,
            id,
            Utc::now(),
        )
        .await?;
        txn.commit().await?;
        Ok::<_, DbErr>(true)
    };
    let location = if removed.await.map_err(failed)? {
        "/account?done=person-removed"
    } else {
        "/account"
    };
    Ok(see_other(location))
}
