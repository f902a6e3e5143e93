//! The staff workspace: second factor and recovery codes for staff accounts,
//! assignment, time at the current level and decisions on applications,
//! internal notes, and the append-only audit log.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261129_000004_staff_workspace"
    }
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
    TotpSecret,
    TotpConfirmedAt,
    /// The last time step whose code was accepted: a code is never accepted twice.
    TotpLastStep,
    SessionGeneration,
    /// A set-up link (SHA-256 of its token) sent by an administrator: the
    /// staff member chooses their own password with it.
    SetupTokenHash,
    SetupExpiresAt,
}

#[derive(DeriveIden)]
enum StaffRecoveryCode {
    Table,
    Id,
    StaffId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum Application {
    Table,
    Status,
    AreaCode,
    SubmittedAt,
    Id,
    AssignedTo,
    LevelSince,
    DecisionAmount,
    DecisionStart,
    DecisionReason,
}

#[derive(DeriveIden)]
enum StaffNote {
    Table,
    Id,
    ApplicationId,
    StaffId,
    Body,
    At,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    StaffId,
    StaffName,
    Action,
    Target,
    Detail,
    ClientAddress,
}

fn add_column(table: impl IntoIden + 'static, column: ColumnDef) -> TableAlterStatement {
    // One column per statement: SQLite alters a table one change at a time.
    Table::alter().table(table).add_column(column).to_owned()
}

fn index(name: &str, table: impl IntoIden + 'static, columns: Vec<DynIden>) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(column);
    }
    statement.to_owned()
}

fn when<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .timestamp_with_time_zone()
        .null()
        .to_owned()
}

/// Statements that make `audit_log` append-only in the database itself.
fn append_only_triggers(backend: DatabaseBackend) -> Vec<&'static str> {
    match backend {
        DatabaseBackend::Postgres => vec![
            "CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log \
             FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()",
        ],
        _ => vec![
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \
             BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log \
             BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        ],
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            ColumnDef::new(StaffAccount::TotpSecret)
                .string_len(64)
                .null()
                .to_owned(),
            when(StaffAccount::TotpConfirmedAt),
            ColumnDef::new(StaffAccount::TotpLastStep)
                .big_integer()
                .null()
                .to_owned(),
            ColumnDef::new(StaffAccount::SetupTokenHash)
                .string_len(64)
                .null()
                .to_owned(),
            when(StaffAccount::SetupExpiresAt),
            ColumnDef::new(StaffAccount::SessionGeneration)
                .integer()
                .not_null()
                .default(0)
                .to_owned(),
        ] {
            manager
                .alter_table(add_column(StaffAccount::Table, column))
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(StaffRecoveryCode::Table)
                    .col(
                        ColumnDef::new(StaffRecoveryCode::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(StaffRecoveryCode::StaffId).integer().not_null())
                    .col(
                        ColumnDef::new(StaffRecoveryCode::CodeHash)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(when(StaffRecoveryCode::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recovery_code_staff")
                            .from(StaffRecoveryCode::Table, StaffRecoveryCode::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_recovery_code_staff",
                StaffRecoveryCode::Table,
                vec![StaffRecoveryCode::StaffId.into_iden()],
            ))
            .await?;
        for column in [
            ColumnDef::new(Application::AssignedTo)
                .integer()
                .null()
                .to_owned(),
            when(Application::LevelSince),
            ColumnDef::new(Application::DecisionAmount)
                .double()
                .null()
                .to_owned(),
            ColumnDef::new(Application::DecisionStart)
                .date()
                .null()
                .to_owned(),
            ColumnDef::new(Application::DecisionReason)
                .string_len(32)
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(add_column(Application::Table, column))
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE application SET level_since = updated_at WHERE submitted_at IS NOT NULL",
            )
            .await?;
        // The queue reads one status, optionally one street or community,
        // in submission order: these two indexes serve it page by page.
        manager
            .create_index(index(
                "idx_application_queue",
                Application::Table,
                vec![
                    Application::Status.into_iden(),
                    Application::SubmittedAt.into_iden(),
                    Application::Id.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_application_queue_area",
                Application::Table,
                vec![
                    Application::Status.into_iden(),
                    Application::AreaCode.into_iden(),
                    Application::SubmittedAt.into_iden(),
                    Application::Id.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffNote::Table)
                    .col(
                        ColumnDef::new(StaffNote::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(StaffNote::ApplicationId).integer().not_null())
                    .col(ColumnDef::new(StaffNote::StaffId).integer().not_null())
                    .col(ColumnDef::new(StaffNote::Body).text().not_null())
                    .col(
                        ColumnDef::new(StaffNote::At)
                            .timestamp_with_time_zone()
                            .not_null()
                            .default(Expr::current_timestamp()),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_staff_note_application")
                            .from(StaffNote::Table, StaffNote::ApplicationId)
                            .to(Application::Table, Application::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_staff_note_staff")
                            .from(StaffNote::Table, StaffNote::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_staff_note_application",
                StaffNote::Table,
                vec![StaffNote::ApplicationId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(
                        ColumnDef::new(AuditLog::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(AuditLog::At)
                            .timestamp_with_time_zone()
                            .not_null()
                            .default(Expr::current_timestamp()),
                    )
                    // No foreign key: the log outlives whatever it names.
                    .col(ColumnDef::new(AuditLog::StaffId).integer().null())
                    .col(ColumnDef::new(AuditLog::StaffName).string_len(200).not_null())
                    .col(ColumnDef::new(AuditLog::Action).string_len(48).not_null())
                    .col(ColumnDef::new(AuditLog::Target).string_len(128).not_null())
                    .col(ColumnDef::new(AuditLog::Detail).text().null())
                    .col(ColumnDef::new(AuditLog::ClientAddress).string_len(64).not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_audit_log_at",
                AuditLog::Table,
                vec![AuditLog::At.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_audit_log_staff",
                AuditLog::Table,
                vec![AuditLog::StaffId.into_iden(), AuditLog::At.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_audit_log_target",
                AuditLog::Table,
                vec![AuditLog::Target.into_iden(), AuditLog::At.into_iden()],
            ))
            .await?;
        let backend = manager.get_database_backend();
        for statement in append_only_triggers(backend) {
            manager.get_connection().execute_unprepared(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            StaffNote::Table.into_iden(),
            StaffRecoveryCode::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS audit_log_is_append_only()")
                .await?;
        }
        for index_name in ["idx_application_queue", "idx_application_queue_area"] {
            manager
                .drop_index(
                    Index::drop()
                        .name(index_name)
                        .table(Application::Table)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            Application::AssignedTo,
            Application::LevelSince,
            Application::DecisionAmount,
            Application::DecisionStart,
            Application::DecisionReason,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Application::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            StaffAccount::TotpSecret,
            StaffAccount::TotpConfirmedAt,
            StaffAccount::TotpLastStep,
            StaffAccount::SessionGeneration,
            StaffAccount::SetupTokenHash,
            StaffAccount::SetupExpiresAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(StaffAccount::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
