//! `write_turn`: an empty table that a write transaction on SQLite deletes
//! nothing from as its first statement, to take the database's one writer's
//! turn before it reads (`app::web::transaction::begin_write`). PostgreSQL
//! locks rows, not the database, and does not need it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261205_000380_write_turn"
    }
}

#[derive(DeriveIden)]
enum WriteTurn {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        manager
            .create_table(
                Table::create()
                    .table(WriteTurn::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(WriteTurn::Id).integer().not_null().primary_key())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        manager
            .drop_table(Table::drop().table(WriteTurn::Table).if_exists().to_owned())
            .await
    }
}
