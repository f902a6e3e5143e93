//! `GET /staff/audit` and `GET /staff/audit.csv`. Searching and exporting
//! the log are themselves recorded in it.

use super::queue::{cell, csv_response};
use super::{allowed, client, page};
use crate::domain::staff::StaffAction;
use crate::i18n::{tr, Lang};
use crate::staff::audit::{self, AuditAction, AuditEntry, AuditSearch};
use crate::staff::audit_log::{AuditRow, AuditView};
use crate::staff::store;
use crate::web::today_in_chongqing;
use crate::web::Early;
use crate::web::{failed, request_lang, FormValues, PortalState};
use axum::extract::{Request, State};
use axum::response::Response;
use chrono::{Duration, NaiveDate};
use leptos::prelude::provide_context;
use sea_orm::DbErr;
use tower_sessions::Session;

const PAGE_SIZE: u64 = 100;
/// Most entries in one export; narrow the search for more.
const EXPORT_LIMIT: u64 = 100_000;

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
        at: (entry.at + Duration::hours(8))
            .format("%Y-%m-%d %H:%M:%S")
            .to_string(),
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
pub async fn show(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::ReadAudit).await?;
    let sent = FormValues::parse(request.uri().query().unwrap_or_default().as_bytes());
    let search = search_of(&sent);
    let query = query_of(&sent);
    let actor = staff.actor(client(&state, &request));
    let loaded = async {
        let entries = audit::search(&state.db, &search, PAGE_SIZE + 1).await?;
        let staff_list = store::all(&state.db).await?;
        audit::record(
            &state.db,
            &actor,
            AuditAction::SearchAudit,
            "audit",
            Some(query.clone()),
        )
        .await?;
        Ok::<_, DbErr>((entries, staff_list))
    };
    let (mut entries, staff_list) = loaded.await.map_err(failed)?;
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
    Ok(page(&state, &staff, request, move || provide_context(view.clone())).await)
}

/// `GET /staff/audit.csv`: the search's entries, UTF-8 with a byte-order mark.
pub async fn export(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::ReadAudit).await?;
    let sent = FormValues::parse(request.uri().query().unwrap_or_default().as_bytes());
    let mut search = search_of(&sent);
    search.before = None;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let loaded = async {
        let entries = audit::search(&state.db, &search, EXPORT_LIMIT).await?;
        let detail = Some(format!("{} entries; {}", entries.len(), query_of(&sent)));
        audit::record(&state.db, &actor, AuditAction::ExportAudit, "audit", detail).await?;
        Ok::<_, DbErr>(entries)
    };
    let entries = loaded.await.map_err(failed)?;
    let bytes = audit_csv(lang, &entries).map_err(failed)?;
    Ok(csv_response(
        bytes,
        &format!("audit-{}.csv", today_in_chongqing()),
    ))
}

fn audit_csv(lang: Lang, entries: &[AuditEntry]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    let headers = [
        "staff-audit-when",
        "staff-audit-who",
        "staff-audit-action",
        "staff-audit-target",
        "staff-audit-detail",
        "staff-audit-from-address",
    ];
    writer.write_record(headers.iter().map(|id| tr(lang, id)))?;
    for entry in entries {
        let row = row_of(entry);
        let action = tr(lang, &format!("audit-action-{}", row.action.replace('_', "-")));
        writer.write_record([
            row.at,
            cell(&row.who),
            action,
            cell(&row.target),
            cell(&row.detail),
            row.client_address,
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}
