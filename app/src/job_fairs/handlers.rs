//! Requests for `/jobs/fairs…` and `/jobs/registrations/{id}/cancel`.

use super::store::{self, Fair, FairFilter, RegisterError};
use super::{EmployerView, FairCard, FairList, FairView, HeldRegistration, PositionView, SignedInView};
use crate::accounts::session;
use crate::accounts::store::Account;
use crate::domain::bookings::{adjustments_from, features_from, Feature};
use crate::domain::calendar::{calendar, CalendarEvent};
use crate::events::handlers::{calendar_response, found_by_id, now_local, read_attendee};
use crate::events::{event_time, Content, Helped};
use crate::forms::FormState;
use crate::i18n::{tr, Lang};
use crate::people::store as people;
use crate::web::{failed, rejected, render_page, request_lang, see_other, Early, FormValues, PortalState};
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::provide_context;
use sea_orm::DbErr;
use tower_sessions::Session;

fn card(lang: Lang, fair: &Fair) -> FairCard {
    FairCard {
        id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        when: event_time(lang, fair.starts_at, fair.ends_at),
        venue: Content::pick(lang, &fair.venue_zh, &fair.venue_en),
        features: features_from(&fair.features),
        cancelled: fair.cancelled_at.is_some(),
    }
}

fn date(text: Option<&str>) -> Result<Option<NaiveDate>, ()> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ()),
    }
}

/// The filter in a query string; fields that cannot be read are named in `form`.
fn filter_of(query: &str, form: &mut FormState) -> FairFilter {
    let sent = FormValues::parse(query.as_bytes());
    let from = date(sent.get("from")).unwrap_or_else(|()| {
        form.add("from", "fairs-date-error");
        None
    });
    let to = date(sent.get("to")).unwrap_or_else(|()| {
        form.add("to", "fairs-date-error");
        None
    });
    let features = sent
        .get_all("feature")
        .into_iter()
        .filter_map(Feature::parse)
        .collect();
    FairFilter { from, to, features }
}

/// `GET /jobs/fairs`.
pub async fn list(State(state): State<PortalState>, request: Request) -> Early<Response> {
    let lang = request_lang(request.headers());
    let query = request.uri().query().unwrap_or_default().to_string();
    let mut form = FormState::new(Vec::new());
    let filter = filter_of(&query, &mut form);
    let fairs = store::upcoming(&state.db, now_local(), &filter)
        .await
        .map_err(failed)?;
    let list = FairList {
        fairs: fairs.iter().map(|f| card(lang, f)).collect(),
    };
    let context = move || {
        provide_context(list.clone());
        provide_context(form.clone());
    };
    Ok(render_page(&state, request, context).await)
}

/// `GET /jobs/fairs/past`.
pub async fn past(State(state): State<PortalState>, request: Request) -> Early<Response> {
    let lang = request_lang(request.headers());
    let fairs = store::past(&state.db, now_local()).await.map_err(failed)?;
    let list = FairList {
        fairs: fairs.iter().map(|f| card(lang, f)).collect(),
    };
    Ok(render_page(&state, request, move || provide_context(list.clone())).await)
}

async fn signed_in_view(
    state: &PortalState,
    account: &Account,
    fair_id: i32,
    lang: Lang,
) -> Result<SignedInView, DbErr> {
    let helped = people::list(&state.db, account.id)
        .await?
        .into_iter()
        .map(|p| Helped {
            id: p.id,
            name: p.full_name,
        })
        .collect();
    let registrations = store::registrations_of(&state.db, account.id, fair_id)
        .await?
        .into_iter()
        .map(|r| HeldRegistration {
            id: r.id,
            attendee: r.person_name,
            adjustments: adjustments_from(&r.adjustments)
                .into_iter()
                .map(|a| tr(lang, &format!("adjustment-{}", a.key())))
                .collect(),
        })
        .collect();
    Ok(SignedInView {
        own_name: account.full_name.clone(),
        helped,
        registrations,
    })
}

async fn fair_view(
    state: &PortalState,
    fair: &Fair,
    account: Option<&Account>,
    lang: Lang,
) -> Result<FairView, DbErr> {
    let employers = store::employers(&state.db, fair.id)
        .await?
        .into_iter()
        .map(|(e, positions)| EmployerView {
            name: e.name,
            description: e.description,
            positions: positions
                .into_iter()
                .map(|p| PositionView {
                    title: p.title,
                    needs: p.needs,
                    adjustments: p.adjustments_offered,
                    openings: p.openings,
                })
                .collect(),
        })
        .collect();
    let signed_in = match account {
        Some(account) => Some(signed_in_view(state, account, fair.id, lang).await?),
        None => None,
    };
    Ok(FairView {
        id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        summary: Content::pick(lang, &fair.summary_zh, &fair.summary_en),
        when: event_time(lang, fair.starts_at, fair.ends_at),
        venue: Content::pick(lang, &fair.venue_zh, &fair.venue_en),
        address: Content::pick(lang, &fair.address_zh, &fair.address_en),
        transport: Content::pick(lang, &fair.transport_zh, &fair.transport_en),
        features: features_from(&fair.features),
        cancelled: fair
            .cancelled_at
            .map(|_| fair.cancel_reason.clone().unwrap_or_default()),
        over: fair.ends_at < now_local(),
        employers,
        signed_in,
    })
}

/// `GET /jobs/fairs/{id}`.
pub async fn show(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let lang = request_lang(request.headers());
    let (fair, request) = found_by_id(&state, request, &id, |id| store::find(&state.db, id)).await?;
    let account = session::current(&state, &session).await;
    let view = fair_view(&state, &fair, account.as_ref(), lang)
        .await
        .map_err(failed)?;
    Ok(render_page(&state, request, move || provide_context(view.clone())).await)
}

/// `POST /jobs/fairs/{id}/register`.
pub async fn register(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let here = format!("/jobs/fairs/{id}");
    let account = session::require(&state, &session, &here).await?;
    let lang = request_lang(request.headers());
    let (fair, request) = found_by_id(&state, request, &id, |id| store::find(&state.db, id)).await?;
    let (mut parts, body) = request.into_parts();
    if let Ok(uri) = here.parse() {
        parts.uri = uri;
    }
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let read = read_attendee(&state, &account, &sent, &mut form)
        .await
        .map_err(failed)?;
    if let Some(asked) = read {
        let registered =
            store::register(&state.db, &state.public_url, &fair, &account, &asked, now_local()).await;
        match registered {
            Ok(_) => return Ok(see_other(&format!("{here}?done=registered"))),
            Err(RegisterError::AlreadyRegistered) => form.add("for", "fairs-already-registered"),
            Err(RegisterError::Closed) => form.add("for", "fairs-closed"),
            Err(RegisterError::Database(error)) => return Err(failed(error)),
        }
    }
    let view = fair_view(&state, &fair, Some(&account), lang)
        .await
        .map_err(failed)?;
    Ok(rejected(&state, parts, form, move || provide_context(view.clone())).await)
}

/// `POST /jobs/registrations/{id}/cancel`: one of the account's own.
pub async fn cancel(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
) -> Early<Response> {
    let account = session::require(&state, &session, "/account/bookings").await?;
    let Ok(id) = id.parse::<i32>() else {
        return Ok(see_other("/account/bookings?done=unchanged"));
    };
    let cancelled = store::cancel_registration(&state.db, account.id, id)
        .await
        .map_err(failed)?;
    let done = if cancelled { "cancelled" } else { "unchanged" };
    Ok(see_other(&format!("/account/bookings?done={done}")))
}

/// `GET /jobs/fairs/{id}/calendar.ics`: public, like the fair's page.
pub async fn calendar_file(
    State(state): State<PortalState>,
    Path(id): Path<String>,
    request: Request,
) -> Early<Response> {
    let lang = request_lang(request.headers());
    let (fair, _) = found_by_id(&state, request, &id, |id| store::find(&state.db, id)).await?;
    let event = CalendarEvent {
        uid: format!("fair-{}@{}", fair.id, host_of(&state.public_url)),
        stamp: fair.updated_at,
        starts: fair.starts_at,
        ends: fair.ends_at,
        summary: crate::events::in_lang(lang, &fair.title_zh, &fair.title_en).to_string(),
        location: format!(
            "{}, {}",
            crate::events::in_lang(lang, &fair.venue_zh, &fair.venue_en),
            crate::events::in_lang(lang, &fair.address_zh, &fair.address_en)
        ),
        description: crate::events::in_lang(lang, &fair.transport_zh, &fair.transport_en).to_string(),
        url: format!("{}/jobs/fairs/{}", state.public_url, fair.id),
        cancelled: fair.cancelled_at.is_some(),
    };
    Ok(calendar_response(
        calendar(&event),
        &format!("fair-{}.ics", fair.id),
    ))
}

/// The host part of the public address, for calendar ids.
pub fn host_of(public_url: &str) -> &str {
    public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("portal")
}

/// Adjustments as text, for lists.
pub fn adjustments_line(lang: Lang, stored: &str) -> String {
    adjustments_from(stored)
        .into_iter()
        .map(|a| tr(lang, &format!("adjustment-{}", a.key())))
        .collect::<Vec<_>>()
        .join(&tr(lang, "list-separator"))
}
