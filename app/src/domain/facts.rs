//! What the checker may know about a person. Every fact is optional: an
//! unknown fact makes a condition unknown, never false.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::disability::{Category, Level};
use super::resident_id::CertificateNumber;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    Urban,
    Rural,
}

impl AreaKind {
    pub const ALL: [AreaKind; 2] = [AreaKind::Urban, AreaKind::Rural];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Household {
    Dibao,
    LowIncome,
    ExtremePoverty,
    None,
}

impl Household {
    pub const ALL: [Household; 4] = [
        Household::Dibao,
        Household::LowIncome,
        Household::ExtremePoverty,
        Household::None,
    ];

    /// Dibao, low-income and extreme-poverty households count as poor (困难).
    pub fn is_poor(self) -> bool {
        !matches!(self, Household::None)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Housing {
    DangerousHouse,
    UrbanHousingDifficulty,
    None,
}

impl Housing {
    pub const ALL: [Housing; 3] = [
        Housing::DangerousHouse,
        Housing::UrbanHousingDifficulty,
        Housing::None,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Employment {
    Unemployed,
    Employed,
    SelfEmployedLicensed,
    Student,
    Retired,
}

impl Employment {
    pub const ALL: [Employment; 5] = [
        Employment::Unemployed,
        Employment::Employed,
        Employment::SelfEmployedLicensed,
        Employment::Student,
        Employment::Retired,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    Preschool,
    Compulsory,
    SecondaryVocational,
    HigherVocational,
    University,
    None,
}

impl Education {
    pub const ALL: [Education; 6] = [
        Education::Preschool,
        Education::Compulsory,
        Education::SecondaryVocational,
        Education::HigherVocational,
        Education::University,
        Education::None,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    AssistiveDevice,
    HomeAdaptation,
    Prosthesis,
    CochlearImplant,
    RehabTraining,
}

impl Need {
    pub const ALL: [Need; 5] = [
        Need::AssistiveDevice,
        Need::HomeAdaptation,
        Need::Prosthesis,
        Need::CochlearImplant,
        Need::RehabTraining,
    ];
}

/// Sex as the resident ID records it (the 17th digit: odd male, even female).
/// It decides the statutory retirement age, which ends working age.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub const ALL: [Sex; 2] = [Sex::Male, Sex::Female];
}

/// The kind of post a woman holds or last held: before the 2025 reform women
/// in worker posts retired at 50 and women in managerial or technical posts at 55.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    Worker,
    ManagerialOrTechnical,
}

impl PostKind {
    pub const ALL: [PostKind; 2] = [PostKind::Worker, PostKind::ManagerialOrTechnical];
}

/// The kind of kindergarten a child attends (E28): the plan funds disabled
/// children in inclusive (普惠性) and special preschools, and children of poor
/// disabled families in ordinary kindergartens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kindergarten {
    Inclusive,
    Special,
    Ordinary,
    None,
}

impl Kindergarten {
    pub const ALL: [Kindergarten; 4] = [
        Kindergarten::Inclusive,
        Kindergarten::Special,
        Kindergarten::Ordinary,
        Kindergarten::None,
    ];
}

/// Everything the checker may know. `None` means "not known".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub certificate_number: Option<CertificateNumber>,
    pub birth_date: Option<NaiveDate>,
    /// Household registration (户籍) in the district.
    pub registered_in_district: Option<bool>,
    /// Lives in the district, whatever the household registration.
    pub lives_in_district: Option<bool>,
    pub area: Option<AreaKind>,
    pub has_certificate: Option<bool>,
    pub category: Option<Category>,
    /// With category 7 ("multiple"), the kinds it is made of.
    pub multiple_categories: Option<Vec<Category>>,
    pub level: Option<Level>,
    pub sex: Option<Sex>,
    /// Asked of women only: it decides their retirement age.
    pub post_kind: Option<PostKind>,
    pub household: Option<Household>,
    /// Yuan a month per person.
    pub household_income_per_person: Option<f64>,
    pub lost_work_ability: Option<bool>,
    /// Treated for a mental disorder (a psychiatric patient), whatever the certificate says.
    pub mental_disorder_treatment: Option<bool>,
    pub severe_mental_disorder: Option<bool>,
    pub autism: Option<bool>,
    pub cerebral_palsy: Option<bool>,
    pub c5_licence: Option<bool>,
    pub motorised_wheelchair: Option<bool>,
    /// Owns a vehicle (a car or a motorised wheelchair) in their own name.
    pub own_vehicle: Option<bool>,
    pub housing: Option<Housing>,
    pub employment: Option<Employment>,
    /// Would like to work and could, with support if needed.
    pub wants_work: Option<bool>,
    /// Starting or running a small business (E20).
    pub small_business: Option<bool>,
    pub education: Option<Education>,
    pub kindergarten: Option<Kindergarten>,
    /// A parent in the household is disabled (E28's second group).
    pub disabled_parent: Option<bool>,
    /// The needs the person has. With `needs` given, a need listed in neither
    /// list is "no"; `Some(empty)` means "needs none of these".
    pub needs: Option<Vec<Need>>,
    /// Needs the person is not sure about: "not sure", not "no".
    pub needs_not_sure: Vec<Need>,
    pub self_paid_training_years: Option<f64>,
}

impl Facts {
    /// A valid certificate number says the person holds a certificate and
    /// gives birth date, category and level, so those are not asked again.
    pub fn with_certificate_details(mut self) -> Facts {
        if let Some(certificate) = &self.certificate_number {
            self.has_certificate = Some(true);
            self.birth_date = Some(certificate.birth_date());
            self.category = Some(certificate.category());
            self.level = Some(certificate.level());
            self.sex = Some(certificate.resident_id().sex());
        }
        self
    }

    /// Age in whole years on `date`; unknown without a birth date.
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        age_on(self.birth_date?, date)
    }

    pub fn needs(&self, need: Need) -> Option<bool> {
        if self.needs_not_sure.contains(&need) {
            return None;
        }
        self.needs.as_ref().map(|needs| needs.contains(&need))
    }
}

/// Age in whole years on `date` of someone born on `birth`; `None` before they are born.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> Option<u32> {
    if birth > date {
        return None;
    }
    let mut age = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    u32::try_from(age).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn age_turns_on_the_birthday() {
        let facts = Facts {
            birth_date: Some(date(2010, 3, 15)),
            ..Facts::default()
        };
        assert_eq!(facts.age_on(date(2016, 3, 14)), Some(5));
        assert_eq!(facts.age_on(date(2016, 3, 15)), Some(6));
        assert_eq!(facts.age_on(date(2009, 1, 1)), None, "not born yet");
        assert_eq!(Facts::default().age_on(date(2020, 1, 1)), None);
    }

    #[test]
    fn leap_day_birthdays_count_from_the_first_of_march() {
        let facts = Facts {
            birth_date: Some(date(2016, 2, 29)),
            ..Facts::default()
        };
        assert_eq!(facts.age_on(date(2023, 2, 28)), Some(6));
        assert_eq!(facts.age_on(date(2023, 3, 1)), Some(7));
    }
}
