//! `/staff/queue`: applications in my scope, counts by status, filters (a
//! GET form, so a filtered queue can be bookmarked), pages, overdue flags,
//! and the CSV export of the same filters (`/staff/queue.csv`).

use super::StaffNav;
use crate::components::PageTitle;
use crate::domain::applications::ApplicationStatus;
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
fn Options(options: Vec<(String, String)>, selected: String) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            view! { <option value=value selected=is_selected>{text}</option> }
        })
        .collect_view()
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
    let community_selected = queue.community.clone();
    view! {
        <form method="get" action="/staff/queue" class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{t("staff-queue-filters")}</h2>
            <div class="filters__grid">
                <div class="form-group">
                    <label class="label" for="status">{t("staff-queue-status")}</label>
                    <select class="select" id="status" name="status"><Options options=statuses selected=queue.status.clone()/></select>
                </div>
                <div class="form-group">
                    <label class="label" for="entitlement">{t("staff-queue-entitlement")}</label>
                    <select class="select" id="entitlement" name="entitlement"><Options options=entitlements selected=queue.entitlement.clone()/></select>
                </div>
                <div class="form-group">
                    <label class="label" for="street">{t("staff-queue-street")}</label>
                    <select class="select" id="street" name="street"><Options options=streets selected=queue.street.clone()/></select>
                </div>
                <div class="form-group">
                    <label class="label" for="community">{t("staff-queue-community")}</label>
                    <select class="select" id="community" name="community">
                        <option value="">{any.clone()}</option>
                        {queue.communities.clone().into_iter().map(|(group, options)| {
                            let selected = community_selected.clone();
                            view! { <optgroup label=group><Options options=options selected=selected/></optgroup> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="form-group">
                    <label class="label" for="from">{t("staff-queue-from")}</label>
                    <div class="hint" id="from-hint">{t("staff-queue-date-hint")}</div>
                    <input class="input input--10" type="date" id="from" name="from" value=queue.from.clone() aria-describedby="from-hint"/>
                </div>
                <div class="form-group">
                    <label class="label" for="to">{t("staff-queue-to")}</label>
                    <div class="hint" id="to-hint">{t("staff-queue-date-hint")}</div>
                    <input class="input input--10" type="date" id="to" name="to" value=queue.to.clone() aria-describedby="to-hint"/>
                </div>
                <div class="form-group">
                    <label class="label" for="assigned">{t("staff-queue-assigned")}</label>
                    <select class="select" id="assigned" name="assigned"><Options options=assigned selected=queue.assigned.clone()/></select>
                </div>
                <div class="form-group">
                    <label class="label" for="sort">{t("staff-queue-sort")}</label>
                    <select class="select" id="sort" name="sort"><Options options=sorts selected=queue.sort.clone()/></select>
                </div>
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
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{t("staff-queue-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("staff-queue-col-reference")}</th>
                        <th scope="col">{t("staff-queue-col-person")}</th>
                        <th scope="col">{t("staff-queue-col-entitlement")}</th>
                        <th scope="col">{t("staff-queue-col-area")}</th>
                        <th scope="col">{t("staff-queue-col-submitted")}</th>
                        <th scope="col">{t("staff-queue-col-status")}</th>
                        <th scope="col">{t("staff-queue-col-assigned")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
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
                                    {row.overdue.then(|| view! { <br/><strong class="tag tag--overdue">{t("staff-queue-overdue")}</strong> })}
                                </td>
                                <td>{row.assignee.clone().unwrap_or_else(|| t("staff-queue-nobody"))}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn QueuePage() -> impl IntoView {
    let queue = use_context::<QueueView>().unwrap_or_default();
    let counts = queue.counts.clone();
    let rows = queue.rows.clone();
    let export_href = format!("/staff/queue.csv?{}", queue.query);
    let next_page = queue.next_page.clone();
    let first_page = (!queue.is_first_page).then(|| format!("/staff/queue?{}", queue.query));
    let empty = rows.is_empty();
    view! {
        <PageTitle text=t("staff-queue-title")/>
        <StaffNav/>
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
        {if empty {
            view! { <p>{t("staff-queue-empty")}</p> }.into_any()
        } else {
            view! { <QueueTable rows=rows/> }.into_any()
        }}
        <nav class="pagination" aria-label=t("staff-queue-pages")>
            <ul class="pagination__list">
                {first_page.map(|href| view! { <li><a href=href>{t("staff-queue-first-page")}</a></li> })}
                {next_page.map(|href| view! { <li><a href=href rel="next">{t("staff-queue-next-page")}</a></li> })}
            </ul>
        </nav>
        <p><a href=export_href>{t("staff-queue-export")}</a></p>
    }
}
