//! The alert pages: subscribe, "check your email", confirm, manage,
//! unsubscribe, and "you are unsubscribed". Every one works without
//! JavaScript; the links in emails only show a page with a button, and
//! only the button's POST acts (mail scanners follow links).

use crate::components::{
    with_view, ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios, Select, TextInput,
};
use crate::domain::alerts::{Frequency, Topic};
use crate::forms::{use_form, FormState};
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// The streets and towns one may choose, as (code, name) in the page's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AreaChoices(pub Vec<(String, String)>);

/// A confirmed subscription, on its own pages (from the links in its emails).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionView {
    /// The token in the page's address, for its forms.
    pub token: String,
    pub email: String,
    /// "News, Job fairs", in the page's language.
    pub topics: String,
}

fn topic_options() -> Vec<RadioOption> {
    Topic::ALL
        .into_iter()
        .map(|topic| RadioOption {
            value: topic.key().to_string(),
            label: t(&format!("alerts-topic-{}", topic.key())),
            hint: None,
        })
        .collect()
}

fn frequency_options() -> Vec<RadioOption> {
    Frequency::ALL
        .into_iter()
        .map(|frequency| RadioOption {
            value: frequency.key().to_string(),
            label: t(&format!("alerts-frequency-{}", frequency.key())),
            hint: Some(t(&format!("alerts-frequency-{}-hint", frequency.key()))),
        })
        .collect()
}

/// Topics, street or town, and how often: the same on the subscribe and manage pages.
#[component]
fn ChoiceFields(form: FormState, areas: AreaChoices) -> impl IntoView {
    let groups = vec![(t("alerts-area-group"), areas.0)];
    let frequency: Vec<String> = form.values_of("frequency");
    view! {
        <Radios name="topic" legend=t("alerts-topics") hint=t("alerts-topics-hint") options=topic_options()
            selected=form.values_of("topic") error=form.error("topic") multiple=true/>
        <Select id="area" label=t("alerts-area") hint=t("alerts-area-hint") groups=groups
            selected=form.value("area") placeholder=t("alerts-area-any") error=form.error("area")/>
        <Radios name="frequency" legend=t("alerts-frequency") options=frequency_options()
            selected=frequency error=form.error("frequency")/>
    }
}

/// `/alerts`: the subscription form.
#[component]
pub fn SubscribePage() -> impl IntoView {
    with_view(|areas: AreaChoices| {
        let form = use_form();
        view! {
            <PageTitle text=t("alerts-title") has_errors=form.has_errors()/>
            <ErrorSummary errors=form.summary()/>
            <h1>{t("alerts-title")}</h1>
            <p class="lead">{t("alerts-lead")}</p>
            <p>{t("alerts-no-account")}</p>
            <form method="post" action="/alerts" novalidate=true>
                <TextInput id="email" name="email" label=t("alerts-email") hint=t("alerts-email-hint")
                    value=form.value("email") error=form.error("email") input_type="email"
                    autocomplete="email" width="input--30"/>
                <ChoiceFields form=form.clone() areas=areas/>
                <p>{t("alerts-language-note")}</p>
                <button type="submit" class="button">{t("alerts-subscribe")}</button>
            </form>
            <h2>{t("alerts-feeds-heading")}</h2>
            <p>{t("alerts-feeds-lead")}</p>
            <ul class="list">
                {super::feeds::FEEDS.into_iter().map(|feed| view! {
                    <li><a href=feed.path type="application/atom+xml">{t(feed.title_id)}</a></li>
                }).collect_view()}
            </ul>
        }
    })
}

/// `/alerts/sent`: the same answer whether or not the address was known.
#[component]
pub fn SentPage() -> impl IntoView {
    view! {
        <PageTitle text=t("alerts-sent-title")/>
        <h1>{t("alerts-sent-title")}</h1>
        <p class="lead">{t("alerts-sent-lead")}</p>
        <p>{t_with("alerts-sent-expiry", &[("days", crate::domain::alerts::CONFIRM_DAYS.to_string())])}</p>
        <p>{t("alerts-sent-not-arrived")}" "<a href="/alerts">{t("alerts-sent-again")}</a></p>
    }
}

/// `/alerts/confirm/{token}`: one button that starts the alerts.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    with_view(|view: SubscriptionView| {
        view! {
            <PageTitle text=t("alerts-confirm-title")/>
            <h1>{t("alerts-confirm-title")}</h1>
            <p>{t_with("alerts-confirm-lead", &[("email", view.email.clone()), ("topics", view.topics.clone())])}</p>
            <form method="post" action=format!("/alerts/confirm/{}", view.token) novalidate=true>
                <button type="submit" class="button">{t("alerts-confirm-button")}</button>
            </form>
            <p>{t("alerts-confirm-ignore")}</p>
        }
    })
}

fn done_message(done: &str) -> Option<String> {
    match done {
        "confirmed" => Some(t("alerts-done-confirmed")),
        "saved" => Some(t("alerts-done-saved")),
        _ => None,
    }
}

/// `/alerts/manage/{token}`: change topics, area and frequency, or unsubscribe.
#[component]
pub fn ManagePage() -> impl IntoView {
    with_view(|view: SubscriptionView| {
        let areas = use_context::<AreaChoices>().unwrap_or_default();
        let form = use_form();
        let done = use_page().query("done").and_then(|d| done_message(&d));
        view! {
            <PageTitle text=t("alerts-manage-title") has_errors=form.has_errors()/>
            <ErrorSummary errors=form.summary()/>
            {done.map(|message| view! {
                <NotificationBanner heading=message><p>{t("alerts-done-what-next")}</p></NotificationBanner>
            })}
            <h1>{t("alerts-manage-title")}</h1>
            <p class="lead">{t_with("alerts-manage-lead", &[("email", view.email.clone())])}</p>
            <form method="post" action=format!("/alerts/manage/{}", view.token) novalidate=true>
                <ChoiceFields form=form.clone() areas=areas/>
                <button type="submit" class="button">{t("alerts-manage-save")}</button>
            </form>
            <h2>{t("alerts-manage-stop-heading")}</h2>
            <p><a href=format!("/alerts/unsubscribe/{}", view.token)>{t("alerts-manage-stop-link")}</a></p>
        }
    })
}

/// `/alerts/unsubscribe/{token}`: one button that ends the alerts at once.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    with_view(|view: SubscriptionView| {
        view! {
            <PageTitle text=t("alerts-unsubscribe-title")/>
            <h1>{t("alerts-unsubscribe-title")}</h1>
            <p>{t_with("alerts-unsubscribe-lead", &[("email", view.email.clone()), ("topics", view.topics.clone())])}</p>
            <form method="post" action=format!("/alerts/unsubscribe/{}", view.token) novalidate=true>
                <button type="submit" class="button button--warning">{t("alerts-unsubscribe-button")}</button>
            </form>
            <p><a href=format!("/alerts/manage/{}", view.token)>{t("alerts-unsubscribe-manage-instead")}</a></p>
        }
    })
}

/// `/alerts/unsubscribed`.
#[component]
pub fn UnsubscribedPage() -> impl IntoView {
    view! {
        <PageTitle text=t("alerts-unsubscribed-title")/>
        <h1>{t("alerts-unsubscribed-title")}</h1>
        <p class="lead">{t("alerts-unsubscribed-lead")}</p>
        <p><a href="/alerts">{t("alerts-unsubscribed-again")}</a></p>
    }
}
