//! Applying online: `/apply/{entitlement}` starts an application (for
//! yourself or someone you help), `/applications/{id}` is its task list
//! while a draft and its status page after submission, with one page per
//! section under it. `/applications` lists them all.

#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod store;
pub mod upload_progress;

use crate::accounts::people::{relationship_text, PersonRow};
use crate::check::questions::{applies, Kind, Question, QUESTIONS};
use crate::check::{answer_text, facts_from, CheckState};
use crate::components::NotFoundPage;
use crate::components::{
    Checkbox, ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios, Select, TextArea, TextInput,
};
use crate::domain::answers::api_name;
use crate::domain::applications::{ApplicationStatus, Section, MAX_DOCUMENT_BYTES};
use crate::domain::catalogue::{entitlement, EntitlementId};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The person an application is for, as given in the application.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonDetails {
    pub full_name: String,
    pub certificate_number: String,
    pub phone: String,
    /// The community (社区) or village (村): it decides who reviews the application.
    pub area_code: String,
    pub address: String,
    /// How the person who applies is related to them; empty when applying for yourself.
    #[serde(default)]
    pub relationship: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationRow {
    pub id: i32,
    pub reference: Option<String>,
    pub entitlement: String,
    pub status: ApplicationStatus,
    pub for_name: String,
    pub updated: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventRow {
    pub status: ApplicationStatus,
    pub by_applicant: bool,
    pub message: Option<String>,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentRow {
    pub id: i32,
    pub name: String,
    pub size_bytes: i64,
}

/// Communities (value, name) grouped under their street or town's name.
pub type AreaGroups = Vec<(String, Vec<(String, String)>)>;

/// One application and what its pages show, loaded by the handlers.
#[derive(Clone, Debug, Default)]
pub struct ApplicationView {
    pub id: i32,
    pub reference: Option<String>,
    pub entitlement: String,
    pub status: Option<ApplicationStatus>,
    pub person: PersonDetails,
    /// The name of who applies, when that is someone else than the person it is for.
    pub helper: Option<String>,
    pub answers: Map<String, Value>,
    pub done: Vec<Section>,
    pub documents: Vec<DocumentRow>,
    pub events: Vec<EventRow>,
    /// Communities grouped by street or town (the person page only).
    pub areas: AreaGroups,
}

/// What `/apply/{entitlement}` needs: who is signed in and the people they help.
#[derive(Clone, Debug, Default)]
pub struct ApplyStart {
    pub signed_in_as: Option<String>,
    pub people: Vec<PersonRow>,
}

fn use_application() -> Option<ApplicationView> {
    use_context::<ApplicationView>()
}

fn entitlement_name(slug: &str) -> String {
    t(&format!("ent-{slug}-name"))
}

fn status_text(status: ApplicationStatus) -> String {
    t(&format!("application-status-{}", status.key().replace('_', "-")))
}

fn today() -> NaiveDate {
    crate::page_context::use_page().today
}

/// The questions about the person's circumstances that this entitlement's
/// rules read (the certificate number is asked in "About the person").
pub fn questions_for(slug: &str, answers: &Map<String, Value>, today: NaiveDate) -> Vec<&'static Question> {
    let Some(entitlement) = EntitlementId::parse(slug).and_then(entitlement) else {
        return Vec::new();
    };
    let needed: Vec<String> = entitlement
        .conditions
        .iter()
        .flat_map(|c| c.facts().iter())
        .map(api_name)
        .collect();
    let facts = facts_from(answers);
    QUESTIONS
        .iter()
        .filter(|q| q.kind != Kind::CertificateNumber)
        .filter(|q| q.fields.iter().any(|f| needed.iter().any(|n| n == f)))
        .filter(|q| applies(q, &facts, today))
        .collect()
}

#[component]
pub fn ApplicationList(applications: Vec<ApplicationRow>) -> impl IntoView {
    if applications.is_empty() {
        return view! { <p>{t("applications-none")}</p> }.into_any();
    }
    view! {
        <table class="table">
            <caption class="visually-hidden">{t("applications-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("applications-col-entitlement")}</th>
                    <th scope="col">{t("applications-col-for")}</th>
                    <th scope="col">{t("applications-col-status")}</th>
                    <th scope="col">{t("applications-col-updated")}</th>
                </tr>
            </thead>
            <tbody>
                {applications
                    .into_iter()
                    .map(|a| {
                        let reference = a.reference.clone().unwrap_or_else(|| t("applications-draft"));
                        view! {
                            <tr>
                                <td>
                                    <a href=format!("/applications/{}", a.id)>{entitlement_name(&a.entitlement)}</a>
                                    <br/><span class="hint">{reference}</span>
                                </td>
                                <td>{a.for_name.clone()}</td>
                                <td>{status_text(a.status)}</td>
                                <td>{a.updated.clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    let applications = use_context::<Vec<ApplicationRow>>().unwrap_or_default();
    view! {
        <PageTitle text=t("applications-title")/>
        <a href="/account" class="back-link">{t("back-to-account")}</a>
        <h1>{t("applications-title")}</h1>
        <ApplicationList applications=applications/>
        <p><a href="/entitlements">{t("account-find-entitlement")}</a></p>
    }
}

#[component]
pub fn ApplyStartPage() -> impl IntoView {
    let slug = leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("entitlement"))
        .unwrap_or_default();
    let Some(found) = EntitlementId::parse(&slug)
        .and_then(entitlement)
        .filter(|e| e.can_apply_online())
    else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let slug = found.id.slug();
    let name = entitlement_name(&slug);
    let title = t_with("apply-title", &[("entitlement", name.clone())]);
    let start = use_context::<ApplyStart>().unwrap_or_default();
    let here = format!("/apply/{slug}");
    let Some(me) = start.signed_in_as else {
        let next = crate::components::encode_path(&here);
        return view! {
            <PageTitle text=title.clone()/>
            <h1>{title}</h1>
            <p>{t("apply-need-account")}</p>
            <p><a href=format!("/sign-in?next={next}") class="button">{t("sign-in-title")}</a></p>
            <p><a href=format!("/register?next={next}")>{t("register-title")}</a></p>
        }
        .into_any();
    };
    let form = use_form();
    let preselected = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("for"))
        .map(|id| vec![id])
        .unwrap_or_else(|| form.values_of("for"));
    let options: Vec<RadioOption> = std::iter::once(RadioOption {
        value: "self".into(),
        label: t_with("apply-for-self", &[("name", me)]),
        hint: None,
    })
    .chain(start.people.iter().map(|p| RadioOption {
        value: p.id.to_string(),
        label: p.full_name.clone(),
        hint: Some(relationship_text(p.relationship)),
    }))
    .collect();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <a href=format!("/entitlements/{slug}") class="back-link">{t("check-back")}</a>
        <ErrorSummary errors=form.summary()/>
        <span class="caption">{name}</span>
        <form method="post" action=here.clone() novalidate=true>
            <Radios name="for" legend=t("apply-who") hint=t("apply-who-hint") options=options
                selected=preselected error=form.error("for") heading=true/>
            <p><a href=format!("/account/people/new?next={}", crate::components::encode_path(&here))>{t("apply-add-person")}</a></p>
            <button type="submit" class="button">{t("apply-start")}</button>
        </form>
    }
    .into_any()
}

fn section_title(section: Section) -> String {
    t(&format!("application-section-{}", section.key()))
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let Some(app) = use_application() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    match app.status {
        Some(ApplicationStatus::Draft) => view! { <TaskList app=app/> }.into_any(),
        _ => view! { <StatusPage app=app/> }.into_any(),
    }
}

#[component]
fn TaskList(app: ApplicationView) -> impl IntoView {
    let name = entitlement_name(&app.entitlement);
    let complete = app.done.len();
    let all_done = Section::ALL.iter().all(|s| app.done.contains(s));
    let saved = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("saved").is_some());
    let base = format!("/applications/{}", app.id);
    view! {
        <PageTitle text=t_with("application-task-title", &[("entitlement", name.clone())])/>
        <a href="/account" class="back-link">{t("back-to-account")}</a>
        {saved.then(|| view! {
            <NotificationBanner heading=t("application-saved-heading")><p>{t("application-saved-body")}</p></NotificationBanner>
        })}
        <span class="caption">{t_with("application-for", &[("name", app.person.full_name.clone())])}</span>
        <h1>{t_with("application-task-title", &[("entitlement", name)])}</h1>
        <p>{t_with("application-progress", &[("done", complete.to_string()), ("total", Section::ALL.len().to_string())])}</p>
        <ol class="task-list">
            {Section::ALL
                .into_iter()
                .map(|section| {
                    let done = app.done.contains(&section);
                    let status_id = format!("task-{}-status", section.key());
                    view! {
                        <li class="task-list__item">
                            <a href=format!("{base}/{}", section.key()) aria-describedby=status_id.clone()>{section_title(section)}</a>
                            <strong id=status_id class=if done { "tag tag--done" } else { "tag" }>
                                {if done { t("task-completed") } else { t("task-not-completed") }}
                            </strong>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        {if all_done {
            view! { <p><a href=format!("{base}/check") class="button">{t("application-check-and-submit")}</a></p> }.into_any()
        } else {
            view! { <p>{t("application-finish-sections")}</p> }.into_any()
        }}
        <p><a href=format!("{base}/delete")>{t("application-delete-draft")}</a></p>
    }
}

#[component]
fn StatusPage(app: ApplicationView) -> impl IntoView {
    let status = app.status.unwrap_or(ApplicationStatus::Submitted);
    let name = entitlement_name(&app.entitlement);
    let reference = app.reference.clone().unwrap_or_default();
    let base = format!("/applications/{}", app.id);
    let query = leptos_router::hooks::use_query_map();
    let banner = query
        .with_untracked(|q| q.get("done"))
        .and_then(|done| match done.as_str() {
            "responded" => Some(t("application-done-responded")),
            "withdrawn" => Some(t("application-done-withdrawn")),
            _ => None,
        });
    let request = (status == ApplicationStatus::MoreInformationNeeded)
        .then(|| {
            app.events
                .iter()
                .rev()
                .find(|e| e.status == ApplicationStatus::MoreInformationNeeded)
                .and_then(|e| e.message.clone())
        })
        .flatten();
    let form = use_form();
    let waiting = status == ApplicationStatus::MoreInformationNeeded;
    view! {
        <PageTitle text=name.clone() has_errors=form.has_errors()/>
        <a href="/applications" class="back-link">{t("applications-title")}</a>
        {banner.map(|b| view! { <NotificationBanner heading=b><p>{t("account-done-body")}</p></NotificationBanner> })}
        <ErrorSummary errors=form.summary()/>
        <span class="caption">{t_with("application-for", &[("name", app.person.full_name.clone())])}</span>
        <h1>{name}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("application-reference")}</dt>
                <dd class="summary-list__value">{reference}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t("applications-col-status")}</dt>
                <dd class="summary-list__value"><strong>{status_text(status)}</strong></dd>
            </div>
            {app.helper.clone().map(|helper| {
                let relationship = crate::domain::applications::Relationship::parse(&app.person.relationship)
                    .map(relationship_text)
                    .unwrap_or_default();
                view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{t("application-submitted-by")}</dt>
                        <dd class="summary-list__value">{t_with("application-helper", &[("name", helper), ("relationship", relationship)])}</dd>
                    </div>
                }
            })}
        </dl>
        <p>{t(&format!("application-next-{}", status.key().replace('_', "-")))}</p>
        {waiting.then(|| view! {
            <section aria-labelledby="respond-heading" class="inset">
                <h2 id="respond-heading">{t("application-respond-heading")}</h2>
                <p><strong>{t("application-respond-asked")}</strong></p>
                <blockquote class="quote">{request.clone().unwrap_or_default()}</blockquote>
                <form method="post" action=format!("{base}/respond") enctype="multipart/form-data" novalidate=true>
                    <TextArea id="message" label=t("application-respond-message") value=form.value("message") error=form.error("message")/>
                    <FileField optional=true/>
                    <button type="submit" class="button">{t("application-respond-submit")}</button>
                </form>
            </section>
        })}
        <h2>{t("application-history")}</h2>
        <ol class="timeline">
            {app.events
                .iter()
                .map(|e| view! {
                    <li class="timeline__item">
                        <p class="timeline__title"><strong>{status_text(e.status)}</strong>" "<span class="hint">{e.date.clone()}</span></p>
                        {e.message.clone().map(|m| view! {
                            <p class="timeline__message">
                                {if e.by_applicant { t("application-history-you-wrote") } else { t("application-history-staff-wrote") }}
                                " "{m}
                            </p>
                        })}
                    </li>
                })
                .collect_view()}
        </ol>
        <h2>{t("application-documents")}</h2>
        <DocumentList base=base.clone() documents=app.documents.clone() removable=false/>
        {status.is_in_progress().then(|| view! {
            <p><a href=format!("{base}/withdraw")>{t("application-withdraw-link")}</a></p>
        })}
    }
    .into_any()
}

pub fn size_text(bytes: i64) -> String {
    let kb = (bytes as f64 / 1024.0).ceil();
    if kb < 1024.0 {
        t_with("size-kb", &[("size", format!("{kb}"))])
    } else {
        t_with("size-mb", &[("size", format!("{:.1}", kb / 1024.0))])
    }
}

#[component]
fn DocumentList(base: String, documents: Vec<DocumentRow>, removable: bool) -> impl IntoView {
    if documents.is_empty() {
        return view! { <p>{t("documents-none")}</p> }.into_any();
    }
    view! {
        <ul class="list document-list">
            {documents
                .into_iter()
                .map(|d| {
                    let base = base.clone();
                    view! {
                        <li class="document-list__item">
                            <a href=format!("{base}/documents/{}", d.id)>{d.name.clone()}</a>
                            " "<span class="hint">{size_text(d.size_bytes)}</span>
                            {removable.then(|| view! {
                                <form method="post" action=format!("{base}/documents/{}/delete", d.id) class="inline-form">
                                    <button type="submit" class="button-link">
                                        {t("documents-remove")}
                                        <span class="visually-hidden">{format!(" {}", d.name)}</span>
                                    </button>
                                </form>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The file input: PDF, JPEG or PNG up to 10 MB.
#[component]
fn FileField(#[prop(optional)] optional: bool) -> impl IntoView {
    let form = use_form();
    let error = form.error("document");
    let hint = t_with(
        "documents-hint",
        &[("size", (MAX_DOCUMENT_BYTES / 1024 / 1024).to_string())],
    );
    let described = if error.is_some() {
        "document-hint document-error"
    } else {
        "document-hint"
    };
    let label = if optional {
        t("documents-file-optional")
    } else {
        t("documents-file")
    };
    view! {
        <div class=if error.is_some() { "form-group form-group--error" } else { "form-group" }>
            <label class="label" for="document">{label}</label>
            <p id="document-hint" class="hint">{hint}</p>
            {error.clone().map(|e| view! {
                <p id="document-error" class="error-message"><span class="visually-hidden">{format!("{} ", t("error-prefix"))}</span>{e}</p>
            })}
            <input class="file-upload" type="file" id="document" name="document"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby=described aria-invalid=error.is_some().then_some("true")/>
        </div>
    }
}

/// A section page: the application must be a draft that is theirs.
fn draft() -> Option<ApplicationView> {
    use_application().filter(|a| a.status == Some(ApplicationStatus::Draft))
}

#[component]
pub fn PersonSectionPage() -> impl IntoView {
    let Some(app) = draft() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let form = use_form();
    let value = |name: &str, stored: &str| {
        if form.values.is_empty() {
            stored.to_string()
        } else {
            form.value(name)
        }
    };
    let person = app.person.clone();
    let base = format!("/applications/{}", app.id);
    let title = section_title(Section::Person);
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <a href=base.clone() class="back-link">{t("application-back-to-tasks")}</a>
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <form method="post" action=format!("{base}/person") novalidate=true>
            <TextInput id="full_name" name="full_name" label=t("people-name") value=value("full_name", &person.full_name)
                error=form.error("full_name") autocomplete=if app.helper.is_none() { "name" } else { "off" } width="input--20"/>
            <TextInput id="certificate_number" name="certificate_number" label=t("people-certificate")
                hint=t("check-q-certificate-number-hint") value=value("certificate_number", &person.certificate_number)
                error=form.error("certificate_number") width="input--20"/>
            <TextInput id="phone" name="phone" label=t("application-phone") hint=t("application-phone-hint")
                value=value("phone", &person.phone) error=form.error("phone") input_type="tel"
                autocomplete=if app.helper.is_none() { "tel" } else { "off" } width="input--20"/>
            <Select id="area_code" label=t("application-area") hint=t("application-area-hint") groups=app.areas.clone()
                selected=value("area_code", &person.area_code) placeholder=t("application-area-choose") error=form.error("area_code")/>
            <TextInput id="address" name="address" label=t("application-address") value=value("address", &person.address)
                error=form.error("address") autocomplete=if app.helper.is_none() { "street-address" } else { "off" } width="input--30"/>
            <SaveButtons/>
        </form>
    }
    .into_any()
}

/// "Save and continue", and "Save and come back later" (back to the task list).
#[component]
fn SaveButtons() -> impl IntoView {
    view! {
        <div class="button-group">
            <button type="submit" class="button" name="then" value="continue">{t("save-and-continue")}</button>
            <button type="submit" class="button button--secondary" name="then" value="later">{t("save-and-come-back")}</button>
        </div>
    }
}

#[component]
pub fn CircumstancesPage() -> impl IntoView {
    let Some(app) = draft() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("/applications/{}", app.id);
    let state = CheckState {
        answers: app.answers.clone(),
        ..CheckState::default()
    };
    let rows: Vec<(String, String, &'static str)> = questions_for(&app.entitlement, &app.answers, today())
        .into_iter()
        .map(|q| (t(&format!("check-q-{}", q.slug)), answer_text(q, &state), q.slug))
        .collect();
    let title = section_title(Section::Circumstances);
    view! {
        <PageTitle text=title.clone()/>
        <a href=base.clone() class="back-link">{t("application-back-to-tasks")}</a>
        <h1>{title}</h1>
        <p>{t("circumstances-lead")}</p>
        {if rows.is_empty() {
            view! { <p>{t("circumstances-none")}</p> }.into_any()
        } else {
            view! {
                <dl class="summary-list">
                    {rows.into_iter().map(|(question, answer, slug)| view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{question.clone()}</dt>
                            <dd class="summary-list__value">{answer}</dd>
                            <dd class="summary-list__actions">
                                <a href=format!("{base}/q/{slug}")>{t("check-change")}<span class="visually-hidden">{format!(" {question}")}</span></a>
                            </dd>
                        </div>
                    }).collect_view()}
                </dl>
            }.into_any()
        }}
        <form method="post" action=format!("{base}/circumstances")>
            <SaveButtons/>
        </form>
    }
    .into_any()
}

#[component]
pub fn ApplicationQuestionPage() -> impl IntoView {
    let Some(app) = draft() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let slug = leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("slug"))
        .unwrap_or_default();
    let question = questions_for(&app.entitlement, &app.answers, today())
        .into_iter()
        .find(|q| q.slug == slug);
    match question {
        Some(question) => view! { <crate::check::QuestionForm question=*question state={use_context::<CheckState>().unwrap_or_default()}/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let Some(app) = draft() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let form = use_form();
    let base = format!("/applications/{}", app.id);
    let title = section_title(Section::Documents);
    let slug = app.entitlement.clone();
    let uploaded = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("uploaded").is_some());
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <a href=base.clone() class="back-link">{t("application-back-to-tasks")}</a>
        {uploaded.then(|| view! { <NotificationBanner heading=t("documents-uploaded")><p>{t("documents-uploaded-body")}</p></NotificationBanner> })}
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <p>{t("documents-lead")}</p>
        <p><strong>{t("check-results-documents")}</strong>" "{t(&format!("ent-{slug}-documents"))}</p>
        <h2>{t("documents-uploaded-heading")}</h2>
        <DocumentList base=base.clone() documents=app.documents.clone() removable=true/>
        {let upload_action = format!("{base}/documents");
        view! { <upload_progress::UploadProgress
            label=t("documents-progress-label")
            announcement=t_with("documents-progress", &[("percent", upload_progress::PERCENT_MARK.to_string())])
        >
            <form method="post" action=upload_action enctype="multipart/form-data" novalidate=true class="upload-form">
                <FileField/>
                <button type="submit" class="button button--secondary" name="then" value="upload">{t("documents-upload")}</button>
            </form>
        </upload_progress::UploadProgress> }}
        <form method="post" action=format!("{base}/documents/done")>
            <SaveButtons/>
        </form>
    }
    .into_any()
}

#[component]
pub fn DeclarationPage() -> impl IntoView {
    let Some(app) = draft() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let form = use_form();
    let base = format!("/applications/{}", app.id);
    let title = section_title(Section::Declaration);
    let checked = form.value("declaration") == "yes"
        || (form.values.is_empty() && app.done.contains(&Section::Declaration));
    let label = if app.helper.is_some() {
        t_with(
            "declaration-for-someone",
            &[("name", app.person.full_name.clone())],
        )
    } else {
        t("declaration-self")
    };
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <a href=base.clone() class="back-link">{t("application-back-to-tasks")}</a>
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <p>{t("declaration-lead")}</p>
        <form method="post" action=format!("{base}/declaration") novalidate=true>
            <Checkbox id="declaration" label=label checked=checked error=form.error("declaration")/>
            <SaveButtons/>
        </form>
    }
    .into_any()
}

#[component]
pub fn CheckApplicationPage() -> impl IntoView {
    let Some(app) = draft() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("/applications/{}", app.id);
    let name = entitlement_name(&app.entitlement);
    let state = CheckState {
        answers: app.answers.clone(),
        ..CheckState::default()
    };
    let area_name = app
        .areas
        .iter()
        .flat_map(|(group, items)| {
            items
                .iter()
                .map(move |(code, name)| (code.clone(), format!("{group} {name}")))
        })
        .find(|(code, _)| *code == app.person.area_code)
        .map(|(_, name)| name)
        .unwrap_or_default();
    let person_rows = vec![
        (t("people-name"), app.person.full_name.clone()),
        (t("people-certificate"), app.person.certificate_number.clone()),
        (t("application-phone"), app.person.phone.clone()),
        (t("application-area"), area_name),
        (t("application-address"), app.person.address.clone()),
    ];
    let answer_rows: Vec<(String, String)> = questions_for(&app.entitlement, &app.answers, today())
        .into_iter()
        .map(|q| (t(&format!("check-q-{}", q.slug)), answer_text(q, &state)))
        .collect();
    let summary = |rows: Vec<(String, String)>, change: String| {
        view! {
            <dl class="summary-list">
                {rows.into_iter().map(|(key, value)| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{key.clone()}</dt>
                        <dd class="summary-list__value">{value}</dd>
                        <dd class="summary-list__actions"><a href=change.clone()>{t("check-change")}<span class="visually-hidden">{format!(" {key}")}</span></a></dd>
                    </div>
                }).collect_view()}
            </dl>
        }
    };
    let form = use_form();
    view! {
        <PageTitle text=t("application-check-title") has_errors=form.has_errors()/>
        <a href=base.clone() class="back-link">{t("application-back-to-tasks")}</a>
        <ErrorSummary errors=form.summary()/>
        <span class="caption">{name}</span>
        <h1>{t("application-check-title")}</h1>
        <h2 id=Section::Person.key()>{section_title(Section::Person)}</h2>
        {summary(person_rows, format!("{base}/person"))}
        <h2 id=Section::Circumstances.key()>{section_title(Section::Circumstances)}</h2>
        {summary(answer_rows, format!("{base}/circumstances"))}
        <h2 id=Section::Documents.key()>{section_title(Section::Documents)}</h2>
        <DocumentList base=base.clone() documents=app.documents.clone() removable=false/>
        <p><a href=format!("{base}/documents")>{t("check-change")}<span class="visually-hidden">{format!(" {}", section_title(Section::Documents))}</span></a></p>
        <h2 id=Section::Declaration.key()>{t("application-submit-heading")}</h2>
        <p>{t("application-submit-lead")}</p>
        <form method="post" action=format!("{base}/submit")>
            <button type="submit" class="button">{t("application-submit")}</button>
        </form>
    }
    .into_any()
}

#[component]
pub fn ConfirmationPage() -> impl IntoView {
    let Some(app) = use_application().filter(|a| a.reference.is_some()) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let reference = app.reference.clone().unwrap_or_default();
    let name = entitlement_name(&app.entitlement);
    view! {
        <PageTitle text=t("confirmation-title")/>
        <div class="panel">
            <h1 class="panel__title">{t("confirmation-title")}</h1>
            <p class="panel__body">{t("confirmation-reference")}<br/><strong class="reference">{reference}</strong></p>
        </div>
        <p>{t_with("confirmation-what", &[("entitlement", name), ("name", app.person.full_name.clone())])}</p>
        <p>{t("confirmation-email")}</p>
        <h2>{t("confirmation-next-heading")}</h2>
        <ol class="list list--number">
            <li>{t("confirmation-next-community")}</li>
            <li>{t("confirmation-next-street")}</li>
            <li>{t("confirmation-next-district")}</li>
        </ol>
        <p>{t("confirmation-how-long")}</p>
        <p class="no-print">{t("confirmation-print")}</p>
        <p class="no-print"><a href=format!("/applications/{}", app.id)>{t("confirmation-follow")}</a></p>
    }
    .into_any()
}

#[component]
pub fn WithdrawPage() -> impl IntoView {
    let Some(app) = use_application().filter(|a| a.status.is_some_and(ApplicationStatus::is_in_progress))
    else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let name = entitlement_name(&app.entitlement);
    let base = format!("/applications/{}", app.id);
    view! {
        <PageTitle text=t("withdraw-title")/>
        <a href=base.clone() class="back-link">{t("check-back")}</a>
        <span class="caption">{name}</span>
        <h1>{t("withdraw-title")}</h1>
        <p>{t("withdraw-lead")}</p>
        <form method="post" action=format!("{base}/withdraw")>
            <button type="submit" class="button button--warning">{t("withdraw-submit")}</button>
        </form>
    }
    .into_any()
}

#[component]
pub fn DeleteDraftPage() -> impl IntoView {
    let Some(app) = draft() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("/applications/{}", app.id);
    view! {
        <PageTitle text=t("delete-draft-title")/>
        <a href=base.clone() class="back-link">{t("check-back")}</a>
        <h1>{t("delete-draft-title")}</h1>
        <p>{t("delete-draft-lead")}</p>
        <form method="post" action=format!("{base}/delete")>
            <button type="submit" class="button button--warning">{t("delete-draft-submit")}</button>
        </form>
    }
    .into_any()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::applications::Relationship;
    use crate::i18n::{tr_with, Lang};
    use crate::mail::MailKind;

    /// Message ids the pages build from a status, section, relationship or mail kind.
    #[test]
    fn every_generated_message_id_exists_in_both_languages() {
        let mut ids = Vec::new();
        for status in ApplicationStatus::ALL {
            let key = status.key().replace('_', "-");
            ids.push(format!("application-status-{key}"));
            ids.push(format!("application-next-{key}"));
        }
        ids.extend(Section::ALL.map(|s| format!("application-section-{}", s.key())));
        ids.extend(Relationship::ALL.map(|r| format!("people-relationship-{}", r.key())));
        ids.extend(Lang::ALL.map(|l| format!("account-language-{}", l.tag())));
        for kind in MailKind::ALL {
            ids.push(format!("mail-{}-subject", kind.key()));
            ids.push(format!("mail-{}-body", kind.key()));
        }
        let args: Vec<(&str, String)> = [
            "name",
            "link",
            "minutes",
            "reference",
            "entitlement",
            "message",
            "level",
            "amount",
            "start",
            "reason",
            "details",
            "days",
            "attendee",
            "fair",
            "course",
            "when",
            "where",
            "expires",
            "hours",
        ]
        .into_iter()
        .map(|k| (k, "x".to_string()))
        .collect();
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &args), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }

    #[test]
    fn only_online_entitlements_take_applications_here() {
        let online: Vec<String> = crate::domain::catalogue::CATALOGUE
            .iter()
            .filter(|e| e.can_apply_online())
            .map(|e| e.id.slug())
            .collect();
        assert!(online.contains(&"e04".to_string()));
        assert!(
            !online.contains(&"e01".to_string()),
            "dibao goes to the street office"
        );
    }

    #[test]
    fn an_application_asks_only_about_its_own_rules() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
        let mut answers = Map::new();
        let slugs = |answers: &Map<String, Value>| -> Vec<&str> {
            questions_for("e04", answers, today)
                .iter()
                .map(|q| q.slug)
                .collect()
        };
        assert!(slugs(&answers).contains(&"registered"));
        answers.insert("has_certificate".into(), Value::Bool(true));
        assert!(slugs(&answers).contains(&"level"), "{:?}", slugs(&answers));
        answers.insert(
            "certificate_number".into(),
            Value::String("11010519800301001X12".into()),
        );
        assert!(
            !slugs(&answers).contains(&"level"),
            "the certificate number gives the level"
        );
        assert!(!slugs(&answers).contains(&"education"));
        assert!(
            !slugs(&answers).contains(&"certificate-number"),
            "asked in About the person"
        );
        assert!(questions_for("nonsense", &Map::new(), today).is_empty());
    }
}
