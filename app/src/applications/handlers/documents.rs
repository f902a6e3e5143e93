//! The documents section: uploading, listing, downloading and removing
//! files, and marking the section done.

use super::own::{Communities, Own, OwnDraft};
use crate::applications::documents;
use crate::applications::pages::DocumentsPage;
use crate::applications::store::{self, AddDocumentError, DraftChange};
use crate::domain::applications::Section;
use crate::forms::FormState;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathIds};
use axum::extract::Request;
use axum::response::{IntoResponse, Response};

/// `GET /applications/{id}/documents`.
pub async fn show_documents(draft: OwnDraft) -> PageResult<Page> {
    Ok(draft
        .page(DocumentsPage, Communities::NotShown)
        .await?
        .with_islands())
}

/// The documents page again with what to fix.
async fn documents_again(draft: &OwnDraft, form: FormState) -> PageResult<Response> {
    let page = draft.page(DocumentsPage, Communities::NotShown).await?;
    Ok(page.with_islands().rejected(form).into_response())
}

/// `POST /applications/{id}/documents`: one file, within the account's
/// uploads for the day and the application's number of documents.
pub async fn upload(draft: OwnDraft, request: Request) -> PageResult<Response> {
    let (mut form, file) = documents::read(request).await.into_parts();
    let upload = match file {
        Ok(upload) if !form.has_errors() => upload,
        Ok(_) => return documents_again(&draft, form).await,
        Err(problem) => {
            form.add("document", problem.message_id());
            return documents_again(&draft, form).await;
        }
    };
    let (state, app) = (&draft.state, &draft.app);
    let now = state.clock.now();
    if !store::take_upload_allowance(&state.db, draft.account.id, now).await? {
        form.add_with(
            "document",
            "documents-error-daily-limit",
            documents::daily_limit_args(),
        );
        return documents_again(&draft, form).await;
    }
    let saved = documents::save(&state.uploads, upload).await?;
    let key = [saved.storage_key.clone()];
    match store::add_document(&state.db, app, saved, now).await {
        Ok(_) => Ok(see_other(&format!("{}/documents?uploaded=1", draft.path()))),
        Err(error) => {
            documents::remove(&state.uploads, &key).await;
            match error {
                AddDocumentError::Full => {
                    form.add_with("document", "documents-error-full", documents::full_args());
                    documents_again(&draft, form).await
                }
                AddDocumentError::Database(error) => Err(error.into()),
            }
        }
    }
}

/// `POST /applications/{id}/documents/done`: at least one document is
/// needed, unless the person chose to come back later.
pub async fn documents_done(draft: OwnDraft, sent: FormValues) -> PageResult<Response> {
    let count = store::documents(&draft.state.db, draft.app.id).await?.len();
    let later = sent.get("then") == Some("later");
    if count == 0 && !later {
        let mut form = FormState::default();
        form.add("document", "documents-error-none");
        return documents_again(&draft, form).await;
    }
    if count > 0 {
        draft.save(DraftChange::Done(Section::Documents)).await?;
    }
    Ok(draft.after(Section::Documents, sent.get("then")))
}

/// `POST /applications/{id}/documents/{document}/delete`.
pub async fn delete_document(draft: OwnDraft, PathIds(_, document): PathIds) -> PageResult<Response> {
    let uploads = &draft.state.uploads;
    let key = store::delete_document(&draft.state.db, &draft.app, document)
        .await?
        .ok_or(PageError::NotFound)?;
    documents::remove(uploads, &[key]).await;
    Ok(see_other(&format!("{}/documents", draft.path())))
}

/// `GET /applications/{id}/documents/{document}`: the file, for its applicant only.
pub async fn download(own: Own, PathIds(_, document): PathIds) -> PageResult<Response> {
    let found = store::find_document(&own.state.db, &own.app, document)
        .await?
        .ok_or(PageError::NotFound)?;
    documents::serve(&own.state.uploads, &found).await
}
