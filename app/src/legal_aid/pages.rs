//! The legal-aid pages: the start page, the request form, the confirmation
//! and the requester's status page; and for staff the list, one request
//! with the actions its status allows, and the lawyers' list.

use crate::applications::pages::FileField;
use crate::components::{
    with_view, BackLink, ErrorSummary, NotificationBanner, OptionGroups, PageTitle, RadioOption, Radios,
    Select, StaffNav, SummaryList, SummaryRow, Table, Tag, TagKind, TextArea, TextInput,
};
use crate::domain::legal_aid::{
    Adjustment, Faced, Filer, FinancialCheck, Income, LawyerLanguage, MatterKind, Status,
};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

fn dashed(key: &str) -> String {
    key.replace('_', "-")
}

pub fn status_text(status: Status) -> String {
    t(&format!("legal-aid-status-{}", dashed(status.key())))
}

pub fn matter_text(kind: &str) -> String {
    MatterKind::parse(kind).map_or_else(String::new, |k| {
        t(&format!("legal-aid-matter-{}", dashed(k.key())))
    })
}

pub fn adjustment_text(adjustment: Adjustment) -> String {
    t(&format!("legal-aid-adjustment-{}", dashed(adjustment.key())))
}

pub fn language_text(language: LawyerLanguage) -> String {
    t(&format!("legal-aid-language-{}", dashed(language.key())))
}

fn check_text(check: FinancialCheck) -> String {
    t(&format!("legal-aid-check-{}", dashed(check.key())))
}

fn filer_text(filer: &str) -> String {
    Filer::parse(filer).map_or_else(String::new, |f| {
        t(&format!("legal-aid-filer-{}", dashed(f.key())))
    })
}

fn income_text(income: &str) -> String {
    Income::parse(income).map_or_else(String::new, |i| {
        t(&format!("legal-aid-income-{}", dashed(i.key())))
    })
}

/// The clock staff are held to, as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineView {
    /// Which clock: `decision`, `assignment`, `objection`.
    pub clock: &'static str,
    pub date: String,
    pub days_left: i64,
    /// `on_time`, `due_soon`, `overdue`.
    pub state: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LawyerRow {
    pub id: i32,
    pub name: String,
    pub firm: String,
    pub phone: String,
    pub languages: Vec<LawyerLanguage>,
    pub active: bool,
}

impl LawyerRow {
    fn languages_text(&self) -> String {
        self.languages
            .iter()
            .map(|l| language_text(*l))
            .collect::<Vec<_>>()
            .join(t("list-separator").as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub status: Status,
    pub by_requester: bool,
    pub message: String,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentRow {
    pub id: i32,
    pub name: String,
}

/// One request, as its requester and staff see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestView {
    pub id: i32,
    pub reference: String,
    pub person_name: String,
    pub filer: String,
    pub area_name: String,
    pub phone: String,
    pub matter_kind: String,
    pub description: String,
    pub faced: Faced,
    pub faced_on: Option<String>,
    pub adjustments: Vec<Adjustment>,
    pub adjustment_other: String,
    pub income: String,
    pub check: FinancialCheck,
    pub urgent: bool,
    pub status: Status,
    pub received: String,
    pub deadline: Option<DeadlineView>,
    pub documents_asked: bool,
    pub documents_notice: String,
    pub decision_reason: String,
    pub objection: String,
    pub objection_answer: String,
    pub lawyer: Option<LawyerRow>,
    pub outcome: String,
    /// Each adjustment: whether it was provided and the note.
    pub records: Vec<(Adjustment, bool, String)>,
    pub history: Vec<HistoryRow>,
    pub documents: Vec<DocumentRow>,
}

/// One of the account's requests on the start page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestRow {
    pub id: i32,
    pub reference: String,
    pub person_name: String,
    pub status: Status,
    pub received: String,
}

/// `/legal-aid`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StartView {
    pub signed_in: bool,
    pub requests: Vec<RequestRow>,
}

/// `/legal-aid/new`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestFormView {
    pub own_name: String,
    pub people: Vec<(i32, String)>,
    pub areas: OptionGroups,
    /// The income answer came from the checker's household answer.
    pub income_from_checker: bool,
}

/// `/legal-aid`: what legal aid is, how to ask, and the account's requests.
#[component]
pub fn LegalAidStartPage() -> impl IntoView {
    with_view(|start: StartView| {
        let rows: Vec<AnyView> = start
            .requests
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row"><a href=format!("/legal-aid/requests/{}", r.id)>{r.reference}</a></th>
                        <td>{r.person_name}</td>
                        <td>{status_text(r.status)}</td>
                        <td>{r.received}</td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let headers = [
            "legal-aid-col-reference",
            "legal-aid-col-person",
            "legal-aid-col-status",
            "legal-aid-col-received",
        ]
        .map(t)
        .to_vec();
        view! {
            <PageTitle text=t("legal-aid-title")/>
            <h1>{t("legal-aid-title")}</h1>
            <p class="lead">{t("legal-aid-lead")}</p>
            <h2>{t("legal-aid-who-heading")}</h2>
            <p>{t("legal-aid-who-body")}</p>
            <p>{t("legal-aid-exemption-body")}</p>
            <h2>{t("legal-aid-how-heading")}</h2>
            <ul class="list list--bullet">
                <li>{t("legal-aid-how-decide")}</li>
                <li>{t("legal-aid-how-urgent")}</li>
                <li>{t("legal-aid-how-adjustments")}</li>
            </ul>
            {if start.signed_in {
                view! {
                    <p><a href="/legal-aid/new" class="button">{t("legal-aid-start")}</a></p>
                    <h2>{t("legal-aid-yours-heading")}</h2>
                    <Table caption=t("legal-aid-yours-heading") caption_hidden=true headers=headers rows=rows empty=t("legal-aid-yours-none")/>
                }
                .into_any()
            } else {
                view! {
                    <p>{t("legal-aid-sign-in-first")}</p>
                    <p><a href="/sign-in?next=%2Flegal-aid%2Fnew" class="button">{t("sign-in-title")}</a></p>
                    <p><a href="/register?next=%2Flegal-aid%2Fnew">{t("register-title")}</a></p>
                }
                .into_any()
            }}
            <p><a href="/entitlements/e36">{t("legal-aid-entitlement-link")}</a></p>
        }
    })
}

fn options<T: Copy>(all: &[T], key: fn(T) -> &'static str, prefix: &str) -> Vec<RadioOption> {
    all.iter()
        .map(|item| RadioOption {
            value: key(*item).to_string(),
            label: t(&format!("{prefix}-{}", dashed(key(*item)))),
            hint: None,
        })
        .collect()
}

/// `/legal-aid/new`: the request, for oneself or someone one acts for.
#[component]
pub fn LegalAidFormPage() -> impl IntoView {
    with_view(|view_model: RequestFormView| {
        let form = use_form();
        let value = |name: &str| form.value(name);
        let mut people = vec![RadioOption {
            value: "self".to_string(),
            label: t_with("legal-aid-for-self", &[("name", view_model.own_name.clone())]),
            hint: None,
        }];
        people.extend(view_model.people.iter().map(|(id, name)| RadioOption {
            value: id.to_string(),
            label: name.clone(),
            hint: None,
        }));
        let filers = options(
            &[Filer::LegalRepresentative, Filer::Proxy],
            Filer::key,
            "legal-aid-filer",
        );
        let kinds = options(&MatterKind::ALL, MatterKind::key, "legal-aid-matter");
        let faced = options(&Faced::ALL, Faced::key, "legal-aid-faced");
        let adjustments = options(&Adjustment::ALL, Adjustment::key, "legal-aid-adjustment");
        let incomes = options(&Income::ALL, Income::key, "legal-aid-income");
        let income_hint = if view_model.income_from_checker {
            t("legal-aid-income-hint-checker")
        } else {
            t("legal-aid-income-hint")
        };
        let one = |name: &str| {
            let v = value(name);
            if v.is_empty() {
                Vec::new()
            } else {
                vec![v]
            }
        };
        view! {
            <PageTitle text=t("legal-aid-form-title") has_errors=form.has_errors()/>
            <BackLink href="/legal-aid" text=t("legal-aid-back")/>
            <ErrorSummary errors=form.summary()/>
            <h1>{t("legal-aid-form-title")}</h1>
            <p>{t("legal-aid-form-lead")}</p>
            <form method="post" action="/legal-aid/new" novalidate=true>
                <Radios name="for" legend=t("legal-aid-for-legend") options=people selected=one("for") error=form.error("for")/>
                <Radios name="filer" legend=t("legal-aid-filer-legend") hint=t("legal-aid-filer-hint") options=filers selected=one("filer") error=form.error("filer")/>
                <TextInput id="certificate_number" name="certificate_number" label=t("legal-aid-certificate-label")
                    hint=t("legal-aid-certificate-hint") value=value("certificate_number") error=form.error("certificate_number")
                    width="input--20"/>
                <Select id="area_code" label=t("legal-aid-area-label") hint=t("legal-aid-area-hint") groups=view_model.areas
                    selected=value("area_code") placeholder=t("legal-aid-area-choose") error=form.error("area_code")/>
                <TextInput id="phone" name="phone" label=t("legal-aid-phone-label") hint=t("legal-aid-phone-hint")
                    value=value("phone") error=form.error("phone") input_type="tel" autocomplete="tel" width="input--20"/>
                <Radios name="matter_kind" legend=t("legal-aid-matter-legend") options=kinds selected=one("matter_kind") error=form.error("matter_kind")/>
                <TextArea id="description" label=t("legal-aid-description-label") hint=t("legal-aid-description-hint")
                    value=value("description") error=form.error("description")/>
                <Radios name="faced" legend=t("legal-aid-faced-legend") hint=t("legal-aid-faced-hint") options=faced selected=one("faced") error=form.error("faced")/>
                <TextInput id="faced_on" name="faced_on" label=t("legal-aid-faced-on-label") hint=t("legal-aid-faced-on-hint")
                    value=value("faced_on") error=form.error("faced_on") width="input--10"/>
                <Radios name="adjustment" legend=t("legal-aid-adjustments-legend") hint=t("legal-aid-adjustments-hint")
                    options=adjustments selected=form.values_of("adjustment") multiple=true/>
                <TextInput id="adjustment_other" name="adjustment_other" label=t("legal-aid-adjustment-other-label")
                    value=value("adjustment_other") error=form.error("adjustment_other")/>
                <Radios name="income" legend=t("legal-aid-income-legend") hint=income_hint options=incomes selected=one("income") error=form.error("income")/>
                <p>{t("legal-aid-documents-later")}</p>
                <button type="submit" class="button">{t("legal-aid-submit")}</button>
            </form>
        }
    })
}

/// The facts of a request, shared by the requester's and staff's pages.
#[component]
fn RequestFacts(request: RequestView) -> impl IntoView {
    let adjustments = if request.adjustments.is_empty() {
        t("legal-aid-adjustments-none")
    } else {
        request
            .adjustments
            .iter()
            .map(|a| adjustment_text(*a))
            .collect::<Vec<_>>()
            .join(t("list-separator").as_str())
    };
    let faced = match (&request.faced, &request.faced_on) {
        (Faced::Nothing, _) | (_, None) => t("legal-aid-faced-none"),
        (kind, Some(date)) => t_with(
            &format!("legal-aid-faced-{}-on", dashed(kind.key())),
            &[("date", date.clone())],
        ),
    };
    view! {
        <SummaryList>
            <SummaryRow key=t("legal-aid-col-reference")>{request.reference.clone()}</SummaryRow>
            <SummaryRow key=t("legal-aid-col-person")>{request.person_name.clone()}</SummaryRow>
            <SummaryRow key=t("legal-aid-filer-key")>{filer_text(&request.filer)}</SummaryRow>
            <SummaryRow key=t("legal-aid-area-label")>{request.area_name.clone()}</SummaryRow>
            <SummaryRow key=t("legal-aid-phone-label")>{request.phone.clone()}</SummaryRow>
            <SummaryRow key=t("legal-aid-matter-legend")>{matter_text(&request.matter_kind)}</SummaryRow>
            <SummaryRow key=t("legal-aid-description-label")>{request.description.clone()}</SummaryRow>
            <SummaryRow key=t("legal-aid-faced-key")>{faced}</SummaryRow>
            <SummaryRow key=t("legal-aid-adjustments-legend")>
                {adjustments}
                {(!request.adjustment_other.is_empty()).then(|| view! { <br/>{request.adjustment_other.clone()} })}
            </SummaryRow>
            <SummaryRow key=t("legal-aid-income-key")>{income_text(&request.income)}</SummaryRow>
            <SummaryRow key=t("legal-aid-check-key")>{check_text(request.check)}</SummaryRow>
            <SummaryRow key=t("legal-aid-col-received")>{request.received.clone()}</SummaryRow>
        </SummaryList>
    }
}

fn deadline_sentence(deadline: &DeadlineView) -> String {
    t_with(
        &format!("legal-aid-next-{}", deadline.clock),
        &[("date", deadline.date.clone())],
    )
}

#[component]
fn History(history: Vec<HistoryRow>) -> impl IntoView {
    view! {
        <h2>{t("legal-aid-history-heading")}</h2>
        <ol class="list">
            {history
                .into_iter()
                .map(|h| {
                    let who = if h.by_requester { t("legal-aid-history-by-you") } else { t("legal-aid-history-by-centre") };
                    view! {
                        <li>
                            <strong>{h.date}" "{status_text(h.status)}</strong>" "{who}
                            {(!h.message.is_empty()).then(|| view! { <p>{h.message.clone()}</p> })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

fn resident_done(done: &str) -> Option<String> {
    match done {
        "uploaded" => Some(t("legal-aid-done-uploaded")),
        "objected" => Some(t("legal-aid-done-objected")),
        _ => None,
    }
}

/// `/legal-aid/requests/{id}/confirmation`.
#[component]
pub fn LegalAidConfirmationPage() -> impl IntoView {
    with_view(|request: RequestView| {
        let here = format!("/legal-aid/requests/{}", request.id);
        view! {
            <PageTitle text=t("legal-aid-confirmation-title")/>
            <div class="panel panel--confirmation">
                <h1>{t("legal-aid-confirmation-title")}</h1>
                <p>{t("legal-aid-confirmation-reference")}<br/><strong>{request.reference.clone()}</strong></p>
            </div>
            {request.urgent.then(|| view! { <p><strong>{t("legal-aid-urgent-explained")}</strong></p> })}
            {request.check.is_exempt().then(|| view! { <p>{check_text(request.check)}</p> })}
            <h2>{t("legal-aid-next-heading")}</h2>
            {request.deadline.as_ref().map(|d| view! { <p>{deadline_sentence(d)}</p> })}
            <p>{t("legal-aid-confirmation-email")}</p>
            <p>{t("legal-aid-confirmation-documents")}</p>
            <p><a href=here class="button">{t("legal-aid-confirmation-status-link")}</a></p>
        }
    })
}

/// `/legal-aid/requests/{id}`: where the request stands, and what the
/// requester can do now.
#[component]
pub fn LegalAidStatusPage() -> impl IntoView {
    with_view(status_page)
}

fn status_page(request: RequestView) -> impl IntoView {
    let form = use_form();
    let done = use_page().query("done").and_then(|d| resident_done(&d));
    let here = format!("/legal-aid/requests/{}", request.id);
    let title = t_with(
        "legal-aid-status-title",
        &[("reference", request.reference.clone())],
    );
    let documents_open = request.status.is_open();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <BackLink href="/legal-aid" text=t("legal-aid-back")/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|message| view! {
            <NotificationBanner heading=t("legal-aid-done-heading")><p>{message}</p></NotificationBanner>
        })}
        <h1>{title}</h1>
        <p><Tag text=status_text(request.status)/>
            {request.urgent.then(|| view! { " "<Tag text=t("legal-aid-urgent-tag") kind=TagKind::Warning/> })}</p>
        {request.urgent.then(|| view! { <p>{t("legal-aid-urgent-explained")}</p> })}
        {request.deadline.as_ref().map(|d| view! { <p>{deadline_sentence(d)}</p> })}
        {(request.status == Status::DocumentsAsked).then(|| view! {
            <div class="warning-text" role="note">
                <h2>{t("legal-aid-notice-heading")}</h2>
                <p>{request.documents_notice.clone()}</p>
                <p>{t("legal-aid-notice-once")}</p>
            </div>
        })}
        {matches!(request.status, Status::Granted | Status::Assigned | Status::Closed).then(|| view! {
            <h2>{t("legal-aid-decision-heading")}</h2>
            <p>{t("legal-aid-decision-granted")}</p>
        })}
        {matches!(request.status, Status::Refused | Status::Objected | Status::RefusalUpheld).then(|| view! {
            <h2>{t("legal-aid-decision-heading")}</h2>
            <p>{t("legal-aid-decision-refused")}</p>
            <p>{request.decision_reason.clone()}</p>
        })}
        {(!request.objection_answer.is_empty()).then(|| view! {
            <h2>{t("legal-aid-objection-answer-heading")}</h2>
            <p>{request.objection_answer.clone()}</p>
        })}
        {request.lawyer.clone().map(|l| {
            let languages = l.languages_text();
            let LawyerRow { name, firm, phone, .. } = l;
            view! {
                <h2>{t("legal-aid-lawyer-heading")}</h2>
                <SummaryList>
                    <SummaryRow key=t("legal-aid-lawyer-name")>{name}</SummaryRow>
                    <SummaryRow key=t("legal-aid-lawyer-firm")>{firm}</SummaryRow>
                    <SummaryRow key=t("legal-aid-lawyer-phone")>{phone}</SummaryRow>
                    <SummaryRow key=t("legal-aid-lawyer-languages")>{languages}</SummaryRow>
                </SummaryList>
            }
        })}
        {(request.status == Status::Closed).then(|| view! {
            <h2>{t("legal-aid-outcome-heading")}</h2>
            <p>{request.outcome.clone()}</p>
        })}
        {(request.status == Status::Refused).then(|| view! {
            <h2 id="objection-heading">{t("legal-aid-object-heading")}</h2>
            <p>{t("legal-aid-object-body")}</p>
            <form method="post" action=format!("{here}/objection") novalidate=true>
                <TextArea id="objection" label=t("legal-aid-object-label") value=form.value("objection") error=form.error("objection")/>
                <button type="submit" class="button">{t("legal-aid-object-submit")}</button>
            </form>
        })}
        <h2>{t("legal-aid-documents-heading")}</h2>
        {if request.documents.is_empty() {
            view! { <p>{t("legal-aid-documents-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="list">
                    {request.documents.iter().map(|d| view! {
                        <li><a href=format!("{here}/documents/{}", d.id)>{d.name.clone()}</a></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {documents_open.then(|| view! {
            <form method="post" action=format!("{here}/documents") enctype="multipart/form-data" novalidate=true>
                <FileField/>
                <button type="submit" class="button button--secondary">{t("legal-aid-document-submit")}</button>
            </form>
        })}
        <h2>{t("legal-aid-details-heading")}</h2>
        <RequestFacts request=request.clone()/>
        <History history=request.history/>
    }
}

/// One request in the staff list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffRow {
    pub id: i32,
    pub reference: String,
    pub person_name: String,
    pub area_name: String,
    pub status: Status,
    pub urgent: bool,
    pub deadline: Option<DeadlineView>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffListView {
    pub open: Vec<StaffRow>,
    pub finished: Vec<StaffRow>,
    pub manages_lawyers: bool,
}

fn days_left_text(deadline: &DeadlineView) -> String {
    if deadline.days_left < 0 {
        t_with(
            "legal-aid-days-late",
            &[("days", (-deadline.days_left).to_string())],
        )
    } else {
        t_with("legal-aid-days-left", &[("days", deadline.days_left.to_string())])
    }
}

fn deadline_tag(deadline: &DeadlineView) -> Option<AnyView> {
    match deadline.state {
        "overdue" => {
            Some(view! { <Tag text=t("legal-aid-clock-overdue") kind=TagKind::Warning/> }.into_any())
        }
        "due_soon" => {
            Some(view! { <Tag text=t("legal-aid-clock-due-soon") kind=TagKind::Warning/> }.into_any())
        }
        _ => None,
    }
}

fn staff_rows(rows: Vec<StaffRow>) -> Vec<AnyView> {
    rows.into_iter()
        .map(|r| {
            let days = r.deadline.as_ref().map(|d| {
                view! { {d.date.clone()}" ("{days_left_text(d)}") "{deadline_tag(d)} }
            });
            view! {
                <tr>
                    <th scope="row"><a href=format!("/staff/legal-aid/{}", r.id)>{r.reference}</a>
                        {r.urgent.then(|| view! { " "<Tag text=t("legal-aid-urgent-tag") kind=TagKind::Warning/> })}</th>
                    <td>{r.person_name}</td>
                    <td>{r.area_name}</td>
                    <td>{status_text(r.status)}</td>
                    <td>{days}</td>
                </tr>
            }
            .into_any()
        })
        .collect()
}

/// `/staff/legal-aid`.
#[component]
pub fn StaffLegalAidPage() -> impl IntoView {
    with_view(|list: StaffListView| {
        let headers = || {
            [
                "legal-aid-col-reference",
                "legal-aid-col-person",
                "legal-aid-col-area",
                "legal-aid-col-status",
                "legal-aid-col-deadline",
            ]
            .map(t)
            .to_vec()
        };
        view! {
            <PageTitle text=t("staff-legal-aid-title")/>
            <StaffNav/>
            <h1>{t("staff-legal-aid-title")}</h1>
            <p>{t("legal-aid-staff-lead")}</p>
            {list.manages_lawyers.then(|| view! { <p><a href="/staff/lawyers">{t("legal-aid-lawyers-title")}</a></p> })}
            <h2>{t("legal-aid-staff-open")}</h2>
            <Table caption=t("legal-aid-staff-open") caption_hidden=true headers=headers() rows=staff_rows(list.open) empty=t("legal-aid-staff-none")/>
            <h2>{t("legal-aid-staff-finished")}</h2>
            <Table caption=t("legal-aid-staff-finished") caption_hidden=true headers=headers() rows=staff_rows(list.finished) empty=t("legal-aid-staff-none")/>
        }
    })
}

/// `/staff/legal-aid/{id}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffRequestView {
    pub request: RequestView,
    pub lawyers: Vec<LawyerRow>,
}

fn staff_done(done: &str) -> Option<String> {
    ["asked", "decided", "assigned", "objection", "closed"]
        .contains(&done)
        .then(|| t(&format!("legal-aid-staff-done-{done}")))
}

#[component]
pub fn StaffLegalAidRequestPage() -> impl IntoView {
    with_view(staff_request_page)
}

fn staff_request_page(view_model: StaffRequestView) -> impl IntoView {
    let form = use_form();
    let done = use_page().query("done").and_then(|d| staff_done(&d));
    let request = view_model.request;
    let here = format!("/staff/legal-aid/{}", request.id);
    let title = t_with(
        "legal-aid-staff-request-title",
        &[("reference", request.reference.clone())],
    );
    let status = request.status;
    let value = |name: &str| form.value(name);
    let one = |name: &str| {
        let v = form.value(name);
        if v.is_empty() {
            Vec::new()
        } else {
            vec![v]
        }
    };
    let decisions = vec![
        RadioOption {
            value: "grant".into(),
            label: t("legal-aid-decision-grant"),
            hint: None,
        },
        RadioOption {
            value: "refuse".into(),
            label: t("legal-aid-decision-refuse"),
            hint: None,
        },
    ];
    let objection_outcomes = vec![
        RadioOption {
            value: "overturned".into(),
            label: t("legal-aid-objection-overturned"),
            hint: None,
        },
        RadioOption {
            value: "upheld".into(),
            label: t("legal-aid-objection-upheld"),
            hint: None,
        },
    ];
    let lawyer_options: Vec<RadioOption> = view_model
        .lawyers
        .iter()
        .filter(|l| l.active)
        .map(|l| RadioOption {
            value: l.id.to_string(),
            label: format!("{} ({})", l.name, l.firm),
            hint: Some(l.languages_text()),
        })
        .collect();
    let yes_no = || {
        vec![
            RadioOption {
                value: "yes".into(),
                label: t("legal-aid-provided-yes"),
                hint: None,
            },
            RadioOption {
                value: "no".into(),
                label: t("legal-aid-provided-no"),
                hint: None,
            },
        ]
    };
    let adjustments = request.adjustments.clone();
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href="/staff/legal-aid" text=t("legal-aid-staff-back")/>
        <ErrorSummary errors=form.summary()/>
        {done.map(|message| view! {
            <NotificationBanner heading=t("legal-aid-done-heading")><p>{message}</p></NotificationBanner>
        })}
        <h1>{title}</h1>
        <p><Tag text=status_text(status)/>
            {request.urgent.then(|| view! { " "<Tag text=t("legal-aid-urgent-tag") kind=TagKind::Warning/> })}</p>
        {request.urgent.then(|| view! { <p><strong>{t("legal-aid-staff-urgent")}</strong></p> })}
        {request.deadline.as_ref().map(|d| view! {
            <p>{deadline_sentence(d)}" ("{days_left_text(d)}") "{deadline_tag(d)}</p>
        })}
        <p><strong>{check_text(request.check)}</strong></p>
        {(!request.adjustments.is_empty()).then(|| view! {
            <div class="warning-text" role="note">
                <p><strong>{t("legal-aid-staff-adjustments")}</strong></p>
                <ul class="list list--bullet">
                    {request.adjustments.iter().map(|a| view! { <li>{adjustment_text(*a)}</li> }).collect_view()}
                </ul>
            </div>
        })}

        {matches!(status, Status::Received | Status::DocumentsAsked).then(|| view! {
            <h2>{t("legal-aid-staff-notice-heading")}</h2>
            {if request.documents_asked {
                view! { <p>{t("legal-aid-staff-notice-sent")}</p><p>{request.documents_notice.clone()}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=format!("{here}/documents-notice") novalidate=true>
                        <TextArea id="notice" label=t("legal-aid-staff-notice-label") hint=t("legal-aid-staff-notice-hint")
                            value=value("notice") error=form.error("notice")/>
                        <button type="submit" class="button button--secondary">{t("legal-aid-staff-notice-submit")}</button>
                    </form>
                }.into_any()
            }}
            <h2>{t("legal-aid-staff-decide-heading")}</h2>
            <form method="post" action=format!("{here}/decision") novalidate=true>
                <Radios name="decision" legend=t("legal-aid-staff-decide-legend") options=decisions.clone() selected=one("decision") error=form.error("decision")/>
                <TextArea id="reason" label=t("legal-aid-staff-reason-label") hint=t("legal-aid-staff-reason-hint")
                    value=value("reason") error=form.error("reason")/>
                <button type="submit" class="button">{t("legal-aid-staff-decide-submit")}</button>
            </form>
        })}

        {(status == Status::Granted).then(|| view! {
            <h2>{t("legal-aid-staff-assign-heading")}</h2>
            <form method="post" action=format!("{here}/lawyer") novalidate=true>
                <Radios name="lawyer" legend=t("legal-aid-staff-assign-legend") hint=t("legal-aid-staff-assign-hint")
                    options=lawyer_options.clone() selected=one("lawyer") error=form.error("lawyer")/>
                <button type="submit" class="button">{t("legal-aid-staff-assign-submit")}</button>
            </form>
        })}

        {(status == Status::Objected).then(|| view! {
            <h2>{t("legal-aid-staff-objection-heading")}</h2>
            <p>{request.objection.clone()}</p>
            <form method="post" action=format!("{here}/objection") novalidate=true>
                <Radios name="objection_outcome" legend=t("legal-aid-staff-objection-legend") options=objection_outcomes.clone()
                    selected=one("objection_outcome") error=form.error("objection_outcome")/>
                <TextArea id="answer" label=t("legal-aid-staff-answer-label") value=value("answer") error=form.error("answer")/>
                <button type="submit" class="button">{t("legal-aid-staff-objection-submit")}</button>
            </form>
        })}

        {(status == Status::Assigned).then(|| view! {
            <h2>{t("legal-aid-staff-close-heading")}</h2>
            <form method="post" action=format!("{here}/close") novalidate=true>
                {adjustments.iter().map(|a| {
                    let key = dashed(a.key());
                    let provided = format!("provided-{key}");
                    let note = format!("note-{key}");
                    view! {
                        <Radios name=provided.clone()
                            legend=t_with("legal-aid-staff-provided-legend", &[("adjustment", adjustment_text(*a))])
                            options=yes_no() selected=one(&provided) error=form.error(&provided)/>
                        <TextInput id=note.clone() name=note.clone() label=t_with("legal-aid-staff-provided-note", &[("adjustment", adjustment_text(*a))])
                            value=value(&note) error=form.error(&note)/>
                    }
                }).collect_view()}
                <TextArea id="outcome" label=t("legal-aid-staff-outcome-label") value=value("outcome") error=form.error("outcome")/>
                <button type="submit" class="button">{t("legal-aid-staff-close-submit")}</button>
            </form>
        })}

        {request.lawyer.clone().map(|l| view! {
            <h2>{t("legal-aid-lawyer-heading")}</h2>
            <p>{format!("{}, {}, {}", l.name, l.firm, l.phone)}</p>
        })}
        {(status == Status::Closed).then(|| view! {
            <h2>{t("legal-aid-outcome-heading")}</h2>
            <p>{request.outcome.clone()}</p>
            <ul class="list list--bullet">
                {request.records.iter().map(|(a, provided, note)| {
                    let word = if *provided { t("legal-aid-provided-yes") } else { t("legal-aid-provided-no") };
                    view! { <li>{adjustment_text(*a)}": "{word}{(!note.is_empty()).then(|| format!(" – {note}"))}</li> }
                }).collect_view()}
            </ul>
        })}

        <h2>{t("legal-aid-documents-heading")}</h2>
        {if request.documents.is_empty() {
            view! { <p>{t("legal-aid-documents-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="list">
                    {request.documents.iter().map(|d| view! {
                        <li><a href=format!("{here}/documents/{}", d.id)>{d.name.clone()}</a></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h2>{t("legal-aid-details-heading")}</h2>
        <RequestFacts request=request.clone()/>
        <History history=request.history.clone()/>
    }
}

/// `/staff/lawyers`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LawyersView {
    pub lawyers: Vec<LawyerRow>,
}

#[component]
pub fn LawyersPage() -> impl IntoView {
    with_view(|list: LawyersView| {
        let form = use_form();
        let done = use_page()
            .query("done")
            .filter(|d| d == "added" || d == "changed");
        let rows: Vec<AnyView> = list
            .lawyers
            .iter()
            .map(|l| {
                let state = if l.active { t("legal-aid-lawyer-active") } else { t("legal-aid-lawyer-inactive") };
                let button = if l.active { t("legal-aid-lawyer-deactivate") } else { t("legal-aid-lawyer-activate") };
                let next = if l.active { "no" } else { "yes" };
                view! {
                    <tr>
                        <th scope="row"><a href=format!("/staff/lawyers/{}", l.id)>{l.name.clone()}</a></th>
                        <td>{l.firm.clone()}</td>
                        <td>{l.phone.clone()}</td>
                        <td>{l.languages_text()}</td>
                        <td>{state}
                            <form method="post" action=format!("/staff/lawyers/{}/active", l.id) class="inline-form">
                                <input type="hidden" name="active" value=next/>
                                <button type="submit" class="button-link">{button}<span class="visually-hidden">{format!(" {}", l.name)}</span></button>
                            </form>
                        </td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        let headers = [
            "legal-aid-lawyer-name",
            "legal-aid-lawyer-firm",
            "legal-aid-lawyer-phone",
            "legal-aid-lawyer-languages",
            "legal-aid-lawyer-state",
        ]
        .map(t)
        .to_vec();
        view! {
            <PageTitle text=t("legal-aid-lawyers-title") has_errors=form.has_errors()/>
            <StaffNav/>
            <BackLink href="/staff/legal-aid" text=t("legal-aid-staff-back")/>
            <ErrorSummary errors=form.summary()/>
            {done.map(|d| view! {
                <NotificationBanner heading=t("legal-aid-done-heading")><p>{t(&format!("legal-aid-lawyers-done-{d}"))}</p></NotificationBanner>
            })}
            <h1>{t("legal-aid-lawyers-title")}</h1>
            <Table caption=t("legal-aid-lawyers-title") caption_hidden=true headers=headers rows=rows empty=t("legal-aid-lawyers-none")/>
            <h2>{t("legal-aid-lawyers-add")}</h2>
            <form method="post" action="/staff/lawyers" novalidate=true>
                <LawyerFields/>
                <button type="submit" class="button">{t("legal-aid-lawyers-add-submit")}</button>
            </form>
        }
    })
}

/// A lawyer's name, firm, phone and languages, from the form in context.
#[component]
fn LawyerFields() -> impl IntoView {
    let form = use_form();
    let value = |name: &str| form.value(name);
    let languages = options(&LawyerLanguage::ALL, LawyerLanguage::key, "legal-aid-language");
    view! {
        <TextInput id="name" name="name" label=t("legal-aid-lawyer-name") value=value("name") error=form.error("name") autocomplete="off"/>
        <TextInput id="firm" name="firm" label=t("legal-aid-lawyer-firm") value=value("firm") error=form.error("firm")/>
        <TextInput id="phone" name="phone" label=t("legal-aid-lawyer-phone") value=value("phone") error=form.error("phone")
            input_type="tel" width="input--20"/>
        <Radios name="language" legend=t("legal-aid-lawyer-languages") options=languages selected=form.values_of("language")
            multiple=true error=form.error("language")/>
    }
}

/// `/staff/lawyers/{id}`: one lawyer's details, to correct.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LawyerView {
    pub id: i32,
    pub name: String,
}

#[component]
pub fn LawyerPage() -> impl IntoView {
    with_view(|lawyer: LawyerView| {
        let form = use_form();
        let title = t_with("legal-aid-lawyer-change-title", &[("name", lawyer.name.clone())]);
        view! {
            <PageTitle text=title.clone() has_errors=form.has_errors()/>
            <StaffNav/>
            <BackLink href="/staff/lawyers" text=t("legal-aid-lawyers-back")/>
            <ErrorSummary errors=form.summary()/>
            <h1>{title}</h1>
            <p>{t("legal-aid-lawyer-change-explain")}</p>
            <form method="post" action=format!("/staff/lawyers/{}", lawyer.id) novalidate=true>
                <LawyerFields/>
                <button type="submit" class="button">{t("legal-aid-lawyer-change-submit")}</button>
            </form>
        }
    })
}
