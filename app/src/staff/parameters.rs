//! `/staff/parameters` (administrators): every dated value of every rule
//! parameter, and a form to add a new value from a date with its source.
//! Earlier values stay: the checker and the review page use the value in
//! force on the day that matters to them.

use super::StaffNav;
use crate::components::{ErrorSummary, NotificationBanner, PageTitle, Select, TextInput};
use crate::domain::answers::api_name;
use crate::domain::parameters::ParameterId;
use crate::forms::use_form;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

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
    let form = use_form();
    let rows = use_context::<ParametersView>().unwrap_or_default().rows;
    let options = vec![(
        t("staff-parameters-title"),
        ParameterId::ALL
            .into_iter()
            .map(|p| (api_name(p), parameter_text(p)))
            .collect::<Vec<_>>(),
    )];
    let added = use_query_map().with_untracked(|q| q.get("done")).as_deref() == Some("added");
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
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t("staff-parameters-parameter")}</th>
                        <th scope="col">{t("staff-parameters-value")}</th>
                        <th scope="col">{t("staff-parameters-from")}</th>
                        <th scope="col">{t("staff-parameters-source")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row">{row.parameter.map(parameter_text)}</th>
                            <td>{row.value.clone()}{row.in_force.then(|| view! { " "<strong class="tag">{t("staff-parameters-in-force")}</strong> })}</td>
                            <td>{row.effective_from.clone()}</td>
                            <td>{row.source.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
