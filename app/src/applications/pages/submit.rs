//! Sending an application, and after: check your answers, the confirmation,
//! withdrawing, and deleting a draft.

use super::status::DocumentList;
use crate::applications::views::{entitlement_name, questions_for, section_title, ApplicationView};
use crate::check::{answer_text, CheckState};
use crate::components::{with_view, BackLink, ChangeLink, ErrorSummary, PageTitle, SummaryList, SummaryRow};
use crate::domain::applications::Section;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// `/applications/{id}/check`: check your answers, then send.
#[component]
pub fn CheckApplicationPage() -> impl IntoView {
    with_view(check_application)
}

fn check_application(app: ApplicationView) -> impl IntoView {
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
    let answer_rows: Vec<(String, String)> = questions_for(&app.entitlement, &app.answers, use_page().today)
        .into_iter()
        .map(|q| (t(&format!("check-q-{}", q.slug)), answer_text(q, &state)))
        .collect();
    let summary = |rows: Vec<(String, String)>, href: String| {
        view! {
            <SummaryList>
                {rows.into_iter().map(|(key, value)| {
                    let change = ChangeLink { href: href.clone(), text: t("check-change") };
                    view! { <SummaryRow key change>{value}</SummaryRow> }
                }).collect_view()}
            </SummaryList>
        }
    };
    let form = use_form();
    view! {
        <PageTitle text=t("application-check-title") has_errors=form.has_errors()/>
        <BackLink href=base.clone() text=t("application-back-to-tasks")/>
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
}

/// `/applications/{id}/confirmation`: the reference and what happens next.
#[component]
pub fn ConfirmationPage() -> impl IntoView {
    with_view(confirmation)
}

fn confirmation(app: ApplicationView) -> impl IntoView {
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
}

/// `/applications/{id}/withdraw`: what withdrawing means, and its button.
#[component]
pub fn WithdrawPage() -> impl IntoView {
    with_view(withdraw)
}

fn withdraw(app: ApplicationView) -> impl IntoView {
    let name = entitlement_name(&app.entitlement);
    let base = format!("/applications/{}", app.id);
    view! {
        <PageTitle text=t("withdraw-title")/>
        <BackLink href=base.clone() text=t("check-back")/>
        <span class="caption">{name}</span>
        <h1>{t("withdraw-title")}</h1>
        <p>{t("withdraw-lead")}</p>
        <form method="post" action=format!("{base}/withdraw")>
            <button type="submit" class="button button--warning">{t("withdraw-submit")}</button>
        </form>
    }
}

/// `/applications/{id}/delete`: deleting a draft, for good.
#[component]
pub fn DeleteDraftPage() -> impl IntoView {
    with_view(|app: ApplicationView| delete_draft(app.id))
}

fn delete_draft(id: i32) -> impl IntoView {
    let base = format!("/applications/{id}");
    view! {
        <PageTitle text=t("delete-draft-title")/>
        <BackLink href=base.clone() text=t("check-back")/>
        <h1>{t("delete-draft-title")}</h1>
        <p>{t("delete-draft-lead")}</p>
        <form method="post" action=format!("{base}/delete")>
            <button type="submit" class="button button--warning">{t("delete-draft-submit")}</button>
        </form>
    }
}
