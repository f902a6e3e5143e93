//! `GET /account/bookings`.

use super::pages::{MyBookingsPage, MyEvent, MyEvents};
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::components::Content;
use crate::domain::bookings::{adjustments_from, BookingStatus};
use crate::domain::local_time::utc_to_chongqing;
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::job_fairs::store as fairs;
use crate::training::store as training;
use crate::web::{Page, PageResult, PortalState};
use axum::extract::State;
use sea_orm::DbErr;

async fn fair_lines(state: &PortalState, account: &Account, lang: Lang) -> Result<Vec<MyEvent>, DbErr> {
    let now = state.clock.now_local();
    Ok(fairs::all_registrations_of(&state.db, account.id)
        .await?
        .into_iter()
        .filter(|(_, fair)| fair.ends_at >= now)
        .map(|(registration, fair)| {
            let cancelled = fair.cancelled_at.is_some();
            MyEvent {
                title: Content::pick(lang, &fair.title_zh, &fair.title_en),
                link: format!("/jobs/fairs/{}", fair.id),
                when: dates::span(lang, fair.starts_at, fair.ends_at),
                place: Content::pick(lang, &fair.venue_zh, &fair.venue_en),
                attendee: registration.person_name,
                adjustments: adjustments_from(&registration.adjustments),
                other_needs: registration.other_needs,
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
    let now = state.clock.now_local();
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
                        dates::date_time(lang, utc_to_chongqing(until)),
                    )
                })
            })
            .flatten();
        let open = session.cancelled_at.is_none();
        lines.push(MyEvent {
            title: Content::pick(lang, &course.title_zh, &course.title_en),
            link: format!("/training/{}", course.id),
            when: dates::span(lang, session.starts_at, session.ends_at),
            place: training::place_content(lang, session),
            attendee: booking.person_name.clone(),
            adjustments: adjustments_from(&booking.adjustments),
            other_needs: booking.other_needs.clone(),
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
pub async fn show(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
) -> PageResult<Page> {
    let mine = MyEvents {
        fairs: fair_lines(&state, &account, lang).await?,
        training: training_lines(&state, &account, lang).await?,
    };
    Ok(Page::new(MyBookingsPage).with(mine))
}
