//! Petitions and complaints (网上信访): `petition` (one matter: who filed it
//! and for whom, with the proxy's authorisation; what it is about, in
//! writing or as a recording with its transcript; where it is held; its
//! state and the dates its legal clocks run from; the rating at the end),
//! `petition_event` (its dated history, with what the petitioner may see),
//! `petition_notice` (the written notices, each in an ordinary and an
//! easy-read version) and `petition_note` (staff's internal notes and the
//! district's supervision notes, never shown to the petitioner).

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261204_000360_petitions"
    }
}

fn id() -> ColumnDef {
    ColumnDef::new(Alias::new("id"))
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn number(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).integer().not_null().to_owned()
}

fn optional_number(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).integer().null().to_owned()
}

fn text(name: &str, length: u32) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .string_len(length)
        .not_null()
        .default("")
        .to_owned()
}

fn long_text(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .text()
        .not_null()
        .default("")
        .to_owned()
}

fn day(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).date().null().to_owned()
}

fn at(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

fn belongs_to_petition(table: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(Alias::new(table), Alias::new("petition_id"))
        .to(Alias::new("petition"), Alias::new("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn petition() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("petition"))
        .col(id())
        // The account that filed it; NULL for an anonymous suggestion.
        .col(optional_number("account_id"))
        // Whom it is for: the account holder, one of the people they help, or a named person.
        .col(optional_number("helped_person_id"))
        .col(text("petitioner_name", 100))
        // self | family | community_worker
        .col(text("proxy", 20))
        // For a family proxy, the relationship recorded with the person helped.
        .col(text("relationship", 20))
        // written | in_person (empty when filed by the petitioner)
        .col(text("authorisation", 20))
        .col(text("kind", 32))
        // Where the matter belongs (a community or village) and who holds it now.
        .col(text("home_area", 100))
        .col(text("area_code", 100))
        // A district department it was routed to, if any (held at the district).
        .col(text("department", 100))
        // Where it was routed from, for an objection to send it back.
        .col(text("routed_from", 100))
        .col(long_text("what_happened"))
        .col(long_text("what_asked"))
        // A sign-language video or voice recording, and its transcript.
        .col(text("recording_key", 64))
        .col(text("recording_type", 100))
        .col(text("recording_name", 200))
        .col(
            ColumnDef::new(Alias::new("recording_bytes"))
                .big_integer()
                .not_null()
                .default(0),
        )
        .col(long_text("transcript"))
        .col(text("state", 32))
        .col(day("received_on"))
        .col(day("routed_on"))
        .col(day("accepted_on"))
        .col(number("extension_days").default(0))
        .col(long_text("extension_reason"))
        .col(day("decided_on"))
        .col(day("review_requested_on"))
        .col(day("reviewed_on"))
        .col(day("re_review_requested_on"))
        .col(day("re_reviewed_on"))
        .col(day("closed_on"))
        .col(text("rating", 20))
        // Where notices go, and in which language.
        .col(text("email", 254))
        .col(text("language", 8))
        .col(at("created_at"))
        .col(at("updated_at"))
        .to_owned()
}

fn petition_event() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("petition_event"))
        .col(id())
        .col(number("petition_id"))
        .col(at("at"))
        // petitioner | staff:{id}
        .col(text("actor", 32))
        // What happened: a move, information added, a notice issued.
        .col(text("event", 32))
        // What was written with it (information added, a reason), shown to the petitioner.
        .col(long_text("detail"))
        .foreign_key(&mut belongs_to_petition("petition_event"))
        .to_owned()
}

fn petition_notice() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("petition_notice"))
        .col(id())
        .col(number("petition_id"))
        // acceptance | not_accepted | extension | decision | review_answer | re_review_answer
        .col(text("kind", 32))
        .col(long_text("ordinary"))
        .col(long_text("easy_read"))
        .col(text("language", 8))
        .col(at("issued_at"))
        .foreign_key(&mut belongs_to_petition("petition_notice"))
        .to_owned()
}

fn petition_note() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("petition_note"))
        .col(id())
        .col(number("petition_id"))
        .col(number("staff_id"))
        // A supervision note of the district (督查督办), or an ordinary internal note.
        .col(
            ColumnDef::new(Alias::new("supervision"))
                .boolean()
                .not_null()
                .default(false),
        )
        .col(long_text("body"))
        .col(at("at"))
        .foreign_key(&mut belongs_to_petition("petition_note"))
        .to_owned()
}

fn index(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(Alias::new(table));
    for column in columns {
        index.col(Alias::new(*column));
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(petition()).await?;
        manager.create_table(petition_event()).await?;
        manager.create_table(petition_notice()).await?;
        manager.create_table(petition_note()).await?;
        for statement in [
            index("petition_account", "petition", &["account_id"]),
            index("petition_area_state", "petition", &["area_code", "state"]),
            index("petition_event_petition", "petition_event", &["petition_id"]),
            index("petition_notice_petition", "petition_notice", &["petition_id"]),
            index("petition_note_petition", "petition_note", &["petition_id"]),
        ] {
            manager.create_index(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["petition_note", "petition_notice", "petition_event", "petition"] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
