//! A task that does one round of work at a fixed interval until it is told
//! to stop: the mail outbox and the reminders both run this way. A round
//! in progress finishes before the worker stops; a long round can ask
//! [`Stopping::asked`] and end early.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The worker running in the background; [`Worker::stop`] ends it.
pub struct Worker {
    name: &'static str,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
    /// Rounds finished, for `/metrics`.
    runs: Arc<AtomicU64>,
}

/// Whether the worker was asked to stop, for a round that can end early.
#[derive(Clone)]
pub struct Stopping(watch::Receiver<bool>);

impl Stopping {
    pub fn asked(&self) -> bool {
        *self.0.borrow()
    }
}

/// Runs `round` every `interval` (the first at once) until [`Worker::stop`];
/// `name` says which worker in the logs.
pub fn spawn_every<F, R>(name: &'static str, interval: Duration, mut round: F) -> Worker
where
    F: FnMut(Stopping) -> R + Send + 'static,
    R: Future<Output = ()> + Send,
{
    let (stop, mut stopped) = watch::channel(false);
    let runs = Arc::new(AtomicU64::new(0));
    let counted = runs.clone();
    let task = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                _ = stopped.changed() => break,
            }
            round(Stopping(stopped.clone())).await;
            counted.fetch_add(1, Ordering::Relaxed);
        }
    });
    Worker {
        name,
        stop,
        task,
        runs,
    }
}

impl Worker {
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The count of rounds finished, kept up to date as the worker runs.
    pub fn runs(&self) -> Arc<AtomicU64> {
        self.runs.clone()
    }

    /// Lets the round in progress finish, then stops the worker and waits for it.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        if let Err(error) = self.task.await {
            tracing::error!(%error, worker = self.name, "a worker ended abnormally");
        }
    }
}
