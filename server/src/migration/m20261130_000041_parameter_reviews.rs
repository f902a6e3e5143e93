//! When staff last reviewed each rule parameter: some standards are to be
//! reviewed on a schedule (the nursing subsidy every two years, plan Ch3 §1).
//! One row per review; adding a new dated value also records one.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000041_parameter_reviews"
    }
}

#[derive(DeriveIden)]
enum ParameterReview {
    Table,
    Id,
    Parameter,
    ReviewedOn,
    StaffId,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ParameterReview::Table)
                    .col(
                        ColumnDef::new(ParameterReview::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ParameterReview::Parameter)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(ColumnDef::new(ParameterReview::ReviewedOn).date().not_null())
                    .col(ColumnDef::new(ParameterReview::StaffId).integer().not_null())
                    .col(ColumnDef::new(ParameterReview::Note).text().not_null())
                    .col(
                        ColumnDef::new(ParameterReview::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null()
                            .default(Expr::current_timestamp()),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_parameter_review_staff")
                            .from(ParameterReview::Table, ParameterReview::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_parameter_review_parameter")
                    .table(ParameterReview::Table)
                    .col(ParameterReview::Parameter)
                    .col(ParameterReview::ReviewedOn)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ParameterReview::Table).to_owned())
            .await
    }
}
