//! `/staff/places` and `/staff/places/{id}`. Every handler asks for
//! `EditPlaces`; a place outside the staff member's area is "not found".

use super::pages::{
    NewPlacePage, NewPlaceView, PlaceRow, StaffPlacesPage, StaffPlacesView, VerifyPlacePage, VerifyView,
};
use super::store::{places_in_scope, EditPlaces};
use crate::accounts::staff_session::{Scoped, Staff};
use crate::components::Content;
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::places::{parse_door_width, DoorWidthError, Fact, Facts, Feature};
use crate::domain::staff::in_scope;
use crate::forms::FormState;
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::places::store::{self, DayHours, NewPlace, Place, Verified};
use crate::web::{see_other, FormValues, Page, PageResult, PortalState};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::NaiveTime;

const SHORT_TEXT: usize = 200;
const LONG_TEXT: usize = 2000;
const PHONE_TEXT: usize = 40;

type AtPlace = Scoped<Place>;

/// "Last verified on … by …", or "not yet verified".
fn verified_text(lang: Lang, place: &Place) -> String {
    match place.access.verified_on {
        Some(on) => tr_with(
            lang,
            "places-verified-on",
            &[
                ("date", dates::date(lang, on)),
                ("who", place.access.verified_by.clone()),
            ],
        ),
        None => tr(lang, "places-not-verified"),
    }
}

/// `GET /staff/places`: the places in the member's area.
pub async fn list(State(state): State<PortalState>, staff: Staff<EditPlaces>) -> PageResult<Page> {
    let lang = staff.lang;
    let rows = places_in_scope(&state.db, &staff.member.area)
        .await?
        .iter()
        .map(|place| PlaceRow {
            id: place.location.id,
            name: Content::pick(lang, &place.location.name_zh, &place.location.name_en),
            area: state.areas.name_of(&place.location.area_code, lang),
            verified: verified_text(lang, place),
        })
        .collect();
    Ok(staff.page(StaffPlacesPage).with(StaffPlacesView { rows }))
}

/// A place's stored values as its form's fields.
fn place_values(place: &Place) -> Vec<(String, String)> {
    let facts = place.access.facts();
    let (access, location) = (&place.access, &place.location);
    let mut values: Vec<(String, String)> = Feature::ALL
        .into_iter()
        .map(|f| (format!("fact-{}", f.key()), facts.get(f).key().to_string()))
        .collect();
    for day in &place.hours {
        values.push((format!("opens-{}", day.weekday), day.opens.clone()));
        values.push((format!("closes-{}", day.weekday), day.closes.clone()));
    }
    let holidays = if location.closed_on_holidays {
        "closed"
    } else {
        "open"
    };
    let door = access.door_width_cm.map(|w| w.to_string()).unwrap_or_default();
    for (name, value) in [
        ("door_width", door.as_str()),
        ("sign_days_zh", access.sign_language_days_zh.as_str()),
        ("sign_days_en", access.sign_language_days_en.as_str()),
        ("holidays", holidays),
        ("holiday_note_zh", location.holiday_note_zh.as_str()),
        ("holiday_note_en", location.holiday_note_en.as_str()),
        ("phone", location.phone.as_str()),
        ("sign_video", location.sign_language_video.as_str()),
    ] {
        values.push((name.to_string(), value.to_string()));
    }
    values
}

fn read_facts(form: &mut FormState) -> Facts {
    let mut facts = Facts::default();
    for feature in Feature::ALL {
        let field = format!("fact-{}", feature.key());
        if let Some(fact) = form.choice(&field, Fact::parse, "staff-places-fact-error") {
            facts.set(feature, fact);
        }
    }
    facts
}

fn read_time(text: &str) -> Option<String> {
    NaiveTime::parse_from_str(&text.trim().replace('：', ":"), "%H:%M")
        .ok()
        .map(|t| t.format("%H:%M").to_string())
}

/// The days it opens: both times empty is a closed day.
fn read_hours(form: &mut FormState) -> Vec<DayHours> {
    let mut hours = Vec::new();
    for weekday in 1..=7 {
        let (opens_field, closes_field) = (format!("opens-{weekday}"), format!("closes-{weekday}"));
        let (opens, closes) = (form.value(&opens_field), form.value(&closes_field));
        if opens.trim().is_empty() && closes.trim().is_empty() {
            continue;
        }
        match (read_time(&opens), read_time(&closes)) {
            (Some(opens), Some(closes)) if opens < closes => hours.push(DayHours {
                weekday,
                opens,
                closes,
            }),
            (Some(_), Some(_)) => form.add(&closes_field, "staff-places-closes-before-error"),
            (opens, closes) => {
                if opens.is_none() {
                    form.add(&opens_field, "staff-places-time-error");
                }
                if closes.is_none() {
                    form.add(&closes_field, "staff-places-time-error");
                }
            }
        }
    }
    hours
}

fn read_door_width(form: &mut FormState) -> Option<i32> {
    match parse_door_width(&form.value("door_width")) {
        Ok(width) => width,
        Err(DoorWidthError::NotANumber) => {
            form.add("door_width", "staff-places-door-width-error");
            None
        }
        Err(DoorWidthError::OutOfRange) => {
            form.add("door_width", "staff-places-door-width-range-error");
            None
        }
    }
}

fn read_verified(form: &mut FormState) -> Option<Verified> {
    let facts = read_facts(form);
    let door_width_cm = read_door_width(form);
    let sign_language_days_zh = form.text("sign_days_zh", SHORT_TEXT, None);
    let sign_language_days_en = form.text("sign_days_en", SHORT_TEXT, None);
    let hours = read_hours(form);
    let closed_on_holidays = form.choice(
        "holidays",
        |v| match v {
            "closed" => Some(true),
            "open" => Some(false),
            _ => None,
        },
        "staff-places-holidays-error",
    );
    let holiday_note_zh = form.text("holiday_note_zh", SHORT_TEXT, None);
    let holiday_note_en = form.text("holiday_note_en", SHORT_TEXT, None);
    let phone = form.text("phone", PHONE_TEXT, Some("staff-places-phone-error"));
    let sign_language_video = form.text("sign_video", PHONE_TEXT, None);
    let closed_on_holidays = closed_on_holidays?;
    (!form.has_errors()).then_some(Verified {
        facts,
        door_width_cm,
        sign_language_days_zh,
        sign_language_days_en,
        hours,
        closed_on_holidays,
        holiday_note_zh,
        holiday_note_en,
        phone,
        sign_language_video,
    })
}

/// The place's form with `form`: its stored values, or what was sent and what to fix (422).
fn verify_page(at: &AtPlace, form: FormState) -> Response {
    let (lang, place) = (at.lang(), &at.found);
    let view = VerifyView {
        id: place.location.id,
        name: Content::pick(lang, &place.location.name_zh, &place.location.name_en),
        example: place.location.is_example,
        verified: verified_text(lang, place),
    };
    at.page(VerifyPlacePage)
        .with(view)
        .with_form(form)
        .into_response()
}

/// `GET /staff/places/{id}`.
pub async fn show(at: AtPlace) -> Response {
    let values = place_values(&at.found);
    verify_page(&at, FormState::new(values))
}

/// `POST /staff/places/{id}`: saves what was checked, verified today by this member.
pub async fn verify(at: AtPlace, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(checked) = read_verified(&mut form) else {
        return Ok(verify_page(&at, form));
    };
    let id = at.found.location.id;
    let today = at.state.clock.today();
    let who = at.staff.account.display_name.clone();
    let change = at.change().await?;
    store::verify(change.db(), id, &checked, today, &who).await?;
    let facts = Feature::ALL
        .iter()
        .map(|f| format!("{}={}", f.key(), checked.facts.get(*f).key()))
        .collect::<Vec<_>>()
        .join(" ");
    let door = checked
        .door_width_cm
        .map_or("unknown".to_string(), |w| w.to_string());
    let audit = Audit::new(AuditAction::VerifyPlace, AuditTarget::Place(id))
        .detail(format!("{facts} door={door} phone={}", checked.phone));
    change.commit(audit).await?;
    Ok(see_other(&format!("/staff/places/{id}?done=verified")))
}

/// The choices of the "add a place" form: the member's streets and towns
/// (or communities), and every service.
async fn new_place_view(state: &PortalState, staff: &Staff<EditPlaces>) -> PageResult<NewPlaceView> {
    let lang = staff.lang;
    let areas = state
        .areas
        .names(lang)
        .into_iter()
        .filter(|a| a.kind != "district" && in_scope(&staff.member.area, &a.code))
        .map(|a| (a.code, a.name))
        .collect();
    let services = store::services(&state.db)
        .await?
        .into_iter()
        .map(|s| {
            (
                s.id.to_string(),
                crate::components::in_lang(lang, &s.name_zh, &s.name_en).to_string(),
            )
        })
        .collect();
    Ok(NewPlaceView { areas, services })
}

/// `GET /staff/places/new`.
pub async fn new_form(State(state): State<PortalState>, staff: Staff<EditPlaces>) -> PageResult<Page> {
    let view = new_place_view(&state, &staff).await?;
    Ok(staff.page(NewPlacePage).with(view))
}

fn read_new_place(
    form: &mut FormState,
    view: &NewPlaceView,
    services: &[store::service::Model],
) -> Option<NewPlace> {
    let name_zh = form.text("name_zh", SHORT_TEXT, Some("staff-places-name-error"));
    let name_en = form.text("name_en", SHORT_TEXT, None);
    let address_zh = form.text("address_zh", SHORT_TEXT, Some("staff-places-address-error"));
    let address_en = form.text("address_en", SHORT_TEXT, None);
    let area_code = form.choice(
        "area",
        |code| view.areas.iter().find(|(c, _)| c == code).map(|(c, _)| c.clone()),
        "staff-places-area-error",
    );
    let transport_zh = form.text("transport_zh", LONG_TEXT, None);
    let transport_en = form.text("transport_en", LONG_TEXT, None);
    let phone = form.text("phone", PHONE_TEXT, Some("staff-places-phone-error"));
    let service = form.choice(
        "service",
        |id| services.iter().find(|s| s.id.to_string() == id).cloned(),
        "staff-places-service-error",
    );
    let (Some(area_code), Some(service), false) = (area_code, service, form.has_errors()) else {
        return None;
    };
    Some(NewPlace {
        name_zh,
        name_en,
        address_zh,
        address_en,
        area_code,
        transport_zh,
        transport_en,
        phone,
        service,
    })
}

/// `POST /staff/places/new`: the place, then its verification form.
pub async fn create(
    State(state): State<PortalState>,
    staff: Staff<EditPlaces>,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let view = new_place_view(&state, &staff).await?;
    let services = store::services(&state.db).await?;
    let Some(new) = read_new_place(&mut form, &view, &services) else {
        return Ok(staff.page(NewPlacePage).with(view).rejected(form).into_response());
    };
    let change = staff.change(&state.db).await?;
    let id = store::add_place(change.db(), &new).await?;
    let audit = Audit::new(AuditAction::AddPlace, AuditTarget::Place(id)).detail(format!(
        "{} ({}) service:{}",
        new.name_zh, new.area_code, new.service.id
    ));
    change.commit(audit).await?;
    Ok(see_other(&format!("/staff/places/{id}?done=created")))
}
