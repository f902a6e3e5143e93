//! What alerts and feeds announce: new job fairs, courses and published
//! news, notices and policy explainers, each as an [`AlertItem`] with its
//! topic, area, titles, summaries and address.

use crate::domain::alerts::{area_matches, Topic};
use crate::domain::articles::ArticleKind;
use crate::domain::local_time::chongqing_to_utc;
use crate::information::store::{published_items, PublishedItem};
use crate::job_fairs::store::fair;
use crate::training::store::course;
use chrono::NaiveDateTime;
use sea_orm::entity::prelude::*;
use sea_orm::{ConnectionTrait, QueryOrder, QuerySelect};

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

/// How many of the newest fairs and courses are looked at: far more than
/// are ever added between two rounds of the alerts worker.
const RECENT: u64 = 500;

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

/// Items published after `since` and at or before `now` (both UTC), oldest first.
pub async fn items_since<C: ConnectionTrait>(
    db: &C,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Vec<AlertItem>, DbErr> {
    let mut items = recent_fairs(db, RECENT).await?;
    items.extend(recent_courses(db, RECENT).await?);
    items.extend(published_articles(db, now).await?);
    items.retain(|item| item.published_at > since && item.published_at <= now);
    items.sort_by(|a, b| (a.published_at, &a.path).cmp(&(b.published_at, &b.path)));
    Ok(items)
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
