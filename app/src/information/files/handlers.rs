//! Requests for an item's files: the staff page that uploads and removes
//! them (`EditArticles`), the public download, the public "request another
//! format" form, and the staff list of requests.

use super::pages::{
    AttachmentView, FilesDone, FilesPage, FilesView, FormatRequestsPage, MediaView, RequestFormView,
    RequestFormatPage, RequestRow, RequestSentPage, RequestSentView, RequestsView, StaffFileRow, TrackView,
    VideoView,
};
use super::serve::serve;
use super::store::{self, ArticleFile, NewFile, NewRequest, RequestMail};
use super::upload::{self, file_field, Stored, UploadForm};
use crate::accounts::staff_account;
use crate::accounts::staff_session::{Scoped, Staff};
use crate::components::{Content, Done};
use crate::domain::article_files::{
    phone_number, size_text, Contact, FileRole, MediaType, OtherFormat, MAX_ATTACHMENT_BYTES,
    MAX_CAPTIONS_BYTES, MAX_VIDEO_BYTES,
};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::local_time::utc_to_chongqing;
use crate::event_editing::{REASON_TEXT, SHORT_TEXT};
use crate::forms::FormState;
use crate::i18n::{dates, tr, Lang};
use crate::information::staff::EditArticles;
use crate::information::store::{self as articles, Article, Revision};
use crate::web::limits::Limit;
use crate::web::QueryValues;
use crate::web::{
    see_other, ClientAddress, FormValues, Page, PageError, PageResult, PathId, PathIds, PortalState,
};
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDateTime;
use http::HeaderMap;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

type Editor = Staff<EditArticles>;
type AtArticle = Scoped<Article>;

/// The longest transcript: a long video's words.
const TRANSCRIPT_TEXT: usize = 50_000;
/// Requests for another format per client in [`LIMIT_WINDOW_MINUTES`].
const REQUESTS_PER_CLIENT: usize = 10;
const LIMIT_WINDOW_MINUTES: i64 = 60;

fn files_path(article_id: i32) -> String {
    format!("/staff/articles/{article_id}/files")
}

fn type_name(lang: Lang, media: Option<MediaType>) -> String {
    media.map_or_else(String::new, |m| {
        tr(lang, &format!("article-files-type-{}", m.key()))
    })
}

fn file_href(file: &ArticleFile) -> String {
    format!("/files/{}", file.id)
}

fn request_href(article_id: i32, file: Option<i32>) -> String {
    match file {
        Some(id) => format!("/information/{article_id}/request-format?file={id}"),
        None => format!("/information/{article_id}/request-format"),
    }
}

/// The transcript in the page's language; the other language stands in when one is empty.
fn transcript(lang: Lang, video: &ArticleFile) -> Option<Content> {
    let (zh, en) = (video.transcript_zh.trim(), video.transcript_en.trim());
    match (zh.is_empty(), en.is_empty()) {
        (true, true) => None,
        (true, false) => Some(Content {
            text: en.to_string(),
            lang: (lang != Lang::En).then_some("en"),
        }),
        _ => Some(Content::pick(lang, zh, en)),
    }
}

/// The files part of a public item page.
pub async fn media_view<C: ConnectionTrait>(db: &C, lang: Lang, article_id: i32) -> Result<MediaView, DbErr> {
    let files = store::files_of(db, article_id).await?;
    let of_role = |role: FileRole| files.iter().filter(move |f| f.role() == Some(role));
    let mut tracks: Vec<TrackView> = [
        (FileRole::CaptionsZh, "zh-CN", "article-files-track-zh"),
        (FileRole::CaptionsEn, "en", "article-files-track-en"),
    ]
    .into_iter()
    .filter_map(|(role, srclang, label)| {
        of_role(role).next().map(|f| TrackView {
            href: file_href(f),
            srclang,
            label,
            default: false,
        })
    })
    .collect();
    if let Some(first) = tracks.first_mut() {
        first.default = true;
    }
    let video = of_role(FileRole::Video).next().map(|v| VideoView {
        href: file_href(v),
        content_type: v.media().map_or("video/mp4", MediaType::content_type),
        type_name: type_name(lang, v.media()),
        size: size_text(v.size()),
        tracks,
        transcript: transcript(lang, v),
    });
    let attachments = of_role(FileRole::Attachment)
        .map(|a| AttachmentView {
            href: file_href(a),
            title: Content::pick(lang, &a.title_zh, &a.title_en),
            type_name: type_name(lang, a.media()),
            size: size_text(a.size()),
            request_href: request_href(article_id, Some(a.id)),
        })
        .collect();
    Ok(MediaView {
        video,
        attachments,
        request_href: request_href(article_id, None),
    })
}

fn role_message(role: Option<FileRole>) -> &'static str {
    match role {
        Some(FileRole::Video) => "article-files-role-video",
        Some(FileRole::CaptionsZh) => "article-files-role-captions-zh",
        Some(FileRole::CaptionsEn) => "article-files-role-captions-en",
        _ => "article-files-role-attachment",
    }
}

async fn files_view(at: &AtArticle) -> PageResult<FilesView> {
    let (db, lang, article) = (&at.state.db, at.lang(), &at.found);
    let files = store::files_of(db, article.id).await?;
    let has = |role: FileRole| files.iter().any(|f| f.role() == Some(role));
    let title = articles::latest_revision(db, article.id)
        .await?
        .map(|v| Content::pick(lang, &v.title_zh, &v.title_en).text)
        .unwrap_or_default();
    let rows = files
        .iter()
        .map(|f| StaffFileRow {
            id: f.id,
            role: role_message(f.role()),
            title: if f.title_zh.is_empty() {
                Content::typed(lang, &f.original_name)
            } else {
                Content::pick(lang, &f.title_zh, &f.title_en)
            },
            original_name: f.original_name.clone(),
            type_name: type_name(lang, f.media()),
            size: size_text(f.size()),
        })
        .collect();
    Ok(FilesView {
        article_id: article.id,
        title,
        live: article.is_live(at.state.clock.now_local()),
        has_video: has(FileRole::Video),
        has_captions_zh: has(FileRole::CaptionsZh),
        has_captions_en: has(FileRole::CaptionsEn),
        rows,
        video_limit: size_text(MAX_VIDEO_BYTES),
        captions_limit: size_text(MAX_CAPTIONS_BYTES),
        attachment_limit: size_text(MAX_ATTACHMENT_BYTES),
    })
}

/// The stored transcript, as the transcript form's values.
async fn stored_values(at: &AtArticle) -> PageResult<FormState> {
    let video = store::with_role(&at.state.db, at.found.id, FileRole::Video).await?;
    Ok(FormState::new(
        video
            .map(|v| {
                vec![
                    ("transcript_zh".to_string(), v.transcript_zh),
                    ("transcript_en".to_string(), v.transcript_en),
                ]
            })
            .unwrap_or_default(),
    ))
}

/// `GET /staff/articles/{id}/files`.
pub async fn show_files(at: AtArticle) -> PageResult<Page> {
    let view = files_view(&at).await?;
    let form = stored_values(&at).await?;
    Ok(at.page(FilesPage).with(view).with(form).with_islands())
}

/// The files page again with what to fix: what was sent, then the stored transcript.
async fn files_again(at: &AtArticle, mut form: FormState) -> PageResult<Response> {
    let view = files_view(at).await?;
    form.values.extend(stored_values(at).await?.values);
    Ok(at
        .page(FilesPage)
        .with(view)
        .with_islands()
        .rejected(form)
        .into_response())
}

/// The stored file, or the files page again saying what to fix (anything
/// stored is removed first).
async fn accepted(
    at: &AtArticle,
    role: FileRole,
    upload: UploadForm,
) -> PageResult<Result<(FormState, Stored), Response>> {
    let UploadForm { mut form, file } = upload;
    match file {
        Ok(stored) if !form.has_errors() => Ok(Ok((form, stored))),
        Ok(stored) => {
            upload::remove(&at.state.uploads, &[stored.storage_key]).await;
            Ok(Err(files_again(at, form).await?))
        }
        Err(problem) => {
            form.add(file_field(role), problem.message_id(role));
            Ok(Err(files_again(at, form).await?))
        }
    }
}

/// The form again with `message` on `field`; the file just stored is removed.
async fn refuse(
    at: &AtArticle,
    mut form: FormState,
    stored: Stored,
    field: &str,
    message: &str,
) -> PageResult<Response> {
    upload::remove(&at.state.uploads, &[stored.storage_key]).await;
    form.add(field, message);
    files_again(at, form).await
}

/// Records a stored file, audited; the stored file is removed if that fails.
async fn record(
    at: &AtArticle,
    role: FileRole,
    titles: (String, String),
    stored: Stored,
) -> PageResult<Response> {
    let key = [stored.storage_key.clone()];
    let new = NewFile {
        role,
        title_zh: titles.0,
        title_en: titles.1,
        original_name: stored.original_name,
        media: stored.media,
        size_bytes: stored.size_bytes,
        storage_key: stored.storage_key,
    };
    let recorded = async {
        let change = at.change().await?;
        let now = at.state.clock.now_local();
        let id = store::add_file(change.db(), at.found.id, &new, at.staff.account.id, now).await?;
        let audit =
            Audit::new(AuditAction::UploadArticleFile, AuditTarget::Article(at.found.id)).detail(format!(
                "{} file:{id} {} ({} bytes)",
                role.key(),
                new.original_name,
                new.size_bytes
            ));
        change.commit(audit).await?;
        Ok::<_, PageError>(())
    };
    if let Err(error) = recorded.await {
        upload::remove(&at.state.uploads, &key).await;
        return Err(error);
    }
    Ok(see_other(&FilesDone::Uploaded.at(&files_path(at.found.id), None)))
}

/// `POST /staff/articles/{id}/files/video`: one video per item, streamed to storage.
pub async fn upload_video(at: AtArticle, request: Request) -> PageResult<Response> {
    let role = FileRole::Video;
    let upload = upload::read(request, &at.state.uploads, role).await?;
    let (form, stored) = match accepted(&at, role, upload).await? {
        Ok(accepted) => accepted,
        Err(again) => return Ok(again),
    };
    if store::with_role(&at.state.db, at.found.id, role).await?.is_some() {
        return refuse(&at, form, stored, "video", "article-files-error-video-exists").await;
    }
    record(&at, role, (String::new(), String::new()), stored).await
}

/// `POST /staff/articles/{id}/files/captions`: WebVTT captions for the video, in Chinese or English.
pub async fn upload_captions(at: AtArticle, request: Request) -> PageResult<Response> {
    let upload = upload::read(request, &at.state.uploads, FileRole::CaptionsZh).await?;
    let (mut form, stored) = match accepted(&at, FileRole::CaptionsZh, upload).await? {
        Ok(accepted) => accepted,
        Err(again) => return Ok(again),
    };
    let role = form.choice(
        "captions_language",
        |v| match v {
            "zh" => Some(FileRole::CaptionsZh),
            "en" => Some(FileRole::CaptionsEn),
            _ => None,
        },
        "article-files-error-captions-language",
    );
    let db = &at.state.db;
    let Some(role) = role else {
        upload::remove(&at.state.uploads, &[stored.storage_key]).await;
        return files_again(&at, form).await;
    };
    if store::with_role(db, at.found.id, FileRole::Video)
        .await?
        .is_none()
    {
        return refuse(&at, form, stored, "captions", "article-files-error-no-video").await;
    }
    if store::with_role(db, at.found.id, role).await?.is_some() {
        return refuse(
            &at,
            form,
            stored,
            "captions_language",
            "article-files-error-captions-exist",
        )
        .await;
    }
    record(&at, role, (String::new(), String::new()), stored).await
}

/// `POST /staff/articles/{id}/files/attachments`: a PDF, Word or spreadsheet file with its link text.
pub async fn upload_attachment(at: AtArticle, request: Request) -> PageResult<Response> {
    let role = FileRole::Attachment;
    let mut upload = upload::read(request, &at.state.uploads, role).await?;
    let title_zh = upload
        .form
        .text("title_zh", SHORT_TEXT, Some("article-files-error-title-zh"));
    let title_en = upload.form.text("title_en", SHORT_TEXT, None);
    let (_, stored) = match accepted(&at, role, upload).await? {
        Ok(accepted) => accepted,
        Err(again) => return Ok(again),
    };
    record(&at, role, (title_zh, title_en), stored).await
}

/// `POST /staff/articles/{id}/files/transcript`.
pub async fn save_transcript(at: AtArticle, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let zh = form.text("transcript_zh", TRANSCRIPT_TEXT, None);
    let en = form.text("transcript_en", TRANSCRIPT_TEXT, None);
    if form.has_errors() {
        return files_again(&at, form).await;
    }
    let change = at.change().await?;
    let saved = store::set_transcript(change.db(), at.found.id, &zh, &en).await?;
    let audit = Audit::new(AuditAction::EditTranscript, AuditTarget::Article(at.found.id)).detail(format!(
        "{} + {} characters",
        zh.chars().count(),
        en.chars().count()
    ));
    let done = match change.commit_if(saved, audit).await? {
        true => FilesDone::TranscriptSaved,
        false => FilesDone::Unchanged,
    };
    Ok(see_other(&done.at(&files_path(at.found.id), None)))
}

/// `POST /staff/articles/{id}/files/{file}/remove`: the file (with the video, its captions).
pub async fn remove_file(at: AtArticle, PathIds(_, file): PathIds) -> PageResult<Response> {
    let change = at.change().await?;
    let removed = store::remove_file(change.db(), at.found.id, file).await?;
    if removed.is_empty() {
        change.abandon().await?;
        return Err(PageError::NotFound);
    }
    let what: Vec<String> = removed
        .iter()
        .map(|f| format!("{} file:{} {}", f.role, f.id, f.original_name))
        .collect();
    let audit =
        Audit::new(AuditAction::RemoveArticleFile, AuditTarget::Article(at.found.id)).detail(what.join("; "));
    change.commit(audit).await?;
    let keys: Vec<String> = removed.into_iter().map(|f| f.storage_key).collect();
    upload::remove(&at.state.uploads, &keys).await;
    Ok(see_other(&FilesDone::Removed.at(&files_path(at.found.id), None)))
}

/// The article with `id` and the version the public sees, if it is live at `now`.
async fn live_article(
    state: &PortalState,
    id: i32,
    now: NaiveDateTime,
) -> Result<Option<(Article, Revision)>, DbErr> {
    let Some(article) = articles::find(&state.db, id).await?.filter(|a| a.is_live(now)) else {
        return Ok(None);
    };
    let Some(live) = article.live_revision_id else {
        return Ok(None);
    };
    let version = articles::revision::Entity::find_by_id(live)
        .one(&state.db)
        .await?;
    Ok(version.map(|v| (article, v)))
}

/// `GET /files/{id}`: a file of an item the public sees now; otherwise 404.
pub async fn download(
    State(state): State<PortalState>,
    PathId(id): PathId,
    headers: HeaderMap,
) -> PageResult<Response> {
    let file = store::find_file(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let now = state.clock.now_local();
    live_article(&state, file.article_id, now)
        .await?
        .ok_or(PageError::NotFound)?;
    serve(&state.uploads, &file, &headers).await
}

/// The attachment a request names, if it is one of the article's.
async fn chosen_file(state: &PortalState, article_id: i32, sent: &str) -> Result<Option<ArticleFile>, DbErr> {
    let Some(id) = sent.trim().parse::<i32>().ok().filter(|id| *id > 0) else {
        return Ok(None);
    };
    Ok(store::find_file(&state.db, id)
        .await?
        .filter(|f| f.article_id == article_id && f.role() == Some(FileRole::Attachment)))
}

fn request_view(
    lang: Lang,
    article: &Article,
    version: &Revision,
    file: Option<&ArticleFile>,
) -> RequestFormView {
    RequestFormView {
        action: format!("/information/{}/request-format", article.id),
        item_href: article.path(),
        item_title: Content::pick(lang, &version.title_zh, &version.title_en),
        file_id: file.map(|f| f.id),
        file_title: file.map(|f| Content::pick(lang, &f.title_zh, &f.title_en)),
    }
}

/// `GET /information/{id}/request-format?file=…`.
pub async fn request_form(
    State(state): State<PortalState>,
    lang: Lang,
    PathId(id): PathId,
    query: QueryValues,
) -> PageResult<Page> {
    let (article, version) = live_article(&state, id, state.clock.now_local())
        .await?
        .ok_or(PageError::NotFound)?;
    let file = chosen_file(&state, id, query.0.get("file").unwrap_or_default()).await?;
    Ok(Page::new(RequestFormatPage).with(request_view(lang, &article, &version, file.as_ref())))
}

/// An email address or a phone number, or what to fix.
fn read_contact(form: &mut FormState) -> Option<Contact> {
    let typed = form.value("contact");
    let typed = typed.trim();
    if typed.is_empty() {
        form.add("contact", "article-files-request-contact-error");
        return None;
    }
    if typed.contains('@') {
        let email = crate::domain::applications::normalise_email(typed).ok();
        if email.is_none() {
            form.add("contact", "article-files-request-email-error");
        }
        return email.map(Contact::Email);
    }
    let phone = phone_number(typed);
    if phone.is_none() {
        form.add("contact", "article-files-request-contact-error");
    }
    phone.map(Contact::Phone)
}

/// `POST /information/{id}/request-format`: recorded as a task for content
/// editors, with a confirmation email when an address was given.
pub async fn request_format(
    State(state): State<PortalState>,
    lang: Lang,
    client: ClientAddress,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let (article, version) = live_article(&state, id, state.clock.now_local())
        .await?
        .ok_or(PageError::NotFound)?;
    let mut form = sent.to_form();
    let file = chosen_file(&state, id, &form.value("file")).await?;
    let format = form.choice("format", OtherFormat::parse, "article-files-request-format-error");
    let name = form.name("name", "article-files-request-name-error");
    let contact = read_contact(&mut form);
    let note = form.text("note", REASON_TEXT, None);
    let view = request_view(lang, &article, &version, file.as_ref());
    let rejected = |form: FormState| {
        Page::new(RequestFormatPage)
            .with(view.clone())
            .rejected(form)
            .into_response()
    };
    let (Some(format), Some(name), Some(contact), false) = (format, name, contact, form.has_errors()) else {
        return Ok(rejected(form));
    };
    let (contact_text, email) = match contact {
        Contact::Email(email) => (email.clone(), Some(email)),
        Contact::Phone(phone) => (phone, None),
    };
    let emailed = email.is_some();
    let new = NewRequest {
        article_id: id,
        file_id: file.as_ref().map(|f| f.id),
        format,
        name,
        contact: contact_text,
        email,
        note,
        lang,
    };
    let title = match &file {
        Some(f) => format!(
            "{} – {}",
            view.item_title.text,
            Content::pick(lang, &f.title_zh, &f.title_en).text
        ),
        None => view.item_title.text.clone(),
    };
    let mail_text = RequestMail {
        title,
        format: tr(lang, &format.message_id()),
    };
    let limits = [Limit {
        key: format!("format-request:address:{}", client.for_limits()),
        max: REQUESTS_PER_CLIENT,
        window: chrono::Duration::minutes(LIMIT_WINDOW_MINUTES),
    }];
    let (now, local_now) = (state.clock.now(), state.clock.now_local());
    match store::add_request(&state.db, &new, &mail_text, &limits, now, local_now).await? {
        Ok(reference) => Ok(see_other(&format!(
            "/information/{id}/request-format/sent?reference={reference}{}",
            if emailed { "&emailed=1" } else { "" }
        ))),
        Err(until) => {
            let time = dates::time(utc_to_chongqing(until));
            form.add_with("contact", "article-files-request-limited", vec![("time", time)]);
            Ok(rejected(form))
        }
    }
}

/// `GET /information/{id}/request-format/sent?reference=…`.
pub async fn request_sent(
    State(state): State<PortalState>,
    PathId(id): PathId,
    query: QueryValues,
) -> PageResult<Page> {
    let article = articles::find(&state.db, id).await?.ok_or(PageError::NotFound)?;
    let reference = query
        .0
        .get("reference")
        .filter(|r| !r.is_empty() && r.len() <= 10 && r.chars().all(|c| c.is_ascii_digit()))
        .ok_or(PageError::NotFound)?;
    Ok(Page::new(RequestSentPage).with(RequestSentView {
        reference: reference.to_string(),
        item_href: article.path(),
        emailed: query.0.get("emailed") == Some("1"),
    }))
}

/// `GET /staff/format-requests`: open requests first, the longest waiting at
/// the top. They hold names and contacts: each view is in the audit log.
pub async fn requests(State(state): State<PortalState>, staff: Editor) -> PageResult<Page> {
    let lang = staff.lang;
    let db = &state.db;
    let audit = Audit::new(AuditAction::ViewFormatRequests, AuditTarget::FormatRequests);
    staff.actor.record(db, audit).await?;
    let mut rows = Vec::new();
    for request in store::requests(db).await? {
        let article = articles::find(db, request.article_id).await?;
        let version = articles::latest_revision(db, request.article_id).await?;
        let file = match request.file_id {
            Some(id) => store::find_file(db, id).await?,
            None => None,
        };
        let handled = match (request.handled_by, request.handled_at) {
            (Some(by), Some(at)) => {
                let name = staff_account::find(db, by)
                    .await?
                    .map(|s| s.display_name)
                    .unwrap_or_default();
                Some(format!("{name} · {}", dates::date_time(lang, at)))
            }
            _ => None,
        };
        rows.push(RequestRow {
            id: request.id,
            article_href: article.map_or_else(String::new, |a| format!("/staff/articles/{}", a.id)),
            article_title: version.map_or_else(Content::default, |v| {
                Content::pick(lang, &v.title_zh, &v.title_en)
            }),
            file_title: file.map(|f| Content::pick(lang, &f.title_zh, &f.title_en)),
            format: request
                .format()
                .map_or_else(String::new, |f| tr(lang, &f.message_id())),
            name: request.name.clone(),
            contact: request.contact.clone(),
            note: request.note.clone(),
            received: dates::date_time(lang, request.created_at),
            open: request.is_open(),
            handled,
        });
    }
    Ok(staff.page(FormatRequestsPage).with(RequestsView { rows }))
}

/// `POST /staff/format-requests/{id}/done`.
pub async fn complete(
    State(state): State<PortalState>,
    staff: Editor,
    PathId(id): PathId,
) -> PageResult<Response> {
    let change = staff.change(&state.db).await?;
    let now = state.clock.now_local();
    let moved = store::complete(change.db(), id, staff.account.id, now).await?;
    let audit = Audit::new(AuditAction::CompleteFormatRequest, AuditTarget::FormatRequest(id));
    let done = match change.commit_if(moved, audit).await? {
        true => FilesDone::RequestDone,
        false => FilesDone::Unchanged,
    };
    Ok(see_other(&done.at("/staff/format-requests", None)))
}
