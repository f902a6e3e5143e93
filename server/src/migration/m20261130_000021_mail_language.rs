//! The language of each outgoing email, so the message declares it
//! (`Content-Language`) and is signed with the service's name in it.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000021_mail_language"
    }
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Language,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Messages queued before this change: the default language is the
        // best guess.
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(
                        ColumnDef::new(Outbox::Language)
                            .string_len(8)
                            .not_null()
                            .default("zh-CN"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .drop_column(Outbox::Language)
                    .to_owned(),
            )
            .await
    }
}
