//! Legal-aid requests (法律援助, 法律援助法 2022): who files, what about,
//! the adjustments the person needs, the request's states and the moves
//! between them, the exemption from the financial check (免予核查), the one
//! missing-documents notice, and what must be recorded before a case closes.
//! Which legal clock runs in each state is decided here; the clocks' lengths
//! are dated parameters (`legal_clocks`).

use super::legal_clocks::{self, Clock};
use super::parameters::Parameters;
use super::working_days::WorkingCalendar;
use chrono::NaiveDate;

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Received; the centre decides (7 days).
    Received,
    /// The one missing-documents notice was sent; waiting for the person.
    DocumentsAsked,
    /// Legal aid granted; a lawyer is to be assigned (3 days).
    Granted,
    /// Refused; the person may object.
    Refused,
    /// The person objected to the refusal; it is decided (5 days).
    Objected,
    /// The objection was decided and the refusal stands.
    RefusalUpheld,
    /// A lawyer is assigned and works on the case.
    Assigned,
    /// The case is closed with its outcome.
    Closed,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Received,
        Status::DocumentsAsked,
        Status::Granted,
        Status::Refused,
        Status::Objected,
        Status::RefusalUpheld,
        Status::Assigned,
        Status::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::DocumentsAsked => "documents_asked",
            Status::Granted => "granted",
            Status::Refused => "refused",
            Status::Objected => "objected",
            Status::RefusalUpheld => "refusal_upheld",
            Status::Assigned => "assigned",
            Status::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == text)
    }

    /// Whether staff still have something to do.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::RefusalUpheld | Status::Closed)
    }

    /// The status after `attempted`; `documents_asked` says whether the one
    /// missing-documents notice has been sent already.
    pub fn after(self, attempted: Move, documents_asked: bool) -> Result<Status, MoveRefused> {
        use Move as M;
        use Status as S;
        match (self, attempted) {
            (S::Received, M::AskDocuments) if documents_asked => Err(MoveRefused::DocumentsAlreadyAsked),
            (S::Received, M::AskDocuments) => Ok(S::DocumentsAsked),
            (S::DocumentsAsked, M::AskDocuments) => Err(MoveRefused::DocumentsAlreadyAsked),
            (S::DocumentsAsked, M::DocumentsAdded) => Ok(S::Received),
            (S::Received | S::DocumentsAsked, M::Grant) => Ok(S::Granted),
            (S::Received | S::DocumentsAsked, M::Refuse) => Ok(S::Refused),
            (S::Refused, M::Object) => Ok(S::Objected),
            (S::Objected, M::UpholdRefusal) => Ok(S::RefusalUpheld),
            (S::Objected, M::Overturn) => Ok(S::Granted),
            (S::Granted, M::Assign) => Ok(S::Assigned),
            (S::Assigned, M::Close) => Ok(S::Closed),
            _ => Err(MoveRefused::NotNow),
        }
    }

    /// The legal clock that runs in this status, if staff are waited for.
    pub fn clock(self) -> Option<Clock> {
        match self {
            Status::Received => Some(Clock::LegalAidDecision),
            Status::Granted => Some(Clock::LegalAidAssignment),
            Status::Objected => Some(Clock::LegalAidObjection),
            _ => None,
        }
    }
}

/// What someone does to a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Staff: the one notice listing every missing document.
    AskDocuments,
    /// The person: documents added after the notice.
    DocumentsAdded,
    Grant,
    Refuse,
    /// The person: an objection to the refusal.
    Object,
    UpholdRefusal,
    /// The objection succeeds: legal aid is granted.
    Overturn,
    Assign,
    Close,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoveRefused {
    #[error("all missing documents are asked for in one notice, and it has been sent")]
    DocumentsAlreadyAsked,
    #[error("the request is not at a stage where this can be done")]
    NotNow,
}

/// Who files the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Filer {
    /// The person themselves.
    Myself,
    /// A legal representative (法定代理人): a parent or guardian.
    LegalRepresentative,
    /// Someone the person asked to file for them (代理人).
    Proxy,
}

impl Filer {
    pub const ALL: [Filer; 3] = [Filer::Myself, Filer::LegalRepresentative, Filer::Proxy];

    pub fn key(self) -> &'static str {
        match self {
            Filer::Myself => "self",
            Filer::LegalRepresentative => "legal_representative",
            Filer::Proxy => "proxy",
        }
    }

    pub fn parse(text: &str) -> Option<Filer> {
        Filer::ALL.into_iter().find(|f| f.key() == text)
    }
}

/// The kind of matter legal aid is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatterKind {
    /// Wages, dismissal, work injury (劳动争议).
    Employment,
    /// Social insurance, assistance and disability benefits.
    Benefits,
    /// Maintenance, guardianship, marriage, inheritance.
    Family,
    /// Injury, medical or traffic accidents.
    Injury,
    /// Housing, land and property.
    Housing,
    /// Discrimination or a refused accommodation.
    Discrimination,
    /// Defence in a criminal case.
    Criminal,
    Other,
}

impl MatterKind {
    pub const ALL: [MatterKind; 8] = [
        MatterKind::Employment,
        MatterKind::Benefits,
        MatterKind::Family,
        MatterKind::Injury,
        MatterKind::Housing,
        MatterKind::Discrimination,
        MatterKind::Criminal,
        MatterKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MatterKind::Employment => "employment",
            MatterKind::Benefits => "benefits",
            MatterKind::Family => "family",
            MatterKind::Injury => "injury",
            MatterKind::Housing => "housing",
            MatterKind::Discrimination => "discrimination",
            MatterKind::Criminal => "criminal",
            MatterKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<MatterKind> {
        MatterKind::ALL.into_iter().find(|k| k.key() == text)
    }
}

/// What the person faces and by when: a limitation period running out or
/// a hearing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Faced {
    Nothing,
    LimitationPeriod,
    Hearing,
}

impl Faced {
    pub const ALL: [Faced; 3] = [Faced::Nothing, Faced::LimitationPeriod, Faced::Hearing];

    pub fn key(self) -> &'static str {
        match self {
            Faced::Nothing => "none",
            Faced::LimitationPeriod => "limitation",
            Faced::Hearing => "hearing",
        }
    }

    pub fn parse(text: &str) -> Option<Faced> {
        Faced::ALL.into_iter().find(|f| f.key() == text)
    }
}

/// An adjustment the person needs; it travels with the case to the lawyer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Adjustment {
    SignLanguage,
    BrailleOrLargePrint,
    EasyRead,
    Companion,
    HomeVisit,
}

impl Adjustment {
    pub const ALL: [Adjustment; 5] = [
        Adjustment::SignLanguage,
        Adjustment::BrailleOrLargePrint,
        Adjustment::EasyRead,
        Adjustment::Companion,
        Adjustment::HomeVisit,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Adjustment::SignLanguage => "sign_language",
            Adjustment::BrailleOrLargePrint => "braille_large_print",
            Adjustment::EasyRead => "easy_read",
            Adjustment::Companion => "companion",
            Adjustment::HomeVisit => "home_visit",
        }
    }

    pub fn parse(text: &str) -> Option<Adjustment> {
        Adjustment::ALL.into_iter().find(|a| a.key() == text)
    }
}

/// Adjustments as stored: keys separated by commas, in a fixed order.
pub fn adjustments_text(adjustments: &[Adjustment]) -> String {
    let mut sorted = adjustments.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.iter().map(|a| a.key()).collect::<Vec<_>>().join(",")
}

/// Adjustments from their stored text; unknown keys are skipped.
pub fn adjustments_from(text: &str) -> Vec<Adjustment> {
    let mut found: Vec<Adjustment> = text
        .split(',')
        .filter_map(|k| Adjustment::parse(k.trim()))
        .collect();
    found.sort();
    found.dedup();
    found
}

/// What the person says about their income.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Income {
    /// Receives subsistence allowance (低保) or extreme-poverty support (特困).
    SocialAssistance,
    /// Has no fixed income (无固定生活来源).
    NoFixedIncome,
    /// Has a wage, pension or other fixed income.
    FixedIncome,
    NotSure,
}

impl Income {
    pub const ALL: [Income; 4] = [
        Income::SocialAssistance,
        Income::NoFixedIncome,
        Income::FixedIncome,
        Income::NotSure,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Income::SocialAssistance => "social_assistance",
            Income::NoFixedIncome => "no_fixed_income",
            Income::FixedIncome => "fixed_income",
            Income::NotSure => "not_sure",
        }
    }

    pub fn parse(text: &str) -> Option<Income> {
        Income::ALL.into_iter().find(|i| i.key() == text)
    }

    /// What the checker's household answer already says, if anything:
    /// dibao and extreme-poverty households receive social assistance.
    pub fn from_household(household: Option<super::facts::Household>) -> Option<Income> {
        use super::facts::Household as H;
        match household? {
            H::Dibao | H::ExtremePoverty => Some(Income::SocialAssistance),
            H::LowIncome | H::None => None,
        }
    }
}

/// Whether the financial check is needed (法律援助法 第四十二条).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FinancialCheck {
    /// Exempt: receives social assistance (社会救助对象).
    ExemptSocialAssistance,
    /// Exempt: a disabled person without a fixed income (无固定生活来源的残疾人).
    ExemptDisabledNoIncome,
    /// The centre checks the person's finances.
    Required,
}

impl FinancialCheck {
    pub const ALL: [FinancialCheck; 3] = [
        FinancialCheck::ExemptSocialAssistance,
        FinancialCheck::ExemptDisabledNoIncome,
        FinancialCheck::Required,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FinancialCheck::ExemptSocialAssistance => "exempt_social_assistance",
            FinancialCheck::ExemptDisabledNoIncome => "exempt_disabled_no_income",
            FinancialCheck::Required => "required",
        }
    }

    pub fn parse(text: &str) -> Option<FinancialCheck> {
        FinancialCheck::ALL.into_iter().find(|c| c.key() == text)
    }

    pub fn is_exempt(self) -> bool {
        self != FinancialCheck::Required
    }
}

/// The exemption from what the portal knows: `disabled` when the person's
/// disability certificate number is on record and valid.
pub fn financial_check(disabled: bool, income: Income) -> FinancialCheck {
    match income {
        Income::SocialAssistance => FinancialCheck::ExemptSocialAssistance,
        Income::NoFixedIncome if disabled => FinancialCheck::ExemptDisabledNoIncome,
        _ => FinancialCheck::Required,
    }
}

/// Whether one adjustment was provided, as recorded when the case closes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdjustmentRecord {
    pub adjustment: Adjustment,
    /// `None`: not recorded.
    pub provided: Option<bool>,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClosingRefused {
    #[error("whether the adjustment was provided is not recorded")]
    NotRecorded(Adjustment),
    #[error("an adjustment not provided needs a note saying why")]
    NoNote(Adjustment),
    #[error("the outcome is not recorded")]
    NoOutcome,
}

/// A case closes only with its outcome and, for each adjustment the person
/// needed, whether it was provided (and why not, when it was not).
pub fn check_closing(
    needed: &[Adjustment],
    records: &[AdjustmentRecord],
    outcome: &str,
) -> Result<(), ClosingRefused> {
    for adjustment in needed {
        let record = records.iter().find(|r| r.adjustment == *adjustment);
        match record.and_then(|r| r.provided.map(|p| (p, r.note.trim().is_empty()))) {
            None => return Err(ClosingRefused::NotRecorded(*adjustment)),
            Some((false, true)) => return Err(ClosingRefused::NoNote(*adjustment)),
            Some(_) => {}
        }
    }
    if outcome.trim().is_empty() {
        return Err(ClosingRefused::NoOutcome);
    }
    Ok(())
}

/// The days a request's clocks count from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClockStarts {
    pub received: NaiveDate,
    /// When the documents asked for were added: the decision's 7 days
    /// count again from then (the request is complete only then).
    pub documents_completed: Option<NaiveDate>,
    pub decided: Option<NaiveDate>,
    pub objected: Option<NaiveDate>,
}

/// The running clock's last day in `status`, if staff are waited for.
pub fn deadline(
    status: Status,
    starts: &ClockStarts,
    parameters: &Parameters,
    calendar: &WorkingCalendar,
) -> Option<(Clock, NaiveDate)> {
    let clock = status.clock()?;
    let started = match clock {
        Clock::LegalAidDecision => starts.documents_completed.unwrap_or(starts.received),
        Clock::LegalAidAssignment => starts.decided?,
        Clock::LegalAidObjection => starts.objected?,
        _ => return None,
    };
    Some((clock, clock.deadline(started, 0, parameters, calendar)?))
}

/// Whether a request received on `received` must be helped first (先行提供).
pub fn is_urgent(
    faced: Faced,
    faced_on: Option<NaiveDate>,
    received: NaiveDate,
    parameters: &Parameters,
) -> bool {
    faced != Faced::Nothing && legal_clocks::legal_aid_is_urgent(faced_on, received, parameters)
}

/// A request's reference: `FY` (法援), the year and a zero-padded number.
pub fn reference(year: i32, id: i32) -> String {
    format!("FY{year}-{id:06}")
}

/// The languages a lawyer can work in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LawyerLanguage {
    Mandarin,
    ChongqingDialect,
    English,
    /// Chinese Sign Language (中国手语).
    SignLanguage,
}

impl LawyerLanguage {
    pub const ALL: [LawyerLanguage; 4] = [
        LawyerLanguage::Mandarin,
        LawyerLanguage::ChongqingDialect,
        LawyerLanguage::English,
        LawyerLanguage::SignLanguage,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LawyerLanguage::Mandarin => "mandarin",
            LawyerLanguage::ChongqingDialect => "chongqing",
            LawyerLanguage::English => "english",
            LawyerLanguage::SignLanguage => "csl",
        }
    }

    pub fn parse(text: &str) -> Option<LawyerLanguage> {
        LawyerLanguage::ALL.into_iter().find(|l| l.key() == text)
    }
}

pub fn languages_text(languages: &[LawyerLanguage]) -> String {
    let mut sorted = languages.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.iter().map(|l| l.key()).collect::<Vec<_>>().join(",")
}

pub fn languages_from(text: &str) -> Vec<LawyerLanguage> {
    let mut found: Vec<LawyerLanguage> = text
        .split(',')
        .filter_map(|k| LawyerLanguage::parse(k.trim()))
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::working_days::DayKind;
    use chrono::Duration;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn keys_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.key()), Some(s));
        }
        for f in Filer::ALL {
            assert_eq!(Filer::parse(f.key()), Some(f));
        }
        for k in MatterKind::ALL {
            assert_eq!(MatterKind::parse(k.key()), Some(k));
        }
        for f in Faced::ALL {
            assert_eq!(Faced::parse(f.key()), Some(f));
        }
        for a in Adjustment::ALL {
            assert_eq!(Adjustment::parse(a.key()), Some(a));
        }
        for i in Income::ALL {
            assert_eq!(Income::parse(i.key()), Some(i));
        }
        for c in FinancialCheck::ALL {
            assert_eq!(FinancialCheck::parse(c.key()), Some(c));
        }
        for l in LawyerLanguage::ALL {
            assert_eq!(LawyerLanguage::parse(l.key()), Some(l));
        }
        assert_eq!(Status::parse("nonsense"), None);
    }

    #[test]
    fn the_whole_path_of_a_granted_request() {
        let mut status = Status::Received;
        status = status.after(Move::AskDocuments, false).unwrap_or(status);
        assert_eq!(status, Status::DocumentsAsked);
        status = status.after(Move::DocumentsAdded, true).unwrap_or(status);
        assert_eq!(status, Status::Received);
        status = status.after(Move::Grant, true).unwrap_or(status);
        assert_eq!(status, Status::Granted);
        status = status.after(Move::Assign, true).unwrap_or(status);
        assert_eq!(status, Status::Assigned);
        status = status.after(Move::Close, true).unwrap_or(status);
        assert_eq!(status, Status::Closed);
        assert!(!status.is_open());
    }

    #[test]
    fn missing_documents_are_asked_for_once_only() {
        assert_eq!(
            Status::Received.after(Move::AskDocuments, true),
            Err(MoveRefused::DocumentsAlreadyAsked),
            "after the documents came in, no second notice"
        );
        assert_eq!(
            Status::DocumentsAsked.after(Move::AskDocuments, true),
            Err(MoveRefused::DocumentsAlreadyAsked)
        );
        assert_eq!(
            Status::Granted.after(Move::AskDocuments, false),
            Err(MoveRefused::NotNow)
        );
    }

    #[test]
    fn a_refusal_can_be_objected_to_once() {
        assert_eq!(Status::Received.after(Move::Refuse, false), Ok(Status::Refused));
        assert_eq!(
            Status::DocumentsAsked.after(Move::Refuse, true),
            Ok(Status::Refused)
        );
        assert_eq!(Status::Refused.after(Move::Object, false), Ok(Status::Objected));
        assert_eq!(
            Status::Objected.after(Move::UpholdRefusal, false),
            Ok(Status::RefusalUpheld)
        );
        assert_eq!(Status::Objected.after(Move::Overturn, false), Ok(Status::Granted));
        assert_eq!(
            Status::RefusalUpheld.after(Move::Object, false),
            Err(MoveRefused::NotNow)
        );
        assert_eq!(
            Status::Granted.after(Move::Object, false),
            Err(MoveRefused::NotNow)
        );
        assert!(!Status::RefusalUpheld.is_open());
    }

    #[test]
    fn no_move_skips_a_stage() {
        let allowed = [
            (Status::Received, Move::AskDocuments),
            (Status::DocumentsAsked, Move::DocumentsAdded),
            (Status::Received, Move::Grant),
            (Status::DocumentsAsked, Move::Grant),
            (Status::Received, Move::Refuse),
            (Status::DocumentsAsked, Move::Refuse),
            (Status::Refused, Move::Object),
            (Status::Objected, Move::UpholdRefusal),
            (Status::Objected, Move::Overturn),
            (Status::Granted, Move::Assign),
            (Status::Assigned, Move::Close),
        ];
        let moves = [
            Move::AskDocuments,
            Move::DocumentsAdded,
            Move::Grant,
            Move::Refuse,
            Move::Object,
            Move::UpholdRefusal,
            Move::Overturn,
            Move::Assign,
            Move::Close,
        ];
        for status in Status::ALL {
            for attempted in moves {
                assert_eq!(
                    status.after(attempted, false).is_ok(),
                    allowed.contains(&(status, attempted)),
                    "{status:?} {attempted:?}"
                );
            }
        }
    }

    #[test]
    fn disabled_people_without_a_fixed_income_are_exempt() {
        assert_eq!(
            financial_check(true, Income::NoFixedIncome),
            FinancialCheck::ExemptDisabledNoIncome
        );
        assert_eq!(
            financial_check(false, Income::NoFixedIncome),
            FinancialCheck::Required,
            "without a certificate on record the portal cannot apply it"
        );
        assert_eq!(
            financial_check(false, Income::SocialAssistance),
            FinancialCheck::ExemptSocialAssistance
        );
        assert_eq!(
            financial_check(true, Income::FixedIncome),
            FinancialCheck::Required
        );
        assert_eq!(financial_check(true, Income::NotSure), FinancialCheck::Required);
        use crate::domain::facts::Household;
        assert_eq!(
            Income::from_household(Some(Household::Dibao)),
            Some(Income::SocialAssistance)
        );
        assert_eq!(
            Income::from_household(Some(Household::ExtremePoverty)),
            Some(Income::SocialAssistance)
        );
        assert_eq!(Income::from_household(Some(Household::LowIncome)), None);
        assert_eq!(Income::from_household(None), None);
        assert!(FinancialCheck::ExemptDisabledNoIncome.is_exempt());
        assert!(!FinancialCheck::Required.is_exempt());
    }

    #[test]
    fn closing_needs_every_adjustment_recorded() {
        let needed = [Adjustment::SignLanguage, Adjustment::HomeVisit];
        let record = |adjustment, provided, note: &str| AdjustmentRecord {
            adjustment,
            provided,
            note: note.to_string(),
        };
        let one = [record(Adjustment::SignLanguage, Some(true), "")];
        assert_eq!(
            check_closing(&needed, &one, "won"),
            Err(ClosingRefused::NotRecorded(Adjustment::HomeVisit))
        );
        let unknown = [
            record(Adjustment::SignLanguage, Some(true), ""),
            record(Adjustment::HomeVisit, None, ""),
        ];
        assert_eq!(
            check_closing(&needed, &unknown, "won"),
            Err(ClosingRefused::NotRecorded(Adjustment::HomeVisit))
        );
        let without_note = [
            record(Adjustment::SignLanguage, Some(true), ""),
            record(Adjustment::HomeVisit, Some(false), "  "),
        ];
        assert_eq!(
            check_closing(&needed, &without_note, "won"),
            Err(ClosingRefused::NoNote(Adjustment::HomeVisit))
        );
        let all = [
            record(Adjustment::SignLanguage, Some(true), ""),
            record(
                Adjustment::HomeVisit,
                Some(false),
                "met at the street office at the person's wish",
            ),
        ];
        assert_eq!(check_closing(&needed, &all, "won"), Ok(()));
        assert_eq!(check_closing(&needed, &all, " "), Err(ClosingRefused::NoOutcome));
        assert_eq!(check_closing(&[], &[], "settled"), Ok(()));
    }

    #[test]
    fn adjustments_and_languages_are_stored_in_order() {
        let text = adjustments_text(&[
            Adjustment::HomeVisit,
            Adjustment::SignLanguage,
            Adjustment::HomeVisit,
        ]);
        assert_eq!(text, "sign_language,home_visit");
        assert_eq!(
            adjustments_from("home_visit, x,sign_language"),
            [Adjustment::SignLanguage, Adjustment::HomeVisit]
        );
        assert_eq!(adjustments_from(""), []);
        assert_eq!(
            languages_from(&languages_text(&[
                LawyerLanguage::SignLanguage,
                LawyerLanguage::Mandarin
            ])),
            [LawyerLanguage::Mandarin, LawyerLanguage::SignLanguage]
        );
    }

    /// National Day 2026: 1–7 October off, 10 October (Saturday) worked.
    fn calendar() -> WorkingCalendar {
        let mut days: Vec<(NaiveDate, DayKind)> =
            (1..=7).map(|d| (day(2026, 10, d), DayKind::Holiday)).collect();
        days.push((day(2026, 10, 10), DayKind::MakeUpWorkingDay));
        WorkingCalendar::new(days)
    }

    #[test]
    fn each_status_runs_its_own_clock() {
        let parameters = Parameters::from_plan();
        let calendar = calendar();
        let starts = ClockStarts {
            received: day(2026, 9, 24),
            documents_completed: None,
            decided: Some(day(2026, 10, 9)),
            objected: Some(day(2026, 11, 27)),
        };
        let at = |status| deadline(status, &starts, &parameters, &calendar);
        // 7 days from 24 September is 1 October, a holiday: 8 October.
        assert_eq!(
            at(Status::Received),
            Some((Clock::LegalAidDecision, day(2026, 10, 8)))
        );
        assert_eq!(at(Status::DocumentsAsked), None, "waiting for the person");
        // 3 days from Friday 9 October is Monday 12 October.
        assert_eq!(
            at(Status::Granted),
            Some((Clock::LegalAidAssignment, day(2026, 10, 12)))
        );
        // 5 days from Friday 27 November is Wednesday 2 December.
        assert_eq!(
            at(Status::Objected),
            Some((Clock::LegalAidObjection, day(2026, 12, 2)))
        );
        for status in [
            Status::Refused,
            Status::RefusalUpheld,
            Status::Assigned,
            Status::Closed,
        ] {
            assert_eq!(at(status), None, "{status:?}");
        }
        // Documents completed on Monday 12 October: 7 days is 19 October.
        let completed = ClockStarts {
            documents_completed: Some(day(2026, 10, 12)),
            ..starts
        };
        assert_eq!(
            deadline(Status::Received, &completed, &parameters, &calendar),
            Some((Clock::LegalAidDecision, day(2026, 10, 19)))
        );
        let undecided = ClockStarts {
            decided: None,
            ..starts
        };
        assert_eq!(
            deadline(Status::Granted, &undecided, &parameters, &calendar),
            None
        );
    }

    #[test]
    fn urgent_only_with_a_date_fewer_than_seven_days_away() {
        let parameters = Parameters::from_plan();
        let received = day(2026, 12, 1);
        let in_days = |n| Some(received + Duration::days(n));
        assert!(is_urgent(Faced::Hearing, in_days(6), received, &parameters));
        assert!(is_urgent(
            Faced::LimitationPeriod,
            in_days(0),
            received,
            &parameters
        ));
        assert!(!is_urgent(Faced::Hearing, in_days(7), received, &parameters));
        assert!(!is_urgent(Faced::Nothing, in_days(1), received, &parameters));
        assert!(!is_urgent(Faced::Hearing, None, received, &parameters));
    }

    #[test]
    fn references_are_padded() {
        assert_eq!(reference(2026, 42), "FY2026-000042");
    }
}
