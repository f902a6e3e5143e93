//! Files that go with a published item (`article_file`: its sign-language
//! video, the video's captions in Chinese and English, and attachments),
//! with the video's transcript on the video's row; and `format_request`,
//! a resident's request for an item in another format (large print,
//! Braille, easy read, audio), a task for content editors. Public item
//! pages show the files, so the content version watches `article_file`.
//! Times are local (Chongqing) wall-clock times, as for articles.

use super::m20261201_000200_content_version::watch_table;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000330_article_files"
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

fn article_file() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("article_file"))
        .col(id())
        .col(number("article_id"))
        // video | captions_zh | captions_en | attachment
        .col(text("role", 16))
        // An attachment's link text (the Chinese required).
        .col(text("title_zh", 200))
        .col(text("title_en", 200))
        .col(text("original_name", 200))
        .col(text("content_type", 100))
        .col(ColumnDef::new(Alias::new("size_bytes")).big_integer().not_null())
        .col(text("storage_key", 64))
        // The video's transcript (empty on other rows).
        .col(long_text("transcript_zh"))
        .col(long_text("transcript_en"))
        .col(number("uploaded_by"))
        .col(ColumnDef::new(Alias::new("created_at")).timestamp().not_null())
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("article_file"), Alias::new("article_id"))
                .to(Alias::new("article"), Alias::new("id"))
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

fn format_request() -> TableCreateStatement {
    Table::create()
        .table(Alias::new("format_request"))
        .col(id())
        .col(number("article_id"))
        // The attachment asked about; NULL for the item as a whole (or once removed).
        .col(ColumnDef::new(Alias::new("file_id")).integer().null())
        // large_print | braille | easy_read | audio
        .col(text("format", 16))
        .col(text("name", 100))
        // An email address or a phone number.
        .col(text("contact", 254))
        .col(long_text("note"))
        // The language the request was made in (for the confirmation and the reply).
        .col(text("language", 8))
        // open | done
        .col(text("status", 8))
        .col(ColumnDef::new(Alias::new("created_at")).timestamp().not_null())
        .col(ColumnDef::new(Alias::new("handled_by")).integer().null())
        .col(ColumnDef::new(Alias::new("handled_at")).timestamp().null())
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("format_request"), Alias::new("article_id"))
                .to(Alias::new("article"), Alias::new("id"))
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(
            ForeignKey::create()
                .from(Alias::new("format_request"), Alias::new("file_id"))
                .to(Alias::new("article_file"), Alias::new("id"))
                .on_delete(ForeignKeyAction::SetNull),
        )
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_table(article_file()).await?;
        manager.create_table(format_request()).await?;
        manager
            .create_index(
                Index::create()
                    .name("article_file_article")
                    .table(Alias::new("article_file"))
                    .col(Alias::new("article_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("format_request_status")
                    .table(Alias::new("format_request"))
                    .col(Alias::new("status"))
                    .col(Alias::new("created_at"))
                    .to_owned(),
            )
            .await?;
        watch_table(manager.get_connection(), "article_file").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["format_request", "article_file"] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
