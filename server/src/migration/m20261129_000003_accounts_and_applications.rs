//! Resident accounts, sign-in links, people a resident helps, applications
//! with their history and documents, and the mail outbox.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261129_000003_accounts_and_applications"
    }
}

#[derive(DeriveIden)]
enum ResidentAccount {
    Table,
    Id,
    Email,
    FullName,
    PasswordHash,
    EmailLanguage,
    EmailConfirmedAt,
    SessionGeneration,
    CreatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum SignInToken {
    Table,
    TokenHash,
    AccountId,
    Purpose,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuthFailure {
    Table,
    Id,
    Key,
    At,
}

#[derive(DeriveIden)]
enum HelpedPerson {
    Table,
    Id,
    AccountId,
    FullName,
    Relationship,
    CertificateNumber,
    DeclaredAt,
}

#[derive(DeriveIden)]
enum Application {
    Table,
    Id,
    Reference,
    AccountId,
    HelpedPersonId,
    Entitlement,
    Status,
    ReturnTo,
    Person,
    Answers,
    Sections,
    AreaCode,
    SubmissionKey,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum ApplicationEvent {
    Table,
    Id,
    ApplicationId,
    Status,
    Actor,
    Message,
    At,
}

#[derive(DeriveIden)]
enum Document {
    Table,
    Id,
    ApplicationId,
    AccountId,
    EventId,
    OriginalName,
    ContentType,
    SizeBytes,
    StorageKey,
    UploadedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Recipient,
    Subject,
    Body,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    SentAt,
    LastError,
}

fn id<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn now<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .timestamp_with_time_zone()
        .not_null()
        .default(Expr::current_timestamp())
        .to_owned()
}

fn when<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .timestamp_with_time_zone()
        .null()
        .to_owned()
}

fn text<T: IntoIden>(column: T, length: u32) -> ColumnDef {
    ColumnDef::new(column).string_len(length).not_null().to_owned()
}

fn index(name: &str, table: impl IntoIden + 'static, columns: Vec<DynIden>) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(column);
    }
    statement.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ResidentAccount::Table)
                    .col(id(ResidentAccount::Id))
                    .col(text(ResidentAccount::Email, 254).unique_key())
                    .col(text(ResidentAccount::FullName, 100))
                    .col(
                        ColumnDef::new(ResidentAccount::PasswordHash)
                            .string_len(256)
                            .null(),
                    )
                    .col(text(ResidentAccount::EmailLanguage, 8).default("zh-CN"))
                    .col(when(ResidentAccount::EmailConfirmedAt))
                    .col(
                        ColumnDef::new(ResidentAccount::SessionGeneration)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(now(ResidentAccount::CreatedAt))
                    .col(when(ResidentAccount::DeletedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInToken::Table)
                    .col(text(SignInToken::TokenHash, 64).primary_key())
                    .col(ColumnDef::new(SignInToken::AccountId).integer().not_null())
                    .col(text(SignInToken::Purpose, 16))
                    .col(
                        ColumnDef::new(SignInToken::ExpiresAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(when(SignInToken::UsedAt))
                    .col(now(SignInToken::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sign_in_token_account")
                            .from(SignInToken::Table, SignInToken::AccountId)
                            .to(ResidentAccount::Table, ResidentAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuthFailure::Table)
                    .col(id(AuthFailure::Id))
                    .col(text(AuthFailure::Key, 300))
                    .col(now(AuthFailure::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_auth_failure_key_at",
                AuthFailure::Table,
                vec![AuthFailure::Key.into_iden(), AuthFailure::At.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(HelpedPerson::Table)
                    .col(id(HelpedPerson::Id))
                    .col(ColumnDef::new(HelpedPerson::AccountId).integer().not_null())
                    .col(text(HelpedPerson::FullName, 100))
                    .col(text(HelpedPerson::Relationship, 16))
                    .col(text(HelpedPerson::CertificateNumber, 20))
                    .col(now(HelpedPerson::DeclaredAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_helped_person_account")
                            .from(HelpedPerson::Table, HelpedPerson::AccountId)
                            .to(ResidentAccount::Table, ResidentAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_helped_person_account",
                HelpedPerson::Table,
                vec![HelpedPerson::AccountId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Application::Table)
                    .col(id(Application::Id))
                    .col(
                        ColumnDef::new(Application::Reference)
                            .string_len(20)
                            .null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Application::AccountId).integer().not_null())
                    .col(ColumnDef::new(Application::HelpedPersonId).integer().null())
                    .col(text(Application::Entitlement, 8))
                    .col(text(Application::Status, 24))
                    .col(ColumnDef::new(Application::ReturnTo).string_len(24).null())
                    .col(ColumnDef::new(Application::Person).text().not_null())
                    .col(ColumnDef::new(Application::Answers).text().not_null())
                    .col(text(Application::Sections, 128).default(""))
                    .col(ColumnDef::new(Application::AreaCode).string_len(64).null())
                    .col(text(Application::SubmissionKey, 64).unique_key())
                    .col(now(Application::CreatedAt))
                    .col(now(Application::UpdatedAt))
                    .col(when(Application::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_application_account")
                            .from(Application::Table, Application::AccountId)
                            .to(ResidentAccount::Table, ResidentAccount::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_application_area")
                            .from(Application::Table, Application::AreaCode)
                            .to(Alias::new("area"), Alias::new("code")),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_application_account",
                Application::Table,
                vec![Application::AccountId.into_iden(), Application::Id.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_application_status_area",
                Application::Table,
                vec![Application::Status.into_iden(), Application::AreaCode.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApplicationEvent::Table)
                    .col(id(ApplicationEvent::Id))
                    .col(
                        ColumnDef::new(ApplicationEvent::ApplicationId)
                            .integer()
                            .not_null(),
                    )
                    .col(text(ApplicationEvent::Status, 24))
                    .col(text(ApplicationEvent::Actor, 64))
                    .col(ColumnDef::new(ApplicationEvent::Message).text().null())
                    .col(now(ApplicationEvent::At))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_application_event_application")
                            .from(ApplicationEvent::Table, ApplicationEvent::ApplicationId)
                            .to(Application::Table, Application::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_application_event_application",
                ApplicationEvent::Table,
                vec![ApplicationEvent::ApplicationId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Document::Table)
                    .col(id(Document::Id))
                    .col(ColumnDef::new(Document::ApplicationId).integer().not_null())
                    .col(ColumnDef::new(Document::AccountId).integer().not_null())
                    .col(ColumnDef::new(Document::EventId).integer().null())
                    .col(text(Document::OriginalName, 255))
                    .col(text(Document::ContentType, 32))
                    .col(ColumnDef::new(Document::SizeBytes).big_integer().not_null())
                    .col(text(Document::StorageKey, 64).unique_key())
                    .col(now(Document::UploadedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_document_application")
                            .from(Document::Table, Document::ApplicationId)
                            .to(Application::Table, Application::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_document_application",
                Document::Table,
                vec![Document::ApplicationId.into_iden()],
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(id(Outbox::Id))
                    .col(text(Outbox::Recipient, 254))
                    .col(text(Outbox::Subject, 300))
                    .col(ColumnDef::new(Outbox::Body).text().not_null())
                    .col(now(Outbox::CreatedAt))
                    .col(ColumnDef::new(Outbox::Attempts).integer().not_null().default(0))
                    .col(now(Outbox::NextAttemptAt))
                    .col(when(Outbox::SentAt))
                    .col(ColumnDef::new(Outbox::LastError).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_outbox_pending",
                Outbox::Table,
                vec![Outbox::SentAt.into_iden(), Outbox::NextAttemptAt.into_iden()],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Outbox::Table.into_iden(),
            Document::Table.into_iden(),
            ApplicationEvent::Table.into_iden(),
            Application::Table.into_iden(),
            HelpedPerson::Table.into_iden(),
            AuthFailure::Table.into_iden(),
            SignInToken::Table.into_iden(),
            ResidentAccount::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
