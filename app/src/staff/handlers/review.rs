//! `/staff/applications/{id}` and the actions on it. An application outside
//! the staff member's scope is "page not found" whatever the id; an action
//! the role or level may not take is refused by `StaffMember::may`.

use super::{client, here, not_allowed, not_found, page, render_as, signed_in};
use crate::applications::documents;
use crate::applications::store::{self as applications, Application, Decision, StoreError};
use crate::applications::DocumentRow;
use crate::check::facts_from;
use crate::domain::applications::{ApplicationStatus, Move, Relationship};
use crate::domain::catalogue::{entitlement, EntitlementId};
use crate::domain::check_one;
use crate::domain::staff::{working_days_between, Denied, RefusalReason, StaffAction};
use crate::forms::FormState;
use crate::staff::audit::{self, AuditAction};
use crate::staff::queue_store;
use crate::staff::review::{Allowed, HistoryRow, NoteRow, ReviewView};
use crate::staff::session::Staff;
use crate::staff::store;
use crate::web::today_in_chongqing;
use crate::web::Early;
use crate::web::{failed, request_lang, see_other, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use http::StatusCode;
use leptos::prelude::provide_context;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde_json::Value;
use std::collections::HashMap;
use tower_sessions::Session;

/// Largest approved amount accepted, in yuan: well above any entitlement.
const MAX_AMOUNT: f64 = 1_000_000.0;
/// Longest message, reason or note, in characters.
const MAX_TEXT: usize = 2000;

fn china_time(at: DateTime<Utc>) -> String {
    (at + Duration::hours(8)).format("%Y-%m-%d %H:%M").to_string()
}

/// The signed-in reviewer and the application in the URL, in their scope.
async fn load(
    state: &PortalState,
    session: &Session,
    id: &str,
    request: Request,
) -> Result<(Staff, Application, Request), Response> {
    let staff = signed_in(state, session, here(&request)).await?;
    let area = staff.member.area.clone();
    if staff.member.may(StaffAction::ViewApplication { area: &area }) == Err(Denied::Role) {
        return Err(not_allowed(state, &staff, request).await);
    }
    let Ok(id) = id.parse::<i32>() else {
        return Err(not_found(state, request).await);
    };
    let found = match queue_store::find_in_scope(&state.db, &staff, id).await {
        Ok(found) => found,
        Err(error) => return Err(failed(error)),
    };
    let Some(app) = found else {
        return Err(not_found(state, request).await);
    };
    let app_area = app.area_code.clone().unwrap_or_default();
    if staff
        .member
        .may(StaffAction::ViewApplication { area: &app_area })
        .is_err()
    {
        return Err(not_found(state, request).await);
    }
    Ok((staff, app, request))
}

fn may_move(staff: &Staff, app: &Application, attempted: Move) -> Result<(), Denied> {
    staff.member.may(StaffAction::Review {
        area: app.area_code.as_deref().unwrap_or_default(),
        status: app.status(),
        attempted,
    })
}

fn allowed(staff: &Staff, app: &Application) -> Allowed {
    let may = |m| may_move(staff, app, m).is_ok();
    Allowed {
        pass: may(Move::Pass),
        approve: may(Move::Approve),
        refuse: may(Move::Refuse),
        request_information: may(Move::RequestInformation),
        assign: staff.member.role.reviews() == Some(app.status()),
    }
}

/// The checker's result for this entitlement, with the parameters in force
/// on the day the application was submitted.
fn recomputed(
    state: &PortalState,
    app: &Application,
    submitted: NaiveDate,
) -> Option<crate::domain::Outcome> {
    let details = EntitlementId::parse(&app.entitlement).and_then(entitlement)?;
    let mut answers = app.answer_map();
    answers.insert(
        "certificate_number".into(),
        Value::String(app.person_details().certificate_number),
    );
    let facts = facts_from(&answers);
    let parameters = state.parameters.current();
    Some(check_one(details, &facts, &parameters.snapshot(submitted)))
}

async fn review_view(
    state: &PortalState,
    staff: &Staff,
    app: &Application,
    lang: crate::i18n::Lang,
) -> Result<ReviewView, DbErr> {
    let staff_names: HashMap<i32, String> = store::all(&state.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.display_name))
        .collect();
    let applicant = crate::accounts::resident::find(&state.db, app.account_id).await?;
    let relationship =
        Relationship::parse(&app.person_details().relationship).filter(|_| app.helped_person_id.is_some());
    let area_name = match app.area_code.as_deref() {
        Some(code) => state.areas.name_of(code, lang),
        None => String::new(),
    };
    let china_date = |at: DateTime<Utc>| (at + Duration::hours(8)).date_naive();
    let today = today_in_chongqing();
    let submitted = app.submitted_at.map(china_date).unwrap_or(today);
    let since = app.level_since.map(china_date).unwrap_or(submitted);
    let events = applications::event::Entity::find()
        .filter(applications::event::Column::ApplicationId.eq(app.id))
        .order_by_asc(applications::event::Column::Id)
        .all(&state.db)
        .await?;
    let name_of = |actor: &str| -> String {
        match actor.strip_prefix("staff:").and_then(|id| id.parse::<i32>().ok()) {
            Some(id) => staff_names.get(&id).cloned().unwrap_or_default(),
            None => applicant
                .as_ref()
                .map(|a| a.full_name.clone())
                .unwrap_or_default(),
        }
    };
    let history = events
        .iter()
        .map(|e| HistoryRow {
            status: ApplicationStatus::parse(&e.status),
            by: name_of(&e.actor),
            message: e.message.clone(),
            at: china_time(e.at),
        })
        .collect();
    let notes = store::notes(&state.db, app.id)
        .await?
        .into_iter()
        .map(|n| NoteRow {
            by: staff_names.get(&n.staff_id).cloned().unwrap_or_default(),
            body: n.body,
            at: china_time(n.at),
        })
        .collect();
    let documents: Vec<DocumentRow> = applications::documents(&state.db, app.id).await?;
    let colleagues = match staff.member.role.reviews() {
        Some(_) => store::colleagues(
            &state.db,
            staff.member.role,
            app.area_code.as_deref().unwrap_or_default(),
        )
        .await?
        .into_iter()
        .map(|s| (s.id, s.display_name))
        .collect(),
        None => Vec::new(),
    };
    Ok(ReviewView {
        id: app.id,
        reference: app.reference.clone().unwrap_or_default(),
        entitlement: app.entitlement.clone(),
        status: Some(app.status()),
        person: app.person_details(),
        area_name,
        applicant_name: applicant
            .as_ref()
            .map(|a| a.full_name.clone())
            .unwrap_or_default(),
        applicant_email: applicant.map(|a| a.email).unwrap_or_default(),
        relationship,
        submitted,
        days_at_level: working_days_between(since, today),
        overdue: state.service_levels.is_overdue(app.status(), since, today),
        assignee: app.assigned_to.and_then(|id| staff_names.get(&id).cloned()),
        colleagues,
        me: staff.account.id,
        answers: app.answer_map(),
        outcome: recomputed(state, app, submitted),
        documents,
        history,
        notes,
        allowed: allowed(staff, app),
        decision_amount: app.decision_amount,
        decision_start: app.decision_start,
        decision_reason: app.decision_reason.clone(),
    })
}

/// Renders the application's page; `form` (with status 422) after a refused action.
async fn render(
    state: &PortalState,
    staff: &Staff,
    app: &Application,
    request: Request,
    form: Option<FormState>,
) -> Response {
    let lang = request_lang(request.headers());
    let view = match review_view(state, staff, app, lang).await {
        Ok(view) => view,
        Err(error) => return failed(error),
    };
    let Some(form) = form else {
        return page(state, staff, request, move || provide_context(view.clone())).await;
    };
    let staff_view = super::staff_view(state, staff, lang);
    let path = format!("/staff/applications/{}", app.id);
    render_as(
        state,
        request,
        &path,
        StatusCode::UNPROCESSABLE_ENTITY,
        move || {
            provide_context(staff_view.clone());
            provide_context(view.clone());
            provide_context(form.clone());
        },
    )
    .await
}

/// `GET /staff/applications/{id}`: every view is in the audit log.
pub async fn show(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, app, request) = load(&state, &session, &id, request).await?;
    let actor = staff.actor(client(&state, &request));
    let target = format!("application:{}", app.id);
    audit::record(&state.db, &actor, AuditAction::ViewApplication, &target, None)
        .await
        .map_err(failed)?;
    Ok(render(&state, &staff, &app, request, None).await)
}

/// `GET /staff/applications/{id}/documents/{document}`, inline or (`?download=1`) as a download.
pub async fn document(
    State(state): State<PortalState>,
    session: Session,
    Path((id, document)): Path<(String, String)>,
    request: Request,
) -> Early<Response> {
    let (staff, app, request) = load(&state, &session, &id, request).await?;
    let Ok(document) = document.parse::<i32>() else {
        return Err(not_found(&state, request).await);
    };
    let Some(found) = applications::find_document(&state.db, &app, document)
        .await
        .map_err(failed)?
    else {
        return Err(not_found(&state, request).await);
    };
    let actor = staff.actor(client(&state, &request));
    let target = format!("application:{}", app.id);
    let detail = Some(format!("document {}", found.id));
    audit::record(&state.db, &actor, AuditAction::ViewDocument, &target, detail)
        .await
        .map_err(failed)?;
    let download = request
        .uri()
        .query()
        .is_some_and(|q| q.split('&').any(|p| p == "download=1"));
    let mut response = documents::serve(&state.uploads, &found).await;
    if download {
        let headers = response.headers_mut();
        let attachment = headers
            .get(http::header::CONTENT_DISPOSITION)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.replacen("inline", "attachment", 1))
            .and_then(|v| http::HeaderValue::from_str(&v).ok());
        if let Some(value) = attachment {
            headers.insert(http::header::CONTENT_DISPOSITION, value);
        }
    }
    Ok(response)
}

fn text_field(form: &mut FormState, sent: &FormValues, field: &str, empty_id: &str) -> Option<String> {
    let text = sent.get(field).unwrap_or_default().trim().to_string();
    if text.is_empty() {
        form.add(field, empty_id);
        return None;
    }
    if text.chars().count() > MAX_TEXT {
        form.add_with(field, "staff-text-too-long", vec![("max", MAX_TEXT.to_string())]);
        return None;
    }
    Some(text)
}

/// What the form says the reviewer decided, or what to fix.
fn read_decision(attempted: Move, sent: &FormValues, form: &mut FormState) -> Option<Decision> {
    match attempted {
        Move::Pass => Some(Decision::Pass),
        Move::Approve => {
            let amount_text = sent
                .get("amount")
                .unwrap_or_default()
                .trim()
                .replace([',', '，', '¥', '￥'], "");
            let amount = amount_text
                .parse::<f64>()
                .ok()
                .filter(|a| a.is_finite() && *a > 0.0 && *a <= MAX_AMOUNT);
            if amount.is_none() {
                form.add("amount", "staff-action-amount-error");
            }
            let start =
                NaiveDate::parse_from_str(sent.get("start").unwrap_or_default().trim(), "%Y-%m-%d").ok();
            if start.is_none() {
                form.add("start", "staff-action-start-error");
            }
            Some(Decision::Approve {
                amount: amount?,
                start: start?,
            })
        }
        Move::Refuse => {
            let reason = RefusalReason::parse(sent.get("reason").unwrap_or_default());
            if reason.is_none() {
                form.add("reason", "staff-action-reason-error");
            }
            let details = text_field(form, sent, "details", "staff-action-details-error");
            Some(Decision::Refuse {
                reason: reason?.key().to_string(),
                details: details?,
            })
        }
        Move::RequestInformation => {
            let message = text_field(form, sent, "message", "staff-action-message-error")?;
            Some(Decision::RequestInformation { message })
        }
        Move::Submit | Move::Withdraw | Move::Respond => None,
    }
}

fn done_key(attempted: Move) -> &'static str {
    match attempted {
        Move::Pass => "pass",
        Move::Approve => "approve",
        Move::Refuse => "refuse",
        _ => "request_information",
    }
}

/// One of the four actions: checked by `may`, validated, then recorded.
async fn act(
    state: PortalState,
    session: Session,
    id: String,
    request: Request,
    attempted: Move,
) -> Early<Response> {
    let (staff, app, request) = load(&state, &session, &id, request).await?;
    let actor = staff.actor(client(&state, &request));
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let request = Request::from_parts(parts, axum::body::Body::empty());
    match may_move(&staff, &app, attempted) {
        Ok(()) => {}
        Err(Denied::Level | Denied::Move) => {
            form.add("actions-heading", "staff-action-moved-on");
            return Ok(render(&state, &staff, &app, request, Some(form)).await);
        }
        Err(Denied::Role | Denied::Scope) => return Err(not_allowed(&state, &staff, request).await),
    }
    let decision = read_decision(attempted, &sent, &mut form);
    let Some(decision) = decision.filter(|_| !form.has_errors()) else {
        return Ok(render(&state, &staff, &app, request, Some(form)).await);
    };
    let decided = match applications::decide(&state.db, &state.public_url, &app, &actor, &decision).await {
        Ok(decided) => decided,
        Err(StoreError::Refused(_)) => false,
        Err(StoreError::Database(error)) => return Err(failed(error)),
    };
    if !decided {
        // Someone else moved it first: show it as it is now.
        form.add("actions-heading", "staff-action-moved-on");
        let current = queue_store::find_in_scope(&state.db, &staff, app.id)
            .await
            .ok()
            .flatten();
        let shown = current.as_ref().unwrap_or(&app);
        return Ok(render(&state, &staff, shown, request, Some(form)).await);
    }
    let done = done_key(attempted);
    Ok(see_other(&format!("/staff/applications/{}?done={done}", app.id)))
}

pub async fn pass(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    act(state, session, id, request, Move::Pass).await
}

pub async fn approve(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    act(state, session, id, request, Move::Approve).await
}

pub async fn refuse(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    act(state, session, id, request, Move::Refuse).await
}

pub async fn request_information(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    act(state, session, id, request, Move::RequestInformation).await
}

/// `POST /staff/applications/{id}/assign`: to a colleague at the same level, or to nobody.
pub async fn assign(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, app, request) = load(&state, &session, &id, request).await?;
    let actor = staff.actor(client(&state, &request));
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let request = Request::from_parts(parts, axum::body::Body::empty());
    if staff.member.role.reviews() != Some(app.status()) {
        let mut form = FormState::new(sent.pairs().to_vec());
        form.add("actions-heading", "staff-action-moved-on");
        return Ok(render(&state, &staff, &app, request, Some(form)).await);
    }
    let area = app.area_code.clone().unwrap_or_default();
    let colleagues = store::colleagues(&state.db, staff.member.role, &area)
        .await
        .map_err(failed)?;
    let chosen = sent.get("assignee").unwrap_or_default();
    let assignee = match chosen {
        "" => None,
        text => match text
            .parse::<i32>()
            .ok()
            .filter(|id| colleagues.iter().any(|c| c.id == *id))
        {
            Some(id) => Some(id),
            None => {
                let mut form = FormState::new(sent.pairs().to_vec());
                form.add("assignee", "staff-review-assign-error");
                return Ok(render(&state, &staff, &app, request, Some(form)).await);
            }
        },
    };
    let saved = async {
        let txn = state.db.begin().await?;
        applications::assign(&txn, &app, assignee).await?;
        let detail = Some(assignee.map_or_else(|| "nobody".to_string(), |id| format!("staff:{id}")));
        audit::record(
            &txn,
            &actor,
            AuditAction::Assign,
            &format!("application:{}", app.id),
            detail,
        )
        .await?;
        txn.commit().await
    };
    saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/applications/{}?done=assign", app.id)))
}

/// `POST /staff/applications/{id}/notes`: an internal note the applicant never sees.
pub async fn add_note(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, app, request) = load(&state, &session, &id, request).await?;
    let actor = staff.actor(client(&state, &request));
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let request = Request::from_parts(parts, axum::body::Body::empty());
    let mut form = FormState::new(sent.pairs().to_vec());
    let Some(note) = text_field(&mut form, &sent, "note", "staff-review-note-error") else {
        return Ok(render(&state, &staff, &app, request, Some(form)).await);
    };
    let saved = async {
        let txn = state.db.begin().await?;
        store::add_note(&txn, app.id, staff.account.id, &note).await?;
        audit::record(
            &txn,
            &actor,
            AuditAction::AddNote,
            &format!("application:{}", app.id),
            None,
        )
        .await?;
        txn.commit().await
    };
    saved.await.map_err(failed)?;
    Ok(see_other(&format!(
        "/staff/applications/{}?done=note#notes-heading",
        app.id
    )))
}
