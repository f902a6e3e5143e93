//! The job fair pages residents see: the list, past fairs, and one fair.

use crate::attendees::{AttendeeFields, HelpedPeople};
use crate::components::{
    encode_path, feature_text, with_view, BackLink, Content, ContentText, ErrorSummary, FeatureList,
    NotificationBanner, PageTitle, RadioOption, Radios, SummaryList, SummaryRow, Tag, TagKind, TextInput,
};
use crate::domain::bookings::Feature;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// One fair in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FairCard {
    pub id: i32,
    pub title: Content,
    pub when: String,
    pub venue: Content,
    pub features: Vec<Feature>,
    pub cancelled: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FairList {
    pub fairs: Vec<FairCard>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PositionView {
    pub title: Content,
    pub needs: Content,
    pub adjustments: Content,
    pub openings: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerView {
    pub name: Content,
    pub description: Content,
    pub positions: Vec<PositionView>,
}

/// A registration the signed-in account already holds for this fair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeldRegistration {
    pub id: i32,
    pub attendee: String,
    pub adjustments: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedInView {
    pub own_name: String,
    pub helped: HelpedPeople,
    pub registrations: Vec<HeldRegistration>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FairView {
    pub id: i32,
    pub title: Content,
    pub summary: Content,
    pub when: String,
    pub venue: Content,
    pub address: Content,
    pub transport: Content,
    pub features: Vec<Feature>,
    pub cancelled: Option<String>,
    pub over: bool,
    pub employers: Vec<EmployerView>,
    /// `None`: not signed in.
    pub signed_in: Option<SignedInView>,
}

#[component]
fn FairCards(fairs: Vec<FairCard>) -> impl IntoView {
    view! {
        <ul class="event-list">
            {fairs
                .into_iter()
                .map(|fair| {
                    let features: Vec<String> = fair.features.iter().map(|f| feature_text(*f)).collect();
                    let features = if features.is_empty() { t("fairs-no-features") } else { features.join(t("list-separator").as_str()) };
                    view! {
                        <li class="event-list__item">
                            <h2 class="event-list__title">
                                <a href=format!("/jobs/fairs/{}", fair.id)><ContentText content=fair.title/></a>
                            </h2>
                            {fair.cancelled.then(|| view! { <p><Tag text=t("fairs-cancelled-tag") kind=TagKind::Warning/></p> })}
                            <SummaryList>
                                <SummaryRow key=t("events-when")>{fair.when}</SummaryRow>
                                <SummaryRow key=t("events-where")><ContentText content=fair.venue/></SummaryRow>
                                <SummaryRow key=t("fairs-accessibility")>{features}</SummaryRow>
                            </SummaryList>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// `/jobs/fairs`: upcoming fairs, filtered by date and accessibility (a GET form).
#[component]
pub fn FairsPage() -> impl IntoView {
    with_view(fairs_page)
}

fn fairs_page(list: FairList) -> impl IntoView {
    let form = use_form();
    let value = |name: &str| form.value(name);
    let chosen: Vec<String> = form.values_of("feature");
    let options: Vec<RadioOption> = Feature::ALL
        .into_iter()
        .map(|f| RadioOption {
            value: f.key().to_string(),
            label: feature_text(f),
            hint: None,
        })
        .collect();
    let open_filter =
        form.has_errors() || !chosen.is_empty() || !value("from").is_empty() || !value("to").is_empty();
    let count = t_with("fairs-count", &[("count", list.fairs.len().to_string())]);
    let empty = list.fairs.is_empty();
    view! {
        <PageTitle text=t("fairs-title") has_errors=form.has_errors()/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("fairs-title")}</h1>
        <p class="lead">{t("fairs-lead")}</p>
        <details class="details filters" open=open_filter>
            <summary>{t("fairs-filter")}</summary>
            <form method="get" action="/jobs/fairs" novalidate=true>
                <TextInput id="from" name="from" label=t("fairs-from") hint=t("date-hint") value=value("from")
                    error=form.error("from") width="input--10"/>
                <TextInput id="to" name="to" label=t("fairs-to") hint=t("date-hint") value=value("to")
                    error=form.error("to") width="input--10"/>
                <Radios name="feature" legend=t("fairs-need") options=options selected=chosen multiple=true/>
                <button type="submit" class="button">{t("fairs-apply-filter")}</button>
                " "<a href="/jobs/fairs">{t("fairs-clear-filter")}</a>
            </form>
        </details>
        <p role="status">{count}</p>
        {if empty { view! { <p>{t("fairs-none")}</p> }.into_any() } else { view! { <FairCards fairs=list.fairs/> }.into_any() }}
        <p><a href="/jobs/fairs/past">{t("fairs-past-link")}</a></p>
    }
}

/// `/jobs/fairs/past`.
#[component]
pub fn PastFairsPage() -> impl IntoView {
    with_view(|list: FairList| {
        let empty = list.fairs.is_empty();
        view! {
            <PageTitle text=t("fairs-past-title")/>
            <BackLink href="/jobs/fairs" text=t("fairs-back")/>
            <h1>{t("fairs-past-title")}</h1>
            {if empty { view! { <p>{t("fairs-none-past")}</p> }.into_any() } else { view! { <FairCards fairs=list.fairs/> }.into_any() }}
        }
    })
}

fn done_message(done: &str) -> Option<String> {
    match done {
        "registered" => Some(t("fairs-done-registered")),
        "cancelled" => Some(t("bookings-done-cancelled")),
        _ => None,
    }
}

#[component]
fn Employers(employers: Vec<EmployerView>) -> impl IntoView {
    if employers.is_empty() {
        return view! { <p>{t("fairs-no-employers")}</p> }.into_any();
    }
    view! {
        {employers
            .into_iter()
            .map(|employer| view! {
                <section class="employer">
                    <h3 lang=employer.name.lang>{employer.name.text}</h3>
                    <p lang=employer.description.lang>{employer.description.text}</p>
                    {employer.positions.into_iter().map(|p| view! {
                        <h4 lang=p.title.lang>{p.title.text}</h4>
                        <SummaryList>
                            <SummaryRow key=t("fairs-openings")>{p.openings}</SummaryRow>
                            <SummaryRow key=t("fairs-needs")><ContentText content=p.needs/></SummaryRow>
                            <SummaryRow key=t("fairs-adjustments-offered")><ContentText content=p.adjustments/></SummaryRow>
                        </SummaryList>
                    }).collect_view()}
                </section>
            })
            .collect_view()}
    }
    .into_any()
}

#[component]
fn Registration(fair: FairView) -> impl IntoView {
    let here = format!("/jobs/fairs/{}", fair.id);
    if fair.cancelled.is_some() || fair.over {
        return ().into_any();
    }
    let Some(me) = fair.signed_in else {
        let next = encode_path(&here);
        return view! {
            <h2>{t("fairs-register")}</h2>
            <p>{t("fairs-sign-in-to-register")}</p>
            <p><a href=format!("/sign-in?next={next}") class="button">{t("sign-in-title")}</a></p>
            <p><a href=format!("/register?next={next}")>{t("register-title")}</a></p>
        }
        .into_any();
    };
    let form = use_form();
    let held = (!me.registrations.is_empty()).then(|| view! {
        <h2>{t("fairs-your-registrations")}</h2>
        <ul class="list">
            {me.registrations.iter().map(|r| {
                let needs = if r.adjustments.is_empty() { t("events-no-adjustments") } else { r.adjustments.join(t("list-separator").as_str()) };
                view! {
                    <li>
                        {t_with("fairs-registered-for", &[("attendee", r.attendee.clone()), ("needs", needs)])}
                        <form method="post" action=format!("/jobs/registrations/{}/cancel", r.id) class="inline-form">
                            <button type="submit" class="button-link">
                                {t("events-cancel")}<span class="visually-hidden">{format!(" {}", r.attendee)}</span>
                            </button>
                        </form>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p><a href=format!("{here}/calendar.ics") class="button button--secondary">{t("events-add-to-calendar")}</a></p>
    });
    view! {
        {held}
        <h2 id="register">{t("fairs-register")}</h2>
        <form method="post" action=format!("{here}/register") novalidate=true>
            <AttendeeFields form=form own_name=me.own_name helped=me.helped/>
            <button type="submit" class="button">{t("fairs-register-submit")}</button>
        </form>
    }
    .into_any()
}

/// `/jobs/fairs/{id}`.
#[component]
pub fn FairPage() -> impl IntoView {
    with_view(fair_page)
}

fn fair_page(fair: FairView) -> impl IntoView {
    let form = use_form();
    let done = use_page().query("done").and_then(|d| done_message(&d));
    let title = fair.title.clone();
    let (when, venue, address, transport) = (
        fair.when.clone(),
        fair.venue.clone(),
        fair.address.clone(),
        fair.transport.clone(),
    );
    view! {
        <PageTitle text=title.text.clone() has_errors=form.has_errors()/>
        <BackLink href="/jobs/fairs" text=t("fairs-back")/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|message| view! {
            <NotificationBanner heading=t("bookings-done-heading")><p>{message}</p></NotificationBanner>
        })}
        <h1><ContentText content=title/></h1>
        {fair.cancelled.clone().map(|reason| view! {
            <div class="warning-text" role="note">
                <p><strong>{t("fairs-cancelled")}</strong></p>
                <p>{reason}</p>
            </div>
        })}
        {fair.over.then(|| view! { <p><strong>{t("fairs-over")}</strong></p> })}
        <p><ContentText content=fair.summary.clone()/></p>
        <SummaryList>
            <SummaryRow key=t("events-when")>{when}</SummaryRow>
            <SummaryRow key=t("events-where")><ContentText content=venue/><br/><ContentText content=address/></SummaryRow>
            <SummaryRow key=t("fairs-transport")><ContentText content=transport/></SummaryRow>
        </SummaryList>
        <h2>{t("fairs-accessibility")}</h2>
        <FeatureList features=fair.features.clone()/>
        <h2>{t("fairs-employers")}</h2>
        <Employers employers=fair.employers.clone()/>
        <Registration fair=fair/>
    }
}
