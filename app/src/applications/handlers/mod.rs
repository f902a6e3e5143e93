//! The application journey's requests. Every one loads the application
//! through the signed-in account (`Own`, `OwnDraft`), so an id that is not
//! theirs is "page not found", and every form names the page it shows again.

mod documents;
mod own;
mod sending;

pub use documents::*;
pub use sending::*;

use super::pages::{
    ApplicationPage, ApplicationQuestionPage, ApplicationsPage, ApplyStartPage, CheckApplicationPage,
    CircumstancesPage, DecisionLetterEasyPage, DecisionLetterPage, DeclarationPage, PersonSectionPage,
};
use super::store::{self, Application, DraftChange, NewDraft};
use super::views::{questions_for, ApplyStart, PersonDetails};
use crate::accounts::people_store;
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::check::handlers::{apply, read_answer, stored_answers};
use crate::check::questions::Question;
use crate::check::CheckState;
use crate::domain::applications::Section;
use crate::domain::catalogue::{entitlement, Entitlement, EntitlementId};
use crate::forms::FormState;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PortalState};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use own::{Communities, Own, OwnDraft};
use serde_json::Value;
use tower_sessions::Session;

/// An entitlement this portal takes applications for; any other is 404.
fn online_entitlement(slug: &str) -> PageResult<&'static Entitlement> {
    EntitlementId::parse(slug)
        .and_then(entitlement)
        .filter(|e| e.can_apply_online())
        .ok_or(PageError::NotFound)
}

async fn apply_start(
    state: &PortalState,
    found: &Entitlement,
    account: Option<&Account>,
) -> PageResult<ApplyStart> {
    Ok(ApplyStart {
        entitlement: found.id,
        signed_in_as: account.map(|a| a.full_name.clone()),
        people: match account {
            Some(account) => people_store::list(&state.db, account.id).await?,
            None => Vec::new(),
        },
    })
}

/// `GET /apply/{entitlement}`: sign in first, or choose who the application is for.
pub async fn start_page(
    State(state): State<PortalState>,
    resident: Option<Resident>,
    Path(slug): Path<String>,
) -> PageResult<Page> {
    let found = online_entitlement(&slug)?;
    let account = resident.map(|r| r.0);
    Ok(Page::new(ApplyStartPage).with(apply_start(&state, found, account.as_ref()).await?))
}

/// `POST /apply/{entitlement}`: a new draft for the person chosen, with the
/// checker's answers from this session carried over.
pub async fn start(
    State(state): State<PortalState>,
    session: Session,
    Resident(account): Resident,
    Path(slug): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let found = online_entitlement(&slug)?;
    let chosen = sent.get("for").unwrap_or_default();
    let mut answers = stored_answers(&session).await?;
    // The certificate number belongs to the person the application is for:
    // the one typed in the checker is kept only when applying for oneself.
    let checked_number = match answers.remove("certificate_number") {
        Some(Value::String(number)) => number,
        _ => String::new(),
    };
    let (helped, person) = if chosen == "self" {
        let person = PersonDetails {
            full_name: account.full_name.clone(),
            certificate_number: checked_number.clone(),
            ..PersonDetails::default()
        };
        (None, person)
    } else {
        let person = match chosen.parse::<i32>() {
            Ok(id) => people_store::find(&state.db, account.id, id).await?,
            Err(_) => None,
        };
        let Some(p) = person else {
            let mut form = sent.to_form();
            form.add("for", "apply-who-error");
            let start = apply_start(&state, found, Some(&account)).await?;
            return Ok(Page::new(ApplyStartPage)
                .with(start)
                .rejected(form)
                .into_response());
        };
        let details = PersonDetails {
            full_name: p.full_name.clone(),
            certificate_number: p.certificate_number.clone(),
            relationship: p.relationship.key().to_string(),
            ..PersonDetails::default()
        };
        (Some(p.id), details)
    };
    let from_checker = !answers.is_empty() || (helped.is_none() && !checked_number.is_empty());
    if !person.certificate_number.is_empty() {
        answers.insert(
            "certificate_number".into(),
            Value::String(person.certificate_number.clone()),
        );
    }
    let draft = NewDraft {
        account_id: account.id,
        helped_person_id: helped,
        entitlement: &found.id.slug(),
        person: &person,
        answers: &answers,
        from_checker,
    };
    let id = store::create_draft(&state.db, draft, state.clock.now()).await?;
    Ok(see_other(&format!("/applications/{id}")))
}

/// `GET /applications`: every application of the account.
pub async fn list(State(state): State<PortalState>, Resident(account): Resident) -> PageResult<Page> {
    let rows = store::list_for_account(&state.db, account.id).await?;
    Ok(Page::new(ApplicationsPage).with(rows))
}

/// `GET /applications/{id}`: the task list of a draft, or the status page.
pub async fn show(own: Own) -> PageResult<Page> {
    own.page(ApplicationPage, Communities::NotShown).await
}

/// `GET /applications/{id}/decision`: the decision letter, once decided.
pub async fn show_decision(own: Own) -> PageResult<Page> {
    decision_letter(own, DecisionLetterPage).await
}

/// `GET /applications/{id}/decision/easy-read`.
pub async fn show_easy_decision(own: Own) -> PageResult<Page> {
    decision_letter(own, DecisionLetterEasyPage).await
}

async fn decision_letter<V: leptos::prelude::IntoView + 'static>(
    own: Own,
    letter: fn() -> V,
) -> PageResult<Page> {
    let view = own.view(Communities::NotShown).await?;
    if view.decision.is_none() {
        return Err(PageError::NotFound);
    }
    Ok(Page::new(letter).with(view))
}

/// `GET /applications/{id}/person`.
pub async fn show_person(draft: OwnDraft) -> PageResult<Page> {
    draft.page(PersonSectionPage, Communities::Shown).await
}

/// `GET /applications/{id}/circumstances`.
pub async fn show_circumstances(draft: OwnDraft) -> PageResult<Page> {
    draft.page(CircumstancesPage, Communities::NotShown).await
}

/// `GET /applications/{id}/declaration`.
pub async fn show_declaration(draft: OwnDraft) -> PageResult<Page> {
    draft.page(DeclarationPage, Communities::NotShown).await
}

/// `GET /applications/{id}/check`.
pub async fn show_check(draft: OwnDraft) -> PageResult<Page> {
    draft.page(CheckApplicationPage, Communities::Shown).await
}

/// The question `slug` of those the application's rules read; any other is 404.
fn question_of(draft: &OwnDraft, slug: &str) -> PageResult<&'static Question> {
    let today = draft.state.clock.today();
    questions_for(&draft.app.entitlement, &draft.app.answer_map(), today)
        .into_iter()
        .find(|q| q.slug == slug)
        .ok_or(PageError::NotFound)
}

/// `GET /applications/{id}/q/{slug}`: one of the questions its rules read.
pub async fn show_question(draft: OwnDraft, Path((_, slug)): Path<(String, String)>) -> PageResult<Page> {
    let question = question_of(&draft, &slug)?;
    let page = draft.page(ApplicationQuestionPage, Communities::NotShown).await?;
    Ok(page.with(*question))
}

/// `POST /applications/{id}/person`.
pub async fn save_person(draft: OwnDraft, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let Some(person) = read_person(&draft.state, &draft.app, &mut form) else {
        let page = draft.page(PersonSectionPage, Communities::Shown).await?;
        return Ok(page.rejected(form).into_response());
    };
    draft.save(DraftChange::Person(person)).await?;
    Ok(draft.after(Section::Person, sent.get("then")))
}

/// The person section's fields; `None` when something must be fixed.
fn read_person(state: &PortalState, app: &Application, form: &mut FormState) -> Option<PersonDetails> {
    let full_name = form.name("full_name", "people-name-error");
    let certificate = form.certificate("certificate_number");
    let phone: String = form
        .value("phone")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let phone_ok = phone.len() >= 7
        && phone.len() <= 20
        && phone
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == '+'));
    if !phone_ok {
        form.add("phone", "application-phone-error");
    }
    let area_code = form.value("area_code").trim().to_string();
    if !state.areas.is_community(&area_code) {
        form.add("area_code", "application-area-error");
    }
    let address = form.value("address").trim().to_string();
    if address.is_empty() {
        form.add("address", "application-address-error");
    } else if address.chars().count() > 200 {
        form.add("address", "application-address-too-long");
    }
    let (Some(full_name), Some(certificate), false) = (full_name, certificate, form.has_errors()) else {
        return None;
    };
    Some(PersonDetails {
        full_name,
        certificate_number: certificate.to_string(),
        phone,
        area_code,
        address,
        relationship: app.person_details().relationship,
    })
}

/// `POST /applications/{id}/circumstances`: the answers are confirmed.
pub async fn save_circumstances(draft: OwnDraft, sent: FormValues) -> PageResult<Response> {
    draft.save(DraftChange::Done(Section::Circumstances)).await?;
    Ok(draft.after(Section::Circumstances, sent.get("then")))
}

/// `POST /applications/{id}/q/{slug}`: one answer, as in the checker.
pub async fn answer(
    draft: OwnDraft,
    Path((_, slug)): Path<(String, String)>,
    sent: FormValues,
) -> PageResult<Response> {
    let question = question_of(&draft, &slug)?;
    match read_answer(question, &sent, draft.state.clock.today()) {
        Ok(values) => {
            let mut answers = draft.app.answer_map();
            apply(&mut answers, values);
            draft.save(DraftChange::Answers(answers)).await?;
            Ok(see_other(&format!("{}/circumstances", draft.path())))
        }
        Err(error) => {
            let view = draft.view(Communities::NotShown).await?;
            let check = CheckState {
                sent: Some(sent.pairs().to_vec()),
                error: Some(error),
                ..draft.answers(&view)
            };
            Ok(Page::new(ApplicationQuestionPage)
                .with(view)
                .with(check)
                .with(*question)
                .status(http::StatusCode::UNPROCESSABLE_ENTITY)
                .into_response())
        }
    }
}

/// `POST /applications/{id}/declaration`: the declaration must be ticked,
/// unless the person chose to come back to it later.
pub async fn save_declaration(draft: OwnDraft, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let later = sent.get("then") == Some("later");
    if !form.ticked("declaration", "yes") && !later {
        form.add("declaration", "declaration-error");
        let page = draft.page(DeclarationPage, Communities::NotShown).await?;
        return Ok(page.rejected(form).into_response());
    }
    if form.ticked("declaration", "yes") {
        draft.save(DraftChange::Done(Section::Declaration)).await?;
    }
    Ok(draft.after(Section::Declaration, sent.get("then")))
}
