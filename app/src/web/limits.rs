//! Limits on failed sign-ins and emailed links: attempts are counted per
//! key (an email address, a client address, an account) over a window.

use crate::web::transaction::begin_write;
use chrono::{DateTime, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbBackend, QueryOrder, QuerySelect, Statement};

pub mod failure {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "auth_failure")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub key: String,
        pub at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// At most `max` attempts counted against `key` in `window`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limit {
    pub key: String,
    pub max: usize,
    pub window: Duration,
}

/// When the key may try again, if it has used up its attempts.
pub async fn locked_until<C: ConnectionTrait>(
    db: &C,
    limit: &Limit,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let recent: Vec<DateTime<Utc>> = failure::Entity::find()
        .filter(failure::Column::Key.eq(limit.key.clone()))
        .filter(failure::Column::At.gt(now - limit.window))
        .order_by_desc(failure::Column::At)
        .limit(limit.max as u64)
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.at)
        .collect();
    if recent.len() < limit.max {
        return Ok(None);
    }
    Ok(recent.last().map(|oldest| *oldest + limit.window))
}

/// The latest time any of `limits` lifts, if one is reached.
pub async fn locked_until_any<C: ConnectionTrait>(
    db: &C,
    limits: &[Limit],
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let mut until = None;
    for limit in limits {
        if let Some(at) = locked_until(db, limit, now).await? {
            until = until.max(Some(at));
        }
    }
    Ok(until)
}

/// An attempt counted against its limits before the password, code or
/// link it asks for is checked.
#[derive(Debug)]
#[must_use]
pub struct Attempt {
    ids: Vec<i32>,
}

impl Attempt {
    /// Takes back an attempt that succeeded, so that signing in does not
    /// use up the limits of everyone behind the same address.
    pub async fn succeeded<C: ConnectionTrait>(self, db: &C) -> Result<(), DbErr> {
        failure::Entity::delete_many()
            .filter(failure::Column::Id.is_in(self.ids))
            .exec(db)
            .await?;
        Ok(())
    }
}

/// Counts one attempt against each of `limits`, or says until when one of
/// them holds. The count and the check are one step: requests sent at once
/// for the same key take their turn, so no more than `max` get through.
/// `db` must be a transaction; the attempt holds once it commits.
pub async fn take_attempt<C: ConnectionTrait>(
    db: &C,
    limits: &[Limit],
    now: DateTime<Utc>,
) -> Result<Result<Attempt, DateTime<Utc>>, DbErr> {
    let mut keys: Vec<&str> = limits.iter().map(|l| l.key.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    for key in &keys {
        take_turn(db, key, now).await?;
    }
    if let Some(until) = locked_until_any(db, limits, now).await? {
        return Ok(Err(until));
    }
    let mut ids = Vec::with_capacity(keys.len());
    for key in keys {
        let row = failure::ActiveModel {
            key: Set(key.to_string()),
            at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        ids.push(row.id);
    }
    Ok(Ok(Attempt { ids }))
}

/// `take_attempt` in a transaction of its own, committed before the check
/// it guards runs (a password hash takes a while; no lock is held for it).
pub async fn take_attempt_now(
    db: &DatabaseConnection,
    limits: &[Limit],
    now: DateTime<Utc>,
) -> Result<Result<Attempt, DateTime<Utc>>, DbErr> {
    let txn = begin_write(db).await?;
    let taken = take_attempt(&txn, limits, now).await?;
    txn.commit().await?;
    Ok(taken)
}

/// Waits until no other transaction is taking an attempt for `key`
/// (keys are taken in sorted order, so two requests cannot wait on each
/// other). PostgreSQL holds a lock per key until the transaction ends;
/// SQLite has one writer at a time, and the first write takes that turn.
/// The write forgets attempts older than a day.
async fn take_turn<C: ConnectionTrait>(db: &C, key: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtext($1))::text",
            [key.into()],
        ))
        .await?;
    }
    failure::Entity::delete_many()
        .filter(failure::Column::Key.eq(key))
        .filter(failure::Column::At.lt(now - Duration::days(1)))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets every attempt against `key` (a password that was right clears
/// the account's count).
pub async fn clear_attempts<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    failure::Entity::delete_many()
        .filter(failure::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}
