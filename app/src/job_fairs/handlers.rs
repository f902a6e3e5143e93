//! Requests for `/jobs/fairs…` and `/jobs/registrations/{id}/cancel`.

use super::pages::{
    EmployerView, FairCard, FairList, FairPage, FairView, FairsPage, HeldRegistration, PastFairsPage,
    PositionView, SignedInView,
};
use super::store::{self, Fair, FairFilter, RegisterError};
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::attendees::{helped, read_attendee, AgeLimit};
use crate::components::{confirmed, in_lang, Confirmation, ConfirmationPage, Content};
use crate::domain::bookings::{adjustments_from, features_from, Feature};
use crate::domain::calendar::CalendarEvent;
use crate::forms::FormState;
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::web::calendar::{calendar_response, host_of};
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::Uri;

fn card(lang: Lang, fair: &Fair) -> FairCard {
    FairCard {
        id: fair.id,
        title: Content::pick(lang, &fair.title_zh, &fair.title_en),
        when: dates::span(lang, fair.starts_at, fair.ends_at),
        venue: Content::pick(lang, &fair.venue_zh, &fair.venue_en),
        features: features_from(&fair.features),
        cancelled: fair.cancelled_at.is_some(),
    }
}

/// The filter in a query string; what cannot be read is named in `form`.
fn filter_of(form: &mut FormState) -> FairFilter {
    let from = form.optional_date("from", "fairs-date-error");
    let to = form.optional_date("to", "fairs-date-error");
    let features = form
        .values_of("feature")
        .iter()
        .filter_map(|f| Feature::parse(f))
        .collect();
    FairFilter { from, to, features }
}

/// `GET /jobs/fairs`: the filter is a GET form, so a filtered list can be bookmarked.
pub async fn list(State(state): State<PortalState>, lang: Lang, uri: Uri) -> PageResult<Page> {
    let mut form = FormValues::parse(uri.query().unwrap_or_default().as_bytes()).to_form();
    let filter = filter_of(&mut form);
    let fairs = store::upcoming(&state.db, state.clock.now_local(), &filter).await?;
    let list = FairList {
        fairs: fairs.iter().map(|f| card(lang, f)).collect(),
    };
    Ok(Page::new(FairsPage).with(list).with(form))
}

/// `GET /jobs/fairs/past`.
pub async fn past(State(state): State<PortalState>, lang: Lang) -> PageResult<Page> {
    let fairs = store::past(&state.db, state.clock.now_local()).await?;
    let list = FairList {
        fairs: fairs.iter().map(|f| card(lang, f)).collect(),
    };
    Ok(Page::new(PastFairsPage).with(list))
}

async fn find(state: &PortalState, id: i32) -> PageResult<Fair> {
    store::find(&state.db, id).await?.ok_or(PageError::NotFound)
}

async fn signed_in_view(
    state: &PortalState,
    account: &Account,
    fair_id: i32,
    lang: Lang,
) -> PageResult<SignedInView> {
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
        helped: helped(&state.db, account, AgeLimit::of(state)).await?,
        registrations,
    })
}

async fn fair_view(
    state: &PortalState,
    fair: &Fair,
    account: Option<&Account>,
    lang: Lang,
) -> PageResult<FairView> {
    let employers = store::employers(&state.db, fair.id)
        .await?
        .into_iter()
        .map(|(e, positions)| EmployerView {
            name: Content::typed(lang, &e.name),
            description: Content::typed(lang, &e.description),
            positions: positions
                .into_iter()
                .map(|p| PositionView {
                    title: Content::typed(lang, &p.title),
                    needs: Content::typed(lang, &p.needs),
                    adjustments: Content::typed(lang, &p.adjustments_offered),
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
        when: dates::span(lang, fair.starts_at, fair.ends_at),
        venue: Content::pick(lang, &fair.venue_zh, &fair.venue_en),
        address: Content::pick(lang, &fair.address_zh, &fair.address_en),
        transport: Content::pick(lang, &fair.transport_zh, &fair.transport_en),
        features: features_from(&fair.features),
        cancelled: fair
            .cancelled_at
            .map(|_| fair.cancel_reason.clone().unwrap_or_default()),
        over: fair.ends_at < state.clock.now_local(),
        employers,
        signed_in,
    })
}

/// `GET /jobs/fairs/{id}`: anyone may look; signed in, one may register.
pub async fn show(
    State(state): State<PortalState>,
    resident: Option<Resident>,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let fair = find(&state, id).await?;
    let account = resident.map(|r| r.0);
    let view = fair_view(&state, &fair, account.as_ref(), lang).await?;
    Ok(Page::new(FairPage).with(view))
}

/// `POST /jobs/fairs/{id}/register`.
pub async fn register(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let fair = find(&state, id).await?;
    let mut form = sent.to_form();
    if let Some(asked) = read_attendee(&state.db, &account, AgeLimit::of(&state), &mut form).await? {
        match store::register(
            &state.db,
            &state.public_url,
            &fair,
            &account,
            &asked,
            state.clock.now(),
        )
        .await
        {
            Ok(_) => return Ok(see_other(&format!("/jobs/fairs/{}?done=registered", fair.id))),
            Err(RegisterError::AlreadyRegistered) => form.add("for", "fairs-already-registered"),
            Err(RegisterError::TooMany) => form.add_with(
                "for",
                "fairs-too-many",
                vec![("max", crate::attendees::MAX_PER_ACCOUNT.to_string())],
            ),
            Err(RegisterError::Closed) => form.add("for", "fairs-closed"),
            Err(RegisterError::Database(error)) => return Err(error.into()),
        }
    }
    let view = fair_view(&state, &fair, Some(&account), lang).await?;
    Ok(Page::new(FairPage).with(view).rejected(form).into_response())
}

/// What cancelling a registration will do, to confirm first. A registration
/// that is not the account's, or already cancelled, goes straight on to the
/// answer "nothing changed".
async fn confirm_cancel(
    state: &PortalState,
    account: &Account,
    lang: Lang,
    id: i32,
) -> PageResult<Option<Page>> {
    let found = store::all_registrations_of(&state.db, account.id)
        .await?
        .into_iter()
        .find(|(registration, _)| registration.id == id);
    let Some((registration, fair)) = found else {
        return Ok(None);
    };
    let confirmation = Confirmation {
        caption: in_lang(lang, &fair.title_zh, &fair.title_en).to_string(),
        title: tr(lang, "fairs-confirm-cancel-title"),
        consequences: vec![
            tr_with(
                lang,
                "fairs-confirm-cancel-who",
                &[
                    ("name", registration.person_name.clone()),
                    ("when", dates::span(lang, fair.starts_at, fair.ends_at)),
                ],
            ),
            tr(lang, "fairs-confirm-cancel-again"),
        ],
        action: format!("/jobs/registrations/{id}/cancel"),
        button: tr(lang, "fairs-confirm-cancel-button"),
        warning: true,
        back: "/account/bookings".to_string(),
        back_text: tr(lang, "bookings-confirm-keep"),
        ..Confirmation::default()
    };
    Ok(Some(Page::new(ConfirmationPage).with(confirmation)))
}

/// `POST /jobs/registrations/{id}/cancel`: one of the account's own, once confirmed.
pub async fn cancel(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    if !confirmed(sent.get("confirmed")) {
        if let Some(page) = confirm_cancel(&state, &account, lang, id).await? {
            return Ok(page.into_response());
        }
    }
    let cancelled = store::cancel_registration(&state.db, account.id, id, state.clock.now()).await?;
    let done = if cancelled { "cancelled" } else { "unchanged" };
    Ok(see_other(&format!("/account/bookings?done={done}")))
}

/// `GET /jobs/fairs/{id}/calendar.ics`: public, like the fair's page.
pub async fn calendar_file(
    State(state): State<PortalState>,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Response> {
    let fair = find(&state, id).await?;
    let event = CalendarEvent {
        uid: format!("fair-{}@{}", fair.id, host_of(&state.public_url)),
        stamp: fair.updated_at,
        starts: fair.starts_at,
        ends: fair.ends_at,
        summary: in_lang(lang, &fair.title_zh, &fair.title_en).to_string(),
        location: format!(
            "{}, {}",
            in_lang(lang, &fair.venue_zh, &fair.venue_en),
            in_lang(lang, &fair.address_zh, &fair.address_en)
        ),
        description: in_lang(lang, &fair.transport_zh, &fair.transport_en).to_string(),
        url: format!("{}/jobs/fairs/{}", state.public_url, fair.id),
        cancelled: fair.cancelled_at.is_some(),
    };
    Ok(calendar_response(&event, &format!("fair-{}.ics", fair.id)))
}
