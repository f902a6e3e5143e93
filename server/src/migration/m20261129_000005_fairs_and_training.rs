//! Job fairs (employers, positions, registrations) and training (courses,
//! sessions, bookings with a waiting list).

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261129_000005_fairs_and_training"
    }
}

#[derive(DeriveIden)]
enum ResidentAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Fair {
    Table,
    Id,
    AreaCode,
    TitleZh,
    TitleEn,
    SummaryZh,
    SummaryEn,
    StartsAt,
    EndsAt,
    VenueZh,
    VenueEn,
    AddressZh,
    AddressEn,
    TransportZh,
    TransportEn,
    Features,
    CancelledAt,
    CancelReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FairEmployer {
    Table,
    Id,
    FairId,
    Name,
    Description,
}

#[derive(DeriveIden)]
enum FairPosition {
    Table,
    Id,
    EmployerId,
    Title,
    Needs,
    AdjustmentsOffered,
    Openings,
}

#[derive(DeriveIden)]
enum FairRegistration {
    Table,
    Id,
    FairId,
    AccountId,
    PersonId,
    PersonKey,
    PersonName,
    Adjustments,
    OtherNeeds,
    RegisteredAt,
    CancelledAt,
    CheckedInAt,
    HiredEmployerId,
    HiredAt,
    ReminderQueuedAt,
}

#[derive(DeriveIden)]
enum Course {
    Table,
    Id,
    AreaCode,
    TitleZh,
    TitleEn,
    DescriptionZh,
    DescriptionEn,
    SuitsZh,
    SuitsEn,
    Features,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CourseSession {
    Table,
    Id,
    CourseId,
    StartsAt,
    EndsAt,
    Online,
    VenueZh,
    VenueEn,
    AddressZh,
    AddressEn,
    Capacity,
    /// Bumped by every booking change: the write that serialises bookings of one session.
    Version,
    CancelledAt,
    CancelReason,
}

#[derive(DeriveIden)]
enum Booking {
    Table,
    Id,
    SessionId,
    AccountId,
    PersonId,
    PersonKey,
    PersonName,
    Adjustments,
    OtherNeeds,
    Status,
    Position,
    BookedAt,
    OfferExpiresAt,
    CheckedInAt,
    CompletedAt,
    ReminderQueuedAt,
}

fn id<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn number<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column).integer().not_null().to_owned()
}

fn text<T: IntoIden>(column: T, length: u32) -> ColumnDef {
    ColumnDef::new(column).string_len(length).not_null().to_owned()
}

fn long_text<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column).text().not_null().to_owned()
}

/// Event times are local (Chongqing) wall-clock times.
fn local_time<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column).timestamp().not_null().to_owned()
}

fn instant<T: IntoIden>(column: T) -> ColumnDef {
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

fn belongs_to(
    name: &str,
    from: (impl IntoIden + 'static, impl IntoIden + 'static),
    to: (impl IntoIden + 'static, impl IntoIden + 'static),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

/// One active place per person: partial unique indexes (same syntax on
/// SQLite and PostgreSQL), and the indexes the pages read by.
const INDEXES: [&str; 6] = [
    "CREATE UNIQUE INDEX idx_fair_registration_once ON fair_registration (fair_id, person_key) \
     WHERE cancelled_at IS NULL",
    "CREATE UNIQUE INDEX idx_booking_once ON booking (session_id, person_key) \
     WHERE status IN ('confirmed', 'waiting', 'offered')",
    "CREATE INDEX idx_fair_starts ON fair (starts_at)",
    "CREATE INDEX idx_fair_registration_account ON fair_registration (account_id)",
    "CREATE INDEX idx_booking_account ON booking (account_id)",
    "CREATE INDEX idx_booking_session_status ON booking (session_id, status, position)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Fair::Table)
                    .col(id(Fair::Id))
                    .col(text(Fair::AreaCode, 32))
                    .col(text(Fair::TitleZh, 200))
                    .col(text(Fair::TitleEn, 200))
                    .col(long_text(Fair::SummaryZh))
                    .col(long_text(Fair::SummaryEn))
                    .col(local_time(Fair::StartsAt))
                    .col(local_time(Fair::EndsAt))
                    .col(text(Fair::VenueZh, 200))
                    .col(text(Fair::VenueEn, 200))
                    .col(text(Fair::AddressZh, 300))
                    .col(text(Fair::AddressEn, 300))
                    .col(long_text(Fair::TransportZh))
                    .col(long_text(Fair::TransportEn))
                    .col(text(Fair::Features, 200))
                    .col(when(Fair::CancelledAt))
                    .col(ColumnDef::new(Fair::CancelReason).text().null())
                    .col(instant(Fair::CreatedAt))
                    .col(instant(Fair::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FairEmployer::Table)
                    .col(id(FairEmployer::Id))
                    .col(number(FairEmployer::FairId))
                    .col(text(FairEmployer::Name, 200))
                    .col(long_text(FairEmployer::Description))
                    .foreign_key(&mut belongs_to(
                        "fk_fair_employer_fair",
                        (FairEmployer::Table, FairEmployer::FairId),
                        (Fair::Table, Fair::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FairPosition::Table)
                    .col(id(FairPosition::Id))
                    .col(number(FairPosition::EmployerId))
                    .col(text(FairPosition::Title, 200))
                    .col(long_text(FairPosition::Needs))
                    .col(long_text(FairPosition::AdjustmentsOffered))
                    .col(number(FairPosition::Openings))
                    .foreign_key(&mut belongs_to(
                        "fk_fair_position_employer",
                        (FairPosition::Table, FairPosition::EmployerId),
                        (FairEmployer::Table, FairEmployer::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FairRegistration::Table)
                    .col(id(FairRegistration::Id))
                    .col(number(FairRegistration::FairId))
                    .col(number(FairRegistration::AccountId))
                    .col(ColumnDef::new(FairRegistration::PersonId).integer().null())
                    .col(text(FairRegistration::PersonKey, 40))
                    .col(text(FairRegistration::PersonName, 100))
                    .col(text(FairRegistration::Adjustments, 200))
                    .col(long_text(FairRegistration::OtherNeeds))
                    .col(instant(FairRegistration::RegisteredAt))
                    .col(when(FairRegistration::CancelledAt))
                    .col(when(FairRegistration::CheckedInAt))
                    .col(ColumnDef::new(FairRegistration::HiredEmployerId).integer().null())
                    .col(when(FairRegistration::HiredAt))
                    .col(when(FairRegistration::ReminderQueuedAt))
                    .foreign_key(&mut belongs_to(
                        "fk_fair_registration_fair",
                        (FairRegistration::Table, FairRegistration::FairId),
                        (Fair::Table, Fair::Id),
                    ))
                    .foreign_key(&mut belongs_to(
                        "fk_fair_registration_account",
                        (FairRegistration::Table, FairRegistration::AccountId),
                        (ResidentAccount::Table, ResidentAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Course::Table)
                    .col(id(Course::Id))
                    .col(text(Course::AreaCode, 32))
                    .col(text(Course::TitleZh, 200))
                    .col(text(Course::TitleEn, 200))
                    .col(long_text(Course::DescriptionZh))
                    .col(long_text(Course::DescriptionEn))
                    .col(long_text(Course::SuitsZh))
                    .col(long_text(Course::SuitsEn))
                    .col(text(Course::Features, 200))
                    .col(instant(Course::CreatedAt))
                    .col(instant(Course::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CourseSession::Table)
                    .col(id(CourseSession::Id))
                    .col(number(CourseSession::CourseId))
                    .col(local_time(CourseSession::StartsAt))
                    .col(local_time(CourseSession::EndsAt))
                    .col(ColumnDef::new(CourseSession::Online).boolean().not_null())
                    .col(text(CourseSession::VenueZh, 200))
                    .col(text(CourseSession::VenueEn, 200))
                    .col(text(CourseSession::AddressZh, 300))
                    .col(text(CourseSession::AddressEn, 300))
                    .col(number(CourseSession::Capacity))
                    .col(number(CourseSession::Version).default(0))
                    .col(when(CourseSession::CancelledAt))
                    .col(ColumnDef::new(CourseSession::CancelReason).text().null())
                    .foreign_key(&mut belongs_to(
                        "fk_course_session_course",
                        (CourseSession::Table, CourseSession::CourseId),
                        (Course::Table, Course::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Booking::Table)
                    .col(id(Booking::Id))
                    .col(number(Booking::SessionId))
                    .col(number(Booking::AccountId))
                    .col(ColumnDef::new(Booking::PersonId).integer().null())
                    .col(text(Booking::PersonKey, 40))
                    .col(text(Booking::PersonName, 100))
                    .col(text(Booking::Adjustments, 200))
                    .col(long_text(Booking::OtherNeeds))
                    .col(text(Booking::Status, 16))
                    .col(number(Booking::Position))
                    .col(instant(Booking::BookedAt))
                    .col(when(Booking::OfferExpiresAt))
                    .col(when(Booking::CheckedInAt))
                    .col(when(Booking::CompletedAt))
                    .col(when(Booking::ReminderQueuedAt))
                    .foreign_key(&mut belongs_to(
                        "fk_booking_session",
                        (Booking::Table, Booking::SessionId),
                        (CourseSession::Table, CourseSession::Id),
                    ))
                    .foreign_key(&mut belongs_to(
                        "fk_booking_account",
                        (Booking::Table, Booking::AccountId),
                        (ResidentAccount::Table, ResidentAccount::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        for statement in INDEXES {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Booking::Table.into_iden(),
            CourseSession::Table.into_iden(),
            Course::Table.into_iden(),
            FairRegistration::Table.into_iden(),
            FairPosition::Table.into_iden(),
            FairEmployer::Table.into_iden(),
            Fair::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
