//! The parameters page: every dated value, and the form to add one.

use crate::components::{
    with_view, ErrorSummary, NotificationBanner, PageTitle, Select, StaffNav, Table, Tag, TextInput,
};
use crate::domain::answers::api_name;
use crate::domain::decisions::AppealTerms;
use crate::domain::parameters::ParameterId;
use crate::forms::use_form;
use crate::i18n::{t, Lang};
use crate::page_context::use_page;
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

#[derive(Clone, Debug, Default)]
pub struct ParametersView {
    pub rows: Vec<ParameterRow>,
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

#[component]
pub fn ParametersPage() -> impl IntoView {
    with_view(|view: ParametersView| parameters_page(view.rows))
}

fn parameters_page(rows: Vec<ParameterRow>) -> impl IntoView {
    let form = use_form();
    let options = vec![(
        t("staff-parameters-title"),
        ParameterId::ALL
            .into_iter()
            .map(|p| (api_name(p), parameter_text(p)))
            .collect::<Vec<_>>(),
    )];
    let done = use_page().query("done");
    let added = match done.as_deref() {
        Some("added") => Some(t("staff-parameters-added")),
        Some("terms") => Some(t("staff-appeal-added")),
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
        <h2 id="history-heading">{t("staff-parameters-history")}</h2>
        <Table caption=t("staff-parameters-history") caption_hidden=true headers rows empty=String::new()/>
        <AppealTermsSection/>
    }
}
