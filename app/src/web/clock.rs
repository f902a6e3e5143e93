//! The one clock. Every store, page and worker asks it for the time, so a
//! test can set the time the whole portal sees.

use crate::domain::local_time::{date_in_chongqing, utc_to_chongqing};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use std::sync::{Arc, Mutex, PoisonError};

#[derive(Clone, Debug)]
pub struct Clock(Arc<Source>);

#[derive(Debug)]
enum Source {
    System,
    /// Stands still until moved; for tests.
    Manual(Mutex<DateTime<Utc>>),
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl Clock {
    /// The machine's clock.
    pub fn system() -> Self {
        Clock(Arc::new(Source::System))
    }

    /// A clock that shows `at` until it is set or moved.
    pub fn manual(at: DateTime<Utc>) -> Self {
        Clock(Arc::new(Source::Manual(Mutex::new(at))))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &*self.0 {
            Source::System => Utc::now(),
            Source::Manual(at) => *at.lock().unwrap_or_else(PoisonError::into_inner),
        }
    }

    /// Now, as a local time in Chongqing (fairs and sessions are stored in local time).
    pub fn now_local(&self) -> NaiveDateTime {
        utc_to_chongqing(self.now())
    }

    /// Today's date in Chongqing.
    pub fn today(&self) -> NaiveDate {
        date_in_chongqing(self.now())
    }

    /// Moves a manual clock; the system clock cannot be moved.
    pub fn advance(&self, by: Duration) {
        if let Source::Manual(at) = &*self.0 {
            let mut at = at.lock().unwrap_or_else(PoisonError::into_inner);
            *at += by;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let start = Utc
            .with_ymd_and_hms(2026, 12, 31, 15, 0, 0)
            .single()
            .unwrap_or_default();
        let clock = Clock::manual(start);
        assert_eq!(clock.now(), start);
        assert_eq!(clock.today().to_string(), "2026-12-31");
        clock.advance(Duration::hours(1));
        assert_eq!(
            clock.today().to_string(),
            "2027-01-01",
            "16:00 UTC is midnight in Chongqing"
        );
        assert_eq!(
            clock.clone().now(),
            start + Duration::hours(1),
            "clones share the time"
        );
    }
}
