//! `GET` and `POST /staff/parameters`.

use super::{allowed, client, page, render_as};
use crate::domain::answers::api_name;
use crate::domain::parameters::ParameterId;
use crate::domain::staff::StaffAction;
use crate::entitlements::store::load_parameters;
use crate::forms::FormState;
use crate::staff::audit::{self, AuditAction};
use crate::staff::parameters::{ParameterRow, ParametersView};
use crate::web::today_in_chongqing;
use crate::web::Early;
use crate::web::{failed, request_lang, see_other, FormValues, PortalState};
use axum::extract::{Request, State};
use axum::response::Response;
use chrono::NaiveDate;
use http::StatusCode;
use leptos::prelude::provide_context;
use sea_orm::sea_query::{Alias, Query};
use sea_orm::{ConnectionTrait, TransactionTrait};
use tower_sessions::Session;

const MAX_SOURCE: usize = 512;

fn view(state: &PortalState) -> ParametersView {
    let parameters = state.parameters.current();
    let today = today_in_chongqing();
    let mut values = parameters.values().to_vec();
    values.sort_by_key(|v| {
        let position = ParameterId::ALL.iter().position(|p| *p == v.parameter);
        (position, std::cmp::Reverse(v.effective_from))
    });
    let rows = values
        .into_iter()
        .map(|v| ParameterRow {
            parameter: Some(v.parameter),
            value: v.value.map(|n| n.to_string()).unwrap_or_else(|| "—".to_string()),
            effective_from: v.effective_from.to_string(),
            in_force: parameters.in_force(v.parameter, today) == Some(&v),
            source: v.source,
        })
        .collect();
    ParametersView { rows }
}

/// `GET /staff/parameters`.
pub async fn show(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::EditParameters).await?;
    let view = view(&state);
    Ok(page(&state, &staff, request, move || provide_context(view.clone())).await)
}

struct NewValue {
    parameter: ParameterId,
    value: f64,
    effective_from: NaiveDate,
    source: String,
}

fn read(sent: &FormValues, form: &mut FormState) -> Option<NewValue> {
    let parameter = ParameterId::ALL
        .into_iter()
        .find(|p| Some(api_name(*p).as_str()) == sent.get("parameter"));
    if parameter.is_none() {
        form.add("parameter", "staff-parameters-parameter-error");
    }
    let value = sent
        .get("value")
        .unwrap_or_default()
        .trim()
        .replace([',', '，'], "")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0);
    if value.is_none() {
        form.add("value", "staff-parameters-value-error");
    }
    let effective_from =
        NaiveDate::parse_from_str(sent.get("effective_from").unwrap_or_default().trim(), "%Y-%m-%d").ok();
    match effective_from {
        None => form.add("effective_from", "staff-parameters-from-error"),
        Some(date) if date < today_in_chongqing() => form.add("effective_from", "staff-parameters-from-past"),
        Some(_) => {}
    }
    let source = sent.get("source").unwrap_or_default().trim().to_string();
    if source.is_empty() || source.chars().count() > MAX_SOURCE {
        form.add("source", "staff-parameters-source-error");
    }
    Some(NewValue {
        parameter: parameter?,
        value: value?,
        effective_from: effective_from?,
        source,
    })
}

/// `POST /staff/parameters`: a new dated value; earlier values stay.
pub async fn add(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = allowed(&state, &session, request, StaffAction::EditParameters).await?;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts, axum::body::Body::empty());
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let new_value = read(&sent, &mut form);
    let clash = new_value.as_ref().is_some_and(|v| {
        state
            .parameters
            .current()
            .values()
            .iter()
            .any(|d| d.parameter == v.parameter && d.effective_from == v.effective_from)
    });
    if clash {
        form.add("effective_from", "staff-parameters-from-taken");
    }
    let Some(new_value) = new_value.filter(|_| !form.has_errors()) else {
        let staff_view = super::staff_view(&state, &staff, lang);
        let view = view(&state);
        let context = move || {
            provide_context(staff_view.clone());
            provide_context(view.clone());
            provide_context(form.clone());
        };
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(render_as(&state, request, "/staff/parameters", status, context).await);
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let mut insert = Query::insert();
        insert
            .into_table(Alias::new("rule_parameter"))
            .columns(["parameter", "value", "effective_from", "source"].map(Alias::new))
            .values_panic([
                api_name(new_value.parameter).into(),
                new_value.value.into(),
                new_value.effective_from.into(),
                new_value.source.clone().into(),
            ]);
        txn.execute(txn.get_database_backend().build(&insert)).await?;
        let detail = Some(format!(
            "{} = {} from {} ({})",
            api_name(new_value.parameter),
            new_value.value,
            new_value.effective_from,
            new_value.source
        ));
        let target = format!("parameter:{}", api_name(new_value.parameter));
        audit::record(&txn, &actor, AuditAction::AddParameter, &target, detail).await?;
        txn.commit().await?;
        load_parameters(&state.db).await
    };
    let parameters = saved.await.map_err(failed)?;
    state.parameters.replace(parameters);
    Ok(see_other("/staff/parameters?done=added"))
}
