//! `GET` and `POST /staff/calendar`, `POST /staff/calendar/remove`.

use super::pages::{CalendarPage, CalendarRow, CalendarView};
use super::store;
use crate::accounts::staff_session::{EditCalendar, Staff};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::working_days::DayKind;
use crate::forms::FormState;
use crate::web::working_calendar::{calendar_days, CalendarDay};
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PortalState, QueryValues};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};

type Admin = Staff<EditCalendar>;

const MAX_NAME: usize = 60;
/// The years the page moves between; outside them a year is not read.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The year asked for, or this year.
fn year_asked(sent: &FormValues, today: NaiveDate) -> i32 {
    sent.get("year")
        .and_then(|y| y.trim().parse::<i32>().ok())
        .filter(|y| YEARS.contains(y))
        .unwrap_or_else(|| today.year())
}

async fn page(state: &PortalState, staff: &Admin, year: i32) -> PageResult<Page> {
    let rows = calendar_days(&state.db)
        .await?
        .into_iter()
        .filter(|d| d.day.year() == year)
        .map(|d| CalendarRow {
            day: d.day,
            kind: d.kind,
            name_zh: d.name_zh,
            name_en: d.name_en,
        })
        .collect();
    Ok(staff.page(CalendarPage).with(CalendarView { year, rows }))
}

/// `GET /staff/calendar?year=2026`.
pub async fn show(
    State(state): State<PortalState>,
    staff: Admin,
    QueryValues(sent): QueryValues,
) -> PageResult<Page> {
    page(&state, &staff, year_asked(&sent, state.clock.today())).await
}

/// A day from the form, or what to fix.
fn read(form: &mut FormState) -> Option<CalendarDay> {
    let day = form.date("day", "staff-calendar-day-error");
    let day = match day {
        Some(d) if !YEARS.contains(&d.year()) => {
            form.add("day", "staff-calendar-day-error");
            None
        }
        day => day,
    };
    let kind = form.choice("kind", DayKind::parse, "staff-calendar-kind-error");
    let name_zh = form.text("name_zh", MAX_NAME, Some("staff-calendar-name-zh-error"));
    let name_en = form.text("name_en", MAX_NAME, Some("staff-calendar-name-en-error"));
    // A make-up day is a weekend day worked; a weekday is worked already.
    if let (Some(day), Some(DayKind::MakeUpWorkingDay)) = (day, kind) {
        if day.weekday().number_from_monday() <= 5 {
            form.add("day", "staff-calendar-make-up-weekday");
        }
    }
    if form.has_errors() {
        return None;
    }
    Some(CalendarDay {
        day: day?,
        kind: kind?,
        name_zh,
        name_en,
    })
}

/// `POST /staff/calendar`: lists one more day.
pub async fn add(State(state): State<PortalState>, staff: Admin, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let today = state.clock.today();
    let Some(day) = read(&mut form) else {
        let year = year_asked(&sent, today);
        return Ok(page(&state, &staff, year).await?.rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    if !store::add(change.db(), &day).await? {
        form.add("day", "staff-calendar-day-taken");
        return Ok(page(&state, &staff, day.day.year())
            .await?
            .rejected(form)
            .into_response());
    }
    let audit = Audit::new(AuditAction::AddCalendarDay, AuditTarget::CalendarDay(day.day)).detail(format!(
        "{} {} / {}",
        day.kind.key(),
        day.name_zh,
        day.name_en
    ));
    change.commit(audit).await?;
    Ok(see_other(&format!(
        "/staff/calendar?year={}&done=added",
        day.day.year()
    )))
}

/// `POST /staff/calendar/remove`: the day goes back to the ordinary week.
pub async fn remove(
    State(state): State<PortalState>,
    staff: Admin,
    sent: FormValues,
) -> PageResult<Response> {
    let Some(day) = sent
        .get("day")
        .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
    else {
        return Err(PageError::NotFound);
    };
    let change = staff.change(&state.db).await?;
    if !store::remove(change.db(), day).await? {
        return Err(PageError::NotFound);
    }
    change
        .commit(Audit::new(
            AuditAction::RemoveCalendarDay,
            AuditTarget::CalendarDay(day),
        ))
        .await?;
    Ok(see_other(&format!(
        "/staff/calendar?year={}&done=removed",
        day.year()
    )))
}
