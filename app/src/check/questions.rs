//! The questionnaire's questions, in order, and which ones apply given the
//! answers so far: no education questions for a 70-year-old, no birth date
//! when a certificate number already gives it.

use crate::domain::disability::Category;
use crate::domain::facts::{Facts, Household};
use chrono::NaiveDate;

/// How a question is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Optional certificate number.
    CertificateNumber,
    /// Yes, no or not sure, for one true/false fact.
    YesNo,
    /// One of several values, or not sure.
    Choice(&'static [&'static str]),
    /// Day, month and year, or left blank.
    BirthDate,
    /// A number, or left blank.
    Number,
    /// Tick any that apply; each field is a true/false fact.
    Flags,
    /// Tick any needs that apply.
    Needs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// In the URL: `/check/q/{slug}`.
    pub slug: &'static str,
    /// The API fields this question answers.
    pub fields: &'static [&'static str],
    pub kind: Kind,
}

pub const QUESTIONS: [Question; 18] = [
    Question {
        slug: "certificate-number",
        fields: &["certificate_number"],
        kind: Kind::CertificateNumber,
    },
    Question {
        slug: "registered",
        fields: &["registered_in_district"],
        kind: Kind::YesNo,
    },
    Question {
        slug: "birth-date",
        fields: &["birth_date"],
        kind: Kind::BirthDate,
    },
    Question {
        slug: "certificate",
        fields: &["has_certificate"],
        kind: Kind::YesNo,
    },
    Question {
        slug: "category",
        fields: &["category"],
        kind: Kind::Choice(&[
            "visual",
            "hearing",
            "speech",
            "physical",
            "intellectual",
            "mental",
            "multiple",
        ]),
    },
    Question {
        slug: "level",
        fields: &["level"],
        kind: Kind::Choice(&["1", "2", "3", "4"]),
    },
    Question {
        slug: "child",
        fields: &["autism", "cerebral_palsy"],
        kind: Kind::Flags,
    },
    Question {
        slug: "household",
        fields: &["household"],
        kind: Kind::Choice(&["dibao", "low_income", "extreme_poverty", "none"]),
    },
    Question {
        slug: "income",
        fields: &["household_income_per_person"],
        kind: Kind::Number,
    },
    Question {
        slug: "area",
        fields: &["area"],
        kind: Kind::Choice(&["urban", "rural"]),
    },
    Question {
        slug: "work",
        fields: &["lost_work_ability"],
        kind: Kind::YesNo,
    },
    Question {
        slug: "mental-health",
        fields: &["severe_mental_disorder"],
        kind: Kind::YesNo,
    },
    Question {
        slug: "housing",
        fields: &["housing"],
        kind: Kind::Choice(&["dangerous_house", "urban_housing_difficulty", "none"]),
    },
    Question {
        slug: "employment",
        fields: &["employment"],
        kind: Kind::Choice(&[
            "unemployed",
            "employed",
            "self_employed_licensed",
            "student",
            "retired",
        ]),
    },
    Question {
        slug: "education",
        fields: &["education"],
        kind: Kind::Choice(&[
            "preschool",
            "compulsory",
            "secondary_vocational",
            "higher_vocational",
            "university",
            "none",
        ]),
    },
    Question {
        slug: "training",
        fields: &["self_paid_training_years"],
        kind: Kind::Number,
    },
    Question {
        slug: "vehicle",
        fields: &["c5_licence", "motorised_wheelchair"],
        kind: Kind::Flags,
    },
    Question {
        slug: "needs",
        fields: &["needs"],
        kind: Kind::Needs,
    },
];

pub fn question(slug: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.slug == slug)
}

/// Whether the question is worth asking, given what is known. An unknown
/// age asks everything age-dependent rather than skipping it.
pub fn applies(question: &Question, facts: &Facts, today: NaiveDate) -> bool {
    let age = facts.age_on(today);
    let age_at_most = |max: u32| age.is_none_or(|a| a <= max);
    let age_at_least = |min: u32| age.is_none_or(|a| a >= min);
    let from_certificate = facts.certificate_number.is_some();
    match question.slug {
        "birth-date" | "certificate" => !from_certificate,
        "category" => !from_certificate && (facts.has_certificate != Some(false) || age_at_most(14)),
        "level" => !from_certificate && facts.has_certificate == Some(true),
        "child" => age_at_most(14),
        "income" => facts.household != Some(Household::Dibao),
        "work" => age_at_least(18),
        "employment" => age_at_least(16) && age_at_most(60),
        "education" => age_at_most(30),
        "training" => {
            age.is_none_or(|a| (7..=14).contains(&a))
                && (facts.category.is_none_or(|c| c == Category::Intellectual)
                    || facts.autism == Some(true)
                    || facts.cerebral_palsy == Some(true))
        }
        "vehicle" => age_at_least(16),
        _ => true,
    }
}

/// The first question that applies after `slug` (or the first of all).
pub fn next_after(slug: Option<&str>, facts: &Facts, today: NaiveDate) -> Option<&'static Question> {
    let start = slug
        .and_then(|s| QUESTIONS.iter().position(|q| q.slug == s))
        .map_or(0, |i| i + 1);
    QUESTIONS[start..].iter().find(|q| applies(q, facts, today))
}

/// The question that applies before `slug`, for the Back link.
pub fn previous_before(slug: &str, facts: &Facts, today: NaiveDate) -> Option<&'static Question> {
    let end = QUESTIONS.iter().position(|q| q.slug == slug)?;
    QUESTIONS[..end].iter().rev().find(|q| applies(q, facts, today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::disability::Level;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
    }

    fn born(year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, 1, 1)
    }

    fn asked(facts: &Facts) -> Vec<&'static str> {
        QUESTIONS
            .iter()
            .filter(|q| applies(q, facts, today()))
            .map(|q| q.slug)
            .collect()
    }

    #[test]
    fn a_70_year_old_is_not_asked_about_school_children_or_jobs() {
        let facts = Facts {
            birth_date: born(1956),
            has_certificate: Some(true),
            ..Facts::default()
        };
        let questions = asked(&facts);
        for skipped in ["education", "training", "child", "employment"] {
            assert!(!questions.contains(&skipped), "{skipped} asked of a 70-year-old");
        }
        assert!(questions.contains(&"level"));
    }

    #[test]
    fn a_certificate_number_skips_what_it_already_says() {
        let number = crate::domain::resident_id::CertificateNumber::parse(&format!(
            "{}42",
            crate::domain::resident_id::tests::id_born("20150601", "123")
        ))
        .ok();
        let facts = Facts {
            certificate_number: number,
            ..Facts::default()
        }
        .with_certificate_details();
        let questions = asked(&facts);
        for skipped in ["birth-date", "certificate", "category", "level"] {
            assert!(!questions.contains(&skipped), "{skipped}");
        }
        assert!(questions.contains(&"child"), "an 11-year-old");
    }

    #[test]
    fn nothing_known_asks_everything_except_level() {
        assert_eq!(asked(&Facts::default()).len(), QUESTIONS.len() - 1);
    }

    #[test]
    fn next_and_previous_skip_questions_that_do_not_apply() {
        let facts = Facts {
            birth_date: born(1950),
            household: Some(Household::Dibao),
            has_certificate: Some(true),
            level: Level::new(2),
            ..Facts::default()
        };
        assert_eq!(
            next_after(Some("household"), &facts, today()).map(|q| q.slug),
            Some("area")
        );
        assert_eq!(
            previous_before("area", &facts, today()).map(|q| q.slug),
            Some("household")
        );
        assert_eq!(next_after(Some("needs"), &facts, today()), None);
        assert_eq!(
            next_after(None, &facts, today()).map(|q| q.slug),
            Some("certificate-number")
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn every_question_answers_fields_the_api_knows() {
        for question in QUESTIONS {
            for field in question.fields {
                assert!(crate::domain::answers::FIELDS.contains(field), "{field}");
            }
        }
    }
}
