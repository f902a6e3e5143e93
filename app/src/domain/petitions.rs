//! Petitions and complaints (网上信访): what a matter may be about, the
//! states it passes through and the moves between them, which legal clock
//! runs in each state (信访工作条例, 2022: the lengths are dated parameters
//! in `legal_clocks`), reference numbers, and the public statistics with
//! small counts suppressed. No I/O.

use super::legal_clocks::{reading, Clock, ClockReading};
use super::parameters::Parameters;
use super::working_days::WorkingCalendar;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// What a matter is about. The last four are complaints about the portal
/// or a service, which take the same path with their own categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatterKind {
    /// Asking for a problem to be solved (求决).
    Request,
    /// An opinion or suggestion (意见建议).
    Suggestion,
    /// A page or document of the portal that cannot be used.
    InaccessiblePage,
    /// A building or venue that cannot be entered or used.
    InaccessibleBuilding,
    /// How a member of staff behaved.
    StaffConduct,
    /// A service that took too long or did not happen.
    ServiceDelay,
}

impl MatterKind {
    pub const ALL: [MatterKind; 6] = [
        MatterKind::Request,
        MatterKind::Suggestion,
        MatterKind::InaccessiblePage,
        MatterKind::InaccessibleBuilding,
        MatterKind::StaffConduct,
        MatterKind::ServiceDelay,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MatterKind::Request => "request",
            MatterKind::Suggestion => "suggestion",
            MatterKind::InaccessiblePage => "inaccessible_page",
            MatterKind::InaccessibleBuilding => "inaccessible_building",
            MatterKind::StaffConduct => "staff_conduct",
            MatterKind::ServiceDelay => "service_delay",
        }
    }

    pub fn parse(text: &str) -> Option<MatterKind> {
        MatterKind::ALL.into_iter().find(|k| k.key() == text)
    }

    /// A complaint about the portal or a service.
    pub fn is_complaint(self) -> bool {
        !matches!(self, MatterKind::Request | MatterKind::Suggestion)
    }
}

/// Where a matter stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatterState {
    /// Filed as a sign-language video or voice recording: staff write it down.
    AwaitingTranscript,
    /// Written down: the petitioner confirms or corrects the transcript
    /// before it counts as submitted.
    AwaitingConfirmation,
    /// Registered, to be routed to the body that handles it.
    Received,
    /// With a handling body, which accepts it, says it will not, or objects.
    Routed,
    Accepted,
    /// The handling body will not take it up (with its written reasons).
    NotAccepted,
    /// The written decision (处理意见) was given.
    Decided,
    /// The petitioner asked for a review (复查).
    ReviewRequested,
    Reviewed,
    /// The petitioner asked for a re-review (复核).
    ReReviewRequested,
    ReReviewed,
    /// The petitioner accepted the outcome and rated the handling.
    Closed,
}

impl MatterState {
    pub const ALL: [MatterState; 12] = [
        MatterState::AwaitingTranscript,
        MatterState::AwaitingConfirmation,
        MatterState::Received,
        MatterState::Routed,
        MatterState::Accepted,
        MatterState::NotAccepted,
        MatterState::Decided,
        MatterState::ReviewRequested,
        MatterState::Reviewed,
        MatterState::ReReviewRequested,
        MatterState::ReReviewed,
        MatterState::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MatterState::AwaitingTranscript => "awaiting_transcript",
            MatterState::AwaitingConfirmation => "awaiting_confirmation",
            MatterState::Received => "received",
            MatterState::Routed => "routed",
            MatterState::Accepted => "accepted",
            MatterState::NotAccepted => "not_accepted",
            MatterState::Decided => "decided",
            MatterState::ReviewRequested => "review_requested",
            MatterState::Reviewed => "reviewed",
            MatterState::ReReviewRequested => "re_review_requested",
            MatterState::ReReviewed => "re_reviewed",
            MatterState::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<MatterState> {
        MatterState::ALL.into_iter().find(|s| s.key() == text)
    }

    /// Whether the petitioner may rate the handling now (and so close the matter).
    pub fn may_rate(self) -> bool {
        matches!(
            self,
            MatterState::NotAccepted | MatterState::Decided | MatterState::Reviewed | MatterState::ReReviewed
        )
    }

    /// Whether staff still have something to do within a legal limit.
    pub fn with_staff(self) -> bool {
        matches!(
            self,
            MatterState::AwaitingTranscript
                | MatterState::Received
                | MatterState::Routed
                | MatterState::Accepted
                | MatterState::ReviewRequested
                | MatterState::ReReviewRequested
        )
    }
}

/// A move from one state to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Staff write down a recorded submission.
    Transcribe,
    /// The petitioner confirms (or corrects) the transcript.
    ConfirmTranscript,
    /// Staff route the matter to the body that handles it (or transfer it).
    Route,
    /// The body it was routed to says it is not theirs, within the objection limit.
    Object,
    Accept,
    NotAccept,
    /// The one extension of the settlement limit.
    Extend,
    Decide,
    RequestReview,
    AnswerReview,
    RequestReReview,
    AnswerReReview,
    Rate,
}

impl Move {
    /// Whether the petitioner (or proxy) makes this move; otherwise staff do.
    pub fn by_petitioner(self) -> bool {
        matches!(
            self,
            Move::ConfirmTranscript | Move::RequestReview | Move::RequestReReview | Move::Rate
        )
    }
}

/// Why a move cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoveRefused {
    #[error("the move is not possible from the matter's state")]
    WrongState,
    #[error("the time limit for this has passed")]
    TooLate,
    #[error("the matter has already been extended once")]
    AlreadyExtended,
}

/// The dates a matter's clocks run from, as recorded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MatterDates {
    /// Receipt: the day the petition (or its recording) arrived.
    pub received: Option<NaiveDate>,
    /// The day it was last routed to a handling body.
    pub routed: Option<NaiveDate>,
    pub accepted: Option<NaiveDate>,
    /// Days the settlement limit was extended by (0: not extended).
    pub extension_days: u32,
    pub decided: Option<NaiveDate>,
    pub review_requested: Option<NaiveDate>,
    pub reviewed: Option<NaiveDate>,
    pub re_review_requested: Option<NaiveDate>,
    pub re_reviewed: Option<NaiveDate>,
}

/// The clock running in `state` and the day its period began. Waiting for
/// a transcript (or its confirmation) does not stop the routing clock,
/// which runs from receipt. After a decision or an answer, the clock is
/// the petitioner's own: the time they have to ask for a review.
pub fn running_clock(state: MatterState, dates: &MatterDates) -> Option<(Clock, NaiveDate, u32)> {
    match state {
        MatterState::AwaitingTranscript | MatterState::AwaitingConfirmation | MatterState::Received => {
            Some((Clock::PetitionRouting, dates.received?, 0))
        }
        MatterState::Routed => Some((Clock::PetitionAcceptance, dates.routed?, 0)),
        MatterState::Accepted => Some((Clock::PetitionSettlement, dates.accepted?, dates.extension_days)),
        MatterState::Decided => Some((Clock::PetitionReviewRequest, dates.decided?, 0)),
        MatterState::ReviewRequested => Some((Clock::PetitionReviewAnswer, dates.review_requested?, 0)),
        MatterState::Reviewed => Some((Clock::PetitionReReviewRequest, dates.reviewed?, 0)),
        MatterState::ReReviewRequested => {
            Some((Clock::PetitionReReviewAnswer, dates.re_review_requested?, 0))
        }
        MatterState::NotAccepted | MatterState::ReReviewed | MatterState::Closed => None,
    }
}

/// The running clock's deadline and how it stands on `today`.
pub fn clock_reading(
    state: MatterState,
    dates: &MatterDates,
    today: NaiveDate,
    parameters: &Parameters,
    calendar: &WorkingCalendar,
) -> Option<(Clock, ClockReading)> {
    let (clock, started, extra) = running_clock(state, dates)?;
    let deadline = clock.deadline(started, extra, parameters, calendar)?;
    Some((clock, reading(clock, deadline, today, calendar)))
}

/// The last day a routed matter may be objected to (5 working days from routing).
pub fn objection_deadline(
    dates: &MatterDates,
    parameters: &Parameters,
    calendar: &WorkingCalendar,
) -> Option<NaiveDate> {
    Clock::PetitionObjection.deadline(dates.routed?, 0, parameters, calendar)
}

/// The state after `attempted`, made on `today`, or why not. Limits that
/// bind the petitioner (asking for a review) and the objection limit refuse
/// a late move; limits that bind staff only flag it (a late answer is
/// still an answer).
pub fn after(
    state: MatterState,
    attempted: Move,
    dates: &MatterDates,
    today: NaiveDate,
    parameters: &Parameters,
    calendar: &WorkingCalendar,
) -> Result<MatterState, MoveRefused> {
    use MatterState as S;
    let within = |clock: Clock, from: Option<NaiveDate>| -> Result<(), MoveRefused> {
        let from = from.ok_or(MoveRefused::WrongState)?;
        match clock.deadline(from, 0, parameters, calendar) {
            Some(last) if today <= last => Ok(()),
            _ => Err(MoveRefused::TooLate),
        }
    };
    let next = match (state, attempted) {
        (S::AwaitingTranscript, Move::Transcribe) => S::AwaitingConfirmation,
        // Staff may write the transcript again until the petitioner confirms.
        (S::AwaitingConfirmation, Move::Transcribe) => S::AwaitingConfirmation,
        (S::AwaitingConfirmation, Move::ConfirmTranscript) => S::Received,
        // A matter with a body may be transferred on before it is accepted.
        (S::Received | S::Routed, Move::Route) => S::Routed,
        (S::Routed, Move::Object) => {
            within(Clock::PetitionObjection, dates.routed)?;
            S::Received
        }
        (S::Routed, Move::Accept) => S::Accepted,
        (S::Routed, Move::NotAccept) => S::NotAccepted,
        (S::Accepted, Move::Extend) => {
            if dates.extension_days > 0 {
                return Err(MoveRefused::AlreadyExtended);
            }
            S::Accepted
        }
        (S::Accepted, Move::Decide) => S::Decided,
        (S::Decided, Move::RequestReview) => {
            within(Clock::PetitionReviewRequest, dates.decided)?;
            S::ReviewRequested
        }
        (S::ReviewRequested, Move::AnswerReview) => S::Reviewed,
        (S::Reviewed, Move::RequestReReview) => {
            within(Clock::PetitionReReviewRequest, dates.reviewed)?;
            S::ReReviewRequested
        }
        (S::ReReviewRequested, Move::AnswerReReview) => S::ReReviewed,
        (s, Move::Rate) if s.may_rate() => S::Closed,
        _ => return Err(MoveRefused::WrongState),
    };
    Ok(next)
}

/// How the petitioner rated the handling (满意、基本满意、不满意).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rating {
    Satisfied,
    Basically,
    NotSatisfied,
}

impl Rating {
    pub const ALL: [Rating; 3] = [Rating::Satisfied, Rating::Basically, Rating::NotSatisfied];

    pub fn key(self) -> &'static str {
        match self {
            Rating::Satisfied => "satisfied",
            Rating::Basically => "basically",
            Rating::NotSatisfied => "not_satisfied",
        }
    }

    pub fn parse(text: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.key() == text)
    }

    /// Counted as satisfied in the satisfaction rate (满意 and 基本满意).
    pub fn is_satisfied(self) -> bool {
        self != Rating::NotSatisfied
    }
}

/// Who filed the matter, when it is not the petitioner themself (信访代理).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Proxy {
    /// The petitioner filed it themself.
    Themself,
    /// A family member (one of the people the account holder helps).
    Family,
    /// A community worker acting as petition proxy.
    CommunityWorker,
}

impl Proxy {
    pub const ALL: [Proxy; 3] = [Proxy::Themself, Proxy::Family, Proxy::CommunityWorker];

    pub fn key(self) -> &'static str {
        match self {
            Proxy::Themself => "self",
            Proxy::Family => "family",
            Proxy::CommunityWorker => "community_worker",
        }
    }

    pub fn parse(text: &str) -> Option<Proxy> {
        Proxy::ALL.into_iter().find(|p| p.key() == text)
    }
}

/// How the petitioner authorised a proxy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Authorisation {
    /// A signed letter of authorisation (委托书), kept by the proxy.
    Written,
    /// Given in person or by video, in front of the proxy and a witness.
    InPerson,
}

impl Authorisation {
    pub const ALL: [Authorisation; 2] = [Authorisation::Written, Authorisation::InPerson];

    pub fn key(self) -> &'static str {
        match self {
            Authorisation::Written => "written",
            Authorisation::InPerson => "in_person",
        }
    }

    pub fn parse(text: &str) -> Option<Authorisation> {
        Authorisation::ALL.into_iter().find(|a| a.key() == text)
    }
}

/// A matter's reference: `XF`, the day of receipt and the matter's number,
/// e.g. `XF20261201-000042`. Typed references may carry spaces, other
/// dashes and lower case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub received: NaiveDate,
    pub id: i32,
}

impl Reference {
    pub fn new(received: NaiveDate, id: i32) -> Reference {
        Reference { received, id }
    }

    pub fn parse(text: &str) -> Option<Reference> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '－' | '—' | '_'))
            .collect::<String>()
            .to_ascii_uppercase();
        let digits = compact.strip_prefix("XF")?;
        if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (date, number) = digits.split_at(8);
        let received = NaiveDate::parse_from_str(date, "%Y%m%d").ok()?;
        let id = number.parse::<i32>().ok().filter(|id| *id > 0)?;
        Some(Reference { received, id })
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "XF{}-{:06}", self.received.format("%Y%m%d"), self.id)
    }
}

/// The fewest matters a published figure may count: fewer could point at a person.
pub const SMALLEST_SHOWN: u32 = 5;

/// A published count: the number, or "fewer than 5".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Count(u32),
    FewerThan(u32),
    /// Not shown because, with the other figures, it would give away a
    /// suppressed count (a total less the one hidden row).
    Withheld,
}

impl Shown {
    pub fn of(count: u32) -> Shown {
        if count < SMALLEST_SHOWN {
            Shown::FewerThan(SMALLEST_SHOWN)
        } else {
            Shown::Count(count)
        }
    }
}

/// A published rate in whole per cent, or `None` when it would rest on
/// fewer than 5 matters.
pub fn shown_rate(part: u32, whole: u32) -> Option<u32> {
    if whole < SMALLEST_SHOWN {
        return None;
    }
    Some(((f64::from(part) * 100.0 / f64::from(whole)).round()) as u32)
}

/// One matter as the statistics count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub kind: MatterKind,
    pub received: NaiveDate,
    /// Settled (decided) and whether on or before its settlement deadline.
    pub settled_on_time: Option<bool>,
    pub rating: Option<Rating>,
}

/// One row of the public statistics: a month and a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatisticsRow {
    /// The first day of the month.
    pub month: NaiveDate,
    pub kind: MatterKind,
    pub received: Shown,
    pub on_time_rate: Option<u32>,
    pub satisfaction_rate: Option<u32>,
}

#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    received: u32,
    settled: u32,
    on_time: u32,
    rated: u32,
    satisfied: u32,
}

impl Tally {
    fn add(&mut self, matter: &Counted) {
        self.received += 1;
        if let Some(on_time) = matter.settled_on_time {
            self.settled += 1;
            self.on_time += u32::from(on_time);
        }
        if let Some(rating) = matter.rating {
            self.rated += 1;
            self.satisfied += u32::from(rating.is_satisfied());
        }
    }
}

/// The whole: received, on-time rate and satisfaction rate over every matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatisticsTotal {
    pub received: Shown,
    pub on_time_rate: Option<u32>,
    pub satisfaction_rate: Option<u32>,
}

/// Matters by month of receipt and kind (newest month first), and the
/// totals, with counts under 5 and rates resting on fewer than 5 matters
/// suppressed.
pub fn statistics(matters: &[Counted]) -> (Vec<StatisticsRow>, StatisticsTotal) {
    let mut tallies: BTreeMap<(NaiveDate, MatterKind), Tally> = BTreeMap::new();
    let mut total = Tally::default();
    for matter in matters {
        let month = matter.received.with_day(1).unwrap_or(matter.received);
        tallies.entry((month, matter.kind)).or_default().add(matter);
        total.add(matter);
    }
    let mut rows: Vec<StatisticsRow> = tallies
        .into_iter()
        .map(|((month, kind), t)| StatisticsRow {
            month,
            kind,
            received: Shown::of(t.received),
            on_time_rate: shown_rate(t.on_time, t.settled),
            satisfaction_rate: shown_rate(t.satisfied, t.rated),
        })
        .collect();
    rows.sort_by(|a, b| b.month.cmp(&a.month).then(a.kind.cmp(&b.kind)));
    // With exactly one row hidden, the total less the shown rows would give
    // it away: the total is withheld too.
    let hidden = rows
        .iter()
        .filter(|r| matches!(r.received, Shown::FewerThan(_)))
        .count();
    let total_received = match Shown::of(total.received) {
        Shown::Count(_) if hidden == 1 => Shown::Withheld,
        shown => shown,
    };
    let total = StatisticsTotal {
        received: total_received,
        on_time_rate: shown_rate(total.on_time, total.settled),
        satisfaction_rate: shown_rate(total.satisfied, total.rated),
    };
    (rows, total)
}

/// Whether a matter decided on `decided` was settled in time.
pub fn settled_on_time(
    accepted: NaiveDate,
    extension_days: u32,
    decided: NaiveDate,
    parameters: &Parameters,
    calendar: &WorkingCalendar,
) -> bool {
    Clock::PetitionSettlement
        .deadline(accepted, extension_days, parameters, calendar)
        .is_none_or(|last| decided <= last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::legal_clocks::ClockState;
    use crate::domain::working_days::DayKind;

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

    fn go(
        state: MatterState,
        attempted: Move,
        dates: &MatterDates,
        today: NaiveDate,
    ) -> Result<MatterState, MoveRefused> {
        after(state, attempted, dates, today, &law(), &calendar())
    }

    #[test]
    fn keys_round_trip() {
        for kind in MatterKind::ALL {
            assert_eq!(MatterKind::parse(kind.key()), Some(kind));
        }
        for state in MatterState::ALL {
            assert_eq!(MatterState::parse(state.key()), Some(state));
        }
        for rating in Rating::ALL {
            assert_eq!(Rating::parse(rating.key()), Some(rating));
        }
        for proxy in Proxy::ALL {
            assert_eq!(Proxy::parse(proxy.key()), Some(proxy));
        }
        for how in Authorisation::ALL {
            assert_eq!(Authorisation::parse(how.key()), Some(how));
        }
        assert!(MatterKind::InaccessibleBuilding.is_complaint());
        assert!(!MatterKind::Request.is_complaint());
        assert_eq!(MatterKind::parse("nonsense"), None);
    }

    #[test]
    fn the_whole_path_from_recording_to_rating() {
        use MatterState as S;
        let today = day(2026, 12, 1);
        let mut dates = MatterDates {
            received: Some(today),
            ..MatterDates::default()
        };
        let mut state = S::AwaitingTranscript;
        for (attempted, expected) in [
            (Move::Transcribe, S::AwaitingConfirmation),
            (Move::ConfirmTranscript, S::Received),
            (Move::Route, S::Routed),
            (Move::Accept, S::Accepted),
        ] {
            dates.routed = Some(today);
            state = go(state, attempted, &dates, today).expect("allowed");
            assert_eq!(state, expected);
        }
        dates.accepted = Some(today);
        assert_eq!(go(state, Move::Extend, &dates, today), Ok(S::Accepted));
        dates.extension_days = 30;
        assert_eq!(
            go(state, Move::Extend, &dates, today),
            Err(MoveRefused::AlreadyExtended)
        );
        state = go(state, Move::Decide, &dates, today).expect("decide");
        dates.decided = Some(today);
        assert_eq!(
            go(state, Move::AnswerReview, &dates, today),
            Err(MoveRefused::WrongState)
        );
        state = go(state, Move::RequestReview, &dates, today).expect("review");
        dates.review_requested = Some(today);
        state = go(state, Move::AnswerReview, &dates, today).expect("answer");
        dates.reviewed = Some(today);
        state = go(state, Move::RequestReReview, &dates, today).expect("re-review");
        state = go(state, Move::AnswerReReview, &dates, today).expect("answer");
        assert_eq!(state, S::ReReviewed);
        assert_eq!(
            go(state, Move::RequestReview, &dates, today),
            Err(MoveRefused::WrongState)
        );
        assert_eq!(go(state, Move::Rate, &dates, today), Ok(S::Closed));
        assert_eq!(
            go(S::Closed, Move::Rate, &dates, today),
            Err(MoveRefused::WrongState)
        );
        assert_eq!(
            go(S::Accepted, Move::Rate, &dates, today),
            Err(MoveRefused::WrongState)
        );
        assert_eq!(
            go(S::AwaitingTranscript, Move::Route, &dates, today),
            Err(MoveRefused::WrongState)
        );
        assert_eq!(go(S::NotAccepted, Move::Rate, &dates, today), Ok(S::Closed));
    }

    #[test]
    fn the_routing_clock_runs_from_receipt_while_the_transcript_waits() {
        let dates = MatterDates {
            received: Some(day(2026, 9, 16)),
            ..MatterDates::default()
        };
        for state in [
            MatterState::AwaitingTranscript,
            MatterState::AwaitingConfirmation,
            MatterState::Received,
        ] {
            let (clock, read) =
                clock_reading(state, &dates, day(2026, 10, 8), &law(), &calendar()).expect("a clock");
            assert_eq!(clock, Clock::PetitionRouting);
            // 15 days from 16 September is 1 October, a holiday: 8 October.
            assert_eq!(read.deadline, day(2026, 10, 8));
            assert_eq!(read.state, ClockState::DueSoon);
            assert_eq!(read.days_left, 0);
        }
        let late = clock_reading(
            MatterState::Received,
            &dates,
            day(2026, 10, 9),
            &law(),
            &calendar(),
        );
        assert_eq!(late.map(|(_, r)| r.state), Some(ClockState::Overdue));
        assert_eq!(
            clock_reading(MatterState::Closed, &dates, day(2026, 10, 9), &law(), &calendar()),
            None
        );
    }

    #[test]
    fn an_objection_is_refused_after_five_working_days_over_the_holiday() {
        // Routed on Monday 28 September: the fifth working day is Saturday 10 October (made up).
        let dates = MatterDates {
            received: Some(day(2026, 9, 20)),
            routed: Some(day(2026, 9, 28)),
            ..MatterDates::default()
        };
        assert_eq!(
            objection_deadline(&dates, &law(), &calendar()),
            Some(day(2026, 10, 10))
        );
        assert_eq!(
            go(MatterState::Routed, Move::Object, &dates, day(2026, 10, 10)),
            Ok(MatterState::Received)
        );
        assert_eq!(
            go(MatterState::Routed, Move::Object, &dates, day(2026, 10, 11)),
            Err(MoveRefused::TooLate)
        );
        // Acceptance: 15 days from 28 September is 13 October.
        let (clock, read) =
            clock_reading(MatterState::Routed, &dates, day(2026, 10, 9), &law(), &calendar()).expect("clock");
        assert_eq!(clock, Clock::PetitionAcceptance);
        assert_eq!(read.deadline, day(2026, 10, 13));
    }

    #[test]
    fn the_settlement_clock_counts_the_extension() {
        let dates = MatterDates {
            accepted: Some(day(2026, 8, 3)),
            extension_days: 30,
            ..MatterDates::default()
        };
        let (_, read) = clock_reading(
            MatterState::Accepted,
            &dates,
            day(2026, 10, 20),
            &law(),
            &calendar(),
        )
        .expect("clock");
        // 60 + 30 days from 3 August is Sunday 1 November: Monday 2 November.
        assert_eq!(read.deadline, day(2026, 11, 2));
        assert!(settled_on_time(
            day(2026, 8, 3),
            30,
            day(2026, 11, 2),
            &law(),
            &calendar()
        ));
        assert!(!settled_on_time(
            day(2026, 8, 3),
            30,
            day(2026, 11, 3),
            &law(),
            &calendar()
        ));
        assert!(!settled_on_time(
            day(2026, 8, 3),
            0,
            day(2026, 10, 9),
            &law(),
            &calendar()
        ));
    }

    #[test]
    fn a_review_must_be_asked_within_thirty_days_of_the_decision() {
        // Decided 2 September: 30 days is 2 October, in the holiday: 8 October.
        let dates = MatterDates {
            decided: Some(day(2026, 9, 2)),
            ..MatterDates::default()
        };
        assert_eq!(
            go(
                MatterState::Decided,
                Move::RequestReview,
                &dates,
                day(2026, 10, 8)
            ),
            Ok(MatterState::ReviewRequested)
        );
        assert_eq!(
            go(
                MatterState::Decided,
                Move::RequestReview,
                &dates,
                day(2026, 10, 9)
            ),
            Err(MoveRefused::TooLate)
        );
        let reviewed = MatterDates {
            reviewed: Some(day(2026, 11, 2)),
            ..MatterDates::default()
        };
        // 30 days from 2 November is Wednesday 2 December.
        assert_eq!(
            go(
                MatterState::Reviewed,
                Move::RequestReReview,
                &reviewed,
                day(2026, 12, 2)
            ),
            Ok(MatterState::ReReviewRequested)
        );
        assert_eq!(
            go(
                MatterState::Reviewed,
                Move::RequestReReview,
                &reviewed,
                day(2026, 12, 3)
            ),
            Err(MoveRefused::TooLate)
        );
    }

    #[test]
    fn references_print_and_parse_forgivingly() {
        let reference = Reference::new(day(2026, 12, 1), 42);
        assert_eq!(reference.to_string(), "XF20261201-000042");
        assert_eq!(Reference::parse("XF20261201-000042"), Some(reference.clone()));
        assert_eq!(Reference::parse(" xf 20261201 000042 "), Some(reference.clone()));
        assert_eq!(Reference::parse("XF20261201－000042"), Some(reference));
        assert_eq!(Reference::parse("XF20261301-000042"), None, "no 13th month");
        assert_eq!(Reference::parse("XF20261201-000000"), None);
        assert_eq!(Reference::parse("XF20261201-00004"), None);
        assert_eq!(Reference::parse("AB20261201-000042"), None);
        assert_eq!(Reference::parse(""), None);
        assert_eq!(Reference::parse("XF２０261201-000042"), None);
    }

    #[test]
    fn small_counts_and_rates_on_few_matters_are_suppressed() {
        assert_eq!(Shown::of(0), Shown::FewerThan(5));
        assert_eq!(Shown::of(4), Shown::FewerThan(5));
        assert_eq!(Shown::of(5), Shown::Count(5));
        assert_eq!(shown_rate(4, 4), None);
        assert_eq!(shown_rate(4, 5), Some(80));
        assert_eq!(shown_rate(2, 3), None);
        assert_eq!(shown_rate(2, 6), Some(33));
        let matter = |m: u32, kind, on_time, rating| Counted {
            kind,
            received: day(2026, m, 10),
            settled_on_time: on_time,
            rating,
        };
        let mut matters = Vec::new();
        for i in 0..6 {
            matters.push(matter(
                11,
                MatterKind::Request,
                Some(i != 0),
                Some(if i < 3 {
                    Rating::Satisfied
                } else if i < 5 {
                    Rating::Basically
                } else {
                    Rating::NotSatisfied
                }),
            ));
        }
        for _ in 0..2 {
            matters.push(matter(11, MatterKind::InaccessibleBuilding, Some(true), None));
        }
        matters.push(matter(12, MatterKind::Request, None, None));
        let (rows, total) = statistics(&matters);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].month, day(2026, 12, 1), "newest month first");
        assert_eq!(rows[0].received, Shown::FewerThan(5));
        assert_eq!(rows[1].kind, MatterKind::Request);
        assert_eq!(rows[1].received, Shown::Count(6));
        assert_eq!(rows[1].on_time_rate, Some(83));
        assert_eq!(rows[1].satisfaction_rate, Some(83));
        assert_eq!(rows[2].received, Shown::FewerThan(5));
        assert_eq!(rows[2].on_time_rate, None);
        assert_eq!(
            total.received,
            Shown::Count(9),
            "two rows hidden: neither can be worked out"
        );
        let (_, one_hidden) = statistics(&matters[..7]);
        assert_eq!(
            one_hidden.received,
            Shown::Withheld,
            "6 shown + 1 hidden: the total would tell"
        );
        let (_, none_hidden) = statistics(&matters[..6]);
        assert_eq!(none_hidden.received, Shown::Count(6));
        assert_eq!(total.on_time_rate, Some(88), "7 of 8 settled on time");
        assert_eq!(total.satisfaction_rate, Some(83));
    }
}
