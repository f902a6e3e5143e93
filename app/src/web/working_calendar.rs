//! The public holidays and make-up working days (`calendar_day`), read
//! fresh for each request that counts working days: a few dozen rows a
//! year, and every server sees an administrator's change at once.

use crate::domain::working_days::{DayKind, WorkingCalendar};
use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, DbErr, Statement};

/// One listed day as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarDay {
    pub day: NaiveDate,
    pub kind: DayKind,
    pub name_zh: String,
    pub name_en: String,
}

/// Every listed day, in date order.
pub async fn calendar_days<C: ConnectionTrait>(db: &C) -> Result<Vec<CalendarDay>, DbErr> {
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT day, kind, name_zh, name_en FROM calendar_day ORDER BY day",
        ))
        .await?;
    let mut days = Vec::with_capacity(rows.len());
    for row in rows {
        let kind: String = row.try_get("", "kind")?;
        let Some(kind) = DayKind::parse(&kind) else {
            tracing::warn!(kind, "calendar day of an unknown kind; ignored");
            continue;
        };
        days.push(CalendarDay {
            day: row.try_get("", "day")?,
            kind,
            name_zh: row.try_get("", "name_zh")?,
            name_en: row.try_get("", "name_en")?,
        });
    }
    Ok(days)
}

/// The calendar the clocks and overdue flags count with.
pub async fn working_calendar<C: ConnectionTrait>(db: &C) -> Result<WorkingCalendar, DbErr> {
    Ok(WorkingCalendar::new(
        calendar_days(db).await?.into_iter().map(|d| (d.day, d.kind)),
    ))
}
