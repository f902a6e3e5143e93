//! Legal-aid requests (`legal_aid_request`), their dated history
//! (`legal_aid_event`) and documents (`legal_aid_document`), and the
//! centre's list of lawyers (`lawyer`), seeded with a few demonstration
//! entries. Dates of the legal clocks are local (Chongqing) calendar dates.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261204_000370_legal_aid"
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

fn maybe_number(name: &str) -> ColumnDef {
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

fn date(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).date().null().to_owned()
}

fn timestamp(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

fn lawyer() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("lawyer"))
        .col(id())
        .col(text("name", 100))
        .col(text("firm", 200))
        .col(text("phone", 30))
        // Keys separated by commas: mandarin, chongqing, english, csl.
        .col(text("languages", 100))
        .col(
            ColumnDef::new(Alias::new("active"))
                .boolean()
                .not_null()
                .default(true),
        )
        .col(timestamp("created_at"))
        .to_owned()
}

fn request() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("legal_aid_request"))
        .col(id())
        .col(text("reference", 20).unique_key())
        .col(number("account_id"))
        // The person helped, when the account files for someone on its list.
        .col(maybe_number("helped_person_id"))
        .col(text("person_name", 100))
        // self | legal_representative | proxy
        .col(text("filer", 24))
        // The community the person lives in: staff scope.
        .col(text("area_code", 64))
        .col(text("phone", 30))
        .col(text("matter_kind", 24))
        .col(long_text("description"))
        // none | limitation | hearing, and its date.
        .col(text("faced", 16))
        .col(date("faced_on"))
        .col(text("adjustments", 200))
        .col(long_text("adjustment_other"))
        .col(text("income", 24))
        .col(text("financial_check", 32))
        .col(
            ColumnDef::new(Alias::new("urgent"))
                .boolean()
                .not_null()
                .default(false),
        )
        .col(text("status", 24))
        .col(
            ColumnDef::new(Alias::new("documents_asked"))
                .boolean()
                .not_null()
                .default(false),
        )
        .col(long_text("documents_notice"))
        .col(date("received_on"))
        .col(date("documents_completed_on"))
        .col(date("decided_on"))
        .col(long_text("decision_reason"))
        .col(long_text("objection"))
        .col(date("objected_on"))
        .col(date("objection_decided_on"))
        .col(long_text("objection_answer"))
        .col(maybe_number("lawyer_id"))
        .col(date("assigned_on"))
        .col(long_text("outcome"))
        // JSON: each adjustment, whether provided and a note.
        .col(long_text("adjustments_record"))
        .col(date("closed_on"))
        .col(timestamp("created_at"))
        .col(timestamp("updated_at"))
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("legal_aid_request"), Alias::new("account_id"))
                .to(Alias::new("resident_account"), Alias::new("id")),
        )
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("legal_aid_request"), Alias::new("lawyer_id"))
                .to(Alias::new("lawyer"), Alias::new("id")),
        )
        .to_owned()
}

fn event() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("legal_aid_event"))
        .col(id())
        .col(number("request_id"))
        .col(text("status", 24))
        // requester | staff
        .col(text("actor", 16))
        .col(long_text("message"))
        .col(timestamp("at"))
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("legal_aid_event"), Alias::new("request_id"))
                .to(Alias::new("legal_aid_request"), Alias::new("id"))
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

fn document() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("legal_aid_document"))
        .col(id())
        .col(number("request_id"))
        .col(text("original_name", 200))
        .col(text("content_type", 100))
        .col(ColumnDef::new(Alias::new("size_bytes")).big_integer().not_null())
        .col(text("storage_key", 64))
        .col(timestamp("uploaded_at"))
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("legal_aid_document"), Alias::new("request_id"))
                .to(Alias::new("legal_aid_request"), Alias::new("id"))
                .on_delete(ForeignKeyAction::Cascade),
        )
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
        manager.create_table(lawyer()).await?;
        manager.create_table(request()).await?;
        manager.create_table(event()).await?;
        manager.create_table(document()).await?;
        for (name, table, columns) in [
            (
                "legal_aid_request_account",
                "legal_aid_request",
                &["account_id"][..],
            ),
            (
                "legal_aid_request_area",
                "legal_aid_request",
                &["area_code", "status"][..],
            ),
            ("legal_aid_event_request", "legal_aid_event", &["request_id"][..]),
            (
                "legal_aid_document_request",
                "legal_aid_document",
                &["request_id"][..],
            ),
        ] {
            manager.create_index(index(name, table, columns)).await?;
        }
        let mut insert = Query::insert();
        insert.into_table(Alias::new("lawyer")).columns([
            Alias::new("name"),
            Alias::new("firm"),
            Alias::new("phone"),
            Alias::new("languages"),
            Alias::new("active"),
            Alias::new("created_at"),
        ]);
        let now = chrono::Utc::now();
        for (name, firm, phone, languages) in [
            (
                "王律师",
                "江北区法律援助中心",
                "023-67851234",
                "mandarin,chongqing,csl",
            ),
            (
                "李律师",
                "重庆北城律师事务所",
                "023-67859876",
                "mandarin,chongqing",
            ),
            (
                "陈律师",
                "重庆观音桥律师事务所",
                "023-67855555",
                "mandarin,english",
            ),
        ] {
            insert.values_panic([
                name.into(),
                firm.into(),
                phone.into(),
                languages.into(),
                true.into(),
                now.into(),
            ]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "legal_aid_document",
            "legal_aid_event",
            "legal_aid_request",
            "lawyer",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
