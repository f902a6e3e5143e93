//! What a decision grants, in the entitlement's own terms, and how a
//! resident can challenge it: the body and the time limits in force on the
//! day of the decision.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::catalogue::{AmountRule, Entitlement, Unit};

/// How an approval of an entitlement is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GrantKind {
    /// A sum of money with its unit ("每年 1000 元").
    Money(Unit),
    /// A service, device, adaptation or place, described in words.
    Provision,
}

impl GrantKind {
    /// Cash benefits are stated as yuan with the amount rule's unit; a
    /// service, or a share of a cost the district pays, as what is provided.
    pub fn of(entitlement: &Entitlement) -> GrantKind {
        match entitlement.amount {
            AmountRule::Fixed(_, unit) if unit != Unit::Share => GrantKind::Money(unit),
            _ => GrantKind::Provision,
        }
    }
}

/// What was granted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Grant {
    Money { yuan: f64, unit: Unit },
    Provision(String),
}

/// The key that selects a unit's wording in messages ("per_year").
pub fn unit_key(unit: Unit) -> &'static str {
    match unit {
        Unit::YuanPerMonth => "per_month",
        Unit::YuanPerYear => "per_year",
        Unit::YuanOnce => "once",
        Unit::Share => "share",
    }
}

/// Yuan as people write them: "1000", or "1200.50" when there are fen.
pub fn yuan_figure(yuan: f64) -> String {
    if yuan.fract() == 0.0 {
        format!("{yuan:.0}")
    } else {
        format!("{yuan:.2}")
    }
}

/// How a decision can be challenged, from a date on: administrative
/// reconsideration (行政复议) with a body, within a number of days, or a
/// lawsuit (行政诉讼) within a number of months. Staff keep these current.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppealTerms {
    pub effective_from: NaiveDate,
    pub body_zh: String,
    pub body_en: String,
    pub reconsideration_days: u32,
    pub lawsuit_months: u32,
}

impl AppealTerms {
    /// The last day to ask for reconsideration: the day of the decision is
    /// not counted.
    pub fn reconsideration_by(&self, decided: NaiveDate) -> NaiveDate {
        decided
            .checked_add_days(chrono::Days::new(u64::from(self.reconsideration_days)))
            .unwrap_or(decided)
    }

    /// The last day to go to court.
    pub fn lawsuit_by(&self, decided: NaiveDate) -> NaiveDate {
        decided
            .checked_add_months(Months::new(self.lawsuit_months))
            .unwrap_or(decided)
    }
}

/// The terms in force on a day: the latest that started on or before it.
pub fn terms_on(all: &[AppealTerms], day: NaiveDate) -> Option<&AppealTerms> {
    all.iter()
        .filter(|t| t.effective_from <= day)
        .max_by_key(|t| t.effective_from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::{entitlement, EntitlementId};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn terms(from: NaiveDate, days: u32) -> AppealTerms {
        AppealTerms {
            effective_from: from,
            body_zh: "江北区人民政府".into(),
            body_en: "Jiangbei District People's Government".into(),
            reconsideration_days: days,
            lawsuit_months: 6,
        }
    }

    #[test]
    fn cash_benefits_have_their_unit_and_services_say_what_is_provided() {
        let kind = |n| GrantKind::of(entitlement(EntitlementId(n)).unwrap());
        assert_eq!(kind(3), GrantKind::Money(Unit::YuanPerMonth));
        assert_eq!(kind(4), GrantKind::Money(Unit::YuanPerYear));
        assert_eq!(kind(24), GrantKind::Money(Unit::YuanOnce));
        assert_eq!(kind(22), GrantKind::Provision, "a device, not a sum");
        assert_eq!(
            kind(16),
            GrantKind::Provision,
            "an adaptation with a share of its cost"
        );
    }

    #[test]
    fn yuan_are_written_without_empty_fen() {
        assert_eq!(yuan_figure(1000.0), "1000");
        assert_eq!(yuan_figure(1200.5), "1200.50");
    }

    #[test]
    fn deadlines_do_not_count_the_day_of_the_decision() {
        let t = terms(day(2018, 1, 1), 60);
        assert_eq!(t.reconsideration_by(day(2026, 12, 1)), day(2027, 1, 30));
        assert_eq!(t.lawsuit_by(day(2026, 8, 31)), day(2027, 2, 28));
    }

    #[test]
    fn the_terms_in_force_are_the_latest_started() {
        let all = [terms(day(2018, 1, 1), 60), terms(day(2027, 1, 1), 90)];
        assert_eq!(
            terms_on(&all, day(2026, 12, 31)).unwrap().reconsideration_days,
            60
        );
        assert_eq!(terms_on(&all, day(2027, 1, 1)).unwrap().reconsideration_days, 90);
        assert!(terms_on(&all, day(2017, 12, 31)).is_none());
    }
}
