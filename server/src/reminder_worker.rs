//! The worker for time-driven work: day-before reminders of fairs and
//! training sessions, and waiting-list offers that ran out
//! (`app::bookings::reminders::run_due`). The mail it queues goes out through
//! the outbox worker.

use crate::worker::{spawn_every, Worker};
use app::training::store::Offers;
use app::web::clock::Clock;
use sea_orm::DatabaseConnection;
use std::time::Duration;

/// Reminders go out a day ahead and offers last hours: once a minute is plenty.
pub const WORKER_INTERVAL: Duration = Duration::from_secs(60);

/// Runs the due work every `interval`, at the time `clock` says.
pub fn spawn_worker(
    db: DatabaseConnection,
    clock: Clock,
    public_url: String,
    offer_hours: u32,
    interval: Duration,
) -> Worker {
    spawn_every("reminders", interval, move |_| {
        let (db, public_url, now) = (db.clone(), public_url.clone(), clock.now());
        async move {
            let offers = Offers {
                public_url: &public_url,
                hours: offer_hours,
            };
            match app::bookings::reminders::run_due(&db, offers, now).await {
                Ok((0, 0)) => {}
                Ok((reminders, lapsed)) => {
                    tracing::info!(reminders, lapsed, "reminders queued and offers lapsed")
                }
                Err(error) => tracing::error!(%error, "reminders and offers"),
            }
        }
    })
}
