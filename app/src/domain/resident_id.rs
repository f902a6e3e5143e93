//! Resident ID numbers (居民身份证号码, GB 11643) and disability certificate
//! numbers (残疾人证号). Parsing is the only way to get one, so holding one
//! means it is valid.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

use super::disability::{Category, Level};
use super::facts::Sex;

/// Why a number was refused; each says what a person should check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdError {
    #[error("the number has the wrong length")]
    WrongLength,
    #[error("the number contains characters that are not digits (or a final X)")]
    NotDigits,
    #[error("the date of birth in the number is not a real date")]
    BadBirthDate,
    #[error("the check character does not match: a digit may be mistyped")]
    BadCheckCharacter,
    #[error("the disability category digit must be 1 to 7")]
    BadCategory,
    #[error("the disability level digit must be 1 to 4")]
    BadLevel,
}

/// An 18-character resident ID: region (6), birth date (8), sequence (3), check (1).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ResidentId(String);

/// Weights of ISO 7064 MOD 11-2 for the first 17 digits.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// Removes what people and dictation add: spaces, hyphens, full-width digits and x.
fn normalise(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '－' | '—' | '–'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            'x' | 'ｘ' | 'Ｘ' => 'X',
            _ => c,
        })
        .collect()
}

/// The check character for the first 17 digits.
pub fn check_character(first17: &str) -> Option<char> {
    let digits: Vec<u32> = first17.chars().map(|c| c.to_digit(10)).collect::<Option<_>>()?;
    if digits.len() != 17 {
        return None;
    }
    let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    Some(CHECK_CHARS[(sum % 11) as usize])
}

impl ResidentId {
    pub fn parse(input: &str) -> Result<Self, IdError> {
        let id = normalise(input);
        if id.chars().count() != 18 {
            return Err(IdError::WrongLength);
        }
        let (body, check) = id.split_at(17);
        if !body.chars().all(|c| c.is_ascii_digit()) || !check.chars().all(|c| c.is_ascii_digit() || c == 'X')
        {
            return Err(IdError::NotDigits);
        }
        birth_date_of(body).ok_or(IdError::BadBirthDate)?;
        if check_character(body).map(String::from) != Some(check.to_string()) {
            return Err(IdError::BadCheckCharacter);
        }
        Ok(ResidentId(id))
    }

    pub fn birth_date(&self) -> NaiveDate {
        // Checked in `parse`; the fallback is never reached.
        birth_date_of(&self.0[..17]).unwrap_or_default()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The 17th digit: odd for a man, even for a woman (GB 11643).
    pub fn sex(&self) -> Sex {
        if matches!(self.0.as_bytes().get(16), Some(b'1' | b'3' | b'5' | b'7' | b'9')) {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// For lists and exports: region and last two characters only.
    pub fn masked(&self) -> String {
        format!("{}**********{}", &self.0[..6], &self.0[16..])
    }
}

fn birth_date_of(body: &str) -> Option<NaiveDate> {
    let year = body.get(6..10)?.parse().ok()?;
    let month = body.get(10..12)?.parse().ok()?;
    let day = body.get(12..14)?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

impl fmt::Display for ResidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A 20-character disability certificate number: the holder's resident ID,
/// then the category digit (1–7), then the level digit (1–4).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CertificateNumber {
    resident_id: ResidentId,
    category: Category,
    level: Level,
}

impl CertificateNumber {
    pub fn parse(input: &str) -> Result<Self, IdError> {
        let number = normalise(input);
        if number.chars().count() != 20 || !number.is_ascii() {
            return Err(IdError::WrongLength);
        }
        let (id, rest) = number.split_at(18);
        let resident_id = ResidentId::parse(id)?;
        let mut digits = rest.chars().map(|c| c.to_digit(10));
        let category = digits.next().flatten().ok_or(IdError::NotDigits)?;
        let level = digits.next().flatten().ok_or(IdError::NotDigits)?;
        Ok(CertificateNumber {
            resident_id,
            category: Category::from_digit(category).ok_or(IdError::BadCategory)?,
            level: Level::new(level as u8).ok_or(IdError::BadLevel)?,
        })
    }

    pub fn resident_id(&self) -> &ResidentId {
        &self.resident_id
    }

    pub fn birth_date(&self) -> NaiveDate {
        self.resident_id.birth_date()
    }

    pub fn category(&self) -> Category {
        self.category
    }

    pub fn level(&self) -> Level {
        self.level
    }
}

impl fmt::Display for CertificateNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}{}",
            self.resident_id,
            self.category.digit(),
            self.level.get()
        )
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A valid ID for a given birth date (region 500105 is Jiangbei District).
    pub fn id_born(date: &str, sequence: &str) -> String {
        let body = format!("500105{date}{sequence}");
        let check = check_character(&body).unwrap_or('?');
        format!("{body}{check}")
    }

    #[test]
    fn a_known_valid_number_parses() {
        // GB 11643's worked example.
        let id = ResidentId::parse("11010519491231002X").expect("valid");
        assert_eq!(
            id.birth_date(),
            NaiveDate::from_ymd_opt(1949, 12, 31).expect("date")
        );
        assert_eq!(id.masked(), "110105**********2X");
    }

    #[test]
    fn spaces_hyphens_full_width_and_lower_case_x_are_tolerated() {
        assert!(ResidentId::parse("110105 1949-1231 002x").is_ok());
        assert!(ResidentId::parse("１１０１０５１９４９１２３１００２Ｘ").is_ok());
    }

    #[test]
    fn each_kind_of_mistake_is_named() {
        assert_eq!(ResidentId::parse("123"), Err(IdError::WrongLength));
        assert_eq!(ResidentId::parse("11010519491231002A"), Err(IdError::NotDigits));
        assert_eq!(
            ResidentId::parse("110105194912310021"),
            Err(IdError::BadCheckCharacter)
        );
        let body = "11010519490231002";
        let bad_date = format!("{body}{}", check_character(body).unwrap_or('0'));
        assert_eq!(ResidentId::parse(&bad_date), Err(IdError::BadBirthDate));
    }

    #[test]
    fn certificate_numbers_carry_category_and_level() {
        let number = format!("{}42", id_born("20150601", "123"));
        let certificate = CertificateNumber::parse(&number).expect("valid");
        assert_eq!(certificate.category(), Category::Physical);
        assert_eq!(certificate.level().get(), 2);
        assert_eq!(
            certificate.birth_date(),
            NaiveDate::from_ymd_opt(2015, 6, 1).expect("date")
        );
        assert_eq!(certificate.to_string(), number);
    }

    #[test]
    fn certificate_digits_are_checked() {
        let id = id_born("19800101", "001");
        assert_eq!(
            CertificateNumber::parse(&format!("{id}82")),
            Err(IdError::BadCategory)
        );
        assert_eq!(
            CertificateNumber::parse(&format!("{id}05")),
            Err(IdError::BadCategory)
        );
        assert_eq!(
            CertificateNumber::parse(&format!("{id}15")),
            Err(IdError::BadLevel)
        );
        assert_eq!(
            CertificateNumber::parse(&format!("{id}1")),
            Err(IdError::WrongLength)
        );
        assert_eq!(
            CertificateNumber::parse("二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇"),
            Err(IdError::WrongLength)
        );
    }
}
