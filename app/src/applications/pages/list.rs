//! `/applications` and `/apply/{entitlement}`.

use crate::accounts::people::relationship_text;
use crate::applications::views::{entitlement_name, status_text, ApplicationRow, ApplyStart};
use crate::components::{
    encode_path, with_view, BackLink, ErrorSummary, PageTitle, RadioOption, Radios, Table,
};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// The account's applications, newest first.
#[component]
pub fn ApplicationList(applications: Vec<ApplicationRow>) -> impl IntoView {
    let rows = applications
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
            .into_any()
        })
        .collect();
    let headers = [
        "applications-col-entitlement",
        "applications-col-for",
        "applications-col-status",
        "applications-col-updated",
    ]
    .map(t)
    .to_vec();
    view! {
        <Table caption=t("applications-title") caption_hidden=true headers rows empty=t("applications-none")/>
    }
}

/// `/applications`.
#[component]
pub fn ApplicationsPage() -> impl IntoView {
    with_view(|applications: Vec<ApplicationRow>| {
        view! {
            <PageTitle text=t("applications-title")/>
            <BackLink href="/account" text=t("back-to-account")/>
            <h1>{t("applications-title")}</h1>
            <ApplicationList applications=applications/>
            <p><a href="/entitlements">{t("account-find-entitlement")}</a></p>
        }
    })
}

/// `/apply/{entitlement}`: sign in first, or choose who the application is for.
#[component]
pub fn ApplyStartPage() -> impl IntoView {
    with_view(apply_start)
}

fn apply_start(start: ApplyStart) -> impl IntoView {
    let slug = start.entitlement.slug();
    let name = entitlement_name(&slug);
    let title = t_with("apply-title", &[("entitlement", name.clone())]);
    let here = format!("/apply/{slug}");
    let Some(me) = start.signed_in_as else {
        let next = encode_path(&here);
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
    let preselected = use_page()
        .query("for")
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
        <BackLink href=format!("/entitlements/{slug}") text=t("check-back")/>
        <ErrorSummary errors=form.summary()/>
        <span class="caption">{name}</span>
        <form method="post" action=here.clone() novalidate=true>
            <Radios name="for" legend=t("apply-who") hint=t("apply-who-hint") options=options
                selected=preselected error=form.error("for") heading=true/>
            <p><a href=format!("/account/people/new?next={}", encode_path(&here))>{t("apply-add-person")}</a></p>
            <button type="submit" class="button">{t("apply-start")}</button>
        </form>
    }
    .into_any()
}
