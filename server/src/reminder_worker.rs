//! The worker for time-driven work: day-before reminders of fairs and
//! training sessions, and waiting-list offers that ran out
//! (`app::bookings::reminders::run_due`). The mail it queues goes out through
//! the outbox worker.

use app::training::store::Offers;
use app::web::clock::Clock;
use sea_orm::DatabaseConnection;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Reminders go out a day ahead and offers last hours: once a minute is plenty.
pub const WORKER_INTERVAL: Duration = Duration::from_secs(60);

pub struct Worker {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

/// Runs the due work every `interval`, at the time `clock` says.
pub fn spawn_worker(
    db: DatabaseConnection,
    clock: Clock,
    public_url: String,
    offer_hours: u32,
    interval: Duration,
) -> Worker {
    let (stop, mut stopped) = watch::channel(false);
    let task = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                _ = stopped.changed() => break,
            }
            let offers = Offers {
                public_url: &public_url,
                hours: offer_hours,
            };
            match app::bookings::reminders::run_due(&db, offers, clock.now()).await {
                Ok((0, 0)) => {}
                Ok((reminders, lapsed)) => {
                    tracing::info!(reminders, lapsed, "reminders queued and offers lapsed")
                }
                Err(error) => tracing::error!(%error, "reminders and offers"),
            }
        }
    });
    Worker { stop, task }
}

impl Worker {
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        if let Err(error) = self.task.await {
            tracing::error!(%error, "the reminder worker ended abnormally");
        }
    }
}
