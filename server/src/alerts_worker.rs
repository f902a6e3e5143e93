//! The worker that queues email alerts and weekly digests
//! (`app::alerts::sending::run_due`) every minute. The mail it queues goes
//! out through the outbox worker; several servers may run it at once.

use crate::worker::{spawn_every, Worker};
use app::alerts::mail::Links;
use app::web::clock::Clock;
use app::web::sealed::SealingKey;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;

/// Immediate alerts go out within about a minute of an item's publication.
pub const WORKER_INTERVAL: Duration = Duration::from_secs(60);

/// Runs the due alerts every `interval`, at the time `clock` says; the links
/// in the messages start with `public_url` and carry tokens made with `key`.
pub fn spawn_worker(
    db: DatabaseConnection,
    clock: Clock,
    public_url: String,
    key: Arc<SealingKey>,
    interval: Duration,
) -> Worker {
    spawn_every("alerts", interval, move |_| {
        let (db, public_url, key, now) = (db.clone(), public_url.clone(), key.clone(), clock.now());
        async move {
            let links = Links {
                public_url: &public_url,
                key: &key,
            };
            match app::alerts::sending::run_due(&db, &links, now).await {
                Ok(queued) if queued.alerts + queued.digests == 0 => {}
                Ok(queued) => tracing::info!(
                    alerts = queued.alerts,
                    digests = queued.digests,
                    "email alerts queued"
                ),
                Err(error) => tracing::error!(%error, "email alerts"),
            }
        }
    })
}
