//! The sections of a draft: the person, their circumstances (and each
//! question), the documents, and the declaration.

use super::status::{DocumentList, FileField};
use crate::applications::upload_progress::{UploadProgress, PERCENT_MARK};
use crate::applications::views::{questions_for, section_title, ApplicationView};
use crate::check::questions::Question;
use crate::check::{answer_text, CheckState, QuestionForm};
use crate::components::{
    with_view, BackLink, ChangeLink, Checkbox, ErrorSummary, NotificationBanner, PageTitle, Select,
    SummaryList, SummaryRow, TextInput,
};
use crate::domain::applications::Section;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// `/applications/{id}/person`: who the application is for and where they live.
#[component]
pub fn PersonSectionPage() -> impl IntoView {
    with_view(person_section)
}

fn person_section(app: ApplicationView) -> impl IntoView {
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
        <BackLink href=base.clone() text=t("application-back-to-tasks")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <form method="post" action=format!("{base}/person") novalidate=true>
            <TextInput id="full_name" name="full_name" label=t("people-name") value=value("full_name", &person.full_name)
                error=form.error("full_name") autocomplete=if app.helper.is_none() { "name" } else { "off" } width="input--20"/>
            <TextInput id="certificate_number" name="certificate_number" label=t("people-certificate")
                hint=t("people-certificate-hint") value=value("certificate_number", &person.certificate_number)
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

/// `/applications/{id}/circumstances`: the answers this entitlement's rules
/// read, each with a change link.
#[component]
pub fn CircumstancesPage() -> impl IntoView {
    with_view(circumstances)
}

fn circumstances(app: ApplicationView) -> impl IntoView {
    let base = format!("/applications/{}", app.id);
    let state = CheckState {
        answers: app.answers.clone(),
        ..CheckState::default()
    };
    let rows: Vec<(String, String, &'static str)> =
        questions_for(&app.entitlement, &app.answers, use_page().today)
            .into_iter()
            .map(|q| (t(&format!("check-q-{}", q.slug)), answer_text(q, &state), q.slug))
            .collect();
    let title = section_title(Section::Circumstances);
    // Only say the checker filled anything in when it did.
    let from_checker = if app.answers_from_checker { "yes" } else { "no" };
    view! {
        <PageTitle text=title.clone()/>
        <BackLink href=base.clone() text=t("application-back-to-tasks")/>
        <h1>{title}</h1>
        <p>{t_with("circumstances-lead", &[("from_checker", from_checker.to_string())])}</p>
        {if rows.is_empty() {
            view! { <p>{t("circumstances-none")}</p> }.into_any()
        } else {
            let question_base = base.clone();
            view! {
                <SummaryList>
                    {rows.into_iter().map(|(question, answer, slug)| {
                        let change = ChangeLink { href: format!("{question_base}/q/{slug}"), text: t("check-change") };
                        view! { <SummaryRow key=question change>{answer}</SummaryRow> }
                    }).collect_view()}
                </SummaryList>
            }.into_any()
        }}
        <form method="post" action=format!("{base}/circumstances")>
            <SaveButtons/>
        </form>
    }
}

/// `/applications/{id}/q/{slug}`: one of the checker's questions, asked
/// inside the application.
#[component]
pub fn ApplicationQuestionPage() -> impl IntoView {
    with_view(|question: Question| {
        with_view(move |state: CheckState| view! { <QuestionForm question state/> })
    })
}

/// `/applications/{id}/documents`: the documents the entitlement asks for,
/// uploaded one at a time (with a progress bar when JavaScript runs).
#[component]
pub fn DocumentsPage() -> impl IntoView {
    with_view(documents)
}

fn documents(app: ApplicationView) -> impl IntoView {
    let form = use_form();
    let base = format!("/applications/{}", app.id);
    let title = section_title(Section::Documents);
    let slug = app.entitlement.clone();
    let uploaded = use_page().has_query("uploaded");
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <BackLink href=base.clone() text=t("application-back-to-tasks")/>
        {uploaded.then(|| view! { <NotificationBanner heading=t("documents-uploaded")><p>{t("documents-uploaded-body")}</p></NotificationBanner> })}
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <p>{t("documents-lead")}</p>
        <p><strong>{t("check-results-documents")}</strong>" "{t(&format!("ent-{slug}-documents"))}</p>
        <h2>{t("documents-uploaded-heading")}</h2>
        <DocumentList base=base.clone() documents=app.documents.clone() removable=true/>
        {let upload_action = format!("{base}/documents");
        view! { <UploadProgress
            label=t("documents-progress-label")
            announcement=t_with("documents-progress", &[("percent", PERCENT_MARK.to_string())])
        >
            <form method="post" action=upload_action enctype="multipart/form-data" novalidate=true class="upload-form">
                <FileField/>
                <button type="submit" class="button button--secondary" name="then" value="upload">{t("documents-upload")}</button>
            </form>
        </UploadProgress> }}
        <form method="post" action=format!("{base}/documents/done")>
            <SaveButtons/>
        </form>
    }
}

/// `/applications/{id}/declaration`: that what was given is true.
#[component]
pub fn DeclarationPage() -> impl IntoView {
    with_view(declaration)
}

fn declaration(app: ApplicationView) -> impl IntoView {
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
        <BackLink href=base.clone() text=t("application-back-to-tasks")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{title}</h1>
        <p>{t("declaration-lead")}</p>
        <form method="post" action=format!("{base}/declaration") novalidate=true>
            <Checkbox id="declaration" label=label checked=checked error=form.error("declaration")/>
            <SaveButtons/>
        </form>
    }
}
