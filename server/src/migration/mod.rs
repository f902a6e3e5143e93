//! Schema migrations, run at every start-up. Each migration is a file named
//! after its date; never edit one that has shipped, add a new one.

use sea_orm_migration::prelude::*;

mod m20261129_000001_reference_data;
mod m20261129_000002_rule_parameters;
mod m20261129_000003_accounts_and_applications;
mod m20261129_000004_staff_workspace;
mod m20261129_000005_fairs_and_training;
mod m20261130_000001_decision_letters;
mod m20261130_000020_answers_from_checker;
mod m20261130_000021_mail_language;
mod m20261130_000030_enrolment_aid_parameter;
mod m20261130_000040_parameter_dates;
mod m20261130_000041_parameter_reviews;
mod m20261130_000042_retirement_schedule;
mod m20261130_000100_sealed_authenticator_keys;
mod m20261130_000110_helped_person_once;
mod m20261130_000111_outbox_priority;
mod m20261201_000200_content_version;
mod m20261201_000201_queue_counts;
mod m20261202_000300_articles;
mod m20261202_000310_places;
mod m20261202_000320_alerts;
mod m20261203_000330_article_files;
mod m20261203_000340_policy_explainers;
mod m20261204_000350_working_calendar;
mod m20261204_000360_petitions;
mod m20261204_000370_legal_aid;
mod m20261205_000380_write_turn;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_reference_data::Migration),
            Box::new(m20261129_000002_rule_parameters::Migration),
            Box::new(m20261129_000003_accounts_and_applications::Migration),
            Box::new(m20261129_000004_staff_workspace::Migration),
            Box::new(m20261129_000005_fairs_and_training::Migration),
            Box::new(m20261130_000001_decision_letters::Migration),
            Box::new(m20261130_000020_answers_from_checker::Migration),
            Box::new(m20261130_000021_mail_language::Migration),
            Box::new(m20261130_000030_enrolment_aid_parameter::Migration),
            Box::new(m20261130_000040_parameter_dates::Migration),
            Box::new(m20261130_000041_parameter_reviews::Migration),
            Box::new(m20261130_000042_retirement_schedule::Migration),
            Box::new(m20261130_000100_sealed_authenticator_keys::Migration),
            Box::new(m20261130_000110_helped_person_once::Migration),
            Box::new(m20261130_000111_outbox_priority::Migration),
            Box::new(m20261201_000200_content_version::Migration),
            Box::new(m20261201_000201_queue_counts::Migration),
            Box::new(m20261202_000300_articles::Migration),
            Box::new(m20261202_000310_places::Migration),
            Box::new(m20261202_000320_alerts::Migration),
            Box::new(m20261203_000330_article_files::Migration),
            Box::new(m20261203_000340_policy_explainers::Migration),
            Box::new(m20261204_000350_working_calendar::Migration),
            Box::new(m20261204_000360_petitions::Migration),
            Box::new(m20261204_000370_legal_aid::Migration),
            Box::new(m20261205_000380_write_turn::Migration),
        ]
    }
}
