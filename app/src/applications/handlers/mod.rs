//! The application journey's requests. Every one loads the application
//! through the signed-in account (`own`), so an id that is not theirs is
//! "page not found", and every form names the page it shows again.

use super::pages::{
    ApplicationPage, ApplicationQuestionPage, ApplicationsPage, ApplyStartPage, CheckApplicationPage,
    CircumstancesPage, DeclarationPage, PersonSectionPage,
};
use super::store::{self, Application, DraftChange};
use super::views::{questions_for, ApplicationView, ApplyStart, PersonDetails};
use crate::accounts::people_store;
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::check::handlers::{apply, read_answer, stored_answers};
use crate::check::CheckState;
use crate::domain::applications::{ApplicationStatus, Section};
use crate::domain::catalogue::{entitlement, Entitlement, EntitlementId};
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PortalState};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use tower_sessions::Session;

mod documents;
mod sending;

pub use documents::*;
pub use sending::*;

/// The signed-in account's application with this id; anyone else's is 404.
async fn own(state: &PortalState, account: &Account, id: i32) -> PageResult<Application> {
    store::find_for_account(&state.db, account.id, id)
        .await?
        .ok_or(PageError::NotFound)
}

/// One of the account's drafts, for a section page. An application already
/// sent has no sections to fill in: its pages are not found, and a form
/// posted to one goes back to the application's page.
async fn own_draft(state: &PortalState, account: &Account, id: i32, posted: bool) -> PageResult<Application> {
    let app = own(state, account, id).await?;
    match (app.status() == ApplicationStatus::Draft, posted) {
        (true, _) => Ok(app),
        (false, true) => Err(PageError::Redirect(format!("/applications/{id}"))),
        (false, false) => Err(PageError::NotFound),
    }
}

/// What the application's pages show. The list of communities is loaded
/// only for the pages that show it (the person section and the check page).
async fn view_of(
    state: &PortalState,
    account: &Account,
    app: &Application,
    lang: Lang,
    with_areas: bool,
) -> PageResult<ApplicationView> {
    Ok(ApplicationView {
        id: app.id,
        reference: app.reference.clone(),
        entitlement: app.entitlement.clone(),
        status: app.status(),
        person: app.person_details(),
        helper: app.helped_person_id.map(|_| account.full_name.clone()),
        answers: app.answer_map(),
        done: app.done(),
        documents: store::documents(&state.db, app.id).await?,
        history: store::history(&state.db, app.id).await?,
        areas: if with_areas {
            state.areas.communities_by_street(lang)
        } else {
            Vec::new()
        },
    })
}

/// Whether a page shows the list of communities to choose from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Communities {
    Shown,
    NotShown,
}

/// A page of the application, with its view and the answers its questions show.
async fn page_of<V: leptos::prelude::IntoView + 'static>(
    state: &PortalState,
    account: &Account,
    app: &Application,
    lang: Lang,
    component: fn() -> V,
    communities: Communities,
) -> PageResult<Page> {
    let view = view_of(state, account, app, lang, communities == Communities::Shown).await?;
    let check = CheckState {
        answers: view.answers.clone(),
        base: Some(format!("/applications/{}", app.id)),
        ..CheckState::default()
    };
    Ok(Page::new(component).with(view).with(check))
}

/// Where "Save and continue" goes after a section; "come back later" goes to the task list.
fn after_section(app: &Application, section: Section, then: Option<&str>) -> String {
    let base = format!("/applications/{}", app.id);
    if then == Some("later") {
        return format!("{base}?saved=1");
    }
    let position = Section::ALL
        .iter()
        .position(|s| *s == section)
        .unwrap_or_default();
    match Section::ALL.get(position + 1) {
        Some(next) => format!("{base}/{}", next.key()),
        None => base,
    }
}

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
    let (helped, person) = if chosen == "self" {
        let person = PersonDetails {
            full_name: account.full_name.clone(),
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
    let mut answers = stored_answers(&session).await?;
    // The certificate number belongs to the person the application is for.
    answers.remove("certificate_number");
    if !person.certificate_number.is_empty() {
        answers.insert(
            "certificate_number".into(),
            Value::String(person.certificate_number.clone()),
        );
    }
    let id = store::create_draft(
        &state.db,
        account.id,
        helped,
        &found.id.slug(),
        &person,
        &answers,
        state.clock.now(),
    )
    .await?;
    Ok(see_other(&format!("/applications/{id}")))
}

/// `GET /applications`: every application of the account.
pub async fn list(State(state): State<PortalState>, Resident(account): Resident) -> PageResult<Page> {
    let rows = store::list_for_account(&state.db, account.id).await?;
    Ok(Page::new(ApplicationsPage).with(rows))
}

/// `GET /applications/{id}`: the task list of a draft, or the status page.
pub async fn show(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own(&state, &account, id).await?;
    page_of(
        &state,
        &account,
        &app,
        lang,
        ApplicationPage,
        Communities::NotShown,
    )
    .await
}

/// `GET /applications/{id}/person`.
pub async fn show_person(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own_draft(&state, &account, id, false).await?;
    page_of(
        &state,
        &account,
        &app,
        lang,
        PersonSectionPage,
        Communities::Shown,
    )
    .await
}

/// `GET /applications/{id}/circumstances`.
pub async fn show_circumstances(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own_draft(&state, &account, id, false).await?;
    page_of(
        &state,
        &account,
        &app,
        lang,
        CircumstancesPage,
        Communities::NotShown,
    )
    .await
}

/// `GET /applications/{id}/declaration`.
pub async fn show_declaration(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own_draft(&state, &account, id, false).await?;
    page_of(
        &state,
        &account,
        &app,
        lang,
        DeclarationPage,
        Communities::NotShown,
    )
    .await
}

/// `GET /applications/{id}/check`.
pub async fn show_check(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
) -> PageResult<Page> {
    let app = own_draft(&state, &account, id, false).await?;
    page_of(
        &state,
        &account,
        &app,
        lang,
        CheckApplicationPage,
        Communities::Shown,
    )
    .await
}

/// `GET /applications/{id}/q/{slug}`: one of the questions its rules read.
pub async fn show_question(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    Path((_, slug)): Path<(String, String)>,
) -> PageResult<Page> {
    let app = own_draft(&state, &account, id, false).await?;
    let question = questions_for(&app.entitlement, &app.answer_map(), state.clock.today())
        .into_iter()
        .find(|q| q.slug == slug)
        .ok_or(PageError::NotFound)?;
    Ok(page_of(
        &state,
        &account,
        &app,
        lang,
        ApplicationQuestionPage,
        Communities::NotShown,
    )
    .await?
    .with(*question))
}

/// `POST /applications/{id}/person`.
pub async fn save_person(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    let mut form = sent.to_form();
    let Some(person) = read_person(&state, &app, &mut form) else {
        let page = page_of(
            &state,
            &account,
            &app,
            lang,
            PersonSectionPage,
            Communities::Shown,
        )
        .await?;
        return Ok(page.rejected(form).into_response());
    };
    store::save_draft(&state.db, &app, DraftChange::Person(person), state.clock.now()).await?;
    Ok(see_other(&after_section(&app, Section::Person, sent.get("then"))))
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
pub async fn save_circumstances(
    State(state): State<PortalState>,
    Resident(account): Resident,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    store::save_draft(
        &state.db,
        &app,
        DraftChange::Done(Section::Circumstances),
        state.clock.now(),
    )
    .await?;
    Ok(see_other(&after_section(
        &app,
        Section::Circumstances,
        sent.get("then"),
    )))
}

/// `POST /applications/{id}/q/{slug}`: one answer, as in the checker.
pub async fn answer(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    Path((_, slug)): Path<(String, String)>,
    sent: FormValues,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    let today = state.clock.today();
    let mut answers = app.answer_map();
    let question = questions_for(&app.entitlement, &answers, today)
        .into_iter()
        .find(|q| q.slug == slug)
        .ok_or(PageError::NotFound)?;
    match read_answer(question, &sent, today) {
        Ok(values) => {
            apply(&mut answers, values);
            store::save_draft(&state.db, &app, DraftChange::Answers(answers), state.clock.now()).await?;
            Ok(see_other(&format!("/applications/{}/circumstances", app.id)))
        }
        Err(error) => {
            let view = view_of(&state, &account, &app, lang, false).await?;
            let check = CheckState {
                answers: view.answers.clone(),
                sent: Some(sent.pairs().to_vec()),
                error: Some(error),
                changing: false,
                base: Some(format!("/applications/{}", app.id)),
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
pub async fn save_declaration(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    PathId(id): PathId,
    sent: FormValues,
) -> PageResult<Response> {
    let app = own_draft(&state, &account, id, true).await?;
    let mut form = sent.to_form();
    if !form.ticked("declaration", "yes") {
        if sent.get("then") == Some("later") {
            return Ok(see_other(&format!("/applications/{}?saved=1", app.id)));
        }
        form.add("declaration", "declaration-error");
        let page = page_of(
            &state,
            &account,
            &app,
            lang,
            DeclarationPage,
            Communities::NotShown,
        )
        .await?;
        return Ok(page.rejected(form).into_response());
    }
    store::save_draft(
        &state.db,
        &app,
        DraftChange::Done(Section::Declaration),
        state.clock.now(),
    )
    .await?;
    Ok(see_other(&after_section(
        &app,
        Section::Declaration,
        sent.get("then"),
    )))
}
