//! An item's files and the requests for other formats, in the database.
//! Times are local (Chongqing) wall-clock times, as for articles.

use crate::domain::article_files::{FileRole, MediaType, OtherFormat};
use crate::i18n::Lang;
use crate::mail::{self, MailKind};
use crate::web::limits::{take_attempt, Limit};
use crate::web::transaction::begin_write;
use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, TransactionTrait};

pub mod file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "article_file")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub article_id: i32,
        pub role: String,
        pub title_zh: String,
        pub title_en: String,
        pub original_name: String,
        pub content_type: String,
        pub size_bytes: i64,
        pub storage_key: String,
        pub transcript_zh: String,
        pub transcript_en: String,
        pub uploaded_by: i32,
        pub created_at: DateTime,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod request {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "format_request")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub article_id: i32,
        pub file_id: Option<i32>,
        pub format: String,
        pub name: String,
        pub contact: String,
        pub note: String,
        pub language: String,
        pub status: String,
        pub created_at: DateTime,
        pub handled_by: Option<i32>,
        pub handled_at: Option<DateTime>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use file::Model as ArticleFile;
pub use request::Model as FormatRequest;

pub const OPEN: &str = "open";
pub const DONE: &str = "done";

impl ArticleFile {
    pub fn role(&self) -> Option<FileRole> {
        FileRole::parse(&self.role)
    }

    pub fn media(&self) -> Option<MediaType> {
        MediaType::from_content_type(&self.content_type)
    }

    pub fn size(&self) -> u64 {
        u64::try_from(self.size_bytes).unwrap_or_default()
    }
}

impl FormatRequest {
    pub fn format(&self) -> Option<OtherFormat> {
        OtherFormat::parse(&self.format)
    }

    pub fn is_open(&self) -> bool {
        self.status == OPEN
    }
}

/// A file just stored, to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewFile {
    pub role: FileRole,
    pub title_zh: String,
    pub title_en: String,
    pub original_name: String,
    pub media: MediaType,
    pub size_bytes: u64,
    pub storage_key: String,
}

/// Every file of an article, in the order they were added.
pub async fn files_of<C: ConnectionTrait>(db: &C, article_id: i32) -> Result<Vec<ArticleFile>, DbErr> {
    file::Entity::find()
        .filter(file::Column::ArticleId.eq(article_id))
        .order_by_asc(file::Column::Id)
        .all(db)
        .await
}

pub async fn find_file<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<ArticleFile>, DbErr> {
    file::Entity::find_by_id(id).one(db).await
}

/// The article's file with `role` (video or captions: at most one each).
pub async fn with_role<C: ConnectionTrait>(
    db: &C,
    article_id: i32,
    role: FileRole,
) -> Result<Option<ArticleFile>, DbErr> {
    file::Entity::find()
        .filter(file::Column::ArticleId.eq(article_id))
        .filter(file::Column::Role.eq(role.key()))
        .one(db)
        .await
}

pub async fn add_file<C: ConnectionTrait>(
    db: &C,
    article_id: i32,
    new: &NewFile,
    by: i32,
    now: NaiveDateTime,
) -> Result<i32, DbErr> {
    let added = file::ActiveModel {
        article_id: Set(article_id),
        role: Set(new.role.key().to_string()),
        title_zh: Set(new.title_zh.clone()),
        title_en: Set(new.title_en.clone()),
        original_name: Set(new.original_name.clone()),
        content_type: Set(new.media.content_type().to_string()),
        size_bytes: Set(i64::try_from(new.size_bytes).unwrap_or(i64::MAX)),
        storage_key: Set(new.storage_key.clone()),
        transcript_zh: Set(String::new()),
        transcript_en: Set(String::new()),
        uploaded_by: Set(by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(added.id)
}

/// Sets the video's transcript; whether the article has a video.
pub async fn set_transcript<C: ConnectionTrait>(
    db: &C,
    article_id: i32,
    zh: &str,
    en: &str,
) -> Result<bool, DbErr> {
    let changed = file::Entity::update_many()
        .col_expr(file::Column::TranscriptZh, Expr::value(zh))
        .col_expr(file::Column::TranscriptEn, Expr::value(en))
        .filter(file::Column::ArticleId.eq(article_id))
        .filter(file::Column::Role.eq(FileRole::Video.key()))
        .exec(db)
        .await?;
    Ok(changed.rows_affected > 0)
}

/// Removes a file of the article, and with the video its captions; the
/// storage keys of what was removed (empty if it was not the article's).
pub async fn remove_file<C: ConnectionTrait>(
    db: &C,
    article_id: i32,
    id: i32,
) -> Result<Vec<ArticleFile>, DbErr> {
    let Some(found) = find_file(db, id).await?.filter(|f| f.article_id == article_id) else {
        return Ok(Vec::new());
    };
    let mut removed = vec![found.clone()];
    if found.role() == Some(FileRole::Video) {
        for role in [FileRole::CaptionsZh, FileRole::CaptionsEn] {
            removed.extend(with_role(db, article_id, role).await?);
        }
    }
    file::Entity::delete_many()
        .filter(file::Column::Id.is_in(removed.iter().map(|f| f.id)))
        .exec(db)
        .await?;
    Ok(removed)
}

/// A request for another format, as the resident made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRequest {
    pub article_id: i32,
    pub file_id: Option<i32>,
    pub format: OtherFormat,
    pub name: String,
    pub contact: String,
    /// Where the confirmation goes, if the contact is an email address.
    pub email: Option<String>,
    pub note: String,
    pub lang: Lang,
}

/// What the confirmation email says the request is about.
pub struct RequestMail {
    pub title: String,
    pub format: String,
}

/// Records the request, within `limits`, with the confirmation email (if
/// an address was given) in the same transaction; its id, or when the
/// limit lifts.
pub async fn add_request<C: TransactionTrait>(
    db: &C,
    new: &NewRequest,
    mail_text: &RequestMail,
    limits: &[Limit],
    now: DateTime<Utc>,
    local_now: NaiveDateTime,
) -> Result<Result<i32, DateTime<Utc>>, DbErr> {
    let txn = begin_write(db).await?;
    if let Err(until) = take_attempt(&txn, limits, now).await? {
        return Ok(Err(until));
    }
    let added = request::ActiveModel {
        article_id: Set(new.article_id),
        file_id: Set(new.file_id),
        format: Set(new.format.key().to_string()),
        name: Set(new.name.clone()),
        contact: Set(new.contact.clone()),
        note: Set(new.note.clone()),
        language: Set(new.lang.tag().to_string()),
        status: Set(OPEN.to_string()),
        created_at: Set(local_now),
        handled_by: Set(None),
        handled_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(email) = &new.email {
        let args = [
            ("name", new.name.clone()),
            ("title", mail_text.title.clone()),
            ("format", mail_text.format.clone()),
            ("reference", added.id.to_string()),
        ];
        mail::enqueue(&txn, email, new.lang, MailKind::FormatRequested, &args, now).await?;
    }
    txn.commit().await?;
    Ok(Ok(added.id))
}

/// Every request, open ones first, each part oldest first (the longest waiting at the top).
pub async fn requests<C: ConnectionTrait>(db: &C) -> Result<Vec<FormatRequest>, DbErr> {
    let mut all = request::Entity::find()
        .order_by_asc(request::Column::CreatedAt)
        .order_by_asc(request::Column::Id)
        .all(db)
        .await?;
    all.sort_by_key(|r| !r.is_open());
    Ok(all)
}

/// Marks an open request done; whether it was open.
pub async fn complete<C: ConnectionTrait>(
    db: &C,
    id: i32,
    by: i32,
    now: NaiveDateTime,
) -> Result<bool, DbErr> {
    let changed = request::Entity::update_many()
        .col_expr(request::Column::Status, Expr::value(DONE))
        .col_expr(request::Column::HandledBy, Expr::value(by))
        .col_expr(request::Column::HandledAt, Expr::value(now))
        .filter(request::Column::Id.eq(id))
        .filter(request::Column::Status.eq(OPEN))
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}
