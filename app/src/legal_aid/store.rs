//! Legal-aid requests, their history and documents, and the lawyers' list
//! in the database. A resident's queries take the account id, a staff
//! member's the area, so nobody reaches a request that is not theirs.
//! Every change moves the status only from the status it was read in, and
//! writes its history entry and email in the same transaction.

use crate::accounts::resident::{account, Account};
use crate::applications::store::NewDocument;
use crate::domain::legal_aid::{
    adjustments_from, reference, Adjustment, AdjustmentRecord, ClockStarts, Faced, FinancialCheck, Move,
    MoveRefused, Status,
};
use crate::domain::staff::in_scope;
use crate::i18n::Lang;
use crate::mail::{enqueue, MailKind, ABOUT};
use crate::web::transaction::begin_write;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, Condition, ConnectionTrait, QueryOrder, TransactionTrait};
use serde::{Deserialize, Serialize};
use std::ops::Deref;

pub mod request {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "legal_aid_request")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub reference: String,
        pub account_id: i32,
        pub helped_person_id: Option<i32>,
        pub person_name: String,
        pub filer: String,
        pub area_code: String,
        pub phone: String,
        pub matter_kind: String,
        pub description: String,
        pub faced: String,
        pub faced_on: Option<Date>,
        pub adjustments: String,
        pub adjustment_other: String,
        pub income: String,
        pub financial_check: String,
        pub urgent: bool,
        pub status: String,
        pub documents_asked: bool,
        pub documents_notice: String,
        pub received_on: Option<Date>,
        pub documents_completed_on: Option<Date>,
        pub decided_on: Option<Date>,
        pub decision_reason: String,
        pub objection: String,
        pub objected_on: Option<Date>,
        pub objection_decided_on: Option<Date>,
        pub objection_answer: String,
        pub lawyer_id: Option<i32>,
        pub assigned_on: Option<Date>,
        pub outcome: String,
        pub adjustments_record: String,
        pub closed_on: Option<Date>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod event {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "legal_aid_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub request_id: i32,
        pub status: String,
        pub actor: String,
        pub message: String,
        pub at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod document {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "legal_aid_document")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub request_id: i32,
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

pub mod lawyer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "lawyer")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub firm: String,
        pub phone: String,
        pub languages: String,
        pub active: bool,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use lawyer::Model as Lawyer;

/// A request as stored, with its status read. A row whose status cannot be
/// read is an error when loaded, never a request in some other state.
#[derive(Clone, Debug)]
pub struct Request {
    row: request::Model,
    status: Status,
}

impl Deref for Request {
    type Target = request::Model;

    fn deref(&self) -> &request::Model {
        &self.row
    }
}

impl TryFrom<request::Model> for Request {
    type Error = DbErr;

    fn try_from(row: request::Model) -> Result<Self, DbErr> {
        let status = Status::parse(&row.status)
            .ok_or_else(|| DbErr::Custom(format!("legal-aid request {}: unknown status", row.id)))?;
        Ok(Request { row, status })
    }
}

impl Request {
    pub fn status(&self) -> Status {
        self.status
    }

    pub fn adjustments_needed(&self) -> Vec<Adjustment> {
        adjustments_from(&self.adjustments)
    }

    pub fn faced_kind(&self) -> Faced {
        Faced::parse(&self.faced).unwrap_or(Faced::Nothing)
    }

    pub fn check(&self) -> FinancialCheck {
        FinancialCheck::parse(&self.financial_check).unwrap_or(FinancialCheck::Required)
    }

    pub fn received(&self) -> NaiveDate {
        self.received_on
            .unwrap_or_else(|| crate::domain::local_time::utc_to_chongqing(self.created_at).date())
    }

    pub fn clock_starts(&self) -> ClockStarts {
        ClockStarts {
            received: self.received(),
            documents_completed: self.documents_completed_on,
            decided: self.decided_on,
            objected: self.objected_on,
        }
    }

    /// What was recorded about each adjustment when the case closed.
    pub fn records(&self) -> Vec<AdjustmentRecord> {
        serde_json::from_str::<Vec<StoredRecord>>(&self.adjustments_record)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|r| {
                Some(AdjustmentRecord {
                    adjustment: Adjustment::parse(&r.adjustment)?,
                    provided: Some(r.provided),
                    note: r.note,
                })
            })
            .collect()
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct StoredRecord {
    adjustment: String,
    provided: bool,
    note: String,
}

fn read_all(rows: Vec<request::Model>) -> Result<Vec<Request>, DbErr> {
    rows.into_iter().map(Request::try_from).collect()
}

/// A new request as the form gives it.
#[derive(Clone, Debug)]
pub struct NewRequest {
    pub helped_person_id: Option<i32>,
    pub person_name: String,
    pub filer: String,
    pub area_code: String,
    pub phone: String,
    pub matter_kind: String,
    pub description: String,
    pub faced: Faced,
    pub faced_on: Option<NaiveDate>,
    pub adjustments: String,
    pub adjustment_other: String,
    pub income: String,
    pub check: FinancialCheck,
    pub urgent: bool,
}

/// What every email about a request says: whom to, in which language, and
/// the arguments naming the request.
struct Recipient {
    email: String,
    lang: Lang,
    args: Vec<(&'static str, String)>,
}

async fn recipient<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
    request: &request::Model,
) -> Result<Option<Recipient>, DbErr> {
    let Some(holder) = account::Entity::find_by_id(request.account_id).one(db).await? else {
        return Ok(None);
    };
    if !holder.is_active() {
        return Ok(None);
    }
    let mut args = vec![
        ("name", holder.full_name.clone()),
        ("reference", request.reference.clone()),
        ("link", format!("{public_url}/legal-aid/requests/{}", request.id)),
    ];
    if request.helped_person_id.is_some() {
        args.push((ABOUT, request.person_name.clone()));
    }
    Ok(Some(Recipient {
        email: holder.email.clone(),
        lang: holder.language(),
        args,
    }))
}

async fn mail<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
    request: &request::Model,
    kind: MailKind,
    extra: Vec<(&'static str, String)>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some(to) = recipient(db, public_url, request).await? else {
        return Ok(());
    };
    let mut args = to.args;
    args.extend(extra);
    enqueue(db, &to.email, to.lang, kind, &args, now).await
}

async fn add_event<C: ConnectionTrait>(
    db: &C,
    request_id: i32,
    status: Status,
    actor: &str,
    message: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    event::ActiveModel {
        request_id: Set(request_id),
        status: Set(status.key().to_string()),
        actor: Set(actor.to_string()),
        message: Set(message.to_string()),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Stores a new request with its reference, its first history entry and
/// the "received" email, in one transaction.
pub async fn create<C: TransactionTrait>(
    db: &C,
    public_url: &str,
    account: &Account,
    new: NewRequest,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<i32, DbErr> {
    let txn = begin_write(db).await?;
    let inserted = request::ActiveModel {
        reference: Set(format!("new-{}", crate::web::secrets::random_hex(6))),
        account_id: Set(account.id),
        helped_person_id: Set(new.helped_person_id),
        person_name: Set(new.person_name),
        filer: Set(new.filer),
        area_code: Set(new.area_code),
        phone: Set(new.phone),
        matter_kind: Set(new.matter_kind),
        description: Set(new.description),
        faced: Set(new.faced.key().to_string()),
        faced_on: Set(new.faced_on),
        adjustments: Set(new.adjustments),
        adjustment_other: Set(new.adjustment_other),
        income: Set(new.income),
        financial_check: Set(new.check.key().to_string()),
        urgent: Set(new.urgent),
        status: Set(Status::Received.key().to_string()),
        received_on: Set(Some(today)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let reference = reference(today.year(), inserted.id);
    request::Entity::update_many()
        .col_expr(request::Column::Reference, Expr::value(reference.clone()))
        .filter(request::Column::Id.eq(inserted.id))
        .exec(&txn)
        .await?;
    add_event(&txn, inserted.id, Status::Received, "requester", "", now).await?;
    let stored = request::Model {
        reference,
        ..inserted
    };
    let urgent = if stored.urgent { "yes" } else { "no" };
    mail(
        &txn,
        public_url,
        &stored,
        MailKind::LegalAidReceived,
        vec![("details", urgent.to_string())],
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(stored.id)
}

/// The account's request with `id`; `None` for anyone else's.
pub async fn own<C: ConnectionTrait>(db: &C, account_id: i32, id: i32) -> Result<Option<Request>, DbErr> {
    request::Entity::find_by_id(id)
        .filter(request::Column::AccountId.eq(account_id))
        .one(db)
        .await?
        .map(Request::try_from)
        .transpose()
}

/// Every request the account filed, newest first.
pub async fn list_for_account<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<Vec<Request>, DbErr> {
    read_all(
        request::Entity::find()
            .filter(request::Column::AccountId.eq(account_id))
            .order_by_desc(request::Column::Id)
            .all(db)
            .await?,
    )
}

fn area_condition(area: &str) -> Condition {
    Condition::any()
        .add(request::Column::AreaCode.eq(area))
        .add(request::Column::AreaCode.starts_with(format!("{area}.")))
}

/// Every request in `area` or under it, oldest first.
pub async fn in_area<C: ConnectionTrait>(db: &C, area: &str) -> Result<Vec<Request>, DbErr> {
    let rows = request::Entity::find()
        .filter(area_condition(area))
        .order_by_asc(request::Column::Id)
        .all(db)
        .await?;
    Ok(read_all(rows)?
        .into_iter()
        .filter(|r| in_scope(area, &r.area_code))
        .collect())
}

/// The request with `id` if it lies in `area` or under it.
pub async fn find_in_area<C: ConnectionTrait>(db: &C, area: &str, id: i32) -> Result<Option<Request>, DbErr> {
    let found = request::Entity::find_by_id(id)
        .filter(area_condition(area))
        .one(db)
        .await?
        .map(Request::try_from)
        .transpose()?;
    Ok(found.filter(|r| in_scope(area, &r.area_code)))
}

/// One entry of the history as pages show it.
#[derive(Clone, Debug)]
pub struct HistoryEntry {
    pub status: Status,
    pub by_requester: bool,
    pub message: String,
    pub at: DateTime<Utc>,
}

pub async fn history<C: ConnectionTrait>(db: &C, request_id: i32) -> Result<Vec<HistoryEntry>, DbErr> {
    Ok(event::Entity::find()
        .filter(event::Column::RequestId.eq(request_id))
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|e| {
            Some(HistoryEntry {
                status: Status::parse(&e.status)?,
                by_requester: e.actor == "requester",
                message: e.message,
                at: e.at,
            })
        })
        .collect())
}

pub async fn documents<C: ConnectionTrait>(db: &C, request_id: i32) -> Result<Vec<document::Model>, DbErr> {
    document::Entity::find()
        .filter(document::Column::RequestId.eq(request_id))
        .order_by_asc(document::Column::Id)
        .all(db)
        .await
}

pub async fn find_document<C: ConnectionTrait>(
    db: &C,
    request_id: i32,
    id: i32,
) -> Result<Option<document::Model>, DbErr> {
    document::Entity::find_by_id(id)
        .filter(document::Column::RequestId.eq(request_id))
        .one(db)
        .await
}

/// Documents one request may hold.
pub const MAX_DOCUMENTS: u64 = 20;

#[derive(Debug, thiserror::Error)]
pub enum AddDocumentError {
    #[error("the request already holds {MAX_DOCUMENTS} documents")]
    Full,
    #[error("the request is closed")]
    Closed,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Adds a stored file to a request. When it answers the missing-documents
/// notice, the request is complete again and the decision's clock starts
/// anew from today.
pub async fn add_document(
    db: &DatabaseConnection,
    request: &Request,
    upload: NewDocument,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<(), AddDocumentError> {
    if !request.status().is_open() {
        return Err(AddDocumentError::Closed);
    }
    let txn = begin_write(db).await?;
    // A write first, so uploads at once are counted one after the other.
    request::Entity::update_many()
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(request.id))
        .exec(&txn)
        .await?;
    let held = document::Entity::find()
        .filter(document::Column::RequestId.eq(request.id))
        .count(&txn)
        .await?;
    if held >= MAX_DOCUMENTS {
        return Err(AddDocumentError::Full);
    }
    document::ActiveModel {
        request_id: Set(request.id),
        original_name: Set(upload.original_name.clone()),
        content_type: Set(upload.content_type.to_string()),
        size_bytes: Set(upload.size_bytes),
        storage_key: Set(upload.storage_key),
        uploaded_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Ok(to) = request
        .status()
        .after(Move::DocumentsAdded, request.documents_asked)
    {
        let moved = move_status(&txn, request, to, now, |m| {
            m.documents_completed_on = Set(Some(today));
        })
        .await?;
        if moved {
            add_event(&txn, request.id, to, "requester", &upload.original_name, now).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Moves the request from the status it was read in to `to`, with the
/// other changes `set` makes; `false` if it had moved on meanwhile.
async fn move_status<C: ConnectionTrait>(
    db: &C,
    request: &Request,
    to: Status,
    now: DateTime<Utc>,
    set: impl FnOnce(&mut request::ActiveModel),
) -> Result<bool, DbErr> {
    let mut changes = request::ActiveModel {
        status: Set(to.key().to_string()),
        updated_at: Set(now),
        ..Default::default()
    };
    set(&mut changes);
    let result = request::Entity::update_many()
        .set(changes)
        .filter(request::Column::Id.eq(request.id))
        .filter(request::Column::Status.eq(request.status().key()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error(transparent)]
    Refused(#[from] MoveRefused),
    /// Someone else changed the request first.
    #[error("the request changed meanwhile")]
    Changed,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// What a staff member (or the person) does, with what it records.
#[derive(Clone, Debug)]
pub enum Change {
    AskDocuments {
        notice: String,
    },
    Grant {
        note: String,
    },
    Refuse {
        reason: String,
    },
    Object {
        text: String,
    },
    UpholdRefusal {
        answer: String,
    },
    Overturn {
        answer: String,
    },
    Assign {
        lawyer: Lawyer,
    },
    Close {
        outcome: String,
        records: Vec<AdjustmentRecord>,
    },
}

impl Change {
    fn attempted(&self) -> Move {
        match self {
            Change::AskDocuments { .. } => Move::AskDocuments,
            Change::Grant { .. } => Move::Grant,
            Change::Refuse { .. } => Move::Refuse,
            Change::Object { .. } => Move::Object,
            Change::UpholdRefusal { .. } => Move::UpholdRefusal,
            Change::Overturn { .. } => Move::Overturn,
            Change::Assign { .. } => Move::Assign,
            Change::Close { .. } => Move::Close,
        }
    }
}

/// Makes `change` in the caller's transaction (an audited change for
/// staff): the status, its history entry and the email.
pub async fn apply<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
    request: &Request,
    change: Change,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Status, ChangeError> {
    let to = request
        .status()
        .after(change.attempted(), request.documents_asked)?;
    let by_requester = matches!(change, Change::Object { .. });
    let (message, kind, extra): (String, Option<MailKind>, Vec<(&'static str, String)>) = match &change {
        Change::AskDocuments { notice } => (
            notice.clone(),
            Some(MailKind::LegalAidDocumentsAsked),
            vec![("details", notice.clone())],
        ),
        Change::Grant { note } => (note.clone(), Some(MailKind::LegalAidGranted), Vec::new()),
        Change::Refuse { reason } => (
            reason.clone(),
            Some(MailKind::LegalAidRefused),
            vec![("reason", reason.clone())],
        ),
        Change::Object { text } => (text.clone(), None, Vec::new()),
        Change::UpholdRefusal { answer } => (
            answer.clone(),
            Some(MailKind::LegalAidObjectionDecided),
            vec![("reason", answer.clone()), ("details", "upheld".to_string())],
        ),
        Change::Overturn { answer } => (
            answer.clone(),
            Some(MailKind::LegalAidObjectionDecided),
            vec![("reason", answer.clone()), ("details", "overturned".to_string())],
        ),
        Change::Assign { lawyer } => {
            let details = format!("{}, {}, {}", lawyer.name, lawyer.firm, lawyer.phone);
            (
                details.clone(),
                Some(MailKind::LegalAidLawyerAssigned),
                vec![("details", details)],
            )
        }
        Change::Close { outcome, .. } => (outcome.clone(), None, Vec::new()),
    };
    let moved = move_status(db, request, to, now, |m| match change {
        Change::AskDocuments { notice } => {
            m.documents_asked = Set(true);
            m.documents_notice = Set(notice);
        }
        Change::Grant { note } => {
            m.decided_on = Set(Some(today));
            m.decision_reason = Set(note);
        }
        Change::Refuse { reason } => {
            m.decided_on = Set(Some(today));
            m.decision_reason = Set(reason);
        }
        Change::Object { text } => {
            m.objection = Set(text);
            m.objected_on = Set(Some(today));
        }
        Change::UpholdRefusal { answer } => {
            m.objection_decided_on = Set(Some(today));
            m.objection_answer = Set(answer);
        }
        Change::Overturn { answer } => {
            m.objection_decided_on = Set(Some(today));
            m.objection_answer = Set(answer);
            // The assignment's 3 days count from this decision.
            m.decided_on = Set(Some(today));
        }
        Change::Assign { lawyer } => {
            m.lawyer_id = Set(Some(lawyer.id));
            m.assigned_on = Set(Some(today));
        }
        Change::Close { outcome, records } => {
            let stored: Vec<StoredRecord> = records
                .into_iter()
                .map(|r| StoredRecord {
                    adjustment: r.adjustment.key().to_string(),
                    provided: r.provided.unwrap_or(false),
                    note: r.note,
                })
                .collect();
            m.outcome = Set(outcome);
            m.adjustments_record = Set(serde_json::to_string(&stored).unwrap_or_default());
            m.closed_on = Set(Some(today));
        }
    })
    .await?;
    if !moved {
        return Err(ChangeError::Changed);
    }
    let actor = if by_requester { "requester" } else { "staff" };
    add_event(db, request.id, to, actor, &message, now).await?;
    if let Some(kind) = kind {
        mail(db, public_url, request, kind, extra, now).await?;
    }
    Ok(to)
}

/// The person's objection, in its own transaction.
pub async fn object(
    db: &DatabaseConnection,
    public_url: &str,
    request: &Request,
    text: String,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<(), ChangeError> {
    let txn = begin_write(db).await?;
    apply(&txn, public_url, request, Change::Object { text }, now, today).await?;
    txn.commit().await?;
    Ok(())
}

/// Lawyers, active first, then by name.
pub async fn lawyers<C: ConnectionTrait>(db: &C) -> Result<Vec<Lawyer>, DbErr> {
    lawyer::Entity::find()
        .order_by_desc(lawyer::Column::Active)
        .order_by_asc(lawyer::Column::Name)
        .order_by_asc(lawyer::Column::Id)
        .all(db)
        .await
}

pub async fn find_lawyer<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Lawyer>, DbErr> {
    lawyer::Entity::find_by_id(id).one(db).await
}

/// A lawyer's details as the form gives them.
#[derive(Clone, Debug)]
pub struct LawyerDetails {
    pub name: String,
    pub firm: String,
    pub phone: String,
    pub languages: String,
}

pub async fn add_lawyer<C: ConnectionTrait>(
    db: &C,
    details: LawyerDetails,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let saved = lawyer::ActiveModel {
        name: Set(details.name),
        firm: Set(details.firm),
        phone: Set(details.phone),
        languages: Set(details.languages),
        active: Set(true),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

/// Corrects a lawyer's details, leaving whether they take new cases as it
/// is; `false` if there is no such lawyer.
pub async fn correct_lawyer<C: ConnectionTrait>(
    db: &C,
    id: i32,
    details: LawyerDetails,
) -> Result<bool, DbErr> {
    let result = lawyer::Entity::update_many()
        .set(lawyer::ActiveModel {
            name: Set(details.name),
            firm: Set(details.firm),
            phone: Set(details.phone),
            languages: Set(details.languages),
            ..Default::default()
        })
        .filter(lawyer::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Puts a lawyer on the list for new cases, or takes them off it, leaving
/// their details as they are; `false` if there is no such lawyer.
pub async fn set_lawyer_active<C: ConnectionTrait>(db: &C, id: i32, active: bool) -> Result<bool, DbErr> {
    let result = lawyer::Entity::update_many()
        .set(lawyer::ActiveModel {
            active: Set(active),
            ..Default::default()
        })
        .filter(lawyer::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
