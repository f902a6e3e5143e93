//! The pages of an item's files: the public part of an item page (its
//! sign-language video with captions and transcript, and its attachments
//! with "request another format"), the staff page that uploads and removes
//! them, the public form to request another format with its confirmation,
//! and the staff list of those requests.

use crate::applications::upload_progress::{UploadProgress, PERCENT_MARK};
use crate::components::{
    BackLink, Content, ContentText, Done, ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios,
    StaffNav, Table, Tag, TagKind, TextArea, TextInput,
};
use crate::event_editing::{InputPair, TextAreaPair};
use crate::forms::{use_form, FormState};
use crate::i18n::{t, t_with};
use leptos::prelude::*;

/// A captions track of the video.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackView {
    pub href: String,
    /// `zh-CN` or `en`.
    pub srclang: &'static str,
    /// Its label's message id.
    pub label: &'static str,
    pub default: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VideoView {
    pub href: String,
    /// The `type` of its `<source>` (`video/mp4`).
    pub content_type: &'static str,
    /// "MP4, 35 MB".
    pub type_name: String,
    pub size: String,
    pub tracks: Vec<TrackView>,
    /// In the page's language (the Chinese marked when it stands in); none if empty.
    pub transcript: Option<Content>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachmentView {
    pub href: String,
    pub title: Content,
    /// "PDF", "Word".
    pub type_name: String,
    pub size: String,
    /// The address of "request another format" for this file.
    pub request_href: String,
}

/// The files part of a public item page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MediaView {
    pub video: Option<VideoView>,
    pub attachments: Vec<AttachmentView>,
    /// "Request another format" for the item as a whole.
    pub request_href: String,
}

/// Drawn inside the item page after the easy-read summary; nothing when the
/// handler gave no files (or there are none).
#[component]
pub fn ArticleMedia() -> impl IntoView {
    let Some(media) = use_context::<MediaView>() else {
        return ().into_any();
    };
    view! {
        {media.video.map(|video| view! { <SignLanguage video/> })}
        {(!media.attachments.is_empty()).then(|| view! { <Attachments attachments=media.attachments.clone()/> })}
        <p class="no-print"><a href=media.request_href.clone()>{t("article-files-request-item")}</a></p>
    }
    .into_any()
}

#[component]
fn SignLanguage(video: VideoView) -> impl IntoView {
    view! {
        <section class="sign-language" aria-labelledby="video-section-heading">
            <h2 id="video-section-heading">{t("article-files-sign-language")}</h2>
            <p class="hint">{t("article-files-sign-language-hint")}</p>
            <video class="sign-language__video" controls=true preload="metadata">
                <source src=video.href.clone() type=video.content_type/>
                {video.tracks.into_iter().map(|track| view! {
                    <track kind="captions" src=track.href srclang=track.srclang label=t(track.label) default=track.default/>
                }).collect_view()}
                <p>{t("article-files-no-video-player")}</p>
            </video>
            <p>
                <a href=video.href download="">
                    {t("article-files-download-video")}
                    <span class="hint">{t_with("article-files-type-size", &[("type", video.type_name), ("size", video.size)])}</span>
                </a>
            </p>
            {video.transcript.map(|transcript| view! {
                <details class="details">
                    <summary class="details__summary">{t("article-files-transcript")}</summary>
                    <div class="details__text" lang=transcript.lang>
                        {transcript.text.lines().map(|line| view! { <p>{line.to_string()}</p> }).collect_view()}
                    </div>
                </details>
            })}
        </section>
    }
}

#[component]
fn Attachments(attachments: Vec<AttachmentView>) -> impl IntoView {
    view! {
        <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t("article-files-attachments")}</h2>
            <p class="hint">{t("article-files-attachments-hint")}</p>
            <ul class="list attachment-list">
                {attachments.into_iter().map(|a| view! {
                    <li class="attachment-list__item">
                        <a href=a.href download=""><ContentText content=a.title.clone()/>
                            {t_with("article-files-link-suffix", &[("type", a.type_name), ("size", a.size)])}</a>
                        <br/>
                        <a href=a.request_href class="attachment-list__request">
                            {t("article-files-request")}<span class="visually-hidden">{": "}<ContentText content=a.title/></span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// What a change on the staff files page did (`?done=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilesDone {
    Uploaded,
    Removed,
    TranscriptSaved,
    RequestDone,
    Unchanged,
}

impl Done for FilesDone {
    const ALL: &'static [FilesDone] = &[
        FilesDone::Uploaded,
        FilesDone::Removed,
        FilesDone::TranscriptSaved,
        FilesDone::RequestDone,
        FilesDone::Unchanged,
    ];

    fn key(self) -> &'static str {
        match self {
            FilesDone::Uploaded => "uploaded",
            FilesDone::Removed => "removed",
            FilesDone::TranscriptSaved => "transcript-saved",
            FilesDone::RequestDone => "request-done",
            FilesDone::Unchanged => "unchanged",
        }
    }

    fn message_id(self) -> String {
        format!("article-files-done-{}", self.key())
    }
}

/// One stored file on the staff page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffFileRow {
    pub id: i32,
    /// The role's message id.
    pub role: &'static str,
    pub title: Content,
    pub original_name: String,
    pub type_name: String,
    pub size: String,
}

/// `/staff/articles/{id}/files`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilesView {
    pub article_id: i32,
    pub title: String,
    /// The public sees the article now: changes show at once.
    pub live: bool,
    pub has_video: bool,
    pub has_captions_zh: bool,
    pub has_captions_en: bool,
    pub rows: Vec<StaffFileRow>,
    pub video_limit: String,
    pub captions_limit: String,
    pub attachment_limit: String,
}

/// A file input with its label, hint and error, as the other forms draw them.
#[component]
fn FileInput(
    form: FormState,
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    accept: &'static str,
) -> impl IntoView {
    let error = form.error(id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    view! {
        <div class=if error.is_some() { "form-group form-group--error" } else { "form-group" }>
            <label class="label" for=id>{label}</label>
            <p id=hint_id class="hint">{hint}</p>
            {error.clone().map(|e| view! {
                <p id=error_id class="error-message"><span class="visually-hidden">{format!("{} ", t("error-prefix"))}</span>{e}</p>
            })}
            <input class="file-upload" type="file" id=id name=id accept=accept
                aria-invalid=error.is_some().then_some("true") aria-describedby=described/>
        </div>
    }
}

/// One upload form, sent with a progress bar when JavaScript runs.
#[component]
fn UploadForm(
    action: String,
    #[prop(into)] heading_id: String,
    button: String,
    children: Children,
) -> impl IntoView {
    view! {
        <UploadProgress
            id=format!("{heading_id}-progress")
            label=t("article-files-progress-label")
            announcement=t_with("article-files-progress", &[("percent", PERCENT_MARK.to_string())])
        >
            <form method="post" action=action enctype="multipart/form-data" novalidate=true class="upload-form" aria-labelledby=heading_id>
                {children()}
                <button type="submit" class="button button--secondary">{button}</button>
            </form>
        </UploadProgress>
    }
}

#[component]
pub fn FilesPage() -> impl IntoView {
    crate::components::with_view(files_page)
}

fn files_page(files: FilesView) -> impl IntoView {
    let form = use_form();
    let base = format!("/staff/articles/{}/files", files.article_id);
    let done = FilesDone::of_page();
    let title = t("article-files-staff-title");
    let rows = files
        .rows
        .iter()
        .cloned()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row"><ContentText content=row.title.clone()/></th>
                    <td>{t(row.role)}</td>
                    <td>{row.original_name}<br/><span class="hint">{t_with("article-files-type-size", &[("type", row.type_name), ("size", row.size)])}</span></td>
                    <td>
                        <form method="post" action=format!("{base}/{}/remove", row.id) class="inline-form">
                            <button type="submit" class="button-link">{t("article-files-remove")}<span class="visually-hidden">{": "}<ContentText content=row.title/></span></button>
                        </form>
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "article-files-col-title",
        "article-files-col-role",
        "article-files-col-file",
        "article-files-col-action",
    ]
    .map(t)
    .to_vec();
    let captions_choices = [
        ("zh", "article-files-captions-zh", files.has_captions_zh),
        ("en", "article-files-captions-en", files.has_captions_en),
    ]
    .into_iter()
    .filter(|(_, _, has)| !has)
    .map(|(value, label, _)| RadioOption {
        value: value.to_string(),
        label: t(label),
        hint: None,
    })
    .collect::<Vec<_>>();
    let video_part = if files.has_video {
        view! {
                <p>{t("article-files-video-replace-hint")}</p>
                <h3 id="transcript-heading">{t("article-files-transcript")}</h3>
                <form method="post" action=format!("{base}/transcript") novalidate=true aria-labelledby="transcript-heading">
                    <TextAreaPair form=form.clone() name="transcript" label_zh=t("article-files-transcript-zh") label_en=t("article-files-transcript-en")
                        hint_zh=t("article-files-transcript-hint")/>
                    <button type="submit" class="button">{t("article-files-transcript-save")}</button>
                </form>
                {(!captions_choices.is_empty()).then({ let (form, base) = (form.clone(), base.clone()); move || view! {
                    <h3 id="captions-heading">{t("article-files-captions-heading")}</h3>
                    <UploadForm action=format!("{base}/captions") heading_id="captions-heading" button=t("article-files-upload-captions")>
                        <Radios name="captions_language" legend=t("article-files-captions-language") options=captions_choices.clone()
                            selected=vec![form.value("captions_language")] error=form.error("captions_language")/>
                        <FileInput form=form.clone() id="captions" label=t("article-files-captions-file")
                            hint=t_with("article-files-captions-hint", &[("size", files.captions_limit.clone())]) accept=".vtt,text/vtt"/>
                    </UploadForm>
                }})}
            }
            .into_any()
    } else {
        let form = form.clone();
        view! {
                <UploadForm action=format!("{base}/video") heading_id="video-heading" button=t("article-files-upload-video")>
                    <FileInput form=form.clone() id="video" label=t("article-files-video-file")
                        hint=t_with("article-files-video-hint", &[("size", files.video_limit.clone())]) accept=".mp4,.webm,video/mp4,video/webm"/>
                </UploadForm>
            }
            .into_any()
    };
    let attach_form = form.clone();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href=format!("/staff/articles/{}", files.article_id) text=t("article-files-back")/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|done| view! { <NotificationBanner heading=t(&done.message_id())><span></span></NotificationBanner> })}
        <span class="caption">{files.title.clone()}</span>
        <h1>{title}</h1>
        <p class="inset">{if files.live { t("article-files-live-hint") } else { t("article-files-not-live-hint") }}</p>
        <h2 id="stored-heading">{t("article-files-stored")}</h2>
        <Table caption=t("article-files-stored") caption_hidden=true headers rows empty=t("article-files-none")/>

        <h2 id="video-heading">{t("article-files-video-heading")}</h2>
        {video_part}

        <h2 id="attachment-heading">{t("article-files-attachment-heading")}</h2>
        <p>{t("article-files-html-first")}</p>
        <UploadForm action=format!("{base}/attachments") heading_id="attachment-heading" button=t("article-files-upload-attachment")>
            <InputPair form=attach_form.clone() name="title" label_zh=t("article-files-title-zh") label_en=t("article-files-title-en")/>
            <FileInput form=attach_form id="attachment" label=t("article-files-attachment-file")
                hint=t_with("article-files-attachment-hint", &[("size", files.attachment_limit.clone())])
                accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods"/>
        </UploadForm>
    }
}

/// `/information/{id}/request-format`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestFormView {
    pub action: String,
    pub item_href: String,
    pub item_title: Content,
    /// The attachment asked about, if one.
    pub file_id: Option<i32>,
    pub file_title: Option<Content>,
}

#[component]
pub fn RequestFormatPage() -> impl IntoView {
    crate::components::with_view(request_form)
}

fn request_form(request: RequestFormView) -> impl IntoView {
    let form = use_form();
    let title = t("article-files-request-title");
    let options = crate::domain::article_files::OtherFormat::ALL
        .into_iter()
        .map(|f| RadioOption {
            value: f.key().to_string(),
            label: t(&f.message_id()),
            hint: Some(t(&format!("{}-hint", f.message_id()))),
        })
        .collect::<Vec<_>>();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <BackLink href=request.item_href.clone() text=t("article-files-request-back")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <p class="lead">{t("article-files-request-lead")}</p>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("article-files-request-item-label")}</dt>
                <dd class="summary-list__value"><a href=request.item_href.clone()><ContentText content=request.item_title.clone()/></a></dd>
            </div>
            {request.file_title.clone().map(|title| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t("article-files-request-file-label")}</dt>
                    <dd class="summary-list__value"><ContentText content=title/></dd>
                </div>
            })}
        </dl>
        <form method="post" action=request.action.clone() novalidate=true>
            {request.file_id.map(|id| view! { <input type="hidden" name="file" value=id.to_string()/> })}
            <Radios name="format" legend=t("article-files-request-format") options
                selected=vec![form.value("format")] error=form.error("format")/>
            <TextInput id="name" name="name" label=t("article-files-request-name") value=form.value("name")
                error=form.error("name") autocomplete="name" width="input--20"/>
            <TextInput id="contact" name="contact" label=t("article-files-request-contact") hint=t("article-files-request-contact-hint")
                value=form.value("contact") error=form.error("contact") autocomplete="email" width="input--30"/>
            <TextArea id="note" label=t("article-files-request-note") hint=t("article-files-request-note-hint")
                value=form.value("note") error=form.error("note")/>
            <button type="submit" class="button">{t("article-files-request-send")}</button>
        </form>
    }
}

/// The confirmation after a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestSentView {
    pub reference: String,
    pub item_href: String,
    pub emailed: bool,
}

#[component]
pub fn RequestSentPage() -> impl IntoView {
    crate::components::with_view(|sent: RequestSentView| {
        view! {
            <PageTitle text=t("article-files-sent-title")/>
            <div class="panel">
                <h1 class="panel__title">{t("article-files-sent-title")}</h1>
                <p class="panel__body">{t("article-files-sent-reference")}<br/><strong class="reference">{sent.reference}</strong></p>
            </div>
            <h2>{t("article-files-sent-next")}</h2>
            <p>{t("article-files-sent-next-body")}</p>
            {sent.emailed.then(|| view! { <p>{t("article-files-sent-emailed")}</p> })}
            <p><a href=sent.item_href>{t("article-files-request-back")}</a></p>
        }
    })
}

/// One request on the staff list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestRow {
    pub id: i32,
    pub article_href: String,
    pub article_title: Content,
    pub file_title: Option<Content>,
    pub format: String,
    pub name: String,
    pub contact: String,
    pub note: String,
    pub received: String,
    pub open: bool,
    /// Who marked it done, and when.
    pub handled: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestsView {
    pub rows: Vec<RequestRow>,
}

/// `/staff/format-requests`.
#[component]
pub fn FormatRequestsPage() -> impl IntoView {
    crate::components::with_view(|list: RequestsView| {
        let title = t("article-files-requests-title");
        let done = FilesDone::of_page();
        let open = list.rows.iter().filter(|r| r.open).count();
        let rows = list
            .rows
            .into_iter()
            .map(|row| {
                let id = row.id;
                view! {
                    <tr>
                        <th scope="row">
                            <a href=row.article_href><ContentText content=row.article_title/></a>
                            {row.file_title.map(|title| view! { <br/><span class="hint"><ContentText content=title/></span> })}
                        </th>
                        <td>{row.format}</td>
                        <td>{row.name}<br/>{row.contact}{(!row.note.is_empty()).then(|| view! { <br/><span class="hint">{row.note.clone()}</span> })}</td>
                        <td>{row.received}</td>
                        <td>
                            {if row.open {
                                view! {
                                    <Tag text=t("article-files-status-open") kind=TagKind::Warning/>
                                    <form method="post" action=format!("/staff/format-requests/{id}/done") class="inline-form">
                                        <button type="submit" class="button-link">{t("article-files-mark-done")}<span class="visually-hidden">{format!(" {id}")}</span></button>
                                    </form>
                                }.into_any()
                            } else {
                                view! {
                                    <Tag text=t("article-files-status-done") kind=TagKind::Done/>
                                    {row.handled.map(|h| view! { <br/><span class="hint">{h}</span> })}
                                }.into_any()
                            }}
                        </td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let headers = [
            "article-files-col-item",
            "article-files-col-format",
            "article-files-col-who",
            "article-files-col-received",
            "article-files-col-status",
        ]
        .map(t)
        .to_vec();
        view! {
            <PageTitle text=title.clone()/>
            <StaffNav/>
            <BackLink href="/staff/articles" text=t("information-staff-back")/>
            {done.map(|done| view! { <NotificationBanner heading=t(&done.message_id())><span></span></NotificationBanner> })}
            <h1>{title.clone()}</h1>
            <p class="lead">{t_with("article-files-requests-lead", &[("open", open.to_string())])}</p>
            <Table caption=title headers rows empty=t("article-files-requests-none")/>
        }
    })
}
