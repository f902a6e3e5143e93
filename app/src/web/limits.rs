//! Limits on failed sign-ins and emailed links: attempts are counted per
//! key (an email address, a client address, an account) over a window.

use chrono::{DateTime, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};

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

/// Counts one attempt against each of `limits` (and forgets attempts older than a day).
pub async fn record_attempts<C: ConnectionTrait>(
    db: &C,
    limits: &[Limit],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for limit in limits {
        record_attempt(db, &limit.key, now).await?;
    }
    Ok(())
}

pub async fn record_attempt<C: ConnectionTrait>(db: &C, key: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    failure::ActiveModel {
        key: Set(key.to_string()),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    failure::Entity::delete_many()
        .filter(failure::Column::Key.eq(key))
        .filter(failure::Column::At.lt(now - Duration::days(1)))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn clear_attempts<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    failure::Entity::delete_many()
        .filter(failure::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}
