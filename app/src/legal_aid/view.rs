//! A stored request as its pages show it, for the requester and for staff:
//! the running legal clock read on today's date with the holiday calendar.

use super::pages::{DeadlineView, DocumentRow, HistoryRow, LawyerRow, RequestView};
use super::store::{self, Lawyer, Request};
use crate::domain::legal_aid::{deadline, languages_from};
use crate::domain::legal_clocks::{reading, Clock};
use crate::domain::local_time::utc_to_chongqing;
use crate::i18n::{dates, Lang};
use crate::web::working_calendar::working_calendar;
use crate::web::{PageResult, PortalState};
use axum::response::Response;

pub fn lawyer_row(lawyer: &Lawyer) -> LawyerRow {
    LawyerRow {
        id: lawyer.id,
        name: lawyer.name.clone(),
        firm: lawyer.firm.clone(),
        phone: lawyer.phone.clone(),
        languages: languages_from(&lawyer.languages),
        active: lawyer.active,
    }
}

fn clock_key(clock: Clock) -> &'static str {
    match clock {
        Clock::LegalAidAssignment => "assignment",
        Clock::LegalAidObjection => "objection",
        _ => "decision",
    }
}

/// The running clock of a request on today's date, if staff are waited for.
pub fn deadline_view(
    state: &PortalState,
    lang: Lang,
    request: &Request,
    calendar: &crate::domain::working_days::WorkingCalendar,
) -> Option<DeadlineView> {
    let parameters = state.parameters.current();
    let (clock, last_day) = deadline(request.status(), &request.clock_starts(), &parameters, calendar)?;
    let now = reading(clock, last_day, state.clock.today(), calendar);
    Some(DeadlineView {
        clock: clock_key(clock),
        date: dates::date(lang, last_day),
        days_left: now.days_left,
        state: now.state.key(),
    })
}

pub async fn request_view(state: &PortalState, lang: Lang, request: &Request) -> PageResult<RequestView> {
    let calendar = working_calendar(&state.db).await?;
    let lawyer = match request.lawyer_id {
        Some(id) => store::find_lawyer(&state.db, id).await?.map(|l| lawyer_row(&l)),
        None => None,
    };
    let history = store::history(&state.db, request.id)
        .await?
        .into_iter()
        .map(|h| HistoryRow {
            status: h.status,
            by_requester: h.by_requester,
            message: h.message,
            date: dates::date(lang, utc_to_chongqing(h.at).date()),
        })
        .collect();
    let documents = store::documents(&state.db, request.id)
        .await?
        .into_iter()
        .map(|d| DocumentRow {
            id: d.id,
            name: d.original_name,
        })
        .collect();
    Ok(RequestView {
        id: request.id,
        reference: request.reference.clone(),
        person_name: request.person_name.clone(),
        filer: request.filer.clone(),
        area_name: state.areas.name_of(&request.area_code, lang),
        phone: request.phone.clone(),
        matter_kind: request.matter_kind.clone(),
        description: request.description.clone(),
        faced: request.faced_kind(),
        faced_on: request.faced_on.map(|d| dates::date(lang, d)),
        adjustments: request.adjustments_needed(),
        adjustment_other: request.adjustment_other.clone(),
        income: request.income.clone(),
        check: request.check(),
        urgent: request.urgent,
        status: request.status(),
        received: dates::date(lang, request.received()),
        deadline: deadline_view(state, lang, request, &calendar),
        documents_asked: request.documents_asked,
        documents_notice: request.documents_notice.clone(),
        decision_reason: request.decision_reason.clone(),
        objection: request.objection.clone(),
        objection_answer: request.objection_answer.clone(),
        lawyer,
        outcome: request.outcome.clone(),
        records: request
            .records()
            .into_iter()
            .map(|r| (r.adjustment, r.provided.unwrap_or(false), r.note))
            .collect(),
        history,
        documents,
    })
}

/// A request's document, served as an application's documents are.
pub async fn serve(state: &PortalState, found: &store::document::Model) -> PageResult<Response> {
    let as_document = crate::applications::store::document::Model {
        id: found.id,
        application_id: 0,
        account_id: 0,
        event_id: None,
        original_name: found.original_name.clone(),
        content_type: found.content_type.clone(),
        size_bytes: found.size_bytes,
        storage_key: found.storage_key.clone(),
        uploaded_at: found.uploaded_at,
    };
    crate::applications::documents::serve(&state.uploads, &as_document).await
}
