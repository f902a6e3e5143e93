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
use crate::accounts::staff_session::{EditEvents, Staff};
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
use crate::web::audit::AuditedChange;
use crate::web::csv::CsvFile;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PathIds, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

const MAX_CAPACITY: i32 = 1000;

type Editor = Staff<EditEvents>;

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
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
    let id = store::create_course(change.db(), &staff.member.area, &details, staff.actor.at).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Course(id))
        .detail(format!("created: {}", details.title_zh));
    change.commit(audit).await?;
    Ok(see_other(&format!(
        "/staff/courses/{id}?done={}",
        EventDone::Created.key()
    )))
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
async fn course_page(
    state: &PortalState,
    staff: &Editor,
    lang: Lang,
    course: &Course,
    form: FormState,
) -> PageResult<Response> {
    let page = staff
        .page(EditCoursePage)
        .with(course_view(state, lang, course).await?);
    Ok(if form.has_errors() {
        page.rejected(form).into_response()
    } else {
        page.with(form).into_response()
    })
}

/// `GET /staff/courses/{id}`.
pub async fn show(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Response> {
    let course: Course = staff.in_scope(&state.db, id).await?;
    let form = FormState::new(course_values(&course));
    course_page(&state, &staff, lang, &course, form).await
}

/// `POST /staff/courses/{id}`: the course's details.
pub async fn update(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let course: Course = staff.in_scope(&state.db, id).await?;
    let mut form = sent.to_form();
    let Some(details) = read_course(&mut form) else {
        return course_page(&state, &staff, lang, &course, form).await;
    };
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
    store::update_course(change.db(), course.id, &details, staff.actor.at).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Course(course.id))
        .detail(format!("{} -> {}", course.title_zh, details.title_zh));
    change.commit(audit).await?;
    Ok(see_other(&format!(
        "/staff/courses/{}?done={}",
        course.id,
        EventDone::Saved.key()
    )))
}

/// `POST /staff/courses/{id}/sessions`.
pub async fn add_session(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let course: Course = staff.in_scope(&state.db, id).await?;
    let mut form = sent.to_form();
    let Some(details) = read_session(&mut form) else {
        let form = with_stored(course_values(&course), form);
        return course_page(&state, &staff, lang, &course, form).await;
    };
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
    let id = store::add_session(change.db(), course.id, &details).await?;
    let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Session(id)).detail(format!(
        "added to course:{}: {} to {}, {} places",
        course.id, details.starts_at, details.ends_at, details.capacity
    ));
    change.commit(audit).await?;
    Ok(see_other(&format!(
        "/staff/courses/{}?done={}#sessions-heading",
        course.id,
        EventDone::SessionAdded.key()
    )))
}

async fn session_view(
    state: &PortalState,
    staff: &Editor,
    lang: Lang,
    found: &SessionOfCourse,
) -> PageResult<SessionPageView> {
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

async fn session_page(
    state: &PortalState,
    staff: &Editor,
    lang: Lang,
    found: &SessionOfCourse,
) -> PageResult<Page> {
    Ok(staff
        .page(StaffSessionPage)
        .with(session_view(state, staff, lang, found).await?))
}

/// `GET /staff/sessions/{id}`.
pub async fn show_session(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let found: SessionOfCourse = staff.in_scope(&state.db, id).await?;
    session_page(&state, &staff, lang, &found).await
}

/// `POST /staff/sessions/{id}/capacity`: never below the places held; freed
/// places go to the waiting list.
pub async fn change_capacity(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let found: SessionOfCourse = staff.in_scope(&state.db, id).await?;
    let session_id = found.session.id;
    let mut form = sent.to_form();
    let Some(capacity) = form.number("capacity", 1..=MAX_CAPACITY, "staff-session-capacity-error") else {
        return Ok(session_page(&state, &staff, lang, &found)
            .await?
            .rejected(form)
            .into_response());
    };
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
    let changed = store::change_capacity(
        change.db(),
        Offers::of(&state),
        session_id,
        capacity,
        staff.actor.at,
    )
    .await?;
    let done = match changed {
        CapacityChange::Changed(before) => {
            let audit = Audit::new(AuditAction::EditEvent, AuditTarget::Session(session_id))
                .detail(format!("capacity {before} -> {capacity}"));
            change.commit(audit).await?;
            EventDone::CapacityChanged
        }
        CapacityChange::Cancelled => {
            change.abandon().await?;
            EventDone::Unchanged
        }
        CapacityChange::BelowHeld(held) => {
            change.abandon().await?;
            form.add_with(
                "capacity",
                "staff-session-capacity-below-held",
                vec![("held", held.to_string())],
            );
            return Ok(session_page(&state, &staff, lang, &found)
                .await?
                .rejected(form)
                .into_response());
        }
    };
    Ok(see_other(&format!(
        "/staff/sessions/{session_id}?done={}",
        done.key()
    )))
}

/// `POST /staff/sessions/{id}/cancel`: cancels the session and every
/// booking in play, and emails each account.
pub async fn cancel_session(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let found: SessionOfCourse = staff.in_scope(&state.db, id).await?;
    let session_id = found.session.id;
    let mut form = sent.to_form();
    let Some(reason) = read_reason(&mut form) else {
        return Ok(session_page(&state, &staff, lang, &found)
            .await?
            .rejected(form)
            .into_response());
    };
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
    let cancelled = store::cancel_session(
        change.db(),
        &state.public_url,
        session_id,
        &reason,
        staff.actor.at,
    )
    .await?;
    let done = match cancelled {
        Some(count) => {
            let audit = Audit::new(AuditAction::CancelEvent, AuditTarget::Session(session_id))
                .detail(format!("{reason} ({count} bookings cancelled)"));
            change.commit(audit).await?;
            EventDone::SessionCancelled
        }
        None => {
            change.abandon().await?;
            EventDone::Unchanged
        }
    };
    Ok(see_other(&format!(
        "/staff/sessions/{session_id}?done={}",
        done.key()
    )))
}

/// `GET /staff/sessions/{id}/bookings.csv`: places, then the waiting list in order.
pub async fn bookings_export(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Response> {
    let found: SessionOfCourse = staff.in_scope(&state.db, id).await?;
    let mut bookings = store::active_bookings(&state.db, found.session.id).await?;
    bookings.sort_by_key(|b| !b.status().holds_place());
    let audit = Audit::new(
        AuditAction::ExportAttendees,
        AuditTarget::Session(found.session.id),
    )
    .detail(format!("{} rows", bookings.len()));
    staff.actor.record(&state.db, audit).await?;
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
    csv.into_response(&format!("session-{}-bookings.csv", found.session.id))
}

/// What staff do to one booking.
#[derive(Clone, Copy)]
enum BookingChange {
    CheckIn,
    Complete,
    Move,
}

/// A change to one booking, recorded when it changed something.
async fn change_booking(
    state: PortalState,
    staff: Editor,
    id: i32,
    sent: FormValues,
    kind: BookingChange,
) -> PageResult<Response> {
    let found: BookingOfSession = staff.in_scope(&state.db, id).await?;
    let (booking, session) = (&found.booking, &found.session);
    let now = staff.actor.at;
    let change = AuditedChange::begin(&state.db, &staff.actor).await?;
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
    let done = if changed {
        change
            .commit(Audit::new(action, AuditTarget::Booking(booking.id)).detail(detail))
            .await?;
        done
    } else {
        change.abandon().await?;
        EventDone::Unchanged
    };
    Ok(see_other(&format!(
        "/staff/sessions/{}?done={}#booking-{}",
        session.id,
        done.key(),
        booking.id
    )))
}

/// `POST /staff/bookings/{id}/check-in`: pressing it twice changes nothing.
pub async fn check_in_booking(
    State(state): State<PortalState>,
    staff: Editor,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    change_booking(state, staff, id, sent, BookingChange::CheckIn).await
}

/// `POST /staff/bookings/{id}/complete`: confirmed bookings only.
pub async fn complete_booking(
    State(state): State<PortalState>,
    staff: Editor,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    change_booking(state, staff, id, sent, BookingChange::Complete).await
}

/// `POST /staff/bookings/{id}/move` with `direction=up|down`.
pub async fn move_booking(
    State(state): State<PortalState>,
    staff: Editor,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    change_booking(state, staff, id, sent, BookingChange::Move).await
}

/// `GET /staff/sessions/{id}/certificates/{booking}`: for a completed booking of that session.
pub async fn certificate(
    State(state): State<PortalState>,
    staff: Editor,
    lang: Lang,
    PathIds(session_id, booking_id): PathIds,
) -> PageResult<Page> {
    let found: BookingOfSession = staff.in_scope(&state.db, booking_id).await?;
    let BookingOfSession {
        booking,
        session,
        course,
    } = found;
    let Some(completed) = booking.completed_at.filter(|_| session.id == session_id) else {
        return Err(PageError::NotFound);
    };
    let audit =
        Audit::new(AuditAction::ViewAttendees, AuditTarget::Booking(booking.id)).detail("certificate");
    staff.actor.record(&state.db, audit).await?;
    let view = CertificateView {
        session_id: session.id,
        name: booking.person_name.clone(),
        course: Content::pick(lang, &course.title_zh, &course.title_en),
        when: dates::span(lang, session.starts_at, session.ends_at),
        issued: dates::date_with_weekday(lang, date_in_chongqing(completed)),
    };
    Ok(staff.page(CertificatePage).with(view))
}
