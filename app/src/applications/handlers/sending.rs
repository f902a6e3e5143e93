//! Sending an application and what follows: the confirmation, answering a
//! request for more information, withdrawing; and deleting a draft.

use super::own::{Communities, Own, OwnDraft};
use crate::applications::documents::{self, UploadProblem};
use crate::applications::pages::{
    ApplicationPage, CheckApplicationPage, ConfirmationPage, DeleteDraftPage, WithdrawPage,
};
use crate::applications::store::{self, Responded, StoreError};
use crate::domain::applications::{ApplicationStatus, Section};
use crate::forms::FormState;
use crate::web::{see_other, Page, PageError, PageResult};
use axum::extract::Request;
use axum::response::{IntoResponse, Response};

/// `GET /applications/{id}/delete`.
pub async fn show_delete(draft: OwnDraft) -> PageResult<Page> {
    draft.page(DeleteDraftPage, Communities::NotShown).await
}

/// `GET /applications/{id}/confirmation`: only once it was sent.
pub async fn show_confirmation(own: Own) -> PageResult<Page> {
    if own.app.reference.is_none() {
        return Err(PageError::NotFound);
    }
    own.page(ConfirmationPage, Communities::NotShown).await
}

/// `GET /applications/{id}/withdraw`: only while it waits for a decision.
pub async fn show_withdraw(own: Own) -> PageResult<Page> {
    if !own.app.status().is_in_progress() {
        return Err(PageError::NotFound);
    }
    own.page(WithdrawPage, Communities::NotShown).await
}

/// What a store change that may be refused (someone else moved the
/// application first) leads to: `done` on success, the application's page
/// as it is now if refused.
fn after_move(own: &Own, result: Result<(), StoreError>, done: &str) -> PageResult<Response> {
    match result {
        Ok(()) => Ok(see_other(done)),
        Err(StoreError::Refused(_)) => Ok(see_other(&own.path())),
        Err(StoreError::Database(error)) => Err(error.into()),
    }
}

/// `POST /applications/{id}/submit`: every section must be done. Submitting
/// twice gives the same reference and one application.
pub async fn submit(own: Own) -> PageResult<Response> {
    let confirmation = format!("{}/confirmation", own.path());
    if own.app.status() != ApplicationStatus::Draft {
        return Ok(see_other(&confirmation));
    }
    let missing: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| !own.app.done().contains(s))
        .collect();
    if let Some(first) = missing.first() {
        let mut form = FormState::default();
        let count = vec![("count", missing.len().to_string())];
        form.add_with(first.key(), "application-incomplete", count);
        // Shown on the check page, whose submit button this was.
        let page = own.page(CheckApplicationPage, Communities::Shown).await?;
        return Ok(page.rejected(form).into_response());
    }
    let state = &own.state;
    let submitted = store::submit(&state.db, &state.public_url, &own.app, state.clock.now()).await;
    after_move(&own, submitted.map(|_| ()), &confirmation)
}

/// `POST /applications/{id}/withdraw`.
pub async fn withdraw(own: Own) -> PageResult<Response> {
    let state = &own.state;
    let withdrawn = store::withdraw(&state.db, &state.public_url, &own.app, state.clock.now()).await;
    after_move(&own, withdrawn, &format!("{}?done=withdrawn", own.path()))
}

/// `POST /applications/{id}/respond`: the answer to a request for more
/// information, with an optional document; back to the reviewer. Errors
/// are shown on the application's page, where the form is.
pub async fn respond(own: Own, request: Request) -> PageResult<Response> {
    if own.app.status() != ApplicationStatus::MoreInformationNeeded {
        return Ok(see_other(&own.path()));
    }
    let multipart = documents::read(request).await;
    // A message too long to read already has its error.
    let message_read = !multipart.too_long.iter().any(|name| name == "message");
    let (mut form, file) = multipart.into_parts();
    let message = match message_read {
        true => form.text("message", 2000, Some("application-respond-error")),
        false => String::new(),
    };
    let upload = match file {
        Ok(upload) => Some(upload),
        Err(UploadProblem::Missing) => None,
        Err(problem) => {
            form.add("document", problem.message_id());
            None
        }
    };
    let state = &own.state;
    let now = state.clock.now();
    let counted = upload.is_some() && !form.has_errors();
    if counted && !store::take_upload_allowance(&state.db, own.account.id, now).await? {
        form.add_with(
            "document",
            "documents-error-daily-limit",
            documents::daily_limit_args(),
        );
    }
    if form.has_errors() {
        return respond_again(&own, form).await;
    }
    let saved = match upload {
        Some(upload) => Some(documents::save(&state.uploads, upload).await?),
        None => None,
    };
    let keys: Vec<String> = saved.iter().map(|s| s.storage_key.clone()).collect();
    let responded = store::respond(&state.db, &own.app, &message, saved, now).await;
    if !matches!(responded, Ok(Responded::Sent)) {
        documents::remove(&state.uploads, &keys).await;
    }
    match responded {
        Ok(Responded::Sent) => Ok(see_other(&format!("{}?done=responded", own.path()))),
        Ok(Responded::DocumentsFull) => {
            form.add_with("document", "documents-error-full", documents::full_args());
            respond_again(&own, form).await
        }
        Err(StoreError::Database(error)) => Err(error.into()),
        Err(StoreError::Refused(refused)) => Err(PageError::failed(refused)),
    }
}

/// The application's page again, with what to fix in the reply.
async fn respond_again(own: &Own, form: FormState) -> PageResult<Response> {
    let page = own.page(ApplicationPage, Communities::NotShown).await?;
    Ok(page.rejected(form).into_response())
}

/// `POST /applications/{id}/delete`: a draft and its documents go for good.
pub async fn delete_draft(draft: OwnDraft) -> PageResult<Response> {
    let keys = store::delete_draft(&draft.state.db, &draft.app).await?;
    documents::remove(&draft.state.uploads, &keys).await;
    Ok(see_other("/account?done=draft-deleted"))
}
