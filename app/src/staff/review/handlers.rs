//! `/staff/applications/{id}` and the actions on it. An application outside
//! the staff member's scope is "page not found" whatever the id; an action
//! the role or level may not take is refused by `StaffMember::may`.

use super::pages::{Allowed, HistoryRow, NoteRow, ReviewDone, ReviewPage, ReviewView};
use super::store;
use crate::accounts::staff_account;
use crate::accounts::staff_session::{ReviewApplications, Staff};
use crate::applications::documents;
use crate::applications::store::{self as applications, Application, Decision, StoreError};
use crate::check::facts_from;
use crate::components::Done;
use crate::domain::applications::{ApplicationStatus, Move, Relationship};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::catalogue::{entitlement, EntitlementId};
use crate::domain::check_one;
use crate::domain::local_time::{date_in_chongqing, utc_to_chongqing};
use crate::domain::staff::{working_days_between, Denied, RefusalReason, StaffAction};
use crate::forms::FormState;
use crate::i18n::{dates, Lang};
use crate::web::audit::AuditedChange;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PathIds, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use http::{HeaderValue, Uri};
use serde_json::Value;
use std::collections::HashMap;

/// Largest approved amount accepted, in yuan: well above any entitlement.
const MAX_AMOUNT: f64 = 1_000_000.0;
/// Longest message, reason or note, in characters.
const MAX_TEXT: usize = 2000;

type Reviewer = Staff<ReviewApplications>;

fn at_text(at: DateTime<Utc>) -> String {
    dates::numeric_date_time(utc_to_chongqing(at))
}

fn may_move(staff: &Reviewer, app: &Application, attempted: Move) -> Result<(), Denied> {
    staff.member.may(StaffAction::Review {
        area: app.area_code.as_deref().unwrap_or_default(),
        status: app.status(),
        attempted,
    })
}

fn allowed(staff: &Reviewer, app: &Application) -> Allowed {
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
    staff: &Reviewer,
    app: &Application,
    lang: Lang,
) -> PageResult<ReviewView> {
    let staff_names: HashMap<i32, String> = staff_account::all(&state.db)
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
    let today = state.clock.today();
    let submitted = app.submitted_at.map(date_in_chongqing).unwrap_or(today);
    let since = app.level_since.map(date_in_chongqing).unwrap_or(submitted);
    let name_of = |actor: &str| -> String {
        match actor.strip_prefix("staff:").and_then(|id| id.parse::<i32>().ok()) {
            Some(id) => staff_names.get(&id).cloned().unwrap_or_default(),
            None => applicant
                .as_ref()
                .map(|a| a.full_name.clone())
                .unwrap_or_default(),
        }
    };
    let history = store::history_entries(&state.db, app.id)
        .await?
        .iter()
        .map(|e| HistoryRow {
            status: ApplicationStatus::parse(&e.status),
            by: name_of(&e.actor),
            message: e.message.clone(),
            at: at_text(e.at),
        })
        .collect();
    let notes = store::notes(&state.db, app.id)
        .await?
        .into_iter()
        .map(|n| NoteRow {
            by: staff_names.get(&n.staff_id).cloned().unwrap_or_default(),
            body: n.body,
            at: at_text(n.at),
        })
        .collect();
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
        status: app.status(),
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
        documents: applications::documents(&state.db, app.id).await?,
        history,
        notes,
        allowed: allowed(staff, app),
        decision_amount: app.decision_amount,
        decision_start: app.decision_start,
        decision_reason: app.decision_reason.clone(),
    })
}

/// The application's page; with `form` (status 422) after a refused action.
async fn review_page(
    state: &PortalState,
    staff: &Reviewer,
    app: &Application,
    lang: Lang,
) -> PageResult<Page> {
    Ok(staff
        .page(ReviewPage)
        .with(review_view(state, staff, app, lang).await?))
}

async fn again(
    state: &PortalState,
    staff: &Reviewer,
    app: &Application,
    lang: Lang,
    form: FormState,
) -> PageResult<Response> {
    Ok(review_page(state, staff, app, lang)
        .await?
        .rejected(form)
        .into_response())
}

/// `GET /staff/applications/{id}`: every view is in the audit log.
pub async fn show(
    State(state): State<PortalState>,
    staff: Reviewer,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app: Application = staff.in_scope(&state.db, id).await?;
    staff
        .actor
        .record(
            &state.db,
            Audit::new(AuditAction::ViewApplication, AuditTarget::Application(app.id)),
        )
        .await?;
    review_page(&state, &staff, &app, lang).await
}

/// `GET /staff/applications/{id}/documents/{document}`, inline or (`?download=1`) as a download.
pub async fn document(
    State(state): State<PortalState>,
    staff: Reviewer,
    PathIds(id, document): PathIds,
    uri: Uri,
) -> PageResult<Response> {
    let app: Application = staff.in_scope(&state.db, id).await?;
    let found = applications::find_document(&state.db, &app, document)
        .await?
        .ok_or(PageError::NotFound)?;
    let audit = Audit::new(AuditAction::ViewDocument, AuditTarget::Application(app.id))
        .detail(format!("document {}", found.id));
    staff.actor.record(&state.db, audit).await?;
    let download = uri
        .query()
        .is_some_and(|q| q.split('&').any(|p| p == "download=1"));
    let mut response = documents::serve(&state.uploads, &found).await?;
    if download {
        let headers = response.headers_mut();
        let attachment = headers
            .get(http::header::CONTENT_DISPOSITION)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.replacen("inline", "attachment", 1))
            .and_then(|v| HeaderValue::from_str(&v).ok());
        if let Some(value) = attachment {
            headers.insert(http::header::CONTENT_DISPOSITION, value);
        }
    }
    Ok(response)
}

/// What the form says the reviewer decided, or what to fix.
fn read_decision(attempted: Move, form: &mut FormState) -> Option<Decision> {
    match attempted {
        Move::Pass => Some(Decision::Pass),
        Move::Approve => {
            let amount_text = form.value("amount").trim().replace([',', '，', '¥', '￥'], "");
            let amount = amount_text
                .parse::<f64>()
                .ok()
                .filter(|a| a.is_finite() && *a > 0.0 && *a <= MAX_AMOUNT);
            if amount.is_none() {
                form.add("amount", "staff-action-amount-error");
            }
            let start = form.date("start", "staff-action-start-error");
            Some(Decision::Approve {
                amount: amount?,
                start: start?,
            })
        }
        Move::Refuse => {
            let reason = form.choice("reason", RefusalReason::parse, "staff-action-reason-error");
            let details = form.text("details", MAX_TEXT, Some("staff-action-details-error"));
            Some(Decision::Refuse {
                reason: reason?.key().to_string(),
                details,
            })
        }
        Move::RequestInformation => {
            let message = form.text("message", MAX_TEXT, Some("staff-action-message-error"));
            Some(Decision::RequestInformation { message })
        }
        Move::Submit | Move::Withdraw | Move::Respond => None,
    }
}

fn done_of(attempted: Move) -> ReviewDone {
    match attempted {
        Move::Pass => ReviewDone::Pass,
        Move::Approve => ReviewDone::Approve,
        Move::Refuse => ReviewDone::Refuse,
        _ => ReviewDone::RequestInformation,
    }
}

/// One of the four actions: checked by `may`, validated, then recorded.
async fn act(
    state: PortalState,
    staff: Reviewer,
    lang: Lang,
    id: i32,
    sent: FormValues,
    attempted: Move,
) -> PageResult<Response> {
    let app: Application = staff.in_scope(&state.db, id).await?;
    let mut form = sent.to_form();
    match may_move(&staff, &app, attempted) {
        Ok(()) => {}
        Err(Denied::Level | Denied::Move) => {
            form.add("actions-heading", "staff-action-moved-on");
            return again(&state, &staff, &app, lang, form).await;
        }
        Err(Denied::Role | Denied::Scope) => return Err(PageError::NotAllowed(staff.nav)),
    }
    let decision = read_decision(attempted, &mut form);
    let Some(decision) = decision.filter(|_| !form.has_errors()) else {
        return again(&state, &staff, &app, lang, form).await;
    };
    let decided =
        match applications::decide(&state.db, &state.public_url, &app, &staff.actor, &decision).await {
            Ok(decided) => decided,
            Err(StoreError::Refused(_)) => false,
            Err(StoreError::Database(error)) => return Err(error.into()),
        };
    if !decided {
        // Someone else moved it first: show it as it is now.
        form.add("actions-heading", "staff-action-moved-on");
        let current: Application = staff.in_scope(&state.db, app.id).await?;
        return again(&state, &staff, &current, lang, form).await;
    }
    Ok(see_other(&format!(
        "/staff/applications/{}?done={}",
        app.id,
        done_of(attempted).key()
    )))
}

pub async fn pass(
    State(state): State<PortalState>,
    staff: Reviewer,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    act(state, staff, lang, id, sent, Move::Pass).await
}

pub async fn approve(
    State(state): State<PortalState>,
    staff: Reviewer,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    act(state, staff, lang, id, sent, Move::Approve).await
}

pub async fn refuse(
    State(state): State<PortalState>,
    staff: Reviewer,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    act(state, staff, lang, id, sent, Move::Refuse).await
}

pub async fn request_information(
    State(state): State<PortalState>,
    staff: Reviewer,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    act(state, staff, lang, id, sent, Move::RequestInformation).await
}

/// `POST /staff/applications/{id}/assign`: to a colleague at the same level, or to nobody.
pub async fn assign(
    State(state): State<PortalState>,
    staff: Reviewer,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let app: Application = staff.in_scope(&state.db, id).await?;
    let mut form = sent.to_form();
    if staff.member.role.reviews() != Some(app.status()) {
        form.add("actions-heading", "staff-action-moved-on");
        return again(&state, &staff, &app, lang, form).await;
    }
    let area = app.area_code.clone().unwrap_or_default();
    let colleagues = store::colleagues(&state.db, staff.member.role, &area).await?;
    let assignee = match form.value("assignee").as_str() {
        "" => None,
        text => match text
            .parse::<i32>()
            .ok()
            .filter(|id| colleagues.iter().any(|c| c.id == *id))
        {
            Some(id) => Some(id),
            None => {
                form.add("assignee", "staff-review-assign-error");
                return again(&state, &staff, &app, lang, form).await;
            }
        },
    };
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
    applications::assign(change.db(), &app, assignee).await?;
    let audit = Audit::new(AuditAction::Assign, AuditTarget::Application(app.id))
        .detail(assignee.map_or_else(|| "nobody".to_string(), |id| format!("staff:{id}")));
    change.commit(audit).await?;
    Ok(see_other(&format!(
        "/staff/applications/{}?done={}",
        app.id,
        ReviewDone::Assign.key()
    )))
}

/// `POST /staff/applications/{id}/notes`: an internal note the applicant never sees.
pub async fn add_note(
    State(state): State<PortalState>,
    staff: Reviewer,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let app: Application = staff.in_scope(&state.db, id).await?;
    let mut form = sent.to_form();
    let note = form.text("note", MAX_TEXT, Some("staff-review-note-error"));
    if form.has_errors() {
        return again(&state, &staff, &app, lang, form).await;
    }
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
    store::add_note(change.db(), app.id, staff.account.id, &note, staff.actor.at).await?;
    change
        .commit(Audit::new(AuditAction::AddNote, AuditTarget::Application(app.id)))
        .await?;
    Ok(see_other(&format!(
        "/staff/applications/{}?done={}#notes-heading",
        app.id,
        ReviewDone::Note.key()
    )))
}
