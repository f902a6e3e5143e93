//! The questionnaire's questions, in order, and which ones apply given the
//! answers so far: no education questions for a 70-year-old, no birth date
//! when a certificate number already gives it.

use crate::domain::disability::Category;
use crate::domain::facts::{Education, Employment, Facts, Household, Kindergarten, Sex};
use crate::domain::retirement::{retirement_range, Group};
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
    /// Tick any that apply, "none of these", or "not sure" about the ones
    /// not ticked: each field is a true/false fact, and "not sure" is not "no".
    Flags,
    /// Tick any values that apply to one list field, "none of these", or
    /// "not sure"; `not_sure_field` lists the values left open, where the API has one.
    List {
        options: &'static [&'static str],
        not_sure_field: Option<&'static str>,
    },
}

/// The extra answers of a tick-box question, after its options.
pub const NONE_OF_THESE: &str = "none";
pub const NOT_SURE: &str = "not_sure";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// In the URL: `/check/q/{slug}`.
    pub slug: &'static str,
    /// The API fields this question answers.
    pub fields: &'static [&'static str],
    pub kind: Kind,
}

const fn q(slug: &'static str, fields: &'static [&'static str], kind: Kind) -> Question {
    Question { slug, fields, kind }
}

pub const QUESTIONS: [Question; 26] = [
    q(
        "certificate-number",
        &["certificate_number"],
        Kind::CertificateNumber,
    ),
    q("registered", &["registered_in_district"], Kind::YesNo),
    q("lives-here", &["lives_in_district"], Kind::YesNo),
    q("birth-date", &["birth_date"], Kind::BirthDate),
    q("certificate", &["has_certificate"], Kind::YesNo),
    q(
        "category",
        &["category"],
        Kind::Choice(&[
            "visual",
            "hearing",
            "speech",
            "physical",
            "intellectual",
            "mental",
            "multiple",
        ]),
    ),
    q(
        "kinds",
        &["multiple_categories"],
        Kind::List {
            options: &[
                "visual",
                "hearing",
                "speech",
                "physical",
                "intellectual",
                "mental",
            ],
            not_sure_field: None,
        },
    ),
    q("level", &["level"], Kind::Choice(&["1", "2", "3", "4"])),
    q("child", &["autism", "cerebral_palsy"], Kind::Flags),
    q(
        "household",
        &["household"],
        Kind::Choice(&["dibao", "low_income", "extreme_poverty", "none"]),
    ),
    q("income", &["household_income_per_person"], Kind::Number),
    q("area", &["area"], Kind::Choice(&["urban", "rural"])),
    q("work", &["lost_work_ability"], Kind::YesNo),
    q(
        "mental-health",
        &["mental_disorder_treatment", "severe_mental_disorder"],
        Kind::Flags,
    ),
    q(
        "housing",
        &["housing"],
        Kind::Choice(&["dangerous_house", "urban_housing_difficulty", "none"]),
    ),
    q("sex", &["sex"], Kind::Choice(&["male", "female"])),
    q(
        "post",
        &["post_kind"],
        Kind::Choice(&["worker", "managerial_or_technical"]),
    ),
    q(
        "employment",
        &["employment"],
        Kind::Choice(&[
            "unemployed",
            "employed",
            "self_employed_licensed",
            "student",
            "retired",
        ]),
    ),
    q("work-wish", &["wants_work"], Kind::YesNo),
    q("business", &["small_business"], Kind::YesNo),
    q(
        "kindergarten",
        &["kindergarten"],
        Kind::Choice(&["inclusive", "special", "ordinary", "none"]),
    ),
    q("family", &["disabled_parent"], Kind::YesNo),
    q(
        "education",
        &["education"],
        Kind::Choice(&[
            "compulsory",
            "secondary_vocational",
            "higher_vocational",
            "university",
            "none",
        ]),
    ),
    q("training", &["self_paid_training_years"], Kind::Number),
    q(
        "vehicle",
        &["c5_licence", "motorised_wheelchair", "own_vehicle"],
        Kind::Flags,
    ),
    q(
        "needs",
        &["needs"],
        Kind::List {
            options: &[
                "assistive_device",
                "home_adaptation",
                "prosthesis",
                "cochlear_implant",
                "rehab_training",
            ],
            not_sure_field: Some("needs_not_sure"),
        },
    ),
];

pub fn question(slug: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.slug == slug)
}

/// First working age (《劳动法》第十五条): below it no work question applies.
const FIRST_WORKING_AGE: u32 = 16;

/// Whether the retirement ages of `groups` straddle `today` for this person,
/// so that knowing which group they are in can change an answer.
fn retirement_undecided(facts: &Facts, groups: &[Group], today: NaiveDate) -> bool {
    let (Some(birth), Some(age)) = (facts.birth_date, facts.age_on(today)) else {
        return false;
    };
    age >= FIRST_WORKING_AGE
        && retirement_range(birth, groups, today)
            .is_some_and(|(earliest, latest)| earliest <= today && today < latest)
}

/// Whether the person may be of working age (unknown counts as maybe).
fn maybe_working_age(facts: &Facts, today: NaiveDate) -> bool {
    let (Some(birth), Some(age)) = (facts.birth_date, facts.age_on(today)) else {
        return facts.birth_date.is_none();
    };
    let groups = Group::possible(facts.sex, facts.post_kind);
    age >= FIRST_WORKING_AGE
        && retirement_range(birth, groups, today).is_some_and(|(_, latest)| today < latest)
}

/// Whether the question is worth asking, given what is known: only when its
/// answer can change a result. An unknown age asks everything age-dependent
/// rather than skipping it.
pub fn applies(question: &Question, facts: &Facts, today: NaiveDate) -> bool {
    let age = facts.age_on(today);
    let age_at_most = |max: u32| age.is_none_or(|a| a <= max);
    let age_at_least = |min: u32| age.is_none_or(|a| a >= min);
    let from_certificate = facts.certificate_number.is_some();
    let not_retired = facts.employment != Some(Employment::Retired);
    match question.slug {
        "lives-here" => facts.registered_in_district != Some(true),
        "birth-date" | "certificate" => !from_certificate,
        "category" => !from_certificate && (facts.has_certificate != Some(false) || age_at_most(14)),
        "kinds" => facts.category == Some(Category::Multiple),
        "level" => !from_certificate && facts.has_certificate == Some(true),
        "child" => age_at_most(14),
        "income" => facts.household != Some(Household::Dibao),
        "work" => age_at_least(18),
        "sex" => facts.sex.is_none() && retirement_undecided(facts, &Group::ALL, today),
        "post" => {
            facts.sex == Some(Sex::Female)
                && retirement_undecided(facts, Group::possible(facts.sex, None), today)
        }
        "employment" => age_at_least(FIRST_WORKING_AGE),
        "work-wish" => maybe_working_age(facts, today) && not_retired,
        "business" => {
            maybe_working_age(facts, today)
                && not_retired
                && facts.employment != Some(Employment::SelfEmployedLicensed)
        }
        "kindergarten" => age.is_none_or(|a| (3..=6).contains(&a)),
        "family" => {
            let studying =
                facts.education.is_some_and(|e| e != Education::None) && facts.has_certificate != Some(true);
            (facts.kindergarten == Some(Kindergarten::Ordinary) || studying)
                && facts.household.is_none_or(Household::is_poor)
        }
        "education" => age_at_least(6),
        "training" => {
            age.is_none_or(|a| (7..=14).contains(&a))
                && (facts
                    .category
                    .is_none_or(|c| matches!(c, Category::Intellectual | Category::Multiple))
                    || facts.autism == Some(true)
                    || facts.cerebral_palsy == Some(true))
        }
        "vehicle" => age_at_least(FIRST_WORKING_AGE),
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
        for skipped in [
            "kindergarten",
            "training",
            "child",
            "work-wish",
            "business",
            "sex",
            "post",
        ] {
            assert!(!questions.contains(&skipped), "{skipped} asked of a 70-year-old");
        }
        assert!(questions.contains(&"level"));
        assert!(
            questions.contains(&"education"),
            "vocational and university study have no age limit"
        );
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
    fn nothing_known_asks_everything_except_what_follows_from_an_answer() {
        let skipped: Vec<&str> = QUESTIONS
            .iter()
            .map(|q| q.slug)
            .filter(|slug| !asked(&Facts::default()).contains(slug))
            .collect();
        assert_eq!(skipped, ["kinds", "level", "sex", "post", "family"]);
    }

    #[test]
    fn sex_and_post_are_asked_only_where_retirement_age_decides() {
        let born = |year, month| NaiveDate::from_ymd_opt(year, month, 1);
        let at = |birth, sex| Facts {
            birth_date: birth,
            sex,
            ..Facts::default()
        };
        assert!(
            !asked(&at(born(1990, 1), None)).contains(&"sex"),
            "36: working age either way"
        );
        assert!(asked(&at(born(1975, 3), None)).contains(&"sex"), "51");
        assert!(
            !asked(&at(born(1950, 1), None)).contains(&"sex"),
            "76: retired either way"
        );
        assert!(!asked(&at(born(1975, 3), Some(Sex::Male))).contains(&"post"));
        assert!(asked(&at(born(1975, 3), Some(Sex::Female))).contains(&"post"));
        assert!(
            !asked(&at(born(1985, 3), Some(Sex::Female))).contains(&"post"),
            "41"
        );
        let older_woman = at(born(1960, 3), Some(Sex::Female));
        assert!(!asked(&older_woman).contains(&"post"), "66");
        assert!(!asked(&older_woman).contains(&"work-wish"));
        assert!(
            asked(&older_woman).contains(&"employment"),
            "self-employment has no age limit"
        );
    }

    #[test]
    fn the_kinds_follow_category_7_and_the_family_follows_an_ordinary_kindergarten() {
        let multiple = Facts {
            category: Some(Category::Multiple),
            ..Facts::default()
        };
        assert!(asked(&multiple).contains(&"kinds"));
        let ordinary = Facts {
            kindergarten: Some(Kindergarten::Ordinary),
            household: Some(Household::Dibao),
            ..Facts::default()
        };
        assert!(asked(&ordinary).contains(&"family"));
        let not_poor = Facts {
            household: Some(Household::None),
            ..ordinary
        };
        assert!(!asked(&not_poor).contains(&"family"));
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
