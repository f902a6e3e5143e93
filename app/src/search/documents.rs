//! What the search finds: one [`SearchDocument`] per page worth finding,
//! in both languages, loaded from every source by [`load_all`]. A new
//! source is one more function that pushes its documents there.

use crate::domain::articles::ArticleKind;
use crate::domain::catalogue::{Entitlement, CATALOGUE};
use crate::entitlements::pages::theme_key;
use crate::i18n::{tr, Lang};
use crate::information::store as articles;
use crate::job_fairs::store as fairs;
use crate::places::store as places;
use crate::training::store as training;
use chrono::NaiveDateTime;
use sea_orm::{ConnectionTrait, DbErr};

/// The kinds of result, in the order the results page shows their groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResultKind {
    Entitlement,
    Policy,
    Notice,
    News,
    Page,
    Place,
    JobFair,
    Course,
}

impl ResultKind {
    pub const ALL: [ResultKind; 8] = [
        ResultKind::Entitlement,
        ResultKind::Policy,
        ResultKind::Notice,
        ResultKind::News,
        ResultKind::Page,
        ResultKind::Place,
        ResultKind::JobFair,
        ResultKind::Course,
    ];

    /// The name in addresses (`/search?q=…&kind=news`) and message ids.
    pub fn key(self) -> &'static str {
        match self {
            ResultKind::Entitlement => "entitlement",
            ResultKind::Policy => "policy",
            ResultKind::Notice => "notice",
            ResultKind::News => "news",
            ResultKind::Page => "page",
            ResultKind::Place => "place",
            ResultKind::JobFair => "job-fair",
            ResultKind::Course => "course",
        }
    }

    pub fn parse(key: &str) -> Option<ResultKind> {
        ResultKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// One page the search can find, with its text in both languages (the
/// English may be empty: the page then shows the Chinese).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchDocument {
    pub kind: ResultKind,
    /// The page's address on this site, e.g. `/entitlements/e04`.
    pub path: String,
    pub title_zh: String,
    pub title_en: String,
    pub text_zh: String,
    pub text_en: String,
    /// Found only until then (an event's end), so a search never offers
    /// what is over even before the index is next rebuilt.
    pub until: Option<NaiveDateTime>,
}

/// Every document from every source, as the database has them at `now`
/// (Chongqing local time, as events are stored).
pub async fn load_all<C: ConnectionTrait>(db: &C, now: NaiveDateTime) -> Result<Vec<SearchDocument>, DbErr> {
    let mut documents = entitlement_documents();
    documents.extend(fair_documents(db, now).await?);
    documents.extend(course_documents(db).await?);
    documents.extend(article_documents(db, now).await?);
    documents.extend(place_documents(db).await?);
    Ok(documents)
}

/// Published news, notices, policy explainers (with what changed, who
/// it is for and what to do) and pages.
async fn article_documents<C: ConnectionTrait>(
    db: &C,
    now: NaiveDateTime,
) -> Result<Vec<SearchDocument>, DbErr> {
    Ok(articles::published_items(db, now)
        .await?
        .into_iter()
        .map(|item| SearchDocument {
            kind: match item.kind {
                ArticleKind::News => ResultKind::News,
                ArticleKind::Notice => ResultKind::Notice,
                ArticleKind::Policy => ResultKind::Policy,
                ArticleKind::Page => ResultKind::Page,
            },
            path: item.path,
            title_zh: item.title_zh,
            title_en: item.title_en,
            // A policy explainer's parts come before its body, as on its page.
            text_zh: [item.easy_read_zh, item.parts_zh, item.text_zh].join(" "),
            text_en: [item.easy_read_en, item.parts_en, item.text_en].join(" "),
            until: None,
        })
        .collect())
}

/// The directory's places.
async fn place_documents<C: ConnectionTrait>(db: &C) -> Result<Vec<SearchDocument>, DbErr> {
    Ok(places::places_for_search(db)
        .await?
        .into_iter()
        .map(|place| SearchDocument {
            kind: ResultKind::Place,
            path: place.path,
            title_zh: place.name_zh,
            title_en: place.name_en,
            text_zh: place.text_zh,
            text_en: place.text_en,
            until: None,
        })
        .collect())
}

/// The entitlement catalogue, with the texts of its Fluent messages.
pub fn entitlement_documents() -> Vec<SearchDocument> {
    CATALOGUE.iter().map(entitlement_document).collect()
}

fn entitlement_document(entitlement: &Entitlement) -> SearchDocument {
    let slug = entitlement.id.slug();
    let text = |lang: Lang| {
        let mut parts: Vec<String> = ["what", "who", "easy"]
            .iter()
            .map(|part| tr(lang, &format!("ent-{slug}-{part}")))
            .collect();
        parts.push(tr(lang, theme_key(entitlement.theme)));
        parts.join(" ")
    };
    SearchDocument {
        kind: ResultKind::Entitlement,
        path: format!("/entitlements/{slug}"),
        title_zh: tr(Lang::ZhCn, &format!("ent-{slug}-name")),
        title_en: tr(Lang::En, &format!("ent-{slug}-name")),
        text_zh: text(Lang::ZhCn),
        text_en: text(Lang::En),
        until: None,
    }
}

/// Job fairs not yet over (cancelled ones too, as their list shows them).
async fn fair_documents<C: ConnectionTrait>(
    db: &C,
    now: NaiveDateTime,
) -> Result<Vec<SearchDocument>, DbErr> {
    let upcoming = fairs::upcoming(db, now, &fairs::FairFilter::default()).await?;
    Ok(upcoming
        .into_iter()
        .map(|fair| SearchDocument {
            kind: ResultKind::JobFair,
            path: format!("/jobs/fairs/{}", fair.id),
            title_zh: fair.title_zh,
            title_en: fair.title_en,
            text_zh: [fair.summary_zh, fair.venue_zh, fair.address_zh].join(" "),
            text_en: [fair.summary_en, fair.venue_en, fair.address_en].join(" "),
            until: Some(fair.ends_at),
        })
        .collect())
}

/// Every training course (the list shows them all, with their sessions).
async fn course_documents<C: ConnectionTrait>(db: &C) -> Result<Vec<SearchDocument>, DbErr> {
    Ok(training::courses(db)
        .await?
        .into_iter()
        .map(|course| SearchDocument {
            kind: ResultKind::Course,
            path: format!("/training/{}", course.id),
            title_zh: course.title_zh,
            title_en: course.title_en,
            text_zh: [course.description_zh, course.suits_zh].join(" "),
            text_en: [course.description_en, course.suits_en].join(" "),
            until: None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entitlement_is_a_document_in_both_languages() {
        let documents = entitlement_documents();
        assert_eq!(documents.len(), CATALOGUE.len());
        let nursing = documents
            .iter()
            .find(|d| d.path == "/entitlements/e04")
            .map(|d| (d.title_zh.as_str(), d.title_en.as_str()));
        assert_eq!(
            nursing,
            Some((
                "重度残疾人护理补贴",
                "Nursing subsidy for people with severe disabilities"
            ))
        );
    }

    #[test]
    fn kinds_read_back_from_their_keys() {
        for kind in ResultKind::ALL {
            assert_eq!(ResultKind::parse(kind.key()), Some(kind));
        }
        assert_eq!(ResultKind::parse("title:x"), None);
    }
}
