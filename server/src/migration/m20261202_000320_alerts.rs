//! Email alerts (`app::alerts`): subscriptions by email address, with no
//! account. A subscription waits for its confirmation link (stored as a
//! hash, with an expiry) and, once confirmed, remembers how far the alerts
//! it was sent reach (`sent_through`), moved with a compare-and-set on
//! `version` in the same transaction as the outbox rows, so that several
//! servers send each alert once.
//!
//! Alert messages carry `List-Unsubscribe` headers: the outbox gets a
//! nullable `list_unsubscribe` column with the address to put in them.
//!
//! No public page reads these tables, so the content version does not watch them.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261202_000320_alerts"
    }
}

#[derive(DeriveIden)]
enum AlertSubscription {
    Table,
    Id,
    Email,
    Language,
    Topics,
    AreaCode,
    Frequency,
    ConfirmTokenHash,
    ConfirmExpiresAt,
    ConfirmedAt,
    SentThrough,
    Version,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    ListUnsubscribe,
}

fn instant(column: AlertSubscription) -> ColumnDef {
    ColumnDef::new(column).timestamp_with_time_zone().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use AlertSubscription as S;
        manager
            .create_table(
                Table::create()
                    .table(S::Table)
                    .col(
                        ColumnDef::new(S::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(S::Email).string().not_null())
                    .col(ColumnDef::new(S::Language).string().not_null())
                    .col(ColumnDef::new(S::Topics).string().not_null())
                    .col(ColumnDef::new(S::AreaCode).string().null())
                    .col(ColumnDef::new(S::Frequency).string().not_null())
                    .col(ColumnDef::new(S::ConfirmTokenHash).string().null().unique_key())
                    .col(instant(S::ConfirmExpiresAt).null())
                    .col(instant(S::ConfirmedAt).null())
                    .col(instant(S::SentThrough).null())
                    .col(ColumnDef::new(S::Version).integer().not_null().default(0))
                    .col(instant(S::CreatedAt).not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_alert_subscription_email")
                    .table(S::Table)
                    .col(S::Email)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(ColumnDef::new(Outbox::ListUnsubscribe).string().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .drop_column(Outbox::ListUnsubscribe)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(AlertSubscription::Table).to_owned())
            .await
    }
}
