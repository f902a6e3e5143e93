//! Facts as the eligibility API's JSON fields: the one parser for the API,
//! the checker's answers (kept in the session as JSON), applications'
//! stored answers and the batch screening's CSV columns. Every field is
//! optional; a bad one is named, never guessed.

use super::disability::{Category, Level};
use super::facts::{AreaKind, Education, Employment, Facts, Household, Housing, Need};
use super::resident_id::{CertificateNumber, IdError};
use chrono::NaiveDate;
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
            Problem::Level => "invalid_level",
            Problem::Negative => "negative",
            Problem::Id(_) => "invalid_certificate_number",
        }
    }
}

/// The request fields, also the column names of the batch screening CSV.
pub const FIELDS: [&str; 21] = [
    "date",
    "certificate_number",
    "birth_date",
    "registered_in_district",
    "area",
    "has_certificate",
    "category",
    "level",
    "household",
    "household_income_per_person",
    "lost_work_ability",
    "severe_mental_disorder",
    "autism",
    "cerebral_palsy",
    "c5_licence",
    "motorised_wheelchair",
    "housing",
    "employment",
    "education",
    "needs",
    "self_paid_training_years",
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
    let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().filter(|_| valid);
    parsed
        .map(Some)
        .ok_or_else(|| FieldError::at(name, Problem::InvalidDate))
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

fn needs(map: &Map<String, Value>) -> Result<Option<Vec<Need>>, FieldError> {
    let Some(value) = field(map, "needs") else {
        return Ok(None);
    };
    let items = value
        .as_array()
        .ok_or_else(|| FieldError::at("needs", Problem::WrongType("array")))?;
    items
        .iter()
        .map(|item| choice(item, "needs", &Need::ALL))
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
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
        | "motorised_wheelchair" => match cell.to_ascii_lowercase().as_str() {
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
        "needs" => Value::Array(
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
        area: enumeration(map, "area", &AreaKind::ALL)?,
        has_certificate: boolean(map, "has_certificate")?,
        category: enumeration(map, "category", &Category::ALL)?,
        level: level(map)?,
        household: enumeration(map, "household", &Household::ALL)?,
        household_income_per_person: number(map, "household_income_per_person")?,
        lost_work_ability: boolean(map, "lost_work_ability")?,
        severe_mental_disorder: boolean(map, "severe_mental_disorder")?,
        autism: boolean(map, "autism")?,
        cerebral_palsy: boolean(map, "cerebral_palsy")?,
        c5_licence: boolean(map, "c5_licence")?,
        motorised_wheelchair: boolean(map, "motorised_wheelchair")?,
        housing: enumeration(map, "housing", &Housing::ALL)?,
        employment: enumeration(map, "employment", &Employment::ALL)?,
        education: enumeration(map, "education", &Education::ALL)?,
        needs: needs(map)?,
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
            field_of(json!({"certificate_number": "110105194912310021" })),
            Some("certificate_number".into())
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
