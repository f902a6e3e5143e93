//! The staff pages of publishing: the list of articles, the page to write a
//! new one, an article's page (its form, preview, workflow and versions)
//! and the emergency banner.

use crate::components::{
    with_view, BackLink, Content, ContentText, Done, ErrorSummary, NotificationBanner, PageTitle, Select,
    StaffNav, Table, Tag, TagKind, TextArea, TextInput,
};
use crate::domain::articles::PolicyPart;
use crate::event_editing::{InputPair, TextAreaPair};
use crate::forms::{use_form, FormState};
use crate::i18n::{t, t_with};
use crate::information::pages::{PolicySection, PolicySections};
use leptos::prelude::*;

/// What a change did: the `?done=` of the page it redirects to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleDone {
    Created,
    Saved,
    Submitted,
    Published,
    Unpublished,
    Assigned,
    BannerRaised,
    BannerEnded,
    Unchanged,
}

impl Done for ArticleDone {
    const ALL: &'static [ArticleDone] = &[
        ArticleDone::Created,
        ArticleDone::Saved,
        ArticleDone::Submitted,
        ArticleDone::Published,
        ArticleDone::Unpublished,
        ArticleDone::Assigned,
        ArticleDone::BannerRaised,
        ArticleDone::BannerEnded,
        ArticleDone::Unchanged,
    ];

    fn key(self) -> &'static str {
        match self {
            ArticleDone::Created => "created",
            ArticleDone::Saved => "saved",
            ArticleDone::Submitted => "submitted",
            ArticleDone::Published => "published",
            ArticleDone::Unpublished => "unpublished",
            ArticleDone::Assigned => "assigned",
            ArticleDone::BannerRaised => "banner-raised",
            ArticleDone::BannerEnded => "banner-ended",
            ArticleDone::Unchanged => "unchanged",
        }
    }

    fn message_id(self) -> String {
        format!("information-done-{}", self.key())
    }
}

/// Title, navigation, the way back, what to fix and what was just done.
#[component]
fn StaffPageStart(#[prop(into)] title: String, #[prop(into)] back: String, form: FormState) -> impl IntoView {
    let done = ArticleDone::of_page();
    view! {
        <PageTitle text=title has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href=back text=t("information-staff-back")/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|done| view! { <NotificationBanner heading=t(&done.message_id())><span></span></NotificationBanner> })}
    }
}

/// One article in the staff list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleRow {
    pub id: i32,
    pub title: Content,
    pub kind: &'static str,
    pub status: &'static str,
    /// The public sees a version of it.
    pub live: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticlesView {
    pub rows: Vec<ArticleRow>,
}

fn kind_text(kind: &str) -> String {
    t(&format!("information-kind-{kind}"))
}

fn status_text(status: &str) -> String {
    t(&format!("information-status-{status}"))
}

/// `/staff/articles`.
#[component]
pub fn ArticlesPage() -> impl IntoView {
    with_view(|list: ArticlesView| {
        let rows = list
            .rows
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row"><a href=format!("/staff/articles/{}", row.id)><ContentText content=row.title/></a></th>
                        <td>{kind_text(row.kind)}</td>
                        <td>
                            <Tag text=status_text(row.status)/>
                            {row.live.then(|| view! { " "<Tag text=t("information-live-tag") kind=TagKind::Done/> })}
                        </td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let headers = [
            "information-col-title",
            "information-col-kind",
            "information-col-status",
        ]
        .map(t)
        .to_vec();
        view! {
            <StaffPageStart title=t("information-staff-title") back="/staff/home" form=use_form()/>
            <h1>{t("information-staff-title")}</h1>
            <h2 id="new-heading">{t("information-new-heading")}</h2>
            <ul class="list">
                {["news", "notice", "policy", "page"].into_iter().map(|kind| view! {
                    <li><a href=format!("/staff/articles/new?kind={kind}")>{t(&format!("information-new-{kind}"))}</a></li>
                }).collect_view()}
                <li><a href="/staff/banner">{t("information-banner-title")}</a></li>
            </ul>
            <h2 id="articles-heading">{t("information-articles-heading")}</h2>
            <Table caption=t("information-articles-heading") caption_hidden=true headers rows empty=t("information-staff-none")/>
        }
    })
}

/// The sanitised rendering of what was typed, shown after "Preview".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub title: Content,
    pub easy_read: Content,
    /// A policy explainer's parts (none for other kinds).
    pub sections: Vec<PolicySection>,
    pub body_html: String,
    pub body_lang: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionRow {
    pub number: i32,
    pub created: String,
    pub published: Option<String>,
    pub note: Content,
}

/// `/staff/articles/new?kind=…` (no `id`) and `/staff/articles/{id}`; the
/// form's values come as a `FormState`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleEditView {
    pub id: Option<i32>,
    pub kind: &'static str,
    pub title: String,
    pub status: Option<&'static str>,
    /// Its public address while the public sees it.
    pub live_path: Option<String>,
    /// When a scheduled publication starts.
    pub scheduled: Option<String>,
    pub unpublish_reason: Option<String>,
    /// The rule that stops this member publishing it, if one does (a message id).
    pub publish_blocked: Option<&'static str>,
    /// Who is assigned to publish it.
    pub assigned: Option<String>,
    /// (id, name) of those who may be assigned, for administrators only.
    pub publishers: Option<Vec<(String, String)>>,
    pub preview: Option<Preview>,
    pub versions: Vec<VersionRow>,
}

/// The fields of one version and of the article.
#[component]
fn ArticleFields(form: FormState, kind: &'static str) -> impl IntoView {
    view! {
        <p class="hint">{t("information-languages-hint")}</p>
        <input type="hidden" name="kind" value=kind/>
        <InputPair form=form.clone() name="title" label_zh=t("information-title-zh") label_en=t("information-title-en")/>
        <TextAreaPair form=form.clone() name="easy_read" label_zh=t("information-easy-read-zh") label_en=t("information-easy-read-en")
            hint_zh=t("information-easy-read-hint")/>
        {(kind == "policy").then(|| view! { <PolicyPartFields form=form.clone()/> })}
        <TextAreaPair form=form.clone() name="body" label_zh=t("information-body-zh") label_en=t("information-body-en")
            hint_zh=t("information-body-hint")/>
        {(kind == "page").then(|| view! {
            <TextInput id="slug" name="slug" label=t("information-slug") hint=t("information-slug-hint") value=form.value("slug")
                error=form.error("slug") width="input--20"/>
        })}
        {(kind == "notice").then(|| view! {
            <TextInput id="closes_on" name="closes_on" label=t("information-closes-on-label") hint=t("date-hint")
                value=form.value("closes_on") error=form.error("closes_on") width="input--10"/>
        })}
        {(kind == "policy").then(|| view! {
            <TextInput id="source_title" name="source_title" label=t("information-source-title") value=form.value("source_title")
                error=form.error("source_title") width="input--30"/>
            <TextInput id="source_number" name="source_number" label=t("information-source-number") value=form.value("source_number")
                error=form.error("source_number") width="input--20"/>
            <TextInput id="source_date" name="source_date" label=t("information-source-date") hint=t("date-hint")
                value=form.value("source_date") error=form.error("source_date") width="input--10"/>
        })}
        <TextAreaPair form=form.clone() name="change_note" label_zh=t("information-change-note-zh") label_en=t("information-change-note-en")
            hint_zh=t("information-change-note-hint")/>
        <div class="button-group">
            <button type="submit" name="action" value="save" class="button">{t("information-save")}</button>
            <button type="submit" name="action" value="preview" class="button button--secondary">{t("information-preview")}</button>
        </div>
    }
}

/// A policy explainer's parts, each in Chinese and English, in the body's markup.
#[component]
fn PolicyPartFields(form: FormState) -> impl IntoView {
    PolicyPart::ALL
        .into_iter()
        .map(|part| {
            let message = |suffix: &str| t(&format!("policy-explainers-{}-{suffix}", part.key()));
            view! {
                <TextAreaPair form=form.clone() name=part.field() label_zh=message("zh") label_en=message("en")
                    hint_zh=message("hint")/>
            }
        })
        .collect_view()
}

#[component]
fn PreviewSection(preview: Preview) -> impl IntoView {
    view! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("information-preview-heading")}</h2>
            <p class="hint">{t("information-preview-hint")}</p>
            <p class="preview__title"><strong><ContentText content=preview.title/></strong></p>
            <div class="inset easy-read">
                <p><strong>{t("information-easy-read")}</strong></p>
                <p lang=preview.easy_read.lang>{preview.easy_read.text}</p>
            </div>
            {(!preview.sections.is_empty()).then(|| view! {
                <PolicySections sections=preview.sections.clone() nested=true/>
                <h3 id="preview-in-full-heading">{t("policy-explainers-in-full")}</h3>
            })}
            <div class="prose" lang=preview.body_lang inner_html=preview.body_html></div>
        </section>
    }
}

/// `/staff/articles/new?kind=…` and `/staff/articles/{id}`.
#[component]
pub fn ArticleEditPage() -> impl IntoView {
    with_view(article_edit)
}

fn article_edit(article: ArticleEditView) -> impl IntoView {
    let form = use_form();
    let (action, heading) = match article.id {
        Some(id) => (format!("/staff/articles/{id}"), article.title.clone()),
        None => (
            "/staff/articles/new".to_string(),
            t(&format!("information-new-{}", article.kind)),
        ),
    };
    let fields = view! { <ArticleFields form=form.clone() kind=article.kind/> };
    let workflow = article
        .id
        .map(|id| view! { <Workflow id article=article.clone() form=form.clone()/> });
    view! {
        <StaffPageStart title=heading.clone() back="/staff/articles" form=form.clone()/>
        <span class="caption">{kind_text(article.kind)}</span>
        <h1>{heading}</h1>
        {article.preview.clone().map(|preview| view! { <PreviewSection preview/> })}
        {workflow}
        {article.id.map(|id| view! { <p><a href=format!("/staff/articles/{id}/files")>{t("article-files-staff-link")}</a></p> })}
        <h2 id="edit-heading">{t("information-edit-heading")}</h2>
        <form method="post" action=action novalidate=true aria-labelledby="edit-heading">{fields}</form>
        {(!article.versions.is_empty()).then(|| view! { <Versions versions=article.versions.clone()/> })}
    }
}

/// Where the article stands and what can be done next.
#[component]
fn Workflow(id: i32, article: ArticleEditView, form: FormState) -> impl IntoView {
    let base = format!("/staff/articles/{id}");
    let status = article.status.unwrap_or("draft");
    view! {
        <h2 id="status-heading">{t("information-status-heading")}</h2>
        <p><Tag text=status_text(status)/></p>
        {article.live_path.clone().map(|href| view! { <p><a href=href>{t("information-public-page")}</a></p> })}
        {article.scheduled.clone().map(|at| view! { <p>{t_with("information-scheduled", &[("time", at)])}</p> })}
        {article.unpublish_reason.clone().map(|reason| view! { <p>{t_with("information-unpublished-because", &[("reason", reason)])}</p> })}
        {article.assigned.clone().map(|name| view! { <p>{t_with("information-assigned-to", &[("name", name)])}</p> })}
        {(status == "draft").then(|| view! {
            <form method="post" action=format!("{base}/submit") class="action-form">
                <p>{t("information-submit-lead")}</p>
                <button type="submit" class="button">{t("information-submit")}</button>
            </form>
        })}
        {(status == "submitted").then(|| match article.publish_blocked {
            Some(why) => view! { <p class="inset">{t(why)}</p> }.into_any(),
            None => view! {
                <form method="post" action=format!("{base}/publish") novalidate=true class="action-form" aria-labelledby="publish-heading">
                    <h3 id="publish-heading">{t("information-publish")}</h3>
                    <p>{t("information-publish-lead")}</p>
                    <TextInput id="publish_date" name="publish_date" label=t("information-publish-date") hint=t("information-publish-date-hint")
                        value=form.value("publish_date") error=form.error("publish_date") width="input--10"/>
                    <TextInput id="publish_time" name="publish_time" label=t("information-publish-time") hint=t("information-publish-time-hint")
                        value=form.value("publish_time") error=form.error("publish_time") width="input--5"/>
                    <button type="submit" class="button">{t("information-publish")}</button>
                </form>
            }.into_any(),
        })}
        {(status == "published").then(|| view! {
            <form method="post" action=format!("{base}/unpublish") novalidate=true class="action-form" aria-labelledby="unpublish-heading">
                <h3 id="unpublish-heading">{t("information-unpublish")}</h3>
                <TextArea id="reason" label=t("information-unpublish-reason") hint=t("information-unpublish-reason-hint")
                    value=form.value("reason") error=form.error("reason")/>
                <button type="submit" class="button button--warning">{t("information-unpublish")}</button>
            </form>
        })}
        {article.publishers.clone().map(|people| view! {
            <form method="post" action=format!("{base}/assign") novalidate=true class="action-form" aria-labelledby="assign-heading">
                <h3 id="assign-heading">{t("information-assign")}</h3>
                <Select id="publisher" label=t("information-assign-label") groups=vec![(t("information-assign-label"), people)]
                    selected=form.value("publisher") placeholder=t("information-assign-anyone") error=form.error("publisher")/>
                <button type="submit" class="button button--secondary">{t("information-assign")}</button>
            </form>
        })}
    }
}

#[component]
fn Versions(versions: Vec<VersionRow>) -> impl IntoView {
    let rows = versions
        .into_iter()
        .map(|v| {
            view! {
                <tr>
                    <th scope="row">{v.number}</th>
                    <td>{v.created}</td>
                    <td>{v.published.unwrap_or_else(|| t("information-not-published"))}</td>
                    <td><ContentText content=v.note/></td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "information-col-version",
        "information-col-written",
        "information-col-published",
        "information-col-note",
    ]
    .map(t)
    .to_vec();
    view! {
        <h2 id="versions-heading">{t("information-versions")}</h2>
        <Table caption=t("information-versions") caption_hidden=true headers rows empty=String::new()/>
    }
}

/// `/staff/banner`: the banner showing now, if any, and the form to raise one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BannerView {
    /// (id, text, when it ends) of the banner showing now.
    pub current: Option<(i32, Content, String)>,
}

#[component]
pub fn BannerPage() -> impl IntoView {
    with_view(|banner: BannerView| {
        let form = use_form();
        view! {
            <StaffPageStart title=t("information-banner-title") back="/staff/articles" form=form.clone()/>
            <h1>{t("information-banner-title")}</h1>
            <p class="lead">{t("information-banner-lead")}</p>
            {match banner.current {
                Some((id, text, ends)) => view! {
                    <h2 id="current-heading">{t("information-banner-current")}</h2>
                    <p><ContentText content=text/></p>
                    <p>{t_with("information-banner-ends", &[("time", ends)])}</p>
                    <form method="post" action=format!("/staff/banner/{id}/end")>
                        <button type="submit" class="button button--warning">{t("information-banner-end")}</button>
                    </form>
                }.into_any(),
                None => view! { <p>{t("information-banner-none")}</p> }.into_any(),
            }}
            <h2 id="raise-heading">{t("information-banner-raise")}</h2>
            <form method="post" action="/staff/banner" novalidate=true aria-labelledby="raise-heading">
                <TextAreaPair form=form.clone() name="text" label_zh=t("information-banner-text-zh") label_en=t("information-banner-text-en")/>
                <TextInput id="ends_date" name="ends_date" label=t("information-banner-ends-date") hint=t("date-hint")
                    value=form.value("ends_date") error=form.error("ends_date") width="input--10"/>
                <TextInput id="ends_time" name="ends_time" label=t("information-banner-ends-time") hint=t("information-publish-time-hint")
                    value=form.value("ends_time") error=form.error("ends_time") width="input--5"/>
                <button type="submit" class="button">{t("information-banner-raise")}</button>
            </form>
        }
    })
}
