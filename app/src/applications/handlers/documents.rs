//! The documents section: uploading, listing, downloading and removing
//! files, and marking the section done.

use super::{after_section, own, own_draft, page_of, Communities};
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::applications::documents::{self};
use crate::applications::pages::DocumentsPage;
use crate::applications::store::{self, Application, DraftChange};
use crate::domain::applications::Section;
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PathIds, PortalState};
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Response};

/// `GET /applications/{id}/documents`.
pub async fn show_documents(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own_draft(&state, &account, id, false).await?;
    Ok(
        page_of(&state, &account, &app, lang, DocumentsPage, Communities::NotShown)
            .await?
            .with_islands(),
    )
}

/// The documents page again with what to fix.
async fn documents_again(
    state: &PortalState,
    account: &Account,
    app: &Application,
    lang: Lang,
    form: FormState,
) -> PageResult<Response> {
    let page = page_of(state, account, app, lang, DocumentsPage, Communities::NotShown).await?;
    Ok(page.with_islands().rejected(form).into_response())
}

/// `POST /applications/{id}/documents`: one file.
pub async fn upload(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    let multipart = documents::read(multipart).await;
    let upload = match multipart.file {
        Ok(upload) => upload,
        Err(problem) => {
            let mut form = FormState::new(multipart.fields);
            form.add("document", problem.message_id());
            return documents_again(&state, &account, &app, lang, form).await;
        }
    };
    let saved = documents::save(&state.uploads, upload).await?;
    let key = saved.storage_key.clone();
    if let Err(error) = store::add_document(&state.db, &app, saved, None, state.clock.now()).await {
        documents::remove(&state.uploads, &[key]).await;
        return Err(error.into());
    }
    Ok(see_other(&format!(
        "/applications/{}/documents?uploaded=1",
        app.id
    )))
}

/// `POST /applications/{id}/documents/done`: at least one document is needed.
pub async fn documents_done(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    let count = store::documents(&state.db, app.id).await?.len();
    let later = sent.get("then") == Some("later");
    if count == 0 && !later {
        let mut form = FormState::default();
        form.add("document", "documents-error-none");
        return documents_again(&state, &account, &app, lang, form).await;
    }
    if count > 0 {
        store::save_draft(
            &state.db,
            &app,
            DraftChange::Done(Section::Documents),
            state.clock.now(),
        )
        .await?;
    }
    Ok(see_other(&after_section(
        &app,
        Section::Documents,
        sent.get("then"),
    )))
}

/// `POST /applications/{id}/documents/{document}/delete`.
pub async fn delete_document(
    State(state): State<PortalState>,
    Resident(account): Resident,
    PathIds(id, document): PathIds,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    let key = store::delete_document(&state.db, &app, document)
        .await?
        .ok_or(PageError::NotFound)?;
    documents::remove(&state.uploads, &[key]).await;
    Ok(see_other(&format!("/applications/{}/documents", app.id)))
}

/// `GET /applications/{id}/documents/{document}`: the file, for its applicant only.
pub async fn download(
    State(state): State<PortalState>,
    Resident(account): Resident,
    PathIds(id, document): PathIds,
) -> PageResult<Response> {
    let app = own(&state, &account, id).await?;
    let found = store::find_document(&state.db, &app, document)
        .await?
        .ok_or(PageError::NotFound)?;
    documents::serve(&state.uploads, &found).await
}
