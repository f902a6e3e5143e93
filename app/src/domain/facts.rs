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

/// Everything the checker may know. `None` means "not known".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub certificate_number: Option<CertificateNumber>,
    pub birth_date: Option<NaiveDate>,
    pub registered_in_district: Option<bool>,
    pub area: Option<AreaKind>,
    pub has_certificate: Option<bool>,
    pub category: Option<Category>,
    pub level: Option<Level>,
    pub household: Option<Household>,
    /// Yuan a month per person.
    pub household_income_per_person: Option<f64>,
    pub lost_work_ability: Option<bool>,
    pub severe_mental_disorder: Option<bool>,
    pub autism: Option<bool>,
    pub cerebral_palsy: Option<bool>,
    pub c5_licence: Option<bool>,
    pub motorised_wheelchair: Option<bool>,
    pub housing: Option<Housing>,
    pub employment: Option<Employment>,
    pub education: Option<Education>,
    /// `Some(empty)` means "needs none of these"; `None` means not asked.
    pub needs: Option<Vec<Need>>,
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
        }
        self
    }

    /// Age in whole years on `date`; unknown without a birth date.
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        age_on(self.birth_date?, date)
    }

    pub fn needs(&self, need: Need) -> Option<bool> {
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
