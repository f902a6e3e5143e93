//! Calendar files (iCalendar, RFC 5545) for a fair or a training session.

use super::local_time::chongqing_to_utc;
use chrono::{DateTime, NaiveDateTime, Utc};

/// One event for a calendar file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable across downloads, so importing twice updates rather than duplicates.
    pub uid: String,
    pub stamp: DateTime<Utc>,
    /// Local (Chongqing) times.
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub summary: String,
    pub location: String,
    pub description: String,
    pub url: String,
    pub cancelled: bool,
}

/// An iCalendar (RFC 5545) file with one event, times in UTC.
pub fn calendar(event: &CalendarEvent) -> String {
    let utc = |local: NaiveDateTime| chongqing_to_utc(local).format("%Y%m%dT%H%M%SZ").to_string();
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Jiangbei Disability Services//Portal//ZH".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape(&event.uid)),
        format!("DTSTAMP:{}", event.stamp.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART:{}", utc(event.starts)),
        format!("DTEND:{}", utc(event.ends)),
        format!("SUMMARY:{}", escape(&event.summary)),
        format!("LOCATION:{}", escape(&event.location)),
        format!("DESCRIPTION:{}", escape(&event.description)),
        format!("URL:{}", event.url),
        format!(
            "STATUS:{}",
            if event.cancelled { "CANCELLED" } else { "CONFIRMED" }
        ),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|line| fold(line)).collect()
}

/// Text values escape backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Lines longer than 75 octets continue on the next line after a space,
/// never splitting a UTF-8 character; every line ends with CRLF.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(c);
        octets += width;
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::local_time::december_2026 as at;

    #[test]
    fn calendar_files_escape_fold_and_use_utc() {
        let event = CalendarEvent {
            uid: "fair-1@jiangbei.example".to_string(),
            stamp: chongqing_to_utc(at(1, 8)),
            starts: at(10, 9),
            ends: at(10, 12),
            summary: "招聘会; 观音桥, 第二场".to_string(),
            location: "江北区观音桥步行街 1 号".repeat(4),
            description: "Line one\nLine two".to_string(),
            url: "http://127.0.0.1:3000/jobs/fairs/1".to_string(),
            cancelled: false,
        };
        let ics = calendar(&event);
        assert!(ics.contains("DTSTART:20261210T010000Z\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:招聘会\\; 观音桥\\, 第二场\r\n"), "{ics}");
        assert!(ics.contains("DESCRIPTION:Line one\\nLine two\r\n"), "{ics}");
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("LOCATION:{}", "江北区观音桥步行街 1 号".repeat(4))));
    }
}
