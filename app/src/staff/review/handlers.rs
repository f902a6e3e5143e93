//! `/staff/applications/{id}` and the actions on it. An application outside
//! the staff member's scope is "page not found" whatever the id; an action
//! the role or level may not take is refused by `StaffMember::may`.

use super::pages::{Allowed, HistoryRow, NoteRow, ReviewDone, ReviewPage, ReviewView};
use super::store;
use crate::accounts::staff_account;
use crate::accounts::staff_session::{ReviewApplications, Scoped, Staff};
use crate::applications::pages::grant_text_in;
use crate::applications::store::{self as applications, Application, Decision, StoreError};
use crate::applications::views::PersonDetails;
use crate::applications::{decisions, documents};
use crate::check::facts_from;
use crate::components::{confirmed, Confirmation, ConfirmationPage, Done};
use crate::domain::applications::{ApplicationStatus, Move, Relationship};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::catalogue::{entitlement, EntitlementId};
use crate::domain::check_one;
use crate::domain::decisions::{Grant, GrantKind};
use crate::domain::local_time::{date_in_chongqing, utc_to_chongqing};
use crate::domain::staff::{Denied, RefusalReason, StaffAction};
use crate::forms::FormState;
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::web::working_calendar::working_calendar;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathIds, PortalState};
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
type AtApplication = Scoped<Application>;

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

/// The person's details, with the certificate number as the role may see it.
fn person_shown_to(staff: &Reviewer, app: &Application) -> PersonDetails {
    let person = app.person_details();
    PersonDetails {
        certificate_number: staff
            .member
            .role
            .certificate_number_shown(&person.certificate_number),
        ..person
    }
}

async fn review_view(state: &PortalState, staff: &Reviewer, app: &Application) -> PageResult<ReviewView> {
    let lang = staff.lang;
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
    let calendar = working_calendar(&state.db).await?;
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
            by_applicant: e.actor == "applicant",
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
        person: person_shown_to(staff, app),
        area_name,
        applicant_name: applicant
            .as_ref()
            .map(|a| a.full_name.clone())
            .unwrap_or_default(),
        applicant_email: applicant.map(|a| a.email).unwrap_or_default(),
        relationship,
        submitted,
        days_at_level: calendar.working_days_between(since, today),
        overdue: state
            .service_levels
            .is_overdue(app.status(), since, today, &calendar),
        assignee: app.assigned_to.and_then(|id| staff_names.get(&id).cloned()),
        colleagues,
        me: staff.account.id,
        answers: app.answer_map(),
        outcome: recomputed(state, app, submitted),
        documents: applications::documents(&state.db, app.id).await?,
        history,
        notes,
        allowed: allowed(staff, app),
        grant_kind: grant_kind(app),
        decision_grant: decisions::grant_of(app),
        decision_start: app.decision_start,
        decision_reason: app.decision_reason.clone(),
    })
}

/// The application's page.
async fn review_page(at: &AtApplication, app: &Application) -> PageResult<Page> {
    let view = review_view(&at.state, &at.staff, app).await?;
    Ok(at.page(ReviewPage).with(view))
}

/// The application's page with what to fix (422) after a refused action.
async fn again(at: &AtApplication, app: &Application, form: FormState) -> PageResult<Response> {
    Ok(review_page(at, app).await?.rejected(form).into_response())
}

fn back_to_application(app: &Application, done: ReviewDone, anchor: Option<&str>) -> Response {
    see_other(&done.at(&format!("/staff/applications/{}", app.id), anchor))
}

/// `GET /staff/applications/{id}`: every view is in the audit log.
pub async fn show(at: AtApplication) -> PageResult<Page> {
    let audit = Audit::new(
        AuditAction::ViewApplication,
        AuditTarget::Application(at.found.id),
    );
    at.staff.actor.record(&at.state.db, audit).await?;
    review_page(&at, &at.found).await
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

/// The yuan typed, if it is a sensible amount.
fn read_yuan(form: &FormState) -> Option<f64> {
    form.value("amount")
        .trim()
        .replace([',', '，', '¥', '￥', ' '], "")
        .parse::<f64>()
        .ok()
        .filter(|a| a.is_finite() && *a > 0.0 && *a <= MAX_AMOUNT)
}

/// What an approval grants: a sum in the entitlement's unit, or what is provided.
fn read_grant(kind: GrantKind, form: &mut FormState) -> Option<Grant> {
    match kind {
        GrantKind::Money(unit) => {
            let yuan = read_yuan(form);
            if yuan.is_none() {
                form.add("amount", "staff-action-amount-error");
            }
            Some(Grant::Money { yuan: yuan?, unit })
        }
        GrantKind::Provision => {
            let what = form.text("provision", MAX_TEXT, Some("staff-action-provision-error"));
            (!what.is_empty()).then_some(Grant::Provision(what))
        }
    }
}

/// What the form says the reviewer decided, or what to fix.
fn read_decision(attempted: Move, kind: GrantKind, form: &mut FormState) -> Option<Decision> {
    match attempted {
        Move::Pass => Some(Decision::Pass),
        Move::Approve => {
            let grant = read_grant(kind, form);
            let start = form.date("start", "staff-action-start-error");
            Some(Decision::Approve {
                grant: grant?,
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

/// How an approval of this application's entitlement is stated.
fn grant_kind(app: &Application) -> GrantKind {
    EntitlementId::parse(&app.entitlement)
        .and_then(entitlement)
        .map_or(GrantKind::Provision, GrantKind::of)
}

fn done_of(attempted: Move) -> ReviewDone {
    match attempted {
        Move::Pass => ReviewDone::Pass,
        Move::Approve => ReviewDone::Approve,
        Move::Refuse => ReviewDone::Refuse,
        _ => ReviewDone::RequestInformation,
    }
}

/// The fields a decision's form sends, kept for its confirmation.
const DECISION_FIELDS: [&str; 5] = ["amount", "provision", "start", "reason", "details"];

/// What a decision that cannot be undone will do, in words; `None` for a
/// request for information, which the applicant answers.
fn consequences(lang: Lang, app: &Application, decision: &Decision) -> Option<(String, Vec<String>, String)> {
    let emailed = tr(lang, "staff-confirm-emailed");
    let (title, what, button) = match decision {
        Decision::Pass => {
            let title = match app.status() {
                ApplicationStatus::Submitted => "staff-confirm-pass-street",
                _ => "staff-confirm-pass-district",
            };
            (
                title,
                tr(lang, "staff-confirm-pass-what"),
                "staff-confirm-pass-button",
            )
        }
        Decision::Approve { grant, start } => (
            "staff-confirm-approve",
            tr_with(
                lang,
                "staff-confirm-approve-what",
                &[
                    ("grant", grant_text_in(lang, grant)),
                    ("start", start.to_string()),
                ],
            ),
            "staff-confirm-approve-button",
        ),
        Decision::Refuse { reason, details } => (
            "staff-confirm-refuse",
            tr_with(
                lang,
                "staff-confirm-refuse-what",
                &[
                    (
                        "reason",
                        tr(lang, &format!("staff-refusal-{}", reason.replace('_', "-"))),
                    ),
                    ("details", details.clone()),
                ],
            ),
            "staff-confirm-refuse-button",
        ),
        Decision::RequestInformation { .. } => return None,
    };
    let lines = vec![what, emailed, tr(lang, "staff-confirm-final")];
    Some((tr(lang, title), lines, tr(lang, button)))
}

/// Asks the reviewer to confirm a decision, with what they typed kept.
fn confirm_page(at: &AtApplication, sent: &FormValues, decision: &Decision, attempted: Move) -> Option<Page> {
    let (app, lang) = (&at.found, at.lang());
    let (title, consequences, button) = consequences(lang, app, decision)?;
    let form = sent.to_form();
    let base = format!("/staff/applications/{}", app.id);
    let fields = DECISION_FIELDS
        .into_iter()
        .filter(|name| !form.value(name).is_empty())
        .map(|name| (name.to_string(), form.value(name)))
        .collect();
    let confirmation = Confirmation {
        caption: format!(
            "{} {} · {}",
            app.reference.clone().unwrap_or_default(),
            app.person_details().full_name,
            tr(lang, &format!("ent-{}-name", app.entitlement))
        ),
        title,
        consequences,
        action: format!("{base}/{}", action_path(attempted)),
        fields,
        button,
        warning: attempted == Move::Refuse,
        back_text: tr(lang, "staff-confirm-cancel"),
        back: base,
    };
    Some(at.page(ConfirmationPage).with(confirmation))
}

fn action_path(attempted: Move) -> &'static str {
    match attempted {
        Move::Pass => "pass",
        Move::Approve => "approve",
        Move::Refuse => "refuse",
        _ => "request-information",
    }
}

/// One of the four actions: checked by `may`, validated, confirmed, then recorded.
async fn act(at: AtApplication, sent: FormValues, attempted: Move) -> PageResult<Response> {
    let (state, staff, app) = (&at.state, &at.staff, &at.found);
    let mut form = sent.to_form();
    match may_move(staff, app, attempted) {
        Ok(()) => {}
        Err(Denied::Level | Denied::Move) => {
            form.add("actions-heading", "staff-action-moved-on");
            return again(&at, app, form).await;
        }
        Err(Denied::Role | Denied::Scope) => return Err(PageError::NotAllowed(staff.nav.clone())),
    }
    let decision = read_decision(attempted, grant_kind(app), &mut form);
    let Some(decision) = decision.filter(|_| !form.has_errors()) else {
        return again(&at, app, form).await;
    };
    if !confirmed(sent.get("confirmed")) {
        if let Some(page) = confirm_page(&at, &sent, &decision, attempted) {
            return Ok(page.into_response());
        }
    }
    let decided = match applications::decide(&state.db, &state.public_url, app, &staff.actor, &decision).await
    {
        Ok(decided) => decided,
        Err(StoreError::Refused(_)) => false,
        Err(StoreError::Database(error)) => return Err(error.into()),
    };
    if !decided {
        // Someone else moved it first: show it as it is now.
        form.add("actions-heading", "staff-action-moved-on");
        let current: Application = staff.in_scope(&state.db, app.id).await?;
        return again(&at, &current, form).await;
    }
    Ok(back_to_application(app, done_of(attempted), None))
}

pub async fn pass(at: AtApplication, sent: FormValues) -> PageResult<Response> {
    act(at, sent, Move::Pass).await
}

pub async fn approve(at: AtApplication, sent: FormValues) -> PageResult<Response> {
    act(at, sent, Move::Approve).await
}

pub async fn refuse(at: AtApplication, sent: FormValues) -> PageResult<Response> {
    act(at, sent, Move::Refuse).await
}

pub async fn request_information(at: AtApplication, sent: FormValues) -> PageResult<Response> {
    act(at, sent, Move::RequestInformation).await
}

/// The colleague chosen (at the same level, within reach), `None` for
/// nobody; `Err` when the choice is not one of them.
fn read_assignee(form: &FormState, colleagues: &[i32]) -> Result<Option<i32>, ()> {
    match form.value("assignee").as_str() {
        "" => Ok(None),
        text => text
            .parse::<i32>()
            .ok()
            .filter(|id| colleagues.contains(id))
            .map(Some)
            .ok_or(()),
    }
}

/// `POST /staff/applications/{id}/assign`: to a colleague at the same level, or to nobody.
pub async fn assign(at: AtApplication, sent: FormValues) -> PageResult<Response> {
    let (state, staff, app) = (&at.state, &at.staff, &at.found);
    let mut form = sent.to_form();
    if staff.member.role.reviews() != Some(app.status()) {
        form.add("actions-heading", "staff-action-moved-on");
        return again(&at, app, form).await;
    }
    let area = app.area_code.clone().unwrap_or_default();
    let colleagues: Vec<i32> = store::colleagues(&state.db, staff.member.role, &area)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let Ok(assignee) = read_assignee(&form, &colleagues) else {
        form.add("assignee", "staff-review-assign-error");
        return again(&at, app, form).await;
    };
    let change = at.change().await?;
    applications::assign(change.db(), app, assignee).await?;
    let audit = Audit::new(AuditAction::Assign, AuditTarget::Application(app.id))
        .detail(assignee.map_or_else(|| "nobody".to_string(), |id| format!("staff:{id}")));
    change.commit(audit).await?;
    Ok(back_to_application(app, ReviewDone::Assign, None))
}

/// `POST /staff/applications/{id}/notes`: an internal note the applicant never sees.
pub async fn add_note(at: AtApplication, sent: FormValues) -> PageResult<Response> {
    let (staff, app) = (&at.staff, &at.found);
    let mut form = sent.to_form();
    let note = form.text("note", MAX_TEXT, Some("staff-review-note-error"));
    if form.has_errors() {
        return again(&at, app, form).await;
    }
    let change = at.change().await?;
    store::add_note(change.db(), app.id, staff.account.id, &note, staff.actor.at).await?;
    change
        .commit(Audit::new(AuditAction::AddNote, AuditTarget::Application(app.id)))
        .await?;
    Ok(back_to_application(app, ReviewDone::Note, Some("notes-heading")))
}
