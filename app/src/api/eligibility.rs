//! `POST /api/v1/eligibility`: the checker for partner systems. A JSON
//! object of facts in (every field optional), one result per entitlement out, with
//! reasons in the language of `Accept-Language`. Bad input gets 400 or 413
//! with a JSON error naming the field; never a 500.

use crate::domain::answers::{api_name, parse_request, FieldError, Problem};
use crate::domain::{check, Outcome};
use crate::entitlements::text;
use crate::i18n::Lang;
use crate::web::PortalState;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

pub const BODY_LIMIT: usize = 64 * 1024;

fn error_response(error: FieldError, lang: Lang) -> Response {
    let status = if error.problem == Problem::TooLarge {
        StatusCode::PAYLOAD_TOO_LARGE
    } else {
        StatusCode::BAD_REQUEST
    };
    let body = json!({ "error": { "field": error.field, "code": error.code(), "message": text::field_error(lang, &error) } });
    (status, Json(body)).into_response()
}

fn result_json(outcome: &Outcome, lang: Lang) -> Value {
    json!({
        "id": outcome.id.code(),
        "status": api_name(outcome.status),
        "amount": outcome.amount.as_ref().map(|a| json!({
            "value": a.value,
            "unit": api_name(a.unit),
            "effective_from": a.effective_from.to_string(),
        })),
        "reasons": outcome.reasons.iter().map(|r| json!({
            "met": r.met.as_option(),
            "text": text::reason(lang, r),
        })).collect::<Vec<_>>(),
        "missing_facts": outcome.missing_facts.iter().map(api_name).collect::<Vec<_>>(),
    })
}

pub async fn eligibility(State(state): State<PortalState>, headers: HeaderMap, body: Body) -> Response {
    let lang = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
        .unwrap_or_default();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        return error_response(FieldError::whole(Problem::TooLarge), lang);
    };
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(&bytes) else {
        return error_response(FieldError::whole(Problem::NotJson), lang);
    };
    let (date, facts) = match parse_request(&map) {
        Ok(parsed) => parsed,
        Err(error) => return error_response(error, lang),
    };
    let date = date.unwrap_or_else(|| state.clock.today());
    let outcomes = check(&facts, date, &state.parameters.current());
    let mut response = Json(json!({
        "date": date.to_string(),
        "results": outcomes.iter().map(|o| result_json(o, lang)).collect::<Vec<_>>(),
    }))
    .into_response();
    if let Ok(value) = header::HeaderValue::from_str(lang.tag()) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, value);
    }
    response
}
