//! `/applications/{id}`: a draft's task list, or the status page of an
//! application sent, with its history and documents.

use super::DecisionSummary;
use crate::accounts::people::relationship_text;
use crate::applications::views::{
    entitlement_name, section_title, status_text, ApplicationView, DocumentRow,
};
use crate::components::{
    with_view, BackLink, ErrorSummary, NotificationBanner, PageTitle, SummaryList, SummaryRow, Tag, TagKind,
    TextArea,
};
use crate::domain::applications::{ApplicationStatus, Relationship, Section, MAX_DOCUMENT_BYTES};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// `/applications/{id}`: the task list while a draft, the status page after.
#[component]
pub fn ApplicationPage() -> impl IntoView {
    with_view(|app: ApplicationView| match app.status {
        ApplicationStatus::Draft => view! { <TaskList app=app/> }.into_any(),
        _ => view! { <StatusPage app=app/> }.into_any(),
    })
}

#[component]
fn TaskList(app: ApplicationView) -> impl IntoView {
    let name = entitlement_name(&app.entitlement);
    let complete = app.done.len();
    let all_done = Section::ALL.iter().all(|s| app.done.contains(s));
    let saved = use_page().has_query("saved");
    let base = format!("/applications/{}", app.id);
    view! {
        <PageTitle text=t_with("application-task-title", &[("entitlement", name.clone())])/>
        <BackLink href="/account" text=t("back-to-account")/>
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
                            <Tag id=status_id
                                text=if done { t("task-completed") } else { t("task-not-completed") }
                                kind=if done { TagKind::Done } else { TagKind::Plain }/>
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
    let status = app.status;
    let name = entitlement_name(&app.entitlement);
    let reference = app.reference.clone().unwrap_or_default();
    let base = format!("/applications/{}", app.id);
    let banner = use_page().query("done").and_then(|done| match done.as_str() {
        "responded" => Some(t("application-done-responded")),
        "withdrawn" => Some(t("application-done-withdrawn")),
        _ => None,
    });
    let request = (status == ApplicationStatus::MoreInformationNeeded)
        .then(|| {
            app.history
                .iter()
                .rev()
                .find(|e| e.status == ApplicationStatus::MoreInformationNeeded)
                .and_then(|e| e.message.clone())
        })
        .flatten();
    let form = use_form();
    let waiting = status == ApplicationStatus::MoreInformationNeeded;
    let submitted_by = app.helper.clone().map(|helper| {
        let relationship = Relationship::parse(&app.person.relationship)
            .map(relationship_text)
            .unwrap_or_default();
        t_with(
            "application-helper",
            &[("name", helper), ("relationship", relationship)],
        )
    });
    view! {
        <PageTitle text=name.clone() has_errors=form.has_errors()/>
        <BackLink href="/applications" text=t("applications-title")/>
        {banner.map(|b| view! { <NotificationBanner heading=b><p>{t("account-done-body")}</p></NotificationBanner> })}
        <ErrorSummary errors=form.summary()/>
        <span class="caption">{t_with("application-for", &[("name", app.person.full_name.clone())])}</span>
        <h1>{name}</h1>
        <SummaryList>
            <SummaryRow key=t("application-reference")>{reference}</SummaryRow>
            <SummaryRow key=t("applications-col-status")><strong>{status_text(status)}</strong></SummaryRow>
            {submitted_by.map(|by| view! { <SummaryRow key=t("application-submitted-by")>{by}</SummaryRow> })}
        </SummaryList>
        <p>{t(&format!("application-next-{}", status.key().replace('_', "-")))}</p>
        {app.decision.clone().map(|decision| view! { <DecisionSummary id=app.id decision/> })}
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
            {app.history
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
}

pub fn size_text(bytes: i64) -> String {
    let kb = (bytes as f64 / 1024.0).ceil();
    if kb < 1024.0 {
        t_with("size-kb", &[("size", format!("{kb}"))])
    } else {
        t_with("size-mb", &[("size", format!("{:.1}", kb / 1024.0))])
    }
}

/// The application's documents, each a link that opens it; in a draft,
/// each with a button that removes it.
#[component]
pub fn DocumentList(base: String, documents: Vec<DocumentRow>, removable: bool) -> impl IntoView {
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
pub fn FileField(#[prop(optional)] optional: bool) -> impl IntoView {
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
