//! Dated rule parameters (amounts and thresholds), seeded with the plan's
//! figures. Staff add new dated values later; old ones stay as history.

use app::domain::answers::api_name;
use app::domain::parameters::Parameters;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261129_000002_rule_parameters"
    }
}

#[derive(DeriveIden)]
enum RuleParameter {
    Table,
    Id,
    Parameter,
    Value,
    EffectiveFrom,
    Source,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RuleParameter::Table)
                    .col(
                        ColumnDef::new(RuleParameter::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(RuleParameter::Parameter).string_len(64).not_null())
                    .col(ColumnDef::new(RuleParameter::Value).double().null())
                    .col(ColumnDef::new(RuleParameter::EffectiveFrom).date().not_null())
                    .col(ColumnDef::new(RuleParameter::Source).string_len(512).not_null())
                    .col(
                        ColumnDef::new(RuleParameter::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null()
                            .default(Expr::current_timestamp()),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rule_parameter_in_force")
                    .table(RuleParameter::Table)
                    .col(RuleParameter::Parameter)
                    .col(RuleParameter::EffectiveFrom)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(RuleParameter::Table).columns([
            RuleParameter::Parameter,
            RuleParameter::Value,
            RuleParameter::EffectiveFrom,
            RuleParameter::Source,
        ]);
        for value in Parameters::from_plan().values() {
            insert.values_panic([
                api_name(value.parameter).into(),
                value.value.into(),
                value.effective_from.into(),
                value.source.clone().into(),
            ]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RuleParameter::Table).to_owned())
            .await
    }
}
