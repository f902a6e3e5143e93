//! The outbox sends links that expire (sign-in, password reset) before
//! everything else: a `priority` column, 0 first, and an index the worker's
//! query reads by. Messages already queued keep the ordinary priority.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000111_outbox_priority"
    }
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Priority,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(ColumnDef::new(Outbox::Priority).integer().not_null().default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared("CREATE INDEX idx_outbox_queue ON outbox (sent_at, priority, id)")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_outbox_queue")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .drop_column(Outbox::Priority)
                    .to_owned(),
            )
            .await
    }
}
