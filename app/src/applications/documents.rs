//! Uploaded documents: read from a multipart form with size limits, checked
//! by their first bytes, stored outside the web root under a random name,
//! and served only to their applicant.

use super::store::{self, NewDocument};
use crate::domain::applications::{DocumentType, MAX_DOCUMENT_BYTES};
use crate::forms::FormState;
use crate::web::file_store::{FileStore, FileStoreError};
use crate::web::form_body::{discard, file_name, multipart_text, TextField};
use crate::web::{PageError, PageResult};
use axum::body::Body;
use axum::extract::multipart::{Field, MultipartError};
use axum::extract::{FromRequest, Multipart, Request};
use axum::response::Response;
use http::{header, HeaderValue, StatusCode};

/// Text fields of an upload form are short answers: the longest, a reply
/// to staff, is 2,000 characters, at most 8,000 bytes of UTF-8.
const TEXT_FIELD_LIMIT: usize = 8 * 1024;
/// Room for the form around the document: boundaries, headers, text fields.
const FORM_OVERHEAD: usize = 64 * 1024;
/// The largest upload request read (the route's body limit): one document and its form.
pub const UPLOAD_BODY_LIMIT: usize = MAX_DOCUMENT_BYTES + FORM_OVERHEAD;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadProblem {
    Missing,
    TooBig,
    WrongType,
    Unreadable,
}

impl UploadProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            UploadProblem::Missing => "documents-error-missing",
            UploadProblem::TooBig => "documents-error-too-big",
            UploadProblem::WrongType => "documents-error-type",
            UploadProblem::Unreadable => "documents-error-unreadable",
        }
    }

    fn of(error: &MultipartError) -> Self {
        match error.status() {
            StatusCode::PAYLOAD_TOO_LARGE => UploadProblem::TooBig,
            _ => UploadProblem::Unreadable,
        }
    }
}

/// The arguments of "this application is full".
pub fn full_args() -> Vec<(&'static str, String)> {
    vec![("max", store::MAX_DOCUMENTS.to_string())]
}

/// The arguments of "no more uploads today".
pub fn daily_limit_args() -> Vec<(&'static str, String)> {
    vec![("max", store::MAX_UPLOADS_PER_DAY.to_string())]
}

pub struct Upload {
    pub original_name: String,
    pub bytes: Vec<u8>,
    pub kind: DocumentType,
}

/// The form's text fields, and the file in the field `document` (or what is wrong with it).
pub struct MultipartForm {
    pub fields: Vec<(String, String)>,
    /// Text fields longer than any answer may be: left out, and the form refused.
    pub too_long: Vec<String>,
    pub file: Result<Upload, UploadProblem>,
}

impl MultipartForm {
    fn refused(problem: UploadProblem) -> Self {
        MultipartForm {
            fields: Vec::new(),
            too_long: Vec::new(),
            file: Err(problem),
        }
    }

    /// The text fields, ready for their checks, with an error on each one
    /// that was too long; and the file.
    pub fn into_parts(self) -> (FormState, Result<Upload, UploadProblem>) {
        let mut form = FormState::new(self.fields);
        for name in &self.too_long {
            form.add(name, "upload-error-field-too-long");
        }
        (form, self.file)
    }
}

/// Reads an upload form. One announced bigger than the limit is not
/// parsed at all; whatever the problem, the whole body is read (and the
/// excess dropped) so the browser gets to show the answer.
pub async fn read(request: Request) -> MultipartForm {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|length| length > UPLOAD_BODY_LIMIT) {
        discard(request.into_body()).await;
        return MultipartForm::refused(UploadProblem::TooBig);
    }
    match Multipart::from_request(request, &()).await {
        Ok(multipart) => read_fields(multipart).await,
        Err(_) => MultipartForm::refused(UploadProblem::Unreadable),
    }
}

async fn read_fields(mut multipart: Multipart) -> MultipartForm {
    let mut form = MultipartForm::refused(UploadProblem::Missing);
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) => {
                form.file = Err(UploadProblem::of(&error));
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "document" {
            form.file = read_file(field).await;
            continue;
        }
        match multipart_text(&mut field, TEXT_FIELD_LIMIT).await {
            Ok(TextField::Whole(text)) => form.fields.push((name, text)),
            Ok(TextField::TooLong) => form.too_long.push(name),
            Err(error) => {
                form.file = Err(UploadProblem::of(&error));
                break;
            }
        }
    }
    form
}

/// The file, checked by size and content. A file too big is read to its
/// end (the body limit bounds it) but not kept.
async fn read_file(mut field: Field<'_>) -> Result<Upload, UploadProblem> {
    let original_name = file_name(field.file_name().unwrap_or_default());
    let mut bytes = Vec::new();
    let mut too_big = false;
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                too_big = too_big || bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES;
                if too_big {
                    bytes = Vec::new();
                } else {
                    bytes.extend_from_slice(&chunk);
                }
            }
            Ok(None) => break,
            Err(error) => return Err(UploadProblem::of(&error)),
        }
    }
    if too_big {
        return Err(UploadProblem::TooBig);
    }
    if bytes.is_empty() && original_name.is_empty() {
        return Err(UploadProblem::Missing);
    }
    let kind = DocumentType::sniff(&bytes).ok_or(UploadProblem::WrongType)?;
    Ok(Upload {
        original_name: if original_name.is_empty() {
            "document".into()
        } else {
            original_name
        },
        bytes,
        kind,
    })
}

/// Stores the file (whole or not at all) and returns its record.
pub async fn save(files: &FileStore, upload: Upload) -> Result<NewDocument, FileStoreError> {
    let key = crate::web::secrets::random_hex(24);
    let size_bytes = upload.bytes.len() as i64;
    files.put(&key, upload.bytes).await?;
    Ok(NewDocument {
        original_name: upload.original_name,
        content_type: upload.kind.content_type(),
        size_bytes,
        storage_key: key,
    })
}

/// Removes stored files; a file already gone is not an error, and one that
/// cannot be removed now is logged (its record is gone either way).
pub async fn remove(files: &FileStore, keys: &[String]) {
    for key in keys {
        if let Err(error) = files.delete(key).await {
            tracing::warn!(%error, "a stored document could not be removed");
        }
    }
}

/// The document's bytes, shown in the browser (PDF and images), never
/// sniffed as anything else and never cached by shared caches.
pub async fn serve(files: &FileStore, document: &store::document::Model) -> PageResult<Response> {
    let bytes = match files.get(&document.storage_key).await {
        Ok(bytes) => bytes,
        Err(FileStoreError::NotFound | FileStoreError::BadKey(_)) => {
            tracing::error!(document = document.id, "a stored document is missing");
            return Err(PageError::NotFound);
        }
        Err(error) => return Err(error.into()),
    };
    let content_type = DocumentType::from_content_type(&document.content_type)
        .map_or("application/octet-stream", DocumentType::content_type);
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    let disposition = format!(
        "inline; filename*=UTF-8''{}",
        crate::components::encode_path(&document.original_name).replace('/', "%2F")
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
