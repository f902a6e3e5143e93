//! The queue's queries: applications in the staff member's scope, filtered,
//! in submission order, a page at a time by keyset (the last row's
//! submission time and id), so page 2,000 costs what page 1 costs.
//!
//! Counts by status come from `application_count` (one row per area,
//! entitlement, status and assignee, kept in step by database triggers in the same
//! transaction as every change to an application), so showing them sums a
//! few hundred rows instead of scanning the district; only dates, which the
//! table does not know, count the applications themselves (from an index).

use crate::applications::store::application::{self, Entity as Applications};
use crate::applications::store::{read_all, Application};
use crate::domain::applications::ApplicationStatus;
use crate::domain::catalogue::EntitlementId;
use crate::domain::local_time::start_of_day;
use crate::domain::staff::{in_scope, ServiceLevels};
use crate::domain::working_days::WorkingCalendar;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use sea_orm::sea_query::{Alias, CaseStatement, Expr, Func, SimpleExpr};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};

/// Rows on one page of the queue.
pub const PAGE_SIZE: u64 = 50;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Oldest first: first come, first served.
    #[default]
    Oldest,
    Newest,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Assigned {
    #[default]
    Anyone,
    Me,
    Nobody,
}

/// Where the last page ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub submitted_at: DateTime<Utc>,
    pub id: i32,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!(
            "{}~{}",
            self.submitted_at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            self.id
        )
    }

    pub fn parse(text: &str) -> Option<Cursor> {
        let (at, id) = text.split_once('~')?;
        Some(Cursor {
            submitted_at: DateTime::parse_from_rfc3339(at).ok()?.with_timezone(&Utc),
            id: id.parse().ok()?,
        })
    }
}

/// Whose queue it is: their area, who they are (for "assigned to me"), and
/// the service levels and today's date (for "overdue").
#[derive(Clone, Copy, Debug)]
pub struct Owner<'a> {
    pub area: &'a str,
    pub staff_id: i32,
    pub levels: &'a ServiceLevels,
    /// The holidays and make-up working days "overdue" counts with.
    pub calendar: &'a WorkingCalendar,
    pub today: NaiveDate,
}

/// The queue's filters, read leniently from the query string: anything
/// that does not parse is left out (and shown as not chosen).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueFilter {
    pub status: Option<ApplicationStatus>,
    pub entitlement: Option<EntitlementId>,
    /// A street, town, community or village code.
    pub area: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub assigned: Assigned,
    pub overdue_only: bool,
    pub sort: Sort,
    pub after: Option<Cursor>,
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

impl QueueFilter {
    /// From the query string. `status` defaults to the level the role reviews;
    /// `status=all` means every status after submission.
    pub fn from_pairs(pairs: &[(String, String)], default_status: Option<ApplicationStatus>) -> QueueFilter {
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
        };
        let status = match get("status") {
            Some("all") => None,
            Some(text) => ApplicationStatus::parse(text)
                .filter(|s| *s != ApplicationStatus::Draft)
                .or(default_status),
            None => default_status,
        };
        let area = get("community").or(get("street")).map(str::to_string);
        QueueFilter {
            status,
            entitlement: get("entitlement").and_then(EntitlementId::parse),
            area: area.filter(|a| a.len() <= 64),
            from: get("from").and_then(date),
            to: get("to").and_then(date),
            assigned: match get("assigned") {
                Some("me") => Assigned::Me,
                Some("nobody") => Assigned::Nobody,
                _ => Assigned::Anyone,
            },
            overdue_only: get("overdue") == Some("1"),
            sort: match get("sort") {
                Some("newest") => Sort::Newest,
                _ => Sort::Oldest,
            },
            after: get("after").and_then(Cursor::parse),
        }
    }
}

/// How many submitted applications there are in one area, for one
/// entitlement, at one status, assigned to one staff member (0: nobody):
/// kept by triggers (see the migration
/// `m20261201_000201_queue_counts`), only ever read here.
pub mod application_count {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "application_count")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub area_code: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub entitlement: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub status: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub assigned_to: i32,
        pub n: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Rows whose area is `area` or under it. Codes are compared as a range
/// ('.' is followed by '/'), which the area index serves and which no
/// character in a code can escape.
fn within(column: impl ColumnTrait, area: &str) -> Condition {
    Condition::any().add(column.eq(area)).add(
        Condition::all()
            .add(column.gte(format!("{area}.")))
            .add(column.lt(format!("{area}/"))),
    )
}

/// The area the queue shows: the chosen one within the staff member's
/// scope, or the scope. `None` when the chosen area is outside the scope.
fn area_shown(owner: &Owner<'_>, filter: &QueueFilter) -> Option<String> {
    let scope = owner.area;
    match &filter.area {
        Some(chosen) if in_scope(scope, chosen) => Some(chosen.clone()),
        Some(chosen) if in_scope(chosen, scope) => Some(scope.to_string()),
        Some(_) => None,
        None => Some(scope.to_string()),
    }
}

/// The filtered queue without status, order or page: what the counts use.
/// `None` when the chosen area is outside the staff member's scope.
fn scoped(owner: &Owner<'_>, filter: &QueueFilter) -> Option<Select<Applications>> {
    let area = area_shown(owner, filter)?;
    let mut select = Applications::find()
        .filter(application::Column::Status.ne(ApplicationStatus::Draft.key()))
        .filter(application::Column::SubmittedAt.is_not_null())
        .filter(within(application::Column::AreaCode, &area));
    if let Some(entitlement) = filter.entitlement {
        select = select.filter(application::Column::Entitlement.eq(entitlement.slug()));
    }
    if let Some(from) = filter.from {
        select = select.filter(application::Column::SubmittedAt.gte(start_of_day(from)));
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        select = select.filter(application::Column::SubmittedAt.lt(start_of_day(to)));
    }
    select = match filter.assigned {
        Assigned::Anyone => select,
        Assigned::Me => select.filter(application::Column::AssignedTo.eq(owner.staff_id)),
        Assigned::Nobody => select.filter(application::Column::AssignedTo.is_null()),
    };
    if filter.overdue_only {
        select = select.filter(overdue(filter.status, owner)?);
    }
    Some(select)
}

/// Applications past their level's time: for one status, or for any of
/// the three levels. `None` when no status in the choice can be overdue.
///
/// One comparison with the cut-off of the row's own status (a CASE), not an
/// OR of one condition per status: an OR leads SQLite to read each status
/// from an index and sort them all, where this walks the queue in
/// submission order and stops at the end of the page.
fn overdue(status: Option<ApplicationStatus>, owner: &Owner) -> Option<SimpleExpr> {
    let statuses = match status {
        Some(status) => vec![status],
        None => vec![
            ApplicationStatus::Submitted,
            ApplicationStatus::StreetReview,
            ApplicationStatus::DistrictReview,
        ],
    };
    let mut cut_offs = CaseStatement::new();
    let mut some = false;
    for status in statuses {
        let Some(cut_off) = owner
            .levels
            .overdue_if_since_on_or_before(status, owner.today, owner.calendar)
            .and_then(|d| d.succ_opt())
        else {
            continue;
        };
        some = true;
        cut_offs = cut_offs.case(
            application::Column::Status.eq(status.key()),
            Expr::val(start_of_day(cut_off)),
        );
    }
    // Other statuses have no cut-off: NULL, which no time is before.
    some.then(|| Expr::col(application::Column::LevelSince).lt(cut_offs))
}

fn with_status(select: Select<Applications>, status: Option<ApplicationStatus>) -> Select<Applications> {
    match status {
        Some(status) => select.filter(application::Column::Status.eq(status.key())),
        None => select,
    }
}

/// Rows after the cursor in the page order. The first bound repeats what the
/// OR says so that both databases can start reading the index at the
/// cursor: without it they read every row before it (page 400 cost twice
/// page 1).
fn after_cursor(after: &Cursor, sort: Sort) -> Condition {
    let (at, id) = (after.submitted_at, after.id);
    match sort {
        Sort::Oldest => Condition::all()
            .add(application::Column::SubmittedAt.gte(at))
            .add(
                Condition::any()
                    .add(application::Column::SubmittedAt.gt(at))
                    .add(application::Column::Id.gt(id)),
            ),
        Sort::Newest => Condition::all()
            .add(application::Column::SubmittedAt.lte(at))
            .add(
                Condition::any()
                    .add(application::Column::SubmittedAt.lt(at))
                    .add(application::Column::Id.lt(id)),
            ),
    }
}

/// One page of the queue and where the next page starts, if there is one.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    owner: &Owner<'_>,
    filter: &QueueFilter,
    limit: u64,
) -> Result<(Vec<Application>, Option<Cursor>), DbErr> {
    let Some(select) = scoped(owner, filter) else {
        return Ok((Vec::new(), None));
    };
    let mut select = with_status(select, filter.status);
    if let Some(after) = &filter.after {
        select = select.filter(after_cursor(after, filter.sort));
    }
    select = match filter.sort {
        Sort::Oldest => select
            .order_by_asc(application::Column::SubmittedAt)
            .order_by_asc(application::Column::Id),
        Sort::Newest => select
            .order_by_desc(application::Column::SubmittedAt)
            .order_by_desc(application::Column::Id),
    };
    let mut rows = select.limit(limit + 1).all(db).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next = more.then(|| rows.last()).flatten().and_then(|last| {
        Some(Cursor {
            submitted_at: last.submitted_at?,
            id: last.id,
        })
    });
    Ok((read_all(rows)?, next))
}

/// How many applications match the filters, by status (drafts never count).
pub async fn counts<C: ConnectionTrait>(
    db: &C,
    owner: &Owner<'_>,
    filter: &QueueFilter,
) -> Result<Vec<(ApplicationStatus, u64)>, DbErr> {
    let rows = if kept_counts_serve(filter) {
        kept_counts(db, owner, filter).await?
    } else {
        counted(db, owner, filter).await?
    };
    Ok(ApplicationStatus::ALL
        .into_iter()
        .filter(|s| *s != ApplicationStatus::Draft)
        .map(|status| {
            let n = rows
                .iter()
                .find(|(key, _)| key == status.key())
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
            (status, n)
        })
        .collect())
}

/// Whether `application_count` knows every filter chosen (it keeps area,
/// entitlement, status and assignee; "overdue only" does not change the
/// counts shown).
fn kept_counts_serve(filter: &QueueFilter) -> bool {
    filter.from.is_none() && filter.to.is_none()
}

/// Counts by status from `application_count`.
async fn kept_counts<C: ConnectionTrait>(
    db: &C,
    owner: &Owner<'_>,
    filter: &QueueFilter,
) -> Result<Vec<(String, i64)>, DbErr> {
    let Some(area) = area_shown(owner, filter) else {
        return Ok(Vec::new());
    };
    let mut select = application_count::Entity::find()
        .select_only()
        .column(application_count::Column::Status)
        // PostgreSQL sums BIGINT as NUMERIC: back to a whole number.
        .column_as(
            SimpleExpr::from(Func::cast_as(
                Func::sum(Expr::col(application_count::Column::N)),
                Alias::new("BIGINT"),
            )),
            "n",
        )
        .filter(within(application_count::Column::AreaCode, &area))
        .group_by(application_count::Column::Status);
    if let Some(entitlement) = filter.entitlement {
        select = select.filter(application_count::Column::Entitlement.eq(entitlement.slug()));
    }
    select = match filter.assigned {
        Assigned::Anyone => select,
        Assigned::Me => select.filter(application_count::Column::AssignedTo.eq(owner.staff_id)),
        Assigned::Nobody => select.filter(application_count::Column::AssignedTo.eq(0)),
    };
    select.into_tuple().all(db).await
}

/// Counts by status from the applications themselves, for filters
/// `application_count` does not keep.
async fn counted<C: ConnectionTrait>(
    db: &C,
    owner: &Owner<'_>,
    filter: &QueueFilter,
) -> Result<Vec<(String, i64)>, DbErr> {
    let unfiltered_status = QueueFilter {
        overdue_only: false,
        ..filter.clone()
    };
    let Some(select) = scoped(owner, &unfiltered_status) else {
        return Ok(Vec::new());
    };
    select
        .select_only()
        .column(application::Column::Status)
        .column_as(Expr::col(application::Column::Id).count(), "n")
        .group_by(application::Column::Status)
        .into_tuple()
        .all(db)
        .await
}

/// How many rows the queue has with these filters, over every page.
pub async fn total<C: ConnectionTrait>(
    db: &C,
    owner: &Owner<'_>,
    filter: &QueueFilter,
) -> Result<u64, DbErr> {
    match scoped(owner, filter) {
        Some(select) => with_status(select, filter.status).count(db).await,
        None => Ok(0),
    }
}

/// How many applications wait at one level, in the owner's scope.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LevelCounts {
    pub waiting: u64,
    pub overdue: u64,
    /// Assigned to the owner.
    pub mine: u64,
}

/// What waits at `level` (none for a role that reviews nothing): all,
/// overdue, and assigned to the owner.
pub async fn level_counts<C: ConnectionTrait>(
    db: &C,
    owner: &Owner<'_>,
    level: Option<ApplicationStatus>,
) -> Result<LevelCounts, DbErr> {
    let Some(level) = level else {
        return Ok(LevelCounts::default());
    };
    let filter = QueueFilter {
        status: Some(level),
        ..QueueFilter::default()
    };
    let at_level = |filter: QueueFilter| async move {
        let counts = counts(db, owner, &filter).await?;
        Ok::<u64, DbErr>(
            counts
                .into_iter()
                .find_map(|(s, n)| (s == level).then_some(n))
                .unwrap_or(0),
        )
    };
    let overdue = QueueFilter {
        overdue_only: true,
        ..filter.clone()
    };
    Ok(LevelCounts {
        waiting: at_level(filter.clone()).await?,
        overdue: total(db, owner, &overdue).await?,
        mine: at_level(QueueFilter {
            assigned: Assigned::Me,
            ..filter
        })
        .await?,
    })
}

/// An application a staff member of `area` may see: in scope and submitted.
pub async fn find_in_scope<C: ConnectionTrait>(
    db: &C,
    area: &str,
    id: i32,
) -> Result<Option<Application>, DbErr> {
    Applications::find_by_id(id)
        .filter(application::Column::Status.ne(ApplicationStatus::Draft.key()))
        .one(db)
        .await?
        .filter(|app| {
            app.area_code
                .as_deref()
                .is_some_and(|app_area| in_scope(area, app_area))
        })
        .map(Application::try_from)
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn filters_read_leniently() {
        let level = Some(ApplicationStatus::StreetReview);
        assert_eq!(QueueFilter::from_pairs(&[], level).status, level);
        let filter = QueueFilter::from_pairs(
            &pairs(&[
                ("status", "all"),
                ("entitlement", "e03"),
                ("street", "jiangbei.guanyinqiao"),
                ("community", ""),
                ("from", "2026-11-01"),
                ("to", "not a date"),
                ("assigned", "me"),
                ("sort", "newest"),
                ("after", "garbage"),
            ]),
            level,
        );
        assert_eq!(filter.status, None);
        assert_eq!(filter.area.as_deref(), Some("jiangbei.guanyinqiao"));
        assert_eq!(filter.from, NaiveDate::from_ymd_opt(2026, 11, 1));
        assert_eq!(filter.to, None);
        assert_eq!(filter.assigned, Assigned::Me);
        assert_eq!(filter.sort, Sort::Newest);
        assert_eq!(filter.after, None);
        let drafts = QueueFilter::from_pairs(&pairs(&[("status", "draft")]), level);
        assert_eq!(drafts.status, level, "drafts are never in the queue");
    }

    #[test]
    fn cursors_round_trip_to_the_nanosecond() {
        let cursor = Cursor {
            submitted_at: DateTime::parse_from_rfc3339("2026-11-29T03:04:05.123456789Z")
                .map(|d| d.with_timezone(&Utc))
                .unwrap_or_default(),
            id: 42,
        };
        assert_eq!(Cursor::parse(&cursor.encode()), Some(cursor));
        assert_eq!(Cursor::parse("2026-11-29T03:04:05Z~x"), None);
    }
}
