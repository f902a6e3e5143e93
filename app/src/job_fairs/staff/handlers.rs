//! `/staff/fairs…` and `/staff/registrations…`. Every handler asks for
//! `EditEvents`; a fair outside the staff member's area (and a registration
//! for one) is "not found".

use super::pages::{
    EditFairPage, EmployerRow, FairEditView, NewFairPage, PositionRow, RegistrationRow, RegistrationsPage,
    RegistrationsView,
};
use super::store::{self, FairDetails, Hire, PositionDetails, RegistrationAtFair};
use crate::accounts::staff_session::{EditEvents, Scoped, Staff};
use crate::components::{Content, Done};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::bookings::adjustments_from;
use crate::event_editing::{
    adjustments_csv, csv_time, feature_pairs, local_text, pairs, read_features, read_reason, read_when,
    with_stored, EventDone, ADDRESS_TEXT, LONG_TEXT, SHORT_TEXT,
};
use crate::forms::FormState;
use crate::i18n::{dates, Lang};
use crate::job_fairs::store::{self as fairs, Fair};
use crate::web::csv::CsvFile;
use crate::web::{see_other, FormValues, Page, PageResult, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

const MAX_OPENINGS: i32 = 999;

type Editor = Staff<EditEvents>;
type AtFair = Scoped<Fair>;
type AtRegistration = Scoped<RegistrationAtFair>;

fn read_fair(form: &mut FormState) -> Option<FairDetails> {
    let title_zh = form.text("title_zh", SHORT_TEXT, Some("staff-fair-title-zh-error"));
    let title_en = form.text("title_en", SHORT_TEXT, None);
    let summary_zh = form.text("summary_zh", LONG_TEXT, Some("staff-fair-summary-zh-error"));
    let summary_en = form.text("summary_en", LONG_TEXT, None);
    let when = read_when(form);
    let venue_zh = form.text("venue_zh", SHORT_TEXT, Some("staff-events-venue-zh-error"));
    let venue_en = form.text("venue_en", SHORT_TEXT, None);
    let address_zh = form.text("address_zh", ADDRESS_TEXT, Some("staff-events-address-zh-error"));
    let address_en = form.text("address_en", ADDRESS_TEXT, None);
    let transport_zh = form.text("transport_zh", LONG_TEXT, Some("staff-fair-transport-zh-error"));
    let transport_en = form.text("transport_en", LONG_TEXT, None);
    let features = read_features(form);
    let (starts_at, ends_at) = when?;
    (!form.has_errors()).then_some(FairDetails {
        title_zh,
        title_en,
        summary_zh,
        summary_en,
        starts_at,
        ends_at,
        venue_zh,
        venue_en,
        address_zh,
        address_en,
        transport_zh,
        transport_en,
        features,
    })
}

/// A fair's stored values as its form's fields.
fn fair_values(fair: &Fair) -> Vec<(String, String)> {
    let date = fair.starts_at.format("%Y-%m-%d").to_string();
    let starts = dates::time(fair.starts_at);
    let ends = dates::time(fair.ends_at);
    let mut values = pairs(&[
        ("title_zh", &fair.title_zh),
        ("title_en", &fair.title_en),
        ("summary_zh", &fair.summary_zh),
        ("summary_en", &fair.summary_en),
        ("date", &date),
        ("starts", &starts),
        ("ends", &ends),
        ("venue_zh", &fair.venue_zh),
        ("venue_en", &fair.venue_en),
        ("address_zh", &fair.address_zh),
        ("address_en", &fair.address_en),
        ("transport_zh", &fair.transport_zh),
        ("transport_en", &fair.transport_en),
    ]);
    values.extend(feature_pairs(&fair.features));
    values
}

/// `GET /staff/fairs/new`: an empty form.
pub async fn new_form(staff: Editor) -> Page {
    staff.page(NewFairPage)
}

/// `POST /staff/fairs/new`.
pub async fn create(
    State(state): State<PortalState>,
    staff: Editor,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(details) = read_fair(&mut form) else {
        return Ok(staff.page(NewFairPage).rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    let id = store::create_fair(change.db(), &staff.member.area, &details, staff.actor.at).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Fair(id))
        .detail(format!("created: {} ({})", details.title_zh, details.starts_at));
    change.commit(audit).await?;
    Ok(see_other(
        &EventDone::Created.at(&format!("/staff/fairs/{id}"), None),
    ))
}

async fn fair_view(state: &PortalState, lang: Lang, fair: &Fair) -> PageResult<FairEditView> {
    let employers = fairs::employers(&state.db, fair.id).await?;
    let registrations = store::registration_count(&state.db, fair.id).await?;
    Ok(FairEditView {
        id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        when: dates::span(lang, fair.starts_at, fair.ends_at),
        registrations: i64::try_from(registrations).unwrap_or(i64::MAX),
        cancelled: fair
            .cancelled_at
            .map(|_| fair.cancel_reason.clone().unwrap_or_default()),
        employers: employers
            .into_iter()
            .map(|(e, positions)| EmployerRow {
                id: e.id,
                name: e.name,
                description: e.description,
                positions: positions
                    .into_iter()
                    .map(|p| PositionRow {
                        title: p.title,
                        needs: p.needs,
                        adjustments_offered: p.adjustments_offered,
                        openings: p.openings,
                    })
                    .collect(),
            })
            .collect(),
    })
}

/// The fair's page with `form`: its stored values, or what was sent and what to fix (422).
async fn fair_page(at: &AtFair, form: FormState) -> PageResult<Response> {
    let view = fair_view(&at.state, at.lang(), &at.found).await?;
    Ok(at.page(EditFairPage).with(view).with_form(form).into_response())
}

/// The fair's page again after a mistake in one of its smaller forms
/// (employer, position, cancelling): the details form keeps the stored values.
async fn sub_form_again(at: &AtFair, form: FormState) -> PageResult<Response> {
    fair_page(at, with_stored(fair_values(&at.found), form)).await
}

/// Where a change to the fair goes back to, with its banner.
fn back_to_fair(fair: &Fair, done: EventDone, anchor: Option<&str>) -> Response {
    see_other(&done.at(&format!("/staff/fairs/{}", fair.id), anchor))
}

/// `GET /staff/fairs/{id}`.
pub async fn show(at: AtFair) -> PageResult<Response> {
    fair_page(&at, FormState::new(fair_values(&at.found))).await
}

/// `POST /staff/fairs/{id}`: the fair's details.
pub async fn update(at: AtFair, sent: FormValues) -> PageResult<Response> {
    let fair = &at.found;
    let mut form = sent.to_form();
    let Some(details) = read_fair(&mut form) else {
        return fair_page(&at, form).await;
    };
    let change = at.change().await?;
    store::update_fair(change.db(), fair.id, &details, at.staff.actor.at).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Fair(fair.id)).detail(format!(
        "{} ({}) -> {} ({})",
        fair.title_zh, fair.starts_at, details.title_zh, details.starts_at
    ));
    change.commit(audit).await?;
    Ok(back_to_fair(fair, EventDone::Saved, None))
}

/// `POST /staff/fairs/{id}/employers`.
pub async fn add_employer(at: AtFair, sent: FormValues) -> PageResult<Response> {
    let fair = &at.found;
    let mut form = sent.to_form();
    let name = form.text(
        "employer_name",
        SHORT_TEXT,
        Some("staff-fair-employer-name-error"),
    );
    let description = form.text("employer_description", LONG_TEXT, None);
    if form.has_errors() {
        return sub_form_again(&at, form).await;
    }
    let change = at.change().await?;
    let employer = store::add_employer(change.db(), fair.id, &name, &description).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Fair(fair.id))
        .detail(format!("employer:{employer} added: {name}"));
    change.commit(audit).await?;
    Ok(back_to_fair(
        fair,
        EventDone::EmployerAdded,
        Some("employers-heading"),
    ))
}

fn read_position(form: &mut FormState, employers: &[i32]) -> Option<PositionDetails> {
    let employer_id = form.choice(
        "employer",
        |text| text.parse::<i32>().ok().filter(|id| employers.contains(id)),
        "staff-fair-employer-error",
    );
    let title = form.text(
        "position_title",
        SHORT_TEXT,
        Some("staff-fair-position-title-error"),
    );
    let needs = form.text("needs", LONG_TEXT, None);
    let adjustments_offered = form.text("adjustments_offered", LONG_TEXT, None);
    let openings = form.number("openings", 1..=MAX_OPENINGS, "staff-fair-openings-error");
    let (Some(employer_id), Some(openings), false) = (employer_id, openings, form.has_errors()) else {
        return None;
    };
    Some(PositionDetails {
        employer_id,
        title,
        needs,
        adjustments_offered,
        openings,
    })
}

/// `POST /staff/fairs/{id}/positions`.
pub async fn add_position(at: AtFair, sent: FormValues) -> PageResult<Response> {
    let fair = &at.found;
    let mut form = sent.to_form();
    let employers: Vec<i32> = fairs::employers(&at.state.db, fair.id)
        .await?
        .iter()
        .map(|(e, _)| e.id)
        .collect();
    let Some(details) = read_position(&mut form, &employers) else {
        return sub_form_again(&at, form).await;
    };
    let change = at.change().await?;
    let position = store::add_position(change.db(), fair.id, &details).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Fair(fair.id)).detail(format!(
        "position:{} added for employer:{}: {} ({})",
        position.unwrap_or_default(),
        details.employer_id,
        details.title,
        details.openings
    ));
    Ok(match change.commit_if(position.is_some(), audit).await? {
        true => back_to_fair(fair, EventDone::PositionAdded, Some("employers-heading")),
        false => back_to_fair(fair, EventDone::Unchanged, None),
    })
}

/// `POST /staff/fairs/{id}/cancel`: cancels the fair and emails everyone registered.
pub async fn cancel(at: AtFair, sent: FormValues) -> PageResult<Response> {
    let fair = &at.found;
    let mut form = sent.to_form();
    let Some(reason) = read_reason(&mut form) else {
        return sub_form_again(&at, form).await;
    };
    let change = at.change().await?;
    let emailed = store::cancel_fair(
        change.db(),
        &at.state.public_url,
        fair,
        &reason,
        at.staff.actor.at,
    )
    .await?;
    let audit = Audit::new(AuditAction::CancelEvent, AuditTarget::Fair(fair.id))
        .detail(format!("{reason} ({} emails)", emailed.unwrap_or_default()));
    let done = match change.commit_if(emailed.is_some(), audit).await? {
        true => EventDone::FairCancelled,
        false => EventDone::Unchanged,
    };
    Ok(back_to_fair(fair, done, None))
}

async fn registrations_view(
    state: &PortalState,
    staff: &Editor,
    fair: &Fair,
) -> PageResult<RegistrationsView> {
    let lang = staff.lang;
    let registrations = store::registrations_of_fair(&state.db, fair.id).await?;
    let employers = fairs::employers(&state.db, fair.id).await?;
    let audit = Audit::new(AuditAction::ViewAttendees, AuditTarget::Fair(fair.id))
        .detail(format!("{} registrations", registrations.len()));
    staff.actor.record(&state.db, audit).await?;
    let employer_name = |id: Option<i32>| {
        employers
            .iter()
            .find(|(e, _)| Some(e.id) == id)
            .map(|(e, _)| e.name.clone())
    };
    Ok(RegistrationsView {
        fair_id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        when: dates::span(lang, fair.starts_at, fair.ends_at),
        cancelled: fair.cancelled_at.is_some(),
        rows: registrations
            .iter()
            .map(|r| RegistrationRow {
                id: r.id,
                name: r.person_name.clone(),
                adjustments: adjustments_from(&r.adjustments),
                other_needs: r.other_needs.clone(),
                checked_in: r.checked_in_at.map(|at| local_text(lang, at)),
                hired_by: employer_name(r.hired_employer_id),
            })
            .collect(),
        employers: employers
            .iter()
            .map(|(e, _)| (e.id.to_string(), e.name.clone()))
            .collect(),
    })
}

async fn registrations_page(state: &PortalState, staff: &Editor, fair: &Fair) -> PageResult<Page> {
    let view = registrations_view(state, staff, fair).await?;
    Ok(staff.page(RegistrationsPage).with(view))
}

/// `GET /staff/fairs/{id}/registrations`.
pub async fn registrations(at: AtFair) -> PageResult<Page> {
    registrations_page(&at.state, &at.staff, &at.found).await
}

/// `GET /staff/fairs/{id}/registrations.csv`.
pub async fn registrations_export(at: AtFair) -> PageResult<Response> {
    let (fair, lang, db) = (&at.found, at.lang(), &at.state.db);
    let rows = store::registrations_of_fair(db, fair.id).await?;
    let employers = fairs::employers(db, fair.id).await?;
    let audit = Audit::new(AuditAction::ExportAttendees, AuditTarget::Fair(fair.id))
        .detail(format!("{} rows", rows.len()));
    at.staff.actor.record(db, audit).await?;
    let mut csv = CsvFile::new(
        lang,
        &[
            "staff-events-col-name",
            "staff-events-col-adjustments",
            "staff-events-col-other-needs",
            "staff-events-csv-registered",
            "staff-events-col-checked-in",
            "staff-registrations-col-hired",
        ],
    )?;
    for r in &rows {
        let hired = employers
            .iter()
            .find(|(e, _)| Some(e.id) == r.hired_employer_id)
            .map(|(e, _)| e.name.clone())
            .unwrap_or_default();
        csv.row([
            r.person_name.clone(),
            adjustments_csv(lang, &r.adjustments),
            r.other_needs.clone(),
            csv_time(Some(r.registered_at)),
            csv_time(r.checked_in_at),
            hired,
        ])?;
    }
    csv.into_response(&format!("fair-{}-registrations.csv", fair.id))
}

fn back_to_registrations(found: &RegistrationAtFair, done: EventDone) -> Response {
    let path = format!("/staff/fairs/{}/registrations", found.fair.id);
    see_other(&done.at(&path, Some(&format!("registration-{}", found.registration.id))))
}

/// `POST /staff/registrations/{id}/check-in`: pressing it twice changes nothing.
pub async fn check_in(at: AtRegistration) -> PageResult<Response> {
    let found = &at.found;
    let change = at.change().await?;
    let checked_in =
        store::check_in_registration(change.db(), found.registration.id, at.staff.actor.at).await?;
    let audit = Audit::new(
        AuditAction::CheckIn,
        AuditTarget::Registration(found.registration.id),
    )
    .detail(format!("fair:{}", found.fair.id));
    let done = match change.commit_if(checked_in, audit).await? {
        true => EventDone::CheckedIn,
        false => EventDone::Unchanged,
    };
    Ok(back_to_registrations(found, done))
}

/// `POST /staff/registrations/{id}/hire`: the employer (one of the fair's) that hired the person.
pub async fn record_hire(at: AtRegistration, sent: FormValues) -> PageResult<Response> {
    let found = &at.found;
    let mut form = sent.to_form();
    let chosen = form
        .value("employer")
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|id| *id > 0);
    let hire = match chosen {
        Some(employer_id) => {
            let change = at.change().await?;
            let hire =
                store::record_hire(change.db(), &found.registration, employer_id, at.staff.actor.at).await?;
            let name = match &hire {
                Hire::Recorded(name) => name.clone(),
                Hire::NotActive | Hire::UnknownEmployer => String::new(),
            };
            let audit = Audit::new(
                AuditAction::RecordHire,
                AuditTarget::Registration(found.registration.id),
            )
            .detail(format!("employer:{employer_id} {name}"));
            change.commit_if(matches!(hire, Hire::Recorded(_)), audit).await?;
            hire
        }
        None => Hire::UnknownEmployer,
    };
    match hire {
        Hire::Recorded(_) => Ok(back_to_registrations(found, EventDone::Hired)),
        Hire::NotActive => Ok(back_to_registrations(found, EventDone::Unchanged)),
        Hire::UnknownEmployer => {
            form.add(
                &format!("employer-{}", found.registration.id),
                "staff-registrations-employer-error",
            );
            let page = registrations_page(&at.state, &at.staff, &found.fair).await?;
            Ok(page.rejected(form).into_response())
        }
    }
}
