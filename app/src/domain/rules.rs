//! Conditions over a person's facts, in three-valued logic: a condition is
//! met, not met, or unknown because a fact (or a parameter) is missing.
//! Unknown never means no.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::disability::Category;
use super::facts::{AreaKind, Education, Employment, Facts, Household, Housing, Kindergarten, Need, Sex};
use super::parameters::{ParameterId, Snapshot};
use super::retirement::{retirement_range, settled_by_age, Group};

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

/// A fact the checker can ask for, named as in the API, in the order the
/// questionnaire asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactId {
    RegisteredInDistrict,
    LivesInDistrict,
    BirthDate,
    HasCertificate,
    Category,
    MultipleCategories,
    Level,
    Autism,
    CerebralPalsy,
    Household,
    HouseholdIncomePerPerson,
    Area,
    LostWorkAbility,
    MentalDisorderTreatment,
    SevereMentalDisorder,
    Housing,
    Sex,
    PostKind,
    Employment,
    WantsWork,
    SmallBusiness,
    Kindergarten,
    DisabledParent,
    Education,
    SelfPaidTrainingYears,
    C5Licence,
    MotorisedWheelchair,
    OwnVehicle,
    Needs,
}

impl FactId {
    pub const ALL: [FactId; 29] = [
        FactId::RegisteredInDistrict,
        FactId::LivesInDistrict,
        FactId::BirthDate,
        FactId::HasCertificate,
        FactId::Category,
        FactId::MultipleCategories,
        FactId::Level,
        FactId::Autism,
        FactId::CerebralPalsy,
        FactId::Household,
        FactId::HouseholdIncomePerPerson,
        FactId::Area,
        FactId::LostWorkAbility,
        FactId::MentalDisorderTreatment,
        FactId::SevereMentalDisorder,
        FactId::Housing,
        FactId::Sex,
        FactId::PostKind,
        FactId::Employment,
        FactId::WantsWork,
        FactId::SmallBusiness,
        FactId::Kindergarten,
        FactId::DisabledParent,
        FactId::Education,
        FactId::SelfPaidTrainingYears,
        FactId::C5Licence,
        FactId::MotorisedWheelchair,
        FactId::OwnVehicle,
        FactId::Needs,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Condition {
    /// Household registration (户籍) in the district.
    RegisteredInDistrict,
    /// Household registration in the district, or living there.
    RegisteredOrLivingInDistrict,
    HasCertificate,
    /// A disabled person: a certificate shows it; without one the service
    /// decides, so its absence leaves the answer open (E36).
    DisabledPerson,
    /// Age on the day of the check, inclusive bounds.
    AgeBetween {
        min: u32,
        max: u32,
    },
    AdultAge,
    /// From the first working age to the statutory retirement age (by sex,
    /// post and birth month), and not retired.
    WorkingAge,
    /// Compulsory-school age: 6 to 15, or 16 to 17 when still in compulsory
    /// education (disabled children may start late) (E29).
    CompulsorySchoolAge,
    SevereLevel,
    LevelThreeOrFour,
    Category(Category),
    /// Blind: a visual disability of level 1 or 2 (E34).
    Blind,
    /// Visual, hearing, speech, intellectual or physical disability, or autism (E22).
    ChildRehabCategory,
    /// Intellectual disability, cerebral palsy or autism (E23).
    ChildTrainingCategory,
    /// Intellectual or mental disability, or severe physical disability (E21).
    AssistedEmploymentCategory,
    /// Mental disability, treatment for a mental disorder, or a diagnosed
    /// severe mental disorder (E10).
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
    /// Would like to work and could (E17, E21).
    WantsWork,
    /// Starting or running a small business, or self-employed (E20).
    SmallBusiness,
    /// A disabled person, or the child of a disabled parent (E43).
    DisabledOrDisabledParent,
    C5Licence,
    MotorisedWheelchair,
    /// Owns a vehicle: a car in their own name or a motorised wheelchair (E07).
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
    /// A disabled child in an inclusive or special kindergarten, or a child of
    /// a poor disabled family in an ordinary kindergarten (E28).
    PreschoolGrantGroup,
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

/// Whether the person's disability is one of `categories`. Category 7
/// ("multiple") is two or more kinds: it counts when one of its kinds does,
/// and is open while the kinds are not known.
fn category_is(facts: &Facts, categories: &[Category]) -> Tri {
    match facts.category {
        None => Tri::Unknown,
        Some(category) if categories.contains(&category) => Tri::Met,
        Some(Category::Multiple) => Tri::from_option(
            facts
                .multiple_categories
                .as_ref()
                .map(|kinds| kinds.iter().any(|k| categories.contains(k))),
        ),
        Some(_) => Tri::NotMet,
    }
}

fn severe(facts: &Facts) -> Tri {
    Tri::from_option(facts.level.map(|l| l.is_severe()))
}

/// Blind is visual level 1 or 2. A multiple disability is graded by its most
/// severe kind, so a level 3 or 4 rules it out, but a severe level may come
/// from another kind: the answer stays open.
fn blind(facts: &Facts) -> Tri {
    let visual = category_is(facts, &[Category::Visual]);
    match (visual, facts.category, severe(facts)) {
        (Tri::NotMet, ..) | (_, _, Tri::NotMet) => Tri::NotMet,
        (Tri::Met, Some(Category::Visual), level) => level,
        _ => Tri::Unknown,
    }
}

fn household_is(facts: &Facts, test: impl Fn(Household) -> bool) -> Tri {
    Tri::from_option(facts.household.map(test))
}

fn age_between(facts: &Facts, date: NaiveDate, min: u32, max: u32) -> Tri {
    Tri::from_option(facts.age_on(date).map(|age| (min..=max).contains(&age)))
}

fn compulsory_school_age(facts: &Facts, date: NaiveDate) -> Tri {
    match facts.age_on(date) {
        None => Tri::Unknown,
        Some(6..=15) => Tri::Met,
        Some(16..=17) => Tri::from_option(facts.education.map(|e| e == Education::Compulsory)),
        Some(_) => Tri::NotMet,
    }
}

/// Working age: from the first working age until the statutory retirement
/// age, which depends on sex, a woman's post and the birth month. Where the
/// possible retirement ages straddle the date, the answer stays open.
fn working_age(facts: &Facts, parameters: &Snapshot) -> Result<Tri, ParameterId> {
    let from = parameters
        .number(ParameterId::WorkingAgeFrom)
        .ok_or(ParameterId::WorkingAgeFrom)?;
    if facts.employment == Some(Employment::Retired) {
        return Ok(Tri::NotMet);
    }
    let date = parameters.date;
    let (Some(birth), Some(age)) = (facts.birth_date, facts.age_on(date)) else {
        return Ok(Tri::Unknown);
    };
    if f64::from(age) < from {
        return Ok(Tri::NotMet);
    }
    if let Some(working) = settled_by_age(age) {
        return Ok(Tri::from_option(Some(working)));
    }
    let groups = Group::possible(facts.sex, facts.post_kind);
    Ok(match retirement_range(birth, groups, date) {
        Some((earliest, _)) if date < earliest => Tri::Met,
        Some((_, latest)) if date >= latest => Tri::NotMet,
        _ => Tri::Unknown,
    })
}

fn preschool_grant_group(facts: &Facts) -> Tri {
    let kindergarten =
        |kinds: &[Kindergarten]| Tri::from_option(facts.kindergarten.map(|k| kinds.contains(&k)));
    let disabled_child = Tri::from_option(facts.has_certificate)
        .and(kindergarten(&[Kindergarten::Inclusive, Kindergarten::Special]));
    let child_of_poor_disabled_family = household_is(facts, Household::is_poor)
        .and(Tri::from_option(facts.disabled_parent))
        .and(kindergarten(&[Kindergarten::Ordinary]));
    disabled_child.or(child_of_poor_disabled_family)
}

impl Condition {
    /// The facts this condition reads.
    pub fn facts(self) -> &'static [FactId] {
        use FactId as F;
        match self {
            Condition::RegisteredInDistrict => &[F::RegisteredInDistrict],
            Condition::RegisteredOrLivingInDistrict => &[F::RegisteredInDistrict, F::LivesInDistrict],
            Condition::HasCertificate | Condition::DisabledPerson => &[F::HasCertificate],
            Condition::AgeBetween { .. } | Condition::AdultAge => &[F::BirthDate],
            Condition::WorkingAge => &[F::BirthDate, F::Sex, F::PostKind, F::Employment],
            Condition::CompulsorySchoolAge => &[F::BirthDate, F::Education],
            Condition::SevereLevel | Condition::LevelThreeOrFour => &[F::Level],
            Condition::Category(_) => &[F::Category, F::MultipleCategories],
            Condition::Blind => &[F::Category, F::MultipleCategories, F::Level],
            Condition::ChildRehabCategory => &[F::Category, F::MultipleCategories, F::Autism],
            Condition::ChildTrainingCategory => {
                &[F::Category, F::MultipleCategories, F::CerebralPalsy, F::Autism]
            }
            Condition::AssistedEmploymentCategory => &[F::Category, F::MultipleCategories, F::Level],
            Condition::MentalHealthCondition => &[
                F::Category,
                F::MultipleCategories,
                F::MentalDisorderTreatment,
                F::SevereMentalDisorder,
            ],
            Condition::SevereMentalDisorder => &[F::SevereMentalDisorder],
            Condition::HouseholdDibao | Condition::HouseholdPoor => &[F::Household],
            Condition::PoorOrSevere => &[F::Household, F::Level],
            Condition::IncomeWithinDibao { .. } => &[F::Household, F::HouseholdIncomePerPerson, F::Area],
            Condition::LostWorkAbility => &[F::LostWorkAbility],
            Condition::WantsWork => &[F::WantsWork],
            Condition::SmallBusiness => &[F::SmallBusiness, F::Employment],
            Condition::DisabledOrDisabledParent => &[F::HasCertificate, F::DisabledParent],
            Condition::C5Licence => &[F::C5Licence],
            Condition::MotorisedWheelchair => &[F::MotorisedWheelchair],
            Condition::OwnVehicle => &[F::OwnVehicle, F::MotorisedWheelchair],
            Condition::Housing(_) => &[F::Housing],
            Condition::UrbanArea => &[F::Area],
            Condition::Needs(_) => &[F::Needs],
            Condition::Employment(_) => &[F::Employment],
            Condition::Education(_) | Condition::InEducation => &[F::Education],
            Condition::SelfPaidTrainingYear => &[F::SelfPaidTrainingYears],
            Condition::PreschoolGrantGroup => &[
                F::HasCertificate,
                F::Kindergarten,
                F::Household,
                F::DisabledParent,
            ],
        }
    }

    /// Whether the condition holds; `Err` names a parameter the district has not set.
    /// Inlined: screening a register calls this about a hundred times a person.
    #[inline]
    pub fn evaluate(self, facts: &Facts, parameters: &Snapshot) -> Result<Tri, ParameterId> {
        let date = parameters.date;
        Ok(match self {
            Condition::RegisteredInDistrict => Tri::from_option(facts.registered_in_district),
            Condition::RegisteredOrLivingInDistrict => {
                Tri::from_option(facts.registered_in_district).or(Tri::from_option(facts.lives_in_district))
            }
            Condition::HasCertificate => Tri::from_option(facts.has_certificate),
            Condition::DisabledPerson => match facts.has_certificate {
                Some(true) => Tri::Met,
                _ => Tri::Unknown,
            },
            Condition::AgeBetween { min, max } => age_between(facts, date, min, max),
            Condition::AdultAge => age_between(facts, date, 18, u32::MAX),
            Condition::WorkingAge => working_age(facts, parameters)?,
            Condition::CompulsorySchoolAge => compulsory_school_age(facts, date),
            Condition::SevereLevel => severe(facts),
            Condition::LevelThreeOrFour => Tri::from_option(facts.level.map(|l| !l.is_severe())),
            Condition::Category(category) => category_is(facts, &[category]),
            Condition::Blind => blind(facts),
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
            .or(category_is(facts, &[Category::Physical]).and(severe(facts))),
            Condition::MentalHealthCondition => category_is(facts, &[Category::Mental])
                .or(Tri::from_option(facts.mental_disorder_treatment))
                .or(Tri::from_option(facts.severe_mental_disorder)),
            Condition::SevereMentalDisorder => Tri::from_option(facts.severe_mental_disorder),
            Condition::HouseholdDibao => household_is(facts, |h| h == Household::Dibao),
            Condition::HouseholdPoor => household_is(facts, Household::is_poor),
            Condition::PoorOrSevere => household_is(facts, Household::is_poor).or(severe(facts)),
            Condition::IncomeWithinDibao { times_parameter } => {
                income_within_dibao(facts, parameters, times_parameter)?
            }
            Condition::LostWorkAbility => Tri::from_option(facts.lost_work_ability),
            Condition::WantsWork => Tri::from_option(facts.wants_work),
            Condition::SmallBusiness => {
                Tri::from_option(facts.employment.map(|e| e == Employment::SelfEmployedLicensed))
                    .or(Tri::from_option(facts.small_business))
            }
            Condition::DisabledOrDisabledParent => {
                Tri::from_option(facts.has_certificate).or(Tri::from_option(facts.disabled_parent))
            }
            Condition::C5Licence => Tri::from_option(facts.c5_licence),
            Condition::MotorisedWheelchair => Tri::from_option(facts.motorised_wheelchair),
            Condition::OwnVehicle => {
                Tri::from_option(facts.own_vehicle).or(Tri::from_option(facts.motorised_wheelchair))
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
            Condition::PreschoolGrantGroup => preschool_grant_group(facts),
        })
    }

    /// Whether an unknown `fact` can leave this condition open: working age
    /// reads employment only to rule out the retired.
    fn can_leave_open(self, fact: FactId) -> bool {
        !(self == Condition::WorkingAge && fact == FactId::Employment)
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
                .filter(|f| !is_known(facts, *f) && self.can_leave_open(*f))
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

/// Whether a fact is known, or does not apply: the kinds of a multiple
/// disability matter only for category 7, a woman's post only for women.
pub fn is_known(facts: &Facts, fact: FactId) -> bool {
    match fact {
        FactId::RegisteredInDistrict => facts.registered_in_district.is_some(),
        FactId::LivesInDistrict => facts.lives_in_district.is_some(),
        FactId::BirthDate => facts.birth_date.is_some(),
        FactId::HasCertificate => facts.has_certificate.is_some(),
        FactId::Category => facts.category.is_some(),
        FactId::MultipleCategories => {
            facts.multiple_categories.is_some() || facts.category != Some(Category::Multiple)
        }
        FactId::Level => facts.level.is_some(),
        FactId::Autism => facts.autism.is_some(),
        FactId::CerebralPalsy => facts.cerebral_palsy.is_some(),
        FactId::Household => facts.household.is_some(),
        FactId::HouseholdIncomePerPerson => facts.household_income_per_person.is_some(),
        FactId::Area => facts.area.is_some(),
        FactId::LostWorkAbility => facts.lost_work_ability.is_some(),
        FactId::MentalDisorderTreatment => facts.mental_disorder_treatment.is_some(),
        FactId::SevereMentalDisorder => facts.severe_mental_disorder.is_some(),
        FactId::Housing => facts.housing.is_some(),
        FactId::Sex => facts.sex.is_some(),
        FactId::PostKind => facts.post_kind.is_some() || facts.sex != Some(Sex::Female),
        FactId::Employment => facts.employment.is_some(),
        FactId::WantsWork => facts.wants_work.is_some(),
        FactId::SmallBusiness => facts.small_business.is_some(),
        FactId::Kindergarten => facts.kindergarten.is_some(),
        FactId::DisabledParent => facts.disabled_parent.is_some(),
        FactId::Education => facts.education.is_some(),
        FactId::SelfPaidTrainingYears => facts.self_paid_training_years.is_some(),
        FactId::C5Licence => facts.c5_licence.is_some(),
        FactId::MotorisedWheelchair => facts.motorised_wheelchair.is_some(),
        FactId::OwnVehicle => facts.own_vehicle.is_some(),
        FactId::Needs => facts.needs.is_some() && facts.needs_not_sure.is_empty(),
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
