//! Policy explainers (政策解读) say what changed, who it is for and what to
//! do, in both languages, in the same small markup as the body. They are
//! part of each version (`article_revision`), so a change waits for its
//! publication like any other. `article_revision` is already watched by the
//! content version; adding columns keeps its triggers.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000340_policy_explainers"
    }
}

/// The new columns, each text, empty for articles that are not policy explainers.
const COLUMNS: [&str; 6] = [
    "what_changed_zh",
    "what_changed_en",
    "who_for_zh",
    "who_for_en",
    "what_to_do_zh",
    "what_to_do_en",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for column in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("article_revision"))
                        .add_column(ColumnDef::new(Alias::new(column)).text().not_null().default(""))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("article_revision"))
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
