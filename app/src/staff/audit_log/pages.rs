//! The audit log's page: the search form, the entries, older pages.

use crate::components::{with_view, PageLink, PageTitle, Pagination, StaffNav, Table};
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
fn Choice(
    id: &'static str,
    label: String,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    view! {
        <div class="form-group">
            <label class="label" for=id>{label}</label>
            <select class="select" id=id name=id>
                <option value="">{t("staff-queue-any")}</option>
                {options.into_iter().map(|(value, text)| {
                    let is_selected = value == selected;
                    view! { <option value=value selected=is_selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
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
    view! {
        <PageTitle text=t("staff-audit-title")/>
        <StaffNav/>
        <h1>{t("staff-audit-title")}</h1>
        <p>{t("staff-audit-lead")}</p>
        <form method="get" action="/staff/audit" class="filters" aria-labelledby="audit-filters-heading">
            <h2 id="audit-filters-heading">{t("staff-queue-filters")}</h2>
            <div class="filters__grid">
                <Choice id="staff" label=t("staff-audit-who") options=audit.staff.clone() selected=audit.chosen_staff.clone()/>
                <Choice id="action" label=t("staff-audit-action") options=actions selected=audit.chosen_action.clone()/>
                <div class="form-group">
                    <label class="label" for="target">{t("staff-audit-target")}</label>
                    <div class="hint" id="target-hint">{t("staff-audit-target-hint")}</div>
                    <input class="input input--20" type="text" id="target" name="target" value=audit.target.clone() aria-describedby="target-hint"/>
                </div>
                <div class="form-group">
                    <label class="label" for="from">{t("staff-queue-from")}</label>
                    <div class="hint" id="from-hint">{t("staff-queue-date-hint")}</div>
                    <input class="input input--10" type="date" id="from" name="from" value=audit.from.clone() aria-describedby="from-hint"/>
                </div>
                <div class="form-group">
                    <label class="label" for="to">{t("staff-queue-to")}</label>
                    <div class="hint" id="to-hint">{t("staff-queue-date-hint")}</div>
                    <input class="input input--10" type="date" id="to" name="to" value=audit.to.clone() aria-describedby="to-hint"/>
                </div>
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
