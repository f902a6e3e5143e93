//! Requests for `/training…`.

use super::pages::{Booker, CourseCard, CourseList, CoursePage, CourseView, SessionView, TrainingPage};
use super::store::{self, BookError, Change, Course, Offers};
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::attendees::{helped, read_attendee, AgeLimit};
use crate::components::{confirmed, in_lang, Confirmation, ConfirmationPage, Content};
use crate::domain::bookings::{features_from, places_left, BookingStatus};
use crate::domain::calendar::CalendarEvent;
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::web::calendar::{calendar_response, host_of};
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// `GET /training`.
pub async fn list(State(state): State<PortalState>, lang: Lang) -> PageResult<Page> {
    let courses = store::courses(&state.db).await?;
    let ids: Vec<i32> = courses.iter().map(|c| c.id).collect();
    let sessions = store::sessions_of_courses(&state.db, &ids, Some(state.clock.now_local())).await?;
    let cards = courses
        .iter()
        .map(|course| CourseCard {
            id: course.id,
            title: Content::pick(lang, &course.title_zh, &course.title_en),
            suits: Content::pick(lang, &course.suits_zh, &course.suits_en),
            features: features_from(&course.features),
            next: sessions
                .iter()
                .map(|s| &s.session)
                .find(|s| s.course_id == course.id && s.cancelled_at.is_none())
                .map(|s| dates::span(lang, s.starts_at, s.ends_at)),
        })
        .collect();
    Ok(Page::new(TrainingPage).with(CourseList { courses: cards }))
}

async fn find_course(state: &PortalState, id: i32) -> PageResult<Course> {
    store::find_course(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)
}

async fn course_view(
    state: &PortalState,
    course: &Course,
    account: Option<&Account>,
    lang: Lang,
) -> PageResult<CourseView> {
    let sessions = store::sessions(&state.db, course.id, Some(state.clock.now_local()))
        .await?
        .into_iter()
        .map(|s| SessionView {
            id: s.session.id,
            when: dates::span(lang, s.session.starts_at, s.session.ends_at),
            place: store::place_content(lang, &s.session),
            address: Content::pick(lang, &s.session.address_zh, &s.session.address_en),
            capacity: s.session.capacity,
            left: places_left(s.session.capacity, s.held),
            waiting: s.waiting,
            cancelled: s
                .session
                .cancelled_at
                .map(|_| s.session.cancel_reason.clone().unwrap_or_default()),
        })
        .collect();
    let signed_in = match account {
        Some(account) => Some(Booker {
            own_name: account.full_name.clone(),
            helped: helped(&state.db, account, AgeLimit::of(state)).await?,
        }),
        None => None,
    };
    Ok(CourseView {
        id: course.id,
        title: Content::pick(lang, &course.title_zh, &course.title_en),
        description: Content::pick(lang, &course.description_zh, &course.description_en),
        suits: Content::pick(lang, &course.suits_zh, &course.suits_en),
        features: features_from(&course.features),
        sessions,
        signed_in,
    })
}

/// `GET /training/{id}`: anyone may look; signed in, one may book.
pub async fn show(
    State(state): State<PortalState>,
    resident: Option<Resident>,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let course = find_course(&state, id).await?;
    let account = resident.map(|r| r.0);
    let view = course_view(&state, &course, account.as_ref(), lang).await?;
    Ok(Page::new(CoursePage).with(view))
}

/// `POST /training/{id}/book`: a place, or the waiting list when full.
pub async fn book(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let course = find_course(&state, id).await?;
    let mut form = sent.to_form();
    let session_id = match form.value("session").parse::<i32>() {
        Ok(session_id) => store::find_session(&state.db, session_id)
            .await?
            .filter(|found| found.course_id == course.id)
            .map(|found| found.id),
        Err(_) => None,
    };
    if session_id.is_none() {
        form.add("session", "training-session-error");
    }
    let asked = read_attendee(&state.db, &account, AgeLimit::of(&state), &mut form).await?;
    if let (Some(session_id), Some(asked)) = (session_id, asked) {
        let booked = store::book(
            &state.db,
            Offers::of(&state),
            session_id,
            &account,
            &asked,
            state.clock.now(),
        )
        .await;
        match booked {
            Ok(BookingStatus::Confirmed) => return Ok(see_other("/account/bookings?done=booked")),
            Ok(_) => return Ok(see_other("/account/bookings?done=waiting")),
            Err(BookError::AlreadyBooked) => form.add("session", "training-already-booked"),
            Err(BookError::TooMany) => form.add_with(
                "session",
                "training-too-many",
                vec![("max", crate::attendees::MAX_PER_ACCOUNT.to_string())],
            ),
            Err(BookError::Closed) => form.add("session", "training-closed"),
            Err(BookError::Database(error)) => return Err(error.into()),
        }
    }
    let view = course_view(&state, &course, Some(&account), lang).await?;
    Ok(Page::new(CoursePage).with(view).rejected(form).into_response())
}

async fn change_booking(
    state: &PortalState,
    account: &Account,
    id: i32,
    change: Change,
    done: &str,
) -> PageResult<Response> {
    let changed = store::change(
        &state.db,
        Offers::of(state),
        account.id,
        id,
        change,
        state.clock.now(),
    )
    .await?;
    let done = if changed { done } else { "unchanged" };
    Ok(see_other(&format!("/account/bookings?done={done}")))
}

/// What cancelling a booking or declining an offer will do, to confirm
/// first. A booking that is not the account's, no longer active, or (to
/// decline) not offered, goes straight on to the answer "nothing changed".
async fn confirm_change(
    state: &PortalState,
    account: &Account,
    lang: Lang,
    id: i32,
    change: Change,
) -> PageResult<Option<Page>> {
    let Some(booking) = store::find_booking(&state.db, id)
        .await?
        .filter(|b| b.account_id == account.id)
        .filter(|b| match change {
            Change::Decline => b.status() == BookingStatus::Offered,
            _ => b.status().is_active(),
        })
    else {
        return Ok(None);
    };
    let Some(session) = store::find_session(&state.db, booking.session_id).await? else {
        return Ok(None);
    };
    let Some(course) = store::find_course(&state.db, session.course_id).await? else {
        return Ok(None);
    };
    let who = tr_with(
        lang,
        "training-confirm-who",
        &[
            ("name", booking.person_name.clone()),
            ("when", dates::span(lang, session.starts_at, session.ends_at)),
        ],
    );
    let (title, path, next, button) = match change {
        Change::Decline => (
            "training-confirm-decline-title",
            "decline",
            "training-confirm-decline-next",
            "training-confirm-decline-button",
        ),
        _ if booking.status() == BookingStatus::Waiting => (
            "training-confirm-cancel-title",
            "cancel",
            "training-confirm-leave-line",
            "training-confirm-cancel-button",
        ),
        _ => (
            "training-confirm-cancel-title",
            "cancel",
            "training-confirm-cancel-next",
            "training-confirm-cancel-button",
        ),
    };
    let confirmation = Confirmation {
        caption: in_lang(lang, &course.title_zh, &course.title_en).to_string(),
        title: tr(lang, title),
        consequences: vec![who, tr(lang, next)],
        action: format!("/training/bookings/{id}/{path}"),
        button: tr(lang, button),
        warning: true,
        back: "/account/bookings".to_string(),
        back_text: tr(lang, "bookings-confirm-keep"),
        ..Confirmation::default()
    };
    Ok(Some(Page::new(ConfirmationPage).with(confirmation)))
}

/// Cancels or declines once confirmed.
async fn confirmed_change(
    state: &PortalState,
    account: &Account,
    (lang, id): (Lang, i32),
    sent: &FormValues,
    change: Change,
    done: &str,
) -> PageResult<Response> {
    if !confirmed(sent.get("confirmed")) {
        if let Some(page) = confirm_change(state, account, lang, id, change).await? {
            return Ok(page.into_response());
        }
    }
    change_booking(state, account, id, change, done).await
}

/// `POST /training/bookings/{id}/cancel`, once confirmed.
pub async fn cancel(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    confirmed_change(&state, &account, (lang, id), &sent, Change::Cancel, "cancelled").await
}

/// `POST /training/bookings/{id}/accept`: take an offered place.
pub async fn accept(
    State(state): State<PortalState>,
    Resident(account): Resident,
    PathId(id): PathId,
) -> PageResult<Response> {
    change_booking(&state, &account, id, Change::Accept, "accepted").await
}

/// `POST /training/bookings/{id}/decline`: pass an offered place on, once confirmed.
pub async fn decline(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    confirmed_change(&state, &account, (lang, id), &sent, Change::Decline, "declined").await
}

/// `GET /training/sessions/{id}/calendar.ics`.
pub async fn calendar_file(
    State(state): State<PortalState>,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Response> {
    let session = store::find_session(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let course = find_course(&state, session.course_id).await?;
    let place = store::session_place(lang, &session);
    let event = CalendarEvent {
        uid: format!("training-session-{}@{}", session.id, host_of(&state.public_url)),
        stamp: course.updated_at,
        starts: session.starts_at,
        ends: session.ends_at,
        summary: in_lang(lang, &course.title_zh, &course.title_en).to_string(),
        location: if session.online {
            place
        } else {
            format!(
                "{place}, {}",
                in_lang(lang, &session.address_zh, &session.address_en)
            )
        },
        description: in_lang(lang, &course.description_zh, &course.description_en).to_string(),
        url: format!("{}/training/{}", state.public_url, course.id),
        cancelled: session.cancelled_at.is_some(),
    };
    Ok(calendar_response(&event, &format!("training-{}.ics", session.id)))
}
