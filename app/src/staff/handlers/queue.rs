//! `GET /staff/queue` and `GET /staff/queue.csv`.

use super::{client, here, not_allowed, page, signed_in};
use crate::applications::store::Application;
use crate::areas::AreaName;
use crate::domain::catalogue::CATALOGUE;
use crate::domain::resident_id::CertificateNumber;
use crate::domain::staff::{in_scope, working_days_between, StaffAction};
use crate::i18n::{tr, Lang};
use crate::staff::audit::{self, AuditAction};
use crate::staff::queue::{QueueRow, QueueView};
use crate::staff::queue_store::{self, Cursor, QueueFilter, PAGE_SIZE};
use crate::staff::session::Staff;
use crate::staff::store;
use crate::web::today_in_chongqing;
use crate::web::Early;
use crate::web::{failed, request_lang, FormValues, PortalState};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use chrono::{Duration, NaiveDate};
use http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use http::HeaderValue;
use leptos::prelude::provide_context;
use sea_orm::DbErr;
use std::collections::HashMap;
use tower_sessions::Session;

/// Rows fetched at a time for the export.
const EXPORT_BATCH: u64 = 1000;

/// Names needed to show rows: areas and staff, by code and id.
struct Names {
    areas: HashMap<String, AreaName>,
    staff: HashMap<i32, String>,
}

impl Names {
    async fn load(state: &PortalState, lang: Lang) -> Result<Names, DbErr> {
        let areas = state
            .areas
            .names(lang)
            .into_iter()
            .map(|a| (a.code.clone(), a))
            .collect();
        let staff = store::all(&state.db)
            .await?
            .into_iter()
            .map(|s| (s.id, s.display_name))
            .collect();
        Ok(Names { areas, staff })
    }

    fn area(&self, code: &str) -> String {
        self.areas
            .get(code)
            .map_or_else(|| code.to_string(), |a| a.name.clone())
    }

    /// The street or town above a community.
    fn street_of(&self, code: &str) -> String {
        self.areas
            .get(code)
            .and_then(|a| a.parent.as_deref())
            .map(|parent| self.area(parent))
            .unwrap_or_default()
    }
}

/// A submission time as a date in China.
fn china_date(at: chrono::DateTime<chrono::Utc>) -> NaiveDate {
    (at + Duration::hours(8)).date_naive()
}

fn row_of(
    app: &Application,
    staff: &Staff,
    names: &Names,
    state: &PortalState,
    today: NaiveDate,
) -> QueueRow {
    let person = app.person_details();
    let number = CertificateNumber::parse(&person.certificate_number).ok();
    let certificate_number = match number {
        Some(n) if staff.member.role.sees_full_numbers() => n.to_string(),
        Some(n) => n.resident_id().masked(),
        None => String::new(),
    };
    let status = app.status();
    let since = app
        .level_since
        .or(app.submitted_at)
        .map(china_date)
        .unwrap_or(today);
    QueueRow {
        id: app.id,
        reference: app.reference.clone().unwrap_or_default(),
        entitlement: app.entitlement.clone(),
        person_name: person.full_name,
        certificate_number,
        area_name: app
            .area_code
            .as_deref()
            .map(|c| names.area(c))
            .unwrap_or_default(),
        submitted: app
            .submitted_at
            .map(|at| china_date(at).to_string())
            .unwrap_or_default(),
        status: Some(status),
        days_at_level: working_days_between(since, today),
        overdue: state.service_levels.is_overdue(status, since, today),
        assignee: app.assigned_to.and_then(|id| names.staff.get(&id).cloned()),
    }
}

/// The query string without the page cursor.
fn filter_query(sent: &FormValues) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (key, value) in sent.pairs() {
        if key != "after" && !value.is_empty() {
            query.append_pair(key, value);
        }
    }
    query.finish()
}

fn sent_values(request: &Request) -> FormValues {
    FormValues::parse(request.uri().query().unwrap_or_default().as_bytes())
}

/// The reviewer's queue, or why not.
async fn reviewer(
    state: &PortalState,
    session: &Session,
    request: Request,
) -> Result<(Staff, Request), Response> {
    let staff = signed_in(state, session, here(&request)).await?;
    let area = staff.member.area.clone();
    if staff
        .member
        .may(StaffAction::ViewApplication { area: &area })
        .is_err()
    {
        return Err(not_allowed(state, &staff, request).await);
    }
    Ok((staff, request))
}

fn filter_view(sent: &FormValues, names: &Names, staff: &Staff, lang: Lang) -> QueueView {
    let scope = &staff.member.area;
    let mut areas: Vec<&AreaName> = names.areas.values().collect();
    areas.sort_by(|a, b| a.code.cmp(&b.code));
    let streets: Vec<(String, String)> = areas
        .iter()
        .filter(|a| (a.kind == "street" || a.kind == "town") && in_scope(scope, &a.code))
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    let communities = areas
        .iter()
        .filter(|a| a.kind == "street" || a.kind == "town")
        .filter_map(|street| {
            let items: Vec<(String, String)> = areas
                .iter()
                .filter(|c| c.parent.as_deref() == Some(street.code.as_str()) && in_scope(scope, &c.code))
                .map(|c| (c.code.clone(), c.name.clone()))
                .collect();
            (!items.is_empty()).then(|| (street.name.clone(), items))
        })
        .collect();
    let entitlements = CATALOGUE
        .iter()
        .filter(|e| e.can_apply_online())
        .map(|e| (e.id.slug(), tr(lang, &format!("ent-{}-name", e.id.slug()))))
        .collect();
    let default_status = staff.member.role.reviews().map_or("all", |s| s.key()).to_string();
    let get = |name: &str| sent.get(name).unwrap_or_default().to_string();
    QueueView {
        status: sent.get("status").map_or(default_status, str::to_string),
        entitlement: get("entitlement"),
        street: get("street"),
        community: get("community"),
        from: get("from"),
        to: get("to"),
        assigned: get("assigned"),
        overdue: sent.get("overdue") == Some("1"),
        sort: get("sort"),
        streets,
        communities,
        entitlements,
        query: filter_query(sent),
        ..QueueView::default()
    }
}

/// `GET /staff/queue`.
pub async fn show(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = reviewer(&state, &session, request).await?;
    let sent = sent_values(&request);
    let filter = QueueFilter::from_pairs(sent.pairs(), staff.member.role.reviews());
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let loaded = async {
        let names = Names::load(&state, lang).await?;
        let (apps, next) =
            queue_store::page(&state.db, &staff, &filter, &state.service_levels, PAGE_SIZE).await?;
        let counts = queue_store::counts(&state.db, &staff, &filter, &state.service_levels).await?;
        let detail = Some(filter_query(&sent));
        audit::record(&state.db, &actor, AuditAction::ViewQueue, "queue", detail).await?;
        Ok::<_, DbErr>((names, apps, next, counts))
    };
    let (names, apps, next, counts) = loaded.await.map_err(failed)?;
    let today = today_in_chongqing();
    let mut view = filter_view(&sent, &names, &staff, lang);
    view.rows = apps
        .iter()
        .map(|a| row_of(a, &staff, &names, &state, today))
        .collect();
    view.counts = counts;
    view.is_first_page = filter.after.is_none();
    view.next_page = next.map(|cursor: Cursor| {
        let separator = if view.query.is_empty() { "" } else { "&" };
        format!("/staff/queue?{}{separator}after={}", view.query, cursor.encode())
    });
    Ok(page(&state, &staff, request, move || provide_context(view.clone())).await)
}

/// `GET /staff/queue.csv`: every row matching the filters, UTF-8 with a
/// byte-order mark so Excel and WPS read the Chinese correctly.
pub async fn export(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = reviewer(&state, &session, request).await?;
    let sent = sent_values(&request);
    let mut filter = QueueFilter::from_pairs(sent.pairs(), staff.member.role.reviews());
    filter.after = None;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let today = today_in_chongqing();
    let built = async {
        let names = Names::load(&state, lang).await?;
        let mut rows = Vec::new();
        loop {
            let (apps, next) =
                queue_store::page(&state.db, &staff, &filter, &state.service_levels, EXPORT_BATCH).await?;
            rows.extend(apps.iter().map(|a| {
                let row = row_of(a, &staff, &names, &state, today);
                let street = a
                    .area_code
                    .as_deref()
                    .map(|c| names.street_of(c))
                    .unwrap_or_default();
                (row, street)
            }));
            match next {
                Some(cursor) => filter.after = Some(cursor),
                None => break,
            }
        }
        let detail = Some(format!("{} rows; {}", rows.len(), filter_query(&sent)));
        audit::record(&state.db, &actor, AuditAction::ExportQueue, "queue", detail).await?;
        Ok::<_, DbErr>(rows)
    };
    let rows = built.await.map_err(failed)?;
    let bytes = queue_csv(lang, &rows).map_err(failed)?;
    Ok(csv_response(bytes, &format!("queue-{today}.csv")))
}

fn queue_csv(lang: Lang, rows: &[(QueueRow, String)]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    let headers = [
        "staff-queue-col-reference",
        "staff-queue-col-status",
        "staff-queue-col-entitlement",
        "staff-queue-col-person",
        "staff-csv-certificate",
        "staff-csv-community",
        "staff-csv-street",
        "staff-queue-col-submitted",
        "staff-csv-days",
        "staff-queue-overdue",
        "staff-queue-col-assigned",
    ];
    writer.write_record(headers.iter().map(|id| tr(lang, id)))?;
    for (row, street) in rows {
        let status = row
            .status
            .map(|s| tr(lang, &format!("staff-status-{}", s.key().replace('_', "-"))))
            .unwrap_or_default();
        writer.write_record([
            row.reference.clone(),
            status,
            tr(lang, &format!("ent-{}-name", row.entitlement)),
            cell(&row.person_name),
            row.certificate_number.clone(),
            row.area_name.clone(),
            street.clone(),
            row.submitted.clone(),
            row.days_at_level.to_string(),
            if row.overdue {
                tr(lang, "staff-csv-yes")
            } else {
                String::new()
            },
            cell(&row.assignee.clone().unwrap_or_default()),
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// A cell as spreadsheets should read it: text that starts like a formula
/// (`=`, `+`, `-`, `@`) gets a leading apostrophe, so a name typed by anyone
/// cannot run as a formula in Excel or WPS.
pub fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A CSV download that no cache keeps.
pub fn csv_response(bytes: Vec<u8>, file_name: &str) -> Response {
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1+1"), "'-1+1");
        assert_eq!(cell("王芳"), "王芳");
    }
}
