//! Uploaded documents: read from a multipart form with a size limit, checked
//! by their first bytes, stored outside the web root under a random name,
//! and served only to their applicant.

use super::store::{self, NewDocument};
use crate::domain::applications::{DocumentType, MAX_DOCUMENT_BYTES};
use crate::web::file_store::{FileStore, FileStoreError};
use crate::web::{PageError, PageResult};
use axum::body::Body;
use axum::extract::multipart::MultipartRejection;
use axum::extract::Multipart;
use axum::response::Response;
use http::{header, HeaderValue};

/// Text fields of a multipart form are short answers; anything longer is cut.
const TEXT_FIELD_LIMIT: usize = 10_000;

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
}

pub struct Upload {
    pub original_name: String,
    pub bytes: Vec<u8>,
    pub kind: DocumentType,
}

/// The form's text fields, and the file in the field `document` (or what is wrong with it).
pub struct MultipartForm {
    pub fields: Vec<(String, String)>,
    pub file: Result<Upload, UploadProblem>,
}

/// Reads a multipart form; one that cannot be read has no fields and an unreadable file.
pub async fn read(multipart: Result<Multipart, MultipartRejection>) -> MultipartForm {
    match multipart {
        Ok(multipart) => read_fields(multipart).await,
        Err(_) => MultipartForm {
            fields: Vec::new(),
            file: Err(UploadProblem::Unreadable),
        },
    }
}

async fn read_fields(mut multipart: Multipart) -> MultipartForm {
    let mut fields = Vec::new();
    let mut file = Err(UploadProblem::Missing);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                file = Err(UploadProblem::Unreadable);
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "document" {
            file = read_file(field).await;
            if file.as_ref().err() == Some(&UploadProblem::TooBig) {
                break;
            }
        } else {
            let mut text = field.text().await.unwrap_or_default();
            if text.len() > TEXT_FIELD_LIMIT {
                let mut cut = TEXT_FIELD_LIMIT;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
            }
            fields.push((name, text));
        }
    }
    MultipartForm { fields, file }
}

async fn read_file(mut field: axum::extract::multipart::Field<'_>) -> Result<Upload, UploadProblem> {
    let original_name = clean_name(field.file_name().unwrap_or_default());
    let mut bytes = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if bytes.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                    return Err(UploadProblem::TooBig);
                }
                bytes.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(_) => return Err(UploadProblem::Unreadable),
        }
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

/// The file's own name, without folders or control characters, at most 200 characters.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    base.chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect::<String>()
        .trim()
        .to_string()
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

#[cfg(test)]
mod tests {
    use super::clean_name;

    #[test]
    fn names_lose_folders_and_control_characters() {
        assert_eq!(clean_name("C:\\Users\\li\\证件.pdf"), "证件.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("a\u{0}b\r\n.png"), "ab.png");
    }
}
