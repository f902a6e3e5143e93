//! The staff pages of job fairs: a new fair, a fair's details, employers,
//! positions and cancellation, and who registered.

use crate::components::{with_view, Content, ContentText, Select, Table, TextArea, TextInput};
use crate::domain::bookings::Adjustment;
use crate::event_editing::{
    for_whom, or_dash, AttendeeCells, CancelForm, CancelledNotice, CancelledTag, DetailsForm,
    DownloadAndPrint, EventDone, EventPageStart, FeatureFields, InputPair, NewEventPage, TextAreaPair,
    VenueFields, WhenFields,
};
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
    view! {
        <p class="hint">{t("staff-events-languages-hint")}</p>
        <InputPair form=form.clone() name="title" label_zh=t("staff-fair-title-zh") label_en=t("staff-fair-title-en")/>
        <TextAreaPair form=form.clone() name="summary" label_zh=t("staff-fair-summary-zh") label_en=t("staff-fair-summary-en")/>
        <WhenFields form=form.clone()/>
        <VenueFields form=form.clone()/>
        <TextAreaPair form=form.clone() name="transport" label_zh=t("staff-fair-transport-zh") label_en=t("staff-fair-transport-en")
            hint_zh=t("staff-fair-transport-hint")/>
        <FeatureFields form/>
    }
}

/// `/staff/fairs/new`.
#[component]
pub fn NewFairPage() -> impl IntoView {
    view! {
        <NewEventPage title=t("staff-fair-new") action="/staff/fairs/new" create=t("staff-fair-create")>
            <FairFields form=use_form()/>
        </NewEventPage>
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
    // Drawn before the page: as children of `DetailsForm` they would take `form` from the forms below.
    let details = view! { <FairFields form=form.clone()/> };
    view! {
        <EventPageStart title=fair.title.text.clone() back="/staff/events" back_text=t("staff-events-back") form=form.clone()
            shown=&[
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
        {fair.cancelled.clone().map(|reason| view! { <CancelledNotice message_id="staff-fair-cancelled-reason" reason/> })}
        <ul class="list">
            <li>
                <a href=format!("{base}/registrations")>
                    {t_with("staff-fair-registrations-link", &[("count", fair.registrations.to_string())])}
                </a>
            </li>
            <li><a href=format!("/jobs/fairs/{}", fair.id)>{t("staff-events-public-page")}</a></li>
        </ul>

        <DetailsForm action=base.clone()>{details}</DetailsForm>

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
            <CancelForm action=format!("{base}/cancel") heading=t("staff-fair-cancel") lead=t("staff-fair-cancel-lead")
                form=form.clone()/>
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
                    <AttendeeCells name=row.name.clone() adjustments=row.adjustments.clone() other_needs=row.other_needs.clone()/>
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
        <EventPageStart title=heading back=base.clone() back_text=t("staff-registrations-back") form=form.clone()
            shown=&[EventDone::CheckedIn, EventDone::Hired, EventDone::Unchanged]/>
        <span class="caption"><ContentText content=list.title.clone()/></span>
        <h1>{t("staff-registrations-heading")}</h1>
        <p>{list.when.clone()}</p>
        {list.cancelled.then(|| view! { <p><CancelledTag/></p> })}
        <DownloadAndPrint csv=format!("{base}/registrations.csv")/>
        <h2 id="registrations-heading">{count}</h2>
        <Table caption=t("staff-registrations-heading") caption_hidden=true headers rows empty=t("staff-registrations-none")/>
    }
}
