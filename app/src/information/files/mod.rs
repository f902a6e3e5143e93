//! An item's files: its sign-language video with captions (WebVTT) and a
//! transcript, and attachments (PDF, Word, spreadsheets), uploaded by
//! content editors at `/staff/articles/{id}/files` and shown on the public
//! item page; the public download `/files/{id}` (only while the item is
//! live; the video in byte ranges, so players can seek); and "request
//! another format" (`/information/{id}/request-format`), which reaches
//! content editors as a task at `/staff/format-requests`.
//!
//! Files are not versioned: a change shows on a published item at once.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
mod serve;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod upload;

#[cfg(feature = "ssr")]
pub use handlers::media_view;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use crate::domain::article_files::FileRole;
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    use handlers::*;
    // Each upload reads its own limit (plus the form around it); the handler
    // answers anything bigger with the form's own message.
    let limit = |role| DefaultBodyLimit::max(upload::body_limit(role));
    axum::Router::new()
        .route("/staff/articles/{id}/files", get(show_files))
        .route(
            "/staff/articles/{id}/files/video",
            post(upload_video).layer(limit(FileRole::Video)),
        )
        .route(
            "/staff/articles/{id}/files/captions",
            post(upload_captions).layer(limit(FileRole::CaptionsZh)),
        )
        .route(
            "/staff/articles/{id}/files/attachments",
            post(upload_attachment).layer(limit(FileRole::Attachment)),
        )
        .route("/staff/articles/{id}/files/transcript", post(save_transcript))
        .route("/staff/articles/{id}/files/{file}/remove", post(remove_file))
        .route("/files/{id}", get(download))
        .route(
            "/information/{id}/request-format",
            get(request_form).post(request_format),
        )
        .route("/information/{id}/request-format/sent", get(request_sent))
        .route("/staff/format-requests", get(requests))
        .route("/staff/format-requests/{id}/done", post(complete))
}

/// The largest request body any route takes: a video upload. The server's
/// overall body limit must let it through.
#[cfg(feature = "ssr")]
pub fn largest_upload_body() -> usize {
    upload::body_limit(crate::domain::article_files::FileRole::Video)
}

/// Uploads that may take longer than an ordinary request: a video or an
/// attachment on a slow connection. The server gives them more time.
pub fn is_long_upload(path: &str) -> bool {
    path.starts_with("/staff/articles/")
        && (path.ends_with("/files/video") || path.ends_with("/files/attachments"))
}

#[cfg(test)]
mod tests {
    use super::is_long_upload;

    #[test]
    fn only_media_uploads_get_more_time() {
        assert!(is_long_upload("/staff/articles/3/files/video"));
        assert!(is_long_upload("/staff/articles/3/files/attachments"));
        assert!(!is_long_upload("/staff/articles/3/files/transcript"));
        assert!(!is_long_upload("/applications/3/documents"));
    }
}
