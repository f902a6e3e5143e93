//! Places at job fairs and training courses: what a venue offers, what a
//! person asks for, who holds a place on a session and who waits, offers
//! and reminders. Pure rules; `job_fairs::store` and `training::store` apply them.

use super::facts::age_on;
use super::resident_id::CertificateNumber;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};

/// Job fairs and training courses are for people of working age: someone
/// the account holder helps may attend from `min_age` (the working age's
/// first year, 16) on. Their age comes from their certificate number; when
/// that cannot be read, nobody is turned away on a guess.
pub fn old_enough(certificate_number: &str, today: NaiveDate, min_age: u32) -> bool {
    match CertificateNumber::parse(certificate_number) {
        Ok(number) => age_on(number.birth_date(), today).is_some_and(|age| age >= min_age),
        Err(_) => true,
    }
}

/// What a venue offers, stated plainly on every fair and session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feature {
    StepFree,
    AccessibleToilet,
    Lift,
    HearingLoop,
    SignLanguage,
    QuietRoom,
    AccessibleParking,
}

impl Feature {
    pub const ALL: [Feature; 7] = [
        Feature::StepFree,
        Feature::AccessibleToilet,
        Feature::Lift,
        Feature::HearingLoop,
        Feature::SignLanguage,
        Feature::QuietRoom,
        Feature::AccessibleParking,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Feature::StepFree => "step-free",
            Feature::AccessibleToilet => "accessible-toilet",
            Feature::Lift => "lift",
            Feature::HearingLoop => "hearing-loop",
            Feature::SignLanguage => "sign-language",
            Feature::QuietRoom => "quiet-room",
            Feature::AccessibleParking => "accessible-parking",
        }
    }

    pub fn parse(text: &str) -> Option<Feature> {
        Feature::ALL.into_iter().find(|f| f.key() == text)
    }
}

/// What a person asks for when they register or book.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Adjustment {
    SignLanguage,
    StepFree,
    LargePrint,
    Companion,
    QuietSpace,
    ScreenReader,
}

impl Adjustment {
    pub const ALL: [Adjustment; 6] = [
        Adjustment::SignLanguage,
        Adjustment::StepFree,
        Adjustment::LargePrint,
        Adjustment::Companion,
        Adjustment::QuietSpace,
        Adjustment::ScreenReader,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Adjustment::SignLanguage => "sign-language",
            Adjustment::StepFree => "step-free",
            Adjustment::LargePrint => "large-print",
            Adjustment::Companion => "companion",
            Adjustment::QuietSpace => "quiet-space",
            Adjustment::ScreenReader => "screen-reader",
        }
    }

    pub fn parse(text: &str) -> Option<Adjustment> {
        Adjustment::ALL.into_iter().find(|a| a.key() == text)
    }
}

/// A set of keys as stored: comma-separated, in the order of `ALL`, so the
/// same set is always the same text.
pub fn keys_text<'a>(keys: impl IntoIterator<Item = &'a str>, order: &[&str]) -> String {
    let chosen: Vec<&str> = keys.into_iter().collect();
    order
        .iter()
        .filter(|k| chosen.contains(k))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

pub fn features_text(features: &[Feature]) -> String {
    let order: Vec<&str> = Feature::ALL.iter().map(|f| f.key()).collect();
    keys_text(features.iter().map(|f| f.key()), &order)
}

pub fn features_from(text: &str) -> Vec<Feature> {
    let stored: Vec<&str> = text.split(',').collect();
    Feature::ALL
        .into_iter()
        .filter(|f| stored.contains(&f.key()))
        .collect()
}

pub fn adjustments_text(adjustments: &[Adjustment]) -> String {
    let order: Vec<&str> = Adjustment::ALL.iter().map(|a| a.key()).collect();
    keys_text(adjustments.iter().map(|a| a.key()), &order)
}

pub fn adjustments_from(text: &str) -> Vec<Adjustment> {
    let stored: Vec<&str> = text.split(',').collect();
    Adjustment::ALL
        .into_iter()
        .filter(|a| stored.contains(&a.key()))
        .collect()
}

/// Who a registration or booking is for: the account holder, or someone
/// they help. One active place per person per fair or session is enforced
/// by a unique index on this key.
pub fn person_key(account_id: i32, person_id: Option<i32>) -> String {
    match person_id {
        Some(person) => format!("person:{person}"),
        None => format!("account:{account_id}"),
    }
}

/// Where someone stands on a training session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BookingStatus {
    /// Holds a place.
    Confirmed,
    /// On the waiting list.
    Waiting,
    /// Offered a freed place until `offer_expires_at`; the place is held for them.
    Offered,
    Cancelled,
    /// Turned down an offer, or let it run out.
    OfferLapsed,
}

impl BookingStatus {
    pub const ALL: [BookingStatus; 5] = [
        BookingStatus::Confirmed,
        BookingStatus::Waiting,
        BookingStatus::Offered,
        BookingStatus::Cancelled,
        BookingStatus::OfferLapsed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BookingStatus::Confirmed => "confirmed",
            BookingStatus::Waiting => "waiting",
            BookingStatus::Offered => "offered",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::OfferLapsed => "offer_lapsed",
        }
    }

    pub fn parse(text: &str) -> Option<BookingStatus> {
        BookingStatus::ALL.into_iter().find(|s| s.key() == text)
    }

    /// Counted against the session's capacity.
    pub const HOLDING_PLACE: [BookingStatus; 2] = [BookingStatus::Confirmed, BookingStatus::Offered];

    /// Still in play: the person may not book the same session again.
    pub const ACTIVE: [BookingStatus; 3] = [
        BookingStatus::Confirmed,
        BookingStatus::Waiting,
        BookingStatus::Offered,
    ];

    pub fn holds_place(self) -> bool {
        BookingStatus::HOLDING_PLACE.contains(&self)
    }

    pub fn is_active(self) -> bool {
        BookingStatus::ACTIVE.contains(&self)
    }

    /// The stored keys of `statuses`, for queries.
    pub fn keys(statuses: &[BookingStatus]) -> Vec<&'static str> {
        statuses.iter().map(|s| s.key()).collect()
    }
}

/// Places not yet taken (never negative, even if capacity was lowered).
pub fn places_left(capacity: i32, taken: i32) -> i32 {
    (capacity - taken).max(0)
}

/// When an offer made at `now` runs out.
pub fn offer_expires_at(now: DateTime<Utc>, hours: u32) -> DateTime<Utc> {
    now + Duration::hours(i64::from(hours))
}

/// Whether the day-before reminder for an event starting at `starts` (local
/// time) is due at `now` (local time): within a day of the start, not after it.
pub fn reminder_due(starts: NaiveDateTime, now: NaiveDateTime) -> bool {
    now < starts && starts - now <= Duration::hours(24)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::local_time::december_2026 as at;

    #[test]
    fn people_attend_from_the_first_year_of_working_age() {
        // Born 1 June 2010 (a valid number for Jiangbei: region 500105).
        let born_2010 = "50010520100601001221";
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert!(CertificateNumber::parse(born_2010).is_ok(), "a valid number");
        assert!(!old_enough(born_2010, day(2026, 5, 31), 16), "15 the day before");
        assert!(old_enough(born_2010, day(2026, 6, 1), 16), "16 on the birthday");
        assert!(!old_enough(born_2010, day(2026, 6, 1), 18));
        assert!(old_enough("", day(2026, 6, 1), 16), "not known: not turned away");
    }

    #[test]
    fn feature_and_adjustment_sets_round_trip_in_a_fixed_order() {
        let text = features_text(&[Feature::Lift, Feature::StepFree, Feature::Lift]);
        assert_eq!(text, "step-free,lift");
        assert_eq!(features_from(&text), vec![Feature::StepFree, Feature::Lift]);
        assert_eq!(features_from("nonsense,,lift"), vec![Feature::Lift]);
        let all = adjustments_text(&Adjustment::ALL);
        assert_eq!(adjustments_from(&all), Adjustment::ALL.to_vec());
        assert!(adjustments_from("").is_empty());
        for feature in Feature::ALL {
            assert_eq!(Feature::parse(feature.key()), Some(feature));
        }
        for status in BookingStatus::ALL {
            assert_eq!(BookingStatus::parse(status.key()), Some(status));
        }
    }

    #[test]
    fn only_confirmed_and_offered_places_count_against_capacity() {
        let holding: Vec<_> = BookingStatus::ALL
            .into_iter()
            .filter(|s| s.holds_place())
            .collect();
        assert_eq!(holding, [BookingStatus::Confirmed, BookingStatus::Offered]);
        assert!(BookingStatus::Waiting.is_active());
        assert!(!BookingStatus::OfferLapsed.is_active());
        assert_eq!(places_left(10, 3), 7);
        assert_eq!(places_left(2, 5), 0);
    }

    #[test]
    fn people_are_keyed_by_who_the_place_is_for() {
        assert_eq!(person_key(7, None), "account:7");
        assert_eq!(person_key(7, Some(3)), "person:3");
        assert_ne!(person_key(3, None), person_key(7, Some(3)));
    }

    #[test]
    fn reminders_fall_due_a_day_before() {
        let starts = at(10, 9);
        assert!(!reminder_due(starts, at(9, 8)));
        assert!(reminder_due(starts, at(9, 9)));
        assert!(reminder_due(starts, at(10, 8)));
        assert!(!reminder_due(starts, at(10, 9)));
    }
}
