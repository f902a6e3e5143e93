//! `/staff/articles…` and `/staff/banner…`. Every handler asks for
//! `EditArticles`; publishing also asks `StaffMember::may` about the
//! second-person rule, and assigning a publisher is for administrators.

use super::pages::{
    ArticleDone, ArticleEditPage, ArticleEditView, ArticleRow, ArticlesPage, ArticlesView, BannerPage,
    BannerView, Preview, VersionRow,
};
use super::EditArticles;
use crate::accounts::staff_account;
use crate::accounts::staff_session::{InScope, Scoped, Staff};
use crate::components::{Content, Done};
use crate::domain::articles::{ArticleKind, ArticleMove, ArticleStatus, PolicyPart};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::staff::{Role, StaffAction};
use crate::event_editing::{LONG_TEXT, REASON_TEXT, SHORT_TEXT};
use crate::forms::FormState;
use crate::i18n::{dates, Lang};
use crate::information::handlers::policy_sections;
use crate::information::markup::to_html;
use crate::information::store::{self, Article, ArticleFields, Revision, VersionText};
use crate::web::{see_other, FormValues, Page, PageResult, PathId, PortalState, QueryValues};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDateTime, NaiveTime};
use sea_orm::{DatabaseConnection, DbErr};

type Editor = Staff<EditArticles>;
type AtArticle = Scoped<Article>;

/// The longest body: a long policy explainer.
const BODY_TEXT: usize = 50_000;
const SLUG_TEXT: usize = 64;

/// Articles are the district's, not an area's: every editor reaches every one.
impl InScope for Article {
    type Permission = EditArticles;

    async fn find_in_scope(db: &DatabaseConnection, _area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        store::find(db, id).await
    }
}

/// A slug is lower-case letters, digits and hyphens (`five-centres`).
fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The error message of a policy explainer's part left empty in Chinese.
fn part_error(part: PolicyPart) -> String {
    format!("policy-explainers-{}-zh-error", part.key())
}

fn read_text(form: &mut FormState, kind: ArticleKind) -> VersionText {
    let mut text = VersionText {
        title_zh: form.text("title_zh", SHORT_TEXT, Some("information-title-zh-error")),
        title_en: form.text("title_en", SHORT_TEXT, None),
        easy_read_zh: form.text("easy_read_zh", LONG_TEXT, Some("information-easy-read-zh-error")),
        easy_read_en: form.text("easy_read_en", LONG_TEXT, None),
        body_zh: form.text("body_zh", BODY_TEXT, Some("information-body-zh-error")),
        body_en: form.text("body_en", BODY_TEXT, None),
        change_note_zh: form.text("change_note_zh", REASON_TEXT, None),
        change_note_en: form.text("change_note_en", REASON_TEXT, None),
        ..VersionText::default()
    };
    // A policy explainer says what changed, who it is for and what to do,
    // in Chinese at least, like its body; other kinds have no such parts.
    if kind == ArticleKind::Policy {
        for part in PolicyPart::ALL {
            let field = part.field();
            let zh = form.text(&format!("{field}_zh"), LONG_TEXT, Some(&part_error(part)));
            let en = form.text(&format!("{field}_en"), LONG_TEXT, None);
            text.set_part(part, zh, en);
        }
    }
    text
}

/// The parts a policy explainer's version lacks, as errors on their fields:
/// a version saved before the parts existed is neither submitted nor
/// published until they are written.
fn parts_missing(article: &Article, version: &Revision, form: &mut FormState) -> bool {
    let missing = PolicyPart::missing(article.kind(), |part| version.part(part).0);
    for part in &missing {
        form.add(&format!("{}_zh", part.field()), &part_error(*part));
    }
    !missing.is_empty()
}

async fn read_fields(
    db: &DatabaseConnection,
    form: &mut FormState,
    kind: ArticleKind,
    id: Option<i32>,
) -> Result<ArticleFields, DbErr> {
    let mut fields = ArticleFields::default();
    match kind {
        ArticleKind::Page => {
            let slug = form.text("slug", SLUG_TEXT, Some("information-slug-error"));
            if !slug.is_empty() && !is_slug(&slug) {
                form.add("slug", "information-slug-error");
            } else if !slug.is_empty() && store::slug_taken(db, &slug, id).await? {
                form.add("slug", "information-slug-taken");
            }
            fields.slug = Some(slug);
        }
        ArticleKind::Notice => {
            fields.closes_on = form.optional_date("closes_on", "information-date-error");
        }
        ArticleKind::Policy => {
            fields.source_title =
                form.text("source_title", SHORT_TEXT, Some("information-source-title-error"));
            fields.source_number = form.text("source_number", SHORT_TEXT, None);
            fields.source_date = form.optional_date("source_date", "information-date-error");
        }
        ArticleKind::News => {}
    }
    Ok(fields)
}

/// The form's values of a stored article and its newest version.
fn stored_values(article: &Article, version: &Revision) -> FormState {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let pairs = [
        ("title_zh", version.title_zh.clone()),
        ("title_en", version.title_en.clone()),
        ("easy_read_zh", version.easy_read_zh.clone()),
        ("easy_read_en", version.easy_read_en.clone()),
        ("body_zh", version.body_zh.clone()),
        ("body_en", version.body_en.clone()),
        ("change_note_zh", version.change_note_zh.clone()),
        ("change_note_en", version.change_note_en.clone()),
        ("what_changed_zh", version.what_changed_zh.clone()),
        ("what_changed_en", version.what_changed_en.clone()),
        ("who_for_zh", version.who_for_zh.clone()),
        ("who_for_en", version.who_for_en.clone()),
        ("what_to_do_zh", version.what_to_do_zh.clone()),
        ("what_to_do_en", version.what_to_do_en.clone()),
        ("slug", article.slug.clone().unwrap_or_default()),
        ("closes_on", date(article.closes_on)),
        ("source_title", article.source_title.clone()),
        ("source_number", article.source_number.clone()),
        ("source_date", date(article.source_date)),
    ];
    FormState::new(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn preview_of(lang: Lang, kind: ArticleKind, text: &VersionText) -> Preview {
    let body = Content::pick(lang, &text.body_zh, &text.body_en);
    Preview {
        title: Content::pick(lang, &text.title_zh, &text.title_en),
        easy_read: Content::pick(lang, &text.easy_read_zh, &text.easy_read_en),
        sections: policy_sections(lang, kind, |part| text.part(part)),
        body_html: to_html(&body.text),
        body_lang: body.lang,
    }
}

fn wants_preview(sent: &FormValues) -> bool {
    sent.get("action") == Some("preview")
}

/// `GET /staff/articles`.
pub async fn list(State(state): State<PortalState>, staff: Editor) -> PageResult<Page> {
    let now = state.clock.now_local();
    let rows = store::all_with_latest(&state.db)
        .await?
        .into_iter()
        .map(|(a, v)| ArticleRow {
            id: a.id,
            title: Content::pick(staff.lang, &v.title_zh, &v.title_en),
            kind: a.kind().key(),
            status: a.status().key(),
            live: a.is_live(now),
        })
        .collect();
    Ok(staff.page(ArticlesPage).with(ArticlesView { rows }))
}

fn kind_asked(values: &FormValues) -> ArticleKind {
    values
        .get("kind")
        .and_then(ArticleKind::parse)
        .unwrap_or(ArticleKind::News)
}

fn new_view(kind: ArticleKind) -> ArticleEditView {
    ArticleEditView {
        kind: kind.key(),
        ..ArticleEditView::default()
    }
}

/// `GET /staff/articles/new?kind=…`: an empty form.
pub async fn new_form(staff: Editor, query: QueryValues) -> Page {
    staff
        .page(ArticleEditPage)
        .with(new_view(kind_asked(&query.0)))
        .with(FormState::default())
}

/// `POST /staff/articles/new`: saves the first draft, or previews it.
pub async fn create(
    State(state): State<PortalState>,
    staff: Editor,
    sent: FormValues,
) -> PageResult<Response> {
    let kind = kind_asked(&sent);
    let mut form = sent.to_form();
    let text = read_text(&mut form, kind);
    let fields = read_fields(&state.db, &mut form, kind, None).await?;
    let mut view = new_view(kind);
    if form.has_errors() || wants_preview(&sent) {
        if !form.has_errors() {
            view.preview = Some(preview_of(staff.lang, kind, &text));
        }
        return Ok(staff
            .page(ArticleEditPage)
            .with(view)
            .with_form(form)
            .into_response());
    }
    let change = staff.change(&state.db).await?;
    let now = state.clock.now_local();
    let id = store::create(change.db(), kind, &fields, &text, staff.account.id, now).await?;
    let audit = Audit::new(AuditAction::EditArticle, AuditTarget::Article(id)).detail(format!(
        "created {}: {}",
        kind.key(),
        text.title_zh
    ));
    change.commit(audit).await?;
    Ok(see_other(
        &ArticleDone::Created.at(&format!("/staff/articles/{id}"), None),
    ))
}

/// Why this member may not publish the article's newest version, if a rule says so.
fn publish_blocked(staff: &Editor, article: &Article, version: &Revision) -> Option<&'static str> {
    let may = |author_id| {
        staff.member.may(StaffAction::PublishArticle {
            author_id,
            assigned: article.publisher_id,
        })
    };
    let own = version.created_by == staff.account.id || version.edited_by == staff.account.id;
    if own {
        return Some("information-publish-own");
    }
    match may(version.created_by).and(may(version.edited_by)) {
        Ok(()) => None,
        Err(_) => Some("information-publish-not-assigned"),
    }
}

async fn publishers(db: &DatabaseConnection) -> Result<Vec<(String, String)>, DbErr> {
    let mut people = staff_account::active_with_role(db, Role::ContentEditor).await?;
    people.extend(staff_account::active_with_role(db, Role::Administrator).await?);
    Ok(people
        .into_iter()
        .map(|p| (p.id.to_string(), p.display_name))
        .collect())
}

async fn edit_view(
    at: &AtArticle,
    preview: Option<Preview>,
) -> PageResult<(ArticleEditView, Option<Revision>)> {
    let (db, lang, article) = (&at.state.db, at.lang(), &at.found);
    let now = at.state.clock.now_local();
    let versions = store::revisions(db, article.id).await?;
    let latest = versions.first().cloned();
    let title = latest
        .as_ref()
        .map(|v| Content::pick(lang, &v.title_zh, &v.title_en).text)
        .unwrap_or_default();
    let assigned = match article.publisher_id {
        Some(id) => staff_account::find(db, id).await?.map(|p| p.display_name),
        None => None,
    };
    let may_assign = at.staff.member.may(StaffAction::AssignPublisher).is_ok();
    let view = ArticleEditView {
        id: Some(article.id),
        kind: article.kind().key(),
        title,
        status: Some(article.status().key()),
        live_path: article.is_live(now).then(|| article.path()),
        scheduled: article
            .publish_at
            .filter(|at| *at > now && article.live_revision_id.is_some())
            .map(|at| dates::date_time(lang, at)),
        unpublish_reason: article.unpublish_reason.clone(),
        publish_blocked: latest
            .as_ref()
            .and_then(|v| publish_blocked(&at.staff, article, v)),
        assigned,
        publishers: if may_assign {
            Some(publishers(db).await?)
        } else {
            None
        },
        preview,
        versions: versions
            .iter()
            .map(|v| VersionRow {
                number: v.number,
                created: dates::date_time(lang, v.created_at),
                published: v.published_at.map(|at| dates::date_time(lang, at)),
                note: Content::pick(lang, &v.change_note_zh, &v.change_note_en),
            })
            .collect(),
    };
    Ok((view, latest))
}

/// The article's page with `form`: its stored values, or what was sent and what to fix.
async fn article_page(at: &AtArticle, form: FormState, preview: Option<Preview>) -> PageResult<Response> {
    let (view, _) = edit_view(at, preview).await?;
    Ok(at
        .page(ArticleEditPage)
        .with(view)
        .with_form(form)
        .into_response())
}

/// The article's page again after a mistake in a workflow form: the edit
/// form keeps the stored values.
async fn workflow_again(at: &AtArticle, sent: FormState) -> PageResult<Response> {
    let latest = store::latest_revision(&at.state.db, at.found.id).await?;
    let mut form = latest.map_or_else(FormState::default, |v| stored_values(&at.found, &v));
    form.values.extend(sent.values);
    form.errors = sent.errors;
    article_page(at, form, None).await
}

fn back_to(article: &Article, done: ArticleDone) -> Response {
    see_other(&done.at(&format!("/staff/articles/{}", article.id), None))
}

/// `GET /staff/articles/{id}`.
pub async fn show(at: AtArticle) -> PageResult<Response> {
    let latest = store::latest_revision(&at.state.db, at.found.id).await?;
    let form = latest.map_or_else(FormState::default, |v| stored_values(&at.found, &v));
    article_page(&at, form, None).await
}

/// `POST /staff/articles/{id}`: saves the edit (a new version if the newest
/// was published), or previews it.
pub async fn update(at: AtArticle, sent: FormValues) -> PageResult<Response> {
    let article = &at.found;
    let mut form = sent.to_form();
    let text = read_text(&mut form, article.kind());
    let fields = read_fields(&at.state.db, &mut form, article.kind(), Some(article.id)).await?;
    if form.has_errors() || wants_preview(&sent) {
        let preview = (!form.has_errors()).then(|| preview_of(at.lang(), article.kind(), &text));
        return article_page(&at, form, preview).await;
    }
    let change = at.change().await?;
    let now = at.state.clock.now_local();
    store::save(change.db(), article, &fields, &text, at.staff.account.id, now).await?;
    let audit = Audit::new(AuditAction::EditArticle, AuditTarget::Article(article.id)).detail(format!(
        "{} -> {}: {}",
        article.status,
        ArticleStatus::Draft.key(),
        text.title_zh
    ));
    change.commit(audit).await?;
    Ok(back_to(article, ArticleDone::Saved))
}

/// `POST /staff/articles/{id}/submit`: the draft waits for a second person.
pub async fn submit(at: AtArticle) -> PageResult<Response> {
    let article = &at.found;
    if article.status().after(ArticleMove::Submit).is_err() {
        return Ok(back_to(article, ArticleDone::Unchanged));
    }
    let mut form = FormState::default();
    if let Some(version) = store::latest_revision(&at.state.db, article.id).await? {
        if parts_missing(article, &version, &mut form) {
            return workflow_again(&at, form).await;
        }
    }
    let change = at.change().await?;
    let moved = store::submit(change.db(), article.id).await?;
    let audit = Audit::new(AuditAction::SubmitArticle, AuditTarget::Article(article.id));
    let done = match change.commit_if(moved, audit).await? {
        true => ArticleDone::Submitted,
        false => ArticleDone::Unchanged,
    };
    Ok(back_to(article, done))
}

/// When to publish: now when both fields are empty, otherwise the date and
/// time given (local time; a past time means now).
fn read_publish_at(form: &mut FormState) -> Option<Option<NaiveDateTime>> {
    let date = form.optional_date("publish_date", "information-date-error");
    let time_given = !form.value("publish_time").trim().is_empty();
    let time = if time_given {
        form.time("publish_time", "information-time-error")
    } else {
        Some(NaiveTime::MIN)
    };
    if form.has_errors() {
        return None;
    }
    match (date, time_given) {
        (Some(date), _) => Some(time.map(|t| date.and_time(t))),
        (None, false) => Some(None),
        (None, true) => {
            form.add("publish_date", "information-date-error");
            None
        }
    }
}

/// `POST /staff/articles/{id}/publish`: a second person publishes the
/// submitted version, now or from a time given.
pub async fn publish(at: AtArticle, sent: FormValues) -> PageResult<Response> {
    let article = &at.found;
    let Some(version) = store::latest_revision(&at.state.db, article.id).await? else {
        return Ok(back_to(article, ArticleDone::Unchanged));
    };
    if publish_blocked(&at.staff, article, &version).is_some() {
        return Err(crate::web::PageError::NotAllowed(at.staff.nav.clone()));
    }
    if article.status().after(ArticleMove::Publish).is_err() {
        return Ok(back_to(article, ArticleDone::Unchanged));
    }
    let mut form = sent.to_form();
    if parts_missing(article, &version, &mut form) {
        return workflow_again(&at, form).await;
    }
    let Some(publish_at) = read_publish_at(&mut form) else {
        return workflow_again(&at, form).await;
    };
    let change = at.change().await?;
    let now = at.state.clock.now_local();
    let moved = store::publish(change.db(), article, &version, publish_at, now).await?;
    let audit = Audit::new(AuditAction::PublishArticle, AuditTarget::Article(article.id)).detail(format!(
        "version {} from {}",
        version.number,
        publish_at.filter(|at| *at > now).unwrap_or(now)
    ));
    let done = match change.commit_if(moved, audit).await? {
        true => ArticleDone::Published,
        false => ArticleDone::Unchanged,
    };
    Ok(back_to(article, done))
}

/// `POST /staff/articles/{id}/unpublish`: withdrawn, with the reason.
pub async fn unpublish(at: AtArticle, sent: FormValues) -> PageResult<Response> {
    let article = &at.found;
    let mut form = sent.to_form();
    let reason = form.text("reason", REASON_TEXT, Some("information-unpublish-reason-error"));
    if form.has_errors() {
        return workflow_again(&at, form).await;
    }
    let change = at.change().await?;
    let moved = store::unpublish(change.db(), article.id, &reason).await?;
    let audit = Audit::new(AuditAction::UnpublishArticle, AuditTarget::Article(article.id)).detail(reason);
    let done = match change.commit_if(moved, audit).await? {
        true => ArticleDone::Unpublished,
        false => ArticleDone::Unchanged,
    };
    Ok(back_to(article, done))
}

/// `POST /staff/articles/{id}/assign`: an administrator chooses who publishes (empty: any other editor).
pub async fn assign(at: AtArticle, sent: FormValues) -> PageResult<Response> {
    let article = &at.found;
    if at.staff.member.may(StaffAction::AssignPublisher).is_err() {
        return Err(crate::web::PageError::NotAllowed(at.staff.nav.clone()));
    }
    let mut form = sent.to_form();
    let chosen = form.value("publisher");
    let publisher = match chosen.trim() {
        "" => None,
        text => {
            let allowed = publishers(&at.state.db).await?;
            let found = allowed
                .iter()
                .find(|(id, _)| id == text)
                .and_then(|(id, _)| id.parse::<i32>().ok());
            if found.is_none() {
                form.add("publisher", "information-assign-error");
                return workflow_again(&at, form).await;
            }
            found
        }
    };
    let change = at.change().await?;
    store::assign(change.db(), article.id, publisher).await?;
    let audit = Audit::new(AuditAction::AssignPublisher, AuditTarget::Article(article.id))
        .detail(publisher.map_or_else(|| "anyone".to_string(), |id| format!("staff:{id}")));
    change.commit(audit).await?;
    Ok(back_to(article, ArticleDone::Assigned))
}

async fn banner_view(state: &PortalState, lang: Lang) -> PageResult<BannerView> {
    let current = store::current_banner(&state.db, state.clock.now_local()).await?;
    Ok(BannerView {
        current: current.map(|b| {
            (
                b.id,
                Content::pick(lang, &b.text_zh, &b.text_en),
                dates::date_time(lang, b.ends_at),
            )
        }),
    })
}

/// `GET /staff/banner`.
pub async fn banner(State(state): State<PortalState>, staff: Editor) -> PageResult<Page> {
    let view = banner_view(&state, staff.lang).await?;
    Ok(staff.page(BannerPage).with(view).with(FormState::default()))
}

/// `POST /staff/banner`: raises a banner from now until the time given.
pub async fn raise_banner(
    State(state): State<PortalState>,
    staff: Editor,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let now = state.clock.now_local();
    let text_zh = form.text("text_zh", REASON_TEXT, Some("information-banner-text-error"));
    let text_en = form.text("text_en", REASON_TEXT, None);
    let date = form.date("ends_date", "information-date-error");
    let time = form.time("ends_time", "information-time-error");
    let ends_at = match (date, time) {
        (Some(date), Some(time)) if date.and_time(time) <= now => {
            form.add("ends_date", "information-banner-ends-past");
            None
        }
        (Some(date), Some(time)) => Some(date.and_time(time)),
        _ => None,
    };
    let (Some(ends_at), false) = (ends_at, form.has_errors()) else {
        let view = banner_view(&state, staff.lang).await?;
        return Ok(staff.page(BannerPage).with(view).rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    let id = store::raise_banner(change.db(), &text_zh, &text_en, ends_at, staff.account.id, now).await?;
    let audit = Audit::new(AuditAction::RaiseBanner, AuditTarget::Banner(id))
        .detail(format!("until {ends_at}: {text_zh}"));
    change.commit(audit).await?;
    Ok(see_other(&ArticleDone::BannerRaised.at("/staff/banner", None)))
}

/// `POST /staff/banner/{id}/end`.
pub async fn end_banner(
    State(state): State<PortalState>,
    staff: Editor,
    PathId(id): PathId,
) -> PageResult<Response> {
    let change = staff.change(&state.db).await?;
    let ended = store::end_banner(change.db(), id, state.clock.now_local()).await?;
    let audit = Audit::new(AuditAction::EndBanner, AuditTarget::Banner(id));
    let done = match change.commit_if(ended, audit).await? {
        true => ArticleDone::BannerEnded,
        false => ArticleDone::Unchanged,
    };
    Ok(see_other(&done.at("/staff/banner", None)))
}
