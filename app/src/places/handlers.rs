//! Requests for `/places` and `/places/{id}`.

use super::pages::{
    DayView, EntitlementLink, PlaceCard, PlacePage, PlaceView, PlacesPage, PlacesView, ServiceView,
};
use super::store::{self, Place};
use crate::components::Content;
use crate::domain::places::{Feature, PlaceFacts, PlaceFilter, ServiceKind};
use crate::forms::FormState;
use crate::i18n::{dates, tr, Lang};
use crate::web::{Page, PageError, PageResult, PathId, PortalState, QueryValues};
use axum::extract::State;
use http::StatusCode;

/// Longer than any street code or kind: such a value is refused unread.
const MAX_VALUE: usize = 100;

/// The one value sent for `field`, trimmed; two different ones are an
/// error (a select sends one, so only an edited address sends more).
fn single(form: &mut FormState, field: &str, message: &str) -> Option<String> {
    let mut values: Vec<String> = form
        .values_of(field)
        .iter()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect();
    values.dedup();
    match values.as_slice() {
        [] => None,
        [one] if one.chars().count() <= MAX_VALUE => Some(one.clone()),
        _ => {
            form.add(field, message);
            None
        }
    }
}

/// The filter in the query string; what cannot be read is named in `form`.
fn filter_of(form: &mut FormState, streets: &[(String, String)]) -> PlaceFilter {
    let area = single(form, "area", "places-area-error");
    let area = match area {
        Some(code) if streets.iter().any(|(c, _)| *c == code) => Some(code),
        Some(_) => {
            form.add("area", "places-area-error");
            None
        }
        None => None,
    };
    let kind = match single(form, "kind", "places-kind-error") {
        Some(key) => {
            let kind = ServiceKind::parse(&key);
            if kind.is_none() {
                form.add("kind", "places-kind-error");
            }
            kind
        }
        None => None,
    };
    let mut needs = Vec::new();
    // An empty value is "nothing chosen", as for the other fields.
    for value in form.values_of("need").iter().filter(|v| !v.trim().is_empty()) {
        match Feature::parse(value.trim()) {
            Some(need) if !needs.contains(&need) => needs.push(need),
            Some(_) => {}
            None => {
                if !form.errors.iter().any(|e| e.field == "need") {
                    form.add("need", "places-need-error");
                }
            }
        }
    }
    PlaceFilter { area, kind, needs }
}

/// Streets and towns, the areas a visitor chooses from.
fn streets(state: &PortalState, lang: Lang) -> Vec<(String, String)> {
    state
        .areas
        .names(lang)
        .into_iter()
        .filter(|a| a.kind == "street" || a.kind == "town")
        .map(|a| (a.code, a.name))
        .collect()
}

/// The street or town a place is in (its own area if it is one).
fn street_of(state: &PortalState, lang: Lang, area_code: &str) -> String {
    let street: String = area_code.split('.').take(2).collect::<Vec<_>>().join(".");
    state.areas.name_of(&street, lang)
}

fn card(state: &PortalState, lang: Lang, place: &Place, asked: &[Feature]) -> PlaceCard {
    let facts = place.access.facts();
    let location = &place.location;
    PlaceCard {
        id: location.id,
        name: Content::pick(lang, &location.name_zh, &location.name_en),
        address: Content::pick(lang, &location.address_zh, &location.address_en),
        area: street_of(state, lang, &location.area_code),
        kinds: place.kinds(),
        asked: asked.iter().map(|f| (*f, facts.get(*f))).collect(),
        example: location.is_example,
    }
}

/// `GET /places`: the filter is a GET form, so a search can be bookmarked.
/// A value that cannot be read answers 400 with the form and what to fix.
pub async fn list(
    State(state): State<PortalState>,
    lang: Lang,
    QueryValues(sent): QueryValues,
) -> PageResult<Page> {
    let mut form = sent.to_form();
    let areas = streets(&state, lang);
    let filter = filter_of(&mut form, &areas);
    if form.has_errors() {
        let view = PlacesView { areas, results: None };
        return Ok(Page::new(PlacesPage)
            .with(view)
            .with(form)
            .status(StatusCode::BAD_REQUEST));
    }
    let results = store::places(&state.db)
        .await?
        .iter()
        .filter(|place| {
            let facts = place.access.facts();
            let kinds = place.kinds();
            filter.admits(&PlaceFacts {
                area_code: &place.location.area_code,
                kinds: &kinds,
                facts: &facts,
            })
        })
        .map(|place| card(&state, lang, place, &filter.needs))
        .collect();
    let view = PlacesView {
        areas,
        results: Some(results),
    };
    Ok(Page::new(PlacesPage).with(view).with(form))
}

fn service_view(lang: Lang, service: &store::service::Model) -> ServiceView {
    ServiceView {
        name: Content::pick(lang, &service.name_zh, &service.name_en),
        description: Content::pick(lang, &service.description_zh, &service.description_en),
        kind: service.kind(),
        entitlements: service
            .entitlement_ids()
            .into_iter()
            .map(|id| EntitlementLink {
                href: format!("/entitlements/{}", id.slug()),
                name: tr(lang, &format!("ent-{}-name", id.slug())),
            })
            .collect(),
    }
}

/// The week from Monday, each day's hours or closed.
fn days(place: &Place) -> Vec<DayView> {
    (1..=7)
        .map(|weekday| DayView {
            weekday,
            hours: place
                .hours
                .iter()
                .find(|h| h.weekday == weekday)
                .map(|h| format!("{}–{}", h.opens, h.closes)),
        })
        .collect()
}

/// `GET /places/{id}`.
pub async fn show(State(state): State<PortalState>, lang: Lang, PathId(id): PathId) -> PageResult<Page> {
    let place = store::place(&state.db, id).await?.ok_or(PageError::NotFound)?;
    let (location, access) = (&place.location, &place.access);
    let facts = access.facts();
    let view = PlaceView {
        name: Content::pick(lang, &location.name_zh, &location.name_en),
        organization: place
            .organization
            .as_ref()
            .map(|o| Content::pick(lang, &o.name_zh, &o.name_en)),
        example: location.is_example,
        services: place.services.iter().map(|s| service_view(lang, s)).collect(),
        address: Content::pick(lang, &location.address_zh, &location.address_en),
        area: street_of(&state, lang, &location.area_code),
        transport: Content::pick(lang, &location.transport_zh, &location.transport_en),
        phone: location.phone.clone(),
        sign_language_video: location.sign_language_video.clone(),
        days: days(&place),
        closed_on_holidays: location.closed_on_holidays,
        holiday_note: Content::pick(lang, &location.holiday_note_zh, &location.holiday_note_en),
        facts: Feature::ALL.into_iter().map(|f| (f, facts.get(f))).collect(),
        door_width_cm: access.door_width_cm,
        sign_language_days: Content::pick(lang, &access.sign_language_days_zh, &access.sign_language_days_en),
        verified: access
            .verified_on
            .map(|on| (dates::date(lang, on), access.verified_by.clone())),
    };
    Ok(Page::new(PlacePage).with(view))
}
