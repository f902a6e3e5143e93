//! Applications, their history and documents in the database. Every query
//! that takes an application id from a request also takes the account id,
//! so nobody reaches an application that is not theirs.

use super::views::{ApplicationRow, DocumentRow, HistoryRow, PersonDetails};
use crate::domain::applications::{reference, ApplicationStatus, Move, MoveRefused, Section};
use crate::domain::audit::{Audit, AuditAction, AuditTarget};
use crate::domain::decisions::{unit_key, yuan_figure, Grant};
use crate::i18n::Lang;
use crate::mail::{self, MailKind};
use crate::web::audit::{Actor, AuditedChange};
use crate::web::limits;
use crate::web::secrets::random_hex;
use crate::web::transaction::begin_write;
use chrono::{DateTime, Datelike, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder};
use serde_json::{Map, Value};
use std::ops::Deref;

pub mod application {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "application")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub reference: Option<String>,
        pub account_id: i32,
        pub helped_person_id: Option<i32>,
        pub entitlement: String,
        pub status: String,
        pub return_to: Option<String>,
        /// `PersonDetails` as JSON.
        pub person: String,
        /// The checker's answers (API field names) as JSON.
        pub answers: String,
        /// True when the draft began with answers carried over from the checker.
        pub answers_from_checker: bool,
        pub sections: String,
        pub area_code: Option<String>,
        pub submission_key: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub submitted_at: Option<DateTimeUtc>,
        /// The staff member working on it, if someone took it.
        pub assigned_to: Option<i32>,
        /// When it reached its current status: the service level counts from here.
        pub level_since: Option<DateTimeUtc>,
        /// The district's decision: monthly or yearly amount in yuan, start
        /// date, or the key of the refusal reason.
        pub decision_amount: Option<f64>,
        pub decision_start: Option<Date>,
        pub decision_reason: Option<String>,
        /// What an approval provides when it is not a sum of money.
        pub decision_provision: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One entry of an application's history, as the applicant sees it.
pub mod history {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "application_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub application_id: i32,
        pub status: String,
        pub actor: String,
        pub message: Option<String>,
        pub at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod document {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "document")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub application_id: i32,
        pub account_id: i32,
        pub event_id: Option<i32>,
        pub original_name: String,
        pub content_type: String,
        pub size_bytes: i64,
        pub storage_key: String,
        pub uploaded_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// An application as stored, with its status, person and answers read.
/// A row whose stored status or JSON cannot be read is an error when it is
/// loaded, never a blank or draft application.
#[derive(Clone, Debug)]
pub struct Application {
    row: application::Model,
    status: ApplicationStatus,
    person: PersonDetails,
    answers: Map<String, Value>,
}

impl Deref for Application {
    type Target = application::Model;

    fn deref(&self) -> &application::Model {
        &self.row
    }
}

impl TryFrom<application::Model> for Application {
    type Error = DbErr;

    fn try_from(row: application::Model) -> Result<Self, DbErr> {
        let unreadable = |what: &str| DbErr::Json(format!("application {}: {what} cannot be read", row.id));
        let status = ApplicationStatus::parse(&row.status).ok_or_else(|| unreadable("the status"))?;
        let person = serde_json::from_str(&row.person).map_err(|_| unreadable("the person"))?;
        let answers = serde_json::from_str(&row.answers).map_err(|_| unreadable("the answers"))?;
        Ok(Application {
            status,
            person,
            answers,
            row,
        })
    }
}

/// Reads stored rows as applications.
pub fn read_all(rows: Vec<application::Model>) -> Result<Vec<Application>, DbErr> {
    rows.into_iter().map(Application::try_from).collect()
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(transparent)]
    Refused(#[from] MoveRefused),
}

impl Application {
    pub fn status(&self) -> ApplicationStatus {
        self.status
    }

    pub fn person_details(&self) -> PersonDetails {
        self.person.clone()
    }

    pub fn answer_map(&self) -> Map<String, Value> {
        self.answers.clone()
    }

    pub fn done(&self) -> Vec<Section> {
        Section::parse_done(&self.row.sections)
    }

    pub fn row(&self) -> &application::Model {
        &self.row
    }
}

fn to_json(value: &impl serde::Serialize) -> Result<String, DbErr> {
    serde_json::to_string(value).map_err(|e| DbErr::Json(e.to_string()))
}

/// What a new draft starts with: whose it is, whom it is for, and the
/// answers carried over.
pub struct NewDraft<'a> {
    pub account_id: i32,
    pub helped_person_id: Option<i32>,
    pub entitlement: &'a str,
    /// Filled in from the account or the person helped.
    pub person: &'a PersonDetails,
    pub answers: &'a Map<String, Value>,
    /// Some of `answers` came from the checker.
    pub from_checker: bool,
}

/// A new draft; its id.
pub async fn create_draft<C: ConnectionTrait>(
    db: &C,
    draft: NewDraft<'_>,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let saved = application::ActiveModel {
        reference: Set(None),
        account_id: Set(draft.account_id),
        helped_person_id: Set(draft.helped_person_id),
        entitlement: Set(draft.entitlement.to_string()),
        status: Set(ApplicationStatus::Draft.key().to_string()),
        return_to: Set(None),
        person: Set(to_json(draft.person)?),
        answers: Set(Value::Object(draft.answers.clone()).to_string()),
        answers_from_checker: Set(draft.from_checker),
        sections: Set(String::new()),
        area_code: Set(None),
        submission_key: Set(random_hex(16)),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

/// The account's application with this id; `None` for anyone else's.
pub async fn find_for_account<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    id: i32,
) -> Result<Option<Application>, DbErr> {
    application::Entity::find_by_id(id)
        .filter(application::Column::AccountId.eq(account_id))
        .one(db)
        .await?
        .map(Application::try_from)
        .transpose()
}

pub async fn list_for_account<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
) -> Result<Vec<ApplicationRow>, DbErr> {
    let rows = application::Entity::find()
        .filter(application::Column::AccountId.eq(account_id))
        .order_by_desc(application::Column::UpdatedAt)
        .all(db)
        .await?;
    Ok(read_all(rows)?
        .into_iter()
        .map(|a| ApplicationRow {
            id: a.id,
            reference: a.reference.clone(),
            entitlement: a.entitlement.clone(),
            status: a.status(),
            for_name: a.person_details().full_name,
            updated: a.updated_at.date_naive().to_string(),
        })
        .collect())
}

/// Saves a draft's changed fields and marks a section done (or not).
pub async fn save_draft<C: ConnectionTrait>(
    db: &C,
    draft: &Application,
    change: DraftChange,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut done = draft.done();
    let mut model: application::ActiveModel = draft.row.clone().into();
    match change {
        DraftChange::Person(person) => {
            model.area_code = Set(Some(person.area_code.clone()).filter(|c| !c.is_empty()));
            let mut answers = draft.answer_map();
            answers.insert(
                "certificate_number".into(),
                Value::String(person.certificate_number.clone()),
            );
            model.answers = Set(Value::Object(answers).to_string());
            model.person = Set(to_json(&person)?);
            done.push(Section::Person);
        }
        DraftChange::Answers(answers) => {
            model.answers = Set(Value::Object(answers).to_string());
        }
        DraftChange::Done(section) => done.push(section),
    }
    model.sections = Set(Section::store(&done));
    model.updated_at = Set(now);
    // Only a draft changes this way, even if the request raced a submission.
    application::Entity::update_many()
        .set(model)
        .filter(application::Column::Id.eq(draft.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Draft.key()))
        .exec(db)
        .await?;
    Ok(())
}

pub enum DraftChange {
    Person(PersonDetails),
    Answers(Map<String, Value>),
    Done(Section),
}

async fn add_history<C: ConnectionTrait>(
    db: &C,
    application_id: i32,
    status: ApplicationStatus,
    actor: &str,
    message: Option<String>,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let saved = history::ActiveModel {
        application_id: Set(application_id),
        status: Set(status.key().to_string()),
        actor: Set(actor.to_string()),
        message: Set(message),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

/// Moves an application from the status it was read in, so two requests
/// cannot both move it: the second finds the status changed and does nothing.
async fn change_status<C: ConnectionTrait>(
    db: &C,
    current: &Application,
    to: ApplicationStatus,
    now: DateTime<Utc>,
    extra: impl FnOnce(&mut application::ActiveModel),
) -> Result<bool, DbErr> {
    let mut model: application::ActiveModel = current.row.clone().into();
    model.status = Set(to.key().to_string());
    model.updated_at = Set(now);
    model.level_since = Set(Some(now));
    extra(&mut model);
    let updated = application::Entity::update_many()
        .set(model)
        .filter(application::Column::Id.eq(current.id))
        .filter(application::Column::Status.eq(current.row.status.clone()))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Where the applicant's emails go, and in which language.
async fn applicant<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
) -> Result<Option<(String, Lang, String)>, DbErr> {
    Ok(crate::accounts::resident::find(db, account_id)
        .await?
        .map(|a| (a.email.clone(), a.language(), a.full_name.clone())))
}

fn entitlement_name(lang: Lang, slug: &str) -> String {
    crate::i18n::tr(lang, &format!("ent-{slug}-name"))
}

async fn notify<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
    app: &Application,
    reference: &str,
    kind: MailKind,
    extra: Vec<(&'static str, String)>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some((email, lang, name)) = applicant(db, app.account_id).await? else {
        return Ok(());
    };
    // Every application email names whom it is about, so a parent applying
    // for two children can tell the messages apart.
    let mut args = vec![
        ("name", name),
        (mail::ABOUT, app.person_details().full_name),
        ("reference", reference.to_string()),
        ("entitlement", entitlement_name(lang, &app.entitlement)),
        ("link", format!("{public_url}/applications/{}", app.id)),
    ];
    args.extend(extra);
    mail::enqueue(db, &email, lang, kind, &args, now).await
}

/// Submits a draft: reference number, history entry and confirmation email,
/// in one transaction. A second submission of the same draft changes nothing
/// and reports success, so a double click makes one application. The
/// transaction starts with its write, so on SQLite a second request waits for
/// the first instead of failing to upgrade a read lock.
pub async fn submit(
    db: &DatabaseConnection,
    public_url: &str,
    draft: &Application,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    let to = ApplicationStatus::Draft.after(Move::Submit, None)?;
    let number = reference(now.year(), draft.id);
    let txn = begin_write(db).await?;
    let updated = application::Entity::update_many()
        .col_expr(application::Column::Status, Expr::value(to.key()))
        .col_expr(application::Column::Reference, Expr::value(number.clone()))
        .col_expr(application::Column::SubmittedAt, Expr::value(now))
        .col_expr(application::Column::LevelSince, Expr::value(now))
        .col_expr(application::Column::UpdatedAt, Expr::value(now))
        .filter(application::Column::Id.eq(draft.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Draft.key()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        txn.rollback().await?;
        let current = application::Entity::find_by_id(draft.id).one(db).await?;
        return match current.and_then(|c| c.reference) {
            Some(existing) => Ok(existing),
            None => Err(MoveRefused {
                status: draft.status(),
                attempted: Move::Submit,
            }
            .into()),
        };
    }
    add_history(&txn, draft.id, to, "applicant", None, now).await?;
    notify(
        &txn,
        public_url,
        draft,
        &number,
        MailKind::Submitted,
        Vec::new(),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(number)
}

/// The applicant withdraws an application that has no decision yet.
pub async fn withdraw(
    db: &DatabaseConnection,
    public_url: &str,
    app: &Application,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let to = app.status().after(Move::Withdraw, None)?;
    let txn = begin_write(db).await?;
    if change_status(&txn, app, to, now, |_| {}).await? {
        add_history(&txn, app.id, to, "applicant", None, now).await?;
        let reference = app.reference.clone().unwrap_or_default();
        notify(
            &txn,
            public_url,
            app,
            &reference,
            MailKind::Withdrawn,
            Vec::new(),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// What a reviewer decides about an application at their level.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    /// Checked: on to the next level.
    Pass,
    /// The district approves a sum (in the entitlement's unit) or what is
    /// provided, from a date.
    Approve { grant: Grant, start: chrono::NaiveDate },
    /// Refused for a reason from the list (its key), with the reviewer's explanation.
    Refuse { reason: String, details: String },
    /// The applicant is asked for more; the answer comes back to this level.
    RequestInformation { message: String },
}

impl Decision {
    pub fn attempted(&self) -> Move {
        match self {
            Decision::Pass => Move::Pass,
            Decision::Approve { .. } => Move::Approve,
            Decision::Refuse { .. } => Move::Refuse,
            Decision::RequestInformation { .. } => Move::RequestInformation,
        }
    }
}

/// Records a reviewer's decision: the status move (only from the status the
/// application was read in, so two reviewers cannot both act), the history
/// entry the applicant sees, the email to them and the audit entry, all in
/// one transaction. Returns false when someone else moved it first.
pub async fn decide(
    db: &DatabaseConnection,
    public_url: &str,
    app: &Application,
    actor: &Actor,
    decision: &Decision,
) -> Result<bool, StoreError> {
    let from = app.status();
    let to = from.after(decision.attempted(), None)?;
    let reference = app.reference.clone().unwrap_or_default();
    let actor_key = format!("staff:{}", actor.staff_id.unwrap_or_default());
    let change = AuditedChange::begin(db, actor).await?;
    let moved = change_status(change.db(), app, to, actor.at, |m| match decision {
        Decision::RequestInformation { .. } => m.return_to = Set(Some(from.key().to_string())),
        Decision::Approve { grant, start } => {
            match grant {
                Grant::Money { yuan, .. } => m.decision_amount = Set(Some(*yuan)),
                Grant::Provision(what) => m.decision_provision = Set(Some(what.clone())),
            }
            m.decision_start = Set(Some(*start));
        }
        Decision::Refuse { reason, .. } => m.decision_reason = Set(Some(reason.clone())),
        Decision::Pass => m.assigned_to = Set(None),
    })
    .await?;
    if !moved {
        change.abandon().await?;
        return Ok(false);
    }
    let (message, kind, args, action, detail) = match decision {
        Decision::Pass => (
            None,
            MailKind::Passed,
            vec![("level", to.key().to_string())],
            AuditAction::Pass,
            None,
        ),
        Decision::Approve { grant, start } => (
            None,
            MailKind::Approved,
            grant_args(grant, *start),
            AuditAction::Approve,
            Some(format!("{} from {start}", grant_detail(grant))),
        ),
        Decision::Refuse { reason, details } => (
            Some(details.clone()),
            MailKind::Refused,
            vec![("reason", reason.clone()), ("details", details.clone())],
            AuditAction::Refuse,
            Some(format!("{reason}: {details}")),
        ),
        Decision::RequestInformation { message } => (
            Some(message.clone()),
            MailKind::InformationRequested,
            vec![("message", message.clone())],
            AuditAction::RequestInformation,
            Some(message.clone()),
        ),
    };
    add_history(change.db(), app.id, to, &actor_key, message, actor.at).await?;
    notify(change.db(), public_url, app, &reference, kind, args, actor.at).await?;
    let audit = Audit {
        action,
        target: AuditTarget::Application(app.id),
        detail,
    };
    change.commit(audit).await?;
    Ok(true)
}

/// The approval email's arguments: the unit selects the wording
/// ("每年 1000 元"), or what is provided.
fn grant_args(grant: &Grant, start: chrono::NaiveDate) -> Vec<(&'static str, String)> {
    let (unit, amount, provision) = match grant {
        Grant::Money { yuan, unit } => (unit_key(*unit), yuan_figure(*yuan), String::new()),
        Grant::Provision(what) => ("provided", String::new(), what.clone()),
    };
    vec![
        ("unit", unit.to_string()),
        ("amount", amount),
        ("provision", provision),
        ("start", start.to_string()),
    ]
}

/// The audit log's words for what was granted.
fn grant_detail(grant: &Grant) -> String {
    match grant {
        Grant::Money { yuan, unit } => format!("{} yuan {}", yuan_figure(*yuan), unit_key(*unit)),
        Grant::Provision(what) => format!("provided: {what}"),
    }
}

/// Assigns an application to a staff member (or to nobody).
pub async fn assign<C: ConnectionTrait>(
    db: &C,
    app: &Application,
    staff_id: Option<i32>,
) -> Result<(), DbErr> {
    application::Entity::update_many()
        .col_expr(application::Column::AssignedTo, Expr::value(staff_id))
        .filter(application::Column::Id.eq(app.id))
        .exec(db)
        .await?;
    Ok(())
}

/// The applicant answers a request for more information, with an optional document.
pub async fn respond(
    db: &DatabaseConnection,
    app: &Application,
    message: &str,
    upload: Option<NewDocument>,
    now: DateTime<Utc>,
) -> Result<Responded, StoreError> {
    let return_to = app.return_to.as_deref().and_then(ApplicationStatus::parse);
    let to = app.status().after(Move::Respond, return_to)?;
    let txn = begin_write(db).await?;
    // The status change comes first: its write holds the application while
    // its documents are counted.
    if change_status(&txn, app, to, now, |m| m.return_to = Set(None)).await? {
        let entry = add_history(&txn, app.id, to, "applicant", Some(message.to_string()), now).await?;
        if let Some(upload) = upload {
            match insert_document(&txn, app, upload, Some(entry), now).await {
                Ok(_) => {}
                Err(AddDocumentError::Full) => return Ok(Responded::DocumentsFull),
                Err(AddDocumentError::Database(error)) => return Err(error.into()),
            }
        }
    }
    txn.commit().await?;
    Ok(Responded::Sent)
}

/// What came of an answer to a request for more information.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Responded {
    Sent,
    /// The application holds `MAX_DOCUMENTS` already: nothing was changed.
    DocumentsFull,
}

/// The application's history, oldest first.
pub async fn history<C: ConnectionTrait>(db: &C, application_id: i32) -> Result<Vec<HistoryRow>, DbErr> {
    history::Entity::find()
        .filter(history::Column::ApplicationId.eq(application_id))
        .order_by_asc(history::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|entry| {
            let status = ApplicationStatus::parse(&entry.status)
                .ok_or_else(|| DbErr::Json(format!("history {}: the status cannot be read", entry.id)))?;
            Ok(HistoryRow {
                status,
                by_applicant: entry.actor == "applicant",
                message: entry.message,
                date: entry.at.date_naive().to_string(),
            })
        })
        .collect()
}

/// A checked upload, already written to storage under `storage_key`.
pub struct NewDocument {
    pub original_name: String,
    pub content_type: &'static str,
    pub size_bytes: i64,
    pub storage_key: String,
}

/// Documents one application may hold: every page of every paper asked
/// for, with room to spare, but not a file store.
pub const MAX_DOCUMENTS: u64 = 20;
/// Uploads one account may make in a day, whatever it deletes since.
pub const MAX_UPLOADS_PER_DAY: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum AddDocumentError {
    #[error("the application already holds {MAX_DOCUMENTS} documents")]
    Full,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Adds a stored file to a draft, unless it holds `MAX_DOCUMENTS` already.
pub async fn add_document(
    db: &DatabaseConnection,
    app: &Application,
    upload: NewDocument,
    now: DateTime<Utc>,
) -> Result<i32, AddDocumentError> {
    let txn = begin_write(db).await?;
    // A write first: PostgreSQL then holds the application's row, and SQLite
    // the database, until the end, so uploads sent at once are counted one
    // after another and never pass the limit together.
    application::Entity::update_many()
        .col_expr(application::Column::UpdatedAt, Expr::value(now))
        .filter(application::Column::Id.eq(app.id))
        .exec(&txn)
        .await?;
    let id = insert_document(&txn, app, upload, None, now).await?;
    txn.commit().await?;
    Ok(id)
}

/// The document's row, unless the application is full; the caller's
/// transaction must already hold the application (by a write to it).
async fn insert_document<C: ConnectionTrait>(
    txn: &C,
    app: &Application,
    upload: NewDocument,
    event_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<i32, AddDocumentError> {
    let held = document::Entity::find()
        .filter(document::Column::ApplicationId.eq(app.id))
        .count(txn)
        .await?;
    if held >= MAX_DOCUMENTS {
        return Err(AddDocumentError::Full);
    }
    let saved = document::ActiveModel {
        application_id: Set(app.id),
        account_id: Set(app.account_id),
        event_id: Set(event_id),
        original_name: Set(upload.original_name),
        content_type: Set(upload.content_type.to_string()),
        size_bytes: Set(upload.size_bytes),
        storage_key: Set(upload.storage_key),
        uploaded_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(saved.id)
}

/// Counts one upload against the account's allowance for the day; false
/// when it is used up. The upload is counted before the check, so uploads
/// sent at once cannot all slip under it.
pub async fn take_upload_allowance(
    db: &DatabaseConnection,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let limit = limits::Limit {
        key: format!("upload:account:{account_id}"),
        max: MAX_UPLOADS_PER_DAY,
        window: Duration::days(1),
    };
    Ok(limits::take_attempt_now(db, &[limit], now).await?.is_ok())
}

pub async fn documents<C: ConnectionTrait>(db: &C, application_id: i32) -> Result<Vec<DocumentRow>, DbErr> {
    Ok(document::Entity::find()
        .filter(document::Column::ApplicationId.eq(application_id))
        .order_by_asc(document::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|d| DocumentRow {
            id: d.id,
            name: d.original_name,
            size_bytes: d.size_bytes,
        })
        .collect())
}

/// One of the application's documents; `None` if the id belongs to another application.
pub async fn find_document<C: ConnectionTrait>(
    db: &C,
    app: &Application,
    id: i32,
) -> Result<Option<document::Model>, DbErr> {
    document::Entity::find_by_id(id)
        .filter(document::Column::ApplicationId.eq(app.id))
        .one(db)
        .await
}

pub async fn delete_document<C: ConnectionTrait>(
    db: &C,
    app: &Application,
    id: i32,
) -> Result<Option<String>, DbErr> {
    let Some(found) = find_document(db, app, id).await? else {
        return Ok(None);
    };
    document::Entity::delete_by_id(found.id).exec(db).await?;
    Ok(Some(found.storage_key))
}

/// Deletes a draft and its documents' rows; returns the storage keys of the files to remove.
pub async fn delete_draft<C: ConnectionTrait>(db: &C, draft: &Application) -> Result<Vec<String>, DbErr> {
    if draft.status() != ApplicationStatus::Draft {
        return Ok(Vec::new());
    }
    let keys: Vec<String> = document::Entity::find()
        .filter(document::Column::ApplicationId.eq(draft.id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.storage_key)
        .collect();
    application::Entity::delete_many()
        .filter(application::Column::Id.eq(draft.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Draft.key()))
        .exec(db)
        .await?;
    Ok(keys)
}

/// When an account is deleted: drafts go, applications without a decision
/// are withdrawn; decided ones stay as the district's record. Returns the
/// storage keys of the drafts' files, to remove once the change is committed.
pub async fn close_for_deleted_account<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<String>, DbErr> {
    let all = application::Entity::find()
        .filter(application::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    let mut files = Vec::new();
    for app in read_all(all)? {
        let status = app.status();
        if status == ApplicationStatus::Draft {
            files.extend(delete_draft(db, &app).await?);
            continue;
        }
        if status.is_in_progress()
            && change_status(db, &app, ApplicationStatus::Withdrawn, now, |_| {}).await?
        {
            add_history(db, app.id, ApplicationStatus::Withdrawn, "applicant", None, now).await?;
        }
    }
    Ok(files)
}
