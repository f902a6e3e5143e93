//! The parameters page: every dated value, and the form to add one.

use crate::components::{
    with_view, ErrorSummary, NotificationBanner, PageTitle, Select, StaffNav, Table, Tag, TagKind, TextInput,
};
use crate::domain::answers::api_name;
use crate::domain::decisions::AppealTerms;
use crate::domain::parameters::ParameterId;
use crate::domain::reviews::ReviewStatus;
use crate::forms::use_form;
use crate::i18n::{t, t_with, Lang};
use crate::page_context::use_page;
use chrono::NaiveDate;
use leptos::prelude::*;

pub fn parameter_text(parameter: ParameterId) -> String {
    t(&format!(
        "staff-parameter-{}",
        api_name(parameter).replace('_', "-")
    ))
}

#[derive(Clone, Debug, Default)]
pub struct ParameterRow {
    pub parameter: Option<ParameterId>,
    pub value: String,
    pub effective_from: String,
    pub source: String,
    pub in_force: bool,
}

/// When one parameter was last reviewed and whether a review is due.
#[derive(Clone, Debug)]
pub struct ReviewRow {
    pub parameter: ParameterId,
    pub last_reviewed: Option<NaiveDate>,
    /// The note of the last review, when it was a recorded one.
    pub note: Option<String>,
    pub every_months: Option<u32>,
    pub status: ReviewStatus,
}

#[derive(Clone, Debug, Default)]
pub struct ParametersView {
    pub rows: Vec<ParameterRow>,
    pub reviews: Vec<ReviewRow>,
}

/// One version of the terms on which decisions can be challenged.
#[derive(Clone, Debug)]
pub struct AppealTermsRow {
    pub terms: AppealTerms,
    pub in_force: bool,
}

#[derive(Clone, Debug, Default)]
pub struct AppealTermsView {
    pub rows: Vec<AppealTermsRow>,
}

/// Where and by when decisions can be challenged: every version, and the
/// form to add one. Decision letters state the version in force on their day.
#[component]
fn AppealTermsSection() -> impl IntoView {
    with_view(|view: AppealTermsView| {
        let form = use_form();
        // Each name is marked with its language where it is not the page's.
        let page_lang = use_page().lang;
        let chinese = (page_lang != Lang::ZhCn).then(|| "zh-CN".to_string());
        let english = (page_lang != Lang::En).then(|| "en".to_string());
        let rows = view
            .rows
            .into_iter()
            .map(|row| {
                let terms = row.terms;
                view! {
                    <tr>
                        <td>{terms.effective_from.to_string()}{row.in_force.then(|| view! { " "<Tag text=t("staff-parameters-in-force")/> })}</td>
                        <td><span lang="zh-CN">{terms.body_zh}</span><br/><span lang="en">{terms.body_en}</span></td>
                        <td>{terms.reconsideration_days.to_string()}</td>
                        <td>{terms.lawsuit_months.to_string()}</td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let headers = [
            "staff-parameters-from",
            "staff-appeal-body",
            "staff-appeal-days",
            "staff-appeal-months",
        ]
        .map(t)
        .to_vec();
        view! {
            <section aria-labelledby="appeal-heading">
                <h2 id="appeal-heading">{t("staff-appeal-title")}</h2>
                <p>{t("staff-appeal-lead")}</p>
                <Table caption=t("staff-appeal-history") headers rows empty=String::new()/>
                <h3>{t("staff-appeal-add")}</h3>
                <form method="post" action="/staff/parameters/appeal-terms" novalidate=true>
                    <TextInput id="body_zh" name="body_zh" label=t("staff-appeal-body-zh") value=form.value("body_zh")
                        error=form.error("body_zh") width="input--30" lang=chinese/>
                    <TextInput id="body_en" name="body_en" label=t("staff-appeal-body-en") value=form.value("body_en")
                        error=form.error("body_en") width="input--30" lang=english/>
                    <TextInput id="reconsideration_days" name="reconsideration_days" label=t("staff-appeal-days")
                        value=form.value("reconsideration_days") error=form.error("reconsideration_days") inputmode="numeric" width="input--4"/>
                    <TextInput id="lawsuit_months" name="lawsuit_months" label=t("staff-appeal-months")
                        value=form.value("lawsuit_months") error=form.error("lawsuit_months") inputmode="numeric" width="input--4"/>
                    <TextInput id="terms_from" name="terms_from" label=t("staff-parameters-from")
                        hint=t("staff-parameters-from-hint") value=form.value("terms_from") error=form.error("terms_from") width="input--10"/>
                    <button type="submit" class="button">{t("staff-appeal-save")}</button>
                </form>
            </section>
        }
    })
}

/// Every parameter as a choice in a select.
fn parameter_options() -> Vec<(String, Vec<(String, String)>)> {
    vec![(
        t("staff-parameters-title"),
        ParameterId::ALL
            .into_iter()
            .map(|p| (api_name(p), parameter_text(p)))
            .collect::<Vec<_>>(),
    )]
}

/// Whether a review is due, in words: the tag says it, not its colour.
fn review_status_text(status: ReviewStatus) -> AnyView {
    let date = |d: NaiveDate| d.to_string();
    match status {
        ReviewStatus::Due { since } => {
            let when = match since {
                Some(day) => t_with("staff-parameters-review-due-since", &[("date", date(day))]),
                None => t("staff-parameters-review-never"),
            };
            view! { <Tag text=t("staff-parameters-review-due") kind=TagKind::Warning/>" "{when} }.into_any()
        }
        ReviewStatus::NextOn(day) => {
            t_with("staff-parameters-review-next", &[("date", date(day))]).into_any()
        }
        ReviewStatus::NotScheduled => t("staff-parameters-review-by-law").into_any(),
    }
}

/// When each parameter was last reviewed, and the form to record a review
/// that found the value still right.
fn reviews_section(reviews: Vec<ReviewRow>) -> impl IntoView {
    let form = use_form();
    let rows = reviews
        .into_iter()
        .map(|row| {
            let last = row
                .last_reviewed
                .map(|d| d.to_string())
                .unwrap_or_else(|| t("staff-parameters-review-never"));
            let every = row
                .every_months
                .map(|months| {
                    t_with(
                        "staff-parameters-review-every-months",
                        &[("months", months.to_string())],
                    )
                })
                .unwrap_or_else(|| "—".to_string());
            view! {
                <tr>
                    <th scope="row">{parameter_text(row.parameter)}</th>
                    <td>{last}</td>
                    <td>{every}</td>
                    <td>{review_status_text(row.status)}</td>
                    <td>{row.note.unwrap_or_default()}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-parameters-parameter",
        "staff-parameters-review-last",
        "staff-parameters-review-every",
        "staff-parameters-review-status",
        "staff-parameters-review-note",
    ]
    .map(t)
    .to_vec();
    view! {
        <section aria-labelledby="review-heading">
            <h2 id="review-heading">{t("staff-parameters-review-title")}</h2>
            <p>{t("staff-parameters-review-lead")}</p>
            <Table caption=t("staff-parameters-review-title") caption_hidden=true headers rows empty=String::new()/>
            <h3>{t("staff-parameters-review-add")}</h3>
            <form method="post" action="/staff/parameters/review" novalidate=true>
                <Select id="review_parameter" label=t("staff-parameters-parameter") groups=parameter_options()
                    selected=form.value("review_parameter") placeholder=t("staff-parameters-choose") error=form.error("review_parameter")/>
                <TextInput id="review_note" name="review_note" label=t("staff-parameters-review-note")
                    hint=t("staff-parameters-review-note-hint") value=form.value("review_note") error=form.error("review_note") width="input--30"/>
                <button type="submit" class="button">{t("staff-parameters-review-save")}</button>
            </form>
        </section>
    }
}

/// At the top of the page: how many parameters are due for review, with a
/// link to the list. Nothing when none is.
fn reviews_due_warning(due: usize) -> Option<impl IntoView> {
    (due > 0).then(|| {
        view! {
            <div class="warning-text" role="note">
                <p><strong>{t_with("staff-parameters-reviews-due", &[("count", due.to_string())])}</strong></p>
                <p><a href="#review-heading">{t("staff-parameters-reviews-due-link")}</a></p>
            </div>
        }
    })
}

#[component]
pub fn ParametersPage() -> impl IntoView {
    with_view(|view: ParametersView| parameters_page(view.rows, view.reviews))
}

fn parameters_page(rows: Vec<ParameterRow>, reviews: Vec<ReviewRow>) -> impl IntoView {
    let form = use_form();
    let options = parameter_options();
    let due = reviews.iter().filter(|r| r.status.is_due()).count();
    let done = use_page().query("done");
    let added = match done.as_deref() {
        Some("added") => Some(t("staff-parameters-added")),
        Some("terms") => Some(t("staff-appeal-added")),
        Some("reviewed") => Some(t("staff-parameters-reviewed")),
        _ => None,
    };
    let rows = rows
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{row.parameter.map(parameter_text)}</th>
                    <td>{row.value.clone()}{row.in_force.then(|| view! { " "<Tag text=t("staff-parameters-in-force")/> })}</td>
                    <td>{row.effective_from.clone()}</td>
                    <td>{row.source.clone()}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let headers = [
        "staff-parameters-parameter",
        "staff-parameters-value",
        "staff-parameters-from",
        "staff-parameters-source",
    ]
    .map(t)
    .to_vec();
    view! {
        <PageTitle text=t("staff-parameters-title") has_errors=form.has_errors()/>
        <StaffNav/>
        <ErrorSummary errors=form.summary()/>
        {added.map(|heading| view! { <NotificationBanner heading><span></span></NotificationBanner> })}
        <h1>{t("staff-parameters-title")}</h1>
        <p>{t("staff-parameters-lead")}</p>
        {reviews_due_warning(due)}
        <section aria-labelledby="add-heading">
            <h2 id="add-heading">{t("staff-parameters-add")}</h2>
            <form method="post" action="/staff/parameters" novalidate=true>
                <Select id="parameter" label=t("staff-parameters-parameter") groups=options selected=form.value("parameter")
                    placeholder=t("staff-parameters-choose") error=form.error("parameter")/>
                <TextInput id="value" name="value" label=t("staff-parameters-value") hint=t("staff-parameters-value-hint")
                    value=form.value("value") error=form.error("value") inputmode="decimal" width="input--10"/>
                <TextInput id="effective_from" name="effective_from" label=t("staff-parameters-from")
                    hint=t("staff-parameters-from-hint") value=form.value("effective_from") error=form.error("effective_from") width="input--10"/>
                <TextInput id="source" name="source" label=t("staff-parameters-source") hint=t("staff-parameters-source-hint")
                    value=form.value("source") error=form.error("source") width="input--30"/>
                <button type="submit" class="button">{t("staff-parameters-save")}</button>
            </form>
        </section>
        {reviews_section(reviews)}
        <h2 id="history-heading">{t("staff-parameters-history")}</h2>
        <Table caption=t("staff-parameters-history") caption_hidden=true headers rows empty=String::new()/>
        <AppealTermsSection/>
    }
}
