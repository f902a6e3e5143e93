//! The requester's requests: `/legal-aid`, `/legal-aid/new`, and one
//! request under `/legal-aid/requests/{id}`, always loaded through the
//! signed-in account (anyone else's id is "page not found").

use super::pages::{
    LegalAidConfirmationPage, LegalAidFormPage, LegalAidStartPage, LegalAidStatusPage, RequestFormView,
    RequestRow, StartView,
};
use super::store::{self, AddDocumentError, ChangeError, NewRequest, Request};
use super::view::request_view;
use crate::accounts::people_store;
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::applications::documents;
use crate::check::handlers::stored_answers;
use crate::domain::answers::parse_request;
use crate::domain::legal_aid::{
    adjustments_text, financial_check, is_urgent, Adjustment, Faced, Filer, Income, MatterKind,
};
use crate::domain::resident_id::CertificateNumber;
use crate::forms::FormState;
use crate::i18n::{dates, Lang};
use crate::web::{see_other, FormValues, Page, PageError, PageResult, PathId, PathIds, PortalState};
use axum::extract::{FromRequestParts, Request as HttpRequest, State};
use axum::response::{IntoResponse, Response};
use http::request::Parts;
use tower_sessions::Session;

/// The longest description, objection or note.
pub const LONG_TEXT: usize = 2000;

/// One of the signed-in account's requests, the one the path's `{id}` names.
pub struct OwnRequest {
    pub state: PortalState,
    pub account: Account,
    pub lang: Lang,
    pub request: Request,
}

impl FromRequestParts<PortalState> for OwnRequest {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &PortalState) -> Result<Self, Self::Rejection> {
        let Resident(account) = Resident::from_request_parts(parts, state).await?;
        let PathId(id) = PathId::from_request_parts(parts, state).await?;
        let request = store::own(&state.db, account.id, id)
            .await?
            .ok_or(PageError::NotFound)?;
        Ok(OwnRequest {
            state: state.clone(),
            account,
            lang: crate::web::request_lang(&parts.headers),
            request,
        })
    }
}

impl OwnRequest {
    fn path(&self) -> String {
        format!("/legal-aid/requests/{}", self.request.id)
    }

    async fn page<V: leptos::prelude::IntoView + 'static>(&self, component: fn() -> V) -> PageResult<Page> {
        let view = request_view(&self.state, self.lang, &self.request).await?;
        Ok(Page::new(component).with(view))
    }
}

/// `GET /legal-aid`: what legal aid is; signed in, the account's requests.
pub async fn start(
    State(state): State<PortalState>,
    resident: Option<Resident>,
    lang: Lang,
) -> PageResult<Page> {
    let requests = match &resident {
        Some(Resident(account)) => store::list_for_account(&state.db, account.id)
            .await?
            .into_iter()
            .map(|r| RequestRow {
                id: r.id,
                reference: r.reference.clone(),
                person_name: r.person_name.clone(),
                status: r.status(),
                received: dates::date(lang, r.received()),
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(Page::new(LegalAidStartPage).with(StartView {
        signed_in: resident.is_some(),
        requests,
    }))
}

/// What the checker's answers in this session say: the person's income
/// (from the household answer) and certificate number.
async fn from_checker(session: &Session) -> PageResult<(Option<Income>, Option<String>)> {
    let answers = stored_answers(session).await?;
    let Ok((_, facts)) = parse_request(&answers) else {
        return Ok((None, None));
    };
    Ok((
        Income::from_household(facts.household),
        facts.certificate_number.map(|c| c.to_string()),
    ))
}

async fn form_view(
    state: &PortalState,
    account: &Account,
    lang: Lang,
    from_checker: bool,
) -> PageResult<RequestFormView> {
    Ok(RequestFormView {
        own_name: account.full_name.clone(),
        people: people_store::list(&state.db, account.id)
            .await?
            .into_iter()
            .map(|p| (p.id, p.full_name))
            .collect(),
        areas: state.areas.communities_by_street(lang),
        income_from_checker: from_checker,
    })
}

/// `GET /legal-aid/new`: the form, with what the checker already knows.
pub async fn new_form(
    State(state): State<PortalState>,
    session: Session,
    Resident(account): Resident,
    lang: Lang,
) -> PageResult<Page> {
    let (income, certificate) = from_checker(&session).await?;
    let mut values = vec![("faced".to_string(), Faced::Nothing.key().to_string())];
    if let Some(income) = income {
        values.push(("income".to_string(), income.key().to_string()));
    }
    if let Some(certificate) = certificate {
        values.push(("certificate_number".to_string(), certificate));
    }
    let view = form_view(&state, &account, lang, income.is_some()).await?;
    Ok(Page::new(LegalAidFormPage)
        .with(view)
        .with(FormState::new(values)))
}

fn read_phone(form: &mut FormState) -> String {
    let phone: String = form
        .value("phone")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let ok = (7..=20).contains(&phone.len())
        && phone
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || (i == 0 && c == '+'));
    if !ok {
        form.add("phone", "legal-aid-error-phone");
    }
    phone
}

/// `POST /legal-aid/new`.
pub async fn create(
    State(state): State<PortalState>,
    session: Session,
    Resident(account): Resident,
    lang: Lang,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let today = state.clock.today();
    // Who the request is for, and who files it.
    let chosen = form.value("for");
    let person = if chosen == "self" {
        Some((None, account.full_name.clone(), None))
    } else {
        match chosen.trim().parse::<i32>() {
            Ok(id) => people_store::find(&state.db, account.id, id)
                .await?
                .map(|p| (Some(p.id), p.full_name, Some(p.certificate_number))),
            Err(_) => None,
        }
    };
    if person.is_none() {
        form.add("for", "legal-aid-error-for");
    }
    let filer = match &person {
        Some((None, _, _)) => Some(Filer::Myself),
        Some(_) => {
            let filer = Filer::parse(form.value("filer").trim()).filter(|f| *f != Filer::Myself);
            if filer.is_none() {
                form.add("filer", "legal-aid-error-filer");
            }
            filer
        }
        None => None,
    };
    // A person on the account's list has their number on record; one typed
    // in (or carried over from the checker) counts for the account holder.
    let typed = if form.value("certificate_number").trim().is_empty() {
        None
    } else {
        form.certificate("certificate_number")
    };
    let stored = person
        .as_ref()
        .and_then(|(_, _, stored)| stored.as_deref())
        .and_then(|s| CertificateNumber::parse(s).ok());
    let disabled = match &person {
        Some((Some(_), _, _)) => stored.is_some(),
        _ => typed.is_some(),
    };
    let area_code = form.value("area_code").trim().to_string();
    if !state.areas.is_community(&area_code) {
        form.add("area_code", "legal-aid-error-area");
    }
    let phone = read_phone(&mut form);
    let kind = form.choice("matter_kind", MatterKind::parse, "legal-aid-error-matter");
    let description = form.text("description", LONG_TEXT, Some("legal-aid-error-description"));
    let faced = form.choice("faced", Faced::parse, "legal-aid-error-faced");
    let faced_on = match faced {
        Some(Faced::LimitationPeriod | Faced::Hearing) => {
            let date = form.date("faced_on", "legal-aid-error-faced-on");
            if date.is_some_and(|d| {
                d < today - chrono::Duration::days(366) || d > today + chrono::Duration::days(3660)
            }) {
                form.add("faced_on", "legal-aid-error-faced-on-range");
            }
            date
        }
        _ => None,
    };
    let adjustments: Vec<Adjustment> = form
        .values_of("adjustment")
        .iter()
        .filter_map(|a| Adjustment::parse(a))
        .collect();
    let adjustment_other = form.text("adjustment_other", 200, None);
    let income = form.choice("income", Income::parse, "legal-aid-error-income");
    let (Some((helped, person_name, _)), Some(filer), Some(kind), Some(faced), Some(income), false) =
        (person, filer, kind, faced, income, form.has_errors())
    else {
        let (from_checker, _) = from_checker(&session).await?;
        let view = form_view(&state, &account, lang, from_checker.is_some()).await?;
        return Ok(Page::new(LegalAidFormPage)
            .with(view)
            .rejected(form)
            .into_response());
    };
    let parameters = state.parameters.current();
    let new = NewRequest {
        helped_person_id: helped,
        person_name,
        filer: filer.key().to_string(),
        area_code,
        phone,
        matter_kind: kind.key().to_string(),
        description,
        faced,
        faced_on,
        adjustments: adjustments_text(&adjustments),
        adjustment_other,
        income: income.key().to_string(),
        check: financial_check(disabled, income),
        urgent: is_urgent(faced, faced_on, today, &parameters),
    };
    let id = store::create(
        &state.db,
        &state.public_url,
        &account,
        new,
        state.clock.now(),
        today,
    )
    .await?;
    Ok(see_other(&format!("/legal-aid/requests/{id}/confirmation")))
}

/// `GET /legal-aid/requests/{id}/confirmation`.
pub async fn confirmation(own: OwnRequest) -> PageResult<Page> {
    own.page(LegalAidConfirmationPage).await
}

/// `GET /legal-aid/requests/{id}`.
pub async fn show(own: OwnRequest) -> PageResult<Page> {
    own.page(LegalAidStatusPage).await
}

async fn status_again(own: &OwnRequest, form: FormState) -> PageResult<Response> {
    Ok(own.page(LegalAidStatusPage).await?.rejected(form).into_response())
}

/// `POST /legal-aid/requests/{id}/documents`: one document, checked as an
/// application's are. One sent after the missing-documents notice
/// completes the request.
pub async fn upload(own: OwnRequest, request: HttpRequest) -> PageResult<Response> {
    let (mut form, file) = documents::read(request).await.into_parts();
    let upload = match file {
        Ok(upload) if !form.has_errors() => upload,
        Ok(_) => return status_again(&own, form).await,
        Err(problem) => {
            form.add("document", problem.message_id());
            return status_again(&own, form).await;
        }
    };
    let state = &own.state;
    let now = state.clock.now();
    if !crate::applications::store::take_upload_allowance(&state.db, own.account.id, now).await? {
        form.add_with(
            "document",
            "documents-error-daily-limit",
            documents::daily_limit_args(),
        );
        return status_again(&own, form).await;
    }
    let saved = documents::save(&state.uploads, upload).await?;
    let key = [saved.storage_key.clone()];
    match store::add_document(&state.db, &own.request, saved, now, state.clock.today()).await {
        Ok(()) => Ok(see_other(&format!("{}?done=uploaded", own.path()))),
        Err(error) => {
            documents::remove(&state.uploads, &key).await;
            match error {
                AddDocumentError::Full => {
                    form.add_with(
                        "document",
                        "documents-error-full",
                        vec![("max", store::MAX_DOCUMENTS.to_string())],
                    );
                    status_again(&own, form).await
                }
                AddDocumentError::Closed => Ok(see_other(&own.path())),
                AddDocumentError::Database(error) => Err(error.into()),
            }
        }
    }
}

/// `GET /legal-aid/requests/{id}/documents/{document}`: for the requester only.
pub async fn download(own: OwnRequest, PathIds(_, document): PathIds) -> PageResult<Response> {
    let found = store::find_document(&own.state.db, own.request.id, document)
        .await?
        .ok_or(PageError::NotFound)?;
    super::view::serve(&own.state, &found).await
}

/// `POST /legal-aid/requests/{id}/objection`: an objection to a refusal.
pub async fn object(own: OwnRequest, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let text = form.text("objection", LONG_TEXT, Some("legal-aid-error-objection"));
    if form.has_errors() {
        return status_again(&own, form).await;
    }
    let state = &own.state;
    match store::object(
        &state.db,
        &state.public_url,
        &own.request,
        text,
        state.clock.now(),
        state.clock.today(),
    )
    .await
    {
        Ok(()) => Ok(see_other(&format!("{}?done=objected", own.path()))),
        Err(ChangeError::Refused(_) | ChangeError::Changed) => Ok(see_other(&own.path())),
        Err(ChangeError::Database(error)) => Err(error.into()),
    }
}
