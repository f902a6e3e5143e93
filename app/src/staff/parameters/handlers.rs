//! `GET` and `POST /staff/parameters`.

use super::pages::{
    AppealTermsRow, AppealTermsView, ParameterRow, ParametersPage, ParametersView, ReviewRow,
};
use super::store::{add_review, reviews, Review};
use crate::accounts::staff_session::{EditParameters, Staff};
use crate::applications::appeal_terms;
use crate::domain::answers::api_name;
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::decisions::{terms_on, AppealTerms};
use crate::domain::parameters::{DatedValue, ParameterId, Parameters};
use crate::domain::reviews::{last_reviewed, review_status};
use crate::entitlements::store::{add_parameter, load_parameters};
use crate::forms::FormState;
use crate::web::{see_other, FormValues, Page, PageResult, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

const MAX_SOURCE: usize = 512;
const MAX_BODY: usize = 200;
const MAX_NOTE: usize = 200;

type Admin = Staff<EditParameters>;

fn view(state: &PortalState, recorded: &[Review]) -> ParametersView {
    let parameters = state.parameters.current();
    let today = state.clock.today();
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
    ParametersView {
        rows,
        reviews: review_rows(&parameters, recorded, today),
    }
}

/// Each parameter's last review and whether the next one is due, by the
/// server's clock.
fn review_rows(parameters: &Parameters, recorded: &[Review], today: chrono::NaiveDate) -> Vec<ReviewRow> {
    ParameterId::ALL
        .into_iter()
        .map(|parameter| {
            let mine: Vec<&Review> = recorded.iter().filter(|r| r.parameter == parameter).collect();
            let dates: Vec<_> = mine.iter().map(|r| r.reviewed_on).collect();
            let last = last_reviewed(parameters, parameter, &dates, today);
            // The note of the latest recorded review, when that is the last review.
            let note = mine
                .iter()
                .rev()
                .find(|r| Some(r.reviewed_on) == last)
                .map(|r| r.note.clone());
            ReviewRow {
                parameter,
                last_reviewed: last,
                note,
                every_months: parameter.review_every_months(),
                status: review_status(parameter, last, today),
            }
        })
        .collect()
}

async fn page(state: &PortalState, staff: &Admin) -> PageResult<Page> {
    let recorded = reviews(&state.db).await?;
    let terms = appeal_terms::all(&state.db).await?;
    let today = state.clock.today();
    let in_force = terms_on(&terms, today).cloned();
    let rows = terms
        .into_iter()
        .map(|terms| AppealTermsRow {
            in_force: in_force.as_ref() == Some(&terms),
            terms,
        })
        .collect();
    Ok(staff
        .page(ParametersPage)
        .with(view(state, &recorded))
        .with(AppealTermsView { rows }))
}

/// `GET /staff/parameters`.
pub async fn show(State(state): State<PortalState>, staff: Admin) -> PageResult<Page> {
    page(&state, &staff).await
}

/// A new value from the form, or what to fix. Values apply from today or
/// later: what applied before stays as it was.
fn read(state: &PortalState, form: &mut FormState) -> Option<DatedValue> {
    let parameter = form.choice(
        "parameter",
        |key| ParameterId::ALL.into_iter().find(|p| api_name(*p) == key),
        "staff-parameters-parameter-error",
    );
    let value = form
        .value("value")
        .trim()
        .replace([',', '，'], "")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0);
    if value.is_none() {
        form.add("value", "staff-parameters-value-error");
    }
    let effective_from = form.date("effective_from", "staff-parameters-from-error");
    if effective_from.is_some_and(|date| date < state.clock.today()) {
        form.add("effective_from", "staff-parameters-from-past");
    }
    let source = form.value("source").trim().to_string();
    if source.is_empty() || source.chars().count() > MAX_SOURCE {
        form.add("source", "staff-parameters-source-error");
    }
    let new_value = DatedValue {
        parameter: parameter?,
        value: Some(value?),
        effective_from: effective_from?,
        source,
    };
    let clash = state
        .parameters
        .current()
        .values()
        .iter()
        .any(|d| d.parameter == new_value.parameter && d.effective_from == new_value.effective_from);
    if clash {
        form.add("effective_from", "staff-parameters-from-taken");
    }
    (!form.has_errors()).then_some(new_value)
}

/// `POST /staff/parameters`: a new dated value; earlier values stay.
pub async fn add(State(state): State<PortalState>, staff: Admin, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(new_value) = read(&state, &mut form) else {
        return Ok(page(&state, &staff).await?.rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    add_parameter(change.db(), &new_value).await?;
    // Setting a new value is reviewing the parameter.
    let review = Review {
        parameter: new_value.parameter,
        reviewed_on: state.clock.today(),
        note: new_value.source.clone(),
    };
    add_review(change.db(), &review, staff.account.id).await?;
    let key = api_name(new_value.parameter);
    let audit = Audit::new(AuditAction::AddParameter, AuditTarget::Parameter(key.clone())).detail(format!(
        "{key} = {} from {} ({})",
        new_value.value.unwrap_or_default(),
        new_value.effective_from,
        new_value.source
    ));
    change.commit(audit).await?;
    state.parameters.replace(load_parameters(&state.db).await?);
    Ok(see_other("/staff/parameters?done=added"))
}

/// A review with no change, or what to fix.
fn read_review(state: &PortalState, form: &mut FormState) -> Option<Review> {
    let parameter = form.choice(
        "review_parameter",
        |key| ParameterId::ALL.into_iter().find(|p| api_name(*p) == key),
        "staff-parameters-review-parameter-error",
    );
    let note = form.text(
        "review_note",
        MAX_NOTE,
        Some("staff-parameters-review-note-error"),
    );
    if form.has_errors() {
        return None;
    }
    Some(Review {
        parameter: parameter?,
        reviewed_on: state.clock.today(),
        note,
    })
}

/// `POST /staff/parameters/review`: a parameter was checked today and its
/// value still holds; the note says against what.
pub async fn review(
    State(state): State<PortalState>,
    staff: Admin,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(review) = read_review(&state, &mut form) else {
        return Ok(page(&state, &staff).await?.rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    add_review(change.db(), &review, staff.account.id).await?;
    let key = api_name(review.parameter);
    let audit =
        Audit::new(AuditAction::ReviewParameter, AuditTarget::Parameter(key.clone())).detail(format!(
            "{key} reviewed on {}, no change ({})",
            review.reviewed_on, review.note
        ));
    change.commit(audit).await?;
    Ok(see_other("/staff/parameters?done=reviewed#review-heading"))
}

/// New terms for challenging decisions, or what to fix. Like parameter
/// values, they apply from today or later and earlier terms stay.
async fn read_terms(state: &PortalState, form: &mut FormState) -> PageResult<Option<AppealTerms>> {
    let body_zh = form.text("body_zh", MAX_BODY, Some("staff-appeal-body-zh-error"));
    let body_en = form.text("body_en", MAX_BODY, Some("staff-appeal-body-en-error"));
    let days = form.number("reconsideration_days", 1..=365, "staff-appeal-days-error");
    let months = form.number("lawsuit_months", 1..=60, "staff-appeal-months-error");
    let effective_from = form.date("terms_from", "staff-parameters-from-error");
    if effective_from.is_some_and(|date| date < state.clock.today()) {
        form.add("terms_from", "staff-parameters-from-past");
    }
    let existing = appeal_terms::all(&state.db).await?;
    if effective_from.is_some_and(|date| existing.iter().any(|t| t.effective_from == date)) {
        form.add("terms_from", "staff-parameters-from-taken");
    }
    if form.has_errors() {
        return Ok(None);
    }
    Ok(Some(AppealTerms {
        effective_from: effective_from.unwrap_or_default(),
        body_zh,
        body_en,
        reconsideration_days: days.and_then(|d| u32::try_from(d).ok()).unwrap_or_default(),
        lawsuit_months: months.and_then(|m| u32::try_from(m).ok()).unwrap_or_default(),
    }))
}

/// `POST /staff/parameters/appeal-terms`: where and by when decisions can be challenged.
pub async fn add_terms(
    State(state): State<PortalState>,
    staff: Admin,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(terms) = read_terms(&state, &mut form).await? else {
        return Ok(page(&state, &staff).await?.rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    appeal_terms::add(change.db(), &terms).await?;
    let audit = Audit::new(
        AuditAction::AddParameter,
        AuditTarget::Parameter("appeal_terms".to_string()),
    )
    .detail(format!(
        "{} / {}: {} days, {} months, from {}",
        terms.body_zh, terms.body_en, terms.reconsideration_days, terms.lawsuit_months, terms.effective_from
    ));
    change.commit(audit).await?;
    Ok(see_other("/staff/parameters?done=terms#appeal-heading"))
}
