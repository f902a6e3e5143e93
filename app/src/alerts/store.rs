//! Subscriptions: asked for (with a confirmation link, stored as its hash),
//! confirmed (replacing any earlier subscription of the same address),
//! changed and ended with the subscription's own token.

use super::mail::{confirmation_message, Links};
use crate::domain::alerts::{is_confirm_token, Frequency, SubscriptionToken, Topic, CONFIRM_DAYS};
use crate::i18n::Lang;
use crate::mail::enqueue_composed;
use crate::web::limits::{take_attempt, Limit};
use crate::web::sealed::SealingKey;
use crate::web::secrets::{hash_token, random_token};
use crate::web::transaction::begin_write;
use chrono::{DateTime, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, TransactionTrait};

pub mod subscription {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "alert_subscription")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        /// The language of its messages (`zh-CN`, `en`): the page's when it subscribed.
        pub language: String,
        /// Topic keys, comma-separated (`Topic::list_text`).
        pub topics: String,
        /// A street or town, or `None` for the whole district.
        pub area_code: Option<String>,
        pub frequency: String,
        /// SHA-256 of the confirmation link's token, until it is used.
        pub confirm_token_hash: Option<String>,
        pub confirm_expires_at: Option<DateTimeUtc>,
        /// `None` until confirmed: nothing is sent before.
        pub confirmed_at: Option<DateTimeUtc>,
        /// Items published up to this instant have been dealt with.
        pub sent_through: Option<DateTimeUtc>,
        /// Moves with `sent_through`, for the compare-and-set that lets one server send.
        pub version: i32,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use subscription::Model as Subscription;

impl Subscription {
    pub fn topics(&self) -> Vec<Topic> {
        Topic::list_from(&self.topics)
    }

    pub fn frequency(&self) -> Frequency {
        Frequency::parse(&self.frequency).unwrap_or(Frequency::Weekly)
    }

    pub fn lang(&self) -> Lang {
        Lang::from_tag(&self.language).unwrap_or_default()
    }
}

/// What someone chose on the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    pub topics: Vec<Topic>,
    pub area: Option<String>,
    pub frequency: Frequency,
}

/// The purpose the subscription tokens' keyed hash is made for.
const TOKEN_PURPOSE: &str = "alert-subscription";

/// The token in the links of every message subscription `id` gets.
pub fn token_of(key: &SealingKey, id: i32) -> SubscriptionToken {
    SubscriptionToken {
        id,
        tag: key.tag(TOKEN_PURPOSE, &id.to_string()),
    }
}

/// The subscription id a token from a link stands for, if the portal made it.
pub fn id_of_token(key: &SealingKey, text: &str) -> Option<i32> {
    let token = SubscriptionToken::parse(text)?;
    let expected = token_of(key, token.id);
    same_bytes(expected.tag.as_bytes(), token.tag.as_bytes()).then_some(token.id)
}

/// Compares in time that does not depend on where the first difference is.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Records a subscription waiting for confirmation and queues the email
/// with its link, in one transaction, within `limits`. `Err(until)` when a
/// limit holds: nothing is recorded or sent.
pub async fn subscribe<C: TransactionTrait>(
    db: &C,
    links: &Links<'_>,
    email: &str,
    lang: Lang,
    choices: &Choices,
    limits: &[Limit],
    now: DateTime<Utc>,
) -> Result<Result<(), DateTime<Utc>>, DbErr> {
    let txn = begin_write(db).await?;
    if let Err(until) = take_attempt(&txn, limits, now).await? {
        return Ok(Err(until));
    }
    let token = random_token(32);
    subscription::ActiveModel {
        email: Set(email.to_string()),
        language: Set(lang.tag().to_string()),
        topics: Set(Topic::list_text(&choices.topics)),
        area_code: Set(choices.area.clone()),
        frequency: Set(choices.frequency.key().to_string()),
        confirm_token_hash: Set(Some(hash_token(&token))),
        confirm_expires_at: Set(Some(now + Duration::days(CONFIRM_DAYS))),
        confirmed_at: Set(None),
        sent_through: Set(None),
        version: Set(0),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let help = crate::site_info::store::load(&txn).await?;
    let message = confirmation_message(links, &help, email, lang, &token, choices);
    enqueue_composed(&txn, message, now).await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// The subscription waiting for the confirmation `token`, if the link still works.
pub async fn pending<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Subscription>, DbErr> {
    if !is_confirm_token(token) {
        return Ok(None);
    }
    let found = subscription::Entity::find()
        .filter(subscription::Column::ConfirmTokenHash.eq(hash_token(token)))
        .one(db)
        .await?;
    Ok(found.filter(|s| s.confirmed_at.is_none() && s.confirm_expires_at.is_some_and(|at| at > now)))
}

/// Confirms the subscription waiting for `token`: alerts start with what is
/// published from now on, and it replaces any earlier subscription of the
/// same address. `None` if the link does not work (used, expired, unknown).
pub async fn confirm<C: TransactionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Subscription>, DbErr> {
    let txn = begin_write(db).await?;
    let Some(found) = pending(&txn, token, now).await? else {
        return Ok(None);
    };
    let confirmed = subscription::Entity::update_many()
        .col_expr(subscription::Column::ConfirmedAt, Expr::value(now))
        .col_expr(subscription::Column::SentThrough, Expr::value(now))
        .col_expr(
            subscription::Column::ConfirmTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            subscription::Column::ConfirmExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(subscription::Column::Id.eq(found.id))
        .filter(subscription::Column::ConfirmedAt.is_null())
        .exec(&txn)
        .await?;
    if confirmed.rows_affected != 1 {
        return Ok(None);
    }
    subscription::Entity::delete_many()
        .filter(subscription::Column::Email.eq(found.email.clone()))
        .filter(subscription::Column::Id.ne(found.id))
        .filter(subscription::Column::ConfirmedAt.is_not_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Some(Subscription {
        confirmed_at: Some(now),
        sent_through: Some(now),
        confirm_token_hash: None,
        confirm_expires_at: None,
        ..found
    }))
}

/// A confirmed subscription, by id.
pub async fn confirmed<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Subscription>, DbErr> {
    Ok(subscription::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|s| s.confirmed_at.is_some()))
}

/// Saves new choices; `false` if the subscription has gone.
pub async fn change<C: ConnectionTrait>(db: &C, id: i32, choices: &Choices) -> Result<bool, DbErr> {
    let changed = subscription::Entity::update_many()
        .col_expr(
            subscription::Column::Topics,
            Expr::value(Topic::list_text(&choices.topics)),
        )
        .col_expr(subscription::Column::AreaCode, Expr::value(choices.area.clone()))
        .col_expr(
            subscription::Column::Frequency,
            Expr::value(choices.frequency.key()),
        )
        .filter(subscription::Column::Id.eq(id))
        .filter(subscription::Column::ConfirmedAt.is_not_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Ends a subscription at once: its row goes, with the address.
pub async fn unsubscribe<C: ConnectionTrait>(db: &C, id: i32) -> Result<(), DbErr> {
    subscription::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Forgets subscriptions never confirmed whose link has expired, so
/// addresses typed by mistake are not kept.
pub async fn forget_unconfirmed<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let pending = subscription::Entity::find()
        .filter(subscription::Column::ConfirmedAt.is_null())
        .all(db)
        .await?;
    let expired: Vec<i32> = pending
        .iter()
        .filter(|s| s.confirm_expires_at.is_none_or(|at| at <= now))
        .map(|s| s.id)
        .collect();
    if expired.is_empty() {
        return Ok(0);
    }
    let deleted = subscription::Entity::delete_many()
        .filter(subscription::Column::Id.is_in(expired))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscription_tokens_are_keyed_and_checked() {
        let key = SealingKey::development();
        let token = token_of(&key, 7).text();
        assert!(token.starts_with("7-"), "{token}");
        assert_eq!(id_of_token(&key, &token), Some(7));
        let forged = format!("8-{}", &token[2..]);
        assert_eq!(id_of_token(&key, &forged), None, "another id with the same tag");
        assert_eq!(id_of_token(&key, &format!("{token}x")), None);
        assert_eq!(id_of_token(&key, "7-"), None);
    }

    #[test]
    fn confirmation_tokens_are_stored_as_their_hash() {
        let token = random_token(32);
        assert!(is_confirm_token(&token), "{token}");
        let stored = hash_token(&token);
        assert_eq!(stored.len(), 64);
        assert_ne!(stored, token);
        assert_eq!(stored, hash_token(&token), "the same hash every time");
        assert_ne!(stored, hash_token(&random_token(32)));
    }
}
