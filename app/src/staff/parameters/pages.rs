//! The parameters page: every dated value, and the form to add one.

use crate::components::{
    with_view, ErrorSummary, NotificationBanner, PageTitle, Select, StaffNav, Table, Tag, TextInput,
};
use crate::domain::answers::api_name;
use crate::domain::parameters::ParameterId;
use crate::forms::use_form;
use crate::i18n::t;
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
    let added = use_page().query("done").as_deref() == Some("added");
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
        {added.then(|| view! { <NotificationBanner heading=t("staff-parameters-added")><span></span></NotificationBanner> })}
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
    }
}
