//! Dates and times in words, in each language: "2026年12月5日（星期六）" /
//! "Saturday 5 December 2026". Times are Chongqing local times.

use super::{tr, Lang};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// "2026年12月5日" / "5 December 2026".
pub fn date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::ZhCn => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => date.format("%-d %B %Y").to_string(),
    }
}

/// "2026年12月5日（星期六）" / "Saturday 5 December 2026".
pub fn date_with_weekday(lang: Lang, date: NaiveDate) -> String {
    let weekday = tr(
        lang,
        &format!("weekday-{}", date.weekday().num_days_from_monday()),
    );
    match lang {
        Lang::ZhCn => format!("{}（{weekday}）", self::date(lang, date)),
        Lang::En => format!("{weekday} {}", self::date(lang, date)),
    }
}

/// "2026年12月5日（星期六） 09:30".
pub fn date_time(lang: Lang, at: NaiveDateTime) -> String {
    format!("{} {}", date_with_weekday(lang, at.date()), time(at))
}

/// "09:30".
pub fn time(at: NaiveDateTime) -> String {
    at.format("%H:%M").to_string()
}

/// "2026年12月5日（星期六） 09:00–12:00"; the end date is named when it differs.
pub fn span(lang: Lang, starts: NaiveDateTime, ends: NaiveDateTime) -> String {
    let end = if ends.date() == starts.date() {
        time(ends)
    } else {
        date_time(lang, ends)
    };
    format!(
        "{} {}–{end}",
        date_with_weekday(lang, starts.date()),
        time(starts)
    )
}

/// "2026-12-05 09:30", for staff tables and exports, where a fixed form sorts and scans best.
pub fn numeric_date_time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, day)
            .and_then(|d| d.and_hms_opt(hour, minute, 0))
            .unwrap_or_default()
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        let day = at(5, 9, 0).date();
        assert_eq!(date(Lang::ZhCn, day), "2026年12月5日");
        assert_eq!(date(Lang::En, day), "5 December 2026");
        assert_eq!(date_with_weekday(Lang::ZhCn, day), "2026年12月5日（星期六）");
        assert_eq!(date_with_weekday(Lang::En, day), "Saturday 5 December 2026");
    }

    #[test]
    fn spans_name_the_end_date_only_when_it_differs() {
        assert_eq!(
            span(Lang::En, at(5, 9, 0), at(5, 12, 30)),
            "Saturday 5 December 2026 09:00–12:30"
        );
        assert_eq!(
            span(Lang::ZhCn, at(5, 9, 0), at(6, 12, 0)),
            "2026年12月5日（星期六） 09:00–2026年12月6日（星期日） 12:00"
        );
        assert_eq!(numeric_date_time(at(5, 9, 5)), "2026-12-05 09:05");
    }
}
