//! Requests for `/alerts…` and `/feeds/…`.

use super::feeds::{document, feed_named, FeedRequest, ENTRIES};
use super::items::latest;
use super::mail::{topic_names, Links};
use super::pages::{
    AreaChoices, ConfirmPage, ManagePage, SentPage, SubscribePage, SubscriptionView, UnsubscribePage,
    UnsubscribedPage,
};
use super::store::{self, id_of_token, Choices, Subscription};
use crate::domain::alerts::{Frequency, Topic};
use crate::domain::local_time::utc_to_chongqing;
use crate::forms::FormState;
use crate::i18n::{dates, Lang};
use crate::web::limits::Limit;
use crate::web::{see_other, ClientAddress, FormValues, Page, PageError, PageResult, PortalState};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, CONTENT_TYPE};
use http::HeaderValue;

/// Confirmation emails per address typed, and per client, in [`LIMIT_WINDOW_MINUTES`].
const EMAILS_PER_ADDRESS: usize = 3;
const EMAILS_PER_CLIENT: usize = 20;
const LIMIT_WINDOW_MINUTES: i64 = 60;

fn links(state: &PortalState) -> Links<'_> {
    Links {
        public_url: &state.public_url,
        key: &state.sealing_key,
    }
}

/// Streets and towns, the areas alerts can be narrowed to.
fn area_choices(state: &PortalState, lang: Lang) -> AreaChoices {
    AreaChoices(
        state
            .areas
            .names(lang)
            .into_iter()
            .filter(|a| a.kind == "street" || a.kind == "town")
            .map(|a| (a.code, a.name))
            .collect(),
    )
}

fn is_street_or_town(state: &PortalState, code: &str) -> bool {
    area_choices(state, Lang::default())
        .0
        .iter()
        .any(|(c, _)| c == code)
}

/// The choices on the form, or `None` with what to fix recorded in `form`.
fn read_choices(state: &PortalState, form: &mut FormState) -> Option<Choices> {
    let sent_topics = form.values_of("topic");
    let topics: Vec<Topic> = sent_topics.iter().filter_map(|t| Topic::parse(t)).collect();
    if topics.is_empty() || topics.len() != sent_topics.len() {
        form.add("topic", "alerts-topic-error");
    }
    let area = form.value("area");
    let area = area.trim();
    if !area.is_empty() && !is_street_or_town(state, area) {
        form.add("area", "alerts-area-error");
    }
    let frequency = form.choice("frequency", Frequency::parse, "alerts-frequency-error");
    let frequency = frequency?;
    (!form.has_errors()).then(|| Choices {
        topics,
        area: (!area.is_empty()).then(|| area.to_string()),
        frequency,
    })
}

/// Pages reached from a subscription's links show its address: kept in no cache.
fn personal(response: impl IntoResponse) -> Response {
    let mut response = response.into_response();
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET /alerts`.
pub async fn show(State(state): State<PortalState>, lang: Lang) -> Page {
    Page::new(SubscribePage).with(area_choices(&state, lang))
}

/// `POST /alerts`: always the same "check your email" answer, whether or
/// not the address already subscribes, so the form tells nobody who does.
pub async fn subscribe(
    State(state): State<PortalState>,
    lang: Lang,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let email = form.email("email");
    let choices = read_choices(&state, &mut form);
    let rejected = |form: FormState| {
        Page::new(SubscribePage)
            .with(area_choices(&state, lang))
            .rejected(form)
            .into_response()
    };
    let (Some(email), Some(choices)) = (email, choices) else {
        return Ok(rejected(form));
    };
    let window = chrono::Duration::minutes(LIMIT_WINDOW_MINUTES);
    let limits = [
        Limit {
            key: format!("alerts:email:{email}"),
            max: EMAILS_PER_ADDRESS,
            window,
        },
        Limit {
            key: format!("alerts:address:{}", client.for_limits()),
            max: EMAILS_PER_CLIENT,
            window,
        },
    ];
    let now = state.clock.now();
    match store::subscribe(&state.db, &links(&state), &email, lang, &choices, &limits, now).await? {
        Ok(()) => Ok(see_other("/alerts/sent")),
        Err(until) => {
            let time = dates::time(utc_to_chongqing(until));
            form.add_with("email", "alerts-limited", vec![("time", time)]);
            Ok(rejected(form))
        }
    }
}

/// `GET /alerts/sent`.
pub async fn sent() -> Page {
    Page::new(SentPage)
}

fn view_of(subscription: &Subscription, token: &str, lang: Lang) -> SubscriptionView {
    SubscriptionView {
        token: token.to_string(),
        email: subscription.email.clone(),
        topics: topic_names(lang, &subscription.topics()),
    }
}

/// `GET /alerts/confirm/{token}`: a page with a button; the link itself changes nothing.
pub async fn show_confirm(
    State(state): State<PortalState>,
    lang: Lang,
    Path(token): Path<String>,
) -> PageResult<Response> {
    let found = store::pending(&state.db, &token, state.clock.now()).await?;
    let subscription = found.ok_or(PageError::NotFound)?;
    Ok(personal(Page::new(ConfirmPage).with(view_of(
        &subscription,
        &token,
        lang,
    ))))
}

/// `POST /alerts/confirm/{token}`: alerts start; on to the subscription's own page.
pub async fn confirm(State(state): State<PortalState>, Path(token): Path<String>) -> PageResult<Response> {
    let confirmed = store::confirm(&state.db, &token, state.clock.now()).await?;
    let subscription = confirmed.ok_or(PageError::NotFound)?;
    let manage = store::token_of(&state.sealing_key, subscription.id).text();
    Ok(personal(see_other(&format!(
        "/alerts/manage/{manage}?done=confirmed"
    ))))
}

/// The confirmed subscription a link's token names, or "page not found".
async fn by_token(state: &PortalState, token: &str) -> PageResult<Subscription> {
    let id = id_of_token(&state.sealing_key, token).ok_or(PageError::NotFound)?;
    store::confirmed(&state.db, id).await?.ok_or(PageError::NotFound)
}

/// The form's values as stored.
fn stored_form(subscription: &Subscription) -> FormState {
    let mut values: Vec<(String, String)> = subscription
        .topics()
        .iter()
        .map(|t| ("topic".to_string(), t.key().to_string()))
        .collect();
    values.push((
        "area".to_string(),
        subscription.area_code.clone().unwrap_or_default(),
    ));
    values.push((
        "frequency".to_string(),
        subscription.frequency().key().to_string(),
    ));
    FormState::new(values)
}

fn manage_page(state: &PortalState, subscription: &Subscription, token: &str, lang: Lang) -> Page {
    Page::new(ManagePage)
        .with(view_of(subscription, token, lang))
        .with(area_choices(state, lang))
}

/// `GET /alerts/manage/{token}`.
pub async fn show_manage(
    State(state): State<PortalState>,
    lang: Lang,
    Path(token): Path<String>,
) -> PageResult<Response> {
    let subscription = by_token(&state, &token).await?;
    let page = manage_page(&state, &subscription, &token, lang).with(stored_form(&subscription));
    Ok(personal(page))
}

/// `POST /alerts/manage/{token}`: new choices, or the form again with what to fix.
pub async fn manage(
    State(state): State<PortalState>,
    lang: Lang,
    Path(token): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let subscription = by_token(&state, &token).await?;
    let mut form = sent.to_form();
    let Some(choices) = read_choices(&state, &mut form) else {
        let page = manage_page(&state, &subscription, &token, lang).rejected(form);
        return Ok(personal(page));
    };
    if !store::change(&state.db, subscription.id, &choices).await? {
        return Err(PageError::NotFound);
    }
    Ok(personal(see_other(&format!("/alerts/manage/{token}?done=saved"))))
}

/// `GET /alerts/unsubscribe/{token}`: a page with one button.
pub async fn show_unsubscribe(
    State(state): State<PortalState>,
    lang: Lang,
    Path(token): Path<String>,
) -> PageResult<Response> {
    if id_of_token(&state.sealing_key, &token).is_none() {
        return Err(PageError::NotFound);
    }
    match by_token(&state, &token).await {
        Ok(subscription) => Ok(personal(Page::new(UnsubscribePage).with(view_of(
            &subscription,
            &token,
            lang,
        )))),
        // A real link whose subscription has already ended.
        Err(PageError::NotFound) => Ok(see_other("/alerts/unsubscribed")),
        Err(error) => Err(error),
    }
}

/// `POST /alerts/unsubscribe/{token}`: the button, or a mail program's
/// one-click unsubscribe (RFC 8058: the body `List-Unsubscribe=One-Click`,
/// no cookie, no form token; the security layer lets exactly that through).
/// Either way the subscription ends at once; ending one already ended is fine.
pub async fn unsubscribe(
    State(state): State<PortalState>,
    Path(token): Path<String>,
) -> PageResult<Response> {
    let id = id_of_token(&state.sealing_key, &token).ok_or(PageError::NotFound)?;
    store::unsubscribe(&state.db, id).await?;
    Ok(see_other("/alerts/unsubscribed"))
}

/// `GET /alerts/unsubscribed`.
pub async fn unsubscribed() -> Page {
    Page::new(UnsubscribedPage)
}

/// `GET /feeds/{topic}.atom`, optionally `?area=` a street or town.
pub async fn feed(
    State(state): State<PortalState>,
    lang: Lang,
    Path(file): Path<String>,
    crate::web::QueryValues(query): crate::web::QueryValues,
) -> PageResult<Response> {
    let feed = feed_named(&file).ok_or(PageError::NotFound)?;
    let area = match query.get("area").map(str::trim).filter(|a| !a.is_empty()) {
        Some(code) if is_street_or_town(&state, code) => Some(code),
        Some(_) => return Err(PageError::NotFound),
        None => None,
    };
    let items = latest(
        &state.db,
        feed.topic,
        area,
        ENTRIES,
        state.clock.now().naive_utc(),
    )
    .await?;
    let request = FeedRequest {
        feed,
        lang,
        public_url: &state.public_url,
        area: area.map(|code| (code, state.areas.name_of(code, lang))),
        now: state.clock.now(),
    };
    let mut response = document(&request, &items).into_response();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/atom+xml; charset=utf-8"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}
