//! Whether a draft began with answers carried over from the checker, so its
//! circumstances page says they were filled in only when they were.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000020_answers_from_checker"
    }
}

#[derive(DeriveIden)]
enum Application {
    Table,
    AnswersFromChecker,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Drafts made before this change: nobody can tell, so they say
        // nothing about the checker.
        manager
            .alter_table(
                Table::alter()
                    .table(Application::Table)
                    .add_column(
                        ColumnDef::new(Application::AnswersFromChecker)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Application::Table)
                    .drop_column(Application::AnswersFromChecker)
                    .to_owned(),
            )
            .await
    }
}
