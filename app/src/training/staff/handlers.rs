//! `/staff/courses…`, `/staff/sessions…` and `/staff/bookings…`. Every
//! handler asks for `EditEvents`; a course outside the staff member's area
//! (and a session or booking of one) is "not found".

use super::pages::{
    CertificatePage, CertificateView, CourseEditView, EditCoursePage, NewCoursePage, PlaceRow,
    SessionPageView, SessionRow, StaffSessionPage, WaitingRow,
};
use super::store::{
    self, BookingOfSession, CapacityChange, CourseDetails, Direction, SessionDetails, SessionOfCourse,
};
use crate::accounts::staff_session::{EditEvents, Scoped, Staff};
use crate::components::{Content, Done};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::bookings::{adjustments_from, BookingStatus};
use crate::domain::local_time::date_in_chongqing;
use crate::event_editing::{
    adjustments_csv, csv_time, feature_pairs, local_text, pairs, read_features, read_reason, read_when,
    with_stored, EventDone, ADDRESS_TEXT, LONG_TEXT, SHORT_TEXT,
};
use crate::forms::FormState;
use crate::i18n::{dates, tr, Lang};
use crate::training::store::{self as training, Course, Offers};
use crate::web::csv::CsvFile;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathIds, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

const MAX_CAPACITY: i32 = 1000;

type Editor = Staff<EditEvents>;
type AtCourse = Scoped<Course>;
type AtSession = Scoped<SessionOfCourse>;
type AtBooking = Scoped<BookingOfSession>;

fn read_course(form: &mut FormState) -> Option<CourseDetails> {
    let details = CourseDetails {
        title_zh: form.text("title_zh", SHORT_TEXT, Some("staff-course-title-zh-error")),
        title_en: form.text("title_en", SHORT_TEXT, None),
        description_zh: form.text(
            "description_zh",
            LONG_TEXT,
            Some("staff-course-description-zh-error"),
        ),
        description_en: form.text("description_en", LONG_TEXT, None),
        suits_zh: form.text("suits_zh", LONG_TEXT, Some("staff-course-suits-zh-error")),
        suits_en: form.text("suits_en", LONG_TEXT, None),
        features: read_features(form),
    };
    (!form.has_errors()).then_some(details)
}

fn read_session(form: &mut FormState) -> Option<SessionDetails> {
    let when = read_when(form);
    let online = form.ticked("online", "yes");
    let place_required = |message| (!online).then_some(message);
    let venue_zh = form.text(
        "venue_zh",
        SHORT_TEXT,
        place_required("staff-events-venue-zh-error"),
    );
    let venue_en = form.text("venue_en", SHORT_TEXT, None);
    let address_zh = form.text(
        "address_zh",
        ADDRESS_TEXT,
        place_required("staff-events-address-zh-error"),
    );
    let address_en = form.text("address_en", ADDRESS_TEXT, None);
    let capacity = form.number("capacity", 1..=MAX_CAPACITY, "staff-session-capacity-error");
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

/// `GET /staff/courses/new`: an empty form.
pub async fn new_form(staff: Editor) -> Page {
    staff.page(NewCoursePage)
}

/// `POST /staff/courses/new`.
pub async fn create(
    State(state): State<PortalState>,
    staff: Editor,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(details) = read_course(&mut form) else {
        return Ok(staff.page(NewCoursePage).rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    let id = store::create_course(change.db(), &staff.member.area, &details, staff.actor.at).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Course(id))
        .detail(format!("created: {}", details.title_zh));
    change.commit(audit).await?;
    Ok(see_other(
        &EventDone::Created.at(&format!("/staff/courses/{id}"), None),
    ))
}

async fn course_view(state: &PortalState, lang: Lang, course: &Course) -> PageResult<CourseEditView> {
    let sessions = training::sessions(&state.db, course.id, None).await?;
    Ok(CourseEditView {
        id: course.id,
        title: Content::pick(lang, &course.title_zh, &course.title_en),
        sessions: sessions
            .iter()
            .map(|s| SessionRow {
                id: s.session.id,
                when: dates::span(lang, s.session.starts_at, s.session.ends_at),
                place: training::place_content(lang, &s.session),
                capacity: s.session.capacity,
                held: s.held,
                waiting: s.waiting,
                cancelled: s.session.cancelled_at.is_some(),
            })
            .collect(),
    })
}

/// The course's page with `form`: its stored values, or what was sent and what to fix (422).
async fn course_page(at: &AtCourse, form: FormState) -> PageResult<Response> {
    let view = course_view(&at.state, at.lang(), &at.found).await?;
    Ok(at.page(EditCoursePage).with(view).with_form(form).into_response())
}

/// `GET /staff/courses/{id}`.
pub async fn show(at: AtCourse) -> PageResult<Response> {
    course_page(&at, FormState::new(course_values(&at.found))).await
}

/// `POST /staff/courses/{id}`: the course's details.
pub async fn update(at: AtCourse, sent: FormValues) -> PageResult<Response> {
    let course = &at.found;
    let mut form = sent.to_form();
    let Some(details) = read_course(&mut form) else {
        return course_page(&at, form).await;
    };
    let change = at.change().await?;
    store::update_course(change.db(), course.id, &details, at.staff.actor.at).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Course(course.id))
        .detail(format!("{} -> {}", course.title_zh, details.title_zh));
    change.commit(audit).await?;
    Ok(see_other(
        &EventDone::Saved.at(&format!("/staff/courses/{}", course.id), None),
    ))
}

/// `POST /staff/courses/{id}/sessions`.
pub async fn add_session(at: AtCourse, sent: FormValues) -> PageResult<Response> {
    let course = &at.found;
    let mut form = sent.to_form();
    let Some(details) = read_session(&mut form) else {
        return course_page(&at, with_stored(course_values(course), form)).await;
    };
    let change = at.change().await?;
    let id = store::add_session(change.db(), course.id, &details).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Session(id)).detail(format!(
        "added to course:{}: {} to {}, {} places",
        course.id, details.starts_at, details.ends_at, details.capacity
    ));
    change.commit(audit).await?;
    let path = format!("/staff/courses/{}", course.id);
    Ok(see_other(
        &EventDone::SessionAdded.at(&path, Some("sessions-heading")),
    ))
}

async fn session_view(
    state: &PortalState,
    staff: &Editor,
    found: &SessionOfCourse,
) -> PageResult<SessionPageView> {
    let lang = staff.lang;
    let SessionOfCourse { session, course } = found;
    let bookings = store::active_bookings(&state.db, session.id).await?;
    let audit = Audit::new(AuditAction::ViewAttendees, AuditTarget::Session(session.id))
        .detail(format!("{} bookings", bookings.len()));
    staff.actor.record(&state.db, audit).await?;
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
                .map(|at| dates::date_with_weekday(lang, date_in_chongqing(at))),
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
        when: dates::span(lang, session.starts_at, session.ends_at),
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

async fn session_page(at: &AtSession) -> PageResult<Page> {
    let view = session_view(&at.state, &at.staff, &at.found).await?;
    Ok(at.page(StaffSessionPage).with(view))
}

fn back_to_session(session_id: i32, done: EventDone, anchor: Option<&str>) -> Response {
    see_other(&done.at(&format!("/staff/sessions/{session_id}"), anchor))
}

/// `GET /staff/sessions/{id}`.
pub async fn show_session(at: AtSession) -> PageResult<Page> {
    session_page(&at).await
}

/// `POST /staff/sessions/{id}/capacity`: never below the places held; freed
/// places go to the waiting list.
pub async fn change_capacity(at: AtSession, sent: FormValues) -> PageResult<Response> {
    let session_id = at.found.session.id;
    let mut form = sent.to_form();
    let Some(capacity) = form.number("capacity", 1..=MAX_CAPACITY, "staff-session-capacity-error") else {
        return Ok(session_page(&at).await?.rejected(form).into_response());
    };
    let change = at.change().await?;
    let offers = Offers::of(&at.state);
    let changed =
        store::change_capacity(change.db(), offers, session_id, capacity, at.staff.actor.at).await?;
    let before = match changed {
        CapacityChange::Changed(before) => Some(before),
        CapacityChange::Cancelled => None,
        CapacityChange::BelowHeld(held) => {
            change.abandon().await?;
            let held = vec![("held", held.to_string())];
            form.add_with("capacity", "staff-session-capacity-below-held", held);
            return Ok(session_page(&at).await?.rejected(form).into_response());
        }
    };
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Session(session_id))
        .detail(format!("capacity {} -> {capacity}", before.unwrap_or_default()));
    let done = match change.commit_if(before.is_some(), audit).await? {
        true => EventDone::CapacityChanged,
        false => EventDone::Unchanged,
    };
    Ok(back_to_session(session_id, done, None))
}

/// `POST /staff/sessions/{id}/cancel`: cancels the session and every
/// booking in play, and emails each account.
pub async fn cancel_session(at: AtSession, sent: FormValues) -> PageResult<Response> {
    let session_id = at.found.session.id;
    let mut form = sent.to_form();
    let Some(reason) = read_reason(&mut form) else {
        return Ok(session_page(&at).await?.rejected(form).into_response());
    };
    let change = at.change().await?;
    let public_url = &at.state.public_url;
    let cancelled =
        store::cancel_session(change.db(), public_url, session_id, &reason, at.staff.actor.at).await?;
    let audit = Audit::new(AuditAction::CancelEvent, AuditTarget::Session(session_id)).detail(format!(
        "{reason} ({} bookings cancelled)",
        cancelled.unwrap_or_default()
    ));
    let done = match change.commit_if(cancelled.is_some(), audit).await? {
        true => EventDone::SessionCancelled,
        false => EventDone::Unchanged,
    };
    Ok(back_to_session(session_id, done, None))
}

/// `GET /staff/sessions/{id}/bookings.csv`: places, then the waiting list in order.
pub async fn bookings_export(at: AtSession) -> PageResult<Response> {
    let (session_id, lang, db) = (at.found.session.id, at.lang(), &at.state.db);
    let mut bookings = store::active_bookings(db, session_id).await?;
    bookings.sort_by_key(|b| !b.status().holds_place());
    let audit = Audit::new(AuditAction::ExportAttendees, AuditTarget::Session(session_id))
        .detail(format!("{} rows", bookings.len()));
    at.staff.actor.record(db, audit).await?;
    let mut csv = CsvFile::new(
        lang,
        &[
            "staff-events-csv-status",
            "staff-session-col-number",
            "staff-events-col-name",
            "staff-events-col-adjustments",
            "staff-events-col-other-needs",
            "staff-events-csv-booked",
            "staff-session-csv-offer-expires",
            "staff-events-col-checked-in",
            "staff-session-col-completed",
        ],
    )?;
    let mut waiting = 0;
    for b in &bookings {
        let status = b.status();
        let number = if status == BookingStatus::Waiting {
            waiting += 1;
            waiting.to_string()
        } else {
            String::new()
        };
        csv.row([
            tr(
                lang,
                &format!("staff-events-status-{}", status.key().replace('_', "-")),
            ),
            number,
            b.person_name.clone(),
            adjustments_csv(lang, &b.adjustments),
            b.other_needs.clone(),
            csv_time(Some(b.booked_at)),
            csv_time(b.offer_expires_at),
            csv_time(b.checked_in_at),
            csv_time(b.completed_at),
        ])?;
    }
    csv.into_response(&format!("session-{session_id}-bookings.csv"))
}

/// What staff do to one booking.
#[derive(Clone, Copy)]
enum BookingChange {
    CheckIn,
    Complete,
    Move,
}

/// A change to one booking, recorded when it changed something.
async fn change_booking(at: AtBooking, sent: FormValues, kind: BookingChange) -> PageResult<Response> {
    let (booking, session) = (&at.found.booking, &at.found.session);
    let now = at.staff.actor.at;
    let change = at.change().await?;
    let (changed, action, detail, done) = match kind {
        BookingChange::CheckIn => (
            store::check_in_booking(change.db(), booking.id, now).await?,
            AuditAction::CheckIn,
            format!("session:{}", session.id),
            EventDone::CheckedIn,
        ),
        BookingChange::Complete => (
            store::complete_booking(change.db(), booking.id, now).await?,
            AuditAction::RecordCompletion,
            format!("session:{}", session.id),
            EventDone::Completed,
        ),
        BookingChange::Move => {
            let moved = match sent.get("direction").and_then(Direction::parse) {
                Some(direction) => store::move_waiting(change.db(), booking.id, session.id, direction)
                    .await?
                    .map(|other| format!("{} (swapped with booking:{other})", direction.key())),
                None => None,
            };
            (
                moved.is_some(),
                AuditAction::ReorderWaitingList,
                moved.unwrap_or_default(),
                EventDone::Moved,
            )
        }
    };
    let audit = Audit::new(action, AuditTarget::Booking(booking.id)).detail(detail);
    let done = match change.commit_if(changed, audit).await? {
        true => done,
        false => EventDone::Unchanged,
    };
    Ok(back_to_session(
        session.id,
        done,
        Some(&format!("booking-{}", booking.id)),
    ))
}

/// `POST /staff/bookings/{id}/check-in`: pressing it twice changes nothing.
pub async fn check_in_booking(at: AtBooking, sent: FormValues) -> PageResult<Response> {
    change_booking(at, sent, BookingChange::CheckIn).await
}

/// `POST /staff/bookings/{id}/complete`: confirmed bookings only.
pub async fn complete_booking(at: AtBooking, sent: FormValues) -> PageResult<Response> {
    change_booking(at, sent, BookingChange::Complete).await
}

/// `POST /staff/bookings/{id}/move` with `direction=up|down`.
pub async fn move_booking(at: AtBooking, sent: FormValues) -> PageResult<Response> {
    change_booking(at, sent, BookingChange::Move).await
}

/// `GET /staff/sessions/{id}/certificates/{booking}`: for a completed booking of that session.
pub async fn certificate(
    State(state): State<PortalState>,
    staff: Editor,
    PathIds(session_id, booking_id): PathIds,
) -> PageResult<Page> {
    let BookingOfSession {
        booking,
        session,
        course,
    } = staff.in_scope(&state.db, booking_id).await?;
    let Some(completed) = booking.completed_at.filter(|_| session.id == session_id) else {
        return Err(PageError::NotFound);
    };
    let audit =
        Audit::new(AuditAction::ViewAttendees, AuditTarget::Booking(booking.id)).detail("certificate");
    staff.actor.record(&state.db, audit).await?;
    let lang = staff.lang;
    let view = CertificateView {
        session_id: session.id,
        name: booking.person_name.clone(),
        course: Content::pick(lang, &course.title_zh, &course.title_en),
        when: dates::span(lang, session.starts_at, session.ends_at),
        issued: dates::date_with_weekday(lang, date_in_chongqing(completed)),
    };
    Ok(staff.page(CertificatePage).with(view))
}
