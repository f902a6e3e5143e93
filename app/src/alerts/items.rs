//! What alerts and feeds announce: new job fairs, courses and published
//! news, notices and policy explainers, each as an [`AlertItem`] with its
//! topic, area, titles, summaries and address.

use crate::domain::alerts::{area_matches, Topic};
use crate::domain::articles::ArticleKind;
use crate::domain::local_time::chongqing_to_utc;
use crate::information::store::{published_items, published_since, PublishedItem};
use crate::job_fairs::store::fair;
use crate::training::store::course;
use chrono::NaiveDateTime;
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::{Alias, Expr};
use sea_orm::{Condition, ConnectionTrait, DatabaseBackend, QueryOrder, QuerySelect};

/// One thing people may hear about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertItem {
    pub topic: Topic,
    /// The area it is run in; `None` for the whole district.
    pub area: Option<String>,
    pub title_zh: String,
    pub title_en: String,
    pub summary_zh: String,
    pub summary_en: String,
    /// Its page on the portal, from the root (`/jobs/fairs/3`).
    pub path: String,
    /// When it was published, in UTC.
    pub published_at: NaiveDateTime,
}

impl AlertItem {
    /// Whether someone following `topics` in `area` hears about it.
    pub fn concerns(&self, topics: &[Topic], area: Option<&str>) -> bool {
        topics.contains(&self.topic) && area_matches(area, self.area.as_deref())
    }
}

/// How many of the newest fairs and courses a feed looks at (before its
/// area filter): far more than a feed shows.
const RECENT: u64 = 500;

/// How many new items of each source (fairs, courses, articles) one round
/// of alerts reads at most: far more than are ever added between two
/// rounds. A round that meets it announces what it read and leaves the
/// rest to the next (`NewItems::through`).
const BOUND: u64 = 500;

/// What a round of alerts may announce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewItems {
    /// Items published after the time asked for and by `through`, oldest first.
    pub items: Vec<AlertItem>,
    /// How far `items` is complete (UTC): the end asked for, or earlier
    /// when a source had more new items than one round reads.
    pub through: NaiveDateTime,
}

/// Rows whose `created_at` (an instant) is after `since` and at or before
/// `now` (both UTC). On SQLite the column is text in two forms, the
/// database's own default (`2026-12-01 02:00:00`) and RFC 3339 from the
/// application (`2026-12-01T02:00:00+00:00`), which do not compare as text:
/// `julianday` reads both as the same instant.
fn created_between(backend: DatabaseBackend, since: NaiveDateTime, now: NaiveDateTime) -> Condition {
    match backend {
        DatabaseBackend::Sqlite => {
            let text = |at: NaiveDateTime| at.format("%Y-%m-%d %H:%M:%S%.f").to_string();
            Condition::all()
                .add(Expr::cust_with_values(
                    "julianday(created_at) > julianday(?)",
                    [text(since)],
                ))
                .add(Expr::cust_with_values(
                    "julianday(created_at) <= julianday(?)",
                    [text(now)],
                ))
        }
        _ => Condition::all()
            .add(Expr::col(Alias::new("created_at")).gt(since.and_utc()))
            .add(Expr::col(Alias::new("created_at")).lte(now.and_utc())),
    }
}

/// The items of one source read for a round, and when the last of them was
/// published if the source met the bound (it may hold more).
struct Batch {
    items: Vec<AlertItem>,
    bounded_at: Option<NaiveDateTime>,
}

impl Batch {
    fn of(read: usize, items: Vec<AlertItem>, last: Option<NaiveDateTime>) -> Batch {
        let full = u64::try_from(read).map_or(true, |read| read >= BOUND);
        Batch {
            items,
            bounded_at: last.filter(|_| full),
        }
    }
}

fn fair_item(fair: fair::Model) -> AlertItem {
    AlertItem {
        topic: Topic::JobFairs,
        area: Some(fair.area_code),
        title_zh: fair.title_zh,
        title_en: fair.title_en,
        summary_zh: fair.summary_zh,
        summary_en: fair.summary_en,
        path: format!("/jobs/fairs/{}", fair.id),
        published_at: fair.created_at.naive_utc(),
    }
}

fn course_item(course: course::Model) -> AlertItem {
    AlertItem {
        topic: Topic::Training,
        area: Some(course.area_code),
        title_zh: course.title_zh,
        title_en: course.title_en,
        summary_zh: course.description_zh,
        summary_en: course.description_en,
        path: format!("/training/{}", course.id),
        published_at: course.created_at.naive_utc(),
    }
}

/// An article as an item; plain pages (`/about/…`) are not announced.
fn article_item(article: PublishedItem) -> Option<AlertItem> {
    let topic = match article.kind {
        ArticleKind::News => Topic::News,
        ArticleKind::Notice => Topic::Notices,
        ArticleKind::Policy => Topic::Policy,
        ArticleKind::Page => return None,
    };
    Some(AlertItem {
        topic,
        area: None,
        title_zh: article.title_zh,
        title_en: article.title_en,
        summary_zh: article.easy_read_zh,
        summary_en: article.easy_read_en,
        path: article.path,
        // Articles keep Chongqing wall-clock time; items compare in UTC.
        published_at: chongqing_to_utc(article.first_published_at).naive_utc(),
    })
}

/// Articles the public sees at `now` (UTC).
async fn published_articles<C: ConnectionTrait>(db: &C, now: NaiveDateTime) -> Result<Vec<AlertItem>, DbErr> {
    let local_now = crate::domain::local_time::utc_to_chongqing(now.and_utc());
    Ok(published_items(db, local_now)
        .await?
        .into_iter()
        .filter_map(article_item)
        .collect())
}

/// The newest fairs (not cancelled), newest first. Ids grow with creation,
/// and ordering by id avoids comparing timestamps as SQLite's text.
async fn recent_fairs<C: ConnectionTrait>(db: &C, limit: u64) -> Result<Vec<AlertItem>, DbErr> {
    Ok(fair::Entity::find()
        .filter(fair::Column::CancelledAt.is_null())
        .order_by_desc(fair::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(fair_item)
        .collect())
}

async fn recent_courses<C: ConnectionTrait>(db: &C, limit: u64) -> Result<Vec<AlertItem>, DbErr> {
    Ok(course::Entity::find()
        .order_by_desc(course::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(course_item)
        .collect())
}

/// Fairs (not cancelled) created after `since` and by `now` (UTC), at most
/// `BOUND`, oldest first (ids grow with creation).
async fn new_fairs<C: ConnectionTrait>(
    db: &C,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Batch, DbErr> {
    let rows = fair::Entity::find()
        .filter(fair::Column::CancelledAt.is_null())
        .filter(created_between(db.get_database_backend(), since, now))
        .order_by_asc(fair::Column::Id)
        .limit(BOUND)
        .all(db)
        .await?;
    let items: Vec<AlertItem> = rows.into_iter().map(fair_item).collect();
    let last = items.iter().map(|i| i.published_at).max();
    Ok(Batch::of(items.len(), items, last))
}

async fn new_courses<C: ConnectionTrait>(
    db: &C,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Batch, DbErr> {
    let rows = course::Entity::find()
        .filter(created_between(db.get_database_backend(), since, now))
        .order_by_asc(course::Column::Id)
        .limit(BOUND)
        .all(db)
        .await?;
    let items: Vec<AlertItem> = rows.into_iter().map(course_item).collect();
    let last = items.iter().map(|i| i.published_at).max();
    Ok(Batch::of(items.len(), items, last))
}

/// Articles first published after `since` and seen by the public at `now` (UTC).
async fn new_articles<C: ConnectionTrait>(
    db: &C,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Batch, DbErr> {
    let local = |at: NaiveDateTime| crate::domain::local_time::utc_to_chongqing(at.and_utc());
    let read = published_since(db, local(since), local(now), BOUND).await?;
    let (count, last) = (
        read.len(),
        read.iter()
            .map(|a| chongqing_to_utc(a.first_published_at).naive_utc())
            .max(),
    );
    let items = read.into_iter().filter_map(article_item).collect();
    Ok(Batch::of(count, items, last))
}

/// Items published after `since` and at or before `now` (both UTC), oldest
/// first, reading only what was created in that time.
pub async fn items_since<C: ConnectionTrait>(
    db: &C,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<NewItems, DbErr> {
    let batches = [
        new_fairs(db, since, now).await?,
        new_courses(db, since, now).await?,
        new_articles(db, since, now).await?,
    ];
    let through = batches
        .iter()
        .filter_map(|b| b.bounded_at)
        .fold(now, NaiveDateTime::min);
    let mut items: Vec<AlertItem> = batches
        .into_iter()
        .flat_map(|b| b.items)
        .filter(|item| item.published_at > since && item.published_at <= through)
        .collect();
    items.sort_by(|a, b| (a.published_at, &a.path).cmp(&(b.published_at, &b.path)));
    Ok(NewItems { items, through })
}

/// The `limit` newest items of `topic` (in `area`, if given) published by
/// `now` (UTC), newest first.
pub async fn latest<C: ConnectionTrait>(
    db: &C,
    topic: Topic,
    area: Option<&str>,
    limit: usize,
    now: NaiveDateTime,
) -> Result<Vec<AlertItem>, DbErr> {
    let wanted = u64::try_from(limit).unwrap_or(RECENT);
    let mut items = match topic {
        Topic::JobFairs => recent_fairs(db, RECENT.max(wanted)).await?,
        Topic::Training => recent_courses(db, RECENT.max(wanted)).await?,
        Topic::News | Topic::Notices | Topic::Policy => published_articles(db, now)
            .await?
            .into_iter()
            .filter(|item| item.topic == topic)
            .collect(),
    };
    items.retain(|item| area_matches(area, item.area.as_deref()));
    items.sort_by(|a, b| (b.published_at, &b.path).cmp(&(a.published_at, &a.path)));
    items.truncate(limit);
    Ok(items)
}
