//! Working age now ends at the statutory retirement age by sex, post and
//! birth month (`app::domain::retirement`), not at one staff-edited age, so
//! the `working_age_until` parameter and its reviews go.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000042_retirement_schedule"
    }
}

#[derive(DeriveIden)]
enum RuleParameter {
    Table,
    Parameter,
}

#[derive(DeriveIden)]
enum ParameterReview {
    Table,
    Parameter,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let delete_reviews = Query::delete()
            .from_table(ParameterReview::Table)
            .and_where(Expr::col(ParameterReview::Parameter).eq("working_age_until"))
            .to_owned();
        manager.exec_stmt(delete_reviews).await?;
        let delete_values = Query::delete()
            .from_table(RuleParameter::Table)
            .and_where(Expr::col(RuleParameter::Parameter).eq("working_age_until"))
            .to_owned();
        manager.exec_stmt(delete_values).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
