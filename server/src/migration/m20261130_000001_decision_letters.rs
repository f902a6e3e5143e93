//! Decision letters: what an approval provides when it is not a sum of
//! money (who decided and when is in the history), and the dated terms on which a decision can
//! be challenged (the body and the time limits), which staff keep current.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000001_decision_letters"
    }
}

#[derive(DeriveIden)]
enum Application {
    Table,
    DecisionProvision,
}

#[derive(DeriveIden)]
enum AppealTerms {
    Table,
    Id,
    EffectiveFrom,
    BodyZh,
    BodyEn,
    ReconsiderationDays,
    LawsuitMonths,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let provision = ColumnDef::new(Application::DecisionProvision)
            .text()
            .null()
            .to_owned();
        manager
            .alter_table(
                Table::alter()
                    .table(Application::Table)
                    .add_column(provision)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AppealTerms::Table)
                    .col(
                        ColumnDef::new(AppealTerms::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(AppealTerms::EffectiveFrom)
                            .date()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(AppealTerms::BodyZh).string_len(200).not_null())
                    .col(ColumnDef::new(AppealTerms::BodyEn).string_len(200).not_null())
                    .col(
                        ColumnDef::new(AppealTerms::ReconsiderationDays)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(AppealTerms::LawsuitMonths).integer().not_null())
                    .to_owned(),
            )
            .await?;
        // The Administrative Reconsideration Law (2023) sends a district
        // department's decision to the district government, within 60 days;
        // the Administrative Procedure Law allows a lawsuit within 6 months.
        let seed = Query::insert()
            .into_table(AppealTerms::Table)
            .columns([
                AppealTerms::EffectiveFrom,
                AppealTerms::BodyZh,
                AppealTerms::BodyEn,
                AppealTerms::ReconsiderationDays,
                AppealTerms::LawsuitMonths,
            ])
            .values_panic([
                sea_orm_migration::sea_orm::prelude::Date::from_ymd_opt(2018, 1, 1).into(),
                "重庆市江北区人民政府".into(),
                "Jiangbei District People's Government, Chongqing".into(),
                60.into(),
                6.into(),
            ])
            .to_owned();
        manager.exec_stmt(seed).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AppealTerms::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Application::Table)
                    .drop_column(Application::DecisionProvision)
                    .to_owned(),
            )
            .await
    }
}
