//! Public holidays and make-up working days (`calendar_day`), which the
//! legal clocks and the review's overdue flags count working days with,
//! seeded with 2026 as the State Council arranged it; and the legal time
//! limits as dated rule parameters (`rule_parameter`), so a change in the
//! law is recorded with its date and source like any other parameter.

use app::domain::answers::api_name;
use app::domain::legal_clocks::Clock;
use app::domain::parameters::Parameters;
use app::domain::working_days::DayKind;
use chrono::{Duration, NaiveDate};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_query::OnConflict;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261204_000350_working_calendar"
    }
}

#[derive(DeriveIden)]
enum CalendarDay {
    Table,
    Day,
    Kind,
    NameZh,
    NameEn,
}

#[derive(DeriveIden)]
enum RuleParameter {
    Table,
    Parameter,
    Value,
    EffectiveFrom,
    Source,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// 2026's arrangement (国务院办公厅关于2026年部分节假日安排的通知): each
/// holiday's days off, and the weekend days worked for it.
fn days_2026() -> Vec<(NaiveDate, DayKind, &'static str, &'static str)> {
    let holidays: [(&str, &str, NaiveDate, i64, &[NaiveDate]); 7] = [
        ("元旦", "New Year's Day", date(2026, 1, 1), 3, &[date(2026, 1, 4)]),
        (
            "春节",
            "Spring Festival",
            date(2026, 2, 15),
            9,
            &[date(2026, 2, 14), date(2026, 2, 28)],
        ),
        ("清明节", "Qingming Festival", date(2026, 4, 4), 3, &[]),
        ("劳动节", "Labour Day", date(2026, 5, 1), 5, &[date(2026, 5, 9)]),
        ("端午节", "Dragon Boat Festival", date(2026, 6, 19), 3, &[]),
        ("中秋节", "Mid-Autumn Festival", date(2026, 9, 25), 3, &[]),
        (
            "国庆节",
            "National Day",
            date(2026, 10, 1),
            7,
            &[date(2026, 9, 20), date(2026, 10, 10)],
        ),
    ];
    let mut days = Vec::new();
    for (zh, en, first, length, worked) in holidays {
        for offset in 0..length {
            days.push((first + Duration::days(offset), DayKind::Holiday, zh, en));
        }
        for day in worked {
            days.push((*day, DayKind::MakeUpWorkingDay, zh, en));
        }
    }
    days
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use CalendarDay as C;
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(ColumnDef::new(C::Day).date().not_null().primary_key())
                    .col(ColumnDef::new(C::Kind).string().not_null())
                    .col(ColumnDef::new(C::NameZh).string().not_null())
                    .col(ColumnDef::new(C::NameEn).string().not_null())
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert
            .into_table(C::Table)
            .columns([C::Day, C::Kind, C::NameZh, C::NameEn]);
        for (day, kind, zh, en) in days_2026() {
            insert.values_panic([day.into(), kind.key().into(), zh.into(), en.into()]);
        }
        manager.exec_stmt(insert).await?;
        seed_clock_parameters(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let names: Vec<String> = Clock::ALL.iter().map(|c| api_name(c.parameter())).collect();
        let delete = Query::delete()
            .from_table(RuleParameter::Table)
            .and_where(Expr::col(RuleParameter::Parameter).is_in(names))
            .to_owned();
        manager.exec_stmt(delete).await?;
        manager
            .drop_table(Table::drop().table(CalendarDay::Table).to_owned())
            .await
    }
}

/// The clocks' lengths from the law. A new database already has them from
/// the rule-parameter seed (which writes every parameter the code knows),
/// so the insert skips rows that are there.
async fn seed_clock_parameters(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let plan = Parameters::from_plan();
    let clock_parameters: Vec<_> = Clock::ALL.iter().map(|c| c.parameter()).collect();
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
    for value in plan
        .values()
        .iter()
        .filter(|v| clock_parameters.contains(&v.parameter))
    {
        insert.values_panic([
            api_name(value.parameter).into(),
            value.value.into(),
            value.effective_from.into(),
            value.source.clone().into(),
        ]);
    }
    manager.exec_stmt(insert).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_2026_arrangement_has_its_days_off_and_make_up_days() {
        let days = days_2026();
        let off = days.iter().filter(|d| d.1 == DayKind::Holiday).count();
        let worked = days.iter().filter(|d| d.1 == DayKind::MakeUpWorkingDay).count();
        assert_eq!(off, 3 + 9 + 3 + 5 + 3 + 3 + 7);
        assert_eq!(worked, 6);
        let mut dates: Vec<NaiveDate> = days.iter().map(|d| d.0).collect();
        dates.sort();
        dates.dedup();
        assert_eq!(dates.len(), days.len(), "no date listed twice");
    }
}
