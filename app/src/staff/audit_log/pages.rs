//! The audit log's page: the search form, the entries, older pages.

use crate::components::{
    with_view, ErrorSummary, FilterInput, FilterSelect, PageLink, PageTitle, Pagination, StaffNav, Table,
};
use crate::forms::use_form;
use crate::i18n::t;
use leptos::prelude::*;

pub fn action_text(key: &str) -> String {
    t(&format!("audit-action-{}", key.replace('_', "-")))
}

#[derive(Clone, Debug, Default)]
pub struct AuditRow {
    pub at: String,
    pub who: String,
    pub action: String,
    pub target: String,
    pub detail: String,
    pub client_address: String,
}

#[derive(Clone, Debug, Default)]
pub struct AuditView {
    pub rows: Vec<AuditRow>,
    /// (id, name) of every staff account, for the "who" filter.
    pub staff: Vec<(String, String)>,
    /// Action keys.
    pub actions: Vec<String>,
    pub chosen_staff: String,
    pub chosen_action: String,
    pub target: String,
    pub from: String,
    pub to: String,
    pub query: String,
    pub next_page: Option<String>,
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    with_view(audit_log)
}

fn audit_log(audit: AuditView) -> impl IntoView {
    let actions: Vec<(String, String)> = audit
        .actions
        .iter()
        .map(|key| (key.clone(), action_text(key)))
        .collect();
    let export_href = format!("/staff/audit.csv?{}", audit.query);
    let rows = audit
        .rows
        .clone()
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.at.clone()}</th>
                    <td>{row.who.clone()}</td>
                    <td>{action_text(&row.action)}{(!row.detail.is_empty()).then(|| view! { <br/><span class="hint">{row.detail.clone()}</span> })}</td>
                    <td>{row.target.clone()}</td>
                    <td>{row.client_address.clone()}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-audit-when",
        "staff-audit-who",
        "staff-audit-action",
        "staff-audit-target",
        "staff-audit-from-address",
    ]
    .map(t)
    .to_vec();
    let older: Vec<PageLink> = audit
        .next_page
        .clone()
        .map(|href| PageLink {
            href,
            text: t("staff-audit-older"),
            next: true,
        })
        .into_iter()
        .collect();
    let form = use_form();
    view! {
        <PageTitle text=t("staff-audit-title") has_errors=form.has_errors()/>
        <StaffNav/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-audit-title")}</h1>
        <p>{t("staff-audit-lead")}</p>
        <form method="get" action="/staff/audit" class="filters" aria-labelledby="audit-filters-heading">
            <h2 id="audit-filters-heading">{t("staff-queue-filters")}</h2>
            <div class="filters__grid">
                <FilterSelect id="staff" label=t("staff-audit-who") options=audit.staff.clone() selected=audit.chosen_staff.clone() any=t("staff-queue-any")/>
                <FilterSelect id="action" label=t("staff-audit-action") options=actions selected=audit.chosen_action.clone() any=t("staff-queue-any")/>
                <FilterInput
                    id="target"
                    label=t("staff-audit-target")
                    hint=t("staff-audit-target-hint")
                    value=audit.target.clone()
                    input_type="text"
                    width="input--20"
                />
                <FilterInput id="from" label=t("staff-queue-from") hint=t("staff-queue-date-hint") value=audit.from.clone()
                    error=form.error("from")/>
                <FilterInput id="to" label=t("staff-queue-to") hint=t("staff-queue-date-hint") value=audit.to.clone()
                    error=form.error("to")/>
            </div>
            <button type="submit" class="button">{t("staff-queue-apply")}</button>
            " "<a href="/staff/audit">{t("staff-queue-clear")}</a>
        </form>
        <h2 id="entries-heading">{t("staff-audit-entries")}</h2>
        <Table caption=t("staff-audit-entries") caption_hidden=true headers rows empty=t("staff-audit-empty")/>
        <Pagination label=t("staff-queue-pages") links=older/>
        <p><a href=export_href>{t("staff-audit-export")}</a></p>
    }
}
