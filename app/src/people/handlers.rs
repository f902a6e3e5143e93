//! Adding and removing people a resident helps.

use super::store;
use crate::accounts::session;
use crate::domain::applications::Relationship;
use crate::forms::FormState;
use crate::web::{failed, local_path, rejected, render_page, see_other, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
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
pub async fn remove(State(state): State<PortalState>, session: Session, Path(id): Path<String>) -> Response {
    let account = match session::require(&state, &session, "/account").await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    let Ok(id) = id.parse::<i32>() else {
        return see_other("/account");
    };
    match store::remove(&state.db, account.id, id).await {
        Ok(true) => see_other("/account?done=person-removed"),
        Ok(false) => see_other("/account"),
        Err(error) => failed(error),
    }
}
