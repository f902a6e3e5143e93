//! The queue page: counts, filters, the table and its pages.

use crate::components::{
    with_view, ErrorSummary, FilterInput, FilterSelect, PageLink, PageTitle, Pagination, Select, StaffNav,
    Table, Tag, TagKind,
};
use crate::domain::applications::ApplicationStatus;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use leptos::prelude::*;

pub fn staff_status_text(status: ApplicationStatus) -> String {
    t(&format!("staff-status-{}", status.key().replace('_', "-")))
}

/// One application in the list.
#[derive(Clone, Debug, Default)]
pub struct QueueRow {
    pub id: i32,
    pub reference: String,
    pub entitlement: String,
    pub person_name: String,
    /// Masked unless the role needs the whole number.
    pub certificate_number: String,
    pub area_name: String,
    pub submitted: String,
    pub status: Option<ApplicationStatus>,
    /// Working days at the current level.
    pub days_at_level: u32,
    pub overdue: bool,
    pub assignee: Option<String>,
}

/// The filter form's choices and what was chosen (as typed).
#[derive(Clone, Debug, Default)]
pub struct QueueView {
    pub rows: Vec<QueueRow>,
    pub counts: Vec<(ApplicationStatus, u64)>,
    /// `status` as chosen: a status key, or `all`.
    pub status: String,
    pub entitlement: String,
    pub street: String,
    pub community: String,
    pub from: String,
    pub to: String,
    pub assigned: String,
    pub overdue: bool,
    pub sort: String,
    /// (code, name) of the streets and towns in scope, and their communities.
    pub streets: Vec<(String, String)>,
    pub communities: Vec<(String, Vec<(String, String)>)>,
    /// (slug, name) of the entitlements that take applications.
    pub entitlements: Vec<(String, String)>,
    /// The query string of the current filters (without the page).
    pub query: String,
    pub next_page: Option<String>,
    pub is_first_page: bool,
}

#[component]
fn QueueFilters(queue: QueueView) -> impl IntoView {
    let statuses: Vec<(String, String)> = std::iter::once(("all".to_string(), t("staff-queue-status-all")))
        .chain(
            ApplicationStatus::ALL
                .into_iter()
                .filter(|s| *s != ApplicationStatus::Draft)
                .map(|s| (s.key().to_string(), staff_status_text(s))),
        )
        .collect();
    let assigned = vec![
        (String::new(), t("staff-queue-assigned-anyone")),
        ("me".to_string(), t("staff-queue-assigned-me")),
        ("nobody".to_string(), t("staff-queue-assigned-nobody")),
    ];
    let sorts = vec![
        ("oldest".to_string(), t("staff-queue-sort-oldest")),
        ("newest".to_string(), t("staff-queue-sort-newest")),
    ];
    let any = t("staff-queue-any");
    let entitlements: Vec<(String, String)> = std::iter::once((String::new(), any.clone()))
        .chain(queue.entitlements.clone())
        .collect();
    let streets: Vec<(String, String)> = std::iter::once((String::new(), any.clone()))
        .chain(queue.streets.clone())
        .collect();
    let form = use_form();
    view! {
        <form method="get" action="/staff/queue" class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t("staff-queue-filters")}</h2>
            <div class="filters__grid">
                <FilterSelect id="status" label=t("staff-queue-status") options=statuses selected=queue.status.clone()/>
                <FilterSelect id="entitlement" label=t("staff-queue-entitlement") options=entitlements selected=queue.entitlement.clone()/>
                <FilterSelect id="street" label=t("staff-queue-street") options=streets selected=queue.street.clone()/>
                // Communities come grouped by street, as `Select` draws them.
                <Select
                    id="community"
                    label=t("staff-queue-community")
                    groups=queue.communities.clone()
                    selected=queue.community.clone()
                    placeholder=any
                />
                <FilterInput id="from" label=t("staff-queue-from") hint=t("staff-queue-date-hint") value=queue.from.clone()
                    error=form.error("from")/>
                <FilterInput id="to" label=t("staff-queue-to") hint=t("staff-queue-date-hint") value=queue.to.clone()
                    error=form.error("to")/>
                <FilterSelect id="assigned" label=t("staff-queue-assigned") options=assigned selected=queue.assigned.clone()/>
                <FilterSelect id="sort" label=t("staff-queue-sort") options=sorts selected=queue.sort.clone()/>
            </div>
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id="overdue" name="overdue" value="1" checked=queue.overdue/>
                <label class="label checkboxes__label" for="overdue">{t("staff-queue-overdue-only")}</label>
            </div>
            <button type="submit" class="button">{t("staff-queue-apply")}</button>
            " "<a href="/staff/queue">{t("staff-queue-clear")}</a>
        </form>
    }
}

#[component]
fn QueueTable(rows: Vec<QueueRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let days = t_with("staff-queue-days", &[("days", row.days_at_level.to_string())]);
            view! {
                <tr>
                    <th scope="row"><a href=format!("/staff/applications/{}", row.id)>{row.reference.clone()}</a></th>
                    <td>{row.person_name.clone()}<br/><span class="hint">{row.certificate_number.clone()}</span></td>
                    <td>{t(&format!("ent-{}-name", row.entitlement))}</td>
                    <td>{row.area_name.clone()}</td>
                    <td>{row.submitted.clone()}</td>
                    <td>
                        {row.status.map(staff_status_text)}
                        <br/><span class="hint">{days}</span>
                        {row.overdue.then(|| view! { <br/><Tag text=t("staff-queue-overdue") kind=TagKind::Warning/> })}
                    </td>
                    <td>{row.assignee.clone().unwrap_or_else(|| t("staff-queue-nobody"))}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-queue-col-reference",
        "staff-queue-col-person",
        "staff-queue-col-entitlement",
        "staff-queue-col-area",
        "staff-queue-col-submitted",
        "staff-queue-col-status",
        "staff-queue-col-assigned",
    ]
    .map(t)
    .to_vec();
    view! {
        <Table caption=t("staff-queue-caption") caption_hidden=true headers rows empty=t("staff-queue-empty")/>
    }
}

/// `/staff/queue`.
#[component]
pub fn QueuePage() -> impl IntoView {
    with_view(queue_page)
}

fn queue_page(queue: QueueView) -> impl IntoView {
    let counts = queue.counts.clone();
    let rows = queue.rows.clone();
    let export_href = format!("/staff/queue.csv?{}", queue.query);
    let first_page = (!queue.is_first_page).then(|| PageLink {
        href: format!("/staff/queue?{}", queue.query),
        text: t("staff-queue-first-page"),
        next: false,
    });
    let next_page = queue.next_page.clone().map(|href| PageLink {
        href,
        text: t("staff-queue-next-page"),
        next: true,
    });
    let pages: Vec<PageLink> = first_page.into_iter().chain(next_page).collect();
    let form = use_form();
    view! {
        <PageTitle text=t("staff-queue-title") has_errors=form.has_errors()/>
        <StaffNav/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-queue-title")}</h1>
        <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t("staff-queue-counts")}</h2>
            <ul class="counts">
                {counts.into_iter().map(|(status, n)| {
                    let href = format!("/staff/queue?status={}", status.key());
                    view! { <li><a href=href>{staff_status_text(status)}": "<strong>{n}</strong></a></li> }
                }).collect_view()}
            </ul>
        </section>
        <QueueFilters queue=queue.clone()/>
        <h2 id="results-heading">{t("staff-queue-results")}</h2>
        <QueueTable rows=rows/>
        <Pagination label=t("staff-queue-pages") links=pages/>
        <p><a href=export_href>{t("staff-queue-export")}</a></p>
    }
}
