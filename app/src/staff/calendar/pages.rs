//! The calendar page: one year's holidays and make-up working days, a form
//! to add a day and a button to remove each.

use crate::components::{
    with_view, ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios, StaffNav, Table, Tag,
    TagKind, TextInput,
};
use crate::domain::working_days::DayKind;
use crate::forms::use_form;
use crate::i18n::{dates, t, t_with, Lang};
use crate::page_context::use_page;
use chrono::NaiveDate;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct CalendarRow {
    pub day: NaiveDate,
    pub kind: DayKind,
    pub name_zh: String,
    pub name_en: String,
}

#[derive(Clone, Debug, Default)]
pub struct CalendarView {
    pub year: i32,
    pub rows: Vec<CalendarRow>,
}

fn kind_text(kind: DayKind) -> String {
    t(&format!("staff-calendar-kind-{}", kind.key().replace('_', "-")))
}

fn kind_tag(kind: DayKind) -> impl IntoView {
    match kind {
        DayKind::Holiday => view! { <Tag text=kind_text(kind) kind=TagKind::Warning/> }.into_any(),
        DayKind::MakeUpWorkingDay => view! { <Tag text=kind_text(kind)/> }.into_any(),
    }
}

fn row_view(row: CalendarRow, lang: Lang) -> AnyView {
    let day = row.day.to_string();
    let remove_label = t_with(
        "staff-calendar-remove-label",
        &[("date", dates::date(lang, row.day))],
    );
    // The holiday's name in the page's language, the other beside it.
    let (name, other, other_lang) = match lang {
        Lang::ZhCn => (row.name_zh, row.name_en, "en"),
        Lang::En => (row.name_en, row.name_zh, "zh-CN"),
    };
    view! {
        <tr>
            <th scope="row">{dates::date_with_weekday(lang, row.day)}</th>
            <td>{kind_tag(row.kind)}</td>
            <td>{name}" "<span lang=other_lang class="hint">{other}</span></td>
            <td>
                <form method="post" action="/staff/calendar/remove" class="inline-form">
                    <input type="hidden" name="day" value=day/>
                    <button type="submit" class="button-link" aria-label=remove_label>{t("staff-calendar-remove")}</button>
                </form>
            </td>
        </tr>
    }
    .into_any()
}

#[component]
pub fn CalendarPage() -> impl IntoView {
    with_view(|view: CalendarView| calendar_page(view))
}

fn calendar_page(view: CalendarView) -> impl IntoView {
    let form = use_form();
    let page = use_page();
    let lang = page.lang;
    let done = match page.query("done").as_deref() {
        Some("added") => Some(t("staff-calendar-added")),
        Some("removed") => Some(t("staff-calendar-removed")),
        _ => None,
    };
    let year = view.year;
    let title = t_with("staff-calendar-year-heading", &[("year", year.to_string())]);
    let holidays = view.rows.iter().filter(|r| r.kind == DayKind::Holiday).count();
    let make_up = view.rows.len() - holidays;
    let summary = t_with(
        "staff-calendar-year-summary",
        &[
            ("holidays", holidays.to_string()),
            ("make_up", make_up.to_string()),
        ],
    );
    let rows = view.rows.into_iter().map(|r| row_view(r, lang)).collect();
    let headers = [
        "staff-calendar-col-day",
        "staff-calendar-col-kind",
        "staff-calendar-col-name",
        "staff-calendar-col-action",
    ]
    .map(t)
    .to_vec();
    let kinds = DayKind::ALL
        .into_iter()
        .map(|kind| RadioOption {
            value: kind.key().to_string(),
            label: kind_text(kind),
            hint: Some(t(&format!(
                "staff-calendar-kind-{}-hint",
                kind.key().replace('_', "-")
            ))),
        })
        .collect();
    let chinese = (lang != Lang::ZhCn).then(|| "zh-CN".to_string());
    let english = (lang != Lang::En).then(|| "en".to_string());
    let selected = vec![form.value("kind")];
    view! {
        <PageTitle text=t("staff-calendar-title") has_errors=form.has_errors()/>
        <StaffNav/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|heading| view! { <NotificationBanner heading><span></span></NotificationBanner> })}
        <h1>{t("staff-calendar-title")}</h1>
        <p>{t("staff-calendar-lead")}</p>
        <section aria-labelledby="year-heading">
            <h2 id="year-heading">{title.clone()}</h2>
            <p>{summary}</p>
            <nav aria-label=t("staff-calendar-years")>
                <ul class="list">
                    <li><a href=format!("/staff/calendar?year={}", year - 1)>{t_with("staff-calendar-year-link", &[("year", (year - 1).to_string())])}</a></li>
                    <li><a href=format!("/staff/calendar?year={}", year + 1)>{t_with("staff-calendar-year-link", &[("year", (year + 1).to_string())])}</a></li>
                </ul>
            </nav>
            <Table caption=title caption_hidden=true headers rows empty=t("staff-calendar-empty")/>
        </section>
        <section aria-labelledby="add-heading">
            <h2 id="add-heading">{t("staff-calendar-add")}</h2>
            <p>{t("staff-calendar-add-lead")}</p>
            <form method="post" action="/staff/calendar" novalidate=true>
                <TextInput id="day" name="day" label=t("staff-calendar-day") hint=t("staff-calendar-day-hint")
                    value=form.value("day") error=form.error("day") width="input--10"/>
                <Radios name="kind" legend=t("staff-calendar-kind") options=kinds selected error=form.error("kind")/>
                <TextInput id="name_zh" name="name_zh" label=t("staff-calendar-name-zh") hint=t("staff-calendar-name-zh-hint")
                    value=form.value("name_zh") error=form.error("name_zh") width="input--20" lang=chinese/>
                <TextInput id="name_en" name="name_en" label=t("staff-calendar-name-en") hint=t("staff-calendar-name-en-hint")
                    value=form.value("name_en") error=form.error("name_en") width="input--20" lang=english/>
                <button type="submit" class="button">{t("staff-calendar-save")}</button>
            </form>
        </section>
    }
}
