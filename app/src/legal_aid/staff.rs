//! `/staff/legal-aid…` (legal-aid workers, in their area: the district
//! centre sees every request, a street post its street's) and
//! `/staff/lawyers` (the centre's list of lawyers). Every request the
//! staff member opens passes `StaffMember::may(HandleLegalAid)` for its
//! own area, and every view and change is in the audit log.

use super::handlers::LONG_TEXT;
use super::pages::{
    LawyerPage, LawyerView, LawyersPage, LawyersView, StaffLegalAidPage, StaffLegalAidRequestPage,
    StaffListView, StaffRequestView, StaffRow,
};
use super::store::{self, Change, ChangeError, Lawyer, LawyerDetails, Request};
use super::view::{deadline_view, lawyer_row, request_view};
use crate::accounts::staff_session::{Permission, Staff};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::legal_aid::{
    check_closing, languages_from, languages_text, AdjustmentRecord, ClosingRefused, LawyerLanguage,
    MoveRefused,
};
use crate::domain::staff::{StaffAction, StaffMember};
use crate::forms::FormState;
use crate::web::working_calendar::working_calendar;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PathIds, PortalState};
use axum::extract::{FromRequestParts, State};
use axum::response::{IntoResponse, Response};
use http::request::Parts;

/// Legal-aid workers (each request is checked for its own area too).
pub struct HandleLegalAid;
/// The district centre's legal-aid workers and administrators.
pub struct ManageLawyers;

impl Permission for HandleLegalAid {
    fn action(member: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::HandleLegalAid { area: &member.area })
    }
}

impl Permission for ManageLawyers {
    fn action(_: &StaffMember) -> Option<StaffAction<'_>> {
        Some(StaffAction::ManageLawyers)
    }
}

type Worker = Staff<HandleLegalAid>;

/// A request the path's `{id}` names, which the staff member may handle.
pub struct AtRequest {
    pub state: PortalState,
    pub staff: Worker,
    pub request: Request,
}

impl FromRequestParts<PortalState> for AtRequest {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        let staff = Worker::from_request_parts(parts, state).await?;
        let PathId(id) = PathId::from_request_parts(parts, state).await?;
        let request = store::find_in_area(&state.db, &staff.member.area, id)
            .await?
            .filter(|r| {
                staff
                    .member
                    .may(StaffAction::HandleLegalAid { area: &r.area_code })
                    .is_ok()
            })
            .ok_or(PageError::NotFound)?;
        Ok(AtRequest {
            state: state.clone(),
            staff,
            request,
        })
    }
}

impl AtRequest {
    fn path(&self) -> String {
        format!("/staff/legal-aid/{}", self.request.id)
    }

    fn target(&self) -> AuditTarget {
        AuditTarget::LegalAidRequest(self.request.id)
    }

    async fn page(&self, form: Option<FormState>) -> PageResult<Response> {
        let lang = self.staff.lang;
        let request = request_view(&self.state, lang, &self.request).await?;
        let lawyers = store::lawyers(&self.state.db)
            .await?
            .iter()
            .map(lawyer_row)
            .collect();
        let page = self
            .staff
            .page(StaffLegalAidRequestPage)
            .with(StaffRequestView { request, lawyers });
        Ok(match form {
            Some(form) => page.rejected(form).into_response(),
            None => page.into_response(),
        })
    }

    /// Makes `change` with its audit entry; the page again with `field`'s
    /// message when the request's status does not allow it.
    async fn change(
        &self,
        change: Change,
        audit: Audit,
        done: &str,
        mut form: FormState,
        field: &str,
    ) -> PageResult<Response> {
        let state = &self.state;
        let audited = self.staff.change(&state.db).await?;
        let applied = store::apply(
            audited.db(),
            &state.public_url,
            &self.request,
            change,
            state.clock.now(),
            state.clock.today(),
        )
        .await;
        match applied {
            Ok(_) => {
                audited.commit(audit).await?;
                Ok(see_other(&format!("{}?done={done}", self.path())))
            }
            Err(refused) => {
                audited.abandon().await?;
                let message = match refused {
                    ChangeError::Refused(MoveRefused::DocumentsAlreadyAsked) => {
                        "legal-aid-error-documents-once"
                    }
                    ChangeError::Refused(MoveRefused::NotNow) | ChangeError::Changed => {
                        "legal-aid-error-not-now"
                    }
                    ChangeError::Database(error) => return Err(error.into()),
                };
                form.add(field, message);
                self.page(Some(form)).await
            }
        }
    }
}

/// `GET /staff/legal-aid`: the area's requests, urgent ones first, then by
/// the last day of their running clock.
pub async fn list(State(state): State<PortalState>, staff: Worker) -> PageResult<Page> {
    let lang = staff.lang;
    let calendar = working_calendar(&state.db).await?;
    let requests = store::in_area(&state.db, &staff.member.area).await?;
    let mut open = Vec::new();
    let mut finished = Vec::new();
    for request in requests {
        if staff
            .member
            .may(StaffAction::HandleLegalAid {
                area: &request.area_code,
            })
            .is_err()
        {
            continue;
        }
        let deadline = deadline_view(&state, lang, &request, &calendar);
        let row = StaffRow {
            id: request.id,
            reference: request.reference.clone(),
            person_name: request.person_name.clone(),
            area_name: state.areas.name_of(&request.area_code, lang),
            status: request.status(),
            urgent: request.urgent && request.status().is_open(),
            deadline,
        };
        if request.status().is_open() {
            open.push(row);
        } else {
            finished.push(row);
        }
    }
    open.sort_by_key(|r| {
        (
            !r.urgent,
            r.deadline.as_ref().map_or(i64::MAX, |d| d.days_left),
            r.id,
        )
    });
    finished.sort_by_key(|r| std::cmp::Reverse(r.id));
    staff
        .actor
        .record(
            &state.db,
            Audit::new(AuditAction::ViewLegalAidRequests, AuditTarget::LegalAidRequests)
                .detail(format!("{} open", open.len())),
        )
        .await?;
    let manages_lawyers = staff.member.may(StaffAction::ManageLawyers).is_ok();
    Ok(staff.page(StaffLegalAidPage).with(StaffListView {
        open,
        finished,
        manages_lawyers,
    }))
}

/// `GET /staff/legal-aid/{id}`.
pub async fn show(at: AtRequest) -> PageResult<Response> {
    at.staff
        .actor
        .record(
            &at.state.db,
            Audit::new(AuditAction::ViewLegalAidRequest, at.target()),
        )
        .await?;
    at.page(None).await
}

/// `GET /staff/legal-aid/{id}/documents/{document}`.
pub async fn download(at: AtRequest, PathIds(_, document): PathIds) -> PageResult<Response> {
    let found = store::find_document(&at.state.db, at.request.id, document)
        .await?
        .ok_or(PageError::NotFound)?;
    at.staff
        .actor
        .record(
            &at.state.db,
            Audit::new(AuditAction::ViewLegalAidDocument, at.target()).detail(format!("document {document}")),
        )
        .await?;
    super::view::serve(&at.state, &found).await
}

/// `POST /staff/legal-aid/{id}/documents-notice`: the one notice listing
/// every missing document.
pub async fn ask_documents(at: AtRequest, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let notice = form.text("notice", LONG_TEXT, Some("legal-aid-error-notice"));
    if form.has_errors() {
        return at.page(Some(form)).await;
    }
    let audit = Audit::new(AuditAction::AskLegalAidDocuments, at.target()).detail(notice.clone());
    at.change(Change::AskDocuments { notice }, audit, "asked", form, "notice")
        .await
}

/// `POST /staff/legal-aid/{id}/decision`: grant, or refuse with the reason.
pub async fn decide(at: AtRequest, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let decision = form.choice(
        "decision",
        |d| ["grant", "refuse"].contains(&d).then(|| d.to_string()),
        "legal-aid-error-decision",
    );
    let refuse = decision.as_deref() == Some("refuse");
    let reason = form.text("reason", LONG_TEXT, refuse.then_some("legal-aid-error-reason"));
    let Some(decision) = decision.filter(|_| !form.has_errors()) else {
        return at.page(Some(form)).await;
    };
    let (change, detail) = if decision == "refuse" {
        (
            Change::Refuse {
                reason: reason.clone(),
            },
            format!("refused: {reason}"),
        )
    } else {
        (Change::Grant { note: reason.clone() }, "granted".to_string())
    };
    let audit = Audit::new(AuditAction::DecideLegalAid, at.target()).detail(detail);
    at.change(change, audit, "decided", form, "decision").await
}

/// `POST /staff/legal-aid/{id}/lawyer`: an active lawyer from the list.
pub async fn assign(at: AtRequest, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let lawyer = match form.value("lawyer").trim().parse::<i32>() {
        Ok(id) => store::find_lawyer(&at.state.db, id).await?.filter(|l| l.active),
        Err(_) => None,
    };
    let Some(lawyer) = lawyer else {
        form.add("lawyer", "legal-aid-error-lawyer");
        return at.page(Some(form)).await;
    };
    let audit = Audit::new(AuditAction::AssignLawyer, at.target()).detail(format!("lawyer {}", lawyer.id));
    at.change(Change::Assign { lawyer }, audit, "assigned", form, "lawyer")
        .await
}

/// `POST /staff/legal-aid/{id}/objection`: the objection decided.
pub async fn decide_objection(at: AtRequest, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let outcome = form.choice(
        "objection_outcome",
        |d| ["upheld", "overturned"].contains(&d).then(|| d.to_string()),
        "legal-aid-error-objection-outcome",
    );
    let answer = form.text("answer", LONG_TEXT, Some("legal-aid-error-answer"));
    let Some(outcome) = outcome.filter(|_| !form.has_errors()) else {
        return at.page(Some(form)).await;
    };
    let change = if outcome == "upheld" {
        Change::UpholdRefusal { answer }
    } else {
        Change::Overturn { answer }
    };
    let audit = Audit::new(AuditAction::DecideLegalAidObjection, at.target()).detail(outcome);
    at.change(change, audit, "objection", form, "objection_outcome")
        .await
}

/// `POST /staff/legal-aid/{id}/close`: the outcome, and for each
/// adjustment the person needed whether it was provided.
pub async fn close(at: AtRequest, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let outcome = form.text("outcome", LONG_TEXT, None);
    let needed = at.request.adjustments_needed();
    let records: Vec<AdjustmentRecord> = needed
        .iter()
        .map(|a| {
            let key = a.key().replace('_', "-");
            let provided = match form.value(&format!("provided-{key}")).trim() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            let note = form.text(&format!("note-{key}"), 500, None);
            AdjustmentRecord {
                adjustment: *a,
                provided,
                note,
            }
        })
        .collect();
    if let Err(refused) = check_closing(&needed, &records, &outcome) {
        let (field, message) = match refused {
            ClosingRefused::NotRecorded(a) => (
                format!("provided-{}", a.key().replace('_', "-")),
                "legal-aid-error-provided",
            ),
            ClosingRefused::NoNote(a) => (
                format!("note-{}", a.key().replace('_', "-")),
                "legal-aid-error-note",
            ),
            ClosingRefused::NoOutcome => ("outcome".to_string(), "legal-aid-error-outcome"),
        };
        form.add(&field, message);
    }
    if form.has_errors() {
        return at.page(Some(form)).await;
    }
    let detail = records
        .iter()
        .map(|r| format!("{}={}", r.adjustment.key(), r.provided.unwrap_or(false)))
        .collect::<Vec<_>>()
        .join(",");
    let audit = Audit::new(AuditAction::CloseLegalAid, at.target()).detail(detail);
    at.change(
        Change::Close { outcome, records },
        audit,
        "closed",
        form,
        "outcome",
    )
    .await
}

type Keeper = Staff<ManageLawyers>;

async fn lawyers_page(state: &PortalState, staff: &Keeper, form: Option<FormState>) -> PageResult<Response> {
    let lawyers = store::lawyers(&state.db).await?.iter().map(lawyer_row).collect();
    let page = staff.page(LawyersPage).with(LawyersView { lawyers });
    Ok(match form {
        Some(form) => page.rejected(form).into_response(),
        None => page.into_response(),
    })
}

/// `GET /staff/lawyers`.
pub async fn lawyers(State(state): State<PortalState>, staff: Keeper) -> PageResult<Response> {
    staff
        .actor
        .record(
            &state.db,
            Audit::new(AuditAction::ViewLawyers, AuditTarget::Lawyers),
        )
        .await?;
    lawyers_page(&state, &staff, None).await
}

/// A lawyer's details from the add or change form; what to fix goes on `form`.
fn read_lawyer(form: &mut FormState) -> LawyerDetails {
    let name = form.text("name", 100, Some("legal-aid-error-lawyer-name"));
    let firm = form.text("firm", 200, Some("legal-aid-error-lawyer-firm"));
    let phone = form.text("phone", 30, Some("legal-aid-error-lawyer-phone"));
    let languages: Vec<LawyerLanguage> = form
        .values_of("language")
        .iter()
        .filter_map(|l| LawyerLanguage::parse(l))
        .collect();
    if languages.is_empty() {
        form.add("language", "legal-aid-error-lawyer-languages");
    }
    LawyerDetails {
        name,
        firm,
        phone,
        languages: languages_text(&languages),
    }
}

/// `POST /staff/lawyers`: a lawyer added to the list.
pub async fn add_lawyer(
    State(state): State<PortalState>,
    staff: Keeper,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let details = read_lawyer(&mut form);
    if form.has_errors() {
        return lawyers_page(&state, &staff, Some(form)).await;
    }
    let name = details.name.clone();
    let change = staff.change(&state.db).await?;
    let id = store::add_lawyer(change.db(), details, state.clock.now()).await?;
    change
        .commit(Audit::new(AuditAction::EditLawyer, AuditTarget::Lawyer(id)).detail(format!("added: {name}")))
        .await?;
    Ok(see_other("/staff/lawyers?done=added"))
}

/// The lawyer the path's `{id}` names.
async fn lawyer_at(state: &PortalState, id: i32) -> PageResult<Lawyer> {
    store::find_lawyer(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)
}

/// The change form with `form`: the lawyer's stored details, or what was
/// sent and what to fix (422).
fn lawyer_page(staff: &Keeper, lawyer: &Lawyer, form: FormState) -> Response {
    let view = LawyerView {
        id: lawyer.id,
        name: lawyer.name.clone(),
    };
    staff.page(LawyerPage).with(view).with_form(form).into_response()
}

fn stored(lawyer: &Lawyer) -> FormState {
    let mut values = vec![
        ("name".to_string(), lawyer.name.clone()),
        ("firm".to_string(), lawyer.firm.clone()),
        ("phone".to_string(), lawyer.phone.clone()),
    ];
    values.extend(
        languages_from(&lawyer.languages)
            .into_iter()
            .map(|l| ("language".to_string(), l.key().to_string())),
    );
    FormState::new(values)
}

/// `GET /staff/lawyers/{id}`: a lawyer's details, to correct.
pub async fn lawyer(
    State(state): State<PortalState>,
    staff: Keeper,
    PathId(id): PathId,
) -> PageResult<Response> {
    let lawyer = lawyer_at(&state, id).await?;
    staff
        .actor
        .record(
            &state.db,
            Audit::new(AuditAction::ViewLawyers, AuditTarget::Lawyer(id)),
        )
        .await?;
    Ok(lawyer_page(&staff, &lawyer, stored(&lawyer)))
}

/// `POST /staff/lawyers/{id}`: the details corrected; whether the lawyer
/// takes new cases is changed on the list, not here.
pub async fn change_lawyer(
    State(state): State<PortalState>,
    staff: Keeper,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let lawyer = lawyer_at(&state, id).await?;
    let mut form = sent.to_form();
    let details = read_lawyer(&mut form);
    if form.has_errors() {
        return Ok(lawyer_page(&staff, &lawyer, form));
    }
    let name = details.name.clone();
    let change = staff.change(&state.db).await?;
    let changed = store::correct_lawyer(change.db(), id, details).await?;
    let audit =
        Audit::new(AuditAction::EditLawyer, AuditTarget::Lawyer(id)).detail(format!("changed: {name}"));
    change.commit_if(changed, audit).await?;
    Ok(see_other("/staff/lawyers?done=changed"))
}

/// `POST /staff/lawyers/{id}/active`: a lawyer taken off the list for new
/// cases, or back on it.
pub async fn set_active(
    State(state): State<PortalState>,
    staff: Keeper,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let active = sent.get("active") == Some("yes");
    let change = staff.change(&state.db).await?;
    if !store::set_lawyer_active(change.db(), id, active).await? {
        change.abandon().await?;
        return Err(PageError::NotFound);
    }
    let audit =
        Audit::new(AuditAction::EditLawyer, AuditTarget::Lawyer(id)).detail(format!("active: {active}"));
    change.commit(audit).await?;
    Ok(see_other("/staff/lawyers?done=changed"))
}
