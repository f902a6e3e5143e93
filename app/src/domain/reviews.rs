//! When each rule parameter is due for review. The plan says the nursing
//! subsidy standard is adjusted every two years (江北府发〔2018〕10号 Ch3 §1);
//! staff confirm a figure still holds by recording a review, or by adding a
//! new dated value. Pure: the page asks, with the server's clock.

use super::parameters::{ParameterId, Parameters};
use chrono::{Months, NaiveDate};

impl ParameterId {
    /// How often staff should confirm the figure, in months; `None` for
    /// figures set by law, which change only when the law does.
    pub fn review_every_months(self) -> Option<u32> {
        use ParameterId::*;
        match self {
            // Plan Ch3 §1: “每两年进行一次调整”.
            NursingSubsidy => Some(24),
            // Plan Ch3 §1: raised “随我区经济社会发展水平逐步提高”, no interval
            // given; reviewed with the nursing subsidy of the same section.
            LivingAllowance => Some(24),
            // Published by the district each year with the city's standard.
            DibaoStandardUrban | DibaoStandardRural => Some(12),
            // The plan's own figures, and amounts it leaves to the district:
            // each five-year plan sets them again.
            SeparateDibaoMultiplier
            | C5LicenceSubsidy
            | WheelchairFuelSubsidy
            | DangerousHouseSharePoor
            | DangerousHouseShareOther
            | HomeAdaptationShareOther
            | SelfEmploymentGrant
            | ChildTrainingSubsidy
            | ProsthesisSubsidy
            | CochlearImplantSubsidy
            | PreschoolGrant
            | StudentSuppliesSubsidy
            | UniversityAssistance
            | EnrolmentAid => Some(60),
            // The Labour Law, and the time limits of the petition
            // regulations and the Legal Aid Law: they change with the law.
            WorkingAgeFrom
            | PetitionRoutingDays
            | PetitionAcceptanceDays
            | PetitionObjectionWorkingDays
            | PetitionSettlementDays
            | PetitionExtensionMaxDays
            | PetitionReviewRequestDays
            | PetitionReviewAnswerDays
            | PetitionReReviewRequestDays
            | PetitionReReviewAnswerDays
            | LegalAidDecisionDays
            | LegalAidAssignmentDays
            | LegalAidUrgencyDays
            | LegalAidObjectionDays => None,
        }
    }
}

/// Where a parameter stands with its reviews on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewStatus {
    /// Set by law: no review schedule.
    NotScheduled,
    /// A review is due: since this day, or never reviewed at all.
    Due { since: Option<NaiveDate> },
    /// Reviewed recently enough; the next review is due on this day.
    NextOn(NaiveDate),
}

impl ReviewStatus {
    pub fn is_due(self) -> bool {
        matches!(self, ReviewStatus::Due { .. })
    }
}

/// The last time a parameter was reviewed by `today`: the latest recorded
/// review, or the latest date one of its values took effect (setting a
/// figure is reviewing it), whichever is later. Future dates do not count.
pub fn last_reviewed(
    parameters: &Parameters,
    parameter: ParameterId,
    reviews: &[NaiveDate],
    today: NaiveDate,
) -> Option<NaiveDate> {
    let set_on = parameters
        .values()
        .iter()
        .filter(|v| v.parameter == parameter)
        .map(|v| v.effective_from);
    set_on
        .chain(reviews.iter().copied())
        .filter(|d| *d <= today)
        .max()
}

/// Whether a review is due on `today`: it is once the last review plus the
/// parameter's interval is `today` or earlier.
pub fn review_status(
    parameter: ParameterId,
    last_reviewed: Option<NaiveDate>,
    today: NaiveDate,
) -> ReviewStatus {
    let Some(months) = parameter.review_every_months() else {
        return ReviewStatus::NotScheduled;
    };
    let Some(last) = last_reviewed else {
        return ReviewStatus::Due { since: None };
    };
    match last.checked_add_months(Months::new(months)) {
        Some(due) if due <= today => ReviewStatus::Due { since: Some(due) },
        Some(due) => ReviewStatus::NextOn(due),
        // So far ahead that the months overflow the calendar: not due.
        None => ReviewStatus::NextOn(NaiveDate::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parameters::DatedValue;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
    }

    #[test]
    fn a_review_is_due_on_the_day_the_interval_ends_not_the_day_before() {
        let last = Some(date(2024, 3, 15));
        let nursing = ParameterId::NursingSubsidy;
        assert_eq!(
            review_status(nursing, last, date(2026, 3, 14)),
            ReviewStatus::NextOn(date(2026, 3, 15)),
            "the day before"
        );
        assert_eq!(
            review_status(nursing, last, date(2026, 3, 15)),
            ReviewStatus::Due {
                since: Some(date(2026, 3, 15))
            },
            "the day of"
        );
        assert!(review_status(nursing, last, date(2030, 1, 1)).is_due());
    }

    #[test]
    fn the_dibao_standard_is_reviewed_yearly_even_from_a_month_end() {
        let last = Some(date(2024, 2, 29));
        let urban = ParameterId::DibaoStandardUrban;
        assert!(!review_status(urban, last, date(2025, 2, 27)).is_due());
        assert!(review_status(urban, last, date(2025, 2, 28)).is_due());
    }

    #[test]
    fn figures_set_by_law_are_never_due_and_unreviewed_ones_always_are() {
        let long_ago = Some(date(1995, 1, 1));
        let today = date(2026, 11, 30);
        assert_eq!(
            review_status(ParameterId::WorkingAgeFrom, long_ago, today),
            ReviewStatus::NotScheduled
        );
        assert_eq!(
            review_status(ParameterId::PreschoolGrant, None, today),
            ReviewStatus::Due { since: None }
        );
    }

    #[test]
    fn the_nursing_subsidy_has_the_plans_two_year_interval() {
        assert_eq!(ParameterId::NursingSubsidy.review_every_months(), Some(24));
        for id in ParameterId::ALL {
            if let Some(months) = id.review_every_months() {
                assert!((12..=60).contains(&months), "{id:?}");
            }
        }
    }

    #[test]
    fn the_last_review_is_the_latest_of_reviews_and_values_up_to_today() {
        let mut values = Parameters::from_plan().values().to_vec();
        values.push(DatedValue {
            parameter: ParameterId::NursingSubsidy,
            value: Some(1200.0),
            effective_from: date(2027, 1, 1),
            source: "test".into(),
        });
        let parameters = Parameters::new(values);
        let today = date(2026, 11, 30);
        let nursing = ParameterId::NursingSubsidy;
        assert_eq!(
            last_reviewed(&parameters, nursing, &[], today),
            Some(date(2014, 1, 1)),
            "the seeded value's date; the future value does not count"
        );
        let reviews = [date(2020, 5, 1), date(2025, 6, 1), date(2026, 12, 1)];
        assert_eq!(
            last_reviewed(&parameters, nursing, &reviews, today),
            Some(date(2025, 6, 1))
        );
        assert!(review_status(nursing, Some(date(2014, 1, 1)), today).is_due());
    }
}
