//! Dates and sources of the seeded rule parameters, read again from the plan
//! (江北府发〔2018〕10号, 2016–2020): the first seed dated every figure from
//! 2018-01-01 (so a check dated 2016–2017 found no amounts) and the previous
//! plan's figures from 2016-01-01 as if new. Only rows still exactly as
//! first seeded move; values staff added stay as they are. Both seeds are
//! written out here, not read from the code, so this step never changes.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::prelude::Date;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000040_parameter_dates"
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

/// One seeded row as first written and as corrected.
struct Move {
    parameter: &'static str,
    value: Option<f64>,
    old: (Date, &'static str),
    new: (Date, &'static str),
}

const PLAN_1_1: &str = "江北府发〔2018〕10号 第三章第一节";
const PLAN_3_3: &str = "江北府发〔2018〕10号 第三章第三节";
const PLAN_3_4: &str = "江北府发〔2018〕10号 第三章第四节";
const OLD_DIBAO: &str = "重庆市城乡低保标准（区民政局公布）";

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn moves() -> Vec<Move> {
    let first_seed = day(2018, 1, 1);
    let wrong_previous = day(2016, 1, 1);
    let plan_period = day(2016, 1, 1);
    let previous_period = day(2011, 1, 1);
    let row = |parameter, value, old: (Date, &'static str), new| Move {
        parameter,
        value,
        old,
        new,
    };
    vec![
        row(
            "dibao_standard_urban",
            None,
            (first_seed, OLD_DIBAO),
            (
                plan_period,
                "江北府发〔2018〕10号 第三章第一节（本区城市最低生活保障标准，由区民政局公布）",
            ),
        ),
        row(
            "dibao_standard_rural",
            None,
            (first_seed, OLD_DIBAO),
            (
                plan_period,
                "江北府发〔2018〕10号 第三章第一节（本区农村最低生活保障标准，由区民政局公布）",
            ),
        ),
        row("separate_dibao_multiplier", Some(3.0), (first_seed, PLAN_1_1), (plan_period, PLAN_1_1)),
        row(
            "living_allowance",
            Some(55.0),
            (first_seed, PLAN_1_1),
            (
                previous_period,
                "江北府发〔2018〕10号 第一章第一节（“十二五”期间每人每月55元）、第三章第一节",
            ),
        ),
        row(
            "nursing_subsidy",
            Some(1000.0),
            (wrong_previous, "江北府发〔2018〕10号 第一章第一节（“十二五”期间标准）"),
            (
                day(2014, 1, 1),
                "《江北区重度残疾人生活护理补贴试行办法》（江北府办〔2014〕5号）；江北府发〔2018〕10号 第一章第一节（每人每年1000元）、第三章第一节（每两年调整一次）",
            ),
        ),
        row(
            "c5_licence_subsidy",
            None,
            (first_seed, "重庆市标准，由区残联公布"),
            (plan_period, "江北府发〔2018〕10号 第三章第一节（按照市级统一标准）"),
        ),
        row(
            "wheelchair_fuel_subsidy",
            None,
            (first_seed, "江北府发〔2018〕10号"),
            (plan_period, PLAN_1_1),
        ),
        row("dangerous_house_share_poor", Some(1.0), (first_seed, PLAN_1_1), (plan_period, PLAN_1_1)),
        row("dangerous_house_share_other", Some(0.8), (first_seed, PLAN_1_1), (plan_period, PLAN_1_1)),
        row(
            "home_adaptation_share_other",
            None,
            (first_seed, "江北府发〔2018〕10号 第三章第五节"),
            (plan_period, "江北府发〔2018〕10号 第三章第五节、第二章第三节（指标）"),
        ),
        row(
            "self_employment_grant",
            Some(2000.0),
            (wrong_previous, "江北府发〔2018〕10号 第一章第一节"),
            (
                previous_period,
                "江北府发〔2018〕10号 第一章第一节（“十二五”期间一次性2000元就业补贴）、第三章第二节",
            ),
        ),
        row("child_training_subsidy", None, (first_seed, PLAN_3_3), (plan_period, PLAN_3_3)),
        row("prosthesis_subsidy", None, (first_seed, PLAN_3_3), (plan_period, PLAN_3_3)),
        row("cochlear_implant_subsidy", None, (first_seed, PLAN_3_3), (plan_period, PLAN_3_3)),
        row("preschool_grant", Some(1200.0), (first_seed, PLAN_3_4), (plan_period, PLAN_3_4)),
        row("student_supplies_subsidy", None, (first_seed, PLAN_3_4), (plan_period, PLAN_3_4)),
        row("university_assistance", None, (first_seed, PLAN_3_4), (plan_period, PLAN_3_4)),
        row(
            "working_age_from",
            Some(16.0),
            (first_seed, "《中华人民共和国劳动法》第十五条"),
            (day(1995, 1, 1), "《中华人民共和国劳动法》第十五条（1995年1月1日起施行）"),
        ),
    ]
}

/// Moves one row from `from` to `to`, only if it is still exactly as seeded
/// and no other value of the parameter already holds the new date.
fn update(parameter: &str, value: Option<f64>, from: (Date, &str), to: (Date, &str)) -> UpdateStatement {
    let same_value = match value {
        Some(v) => Expr::col(RuleParameter::Value).eq(v),
        None => Expr::col(RuleParameter::Value).is_null(),
    };
    let date_taken = Query::select()
        .expr(Expr::val(1))
        .from_as(RuleParameter::Table, Alias::new("taken"))
        .and_where(Expr::col((Alias::new("taken"), RuleParameter::Parameter)).eq(parameter))
        .and_where(Expr::col((Alias::new("taken"), RuleParameter::EffectiveFrom)).eq(to.0))
        .to_owned();
    Query::update()
        .table(RuleParameter::Table)
        .values([
            (RuleParameter::EffectiveFrom, to.0.into()),
            (RuleParameter::Source, to.1.into()),
        ])
        .and_where(Expr::col(RuleParameter::Parameter).eq(parameter))
        .and_where(Expr::col(RuleParameter::EffectiveFrom).eq(from.0))
        .and_where(Expr::col(RuleParameter::Source).eq(from.1))
        .and_where(same_value)
        .and_where(Expr::exists(date_taken).not())
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for m in moves() {
            manager
                .exec_stmt(update(m.parameter, m.value, m.old, m.new))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for m in moves() {
            manager
                .exec_stmt(update(m.parameter, m.value, m.new, m.old))
                .await?;
        }
        Ok(())
    }
}
