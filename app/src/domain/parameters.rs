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
    /// First age of working age (E17, E18, E20, E21).
    WorkingAgeFrom,
    /// Age at which working age ends.
    WorkingAgeUntil,
    /// E43, yuan once: enrolment aid for a child of a disabled family.
    EnrolmentAid,
}

impl ParameterId {
    pub const ALL: [ParameterId; 20] = [
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
        ParameterId::WorkingAgeUntil,
        ParameterId::EnrolmentAid,
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

    /// The figures in the plan (江北府发〔2018〕10号) and its catalogue. Where
    /// the plan gives no figure the value is empty: the result then says the
    /// district sets it, instead of inventing a number.
    pub fn from_plan() -> Self {
        use ParameterId::*;
        const PLAN: &str = "江北府发〔2018〕10号";
        let plan_start = date(2018, 1, 1);
        let previous_plan = date(2016, 1, 1);
        let rows: [(ParameterId, Option<f64>, NaiveDate, &str); 20] = [
            (
                DibaoStandardUrban,
                None,
                plan_start,
                "重庆市城乡低保标准（区民政局公布）",
            ),
            (
                DibaoStandardRural,
                None,
                plan_start,
                "重庆市城乡低保标准（区民政局公布）",
            ),
            (
                SeparateDibaoMultiplier,
                Some(3.0),
                plan_start,
                "江北府发〔2018〕10号 第三章第一节",
            ),
            (
                LivingAllowance,
                Some(55.0),
                plan_start,
                "江北府发〔2018〕10号 第三章第一节",
            ),
            (
                NursingSubsidy,
                Some(1000.0),
                previous_plan,
                "江北府发〔2018〕10号 第一章第一节（“十二五”期间标准）",
            ),
            (C5LicenceSubsidy, None, plan_start, "重庆市标准，由区残联公布"),
            (WheelchairFuelSubsidy, None, plan_start, PLAN),
            (
                DangerousHouseSharePoor,
                Some(1.0),
                plan_start,
                "江北府发〔2018〕10号 第三章第一节",
            ),
            (
                DangerousHouseShareOther,
                Some(0.8),
                plan_start,
                "江北府发〔2018〕10号 第三章第一节",
            ),
            (
                HomeAdaptationShareOther,
                None,
                plan_start,
                "江北府发〔2018〕10号 第三章第五节",
            ),
            (
                SelfEmploymentGrant,
                Some(2000.0),
                previous_plan,
                "江北府发〔2018〕10号 第一章第一节",
            ),
            (
                ChildTrainingSubsidy,
                None,
                plan_start,
                "江北府发〔2018〕10号 第三章第三节",
            ),
            (
                ProsthesisSubsidy,
                None,
                plan_start,
                "江北府发〔2018〕10号 第三章第三节",
            ),
            (
                CochlearImplantSubsidy,
                None,
                plan_start,
                "江北府发〔2018〕10号 第三章第三节",
            ),
            (
                PreschoolGrant,
                Some(1200.0),
                plan_start,
                "江北府发〔2018〕10号 第三章第四节",
            ),
            (
                StudentSuppliesSubsidy,
                None,
                plan_start,
                "江北府发〔2018〕10号 第三章第四节",
            ),
            (
                UniversityAssistance,
                None,
                plan_start,
                "江北府发〔2018〕10号 第三章第四节",
            ),
            (
                WorkingAgeFrom,
                Some(16.0),
                plan_start,
                "《中华人民共和国劳动法》第十五条",
            ),
            (WorkingAgeUntil, Some(60.0), plan_start, "法定退休年龄"),
            // The plan reports the aid paid (第一章第一节) but sets no figure.
            (
                EnrolmentAid,
                None,
                plan_start,
                "江北府发〔2018〕10号 第一章第一节、第三章第一节（教育救助）",
            ),
        ];
        Parameters::new(
            rows.into_iter()
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
        assert_eq!(allowance(date(2017, 12, 31)), None, "before the plan");
        assert_eq!(allowance(date(2018, 1, 1)), Some(55.0));
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
