//! What staff change and read on fairs: the fairs of an area, their
//! details, employers and positions, cancellation, registrations, check-in
//! and hires. Every function takes the handler's connection or
//! transaction, which records the audit entry in the same transaction.

use crate::accounts::staff_session::{EditEvents, InScope};
use crate::domain::staff::in_scope;
use crate::i18n::Lang;
use crate::job_fairs::store::{
    active_registrations, employer, fair, fair_mail_args, position, registration, Fair, Registration,
};
use crate::mail::{enqueue, MailKind};
use crate::training::store::account_of;
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DatabaseTransaction, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// A fair as its form describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FairDetails {
    pub title_zh: String,
    pub title_en: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub venue_zh: String,
    pub venue_en: String,
    pub address_zh: String,
    pub address_en: String,
    pub transport_zh: String,
    pub transport_en: String,
    /// As stored: `features_text`.
    pub features: String,
}

/// A position offered by an employer at a fair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PositionDetails {
    pub employer_id: i32,
    pub title: String,
    pub needs: String,
    pub adjustments_offered: String,
    pub openings: i32,
}

/// A fair in the staff member's area.
impl InScope for Fair {
    type Permission = EditEvents;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        Ok(crate::job_fairs::store::find(db, id)
            .await?
            .filter(|f| in_scope(area, &f.area_code)))
    }
}

/// A registration for a fair in the staff member's area, with its fair.
#[derive(Clone, Debug)]
pub struct RegistrationAtFair {
    pub registration: Registration,
    pub fair: Fair,
}

impl InScope for RegistrationAtFair {
    type Permission = EditEvents;

    async fn find_in_scope(db: &DatabaseConnection, area: &str, id: i32) -> Result<Option<Self>, DbErr> {
        let Some(registration) = registration::Entity::find_by_id(id).one(db).await? else {
            return Ok(None);
        };
        let fair = Fair::find_in_scope(db, area, registration.fair_id).await?;
        Ok(fair.map(|fair| RegistrationAtFair { registration, fair }))
    }
}

/// Fairs in the staff member's area, latest first, with how many people
/// are registered for each.
pub async fn fairs_in_scope<C: ConnectionTrait>(db: &C, area: &str) -> Result<Vec<(Fair, i64)>, DbErr> {
    let fairs: Vec<Fair> = fair::Entity::find()
        .order_by_desc(fair::Column::StartsAt)
        .order_by_desc(fair::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|f| in_scope(area, &f.area_code))
        .collect();
    let ids: Vec<i32> = fairs.iter().map(|f| f.id).collect();
    let counts: HashMap<i32, i64> = registration::Entity::find()
        .select_only()
        .column(registration::Column::FairId)
        .column_as(registration::Column::Id.count(), "registrations")
        .filter(registration::Column::FairId.is_in(ids))
        .filter(registration::Column::CancelledAt.is_null())
        .group_by(registration::Column::FairId)
        .into_tuple::<(i32, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(fairs
        .into_iter()
        .map(|f| {
            let count = counts.get(&f.id).copied().unwrap_or(0);
            (f, count)
        })
        .collect())
}

impl FairDetails {
    /// The fair's columns that staff edit, the rest left unset.
    fn active_model(&self) -> fair::ActiveModel {
        fair::ActiveModel {
            title_zh: Set(self.title_zh.clone()),
            title_en: Set(self.title_en.clone()),
            summary_zh: Set(self.summary_zh.clone()),
            summary_en: Set(self.summary_en.clone()),
            starts_at: Set(self.starts_at),
            ends_at: Set(self.ends_at),
            venue_zh: Set(self.venue_zh.clone()),
            venue_en: Set(self.venue_en.clone()),
            address_zh: Set(self.address_zh.clone()),
            address_en: Set(self.address_en.clone()),
            transport_zh: Set(self.transport_zh.clone()),
            transport_en: Set(self.transport_en.clone()),
            features: Set(self.features.clone()),
            ..Default::default()
        }
    }
}

pub async fn create_fair<C: ConnectionTrait>(
    db: &C,
    area_code: &str,
    details: &FairDetails,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let inserted = fair::ActiveModel {
        area_code: Set(area_code.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..details.active_model()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

pub async fn update_fair<C: ConnectionTrait>(
    db: &C,
    id: i32,
    details: &FairDetails,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    fair::ActiveModel {
        id: Set(id),
        updated_at: Set(now),
        ..details.active_model()
    }
    .update(db)
    .await?;
    Ok(())
}

pub async fn add_employer<C: ConnectionTrait>(
    db: &C,
    fair_id: i32,
    name: &str,
    description: &str,
) -> Result<i32, DbErr> {
    let inserted = employer::ActiveModel {
        fair_id: Set(fair_id),
        name: Set(name.to_string()),
        description: Set(description.to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

/// Adds a position; `None` if the employer is not one of this fair's.
pub async fn add_position<C: ConnectionTrait>(
    db: &C,
    fair_id: i32,
    details: &PositionDetails,
) -> Result<Option<i32>, DbErr> {
    let employer = employer::Entity::find_by_id(details.employer_id)
        .filter(employer::Column::FairId.eq(fair_id))
        .one(db)
        .await?;
    if employer.is_none() {
        return Ok(None);
    }
    let inserted = position::ActiveModel {
        employer_id: Set(details.employer_id),
        title: Set(details.title.clone()),
        needs: Set(details.needs.clone()),
        adjustments_offered: Set(details.adjustments_offered.clone()),
        openings: Set(details.openings),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(Some(inserted.id))
}

/// Cancels a fair and emails everyone registered for it, in the caller's
/// transaction. Registrations stay as they are (the list shows who was
/// told). `None` if the fair was already cancelled; otherwise how many
/// emails were queued.
pub async fn cancel_fair(
    txn: &DatabaseTransaction,
    public_url: &str,
    found: &Fair,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Option<usize>, DbErr> {
    let cancelled = fair::Entity::update_many()
        .col_expr(fair::Column::CancelledAt, Expr::value(now))
        .col_expr(fair::Column::CancelReason, Expr::value(reason.to_string()))
        .col_expr(fair::Column::UpdatedAt, Expr::value(now))
        .filter(fair::Column::Id.eq(found.id))
        .filter(fair::Column::CancelledAt.is_null())
        .exec(txn)
        .await?;
    if cancelled.rows_affected == 0 {
        return Ok(None);
    }
    let mut sent = 0;
    for registration in registrations_of_fair(txn, found.id).await? {
        let Some(account) = account_of(txn, registration.account_id).await? else {
            continue;
        };
        let lang = Lang::from_tag(&account.email_language).unwrap_or_default();
        let mut args = fair_mail_args(
            lang,
            public_url,
            found,
            &account.full_name,
            &registration.attendee(),
        );
        args.push(("reason", reason.to_string()));
        enqueue(txn, &account.email, lang, MailKind::FairCancelled, &args, now).await?;
        sent += 1;
    }
    Ok(Some(sent))
}

/// Active registrations of a fair, in the order people registered.
pub async fn registrations_of_fair<C: ConnectionTrait>(
    db: &C,
    fair_id: i32,
) -> Result<Vec<Registration>, DbErr> {
    active_registrations(fair_id)
        .order_by_asc(registration::Column::RegisteredAt)
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await
}

/// Marks an active registration as arrived; `false` if it already was (or
/// is cancelled), so a second press changes nothing.
pub async fn check_in_registration<C: ConnectionTrait>(
    db: &C,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let changed = registration::Entity::update_many()
        .col_expr(registration::Column::CheckedInAt, Expr::value(now))
        .filter(registration::Column::Id.eq(id))
        .filter(registration::Column::CheckedInAt.is_null())
        .filter(registration::Column::CancelledAt.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// What came of recording a hire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hire {
    /// Recorded; the employer's name.
    Recorded(String),
    /// The employer is not one of the fair's.
    UnknownEmployer,
    /// The registration was cancelled meanwhile.
    NotActive,
}

/// Records that `employer_id`, an employer at the same fair, hired the person.
pub async fn record_hire<C: ConnectionTrait>(
    db: &C,
    registration: &Registration,
    employer_id: i32,
    now: DateTime<Utc>,
) -> Result<Hire, DbErr> {
    let Some(employer) = employer::Entity::find_by_id(employer_id)
        .filter(employer::Column::FairId.eq(registration.fair_id))
        .one(db)
        .await?
    else {
        return Ok(Hire::UnknownEmployer);
    };
    let changed = registration::Entity::update_many()
        .col_expr(registration::Column::HiredEmployerId, Expr::value(employer.id))
        .col_expr(registration::Column::HiredAt, Expr::value(now))
        .filter(registration::Column::Id.eq(registration.id))
        .filter(registration::Column::CancelledAt.is_null())
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Hire::NotActive);
    }
    Ok(Hire::Recorded(employer.name))
}

/// How many people are registered for a fair (cancelled registrations aside).
pub async fn registration_count<C: ConnectionTrait>(db: &C, fair_id: i32) -> Result<u64, DbErr> {
    active_registrations(fair_id).count(db).await
}
