//! Reading a staff upload form: its short text fields, and its one file
//! (field [`file_field`]), checked by its first bytes and stored as it arrives, so
//! a 200 MB video is never held in memory. A file over its role's limit is
//! stopped where it passes the limit and what was stored of it removed.

use crate::domain::article_files::{
    check_captions, sniff_attachment, sniff_video, CaptionsProblem, FileRole, MediaType, SNIFF_BYTES,
};
use crate::forms::FormState;
use crate::web::file_store::{FileStore, FileStoreError, FileWriter};
use crate::web::form_body::{discard, file_name, multipart_text, TextField};
use axum::body::Bytes;
use axum::extract::multipart::{Field, MultipartError};
use axum::extract::{FromRequest, Multipart, Request};
use http::{header, StatusCode};

/// The name (and id) of the file input of the form that uploads `role`.
pub fn file_field(role: FileRole) -> &'static str {
    match role {
        FileRole::Video => "video",
        FileRole::CaptionsZh | FileRole::CaptionsEn => "captions",
        FileRole::Attachment => "attachment",
    }
}
/// Text fields of the upload forms are titles: 200 characters at most.
const TEXT_FIELD_LIMIT: usize = 4 * 1024;
/// Room for the form around the file: boundaries, headers, text fields.
const FORM_OVERHEAD: u64 = 64 * 1024;

/// The largest request an upload of `role` may be (its route's body limit).
pub fn body_limit(role: FileRole) -> usize {
    usize::try_from(role.max_bytes() + FORM_OVERHEAD).unwrap_or(usize::MAX)
}

/// What is wrong with the file sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    TooBig,
    WrongType,
    /// Captions that are not UTF-8 text.
    NotText,
    /// Captions that do not start with `WEBVTT`.
    NotWebVtt,
    Unreadable,
}

impl Problem {
    /// The message, by the role the form uploads.
    pub fn message_id(self, role: FileRole) -> &'static str {
        match (self, role) {
            (Problem::Missing, _) => "article-files-error-missing",
            (Problem::TooBig, FileRole::Video) => "article-files-error-video-too-big",
            (Problem::TooBig, FileRole::Attachment) => "article-files-error-attachment-too-big",
            (Problem::TooBig, _) => "article-files-error-captions-too-big",
            (Problem::WrongType, FileRole::Video) => "article-files-error-video-type",
            (Problem::WrongType, FileRole::Attachment) => "article-files-error-attachment-type",
            (Problem::WrongType, _) => "article-files-error-captions-not-vtt",
            (Problem::NotText, _) => "article-files-error-captions-not-text",
            (Problem::NotWebVtt, _) => "article-files-error-captions-not-vtt",
            (Problem::Unreadable, _) => "article-files-error-unreadable",
        }
    }

    fn of(error: &MultipartError) -> Self {
        match error.status() {
            StatusCode::PAYLOAD_TOO_LARGE => Problem::TooBig,
            _ => Problem::Unreadable,
        }
    }
}

/// A file stored under a new key, not yet recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub original_name: String,
    pub media: MediaType,
    pub size_bytes: u64,
    pub storage_key: String,
}

/// The form's text fields and what became of the file.
pub struct UploadForm {
    pub form: FormState,
    pub file: Result<Stored, Problem>,
}

/// Reads an upload form for a file of `role` (its captions role decides
/// nothing here: any captions are checked the same way).
pub async fn read(request: Request, files: &FileStore, role: FileRole) -> Result<UploadForm, FileStoreError> {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|length| length > body_limit(role)) {
        discard(request.into_body()).await;
        return Ok(refused(Vec::new(), Problem::TooBig));
    }
    let mut multipart = match Multipart::from_request(request, &()).await {
        Ok(multipart) => multipart,
        Err(_) => return Ok(refused(Vec::new(), Problem::Unreadable)),
    };
    let mut fields = Vec::new();
    let mut too_long = Vec::new();
    let mut file = Err(Problem::Missing);
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) => {
                forget(files, &file).await;
                file = Err(Problem::of(&error));
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == file_field(role) {
            forget(files, &file).await;
            file = read_file(field, files, role).await?;
            continue;
        }
        match multipart_text(&mut field, TEXT_FIELD_LIMIT).await {
            Ok(TextField::Whole(text)) => fields.push((name, text)),
            Ok(TextField::TooLong) => too_long.push(name),
            Err(error) => {
                forget(files, &file).await;
                file = Err(Problem::of(&error));
                break;
            }
        }
    }
    let mut form = FormState::new(fields);
    for name in &too_long {
        form.add(name, "upload-error-field-too-long");
    }
    Ok(UploadForm { form, file })
}

fn refused(fields: Vec<(String, String)>, problem: Problem) -> UploadForm {
    UploadForm {
        form: FormState::new(fields),
        file: Err(problem),
    }
}

/// Removes a file stored earlier in the same request (a second file
/// field, or a form that failed after the file).
async fn forget(files: &FileStore, file: &Result<Stored, Problem>) {
    if let Ok(stored) = file {
        remove(files, std::slice::from_ref(&stored.storage_key)).await;
    }
}

/// Removes stored files; one already gone is not an error, and one that
/// cannot be removed now is logged (its record is gone either way).
pub async fn remove(files: &FileStore, keys: &[String]) {
    for key in keys {
        if let Err(error) = files.delete(key).await {
            tracing::warn!(%error, "a stored file could not be removed");
        }
    }
}

/// What the first bytes say the file is, for `role`.
fn sniff(role: FileRole, head: &[u8], name: &str) -> Result<MediaType, Problem> {
    match role {
        FileRole::Video => sniff_video(head).ok_or(Problem::WrongType),
        FileRole::Attachment => sniff_attachment(head, name).ok_or(Problem::WrongType),
        FileRole::CaptionsZh | FileRole::CaptionsEn => Ok(MediaType::WebVtt),
    }
}

/// Where a file being read stands.
enum Reading {
    /// The first bytes, until there are enough to tell what the file is.
    Head(Vec<u8>),
    Writing(FileWriter),
    /// Refused: the rest is read and dropped.
    Refused(Problem),
}

async fn read_file(
    mut field: Field<'_>,
    files: &FileStore,
    role: FileRole,
) -> Result<Result<Stored, Problem>, FileStoreError> {
    let original_name = file_name(field.file_name().unwrap_or_default());
    if matches!(role, FileRole::CaptionsZh | FileRole::CaptionsEn) {
        return read_captions(field, files, original_name).await;
    }
    let limit = role.max_bytes();
    let key = crate::web::secrets::random_hex(24);
    let mut size: u64 = 0;
    let mut media = None;
    let mut reading = Reading::Head(Vec::new());
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(error) => {
                if let Reading::Writing(writer) = reading {
                    writer.abort().await;
                }
                return Ok(Err(Problem::of(&error)));
            }
        };
        size += chunk.len() as u64;
        reading = match reading {
            Reading::Refused(problem) => Reading::Refused(problem),
            Reading::Writing(writer) if size > limit => {
                writer.abort().await;
                Reading::Refused(Problem::TooBig)
            }
            Reading::Head(_) if size > limit => Reading::Refused(Problem::TooBig),
            Reading::Writing(mut writer) => match writer.write(chunk).await {
                Ok(()) => Reading::Writing(writer),
                Err(error) => {
                    writer.abort().await;
                    return Err(error);
                }
            },
            Reading::Head(mut head) => {
                head.extend_from_slice(&chunk);
                if head.len() < SNIFF_BYTES {
                    Reading::Head(head)
                } else {
                    match sniff(role, &head, &original_name) {
                        Ok(found) => {
                            media = Some(found);
                            start_writing(files, &key, head).await?
                        }
                        Err(problem) => Reading::Refused(problem),
                    }
                }
            }
        };
    }
    let writer = match reading {
        Reading::Refused(problem) => return Ok(Err(problem)),
        Reading::Head(head) if head.is_empty() => return Ok(Err(Problem::Missing)),
        Reading::Head(head) => match sniff(role, &head, &original_name) {
            Ok(found) => {
                media = Some(found);
                match start_writing(files, &key, head).await? {
                    Reading::Writing(writer) => writer,
                    _ => return Ok(Err(Problem::Unreadable)),
                }
            }
            Err(problem) => return Ok(Err(problem)),
        },
        Reading::Writing(writer) => writer,
    };
    let Some(media) = media else {
        writer.abort().await;
        return Ok(Err(Problem::Unreadable));
    };
    writer.finish().await?;
    Ok(Ok(Stored {
        original_name: named(original_name, media),
        media,
        size_bytes: size,
        storage_key: key,
    }))
}

async fn start_writing(files: &FileStore, key: &str, head: Vec<u8>) -> Result<Reading, FileStoreError> {
    let mut writer = files.writer(key).await?;
    if let Err(error) = writer.write(Bytes::from(head)).await {
        writer.abort().await;
        return Err(error);
    }
    Ok(Reading::Writing(writer))
}

/// A name for a file sent without one.
fn named(original_name: String, media: MediaType) -> String {
    if original_name.is_empty() {
        format!("file.{}", media.key())
    } else {
        original_name
    }
}

/// Captions are small (1 MB at most): read whole, checked as WebVTT, then stored.
async fn read_captions(
    mut field: Field<'_>,
    files: &FileStore,
    original_name: String,
) -> Result<Result<Stored, Problem>, FileStoreError> {
    let limit = FileRole::CaptionsZh.max_bytes();
    let mut bytes = Vec::new();
    let mut too_big = false;
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                too_big = too_big || (bytes.len() + chunk.len()) as u64 > limit;
                if too_big {
                    bytes = Vec::new();
                } else {
                    bytes.extend_from_slice(&chunk);
                }
            }
            Ok(None) => break,
            Err(error) => return Ok(Err(Problem::of(&error))),
        }
    }
    if too_big {
        return Ok(Err(Problem::TooBig));
    }
    if bytes.is_empty() {
        return Ok(Err(Problem::Missing));
    }
    if let Err(problem) = check_captions(&bytes) {
        return Ok(Err(match problem {
            CaptionsProblem::NotText => Problem::NotText,
            CaptionsProblem::NotWebVtt => Problem::NotWebVtt,
        }));
    }
    let key = crate::web::secrets::random_hex(24);
    let size_bytes = bytes.len() as u64;
    files.put(&key, bytes).await?;
    Ok(Ok(Stored {
        original_name: named(original_name, MediaType::WebVtt),
        media: MediaType::WebVtt,
        size_bytes,
        storage_key: key,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_sent_without_a_name_is_named_by_its_type() {
        assert_eq!(named(String::new(), MediaType::Mp4), "file.mp4");
    }

    #[test]
    fn each_role_has_its_own_body_limit() {
        assert!(body_limit(FileRole::Video) > body_limit(FileRole::Attachment));
        assert!(body_limit(FileRole::Attachment) > body_limit(FileRole::CaptionsZh));
        assert_eq!(
            Problem::TooBig.message_id(FileRole::Video),
            "article-files-error-video-too-big"
        );
    }
}
