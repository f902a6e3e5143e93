//! Fairs, their employers and positions, and registrations.

use crate::accounts::resident::Account;
use crate::attendees::{Attendee, AttendeeRequest, MAX_PER_ACCOUNT};
use crate::components::in_lang;
use crate::domain::bookings::{adjustments_text, features_from, person_key, Feature};
use crate::domain::local_time::utc_to_chongqing;
use crate::i18n::{dates, Lang};
use crate::mail::{enqueue, MailKind};
use crate::web::transaction::begin_write;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, Select, SqlErr, TransactionTrait};

pub mod fair {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "fair")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub area_code: String,
        pub title_zh: String,
        pub title_en: String,
        pub summary_zh: String,
        pub summary_en: String,
        pub starts_at: DateTime,
        pub ends_at: DateTime,
        pub venue_zh: String,
        pub venue_en: String,
        pub address_zh: String,
        pub address_en: String,
        pub transport_zh: String,
        pub transport_en: String,
        pub features: String,
        pub cancelled_at: Option<DateTimeUtc>,
        pub cancel_reason: Option<String>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod employer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "fair_employer")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub fair_id: i32,
        pub name: String,
        pub description: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod position {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "fair_position")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub employer_id: i32,
        pub title: String,
        pub needs: String,
        pub adjustments_offered: String,
        pub openings: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod registration {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "fair_registration")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub fair_id: i32,
        pub account_id: i32,
        pub person_id: Option<i32>,
        pub person_key: String,
        pub person_name: String,
        pub adjustments: String,
        pub other_needs: String,
        pub registered_at: DateTimeUtc,
        pub cancelled_at: Option<DateTimeUtc>,
        pub checked_in_at: Option<DateTimeUtc>,
        pub hired_employer_id: Option<i32>,
        pub hired_at: Option<DateTimeUtc>,
        pub reminder_queued_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use fair::Model as Fair;
pub use registration::Model as Registration;

impl Registration {
    /// Who comes, as the registration recorded them.
    pub fn attendee(&self) -> Attendee {
        Attendee {
            person_id: self.person_id,
            name: self.person_name.clone(),
        }
    }
}

/// Which fairs the public list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FairFilter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Every one of these must be offered.
    pub features: Vec<Feature>,
}

impl FairFilter {
    pub fn admits(&self, fair: &Fair) -> bool {
        let day = fair.starts_at.date();
        let offered = features_from(&fair.features);
        self.from.is_none_or(|from| day >= from)
            && self.to.is_none_or(|to| day <= to)
            && self.features.iter().all(|f| offered.contains(f))
    }
}

/// Fairs not yet over, soonest first (cancelled ones too: people who
/// planned to go need to see that).
pub async fn upcoming<C: ConnectionTrait>(
    db: &C,
    now: NaiveDateTime,
    filter: &FairFilter,
) -> Result<Vec<Fair>, DbErr> {
    Ok(fair::Entity::find()
        .filter(fair::Column::EndsAt.gte(now))
        .order_by_asc(fair::Column::StartsAt)
        .order_by_asc(fair::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|f| filter.admits(f))
        .collect())
}

/// The most recent fairs that are over, latest first.
pub async fn past<C: ConnectionTrait>(db: &C, now: NaiveDateTime) -> Result<Vec<Fair>, DbErr> {
    fair::Entity::find()
        .filter(fair::Column::EndsAt.lt(now))
        .order_by_desc(fair::Column::StartsAt)
        .paginate(db, 50)
        .fetch_page(0)
        .await
}

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Fair>, DbErr> {
    fair::Entity::find_by_id(id).one(db).await
}

pub type EmployerWithPositions = (employer::Model, Vec<position::Model>);

pub async fn employers<C: ConnectionTrait>(
    db: &C,
    fair_id: i32,
) -> Result<Vec<EmployerWithPositions>, DbErr> {
    let employers = employer::Entity::find()
        .filter(employer::Column::FairId.eq(fair_id))
        .order_by_asc(employer::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = employers.iter().map(|e| e.id).collect();
    let positions = position::Entity::find()
        .filter(position::Column::EmployerId.is_in(ids))
        .order_by_asc(position::Column::Id)
        .all(db)
        .await?;
    Ok(employers
        .into_iter()
        .map(|e| {
            let own = positions
                .iter()
                .filter(|p| p.employer_id == e.id)
                .cloned()
                .collect();
            (e, own)
        })
        .collect())
}

/// A fair's registrations that are not cancelled, to narrow down, list or count.
pub fn active_registrations(fair_id: i32) -> Select<registration::Entity> {
    registration::Entity::find()
        .filter(registration::Column::FairId.eq(fair_id))
        .filter(registration::Column::CancelledAt.is_null())
}

/// The account's active registrations for one fair (itself and people it helps).
pub async fn registrations_of<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    fair_id: i32,
) -> Result<Vec<Registration>, DbErr> {
    active_registrations(fair_id)
        .filter(registration::Column::AccountId.eq(account_id))
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await
}

/// Every active registration of an account, with its fair.
pub async fn all_registrations_of<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
) -> Result<Vec<(Registration, Fair)>, DbErr> {
    let registrations = registration::Entity::find()
        .filter(registration::Column::AccountId.eq(account_id))
        .filter(registration::Column::CancelledAt.is_null())
        .all(db)
        .await?;
    let ids: Vec<i32> = registrations.iter().map(|r| r.fair_id).collect();
    let fairs = fair::Entity::find()
        .filter(fair::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let mut joined: Vec<(Registration, Fair)> = registrations
        .into_iter()
        .filter_map(|r| {
            let fair = fairs.iter().find(|f| f.id == r.fair_id)?.clone();
            Some((r, fair))
        })
        .collect();
    joined.sort_by_key(|(r, f)| (f.starts_at, r.id));
    Ok(joined)
}

#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("already registered")]
    AlreadyRegistered,
    #[error("the account has registered as many people for the fair as it may")]
    TooMany,
    #[error("the fair is cancelled or over")]
    Closed,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Serialises registrations for one fair: an update of its row takes the
/// row lock on PostgreSQL and the write lock on SQLite, so two registrations
/// at once count one after the other. `false` if the fair is gone.
async fn lock_fair<C: ConnectionTrait>(txn: &C, fair_id: i32) -> Result<bool, DbErr> {
    let locked = fair::Entity::update_many()
        .col_expr(fair::Column::Id, Expr::col(fair::Column::Id).into())
        .filter(fair::Column::Id.eq(fair_id))
        .exec(txn)
        .await?;
    Ok(locked.rows_affected == 1)
}

/// Registers `attendee` for `fair`, and emails the account holder in the
/// same transaction. An account registers at most [`MAX_PER_ACCOUNT`]
/// people for one fair.
pub async fn register<C: TransactionTrait>(
    db: &C,
    public_url: &str,
    fair: &Fair,
    account: &Account,
    request: &AttendeeRequest,
    now: DateTime<Utc>,
) -> Result<i32, RegisterError> {
    let attendee = &request.attendee;
    if fair.cancelled_at.is_some() || fair.ends_at < utc_to_chongqing(now) {
        return Err(RegisterError::Closed);
    }
    let txn = begin_write(db).await?;
    if !lock_fair(&txn, fair.id).await? {
        return Err(RegisterError::Closed);
    }
    let registered = active_registrations(fair.id)
        .filter(registration::Column::AccountId.eq(account.id))
        .count(&txn)
        .await?;
    if registered >= MAX_PER_ACCOUNT {
        return Err(RegisterError::TooMany);
    }
    let inserted = registration::ActiveModel {
        fair_id: Set(fair.id),
        account_id: Set(account.id),
        person_id: Set(attendee.person_id),
        person_key: Set(person_key(account.id, attendee.person_id)),
        person_name: Set(attendee.name.clone()),
        adjustments: Set(adjustments_text(&request.adjustments)),
        other_needs: Set(request.other_needs.clone()),
        registered_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let registration = match inserted {
        Ok(r) => r,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(RegisterError::AlreadyRegistered)
        }
        Err(error) => return Err(error.into()),
    };
    let lang = Lang::from_tag(&account.email_language).unwrap_or_default();
    enqueue(
        &txn,
        &account.email,
        lang,
        MailKind::FairRegistered,
        &fair_mail_args(lang, public_url, fair, &account.full_name, attendee),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(registration.id)
}

/// What fair emails say: who, which fair, when, where, and the link; and
/// whom the email is about when that is not the account holder.
pub fn fair_mail_args(
    lang: Lang,
    public_url: &str,
    fair: &Fair,
    account_name: &str,
    attendee: &Attendee,
) -> Vec<(&'static str, String)> {
    let mut args = vec![
        ("name", account_name.to_string()),
        ("attendee", attendee.name.clone()),
        ("fair", in_lang(lang, &fair.title_zh, &fair.title_en).to_string()),
        ("when", dates::span(lang, fair.starts_at, fair.ends_at)),
        ("where", in_lang(lang, &fair.venue_zh, &fair.venue_en).to_string()),
        ("link", format!("{public_url}/jobs/fairs/{}", fair.id)),
    ];
    args.extend(attendee.about());
    args
}

/// Cancels the open registrations that `which` selects.
async fn cancel_where<C: ConnectionTrait>(
    db: &C,
    which: sea_orm::Condition,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = registration::Entity::update_many()
        .col_expr(registration::Column::CancelledAt, Expr::value(now))
        .filter(which)
        .filter(registration::Column::CancelledAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// Cancels every registration of an account being deleted.
pub async fn cancel_all_of_account<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let which = sea_orm::Condition::all().add(registration::Column::AccountId.eq(account_id));
    cancel_where(db, which, now).await.map(|_| ())
}

/// Cancels the registrations an account made for one person it helps, when
/// that person is removed from the account.
pub async fn cancel_all_for_person<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    person_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let which = sea_orm::Condition::all()
        .add(registration::Column::AccountId.eq(account_id))
        .add(registration::Column::PersonId.eq(person_id));
    cancel_where(db, which, now).await.map(|_| ())
}

/// Cancels one of the account's own registrations; `false` if there is none
/// (someone else's, or already cancelled).
pub async fn cancel_registration<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let which = sea_orm::Condition::all()
        .add(registration::Column::Id.eq(id))
        .add(registration::Column::AccountId.eq(account_id));
    Ok(cancel_where(db, which, now).await? == 1)
}
