//! `/account/bookings`: everything the account registered for or booked.

use crate::attendees::adjustment_text;
use crate::components::{
    with_view, BackLink, Content, ContentText, NotificationBanner, PageTitle, SummaryList, SummaryRow,
};
use crate::domain::bookings::Adjustment;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// One line on "My registrations and bookings".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MyEvent {
    pub title: Content,
    pub link: String,
    pub when: String,
    pub place: Content,
    pub attendee: String,
    /// What was asked for on the day, and the note sent with it, as sent.
    pub adjustments: Vec<Adjustment>,
    pub other_needs: String,
    /// A translated status ("Registered", "Place booked", "Waiting list: number 2"...).
    pub status: String,
    pub calendar: Option<String>,
    /// Where the cancel button posts.
    pub cancel: Option<String>,
    /// An open offer: where accept and decline post, and until when.
    pub offer: Option<(String, String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MyEvents {
    pub fairs: Vec<MyEvent>,
    pub training: Vec<MyEvent>,
}

/// The adjustments asked for, in words, or that none were.
fn adjustments_line(adjustments: &[Adjustment]) -> String {
    if adjustments.is_empty() {
        return t("events-no-adjustments");
    }
    adjustments
        .iter()
        .map(|a| adjustment_text(*a))
        .collect::<Vec<_>>()
        .join(t("list-separator").as_str())
}

fn done_message(done: &str) -> Option<String> {
    let key = match done {
        "registered" => "bookings-done-registered",
        "booked" => "bookings-done-booked",
        "waiting" => "bookings-done-waiting",
        "cancelled" => "bookings-done-cancelled",
        "accepted" => "bookings-done-accepted",
        "declined" => "bookings-done-declined",
        "unchanged" => "bookings-done-unchanged",
        _ => return None,
    };
    Some(t(key))
}

#[component]
fn MyEventList(events: Vec<MyEvent>, empty: String) -> impl IntoView {
    if events.is_empty() {
        return view! { <p>{empty}</p> }.into_any();
    }
    view! {
        <ul class="event-list">
            {events
                .into_iter()
                .map(|event| {
                    let title = event.title.clone();
                    let (attendee, when, place, status) =
                        (event.attendee.clone(), event.when.clone(), event.place.clone(), event.status.clone());
                    let needs = adjustments_line(&event.adjustments);
                    let note = event.other_needs.clone();
                    view! {
                        <li class="event-list__item">
                            <h3 class="event-list__title"><a href=event.link.clone()><ContentText content=title/></a></h3>
                            <SummaryList>
                                <SummaryRow key=t("events-for")>{attendee}</SummaryRow>
                                <SummaryRow key=t("events-when")>{when}</SummaryRow>
                                <SummaryRow key=t("events-where")><ContentText content=place/></SummaryRow>
                                <SummaryRow key=t("events-status")><strong>{status}</strong></SummaryRow>
                                <SummaryRow key=t("events-adjustments-sent")>{needs}</SummaryRow>
                                {(!note.trim().is_empty()).then(|| view! {
                                    <SummaryRow key=t("events-other-needs-sent")>{note}</SummaryRow>
                                })}
                            </SummaryList>
                            {event.offer.clone().map(|(accept, decline, until)| view! {
                                <p>{t_with("bookings-offer-until", &[("until", until)])}</p>
                                <div class="button-group">
                                    <form method="post" action=accept>
                                        <button type="submit" class="button">{t("bookings-accept")}</button>
                                    </form>
                                    <form method="post" action=decline>
                                        <button type="submit" class="button button--secondary">{t("bookings-decline")}</button>
                                    </form>
                                </div>
                            })}
                            <div class="button-group">
                                {event.calendar.clone().map(|href| view! {
                                    <a href=href class="button button--secondary">{t("events-add-to-calendar")}</a>
                                })}
                                {event.cancel.clone().map(|action| view! {
                                    <form method="post" action=action>
                                        <button type="submit" class="button button--warning">
                                            {t("events-cancel")}
                                            <span class="visually-hidden">{format!(" {}, {}", event.title.text, event.attendee)}</span>
                                        </button>
                                    </form>
                                })}
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// `/account/bookings`.
#[component]
pub fn MyBookingsPage() -> impl IntoView {
    with_view(my_bookings)
}

fn my_bookings(mine: MyEvents) -> impl IntoView {
    let done = use_page().query("done").and_then(|d| done_message(&d));
    view! {
        <PageTitle text=t("bookings-title")/>
        <BackLink href="/account" text=t("back-to-account")/>
        {done.map(|message| view! {
            <NotificationBanner heading=t("bookings-done-heading")><p>{message}</p></NotificationBanner>
        })}
        <h1>{t("bookings-title")}</h1>
        <h2>{t("bookings-fairs")}</h2>
        <MyEventList events=mine.fairs empty=t("bookings-no-fairs")/>
        <p><a href="/jobs/fairs">{t("bookings-find-fairs")}</a></p>
        <h2>{t("bookings-training")}</h2>
        <MyEventList events=mine.training empty=t("bookings-no-training")/>
        <p><a href="/training">{t("bookings-find-training")}</a></p>
    }
}
