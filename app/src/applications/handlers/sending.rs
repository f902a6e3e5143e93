//! Sending an application and what follows: the confirmation, answering a
//! request for more information, withdrawing; and deleting a draft.

use super::{own, own_draft, page_of, Communities};
use crate::accounts::resident_session::Resident;
use crate::applications::documents::{self, UploadProblem};
use crate::applications::pages::{
    ApplicationPage, CheckApplicationPage, ConfirmationPage, DeleteDraftPage, WithdrawPage,
};
use crate::applications::store::{self, StoreError};
use crate::domain::applications::{ApplicationStatus, Section};
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::web::{see_other, Page, PageError, PageResult, PathId, PortalState};
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Response};

/// `GET /applications/{id}/delete`.
pub async fn show_delete(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own_draft(&state, &account, id, false).await?;
    page_of(
        &state,
        &account,
        &app,
        lang,
        DeleteDraftPage,
        Communities::NotShown,
    )
    .await
}

/// `GET /applications/{id}/confirmation`: only once it was sent.
pub async fn show_confirmation(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own(&state, &account, id).await?;
    if app.reference.is_none() {
        return Err(PageError::NotFound);
    }
    page_of(
        &state,
        &account,
        &app,
        lang,
        ConfirmationPage,
        Communities::NotShown,
    )
    .await
}

/// `GET /applications/{id}/withdraw`: only while it waits for a decision.
pub async fn show_withdraw(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own(&state, &account, id).await?;
    if !app.status().is_in_progress() {
        return Err(PageError::NotFound);
    }
    page_of(&state, &account, &app, lang, WithdrawPage, Communities::NotShown).await
}

/// `POST /applications/{id}/submit`: every section must be done. Submitting
/// twice gives the same reference and one application.
pub async fn submit(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Response> {
    let app = own(&state, &account, id).await?;
    let confirmation = format!("/applications/{}/confirmation", app.id);
    if app.status() != ApplicationStatus::Draft {
        return Ok(see_other(&confirmation));
    }
    let missing: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| !app.done().contains(s))
        .collect();
    if let Some(first) = missing.first() {
        let mut form = FormState::default();
        form.add_with(
            first.key(),
            "application-incomplete",
            vec![("count", missing.len().to_string())],
        );
        // Shown on the check page, whose submit button this was.
        let page = page_of(
            &state,
            &account,
            &app,
            lang,
            CheckApplicationPage,
            Communities::Shown,
        )
        .await?;
        return Ok(page.rejected(form).into_response());
    }
    match store::submit(&state.db, &state.public_url, &app, state.clock.now()).await {
        Ok(_) => Ok(see_other(&confirmation)),
        Err(StoreError::Refused(_)) => Ok(see_other(&format!("/applications/{}", app.id))),
        Err(StoreError::Database(error)) => Err(error.into()),
    }
}

/// `POST /applications/{id}/withdraw`.
pub async fn withdraw(
    State(state): State<PortalState>,
    Resident(account): Resident,
    PathId(id): PathId,
) -> PageResult<Response> {
    let app = own(&state, &account, id).await?;
    match store::withdraw(&state.db, &state.public_url, &app, state.clock.now()).await {
        Ok(()) => Ok(see_other(&format!("/applications/{}?done=withdrawn", app.id))),
        Err(StoreError::Refused(_)) => Ok(see_other(&format!("/applications/{}", app.id))),
        Err(StoreError::Database(error)) => Err(error.into()),
    }
}

/// `POST /applications/{id}/respond`: the answer to a request for more
/// information, with an optional document; back to the reviewer. Errors
/// are shown on the application's page, where the form is.
pub async fn respond(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult<Response> {
    let app = own(&state, &account, id).await?;
    if app.status() != ApplicationStatus::MoreInformationNeeded {
        return Ok(see_other(&format!("/applications/{}", app.id)));
    }
    let multipart = documents::read(multipart).await;
    let mut form = FormState::new(multipart.fields);
    let message = form.text("message", 2000, Some("application-respond-error"));
    let upload = match multipart.file {
        Ok(upload) => Some(upload),
        Err(UploadProblem::Missing) => None,
        Err(problem) => {
            form.add("document", problem.message_id());
            None
        }
    };
    if form.has_errors() {
        let page = page_of(
            &state,
            &account,
            &app,
            lang,
            ApplicationPage,
            Communities::NotShown,
        )
        .await?;
        return Ok(page.rejected(form).into_response());
    }
    let saved = match upload {
        Some(upload) => Some(documents::save(&state.uploads, upload).await?),
        None => None,
    };
    let key = saved.as_ref().map(|s| s.storage_key.clone());
    match store::respond(&state.db, &app, &message, saved, state.clock.now()).await {
        Ok(()) => Ok(see_other(&format!("/applications/{}?done=responded", app.id))),
        Err(error) => {
            documents::remove(&state.uploads, &key.into_iter().collect::<Vec<_>>()).await;
            Err(match error {
                StoreError::Database(error) => error.into(),
                StoreError::Refused(refused) => PageError::failed(refused),
            })
        }
    }
}

/// `POST /applications/{id}/delete`: a draft and its documents go for good.
pub async fn delete_draft(
    State(state): State<PortalState>,
    Resident(account): Resident,
    PathId(id): PathId,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    let keys = store::delete_draft(&state.db, &app).await?;
    documents::remove(&state.uploads, &keys).await;
    Ok(see_other("/account?done=draft-deleted"))
}
