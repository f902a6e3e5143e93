//! Applications, their history and documents in the database. Every query
//! that takes an application id from a request also takes the account id,
//! so nobody reaches an application that is not theirs.

use super::{ApplicationRow, DocumentRow, EventRow, PersonDetails};
use crate::domain::applications::{reference, ApplicationStatus, Move, MoveRefused, Section};
use crate::i18n::Lang;
use crate::mail::{self, MailKind};
use chrono::{Datelike, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, TransactionTrait};
use serde_json::{Map, Value};

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
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod event {
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

pub use application::Model as Application;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(transparent)]
    Refused(#[from] MoveRefused),
}

impl Application {
    pub fn status(&self) -> ApplicationStatus {
        ApplicationStatus::parse(&self.status).unwrap_or(ApplicationStatus::Draft)
    }

    pub fn person_details(&self) -> PersonDetails {
        serde_json::from_str(&self.person).unwrap_or_default()
    }

    pub fn answer_map(&self) -> Map<String, Value> {
        serde_json::from_str(&self.answers).unwrap_or_default()
    }

    pub fn done(&self) -> Vec<Section> {
        Section::parse_done(&self.sections)
    }
}

fn random_key() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new draft, with the checker's answers carried over and the person's
/// details filled in from the account or the person helped.
pub async fn create_draft<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    helped_person_id: Option<i32>,
    entitlement: &str,
    person: &PersonDetails,
    answers: &Map<String, Value>,
) -> Result<i32, DbErr> {
    let now = Utc::now();
    let saved = application::ActiveModel {
        reference: Set(None),
        account_id: Set(account_id),
        helped_person_id: Set(helped_person_id),
        entitlement: Set(entitlement.to_string()),
        status: Set(ApplicationStatus::Draft.key().to_string()),
        return_to: Set(None),
        person: Set(serde_json::to_string(person).unwrap_or_default()),
        answers: Set(Value::Object(answers.clone()).to_string()),
        sections: Set(String::new()),
        area_code: Set(None),
        submission_key: Set(random_key()),
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
        .await
}

pub async fn list_for_account<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
) -> Result<Vec<ApplicationRow>, DbErr> {
    Ok(application::Entity::find()
        .filter(application::Column::AccountId.eq(account_id))
        .order_by_desc(application::Column::UpdatedAt)
        .all(db)
        .await?
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
) -> Result<(), DbErr> {
    let mut done = draft.done();
    let mut model: application::ActiveModel = draft.clone().into();
    match change {
        DraftChange::Person(person) => {
            model.area_code = Set(Some(person.area_code.clone()).filter(|c| !c.is_empty()));
            let mut answers = draft.answer_map();
            answers.insert(
                "certificate_number".into(),
                Value::String(person.certificate_number.clone()),
            );
            model.answers = Set(Value::Object(answers).to_string());
            model.person = Set(serde_json::to_string(&person).unwrap_or_default());
            done.push(Section::Person);
        }
        DraftChange::Answers(answers) => {
            model.answers = Set(Value::Object(answers).to_string());
        }
        DraftChange::Done(section) => done.push(section),
    }
    model.sections = Set(Section::store(&done));
    model.updated_at = Set(Utc::now());
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

async fn add_event<C: ConnectionTrait>(
    db: &C,
    application_id: i32,
    status: ApplicationStatus,
    actor: &str,
    message: Option<String>,
) -> Result<i32, DbErr> {
    let saved = event::ActiveModel {
        application_id: Set(application_id),
        status: Set(status.key().to_string()),
        actor: Set(actor.to_string()),
        message: Set(message),
        at: Set(Utc::now()),
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
    extra: impl FnOnce(&mut application::ActiveModel),
) -> Result<bool, DbErr> {
    let mut model: application::ActiveModel = current.clone().into();
    let now = Utc::now();
    model.status = Set(to.key().to_string());
    model.updated_at = Set(now);
    model.level_since = Set(Some(now));
    extra(&mut model);
    let updated = application::Entity::update_many()
        .set(model)
        .filter(application::Column::Id.eq(current.id))
        .filter(application::Column::Status.eq(current.status.clone()))
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
) -> Result<(), DbErr> {
    let Some((email, lang, name)) = applicant(db, app.account_id).await? else {
        return Ok(());
    };
    let mut args = vec![
        ("name", name),
        ("reference", reference.to_string()),
        ("entitlement", entitlement_name(lang, &app.entitlement)),
        ("link", format!("{public_url}/applications/{}", app.id)),
    ];
    args.extend(extra);
    mail::enqueue(db, &email, lang, kind, &args).await
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
) -> Result<String, StoreError> {
    let to = ApplicationStatus::Draft.after(Move::Submit, None)?;
    let now = Utc::now();
    let number = reference(now.year(), draft.id);
    let txn = db.begin().await?;
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
    add_event(&txn, draft.id, to, "applicant", None).await?;
    notify(&txn, public_url, draft, &number, MailKind::Submitted, Vec::new()).await?;
    txn.commit().await?;
    Ok(number)
}

/// The applicant withdraws an application that has no decision yet.
pub async fn withdraw(
    db: &DatabaseConnection,
    public_url: &str,
    app: &Application,
) -> Result<(), StoreError> {
    let to = app.status().after(Move::Withdraw, None)?;
    let txn = db.begin().await?;
    if change_status(&txn, app, to, |_| {}).await? {
        add_event(&txn, app.id, to, "applicant", None).await?;
        let reference = app.reference.clone().unwrap_or_default();
        notify(&txn, public_url, app, &reference, MailKind::Withdrawn, Vec::new()).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// What a reviewer decides about an application at their level.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    /// Checked: on to the next level.
    Pass,
    /// The district approves an amount (yuan, per the entitlement's unit) from a date.
    Approve { amount: f64, start: chrono::NaiveDate },
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
    actor: &crate::staff::audit::Actor,
    decision: &Decision,
) -> Result<bool, StoreError> {
    use crate::staff::audit::{self, AuditAction};
    let from = app.status();
    let to = from.after(decision.attempted(), None)?;
    let reference = app.reference.clone().unwrap_or_default();
    let actor_key = format!("staff:{}", actor.staff_id.unwrap_or_default());
    let txn = db.begin().await?;
    let moved = change_status(&txn, app, to, |m| match decision {
        Decision::RequestInformation { .. } => m.return_to = Set(Some(from.key().to_string())),
        Decision::Approve { amount, start } => {
            m.decision_amount = Set(Some(*amount));
            m.decision_start = Set(Some(*start));
        }
        Decision::Refuse { reason, .. } => m.decision_reason = Set(Some(reason.clone())),
        Decision::Pass => m.assigned_to = Set(None),
    })
    .await?;
    if !moved {
        txn.rollback().await?;
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
        Decision::Approve { amount, start } => (
            None,
            MailKind::Approved,
            vec![("amount", format!("{amount:.2}")), ("start", start.to_string())],
            AuditAction::Approve,
            Some(format!("{amount:.2} from {start}")),
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
    add_event(&txn, app.id, to, &actor_key, message).await?;
    notify(&txn, public_url, app, &reference, kind, args).await?;
    audit::record(&txn, actor, action, &format!("application:{}", app.id), detail).await?;
    txn.commit().await?;
    Ok(true)
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
) -> Result<(), StoreError> {
    let return_to = app.return_to.as_deref().and_then(ApplicationStatus::parse);
    let to = app.status().after(Move::Respond, return_to)?;
    let txn = db.begin().await?;
    if change_status(&txn, app, to, |m| m.return_to = Set(None)).await? {
        let event_id = add_event(&txn, app.id, to, "applicant", Some(message.to_string())).await?;
        if let Some(upload) = upload {
            add_document(&txn, app, upload, Some(event_id)).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

pub async fn events<C: ConnectionTrait>(db: &C, application_id: i32) -> Result<Vec<EventRow>, DbErr> {
    Ok(event::Entity::find()
        .filter(event::Column::ApplicationId.eq(application_id))
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| EventRow {
            status: ApplicationStatus::parse(&e.status).unwrap_or(ApplicationStatus::Submitted),
            by_applicant: e.actor == "applicant",
            message: e.message,
            date: e.at.date_naive().to_string(),
        })
        .collect())
}

/// A checked upload, already written to storage under `storage_key`.
pub struct NewDocument {
    pub original_name: String,
    pub content_type: &'static str,
    pub size_bytes: i64,
    pub storage_key: String,
}

pub async fn add_document<C: ConnectionTrait>(
    db: &C,
    app: &Application,
    upload: NewDocument,
    event_id: Option<i32>,
) -> Result<i32, DbErr> {
    let saved = document::ActiveModel {
        application_id: Set(app.id),
        account_id: Set(app.account_id),
        event_id: Set(event_id),
        original_name: Set(upload.original_name),
        content_type: Set(upload.content_type.to_string()),
        size_bytes: Set(upload.size_bytes),
        storage_key: Set(upload.storage_key),
        uploaded_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
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
/// are withdrawn; decided ones stay as the district's record.
pub async fn close_for_deleted_account<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<(), DbErr> {
    let all = application::Entity::find()
        .filter(application::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    for app in all {
        let status = app.status();
        if status == ApplicationStatus::Draft {
            delete_draft(db, &app).await?;
            continue;
        }
        if status.is_in_progress() && change_status(db, &app, ApplicationStatus::Withdrawn, |_| {}).await? {
            add_event(db, app.id, ApplicationStatus::Withdrawn, "applicant", None).await?;
        }
    }
    Ok(())
}
