//! Write transactions. SQLite has one writer at a time, and a transaction
//! that reads before it writes cannot wait for its turn: if another
//! transaction wrote since its read, its first write fails at once with
//! "database is locked" (its snapshot is stale), whatever the busy timeout.
//! So a transaction that will write takes the writer's turn first, the
//! equivalent of `BEGIN IMMEDIATE` (which sea-orm cannot issue), and waits
//! for it like any other write. PostgreSQL needs nothing: it locks rows.

use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, TransactionTrait};

/// Begins a transaction that holds SQLite's write lock from its first statement.
#[allow(clippy::disallowed_methods)] // the one place that may call `begin`
pub async fn begin_write<C: TransactionTrait>(db: &C) -> Result<DatabaseTransaction, DbErr> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DbBackend::Sqlite {
        txn.execute_unprepared("DELETE FROM write_turn WHERE 0").await?;
    }
    Ok(txn)
}
