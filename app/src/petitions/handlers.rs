//! Requests for `/petitions…` (residents) and `/staff/petitions…` (petition
//! officers). A resident reaches a matter only through their own account
//! and its reference (anything else is 404); staff only within their area
//! (`Scoped<Petition>`), every view and change audited.

use super::pages::{
    FilePage, FileView, HistoryView, MatterRow, NoteView, NoticeView, PetitionsHome, PetitionsHomePage,
    StaffActions, StaffListPage, StaffListView, StaffMatterPage, StaffMatterView, StatisticsLine,
    StatisticsPage, StatisticsView, StatusPage, StatusView, SuggestPage, SuggestSentPage, SuggestView,
    SupervisionPage, SupervisionView, MAX_STORY, MAX_TEXT,
};
use super::store::{self, Change, NewNotice, NewPetition, Petition, Recording};
use crate::accounts::people_store;
use crate::accounts::resident::Account;
use crate::accounts::resident_session::Resident;
use crate::accounts::staff_account;
use crate::accounts::staff_session::{HandlePetitions, InScope, Scoped, Staff, SupervisePetitions};
use crate::components::OptionGroups;
use crate::domain::article_files::FileRole;
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::legal_clocks::{Clock, ClockReading, ClockState};
use crate::domain::local_time::utc_to_chongqing;
use crate::domain::petitions::{
    self as rules, after, clock_reading, objection_deadline, Authorisation, Counted, MatterKind, MatterState,
    Move, MoveRefused, Proxy, Rating, Reference, Shown,
};
use crate::domain::staff::StaffAction;
use crate::domain::working_days::WorkingCalendar;
use crate::forms::FormState;
use crate::i18n::{dates, tr, tr_with, Lang};
use crate::information::files::upload;
use crate::mail::MailKind;
use crate::web::file_store::FileStoreError;
use crate::web::limits::{take_attempt_now, Limit};
use crate::web::transaction::begin_write;
use crate::web::working_calendar::working_calendar;
use crate::web::{see_other, ClientAddress, FormValues, Page, PageError, PageResult, PortalState};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use http::{header, HeaderValue};
use sea_orm::{DatabaseConnection, DbErr};
use std::collections::HashMap;

type Officer = Staff<HandlePetitions>;
type AtMatter = Scoped<Petition>;

impl InScope for Petition {
    type Permission = HandlePetitions;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        store::find_in_area(db, area, id).await
    }
}

fn dashed(key: &str) -> String {
    key.replace('_', "-")
}

fn state_text(lang: Lang, state: MatterState) -> String {
    tr(lang, &format!("petition-state-{}", dashed(state.key())))
}

fn kind_in(lang: Lang, kind: MatterKind) -> String {
    tr(lang, &format!("petition-kind-{}", dashed(kind.key())))
}

/// What the clocks need: the rules in force, the holidays, and today.
struct Clocks {
    parameters: std::sync::Arc<crate::domain::parameters::Parameters>,
    calendar: WorkingCalendar,
    today: NaiveDate,
}

impl Clocks {
    async fn load(state: &PortalState) -> PageResult<Clocks> {
        Ok(Clocks {
            parameters: state.parameters.current(),
            calendar: working_calendar(&state.db).await?,
            today: state.clock.today(),
        })
    }

    fn reading(&self, petition: &Petition) -> Option<(Clock, ClockReading)> {
        if petition.is_anonymous() {
            return None;
        }
        clock_reading(
            petition.state(),
            &petition.dates(),
            self.today,
            &self.parameters,
            &self.calendar,
        )
    }

    fn after(&self, petition: &Petition, attempted: Move) -> Result<MatterState, MoveRefused> {
        after(
            petition.state(),
            attempted,
            &petition.dates(),
            self.today,
            &self.parameters,
            &self.calendar,
        )
    }

    fn deadline(&self, clock: Clock, from: NaiveDate, extra: u32) -> Option<NaiveDate> {
        clock.deadline(from, extra, &self.parameters, &self.calendar)
    }
}

fn flag(lang: Lang, reading: &ClockReading) -> Option<(String, bool)> {
    match reading.state {
        ClockState::OnTime => None,
        ClockState::DueSoon => Some((tr(lang, "petitions-flag-due-soon"), false)),
        ClockState::Overdue => Some((tr(lang, "petitions-flag-overdue"), true)),
    }
}

fn held_by(state: &PortalState, lang: Lang, petition: &Petition) -> String {
    let area = state.areas.name_of(&petition.area_code, lang);
    if petition.department.is_empty() {
        area
    } else {
        format!("{area} · {}", petition.department)
    }
}

fn matter_row(
    state: &PortalState,
    clocks: &Clocks,
    lang: Lang,
    petition: &Petition,
    href: String,
) -> MatterRow {
    let reading = clocks.reading(petition);
    let kind = if petition.is_anonymous() {
        format!(
            "{} ({})",
            kind_in(lang, petition.kind()),
            tr(lang, "petitions-anonymous-tag")
        )
    } else {
        kind_in(lang, petition.kind())
    };
    MatterRow {
        href,
        reference: petition.reference(),
        kind,
        state: state_text(lang, petition.state()),
        held_by: held_by(state, lang, petition),
        deadline: reading
            .map(|(_, r)| dates::date(lang, r.deadline))
            .unwrap_or_else(|| tr(lang, "petitions-no-deadline")),
        days_left: reading
            .map(|(_, r)| tr_with(lang, "petitions-days-left", &[("days", r.days_left.to_string())]))
            .unwrap_or_default(),
        flag: reading.and_then(|(_, r)| flag(lang, &r)),
    }
}

// ---- Residents ----

/// `GET /petitions`.
pub async fn home(
    State(state): State<PortalState>,
    resident: Option<Resident>,
    lang: Lang,
) -> PageResult<Page> {
    let mut home = PetitionsHome::default();
    if let Some(Resident(account)) = resident {
        let clocks = Clocks::load(&state).await?;
        home.signed_in = true;
        home.matters = store::list_own(&state.db, account.id)
            .await?
            .iter()
            .map(|p| matter_row(&state, &clocks, lang, p, format!("/petitions/{}", p.reference())))
            .collect();
    }
    Ok(Page::new(PetitionsHomePage).with(home))
}

async fn file_view(
    state: &PortalState,
    account: &Account,
    lang: Lang,
    recording: bool,
) -> PageResult<FileView> {
    Ok(FileView {
        own_name: account.full_name.clone(),
        helped: people_store::list(&state.db, account.id)
            .await?
            .into_iter()
            .map(|p| (p.id, p.full_name))
            .collect(),
        communities: state.areas.communities_by_street(lang),
        recording,
    })
}

/// `GET /petitions/new`.
pub async fn file_page(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
) -> PageResult<Page> {
    Ok(Page::new(FilePage).with(file_view(&state, &account, lang, false).await?))
}

/// `GET /petitions/new/recording`.
pub async fn file_recording_page(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
) -> PageResult<Page> {
    Ok(Page::new(FilePage).with(file_view(&state, &account, lang, true).await?))
}

/// Who the matter is for and who files it, as the form says; `None` when
/// something must be fixed (named in `form`).
async fn read_filing(
    state: &PortalState,
    account: &Account,
    form: &mut FormState,
    recording: bool,
) -> PageResult<Option<NewPetition>> {
    let chosen = form.value("for");
    let mut proxied = true;
    let who = match chosen.as_str() {
        "" | "me" => {
            proxied = false;
            Some((account.full_name.clone(), Proxy::Themself, String::new(), None))
        }
        "other" => {
            let name = form.name("petitioner_name", "petitions-petitioner-name-error");
            let proxy = form.choice(
                "proxy",
                |p| Proxy::parse(p).filter(|p| *p != Proxy::Themself),
                "petitions-proxy-error",
            );
            match (name, proxy) {
                (Some(name), Some(proxy)) => Some((name, proxy, String::new(), None)),
                _ => None,
            }
        }
        other => {
            let person = match other.parse::<i32>() {
                Ok(id) => people_store::find(&state.db, account.id, id).await?,
                Err(_) => None,
            };
            match person {
                Some(p) => Some((
                    p.full_name,
                    Proxy::Family,
                    p.relationship.key().to_string(),
                    Some(p.id),
                )),
                None => {
                    form.add("for", "petitions-for-error");
                    None
                }
            }
        }
    };
    let authorisation = if proxied {
        let how = form.choice(
            "authorisation",
            Authorisation::parse,
            "petitions-authorisation-error",
        );
        if !form.ticked("authorised", "yes") {
            form.add("authorised", "petitions-authorised-error");
        }
        how.map(|a| a.key().to_string())
    } else {
        Some(String::new())
    };
    let kind = form.choice("kind", MatterKind::parse, "petitions-kind-error");
    let area = form.value("area");
    if !state.areas.is_community(&area) {
        form.add("area", "petitions-area-error");
    }
    let (what_happened, what_asked) = if recording {
        (String::new(), String::new())
    } else {
        (
            form.text("what_happened", MAX_STORY, Some("petitions-what-happened-error")),
            form.text("what_asked", MAX_TEXT, Some("petitions-what-asked-error")),
        )
    };
    let (Some((petitioner_name, proxy, relationship, helped)), Some(authorisation), Some(kind), false) =
        (who, authorisation, kind, form.has_errors())
    else {
        return Ok(None);
    };
    Ok(Some(NewPetition {
        account_id: Some(account.id),
        helped_person_id: helped,
        petitioner_name,
        proxy: proxy.key().to_string(),
        relationship,
        authorisation,
        kind,
        home_area: area,
        what_happened,
        what_asked,
        recording: None,
        email: account.email.clone(),
        lang: account.language(),
    }))
}

/// Matters one account may file in a day: far more than anyone needs, few enough that nobody floods staff.
const FILINGS_PER_DAY: usize = 10;
/// Anonymous suggestions from one address in an hour.
const SUGGESTIONS_PER_HOUR: usize = 5;

/// Counts a filing against the account's daily limit; `false` (with the
/// error in `form`) when it is used up.
async fn within_limit(
    state: &PortalState,
    limit: Limit,
    form: &mut FormState,
    field: &str,
    message: &str,
) -> PageResult<bool> {
    match take_attempt_now(&state.db, &[limit], state.clock.now()).await? {
        Ok(_counted) => Ok(true),
        Err(_until) => {
            form.add(field, message);
            Ok(false)
        }
    }
}

fn filing_limit(account: &Account) -> Limit {
    Limit {
        key: format!("petition-file:account:{}", account.id),
        max: FILINGS_PER_DAY,
        window: chrono::Duration::days(1),
    }
}

fn filed(petition: &Petition) -> Response {
    see_other(&format!("/petitions/{}?done=filed", petition.reference()))
}

/// `POST /petitions/new`: a matter in writing.
pub async fn file_written(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let new = read_filing(&state, &account, &mut form, false).await?;
    let new = match new {
        Some(new)
            if within_limit(
                &state,
                filing_limit(&account),
                &mut form,
                "for",
                "petitions-too-many",
            )
            .await? =>
        {
            Some(new)
        }
        _ => None,
    };
    let Some(new) = new else {
        let view = file_view(&state, &account, lang, false).await?;
        return Ok(Page::new(FilePage).with(view).rejected(form).into_response());
    };
    let petition = store::file(
        &state.db,
        &state.public_url,
        new,
        state.clock.today(),
        state.clock.now(),
    )
    .await?;
    Ok(filed(&petition))
}

/// `POST /petitions/new/recording`: a sign-language video or voice
/// recording, streamed to the file store, which staff transcribe.
pub async fn file_recording(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    request: Request,
) -> PageResult<Response> {
    let read = upload::read(request, &state.uploads, FileRole::Video).await?;
    let mut form = read.form;
    let new = read_filing(&state, &account, &mut form, true).await?;
    let new = match new {
        Some(new)
            if within_limit(
                &state,
                filing_limit(&account),
                &mut form,
                "for",
                "petitions-too-many",
            )
            .await? =>
        {
            Some(new)
        }
        _ => None,
    };
    let stored = match read.file {
        Ok(stored) => Some(stored),
        Err(problem) => {
            form.add(
                upload::file_field(FileRole::Video),
                problem.message_id(FileRole::Video),
            );
            None
        }
    };
    let (Some(mut new), Some(stored)) = (new, stored.clone()) else {
        if let Some(stored) = stored {
            upload::remove(&state.uploads, &[stored.storage_key]).await;
        }
        let view = file_view(&state, &account, lang, true).await?;
        return Ok(Page::new(FilePage).with(view).rejected(form).into_response());
    };
    new.recording = Some(Recording {
        key: stored.storage_key.clone(),
        content_type: stored.media.content_type().to_string(),
        name: stored.original_name.clone(),
        bytes: i64::try_from(stored.size_bytes).unwrap_or(i64::MAX),
    });
    let filed_matter = store::file(
        &state.db,
        &state.public_url,
        new,
        state.clock.today(),
        state.clock.now(),
    )
    .await;
    match filed_matter {
        Ok(petition) => Ok(filed(&petition)),
        Err(error) => {
            upload::remove(&state.uploads, &[stored.storage_key]).await;
            Err(error.into())
        }
    }
}

/// The account's own matter with this reference, or 404.
async fn own(state: &PortalState, account: &Account, reference: &str) -> PageResult<Petition> {
    let reference = Reference::parse(reference).ok_or(PageError::NotFound)?;
    store::find_own(&state.db, account.id, &reference)
        .await?
        .ok_or(PageError::NotFound)
}

fn event_text(lang: Lang, event: &str) -> String {
    tr(lang, &format!("petition-event-{}", dashed(event)))
}

/// Events whose detail the petitioner sees (what they wrote, and reasons owed to them).
const PUBLIC_DETAIL: [&str; 6] = [
    "information",
    "corrected",
    "review_requested",
    "re_review_requested",
    "extended",
    "rated",
];

fn at_text(at: chrono::DateTime<chrono::Utc>) -> String {
    dates::numeric_date_time(utc_to_chongqing(at))
}

fn notice_views(lang: Lang, notices: &[store::Notice]) -> Vec<NoticeView> {
    notices
        .iter()
        .map(|n| NoticeView {
            title: tr(lang, &format!("petition-notice-title-{}", dashed(&n.kind))),
            issued: at_text(n.issued_at),
            ordinary: n.ordinary.clone(),
            easy_read: n.easy_read.clone(),
        })
        .collect()
}

fn proxy_text(lang: Lang, petition: &Petition) -> Option<String> {
    let proxy = Proxy::parse(&petition.proxy)?;
    if proxy == Proxy::Themself {
        return None;
    }
    let how = Authorisation::parse(&petition.authorisation)
        .map(|a| tr(lang, &format!("petitions-authorisation-{}", dashed(a.key()))))
        .unwrap_or_default();
    Some(tr_with(
        lang,
        &format!("petitions-filed-by-{}", dashed(proxy.key())),
        &[("how", how)],
    ))
}

async fn status_view(state: &PortalState, lang: Lang, petition: &Petition) -> PageResult<StatusView> {
    let clocks = Clocks::load(state).await?;
    let matter_state = petition.state();
    let reading = clocks.reading(petition);
    let next = reading.map(|(_, r)| {
        tr_with(
            lang,
            &format!("petitions-next-{}", dashed(matter_state.key())),
            &[("date", dates::date(lang, r.deadline))],
        )
    });
    let may_ask = match matter_state {
        MatterState::Decided | MatterState::Reviewed => {
            let attempted = if matter_state == MatterState::Decided {
                Move::RequestReview
            } else {
                Move::RequestReReview
            };
            let which = if attempted == Move::RequestReview {
                "review"
            } else {
                "re-review"
            };
            clocks
                .after(petition, attempted)
                .ok()
                .and(reading)
                .map(|(_, r)| (which, dates::date(lang, r.deadline)))
        }
        _ => None,
    };
    let history = store::events(&state.db, petition.id)
        .await?
        .iter()
        .map(|e| HistoryView {
            at: at_text(e.at),
            what: event_text(lang, &e.event),
            detail: if PUBLIC_DETAIL.contains(&e.event.as_str()) {
                rating_or_text(lang, &e.event, &e.detail)
            } else {
                String::new()
            },
        })
        .collect();
    let notices = notice_views(lang, &store::notices(&state.db, petition.id).await?);
    Ok(StatusView {
        reference: petition.reference(),
        kind: kind_in(lang, petition.kind()),
        petitioner: petition.petitioner_name.clone(),
        filed_for: proxy_text(lang, petition),
        state: state_text(lang, matter_state),
        next,
        what_happened: petition.what_happened.clone(),
        what_asked: petition.what_asked.clone(),
        transcript_to_confirm: (matter_state == MatterState::AwaitingConfirmation)
            .then(|| petition.transcript.clone()),
        awaiting_transcript: matter_state == MatterState::AwaitingTranscript,
        notices,
        history,
        may_add: matter_state != MatterState::Closed,
        may_ask,
        may_rate: matter_state.may_rate(),
        rating: Rating::parse(&petition.rating).map(|r| rating_text(lang, r)),
    })
}

fn rating_text(lang: Lang, rating: Rating) -> String {
    tr(lang, &format!("petitions-rating-{}", dashed(rating.key())))
}

fn rating_or_text(lang: Lang, event: &str, detail: &str) -> String {
    match (event, Rating::parse(detail)) {
        ("rated", Some(rating)) => rating_text(lang, rating),
        _ => detail.to_string(),
    }
}

async fn status_page(state: &PortalState, lang: Lang, petition: &Petition) -> PageResult<Page> {
    Ok(Page::new(StatusPage).with(status_view(state, lang, petition).await?))
}

async fn status_again(
    state: &PortalState,
    lang: Lang,
    petition: &Petition,
    form: FormState,
) -> PageResult<Response> {
    Ok(status_page(state, lang, petition)
        .await?
        .rejected(form)
        .into_response())
}

/// `GET /petitions/{reference}`: only the account that filed it.
pub async fn status(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    Path(reference): Path<String>,
) -> PageResult<Page> {
    let petition = own(&state, &account, &reference).await?;
    status_page(&state, lang, &petition).await
}

fn back_to_status(petition: &Petition, done: &str) -> Response {
    see_other(&format!("/petitions/{}?done={done}", petition.reference()))
}

/// A change the petitioner makes, in its own transaction. `false`: the
/// matter moved on meanwhile.
async fn petitioner_change(state: &PortalState, change: Change<'_>) -> PageResult<bool> {
    let txn = begin_write(&state.db).await?;
    let made = store::change(&txn, &state.public_url, change, state.clock.now()).await?;
    if made {
        txn.commit().await?;
    } else {
        txn.rollback().await?;
    }
    Ok(made)
}

/// `POST /petitions/{reference}/transcript`: confirm the transcript, or send it corrected.
pub async fn transcript(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    Path(reference): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let petition = own(&state, &account, &reference).await?;
    let clocks = Clocks::load(&state).await?;
    let mut form = sent.to_form();
    let Ok(next) = clocks.after(&petition, Move::ConfirmTranscript) else {
        return Ok(back_to_status(&petition, "unchanged"));
    };
    let mut to = petition.clone();
    to.state = next.key().to_string();
    let (event, detail) = if form.value("choice") == "correct" {
        let corrected = form.text("transcript", MAX_STORY, Some("petitions-transcript-error"));
        if form.has_errors() {
            return status_again(&state, lang, &petition, form).await;
        }
        to.transcript = corrected.clone();
        ("corrected", corrected)
    } else {
        ("confirmed", String::new())
    };
    let change = Change {
        from: &petition,
        to,
        actor: "petitioner".into(),
        event,
        detail,
        notice: None,
        mail: None,
    };
    petitioner_change(&state, change).await?;
    Ok(back_to_status(&petition, "confirmed"))
}

/// `POST /petitions/{reference}/information`: more information, in the history.
pub async fn information(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    Path(reference): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let petition = own(&state, &account, &reference).await?;
    let mut form = sent.to_form();
    if petition.state() == MatterState::Closed {
        return Ok(back_to_status(&petition, "unchanged"));
    }
    let text = form.text("information", MAX_STORY, Some("petitions-add-error"));
    if form.has_errors() {
        return status_again(&state, lang, &petition, form).await;
    }
    store::add_event(
        &state.db,
        petition.id,
        "petitioner",
        "information",
        &text,
        state.clock.now(),
    )
    .await?;
    Ok(back_to_status(&petition, "information"))
}

/// `POST /petitions/{reference}/review`: ask for a review, or a re-review, within the limit.
pub async fn review(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    Path(reference): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let petition = own(&state, &account, &reference).await?;
    let clocks = Clocks::load(&state).await?;
    let mut form = sent.to_form();
    let attempted = match petition.state() {
        MatterState::Decided => Move::RequestReview,
        MatterState::Reviewed => Move::RequestReReview,
        _ => return Ok(back_to_status(&petition, "unchanged")),
    };
    let reason = form.text("reason", MAX_TEXT, Some("petitions-ask-reason-error"));
    let next = match clocks.after(&petition, attempted) {
        Ok(next) => Some(next),
        Err(MoveRefused::TooLate) => {
            form.add("reason", "petitions-ask-too-late");
            None
        }
        Err(_) => return Ok(back_to_status(&petition, "unchanged")),
    };
    let Some(next) = next.filter(|_| !form.has_errors()) else {
        return status_again(&state, lang, &petition, form).await;
    };
    let mut to = petition.clone();
    to.state = next.key().to_string();
    let event = if attempted == Move::RequestReview {
        to.review_requested_on = Some(clocks.today);
        "review_requested"
    } else {
        to.re_review_requested_on = Some(clocks.today);
        "re_review_requested"
    };
    let change = Change {
        from: &petition,
        to,
        actor: "petitioner".into(),
        event,
        detail: reason,
        notice: None,
        mail: None,
    };
    petitioner_change(&state, change).await?;
    Ok(back_to_status(&petition, "review"))
}

/// `POST /petitions/{reference}/rate`: rate the handling, which closes the matter.
pub async fn rate(
    State(state): State<PortalState>,
    Resident(account): Resident,
    lang: Lang,
    Path(reference): Path<String>,
    sent: FormValues,
) -> PageResult<Response> {
    let petition = own(&state, &account, &reference).await?;
    let clocks = Clocks::load(&state).await?;
    let mut form = sent.to_form();
    let Ok(next) = clocks.after(&petition, Move::Rate) else {
        return Ok(back_to_status(&petition, "unchanged"));
    };
    let Some(rating) = form.choice("rating", Rating::parse, "petitions-rate-error") else {
        return status_again(&state, lang, &petition, form).await;
    };
    let mut to = petition.clone();
    to.state = next.key().to_string();
    to.rating = rating.key().to_string();
    to.closed_on = Some(clocks.today);
    let change = Change {
        from: &petition,
        to,
        actor: "petitioner".into(),
        event: "rated",
        detail: rating.key().to_string(),
        notice: None,
        mail: None,
    };
    petitioner_change(&state, change).await?;
    Ok(back_to_status(&petition, "rated"))
}

/// `GET /petitions/suggest`.
pub async fn suggest_page(State(state): State<PortalState>, lang: Lang) -> Page {
    Page::new(SuggestPage).with(SuggestView {
        communities: state.areas.communities_by_street(lang),
    })
}

/// `POST /petitions/suggest`: anonymous, untracked, no email.
pub async fn suggest(
    State(state): State<PortalState>,
    lang: Lang,
    client: ClientAddress,
    sent: FormValues,
) -> PageResult<Response> {
    let mut form = sent.to_form();
    let area = form.value("area");
    if !state.areas.is_community(&area) {
        form.add("area", "petitions-area-error");
    }
    let text = form.text("suggestion", MAX_STORY, Some("petitions-suggest-error"));
    let limit = Limit {
        key: format!("petition-suggestion:address:{}", client.for_limits()),
        max: SUGGESTIONS_PER_HOUR,
        window: chrono::Duration::hours(1),
    };
    if !form.has_errors() {
        within_limit(
            &state,
            limit,
            &mut form,
            "suggestion",
            "petitions-suggest-too-many",
        )
        .await?;
    }
    if form.has_errors() {
        let view = SuggestView {
            communities: state.areas.communities_by_street(lang),
        };
        return Ok(Page::new(SuggestPage).with(view).rejected(form).into_response());
    }
    let new = NewPetition {
        account_id: None,
        helped_person_id: None,
        petitioner_name: String::new(),
        proxy: Proxy::Themself.key().to_string(),
        relationship: String::new(),
        authorisation: String::new(),
        kind: MatterKind::Suggestion,
        home_area: area,
        what_happened: text,
        what_asked: String::new(),
        recording: None,
        email: String::new(),
        lang,
    };
    store::file(
        &state.db,
        &state.public_url,
        new,
        state.clock.today(),
        state.clock.now(),
    )
    .await?;
    Ok(see_other("/petitions/suggest/sent"))
}

/// `GET /petitions/suggest/sent`.
pub async fn suggest_sent() -> Page {
    Page::new(SuggestSentPage)
}

fn shown_text(lang: Lang, shown: Shown) -> String {
    match shown {
        Shown::Count(n) => n.to_string(),
        Shown::FewerThan(n) => tr_with(lang, "petitions-stat-fewer", &[("count", n.to_string())]),
        Shown::Withheld => tr(lang, "petitions-stat-withheld"),
    }
}

fn rate_text(lang: Lang, rate: Option<u32>) -> String {
    match rate {
        Some(rate) => format!("{rate}%"),
        None => tr(lang, "petitions-stat-too-few"),
    }
}

/// `GET /petitions/statistics`: tracked matters by month and kind.
pub async fn statistics(State(state): State<PortalState>, lang: Lang) -> PageResult<Page> {
    let clocks = Clocks::load(&state).await?;
    let counted: Vec<Counted> = store::all_tracked(&state.db)
        .await?
        .iter()
        .filter_map(|p| {
            let received = p.received_on?;
            let settled_on_time = match (p.accepted_on, p.decided_on) {
                (Some(accepted), Some(decided)) => Some(rules::settled_on_time(
                    accepted,
                    u32::try_from(p.extension_days).unwrap_or(0),
                    decided,
                    &clocks.parameters,
                    &clocks.calendar,
                )),
                _ => None,
            };
            Some(Counted {
                kind: p.kind(),
                received,
                settled_on_time,
                rating: Rating::parse(&p.rating),
            })
        })
        .collect();
    let (rows, total) = rules::statistics(&counted);
    let month = |d: NaiveDate| match lang {
        Lang::ZhCn => d.format("%Y年%-m月").to_string(),
        Lang::En => d.format("%B %Y").to_string(),
    };
    let view = StatisticsView {
        rows: rows
            .iter()
            .map(|r| StatisticsLine {
                month: month(r.month),
                kind: kind_in(lang, r.kind),
                received: shown_text(lang, r.received),
                on_time: rate_text(lang, r.on_time_rate),
                satisfied: rate_text(lang, r.satisfaction_rate),
            })
            .collect(),
        total: (!counted.is_empty()).then(|| StatisticsLine {
            month: String::new(),
            kind: String::new(),
            received: shown_text(lang, total.received),
            on_time: rate_text(lang, total.on_time_rate),
            satisfied: rate_text(lang, total.satisfaction_rate),
        }),
    };
    Ok(Page::new(StatisticsPage).with(view))
}

// ---- Staff ----

/// `GET /staff/petitions`: the matters in the officer's area, every view audited.
pub async fn staff_list(State(state): State<PortalState>, staff: Officer) -> PageResult<Page> {
    let lang = staff.lang;
    let clocks = Clocks::load(&state).await?;
    let matters = store::list_in_area(&state.db, &staff.member.area).await?;
    let mut rows: Vec<(i64, MatterRow)> = matters
        .iter()
        .map(|p| {
            let urgency = clocks.reading(p).map_or(i64::MAX, |(_, r)| r.days_left);
            let row = matter_row(&state, &clocks, lang, p, format!("/staff/petitions/{}", p.id));
            (urgency, row)
        })
        .collect();
    // The most urgent first; matters without a running clock last.
    rows.sort_by_key(|(urgency, _)| *urgency);
    staff
        .actor
        .record(
            &state.db,
            Audit::new(AuditAction::ViewPetitions, AuditTarget::Petitions),
        )
        .await?;
    let view = StaffListView {
        rows: rows.into_iter().map(|(_, row)| row).collect(),
        supervises: staff.member.may(StaffAction::SupervisePetitions).is_ok(),
    };
    Ok(staff.page(StaffListPage).with(view))
}

/// `GET /staff/petitions/supervision`: overdue matters across the district.
pub async fn supervision(
    State(state): State<PortalState>,
    staff: Staff<SupervisePetitions>,
) -> PageResult<Page> {
    let lang = staff.lang;
    let clocks = Clocks::load(&state).await?;
    let rows = store::list_in_area(&state.db, &staff.member.area)
        .await?
        .iter()
        .filter(|p| {
            clocks
                .reading(p)
                .is_some_and(|(_, r)| r.state == ClockState::Overdue)
        })
        .map(|p| matter_row(&state, &clocks, lang, p, format!("/staff/petitions/{}", p.id)))
        .collect();
    let audit = Audit::new(AuditAction::ViewSupervision, AuditTarget::Petitions).detail("overdue");
    staff.actor.record(&state.db, audit).await?;
    Ok(staff.page(SupervisionPage).with(SupervisionView { rows }))
}

/// Every area to route to: the district, then each street or town with its communities.
fn route_targets(state: &PortalState, lang: Lang) -> OptionGroups {
    let names = state.areas.names(lang);
    let mut groups: OptionGroups = names
        .iter()
        .filter(|a| a.parent.is_none())
        .map(|d| (d.name.clone(), vec![(d.code.clone(), d.name.clone())]))
        .collect();
    for street in names.iter().filter(|a| a.kind == "street" || a.kind == "town") {
        let mut options = vec![(street.code.clone(), street.name.clone())];
        options.extend(
            names
                .iter()
                .filter(|a| a.parent.as_deref() == Some(street.code.as_str()))
                .map(|a| (a.code.clone(), a.name.clone())),
        );
        groups.push((street.name.clone(), options));
    }
    groups
}

/// Where letters are emailed: the filing account's address as it is now
/// (mail follows a changed address), and nowhere once the account is closed.
async fn letters_to(db: &DatabaseConnection, lang: Lang, petition: &Petition) -> Result<String, DbErr> {
    let current = match petition.account_id {
        Some(id) => crate::accounts::resident::find(db, id).await?.map(|a| a.email),
        None => None,
    };
    Ok(current.unwrap_or_else(|| tr(lang, "petitions-contact-closed")))
}

async fn matter_view(at: &AtMatter, petition: &Petition) -> PageResult<StaffMatterView> {
    let (state, staff, lang) = (&at.state, &at.staff, at.lang());
    let clocks = Clocks::load(state).await?;
    let matter_state = petition.state();
    let staff_names: HashMap<i32, String> = staff_account::all(&state.db)
        .await?
        .into_iter()
        .map(|s| (s.id, s.display_name))
        .collect();
    let clock = clocks.reading(petition).map(|(clock, r)| {
        let text = tr_with(
            lang,
            &format!("petition-clock-{}", dashed(clock.key())),
            &[
                ("date", dates::date(lang, r.deadline)),
                ("days", r.days_left.to_string()),
            ],
        );
        (text, flag(lang, &r))
    });
    let objection_by = (matter_state == MatterState::Routed)
        .then(|| objection_deadline(&petition.dates(), &clocks.parameters, &clocks.calendar))
        .flatten()
        .filter(|last| clocks.today <= *last)
        .map(|last| dates::date(lang, last));
    let may = |m| clocks.after(petition, m).is_ok();
    let actions = StaffActions {
        transcribe: may(Move::Transcribe),
        route: may(Move::Route),
        object: objection_by,
        accept: may(Move::Accept),
        extend: may(Move::Extend),
        decide: may(Move::Decide),
        answer: if may(Move::AnswerReview) {
            Some("review")
        } else if may(Move::AnswerReReview) {
            Some("re-review")
        } else {
            None
        },
        supervise: staff.member.may(StaffAction::SupervisePetitions).is_ok(),
    };
    let mut facts = vec![
        (tr(lang, "petitions-col-state"), state_text(lang, matter_state)),
        (tr(lang, "petitions-col-kind"), kind_in(lang, petition.kind())),
    ];
    if petition.is_anonymous() {
        facts.push((
            tr(lang, "petitions-petitioner"),
            tr(lang, "petitions-anonymous-tag"),
        ));
    } else {
        facts.push((tr(lang, "petitions-petitioner"), petition.petitioner_name.clone()));
        if let Some(by) = proxy_text(lang, petition) {
            let relationship = if petition.relationship.is_empty() {
                String::new()
            } else {
                format!(
                    " ({})",
                    tr(lang, &format!("people-relationship-{}", petition.relationship))
                )
            };
            facts.push((tr(lang, "petitions-filed-by"), format!("{by}{relationship}")));
        }
        facts.push((
            tr(lang, "petitions-contact"),
            letters_to(&state.db, lang, petition).await?,
        ));
    }
    facts.push((
        tr(lang, "petitions-home-area"),
        state.areas.name_of(&petition.home_area, lang),
    ));
    facts.push((tr(lang, "petitions-col-held-by"), held_by(state, lang, petition)));
    if let Some(received) = petition.received_on {
        facts.push((tr(lang, "petitions-received-on"), dates::date(lang, received)));
    }
    if petition.extension_days > 0 {
        facts.push((
            tr(lang, "petitions-extended"),
            tr_with(
                lang,
                "petitions-extended-by",
                &[
                    ("days", petition.extension_days.to_string()),
                    ("reason", petition.extension_reason.clone()),
                ],
            ),
        ));
    }
    let history = store::events(&state.db, petition.id)
        .await?
        .iter()
        .map(|e| {
            let by = match e
                .actor
                .strip_prefix("staff:")
                .and_then(|id| id.parse::<i32>().ok())
            {
                Some(id) => staff_names.get(&id).cloned().unwrap_or_default(),
                None => tr(lang, "petitions-by-petitioner"),
            };
            HistoryView {
                at: at_text(e.at),
                what: format!("{} · {by}", event_text(lang, &e.event)),
                detail: rating_or_text(lang, &e.event, &e.detail),
            }
        })
        .collect();
    let notes = store::notes(&state.db, petition.id)
        .await?
        .into_iter()
        .map(|n| NoteView {
            by: staff_names.get(&n.staff_id).cloned().unwrap_or_default(),
            at: at_text(n.at),
            body: n.body,
            supervision: n.supervision,
        })
        .collect();
    Ok(StaffMatterView {
        id: petition.id,
        reference: petition.reference(),
        facts,
        clock,
        what_happened: petition.what_happened.clone(),
        what_asked: petition.what_asked.clone(),
        recording: petition.has_recording().then(|| petition.recording_name.clone()),
        transcript: petition.transcript.clone(),
        notices: notice_views(lang, &store::notices(&state.db, petition.id).await?),
        history,
        notes,
        areas: route_targets(state, lang),
        actions,
        max_extension: Clock::PetitionExtension
            .length(&clocks.parameters, petition.accepted_on.unwrap_or(clocks.today))
            .unwrap_or(0),
    })
}

async fn matter_page(at: &AtMatter, petition: &Petition) -> PageResult<Page> {
    let view = matter_view(at, petition).await?;
    Ok(at.page(StaffMatterPage).with(view))
}

async fn again(at: &AtMatter, form: FormState) -> PageResult<Response> {
    Ok(matter_page(at, &at.found).await?.rejected(form).into_response())
}

fn back_to_matter(petition: &Petition, done: &str) -> Response {
    see_other(&format!("/staff/petitions/{}?done={done}", petition.id))
}

/// `GET /staff/petitions/{id}`: every view is in the audit log.
pub async fn staff_show(at: AtMatter) -> PageResult<Page> {
    let audit = Audit::new(AuditAction::ViewPetition, AuditTarget::Petition(at.found.id));
    at.staff.actor.record(&at.state.db, audit).await?;
    matter_page(&at, &at.found).await
}

/// `GET /staff/petitions/{id}/recording`: the video or voice recording, streamed.
pub async fn recording(at: AtMatter) -> PageResult<Response> {
    let petition = &at.found;
    if !petition.has_recording() {
        return Err(PageError::NotFound);
    }
    let files = &at.state.uploads;
    let len = match files.len(&petition.recording_key).await {
        Ok(len) => len,
        Err(FileStoreError::NotFound | FileStoreError::BadKey(_)) => return Err(PageError::NotFound),
        Err(error) => return Err(error.into()),
    };
    let stream = files.read_range(&petition.recording_key, 0..len).await?;
    let audit = Audit::new(
        AuditAction::ViewPetitionRecording,
        AuditTarget::Petition(petition.id),
    );
    at.staff.actor.record(&at.state.db, audit).await?;
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    let content_type = HeaderValue::from_str(&petition.recording_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}

/// A staff change to the matter: checked against the state machine,
/// recorded with its audit entry, its history entry and any notice, or
/// shown again with why not.
struct StaffChange {
    attempted: Move,
    to: Petition,
    event: &'static str,
    detail: String,
    notice: Option<NewNotice>,
    mail: Option<MailKind>,
    action: AuditAction,
    done: &'static str,
}

async fn make(at: &AtMatter, change: StaffChange, mut form: FormState) -> PageResult<Response> {
    let (state, staff, petition) = (&at.state, &at.staff, &at.found);
    let clocks = Clocks::load(state).await?;
    match clocks.after(petition, change.attempted) {
        Ok(next) if next.key() == change.to.state => {}
        Ok(_) | Err(MoveRefused::WrongState) => {
            form.add("actions-heading", "petitions-staff-moved-on");
            return again(at, form).await;
        }
        Err(MoveRefused::TooLate) => {
            form.add("actions-heading", "petitions-staff-too-late");
            return again(at, form).await;
        }
        Err(MoveRefused::AlreadyExtended) => {
            form.add("actions-heading", "petitions-staff-already-extended");
            return again(at, form).await;
        }
    }
    let audited = at.change().await?;
    let made = store::change(
        audited.db(),
        &state.public_url,
        Change {
            from: petition,
            to: change.to,
            actor: format!("staff:{}", staff.account.id),
            event: change.event,
            detail: change.detail.clone(),
            notice: change.notice,
            mail: change.mail,
        },
        state.clock.now(),
    )
    .await?;
    let audit = Audit::new(change.action, AuditTarget::Petition(petition.id)).detail(change.event);
    if !audited.commit_if(made, audit).await? {
        form.add("actions-heading", "petitions-staff-moved-on");
        let current: Petition = staff.in_scope(&state.db, petition.id).await?;
        let page = matter_page(at, &current).await?;
        return Ok(page.rejected(form).into_response());
    }
    Ok(back_to_matter(petition, change.done))
}

fn moved(petition: &Petition, next: MatterState) -> Petition {
    let mut to = petition.clone();
    to.state = next.key().to_string();
    to
}

/// `POST /staff/petitions/{id}/transcribe`: write down a recorded matter for the petitioner to confirm.
pub async fn transcribe(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let text = form.text("transcript", MAX_STORY, Some("petitions-staff-transcript-error"));
    if form.has_errors() {
        return again(&at, form).await;
    }
    let mut to = moved(&at.found, MatterState::AwaitingConfirmation);
    to.transcript = text;
    let change = StaffChange {
        attempted: Move::Transcribe,
        to,
        event: "transcribed",
        detail: String::new(),
        notice: None,
        mail: Some(MailKind::PetitionTranscribed),
        action: AuditAction::TranscribePetition,
        done: "transcribed",
    };
    make(&at, change, form).await
}

/// `POST /staff/petitions/{id}/route`: to the body that handles it (or on to another).
pub async fn route(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let (state, lang) = (&at.state, at.lang());
    let mut form = sent.to_form();
    let target = form.value("to");
    let known = state.areas.names(lang).iter().any(|a| a.code == target);
    if !known {
        form.add("to", "petitions-staff-route-error");
    }
    let department = form.text("department", 100, None);
    if form.has_errors() {
        return again(&at, form).await;
    }
    let petition = &at.found;
    let mut to = moved(petition, MatterState::Routed);
    to.routed_from = petition.area_code.clone();
    to.area_code = target.clone();
    to.department = department.clone();
    to.routed_on = Some(state.clock.today());
    let mut detail = state.areas.name_of(&target, lang);
    if !department.is_empty() {
        detail = format!("{detail} · {department}");
    }
    let change = StaffChange {
        attempted: Move::Route,
        to,
        event: "routed",
        detail,
        notice: None,
        mail: None,
        action: AuditAction::RoutePetition,
        done: "routed",
    };
    make(&at, change, form).await
}

/// `POST /staff/petitions/{id}/object`: not ours, within the objection limit; back to be routed again.
pub async fn object(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let reason = form.text("object_reason", MAX_TEXT, Some("petitions-staff-reason-error"));
    if form.has_errors() {
        return again(&at, form).await;
    }
    let petition = &at.found;
    let mut to = moved(petition, MatterState::Received);
    if !petition.routed_from.is_empty() {
        to.area_code = petition.routed_from.clone();
    }
    to.department = String::new();
    let change = StaffChange {
        attempted: Move::Object,
        to,
        event: "objected",
        detail: reason,
        notice: None,
        mail: None,
        action: AuditAction::ObjectPetition,
        done: "objected",
    };
    make(&at, change, form).await
}

/// The petitioner's language and the last day of a clock, in it.
fn day_in(lang: Lang, day: Option<NaiveDate>) -> String {
    day.map(|d| dates::date(lang, d)).unwrap_or_default()
}

fn with_message(text: String, message: &str) -> String {
    if message.is_empty() {
        text
    } else {
        format!("{text}\n{message}")
    }
}

/// `POST /staff/petitions/{id}/accept`: accepted, with the written notice.
pub async fn accept(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let state = &at.state;
    let mut form = sent.to_form();
    let message = form.text("accept_message", MAX_TEXT, None);
    if form.has_errors() {
        return again(&at, form).await;
    }
    let clocks = Clocks::load(state).await?;
    let petition = &at.found;
    let pl = petition.lang();
    let mut to = moved(petition, MatterState::Accepted);
    to.accepted_on = Some(clocks.today);
    let settle_by = day_in(pl, clocks.deadline(Clock::PetitionSettlement, clocks.today, 0));
    let args = [
        ("reference", petition.reference()),
        ("date", dates::date(pl, clocks.today)),
        ("body", held_by(state, pl, petition)),
        ("deadline", settle_by),
    ];
    let notice = NewNotice {
        kind: "acceptance",
        title: tr(pl, "petition-notice-title-acceptance"),
        ordinary: with_message(tr_with(pl, "petition-notice-acceptance", &args), &message),
        easy_read: tr_with(pl, "petition-notice-acceptance-easy", &args),
    };
    let change = StaffChange {
        attempted: Move::Accept,
        to,
        event: "accepted",
        detail: String::new(),
        notice: Some(notice),
        mail: None,
        action: AuditAction::AcceptPetition,
        done: "accepted",
    };
    make(&at, change, form).await
}

/// `POST /staff/petitions/{id}/not-accept`: not taken up, with reasons in both versions.
pub async fn not_accept(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let mut form = sent.to_form();
    let reason = form.text(
        "not_accept_reason",
        MAX_TEXT,
        Some("petitions-staff-reason-error"),
    );
    let easy = form.text("not_accept_easy", MAX_TEXT, Some("petitions-staff-easy-error"));
    if form.has_errors() {
        return again(&at, form).await;
    }
    let petition = &at.found;
    let pl = petition.lang();
    let args = [("reference", petition.reference())];
    let notice = NewNotice {
        kind: "not_accepted",
        title: tr(pl, "petition-notice-title-not-accepted"),
        ordinary: with_message(tr_with(pl, "petition-notice-not-accepted", &args), &reason),
        easy_read: with_message(tr(pl, "petition-notice-not-accepted-easy"), &easy),
    };
    let change = StaffChange {
        attempted: Move::NotAccept,
        to: moved(petition, MatterState::NotAccepted),
        event: "not_accepted",
        detail: reason,
        notice: Some(notice),
        mail: None,
        action: AuditAction::NotAcceptPetition,
        done: "not-accepted",
    };
    make(&at, change, form).await
}

/// `POST /staff/petitions/{id}/extend`: once, by at most the law's days, with the reason told.
pub async fn extend(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let state = &at.state;
    let clocks = Clocks::load(state).await?;
    let petition = &at.found;
    let accepted = petition.accepted_on.unwrap_or(clocks.today);
    let most = Clock::PetitionExtension
        .length(&clocks.parameters, accepted)
        .unwrap_or(0);
    let mut form = sent.to_form();
    let most_i32 = i32::try_from(most).unwrap_or(0).max(1);
    let days = form.number("days", 1..=most_i32, "petitions-staff-extend-days-error");
    let reason = form.text(
        "extend_reason",
        MAX_TEXT,
        Some("petitions-staff-extend-reason-error"),
    );
    let days = days.and_then(|d| u32::try_from(d).ok());
    let Some(days) = days.filter(|_| !form.has_errors()) else {
        if form.error("days").is_some() {
            // Say what the most is.
            form.errors.retain(|e| e.field != "days");
            form.add_with(
                "days",
                "petitions-staff-extend-days-error",
                vec![("days", most.to_string())],
            );
        }
        return again(&at, form).await;
    };
    if let Err(refused) = crate::domain::legal_clocks::check_extension(
        petition.extension_days > 0,
        days,
        &reason,
        accepted,
        &clocks.parameters,
    ) {
        tracing::debug!(%refused, "extension refused");
        form.add_with(
            "days",
            "petitions-staff-extend-days-error",
            vec![("days", most.to_string())],
        );
        return again(&at, form).await;
    }
    let pl = petition.lang();
    let mut to = moved(petition, MatterState::Accepted);
    to.extension_days = i32::try_from(days).unwrap_or(0);
    to.extension_reason = reason.clone();
    let new_deadline = day_in(pl, clocks.deadline(Clock::PetitionSettlement, accepted, days));
    let args = [
        ("reference", petition.reference()),
        ("days", days.to_string()),
        ("reason", reason.clone()),
        ("deadline", new_deadline),
    ];
    let notice = NewNotice {
        kind: "extension",
        title: tr(pl, "petition-notice-title-extension"),
        ordinary: tr_with(pl, "petition-notice-extension", &args),
        easy_read: tr_with(pl, "petition-notice-extension-easy", &args),
    };
    let change = StaffChange {
        attempted: Move::Extend,
        to,
        event: "extended",
        detail: reason,
        notice: Some(notice),
        mail: None,
        action: AuditAction::ExtendPetition,
        done: "extended",
    };
    make(&at, change, form).await
}

/// `POST /staff/petitions/{id}/decide`: the written decision, in both versions.
pub async fn decide(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let state = &at.state;
    let mut form = sent.to_form();
    let decision = form.text("decision", MAX_STORY, Some("petitions-staff-decision-error"));
    let easy = form.text("decision_easy", MAX_TEXT, Some("petitions-staff-easy-error"));
    if form.has_errors() {
        return again(&at, form).await;
    }
    let clocks = Clocks::load(state).await?;
    let petition = &at.found;
    let pl = petition.lang();
    let mut to = moved(petition, MatterState::Decided);
    to.decided_on = Some(clocks.today);
    let ask_by = day_in(pl, clocks.deadline(Clock::PetitionReviewRequest, clocks.today, 0));
    let args = [("date", ask_by)];
    let notice = NewNotice {
        kind: "decision",
        title: tr(pl, "petition-notice-title-decision"),
        ordinary: with_message(decision, &tr_with(pl, "petition-notice-review-right", &args)),
        easy_read: with_message(easy, &tr_with(pl, "petition-notice-review-right-easy", &args)),
    };
    let change = StaffChange {
        attempted: Move::Decide,
        to,
        event: "decided",
        detail: String::new(),
        notice: Some(notice),
        mail: None,
        action: AuditAction::DecidePetition,
        done: "decided",
    };
    make(&at, change, form).await
}

/// `POST /staff/petitions/{id}/answer`: the answer to a review or re-review, in both versions.
pub async fn answer(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let state = &at.state;
    let mut form = sent.to_form();
    let text = form.text("answer", MAX_STORY, Some("petitions-staff-answer-error"));
    let easy = form.text("answer_easy", MAX_TEXT, Some("petitions-staff-easy-error"));
    if form.has_errors() {
        return again(&at, form).await;
    }
    let clocks = Clocks::load(state).await?;
    let petition = &at.found;
    let pl = petition.lang();
    let (attempted, next, kind, event) = match petition.state() {
        MatterState::ReReviewRequested => (
            Move::AnswerReReview,
            MatterState::ReReviewed,
            "re_review_answer",
            "re_reviewed",
        ),
        _ => (
            Move::AnswerReview,
            MatterState::Reviewed,
            "review_answer",
            "reviewed",
        ),
    };
    let mut to = moved(petition, next);
    let (ordinary_end, easy_end) = if next == MatterState::Reviewed {
        to.reviewed_on = Some(clocks.today);
        let args = [(
            "date",
            day_in(
                pl,
                clocks.deadline(Clock::PetitionReReviewRequest, clocks.today, 0),
            ),
        )];
        (
            tr_with(pl, "petition-notice-re-review-right", &args),
            tr_with(pl, "petition-notice-re-review-right-easy", &args),
        )
    } else {
        to.re_reviewed_on = Some(clocks.today);
        (
            tr(pl, "petition-notice-final"),
            tr(pl, "petition-notice-final-easy"),
        )
    };
    let notice = NewNotice {
        kind,
        title: tr(pl, &format!("petition-notice-title-{}", dashed(kind))),
        ordinary: with_message(text, &ordinary_end),
        easy_read: with_message(easy, &easy_end),
    };
    let change = StaffChange {
        attempted,
        to,
        event,
        detail: String::new(),
        notice: Some(notice),
        mail: None,
        action: AuditAction::AnswerPetitionReview,
        done: "answered",
    };
    make(&at, change, form).await
}

/// `POST /staff/petitions/{id}/notes`: an internal note the petitioner never sees.
pub async fn add_note(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    let note = NoteKind {
        field: "note",
        supervision: false,
        action: AuditAction::AddPetitionNote,
        done: "note",
    };
    record_note(&at, sent, note).await
}

/// `POST /staff/petitions/{id}/supervision`: the district's supervision note (督查督办).
pub async fn supervision_note(at: AtMatter, sent: FormValues) -> PageResult<Response> {
    if at.staff.member.may(StaffAction::SupervisePetitions).is_err() {
        return Err(PageError::NotAllowed(at.staff.nav.clone()));
    }
    let note = NoteKind {
        field: "supervision_note",
        supervision: true,
        action: AuditAction::AddSupervisionNote,
        done: "supervision",
    };
    record_note(&at, sent, note).await
}

/// An internal or a supervision note: its form field, kind, audit action
/// and what the page says afterwards.
struct NoteKind {
    field: &'static str,
    supervision: bool,
    action: AuditAction,
    done: &'static str,
}

async fn record_note(at: &AtMatter, sent: FormValues, kind: NoteKind) -> PageResult<Response> {
    let mut form = sent.to_form();
    let note = form.text(kind.field, MAX_TEXT, Some("petitions-staff-note-error"));
    if form.has_errors() {
        return again(at, form).await;
    }
    let change = at.change().await?;
    store::add_note(
        change.db(),
        at.found.id,
        at.staff.account.id,
        kind.supervision,
        &note,
        at.staff.actor.at,
    )
    .await?;
    change
        .commit(Audit::new(kind.action, AuditTarget::Petition(at.found.id)))
        .await?;
    Ok(see_other(&format!(
        "/staff/petitions/{}?done={}#notes-heading",
        at.found.id, kind.done
    )))
}
