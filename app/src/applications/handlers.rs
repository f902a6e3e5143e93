//! The application journey's requests. Every one loads the application
//! through the signed-in account, so an id that is not theirs is "page not found".

use super::documents::{self, UploadProblem};
use super::store::{self, Application, DraftChange, StoreError};
use super::{questions_for, ApplicationView, ApplyStart, PersonDetails};
use crate::accounts::resident::Account;
use crate::accounts::resident_session as session;
use crate::check::handlers::read_answer;
use crate::check::CheckState;
use crate::domain::applications::{ApplicationStatus, Section};
use crate::domain::catalogue::{entitlement, EntitlementId};
use crate::forms::FormState;
use crate::web::today_in_chongqing;
use crate::web::{failed, rejected, render_page, request_lang, see_other, FormValues, PortalState};
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use sea_orm::DbErr;
use serde_json::{Map, Value};
use tower_sessions::Session;

async fn not_found(state: &PortalState, request: Request) -> Response {
    render_page(state, request, || ()).await
}

/// The signed-in account and its application with the id in the URL.
async fn load(
    state: &PortalState,
    session: &Session,
    id: &str,
    request: Request,
) -> Result<(Account, Application, Request), Response> {
    let path = request.uri().path().to_string();
    let account = session::require(state, session, &path).await?;
    let Ok(id) = id.parse::<i32>() else {
        return Err(not_found(state, request).await);
    };
    match store::find_for_account(&state.db, account.id, id).await {
        Ok(Some(app)) => Ok((account, app, request)),
        Ok(None) => Err(not_found(state, request).await),
        Err(error) => Err(failed(error)),
    }
}

/// The page a request is for: its path and language. (A request cannot be
/// held across an await, its body not being Sync.)
struct PageOf {
    path: String,
    lang: crate::i18n::Lang,
}

impl PageOf {
    fn of(request: &Request) -> Self {
        PageOf {
            path: request.uri().path().to_string(),
            lang: request_lang(request.headers()),
        }
    }
}

/// What the application's pages show. The list of communities is loaded
/// only for the pages that show it (the person section and the check page).
async fn view_of(
    state: &PortalState,
    account: &Account,
    app: &Application,
    page: &PageOf,
) -> Result<ApplicationView, DbErr> {
    let (path, lang) = (&page.path, page.lang);
    let shows_areas = path.ends_with("/person") || path.ends_with("/check");
    let areas = if shows_areas {
        state.areas.communities_by_street(lang)
    } else {
        Vec::new()
    };
    Ok(ApplicationView {
        id: app.id,
        reference: app.reference.clone(),
        entitlement: app.entitlement.clone(),
        status: Some(app.status()),
        person: app.person_details(),
        helper: app.helped_person_id.map(|_| account.full_name.clone()),
        answers: app.answer_map(),
        done: app.done(),
        documents: store::documents(&state.db, app.id).await?,
        events: store::events(&state.db, app.id).await?,
        areas,
    })
}

async fn render_with(
    state: &PortalState,
    request: Request,
    view: ApplicationView,
    form: Option<FormState>,
) -> Response {
    let base = format!("/applications/{}", view.id);
    let check = CheckState {
        answers: view.answers.clone(),
        base: Some(base),
        ..CheckState::default()
    };
    render_page(state, request, move || {
        provide_context(view.clone());
        provide_context(check.clone());
        if let Some(form) = form.clone() {
            provide_context(form);
        }
    })
    .await
}

/// `GET /applications/{id}` and every page under it.
pub async fn show(
    State(state): State<PortalState>,
    session: Session,
    Path(params): Path<Vec<(String, String)>>,
    request: Request,
) -> Response {
    let id = params.first().map(|(_, v)| v.clone()).unwrap_or_default();
    let (account, app, request) = match load(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match view_of(&state, &account, &app, &PageOf::of(&request)).await {
        Ok(view) => render_with(&state, request, view, None).await,
        Err(error) => failed(error),
    }
}

/// Shows the page again with what to fix (422), keeping what was typed.
async fn again(
    state: &PortalState,
    account: &Account,
    app: &Application,
    parts: http::request::Parts,
    form: FormState,
) -> Response {
    let request = Request::from_parts(parts, Body::empty());
    let view = match view_of(state, account, app, &PageOf::of(&request)).await {
        Ok(view) => view,
        Err(error) => return failed(error),
    };
    let mut response = render_with(state, request, view, Some(form)).await;
    *response.status_mut() = http::StatusCode::UNPROCESSABLE_ENTITY;
    response
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

/// `GET /apply/{entitlement}`: sign in first, or choose who the application is for.
pub async fn start_page(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let start = match session::current(&state, &session).await.ok().flatten() {
        Some(account) => match crate::accounts::people_store::list(&state.db, account.id).await {
            Ok(people) => ApplyStart {
                signed_in_as: Some(account.full_name.clone()),
                people,
            },
            Err(error) => return failed(error),
        },
        None => ApplyStart::default(),
    };
    render_page(&state, request, move || provide_context(start.clone())).await
}

/// `POST /apply/{entitlement}`: a new draft for the person chosen, with the
/// checker's answers from this session carried over.
pub async fn start(
    State(state): State<PortalState>,
    session: Session,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let here = format!("/apply/{slug}");
    let account = match session::require(&state, &session, &here).await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    let Some(found) = EntitlementId::parse(&slug)
        .and_then(entitlement)
        .filter(|e| e.can_apply_online())
    else {
        return not_found(&state, request).await;
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let chosen = sent.get("for").unwrap_or_default();
    let (helped, person) = if chosen == "self" {
        (
            None,
            PersonDetails {
                full_name: account.full_name.clone(),
                ..PersonDetails::default()
            },
        )
    } else {
        let person = match chosen.parse::<i32>() {
            Ok(id) => crate::accounts::people_store::find(&state.db, account.id, id).await,
            Err(_) => Ok(None),
        };
        match person {
            Ok(Some(p)) => (
                Some(p.id),
                PersonDetails {
                    full_name: p.full_name.clone(),
                    certificate_number: p.certificate_number.clone(),
                    relationship: p.relationship.key().to_string(),
                    ..PersonDetails::default()
                },
            ),
            Ok(None) => {
                let mut form = FormState::new(sent.pairs().to_vec());
                form.add("for", "apply-who-error");
                let start = ApplyStart {
                    signed_in_as: Some(account.full_name.clone()),
                    people: crate::accounts::people_store::list(&state.db, account.id)
                        .await
                        .unwrap_or_default(),
                };
                return rejected(&state, parts, form, move || provide_context(start.clone())).await;
            }
            Err(error) => return failed(error),
        }
    };
    let mut answers = match crate::check::handlers::stored_answers(&session).await {
        Ok(answers) => answers,
        Err(error) => return error.into_response(),
    };
    // The certificate number belongs to the person the application is for.
    answers.remove("certificate_number");
    if !person.certificate_number.is_empty() {
        answers.insert(
            "certificate_number".into(),
            Value::String(person.certificate_number.clone()),
        );
    }
    match store::create_draft(&state.db, account.id, helped, &found.id.slug(), &person, &answers).await {
        Ok(id) => see_other(&format!("/applications/{id}")),
        Err(error) => failed(error),
    }
}

/// `GET /applications`: every application of the account.
pub async fn list(State(state): State<PortalState>, session: Session, request: Request) -> Response {
    let account = match session::require(&state, &session, "/applications").await {
        Ok(account) => account,
        Err(redirect) => return redirect,
    };
    match store::list_for_account(&state.db, account.id).await {
        Ok(rows) => render_page(&state, request, move || provide_context(rows.clone())).await,
        Err(error) => failed(error),
    }
}

/// Loads a draft for a POST to one of its sections; anything else is "not found".
async fn load_draft(
    state: &PortalState,
    session: &Session,
    id: &str,
    request: Request,
) -> Result<(Account, Application, Request), Response> {
    let (account, app, request) = load(state, session, id, request).await?;
    if app.status() != ApplicationStatus::Draft {
        return Err(see_other(&format!("/applications/{}", app.id)));
    }
    Ok((account, app, request))
}

/// `POST /applications/{id}/person`.
pub async fn save_person(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (account, app, request) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let mut form = FormState::new(sent.pairs().to_vec());
    let field = |name: &str| sent.get(name).unwrap_or_default().trim().to_string();
    let full_name = form.name("full_name", "people-name-error");
    let certificate = form.certificate("certificate_number");
    let phone: String = field("phone")
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
    let area_code = field("area_code");
    if !state.areas.is_community(&area_code) {
        form.add("area_code", "application-area-error");
    }
    let address = field("address");
    if address.is_empty() {
        form.add("address", "application-address-error");
    } else if address.chars().count() > 200 {
        form.add("address", "application-address-too-long");
    }
    let (Some(full_name), Some(certificate), false) = (full_name, certificate, form.has_errors()) else {
        return again(&state, &account, &app, parts, form).await;
    };
    let person = PersonDetails {
        full_name,
        certificate_number: certificate.to_string(),
        phone,
        area_code,
        address,
        relationship: app.person_details().relationship,
    };
    match store::save_draft(&state.db, &app, DraftChange::Person(person)).await {
        Ok(()) => see_other(&after_section(&app, Section::Person, sent.get("then"))),
        Err(error) => failed(error),
    }
}

/// `POST /applications/{id}/circumstances`: the answers are confirmed.
pub async fn save_circumstances(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (_, app, request) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let sent = FormValues::read(request.into_body()).await;
    match store::save_draft(&state.db, &app, DraftChange::Done(Section::Circumstances)).await {
        Ok(()) => see_other(&after_section(&app, Section::Circumstances, sent.get("then"))),
        Err(error) => failed(error),
    }
}

/// `POST /applications/{id}/q/{slug}`: one answer, as in the checker.
pub async fn answer(
    State(state): State<PortalState>,
    session: Session,
    Path((id, slug)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (account, app, request) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let today = today_in_chongqing();
    let mut answers: Map<String, Value> = app.answer_map();
    let Some(question) = questions_for(&app.entitlement, &answers, today)
        .into_iter()
        .find(|q| q.slug == slug)
    else {
        return not_found(&state, request).await;
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    match read_answer(question, &sent, today) {
        Ok(values) => {
            for (field, value) in values {
                if value.is_null() {
                    answers.remove(field);
                } else {
                    answers.insert(field.to_string(), value);
                }
            }
            match store::save_draft(&state.db, &app, DraftChange::Answers(answers)).await {
                Ok(()) => see_other(&format!("/applications/{}/circumstances", app.id)),
                Err(error) => failed(error),
            }
        }
        Err(error) => {
            let request = Request::from_parts(parts, Body::empty());
            let view = match view_of(&state, &account, &app, &PageOf::of(&request)).await {
                Ok(view) => view,
                Err(error) => return failed(error),
            };
            let check = CheckState {
                answers: view.answers.clone(),
                sent: Some(sent.pairs().to_vec()),
                error: Some(error),
                changing: false,
                base: Some(format!("/applications/{}", app.id)),
            };
            let mut response = render_page(&state, request, move || {
                provide_context(view.clone());
                provide_context(check.clone());
            })
            .await;
            *response.status_mut() = http::StatusCode::UNPROCESSABLE_ENTITY;
            response
        }
    }
}

/// `POST /applications/{id}/documents`: one file.
pub async fn upload(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (account, app, request) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (parts, body) = request.into_parts();
    let multipart = match Multipart::from_request(Request::from_parts(parts.clone(), body), &state).await {
        Ok(multipart) => documents::read(multipart).await,
        Err(_) => documents::MultipartForm {
            fields: Vec::new(),
            file: Err(UploadProblem::Unreadable),
        },
    };
    let upload = match multipart.file {
        Ok(upload) => upload,
        Err(problem) => {
            let mut form = FormState::new(multipart.fields);
            form.add("document", problem.message_id());
            return again(&state, &account, &app, parts, form).await;
        }
    };
    let saved = match documents::save(&state.uploads, upload).await {
        Ok(saved) => saved,
        Err(error) => return failed(error),
    };
    let key = saved.storage_key.clone();
    match store::add_document(&state.db, &app, saved, None).await {
        Ok(_) => see_other(&format!("/applications/{}/documents?uploaded=1", app.id)),
        Err(error) => {
            documents::remove(&state.uploads, &[key]).await;
            failed(error)
        }
    }
}

/// `POST /applications/{id}/documents/done`: at least one document is needed.
pub async fn documents_done(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (account, app, request) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    let count = match store::documents(&state.db, app.id).await {
        Ok(documents) => documents.len(),
        Err(error) => return failed(error),
    };
    if count == 0 && sent.get("then") != Some("later") {
        let mut form = FormState::default();
        form.add("document", "documents-error-none");
        return again(&state, &account, &app, parts, form).await;
    }
    let saved = match count {
        0 => Ok(()),
        _ => store::save_draft(&state.db, &app, DraftChange::Done(Section::Documents)).await,
    };
    match saved {
        Ok(()) => see_other(&after_section(&app, Section::Documents, sent.get("then"))),
        Err(error) => failed(error),
    }
}

/// `POST /applications/{id}/documents/{document}/delete`.
pub async fn delete_document(
    State(state): State<PortalState>,
    session: Session,
    Path((id, document)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (_, app, request) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let Ok(document) = document.parse::<i32>() else {
        return not_found(&state, request).await;
    };
    match store::delete_document(&state.db, &app, document).await {
        Ok(Some(key)) => {
            documents::remove(&state.uploads, &[key]).await;
            see_other(&format!("/applications/{}/documents", app.id))
        }
        Ok(None) => not_found(&state, request).await,
        Err(error) => failed(error),
    }
}

/// `GET /applications/{id}/documents/{document}`: the file, for its applicant only.
pub async fn download(
    State(state): State<PortalState>,
    session: Session,
    Path((id, document)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (_, app, request) = match load(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let Ok(document) = document.parse::<i32>() else {
        return not_found(&state, request).await;
    };
    match store::find_document(&state.db, &app, document).await {
        Ok(Some(found)) => documents::serve(&state.uploads, &found).await,
        Ok(None) => not_found(&state, request).await,
        Err(error) => failed(error),
    }
}

/// `POST /applications/{id}/declaration`.
pub async fn save_declaration(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (account, app, request) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (parts, body) = request.into_parts();
    let sent = FormValues::read(body).await;
    if sent.get("declaration") != Some("yes") {
        if sent.get("then") == Some("later") {
            return see_other(&format!("/applications/{}?saved=1", app.id));
        }
        let mut form = FormState::new(sent.pairs().to_vec());
        form.add("declaration", "declaration-error");
        return again(&state, &account, &app, parts, form).await;
    }
    match store::save_draft(&state.db, &app, DraftChange::Done(Section::Declaration)).await {
        Ok(()) => see_other(&after_section(&app, Section::Declaration, sent.get("then"))),
        Err(error) => failed(error),
    }
}

/// `POST /applications/{id}/submit`: every section must be done. Submitting
/// twice gives the same reference and one application.
pub async fn submit(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (account, app, request) = match load(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let confirmation = format!("/applications/{}/confirmation", app.id);
    if app.status() != ApplicationStatus::Draft {
        return see_other(&confirmation);
    }
    let missing: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| !app.done().contains(s))
        .collect();
    if let Some(first) = missing.first() {
        let (mut parts, _) = request.into_parts();
        // Shown on the check page, whose submit button this was.
        if let Ok(uri) = format!("/applications/{}/check", app.id).parse() {
            parts.uri = uri;
        }
        let mut form = FormState::default();
        form.add_with(
            first.key(),
            "application-incomplete",
            vec![("count", missing.len().to_string())],
        );
        return again(&state, &account, &app, parts, form).await;
    }
    match store::submit(&state.db, &state.public_url, &app).await {
        Ok(_) => see_other(&confirmation),
        Err(StoreError::Refused(_)) => see_other(&format!("/applications/{}", app.id)),
        Err(error) => failed(error),
    }
}

/// `POST /applications/{id}/withdraw`.
pub async fn withdraw(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (_, app, _) = match load(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match store::withdraw(&state.db, &state.public_url, &app).await {
        Ok(()) => see_other(&format!("/applications/{}?done=withdrawn", app.id)),
        Err(StoreError::Refused(_)) => see_other(&format!("/applications/{}", app.id)),
        Err(error) => failed(error),
    }
}

/// `POST /applications/{id}/respond`: the answer to a request for more
/// information, with an optional document; back to the reviewer.
pub async fn respond(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (account, app, request) = match load(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if app.status() != ApplicationStatus::MoreInformationNeeded {
        return see_other(&format!("/applications/{}", app.id));
    }
    let (parts, body) = request.into_parts();
    let multipart = match Multipart::from_request(Request::from_parts(parts.clone(), body), &state).await {
        Ok(multipart) => documents::read(multipart).await,
        Err(_) => documents::MultipartForm {
            fields: Vec::new(),
            file: Err(UploadProblem::Unreadable),
        },
    };
    let mut form = FormState::new(multipart.fields.clone());
    let message = form.value("message").trim().to_string();
    if message.is_empty() {
        form.add("message", "application-respond-error");
    }
    let upload = match multipart.file {
        Ok(upload) => Some(upload),
        Err(UploadProblem::Missing) => None,
        Err(problem) => {
            form.add("document", problem.message_id());
            None
        }
    };
    if form.has_errors() {
        return again(&state, &account, &app, parts, form).await;
    }
    let saved = match upload {
        Some(upload) => match documents::save(&state.uploads, upload).await {
            Ok(saved) => Some(saved),
            Err(error) => return failed(error),
        },
        None => None,
    };
    let key = saved.as_ref().map(|s| s.storage_key.clone());
    match store::respond(&state.db, &app, &message, saved).await {
        Ok(()) => see_other(&format!("/applications/{}?done=responded", app.id)),
        Err(error) => {
            documents::remove(&state.uploads, &key.into_iter().collect::<Vec<_>>()).await;
            failed(error)
        }
    }
}

/// `POST /applications/{id}/delete`: a draft and its documents go for good.
pub async fn delete_draft(
    State(state): State<PortalState>,
    session: Session,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    let (_, app, _) = match load_draft(&state, &session, &id, request).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match store::delete_draft(&state.db, &app).await {
        Ok(keys) => {
            documents::remove(&state.uploads, &keys).await;
            see_other("/account?done=draft-deleted")
        }
        Err(error) => failed(error),
    }
}
