//! The staff queue at district scale.
//!
//! `application_count` holds how many submitted applications there are per
//! (area, entitlement, status, assignee; 0 for nobody), kept in step by triggers in the same
//! transaction as every insert, update or delete of an application. Triggers
//! rather than application code, because every write path keeps the counts
//! — the store, the seed, a migration's UPDATE — with nothing to forget, and
//! any number of servers on one PostgreSQL see the same numbers. The queue's
//! counts by status then sum a few hundred rows instead of scanning the district.
//!
//! An application counts when the queue can show it: not a draft, submitted,
//! and in an area (the same predicate as the queue's own filter).
//!
//! Also the indexes the query plans of the queue's filters asked for.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261201_000201_queue_counts"
    }
}

const CREATE_TABLE: &str = "CREATE TABLE application_count (\
     area_code VARCHAR(64) NOT NULL, \
     entitlement VARCHAR(64) NOT NULL, \
     status VARCHAR(32) NOT NULL, \
     assigned_to INTEGER NOT NULL, \
     n BIGINT NOT NULL, \
     PRIMARY KEY (area_code, entitlement, status, assigned_to))";

const FILL: &str = "INSERT INTO application_count (area_code, entitlement, status, assigned_to, n) \
     SELECT area_code, entitlement, status, COALESCE(assigned_to, 0), COUNT(*) FROM application \
     WHERE status <> 'draft' AND submitted_at IS NOT NULL AND area_code IS NOT NULL \
     GROUP BY area_code, entitlement, status, COALESCE(assigned_to, 0)";

/// The indexes the queue's query plans asked for (EXPLAIN QUERY PLAN on
/// SQLite, EXPLAIN ANALYZE on PostgreSQL, 100,000 applications):
/// - one status in submission order, with the other filters' columns, so
///   the page walks it without reading rows it then drops, and "overdue at
///   this level" is counted from the index alone (replaces `idx_application_queue`);
/// - every status in submission order (`status=all`, a street or community
///   across statuses, "overdue" across levels), which was a scan and a sort;
/// - one entitlement in submission order, with the other filters' columns:
///   its page read every row of the status (or sorted the entitlement across
///   statuses), its counts with dates every row;
/// - "assigned to me", which read the whole status to find none.
const INDEXES: [(&str, &str); 4] = [
    (
        "idx_application_queue_wide",
        "(status, submitted_at, id, area_code, level_since, entitlement, assigned_to)",
    ),
    (
        "idx_application_submitted",
        "(submitted_at, id, status, area_code, level_since, entitlement, assigned_to)",
    ),
    (
        "idx_application_entitlement",
        "(entitlement, status, submitted_at, id)",
    ),
    (
        "idx_application_assigned",
        "(assigned_to, status, submitted_at, id)",
    ),
];

/// The index `idx_application_queue_wide` takes the place of.
const NARROW_QUEUE_INDEX: &str =
    "CREATE INDEX idx_application_queue ON application (status, submitted_at, id)";

/// SQLite: one writer at a time, so the order of the two changes does not matter.
fn sqlite_triggers() -> Vec<String> {
    let counted = |row: &str| {
        format!("{row}.status <> 'draft' AND {row}.submitted_at IS NOT NULL AND {row}.area_code IS NOT NULL")
    };
    let key = |row: &str| {
        format!(
            "area_code = {row}.area_code AND entitlement = {row}.entitlement \
             AND status = {row}.status AND assigned_to = COALESCE({row}.assigned_to, 0)"
        )
    };
    let add = |row: &str| {
        format!(
            "INSERT OR IGNORE INTO application_count (area_code, entitlement, status, assigned_to, n) \
             SELECT {row}.area_code, {row}.entitlement, {row}.status, COALESCE({row}.assigned_to, 0), 0 \
             WHERE {c}; \
             UPDATE application_count SET n = n + 1 WHERE {c} AND {key};",
            c = counted(row),
            key = key(row)
        )
    };
    let remove = |row: &str| {
        format!(
            "UPDATE application_count SET n = n - 1 WHERE {c} AND {key};",
            c = counted(row),
            key = key(row)
        )
    };
    vec![
        format!(
            "CREATE TRIGGER application_count_insert AFTER INSERT ON application BEGIN {} END",
            add("NEW")
        ),
        format!(
            "CREATE TRIGGER application_count_update \
             AFTER UPDATE OF status, area_code, entitlement, submitted_at, assigned_to ON application \
             WHEN OLD.status IS NOT NEW.status OR OLD.area_code IS NOT NEW.area_code \
             OR OLD.entitlement IS NOT NEW.entitlement OR OLD.assigned_to IS NOT NEW.assigned_to \
             OR (OLD.submitted_at IS NULL) <> (NEW.submitted_at IS NULL) BEGIN {} {} END",
            remove("OLD"),
            add("NEW")
        ),
        format!(
            "CREATE TRIGGER application_count_delete AFTER DELETE ON application BEGIN {} END",
            remove("OLD")
        ),
    ]
}

/// PostgreSQL: the two count rows a status change touches are changed in the
/// order of their keys, so two transactions moving applications between the
/// same two counts (one way and back) wait for each other instead of deadlocking.
const POSTGRES_FUNCTION: &str = r#"
CREATE FUNCTION application_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_counted boolean := TG_OP <> 'INSERT' AND OLD.status <> 'draft'
        AND OLD.submitted_at IS NOT NULL AND OLD.area_code IS NOT NULL;
    new_counted boolean := TG_OP <> 'DELETE' AND NEW.status <> 'draft'
        AND NEW.submitted_at IS NOT NULL AND NEW.area_code IS NOT NULL;
    old_first boolean;
BEGIN
    IF old_counted AND new_counted AND OLD.area_code = NEW.area_code
        AND OLD.entitlement = NEW.entitlement AND OLD.status = NEW.status
        AND COALESCE(OLD.assigned_to, 0) = COALESCE(NEW.assigned_to, 0) THEN
        RETURN NULL;
    END IF;
    old_first := NOT new_counted OR (old_counted AND
        (OLD.area_code, OLD.entitlement, OLD.status, COALESCE(OLD.assigned_to, 0))
        < (NEW.area_code, NEW.entitlement, NEW.status, COALESCE(NEW.assigned_to, 0)));
    IF old_counted AND old_first THEN
        UPDATE application_count SET n = n - 1 WHERE area_code = OLD.area_code
            AND entitlement = OLD.entitlement AND status = OLD.status
            AND assigned_to = COALESCE(OLD.assigned_to, 0);
    END IF;
    IF new_counted THEN
        INSERT INTO application_count (area_code, entitlement, status, assigned_to, n)
            VALUES (NEW.area_code, NEW.entitlement, NEW.status, COALESCE(NEW.assigned_to, 0), 1)
            ON CONFLICT (area_code, entitlement, status, assigned_to)
            DO UPDATE SET n = application_count.n + 1;
    END IF;
    IF old_counted AND NOT old_first THEN
        UPDATE application_count SET n = n - 1 WHERE area_code = OLD.area_code
            AND entitlement = OLD.entitlement AND status = OLD.status
            AND assigned_to = COALESCE(OLD.assigned_to, 0);
    END IF;
    RETURN NULL;
END $$"#;

fn postgres_triggers() -> Vec<String> {
    vec![
        POSTGRES_FUNCTION.to_string(),
        "CREATE TRIGGER application_count_insert_delete AFTER INSERT OR DELETE ON application \
         FOR EACH ROW EXECUTE FUNCTION application_count_change()"
            .to_string(),
        "CREATE TRIGGER application_count_update \
         AFTER UPDATE OF status, area_code, entitlement, submitted_at, assigned_to \
         ON application FOR EACH ROW EXECUTE FUNCTION application_count_change()"
            .to_string(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(CREATE_TABLE).await?;
        db.execute_unprepared(FILL).await?;
        let triggers = match manager.get_database_backend() {
            DatabaseBackend::Postgres => postgres_triggers(),
            _ => sqlite_triggers(),
        };
        for statement in triggers {
            db.execute_unprepared(&statement).await?;
        }
        for (name, definition) in INDEXES {
            db.execute_unprepared(&format!("CREATE INDEX {name} ON application {definition}"))
                .await?;
        }
        db.execute_unprepared("DROP INDEX idx_application_queue").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(NARROW_QUEUE_INDEX).await?;
        for (name, _) in INDEXES {
            db.execute_unprepared(&format!("DROP INDEX {name}")).await?;
        }
        let statements: &[&str] = match manager.get_database_backend() {
            DatabaseBackend::Postgres => &[
                "DROP TRIGGER application_count_insert_delete ON application",
                "DROP TRIGGER application_count_update ON application",
                "DROP FUNCTION application_count_change()",
            ],
            _ => &[
                "DROP TRIGGER application_count_insert",
                "DROP TRIGGER application_count_update",
                "DROP TRIGGER application_count_delete",
            ],
        };
        for statement in statements {
            db.execute_unprepared(statement).await?;
        }
        db.execute_unprepared("DROP TABLE application_count").await?;
        Ok(())
    }
}
