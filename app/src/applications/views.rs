//! What the application pages show, as their handlers load it.

use crate::accounts::people::PersonRow;
use crate::check::facts_from;
use crate::check::questions::{applies, Kind, Question, QUESTIONS};
use crate::components::OptionGroups;
use crate::domain::answers::api_name;
use crate::domain::applications::{ApplicationStatus, Section};
use crate::domain::catalogue::{entitlement, EntitlementId};
use crate::domain::decisions::{AppealTerms, Grant};
use crate::i18n::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The person an application is for, as given in the application.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonDetails {
    pub full_name: String,
    pub certificate_number: String,
    pub phone: String,
    /// The community (社区) or village (村): it decides who reviews the application.
    pub area_code: String,
    pub address: String,
    /// How the person who applies is related to them; empty when applying for yourself.
    #[serde(default)]
    pub relationship: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationRow {
    pub id: i32,
    pub reference: Option<String>,
    pub entitlement: String,
    pub status: ApplicationStatus,
    pub for_name: String,
    pub updated: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub status: ApplicationStatus,
    pub by_applicant: bool,
    pub message: Option<String>,
    pub date: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentRow {
    pub id: i32,
    pub name: String,
    pub size_bytes: i64,
}

/// One application and what its pages show, loaded by the handlers.
#[derive(Clone, Debug)]
pub struct ApplicationView {
    pub id: i32,
    pub reference: Option<String>,
    pub entitlement: String,
    pub status: ApplicationStatus,
    pub person: PersonDetails,
    /// The name of who applies, when that is someone else than the person it is for.
    pub helper: Option<String>,
    pub answers: Map<String, Value>,
    /// The draft began with answers carried over from the checker.
    pub answers_from_checker: bool,
    pub done: Vec<Section>,
    pub documents: Vec<DocumentRow>,
    pub history: Vec<HistoryRow>,
    /// Communities grouped by street or town (the person page only).
    pub areas: OptionGroups,
    /// The district's decision, once approved or refused.
    pub decision: Option<DecisionView>,
}

/// What the district decided.
#[derive(Clone, Debug, PartialEq)]
pub enum DecisionOutcome {
    Approved {
        grant: Grant,
        start: NaiveDate,
    },
    /// The key of the reason, and the reviewer's explanation.
    Refused {
        reason: String,
        details: String,
    },
}

/// A decision as its letter states it: what, who, when, and how to challenge it.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionView {
    pub outcome: DecisionOutcome,
    pub decided_on: NaiveDate,
    pub decided_by: String,
    /// The terms in force on the day of the decision.
    pub appeal: Option<AppealTerms>,
}

/// What `/apply/{entitlement}` needs: the entitlement, who is signed in
/// and the people they help.
#[derive(Clone, Debug)]
pub struct ApplyStart {
    pub entitlement: EntitlementId,
    pub signed_in_as: Option<String>,
    pub people: Vec<PersonRow>,
}

pub fn entitlement_name(slug: &str) -> String {
    t(&format!("ent-{slug}-name"))
}

pub fn status_text(status: ApplicationStatus) -> String {
    t(&format!("application-status-{}", status.key().replace('_', "-")))
}

/// The questions about the person's circumstances that this entitlement's
/// rules read (the certificate number is asked in "About the person").
pub fn questions_for(slug: &str, answers: &Map<String, Value>, today: NaiveDate) -> Vec<&'static Question> {
    let Some(entitlement) = EntitlementId::parse(slug).and_then(entitlement) else {
        return Vec::new();
    };
    let needed: Vec<String> = entitlement
        .conditions
        .iter()
        .flat_map(|c| c.facts().iter())
        .map(api_name)
        .collect();
    let facts = facts_from(answers);
    QUESTIONS
        .iter()
        .filter(|q| q.kind != Kind::CertificateNumber)
        .filter(|q| q.fields.iter().any(|f| needed.iter().any(|n| n == f)))
        .filter(|q| applies(q, &facts, today))
        .collect()
}

pub fn section_title(section: Section) -> String {
    t(&format!("application-section-{}", section.key()))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::applications::ApplicationStatus;
    use crate::domain::applications::Relationship;
    use crate::i18n::{tr_with, Lang};
    use crate::mail::MailKind;

    /// Message ids the pages build from a status, section, relationship or mail kind.
    #[test]
    fn every_generated_message_id_exists_in_both_languages() {
        let mut ids = Vec::new();
        for status in ApplicationStatus::ALL {
            let key = status.key().replace('_', "-");
            ids.push(format!("application-status-{key}"));
            ids.push(format!("application-next-{key}"));
        }
        ids.extend(Section::ALL.map(|s| format!("application-section-{}", s.key())));
        ids.extend(Relationship::ALL.map(|r| format!("people-relationship-{}", r.key())));
        ids.extend(Lang::ALL.map(|l| format!("account-language-{}", l.tag())));
        for kind in MailKind::ALL {
            ids.push(format!("mail-{}-subject", kind.key()));
            ids.push(format!("mail-{}-body", kind.key()));
        }
        let args: Vec<(&str, String)> = [
            "name",
            "link",
            "minutes",
            "reference",
            "entitlement",
            "message",
            "level",
            "amount",
            "unit",
            "provision",
            "start",
            "reason",
            "details",
            "days",
            "attendee",
            "fair",
            "course",
            "when",
            "where",
            "expires",
            "hours",
            "title",
            "format",
        ]
        .into_iter()
        .map(|k| (k, "x".to_string()))
        .collect();
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &args), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }

    #[test]
    fn only_online_entitlements_take_applications_here() {
        let online: Vec<String> = crate::domain::catalogue::CATALOGUE
            .iter()
            .filter(|e| e.can_apply_online())
            .map(|e| e.id.slug())
            .collect();
        assert!(online.contains(&"e04".to_string()));
        assert!(
            !online.contains(&"e01".to_string()),
            "dibao goes to the street office"
        );
    }

    #[test]
    fn an_application_asks_only_about_its_own_rules() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
        let mut answers = Map::new();
        let slugs = |answers: &Map<String, Value>| -> Vec<&str> {
            questions_for("e04", answers, today)
                .iter()
                .map(|q| q.slug)
                .collect()
        };
        assert!(slugs(&answers).contains(&"registered"));
        answers.insert("has_certificate".into(), Value::Bool(true));
        assert!(slugs(&answers).contains(&"level"), "{:?}", slugs(&answers));
        answers.insert(
            "certificate_number".into(),
            Value::String("11010519800301001X12".into()),
        );
        assert!(
            !slugs(&answers).contains(&"level"),
            "the certificate number gives the level"
        );
        assert!(!slugs(&answers).contains(&"education"));
        assert!(
            !slugs(&answers).contains(&"certificate-number"),
            "asked in About the person"
        );
        assert!(questions_for("nonsense", &Map::new(), today).is_empty());
    }
}
