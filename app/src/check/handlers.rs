//! The checker's requests: answers live in the session under one key, as the
//! API's JSON fields, so the same parser turns them into facts.

use super::pages::{facts_from, AnswersPage, CheckStartPage, CheckState, QuestionPage, ANSWER};
use super::questions::{next_after, question, Kind, Question, NONE_OF_THESE, NOT_SURE};
use super::results::ResultsPage;
use crate::domain::answers::{api_name, value_from_text};
use crate::domain::resident_id::CertificateNumber;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PortalState};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use http::Uri;
use serde_json::{Map, Value};
use tower_sessions::Session;

/// Also read by `/apply/{entitlement}`, which carries the answers into an application.
pub const ANSWERS_KEY: &str = "check_answers";

/// The answers kept in this session so far.
pub async fn stored_answers(session: &Session) -> Result<Map<String, Value>, PageError> {
    Ok(session
        .get::<Map<String, Value>>(ANSWERS_KEY)
        .await?
        .unwrap_or_default())
}

/// Whether this session holds any answers.
pub async fn holds_answers(session: &Session) -> Result<bool, PageError> {
    Ok(!stored_answers(session).await?.is_empty())
}

/// Forgets every answer.
pub async fn forget_answers(session: &Session) -> Result<(), PageError> {
    session.remove::<Map<String, Value>>(ANSWERS_KEY).await?;
    Ok(())
}

/// `?change=1`: came from "Change" on the answers page, so go back there after.
fn is_changing(uri: &Uri) -> bool {
    uri.query().is_some_and(|q| q.split('&').any(|p| p == "change=1"))
}

async fn state(session: &Session) -> PageResult<CheckState> {
    Ok(CheckState {
        answers: stored_answers(session).await?,
        ..CheckState::default()
    })
}

/// `GET /check`.
pub async fn start(session: Session) -> PageResult<Page> {
    Ok(Page::new(CheckStartPage).with(state(&session).await?))
}

/// `GET /check/answers`.
pub async fn answers(session: Session) -> PageResult<Page> {
    Ok(Page::new(AnswersPage).with(state(&session).await?))
}

/// `GET /check/results`.
pub async fn results(session: Session) -> PageResult<Page> {
    Ok(Page::new(ResultsPage).with(state(&session).await?))
}

/// `GET /check/q/{slug}`.
pub async fn show_question(session: Session, Path(slug): Path<String>, uri: Uri) -> PageResult<Page> {
    let question = question(&slug).ok_or(PageError::NotFound)?;
    let state = CheckState {
        changing: is_changing(&uri),
        ..state(&session).await?
    };
    Ok(Page::new(QuestionPage).with(*question).with(state))
}

/// `POST /check/q/{slug}`: keep the answer and go on, or show what to fix.
pub async fn answer(
    State(state): State<PortalState>,
    session: Session,
    Path(slug): Path<String>,
    uri: Uri,
    form: FormValues,
) -> PageResult<Response> {
    let question = question(&slug).ok_or(PageError::NotFound)?;
    let changing = is_changing(&uri);
    let today = state.clock.today();
    let mut answers = stored_answers(&session).await?;
    let values = match read_answer(question, &form, today) {
        Ok(values) => values,
        Err(error) => {
            let check = CheckState {
                answers,
                sent: Some(form.pairs().to_vec()),
                error: Some(error),
                changing,
                base: None,
            };
            return Ok(Page::new(QuestionPage)
                .with(*question)
                .with(check)
                .status(http::StatusCode::UNPROCESSABLE_ENTITY)
                .into_response());
        }
    };
    apply(&mut answers, values);
    session.insert(ANSWERS_KEY, &answers).await?;
    let facts = facts_from(&answers);
    let next = match next_after(Some(question.slug), &facts, today) {
        Some(next) if !changing => format!("/check/q/{}", next.slug),
        _ => "/check/answers".to_string(),
    };
    Ok(see_other(&next))
}

/// Stores each field's value; `Null` forgets it.
pub fn apply(answers: &mut Map<String, Value>, values: Vec<(&'static str, Value)>) {
    for (field, value) in values {
        if value.is_null() {
            answers.remove(field);
        } else {
            answers.insert(field.to_string(), value);
        }
    }
}

/// `POST /check/start-again`: forget every answer.
pub async fn start_again(session: Session) -> PageResult<Response> {
    forget_answers(&session).await?;
    Ok(see_other("/check"))
}

type Problem = (String, Vec<(&'static str, String)>);

fn problem(id: &str) -> Problem {
    (id.to_string(), Vec::new())
}

/// The values to store for each of the question's fields (`Null`: not known),
/// or the message saying what to fix.
pub fn read_answer(
    question: &Question,
    form: &FormValues,
    today: NaiveDate,
) -> Result<Vec<(&'static str, Value)>, Problem> {
    let field = question.fields[0];
    let sent = form.get(ANSWER).unwrap_or_default().trim().to_string();
    match question.kind {
        Kind::CertificateNumber => {
            if sent.is_empty() {
                return Ok(vec![(field, Value::Null)]);
            }
            CertificateNumber::parse(&sent)
                .map(|number| vec![(field, Value::String(number.to_string()))])
                .map_err(|e| ("api-error-id".to_string(), vec![("problem", api_name(e))]))
        }
        Kind::YesNo => match sent.as_str() {
            "yes" => Ok(vec![(field, Value::Bool(true))]),
            "no" => Ok(vec![(field, Value::Bool(false))]),
            "not_sure" => Ok(vec![(field, Value::Null)]),
            _ => Err(problem(&format!("check-q-{}-error", question.slug))),
        },
        Kind::Choice(choices) => match sent.as_str() {
            "not_sure" => Ok(vec![(field, Value::Null)]),
            value if choices.contains(&value) => Ok(vec![(field, value_from_text(field, value))]),
            _ => Err(problem(&format!("check-q-{}-error", question.slug))),
        },
        Kind::BirthDate => birth_date(form, today).map(|date| vec![(field, date)]),
        Kind::Number => {
            let cleaned: String = sent
                .chars()
                .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
                .collect();
            if cleaned.is_empty() {
                return Ok(vec![(field, Value::Null)]);
            }
            match cleaned.parse::<f64>() {
                Ok(n) if n.is_finite() && n >= 0.0 => Ok(vec![(field, value_from_text(field, &cleaned))]),
                _ => Err(problem(&format!("check-q-{}-error", question.slug))),
            }
        }
        Kind::Flags => {
            let ticked = read_ticks(question, form, question.fields)?;
            Ok(question.fields.iter().map(|f| (*f, ticked.value_of(f))).collect())
        }
        Kind::List {
            options,
            not_sure_field,
        } => {
            let ticked = read_ticks(question, form, options)?;
            let list = |values: Vec<&str>| {
                Value::Array(values.into_iter().map(|v| Value::String(v.into())).collect())
            };
            let open: Vec<&str> = options
                .iter()
                .copied()
                .filter(|o| !ticked.yes.contains(o))
                .collect();
            // Ticked ones are yes; with "not sure" the others stay open where
            // the API can say so, otherwise the whole answer is unknown.
            let (value, unsure) = match (ticked.not_sure, not_sure_field) {
                (false, _) => (list(ticked.yes), Value::Null),
                (true, Some(_)) if !ticked.yes.is_empty() => (list(ticked.yes), list(open)),
                (true, _) => (Value::Null, Value::Null),
            };
            let mut values = vec![(field, value)];
            if let Some(not_sure_field) = not_sure_field {
                values.push((not_sure_field, unsure));
            }
            Ok(values)
        }
    }
}

/// What was ticked on a tick-box question.
struct Ticks {
    yes: Vec<&'static str>,
    not_sure: bool,
}

impl Ticks {
    /// A field's value: ticked is yes; unticked is no, or unknown with "not sure".
    fn value_of(&self, field: &str) -> Value {
        if self.yes.contains(&field) {
            Value::Bool(true)
        } else if self.not_sure {
            Value::Null
        } else {
            Value::Bool(false)
        }
    }
}

/// The ticked options; "none of these" cannot go with anything else, and
/// nothing ticked at all asks for an answer.
fn read_ticks(
    question: &Question,
    form: &FormValues,
    options: &'static [&'static str],
) -> Result<Ticks, Problem> {
    let sent = form.get_all(ANSWER);
    let none = sent.contains(&NONE_OF_THESE);
    let not_sure = sent.contains(&NOT_SURE);
    let yes: Vec<&'static str> = options.iter().copied().filter(|o| sent.contains(o)).collect();
    if none && (not_sure || !yes.is_empty()) {
        return Err(problem("check-tick-none-alone"));
    }
    if !none && !not_sure && yes.is_empty() {
        return Err(problem(&format!("check-q-{}-error", question.slug)));
    }
    Ok(Ticks { yes, not_sure })
}

/// Day, month and year as typed: all blank is "not given"; otherwise a real
/// date, not in the future, after 1900.
fn birth_date(form: &FormValues, today: NaiveDate) -> Result<Value, Problem> {
    let part = |name: &str| form.get(name).unwrap_or_default().trim().to_string();
    let (day, month, year) = (part("day"), part("month"), part("year"));
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Ok(Value::Null);
    }
    let number = |text: &str| text.parse::<u32>().ok();
    let date = match (number(&day), number(&month), number(&year)) {
        (Some(d), Some(m), Some(y)) => i32::try_from(y)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
        _ => None,
    };
    match date {
        Some(date) if date > today => Err(problem("check-q-birth-date-future")),
        Some(date) if date.year() >= 1900 => Ok(Value::String(date.to_string())),
        _ => Err(problem("check-q-birth-date-error")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
    }

    fn read(slug: &str, body: &[u8]) -> Result<Vec<(&'static str, Value)>, Problem> {
        let question = question(slug).expect("a question");
        read_answer(question, &FormValues::parse(body), today())
    }

    #[test]
    fn yes_no_and_not_sure() {
        assert_eq!(
            read("registered", b"answer=yes"),
            Ok(vec![("registered_in_district", Value::Bool(true))])
        );
        assert_eq!(
            read("registered", b"answer=not_sure"),
            Ok(vec![("registered_in_district", Value::Null)])
        );
        assert!(read("registered", b"").is_err());
        assert!(read("registered", b"answer=maybe").is_err());
    }

    #[test]
    fn dates_must_be_real_and_past_but_may_be_left_blank() {
        assert_eq!(
            read("birth-date", b"day=1&month=2&year=1990"),
            Ok(vec![("birth_date", Value::String("1990-02-01".into()))])
        );
        assert_eq!(
            read("birth-date", b"day=&month=&year="),
            Ok(vec![("birth_date", Value::Null)])
        );
        assert_eq!(
            read("birth-date", b"day=30&month=2&year=1990"),
            Err(problem("check-q-birth-date-error"))
        );
        assert_eq!(
            read("birth-date", b"day=1&month=1&year=2030"),
            Err(problem("check-q-birth-date-future"))
        );
        assert_eq!(
            read("birth-date", b"day=1&month=1&year=1850"),
            Err(problem("check-q-birth-date-error"))
        );
    }

    #[test]
    fn numbers_tolerate_spaces_and_commas() {
        assert_eq!(
            read("income", b"answer=1%2C200"),
            Ok(vec![("household_income_per_person", serde_json::json!(1200))])
        );
        assert!(read("income", b"answer=-5").is_err());
        assert!(read("income", b"answer=lots").is_err());
    }

    #[test]
    fn a_bad_certificate_number_says_what_is_wrong() {
        let error = read("certificate-number", b"answer=110105194912310021").err();
        assert_eq!(
            error,
            Some(("api-error-id".into(), vec![("problem", "wrong_length".into())]))
        );
        assert_eq!(
            read("certificate-number", b"answer="),
            Ok(vec![("certificate_number", Value::Null)])
        );
    }

    #[test]
    fn unticked_flags_are_no_unless_not_sure() {
        assert_eq!(
            read("child", b"answer=autism"),
            Ok(vec![
                ("autism", Value::Bool(true)),
                ("cerebral_palsy", Value::Bool(false))
            ])
        );
        assert_eq!(
            read("child", b"answer=autism&answer=not_sure"),
            Ok(vec![
                ("autism", Value::Bool(true)),
                ("cerebral_palsy", Value::Null)
            ])
        );
        assert_eq!(
            read("child", b"answer=none"),
            Ok(vec![
                ("autism", Value::Bool(false)),
                ("cerebral_palsy", Value::Bool(false))
            ])
        );
        assert_eq!(
            read("child", b"answer=not_sure"),
            Ok(vec![("autism", Value::Null), ("cerebral_palsy", Value::Null)])
        );
    }

    #[test]
    fn a_tick_box_question_needs_an_answer_and_none_stands_alone() {
        assert_eq!(read("child", b""), Err(problem("check-q-child-error")));
        assert_eq!(
            read("needs", b"answer=wings"),
            Err(problem("check-q-needs-error"))
        );
        assert_eq!(
            read("vehicle", b"answer=none&answer=own_vehicle"),
            Err(problem("check-tick-none-alone"))
        );
        assert_eq!(
            read("needs", b"answer=none&answer=not_sure"),
            Err(problem("check-tick-none-alone"))
        );
    }

    #[test]
    fn needs_not_sure_lists_the_unticked_ones() {
        assert_eq!(
            read("needs", b"answer=prosthesis&answer=wings"),
            Ok(vec![
                ("needs", serde_json::json!(["prosthesis"])),
                ("needs_not_sure", Value::Null)
            ])
        );
        assert_eq!(
            read("needs", b"answer=prosthesis&answer=not_sure"),
            Ok(vec![
                ("needs", serde_json::json!(["prosthesis"])),
                (
                    "needs_not_sure",
                    serde_json::json!([
                        "assistive_device",
                        "home_adaptation",
                        "cochlear_implant",
                        "rehab_training"
                    ])
                )
            ])
        );
        assert_eq!(
            read("needs", b"answer=not_sure"),
            Ok(vec![("needs", Value::Null), ("needs_not_sure", Value::Null)])
        );
        assert_eq!(
            read("needs", b"answer=none"),
            Ok(vec![
                ("needs", serde_json::json!([])),
                ("needs_not_sure", Value::Null)
            ])
        );
    }

    #[test]
    fn the_kinds_of_a_multiple_disability() {
        assert_eq!(
            read("kinds", b"answer=visual&answer=hearing"),
            Ok(vec![(
                "multiple_categories",
                serde_json::json!(["visual", "hearing"])
            )])
        );
        assert_eq!(
            read("kinds", b"answer=visual&answer=not_sure"),
            Ok(vec![("multiple_categories", Value::Null)])
        );
    }
}
