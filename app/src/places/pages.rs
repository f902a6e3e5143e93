//! The directory's public pages: "find a place" with its results, and one place.

use crate::components::{
    with_view, BackLink, Content, ContentText, ErrorSummary, PageTitle, RadioOption, Radios, Select,
    SummaryList, SummaryRow, Table, Tag,
};
use crate::domain::places::{Fact, Feature, ServiceKind};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use leptos::prelude::*;

pub fn feature_text(feature: Feature) -> String {
    t(&format!("places-feature-{}", feature.key()))
}

pub fn kind_text(kind: ServiceKind) -> String {
    t(&format!("places-kind-{}", kind.key()))
}

/// "Yes", "No" or "Not known", in words.
pub fn fact_text(fact: Fact) -> String {
    t(&format!("places-fact-{}", fact.key()))
}

/// One place in the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceCard {
    pub id: i32,
    pub name: Content,
    pub address: Content,
    pub area: String,
    pub kinds: Vec<ServiceKind>,
    /// The facts the visitor asked about, as measured here.
    pub asked: Vec<(Feature, Fact)>,
    pub example: bool,
}

/// `/places`: the streets and towns to choose from, and what was found.
/// `None` results: the query could not be read, nothing was searched.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlacesView {
    /// (code, name) of every street and town.
    pub areas: Vec<(String, String)>,
    pub results: Option<Vec<PlaceCard>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntitlementLink {
    /// `/entitlements/e36`.
    pub href: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceView {
    pub name: Content,
    pub description: Content,
    pub kind: Option<ServiceKind>,
    pub entitlements: Vec<EntitlementLink>,
}

/// One day's opening hours; `None`: closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayView {
    pub weekday: i32,
    pub hours: Option<String>,
}

/// `/places/{id}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceView {
    pub name: Content,
    pub organization: Option<Content>,
    pub example: bool,
    pub services: Vec<ServiceView>,
    pub address: Content,
    pub area: String,
    pub transport: Content,
    pub phone: String,
    pub sign_language_video: String,
    pub days: Vec<DayView>,
    pub closed_on_holidays: bool,
    pub holiday_note: Content,
    pub facts: Vec<(Feature, Fact)>,
    pub door_width_cm: Option<i32>,
    pub sign_language_days: Content,
    /// (date, who), once checked.
    pub verified: Option<(String, String)>,
}

/// The note on seeded records, like the footer's note on the help contacts.
#[component]
pub fn ExampleNote() -> impl IntoView {
    view! { <p class="places-example"><Tag text=t("places-example-tag")/>" "{t("places-example-note")}</p> }
}

fn need_options() -> Vec<RadioOption> {
    Feature::ALL
        .into_iter()
        .map(|f| RadioOption {
            value: f.key().to_string(),
            label: feature_text(f),
            hint: None,
        })
        .collect()
}

fn kind_options() -> Vec<(String, String)> {
    ServiceKind::ALL
        .into_iter()
        .map(|k| (k.key().to_string(), kind_text(k)))
        .collect()
}

/// `/places`.
#[component]
pub fn PlacesPage() -> impl IntoView {
    with_view(places_page)
}

fn places_page(view: PlacesView) -> impl IntoView {
    let form = use_form();
    let chosen = form.values_of("need");
    let results = view.results.map(|places| {
        let count = t_with("places-count", &[("count", places.len().to_string())]);
        view! {
            <h2 id="results">{count}</h2>
            {if places.is_empty() {
                view! { <p>{t("places-none")}</p> }.into_any()
            } else {
                view! { <PlaceCards places/> }.into_any()
            }}
        }
    });
    view! {
        <PageTitle text=t("places-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("places-title")}</h1>
        <p class="lead">{t("places-lead")}</p>
        <form method="get" action="/places" novalidate=true class="places-search">
            <Select id="area" label=t("places-area") groups=vec![(t("places-area-group"), view.areas)]
                selected=form.value("area") placeholder=t("places-area-any") error=form.error("area")/>
            <Select id="kind" label=t("places-kind") groups=vec![(t("places-kind-group"), kind_options())]
                selected=form.value("kind") placeholder=t("places-kind-any") error=form.error("kind")/>
            <Radios name="need" legend=t("places-need") hint=t("places-need-hint") options=need_options()
                selected=chosen multiple=true error=form.error("need")/>
            <button type="submit" class="button">{t("places-search")}</button>
            " "<a href="/places">{t("places-clear")}</a>
        </form>
        {results}
    }
}

#[component]
fn PlaceCards(places: Vec<PlaceCard>) -> impl IntoView {
    view! {
        <ul class="event-list">
            {places.into_iter().map(|place| {
                let kinds = place.kinds.iter().map(|k| kind_text(*k)).collect::<Vec<_>>().join(t("list-separator").as_str());
                view! {
                    <li class="event-list__item">
                        <h3 class="event-list__title">
                            <a href=format!("/places/{}", place.id)><ContentText content=place.name/></a>
                        </h3>
                        {place.example.then(|| view! { <p><Tag text=t("places-example-tag")/></p> })}
                        <SummaryList>
                            <SummaryRow key=t("places-address")><ContentText content=place.address/></SummaryRow>
                            <SummaryRow key=t("places-area")>{place.area}</SummaryRow>
                            <SummaryRow key=t("places-services")>{kinds}</SummaryRow>
                            {place.asked.into_iter().map(|(feature, fact)| view! {
                                <SummaryRow key=feature_text(feature)>{fact_text(fact)}</SummaryRow>
                            }).collect_view()}
                        </SummaryList>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// `/places/{id}`.
#[component]
pub fn PlacePage() -> impl IntoView {
    with_view(place_page)
}

fn place_page(place: PlaceView) -> impl IntoView {
    let name = place.name.clone();
    view! {
        <PageTitle text=name.text.clone()/>
        <BackLink href="/places" text=t("places-back")/>
        {place.organization.clone().map(|o| view! { <span class="caption"><ContentText content=o/></span> })}
        <h1><ContentText content=name/></h1>
        {place.example.then(|| view! { <ExampleNote/> })}
        <h2>{t("places-services")}</h2>
        <Services services=place.services.clone()/>
        <h2>{t("places-getting-there")}</h2>
        <Contact place=place.clone()/>
        <h2 id="hours">{t("places-hours")}</h2>
        <Hours place=place.clone()/>
        <h2 id="accessibility">{t("places-accessibility")}</h2>
        <AccessFacts place/>
        <p><a href="/petitions">{t("places-report-barrier")}</a></p>
    }
}

#[component]
fn Services(services: Vec<ServiceView>) -> impl IntoView {
    services
        .into_iter()
        .map(|service| {
            let links = (!service.entitlements.is_empty()).then(|| view! {
                <p>{t("places-entitlements")}</p>
                <ul class="list list--bullet">
                    {service.entitlements.into_iter().map(|e| view! { <li><a href=e.href>{e.name}</a></li> }).collect_view()}
                </ul>
            });
            view! {
                <h3><ContentText content=service.name/></h3>
                {service.kind.map(|k| view! { <p><Tag text=kind_text(k)/></p> })}
                <p><ContentText content=service.description/></p>
                {links}
            }
        })
        .collect_view()
}

#[component]
fn Contact(place: PlaceView) -> impl IntoView {
    let phone_link = |number: String| {
        if number.trim().is_empty() {
            view! { {t("places-fact-unknown")} }.into_any()
        } else {
            let href = format!(
                "tel:{}",
                number.chars().filter(|c| !c.is_whitespace()).collect::<String>()
            );
            view! { <a href=href>{number}</a> }.into_any()
        }
    };
    view! {
        <SummaryList>
            <SummaryRow key=t("places-address")><ContentText content=place.address/></SummaryRow>
            <SummaryRow key=t("places-area")>{place.area}</SummaryRow>
            <SummaryRow key=t("places-transport")><ContentText content=place.transport/></SummaryRow>
            <SummaryRow key=t("places-phone")>{phone_link(place.phone)}</SummaryRow>
            <SummaryRow key=t("places-sign-video")>{phone_link(place.sign_language_video)}</SummaryRow>
        </SummaryList>
    }
}

pub fn weekday_text(weekday: i32) -> String {
    t(&format!("places-weekday-{weekday}"))
}

#[component]
fn Hours(place: PlaceView) -> impl IntoView {
    let mut rows: Vec<AnyView> = place
        .days
        .into_iter()
        .map(|day| {
            let hours = day.hours.unwrap_or_else(|| t("places-closed"));
            view! { <tr><th scope="row">{weekday_text(day.weekday)}</th><td>{hours}</td></tr> }.into_any()
        })
        .collect();
    let holidays = if place.closed_on_holidays {
        t("places-closed")
    } else {
        t("places-holidays-open")
    };
    let note = place.holiday_note;
    rows.push(
        view! {
            <tr>
                <th scope="row">{t("places-holidays")}</th>
                <td>{holidays}{(!note.text.is_empty()).then(|| view! { " "<ContentText content=note/> })}</td>
            </tr>
        }
        .into_any(),
    );
    view! {
        <Table caption=t("places-hours") caption_hidden=true headers=vec![t("places-day"), t("places-opening")] rows
            empty=t("places-closed")/>
    }
}

#[component]
fn AccessFacts(place: PlaceView) -> impl IntoView {
    let door = match place.door_width_cm {
        Some(cm) => t_with("places-door-width-cm", &[("cm", cm.to_string())]),
        None => t("places-fact-unknown"),
    };
    let days = place.sign_language_days;
    let verified = match place.verified {
        Some((date, who)) => t_with("places-verified-on", &[("date", date), ("who", who)]),
        None => t("places-not-verified"),
    };
    view! {
        <p>{t("places-facts-lead")}</p>
        <SummaryList>
            {place.facts.into_iter().map(|(feature, fact)| {
                let days = (feature == Feature::SignLanguageStaff && fact == Fact::Yes && !days.text.is_empty())
                    .then(|| view! { " ("<ContentText content=days.clone()/>")" });
                view! { <SummaryRow key=feature_text(feature)><strong>{fact_text(fact)}</strong>{days}</SummaryRow> }
            }).collect_view()}
            <SummaryRow key=t("places-door-width")><strong>{door}</strong></SummaryRow>
        </SummaryList>
        <p id="verified">{verified}</p>
    }
}
