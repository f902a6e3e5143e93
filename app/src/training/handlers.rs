//! Requests for `/training…`.

use super::store::{self, BookError, Change, Course};
use super::{Booker, CourseCard, CourseList, CourseView, SessionView};
use crate::accounts::session;
use crate::accounts::store::Account;
use crate::domain::events::{calendar, features_from, places_left, BookingStatus, CalendarEvent};
use crate::events::handlers::{calendar_response, read_attendee};
use crate::events::{event_time, in_lang, Content, Helped};
use crate::forms::FormState;
use crate::i18n::{tr, Lang};
use crate::job_fairs::handlers::{host_of, now_local};
use crate::people::store as people;
use crate::web::{failed, rejected, render_page, request_lang, see_other, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::Utc;
use leptos::prelude::provide_context;
use sea_orm::DbErr;
use tower_sessions::Session;

/// `GET /training`.
pub async fn list(State(state): State<PortalState>, request: Request) -> Response {
    let lang = request_lang(request.headers());
    let courses = match store::courses(&state.db).await {
        Ok(courses) => courses,
        Err(error) => return failed(error),
    };
    let mut cards = Vec::new();
    for course in courses {
        let next = match store::sessions(&state.db, course.id, Some(now_local())).await {
            Ok(sessions) => sessions
                .into_iter()
                .find(|s| s.session.cancelled_at.is_none())
                .map(|s| event_time(lang, s.session.starts_at, s.session.ends_at)),
            Err(error) => return failed(error),
        };
        cards.push(CourseCard {
            id: course.id,
            title: Content::pick(lang, &course.title_zh, &course.title_en),
            suits: Content::pick(lang, &course.suits_zh, &course.suits_en),
            features: features_from(&course.features),
            next,
        });
    }
    let list = CourseList { courses: cards };
    render_page(&state, request, move || provide_context(list.clone())).await
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
            place: if s.session.online {
                Content {
                    text: tr(lang, "training-online"),
                    lang: None,
                }
            } else {
                Content::pick(lang, &s.session.venue_zh, &s.session.venue_en)
            },
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

async fn find(state: &PortalState, id: &str) -> Result<Option<Course>, DbErr> {
    match id.parse::<i32>() {
        Ok(id) => store::find_course(&state.db, id).await,
        Err(_) => Ok(None),
    }
}

/// `GET /training/{id}`.
pub async fn show(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let lang = request_lang(request.headers());
    let course = match find(&state, &id).await {
        Ok(Some(course)) => course,
        Ok(None) => return render_page(&state, request, || ()).await,
        Err(error) => return failed(error),
    };
    let account = session::current(&state, &session).await;
    match course_view(&state, &course, account.as_ref(), lang).await {
        Ok(view) => render_page(&state, request, move || provide_context(view.clone())).await,
        Err(error) => failed(error),
    }
}

/// `POST /training/{id}/book`: a place, or the waiting list when full.
pub async fn book(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let here = format!("/training/{id}");
    let account = match session::require(&state, &session, &here).await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    let lang = request_lang(request.headers());
    let course = match find(&state, &id).await {
        Ok(Some(course)) => course,
        Ok(None) => return render_page(&state, request, || ()).await,
        Err(error) => return failed(error),
    };
    let (mut parts, body) = request.into_parts();
    if let Ok(uri) = here.parse() {
        parts.uri = uri;
    }
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let session_id = match sent.get("session").and_then(|s| s.parse::<i32>().ok()) {
        Some(session_id) => match store::find_session(&state.db, session_id).await {
            Ok(Some(found)) if found.course_id == course.id => Some(found.id),
            Ok(_) => None,
            Err(error) => return failed(error),
        },
        None => None,
    };
    if session_id.is_none() {
        form.add("session", "training-session-error");
    }
    let read = match read_attendee(&state, &account, &sent, &mut form).await {
        Ok(read) => read,
        Err(error) => return failed(error),
    };
    if let (Some(session_id), Some(asked)) = (session_id, read) {
        match store::book(
            &state.db,
            state.offers(),
            session_id,
            &account,
            &asked,
            now_local(),
        )
        .await
        {
            Ok(BookingStatus::Confirmed) => return see_other("/account/bookings?done=booked"),
            Ok(_) => return see_other("/account/bookings?done=waiting"),
            Err(BookError::AlreadyBooked) => form.add("session", "training-already-booked"),
            Err(BookError::Closed) => form.add("session", "training-closed"),
            Err(BookError::Database(error)) => return failed(error),
        }
    }
    match course_view(&state, &course, Some(&account), lang).await {
        Ok(view) => rejected(&state, parts, form, move || provide_context(view.clone())).await,
        Err(error) => failed(error),
    }
}

async fn change_booking(
    state: PortalState,
    session: Session,
    id: String,
    change: Change,
    done: &str,
) -> Response {
    let account = match session::require(&state, &session, "/account/bookings").await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    let Ok(id) = id.parse::<i32>() else {
        return see_other("/account/bookings?done=unchanged");
    };
    match store::change(&state.db, state.offers(), account.id, id, change, Utc::now()).await {
        Ok(true) => see_other(&format!("/account/bookings?done={done}")),
        Ok(false) => see_other("/account/bookings?done=unchanged"),
        Err(error) => failed(error),
    }
}

/// `POST /training/bookings/{id}/cancel`.
pub async fn cancel(State(state): State<PortalState>, session: Session, Path(id): Path<String>) -> Response {
    change_booking(state, session, id, Change::Cancel, "cancelled").await
}

/// `POST /training/bookings/{id}/accept`: take an offered place.
pub async fn accept(State(state): State<PortalState>, session: Session, Path(id): Path<String>) -> Response {
    change_booking(state, session, id, Change::Accept, "accepted").await
}

/// `POST /training/bookings/{id}/decline`: pass an offered place on.
pub async fn decline(State(state): State<PortalState>, session: Session, Path(id): Path<String>) -> Response {
    change_booking(state, session, id, Change::Decline, "declined").await
}

/// `GET /training/sessions/{id}/calendar.ics`.
pub async fn calendar_file(
    State(state): State<PortalState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let lang = request_lang(request.headers());
    let found = match id.parse::<i32>() {
        Ok(id) => store::find_session(&state.db, id).await,
        Err(_) => Ok(None),
    };
    let session = match found {
        Ok(Some(session)) => session,
        Ok(None) => return render_page(&state, request, || ()).await,
        Err(error) => return failed(error),
    };
    let course = match store::find_course(&state.db, session.course_id).await {
        Ok(Some(course)) => course,
        Ok(None) => return render_page(&state, request, || ()).await,
        Err(error) => return failed(error),
    };
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
    calendar_response(calendar(&event), &format!("training-{}.ics", session.id))
}
