//! Conditions over a person's facts, in three-valued logic: a condition is
//! met, not met, or unknown because a fact (or a parameter) is missing.
//! Unknown never means no.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::disability::Category;
use super::facts::{AreaKind, Education, Employment, Facts, Household, Housing, Need};
use super::parameters::{ParameterId, Snapshot};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    Met,
    NotMet,
    Unknown,
}

impl Tri {
    #[inline]
    fn from_option(value: Option<bool>) -> Tri {
        match value {
            Some(true) => Tri::Met,
            Some(false) => Tri::NotMet,
            None => Tri::Unknown,
        }
    }

    /// Kleene "or": met if either is met, not met only if both are not met.
    #[inline]
    fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Met, _) | (_, Tri::Met) => Tri::Met,
            (Tri::NotMet, Tri::NotMet) => Tri::NotMet,
            _ => Tri::Unknown,
        }
    }

    /// Kleene "and": not met if either is not met, met only if both are met.
    #[inline]
    fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::NotMet, _) | (_, Tri::NotMet) => Tri::NotMet,
            (Tri::Met, Tri::Met) => Tri::Met,
            _ => Tri::Unknown,
        }
    }

    /// As JSON: `true`, `false` or `null`.
    pub fn as_option(self) -> Option<bool> {
        match self {
            Tri::Met => Some(true),
            Tri::NotMet => Some(false),
            Tri::Unknown => None,
        }
    }
}

/// A fact the checker can ask for, named as in the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactId {
    BirthDate,
    RegisteredInDistrict,
    Area,
    HasCertificate,
    Category,
    Level,
    Household,
    HouseholdIncomePerPerson,
    LostWorkAbility,
    SevereMentalDisorder,
    Autism,
    CerebralPalsy,
    C5Licence,
    MotorisedWheelchair,
    Housing,
    Employment,
    Education,
    Needs,
    SelfPaidTrainingYears,
}

impl FactId {
    pub const ALL: [FactId; 19] = [
        FactId::BirthDate,
        FactId::RegisteredInDistrict,
        FactId::Area,
        FactId::HasCertificate,
        FactId::Category,
        FactId::Level,
        FactId::Household,
        FactId::HouseholdIncomePerPerson,
        FactId::LostWorkAbility,
        FactId::SevereMentalDisorder,
        FactId::Autism,
        FactId::CerebralPalsy,
        FactId::C5Licence,
        FactId::MotorisedWheelchair,
        FactId::Housing,
        FactId::Employment,
        FactId::Education,
        FactId::Needs,
        FactId::SelfPaidTrainingYears,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Condition {
    RegisteredInDistrict,
    HasCertificate,
    /// Age on the day of the check, inclusive bounds.
    AgeBetween {
        min: u32,
        max: u32,
    },
    AdultAge,
    WorkingAge,
    SevereLevel,
    LevelThreeOrFour,
    Category(Category),
    /// Visual, hearing, speech, intellectual or physical disability, or autism (E22).
    ChildRehabCategory,
    /// Intellectual disability, cerebral palsy or autism (E23).
    ChildTrainingCategory,
    /// Intellectual or mental disability, or severe physical disability (E21).
    AssistedEmploymentCategory,
    /// Mental disability or a diagnosed severe mental disorder (E10).
    MentalHealthCondition,
    SevereMentalDisorder,
    HouseholdDibao,
    HouseholdPoor,
    PoorOrSevere,
    /// Household income per person at most `multiplier` × the dibao standard.
    IncomeWithinDibao {
        times_parameter: Option<ParameterId>,
    },
    LostWorkAbility,
    C5Licence,
    MotorisedWheelchair,
    /// Drives their own vehicle: a C5 licence or a motorised wheelchair (E07).
    OwnVehicle,
    Housing(Housing),
    UrbanArea,
    Needs(Need),
    Employment(Employment),
    Education(Education),
    /// In any stage of education.
    InEducation,
    /// At least one year of self-paid training at a designated institution.
    SelfPaidTrainingYear,
}

/// The outcome of one condition: whether it is met and, when unknown, what
/// would decide it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub condition: Condition,
    pub met: Tri,
    /// Facts that would decide an unknown condition.
    pub missing_facts: Vec<FactId>,
    /// Set when the condition is unknown because the district has not set this parameter.
    pub missing_parameter: Option<ParameterId>,
}

fn category_is(facts: &Facts, categories: &[Category]) -> Tri {
    Tri::from_option(facts.category.map(|c| categories.contains(&c)))
}

fn household_is(facts: &Facts, test: impl Fn(Household) -> bool) -> Tri {
    Tri::from_option(facts.household.map(test))
}

fn age_between(facts: &Facts, date: NaiveDate, min: u32, max: u32) -> Tri {
    Tri::from_option(facts.age_on(date).map(|age| (min..=max).contains(&age)))
}

impl Condition {
    /// The facts this condition reads.
    pub fn facts(self) -> &'static [FactId] {
        use FactId as F;
        match self {
            Condition::RegisteredInDistrict => &[F::RegisteredInDistrict],
            Condition::HasCertificate => &[F::HasCertificate],
            Condition::AgeBetween { .. } | Condition::AdultAge | Condition::WorkingAge => &[F::BirthDate],
            Condition::SevereLevel | Condition::LevelThreeOrFour => &[F::Level],
            Condition::Category(_) => &[F::Category],
            Condition::ChildRehabCategory => &[F::Category, F::Autism],
            Condition::ChildTrainingCategory => &[F::Category, F::CerebralPalsy, F::Autism],
            Condition::AssistedEmploymentCategory => &[F::Category, F::Level],
            Condition::MentalHealthCondition => &[F::Category, F::SevereMentalDisorder],
            Condition::SevereMentalDisorder => &[F::SevereMentalDisorder],
            Condition::HouseholdDibao | Condition::HouseholdPoor => &[F::Household],
            Condition::PoorOrSevere => &[F::Household, F::Level],
            Condition::IncomeWithinDibao { .. } => &[F::Household, F::HouseholdIncomePerPerson, F::Area],
            Condition::LostWorkAbility => &[F::LostWorkAbility],
            Condition::C5Licence => &[F::C5Licence],
            Condition::MotorisedWheelchair => &[F::MotorisedWheelchair],
            Condition::OwnVehicle => &[F::C5Licence, F::MotorisedWheelchair],
            Condition::Housing(_) => &[F::Housing],
            Condition::UrbanArea => &[F::Area],
            Condition::Needs(_) => &[F::Needs],
            Condition::Employment(_) => &[F::Employment],
            Condition::Education(_) | Condition::InEducation => &[F::Education],
            Condition::SelfPaidTrainingYear => &[F::SelfPaidTrainingYears],
        }
    }

    /// Whether the condition holds; `Err` names a parameter the district has not set.
    /// Inlined: screening a register calls this about a hundred times a person.
    #[inline]
    pub fn evaluate(self, facts: &Facts, parameters: &Snapshot) -> Result<Tri, ParameterId> {
        let date = parameters.date;
        Ok(match self {
            Condition::RegisteredInDistrict => Tri::from_option(facts.registered_in_district),
            Condition::HasCertificate => Tri::from_option(facts.has_certificate),
            Condition::AgeBetween { min, max } => age_between(facts, date, min, max),
            Condition::AdultAge => age_between(facts, date, 18, u32::MAX),
            Condition::WorkingAge => {
                let from = parameters
                    .number(ParameterId::WorkingAgeFrom)
                    .ok_or(ParameterId::WorkingAgeFrom)?;
                let until = parameters
                    .number(ParameterId::WorkingAgeUntil)
                    .ok_or(ParameterId::WorkingAgeUntil)?;
                Tri::from_option(
                    facts
                        .age_on(date)
                        .map(|age| f64::from(age) >= from && f64::from(age) < until),
                )
            }
            Condition::SevereLevel => Tri::from_option(facts.level.map(|l| l.is_severe())),
            Condition::LevelThreeOrFour => Tri::from_option(facts.level.map(|l| !l.is_severe())),
            Condition::Category(category) => category_is(facts, &[category]),
            Condition::ChildRehabCategory => category_is(
                facts,
                &[
                    Category::Visual,
                    Category::Hearing,
                    Category::Speech,
                    Category::Intellectual,
                    Category::Physical,
                ],
            )
            .or(Tri::from_option(facts.autism)),
            Condition::ChildTrainingCategory => category_is(facts, &[Category::Intellectual])
                .or(Tri::from_option(facts.cerebral_palsy))
                .or(Tri::from_option(facts.autism)),
            Condition::AssistedEmploymentCategory => category_is(
                facts,
                &[Category::Intellectual, Category::Mental],
            )
            .or(category_is(facts, &[Category::Physical])
                .and(Tri::from_option(facts.level.map(|l| l.is_severe())))),
            Condition::MentalHealthCondition => {
                category_is(facts, &[Category::Mental]).or(Tri::from_option(facts.severe_mental_disorder))
            }
            Condition::SevereMentalDisorder => Tri::from_option(facts.severe_mental_disorder),
            Condition::HouseholdDibao => household_is(facts, |h| h == Household::Dibao),
            Condition::HouseholdPoor => household_is(facts, Household::is_poor),
            Condition::PoorOrSevere => household_is(facts, Household::is_poor)
                .or(Tri::from_option(facts.level.map(|l| l.is_severe()))),
            Condition::IncomeWithinDibao { times_parameter } => {
                income_within_dibao(facts, parameters, times_parameter)?
            }
            Condition::LostWorkAbility => Tri::from_option(facts.lost_work_ability),
            Condition::C5Licence => Tri::from_option(facts.c5_licence),
            Condition::MotorisedWheelchair => Tri::from_option(facts.motorised_wheelchair),
            Condition::OwnVehicle => {
                Tri::from_option(facts.c5_licence).or(Tri::from_option(facts.motorised_wheelchair))
            }
            Condition::Housing(housing) => Tri::from_option(facts.housing.map(|h| h == housing)),
            Condition::UrbanArea => Tri::from_option(facts.area.map(|a| a == AreaKind::Urban)),
            Condition::Needs(need) => Tri::from_option(facts.needs(need)),
            Condition::Employment(employment) => Tri::from_option(facts.employment.map(|e| e == employment)),
            Condition::Education(education) => Tri::from_option(facts.education.map(|e| e == education)),
            Condition::InEducation => Tri::from_option(facts.education.map(|e| e != Education::None)),
            Condition::SelfPaidTrainingYear => {
                Tri::from_option(facts.self_paid_training_years.map(|y| y >= 1.0))
            }
        })
    }

    pub fn reason(self, facts: &Facts, parameters: &Snapshot) -> Reason {
        let (met, missing_parameter) = match self.evaluate(facts, parameters) {
            Ok(met) => (met, None),
            Err(parameter) => (Tri::Unknown, Some(parameter)),
        };
        let missing_facts = if met == Tri::Unknown && missing_parameter.is_none() {
            self.facts()
                .iter()
                .copied()
                .filter(|f| !is_known(facts, *f))
                .collect()
        } else {
            Vec::new()
        };
        Reason {
            condition: self,
            met,
            missing_facts,
            missing_parameter,
        }
    }
}

/// Someone on dibao is within the standard already; otherwise compare the
/// income with the standard for their area.
fn income_within_dibao(
    facts: &Facts,
    parameters: &Snapshot,
    times_parameter: Option<ParameterId>,
) -> Result<Tri, ParameterId> {
    if facts.household == Some(Household::Dibao) {
        return Ok(Tri::Met);
    }
    let (Some(income), Some(area)) = (facts.household_income_per_person, facts.area) else {
        return Ok(Tri::Unknown);
    };
    let standard_id = match area {
        AreaKind::Urban => ParameterId::DibaoStandardUrban,
        AreaKind::Rural => ParameterId::DibaoStandardRural,
    };
    let standard = parameters.number(standard_id).ok_or(standard_id)?;
    let times = match times_parameter {
        Some(id) => parameters.number(id).ok_or(id)?,
        None => 1.0,
    };
    Ok(Tri::from_option(Some(income <= standard * times)))
}

pub fn is_known(facts: &Facts, fact: FactId) -> bool {
    match fact {
        FactId::BirthDate => facts.birth_date.is_some(),
        FactId::RegisteredInDistrict => facts.registered_in_district.is_some(),
        FactId::Area => facts.area.is_some(),
        FactId::HasCertificate => facts.has_certificate.is_some(),
        FactId::Category => facts.category.is_some(),
        FactId::Level => facts.level.is_some(),
        FactId::Household => facts.household.is_some(),
        FactId::HouseholdIncomePerPerson => facts.household_income_per_person.is_some(),
        FactId::LostWorkAbility => facts.lost_work_ability.is_some(),
        FactId::SevereMentalDisorder => facts.severe_mental_disorder.is_some(),
        FactId::Autism => facts.autism.is_some(),
        FactId::CerebralPalsy => facts.cerebral_palsy.is_some(),
        FactId::C5Licence => facts.c5_licence.is_some(),
        FactId::MotorisedWheelchair => facts.motorised_wheelchair.is_some(),
        FactId::Housing => facts.housing.is_some(),
        FactId::Employment => facts.employment.is_some(),
        FactId::Education => facts.education.is_some(),
        FactId::Needs => facts.needs.is_some(),
        FactId::SelfPaidTrainingYears => facts.self_paid_training_years.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kleene_logic() {
        use Tri::*;
        assert_eq!(Met.or(Unknown), Met);
        assert_eq!(NotMet.or(Unknown), Unknown);
        assert_eq!(NotMet.or(NotMet), NotMet);
        assert_eq!(NotMet.and(Unknown), NotMet);
        assert_eq!(Met.and(Unknown), Unknown);
        assert_eq!(Met.and(Met), Met);
    }
}
