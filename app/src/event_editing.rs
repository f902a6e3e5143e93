//! What the staff pages of job fairs and training share: the fields of when
//! and where an event is, its venue's features and a cancellation reason,
//! and reading them back; the start of each page and the banner after a
//! change (`EventDone`); and how attendees and their needs are shown in
//! lists and spreadsheets.

use crate::attendees::adjustment_text;
use crate::components::{
    feature_text, BackLink, Done, ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios, StaffNav,
    Tag, TagKind, TextArea, TextInput,
};
use crate::domain::bookings::{adjustments_from, features_from, features_text, Adjustment, Feature};
use crate::domain::local_time::utc_to_chongqing;
use crate::forms::{use_form, FormState};
use crate::i18n::{dates, t, t_with, tr, Lang};
use chrono::{DateTime, NaiveDateTime, Utc};
use leptos::prelude::*;

pub const SHORT_TEXT: usize = 200;
pub const ADDRESS_TEXT: usize = 300;
pub const LONG_TEXT: usize = 5000;
pub const REASON_TEXT: usize = 1000;

/// What a change to a fair, course, session or attendee did: the `?done=`
/// of the page it redirects to, and the banner that page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventDone {
    Created,
    Saved,
    EmployerAdded,
    PositionAdded,
    FairCancelled,
    SessionAdded,
    CapacityChanged,
    SessionCancelled,
    CheckedIn,
    Hired,
    Completed,
    Moved,
    Unchanged,
}

impl Done for EventDone {
    const ALL: &'static [EventDone] = &[
        EventDone::Created,
        EventDone::Saved,
        EventDone::EmployerAdded,
        EventDone::PositionAdded,
        EventDone::FairCancelled,
        EventDone::SessionAdded,
        EventDone::CapacityChanged,
        EventDone::SessionCancelled,
        EventDone::CheckedIn,
        EventDone::Hired,
        EventDone::Completed,
        EventDone::Moved,
        EventDone::Unchanged,
    ];

    fn key(self) -> &'static str {
        match self {
            EventDone::Created => "created",
            EventDone::Saved => "saved",
            EventDone::EmployerAdded => "employer-added",
            EventDone::PositionAdded => "position-added",
            EventDone::FairCancelled => "fair-cancelled",
            EventDone::SessionAdded => "session-added",
            EventDone::CapacityChanged => "capacity-changed",
            EventDone::SessionCancelled => "session-cancelled",
            EventDone::CheckedIn => "checked-in",
            EventDone::Hired => "hired",
            EventDone::Completed => "completed",
            EventDone::Moved => "moved",
            EventDone::Unchanged => "unchanged",
        }
    }

    fn message_id(self) -> String {
        format!("staff-events-done-{}", self.key())
    }
}

/// The banner after a change, when the page's `?done=` is one of `shown`.
#[component]
fn DoneBanner(shown: &'static [EventDone]) -> impl IntoView {
    let done = EventDone::of_page().filter(|d| shown.contains(d));
    done.map(
        |done| view! { <NotificationBanner heading=t(&done.message_id())><span></span></NotificationBanner> },
    )
}

/// What every staff page of fairs and training starts with: its title
/// ("Error: " first when the form has errors), the staff navigation, the
/// way back, what to fix, and the banner after a change when it is one of
/// `shown`.
#[component]
pub fn EventPageStart(
    #[prop(into)] title: String,
    #[prop(into)] back: String,
    #[prop(into)] back_text: String,
    form: FormState,
    #[prop(optional)] shown: &'static [EventDone],
) -> impl IntoView {
    view! {
        <PageTitle text=title has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href=back text=back_text/>
        <ErrorSummary errors=form.summary()/>
        <DoneBanner shown/>
    }
}

/// `/staff/fairs/new` and `/staff/courses/new`: `children` are the fields.
#[component]
pub fn NewEventPage(
    #[prop(into)] title: String,
    action: &'static str,
    #[prop(into)] create: String,
    children: Children,
) -> impl IntoView {
    let form = use_form();
    view! {
        <EventPageStart title=title.clone() back="/staff/events" back_text=t("staff-events-back") form/>
        <h1>{title}</h1>
        <form method="post" action=action novalidate=true>
            {children()}
            <button type="submit" class="button">{create}</button>
        </form>
    }
}

/// The details of a fair or course on its page: `children` are the fields.
#[component]
pub fn DetailsForm(action: String, children: Children) -> impl IntoView {
    view! {
        <h2 id="details-heading">{t("staff-events-details")}</h2>
        <form method="post" action=action novalidate=true aria-labelledby="details-heading">
            {children()}
            <button type="submit" class="button">{t("staff-events-save")}</button>
        </form>
    }
}

/// A line of text in Chinese (`{name}_zh`) and in English (`{name}_en`,
/// optional: English pages fall back to the Chinese).
#[component]
pub fn InputPair(
    form: FormState,
    name: &'static str,
    #[prop(into)] label_zh: String,
    #[prop(into)] label_en: String,
) -> impl IntoView {
    let (zh, en) = (format!("{name}_zh"), format!("{name}_en"));
    let (lang_zh, lang_en) = field_langs();
    view! {
        <TextInput id=zh.clone() name=zh.clone() label=label_zh value=form.value(&zh) error=form.error(&zh)
            width="input--30" lang=lang_zh/>
        <TextInput id=en.clone() name=en.clone() label=label_en hint=t("staff-events-english-hint")
            value=form.value(&en) error=form.error(&en) width="input--30" lang=lang_en/>
    }
}

/// The `lang` of the Chinese and the English field of a pair: each marked
/// where it differs from the page's language (WCAG 3.1.2), so a screen
/// reader reads the English version in English on a Chinese page.
fn field_langs() -> (Option<String>, Option<String>) {
    let page = crate::page_context::use_page().lang;
    let differs = |lang: Lang| (page != lang).then(|| lang.tag().to_string());
    (differs(Lang::ZhCn), differs(Lang::En))
}

/// Paragraphs in Chinese and in English, as `InputPair`; `hint_zh` says
/// what to write.
#[component]
pub fn TextAreaPair(
    form: FormState,
    name: &'static str,
    #[prop(into)] label_zh: String,
    #[prop(into)] label_en: String,
    #[prop(optional, into)] hint_zh: Option<String>,
) -> impl IntoView {
    let (zh, en) = (format!("{name}_zh"), format!("{name}_en"));
    let (value, error) = (form.value(&zh), form.error(&zh));
    let (lang_zh, lang_en) = field_langs();
    // `TextArea` takes a hint or none, not an `Option`.
    let chinese = match hint_zh {
        Some(hint) => view! { <TextArea id=zh label=label_zh hint value error lang=lang_zh/> }.into_any(),
        None => view! { <TextArea id=zh label=label_zh value error lang=lang_zh/> }.into_any(),
    };
    view! {
        {chinese}
        <TextArea id=en.clone() label=label_en hint=t("staff-events-english-hint") value=form.value(&en)
            error=form.error(&en) lang=lang_en/>
    }
}

/// The date, start and end of a fair or session, read by `read_when`.
#[component]
pub fn WhenFields(form: FormState) -> impl IntoView {
    view! {
        <TextInput id="date" name="date" label=t("staff-events-date") hint=t("date-hint") value=form.value("date")
            error=form.error("date") width="input--10"/>
        <TextInput id="starts" name="starts" label=t("staff-events-starts") hint=t("staff-events-time-hint")
            value=form.value("starts") error=form.error("starts") width="input--4"/>
        <TextInput id="ends" name="ends" label=t("staff-events-ends") hint=t("staff-events-time-hint")
            value=form.value("ends") error=form.error("ends") width="input--4"/>
    }
}

/// The venue and its address, each in Chinese and English.
#[component]
pub fn VenueFields(form: FormState) -> impl IntoView {
    view! {
        <InputPair form=form.clone() name="venue" label_zh=t("staff-events-venue-zh") label_en=t("staff-events-venue-en")/>
        <InputPair form name="address" label_zh=t("staff-events-address-zh") label_en=t("staff-events-address-en")/>
    }
}

/// The venue's features to tick, read by `read_features`.
#[component]
pub fn FeatureFields(form: FormState) -> impl IntoView {
    view! {
        <Radios name="feature" legend=t("staff-events-features") hint=t("staff-events-features-hint") options=feature_options()
            selected=form.values_of("feature") error=form.error("feature") multiple=true/>
    }
}

/// Cancelling a fair or session: `lead` says what happens; the reason goes
/// into everyone's email. The button says what the heading says.
#[component]
pub fn CancelForm(
    action: String,
    #[prop(into)] heading: String,
    #[prop(into)] lead: String,
    form: FormState,
) -> impl IntoView {
    view! {
        <h2 id="cancel-heading">{heading.clone()}</h2>
        <form method="post" action=action novalidate=true class="action-form" aria-labelledby="cancel-heading">
            <p>{lead}</p>
            <TextArea id="reason" label=t("staff-events-reason") hint=t("staff-events-reason-hint") value=form.value("reason")
                error=form.error("reason")/>
            <button type="submit" class="button button--warning">{heading}</button>
        </form>
    }
}

/// Marks a cancelled fair or session wherever it is shown.
#[component]
pub fn CancelledTag() -> impl IntoView {
    view! { <Tag text=t("staff-events-cancelled-tag") kind=TagKind::Warning/> }
}

/// A cancelled fair or session, and why: `message_id` takes the `reason`.
#[component]
pub fn CancelledNotice(message_id: &'static str, reason: String) -> impl IntoView {
    view! {
        <div class="inset">
            <p><CancelledTag/></p>
            <p>{t_with(message_id, &[("reason", reason)])}</p>
        </div>
    }
}

/// The link to a list's spreadsheet, and how to print the list; neither is printed.
#[component]
pub fn DownloadAndPrint(csv: String) -> impl IntoView {
    view! {
        <p class="no-print"><a href=csv>{t("staff-events-download-csv")}</a></p>
        <p class="hint no-print">{t("staff-events-print-hint")}</p>
    }
}

/// The cells every list of attendees has, under the columns
/// `staff-events-col-name`, `-adjustments` and `-other-needs`: the name
/// heads the row.
#[component]
pub fn AttendeeCells(name: String, adjustments: Vec<Adjustment>, other_needs: String) -> impl IntoView {
    view! {
        <th scope="row">{name}</th>
        <td>{adjustments_line(&adjustments)}</td>
        <td>{or_dash(other_needs)}</td>
    }
}

/// The adjustments asked for, in words, or that none were.
fn adjustments_line(adjustments: &[Adjustment]) -> String {
    if adjustments.is_empty() {
        t("events-no-adjustments")
    } else {
        adjustments
            .iter()
            .map(|a| adjustment_text(*a))
            .collect::<Vec<_>>()
            .join(t("list-separator").as_str())
    }
}

pub fn or_dash(text: String) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text
    }
}

/// The hidden end of a button's name: whose row it acts on.
pub fn for_whom(name: &str) -> AnyView {
    view! { <span class="visually-hidden">{format!(" {name}")}</span> }.into_any()
}

fn feature_options() -> Vec<RadioOption> {
    Feature::ALL
        .into_iter()
        .map(|f| RadioOption {
            value: f.key().to_string(),
            label: feature_text(f),
            hint: None,
        })
        .collect()
}

/// A time as staff pages show it, in Chongqing.
pub fn local_text(lang: Lang, at: DateTime<Utc>) -> String {
    dates::date_time(lang, utc_to_chongqing(at))
}

/// A time in a spreadsheet: `2026-12-05 09:30`, local time.
pub fn csv_time(at: Option<DateTime<Utc>>) -> String {
    at.map(|at| dates::numeric_date_time(utc_to_chongqing(at)))
        .unwrap_or_default()
}

/// Stored adjustments in words, for a spreadsheet.
pub fn adjustments_csv(lang: Lang, stored: &str) -> String {
    adjustments_from(stored)
        .into_iter()
        .map(|a| tr(lang, &format!("adjustment-{}", a.key())))
        .collect::<Vec<_>>()
        .join(&tr(lang, "list-separator"))
}

/// The date, start and end fields as local times; the end after the start.
pub fn read_when(form: &mut FormState) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let date = form.date("date", "staff-events-date-error");
    let starts = form.time("starts", "staff-events-starts-error");
    let ends = form.time("ends", "staff-events-ends-error");
    let (date, starts, ends) = (date?, starts?, ends?);
    if ends <= starts {
        form.add("ends", "staff-events-ends-before-starts");
        return None;
    }
    Some((date.and_time(starts), date.and_time(ends)))
}

/// The venue features ticked, as stored.
pub fn read_features(form: &FormState) -> String {
    let chosen: Vec<Feature> = form
        .values_of("feature")
        .iter()
        .filter_map(|key| Feature::parse(key))
        .collect();
    features_text(&chosen)
}

/// The reason for a cancellation: required, for the emails.
pub fn read_reason(form: &mut FormState) -> Option<String> {
    let reason = form.text("reason", REASON_TEXT, Some("staff-events-reason-error"));
    (!form.has_errors()).then_some(reason)
}

/// Stored values as a form's fields.
pub fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect()
}

/// Stored features as the form's ticked boxes.
pub fn feature_pairs(stored: &str) -> impl Iterator<Item = (String, String)> {
    features_from(stored)
        .into_iter()
        .map(|f| ("feature".to_string(), f.key().to_string()))
}

/// A sub-form's values shown with the stored details, so the details form
/// keeps its values when the employer, position or cancel form is shown again.
pub fn with_stored(stored: Vec<(String, String)>, form: FormState) -> FormState {
    let mut values = stored;
    values.extend(form.values);
    FormState {
        values,
        errors: form.errors,
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::bookings::BookingStatus;
    use crate::i18n::tr_with;

    fn form(fields: &[(&str, &str)]) -> FormState {
        FormState::new(pairs(fields))
    }

    #[test]
    fn times_are_read_on_the_24_hour_clock() {
        let mut sent = form(&[("date", "2026-12-05"), ("starts", "09：30"), ("ends", " 12:00 ")]);
        let when = read_when(&mut sent);
        assert!(!sent.has_errors());
        assert_eq!(
            when.map(|(s, e)| (s.to_string(), e.to_string())),
            Some((
                "2026-12-05 09:30:00".to_string(),
                "2026-12-05 12:00:00".to_string()
            ))
        );
        let mut backwards = form(&[("date", "2026-12-05"), ("starts", "12:00"), ("ends", "09:00")]);
        assert_eq!(read_when(&mut backwards), None);
        assert_eq!(backwards.errors.len(), 1);
        let mut nonsense = form(&[("date", "5/12/2026"), ("starts", "9am"), ("ends", "")]);
        assert_eq!(read_when(&mut nonsense), None);
        assert_eq!(nonsense.errors.len(), 3);
    }

    #[test]
    fn done_keys_round_trip() {
        for &done in EventDone::ALL {
            assert_eq!(EventDone::parse(done.key()), Some(done));
        }
        assert_eq!(EventDone::parse("nonsense"), None);
    }

    #[test]
    fn generated_message_ids_exist_in_both_languages() {
        let mut ids: Vec<String> = EventDone::ALL.iter().map(|d| d.message_id()).collect();
        ids.extend(BookingStatus::ALL.map(|s| format!("staff-events-status-{}", s.key().replace('_', "-"))));
        ids.push("staff-events-title".to_string());
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &[]), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
