//! A person can be on an account's "people I help" list once: a unique
//! index on (account, certificate number). Copies added before this change
//! are dropped, keeping the first; like removing a person, this leaves
//! their applications and bookings with the details they were made with.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261130_000110_helped_person_once"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "DELETE FROM helped_person WHERE id NOT IN \
             (SELECT MIN(id) FROM helped_person GROUP BY account_id, certificate_number)",
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX idx_helped_person_once ON helped_person (account_id, certificate_number)",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_helped_person_once")
            .await?;
        Ok(())
    }
}
