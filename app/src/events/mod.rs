//! What job fairs and training share: staff-entered text in two languages,
//! dates and times, the accessibility features of a venue, the "who is it
//! for and what do they need" fields, and `/account/bookings`, where a
//! resident sees everything they registered for or booked.

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod reminders;

use crate::components::{NotificationBanner, PageTitle, RadioOption, Radios, TextArea};
use crate::domain::bookings::{Adjustment, Feature};
use crate::forms::FormState;
use crate::i18n::{t, t_with, Lang};
use crate::page_context::use_page;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use leptos::prelude::*;

/// Staff-entered text in the reader's language, or the Chinese when there is no English.
pub fn in_lang<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    if lang == Lang::En && !en.trim().is_empty() {
        en
    } else {
        zh
    }
}

/// Staff-entered text for a page: in English when there is English; otherwise
/// the Chinese, marked `lang="zh-CN"` so a screen reader switches voice.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Content {
    pub text: String,
    pub lang: Option<&'static str>,
}

impl Content {
    pub fn pick(lang: Lang, zh: &str, en: &str) -> Content {
        let fallback = lang == Lang::En && en.trim().is_empty();
        Content {
            text: in_lang(lang, zh, en).to_string(),
            lang: fallback.then_some("zh-CN"),
        }
    }
}

/// "2026年12月5日（星期六）" / "Saturday 5 December 2026".
pub fn date_text(lang: Lang, date: NaiveDate) -> String {
    let weekday = crate::i18n::tr(
        lang,
        &format!("weekday-{}", date.weekday().num_days_from_monday()),
    );
    match lang {
        Lang::ZhCn => format!("{}年{}月{}日（{weekday}）", date.year(), date.month(), date.day()),
        Lang::En => format!("{weekday} {}", date.format("%-d %B %Y")),
    }
}

pub fn date_time_text(lang: Lang, at: NaiveDateTime) -> String {
    format!("{} {}", date_text(lang, at.date()), at.format("%H:%M"))
}

/// "2026年12月5日（星期六） 09:00–12:00".
pub fn event_time(lang: Lang, starts: NaiveDateTime, ends: NaiveDateTime) -> String {
    let end = if ends.date() == starts.date() {
        ends.format("%H:%M").to_string()
    } else {
        date_time_text(lang, ends)
    };
    format!(
        "{} {}–{end}",
        date_text(lang, starts.date()),
        starts.format("%H:%M")
    )
}

pub fn feature_text(feature: Feature) -> String {
    t(&format!("feature-{}", feature.key()))
}

pub fn adjustment_text(adjustment: Adjustment) -> String {
    t(&format!("adjustment-{}", adjustment.key()))
}

/// The venue's accessibility, every feature stated: offered or not.
#[component]
pub fn FeatureList(features: Vec<Feature>) -> impl IntoView {
    view! {
        <ul class="feature-list">
            {Feature::ALL
                .into_iter()
                .map(|feature| {
                    let offered = features.contains(&feature);
                    let state = if offered { t("feature-yes") } else { t("feature-no") };
                    let class = if offered { "feature-list__item feature-list__item--yes" } else { "feature-list__item" };
                    view! { <li class=class>{feature_text(feature)}": "<strong>{state}</strong></li> }
                })
                .collect_view()}
        </ul>
    }
}

/// Renders staff-entered text, marking its language when it is not the page's.
#[component]
pub fn ContentText(content: Content) -> impl IntoView {
    view! { <span lang=content.lang>{content.text}</span> }
}

/// Who a registration or booking is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub person_id: Option<i32>,
    pub name: String,
}

/// What a registration or booking form asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttendeeRequest {
    pub attendee: Attendee,
    pub adjustments: Vec<Adjustment>,
    pub other_needs: String,
}

/// Someone the account holder may register or book for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Helped {
    pub id: i32,
    pub name: String,
}

/// "Who is this for" (only when the account helps someone), the adjustments
/// asked for, and anything else they need.
#[component]
pub fn AttendeeFields(form: FormState, own_name: String, helped: Vec<Helped>) -> impl IntoView {
    let for_whom = (!helped.is_empty()).then(|| {
        let mut options = vec![RadioOption {
            value: "me".to_string(),
            label: t_with("events-for-me", &[("name", own_name.clone())]),
            hint: None,
        }];
        options.extend(helped.iter().map(|h| RadioOption {
            value: h.id.to_string(),
            label: h.name.clone(),
            hint: None,
        }));
        let mut selected = form.values_of("for");
        if selected.is_empty() {
            selected.push("me".to_string());
        }
        view! {
            <Radios name="for" legend=t("events-for-whom") options=options selected=selected error=form.error("for")/>
        }
    });
    let adjustments: Vec<RadioOption> = Adjustment::ALL
        .into_iter()
        .map(|a| RadioOption {
            value: a.key().to_string(),
            label: adjustment_text(a),
            hint: None,
        })
        .collect();
    view! {
        {for_whom}
        <Radios name="adjustments" legend=t("events-adjustments") hint=t("events-adjustments-hint")
            options=adjustments selected=form.values_of("adjustments") error=form.error("adjustments") multiple=true/>
        <TextArea id="other_needs" label=t("events-other-needs") hint=t("events-other-needs-hint")
            value=form.value("other_needs") error=form.error("other_needs")/>
    }
}

/// One line on "My registrations and bookings".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MyEvent {
    pub title: Content,
    pub link: String,
    pub when: String,
    pub place: Content,
    pub attendee: String,
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
                    view! {
                        <li class="event-list__item">
                            <h3 class="event-list__title"><a href=event.link.clone()><ContentText content=title/></a></h3>
                            <dl class="summary-list">
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t("events-for")}</dt>
                                    <dd class="summary-list__value">{event.attendee.clone()}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t("events-when")}</dt>
                                    <dd class="summary-list__value">{event.when.clone()}</dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t("events-where")}</dt>
                                    <dd class="summary-list__value"><ContentText content=event.place.clone()/></dd>
                                </div>
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{t("events-status")}</dt>
                                    <dd class="summary-list__value"><strong>{event.status.clone()}</strong></dd>
                                </div>
                            </dl>
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
    let mine = use_context::<MyEvents>().unwrap_or_default();
    let done = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("done"))
        .and_then(|d| done_message(&d));
    view! {
        <PageTitle text=t("bookings-title")/>
        <a href="/account" class="back-link">{t("back-to-account")}</a>
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

/// The page's language, for building `Content`.
pub fn page_lang() -> Lang {
    use_page().lang
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::domain::bookings::{Adjustment, Feature};
    use crate::i18n::{tr, Lang};

    /// Message ids the pages build from a feature, an adjustment or a weekday.
    #[test]
    fn every_generated_message_id_exists_in_both_languages() {
        let mut ids: Vec<String> = Feature::ALL
            .iter()
            .map(|f| format!("feature-{}", f.key()))
            .collect();
        ids.extend(Adjustment::ALL.iter().map(|a| format!("adjustment-{}", a.key())));
        ids.extend((0..7).map(|d| format!("weekday-{d}")));
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr(lang, id), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }

    #[test]
    fn dates_name_the_weekday() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default();
        assert_eq!(super::date_text(Lang::ZhCn, day), "2026年12月5日（星期六）");
        assert_eq!(super::date_text(Lang::En, day), "Saturday 5 December 2026");
    }
}
