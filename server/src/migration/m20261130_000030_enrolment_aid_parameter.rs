//! The enrolment-aid parameter (E43), dated and empty: the plan reports the
//! aid but gives no figure. Databases seeded before E43 existed lack it; a
//! new database already has it from the rule-parameter seed, so the insert
//! skips a row that is there.

use app::domain::answers::api_name;
use app::domain::parameters::{ParameterId, Parameters};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_query::OnConflict;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000030_enrolment_aid_parameter"
    }
}

#[derive(DeriveIden)]
enum RuleParameter {
    Table,
    Parameter,
    Value,
    EffectiveFrom,
    Source,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let plan = Parameters::from_plan();
        let rows: Vec<_> = plan
            .values()
            .iter()
            .filter(|v| v.parameter == ParameterId::EnrolmentAid)
            .collect();
        if rows.is_empty() {
            return Ok(());
        }
        let mut insert = Query::insert();
        insert
            .into_table(RuleParameter::Table)
            .columns([
                RuleParameter::Parameter,
                RuleParameter::Value,
                RuleParameter::EffectiveFrom,
                RuleParameter::Source,
            ])
            .on_conflict(
                OnConflict::columns([RuleParameter::Parameter, RuleParameter::EffectiveFrom])
                    .do_nothing()
                    .to_owned(),
            );
        for value in rows {
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
        let delete = Query::delete()
            .from_table(RuleParameter::Table)
            .and_where(Expr::col(RuleParameter::Parameter).eq(api_name(ParameterId::EnrolmentAid)))
            .to_owned();
        manager.exec_stmt(delete).await
    }
}
