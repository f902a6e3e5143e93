//! Fairs and training for content editors and administrators: `/staff/events`,
//! `/staff/fairs…`, `/staff/registrations…`, `/staff/courses…`,
//! `/staff/sessions…` and `/staff/bookings…`. Every handler asks for
//! `StaffAction::EditEvents`; a fair or course outside the staff member's
//! area (and anything reached through one) is "not found".

use super::queue::{cell, csv_response};
use super::{allowed, client, not_found, page, render_as};
use crate::components::Content;
use crate::domain::bookings::{adjustments_from, features_from, features_text, BookingStatus, Feature};
use crate::domain::local_time::utc_to_chongqing;
use crate::domain::staff::{in_scope, StaffAction};
use crate::forms::FormState;
use crate::i18n::dates::{date_time as date_time_text, date_with_weekday as date_text, span as event_time};
use crate::i18n::{tr, Lang};
use crate::job_fairs::store::{self as fairs, Fair, Registration};
use crate::staff::audit::{self, Actor, AuditAction};
use crate::staff::events::{
    CertificateView, CourseEditView, CourseRow, EmployerRow, EventsView, FairEditView, FairRow, PlaceRow,
    PositionRow, RegistrationRow, RegistrationsView, SessionPageView, SessionRow, WaitingRow,
};
use crate::staff::events_store::{
    self as store, CapacityChange, CourseDetails, Direction, FairDetails, Hire, PositionDetails,
    SessionDetails,
};
use crate::staff::session::Staff;
use crate::training::store::{self as training, Booking, Course, CourseSession};
use crate::web::Early;
use crate::web::{failed, request_lang, see_other, FormValues, PortalState};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use http::StatusCode;
use leptos::prelude::provide_context;
use sea_orm::{DbErr, TransactionTrait};
use tower_sessions::Session;

const SHORT_TEXT: usize = 200;
const ADDRESS_TEXT: usize = 300;
const LONG_TEXT: usize = 5000;
const REASON_TEXT: usize = 1000;
const MAX_OPENINGS: i32 = 999;
const MAX_CAPACITY: i32 = 1000;

fn id_of(text: &str) -> Option<i32> {
    text.trim().parse::<i32>().ok().filter(|id| *id > 0)
}

async fn editor(state: &PortalState, session: &Session, request: Request) -> Early<(Staff, Request)> {
    allowed(state, session, request, StaffAction::EditEvents).await
}

/// The request without its body, and the form it carried.
async fn read_form(request: Request) -> (Request, FormValues) {
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    (Request::from_parts(parts, Body::empty()), sent)
}

/// Renders a page: as asked (200), or, with `again`, the form page at that
/// path with what to fix (422).
async fn respond(
    state: &PortalState,
    staff: &Staff,
    request: Request,
    again: Option<String>,
    extra: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let Some(path) = again else {
        return page(state, staff, request, extra).await;
    };
    let staff_view = super::staff_view(state, staff, request_lang(request.headers()));
    render_as(
        state,
        request,
        &path,
        StatusCode::UNPROCESSABLE_ENTITY,
        move || {
            provide_context(staff_view.clone());
            extra();
        },
    )
    .await
}

fn local_text(lang: Lang, at: DateTime<Utc>) -> String {
    date_time_text(lang, utc_to_chongqing(at))
}

/// A time in a spreadsheet: `2026-12-05 09:30`, local time.
fn csv_time(at: Option<DateTime<Utc>>) -> String {
    at.map(|at| utc_to_chongqing(at).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

fn adjustments_csv(lang: Lang, stored: &str) -> String {
    adjustments_from(stored)
        .into_iter()
        .map(|a| tr(lang, &format!("adjustment-{}", a.key())))
        .collect::<Vec<_>>()
        .join(&tr(lang, "list-separator"))
}

// Scope: what the staff member may see, found from an id in the path.

async fn fair_in_scope(state: &PortalState, staff: &Staff, id: Option<i32>) -> Result<Option<Fair>, DbErr> {
    let Some(id) = id else {
        return Ok(None);
    };
    Ok(fairs::find(&state.db, id)
        .await?
        .filter(|f| in_scope(&staff.account.area_code, &f.area_code)))
}

async fn course_in_scope(
    state: &PortalState,
    staff: &Staff,
    id: Option<i32>,
) -> Result<Option<Course>, DbErr> {
    let Some(id) = id else {
        return Ok(None);
    };
    Ok(training::find_course(&state.db, id)
        .await?
        .filter(|c| in_scope(&staff.account.area_code, &c.area_code)))
}

async fn session_in_scope(
    state: &PortalState,
    staff: &Staff,
    id: Option<i32>,
) -> Result<Option<(CourseSession, Course)>, DbErr> {
    let Some(id) = id else {
        return Ok(None);
    };
    let Some(found) = training::find_session(&state.db, id).await? else {
        return Ok(None);
    };
    Ok(course_in_scope(state, staff, Some(found.course_id))
        .await?
        .map(|course| (found, course)))
}

async fn registration_in_scope(
    state: &PortalState,
    staff: &Staff,
    id: &str,
) -> Result<Option<(Registration, Fair)>, DbErr> {
    let Some(id) = id_of(id) else {
        return Ok(None);
    };
    let Some(found) = store::find_registration(&state.db, id).await? else {
        return Ok(None);
    };
    Ok(fair_in_scope(state, staff, Some(found.fair_id))
        .await?
        .map(|fair| (found, fair)))
}

async fn booking_in_scope(
    state: &PortalState,
    staff: &Staff,
    id: &str,
) -> Result<Option<(Booking, CourseSession, Course)>, DbErr> {
    let Some(id) = id_of(id) else {
        return Ok(None);
    };
    let Some(found) = training::find_booking(&state.db, id).await? else {
        return Ok(None);
    };
    Ok(session_in_scope(state, staff, Some(found.session_id))
        .await?
        .map(|(session, course)| (found, session, course)))
}

/// What a scope lookup found, or the 404 or error page.
async fn found<T>(
    state: &PortalState,
    request: Request,
    lookup: Result<Option<T>, DbErr>,
) -> Early<(T, Request)> {
    match lookup {
        Ok(Some(found)) => Ok((found, request)),
        Ok(None) => Err(not_found(state, request).await),
        Err(error) => Err(failed(error)),
    }
}

// Reading forms.

/// Text from a field, trimmed; an error when required and empty, or too long.
fn text(form: &mut FormState, field: &str, max: usize, required: Option<&str>) -> String {
    let value = form.value(field).trim().to_string();
    if value.is_empty() {
        if let Some(message) = required {
            form.add(field, message);
        }
    } else if value.chars().count() > max {
        form.add_with(field, "staff-events-too-long", vec![("max", max.to_string())]);
    }
    value
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// `09:30` (a full-width colon, as Chinese keyboards type it, is fine too).
fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(&text.trim().replace('：', ":"), "%H:%M").ok()
}

/// The date, start and end fields as local times; the end after the start.
fn read_when(form: &mut FormState) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let date = parse_date(&form.value("date"));
    if date.is_none() {
        form.add("date", "staff-events-date-error");
    }
    let starts = parse_time(&form.value("starts"));
    if starts.is_none() {
        form.add("starts", "staff-events-starts-error");
    }
    let ends = parse_time(&form.value("ends"));
    if ends.is_none() {
        form.add("ends", "staff-events-ends-error");
    }
    let (date, starts, ends) = (date?, starts?, ends?);
    if ends <= starts {
        form.add("ends", "staff-events-ends-before-starts");
        return None;
    }
    Some((date.and_time(starts), date.and_time(ends)))
}

fn read_features(form: &FormState) -> String {
    let chosen: Vec<Feature> = form
        .values_of("feature")
        .iter()
        .filter_map(|key| Feature::parse(key))
        .collect();
    features_text(&chosen)
}

/// A whole number from `min` to `max`.
fn number(form: &mut FormState, field: &str, min: i32, max: i32, message: &str) -> Option<i32> {
    let value = form
        .value(field)
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (min..=max).contains(n));
    if value.is_none() {
        form.add(field, message);
    }
    value
}

fn read_fair(form: &mut FormState) -> Option<FairDetails> {
    let title_zh = text(form, "title_zh", SHORT_TEXT, Some("staff-fair-title-zh-error"));
    let title_en = text(form, "title_en", SHORT_TEXT, None);
    let summary_zh = text(form, "summary_zh", LONG_TEXT, Some("staff-fair-summary-zh-error"));
    let summary_en = text(form, "summary_en", LONG_TEXT, None);
    let when = read_when(form);
    let venue_zh = text(form, "venue_zh", SHORT_TEXT, Some("staff-events-venue-zh-error"));
    let venue_en = text(form, "venue_en", SHORT_TEXT, None);
    let address_zh = text(
        form,
        "address_zh",
        ADDRESS_TEXT,
        Some("staff-events-address-zh-error"),
    );
    let address_en = text(form, "address_en", ADDRESS_TEXT, None);
    let transport_zh = text(
        form,
        "transport_zh",
        LONG_TEXT,
        Some("staff-fair-transport-zh-error"),
    );
    let transport_en = text(form, "transport_en", LONG_TEXT, None);
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

fn read_course(form: &mut FormState) -> Option<CourseDetails> {
    let details = CourseDetails {
        title_zh: text(form, "title_zh", SHORT_TEXT, Some("staff-course-title-zh-error")),
        title_en: text(form, "title_en", SHORT_TEXT, None),
        description_zh: text(
            form,
            "description_zh",
            LONG_TEXT,
            Some("staff-course-description-zh-error"),
        ),
        description_en: text(form, "description_en", LONG_TEXT, None),
        suits_zh: text(form, "suits_zh", LONG_TEXT, Some("staff-course-suits-zh-error")),
        suits_en: text(form, "suits_en", LONG_TEXT, None),
        features: read_features(form),
    };
    (!form.has_errors()).then_some(details)
}

fn read_session(form: &mut FormState) -> Option<SessionDetails> {
    let when = read_when(form);
    let online = form.value("online") == "yes";
    let place_required = |message| (!online).then_some(message);
    let venue_zh = text(
        form,
        "venue_zh",
        SHORT_TEXT,
        place_required("staff-events-venue-zh-error"),
    );
    let venue_en = text(form, "venue_en", SHORT_TEXT, None);
    let address_zh = text(
        form,
        "address_zh",
        ADDRESS_TEXT,
        place_required("staff-events-address-zh-error"),
    );
    let address_en = text(form, "address_en", ADDRESS_TEXT, None);
    let capacity = number(form, "capacity", 1, MAX_CAPACITY, "staff-session-capacity-error");
    let (starts_at, ends_at) = when?;
    let capacity = capacity?;
    (!form.has_errors()).then_some(SessionDetails {
        starts_at,
        ends_at,
        online,
        venue_zh,
        venue_en,
        address_zh,
        address_en,
        capacity,
    })
}

/// The reason for a cancellation: required, for the emails.
fn read_reason(form: &mut FormState) -> Option<String> {
    let reason = text(form, "reason", REASON_TEXT, Some("staff-events-reason-error"));
    (!form.has_errors()).then_some(reason)
}

fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect()
}

fn feature_pairs(stored: &str) -> impl Iterator<Item = (String, String)> {
    features_from(stored)
        .into_iter()
        .map(|f| ("feature".to_string(), f.key().to_string()))
}

/// A fair's stored values as its form's fields.
fn fair_values(fair: &Fair) -> Vec<(String, String)> {
    let date = fair.starts_at.format("%Y-%m-%d").to_string();
    let starts = fair.starts_at.format("%H:%M").to_string();
    let ends = fair.ends_at.format("%H:%M").to_string();
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

fn course_values(course: &Course) -> Vec<(String, String)> {
    let mut values = pairs(&[
        ("title_zh", &course.title_zh),
        ("title_en", &course.title_en),
        ("description_zh", &course.description_zh),
        ("description_en", &course.description_en),
        ("suits_zh", &course.suits_zh),
        ("suits_en", &course.suits_en),
    ]);
    values.extend(feature_pairs(&course.features));
    values
}

/// A sub-form's values shown with the stored details, so the details form
/// keeps its values when the employer, position or cancel form is shown again.
fn with_stored(stored: Vec<(String, String)>, form: FormState) -> FormState {
    let mut values = stored;
    values.extend(form.values);
    FormState {
        values,
        errors: form.errors,
    }
}

// `/staff/events`.

fn fair_row(lang: Lang, fair: &Fair, registrations: i64) -> FairRow {
    FairRow {
        id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        when: event_time(lang, fair.starts_at, fair.ends_at),
        registrations,
        cancelled: fair.cancelled_at.is_some(),
    }
}

/// `GET /staff/events`.
pub async fn list(State(state): State<PortalState>, session: Session, request: Request) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lang = request_lang(request.headers());
    let area = staff.account.area_code.clone();
    let loaded = async {
        let fairs = store::fairs_in_scope(&state.db, &area).await?;
        let courses = store::courses_in_scope(&state.db, &area).await?;
        Ok::<_, DbErr>((fairs, courses))
    };
    let (fairs, courses) = loaded.await.map_err(failed)?;
    let now = crate::web::clock::Clock::system().now_local();
    let (mut upcoming, past): (Vec<_>, Vec<_>) = fairs.into_iter().partition(|(f, _)| f.ends_at >= now);
    upcoming.reverse();
    let view = EventsView {
        upcoming: upcoming.iter().map(|(f, n)| fair_row(lang, f, *n)).collect(),
        past: past.iter().map(|(f, n)| fair_row(lang, f, *n)).collect(),
        courses: courses
            .iter()
            .map(|(c, sessions)| CourseRow {
                id: c.id,
                title: Content::pick(lang, &c.title_zh, &c.title_en),
                sessions: sessions.len(),
                next: sessions
                    .iter()
                    .find(|s| s.starts_at >= now)
                    .map(|s| event_time(lang, s.starts_at, s.ends_at)),
            })
            .collect(),
    };
    Ok(page(&state, &staff, request, move || provide_context(view.clone())).await)
}

/// `GET /staff/fairs/new` and `GET /staff/courses/new`: an empty form.
pub async fn new_form(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    Ok(page(&state, &staff, request, || ()).await)
}

// Fairs.

async fn fair_view(state: &PortalState, lang: Lang, fair: &Fair) -> Result<FairEditView, DbErr> {
    let employers = fairs::employers(&state.db, fair.id).await?;
    let registrations = store::registration_count(&state.db, fair.id).await?;
    Ok(FairEditView {
        id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        when: event_time(lang, fair.starts_at, fair.ends_at),
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

/// The fair page, with `form` (the stored values, or what was sent and what to fix).
async fn fair_page(
    state: &PortalState,
    staff: &Staff,
    request: Request,
    fair: &Fair,
    form: FormState,
) -> Early<Response> {
    let lang = request_lang(request.headers());
    let view = fair_view(state, lang, fair).await.map_err(failed)?;
    let again = form.has_errors().then(|| format!("/staff/fairs/{}", fair.id));
    Ok(respond(state, staff, request, again, move || {
        provide_context(view.clone());
        provide_context(form.clone());
    })
    .await)
}

/// `GET /staff/fairs/{id}`.
pub async fn show_fair(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = fair_in_scope(&state, &staff, id_of(&id)).await;
    let (fair, request) = found(&state, request, lookup).await?;
    let form = FormState::new(fair_values(&fair));
    fair_page(&state, &staff, request, &fair, form).await
}

/// `POST /staff/fairs/new`.
pub async fn create_fair(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let actor = staff.actor(client(&state, &request));
    let (request, sent) = read_form(request).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let Some(details) = read_fair(&mut form) else {
        let again = Some("/staff/fairs/new".to_string());
        return Ok(respond(&state, &staff, request, again, move || {
            provide_context(form.clone())
        })
        .await);
    };
    let area = staff.account.area_code.clone();
    let saved = async {
        let txn = state.db.begin().await?;
        let id = store::create_fair(&txn, &area, &details).await?;
        let detail = Some(format!("created: {} ({})", details.title_zh, details.starts_at));
        audit::record(
            &txn,
            &actor,
            AuditAction::EditEvent,
            &format!("fair:{id}"),
            detail,
        )
        .await?;
        txn.commit().await?;
        Ok::<_, DbErr>(id)
    };
    let id = saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/fairs/{id}?done=created")))
}

/// A fair in scope and the form posted to it, or the response that ends the request.
async fn fair_post(
    state: &PortalState,
    session: &Session,
    id: &str,
    request: Request,
) -> Early<(Staff, Actor, Fair, Request, FormState)> {
    let (staff, request) = editor(state, session, request).await?;
    let lookup = fair_in_scope(state, &staff, id_of(id)).await;
    let (fair, request) = found(state, request, lookup).await?;
    let actor = staff.actor(client(state, &request));
    let (request, sent) = read_form(request).await;
    let form = FormState::new(sent.pairs().to_vec());
    Ok((staff, actor, fair, request, form))
}

/// `POST /staff/fairs/{id}`: the fair's details.
pub async fn update_fair(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, fair, request, mut form) = fair_post(&state, &session, &id, request).await?;
    let Some(details) = read_fair(&mut form) else {
        return fair_page(&state, &staff, request, &fair, form).await;
    };
    let saved = async {
        let txn = state.db.begin().await?;
        store::update_fair(&txn, fair.id, &details).await?;
        let detail = Some(format!(
            "{} ({}) -> {} ({})",
            fair.title_zh, fair.starts_at, details.title_zh, details.starts_at
        ));
        audit::record(
            &txn,
            &actor,
            AuditAction::EditEvent,
            &format!("fair:{}", fair.id),
            detail,
        )
        .await?;
        txn.commit().await
    };
    saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/fairs/{}?done=saved", fair.id)))
}

/// `POST /staff/fairs/{id}/employers`.
pub async fn add_employer(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, fair, request, mut form) = fair_post(&state, &session, &id, request).await?;
    let name = text(
        &mut form,
        "employer_name",
        SHORT_TEXT,
        Some("staff-fair-employer-name-error"),
    );
    let description = text(&mut form, "employer_description", LONG_TEXT, None);
    if form.has_errors() {
        let form = with_stored(fair_values(&fair), form);
        return fair_page(&state, &staff, request, &fair, form).await;
    }
    let saved = async {
        let txn = state.db.begin().await?;
        let employer = store::add_employer(&txn, fair.id, &name, &description).await?;
        let detail = Some(format!("employer:{employer} added: {name}"));
        audit::record(
            &txn,
            &actor,
            AuditAction::EditEvent,
            &format!("fair:{}", fair.id),
            detail,
        )
        .await?;
        txn.commit().await
    };
    saved.await.map_err(failed)?;
    Ok(see_other(&format!(
        "/staff/fairs/{}?done=employer-added#employers-heading",
        fair.id
    )))
}

/// `POST /staff/fairs/{id}/positions`.
pub async fn add_position(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, fair, request, mut form) = fair_post(&state, &session, &id, request).await?;
    let employer_id = id_of(&form.value("employer"));
    let employers = fairs::employers(&state.db, fair.id).await.map_err(failed)?;
    let known = employers.iter().any(|(e, _)| Some(e.id) == employer_id);
    if !known {
        form.add("employer", "staff-fair-employer-error");
    }
    let title = text(
        &mut form,
        "position_title",
        SHORT_TEXT,
        Some("staff-fair-position-title-error"),
    );
    let needs = text(&mut form, "needs", LONG_TEXT, None);
    let adjustments_offered = text(&mut form, "adjustments_offered", LONG_TEXT, None);
    let openings = number(
        &mut form,
        "openings",
        1,
        MAX_OPENINGS,
        "staff-fair-openings-error",
    );
    let (Some(employer_id), Some(openings)) = (employer_id.filter(|_| !form.has_errors()), openings) else {
        let form = with_stored(fair_values(&fair), form);
        return fair_page(&state, &staff, request, &fair, form).await;
    };
    let details = PositionDetails {
        employer_id,
        title,
        needs,
        adjustments_offered,
        openings,
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let Some(position) = store::add_position(&txn, fair.id, &details).await? else {
            txn.rollback().await?;
            return Ok::<_, DbErr>("unchanged");
        };
        let detail = Some(format!(
            "position:{position} added for employer:{}: {} ({})",
            details.employer_id, details.title, details.openings
        ));
        audit::record(
            &txn,
            &actor,
            AuditAction::EditEvent,
            &format!("fair:{}", fair.id),
            detail,
        )
        .await?;
        txn.commit().await?;
        Ok("position-added")
    };
    let done = saved.await.map_err(failed)?;
    Ok(see_other(&format!(
        "/staff/fairs/{}?done={done}#employers-heading",
        fair.id
    )))
}

/// `POST /staff/fairs/{id}/cancel`: cancels the fair and emails everyone registered.
pub async fn cancel_fair(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, fair, request, mut form) = fair_post(&state, &session, &id, request).await?;
    let Some(reason) = read_reason(&mut form) else {
        let form = with_stored(fair_values(&fair), form);
        return fair_page(&state, &staff, request, &fair, form).await;
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let Some(emailed) = store::cancel_fair(&txn, &state.public_url, &fair, &reason).await? else {
            txn.rollback().await?;
            return Ok::<_, DbErr>("unchanged");
        };
        let detail = Some(format!("{reason} ({emailed} emails)"));
        audit::record(
            &txn,
            &actor,
            AuditAction::CancelEvent,
            &format!("fair:{}", fair.id),
            detail,
        )
        .await?;
        txn.commit().await?;
        Ok("fair-cancelled")
    };
    let done = saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/fairs/{}?done={done}", fair.id)))
}

// Registrations.

async fn registrations_view(
    state: &PortalState,
    actor: &Actor,
    lang: Lang,
    fair: &Fair,
) -> Result<RegistrationsView, DbErr> {
    let registrations = store::registrations_of_fair(&state.db, fair.id).await?;
    let employers = fairs::employers(&state.db, fair.id).await?;
    let detail = Some(format!("{} registrations", registrations.len()));
    audit::record(
        &state.db,
        actor,
        AuditAction::ViewAttendees,
        &format!("fair:{}", fair.id),
        detail,
    )
    .await?;
    let employer_name = |id: Option<i32>| {
        employers
            .iter()
            .find(|(e, _)| Some(e.id) == id)
            .map(|(e, _)| e.name.clone())
    };
    Ok(RegistrationsView {
        fair_id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        when: event_time(lang, fair.starts_at, fair.ends_at),
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

async fn registrations_page(
    state: &PortalState,
    staff: &Staff,
    request: Request,
    fair: &Fair,
    form: FormState,
) -> Early<Response> {
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(state, &request));
    let view = registrations_view(state, &actor, lang, fair)
        .await
        .map_err(failed)?;
    let again = form
        .has_errors()
        .then(|| format!("/staff/fairs/{}/registrations", fair.id));
    Ok(respond(state, staff, request, again, move || {
        provide_context(view.clone());
        provide_context(form.clone());
    })
    .await)
}

/// `GET /staff/fairs/{id}/registrations`.
pub async fn registrations(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = fair_in_scope(&state, &staff, id_of(&id)).await;
    let (fair, request) = found(&state, request, lookup).await?;
    registrations_page(&state, &staff, request, &fair, FormState::default()).await
}

fn registrations_csv(
    lang: Lang,
    rows: &[Registration],
    employers: &[fairs::EmployerWithPositions],
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    let headers = [
        "staff-events-col-name",
        "staff-events-col-adjustments",
        "staff-events-col-other-needs",
        "staff-events-csv-registered",
        "staff-events-col-checked-in",
        "staff-registrations-col-hired",
    ];
    writer.write_record(headers.iter().map(|id| tr(lang, id)))?;
    for r in rows {
        let hired = employers
            .iter()
            .find(|(e, _)| Some(e.id) == r.hired_employer_id)
            .map(|(e, _)| e.name.clone())
            .unwrap_or_default();
        writer.write_record([
            cell(&r.person_name),
            adjustments_csv(lang, &r.adjustments),
            cell(&r.other_needs),
            csv_time(Some(r.registered_at)),
            csv_time(r.checked_in_at),
            cell(&hired),
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// `GET /staff/fairs/{id}/registrations.csv`.
pub async fn registrations_export(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = fair_in_scope(&state, &staff, id_of(&id)).await;
    let (fair, request) = found(&state, request, lookup).await?;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let loaded = async {
        let rows = store::registrations_of_fair(&state.db, fair.id).await?;
        let employers = fairs::employers(&state.db, fair.id).await?;
        let detail = Some(format!("{} rows", rows.len()));
        audit::record(
            &state.db,
            &actor,
            AuditAction::ExportAttendees,
            &format!("fair:{}", fair.id),
            detail,
        )
        .await?;
        Ok::<_, DbErr>((rows, employers))
    };
    let (rows, employers) = loaded.await.map_err(failed)?;
    let bytes = registrations_csv(lang, &rows, &employers).map_err(failed)?;
    Ok(csv_response(
        bytes,
        &format!("fair-{}-registrations.csv", fair.id),
    ))
}

/// `POST /staff/registrations/{id}/check-in`: idempotent.
pub async fn check_in_registration(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = registration_in_scope(&state, &staff, &id).await;
    let ((registration, fair), request) = found(&state, request, lookup).await?;
    let actor = staff.actor(client(&state, &request));
    let saved = async {
        let txn = state.db.begin().await?;
        let changed = store::check_in_registration(&txn, registration.id).await?;
        if changed {
            let detail = Some(format!("fair:{}", fair.id));
            let target = format!("registration:{}", registration.id);
            audit::record(&txn, &actor, AuditAction::CheckIn, &target, detail).await?;
        }
        txn.commit().await?;
        Ok::<_, DbErr>(changed)
    };
    let done = if saved.await.map_err(failed)? {
        "checked-in"
    } else {
        "unchanged"
    };
    Ok(see_other(&format!(
        "/staff/fairs/{}/registrations?done={done}#registration-{}",
        fair.id, registration.id
    )))
}

/// `POST /staff/registrations/{id}/hire`: the employer (one of the fair's) that hired the person.
pub async fn record_hire(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = registration_in_scope(&state, &staff, &id).await;
    let ((registration, fair), request) = found(&state, request, lookup).await?;
    let actor = staff.actor(client(&state, &request));
    let (request, sent) = read_form(request).await;
    let field = format!("employer-{}", registration.id);
    let mut form = FormState::new(sent.pairs().to_vec());
    let Some(employer_id) = sent.get("employer").and_then(id_of) else {
        form.add(&field, "staff-registrations-employer-error");
        return registrations_page(&state, &staff, request, &fair, form).await;
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let hire = store::record_hire(&txn, &registration, employer_id).await?;
        if let Hire::Recorded(name) = &hire {
            let detail = Some(format!("employer:{employer_id} {name}"));
            let target = format!("registration:{}", registration.id);
            audit::record(&txn, &actor, AuditAction::RecordHire, &target, detail).await?;
        }
        txn.commit().await?;
        Ok::<_, DbErr>(hire)
    };
    let done = match saved.await.map_err(failed)? {
        Hire::Recorded(_) => "hired",
        Hire::NotActive => "unchanged",
        Hire::UnknownEmployer => {
            form.add(&field, "staff-registrations-employer-error");
            return registrations_page(&state, &staff, request, &fair, form).await;
        }
    };
    Ok(see_other(&format!(
        "/staff/fairs/{}/registrations?done={done}#registration-{}",
        fair.id, registration.id
    )))
}

// Courses.

async fn course_view(state: &PortalState, lang: Lang, course: &Course) -> Result<CourseEditView, DbErr> {
    let sessions = training::sessions(&state.db, course.id, None).await?;
    Ok(CourseEditView {
        id: course.id,
        title: Content::pick(lang, &course.title_zh, &course.title_en),
        sessions: sessions
            .iter()
            .map(|s| SessionRow {
                id: s.session.id,
                when: event_time(lang, s.session.starts_at, s.session.ends_at),
                place: training::place_content(lang, &s.session),
                capacity: s.session.capacity,
                held: s.held,
                waiting: s.waiting,
                cancelled: s.session.cancelled_at.is_some(),
            })
            .collect(),
    })
}

async fn course_page(
    state: &PortalState,
    staff: &Staff,
    request: Request,
    course: &Course,
    form: FormState,
) -> Early<Response> {
    let lang = request_lang(request.headers());
    let view = course_view(state, lang, course).await.map_err(failed)?;
    let again = form.has_errors().then(|| format!("/staff/courses/{}", course.id));
    Ok(respond(state, staff, request, again, move || {
        provide_context(view.clone());
        provide_context(form.clone());
    })
    .await)
}

/// A course in scope and the form posted to it, or the response that ends the request.
async fn course_post(
    state: &PortalState,
    session: &Session,
    id: &str,
    request: Request,
) -> Early<(Staff, Actor, Course, Request, FormState)> {
    let (staff, request) = editor(state, session, request).await?;
    let lookup = course_in_scope(state, &staff, id_of(id)).await;
    let (course, request) = found(state, request, lookup).await?;
    let actor = staff.actor(client(state, &request));
    let (request, sent) = read_form(request).await;
    let form = FormState::new(sent.pairs().to_vec());
    Ok((staff, actor, course, request, form))
}

/// `GET /staff/courses/{id}`.
pub async fn show_course(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = course_in_scope(&state, &staff, id_of(&id)).await;
    let (course, request) = found(&state, request, lookup).await?;
    let form = FormState::new(course_values(&course));
    course_page(&state, &staff, request, &course, form).await
}

/// `POST /staff/courses/new`.
pub async fn create_course(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let actor = staff.actor(client(&state, &request));
    let (request, sent) = read_form(request).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let Some(details) = read_course(&mut form) else {
        let again = Some("/staff/courses/new".to_string());
        return Ok(respond(&state, &staff, request, again, move || {
            provide_context(form.clone())
        })
        .await);
    };
    let area = staff.account.area_code.clone();
    let saved = async {
        let txn = state.db.begin().await?;
        let id = store::create_course(&txn, &area, &details).await?;
        let detail = Some(format!("created: {}", details.title_zh));
        audit::record(
            &txn,
            &actor,
            AuditAction::EditEvent,
            &format!("course:{id}"),
            detail,
        )
        .await?;
        txn.commit().await?;
        Ok::<_, DbErr>(id)
    };
    let id = saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/courses/{id}?done=created")))
}

/// `POST /staff/courses/{id}`: the course's details.
pub async fn update_course(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, course, request, mut form) = course_post(&state, &session, &id, request).await?;
    let Some(details) = read_course(&mut form) else {
        return course_page(&state, &staff, request, &course, form).await;
    };
    let saved = async {
        let txn = state.db.begin().await?;
        store::update_course(&txn, course.id, &details).await?;
        let detail = Some(format!("{} -> {}", course.title_zh, details.title_zh));
        audit::record(
            &txn,
            &actor,
            AuditAction::EditEvent,
            &format!("course:{}", course.id),
            detail,
        )
        .await?;
        txn.commit().await
    };
    saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/courses/{}?done=saved", course.id)))
}

/// `POST /staff/courses/{id}/sessions`.
pub async fn add_session(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, course, request, mut form) = course_post(&state, &session, &id, request).await?;
    let Some(details) = read_session(&mut form) else {
        let form = with_stored(course_values(&course), form);
        return course_page(&state, &staff, request, &course, form).await;
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let id = store::add_session(&txn, course.id, &details).await?;
        let detail = Some(format!(
            "added to course:{}: {} to {}, {} places",
            course.id, details.starts_at, details.ends_at, details.capacity
        ));
        audit::record(
            &txn,
            &actor,
            AuditAction::EditEvent,
            &format!("session:{id}"),
            detail,
        )
        .await?;
        txn.commit().await
    };
    saved.await.map_err(failed)?;
    Ok(see_other(&format!(
        "/staff/courses/{}?done=session-added#sessions-heading",
        course.id
    )))
}

// Sessions.

async fn session_view(
    state: &PortalState,
    actor: &Actor,
    lang: Lang,
    session: &CourseSession,
    course: &Course,
) -> Result<SessionPageView, DbErr> {
    let bookings = store::active_bookings(&state.db, session.id).await?;
    let detail = Some(format!("{} bookings", bookings.len()));
    audit::record(
        &state.db,
        actor,
        AuditAction::ViewAttendees,
        &format!("session:{}", session.id),
        detail,
    )
    .await?;
    let places: Vec<PlaceRow> = bookings
        .iter()
        .filter(|b| b.status().holds_place())
        .map(|b| PlaceRow {
            id: b.id,
            name: b.person_name.clone(),
            adjustments: adjustments_from(&b.adjustments),
            other_needs: b.other_needs.clone(),
            offered_until: (b.status() == BookingStatus::Offered).then(|| {
                b.offer_expires_at
                    .map(|at| local_text(lang, at))
                    .unwrap_or_default()
            }),
            checked_in: b.checked_in_at.map(|at| local_text(lang, at)),
            completed: b
                .completed_at
                .map(|at| date_text(lang, utc_to_chongqing(at).date())),
        })
        .collect();
    let waiting = bookings
        .iter()
        .filter(|b| b.status() == BookingStatus::Waiting)
        .enumerate()
        .map(|(i, b)| WaitingRow {
            id: b.id,
            number: i + 1,
            name: b.person_name.clone(),
            adjustments: adjustments_from(&b.adjustments),
            other_needs: b.other_needs.clone(),
        })
        .collect();
    Ok(SessionPageView {
        id: session.id,
        course_id: course.id,
        course_title: Content::pick(lang, &course.title_zh, &course.title_en),
        when: event_time(lang, session.starts_at, session.ends_at),
        place: training::place_content(lang, session),
        address: (!session.online).then(|| Content::pick(lang, &session.address_zh, &session.address_en)),
        capacity: session.capacity,
        held: places.len(),
        cancelled: session
            .cancelled_at
            .map(|_| session.cancel_reason.clone().unwrap_or_default()),
        places,
        waiting,
    })
}

async fn session_page(
    state: &PortalState,
    staff: &Staff,
    request: Request,
    found: &(CourseSession, Course),
    form: FormState,
) -> Early<Response> {
    let (session, course) = found;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(state, &request));
    let view = session_view(state, &actor, lang, session, course)
        .await
        .map_err(failed)?;
    let again = form
        .has_errors()
        .then(|| format!("/staff/sessions/{}", session.id));
    Ok(respond(state, staff, request, again, move || {
        provide_context(view.clone());
        provide_context(form.clone());
    })
    .await)
}

/// `GET /staff/sessions/{id}`.
pub async fn show_session(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = session_in_scope(&state, &staff, id_of(&id)).await;
    let (found_session, request) = found(&state, request, lookup).await?;
    session_page(&state, &staff, request, &found_session, FormState::default()).await
}

/// A session in scope and the form posted to it, or the response that ends the request.
async fn session_post(
    state: &PortalState,
    session: &Session,
    id: &str,
    request: Request,
) -> Early<(Staff, Actor, (CourseSession, Course), Request, FormState)> {
    let (staff, request) = editor(state, session, request).await?;
    let lookup = session_in_scope(state, &staff, id_of(id)).await;
    let (found_session, request) = found(state, request, lookup).await?;
    let actor = staff.actor(client(state, &request));
    let (request, sent) = read_form(request).await;
    let form = FormState::new(sent.pairs().to_vec());
    Ok((staff, actor, found_session, request, form))
}

/// `POST /staff/sessions/{id}/capacity`: never below the places held; freed
/// places go to the waiting list.
pub async fn change_capacity(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, found_session, request, mut form) =
        session_post(&state, &session, &id, request).await?;
    let session_id = found_session.0.id;
    let Some(capacity) = number(
        &mut form,
        "capacity",
        1,
        MAX_CAPACITY,
        "staff-session-capacity-error",
    ) else {
        return session_page(&state, &staff, request, &found_session, form).await;
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let change = store::change_capacity(
            &txn,
            crate::training::store::Offers::of(&state),
            session_id,
            capacity,
            Utc::now(),
        )
        .await?;
        if let CapacityChange::Changed(before) = change {
            let detail = Some(format!("capacity {before} -> {capacity}"));
            audit::record(
                &txn,
                &actor,
                AuditAction::EditEvent,
                &format!("session:{session_id}"),
                detail,
            )
            .await?;
            txn.commit().await?;
        } else {
            txn.rollback().await?;
        }
        Ok::<_, DbErr>(change)
    };
    let done = match saved.await.map_err(failed)? {
        CapacityChange::Changed(_) => "capacity-changed",
        CapacityChange::Cancelled => "unchanged",
        CapacityChange::BelowHeld(held) => {
            form.add_with(
                "capacity",
                "staff-session-capacity-below-held",
                vec![("held", held.to_string())],
            );
            return session_page(&state, &staff, request, &found_session, form).await;
        }
    };
    Ok(see_other(&format!("/staff/sessions/{session_id}?done={done}")))
}

/// `POST /staff/sessions/{id}/cancel`: cancels the session and every
/// booking in play, and emails each account.
pub async fn cancel_session(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, actor, found_session, request, mut form) =
        session_post(&state, &session, &id, request).await?;
    let session_id = found_session.0.id;
    let Some(reason) = read_reason(&mut form) else {
        return session_page(&state, &staff, request, &found_session, form).await;
    };
    let saved = async {
        let txn = state.db.begin().await?;
        let Some(cancelled) = store::cancel_session(&txn, &state.public_url, session_id, &reason).await?
        else {
            txn.rollback().await?;
            return Ok::<_, DbErr>("unchanged");
        };
        let detail = Some(format!("{reason} ({cancelled} bookings cancelled)"));
        audit::record(
            &txn,
            &actor,
            AuditAction::CancelEvent,
            &format!("session:{session_id}"),
            detail,
        )
        .await?;
        txn.commit().await?;
        Ok("session-cancelled")
    };
    let done = saved.await.map_err(failed)?;
    Ok(see_other(&format!("/staff/sessions/{session_id}?done={done}")))
}

fn bookings_csv(lang: Lang, bookings: &[Booking]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    let headers = [
        "staff-events-csv-status",
        "staff-session-col-number",
        "staff-events-col-name",
        "staff-events-col-adjustments",
        "staff-events-col-other-needs",
        "staff-events-csv-booked",
        "staff-session-csv-offer-expires",
        "staff-events-col-checked-in",
        "staff-session-col-completed",
    ];
    writer.write_record(headers.iter().map(|id| tr(lang, id)))?;
    let mut waiting = 0;
    for b in bookings {
        let status = b.status();
        let number = if status == BookingStatus::Waiting {
            waiting += 1;
            waiting.to_string()
        } else {
            String::new()
        };
        writer.write_record([
            tr(
                lang,
                &format!("staff-events-status-{}", status.key().replace('_', "-")),
            ),
            number,
            cell(&b.person_name),
            adjustments_csv(lang, &b.adjustments),
            cell(&b.other_needs),
            csv_time(Some(b.booked_at)),
            csv_time(b.offer_expires_at),
            csv_time(b.checked_in_at),
            csv_time(b.completed_at),
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// `GET /staff/sessions/{id}/bookings.csv`: places, then the waiting list in order.
pub async fn bookings_export(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = session_in_scope(&state, &staff, id_of(&id)).await;
    let ((found_session, _), request) = found(&state, request, lookup).await?;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let loaded = async {
        let mut bookings = store::active_bookings(&state.db, found_session.id).await?;
        bookings.sort_by_key(|b| !b.status().holds_place());
        let detail = Some(format!("{} rows", bookings.len()));
        let target = format!("session:{}", found_session.id);
        audit::record(&state.db, &actor, AuditAction::ExportAttendees, &target, detail).await?;
        Ok::<_, DbErr>(bookings)
    };
    let bookings = loaded.await.map_err(failed)?;
    let bytes = bookings_csv(lang, &bookings).map_err(failed)?;
    Ok(csv_response(
        bytes,
        &format!("session-{}-bookings.csv", found_session.id),
    ))
}

// Bookings.

/// What staff do to one booking.
#[derive(Clone, Copy)]
enum BookingChange {
    CheckIn,
    Complete,
    Move,
}

async fn change_booking(
    state: PortalState,
    session: Session,
    id: String,
    request: Request,
    change: BookingChange,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = booking_in_scope(&state, &staff, &id).await;
    let ((booking, found_session, _), request) = found(&state, request, lookup).await?;
    let actor = staff.actor(client(&state, &request));
    let (_, sent) = read_form(request).await;
    let direction = sent.get("direction").and_then(Direction::parse);
    let target = format!("booking:{}", booking.id);
    let saved = async {
        let txn = state.db.begin().await?;
        let (changed, action, detail, done) = match change {
            BookingChange::CheckIn => (
                store::check_in_booking(&txn, booking.id).await?,
                AuditAction::CheckIn,
                format!("session:{}", found_session.id),
                "checked-in",
            ),
            BookingChange::Complete => (
                store::complete_booking(&txn, booking.id).await?,
                AuditAction::RecordCompletion,
                format!("session:{}", found_session.id),
                "completed",
            ),
            BookingChange::Move => {
                let moved = match direction {
                    Some(direction) => store::move_waiting(&txn, booking.id, found_session.id, direction)
                        .await?
                        .map(|other| format!("{} (swapped with booking:{other})", direction.key())),
                    None => None,
                };
                (
                    moved.is_some(),
                    AuditAction::ReorderWaitingList,
                    moved.unwrap_or_default(),
                    "moved",
                )
            }
        };
        if changed {
            audit::record(&txn, &actor, action, &target, Some(detail)).await?;
            txn.commit().await?;
            Ok::<_, DbErr>(done)
        } else {
            txn.rollback().await?;
            Ok("unchanged")
        }
    };
    let done = saved.await.map_err(failed)?;
    Ok(see_other(&format!(
        "/staff/sessions/{}?done={done}#booking-{}",
        found_session.id, booking.id
    )))
}

/// `POST /staff/bookings/{id}/check-in`: idempotent.
pub async fn check_in_booking(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    change_booking(state, session, id, request, BookingChange::CheckIn).await
}

/// `POST /staff/bookings/{id}/complete`: confirmed bookings only.
pub async fn complete_booking(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    change_booking(state, session, id, request, BookingChange::Complete).await
}

/// `POST /staff/bookings/{id}/move` with `direction=up|down`.
pub async fn move_booking(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    change_booking(state, session, id, request, BookingChange::Move).await
}

/// `GET /staff/sessions/{id}/certificates/{booking}`: for a completed booking of that session.
pub async fn certificate(
    State(state): State<PortalState>,
    session: Session,
    Path((id, booking_id)): Path<(String, String)>,
    request: Request,
) -> Early<Response> {
    let (staff, request) = editor(&state, &session, request).await?;
    let lookup = booking_in_scope(&state, &staff, &booking_id)
        .await
        .map(|found| found.filter(|(b, s, _)| Some(s.id) == id_of(&id) && b.completed_at.is_some()));
    let ((booking, found_session, course), request) = found(&state, request, lookup).await?;
    let lang = request_lang(request.headers());
    let actor = staff.actor(client(&state, &request));
    let target = format!("booking:{}", booking.id);
    let detail = Some("certificate".to_string());
    audit::record(&state.db, &actor, AuditAction::ViewAttendees, &target, detail)
        .await
        .map_err(failed)?;
    let view = CertificateView {
        session_id: found_session.id,
        name: booking.person_name.clone(),
        course: Content::pick(lang, &course.title_zh, &course.title_en),
        when: event_time(lang, found_session.starts_at, found_session.ends_at),
        issued: booking
            .completed_at
            .map(|at| date_text(lang, utc_to_chongqing(at).date()))
            .unwrap_or_default(),
    };
    Ok(page(&state, &staff, request, move || provide_context(view.clone())).await)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tr_with;

    fn form(pairs: &[(&str, &str)]) -> FormState {
        FormState::new(super::pairs(pairs))
    }

    #[test]
    fn times_are_read_on_the_24_hour_clock() {
        let mut sent = form(&[("date", "2026-12-05"), ("starts", "09：30"), ("ends", " 12:00 ")]);
        let when = read_when(&mut sent);
        assert!(!sent.has_errors());
        assert_eq!(
            when.map(|(s, e)| (s.to_string(), e.to_string())),
            Some((
                "2026-12-05 09:30:00".to_string(),
                "2026-12-05 12:00:00".to_string()
            ))
        );
        let mut backwards = form(&[("date", "2026-12-05"), ("starts", "12:00"), ("ends", "09:00")]);
        assert_eq!(read_when(&mut backwards), None);
        assert_eq!(backwards.errors.len(), 1);
        let mut nonsense = form(&[("date", "5/12/2026"), ("starts", "9am"), ("ends", "")]);
        assert_eq!(read_when(&mut nonsense), None);
        assert_eq!(nonsense.errors.len(), 3);
    }

    #[test]
    fn numbers_and_required_text_are_checked() {
        let mut sent = form(&[
            ("openings", "1000"),
            ("title_zh", "  "),
            ("title_en", &"x".repeat(201)),
        ]);
        assert_eq!(
            number(
                &mut sent,
                "openings",
                1,
                MAX_OPENINGS,
                "staff-fair-openings-error"
            ),
            None
        );
        text(
            &mut sent,
            "title_zh",
            SHORT_TEXT,
            Some("staff-fair-title-zh-error"),
        );
        text(&mut sent, "title_en", SHORT_TEXT, None);
        let fields: Vec<&str> = sent.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["openings", "title_zh", "title_en"]);
        assert_eq!(id_of("-3"), None);
        assert_eq!(id_of("12"), Some(12));
        assert_eq!(id_of("12abc"), None);
    }

    #[test]
    fn generated_message_ids_exist_in_both_languages() {
        let mut ids: Vec<String> = [
            "created",
            "saved",
            "employer-added",
            "position-added",
            "fair-cancelled",
            "session-added",
            "capacity-changed",
            "session-cancelled",
            "checked-in",
            "hired",
            "completed",
            "moved",
            "unchanged",
        ]
        .iter()
        .map(|done| format!("staff-events-done-{done}"))
        .collect();
        ids.extend(BookingStatus::ALL.map(|s| format!("staff-events-status-{}", s.key().replace('_', "-"))));
        ids.push("staff-events-title".to_string());
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &[]), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
