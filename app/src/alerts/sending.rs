//! Sending alerts, run by the server's alerts worker every minute (and by
//! tests at any time they choose). Subscribers who chose "immediately" get
//! one message per new item; weekly subscribers get one digest after each
//! Monday 09:00 in Shanghai, covering the seven days before it (nothing if
//! those days brought nothing).
//!
//! Several servers may run this at once on one database. Each subscription
//! keeps how far its alerts reach (`sent_through`) with a `version`; a
//! server moves both with a compare-and-set in the same transaction as the
//! outbox rows it writes, so only one server's messages are ever committed.

use super::items::{items_since, AlertItem};
use super::mail::{digest_message, item_message, Links, Recipient};
use super::store::{forget_unconfirmed, subscription, Subscription};
use crate::domain::alerts::{digest_period, latest_digest_time, Frequency};
use crate::domain::local_time::utc_to_chongqing;
use crate::mail::{enqueue_composed, Composed};
use crate::site_info::SiteInfo;
use crate::web::transaction::begin_write;
use chrono::{DateTime, Duration, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, TransactionTrait};

/// Items are announced once they are this old, so that one whose
/// transaction commits a little after its creation time is not passed over.
const SETTLE_SECONDS: i64 = 30;

/// Items older than this are never sent one by one (after a long outage,
/// say): an alert should be news.
const FRESH_DAYS: i64 = 7;

/// What one round queued.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Queued {
    /// Messages about one item each.
    pub alerts: usize,
    pub digests: usize,
}

/// One subscription's work: the messages to queue and how far they reach.
struct Due {
    subscription: Subscription,
    digest: bool,
    through: DateTime<Utc>,
    messages: Vec<Composed>,
}

/// Queues every alert and digest due at `now`; returns how many.
pub async fn run_due<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    links: &Links<'_>,
    now: DateTime<Utc>,
) -> Result<Queued, DbErr> {
    forget_unconfirmed(db, now).await?;
    let subscriptions = subscription::Entity::find()
        .filter(subscription::Column::ConfirmedAt.is_not_null())
        .all(db)
        .await?;
    if subscriptions.is_empty() {
        return Ok(Queued::default());
    }
    let help = crate::site_info::store::load(db).await?;
    let (immediate, weekly): (Vec<_>, Vec<_>) = subscriptions
        .into_iter()
        .partition(|s| s.frequency() == Frequency::Immediately);
    let mut due = immediate_due(db, links, &help, immediate, now).await?;
    due.extend(digests_due(db, links, &help, weekly, now).await?);
    let mut queued = Queued::default();
    for work in due {
        let (count, digest) = (work.messages.len(), work.digest);
        if claim_and_queue(db, work, now).await? {
            if digest {
                queued.digests += count;
            } else {
                queued.alerts += count;
            }
        }
    }
    Ok(queued)
}

fn recipient(subscription: &Subscription) -> Recipient {
    Recipient {
        id: subscription.id,
        email: subscription.email.clone(),
        lang: subscription.lang(),
    }
}

fn reached(subscription: &Subscription) -> DateTime<Utc> {
    subscription
        .sent_through
        .or(subscription.confirmed_at)
        .unwrap_or(subscription.created_at)
}

async fn immediate_due<C: ConnectionTrait>(
    db: &C,
    links: &Links<'_>,
    help: &SiteInfo,
    subscriptions: Vec<Subscription>,
    now: DateTime<Utc>,
) -> Result<Vec<Due>, DbErr> {
    let settled = now - Duration::seconds(SETTLE_SECONDS);
    let Some(earliest) = subscriptions.iter().map(reached).min() else {
        return Ok(Vec::new());
    };
    let earliest = earliest.max(now - Duration::days(FRESH_DAYS));
    let new = items_since(db, earliest.naive_utc(), settled.naive_utc()).await?;
    // Complete up to here: a round that met the bound leaves the rest to the next.
    let through = new.through.and_utc();
    let items = new.items;
    Ok(subscriptions
        .into_iter()
        .filter_map(|subscription| {
            let after = reached(&subscription).naive_utc();
            let (topics, area) = (subscription.topics(), subscription.area_code.clone());
            let fresh: Vec<&AlertItem> = items
                .iter()
                .filter(|item| item.published_at > after && item.concerns(&topics, area.as_deref()))
                .collect();
            // Nothing to say: the mark stays where it is, and no row is written.
            if fresh.is_empty() {
                return None;
            }
            let to = recipient(&subscription);
            let messages = fresh
                .iter()
                .map(|item| item_message(links, help, &to, item))
                .collect();
            Some(Due {
                subscription,
                digest: false,
                through,
                messages,
            })
        })
        .collect())
}

async fn digests_due<C: ConnectionTrait>(
    db: &C,
    links: &Links<'_>,
    help: &SiteInfo,
    subscriptions: Vec<Subscription>,
    now: DateTime<Utc>,
) -> Result<Vec<Due>, DbErr> {
    let digest_time = latest_digest_time(now);
    let waiting: Vec<Subscription> = subscriptions
        .into_iter()
        .filter(|s| reached(s) < digest_time)
        .collect();
    if waiting.is_empty() {
        return Ok(Vec::new());
    }
    let (from, until) = digest_period(digest_time);
    let items = items_since(db, from.naive_utc(), until.naive_utc()).await?.items;
    let period = (utc_to_chongqing(from), utc_to_chongqing(until));
    Ok(waiting
        .into_iter()
        .map(|subscription| {
            let after = reached(&subscription).naive_utc();
            let (topics, area) = (subscription.topics(), subscription.area_code.clone());
            let week: Vec<AlertItem> = items
                .iter()
                .filter(|item| item.published_at > after && item.concerns(&topics, area.as_deref()))
                .cloned()
                .collect();
            let messages = if week.is_empty() {
                Vec::new()
            } else {
                vec![digest_message(
                    links,
                    help,
                    &recipient(&subscription),
                    &week,
                    period,
                )]
            };
            Due {
                subscription,
                digest: true,
                through: digest_time,
                messages,
            }
        })
        .collect())
}

/// Moves the subscription's mark if no other server has since it was read,
/// and queues its messages in the same transaction. `false`: another server
/// (or a change of the subscription) got there first; nothing is queued.
async fn claim_and_queue<C: TransactionTrait>(db: &C, work: Due, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    let claimed = subscription::Entity::update_many()
        .col_expr(subscription::Column::SentThrough, Expr::value(work.through))
        .col_expr(
            subscription::Column::Version,
            Expr::col(subscription::Column::Version).add(1),
        )
        .filter(subscription::Column::Id.eq(work.subscription.id))
        .filter(subscription::Column::Version.eq(work.subscription.version))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(false);
    }
    for message in work.messages {
        enqueue_composed(&txn, message, now).await?;
    }
    txn.commit().await?;
    Ok(true)
}
