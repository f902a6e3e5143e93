//! Dated parameters: amounts and thresholds with the date they take effect
//! and their legal source. The rules read the values in force on the day of
//! the check; earlier values stay as history.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParameterId {
    /// Yuan a month per person, urban (城市低保标准).
    DibaoStandardUrban,
    /// Yuan a month per person, rural (农村低保标准).
    DibaoStandardRural,
    /// Income limit for separate dibao, as a multiple of the dibao standard.
    SeparateDibaoMultiplier,
    /// E03, yuan a month.
    LivingAllowance,
    /// E04, yuan a year.
    NursingSubsidy,
    /// E05, yuan once.
    C5LicenceSubsidy,
    /// E06, yuan a year.
    WheelchairFuelSubsidy,
    /// E15, share of the cost for a poor family.
    DangerousHouseSharePoor,
    /// E15, share of the cost for a family that is not poor.
    DangerousHouseShareOther,
    /// E16, share of the cost for a family that is not poor.
    HomeAdaptationShareOther,
    /// E19, yuan once.
    SelfEmploymentGrant,
    /// E23, yuan a year.
    ChildTrainingSubsidy,
    /// E24, yuan once.
    ProsthesisSubsidy,
    /// E25, yuan once.
    CochlearImplantSubsidy,
    /// E28, yuan a year.
    PreschoolGrant,
    /// E32, yuan a year.
    StudentSuppliesSubsidy,
    /// E33, yuan once.
    UniversityAssistance,
    /// First age of working age (E17, E18, E20, E21); it ends at the
    /// statutory retirement age (`domain::retirement`).
    WorkingAgeFrom,
    /// E43, yuan once: enrolment aid for a child of a disabled family.
    EnrolmentAid,
    /// Days to register and route a petition (信访工作条例).
    PetitionRoutingDays,
    /// Days for the handling body to accept in writing.
    PetitionAcceptanceDays,
    /// Working days to object that a matter was routed wrongly.
    PetitionObjectionWorkingDays,
    /// Days to settle an accepted matter.
    PetitionSettlementDays,
    /// The most days one extension may add.
    PetitionExtensionMaxDays,
    /// Days to ask for a review (复查) after the decision.
    PetitionReviewRequestDays,
    /// Days to answer a review.
    PetitionReviewAnswerDays,
    /// Days to ask for a re-review (复核) after the review.
    PetitionReReviewRequestDays,
    /// Days to answer a re-review.
    PetitionReReviewAnswerDays,
    /// Days to decide a legal-aid request (法律援助法).
    LegalAidDecisionDays,
    /// Days to assign a lawyer after deciding.
    LegalAidAssignmentDays,
    /// Help first when a limitation period or hearing is fewer days away.
    LegalAidUrgencyDays,
    /// Days to decide an objection to a refusal.
    LegalAidObjectionDays,
}

impl ParameterId {
    pub const ALL: [ParameterId; 32] = [
        ParameterId::DibaoStandardUrban,
        ParameterId::DibaoStandardRural,
        ParameterId::SeparateDibaoMultiplier,
        ParameterId::LivingAllowance,
        ParameterId::NursingSubsidy,
        ParameterId::C5LicenceSubsidy,
        ParameterId::WheelchairFuelSubsidy,
        ParameterId::DangerousHouseSharePoor,
        ParameterId::DangerousHouseShareOther,
        ParameterId::HomeAdaptationShareOther,
        ParameterId::SelfEmploymentGrant,
        ParameterId::ChildTrainingSubsidy,
        ParameterId::ProsthesisSubsidy,
        ParameterId::CochlearImplantSubsidy,
        ParameterId::PreschoolGrant,
        ParameterId::StudentSuppliesSubsidy,
        ParameterId::UniversityAssistance,
        ParameterId::WorkingAgeFrom,
        ParameterId::EnrolmentAid,
        ParameterId::PetitionRoutingDays,
        ParameterId::PetitionAcceptanceDays,
        ParameterId::PetitionObjectionWorkingDays,
        ParameterId::PetitionSettlementDays,
        ParameterId::PetitionExtensionMaxDays,
        ParameterId::PetitionReviewRequestDays,
        ParameterId::PetitionReviewAnswerDays,
        ParameterId::PetitionReReviewRequestDays,
        ParameterId::PetitionReReviewAnswerDays,
        ParameterId::LegalAidDecisionDays,
        ParameterId::LegalAidAssignmentDays,
        ParameterId::LegalAidUrgencyDays,
        ParameterId::LegalAidObjectionDays,
    ];
}

/// One value of a parameter from a date on. `value: None` records that the
/// district sets the amount and has not published it here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatedValue {
    pub parameter: ParameterId,
    pub value: Option<f64>,
    pub effective_from: NaiveDate,
    pub source: String,
}

/// Every value of every parameter, in any order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Parameters {
    values: Vec<DatedValue>,
}

impl Parameters {
    pub fn new(values: Vec<DatedValue>) -> Self {
        Parameters { values }
    }

    /// The value in force on `date`: the latest one effective on or before it.
    pub fn in_force(&self, parameter: ParameterId, date: NaiveDate) -> Option<&DatedValue> {
        self.values
            .iter()
            .filter(|v| v.parameter == parameter && v.effective_from <= date)
            .max_by_key(|v| v.effective_from)
    }

    /// The number in force, when there is one.
    pub fn number(&self, parameter: ParameterId, date: NaiveDate) -> Option<f64> {
        self.in_force(parameter, date).and_then(|v| v.value)
    }

    /// The values in force on one day, looked up once, for checking many people.
    pub fn snapshot(&self, date: NaiveDate) -> Snapshot<'_> {
        Snapshot {
            date,
            values: ParameterId::ALL.map(|id| self.in_force(id, date)),
        }
    }

    pub fn values(&self) -> &[DatedValue] {
        &self.values
    }

    /// The figures in the plan (江北府发〔2018〕10号, the 13th five-year plan,
    /// 2016–2020) and its catalogue, each dated from the plan's own words.
    /// Where the plan gives no figure the value is empty: the result then
    /// says the district sets it, instead of inventing a number.
    pub fn from_plan() -> Self {
        Parameters::new(
            plan_rows()
                .into_iter()
                .map(|(parameter, value, effective_from, source)| DatedValue {
                    parameter,
                    value,
                    effective_from,
                    source: source.to_string(),
                })
                .collect(),
        )
    }
}

/// One seeded row: parameter, value, effective from, source.
type PlanRow = (ParameterId, Option<f64>, NaiveDate, &'static str);

/// The plan's figures. Dates: figures the plan reports as already paid in
/// the previous plan period (“十二五”, 2011–2015, Ch1 §1) apply from the
/// start of that period, or from their own document where the plan names
/// one; figures the plan sets, and amounts it leaves to the district, from
/// the start of its own period (2016-01-01); working age from the Labour
/// Law (in force 1995-01-01).
fn plan_rows() -> [PlanRow; 32] {
    use ParameterId::*;
    let petitions = date(2022, 5, 1);
    let petition_rules = "《信访工作条例》（2022年5月1日起施行）";
    let legal_aid = date(2022, 1, 1);
    let plan_period = date(2016, 1, 1);
    let previous_period = date(2011, 1, 1);
    let nursing_rules = date(2014, 1, 1);
    let labour_law = date(1995, 1, 1);
    [
        (
            DibaoStandardUrban,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第一节（本区城市最低生活保障标准，由区民政局公布）",
        ),
        (
            DibaoStandardRural,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第一节（本区农村最低生活保障标准，由区民政局公布）",
        ),
        (
            SeparateDibaoMultiplier,
            Some(3.0),
            plan_period,
            "江北府发〔2018〕10号 第三章第一节",
        ),
        (
            LivingAllowance,
            Some(55.0),
            previous_period,
            "江北府发〔2018〕10号 第一章第一节（“十二五”期间每人每月55元）、第三章第一节",
        ),
        (
            NursingSubsidy,
            Some(1000.0),
            nursing_rules,
            "《江北区重度残疾人生活护理补贴试行办法》（江北府办〔2014〕5号）；江北府发〔2018〕10号 第一章第一节（每人每年1000元）、第三章第一节（每两年调整一次）",
        ),
        (
            C5LicenceSubsidy,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第一节（按照市级统一标准）",
        ),
        (
            WheelchairFuelSubsidy,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第一节",
        ),
        (
            DangerousHouseSharePoor,
            Some(1.0),
            plan_period,
            "江北府发〔2018〕10号 第三章第一节",
        ),
        (
            DangerousHouseShareOther,
            Some(0.8),
            plan_period,
            "江北府发〔2018〕10号 第三章第一节",
        ),
        (
            HomeAdaptationShareOther,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第五节、第二章第三节（指标）",
        ),
        (
            SelfEmploymentGrant,
            Some(2000.0),
            previous_period,
            "江北府发〔2018〕10号 第一章第一节（“十二五”期间一次性2000元就业补贴）、第三章第二节",
        ),
        (
            ChildTrainingSubsidy,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第三节",
        ),
        (
            ProsthesisSubsidy,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第三节",
        ),
        (
            CochlearImplantSubsidy,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第三节",
        ),
        (
            PreschoolGrant,
            Some(1200.0),
            plan_period,
            "江北府发〔2018〕10号 第三章第四节",
        ),
        (
            StudentSuppliesSubsidy,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第四节",
        ),
        (
            UniversityAssistance,
            None,
            plan_period,
            "江北府发〔2018〕10号 第三章第四节",
        ),
        (
            WorkingAgeFrom,
            Some(16.0),
            labour_law,
            "《中华人民共和国劳动法》第十五条（1995年1月1日起施行）",
        ),
        // The plan reports the aid paid (第一章第一节) but sets no figure.
        (
            EnrolmentAid,
            None,
            plan_period,
            "江北府发〔2018〕10号 第一章第一节、第三章第一节（教育救助）",
        ),
        (PetitionRoutingDays, Some(15.0), petitions, petition_rules),
        (PetitionAcceptanceDays, Some(15.0), petitions, petition_rules),
        (PetitionObjectionWorkingDays, Some(5.0), petitions, petition_rules),
        (PetitionSettlementDays, Some(60.0), petitions, petition_rules),
        (PetitionExtensionMaxDays, Some(30.0), petitions, petition_rules),
        (PetitionReviewRequestDays, Some(30.0), petitions, petition_rules),
        (PetitionReviewAnswerDays, Some(30.0), petitions, petition_rules),
        (PetitionReReviewRequestDays, Some(30.0), petitions, petition_rules),
        (PetitionReReviewAnswerDays, Some(30.0), petitions, petition_rules),
        (
            LegalAidDecisionDays,
            Some(7.0),
            legal_aid,
            "《中华人民共和国法律援助法》第四十三条（2022年1月1日起施行）",
        ),
        (
            LegalAidAssignmentDays,
            Some(3.0),
            legal_aid,
            "《中华人民共和国法律援助法》第四十三条",
        ),
        (
            LegalAidUrgencyDays,
            Some(7.0),
            legal_aid,
            "《中华人民共和国法律援助法》第四十四条（先行提供法律援助）",
        ),
        (
            LegalAidObjectionDays,
            Some(5.0),
            legal_aid,
            "《中华人民共和国法律援助法》第四十九条",
        ),
    ]
}

/// The parameters in force on one date.
#[derive(Clone, Copy, Debug)]
pub struct Snapshot<'a> {
    pub date: NaiveDate,
    values: [Option<&'a DatedValue>; ParameterId::ALL.len()],
}

impl<'a> Snapshot<'a> {
    pub fn in_force(&self, parameter: ParameterId) -> Option<&'a DatedValue> {
        self.values[parameter as usize]
    }

    pub fn number(&self, parameter: ParameterId) -> Option<f64> {
        self.in_force(parameter).and_then(|v| v.value)
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_in_force_is_the_latest_one_not_after_the_date() {
        let mut parameters = Parameters::from_plan();
        parameters.values.push(DatedValue {
            parameter: ParameterId::LivingAllowance,
            value: Some(80.0),
            effective_from: date(2025, 7, 1),
            source: "test".into(),
        });
        let allowance = |d| parameters.number(ParameterId::LivingAllowance, d);
        assert_eq!(allowance(date(2010, 12, 31)), None, "before the previous plan");
        assert_eq!(allowance(date(2011, 1, 1)), Some(55.0));
        assert_eq!(allowance(date(2025, 6, 30)), Some(55.0));
        assert_eq!(allowance(date(2025, 7, 1)), Some(80.0));
    }

    #[test]
    fn every_parameter_is_listed_once_in_declaration_order() {
        for (index, id) in ParameterId::ALL.iter().enumerate() {
            assert_eq!(*id as usize, index);
        }
        let parameters = Parameters::from_plan();
        let snapshot = parameters.snapshot(date(2026, 1, 1));
        assert_eq!(snapshot.number(ParameterId::LivingAllowance), Some(55.0));
    }

    #[test]
    fn checks_dated_in_the_plan_period_find_the_plan_figures() {
        let parameters = Parameters::from_plan();
        for day in [date(2016, 1, 1), date(2017, 6, 30), date(2017, 12, 31)] {
            let snapshot = parameters.snapshot(day);
            assert_eq!(snapshot.number(ParameterId::LivingAllowance), Some(55.0), "{day}");
            assert_eq!(
                snapshot.number(ParameterId::NursingSubsidy),
                Some(1000.0),
                "{day}"
            );
            assert_eq!(
                snapshot.number(ParameterId::SelfEmploymentGrant),
                Some(2000.0),
                "{day}"
            );
            assert_eq!(
                snapshot.number(ParameterId::PreschoolGrant),
                Some(1200.0),
                "{day}"
            );
            assert_eq!(
                snapshot.number(ParameterId::DangerousHouseShareOther),
                Some(0.8),
                "{day}"
            );
            assert_eq!(
                snapshot.number(ParameterId::SeparateDibaoMultiplier),
                Some(3.0),
                "{day}"
            );
            assert_eq!(snapshot.number(ParameterId::WorkingAgeFrom), Some(16.0), "{day}");
            assert!(
                snapshot.in_force(ParameterId::C5LicenceSubsidy).is_some(),
                "{day}"
            );
        }
        // The plan's own figures start with its period, not before.
        let before = parameters.snapshot(date(2015, 12, 31));
        assert_eq!(before.number(ParameterId::PreschoolGrant), None);
        assert!(before.in_force(ParameterId::DibaoStandardUrban).is_none());
    }

    #[test]
    fn figures_of_the_previous_plan_date_from_it() {
        let parameters = Parameters::from_plan();
        let on = |id, day| parameters.number(id, day);
        // 十二五 (2011–2015): the living allowance and self-employment grant.
        assert_eq!(on(ParameterId::LivingAllowance, date(2011, 1, 1)), Some(55.0));
        assert_eq!(on(ParameterId::LivingAllowance, date(2010, 12, 31)), None);
        assert_eq!(
            on(ParameterId::SelfEmploymentGrant, date(2011, 1, 1)),
            Some(2000.0)
        );
        assert_eq!(on(ParameterId::SelfEmploymentGrant, date(2010, 12, 31)), None);
        // The nursing subsidy from its own 2014 rules (江北府办〔2014〕5号).
        assert_eq!(on(ParameterId::NursingSubsidy, date(2014, 1, 1)), Some(1000.0));
        assert_eq!(on(ParameterId::NursingSubsidy, date(2013, 12, 31)), None);
        // Working age from the Labour Law.
        assert_eq!(on(ParameterId::WorkingAgeFrom, date(1995, 1, 1)), Some(16.0));
        assert_eq!(on(ParameterId::WorkingAgeFrom, date(1994, 12, 31)), None);
    }

    #[test]
    fn every_seeded_value_names_its_document() {
        for value in Parameters::from_plan().values() {
            assert!(
                value.source.contains('〔') || value.source.contains('《'),
                "{:?}: {}",
                value.parameter,
                value.source
            );
            assert!(value.source.chars().count() <= 512, "{:?}", value.parameter);
        }
        let nursing = Parameters::from_plan()
            .in_force(ParameterId::NursingSubsidy, date(2026, 1, 1))
            .map(|v| v.source.clone())
            .unwrap_or_default();
        assert!(nursing.contains("江北府办〔2014〕5号"), "{nursing}");
    }

    #[test]
    fn amounts_the_plan_does_not_give_are_empty_not_invented() {
        let parameters = Parameters::from_plan();
        let today = date(2026, 11, 29);
        assert!(parameters
            .in_force(ParameterId::C5LicenceSubsidy, today)
            .is_some());
        assert_eq!(parameters.number(ParameterId::C5LicenceSubsidy, today), None);
        assert_eq!(parameters.number(ParameterId::DibaoStandardUrban, today), None);
    }
}
