//! The review page: everything the applicant gave, the checker's result
//! recomputed with the parameters in force on the submission date,
//! documents, history, internal notes, and the actions this reviewer may
//! take (each a form posting to `/staff/applications/{id}/{action}`).

use crate::accounts::people::relationship_text;
use crate::applications::pages::grant_text;
use crate::applications::pages::size_text;
use crate::applications::views::{questions_for, DocumentRow, PersonDetails};
use crate::check::{answer_text, CheckState};
use crate::components::{
    with_view, BackLink, Done, ErrorSummary, NotificationBanner, PageTitle, RadioOption, Radios, StaffNav,
    SummaryList, SummaryRow, Tag, TagKind, TextArea, TextInput,
};
use crate::domain::applications::{ApplicationStatus, Relationship};
use crate::domain::catalogue::{entitlement, Unit};
use crate::domain::decisions::{Grant, GrantKind};
use crate::domain::staff::RefusalReason;
use crate::domain::{Outcome, Status};
use crate::entitlements::text;
use crate::entitlements::text::amount_text;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use crate::staff::queue::pages::staff_status_text;
use chrono::NaiveDate;
use leptos::prelude::*;
use serde_json::{Map, Value};

/// One entry of the history, with who acted.
#[derive(Clone, Debug, Default)]
pub struct HistoryRow {
    pub status: Option<ApplicationStatus>,
    /// The applicant acted (submitted, answered, withdrew), not a reviewer.
    pub by_applicant: bool,
    pub by: String,
    pub message: Option<String>,
    pub at: String,
}

#[derive(Clone, Debug, Default)]
pub struct NoteRow {
    pub by: String,
    pub body: String,
    pub at: String,
}

/// What the reviewer may do now.
#[derive(Clone, Copy, Debug, Default)]
pub struct Allowed {
    pub pass: bool,
    pub approve: bool,
    pub refuse: bool,
    pub request_information: bool,
    pub assign: bool,
}

#[derive(Clone, Debug)]
pub struct ReviewView {
    pub id: i32,
    pub reference: String,
    pub entitlement: String,
    pub status: ApplicationStatus,
    pub person: PersonDetails,
    pub area_name: String,
    pub applicant_name: String,
    pub applicant_email: String,
    /// Set when someone applied for the person.
    pub relationship: Option<Relationship>,
    pub submitted: NaiveDate,
    pub days_at_level: u32,
    pub overdue: bool,
    pub assignee: Option<String>,
    /// (id, name) of who it can be assigned to.
    pub colleagues: Vec<(i32, String)>,
    pub me: i32,
    pub answers: Map<String, Value>,
    pub outcome: Option<Outcome>,
    pub documents: Vec<DocumentRow>,
    pub history: Vec<HistoryRow>,
    pub notes: Vec<NoteRow>,
    pub allowed: Allowed,
    /// How an approval is stated: a sum in the entitlement's unit, or what is provided.
    pub grant_kind: GrantKind,
    pub decision_grant: Option<Grant>,
    pub decision_start: Option<NaiveDate>,
    pub decision_reason: Option<String>,
}

fn outcome_status_text(status: Status) -> String {
    t(match status {
        Status::Qualifies => "staff-review-outcome-qualifies",
        Status::MayQualify => "staff-review-outcome-may",
        Status::DoesNotQualify => "staff-review-outcome-not",
    })
}

fn refusal_text(key: &str) -> String {
    t(&format!("staff-refusal-{}", key.replace('_', "-")))
}

/// Facts as key and value, none of them to change here.
#[component]
fn Facts(rows: Vec<(String, String)>) -> impl IntoView {
    view! {
        <SummaryList>
            {rows.into_iter().map(|(key, value)| view! { <SummaryRow key>{value}</SummaryRow> }).collect_view()}
        </SummaryList>
    }
}

#[component]
fn OutcomeSection(outcome: Option<Outcome>, submitted: NaiveDate) -> impl IntoView {
    let lang = use_page().lang;
    let Some(outcome) = outcome else {
        return view! { <p>{t("staff-review-outcome-none")}</p> }.into_any();
    };
    let amount = outcome
        .amount
        .as_ref()
        .map(|a| amount_text(a.unit, a.value, a.effective_from));
    let reasons: Vec<String> = outcome.reasons.iter().map(|r| text::reason(lang, r)).collect();
    view! {
        <p>{t_with("staff-review-outcome-lead", &[("date", submitted.to_string())])}</p>
        <p class="lead"><strong>{outcome_status_text(outcome.status)}</strong></p>
        {amount.map(|a| view! { <p>{a}</p> })}
        <ul class="list list--bullet">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
    }
    .into_any()
}

/// A reviewer's entry is named by the status it moved to; the applicant's
/// by what they did, so a submission does not read as a review.
fn history_title(row: &HistoryRow) -> Option<String> {
    let status = row.status?;
    if !row.by_applicant {
        return Some(staff_status_text(status));
    }
    Some(t(match status {
        ApplicationStatus::Submitted => "staff-history-applicant-submitted",
        ApplicationStatus::Withdrawn => "staff-history-applicant-withdrew",
        _ => "staff-history-applicant-responded",
    }))
}

#[component]
fn History(rows: Vec<HistoryRow>) -> impl IntoView {
    view! {
        <ol class="timeline">
            {rows.into_iter().map(|row| view! {
                <li class="timeline__item">
                    <p class="timeline__title">{history_title(&row)}</p>
                    <p class="hint">{t_with("staff-review-history-by", &[("name", row.by.clone()), ("at", row.at.clone())])}</p>
                    {row.message.clone().map(|m| view! { <p class="timeline__message">{m}</p> })}
                </li>
            }).collect_view()}
        </ol>
    }
}

/// What a reviewer's action did, for the banner after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewDone {
    Pass,
    Approve,
    Refuse,
    RequestInformation,
    Assign,
    Note,
}

impl Done for ReviewDone {
    const ALL: &'static [ReviewDone] = &[
        ReviewDone::Pass,
        ReviewDone::Approve,
        ReviewDone::Refuse,
        ReviewDone::RequestInformation,
        ReviewDone::Assign,
        ReviewDone::Note,
    ];

    fn key(self) -> &'static str {
        match self {
            ReviewDone::Pass => "pass",
            ReviewDone::Approve => "approve",
            ReviewDone::Refuse => "refuse",
            ReviewDone::RequestInformation => "request-information",
            ReviewDone::Assign => "assign",
            ReviewDone::Note => "note",
        }
    }

    fn message_id(self) -> String {
        format!("staff-done-{}", self.key())
    }
}

impl ReviewDone {
    /// The applicant was emailed about the change.
    fn emailed(self) -> bool {
        !matches!(self, ReviewDone::Assign | ReviewDone::Note)
    }
}

/// The confirmation after an action, from `?done=`.
fn done_banner() -> Option<AnyView> {
    let done = ReviewDone::of_page()?;
    Some(
        view! {
            <NotificationBanner heading=t(&done.message_id())>
                {done.emailed().then(|| view! { <p>{t("staff-done-emailed")}</p> })}
            </NotificationBanner>
        }
        .into_any(),
    )
}

#[component]
fn Actions(review: ReviewView) -> impl IntoView {
    let form = use_form();
    let base = format!("/staff/applications/{}", review.id);
    let allowed = review.allowed;
    let pass_label = match review.status {
        ApplicationStatus::Submitted => t("staff-action-pass-street"),
        _ => t("staff-action-pass-district"),
    };
    let reasons: Vec<RadioOption> = RefusalReason::ALL
        .into_iter()
        .map(|r| RadioOption {
            value: r.key().to_string(),
            label: refusal_text(r.key()),
            hint: None,
        })
        .collect();
    let nothing = !(allowed.pass || allowed.approve || allowed.refuse || allowed.request_information);
    view! {
        <section aria-labelledby="actions-heading" class="no-print">
            <h2 id="actions-heading">{t("staff-review-actions")}</h2>
            {nothing.then(|| view! { <p>{t("staff-review-no-actions")}</p> })}
            {allowed.pass.then(|| view! {
                <form method="post" action=format!("{base}/pass") class="action-form">
                    <h3>{pass_label.clone()}</h3>
                    <p>{t("staff-action-pass-lead")}</p>
                    <button type="submit" class="button">{pass_label.clone()}</button>
                </form>
            })}
            {allowed.approve.then(|| view! {
                <form method="post" action=format!("{base}/approve") class="action-form" novalidate=true>
                    <h3>{t("staff-action-approve")}</h3>
                    <GrantField kind=review.grant_kind/>
                    <TextInput id="start" name="start" label=t("staff-action-start") hint=t("staff-action-start-hint")
                        value=form.value("start") error=form.error("start") width="input--10"/>
                    <button type="submit" class="button">{t("staff-action-approve")}</button>
                </form>
            })}
            {allowed.request_information.then(|| view! {
                <form method="post" action=format!("{base}/request-information") class="action-form" novalidate=true>
                    <h3>{t("staff-action-request")}</h3>
                    <TextArea id="message" label=t("staff-action-message") hint=t("staff-action-message-hint")
                        value=form.value("message") error=form.error("message")/>
                    <button type="submit" class="button button--secondary">{t("staff-action-request")}</button>
                </form>
            })}
            {allowed.refuse.then(|| view! {
                <form method="post" action=format!("{base}/refuse") class="action-form" novalidate=true>
                    <h3>{t("staff-action-refuse")}</h3>
                    <Radios name="reason" legend=t("staff-action-reason") options=reasons.clone()
                        selected=form.values_of("reason") error=form.error("reason")/>
                    <TextArea id="details" label=t("staff-action-details") hint=t("staff-action-details-hint")
                        value=form.value("details") error=form.error("details")/>
                    <button type="submit" class="button button--warning">{t("staff-action-refuse")}</button>
                </form>
            })}
        </section>
    }
}

/// The approval's amount in the entitlement's unit, or what is provided.
#[component]
fn GrantField(kind: GrantKind) -> impl IntoView {
    let form = use_form();
    let GrantKind::Money(unit) = kind else {
        return view! {
            <TextArea id="provision" label=t("staff-action-provision") hint=t("staff-action-provision-hint")
                value=form.value("provision") error=form.error("provision")/>
        }
        .into_any();
    };
    let label = match unit {
        Unit::YuanPerMonth => t("staff-action-amount-per-month"),
        Unit::YuanPerYear => t("staff-action-amount-per-year"),
        Unit::YuanOnce | Unit::Share => t("staff-action-amount-once"),
    };
    view! {
        <TextInput id="amount" name="amount" label=label hint=t("staff-action-amount-hint")
            value=form.value("amount") error=form.error("amount") inputmode="decimal" width="input--10"/>
    }
    .into_any()
}

#[component]
fn Assignment(review: ReviewView) -> impl IntoView {
    let assignee = review.assignee.clone().unwrap_or_else(|| t("staff-queue-nobody"));
    let base = format!("/staff/applications/{}", review.id);
    let me = review.me.to_string();
    let options = review.colleagues.clone();
    view! {
        <p>{t_with("staff-review-assigned", &[("name", assignee)])}</p>
        {review.allowed.assign.then(|| view! {
            <form method="post" action=format!("{base}/assign") class="assign-form no-print">
                <label class="label" for="assignee">{t("staff-review-assign-to")}</label>
                <select class="select" id="assignee" name="assignee">
                    <option value="">{t("staff-queue-nobody")}</option>
                    {options.into_iter().map(|(id, name)| {
                        let value = id.to_string();
                        let label = if value == me { t_with("staff-review-me", &[("name", name)]) } else { name };
                        view! { <option value=value>{label}</option> }
                    }).collect_view()}
                </select>
                " "<button type="submit" class="button button--secondary">{t("staff-review-assign")}</button>
            </form>
        })}
    }
}

/// `/staff/applications/{id}`.
#[component]
pub fn ReviewPage() -> impl IntoView {
    with_view(review_page)
}

fn review_page(review: ReviewView) -> impl IntoView {
    let form = use_form();
    let base = format!("/staff/applications/{}", review.id);
    let name = t(&format!("ent-{}-name", review.entitlement));
    let title = format!("{} {}", review.reference, review.person.full_name);
    let state = CheckState {
        answers: review.answers.clone(),
        ..CheckState::default()
    };
    let answers: Vec<(String, String)> =
        questions_for(&review.entitlement, &review.answers, review.submitted)
            .into_iter()
            .map(|q| (t(&format!("check-q-{}", q.slug)), answer_text(q, &state)))
            .collect();
    let mut person = vec![
        (t("people-name"), review.person.full_name.clone()),
        (t("people-certificate"), review.person.certificate_number.clone()),
        (t("application-phone"), review.person.phone.clone()),
        (t("application-area"), review.area_name.clone()),
        (t("application-address"), review.person.address.clone()),
    ];
    let applicant = match review.relationship {
        Some(relationship) => t_with(
            "staff-review-applied-by",
            &[
                ("name", review.applicant_name.clone()),
                ("relationship", relationship_text(relationship)),
            ],
        ),
        None => t("staff-review-applied-self"),
    };
    person.push((t("staff-review-applicant"), applicant));
    person.push((t("field-email"), review.applicant_email.clone()));
    let status_line = staff_status_text(review.status);
    let timing = t_with(
        "staff-review-timing",
        &[
            ("submitted", review.submitted.to_string()),
            ("days", review.days_at_level.to_string()),
        ],
    );
    let decision = match (
        review.decision_grant.as_ref(),
        review.decision_start,
        review.decision_reason.clone(),
    ) {
        (Some(grant), Some(start), _) => Some(t_with(
            "staff-review-decision-approved",
            &[("grant", grant_text(grant)), ("start", start.to_string())],
        )),
        (_, _, Some(reason)) => Some(t_with(
            "staff-review-decision-refused",
            &[("reason", refusal_text(&reason))],
        )),
        _ => None,
    };
    let known = entitlement_known(&review.entitlement);
    view! {
        <PageTitle text=title.clone() has_errors=form.has_errors()/>
        <StaffNav/>
        <BackLink href="/staff/queue" text=t("staff-review-back")/>
        <ErrorSummary errors=form.summary()/>
        {done_banner()}
        <span class="caption">{name}</span>
        <h1>{title}</h1>
        <p class="lead">{status_line}{review.overdue.then(|| view! { " "<Tag text=t("staff-queue-overdue") kind=TagKind::Warning/> })}</p>
        <p>{timing}</p>
        {decision.map(|d| view! { <p><strong>{d}</strong></p> })}
        <Assignment review=review.clone()/>
        <h2>{t("staff-review-person")}</h2>
        <Facts rows=person/>
        <h2>{t("staff-review-circumstances")}</h2>
        <Facts rows=answers/>
        <h2>{t("staff-review-outcome")}</h2>
        {known.then(|| view! { <OutcomeSection outcome=review.outcome.clone() submitted=review.submitted/> })}
        <h2>{t("staff-review-documents")}</h2>
        {if review.documents.is_empty() {
            view! { <p>{t("documents-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="list document-list">
                    {review.documents.clone().into_iter().map(|d| {
                        let href = format!("{base}/documents/{}", d.id);
                        let download = format!("{href}?download=1");
                        view! {
                            <li class="document-list__item">
                                <a href=href>{t_with("staff-review-document-open", &[("name", d.name.clone())])}</a>
                                " "<span class="hint">{size_text(d.size_bytes)}</span>" "
                                <a href=download>{t("staff-review-document-download")}<span class="visually-hidden">{format!(" {}", d.name)}</span></a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <Actions review=review.clone()/>
        <h2>{t("staff-review-history")}</h2>
        <History rows=review.history.clone()/>
        <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t("staff-review-notes")}</h2>
            <p class="hint">{t("staff-review-notes-hint")}</p>
            {review.notes.clone().into_iter().map(|n| view! {
                <div class="note">
                    <p class="hint">{t_with("staff-review-history-by", &[("name", n.by.clone()), ("at", n.at.clone())])}</p>
                    <p>{n.body.clone()}</p>
                </div>
            }).collect_view()}
            <form method="post" action=format!("{base}/notes") class="no-print" novalidate=true>
                <TextArea id="note" label=t("staff-review-add-note") value=form.value("note") error=form.error("note")/>
                <button type="submit" class="button button--secondary">{t("staff-review-save-note")}</button>
            </form>
        </section>
    }
}

fn entitlement_known(slug: &str) -> bool {
    crate::domain::catalogue::EntitlementId::parse(slug)
        .and_then(entitlement)
        .is_some()
}
