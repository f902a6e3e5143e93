//! Petitions, their history, notices and internal notes. Every change to a
//! matter is one transaction: the matter (only if it is still in the state
//! the change was decided from), its history entry, its notice and the
//! notice's email in the outbox.

use crate::domain::petitions::{MatterDates, MatterKind, MatterState, Reference};
use crate::i18n::Lang;
use crate::mail::{enqueue, MailKind, ABOUT};
use crate::web::transaction::begin_write;
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, TransactionTrait};

pub mod petition {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "petition")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub account_id: Option<i32>,
        pub helped_person_id: Option<i32>,
        pub petitioner_name: String,
        pub proxy: String,
        pub relationship: String,
        pub authorisation: String,
        pub kind: String,
        pub home_area: String,
        pub area_code: String,
        pub department: String,
        pub routed_from: String,
        pub what_happened: String,
        pub what_asked: String,
        pub recording_key: String,
        pub recording_type: String,
        pub recording_name: String,
        pub recording_bytes: i64,
        pub transcript: String,
        pub state: String,
        pub received_on: Option<Date>,
        pub routed_on: Option<Date>,
        pub accepted_on: Option<Date>,
        pub extension_days: i32,
        pub extension_reason: String,
        pub decided_on: Option<Date>,
        pub review_requested_on: Option<Date>,
        pub reviewed_on: Option<Date>,
        pub re_review_requested_on: Option<Date>,
        pub re_reviewed_on: Option<Date>,
        pub closed_on: Option<Date>,
        pub rating: String,
        pub email: String,
        pub language: String,
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
    #[sea_orm(table_name = "petition_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub petition_id: i32,
        pub at: DateTimeUtc,
        pub actor: String,
        pub event: String,
        pub detail: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod notice {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "petition_notice")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub petition_id: i32,
        pub kind: String,
        pub ordinary: String,
        pub easy_read: String,
        pub language: String,
        pub issued_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod note {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "petition_note")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub petition_id: i32,
        pub staff_id: i32,
        pub supervision: bool,
        pub body: String,
        pub at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use event::Model as Event;
pub use note::Model as Note;
pub use notice::Model as Notice;
pub use petition::Model as Petition;

impl Petition {
    pub fn state(&self) -> MatterState {
        MatterState::parse(&self.state).unwrap_or(MatterState::Received)
    }

    pub fn kind(&self) -> MatterKind {
        MatterKind::parse(&self.kind).unwrap_or(MatterKind::Request)
    }

    pub fn reference(&self) -> String {
        let received = self.received_on.unwrap_or_else(|| self.created_at.date_naive());
        Reference::new(received, self.id).to_string()
    }

    pub fn is_anonymous(&self) -> bool {
        self.account_id.is_none()
    }

    pub fn lang(&self) -> Lang {
        Lang::from_tag(&self.language).unwrap_or_default()
    }

    pub fn dates(&self) -> MatterDates {
        MatterDates {
            received: self.received_on,
            routed: self.routed_on,
            accepted: self.accepted_on,
            extension_days: u32::try_from(self.extension_days).unwrap_or(0),
            decided: self.decided_on,
            review_requested: self.review_requested_on,
            reviewed: self.reviewed_on,
            re_review_requested: self.re_review_requested_on,
            re_reviewed: self.re_reviewed_on,
        }
    }

    /// The mail argument naming the petitioner when a proxy filed for them
    /// (see [`crate::mail::ABOUT`]), so messages about two people differ.
    pub fn about(&self) -> Option<(&'static str, String)> {
        (self.proxy != "self" && !self.petitioner_name.is_empty())
            .then(|| (ABOUT, self.petitioner_name.clone()))
    }

    pub fn has_recording(&self) -> bool {
        !self.recording_key.is_empty()
    }
}

/// A new matter as filed.
#[derive(Clone, Debug)]
pub struct NewPetition {
    pub account_id: Option<i32>,
    pub helped_person_id: Option<i32>,
    pub petitioner_name: String,
    pub proxy: String,
    pub relationship: String,
    pub authorisation: String,
    pub kind: MatterKind,
    pub home_area: String,
    pub what_happened: String,
    pub what_asked: String,
    pub recording: Option<Recording>,
    pub email: String,
    pub lang: Lang,
}

#[derive(Clone, Debug)]
pub struct Recording {
    pub key: String,
    pub content_type: String,
    pub name: String,
    pub bytes: i64,
}

/// A written notice to record (and email) with a change.
#[derive(Clone, Debug)]
pub struct NewNotice {
    pub kind: &'static str,
    pub title: String,
    pub ordinary: String,
    pub easy_read: String,
}

/// Files a matter, received on `today`: a written one is received at
/// once; a recorded one waits for its transcript (its clock runs all the
/// same). The filer gets the reference by email. Returns the id.
pub async fn file<C: TransactionTrait>(
    db: &C,
    public_url: &str,
    new: NewPetition,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Petition, DbErr> {
    let txn = begin_write(db).await?;
    let state = if new.recording.is_some() {
        MatterState::AwaitingTranscript
    } else {
        MatterState::Received
    };
    let recording = new.recording.clone();
    let inserted = petition::ActiveModel {
        account_id: Set(new.account_id),
        helped_person_id: Set(new.helped_person_id),
        petitioner_name: Set(new.petitioner_name.clone()),
        proxy: Set(new.proxy.clone()),
        relationship: Set(new.relationship.clone()),
        authorisation: Set(new.authorisation.clone()),
        kind: Set(new.kind.key().to_string()),
        home_area: Set(new.home_area.clone()),
        area_code: Set(new.home_area.clone()),
        department: Set(String::new()),
        routed_from: Set(String::new()),
        what_happened: Set(new.what_happened.clone()),
        what_asked: Set(new.what_asked.clone()),
        recording_key: Set(recording.as_ref().map(|r| r.key.clone()).unwrap_or_default()),
        recording_type: Set(recording
            .as_ref()
            .map(|r| r.content_type.clone())
            .unwrap_or_default()),
        recording_name: Set(recording.as_ref().map(|r| r.name.clone()).unwrap_or_default()),
        recording_bytes: Set(recording.as_ref().map_or(0, |r| r.bytes)),
        transcript: Set(String::new()),
        state: Set(state.key().to_string()),
        received_on: Set(Some(today)),
        routed_on: Set(None),
        accepted_on: Set(None),
        extension_days: Set(0),
        extension_reason: Set(String::new()),
        decided_on: Set(None),
        review_requested_on: Set(None),
        reviewed_on: Set(None),
        re_review_requested_on: Set(None),
        re_reviewed_on: Set(None),
        closed_on: Set(None),
        rating: Set(String::new()),
        email: Set(new.email.clone()),
        language: Set(new.lang.tag().to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    add_event(&txn, inserted.id, "petitioner", "filed", "", now).await?;
    if !inserted.is_anonymous() && !inserted.email.is_empty() {
        let reference = inserted.reference();
        let mut args = vec![
            ("reference", reference.clone()),
            ("link", format!("{public_url}/petitions/{reference}")),
        ];
        args.extend(inserted.about());
        enqueue(
            &txn,
            &inserted.email,
            new.lang,
            MailKind::PetitionReceived,
            &args,
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(inserted)
}

pub async fn add_event<C: ConnectionTrait>(
    db: &C,
    petition_id: i32,
    actor: &str,
    event: &str,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    event::ActiveModel {
        petition_id: Set(petition_id),
        at: Set(now),
        actor: Set(actor.to_string()),
        event: Set(event.to_string()),
        detail: Set(detail.to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// One change to a matter: what it becomes, the history entry, and the
/// notice (with its email) or other email it brings.
pub struct Change<'a> {
    pub from: &'a Petition,
    pub to: Petition,
    pub actor: String,
    pub event: &'static str,
    pub detail: String,
    pub notice: Option<NewNotice>,
    /// An email other than a notice's (a transcript to confirm).
    pub mail: Option<MailKind>,
}

/// Makes the change inside `db` (a transaction the caller commits), only
/// if the matter is still in the state it was read in. `false`: someone
/// else moved it first, and nothing was written.
pub async fn change<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
    change: Change<'_>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut to = change.to;
    to.updated_at = now;
    let id = to.id;
    // Mail goes to the filing account as it is now: a changed address is
    // followed, and a deleted account gets nothing.
    let account = match to.account_id {
        Some(account_id) => crate::accounts::resident::find(db, account_id).await?,
        None => None,
    };
    // Notices are written in the language chosen at filing; so is their mail.
    let lang = to.lang();
    let recipient = account.map(|a| a.email).unwrap_or_default();
    let reference = to.reference();
    let anonymous = to.is_anonymous();
    let about = to.about();
    let active: petition::ActiveModel = to.into();
    let updated = petition::Entity::update_many()
        .set(active.reset_all())
        .filter(petition::Column::Id.eq(id))
        .filter(petition::Column::State.eq(change.from.state.clone()))
        .filter(petition::Column::UpdatedAt.eq(change.from.updated_at))
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(false);
    }
    add_event(db, id, &change.actor, change.event, &change.detail, now).await?;
    let link = format!("{public_url}/petitions/{reference}");
    let mail = !anonymous && !recipient.is_empty();
    if let Some(notice) = change.notice {
        notice::ActiveModel {
            petition_id: Set(id),
            kind: Set(notice.kind.to_string()),
            ordinary: Set(notice.ordinary.clone()),
            easy_read: Set(notice.easy_read.clone()),
            language: Set(lang.tag().to_string()),
            issued_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if mail {
            let mut args = vec![
                ("reference", reference.clone()),
                ("title", notice.title),
                ("message", notice.ordinary),
                ("details", notice.easy_read),
                ("link", link.clone()),
            ];
            args.extend(about.clone());
            enqueue(db, &recipient, lang, MailKind::PetitionNotice, &args, now).await?;
        }
    }
    if let (Some(kind), true) = (change.mail, mail) {
        let mut args = vec![("reference", reference), ("link", link)];
        args.extend(about);
        enqueue(db, &recipient, lang, kind, &args, now).await?;
    }
    Ok(true)
}

/// A matter filed by `account_id`, by its reference; `None` for anyone else's.
pub async fn find_own<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    reference: &Reference,
) -> Result<Option<Petition>, DbErr> {
    let found = petition::Entity::find_by_id(reference.id)
        .filter(petition::Column::AccountId.eq(account_id))
        .one(db)
        .await?;
    Ok(found.filter(|p| p.received_on == Some(reference.received)))
}

/// The matters an account filed, newest first.
pub async fn list_own<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<Vec<Petition>, DbErr> {
    petition::Entity::find()
        .filter(petition::Column::AccountId.eq(account_id))
        .order_by_desc(petition::Column::Id)
        .all(db)
        .await
}

/// Whether `code` is `area` or inside it.
fn under(area: &str) -> sea_orm::Condition {
    sea_orm::Condition::any()
        .add(petition::Column::AreaCode.eq(area))
        .add(petition::Column::AreaCode.starts_with(format!("{area}.")))
}

/// A matter held in `area` or under it.
pub async fn find_in_area<C: ConnectionTrait>(
    db: &C,
    area: &str,
    id: i32,
) -> Result<Option<Petition>, DbErr> {
    petition::Entity::find_by_id(id).filter(under(area)).one(db).await
}

/// Every matter held in `area` or under it, oldest first, closed ones last.
pub async fn list_in_area<C: ConnectionTrait>(db: &C, area: &str) -> Result<Vec<Petition>, DbErr> {
    petition::Entity::find()
        .filter(under(area))
        .order_by_asc(petition::Column::Id)
        .all(db)
        .await
}

/// Every matter with an account (tracked), for the statistics.
pub async fn all_tracked<C: ConnectionTrait>(db: &C) -> Result<Vec<Petition>, DbErr> {
    petition::Entity::find()
        .filter(petition::Column::AccountId.is_not_null())
        .all(db)
        .await
}

pub async fn events<C: ConnectionTrait>(db: &C, petition_id: i32) -> Result<Vec<Event>, DbErr> {
    event::Entity::find()
        .filter(event::Column::PetitionId.eq(petition_id))
        .order_by_asc(event::Column::Id)
        .all(db)
        .await
}

pub async fn notices<C: ConnectionTrait>(db: &C, petition_id: i32) -> Result<Vec<Notice>, DbErr> {
    notice::Entity::find()
        .filter(notice::Column::PetitionId.eq(petition_id))
        .order_by_asc(notice::Column::Id)
        .all(db)
        .await
}

pub async fn notes<C: ConnectionTrait>(db: &C, petition_id: i32) -> Result<Vec<Note>, DbErr> {
    note::Entity::find()
        .filter(note::Column::PetitionId.eq(petition_id))
        .order_by_asc(note::Column::Id)
        .all(db)
        .await
}

pub async fn add_note<C: ConnectionTrait>(
    db: &C,
    petition_id: i32,
    staff_id: i32,
    supervision: bool,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    note::ActiveModel {
        petition_id: Set(petition_id),
        staff_id: Set(staff_id),
        supervision: Set(supervision),
        body: Set(body.to_string()),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
