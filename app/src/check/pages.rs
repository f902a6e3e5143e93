//! The checker's pages: the start, one question, and check your answers.
//! (The results are in `results`.)

use super::questions::{applies, previous_before, Kind, Question, NONE_OF_THESE, NOT_SURE, QUESTIONS};
use crate::components::{
    with_view, DateInput, ErrorSummary, FieldError, PageTitle, RadioOption, Radios, TextInput,
};
use crate::domain::facts::Facts;
use crate::i18n::{t, t_with};
use leptos::prelude::*;
use serde_json::{Map, Value};

/// Form field name of every single-value question, and the id its error links to.
pub const ANSWER: &str = "answer";

/// What the question, answers and results pages need, loaded from the
/// session by the handlers.
#[derive(Clone, Debug, Default)]
pub struct CheckState {
    /// Answers so far, under the API's field names.
    pub answers: Map<String, Value>,
    /// What was sent, when it could not be accepted.
    pub sent: Option<Vec<(String, String)>>,
    /// Fluent id (and arguments) of what to fix.
    pub error: Option<(String, Vec<(&'static str, String)>)>,
    /// Came from "Change" on the answers page: go back there after.
    pub changing: bool,
    /// Asked inside an application (`/applications/{id}`): the question
    /// posts to `{base}/q/{slug}` and Back returns to the application's summary.
    pub base: Option<String>,
}

impl CheckState {
    /// The facts the answers give; answers that no longer parse are left out.
    pub fn facts(&self) -> Facts {
        facts_from(&self.answers)
    }

    fn sent(&self, name: &str) -> Vec<String> {
        self.sent
            .iter()
            .flatten()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// The facts stored answers give. Answers are stored only after they were
/// read as valid, so one that no longer parses means the session was
/// tampered with; the checker then starts from nothing known.
pub fn facts_from(answers: &Map<String, Value>) -> Facts {
    crate::domain::answers::parse_request(answers)
        .map(|(_, facts)| facts.with_certificate_details())
        .unwrap_or_default()
}

pub(super) fn today() -> chrono::NaiveDate {
    crate::page_context::use_page().today
}

/// The first question that still applies.
fn first_question_href(state: &CheckState) -> String {
    let facts = state.facts();
    let first = QUESTIONS
        .iter()
        .find(|q| applies(q, &facts, today()))
        .map_or("certificate-number", |q| q.slug);
    format!("/check/q/{first}")
}

/// `/check`: what the checker is for and what to have ready.
#[component]
pub fn CheckStartPage() -> impl IntoView {
    with_view(|state: CheckState| {
        view! {
            <PageTitle text=t("check-title")/>
            <h1>{t("check-title")}</h1>
            <p class="lead">{t("check-lead")}</p>
            <p>{t("check-what-you-need")}</p>
            <ul class="list list--bullet">
                <li>{t("check-bring-certificate")}</li>
                <li>{t("check-bring-household")}</li>
                <li>{t("check-bring-time")}</li>
            </ul>
            <p>{t("check-for-someone")}</p>
            <p>{t("check-privacy")}</p>
            <a href=first_question_href(&state) class="button button--start">{t("check-start")}</a>
        }
    })
}

fn option_label(question: &Question, value: &str) -> String {
    match (question.kind, value) {
        (_, NOT_SURE) => t("check-answer-not-sure"),
        (Kind::Flags | Kind::List { .. }, NONE_OF_THESE) => t("check-answer-none-of-these"),
        (Kind::YesNo, _) => t(&format!("check-answer-{value}")),
        (Kind::Flags, _) => t(&format!("check-flag-{}", value.replace('_', "-"))),
        _ => t(&format!(
            "check-{}-{}",
            question.fields[0].replace('_', "-"),
            value.replace('_', "-")
        )),
    }
}

/// The answer as the form shows it: what was sent, or what is stored.
pub fn current_values(question: &Question, state: &CheckState) -> Vec<String> {
    if state.sent.is_some() {
        return match question.kind {
            Kind::BirthDate => ["day", "month", "year"]
                .iter()
                .map(|n| state.sent(n).concat())
                .collect(),
            _ => state.sent(ANSWER),
        };
    }
    let stored = |field: &str| state.answers.get(field).filter(|v| !v.is_null());
    match question.kind {
        Kind::YesNo => match stored(question.fields[0]).and_then(Value::as_bool) {
            Some(true) => vec!["yes".into()],
            Some(false) => vec!["no".into()],
            None => Vec::new(),
        },
        Kind::Flags => {
            let answers: Vec<Option<bool>> = question
                .fields
                .iter()
                .map(|f| stored(f).and_then(Value::as_bool))
                .collect();
            let mut ticked: Vec<String> = question
                .fields
                .iter()
                .zip(&answers)
                .filter(|(_, a)| **a == Some(true))
                .map(|(f, _)| f.to_string())
                .collect();
            let none = answers.iter().all(|a| *a == Some(false));
            let not_sure = answers.contains(&None) && answers.contains(&Some(true));
            tick_extras(&mut ticked, none, not_sure);
            ticked
        }
        Kind::List { not_sure_field, .. } => {
            let list = |field: &str| -> Option<Vec<String>> {
                stored(field).and_then(Value::as_array).map(|items| {
                    items
                        .iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
            };
            let yes = list(question.fields[0]);
            let unsure = not_sure_field.and_then(list).unwrap_or_default();
            let mut ticked = yes.clone().unwrap_or_default();
            tick_extras(&mut ticked, yes.is_some_and(|y| y.is_empty()), !unsure.is_empty());
            ticked
        }
        Kind::BirthDate => {
            let date = stored("birth_date").and_then(Value::as_str).unwrap_or_default();
            let mut parts = date.split('-');
            let (year, month, day) = (parts.next(), parts.next(), parts.next());
            [day, month, year]
                .iter()
                .map(|p| {
                    p.map(|v| v.trim_start_matches('0').to_string())
                        .unwrap_or_default()
                })
                .collect()
        }
        _ => stored(question.fields[0])
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .into_iter()
            .collect(),
    }
}

/// "None of these" or "not sure" among what a tick-box question shows ticked.
fn tick_extras(ticked: &mut Vec<String>, none: bool, not_sure: bool) {
    if none {
        ticked.push(NONE_OF_THESE.to_string());
    }
    if not_sure {
        ticked.push(NOT_SURE.to_string());
    }
}

/// `/check/q/{slug}`: one question.
#[component]
pub fn QuestionPage() -> impl IntoView {
    with_view(|question: Question| {
        with_view(move |state: CheckState| view! { <QuestionForm question state/> })
    })
}

/// One question's form, also asked inside an application (`state.base`).
#[component]
pub fn QuestionForm(question: Question, state: CheckState) -> impl IntoView {
    let facts = state.facts();
    let slug = question.slug;
    let title = t(&format!("check-q-{slug}"));
    let hint = t(&format!("check-q-{slug}-hint"));
    let error = state.error.as_ref().map(|(id, args)| t_with(id, args));
    let errors: Vec<FieldError> = error
        .iter()
        .map(|message| FieldError {
            field_id: ANSWER.to_string(),
            message: message.clone(),
        })
        .collect();
    let back = if let Some(base) = &state.base {
        format!("{base}/circumstances")
    } else if state.changing {
        "/check/answers".to_string()
    } else {
        previous_before(slug, &facts, today())
            .map_or("/check".to_string(), |q| format!("/check/q/{}", q.slug))
    };
    let action = if let Some(base) = &state.base {
        format!("{base}/q/{slug}")
    } else if state.changing {
        format!("/check/q/{slug}?change=1")
    } else {
        format!("/check/q/{slug}")
    };
    let values = current_values(&question, &state);
    let control = match question.kind {
        Kind::CertificateNumber | Kind::Number => {
            let (inputmode, width) = match question.kind {
                Kind::Number => ("decimal", "input--10"),
                _ => ("text", "input--20"),
            };
            view! {
                <TextInput
                    id=ANSWER
                    name=ANSWER
                    label=title.clone()
                    hint=hint
                    value=values.concat()
                    error=error
                    inputmode=inputmode
                    width=width
                    label_is_heading=true
                />
            }
            .into_any()
        }
        Kind::BirthDate => {
            let mut parts = values.into_iter();
            let values = [(); 3].map(|_| parts.next().unwrap_or_default());
            view! {
                <DateInput id=ANSWER legend=title.clone() hint=hint values=values error=error autocomplete_prefix="bday"/>
            }
            .into_any()
        }
        kind => {
            let ticks: &[&str] = match kind {
                Kind::Flags => question.fields,
                Kind::List { options, .. } => options,
                _ => &[],
            };
            let multiple = !ticks.is_empty();
            let choices: Vec<&str> = match kind {
                Kind::YesNo => vec!["yes", "no", NOT_SURE],
                Kind::Choice(choices) => choices.iter().copied().chain([NOT_SURE]).collect(),
                _ => ticks.iter().copied().chain([NONE_OF_THESE, NOT_SURE]).collect(),
            };
            let options: Vec<RadioOption> = choices
                .into_iter()
                .map(|value| RadioOption {
                    value: value.to_string(),
                    label: option_label(&question, value),
                    hint: (multiple && value == NOT_SURE).then(|| t("check-tick-not-sure-hint")),
                })
                .collect();
            let divider = multiple.then(|| (ticks.len(), t("check-or")));
            view! {
                <Radios
                    name=ANSWER
                    legend=title.clone()
                    hint=hint
                    options=options
                    selected=values
                    error=error
                    heading=true
                    multiple=multiple
                    divider=divider
                />
            }
            .into_any()
        }
    };
    view! {
        <PageTitle text=title has_errors=!errors.is_empty()/>
        <a href=back class="back-link">{t("check-back")}</a>
        <ErrorSummary errors=errors/>
        <form method="post" action=action novalidate=true>
            {control}
            <button type="submit" class="button">{t("check-continue")}</button>
        </form>
    }
}

/// An answer in words, for the check-your-answers page.
pub fn answer_text(question: &Question, state: &CheckState) -> String {
    let values = current_values(question, state);
    match question.kind {
        Kind::Flags | Kind::List { .. } if values.is_empty() => t("check-answer-not-given"),
        _ if values.iter().all(String::is_empty) => t("check-answer-not-given"),
        Kind::BirthDate => {
            let [day, month, year] = [0, 1, 2].map(|i| values.get(i).cloned().unwrap_or_default());
            t_with(
                "check-answer-date",
                &[("day", day), ("month", month), ("year", year)],
            )
        }
        Kind::CertificateNumber | Kind::Number => values.concat(),
        _ => values
            .iter()
            .map(|v| option_label(question, v))
            .collect::<Vec<_>>()
            .join(t("check-list-separator").as_str()),
    }
}

/// `/check/answers`: check your answers, each with a change link.
#[component]
pub fn AnswersPage() -> impl IntoView {
    with_view(|state: CheckState| {
        let facts = state.facts();
        let rows: Vec<(String, String, String)> = QUESTIONS
            .iter()
            .filter(|q| applies(q, &facts, today()))
            .map(|q| {
                (
                    t(&format!("check-q-{}", q.slug)),
                    answer_text(q, &state),
                    q.slug.to_string(),
                )
            })
            .collect();
        view! {
            <PageTitle text=t("check-answers-title")/>
            <h1>{t("check-answers-title")}</h1>
            <dl class="summary-list">
                {rows
                    .into_iter()
                    .map(|(question, answer, slug)| {
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">{question.clone()}</dt>
                                <dd class="summary-list__value">{answer}</dd>
                                <dd class="summary-list__actions">
                                    <a href=format!("/check/q/{slug}?change=1")>
                                        {t("check-change")}
                                        <span class="visually-hidden">{format!(" {question}")}</span>
                                    </a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            <a href="/check/results" class="button">{t("check-see-results")}</a>
        }
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::check::questions::QUESTIONS;
    use crate::i18n::{tr, Lang};

    /// Every question's title, hint, options and error message exist in both languages.
    #[test]
    fn every_question_has_its_words_in_both_languages() {
        for lang in Lang::ALL {
            let exists = |id: &str| assert_ne!(tr(lang, id), id, "{id} is missing in {}", lang.tag());
            for question in QUESTIONS {
                let slug = question.slug;
                exists(&format!("check-q-{slug}"));
                exists(&format!("check-q-{slug}-hint"));
                let values: Vec<String> = match question.kind {
                    Kind::YesNo => {
                        exists(&format!("check-q-{slug}-error"));
                        ["yes", "no"]
                            .iter()
                            .map(|v| format!("check-answer-{v}"))
                            .collect()
                    }
                    Kind::Choice(choices) => {
                        exists(&format!("check-q-{slug}-error"));
                        let field = question.fields[0].replace('_', "-");
                        choices
                            .iter()
                            .map(|v| format!("check-{field}-{}", v.replace('_', "-")))
                            .collect()
                    }
                    Kind::Number => {
                        exists(&format!("check-q-{slug}-error"));
                        Vec::new()
                    }
                    Kind::Flags => {
                        exists(&format!("check-q-{slug}-error"));
                        question
                            .fields
                            .iter()
                            .map(|f| format!("check-flag-{}", f.replace('_', "-")))
                            .collect()
                    }
                    Kind::List { options, .. } => {
                        exists(&format!("check-q-{slug}-error"));
                        let field = question.fields[0].replace('_', "-");
                        options
                            .iter()
                            .map(|v| format!("check-{field}-{}", v.replace('_', "-")))
                            .collect()
                    }
                    Kind::CertificateNumber | Kind::BirthDate => Vec::new(),
                };
                for id in values {
                    exists(&id);
                }
            }
        }
    }
}
