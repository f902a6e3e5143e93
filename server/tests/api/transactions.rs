//! Write transactions at once. SQLite has one writer: a transaction that
//! reads and then writes must take the writer's turn before it reads, or
//! its write fails at once with "database is locked" whenever another
//! transaction wrote in between (the browser suite met this as a staff
//! change answered with an error page).

use crate::helpers::{spawn_app, Backend};
use app::domain::audit::{Audit, AuditAction, AuditTarget};
use app::web::audit::{Actor, AuditedChange};
use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

const AT_ONCE: i64 = 16;

async fn read_n<C: ConnectionTrait>(db: &C) -> Result<i64, DbErr> {
    let row = db
        .query_one(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT n FROM counted WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("counted".into()))?;
    row.try_get("", "n")
}

/// An audited staff change that reads, waits a moment, and writes what it read plus one.
async fn count_one(db: DatabaseConnection, who: i64) -> Result<(), DbErr> {
    let actor = Actor {
        staff_id: None,
        name: format!("worker {who}"),
        client_address: "127.0.0.1".into(),
        at: Utc::now(),
    };
    let change = AuditedChange::begin(&db, &actor).await?;
    let n = read_n(change.db()).await?;
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    change
        .db()
        .execute(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "UPDATE counted SET n = ? WHERE id = 1",
            [(n + 1).into()],
        ))
        .await?;
    change
        .commit(Audit::new(
            AuditAction::AddCalendarDay,
            AuditTarget::Email(format!("worker {who}")),
        ))
        .await
}

#[tokio::test]
async fn sqlite_changes_that_read_first_wait_for_their_turn_instead_of_failing() {
    let app = spawn_app(Backend::Sqlite).await;
    app.db
        .execute_unprepared("CREATE TABLE counted (id INTEGER PRIMARY KEY, n INTEGER NOT NULL); INSERT INTO counted VALUES (1, 0);")
        .await
        .expect("the test table");
    let tasks: Vec<_> = (0..AT_ONCE)
        .map(|who| tokio::spawn(count_one(app.db.clone(), who)))
        .collect();
    let mut failures = Vec::new();
    for task in tasks {
        if let Err(error) = task.await.expect("the task runs") {
            failures.push(error.to_string());
        }
    }
    assert_eq!(failures, Vec::<String>::new(), "every change waits for its turn");
    assert_eq!(
        read_n(&app.db).await.expect("the count"),
        AT_ONCE,
        "and none is lost"
    );
}
