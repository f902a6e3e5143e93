//! Facts as the eligibility API's JSON fields: the one parser for the API,
//! the checker's answers (kept in the session as JSON), applications'
//! stored answers and the batch screening's CSV columns. Every field is
//! optional; a bad one is named, never guessed.

use super::disability::{Category, Level};
use super::facts::{
    AreaKind, Education, Employment, Facts, Household, Housing, Kindergarten, Need, PostKind, Sex,
};
use super::resident_id::{CertificateNumber, IdError};
use chrono::{Datelike, NaiveDate};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Number, Value};

/// A value's name as in the API (`"dangerous_house"`): for Fluent selectors,
/// JSON answers and CSV output alike.
pub fn api_name(value: impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(name)) => name,
        _ => String::new(),
    }
}

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    NotJson,
    TooLarge,
    UnknownField,
    WrongType(&'static str),
    UnknownValue(Vec<String>),
    InvalidDate,
    /// A date before 1900 or after 2199.
    DateOutOfRange,
    /// A birth date after the date of the check, or after today.
    BornAfterCheck,
    Level,
    Negative,
    Id(IdError),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: Option<String>,
    pub problem: Problem,
}

impl FieldError {
    /// A problem with the request as a whole rather than one field.
    pub fn whole(problem: Problem) -> Self {
        FieldError { field: None, problem }
    }

    pub fn at(field: &str, problem: Problem) -> Self {
        FieldError {
            field: Some(field.to_string()),
            problem,
        }
    }

    pub fn code(&self) -> &'static str {
        match self.problem {
            Problem::NotJson => "not_json",
            Problem::TooLarge => "too_large",
            Problem::UnknownField => "unknown_field",
            Problem::WrongType(_) => "wrong_type",
            Problem::UnknownValue(_) => "unknown_value",
            Problem::InvalidDate => "invalid_date",
            Problem::DateOutOfRange => "date_out_of_range",
            Problem::BornAfterCheck => "born_after_check",
            Problem::Level => "invalid_level",
            Problem::Negative => "negative",
            Problem::Id(_) => "invalid_certificate_number",
        }
    }
}

/// The request fields, also the column names of the batch screening CSV.
pub const FIELDS: [&str; 32] = [
    "date",
    "certificate_number",
    "birth_date",
    "registered_in_district",
    "lives_in_district",
    "area",
    "has_certificate",
    "category",
    "multiple_categories",
    "level",
    "sex",
    "post_kind",
    "household",
    "household_income_per_person",
    "lost_work_ability",
    "mental_disorder_treatment",
    "severe_mental_disorder",
    "autism",
    "cerebral_palsy",
    "c5_licence",
    "motorised_wheelchair",
    "own_vehicle",
    "housing",
    "employment",
    "wants_work",
    "small_business",
    "education",
    "kindergarten",
    "disabled_parent",
    "needs",
    "needs_not_sure",
    "self_paid_training_years",
];

/// Fields that hold a list (in CSV, separated by `;` or `|`).
pub const LIST_FIELDS: [&str; 3] = ["multiple_categories", "needs", "needs_not_sure"];

/// The kinds a multiple disability can be made of: every category but "multiple".
pub const KINDS: [Category; 6] = [
    Category::Visual,
    Category::Hearing,
    Category::Speech,
    Category::Physical,
    Category::Intellectual,
    Category::Mental,
];

/// A present, non-null field.
fn field<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.get(name).filter(|v| !v.is_null())
}

fn boolean(map: &Map<String, Value>, name: &str) -> Result<Option<bool>, FieldError> {
    field(map, name)
        .map(|v| {
            v.as_bool()
                .ok_or_else(|| FieldError::at(name, Problem::WrongType("boolean")))
        })
        .transpose()
}

fn number(map: &Map<String, Value>, name: &str) -> Result<Option<f64>, FieldError> {
    let Some(value) = field(map, name) else {
        return Ok(None);
    };
    let n = value
        .as_f64()
        .ok_or_else(|| FieldError::at(name, Problem::WrongType("number")))?;
    if n < 0.0 {
        return Err(FieldError::at(name, Problem::Negative));
    }
    Ok(Some(n))
}

fn date(map: &Map<String, Value>, name: &str) -> Result<Option<NaiveDate>, FieldError> {
    let Some(value) = field(map, name) else {
        return Ok(None);
    };
    let text = value
        .as_str()
        .ok_or_else(|| FieldError::at(name, Problem::WrongType("string")))?;
    let valid =
        text.len() == 10 && text.as_bytes().get(4) == Some(&b'-') && text.as_bytes().get(7) == Some(&b'-');
    let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| valid)
        .ok_or_else(|| FieldError::at(name, Problem::InvalidDate))?;
    if !(1900..2200).contains(&parsed.year()) {
        return Err(FieldError::at(name, Problem::DateOutOfRange));
    }
    Ok(Some(parsed))
}

fn choice<T: DeserializeOwned + Serialize + Copy>(
    value: &Value,
    name: &str,
    all: &[T],
) -> Result<T, FieldError> {
    if !value.is_string() {
        return Err(FieldError::at(name, Problem::WrongType("string")));
    }
    serde_json::from_value(value.clone()).map_err(|_| {
        FieldError::at(
            name,
            Problem::UnknownValue(all.iter().map(|v| api_name(*v)).collect()),
        )
    })
}

fn enumeration<T: DeserializeOwned + Serialize + Copy>(
    map: &Map<String, Value>,
    name: &str,
    all: &[T],
) -> Result<Option<T>, FieldError> {
    field(map, name).map(|v| choice(v, name, all)).transpose()
}

fn level(map: &Map<String, Value>) -> Result<Option<Level>, FieldError> {
    let Some(value) = field(map, "level") else {
        return Ok(None);
    };
    let n = value.as_u64().ok_or_else(|| {
        if value.is_number() {
            FieldError::at("level", Problem::Level)
        } else {
            FieldError::at("level", Problem::WrongType("number"))
        }
    })?;
    u8::try_from(n)
        .ok()
        .and_then(Level::new)
        .map(Some)
        .ok_or_else(|| FieldError::at("level", Problem::Level))
}

fn certificate(map: &Map<String, Value>) -> Result<Option<CertificateNumber>, FieldError> {
    let name = "certificate_number";
    let Some(value) = field(map, name) else {
        return Ok(None);
    };
    let text = value
        .as_str()
        .ok_or_else(|| FieldError::at(name, Problem::WrongType("string")))?;
    CertificateNumber::parse(text)
        .map(Some)
        .map_err(|e| FieldError::at(name, Problem::Id(e)))
}

fn list<T: DeserializeOwned + Serialize + Copy + PartialEq>(
    map: &Map<String, Value>,
    name: &str,
    all: &[T],
) -> Result<Option<Vec<T>>, FieldError> {
    let Some(value) = field(map, name) else {
        return Ok(None);
    };
    let items = value
        .as_array()
        .ok_or_else(|| FieldError::at(name, Problem::WrongType("array")))?;
    let mut values = Vec::with_capacity(items.len());
    for item in items {
        let value = choice(item, name, all)?;
        if !all.contains(&value) {
            return Err(FieldError::at(
                name,
                Problem::UnknownValue(all.iter().map(|v| api_name(*v)).collect()),
            ));
        }
        if !values.contains(&value) {
            values.push(value);
        }
    }
    Ok(Some(values))
}

/// A birth date must not be after the date of the check, nor after today.
pub fn check_birth_date(facts: &Facts, check_date: NaiveDate, today: NaiveDate) -> Result<(), FieldError> {
    match facts.birth_date {
        Some(birth) if birth > check_date || birth > today => {
            let field = if facts.certificate_number.is_some() {
                "certificate_number"
            } else {
                "birth_date"
            };
            Err(FieldError::at(field, Problem::BornAfterCheck))
        }
        _ => Ok(()),
    }
}

/// Turns text (a CSV cell, a form field) into the JSON value the API would
/// receive for `field`. Empty means unknown; text that is not a valid value
/// stays text, so the parser names the field.
pub fn value_from_text(field: &str, cell: &str) -> Value {
    let cell = cell.trim();
    if cell.is_empty() {
        return Value::Null;
    }
    match field {
        "registered_in_district"
        | "has_certificate"
        | "lost_work_ability"
        | "severe_mental_disorder"
        | "autism"
        | "cerebral_palsy"
        | "c5_licence"
        | "motorised_wheelchair"
        | "lives_in_district"
        | "mental_disorder_treatment"
        | "own_vehicle"
        | "wants_work"
        | "small_business"
        | "disabled_parent" => match cell.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" | "是" => Value::Bool(true),
            "false" | "no" | "0" | "否" => Value::Bool(false),
            _ => Value::String(cell.to_string()),
        },
        "level" | "household_income_per_person" | "self_paid_training_years" => cell
            .parse::<f64>()
            .ok()
            .and_then(|n| {
                if n.fract() == 0.0 && n >= 0.0 {
                    Some(Number::from(n as u64))
                } else {
                    Number::from_f64(n)
                }
            })
            .map_or_else(|| Value::String(cell.to_string()), Value::Number),
        field if LIST_FIELDS.contains(&field) => Value::Array(
            cell.split([';', '|'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_string()))
                .collect(),
        ),
        _ => Value::String(cell.to_string()),
    }
}

/// The check date (if given) and the facts, or the first field that is wrong.
pub fn parse_request(map: &Map<String, Value>) -> Result<(Option<NaiveDate>, Facts), FieldError> {
    if let Some(unknown) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(FieldError::at(unknown, Problem::UnknownField));
    }
    let facts = Facts {
        certificate_number: certificate(map)?,
        birth_date: date(map, "birth_date")?,
        registered_in_district: boolean(map, "registered_in_district")?,
        lives_in_district: boolean(map, "lives_in_district")?,
        area: enumeration(map, "area", &AreaKind::ALL)?,
        has_certificate: boolean(map, "has_certificate")?,
        category: enumeration(map, "category", &Category::ALL)?,
        multiple_categories: list(map, "multiple_categories", &KINDS)?,
        level: level(map)?,
        sex: enumeration(map, "sex", &Sex::ALL)?,
        post_kind: enumeration(map, "post_kind", &PostKind::ALL)?,
        household: enumeration(map, "household", &Household::ALL)?,
        household_income_per_person: number(map, "household_income_per_person")?,
        lost_work_ability: boolean(map, "lost_work_ability")?,
        mental_disorder_treatment: boolean(map, "mental_disorder_treatment")?,
        severe_mental_disorder: boolean(map, "severe_mental_disorder")?,
        autism: boolean(map, "autism")?,
        cerebral_palsy: boolean(map, "cerebral_palsy")?,
        c5_licence: boolean(map, "c5_licence")?,
        motorised_wheelchair: boolean(map, "motorised_wheelchair")?,
        own_vehicle: boolean(map, "own_vehicle")?,
        housing: enumeration(map, "housing", &Housing::ALL)?,
        employment: enumeration(map, "employment", &Employment::ALL)?,
        wants_work: boolean(map, "wants_work")?,
        small_business: boolean(map, "small_business")?,
        education: enumeration(map, "education", &Education::ALL)?,
        kindergarten: enumeration(map, "kindergarten", &Kindergarten::ALL)?,
        disabled_parent: boolean(map, "disabled_parent")?,
        needs: list(map, "needs", &Need::ALL)?,
        needs_not_sure: list(map, "needs_not_sure", &Need::ALL)?.unwrap_or_default(),
        self_paid_training_years: number(map, "self_paid_training_years")?,
    };
    Ok((date(map, "date")?, facts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(body: Value) -> Result<(Option<NaiveDate>, Facts), FieldError> {
        match body {
            Value::Object(map) => parse_request(&map),
            _ => Err(FieldError::whole(Problem::NotJson)),
        }
    }

    #[test]
    fn an_empty_request_is_valid() {
        assert_eq!(parse(json!({})), Ok((None, Facts::default())));
    }

    #[test]
    fn nulls_mean_unknown() {
        assert_eq!(
            parse(json!({"level": null, "needs": null})),
            Ok((None, Facts::default()))
        );
    }

    #[test]
    fn each_bad_field_is_named() {
        let field_of = |body| parse(body).err().and_then(|e| e.field);
        assert_eq!(field_of(json!({"level": 5})), Some("level".into()));
        assert_eq!(field_of(json!({"level": 2.5})), Some("level".into()));
        assert_eq!(field_of(json!({"level": "2"})), Some("level".into()));
        assert_eq!(field_of(json!({"autism": "yes"})), Some("autism".into()));
        assert_eq!(field_of(json!({"area": "suburban"})), Some("area".into()));
        assert_eq!(
            field_of(json!({"birth_date": "2019-02-30"})),
            Some("birth_date".into())
        );
        assert_eq!(
            field_of(json!({"birth_date": "2019-2-3"})),
            Some("birth_date".into())
        );
        assert_eq!(field_of(json!({"date": 20260101})), Some("date".into()));
        assert_eq!(field_of(json!({"needs": ["wings"]})), Some("needs".into()));
        assert_eq!(
            field_of(json!({"household_income_per_person": -1})),
            Some("household_income_per_person".into())
        );
        assert_eq!(field_of(json!({"levle": 1})), Some("levle".into()));
        assert_eq!(
            field_of(json!({"birth_date": "0001-01-01"})),
            Some("birth_date".into())
        );
        assert_eq!(field_of(json!({"date": "1899-12-31"})), Some("date".into()));
        assert_eq!(
            field_of(json!({"multiple_categories": ["multiple"]})),
            Some("multiple_categories".into())
        );
        assert_eq!(
            field_of(json!({"multiple_categories": "visual"})),
            Some("multiple_categories".into())
        );
        assert_eq!(field_of(json!({"sex": "m"})), Some("sex".into()));
        assert_eq!(
            field_of(json!({"needs_not_sure": ["wings"]})),
            Some("needs_not_sure".into())
        );
        assert_eq!(
            field_of(json!({"certificate_number": "110105194912310021" })),
            Some("certificate_number".into())
        );
    }

    #[test]
    fn new_fields_parse() {
        let parsed = parse(json!({
            "category": "multiple",
            "multiple_categories": ["visual", "hearing", "visual"],
            "sex": "female",
            "post_kind": "worker",
            "kindergarten": "ordinary",
            "needs": ["prosthesis"],
            "needs_not_sure": ["cochlear_implant"],
            "own_vehicle": true,
        }));
        let Ok((_, facts)) = parsed else {
            panic!("valid: {parsed:?}");
        };
        assert_eq!(
            facts.multiple_categories,
            Some(vec![Category::Visual, Category::Hearing]),
            "repeats dropped"
        );
        assert_eq!(facts.sex, Some(Sex::Female));
        assert_eq!(facts.needs(Need::Prosthesis), Some(true));
        assert_eq!(facts.needs(Need::CochlearImplant), None, "not sure is not no");
        assert_eq!(facts.needs(Need::HomeAdaptation), Some(false));
    }

    #[test]
    fn a_birth_date_after_the_check_or_today_is_refused() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let born = |date| Facts {
            birth_date: Some(date),
            ..Facts::default()
        };
        let today = day(2026, 11, 30);
        let code = |facts: &Facts, check| check_birth_date(facts, check, today).map_err(|e| e.code());
        assert_eq!(code(&born(day(2026, 11, 30)), today), Ok(()));
        assert_eq!(code(&born(day(2026, 12, 1)), today), Err("born_after_check"));
        assert_eq!(
            code(&born(day(2020, 1, 1)), day(2019, 12, 31)),
            Err("born_after_check"),
            "a check dated before the birth"
        );
        assert_eq!(
            code(&born(day(2026, 12, 1)), day(2030, 1, 1)),
            Err("born_after_check"),
            "a future check cannot be for someone not yet born"
        );
    }

    #[test]
    fn text_becomes_api_values() {
        assert_eq!(value_from_text("autism", "是"), Value::Bool(true));
        assert_eq!(value_from_text("level", "2"), serde_json::json!(2));
        assert_eq!(
            value_from_text("household_income_per_person", "650.5"),
            serde_json::json!(650.5)
        );
        assert_eq!(
            value_from_text("needs", "prosthesis; rehab_training"),
            serde_json::json!(["prosthesis", "rehab_training"])
        );
        assert_eq!(value_from_text("area", " "), Value::Null);
        assert_eq!(value_from_text("level", "two"), serde_json::json!("two"));
    }

    #[test]
    fn wrong_enum_values_list_the_allowed_ones() {
        let error = parse(json!({"housing": "castle"})).err();
        let Some(FieldError {
            problem: Problem::UnknownValue(allowed),
            ..
        }) = error
        else {
            panic!("an unknown value");
        };
        assert_eq!(
            allowed,
            vec!["dangerous_house", "urban_housing_difficulty", "none"]
        );
    }
}
