//! The content version (`app::web::content_version`): one row whose number
//! goes up, in the same transaction, with every change to a table that
//! public pages or the reference data read. Servers compare it to decide
//! whether a cached page or the reference data they hold is still current.
//!
//! A later table that public pages read must be watched too: call
//! [`watch_table`] in its migration.
//!
//! On PostgreSQL the trigger is deferred to the commit, so the row is locked
//! last and briefly: a booking and a cancellation that lock other rows in
//! different orders never wait on each other through it.

use sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000200_content_version"
    }
}

/// The tables public pages and the reference data read.
const WATCHED: &[&str] = &[
    "area",
    "help_contact",
    "rule_parameter",
    "parameter_review",
    "appeal_terms",
    "fair",
    "fair_employer",
    "fair_position",
    "fair_registration",
    "course",
    "course_session",
    "booking",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE TABLE content_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)",
        )
        .await?;
        db.execute_unprepared("INSERT INTO content_version (id, version) VALUES (1, 1)")
            .await?;
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            db.execute_unprepared(
                "CREATE FUNCTION content_changed() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$",
            )
            .await?;
        }
        for table in WATCHED {
            watch_table(db, table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        for table in WATCHED {
            for statement in unwatch_statements(postgres, table) {
                db.execute_unprepared(&statement).await?;
            }
        }
        if postgres {
            db.execute_unprepared("DROP FUNCTION content_changed()").await?;
        }
        db.execute_unprepared("DROP TABLE content_version").await?;
        Ok(())
    }
}

/// Makes every insert, update and delete on `table` move the content version.
pub async fn watch_table<C: ConnectionTrait>(db: &C, table: &str) -> Result<(), DbErr> {
    let statements = match db.get_database_backend() {
        DatabaseBackend::Postgres => vec![format!(
            "CREATE CONSTRAINT TRIGGER content_changed_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} \
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_changed()"
        )],
        _ => ["INSERT", "UPDATE", "DELETE"]
            .iter()
            .map(|event| {
                format!(
                    "CREATE TRIGGER content_changed_{table}_{} AFTER {event} ON {table} \
                     BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END",
                    event.to_lowercase()
                )
            })
            .collect(),
    };
    for statement in statements {
        db.execute_unprepared(&statement).await?;
    }
    Ok(())
}

fn unwatch_statements(postgres: bool, table: &str) -> Vec<String> {
    if postgres {
        return vec![format!("DROP TRIGGER content_changed_{table} ON {table}")];
    }
    ["insert", "update", "delete"]
        .iter()
        .map(|event| format!("DROP TRIGGER content_changed_{table}_{event}"))
        .collect()
}
