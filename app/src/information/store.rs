//! Articles, their revisions and the site banner in the database. Every
//! time here is local (Chongqing) wall-clock time, as the portal clock's
//! `now_local` gives it.

use super::markup::plain_text;
use crate::domain::articles::{ArticleKind, ArticleStatus, PolicyPart};
use chrono::{NaiveDate, NaiveDateTime};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};

pub mod article {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "article")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: String,
        pub slug: Option<String>,
        pub status: String,
        pub author_id: i32,
        pub publisher_id: Option<i32>,
        pub live_revision_id: Option<i32>,
        pub publish_at: Option<DateTime>,
        pub first_published_at: Option<DateTime>,
        pub updated_at: Option<DateTime>,
        pub closes_on: Option<Date>,
        pub unpublish_reason: Option<String>,
        pub source_title: String,
        pub source_number: String,
        pub source_date: Option<Date>,
        pub created_at: DateTime,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod revision {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "article_revision")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub article_id: i32,
        pub number: i32,
        pub title_zh: String,
        pub title_en: String,
        pub easy_read_zh: String,
        pub easy_read_en: String,
        pub body_zh: String,
        pub body_en: String,
        pub change_note_zh: String,
        pub change_note_en: String,
        /// A policy explainer's three parts, in the body's markup ("" for other kinds).
        pub what_changed_zh: String,
        pub what_changed_en: String,
        pub who_for_zh: String,
        pub who_for_en: String,
        pub what_to_do_zh: String,
        pub what_to_do_en: String,
        pub created_by: i32,
        pub edited_by: i32,
        pub created_at: DateTime,
        pub published_at: Option<DateTime>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod banner {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "site_banner")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub text_zh: String,
        pub text_en: String,
        pub starts_at: DateTime,
        pub ends_at: DateTime,
        pub raised_by: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use article::Model as Article;
pub use banner::Model as Banner;
pub use revision::Model as Revision;

impl Article {
    pub fn kind(&self) -> ArticleKind {
        ArticleKind::parse(&self.kind).unwrap_or(ArticleKind::News)
    }

    pub fn status(&self) -> ArticleStatus {
        ArticleStatus::parse(&self.status).unwrap_or(ArticleStatus::Draft)
    }

    /// Its public address.
    pub fn path(&self) -> String {
        self.kind()
            .path(self.id, self.slug.as_deref().unwrap_or_default())
    }

    /// Whether the public sees a version of it at `now`.
    pub fn is_live(&self, now: NaiveDateTime) -> bool {
        self.live_revision_id.is_some() && self.publish_at.is_some_and(|at| at <= now)
    }
}

impl Revision {
    /// A policy explainer's part as (Chinese, English).
    pub fn part(&self, part: PolicyPart) -> (&str, &str) {
        match part {
            PolicyPart::WhatChanged => (&self.what_changed_zh, &self.what_changed_en),
            PolicyPart::WhoFor => (&self.who_for_zh, &self.who_for_en),
            PolicyPart::WhatToDo => (&self.what_to_do_zh, &self.what_to_do_en),
        }
    }
}

/// What an editor writes for one version.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VersionText {
    pub title_zh: String,
    pub title_en: String,
    pub easy_read_zh: String,
    pub easy_read_en: String,
    pub body_zh: String,
    pub body_en: String,
    pub change_note_zh: String,
    pub change_note_en: String,
    /// A policy explainer's parts: what changed, who it is for, what to do
    /// (empty for other kinds).
    pub what_changed_zh: String,
    pub what_changed_en: String,
    pub who_for_zh: String,
    pub who_for_en: String,
    pub what_to_do_zh: String,
    pub what_to_do_en: String,
}

impl VersionText {
    /// A policy explainer's part as (Chinese, English).
    pub fn part(&self, part: PolicyPart) -> (&str, &str) {
        match part {
            PolicyPart::WhatChanged => (&self.what_changed_zh, &self.what_changed_en),
            PolicyPart::WhoFor => (&self.who_for_zh, &self.who_for_en),
            PolicyPart::WhatToDo => (&self.what_to_do_zh, &self.what_to_do_en),
        }
    }

    /// Sets a policy explainer's part.
    pub fn set_part(&mut self, part: PolicyPart, zh: String, en: String) {
        let (to_zh, to_en) = match part {
            PolicyPart::WhatChanged => (&mut self.what_changed_zh, &mut self.what_changed_en),
            PolicyPart::WhoFor => (&mut self.who_for_zh, &mut self.who_for_en),
            PolicyPart::WhatToDo => (&mut self.what_to_do_zh, &mut self.what_to_do_en),
        };
        (*to_zh, *to_en) = (zh, en);
    }
}

/// The fields of the article itself (not versioned).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleFields {
    pub slug: Option<String>,
    pub closes_on: Option<NaiveDate>,
    pub source_title: String,
    pub source_number: String,
    pub source_date: Option<NaiveDate>,
}

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Article>, DbErr> {
    article::Entity::find_by_id(id).one(db).await
}

/// Whether another article has `slug`.
pub async fn slug_taken<C: ConnectionTrait>(db: &C, slug: &str, except: Option<i32>) -> Result<bool, DbErr> {
    let found = article::Entity::find()
        .filter(article::Column::Slug.eq(slug))
        .one(db)
        .await?;
    Ok(found.is_some_and(|a| Some(a.id) != except))
}

/// Every version of an article, newest first.
pub async fn revisions<C: ConnectionTrait>(db: &C, article_id: i32) -> Result<Vec<Revision>, DbErr> {
    revision::Entity::find()
        .filter(revision::Column::ArticleId.eq(article_id))
        .order_by_desc(revision::Column::Number)
        .all(db)
        .await
}

pub async fn latest_revision<C: ConnectionTrait>(db: &C, article_id: i32) -> Result<Option<Revision>, DbErr> {
    revision::Entity::find()
        .filter(revision::Column::ArticleId.eq(article_id))
        .order_by_desc(revision::Column::Number)
        .one(db)
        .await
}

fn revision_values(text: &VersionText) -> revision::ActiveModel {
    revision::ActiveModel {
        title_zh: Set(text.title_zh.clone()),
        title_en: Set(text.title_en.clone()),
        easy_read_zh: Set(text.easy_read_zh.clone()),
        easy_read_en: Set(text.easy_read_en.clone()),
        body_zh: Set(text.body_zh.clone()),
        body_en: Set(text.body_en.clone()),
        change_note_zh: Set(text.change_note_zh.clone()),
        change_note_en: Set(text.change_note_en.clone()),
        what_changed_zh: Set(text.what_changed_zh.clone()),
        what_changed_en: Set(text.what_changed_en.clone()),
        who_for_zh: Set(text.who_for_zh.clone()),
        who_for_en: Set(text.who_for_en.clone()),
        what_to_do_zh: Set(text.what_to_do_zh.clone()),
        what_to_do_en: Set(text.what_to_do_en.clone()),
        ..Default::default()
    }
}

fn set_fields(model: &mut article::ActiveModel, fields: &ArticleFields) {
    model.slug = Set(fields.slug.clone());
    model.closes_on = Set(fields.closes_on);
    model.source_title = Set(fields.source_title.clone());
    model.source_number = Set(fields.source_number.clone());
    model.source_date = Set(fields.source_date);
}

/// A new draft, with its first version; its id.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    kind: ArticleKind,
    fields: &ArticleFields,
    text: &VersionText,
    author: i32,
    now: NaiveDateTime,
) -> Result<i32, DbErr> {
    let mut model = article::ActiveModel {
        kind: Set(kind.key().to_string()),
        status: Set(ArticleStatus::Draft.key().to_string()),
        author_id: Set(author),
        created_at: Set(now),
        ..Default::default()
    };
    set_fields(&mut model, fields);
    let id = model.insert(db).await?.id;
    let mut first = revision_values(text);
    first.article_id = Set(id);
    first.number = Set(1);
    first.created_by = Set(author);
    first.edited_by = Set(author);
    first.created_at = Set(now);
    first.insert(db).await?;
    Ok(id)
}

/// Saves an edit: a new version when the newest was published (published
/// versions stay as they were), otherwise the draft changed in place. The
/// article is a draft again either way.
pub async fn save<C: ConnectionTrait>(
    db: &C,
    found: &Article,
    fields: &ArticleFields,
    text: &VersionText,
    editor: i32,
    now: NaiveDateTime,
) -> Result<(), DbErr> {
    let latest = latest_revision(db, found.id).await?;
    match latest {
        Some(latest) if latest.published_at.is_none() => {
            let mut changed = revision_values(text);
            changed.id = Set(latest.id);
            changed.edited_by = Set(editor);
            changed.update(db).await?;
        }
        latest => {
            let mut next = revision_values(text);
            next.article_id = Set(found.id);
            next.number = Set(latest.map_or(1, |r| r.number + 1));
            next.created_by = Set(editor);
            next.edited_by = Set(editor);
            next.created_at = Set(now);
            next.insert(db).await?;
        }
    }
    let mut model = article::ActiveModel {
        id: Set(found.id),
        status: Set(ArticleStatus::Draft.key().to_string()),
        ..Default::default()
    };
    set_fields(&mut model, fields);
    model.update(db).await?;
    Ok(())
}

/// Moves the article from `from` to `to` if it is still at `from`; whether it moved
/// (another editor may have moved it first).
async fn move_status<C: ConnectionTrait>(
    db: &C,
    id: i32,
    from: ArticleStatus,
    to: ArticleStatus,
    also: Vec<(article::Column, sea_orm::sea_query::SimpleExpr)>,
) -> Result<bool, DbErr> {
    let mut update = article::Entity::update_many()
        .col_expr(article::Column::Status, Expr::value(to.key()))
        .filter(article::Column::Id.eq(id))
        .filter(article::Column::Status.eq(from.key()));
    for (column, value) in also {
        update = update.col_expr(column, value);
    }
    Ok(update.exec(db).await?.rows_affected == 1)
}

pub async fn submit<C: ConnectionTrait>(db: &C, id: i32) -> Result<bool, DbErr> {
    move_status(db, id, ArticleStatus::Draft, ArticleStatus::Submitted, Vec::new()).await
}

/// Publishes the newest version, which the public sees from `publish_at`
/// (or now); whether it was still waiting.
pub async fn publish<C: ConnectionTrait>(
    db: &C,
    found: &Article,
    version: &Revision,
    publish_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<bool, DbErr> {
    let from = publish_at.filter(|at| *at > now).unwrap_or(now);
    let first = found.first_published_at.unwrap_or(from);
    let moved = move_status(
        db,
        found.id,
        ArticleStatus::Submitted,
        ArticleStatus::Published,
        vec![
            (article::Column::LiveRevisionId, Expr::value(version.id)),
            (article::Column::PublishAt, Expr::value(from)),
            (article::Column::FirstPublishedAt, Expr::value(first)),
            (article::Column::UpdatedAt, Expr::value(from)),
            (
                article::Column::UnpublishReason,
                Expr::value(Option::<String>::None),
            ),
        ],
    )
    .await?;
    if moved {
        revision::Entity::update_many()
            .col_expr(revision::Column::PublishedAt, Expr::value(from))
            .filter(revision::Column::Id.eq(version.id))
            .exec(db)
            .await?;
    }
    Ok(moved)
}

/// Withdraws the article from the public, with the reason; whether it was published.
pub async fn unpublish<C: ConnectionTrait>(db: &C, id: i32, reason: &str) -> Result<bool, DbErr> {
    move_status(
        db,
        id,
        ArticleStatus::Published,
        ArticleStatus::Unpublished,
        vec![
            (article::Column::LiveRevisionId, Expr::value(Option::<i32>::None)),
            (article::Column::UnpublishReason, Expr::value(reason)),
        ],
    )
    .await
}

/// Sets (or clears) who must publish the article.
pub async fn assign<C: ConnectionTrait>(db: &C, id: i32, publisher: Option<i32>) -> Result<(), DbErr> {
    article::Entity::update_many()
        .col_expr(article::Column::PublisherId, Expr::value(publisher))
        .filter(article::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every article with its newest version, newest first, for the staff list.
pub async fn all_with_latest<C: ConnectionTrait>(db: &C) -> Result<Vec<(Article, Revision)>, DbErr> {
    let articles = article::Entity::find()
        .order_by_desc(article::Column::Id)
        .all(db)
        .await?;
    let mut revisions = revision::Entity::find()
        .filter(revision::Column::ArticleId.is_in(articles.iter().map(|a| a.id)))
        .order_by_desc(revision::Column::Number)
        .all(db)
        .await?;
    Ok(articles
        .into_iter()
        .filter_map(|a| {
            let at = revisions.iter().position(|r| r.article_id == a.id)?;
            Some((a, revisions.swap_remove(at)))
        })
        .collect())
}

/// `query` narrowed to articles the public sees at `now`: a version
/// published, and its publication time reached.
fn live_at(query: sea_orm::Select<article::Entity>, now: NaiveDateTime) -> sea_orm::Select<article::Entity> {
    query
        .filter(article::Column::LiveRevisionId.is_not_null())
        .filter(article::Column::PublishAt.lte(now))
}

/// The query of articles the public sees at `now`, newest first.
fn live_articles(now: NaiveDateTime) -> sea_orm::Select<article::Entity> {
    live_at(article::Entity::find(), now)
        .order_by_desc(article::Column::FirstPublishedAt)
        .order_by_desc(article::Column::Id)
}

/// `articles` with their live versions, in the same order (one query).
async fn with_live_versions<C: ConnectionTrait>(
    db: &C,
    articles: Vec<Article>,
) -> Result<Vec<(Article, Revision)>, DbErr> {
    let live_ids: Vec<i32> = articles.iter().filter_map(|a| a.live_revision_id).collect();
    let revisions = revision::Entity::find()
        .filter(revision::Column::Id.is_in(live_ids))
        .all(db)
        .await?;
    Ok(articles
        .into_iter()
        .filter_map(|a| {
            let version = revisions
                .iter()
                .find(|r| Some(r.id) == a.live_revision_id)?
                .clone();
            Some((a, version))
        })
        .collect())
}

/// Published articles the public sees at `now`, with their live versions,
/// newest first.
pub async fn live<C: ConnectionTrait>(
    db: &C,
    kind: Option<ArticleKind>,
    now: NaiveDateTime,
) -> Result<Vec<(Article, Revision)>, DbErr> {
    let mut query = live_articles(now);
    if let Some(kind) = kind {
        query = query.filter(article::Column::Kind.eq(kind.key()));
    }
    let articles = query.all(db).await?;
    with_live_versions(db, articles).await
}

/// One live article of `kind`, found by id (or by slug for plain pages).
pub async fn live_one<C: ConnectionTrait>(
    db: &C,
    kind: ArticleKind,
    id: Option<i32>,
    slug: Option<&str>,
    now: NaiveDateTime,
) -> Result<Option<(Article, Revision)>, DbErr> {
    let mut query = article::Entity::find().filter(article::Column::Kind.eq(kind.key()));
    if let Some(id) = id {
        query = query.filter(article::Column::Id.eq(id));
    }
    if let Some(slug) = slug {
        query = query.filter(article::Column::Slug.eq(slug));
    }
    let Some(found) = query.one(db).await?.filter(|a| a.is_live(now)) else {
        return Ok(None);
    };
    let Some(live_id) = found.live_revision_id else {
        return Ok(None);
    };
    let version = revision::Entity::find_by_id(live_id).one(db).await?;
    Ok(version.map(|v| (found, v)))
}

/// An article taken down: whether `id` of `kind` was once published and is
/// now withdrawn (its page says so rather than "not found").
pub async fn withdrawn<C: ConnectionTrait>(db: &C, kind: ArticleKind, id: i32) -> Result<bool, DbErr> {
    let found = find(db, id).await?;
    Ok(found.is_some_and(|a| a.kind() == kind && a.status() == ArticleStatus::Unpublished))
}

/// Published versions up to `live` with a public change note, newest first.
pub async fn change_notes<C: ConnectionTrait>(db: &C, live: &Revision) -> Result<Vec<Revision>, DbErr> {
    Ok(revisions(db, live.article_id)
        .await?
        .into_iter()
        .filter(|r| r.published_at.is_some() && r.number <= live.number)
        .filter(|r| !r.change_note_zh.trim().is_empty() || !r.change_note_en.trim().is_empty())
        .collect())
}

/// One published item, for search, feeds and the home page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedItem {
    pub kind: ArticleKind,
    pub id: i32,
    pub path: String,
    pub title_zh: String,
    /// "" when none.
    pub title_en: String,
    pub easy_read_zh: String,
    pub easy_read_en: String,
    /// Plain text of the body.
    pub text_zh: String,
    pub text_en: String,
    /// Plain text of a policy explainer's parts (what changed, who it is
    /// for, what to do); "" for other kinds.
    pub parts_zh: String,
    pub parts_en: String,
    pub first_published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

fn published_item(article: Article, version: Revision) -> PublishedItem {
    let first = article.first_published_at.unwrap_or(article.created_at);
    let parts = |chinese: bool| {
        PolicyPart::ALL
            .into_iter()
            .map(|part| {
                let (zh, en) = version.part(part);
                plain_text(if chinese { zh } else { en })
            })
            .filter(|text| !text.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    };
    PublishedItem {
        kind: article.kind(),
        id: article.id,
        path: article.path(),
        parts_zh: parts(true),
        parts_en: parts(false),
        text_zh: plain_text(&version.body_zh),
        text_en: plain_text(&version.body_en),
        title_zh: version.title_zh,
        title_en: version.title_en,
        easy_read_zh: version.easy_read_zh,
        easy_read_en: version.easy_read_en,
        first_published_at: first,
        updated_at: article.updated_at.unwrap_or(first),
    }
}

/// The published items `query` finds, in its order (one more query for their versions).
async fn items_of<C: ConnectionTrait>(
    db: &C,
    query: sea_orm::Select<article::Entity>,
) -> Result<Vec<PublishedItem>, DbErr> {
    let articles = query.all(db).await?;
    Ok(with_live_versions(db, articles)
        .await?
        .into_iter()
        .map(|(a, v)| published_item(a, v))
        .collect())
}

/// Everything the public sees now (published, publish time reached),
/// newest first: for the sitemap, search and feeds, which need all of it.
pub async fn published_items<C: ConnectionTrait>(
    db: &C,
    now: NaiveDateTime,
) -> Result<Vec<PublishedItem>, DbErr> {
    items_of(db, live_articles(now)).await
}

/// The `limit` newest news items, notices and policy explainers the public
/// sees now (plain pages are not news), newest first: the front door's
/// "what is new", read with a `LIMIT` rather than loading everything.
pub async fn latest_published<C: ConnectionTrait>(
    db: &C,
    now: NaiveDateTime,
    limit: u64,
) -> Result<Vec<PublishedItem>, DbErr> {
    let query = live_articles(now)
        .filter(article::Column::Kind.ne(ArticleKind::Page.key()))
        .limit(limit);
    items_of(db, query).await
}

/// At most `limit` articles the public sees at `now` that were first
/// published after `since` (both local times), oldest first: what the
/// alerts have not yet announced, read without loading everything.
pub async fn published_since<C: ConnectionTrait>(
    db: &C,
    since: NaiveDateTime,
    now: NaiveDateTime,
    limit: u64,
) -> Result<Vec<PublishedItem>, DbErr> {
    let query = live_at(article::Entity::find(), now)
        .filter(article::Column::FirstPublishedAt.gt(since))
        .order_by_asc(article::Column::FirstPublishedAt)
        .order_by_asc(article::Column::Id)
        .limit(limit);
    items_of(db, query).await
}

/// The banner shown at `now`, if any (the newest one raised).
pub async fn current_banner<C: ConnectionTrait>(db: &C, now: NaiveDateTime) -> Result<Option<Banner>, DbErr> {
    banner::Entity::find()
        .filter(banner::Column::StartsAt.lte(now))
        .filter(banner::Column::EndsAt.gt(now))
        .order_by_desc(banner::Column::Id)
        .one(db)
        .await
}

pub async fn raise_banner<C: ConnectionTrait>(
    db: &C,
    text_zh: &str,
    text_en: &str,
    ends_at: NaiveDateTime,
    by: i32,
    now: NaiveDateTime,
) -> Result<i32, DbErr> {
    let raised = banner::ActiveModel {
        text_zh: Set(text_zh.to_string()),
        text_en: Set(text_en.to_string()),
        starts_at: Set(now),
        ends_at: Set(ends_at),
        raised_by: Set(by),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(raised.id)
}

/// Ends the banner now; whether it was still showing.
pub async fn end_banner<C: ConnectionTrait>(db: &C, id: i32, now: NaiveDateTime) -> Result<bool, DbErr> {
    let ended = banner::Entity::update_many()
        .col_expr(banner::Column::EndsAt, Expr::value(now))
        .filter(banner::Column::Id.eq(id))
        .filter(banner::Column::EndsAt.gt(now))
        .exec(db)
        .await?;
    Ok(ended.rows_affected == 1)
}
