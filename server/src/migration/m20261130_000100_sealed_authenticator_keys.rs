//! Authenticator keys are kept sealed (`app::web::sealed`), which is longer
//! than the 32-character key itself: the column becomes unbounded text.
//! SQLite does not enforce a declared length, so only PostgreSQL changes.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000100_sealed_authenticator_keys"
    }
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    TotpSecret,
}

async fn set_type(manager: &SchemaManager<'_>, column: ColumnDef) -> Result<(), DbErr> {
    if manager.get_database_backend() != DatabaseBackend::Postgres {
        return Ok(());
    }
    manager
        .alter_table(
            Table::alter()
                .table(StaffAccount::Table)
                .modify_column(column)
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        set_type(
            manager,
            ColumnDef::new(StaffAccount::TotpSecret).text().null().to_owned(),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        set_type(
            manager,
            ColumnDef::new(StaffAccount::TotpSecret)
                .string_len(64)
                .null()
                .to_owned(),
        )
        .await
    }
}
