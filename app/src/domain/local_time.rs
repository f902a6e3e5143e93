//! Time in Chongqing, which keeps UTC+8 all year (no daylight saving).
//! Fairs and sessions are stored in local time; instants in UTC.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// The instant of a local time.
pub fn chongqing_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    Utc.from_utc_datetime(&(local - Duration::hours(8)))
}

/// The local time of an instant.
pub fn utc_to_chongqing(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.naive_utc() + Duration::hours(8)
}

/// The date in Chongqing at an instant.
pub fn date_in_chongqing(instant: DateTime<Utc>) -> NaiveDate {
    utc_to_chongqing(instant).date()
}

/// The instant a day begins in Chongqing.
pub fn start_of_day(date: NaiveDate) -> DateTime<Utc> {
    chongqing_to_utc(date.and_time(chrono::NaiveTime::MIN))
}

/// A local time in December 2026, on the hour, for tests of what depends on dates.
#[cfg(test)]
pub fn december_2026(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, day)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chongqing_is_eight_hours_ahead_all_year() {
        let winter = Utc
            .with_ymd_and_hms(2026, 12, 31, 16, 30, 0)
            .single()
            .unwrap_or_default();
        assert_eq!(utc_to_chongqing(winter).to_string(), "2027-01-01 00:30:00");
        assert_eq!(date_in_chongqing(winter).to_string(), "2027-01-01");
        assert_eq!(chongqing_to_utc(utc_to_chongqing(winter)), winter);
        let new_year = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        assert_eq!(start_of_day(new_year).to_rfc3339(), "2026-12-31T16:00:00+00:00");
    }
}
