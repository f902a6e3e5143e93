//! Fairs and training for content editors and administrators, under
//! `/staff/events`, `/staff/fairs…`, `/staff/courses…` and `/staff/sessions…`:
//! the fairs and courses of the staff member's area, their details,
//! employers and positions, sessions and capacity, who registered or booked
//! (check-in, hires, completions, the waiting list's order), cancelling, and
//! certificates of completion.

use super::StaffNav;
use crate::attendees::adjustment_text;
use crate::components::NotFoundPage;
use crate::components::{feature_text, Content, ContentText};
use crate::components::{
    Checkbox, ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios, Select, TextArea, TextInput,
};
use crate::domain::bookings::{Adjustment, Feature};
use crate::forms::{use_form, FormState};
use crate::i18n::{t, t_with};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// One fair on `/staff/events`.
#[derive(Clone, Debug, Default)]
pub struct FairRow {
    pub id: i32,
    pub title: Content,
    pub when: String,
    pub registrations: i64,
    pub cancelled: bool,
}

/// One course on `/staff/events`.
#[derive(Clone, Debug, Default)]
pub struct CourseRow {
    pub id: i32,
    pub title: Content,
    /// Sessions not cancelled.
    pub sessions: usize,
    /// When the next session starts, if one is still to come.
    pub next: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct EventsView {
    pub upcoming: Vec<FairRow>,
    pub past: Vec<FairRow>,
    pub courses: Vec<CourseRow>,
}

#[derive(Clone, Debug, Default)]
pub struct PositionRow {
    pub title: String,
    pub needs: String,
    pub adjustments_offered: String,
    pub openings: i32,
}

#[derive(Clone, Debug, Default)]
pub struct EmployerRow {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub positions: Vec<PositionRow>,
}

/// `/staff/fairs/{id}`; the form's values come as a `FormState`.
#[derive(Clone, Debug, Default)]
pub struct FairEditView {
    pub id: i32,
    pub title: Content,
    pub when: String,
    pub registrations: i64,
    /// The reason given, once cancelled.
    pub cancelled: Option<String>,
    pub employers: Vec<EmployerRow>,
}

#[derive(Clone, Debug, Default)]
pub struct RegistrationRow {
    pub id: i32,
    pub name: String,
    pub adjustments: Vec<Adjustment>,
    pub other_needs: String,
    /// When they arrived.
    pub checked_in: Option<String>,
    /// The employer that hired them.
    pub hired_by: Option<String>,
}

/// `/staff/fairs/{id}/registrations`.
#[derive(Clone, Debug, Default)]
pub struct RegistrationsView {
    pub fair_id: i32,
    pub title: Content,
    pub when: String,
    pub cancelled: bool,
    pub rows: Vec<RegistrationRow>,
    /// (id, name) of the fair's employers.
    pub employers: Vec<(String, String)>,
}

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

/// The banner after a change, from `?done=`.
fn done_banner(known: &[&str]) -> Option<AnyView> {
    let done = use_query_map().with_untracked(|q| q.get("done"))?;
    known.contains(&done.as_str()).then(|| {
        let heading = t(&format!("staff-events-done-{done}"));
        view! { <NotificationBanner heading=heading><span></span></NotificationBanner> }.into_any()
    })
}

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

fn or_dash(text: String) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text
    }
}

/// The hidden end of a button's name: whose row it acts on.
fn for_whom(name: &str) -> AnyView {
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

/// `/staff/events`.
#[component]
pub fn StaffEventsPage() -> impl IntoView {
    let events = use_context::<EventsView>().unwrap_or_default();
    view! {
        <PageTitle text=t("staff-events-title")/>
        <StaffNav/>
        <h1>{t("staff-events-title")}</h1>
        <p>{t("staff-events-lead")}</p>
        <div class="button-group">
            <a href="/staff/fairs/new" class="button">{t("staff-fair-new")}</a>
            <a href="/staff/courses/new" class="button button--secondary">{t("staff-course-new")}</a>
        </div>
        <h2 id="upcoming-heading">{t("staff-events-upcoming")}</h2>
        <FairTable fairs=events.upcoming empty=t("staff-events-no-upcoming")/>
        <h2 id="past-heading">{t("staff-events-past")}</h2>
        <FairTable fairs=events.past empty=t("staff-events-no-past")/>
        <h2 id="courses-heading">{t("staff-events-courses")}</h2>
        {if events.courses.is_empty() {
            view! { <p>{t("staff-events-no-courses")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{t("staff-events-col-course")}</th>
                                <th scope="col">{t("staff-events-col-sessions")}</th>
                                <th scope="col">{t("staff-events-col-next")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {events.courses.into_iter().map(|c| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/staff/courses/{}", c.id)><ContentText content=c.title/></a></th>
                                    <td>{c.sessions}</td>
                                    <td>{c.next.unwrap_or_else(|| t("staff-events-no-next"))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}

#[component]
fn FairTable(fairs: Vec<FairRow>, empty: String) -> impl IntoView {
    if fairs.is_empty() {
        return view! { <p>{empty}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t("staff-events-col-fair")}</th>
                        <th scope="col">{t("staff-events-col-when")}</th>
                        <th scope="col">{t("staff-events-col-registrations")}</th>
                    </tr>
                </thead>
                <tbody>
                    {fairs.into_iter().map(|f| view! {
                        <tr>
                            <th scope="row">
                                <a href=format!("/staff/fairs/{}", f.id)><ContentText content=f.title/></a>
                                {f.cancelled.then(|| view! { " "<strong class="tag tag--overdue">{t("staff-events-cancelled-tag")}</strong> })}
                            </th>
                            <td>{f.when}</td>
                            <td>{f.registrations}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The fields of a fair, on the new and the edit page.
#[component]
fn FairFields(form: FormState) -> impl IntoView {
    let field = |name: &str| (form.value(name), form.error(name));
    let (title_zh, title_zh_error) = field("title_zh");
    let (title_en, title_en_error) = field("title_en");
    let (summary_zh, summary_zh_error) = field("summary_zh");
    let (summary_en, summary_en_error) = field("summary_en");
    let (date, date_error) = field("date");
    let (starts, starts_error) = field("starts");
    let (ends, ends_error) = field("ends");
    let (venue_zh, venue_zh_error) = field("venue_zh");
    let (venue_en, venue_en_error) = field("venue_en");
    let (address_zh, address_zh_error) = field("address_zh");
    let (address_en, address_en_error) = field("address_en");
    let (transport_zh, transport_zh_error) = field("transport_zh");
    let (transport_en, transport_en_error) = field("transport_en");
    view! {
        <p class="hint">{t("staff-events-languages-hint")}</p>
        <TextInput id="title_zh" name="title_zh" label=t("staff-fair-title-zh") value=title_zh error=title_zh_error width="input--30"/>
        <TextInput id="title_en" name="title_en" label=t("staff-fair-title-en") hint=t("staff-events-english-hint")
            value=title_en error=title_en_error width="input--30"/>
        <TextArea id="summary_zh" label=t("staff-fair-summary-zh") value=summary_zh error=summary_zh_error/>
        <TextArea id="summary_en" label=t("staff-fair-summary-en") hint=t("staff-events-english-hint") value=summary_en error=summary_en_error/>
        <TextInput id="date" name="date" label=t("staff-events-date") hint=t("date-hint") value=date error=date_error width="input--10"/>
        <TextInput id="starts" name="starts" label=t("staff-events-starts") hint=t("staff-events-time-hint") value=starts
            error=starts_error width="input--4"/>
        <TextInput id="ends" name="ends" label=t("staff-events-ends") hint=t("staff-events-time-hint") value=ends
            error=ends_error width="input--4"/>
        <TextInput id="venue_zh" name="venue_zh" label=t("staff-events-venue-zh") value=venue_zh error=venue_zh_error width="input--30"/>
        <TextInput id="venue_en" name="venue_en" label=t("staff-events-venue-en") hint=t("staff-events-english-hint")
            value=venue_en error=venue_en_error width="input--30"/>
        <TextInput id="address_zh" name="address_zh" label=t("staff-events-address-zh") value=address_zh error=address_zh_error width="input--30"/>
        <TextInput id="address_en" name="address_en" label=t("staff-events-address-en") hint=t("staff-events-english-hint")
            value=address_en error=address_en_error width="input--30"/>
        <TextArea id="transport_zh" label=t("staff-fair-transport-zh") hint=t("staff-fair-transport-hint") value=transport_zh
            error=transport_zh_error/>
        <TextArea id="transport_en" label=t("staff-fair-transport-en") hint=t("staff-events-english-hint") value=transport_en
            error=transport_en_error/>
        <Radios name="feature" legend=t("staff-events-features") hint=t("staff-events-features-hint") options=feature_options()
            selected=form.values_of("feature") error=form.error("feature") multiple=true/>
    }
}

/// `/staff/fairs/new`.
#[component]
pub fn NewFairPage() -> impl IntoView {
    let form = use_form();
    view! {
        <PageTitle text=t("staff-fair-new") has_errors=form.has_errors()/>
        <StaffNav/>
        <a href="/staff/events" class="back-link">{t("staff-events-back")}</a>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-fair-new")}</h1>
        <form method="post" action="/staff/fairs/new" novalidate=true>
            <FairFields form=form.clone()/>
            <button type="submit" class="button">{t("staff-fair-create")}</button>
        </form>
    }
}

#[component]
fn EmployerList(employers: Vec<EmployerRow>) -> impl IntoView {
    if employers.is_empty() {
        return view! { <p>{t("staff-fair-no-employers")}</p> }.into_any();
    }
    employers
        .into_iter()
        .map(|e| {
            view! {
                <section class="employer" aria-labelledby=format!("employer-{}", e.id)>
                    <h3 id=format!("employer-{}", e.id)>{e.name}</h3>
                    <p>{e.description}</p>
                    {if e.positions.is_empty() {
                        view! { <p>{t("staff-fair-no-positions")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="list list--bullet">
                                {e.positions.into_iter().map(|p| view! {
                                    <li>
                                        <strong>{p.title}</strong>
                                        " ("{t_with("staff-fair-openings-count", &[("count", p.openings.to_string())])}")"
                                        <br/>{t("staff-fair-needs")}": "{or_dash(p.needs)}
                                        <br/>{t("staff-fair-adjustments-offered")}": "{or_dash(p.adjustments_offered)}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            }
        })
        .collect_view()
        .into_any()
}

/// `/staff/fairs/{id}`.
#[component]
pub fn EditFairPage() -> impl IntoView {
    let form = use_form();
    let Some(fair) = use_context::<FairEditView>() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("/staff/fairs/{}", fair.id);
    let employer_options = vec![(
        t("staff-fair-employers"),
        fair.employers
            .iter()
            .map(|e| (e.id.to_string(), e.name.clone()))
            .collect::<Vec<_>>(),
    )];
    let has_employers = !fair.employers.is_empty();
    view! {
        <PageTitle text=fair.title.text.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <a href="/staff/events" class="back-link">{t("staff-events-back")}</a>
        <ErrorSummary errors=form.summary()/>
        {done_banner(&["created", "saved", "employer-added", "position-added", "fair-cancelled", "unchanged"])}
        <span class="caption">{t("staff-fair-caption")}</span>
        <h1><ContentText content=fair.title.clone()/></h1>
        <p>{fair.when.clone()}</p>
        {fair.cancelled.clone().map(|reason| view! {
            <div class="inset">
                <p><strong class="tag tag--overdue">{t("staff-events-cancelled-tag")}</strong></p>
                <p>{t_with("staff-fair-cancelled-reason", &[("reason", reason)])}</p>
            </div>
        })}
        <ul class="list">
            <li>
                <a href=format!("{base}/registrations")>
                    {t_with("staff-fair-registrations-link", &[("count", fair.registrations.to_string())])}
                </a>
            </li>
            <li><a href=format!("/jobs/fairs/{}", fair.id)>{t("staff-events-public-page")}</a></li>
        </ul>

        <h2 id="details-heading">{t("staff-events-details")}</h2>
        <form method="post" action=base.clone() novalidate=true aria-labelledby="details-heading">
            <FairFields form=form.clone()/>
            <button type="submit" class="button">{t("staff-events-save")}</button>
        </form>

        <h2 id="employers-heading">{t("staff-fair-employers")}</h2>
        <EmployerList employers=fair.employers.clone()/>

        <form method="post" action=format!("{base}/employers") novalidate=true class="action-form" aria-labelledby="add-employer-heading">
            <h3 id="add-employer-heading">{t("staff-fair-add-employer")}</h3>
            <TextInput id="employer_name" name="employer_name" label=t("staff-fair-employer-name") value=form.value("employer_name")
                error=form.error("employer_name") width="input--30"/>
            <TextArea id="employer_description" label=t("staff-fair-employer-description") hint=t("staff-fair-employer-description-hint")
                value=form.value("employer_description") error=form.error("employer_description")/>
            <button type="submit" class="button button--secondary">{t("staff-fair-add-employer")}</button>
        </form>

        {has_employers.then(|| view! {
            <form method="post" action=format!("{base}/positions") novalidate=true class="action-form" aria-labelledby="add-position-heading">
                <h3 id="add-position-heading">{t("staff-fair-add-position")}</h3>
                <Select id="employer" label=t("staff-fair-position-employer") groups=employer_options.clone()
                    selected=form.value("employer") placeholder=t("staff-fair-choose-employer") error=form.error("employer")/>
                <TextInput id="position_title" name="position_title" label=t("staff-fair-position-title")
                    value=form.value("position_title") error=form.error("position_title") width="input--30"/>
                <TextArea id="needs" label=t("staff-fair-needs") hint=t("staff-fair-needs-hint") value=form.value("needs")
                    error=form.error("needs")/>
                <TextArea id="adjustments_offered" label=t("staff-fair-adjustments-offered") hint=t("staff-fair-adjustments-offered-hint")
                    value=form.value("adjustments_offered") error=form.error("adjustments_offered")/>
                <TextInput id="openings" name="openings" label=t("staff-fair-openings") hint=t("staff-fair-openings-hint")
                    value=form.value("openings") error=form.error("openings") inputmode="numeric" width="input--4"/>
                <button type="submit" class="button button--secondary">{t("staff-fair-add-position")}</button>
            </form>
        })}

        {fair.cancelled.is_none().then(|| view! {
            <h2 id="cancel-heading">{t("staff-fair-cancel")}</h2>
            <form method="post" action=format!("{base}/cancel") novalidate=true class="action-form" aria-labelledby="cancel-heading">
                <p>{t("staff-fair-cancel-lead")}</p>
                <TextArea id="reason" label=t("staff-events-reason") hint=t("staff-events-reason-hint") value=form.value("reason")
                    error=form.error("reason")/>
                <button type="submit" class="button button--warning">{t("staff-fair-cancel")}</button>
            </form>
        })}
    }
    .into_any()
}

/// The "who hired them" form of one row.
#[component]
fn HireForm(row: RegistrationRow, employers: Vec<(String, String)>, error: Option<String>) -> impl IntoView {
    let select_id = format!("employer-{}", row.id);
    let error_id = format!("{select_id}-error");
    let group_class = if error.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    let described_by = error.as_ref().map(|_| error_id.clone());
    let invalid = error.as_ref().map(|_| "true");
    view! {
        <form method="post" action=format!("/staff/registrations/{}/hire", row.id) novalidate=true class="no-print">
            <div class=group_class>
                <label class="label" for=select_id.clone()>{t("staff-registrations-employer")}{for_whom(&row.name)}</label>
                {error.map(|e| view! {
                    <p id=error_id.clone() class="error-message">
                        <span class="visually-hidden">{format!("{} ", t("error-prefix"))}</span>{e}
                    </p>
                })}
                <select class="select" id=select_id name="employer" aria-invalid=invalid aria-describedby=described_by>
                    <option value="">{t("staff-fair-choose-employer")}</option>
                    {employers.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button--secondary">{t("staff-registrations-record-hire")}{for_whom(&row.name)}</button>
        </form>
    }
}

/// `/staff/fairs/{id}/registrations`.
#[component]
pub fn RegistrationsPage() -> impl IntoView {
    let form = use_form();
    let Some(list) = use_context::<RegistrationsView>() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("/staff/fairs/{}", list.fair_id);
    let heading = t_with("staff-registrations-title", &[("fair", list.title.text.clone())]);
    let count = t_with(
        "staff-registrations-count",
        &[("count", list.rows.len().to_string())],
    );
    let employers = list.employers.clone();
    view! {
        <PageTitle text=heading has_errors=form.has_errors()/>
        <StaffNav/>
        <a href=base.clone() class="back-link">{t("staff-registrations-back")}</a>
        <ErrorSummary errors=form.summary()/>
        {done_banner(&["checked-in", "hired", "unchanged"])}
        <span class="caption"><ContentText content=list.title.clone()/></span>
        <h1>{t("staff-registrations-heading")}</h1>
        <p>{list.when.clone()}</p>
        {list.cancelled.then(|| view! { <p><strong class="tag tag--overdue">{t("staff-events-cancelled-tag")}</strong></p> })}
        <p class="no-print">
            <a href=format!("{base}/registrations.csv")>{t("staff-events-download-csv")}</a>
        </p>
        <p class="hint no-print">{t("staff-events-print-hint")}</p>
        <h2 id="registrations-heading">{count}</h2>
        {if list.rows.is_empty() {
            view! { <p>{t("staff-registrations-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap">
                    <table class="table">
                        <thead>
                            <tr>
                                <th scope="col">{t("staff-events-col-name")}</th>
                                <th scope="col">{t("staff-events-col-adjustments")}</th>
                                <th scope="col">{t("staff-events-col-other-needs")}</th>
                                <th scope="col">{t("staff-events-col-checked-in")}</th>
                                <th scope="col">{t("staff-registrations-col-hired")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.rows.into_iter().map(|row| {
                                let check_in = match row.checked_in.clone() {
                                    Some(at) => view! { {t_with("staff-events-checked-in-at", &[("time", at)])} }.into_any(),
                                    None => view! {
                                        <form method="post" action=format!("/staff/registrations/{}/check-in", row.id) class="no-print">
                                            <button type="submit" class="button button--secondary">{t("staff-events-check-in")}{for_whom(&row.name)}</button>
                                        </form>
                                    }.into_any(),
                                };
                                let hired = match row.hired_by.clone() {
                                    Some(employer) => view! { {t_with("staff-registrations-hired-by", &[("employer", employer)])} }.into_any(),
                                    None if employers.is_empty() => view! { {t("staff-registrations-no-employers")} }.into_any(),
                                    None => {
                                        let error = form.error(&format!("employer-{}", row.id));
                                        view! { <HireForm row=row.clone() employers=employers.clone() error=error/> }.into_any()
                                    }
                                };
                                view! {
                                    <tr id=format!("registration-{}", row.id)>
                                        <th scope="row">{row.name.clone()}</th>
                                        <td>{adjustments_line(&row.adjustments)}</td>
                                        <td>{or_dash(row.other_needs.clone())}</td>
                                        <td>{check_in}</td>
                                        <td>{hired}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
    .into_any()
}

/// The fields of a course, on the new and the edit page.
#[component]
fn CourseFields(form: FormState) -> impl IntoView {
    view! {
        <p class="hint">{t("staff-events-languages-hint")}</p>
        <TextInput id="title_zh" name="title_zh" label=t("staff-course-title-zh") value=form.value("title_zh")
            error=form.error("title_zh") width="input--30"/>
        <TextInput id="title_en" name="title_en" label=t("staff-course-title-en") hint=t("staff-events-english-hint")
            value=form.value("title_en") error=form.error("title_en") width="input--30"/>
        <TextArea id="description_zh" label=t("staff-course-description-zh") value=form.value("description_zh")
            error=form.error("description_zh")/>
        <TextArea id="description_en" label=t("staff-course-description-en") hint=t("staff-events-english-hint")
            value=form.value("description_en") error=form.error("description_en")/>
        <TextArea id="suits_zh" label=t("staff-course-suits-zh") hint=t("staff-course-suits-hint") value=form.value("suits_zh")
            error=form.error("suits_zh")/>
        <TextArea id="suits_en" label=t("staff-course-suits-en") hint=t("staff-events-english-hint") value=form.value("suits_en")
            error=form.error("suits_en")/>
        <Radios name="feature" legend=t("staff-events-features") hint=t("staff-events-features-hint") options=feature_options()
            selected=form.values_of("feature") error=form.error("feature") multiple=true/>
    }
}

/// `/staff/courses/new`.
#[component]
pub fn NewCoursePage() -> impl IntoView {
    let form = use_form();
    view! {
        <PageTitle text=t("staff-course-new") has_errors=form.has_errors()/>
        <StaffNav/>
        <a href="/staff/events" class="back-link">{t("staff-events-back")}</a>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("staff-course-new")}</h1>
        <form method="post" action="/staff/courses/new" novalidate=true>
            <CourseFields form=form.clone()/>
            <button type="submit" class="button">{t("staff-course-create")}</button>
        </form>
    }
}

#[component]
fn SessionTable(sessions: Vec<SessionRow>) -> impl IntoView {
    if sessions.is_empty() {
        return view! { <p>{t("staff-course-no-sessions")}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t("staff-events-col-when")}</th>
                        <th scope="col">{t("staff-events-col-place")}</th>
                        <th scope="col">{t("staff-session-capacity")}</th>
                        <th scope="col">{t("staff-session-held")}</th>
                        <th scope="col">{t("staff-session-waiting")}</th>
                    </tr>
                </thead>
                <tbody>
                    {sessions.into_iter().map(|s| view! {
                        <tr>
                            <th scope="row">
                                <a href=format!("/staff/sessions/{}", s.id)>{s.when}</a>
                                {s.cancelled.then(|| view! { " "<strong class="tag tag--overdue">{t("staff-events-cancelled-tag")}</strong> })}
                            </th>
                            <td><ContentText content=s.place/></td>
                            <td>{s.capacity}</td>
                            <td>{s.held}</td>
                            <td>{s.waiting}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// `/staff/courses/{id}`.
#[component]
pub fn EditCoursePage() -> impl IntoView {
    let form = use_form();
    let Some(course) = use_context::<CourseEditView>() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let base = format!("/staff/courses/{}", course.id);
    view! {
        <PageTitle text=course.title.text.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <a href="/staff/events" class="back-link">{t("staff-events-back")}</a>
        <ErrorSummary errors=form.summary()/>
        {done_banner(&["created", "saved", "session-added"])}
        <span class="caption">{t("staff-course-caption")}</span>
        <h1><ContentText content=course.title.clone()/></h1>
        <p><a href=format!("/training/{}", course.id)>{t("staff-events-public-page")}</a></p>

        <h2 id="sessions-heading">{t("staff-course-sessions")}</h2>
        <SessionTable sessions=course.sessions.clone()/>

        <form method="post" action=format!("{base}/sessions") novalidate=true class="action-form" aria-labelledby="add-session-heading">
            <h3 id="add-session-heading">{t("staff-course-add-session")}</h3>
            <TextInput id="date" name="date" label=t("staff-events-date") hint=t("date-hint") value=form.value("date")
                error=form.error("date") width="input--10"/>
            <TextInput id="starts" name="starts" label=t("staff-events-starts") hint=t("staff-events-time-hint")
                value=form.value("starts") error=form.error("starts") width="input--4"/>
            <TextInput id="ends" name="ends" label=t("staff-events-ends") hint=t("staff-events-time-hint")
                value=form.value("ends") error=form.error("ends") width="input--4"/>
            <Checkbox id="online" label=t("staff-session-online") checked=form.value("online") == "yes" error=form.error("online")/>
            <p class="hint">{t("staff-session-venue-hint")}</p>
            <TextInput id="venue_zh" name="venue_zh" label=t("staff-events-venue-zh") value=form.value("venue_zh")
                error=form.error("venue_zh") width="input--30"/>
            <TextInput id="venue_en" name="venue_en" label=t("staff-events-venue-en") hint=t("staff-events-english-hint")
                value=form.value("venue_en") error=form.error("venue_en") width="input--30"/>
            <TextInput id="address_zh" name="address_zh" label=t("staff-events-address-zh") value=form.value("address_zh")
                error=form.error("address_zh") width="input--30"/>
            <TextInput id="address_en" name="address_en" label=t("staff-events-address-en") hint=t("staff-events-english-hint")
                value=form.value("address_en") error=form.error("address_en") width="input--30"/>
            <TextInput id="capacity" name="capacity" label=t("staff-session-capacity") hint=t("staff-session-capacity-hint")
                value=form.value("capacity") error=form.error("capacity") inputmode="numeric" width="input--4"/>
            <button type="submit" class="button button--secondary">{t("staff-course-add-session")}</button>
        </form>

        <h2 id="details-heading">{t("staff-events-details")}</h2>
        <form method="post" action=base.clone() novalidate=true aria-labelledby="details-heading">
            <CourseFields form=form.clone()/>
            <button type="submit" class="button">{t("staff-events-save")}</button>
        </form>
    }
    .into_any()
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
    if places.is_empty() {
        return view! { <p>{t("staff-session-no-places")}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t("staff-events-col-name")}</th>
                        <th scope="col">{t("staff-events-col-adjustments")}</th>
                        <th scope="col">{t("staff-events-col-other-needs")}</th>
                        <th scope="col">{t("staff-events-col-checked-in")}</th>
                        <th scope="col">{t("staff-session-col-completed")}</th>
                    </tr>
                </thead>
                <tbody>
                    {places.into_iter().map(|p| {
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
                                    }.into_any(),
                                    None => booking_button(p.id, "complete", t("staff-session-mark-completed"), &p.name, None),
                                };
                                (check_in, completed)
                            }
                        };
                        view! {
                            <tr id=format!("booking-{}", p.id)>
                                <th scope="row">{p.name.clone()}</th>
                                <td>{adjustments_line(&p.adjustments)}</td>
                                <td>{or_dash(p.other_needs.clone())}</td>
                                <td>{check_in}</td>
                                <td>{completed}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn WaitingTable(waiting: Vec<WaitingRow>) -> impl IntoView {
    if waiting.is_empty() {
        return view! { <p>{t("staff-session-no-waiting")}</p> }.into_any();
    }
    let last = waiting.len();
    view! {
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t("staff-session-col-number")}</th>
                        <th scope="col">{t("staff-events-col-name")}</th>
                        <th scope="col">{t("staff-events-col-adjustments")}</th>
                        <th scope="col">{t("staff-events-col-other-needs")}</th>
                        <th scope="col" class="no-print">{t("staff-session-col-order")}</th>
                    </tr>
                </thead>
                <tbody>
                    {waiting.into_iter().map(|w| view! {
                        <tr id=format!("booking-{}", w.id)>
                            <td>{w.number}</td>
                            <th scope="row">{w.name.clone()}</th>
                            <td>{adjustments_line(&w.adjustments)}</td>
                            <td>{or_dash(w.other_needs.clone())}</td>
                            <td class="no-print">
                                {(w.number > 1).then(|| booking_button(w.id, "move", t("staff-session-move-up"), &w.name, Some(("direction", "up"))))}
                                {(w.number < last).then(|| booking_button(w.id, "move", t("staff-session-move-down"), &w.name, Some(("direction", "down"))))}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// `/staff/sessions/{id}`.
#[component]
pub fn StaffSessionPage() -> impl IntoView {
    let form = use_form();
    let Some(session) = use_context::<SessionPageView>() else {
        return view! { <NotFoundPage/> }.into_any();
    };
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
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <a href=format!("/staff/courses/{}", session.course_id) class="back-link">{t("staff-session-back")}</a>
        <ErrorSummary errors=form.summary()/>
        {done_banner(&["capacity-changed", "session-cancelled", "checked-in", "completed", "moved", "unchanged"])}
        <span class="caption"><ContentText content=session.course_title.clone()/></span>
        <h1>{title}</h1>
        {session.cancelled.clone().map(|reason| view! {
            <div class="inset">
                <p><strong class="tag tag--overdue">{t("staff-events-cancelled-tag")}</strong></p>
                <p>{t_with("staff-session-cancelled-reason", &[("reason", reason)])}</p>
            </div>
        })}
        <dl class="summary-list">
            {rows.into_iter().map(|(key, value)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{key}</dt>
                    <dd class="summary-list__value">{value}</dd>
                </div>
            }).collect_view()}
        </dl>
        <p class="no-print"><a href=format!("{base}/bookings.csv")>{t("staff-events-download-csv")}</a></p>
        <p class="hint no-print">{t("staff-events-print-hint")}</p>

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
                <h2 id="cancel-heading">{t("staff-session-cancel")}</h2>
                <form method="post" action=format!("{base}/cancel") novalidate=true class="action-form" aria-labelledby="cancel-heading">
                    <p>{t("staff-session-cancel-lead")}</p>
                    <TextArea id="reason" label=t("staff-events-reason") hint=t("staff-events-reason-hint") value=form.value("reason")
                        error=form.error("reason")/>
                    <button type="submit" class="button button--warning">{t("staff-session-cancel")}</button>
                </form>
            </div>
        })}
    }
    .into_any()
}

/// `/staff/sessions/{id}/certificates/{booking}`: one page, for printing.
#[component]
pub fn CertificatePage() -> impl IntoView {
    let Some(certificate) = use_context::<CertificateView>() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let title = t_with(
        "staff-certificate-page-title",
        &[("name", certificate.name.clone())],
    );
    view! {
        <PageTitle text=title/>
        <StaffNav/>
        <a href=format!("/staff/sessions/{}", certificate.session_id) class="back-link">{t("staff-session-back-to-session")}</a>
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
    .into_any()
}
