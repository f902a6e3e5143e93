//! Published information: `article` (news, notices, policy explainers and
//! plain pages, with where each stands in the publishing workflow),
//! `article_revision` (every version kept, the published ones with their
//! public change notes) and `site_banner` (the emergency notice shown at
//! the top of every page until it ends). Public pages read all three, so
//! the content version watches them. Times are local (Chongqing) wall-clock
//! times, compared with the portal clock's local time.

use super::m20261201_000200_content_version::watch_table;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261202_000300_articles"
    }
}

const TABLES: [&str; 3] = ["article", "article_revision", "site_banner"];

fn id(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
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

fn time(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).timestamp().not_null().to_owned()
}

fn maybe_time(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).timestamp().null().to_owned()
}

fn maybe_date(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name)).date().null().to_owned()
}

fn article() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("article"))
        .col(id("id"))
        .col(text("kind", 16))
        // Plain pages only (`/about/{slug}`); NULL for the other kinds.
        .col(ColumnDef::new(Alias::new("slug")).string_len(64).null())
        .col(text("status", 16))
        .col(number("author_id"))
        // Whom an administrator assigned to publish it; NULL: any other editor.
        .col(maybe_number("publisher_id"))
        // The revision the public sees; NULL before publication and once unpublished.
        .col(maybe_number("live_revision_id"))
        // From when the public sees it (a future time schedules it).
        .col(maybe_time("publish_at"))
        .col(maybe_time("first_published_at"))
        .col(maybe_time("updated_at"))
        .col(maybe_date("closes_on"))
        .col(ColumnDef::new(Alias::new("unpublish_reason")).text().null())
        .col(text("source_title", 200))
        .col(text("source_number", 100))
        .col(maybe_date("source_date"))
        .col(time("created_at"))
        .to_owned()
}

fn revision() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("article_revision"))
        .col(id("id"))
        .col(number("article_id"))
        .col(number("number"))
        .col(text("title_zh", 200))
        .col(text("title_en", 200))
        .col(long_text("easy_read_zh"))
        .col(long_text("easy_read_en"))
        .col(long_text("body_zh"))
        .col(long_text("body_en"))
        .col(long_text("change_note_zh"))
        .col(long_text("change_note_en"))
        .col(number("created_by"))
        // Whoever changed the version last (the second-person rule counts both).
        .col(number("edited_by"))
        .col(time("created_at"))
        .col(maybe_time("published_at"))
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("article_revision"), Alias::new("article_id"))
                .to(Alias::new("article"), Alias::new("id"))
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

fn banner() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("site_banner"))
        .col(id("id"))
        .col(long_text("text_zh"))
        .col(long_text("text_en"))
        .col(time("starts_at"))
        .col(time("ends_at"))
        .col(number("raised_by"))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(article()).await?;
        manager.create_table(revision()).await?;
        manager.create_table(banner()).await?;
        manager
            .create_index(
                Index::create()
                    .name("article_slug")
                    .table(Alias::new("article"))
                    .col(Alias::new("slug"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("article_revision_number")
                    .table(Alias::new("article_revision"))
                    .col(Alias::new("article_id"))
                    .col(Alias::new("number"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        for table in TABLES {
            watch_table(db, table).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["article_revision", "article", "site_banner"] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
