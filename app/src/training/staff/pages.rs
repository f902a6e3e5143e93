//! The staff pages of training: a new course, a course and its sessions,
//! one session's places and waiting list, and a certificate of completion.

use crate::components::{
    with_view, BackLink, Checkbox, Content, ContentText, PageTitle, StaffNav, SummaryList, SummaryRow, Table,
    TextInput,
};
use crate::domain::bookings::Adjustment;
use crate::event_editing::{
    for_whom, AttendeeCells, CancelForm, CancelledNotice, CancelledTag, DetailsForm, DownloadAndPrint,
    EventDone, EventPageStart, FeatureFields, InputPair, NewEventPage, TextAreaPair, VenueFields, WhenFields,
};
use crate::forms::{use_form, FormState};
use crate::i18n::{t, t_with};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct SessionRow {
    pub id: i32,
    pub when: String,
    pub place: Content,
    pub capacity: i32,
    pub held: i32,
    pub waiting: i32,
    pub cancelled: bool,
}

/// `/staff/courses/{id}`; the form's values come as a `FormState`.
#[derive(Clone, Debug, Default)]
pub struct CourseEditView {
    pub id: i32,
    pub title: Content,
    pub sessions: Vec<SessionRow>,
}

/// Someone holding a place on a session (confirmed, or offered a freed place).
#[derive(Clone, Debug, Default)]
pub struct PlaceRow {
    pub id: i32,
    pub name: String,
    pub adjustments: Vec<Adjustment>,
    pub other_needs: String,
    /// Until when an offered place is held; `None` once confirmed.
    pub offered_until: Option<String>,
    pub checked_in: Option<String>,
    pub completed: Option<String>,
}

/// Someone on the waiting list.
#[derive(Clone, Debug, Default)]
pub struct WaitingRow {
    pub id: i32,
    pub number: usize,
    pub name: String,
    pub adjustments: Vec<Adjustment>,
    pub other_needs: String,
}

/// `/staff/sessions/{id}`.
#[derive(Clone, Debug, Default)]
pub struct SessionPageView {
    pub id: i32,
    pub course_id: i32,
    pub course_title: Content,
    pub when: String,
    pub place: Content,
    pub address: Option<Content>,
    pub capacity: i32,
    pub held: usize,
    /// The reason given, once cancelled.
    pub cancelled: Option<String>,
    pub places: Vec<PlaceRow>,
    pub waiting: Vec<WaitingRow>,
}

/// `/staff/sessions/{id}/certificates/{booking}`.
#[derive(Clone, Debug, Default)]
pub struct CertificateView {
    pub session_id: i32,
    pub name: String,
    pub course: Content,
    pub when: String,
    pub issued: String,
}

/// The fields of a course, on the new and the edit page.
#[component]
fn CourseFields(form: FormState) -> impl IntoView {
    view! {
        <p class="hint">{t("staff-events-languages-hint")}</p>
        <InputPair form=form.clone() name="title" label_zh=t("staff-course-title-zh") label_en=t("staff-course-title-en")/>
        <TextAreaPair form=form.clone() name="description" label_zh=t("staff-course-description-zh")
            label_en=t("staff-course-description-en")/>
        <TextAreaPair form=form.clone() name="suits" label_zh=t("staff-course-suits-zh") label_en=t("staff-course-suits-en")
            hint_zh=t("staff-course-suits-hint")/>
        <FeatureFields form/>
    }
}

/// `/staff/courses/new`.
#[component]
pub fn NewCoursePage() -> impl IntoView {
    view! {
        <NewEventPage title=t("staff-course-new") action="/staff/courses/new" create=t("staff-course-create")>
            <CourseFields form=use_form()/>
        </NewEventPage>
    }
}

#[component]
fn SessionTable(sessions: Vec<SessionRow>) -> impl IntoView {
    let rows = sessions
        .into_iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("/staff/sessions/{}", s.id)>{s.when}</a>
                        {s.cancelled.then(|| view! { " "<CancelledTag/> })}
                    </th>
                    <td><ContentText content=s.place/></td>
                    <td>{s.capacity}</td>
                    <td>{s.held}</td>
                    <td>{s.waiting}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-events-col-when",
        "staff-events-col-place",
        "staff-session-capacity",
        "staff-session-held",
        "staff-session-waiting",
    ]
    .map(t)
    .to_vec();
    view! {
        <Table caption=t("staff-course-sessions") caption_hidden=true headers rows empty=t("staff-course-no-sessions")/>
    }
}

/// `/staff/courses/{id}`.
#[component]
pub fn EditCoursePage() -> impl IntoView {
    with_view(edit_course)
}

fn edit_course(course: CourseEditView) -> impl IntoView {
    let form = use_form();
    let base = format!("/staff/courses/{}", course.id);
    // Drawn before the page: as children of `DetailsForm` they would take `form` from the forms below.
    let details = view! { <CourseFields form=form.clone()/> };
    view! {
        <EventPageStart title=course.title.text.clone() back="/staff/events" back_text=t("staff-events-back")
            form=form.clone() shown=&[EventDone::Created, EventDone::Saved, EventDone::SessionAdded]/>
        <span class="caption">{t("staff-course-caption")}</span>
        <h1><ContentText content=course.title.clone()/></h1>
        <p><a href=format!("/training/{}", course.id)>{t("staff-events-public-page")}</a></p>

        <h2 id="sessions-heading">{t("staff-course-sessions")}</h2>
        <SessionTable sessions=course.sessions.clone()/>

        <form method="post" action=format!("{base}/sessions") novalidate=true class="action-form" aria-labelledby="add-session-heading">
            <h3 id="add-session-heading">{t("staff-course-add-session")}</h3>
            <WhenFields form=form.clone()/>
            <Checkbox id="online" label=t("staff-session-online") checked=form.value("online") == "yes" error=form.error("online")/>
            <p class="hint">{t("staff-session-venue-hint")}</p>
            <VenueFields form=form.clone()/>
            <TextInput id="capacity" name="capacity" label=t("staff-session-capacity") hint=t("staff-session-capacity-hint")
                value=form.value("capacity") error=form.error("capacity") inputmode="numeric" width="input--4"/>
            <button type="submit" class="button button--secondary">{t("staff-course-add-session")}</button>
        </form>

        <DetailsForm action=base.clone()>{details}</DetailsForm>
    }
}

/// A small form with one button, acting on one booking.
fn booking_button(
    id: i32,
    action: &str,
    label: String,
    name: &str,
    extra: Option<(&'static str, &'static str)>,
) -> AnyView {
    view! {
        <form method="post" action=format!("/staff/bookings/{id}/{action}") class="inline-form no-print">
            {extra.map(|(field, value)| view! { <input type="hidden" name=field value=value/> })}
            <button type="submit" class="button button--secondary">{label}{for_whom(name)}</button>
        </form>
    }
    .into_any()
}

#[component]
fn PlacesTable(session_id: i32, places: Vec<PlaceRow>) -> impl IntoView {
    let rows = places
        .into_iter()
        .map(|p| {
            let (check_in, completed) = match p.offered_until.clone() {
                Some(until) => (
                    view! { {t_with("staff-session-offered-until", &[("until", until)])} }.into_any(),
                    view! { "—" }.into_any(),
                ),
                None => {
                    let check_in = match p.checked_in.clone() {
                        Some(at) => view! { {t_with("staff-events-checked-in-at", &[("time", at)])} }.into_any(),
                        None => booking_button(p.id, "check-in", t("staff-events-check-in"), &p.name, None),
                    };
                    let completed = match p.completed.clone() {
                        Some(at) => view! {
                            {t_with("staff-session-completed-on", &[("date", at)])}
                            <br/>
                            <a href=format!("/staff/sessions/{session_id}/certificates/{}", p.id) class="no-print">
                                {t("staff-session-certificate")}{for_whom(&p.name)}
                            </a>
                        }
                        .into_any(),
                        None => booking_button(p.id, "complete", t("staff-session-mark-completed"), &p.name, None),
                    };
                    (check_in, completed)
                }
            };
            view! {
                <tr id=format!("booking-{}", p.id)>
                    <AttendeeCells name=p.name.clone() adjustments=p.adjustments.clone() other_needs=p.other_needs.clone()/>
                    <td>{check_in}</td>
                    <td>{completed}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-events-col-name",
        "staff-events-col-adjustments",
        "staff-events-col-other-needs",
        "staff-events-col-checked-in",
        "staff-session-col-completed",
    ]
    .map(t)
    .to_vec();
    view! {
        <Table caption=t("staff-session-held") caption_hidden=true headers rows empty=t("staff-session-no-places")/>
    }
}

#[component]
fn WaitingTable(waiting: Vec<WaitingRow>) -> impl IntoView {
    let last = waiting.len();
    let rows = waiting
        .into_iter()
        .map(|w| {
            view! {
                <tr id=format!("booking-{}", w.id)>
                    <td>{w.number}</td>
                    <AttendeeCells name=w.name.clone() adjustments=w.adjustments.clone() other_needs=w.other_needs.clone()/>
                    <td class="no-print">
                        {(w.number > 1).then(|| booking_button(w.id, "move", t("staff-session-move-up"), &w.name, Some(("direction", "up"))))}
                        {(w.number < last).then(|| booking_button(w.id, "move", t("staff-session-move-down"), &w.name, Some(("direction", "down"))))}
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-session-col-number",
        "staff-events-col-name",
        "staff-events-col-adjustments",
        "staff-events-col-other-needs",
        "staff-session-col-order",
    ]
    .map(t)
    .to_vec();
    view! {
        <Table caption=t("staff-session-waiting") caption_hidden=true headers rows empty=t("staff-session-no-waiting")/>
    }
}

/// `/staff/sessions/{id}`.
#[component]
pub fn StaffSessionPage() -> impl IntoView {
    with_view(staff_session)
}

fn staff_session(session: SessionPageView) -> impl IntoView {
    let form = use_form();
    let base = format!("/staff/sessions/{}", session.id);
    let capacity = if form.values.iter().any(|(k, _)| k == "capacity") {
        form.value("capacity")
    } else {
        session.capacity.to_string()
    };
    let title = t_with("staff-session-title", &[("when", session.when.clone())]);
    let rows = [
        (t("staff-session-course"), view! { <a href=format!("/staff/courses/{}", session.course_id)><ContentText content=session.course_title.clone()/></a> }.into_any()),
        (t("staff-events-col-when"), view! { {session.when.clone()} }.into_any()),
        (t("staff-events-col-place"), view! {
            <ContentText content=session.place.clone()/>
            {session.address.clone().map(|a| view! { <br/><ContentText content=a/> })}
        }.into_any()),
        (t("staff-session-capacity"), view! { {session.capacity} }.into_any()),
        (t("staff-session-held"), view! { {session.held} }.into_any()),
        (t("staff-session-waiting"), view! { {session.waiting.len()} }.into_any()),
    ];
    view! {
        <EventPageStart title=title.clone() back=format!("/staff/courses/{}", session.course_id)
            back_text=t("staff-session-back") form=form.clone()
            shown=&[
                EventDone::CapacityChanged,
                EventDone::SessionCancelled,
                EventDone::CheckedIn,
                EventDone::Completed,
                EventDone::Moved,
                EventDone::Unchanged,
            ]/>
        <span class="caption"><ContentText content=session.course_title.clone()/></span>
        <h1>{title}</h1>
        {session.cancelled.clone().map(|reason| view! {
            <CancelledNotice message_id="staff-session-cancelled-reason" reason/>
        })}
        <SummaryList>
            {rows.into_iter().map(|(key, value)| view! { <SummaryRow key>{value}</SummaryRow> }).collect_view()}
        </SummaryList>
        <DownloadAndPrint csv=format!("{base}/bookings.csv")/>

        <h2 id="places-heading">{t_with("staff-session-places", &[("count", session.places.len().to_string())])}</h2>
        <PlacesTable session_id=session.id places=session.places.clone()/>

        <h2 id="waiting-heading">{t_with("staff-session-waiting-list", &[("count", session.waiting.len().to_string())])}</h2>
        <p class="hint">{t("staff-session-waiting-hint")}</p>
        <WaitingTable waiting=session.waiting.clone()/>

        {session.cancelled.is_none().then(|| view! {
            <div class="no-print">
                <h2 id="capacity-heading">{t("staff-session-change-capacity")}</h2>
                <form method="post" action=format!("{base}/capacity") novalidate=true class="action-form" aria-labelledby="capacity-heading">
                    <TextInput id="capacity" name="capacity" label=t("staff-session-capacity") hint=t("staff-session-capacity-change-hint")
                        value=capacity.clone() error=form.error("capacity") inputmode="numeric" width="input--4"/>
                    <button type="submit" class="button button--secondary">{t("staff-session-change-capacity")}</button>
                </form>
                <CancelForm action=format!("{base}/cancel") heading=t("staff-session-cancel")
                    lead=t("staff-session-cancel-lead") form=form.clone()/>
            </div>
        })}
    }
}

/// `/staff/sessions/{id}/certificates/{booking}`: one page, for printing.
#[component]
pub fn CertificatePage() -> impl IntoView {
    with_view(certificate)
}

fn certificate(certificate: CertificateView) -> impl IntoView {
    let title = t_with(
        "staff-certificate-page-title",
        &[("name", certificate.name.clone())],
    );
    view! {
        <PageTitle text=title/>
        <StaffNav/>
        <BackLink href=format!("/staff/sessions/{}", certificate.session_id) text=t("staff-session-back-to-session")/>
        <p class="hint no-print">{t("staff-certificate-print-hint")}</p>
        <article class="panel" aria-labelledby="certificate-heading">
            <p>{t("service-name")}</p>
            <h1 id="certificate-heading" class="panel__title">{t("staff-certificate-title")}</h1>
            <p>{t("staff-certificate-certifies")}</p>
            <p class="reference"><strong>{certificate.name.clone()}</strong></p>
            <p>{t("staff-certificate-completed")}</p>
            <p class="panel__body"><strong><ContentText content=certificate.course.clone()/></strong></p>
            <p>{t_with("staff-certificate-session", &[("when", certificate.when.clone())])}</p>
            <p>{t_with("staff-certificate-issued", &[("date", certificate.issued.clone())])}</p>
        </article>
    }
}
