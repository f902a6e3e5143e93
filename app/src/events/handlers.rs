//! What fair and training requests share: the time in Chongqing, finding
//! what a page's id names, reading the attendee fields, calendar downloads,
//! and `/account/bookings`.

use super::{event_time, Attendee, AttendeeRequest, Content, MyEvent, MyEvents};
use crate::accounts::session;
use crate::accounts::store::Account;
use crate::domain::bookings::{Adjustment, BookingStatus};
use crate::domain::local_time::utc_to_chongqing;
use crate::forms::FormState;
use crate::i18n::{tr, tr_with, Lang};
use crate::job_fairs::store as fairs;
use crate::people::store as people;
use crate::training::store as training;
use crate::web::{failed, render_page, request_lang, Early, FormValues, PortalState};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use chrono::{NaiveDateTime, Utc};
use http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use http::HeaderValue;
use leptos::prelude::provide_context;
use sea_orm::DbErr;
use std::future::Future;
use tower_sessions::Session;

/// Longest "anything else you need" we keep.
pub const MAX_OTHER_NEEDS: usize = 500;

/// Now, as a local time in Chongqing (fairs and sessions are stored in local time).
pub fn now_local() -> NaiveDateTime {
    utc_to_chongqing(Utc::now())
}

/// What the id in a page's path names, loaded by `load`; or the response that
/// ends the request: the page without its content (which says "not found",
/// with 404) for an id that is not a number or names nothing, or the error page.
pub async fn found_by_id<T, F, Fut>(
    state: &PortalState,
    request: Request,
    id: &str,
    load: F,
) -> Early<(T, Request)>
where
    F: FnOnce(i32) -> Fut,
    Fut: Future<Output = Result<Option<T>, DbErr>>,
{
    let loaded = match id.parse::<i32>() {
        Ok(id) => load(id).await.map_err(failed)?,
        Err(_) => None,
    };
    match loaded {
        Some(found) => Ok((found, request)),
        None => Err(render_page(state, request, || ()).await),
    }
}

/// The attendee fields of a registration or booking form. `None` when
/// something must be fixed (named in `form`).
pub async fn read_attendee(
    state: &PortalState,
    account: &Account,
    sent: &FormValues,
    form: &mut FormState,
) -> Result<Option<AttendeeRequest>, DbErr> {
    let attendee = match sent.get("for").unwrap_or("me") {
        "me" => Some(Attendee {
            person_id: None,
            name: account.full_name.clone(),
        }),
        other => match other.parse::<i32>() {
            Ok(id) => people::find(&state.db, account.id, id).await?.map(|p| Attendee {
                person_id: Some(p.id),
                name: p.full_name,
            }),
            Err(_) => None,
        },
    };
    if attendee.is_none() {
        form.add("for", "events-for-error");
    }
    let sent_adjustments = sent.get_all("adjustments");
    let adjustments: Vec<Adjustment> = sent_adjustments
        .iter()
        .filter_map(|a| Adjustment::parse(a))
        .collect();
    if adjustments.len() != sent_adjustments.len() {
        form.add("adjustments", "events-adjustments-error");
    }
    let other_needs = sent.get("other_needs").unwrap_or_default().trim().to_string();
    if other_needs.chars().count() > MAX_OTHER_NEEDS {
        form.add_with(
            "other_needs",
            "events-other-needs-too-long",
            vec![("max", MAX_OTHER_NEEDS.to_string())],
        );
    }
    if form.has_errors() {
        return Ok(None);
    }
    Ok(attendee.map(|attendee| AttendeeRequest {
        attendee,
        adjustments,
        other_needs,
    }))
}

/// An `.ics` download.
pub fn calendar_response(ics: String, file_name: &str) -> Response {
    let mut response = Response::new(Body::from(ics));
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    response
}

async fn fair_lines(state: &PortalState, account: &Account, lang: Lang) -> Result<Vec<MyEvent>, DbErr> {
    let now = now_local();
    Ok(fairs::all_registrations_of(&state.db, account.id)
        .await?
        .into_iter()
        .filter(|(_, fair)| fair.ends_at >= now)
        .map(|(registration, fair)| {
            let cancelled = fair.cancelled_at.is_some();
            MyEvent {
                title: Content::pick(lang, &fair.title_zh, &fair.title_en),
                link: format!("/jobs/fairs/{}", fair.id),
                when: event_time(lang, fair.starts_at, fair.ends_at),
                place: Content::pick(lang, &fair.venue_zh, &fair.venue_en),
                attendee: registration.person_name,
                status: tr(
                    lang,
                    if cancelled {
                        "fairs-cancelled-tag"
                    } else {
                        "bookings-status-registered"
                    },
                ),
                calendar: (!cancelled).then(|| format!("/jobs/fairs/{}/calendar.ics", fair.id)),
                cancel: (!cancelled).then(|| format!("/jobs/registrations/{}/cancel", registration.id)),
                offer: None,
            }
        })
        .collect())
}

async fn training_lines(state: &PortalState, account: &Account, lang: Lang) -> Result<Vec<MyEvent>, DbErr> {
    let now = now_local();
    let bookings = training::bookings_of_account(&state.db, account.id).await?;
    let session_ids: Vec<i32> = bookings.iter().map(|b| b.session_id).collect();
    let sessions = training::sessions_by_id(&state.db, &session_ids).await?;
    let course_ids: Vec<i32> = sessions.iter().map(|s| s.course_id).collect();
    let courses = training::courses_by_id(&state.db, &course_ids).await?;
    let mut lines = Vec::new();
    for booking in bookings {
        let Some(session) = sessions.iter().find(|s| s.id == booking.session_id) else {
            continue;
        };
        let Some(course) = courses.iter().find(|c| c.id == session.course_id) else {
            continue;
        };
        if session.ends_at < now {
            continue;
        }
        let status = booking.status();
        let status_text = match status {
            _ if session.cancelled_at.is_some() => tr(lang, "training-session-cancelled"),
            BookingStatus::Confirmed => tr(lang, "bookings-status-confirmed"),
            BookingStatus::Offered => tr(lang, "bookings-status-offered"),
            BookingStatus::Waiting => {
                let place = training::place_in_line(&state.db, &booking).await?;
                tr_with(lang, "bookings-status-waiting", &[("place", place.to_string())])
            }
            BookingStatus::Cancelled | BookingStatus::OfferLapsed => continue,
        };
        let offer = (status == BookingStatus::Offered)
            .then(|| {
                booking.offer_expires_at.map(|until| {
                    (
                        format!("/training/bookings/{}/accept", booking.id),
                        format!("/training/bookings/{}/decline", booking.id),
                        super::date_time_text(lang, utc_to_chongqing(until)),
                    )
                })
            })
            .flatten();
        let open = session.cancelled_at.is_none();
        lines.push(MyEvent {
            title: Content::pick(lang, &course.title_zh, &course.title_en),
            link: format!("/training/{}", course.id),
            when: event_time(lang, session.starts_at, session.ends_at),
            place: training::place_content(lang, session),
            attendee: booking.person_name.clone(),
            status: status_text,
            calendar: (open && status == BookingStatus::Confirmed)
                .then(|| format!("/training/sessions/{}/calendar.ics", session.id)),
            cancel: open.then(|| format!("/training/bookings/{}/cancel", booking.id)),
            offer,
        });
    }
    Ok(lines)
}

/// `GET /account/bookings`.
pub async fn my_bookings(
    State(state): State<PortalState>,
    session: Session,
    request: Request,
) -> Early<Response> {
    let account = session::require(&state, &session, "/account/bookings").await?;
    let lang = request_lang(request.headers());
    let mine = MyEvents {
        fairs: fair_lines(&state, &account, lang).await.map_err(failed)?,
        training: training_lines(&state, &account, lang).await.map_err(failed)?,
    };
    Ok(render_page(&state, request, move || provide_context(mine.clone())).await)
}
