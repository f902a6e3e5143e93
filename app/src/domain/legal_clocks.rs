//! The time limits the law sets for petitions (信访工作条例, 2022) and legal
//! aid (法律援助法, 2022). How many days each limit gives is a dated
//! parameter (administrators can record a change of law with its date and
//! source); whether they are days (日) or working days (工作日) is the
//! law's wording, fixed here.

use super::parameters::{ParameterId, Parameters};
use super::working_days::WorkingCalendar;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One legal time limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    /// Register a petition and route it, from receipt (登记、转送、交办).
    PetitionRouting,
    /// Decide whether to accept and tell the petitioner in writing, from
    /// receipt by the handling body (书面告知受理).
    PetitionAcceptance,
    /// Object that a routed matter is not the body's to handle (异议).
    PetitionObjection,
    /// Settle an accepted matter (办结), from acceptance.
    PetitionSettlement,
    /// The most an extension may add, once, with its reason told (延长).
    PetitionExtension,
    /// Ask for a review (复查) after receiving the written decision.
    PetitionReviewRequest,
    /// Answer a review, from receiving the request.
    PetitionReviewAnswer,
    /// Ask for a re-review (复核) after receiving the review's answer.
    PetitionReReviewRequest,
    /// Answer a re-review, from receiving the request.
    PetitionReReviewAnswer,
    /// Decide a legal-aid request, from receipt (作出是否给予法律援助的决定).
    LegalAidDecision,
    /// Assign a lawyer, from the decision (指派).
    LegalAidAssignment,
    /// Help first when a limitation period or hearing is fewer than this
    /// many days away (先行提供).
    LegalAidUrgency,
    /// Decide an objection to a refusal, from receipt (异议审查).
    LegalAidObjection,
}

/// How a limit counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    /// 日: calendar days, a last day off moved to the next working day.
    Days,
    /// 工作日: working days only.
    WorkingDays,
}

impl Clock {
    pub const ALL: [Clock; 13] = [
        Clock::PetitionRouting,
        Clock::PetitionAcceptance,
        Clock::PetitionObjection,
        Clock::PetitionSettlement,
        Clock::PetitionExtension,
        Clock::PetitionReviewRequest,
        Clock::PetitionReviewAnswer,
        Clock::PetitionReReviewRequest,
        Clock::PetitionReReviewAnswer,
        Clock::LegalAidDecision,
        Clock::LegalAidAssignment,
        Clock::LegalAidUrgency,
        Clock::LegalAidObjection,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Clock::PetitionRouting => "petition_routing",
            Clock::PetitionAcceptance => "petition_acceptance",
            Clock::PetitionObjection => "petition_objection",
            Clock::PetitionSettlement => "petition_settlement",
            Clock::PetitionExtension => "petition_extension",
            Clock::PetitionReviewRequest => "petition_review_request",
            Clock::PetitionReviewAnswer => "petition_review_answer",
            Clock::PetitionReReviewRequest => "petition_re_review_request",
            Clock::PetitionReReviewAnswer => "petition_re_review_answer",
            Clock::LegalAidDecision => "legal_aid_decision",
            Clock::LegalAidAssignment => "legal_aid_assignment",
            Clock::LegalAidUrgency => "legal_aid_urgency",
            Clock::LegalAidObjection => "legal_aid_objection",
        }
    }

    pub fn parse(text: &str) -> Option<Clock> {
        Clock::ALL.into_iter().find(|c| c.key() == text)
    }

    /// The dated parameter that holds the limit's length.
    pub fn parameter(self) -> ParameterId {
        match self {
            Clock::PetitionRouting => ParameterId::PetitionRoutingDays,
            Clock::PetitionAcceptance => ParameterId::PetitionAcceptanceDays,
            Clock::PetitionObjection => ParameterId::PetitionObjectionWorkingDays,
            Clock::PetitionSettlement => ParameterId::PetitionSettlementDays,
            Clock::PetitionExtension => ParameterId::PetitionExtensionMaxDays,
            Clock::PetitionReviewRequest => ParameterId::PetitionReviewRequestDays,
            Clock::PetitionReviewAnswer => ParameterId::PetitionReviewAnswerDays,
            Clock::PetitionReReviewRequest => ParameterId::PetitionReReviewRequestDays,
            Clock::PetitionReReviewAnswer => ParameterId::PetitionReReviewAnswerDays,
            Clock::LegalAidDecision => ParameterId::LegalAidDecisionDays,
            Clock::LegalAidAssignment => ParameterId::LegalAidAssignmentDays,
            Clock::LegalAidUrgency => ParameterId::LegalAidUrgencyDays,
            Clock::LegalAidObjection => ParameterId::LegalAidObjectionDays,
        }
    }

    pub fn counting(self) -> Counting {
        match self {
            Clock::PetitionObjection => Counting::WorkingDays,
            _ => Counting::Days,
        }
    }

    /// The limit's length in force on `started` (the day its period began).
    pub fn length(self, parameters: &Parameters, started: NaiveDate) -> Option<u32> {
        let days = parameters.number(self.parameter(), started)?;
        (days.is_finite() && days >= 0.0 && days <= f64::from(u16::MAX)).then(|| days.round() as u32)
    }

    /// The last day of the limit for a period that began on `started`, with
    /// `extra` days added to it (an extension), under the rules in force on
    /// `started`. `None` when no length is recorded.
    pub fn deadline(
        self,
        started: NaiveDate,
        extra: u32,
        parameters: &Parameters,
        calendar: &WorkingCalendar,
    ) -> Option<NaiveDate> {
        let days = self.length(parameters, started)?.saturating_add(extra);
        Some(match self.counting() {
            Counting::Days => calendar.add_calendar_days(started, days),
            Counting::WorkingDays => calendar.add_working_days(started, days),
        })
    }
}

/// How close a limit is, for staff lists and the status page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockState {
    OnTime,
    /// Within `DUE_SOON_DAYS` of the last day, or on it.
    DueSoon,
    Overdue,
}

impl ClockState {
    pub fn key(self) -> &'static str {
        match self {
            ClockState::OnTime => "on_time",
            ClockState::DueSoon => "due_soon",
            ClockState::Overdue => "overdue",
        }
    }
}

/// Flag a limit this many days (of its own counting) before its last day.
pub const DUE_SOON_DAYS: i64 = 3;

/// A limit as it stands on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockReading {
    pub deadline: NaiveDate,
    /// Days (working days for a working-day limit) from today to the last
    /// day: 0 on the last day, negative once it has passed.
    pub days_left: i64,
    pub state: ClockState,
}

/// Where a limit with its last day on `deadline` stands on `today`.
pub fn reading(
    clock: Clock,
    deadline: NaiveDate,
    today: NaiveDate,
    calendar: &WorkingCalendar,
) -> ClockReading {
    let days_left = match clock.counting() {
        Counting::Days => (deadline - today).num_days(),
        Counting::WorkingDays if deadline >= today => {
            i64::from(calendar.working_days_between(today, deadline))
        }
        Counting::WorkingDays => -i64::from(calendar.working_days_between(deadline, today)),
    };
    let state = if today > deadline {
        ClockState::Overdue
    } else if days_left <= DUE_SOON_DAYS {
        ClockState::DueSoon
    } else {
        ClockState::OnTime
    };
    ClockReading {
        deadline,
        days_left,
        state,
    }
}

/// Whether a legal-aid request must be helped first (先行提供): the limitation
/// period or hearing the person faces is fewer than the urgency limit's days
/// after `received`. Unknown when no length is recorded.
pub fn legal_aid_is_urgent(faced: Option<NaiveDate>, received: NaiveDate, parameters: &Parameters) -> bool {
    let Some(faced) = faced else {
        return false;
    };
    Clock::LegalAidUrgency
        .length(parameters, received)
        .is_some_and(|days| (faced - received).num_days() < i64::from(days))
}

/// Why an extension cannot be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionRefused {
    #[error("the matter has already been extended once")]
    AlreadyExtended,
    #[error("an extension must add at least one day")]
    NoDays,
    #[error("an extension may add at most {0} days")]
    TooLong(u32),
    #[error("an extension needs its reason, which the petitioner is told")]
    NoReason,
}

/// The one extension of a petition's settlement limit the law allows.
pub fn check_extension(
    already_extended: bool,
    days: u32,
    reason: &str,
    accepted: NaiveDate,
    parameters: &Parameters,
) -> Result<(), ExtensionRefused> {
    if already_extended {
        return Err(ExtensionRefused::AlreadyExtended);
    }
    if days == 0 {
        return Err(ExtensionRefused::NoDays);
    }
    let most = Clock::PetitionExtension.length(parameters, accepted).unwrap_or(0);
    if days > most {
        return Err(ExtensionRefused::TooLong(most));
    }
    if reason.trim().is_empty() {
        return Err(ExtensionRefused::NoReason);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parameters::DatedValue;
    use crate::domain::working_days::DayKind;
    use chrono::Duration;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// National Day 2026: 1–7 October off, 20 September and 10 October worked.
    fn calendar() -> WorkingCalendar {
        let mut days: Vec<(NaiveDate, DayKind)> =
            (1..=7).map(|d| (day(2026, 10, d), DayKind::Holiday)).collect();
        days.push((day(2026, 9, 20), DayKind::MakeUpWorkingDay));
        days.push((day(2026, 10, 10), DayKind::MakeUpWorkingDay));
        WorkingCalendar::new(days)
    }

    fn law() -> Parameters {
        Parameters::from_plan()
    }

    #[test]
    fn every_clock_has_a_length_from_the_law() {
        let parameters = law();
        let expected = [15, 15, 5, 60, 30, 30, 30, 30, 30, 7, 3, 7, 5];
        for (clock, days) in Clock::ALL.into_iter().zip(expected) {
            assert_eq!(
                clock.length(&parameters, day(2026, 12, 1)),
                Some(days),
                "{clock:?}"
            );
            assert_eq!(Clock::parse(clock.key()), Some(clock));
        }
        assert_eq!(
            Clock::PetitionSettlement.length(&parameters, day(2022, 4, 30)),
            None,
            "the regulations took effect on 1 May 2022"
        );
        assert_eq!(
            Clock::LegalAidDecision.length(&parameters, day(2021, 12, 31)),
            None,
            "the Legal Aid Law took effect on 1 January 2022"
        );
    }

    #[test]
    fn a_later_dated_rule_governs_periods_that_start_after_it() {
        let mut values = law().values().to_vec();
        values.push(DatedValue {
            parameter: ParameterId::PetitionSettlementDays,
            value: Some(45.0),
            effective_from: day(2027, 1, 1),
            source: "a later regulation".to_string(),
        });
        let parameters = Parameters::new(values);
        let calendar = WorkingCalendar::default();
        let before = Clock::PetitionSettlement.deadline(day(2026, 12, 31), 0, &parameters, &calendar);
        let after = Clock::PetitionSettlement.deadline(day(2027, 1, 4), 0, &parameters, &calendar);
        assert_eq!(
            before,
            Some(day(2027, 3, 1)),
            "60 days: Saturday 27 Feb moves to Monday"
        );
        assert_eq!(after, Some(day(2027, 2, 18)), "45 days");
    }

    #[test]
    fn fifteen_days_landing_in_the_holiday_move_to_the_first_working_day() {
        let parameters = law();
        let calendar = calendar();
        let routing = |received| Clock::PetitionRouting.deadline(received, 0, &parameters, &calendar);
        assert_eq!(
            routing(day(2026, 9, 15)),
            Some(day(2026, 9, 30)),
            "the day before the holiday"
        );
        assert_eq!(
            routing(day(2026, 9, 16)),
            Some(day(2026, 10, 8)),
            "1 October is a holiday"
        );
        assert_eq!(
            routing(day(2026, 9, 22)),
            Some(day(2026, 10, 8)),
            "7 October is a holiday"
        );
        assert_eq!(
            routing(day(2026, 9, 23)),
            Some(day(2026, 10, 8)),
            "8 October is a Thursday"
        );
        assert_eq!(
            routing(day(2026, 9, 25)),
            Some(day(2026, 10, 10)),
            "the make-up Saturday stands"
        );
        assert_eq!(
            routing(day(2026, 9, 26)),
            Some(day(2026, 10, 12)),
            "an ordinary Sunday moves"
        );
    }

    #[test]
    fn the_objection_counts_five_working_days_over_the_holiday() {
        let parameters = law();
        let calendar = calendar();
        let objection = |routed| Clock::PetitionObjection.deadline(routed, 0, &parameters, &calendar);
        // Routed on Monday 28 September: 29, 30 Sept, 8, 9, 10 (Saturday, made up) October.
        assert_eq!(objection(day(2026, 9, 28)), Some(day(2026, 10, 10)));
        // Routed on Friday 18 September: 20 (Sunday, made up), 21, 22, 23, 24 September.
        assert_eq!(objection(day(2026, 9, 18)), Some(day(2026, 9, 24)));
        // Routed on Friday 27 November, no holiday: Friday 4 December.
        assert_eq!(objection(day(2026, 11, 27)), Some(day(2026, 12, 4)));
    }

    #[test]
    fn settlement_with_one_extension() {
        let parameters = law();
        let calendar = calendar();
        let accepted = day(2026, 8, 3);
        let settle = |extra| Clock::PetitionSettlement.deadline(accepted, extra, &parameters, &calendar);
        // 60 days from 3 August is 2 October, in the holiday: 8 October.
        assert_eq!(settle(0), Some(day(2026, 10, 8)));
        // 30 more: 1 November is a Sunday: Monday 2 November.
        assert_eq!(settle(30), Some(day(2026, 11, 2)));
        assert_eq!(
            check_extension(false, 30, "需要现场核实", accepted, &parameters),
            Ok(())
        );
        assert_eq!(
            check_extension(false, 31, "需要现场核实", accepted, &parameters),
            Err(ExtensionRefused::TooLong(30))
        );
        assert_eq!(
            check_extension(true, 10, "需要现场核实", accepted, &parameters),
            Err(ExtensionRefused::AlreadyExtended)
        );
        assert_eq!(
            check_extension(false, 10, "  ", accepted, &parameters),
            Err(ExtensionRefused::NoReason)
        );
        assert_eq!(
            check_extension(false, 0, "x", accepted, &parameters),
            Err(ExtensionRefused::NoDays)
        );
    }

    #[test]
    fn readings_count_down_and_flag_before_the_last_day() {
        let calendar = calendar();
        let deadline = day(2026, 12, 15);
        let on = |today| reading(Clock::PetitionSettlement, deadline, today, &calendar);
        assert_eq!(on(day(2026, 12, 11)).state, ClockState::OnTime);
        assert_eq!(on(day(2026, 12, 11)).days_left, 4);
        assert_eq!(on(day(2026, 12, 12)).state, ClockState::DueSoon);
        assert_eq!(on(day(2026, 12, 15)).state, ClockState::DueSoon);
        assert_eq!(on(day(2026, 12, 15)).days_left, 0);
        assert_eq!(on(day(2026, 12, 16)).state, ClockState::Overdue);
        assert_eq!(on(day(2026, 12, 16)).days_left, -1);
        // Working-day limits count working days left: from Wednesday 30
        // September to Saturday 10 October (made up) is 3 working days.
        let objection = reading(
            Clock::PetitionObjection,
            day(2026, 10, 10),
            day(2026, 9, 30),
            &calendar,
        );
        assert_eq!(objection.days_left, 3);
        assert_eq!(objection.state, ClockState::DueSoon);
        // Four working days late on Monday 12 October: 8, 9, 10 and 12 October.
        let late = reading(
            Clock::PetitionObjection,
            day(2026, 9, 30),
            day(2026, 10, 12),
            &calendar,
        );
        assert_eq!(late.days_left, -4);
        assert_eq!(late.state, ClockState::Overdue);
    }

    #[test]
    fn legal_aid_decision_assignment_and_objection() {
        let parameters = law();
        let calendar = calendar();
        let received = day(2026, 9, 24);
        // 7 days from 24 September is 1 October: moved to 8 October.
        let decided_by = Clock::LegalAidDecision.deadline(received, 0, &parameters, &calendar);
        assert_eq!(decided_by, Some(day(2026, 10, 8)));
        // Decided on 9 October: 3 days is Monday 12 October.
        let assign_by = Clock::LegalAidAssignment.deadline(day(2026, 10, 9), 0, &parameters, &calendar);
        assert_eq!(assign_by, Some(day(2026, 10, 12)));
        // Objection received Friday 27 November: 5 days is 2 December.
        let objection = Clock::LegalAidObjection.deadline(day(2026, 11, 27), 0, &parameters, &calendar);
        assert_eq!(objection, Some(day(2026, 12, 2)));
    }

    #[test]
    fn urgent_when_the_limitation_or_hearing_is_fewer_than_seven_days_away() {
        let parameters = law();
        let received = day(2026, 12, 1);
        let urgent = |faced: Option<NaiveDate>| legal_aid_is_urgent(faced, received, &parameters);
        assert!(!urgent(None));
        assert!(urgent(Some(received + Duration::days(6))));
        assert!(!urgent(Some(received + Duration::days(7))));
        assert!(urgent(Some(received)), "the same day");
        assert!(urgent(Some(received - Duration::days(1))), "already passed");
    }
}
