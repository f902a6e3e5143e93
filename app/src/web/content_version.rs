//! The version of what public pages show. Every change to a table that
//! public pages read adds one to a number in the database, in the same
//! transaction (triggers, `server/src/migration/…_content_version.rs`), so a
//! server learns of a change made by any server on its next request: pages
//! it cached and reference data it read at an older version are not used
//! again.
//!
//! Reading the number is one small query, and requests share it: each waits
//! for a read that *started after it arrived* (so it sees every change
//! committed before it was sent), and every request that arrived before a
//! read started shares that read. Under load that is one query per round
//! trip to the database, however many requests are waiting.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};
use std::future::Future;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct ContentVersion {
    db: DatabaseConnection,
    /// How many reads have started: a read's number is its place in line.
    started: AtomicU64,
    /// One read at a time.
    turn: tokio::sync::Mutex<()>,
    /// The number of the last read that finished, and what it found.
    last: Mutex<Option<(u64, i64)>>,
    /// The version the reference data (parameters, help contacts) was read at.
    reference_at: AtomicI64,
    reloading: tokio::sync::Mutex<()>,
}

impl ContentVersion {
    pub fn new(db: DatabaseConnection) -> Self {
        ContentVersion {
            db,
            started: AtomicU64::new(0),
            turn: tokio::sync::Mutex::new(()),
            last: Mutex::new(None),
            reference_at: AtomicI64::new(i64::MIN),
            reloading: tokio::sync::Mutex::new(()),
        }
    }

    /// The version now: what a read that started after this call found.
    pub async fn current(&self) -> Result<i64, DbErr> {
        let arrived = self.started.load(Ordering::SeqCst);
        let _turn = self.turn.lock().await;
        if let Some(version) = self.found_after(arrived) {
            return Ok(version);
        }
        let number = self.started.fetch_add(1, Ordering::SeqCst) + 1;
        let version = read(&self.db).await?;
        *self.last.lock().unwrap_or_else(PoisonError::into_inner) = Some((number, version));
        Ok(version)
    }

    /// Runs `reload` when the reference data was read at a version older
    /// than `version`: once, however many requests notice it together.
    pub async fn reload_when_moved<F, Fut>(&self, version: i64, reload: F) -> Result<(), DbErr>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<(), DbErr>>,
    {
        if self.reference_at.load(Ordering::SeqCst) >= version {
            return Ok(());
        }
        let _reloading = self.reloading.lock().await;
        if self.reference_at.load(Ordering::SeqCst) >= version {
            return Ok(());
        }
        reload().await?;
        self.reference_at.fetch_max(version, Ordering::SeqCst);
        Ok(())
    }

    /// The last read's result, if that read started after `arrived` reads had.
    fn found_after(&self, arrived: u64) -> Option<i64> {
        let last = *self.last.lock().unwrap_or_else(PoisonError::into_inner);
        last.filter(|(number, _)| *number > arrived)
            .map(|(_, version)| version)
    }
}

async fn read(db: &DatabaseConnection) -> Result<i64, DbErr> {
    let statement = Statement::from_string(
        db.get_database_backend(),
        "SELECT version FROM content_version WHERE id = 1",
    );
    let row = db
        .query_one(statement)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("content_version".into()))?;
    row.try_get("", "version")
}
