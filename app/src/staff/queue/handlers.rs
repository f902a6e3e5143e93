//! `GET /staff/queue` and `GET /staff/queue.csv`.

use super::pages::{QueuePage, QueueRow, QueueView};
use super::store::{self, Cursor, Owner, QueueFilter, PAGE_SIZE};
use crate::accounts::staff_account;
use crate::accounts::staff_session::{ReviewApplications, Staff};
use crate::applications::store::Application;
use crate::areas::AreaName;
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::catalogue::CATALOGUE;
use crate::domain::local_time::date_in_chongqing;
use crate::domain::staff::{in_scope, Role};
use crate::domain::working_days::WorkingCalendar;
use crate::i18n::{tr, Lang};
use crate::web::csv::{streamed, CsvFile};
use crate::web::working_calendar::working_calendar;
use crate::web::{FormValues, Page, PageError, PageResult, PortalState, QueryValues};
use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;
use sea_orm::DbErr;
use std::collections::HashMap;

type Reviewer = Staff<ReviewApplications>;

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
        let staff = staff_account::all(&state.db)
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

fn row_of(app: &Application, role: Role, names: &Names, owner: &Owner) -> QueueRow {
    let today = owner.today;
    let person = app.person_details();
    let certificate_number = role.certificate_number_shown(&person.certificate_number);
    let status = app.status();
    let since = app
        .level_since
        .or(app.submitted_at)
        .map(date_in_chongqing)
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
            .map(|at| date_in_chongqing(at).to_string())
            .unwrap_or_default(),
        status: Some(status),
        days_at_level: owner.calendar.working_days_between(since, today),
        overdue: owner.levels.is_overdue(status, since, today, owner.calendar),
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

/// Whose queue: this reviewer's.
fn owner<'a>(state: &'a PortalState, staff: &'a Reviewer, calendar: &'a WorkingCalendar) -> Owner<'a> {
    Owner {
        area: &staff.member.area,
        staff_id: staff.account.id,
        levels: &state.service_levels,
        calendar,
        today: state.clock.today(),
    }
}

fn filter_view(sent: &FormValues, names: &Names, staff: &Reviewer, lang: Lang) -> QueueView {
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
pub async fn show(
    State(state): State<PortalState>,
    staff: Reviewer,
    QueryValues(sent): QueryValues,
) -> PageResult<Page> {
    let lang = staff.lang;
    let filter = QueueFilter::from_pairs(sent.pairs(), staff.member.role.reviews());
    let calendar = working_calendar(&state.db).await?;
    let owner = owner(&state, &staff, &calendar);
    let names = Names::load(&state, lang).await?;
    let (apps, next) = store::page(&state.db, &owner, &filter, PAGE_SIZE).await?;
    let counts = store::counts(&state.db, &owner, &filter).await?;
    let audit = Audit::new(AuditAction::ViewQueue, AuditTarget::Queue).detail(filter_query(&sent));
    staff.actor.record(&state.db, audit).await?;
    let mut view = filter_view(&sent, &names, &staff, lang);
    view.rows = apps
        .iter()
        .map(|a| row_of(a, staff.member.role, &names, &owner))
        .collect();
    view.counts = counts;
    view.is_first_page = filter.after.is_none();
    view.next_page = next.map(|cursor: Cursor| {
        let separator = if view.query.is_empty() { "" } else { "&" };
        format!("/staff/queue?{}{separator}after={}", view.query, cursor.encode())
    });
    // Dates that cannot be read are told, with the value kept as typed
    // (the filter leaves them out).
    let mut form = sent.to_form();
    form.optional_date("from", "staff-filter-from-error");
    form.optional_date("to", "staff-filter-to-error");
    Ok(staff.page(QueuePage).with(view).with_form(form))
}

const EXPORT_HEADERS: [&str; 11] = [
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

/// `GET /staff/queue.csv`: every row matching the filters, for Excel and WPS.
/// The audit entry (with the number of rows) is written before any row
/// leaves, so an export broken off half-way is still on record; the rows
/// are then read and sent a batch at a time.
pub async fn export(
    State(state): State<PortalState>,
    staff: Reviewer,
    QueryValues(sent): QueryValues,
) -> PageResult<Response> {
    let lang = staff.lang;
    let mut filter = QueueFilter::from_pairs(sent.pairs(), staff.member.role.reviews());
    filter.after = None;
    let calendar = working_calendar(&state.db).await?;
    let rows = store::total(&state.db, &owner(&state, &staff, &calendar), &filter).await?;
    let audit = Audit::new(AuditAction::ExportQueue, AuditTarget::Queue)
        .detail(format!("{rows} rows; {}", filter_query(&sent)));
    staff.actor.record(&state.db, audit).await?;
    let today = state.clock.today();
    let export = Export {
        names: Names::load(&state, lang).await?,
        csv: CsvFile::new(lang, &EXPORT_HEADERS)?,
        area: staff.member.area.clone(),
        staff_id: staff.account.id,
        role: staff.member.role,
        lang,
        today,
        calendar,
        filter,
        state,
        finished: false,
    };
    let pieces = futures_util::stream::try_unfold(export, Export::next_piece);
    Ok(streamed(pieces, &format!("queue-{today}.csv")))
}

/// An export between batches: what it needs to read and write the next
/// one, owned, because the body is written after the handler has returned.
struct Export {
    state: PortalState,
    names: Names,
    csv: CsvFile,
    area: String,
    staff_id: i32,
    role: Role,
    lang: Lang,
    today: NaiveDate,
    calendar: WorkingCalendar,
    /// Where the next batch starts (`after`).
    filter: QueueFilter,
    finished: bool,
}

impl Export {
    /// The next piece of the file (the first is the byte-order mark and the
    /// headers with the first batch); `None` once every row was sent.
    async fn next_piece(mut self) -> Result<Option<(Vec<u8>, Export)>, PageError> {
        if self.finished {
            return Ok(None);
        }
        let owner = Owner {
            area: &self.area,
            staff_id: self.staff_id,
            levels: &self.state.service_levels,
            calendar: &self.calendar,
            today: self.today,
        };
        let batch = store::page(&self.state.db, &owner, &self.filter, EXPORT_BATCH).await;
        let (apps, next) = batch.inspect_err(|e| tracing::error!("the queue export broke off: {e}"))?;
        for app in &apps {
            let row = row_of(app, self.role, &self.names, &owner);
            let street = app
                .area_code
                .as_deref()
                .map(|c| self.names.street_of(c))
                .unwrap_or_default();
            self.csv.row(csv_cells(self.lang, row, street))?;
        }
        self.finished = next.is_none();
        self.filter.after = next;
        let piece = self.csv.take_written()?;
        Ok(Some((piece, self)))
    }
}

fn csv_cells(lang: Lang, row: QueueRow, street: String) -> [String; 11] {
    let status = row
        .status
        .map(|s| tr(lang, &format!("staff-status-{}", s.key().replace('_', "-"))))
        .unwrap_or_default();
    [
        row.reference,
        status,
        tr(lang, &format!("ent-{}-name", row.entitlement)),
        row.person_name,
        row.certificate_number,
        row.area_name,
        street,
        row.submitted,
        row.days_at_level.to_string(),
        if row.overdue {
            tr(lang, "staff-csv-yes")
        } else {
            String::new()
        },
        row.assignee.unwrap_or_default(),
    ]
}
