//! Working days: Monday to Friday, less the public holidays, plus the
//! weekend days the State Council's holiday notice makes working days
//! (调休上班). Administrators keep the holidays and make-up days; this
//! module only counts with them.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What a listed day is, against the ordinary week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// A public holiday or a day off in the holiday arrangement (放假).
    Holiday,
    /// A weekend day worked to make up for a holiday (调休上班).
    MakeUpWorkingDay,
}

impl DayKind {
    pub const ALL: [DayKind; 2] = [DayKind::Holiday, DayKind::MakeUpWorkingDay];

    pub fn key(self) -> &'static str {
        match self {
            DayKind::Holiday => "holiday",
            DayKind::MakeUpWorkingDay => "make_up_working_day",
        }
    }

    pub fn parse(text: &str) -> Option<DayKind> {
        DayKind::ALL.into_iter().find(|k| k.key() == text)
    }
}

/// The holidays and make-up working days the portal knows of. Days it does
/// not list follow the ordinary week.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkingCalendar {
    holidays: BTreeSet<NaiveDate>,
    make_up_days: BTreeSet<NaiveDate>,
}

/// The longest run of days off the portal will step over looking for the
/// next working day; far beyond any real holiday, it only bounds a loop.
const LONGEST_BREAK: i64 = 366;

impl WorkingCalendar {
    /// A calendar from listed days; a date listed both ways counts as worked.
    pub fn new(days: impl IntoIterator<Item = (NaiveDate, DayKind)>) -> Self {
        let mut calendar = WorkingCalendar::default();
        for (date, kind) in days {
            match kind {
                DayKind::Holiday => calendar.holidays.insert(date),
                DayKind::MakeUpWorkingDay => calendar.make_up_days.insert(date),
            };
        }
        calendar
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        if self.make_up_days.contains(&date) {
            return true;
        }
        if self.holidays.contains(&date) {
            return false;
        }
        date.weekday().number_from_monday() <= 5
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        let mut count = 0u32;
        let mut day = from;
        while day < to {
            day += Duration::days(1);
            if self.is_working_day(day) {
                count = count.saturating_add(1);
            }
        }
        count
    }

    /// The first working day on or after `date`.
    pub fn on_or_next_working_day(&self, date: NaiveDate) -> NaiveDate {
        let mut day = date;
        for _ in 0..LONGEST_BREAK {
            if self.is_working_day(day) {
                return day;
            }
            day += Duration::days(1);
        }
        date
    }

    /// The last day of a period of `days` working days (工作日) starting the
    /// day after `start`.
    pub fn add_working_days(&self, start: NaiveDate, days: u32) -> NaiveDate {
        let mut day = start;
        let mut left = days;
        while left > 0 {
            day += Duration::days(1);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// The last day of a period of `days` days (日): the first day is not
    /// counted, and a last day that is not a working day moves to the next
    /// working day (the Civil Procedure Law's rule on periods, 期间, which the
    /// regulations follow).
    pub fn add_calendar_days(&self, start: NaiveDate, days: u32) -> NaiveDate {
        self.on_or_next_working_day(start + Duration::days(i64::from(days)))
    }

    /// The days listed, in date order, for showing and editing.
    pub fn listed(&self) -> Vec<(NaiveDate, DayKind)> {
        let mut days: Vec<(NaiveDate, DayKind)> = self
            .holidays
            .iter()
            .map(|d| (*d, DayKind::Holiday))
            .chain(self.make_up_days.iter().map(|d| (*d, DayKind::MakeUpWorkingDay)))
            .collect();
        days.sort_by_key(|(date, _)| *date);
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// National Day 2026 as the State Council arranged it: 1–7 October off,
    /// Sunday 20 September and Saturday 10 October worked.
    fn national_day_2026() -> WorkingCalendar {
        let mut days: Vec<(NaiveDate, DayKind)> =
            (1..=7).map(|d| (day(2026, 10, d), DayKind::Holiday)).collect();
        days.push((day(2026, 9, 20), DayKind::MakeUpWorkingDay));
        days.push((day(2026, 10, 10), DayKind::MakeUpWorkingDay));
        WorkingCalendar::new(days)
    }

    #[test]
    fn holidays_are_off_and_make_up_days_are_worked() {
        let calendar = national_day_2026();
        assert!(!calendar.is_working_day(day(2026, 10, 1)), "Thursday, holiday");
        assert!(calendar.is_working_day(day(2026, 10, 10)), "Saturday, made up");
        assert!(calendar.is_working_day(day(2026, 9, 20)), "Sunday, made up");
        assert!(!calendar.is_working_day(day(2026, 10, 11)), "an ordinary Sunday");
        assert!(calendar.is_working_day(day(2026, 10, 8)), "the Thursday after");
        let both = WorkingCalendar::new([
            (day(2026, 10, 10), DayKind::Holiday),
            (day(2026, 10, 10), DayKind::MakeUpWorkingDay),
        ]);
        assert!(both.is_working_day(day(2026, 10, 10)));
    }

    #[test]
    fn working_days_step_over_the_holiday_and_count_the_make_up_day() {
        let calendar = national_day_2026();
        // Wednesday 30 September: 8 and 9 October are the first two working
        // days, Saturday 10 October the third, Monday 12 October the fourth.
        let start = day(2026, 9, 30);
        assert_eq!(calendar.add_working_days(start, 1), day(2026, 10, 8));
        assert_eq!(calendar.add_working_days(start, 3), day(2026, 10, 10));
        assert_eq!(calendar.add_working_days(start, 4), day(2026, 10, 12));
        assert_eq!(calendar.add_working_days(start, 0), start);
        assert_eq!(calendar.working_days_between(start, day(2026, 10, 12)), 4);
        assert_eq!(calendar.working_days_between(day(2026, 10, 12), start), 0);
        // Without the calendar the same five days would end on 7 October.
        assert_eq!(
            WorkingCalendar::default().add_working_days(start, 5),
            day(2026, 10, 7)
        );
    }

    #[test]
    fn calendar_days_do_not_count_the_first_day_and_move_off_holidays() {
        let calendar = national_day_2026();
        // 15 days from 15 September is 30 September, a Wednesday: kept.
        assert_eq!(calendar.add_calendar_days(day(2026, 9, 15), 15), day(2026, 9, 30));
        // 15 days from 16 September is 1 October: moved to 8 October.
        assert_eq!(calendar.add_calendar_days(day(2026, 9, 16), 15), day(2026, 10, 8));
        // Landing on the make-up Saturday keeps it.
        assert_eq!(
            calendar.add_calendar_days(day(2026, 9, 25), 15),
            day(2026, 10, 10)
        );
        // Landing on an ordinary Sunday moves to Monday.
        assert_eq!(
            calendar.add_calendar_days(day(2026, 9, 26), 15),
            day(2026, 10, 12)
        );
    }

    #[test]
    fn counting_agrees_with_adding_for_every_start_and_length() {
        let calendar = national_day_2026();
        for offset in 0..40 {
            let start = day(2026, 9, 10) + Duration::days(offset);
            for days in 1..25 {
                let end = calendar.add_working_days(start, days);
                assert!(calendar.is_working_day(end), "{start} + {days}");
                assert_eq!(
                    calendar.working_days_between(start, end),
                    days,
                    "{start} + {days}"
                );
            }
        }
    }

    #[test]
    fn day_kinds_round_trip_and_list_in_date_order() {
        for kind in DayKind::ALL {
            assert_eq!(DayKind::parse(kind.key()), Some(kind));
        }
        let listed = national_day_2026().listed();
        assert_eq!(listed.len(), 9);
        assert_eq!(listed[0], (day(2026, 9, 20), DayKind::MakeUpWorkingDay));
        assert_eq!(listed[8], (day(2026, 10, 10), DayKind::MakeUpWorkingDay));
    }
}
