//! `GET /staff/audit` and `GET /staff/audit.csv`. Searching and exporting
//! the log are themselves recorded in it.

use super::pages::{AuditLogPage, AuditRow, AuditView};
use super::store::{search, AuditSearch};
use crate::accounts::staff_account;
use crate::accounts::staff_session::{ReadAudit, Staff};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::local_time::utc_to_chongqing;
use crate::forms::FormState;
use crate::i18n::tr;
use crate::web::audit::AuditEntry;
use crate::web::csv::CsvFile;
use crate::web::{FormValues, Page, PageResult, PortalState, QueryValues};
use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;

const PAGE_SIZE: u64 = 100;
/// Most entries in one export; narrow the search for more.
const EXPORT_LIMIT: u64 = 100_000;

type Admin = Staff<ReadAudit>;

fn search_of(sent: &FormValues) -> AuditSearch {
    let get = |name: &str| sent.get(name).map(str::trim).filter(|v| !v.is_empty());
    let date = |name: &str| get(name).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    AuditSearch {
        staff_id: get("staff").and_then(|s| s.parse().ok()),
        action: get("action").and_then(AuditAction::parse),
        target: get("target").map(|t| t.chars().take(128).collect()),
        from: date("from"),
        to: date("to"),
        before: get("before").and_then(|b| b.parse().ok()),
    }
}

/// Dates that cannot be read are told, with the value kept as typed
/// (the search leaves them out).
fn filter_errors(sent: &FormValues) -> FormState {
    let mut form = sent.to_form();
    form.optional_date("from", "staff-filter-from-error");
    form.optional_date("to", "staff-filter-to-error");
    form
}

fn query_of(sent: &FormValues) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in sent.pairs() {
        if key != "before" && !value.is_empty() {
            query.append_pair(key, value);
        }
    }
    query.finish()
}

fn row_of(entry: &AuditEntry) -> AuditRow {
    AuditRow {
        at: utc_to_chongqing(entry.at).format("%Y-%m-%d %H:%M:%S").to_string(),
        who: if entry.staff_name.is_empty() {
            "—".to_string()
        } else {
            entry.staff_name.clone()
        },
        action: entry.action.clone(),
        target: entry.target.clone(),
        detail: entry.detail.clone().unwrap_or_default(),
        client_address: entry.client_address.clone(),
    }
}

/// `GET /staff/audit`.
pub async fn show(
    State(state): State<PortalState>,
    staff: Admin,
    QueryValues(sent): QueryValues,
) -> PageResult<Page> {
    let query = query_of(&sent);
    let mut entries = search(&state.db, &search_of(&sent), PAGE_SIZE + 1).await?;
    let staff_list = staff_account::all(&state.db).await?;
    staff
        .actor
        .record(
            &state.db,
            Audit::new(AuditAction::SearchAudit, AuditTarget::AuditLog).detail(query.clone()),
        )
        .await?;
    let more = entries.len() as u64 > PAGE_SIZE;
    entries.truncate(PAGE_SIZE as usize);
    let get = |name: &str| sent.get(name).unwrap_or_default().to_string();
    let view = AuditView {
        rows: entries.iter().map(row_of).collect(),
        staff: staff_list
            .iter()
            .map(|s| (s.id.to_string(), s.display_name.clone()))
            .collect(),
        actions: AuditAction::ALL.iter().map(|a| a.key().to_string()).collect(),
        chosen_staff: get("staff"),
        chosen_action: get("action"),
        target: get("target"),
        from: get("from"),
        to: get("to"),
        next_page: more.then(|| entries.last()).flatten().map(|last| {
            let separator = if query.is_empty() { "" } else { "&" };
            format!("/staff/audit?{query}{separator}before={}", last.id)
        }),
        query,
    };
    Ok(staff
        .page(AuditLogPage)
        .with(view)
        .with_form(filter_errors(&sent)))
}

/// `GET /staff/audit.csv`: the search's entries, for Excel and WPS.
pub async fn export(
    State(state): State<PortalState>,
    staff: Admin,
    QueryValues(sent): QueryValues,
) -> PageResult<Response> {
    let lang = staff.lang;
    let mut wanted = search_of(&sent);
    wanted.before = None;
    let entries = search(&state.db, &wanted, EXPORT_LIMIT).await?;
    let audit = Audit::new(AuditAction::ExportAudit, AuditTarget::AuditLog).detail(format!(
        "{} entries; {}",
        entries.len(),
        query_of(&sent)
    ));
    staff.actor.record(&state.db, audit).await?;
    let mut csv = CsvFile::new(
        lang,
        &[
            "staff-audit-when",
            "staff-audit-who",
            "staff-audit-action",
            "staff-audit-target",
            "staff-audit-detail",
            "staff-audit-from-address",
        ],
    )?;
    for entry in &entries {
        let row = row_of(entry);
        let action = tr(lang, &format!("audit-action-{}", row.action.replace('_', "-")));
        csv.row([
            row.at,
            row.who,
            action,
            row.target,
            row.detail,
            row.client_address,
        ])?;
    }
    csv.into_response(&format!("audit-{}.csv", state.clock.today()))
}
