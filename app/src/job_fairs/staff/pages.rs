//! The staff pages of job fairs: a new fair, a fair's details, employers,
//! positions and cancellation, and who registered.

use crate::components::{
    with_view, BackLink, Content, ContentText, ErrorSummary, PageTitle, Radios, Select, StaffNav, Table, Tag,
    TagKind, TextArea, TextInput,
};
use crate::domain::bookings::Adjustment;
use crate::event_editing::{adjustments_line, feature_options, for_whom, or_dash, DoneBanner, EventDone};
use crate::forms::{use_form, FormState};
use crate::i18n::{t, t_with};
use leptos::prelude::*;

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
        <BackLink href="/staff/events" text=t("staff-events-back")/>
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
    with_view(edit_fair)
}

fn edit_fair(fair: FairEditView) -> impl IntoView {
    let form = use_form();
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
        <BackLink href="/staff/events" text=t("staff-events-back")/>
        <ErrorSummary errors=form.summary()/>
        <DoneBanner shown=&[
            EventDone::Created,
            EventDone::Saved,
            EventDone::EmployerAdded,
            EventDone::PositionAdded,
            EventDone::FairCancelled,
            EventDone::Unchanged,
        ]/>
        <span class="caption">{t("staff-fair-caption")}</span>
        <h1><ContentText content=fair.title.clone()/></h1>
        <p>{fair.when.clone()}</p>
        {fair.cancelled.clone().map(|reason| view! {
            <div class="inset">
                <p><Tag text=t("staff-events-cancelled-tag") kind=TagKind::Warning/></p>
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
    with_view(registrations)
}

fn registrations(list: RegistrationsView) -> impl IntoView {
    let form = use_form();
    let base = format!("/staff/fairs/{}", list.fair_id);
    let heading = t_with("staff-registrations-title", &[("fair", list.title.text.clone())]);
    let count = t_with(
        "staff-registrations-count",
        &[("count", list.rows.len().to_string())],
    );
    let employers = list.employers.clone();
    let rows = list
        .rows
        .clone()
        .into_iter()
        .map(|row| {
            let check_in = match row.checked_in.clone() {
                Some(at) => view! { {t_with("staff-events-checked-in-at", &[("time", at)])} }.into_any(),
                None => view! {
                    <form method="post" action=format!("/staff/registrations/{}/check-in", row.id) class="no-print">
                        <button type="submit" class="button button--secondary">{t("staff-events-check-in")}{for_whom(&row.name)}</button>
                    </form>
                }
                .into_any(),
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
            .into_any()
        })
        .collect();
    let headers = [
        "staff-events-col-name",
        "staff-events-col-adjustments",
        "staff-events-col-other-needs",
        "staff-events-col-checked-in",
        "staff-registrations-col-hired",
    ]
    .map(t)
    .to_vec();
    view! {
        <PageTitle text=heading has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href=base.clone() text=t("staff-registrations-back")/>
        <ErrorSummary errors=form.summary()/>
        <DoneBanner shown=&[EventDone::CheckedIn, EventDone::Hired, EventDone::Unchanged]/>
        <span class="caption"><ContentText content=list.title.clone()/></span>
        <h1>{t("staff-registrations-heading")}</h1>
        <p>{list.when.clone()}</p>
        {list.cancelled.then(|| view! { <p><Tag text=t("staff-events-cancelled-tag") kind=TagKind::Warning/></p> })}
        <p class="no-print">
            <a href=format!("{base}/registrations.csv")>{t("staff-events-download-csv")}</a>
        </p>
        <p class="hint no-print">{t("staff-events-print-hint")}</p>
        <h2 id="registrations-heading">{count}</h2>
        <Table caption=t("staff-registrations-heading") caption_hidden=true headers rows empty=t("staff-registrations-none")/>
    }
}
