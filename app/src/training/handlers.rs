//! Requests for `/training…`.

use super::store::{self, BookError, Change, Course};
use super::{Booker, CourseCard, CourseList, CourseView, SessionView};
use crate::accounts::session;
use crate::accounts::store::Account;
use crate::domain::bookings::{features_from, places_left, BookingStatus};
use crate::domain::calendar::{calendar, CalendarEvent};
use crate::events::handlers::{calendar_response, found_by_id, now_local, read_attendee};
use crate::events::{event_time, in_lang, Content, Helped};
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::job_fairs::handlers::host_of;
use crate::people::store as people;
use crate::web::{failed, rejected, render_page, request_lang, see_other, Early, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::Utc;
use leptos::prelude::provide_context;
use sea_orm::DbErr;
use tower_sessions::Session;

/// `GET /training`.
pub async fn list(State(state): State<PortalState>, request: Request) -> Early<Response> {
    let lang = request_lang(request.headers());
    let courses = store::courses(&state.db).await.map_err(failed)?;
    let ids: Vec<i32> = courses.iter().map(|c| c.id).collect();
    let sessions = store::sessions_of_courses(&state.db, &ids, Some(now_local()))
        .await
        .map_err(failed)?;
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
                .map(|s| event_time(lang, s.starts_at, s.ends_at)),
        })
        .collect();
    let list = CourseList { courses: cards };
    Ok(render_page(&state, request, move || provide_context(list.clone())).await)
}

async fn course_view(
    state: &PortalState,
    course: &Course,
    account: Option<&Account>,
    lang: Lang,
) -> Result<CourseView, DbErr> {
    let sessions = store::sessions(&state.db, course.id, Some(now_local()))
        .await?
        .into_iter()
        .map(|s| SessionView {
            id: s.session.id,
            when: event_time(lang, s.session.starts_at, s.session.ends_at),
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
            helped: people::list(&state.db, account.id)
                .await?
                .into_iter()
                .map(|p| Helped {
                    id: p.id,
                    name: p.full_name,
                })
                .collect(),
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

/// `GET /training/{id}`.
pub async fn show(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let lang = request_lang(request.headers());
    let (course, request) = found_by_id(&state, request, &id, |id| store::find_course(&state.db, id)).await?;
    let account = session::current(&state, &session).await;
    let view = course_view(&state, &course, account.as_ref(), lang)
        .await
        .map_err(failed)?;
    Ok(render_page(&state, request, move || provide_context(view.clone())).await)
}

/// `POST /training/{id}/book`: a place, or the waiting list when full.
pub async fn book(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let here = format!("/training/{id}");
    let account = session::require(&state, &session, &here).await?;
    let lang = request_lang(request.headers());
    let (course, request) = found_by_id(&state, request, &id, |id| store::find_course(&state.db, id)).await?;
    let (mut parts, body) = request.into_parts();
    if let Ok(uri) = here.parse() {
        parts.uri = uri;
    }
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let session_id = match sent.get("session").and_then(|s| s.parse::<i32>().ok()) {
        Some(session_id) => store::find_session(&state.db, session_id)
            .await
            .map_err(failed)?
            .filter(|found| found.course_id == course.id)
            .map(|found| found.id),
        None => None,
    };
    if session_id.is_none() {
        form.add("session", "training-session-error");
    }
    let read = read_attendee(&state, &account, &sent, &mut form)
        .await
        .map_err(failed)?;
    if let (Some(session_id), Some(asked)) = (session_id, read) {
        match store::book(
            &state.db,
            crate::training::store::Offers::of(&state),
            session_id,
            &account,
            &asked,
            now_local(),
        )
        .await
        {
            Ok(BookingStatus::Confirmed) => return Ok(see_other("/account/bookings?done=booked")),
            Ok(_) => return Ok(see_other("/account/bookings?done=waiting")),
            Err(BookError::AlreadyBooked) => form.add("session", "training-already-booked"),
            Err(BookError::Closed) => form.add("session", "training-closed"),
            Err(BookError::Database(error)) => return Err(failed(error)),
        }
    }
    let view = course_view(&state, &course, Some(&account), lang)
        .await
        .map_err(failed)?;
    Ok(rejected(&state, parts, form, move || provide_context(view.clone())).await)
}

async fn change_booking(
    state: PortalState,
    session: Session,
    id: String,
    change: Change,
    done: &str,
) -> Early<Response> {
    let account = session::require(&state, &session, "/account/bookings").await?;
    let Ok(id) = id.parse::<i32>() else {
        return Ok(see_other("/account/bookings?done=unchanged"));
    };
    let changed = store::change(
        &state.db,
        crate::training::store::Offers::of(&state),
        account.id,
        id,
        change,
        Utc::now(),
    )
    .await
    .map_err(failed)?;
    let done = if changed { done } else { "unchanged" };
    Ok(see_other(&format!("/account/bookings?done={done}")))
}

/// `POST /training/bookings/{id}/cancel`.
pub async fn cancel(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
) -> Early<Response> {
    change_booking(state, session, id, Change::Cancel, "cancelled").await
}

/// `POST /training/bookings/{id}/accept`: take an offered place.
pub async fn accept(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
) -> Early<Response> {
    change_booking(state, session, id, Change::Accept, "accepted").await
}

/// `POST /training/bookings/{id}/decline`: pass an offered place on.
pub async fn decline(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
) -> Early<Response> {
    change_booking(state, session, id, Change::Decline, "declined").await
}

/// `GET /training/sessions/{id}/calendar.ics`.
pub async fn calendar_file(
    State(state): State<PortalState>,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let lang = request_lang(request.headers());
    let db = &state.db;
    let ((session, course), _) = found_by_id(&state, request, &id, |id| async move {
        let Some(session) = store::find_session(db, id).await? else {
            return Ok(None);
        };
        let course = store::find_course(db, session.course_id).await?;
        Ok(course.map(|course| (session, course)))
    })
    .await?;
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
    Ok(calendar_response(
        calendar(&event),
        &format!("training-{}.ics", session.id),
    ))
}
