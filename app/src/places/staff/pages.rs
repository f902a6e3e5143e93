//! The staff pages of the directory: the list of places, and one place's
//! verification form.

use crate::components::{
    with_view, BackLink, Content, ContentText, ErrorSummary, NotificationBanner, PageTitle, RadioOption,
    Radios, Select, StaffNav, Table, TextArea, TextInput,
};
use crate::domain::places::{Fact, Feature};
use crate::forms::{use_form, FormState};
use crate::i18n::t;
use crate::page_context::use_page;
use crate::places::pages::{fact_text, feature_text, weekday_text, ExampleNote};
use leptos::prelude::*;

/// One place on `/staff/places`.
#[derive(Clone, Debug, Default)]
pub struct PlaceRow {
    pub id: i32,
    pub name: Content,
    pub area: String,
    /// "On 2 December 2026 by Wang Fang", or "not yet verified".
    pub verified: String,
}

#[derive(Clone, Debug, Default)]
pub struct StaffPlacesView {
    pub rows: Vec<PlaceRow>,
}

/// `/staff/places/new`: (code, name) of the areas the member may choose,
/// and (id, name) of every service.
#[derive(Clone, Debug, Default)]
pub struct NewPlaceView {
    pub areas: Vec<(String, String)>,
    pub services: Vec<(String, String)>,
}

/// `/staff/places/{id}`; the form's values come as a `FormState`.
#[derive(Clone, Debug, Default)]
pub struct VerifyView {
    pub id: i32,
    pub name: Content,
    pub example: bool,
    pub verified: String,
}

/// `/staff/places`.
#[component]
pub fn StaffPlacesPage() -> impl IntoView {
    with_view(|list: StaffPlacesView| {
        let rows = list
            .rows
            .into_iter()
            .map(|row| {
                view! {
                    <tr>
                        <th scope="row"><a href=format!("/staff/places/{}", row.id)><ContentText content=row.name/></a></th>
                        <td>{row.area}</td>
                        <td>{row.verified}</td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let headers = [
            "staff-places-col-place",
            "staff-places-col-area",
            "staff-places-col-verified",
        ]
        .map(t)
        .to_vec();
        view! {
            <PageTitle text=t("staff-places-title")/>
            <StaffNav/>
            <h1>{t("staff-places-title")}</h1>
            <p class="lead">{t("staff-places-lead")}</p>
            <Table caption=t("staff-places-title") caption_hidden=true headers rows empty=t("staff-places-none")/>
            <p><a href="/staff/places/new" class="button button--secondary">{t("staff-places-new")}</a></p>
        }
    })
}

fn fact_options() -> Vec<RadioOption> {
    Fact::ALL
        .into_iter()
        .map(|f| RadioOption {
            value: f.key().to_string(),
            label: fact_text(f),
            hint: None,
        })
        .collect()
}

#[component]
fn FactFields(form: FormState) -> impl IntoView {
    Feature::ALL
        .into_iter()
        .map(|feature| {
            let name = format!("fact-{}", feature.key());
            let chosen: Vec<String> = form.values_of(&name);
            view! {
                <Radios name=name.clone() legend=feature_text(feature) options=fact_options() selected=chosen
                    error=form.error(&name)/>
            }
        })
        .collect_view()
}

#[component]
fn HoursFields(form: FormState) -> impl IntoView {
    (1..=7)
        .map(|day| {
            let (opens, closes) = (format!("opens-{day}"), format!("closes-{day}"));
            view! {
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{weekday_text(day)}</legend>
                    <TextInput id=opens.clone() name=opens.clone() label=t("staff-places-opens") value=form.value(&opens)
                        error=form.error(&opens) width="input--10"/>
                    <TextInput id=closes.clone() name=closes.clone() label=t("staff-places-closes") value=form.value(&closes)
                        error=form.error(&closes) width="input--10"/>
                </fieldset>
            }
        })
        .collect_view()
}

/// `/staff/places/{id}`.
#[component]
pub fn VerifyPlacePage() -> impl IntoView {
    with_view(verify_page)
}

fn verify_page(place: VerifyView) -> impl IntoView {
    let form = use_form();
    let banner = match use_page().query("done").as_deref() {
        Some("verified") => Some((t("staff-places-done"), place.verified.clone())),
        Some("created") => Some((t("staff-places-created"), t("staff-places-created-next"))),
        _ => None,
    };
    let holiday_options = vec![
        RadioOption {
            value: "closed".into(),
            label: t("staff-places-holidays-closed"),
            hint: None,
        },
        RadioOption {
            value: "open".into(),
            label: t("staff-places-holidays-open"),
            hint: None,
        },
    ];
    let value = |name: &str| form.value(name);
    view! {
        <PageTitle text=place.name.text.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href="/staff/places" text=t("staff-places-back")/>
        <ErrorSummary errors=form.summary()/>
        {banner.map(|(heading, text)| view! {
            <NotificationBanner heading=heading><p>{text}</p></NotificationBanner>
        })}
        <span class="caption">{t("staff-places-caption")}</span>
        <h1><ContentText content=place.name.clone()/></h1>
        {place.example.then(|| view! { <ExampleNote/> })}
        <p>{place.verified.clone()}</p>
        <p><a href=format!("/places/{}", place.id)>{t("staff-places-public-page")}</a></p>
        <form method="post" action=format!("/staff/places/{}", place.id) novalidate=true>
            <h2>{t("places-accessibility")}</h2>
            <p class="hint">{t("staff-places-facts-hint")}</p>
            <FactFields form=form.clone()/>
            <TextInput id="door_width" name="door_width" label=t("places-door-width") hint=t("staff-places-door-width-hint")
                value=value("door_width") error=form.error("door_width") inputmode="numeric" width="input--4"/>
            <TextInput id="sign_days_zh" name="sign_days_zh" label=t("staff-places-sign-days-zh")
                hint=t("staff-places-sign-days-hint") value=value("sign_days_zh") error=form.error("sign_days_zh")
                width="input--30" lang=Some("zh-CN".to_string())/>
            <TextInput id="sign_days_en" name="sign_days_en" label=t("staff-places-sign-days-en")
                value=value("sign_days_en") error=form.error("sign_days_en") width="input--30" lang=Some("en".to_string())/>
            <h2>{t("places-hours")}</h2>
            <p class="hint">{t("staff-places-hours-hint")}</p>
            <HoursFields form=form.clone()/>
            <Radios name="holidays" legend=t("places-holidays") options=holiday_options selected=form.values_of("holidays")
                error=form.error("holidays")/>
            <TextInput id="holiday_note_zh" name="holiday_note_zh" label=t("staff-places-holiday-note-zh")
                value=value("holiday_note_zh") error=form.error("holiday_note_zh") width="input--30" lang=Some("zh-CN".to_string())/>
            <TextInput id="holiday_note_en" name="holiday_note_en" label=t("staff-places-holiday-note-en")
                value=value("holiday_note_en") error=form.error("holiday_note_en") width="input--30" lang=Some("en".to_string())/>
            <h2>{t("staff-places-contact")}</h2>
            <TextInput id="phone" name="phone" label=t("places-phone") value=value("phone") error=form.error("phone")
                input_type="tel" autocomplete="off" width="input--20"/>
            <TextInput id="sign_video" name="sign_video" label=t("places-sign-video") hint=t("staff-places-sign-video-hint")
                value=value("sign_video") error=form.error("sign_video") input_type="tel" autocomplete="off" width="input--20"/>
            <p>{t("staff-places-save-note")}</p>
            <button type="submit" class="button">{t("staff-places-save")}</button>
        </form>
    }
}

/// `/staff/places/new`.
#[component]
pub fn NewPlacePage() -> impl IntoView {
    with_view(new_place_page)
}

fn new_place_page(choices: NewPlaceView) -> impl IntoView {
    let form = use_form();
    let value = |name: &str| form.value(name);
    let zh = || Some("zh-CN".to_string());
    let en = || Some("en".to_string());
    view! {
        <PageTitle text=t("staff-places-new") has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href="/staff/places" text=t("staff-places-back")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-places-new")}</h1>
        <p class="lead">{t("staff-places-new-lead")}</p>
        <form method="post" action="/staff/places/new" novalidate=true>
            <TextInput id="name_zh" name="name_zh" label=t("staff-places-name-zh") value=value("name_zh")
                error=form.error("name_zh") width="input--30" lang=zh()/>
            <TextInput id="name_en" name="name_en" label=t("staff-places-name-en") value=value("name_en")
                error=form.error("name_en") width="input--30" lang=en()/>
            <Select id="service" label=t("places-services") groups=vec![(t("places-services"), choices.services)]
                selected=value("service") placeholder=t("staff-places-choose-service") error=form.error("service")/>
            <Select id="area" label=t("staff-places-col-area") groups=vec![(t("places-area-group"), choices.areas)]
                selected=value("area") placeholder=t("staff-places-choose-area") error=form.error("area")/>
            <TextInput id="address_zh" name="address_zh" label=t("staff-places-address-zh") value=value("address_zh")
                error=form.error("address_zh") width="input--30" lang=zh()/>
            <TextInput id="address_en" name="address_en" label=t("staff-places-address-en") value=value("address_en")
                error=form.error("address_en") width="input--30" lang=en()/>
            <TextArea id="transport_zh" label=t("staff-places-transport-zh") value=value("transport_zh")
                error=form.error("transport_zh") lang=zh()/>
            <TextArea id="transport_en" label=t("staff-places-transport-en") value=value("transport_en")
                error=form.error("transport_en") lang=en()/>
            <TextInput id="phone" name="phone" label=t("places-phone") value=value("phone") error=form.error("phone")
                input_type="tel" autocomplete="off" width="input--20"/>
            <button type="submit" class="button">{t("staff-places-add")}</button>
        </form>
    }
}
