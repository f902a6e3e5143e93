//! Sending a stored file to the public: streamed from the store, with its
//! type (never sniffed as anything else), how to show it, and for the video
//! the byte ranges a player asks for when it seeks.

use super::store::ArticleFile;
use crate::domain::article_files::{range_asked, FileRole, RangeAsked};
use crate::web::file_store::{FileStore, FileStoreError};
use crate::web::{PageError, PageResult};
use axum::body::Body;
use axum::response::Response;
use http::{header, HeaderMap, HeaderValue, StatusCode};

/// A public file may be kept a few minutes: when its item is withdrawn, it
/// stops being served soon after.
const FILE_CACHING: HeaderValue = HeaderValue::from_static("public, max-age=300");

fn disposition(file: &ArticleFile, role: FileRole) -> Option<HeaderValue> {
    let how = if role.is_inline() { "inline" } else { "attachment" };
    let name = crate::components::encode_path(&file.original_name).replace('/', "%2F");
    HeaderValue::from_str(&format!("{how}; filename*=UTF-8''{name}")).ok()
}

/// The file's bytes (or the range asked for, for a video).
pub async fn serve(files: &FileStore, file: &ArticleFile, asked: &HeaderMap) -> PageResult<Response> {
    let (Some(role), Some(media)) = (file.role(), file.media()) else {
        return Err(PageError::NotFound);
    };
    let len = match files.len(&file.storage_key).await {
        Ok(len) => len,
        Err(FileStoreError::NotFound | FileStoreError::BadKey(_)) => {
            tracing::error!(file = file.id, "a stored article file is missing");
            return Err(PageError::NotFound);
        }
        Err(error) => return Err(error.into()),
    };
    let seekable = role == FileRole::Video;
    let range = match seekable {
        true => range_asked(asked.get(header::RANGE).and_then(|v| v.to_str().ok()), len),
        false => RangeAsked::Whole,
    };
    let (status, start, end) = match range {
        RangeAsked::Whole => (StatusCode::OK, 0, len),
        RangeAsked::Part { start, end } => (StatusCode::PARTIAL_CONTENT, start, end + 1),
        RangeAsked::Unsatisfiable => {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::RANGE_NOT_SATISFIABLE;
            if let Ok(value) = HeaderValue::from_str(&format!("bytes */{len}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            return Ok(response);
        }
    };
    let stream = match files.read_range(&file.storage_key, start..end).await {
        Ok(stream) => stream,
        Err(FileStoreError::NotFound | FileStoreError::BadKey(_)) => return Err(PageError::NotFound),
        Err(error) => return Err(error.into()),
    };
    let mut response = Response::new(Body::from_stream(stream));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(media.content_type()),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(end - start));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, FILE_CACHING);
    headers.insert(
        header::ACCEPT_RANGES,
        HeaderValue::from_static(if seekable { "bytes" } else { "none" }),
    );
    if status == StatusCode::PARTIAL_CONTENT {
        if let Ok(value) = HeaderValue::from_str(&format!("bytes {start}-{}/{len}", end - 1)) {
            headers.insert(header::CONTENT_RANGE, value);
        }
    }
    if let Some(value) = disposition(file, role) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
