//! The checker's requests: answers live in the session under one key, as the
//! API's JSON fields, so the same parser turns them into facts.

use super::questions::{next_after, question, Kind, Question};
use super::{facts_from, CheckState, ANSWER};
use crate::domain::answers::api_name;
use crate::domain::answers::value_from_text;
use crate::domain::facts::Need;
use crate::domain::resident_id::CertificateNumber;
use crate::web::today_in_chongqing;
use crate::web::{render_page, see_other, FormValues, PortalState};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::{Datelike, NaiveDate};
use http::StatusCode;
use leptos::prelude::provide_context;
use serde_json::{Map, Value};
use tower_sessions::Session;

/// Also read by `/apply/{entitlement}`, which carries the answers into an application.
pub const ANSWERS_KEY: &str = "check_answers";

pub async fn load(session: &Session) -> Map<String, Value> {
    session
        .get::<Map<String, Value>>(ANSWERS_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn is_changing(request: &Request) -> bool {
    request
        .uri()
        .query()
        .is_some_and(|q| q.split('&').any(|p| p == "change=1"))
}

async fn render(state: &PortalState, request: Request, check: CheckState) -> Response {
    render_page(state, request, move || provide_context(check.clone())).await
}

/// `GET /check/q/{slug}`, `/check/answers`, `/check/results` and `/check`:
/// the page with the answers so far.
pub async fn show(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let answers = load(&session).await;
    let changing = is_changing(&request);
    render(
        &state,
        request,
        CheckState {
            answers,
            changing,
            ..CheckState::default()
        },
    )
    .await
}

/// `POST /check/q/{slug}`: keep the answer and go on, or show what to fix.
pub async fn answer(
    State(state): State<PortalState>,
    session: Session,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let changing = is_changing(&request);
    let Some(question) = question(&slug) else {
        return show(State(state), session, request).await;
    };
    let (parts, body) = request.into_parts();
    let form = FormValues::read(body).await;
    let mut answers = load(&session).await;
    match read_answer(question, &form, today_in_chongqing()) {
        Ok(values) => {
            for (field, value) in values {
                if value.is_null() {
                    answers.remove(field);
                } else {
                    answers.insert(field.to_string(), value);
                }
            }
            if session.insert(ANSWERS_KEY, &answers).await.is_err() {
                tracing::error!("could not save the checker's answers in the session");
            }
            let facts = facts_from(&answers);
            let next = match next_after(Some(question.slug), &facts, today_in_chongqing()) {
                Some(next) if !changing => format!("/check/q/{}", next.slug),
                _ => "/check/answers".to_string(),
            };
            see_other(&next)
        }
        Err(error) => {
            let check = CheckState {
                answers,
                sent: Some(form.pairs().to_vec()),
                error: Some(error),
                changing,
                base: None,
            };
            let mut response = render(&state, Request::from_parts(parts, Body::empty()), check).await;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
    }
}

/// `POST /check/start-again`: forget every answer.
pub async fn start_again(session: Session) -> Response {
    let _ = session.remove::<Map<String, Value>>(ANSWERS_KEY).await;
    see_other("/check")
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
            let ticked = form.get_all(ANSWER);
            Ok(question
                .fields
                .iter()
                .map(|f| (*f, Value::Bool(ticked.contains(f))))
                .collect())
        }
        Kind::Needs => {
            let needs: Vec<Value> = form
                .get_all(ANSWER)
                .into_iter()
                .filter(|v| serde_json::from_value::<Need>(Value::String(v.to_string())).is_ok())
                .map(|v| Value::String(v.to_string()))
                .collect();
            Ok(vec![(field, Value::Array(needs))])
        }
    }
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
    fn unticked_flags_are_no() {
        assert_eq!(
            read("child", b"answer=autism"),
            Ok(vec![
                ("autism", Value::Bool(true)),
                ("cerebral_palsy", Value::Bool(false))
            ])
        );
        assert_eq!(
            read("needs", b"answer=prosthesis&answer=wings"),
            Ok(vec![("needs", serde_json::json!(["prosthesis"]))])
        );
    }
}
