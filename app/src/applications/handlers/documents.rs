//! The documents section: uploading, listing, downloading and removing
//! files, and marking the section done.

use super::own::{Communities, Own, OwnDraft};
use crate::applications::documents;
use crate::applications::pages::DocumentsPage;
use crate::applications::store::{self, DraftChange};
use crate::domain::applications::Section;
use crate::forms::FormState;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathIds};
use axum::extract::multipart::MultipartRejection;
use axum::extract::Multipart;
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

/// `POST /applications/{id}/documents`: one file.
pub async fn upload(
    draft: OwnDraft,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult<Response> {
    let multipart = documents::read(multipart).await;
    let upload = match multipart.file {
        Ok(upload) => upload,
        Err(problem) => {
            let mut form = FormState::new(multipart.fields);
            form.add("document", problem.message_id());
            return documents_again(&draft, form).await;
        }
    };
    let (state, app) = (&draft.state, &draft.app);
    let saved = documents::save(&state.uploads, upload).await?;
    let key = saved.storage_key.clone();
    if let Err(error) = store::add_document(&state.db, app, saved, None, state.clock.now()).await {
        documents::remove(&state.uploads, &[key]).await;
        return Err(error.into());
    }
    Ok(see_other(&format!("{}/documents?uploaded=1", draft.path())))
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
