//! Applying online: `/apply/{entitlement}` starts an application (for
//! yourself or someone you help), `/applications/{id}` is its task list
//! while a draft and its status page after submission, with one page per
//! section under it. `/applications` lists them all. Staff review them in
//! `staff::review`.

#[cfg(feature = "ssr")]
pub mod appeal_terms;
#[cfg(feature = "ssr")]
pub mod decisions;
#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
pub mod upload_progress;
pub mod views;

pub use pages::ApplicationList;
pub use views::{ApplicationRow, PersonDetails};

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    use handlers::*;
    // One document and its form; the handlers answer anything bigger with
    // the form's own message.
    let uploads = DefaultBodyLimit::max(documents::UPLOAD_BODY_LIMIT);
    axum::Router::new()
        .route("/apply/{entitlement}", get(start_page).post(start))
        .route("/applications", get(list))
        .route("/applications/{id}", get(show))
        .route("/applications/{id}/person", get(show_person).post(save_person))
        .route(
            "/applications/{id}/circumstances",
            get(show_circumstances).post(save_circumstances),
        )
        .route("/applications/{id}/q/{slug}", get(show_question).post(answer))
        .route(
            "/applications/{id}/documents",
            get(show_documents).post(upload).layer(uploads),
        )
        .route("/applications/{id}/documents/done", post(documents_done))
        .route("/applications/{id}/documents/{document}", get(download))
        .route(
            "/applications/{id}/documents/{document}/delete",
            post(delete_document),
        )
        .route(
            "/applications/{id}/declaration",
            get(show_declaration).post(save_declaration),
        )
        .route("/applications/{id}/check", get(show_check))
        .route("/applications/{id}/submit", post(submit))
        .route("/applications/{id}/confirmation", get(show_confirmation))
        .route("/applications/{id}/decision", get(show_decision))
        .route("/applications/{id}/decision/easy-read", get(show_easy_decision))
        .route("/applications/{id}/withdraw", get(show_withdraw).post(withdraw))
        .route("/applications/{id}/respond", post(respond).layer(uploads))
        .route("/applications/{id}/delete", get(show_delete).post(delete_draft))
}
