//! Boundaries of every kind of condition, and properties that hold for any input.

use super::catalogue::{entitlement, AmountRule, EntitlementId, CATALOGUE};
use super::disability::*;
use super::facts::*;
use super::parameters::{DatedValue, ParameterId, Parameters};
use super::resident_id::tests::id_born;
use super::resident_id::CertificateNumber;
use super::rules::{Condition, FactId};
use super::*;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

const TODAY: (i32, u32, u32) = (2026, 11, 29);

fn today() -> NaiveDate {
    date(TODAY.0, TODAY.1, TODAY.2)
}

/// Born so as to be exactly `age` today.
fn aged(age: i32) -> Option<NaiveDate> {
    Some(date(TODAY.0 - age, TODAY.1, TODAY.2))
}

fn status(id: u8, facts: &Facts) -> Status {
    status_with(id, facts, &Parameters::from_plan())
}

fn status_with(id: u8, facts: &Facts, parameters: &Parameters) -> Status {
    let entitlement = entitlement(EntitlementId(id)).expect("in the catalogue");
    check_one(
        entitlement,
        &facts.clone().with_certificate_details(),
        &parameters.snapshot(today()),
    )
    .status
}

/// A registered certificate holder; everything else unknown.
fn holder() -> Facts {
    Facts {
        registered_in_district: Some(true),
        has_certificate: Some(true),
        ..Facts::default()
    }
}

fn with_dibao_standard(urban: f64) -> Parameters {
    let mut values = Parameters::from_plan().values().to_vec();
    values.push(DatedValue {
        parameter: ParameterId::DibaoStandardUrban,
        value: Some(urban),
        effective_from: date(2026, 1, 1),
        source: "test".into(),
    });
    Parameters::new(values)
}

#[test]
fn child_rehabilitation_is_for_ages_0_to_6() {
    let child = |age| Facts {
        birth_date: aged(age),
        category: Some(Category::Hearing),
        ..holder()
    };
    assert_eq!(status(22, &child(0)), Status::Qualifies);
    assert_eq!(status(22, &child(6)), Status::Qualifies);
    assert_eq!(status(22, &child(7)), Status::DoesNotQualify);
    let autistic = Facts {
        birth_date: aged(4),
        category: Some(Category::Mental),
        autism: Some(true),
        ..holder()
    };
    assert_eq!(
        status(22, &autistic),
        Status::Qualifies,
        "autism qualifies whatever the category"
    );
}

#[test]
fn child_training_subsidy_is_for_ages_7_to_14_after_a_year_of_training() {
    let child = |age, years| Facts {
        birth_date: aged(age),
        category: Some(Category::Intellectual),
        self_paid_training_years: Some(years),
        ..holder()
    };
    assert_eq!(status(23, &child(6, 2.0)), Status::DoesNotQualify);
    assert_eq!(status(23, &child(7, 1.0)), Status::Qualifies);
    assert_eq!(status(23, &child(14, 1.0)), Status::Qualifies);
    assert_eq!(status(23, &child(15, 1.0)), Status::DoesNotQualify);
    assert_eq!(status(23, &child(10, 0.5)), Status::DoesNotQualify);
    let cerebral_palsy = Facts {
        category: Some(Category::Physical),
        cerebral_palsy: Some(true),
        ..child(9, 1.0)
    };
    assert_eq!(status(23, &cerebral_palsy), Status::Qualifies);
}

#[test]
fn employment_services_start_at_16() {
    let person = |age| Facts {
        birth_date: aged(age),
        sex: Some(Sex::Male),
        wants_work: Some(true),
        ..holder()
    };
    assert_eq!(status(17, &person(15)), Status::DoesNotQualify);
    assert_eq!(status(17, &person(16)), Status::Qualifies);
    assert_eq!(status(18, &person(59)), Status::Qualifies);
    assert_eq!(status(18, &person(64)), Status::DoesNotQualify);
}

#[test]
fn nursing_subsidy_is_for_levels_1_and_2_and_pension_help_for_3_and_4() {
    let at_level = |level| Facts {
        level: Level::new(level),
        household: Some(Household::Dibao),
        ..holder()
    };
    assert_eq!(status(4, &at_level(2)), Status::Qualifies);
    assert_eq!(status(4, &at_level(3)), Status::DoesNotQualify);
    assert_eq!(status(13, &at_level(2)), Status::DoesNotQualify);
    assert_eq!(status(13, &at_level(3)), Status::Qualifies);
}

#[test]
fn dibao_compares_income_with_the_standard_exactly_at_the_limit() {
    let parameters = with_dibao_standard(700.0);
    let earning = |income| Facts {
        area: Some(AreaKind::Urban),
        household: Some(Household::None),
        household_income_per_person: Some(income),
        ..holder()
    };
    assert_eq!(status_with(1, &earning(700.0), &parameters), Status::Qualifies);
    assert_eq!(
        status_with(1, &earning(700.01), &parameters),
        Status::DoesNotQualify
    );
    let adult = |income| Facts {
        birth_date: aged(30),
        lost_work_ability: Some(true),
        ..earning(income)
    };
    assert_eq!(
        status_with(2, &adult(2100.0), &parameters),
        Status::Qualifies,
        "three times the standard"
    );
    assert_eq!(
        status_with(2, &adult(2100.5), &parameters),
        Status::DoesNotQualify
    );
}

#[test]
fn without_a_published_dibao_standard_income_cannot_decide() {
    let facts = Facts {
        area: Some(AreaKind::Rural),
        household: Some(Household::None),
        household_income_per_person: Some(100.0),
        ..holder()
    };
    let parameters = Parameters::from_plan();
    let outcome = check_one(&CATALOGUE[0], &facts, &parameters.snapshot(today()));
    assert_eq!(outcome.status, Status::MayQualify);
    let reason = &outcome.reasons[1];
    assert_eq!(reason.missing_parameter, Some(ParameterId::DibaoStandardRural));
    assert!(
        reason.missing_facts.is_empty(),
        "the person told us everything; the district has to set the standard"
    );
}

#[test]
fn the_two_subsidies_with_amounts_and_dates() {
    let facts = Facts {
        household: Some(Household::Dibao),
        level: Level::new(1),
        ..holder()
    };
    let outcomes = check(&facts, today(), &Parameters::from_plan());
    let allowance = &outcomes[2];
    assert_eq!(allowance.status, Status::Qualifies);
    let amount = allowance.amount.as_ref().expect("an amount");
    assert_eq!((amount.value, amount.unit), (Some(55.0), Unit::YuanPerMonth));
    assert_eq!(amount.effective_from, date(2011, 1, 1));
    let nursing = outcomes[3].amount.as_ref().expect("an amount");
    assert_eq!((nursing.value, nursing.unit), (Some(1000.0), Unit::YuanPerYear));
}

#[test]
fn amounts_the_plan_does_not_give_are_reported_as_set_by_the_district() {
    let facts = Facts {
        c5_licence: Some(true),
        ..holder()
    };
    let outcome = &check(&facts, today(), &Parameters::from_plan())[4];
    assert_eq!(outcome.status, Status::Qualifies);
    assert_eq!(outcome.amount.as_ref().and_then(|a| a.value), None);
    assert!(
        outcome.amount.is_some(),
        "the amount is there, with its source, but empty"
    );
}

#[test]
fn missing_facts_make_may_qualify_and_are_listed_once() {
    let outcome = &check(&Facts::default(), today(), &Parameters::from_plan())[1];
    assert_eq!(outcome.status, Status::MayQualify);
    assert_eq!(
        outcome.missing_facts,
        vec![
            FactId::RegisteredInDistrict,
            FactId::BirthDate,
            FactId::HasCertificate,
            FactId::Household,
            FactId::HouseholdIncomePerPerson,
            FactId::Area,
            FactId::LostWorkAbility,
        ]
    );
}

#[test]
fn nothing_known_means_nothing_is_ruled_out() {
    let outcomes = check(&Facts::default(), today(), &Parameters::from_plan());
    assert_eq!(outcomes.len(), CATALOGUE.len());
    assert!(outcomes.iter().all(|o| o.status == Status::MayQualify));
}

#[test]
fn a_certificate_number_answers_birth_date_category_and_level() {
    let number = format!("{}12", id_born("19700101", "001"));
    let facts = Facts {
        certificate_number: Some(CertificateNumber::parse(&number).expect("valid")),
        registered_in_district: Some(true),
        ..Facts::default()
    };
    let outcomes = check(&facts, today(), &Parameters::from_plan());
    assert_eq!(outcomes[3].status, Status::Qualifies, "level 2: nursing subsidy");
    assert_eq!(
        outcomes[33].status,
        Status::Qualifies,
        "visual: Braille publications"
    );
    assert_eq!(
        outcomes[21].status,
        Status::DoesNotQualify,
        "56 years old: not child rehabilitation"
    );
}

#[test]
fn screening_agrees_with_the_full_check() {
    let facts = Facts {
        household: Some(Household::LowIncome),
        level: Level::new(3),
        birth_date: aged(40),
        ..holder()
    };
    let full: Vec<Status> = check(&facts, today(), &Parameters::from_plan())
        .iter()
        .map(|o| o.status)
        .collect();
    assert_eq!(
        screen(&facts, &Parameters::from_plan().snapshot(today())).to_vec(),
        full
    );
}

// ---- issue 14: readings of the plan ----

fn with_kinds(kinds: &[Category]) -> Facts {
    Facts {
        category: Some(Category::Multiple),
        multiple_categories: Some(kinds.to_vec()),
        ..holder()
    }
}

fn missing(id: u8, facts: &Facts) -> Vec<FactId> {
    let entitlement = entitlement(EntitlementId(id)).expect("in the catalogue");
    check_one(
        entitlement,
        &facts.clone().with_certificate_details(),
        &Parameters::from_plan().snapshot(today()),
    )
    .missing_facts
}

#[test]
fn multiple_disabilities_count_by_their_kinds_and_ask_for_them() {
    let multiple = Facts {
        category: Some(Category::Multiple),
        level: Level::new(1),
        ..holder()
    };
    for id in [21, 34] {
        let facts = Facts {
            birth_date: aged(30),
            sex: Some(Sex::Male),
            wants_work: Some(true),
            ..multiple.clone()
        };
        assert_eq!(status(id, &facts), Status::MayQualify, "E{id}");
        assert!(
            missing(id, &facts).contains(&FactId::MultipleCategories),
            "E{id} asks the kinds"
        );
    }
    let working = |kinds: &[Category]| Facts {
        birth_date: aged(30),
        sex: Some(Sex::Male),
        wants_work: Some(true),
        level: Level::new(3),
        ..with_kinds(kinds)
    };
    assert_eq!(
        status(21, &working(&[Category::Intellectual, Category::Hearing])),
        Status::Qualifies
    );
    assert_eq!(
        status(21, &working(&[Category::Visual, Category::Hearing])),
        Status::DoesNotQualify
    );
    let child = |kinds: &[Category]| Facts {
        birth_date: aged(4),
        autism: Some(false),
        cerebral_palsy: Some(false),
        ..with_kinds(kinds)
    };
    assert_eq!(
        status(22, &child(&[Category::Hearing, Category::Mental])),
        Status::Qualifies
    );
    assert_eq!(status(22, &child(&[Category::Mental])), Status::DoesNotQualify);
    let older_child = Facts {
        birth_date: aged(9),
        self_paid_training_years: Some(2.0),
        ..child(&[Category::Intellectual, Category::Physical])
    };
    assert_eq!(status(23, &older_child), Status::Qualifies);
    let patient = Facts {
        severe_mental_disorder: Some(false),
        mental_disorder_treatment: Some(false),
        ..with_kinds(&[Category::Mental, Category::Speech])
    };
    assert_eq!(status(10, &patient), Status::Qualifies);
}

#[test]
fn free_medication_reads_treatment_whatever_the_certificate_says() {
    let patient = |treated| Facts {
        category: Some(Category::Physical),
        severe_mental_disorder: Some(false),
        mental_disorder_treatment: treated,
        ..holder()
    };
    assert_eq!(status(10, &patient(Some(true))), Status::Qualifies);
    assert_eq!(status(10, &patient(None)), Status::MayQualify);
    assert_eq!(status(10, &patient(Some(false))), Status::DoesNotQualify);
}

#[test]
fn not_sure_about_a_need_is_not_no() {
    let needs = |yes: Vec<Need>, unsure: Vec<Need>| Facts {
        needs: Some(yes),
        needs_not_sure: unsure,
        ..holder()
    };
    assert_eq!(status(26, &needs(vec![], vec![])), Status::DoesNotQualify);
    let unsure = needs(vec![Need::Prosthesis], vec![Need::AssistiveDevice]);
    assert_eq!(status(24, &unsure), Status::Qualifies);
    assert_eq!(status(26, &unsure), Status::MayQualify);
    assert_eq!(missing(26, &unsure), vec![FactId::Needs], "the question is named");
    assert_eq!(
        status(25, &unsure),
        Status::DoesNotQualify,
        "unticked and not unsure"
    );
}

#[test]
fn tolls_need_a_vehicle_not_a_licence() {
    let driver = |licence, vehicle| Facts {
        c5_licence: licence,
        own_vehicle: vehicle,
        motorised_wheelchair: Some(false),
        ..holder()
    };
    assert_eq!(
        status(7, &driver(Some(true), Some(false))),
        Status::DoesNotQualify
    );
    assert_eq!(status(7, &driver(Some(true), None)), Status::MayQualify);
    assert_eq!(status(7, &driver(Some(false), Some(true))), Status::Qualifies);
    let wheelchair = Facts {
        motorised_wheelchair: Some(true),
        ..driver(Some(false), Some(false))
    };
    assert_eq!(status(7, &wheelchair), Status::Qualifies);
}

/// Born in a given month, on the 1st.
fn born(year: i32, month: u32) -> Option<NaiveDate> {
    Some(date(year, month, 1))
}

fn worker(birth: Option<NaiveDate>, sex: Option<Sex>, post: Option<PostKind>) -> Facts {
    Facts {
        birth_date: birth,
        sex,
        post_kind: post,
        wants_work: Some(true),
        ..holder()
    }
}

#[test]
fn working_age_ends_at_the_retirement_age_for_sex_and_birth_month() {
    let on = |facts: &Facts, y, m, d| {
        let entitlement = entitlement(EntitlementId(18)).expect("E18");
        check_one(
            entitlement,
            facts,
            &Parameters::from_plan().snapshot(date(y, m, d)),
        )
        .status
    };
    // A man born in May 1965 retires at 60 years and 2 months: July 2025.
    let man = worker(born(1965, 5), Some(Sex::Male), None);
    assert_eq!(on(&man, 2025, 6, 30), Status::Qualifies);
    assert_eq!(on(&man, 2025, 7, 1), Status::DoesNotQualify);
    // Born September 1976: 63.
    let younger_man = worker(born(1976, 9), Some(Sex::Male), None);
    assert_eq!(on(&younger_man, 2039, 8, 31), Status::Qualifies);
    assert_eq!(on(&younger_man, 2039, 9, 1), Status::DoesNotQualify);
    // A woman worker born March 1975: 50 years and 2 months, May 2025.
    let woman = worker(born(1975, 3), Some(Sex::Female), Some(PostKind::Worker));
    assert_eq!(on(&woman, 2025, 4, 30), Status::Qualifies);
    assert_eq!(on(&woman, 2025, 5, 1), Status::DoesNotQualify);
    // In a managerial post she works until 56 years and 4 months: July 2031.
    let manager = worker(
        born(1975, 3),
        Some(Sex::Female),
        Some(PostKind::ManagerialOrTechnical),
    );
    assert_eq!(on(&manager, 2031, 6, 30), Status::Qualifies);
    assert_eq!(on(&manager, 2031, 7, 1), Status::DoesNotQualify);
    // Post unknown: "may qualify" between the two ages, decided outside them.
    let either = worker(born(1975, 3), Some(Sex::Female), None);
    assert_eq!(on(&either, 2025, 4, 30), Status::Qualifies);
    assert_eq!(on(&either, 2027, 1, 1), Status::MayQualify);
    assert_eq!(on(&either, 2031, 7, 1), Status::DoesNotQualify);
    // Sex unknown: from the earliest to the latest of the three.
    let unknown = worker(born(1975, 3), None, None);
    assert_eq!(on(&unknown, 2035, 1, 1), Status::MayQualify);
    assert_eq!(
        on(&unknown, 2038, 1, 1),
        Status::DoesNotQualify,
        "a man born then retires in 2037"
    );
}

#[test]
fn the_certificate_number_gives_the_sex() {
    let number = |sequence| CertificateNumber::parse(&format!("{}41", id_born("19700301", sequence))).ok();
    let man = Facts {
        certificate_number: number("011"),
        ..Facts::default()
    }
    .with_certificate_details();
    assert_eq!(man.sex, Some(Sex::Male));
    let woman = Facts {
        certificate_number: number("022"),
        ..Facts::default()
    }
    .with_certificate_details();
    assert_eq!(woman.sex, Some(Sex::Female));
}

#[test]
fn the_retired_and_those_who_do_not_want_work_get_no_job_services() {
    let retired = Facts {
        employment: Some(Employment::Retired),
        ..worker(aged(45), Some(Sex::Male), None)
    };
    assert_eq!(status(17, &retired), Status::DoesNotQualify);
    assert_eq!(status(18, &retired), Status::DoesNotQualify);
    let not_wanting = Facts {
        wants_work: Some(false),
        ..worker(aged(45), Some(Sex::Male), None)
    };
    assert_eq!(status(17, &not_wanting), Status::DoesNotQualify);
    assert_eq!(
        status(18, &not_wanting),
        Status::Qualifies,
        "training is open to them"
    );
}

#[test]
fn micro_enterprise_support_is_for_people_starting_or_running_one() {
    let person = |business, employment| Facts {
        small_business: business,
        employment,
        ..worker(aged(35), Some(Sex::Male), None)
    };
    assert_eq!(
        status(20, &person(Some(false), Some(Employment::Employed))),
        Status::DoesNotQualify
    );
    assert_eq!(
        status(20, &person(None, Some(Employment::Employed))),
        Status::MayQualify
    );
    assert_eq!(status(20, &person(Some(true), None)), Status::Qualifies);
    assert_eq!(
        status(20, &person(None, Some(Employment::SelfEmployedLicensed))),
        Status::Qualifies
    );
}

#[test]
fn the_preschool_grant_has_two_groups() {
    let child = |certificate, kindergarten, household, parent| Facts {
        birth_date: aged(4),
        has_certificate: certificate,
        kindergarten: Some(kindergarten),
        household: Some(household),
        disabled_parent: parent,
        registered_in_district: Some(true),
        ..Facts::default()
    };
    use Kindergarten as K;
    assert_eq!(
        status(28, &child(Some(true), K::Inclusive, Household::None, None)),
        Status::Qualifies
    );
    assert_eq!(
        status(28, &child(Some(true), K::Special, Household::None, None)),
        Status::Qualifies
    );
    assert_eq!(
        status(28, &child(Some(false), K::Ordinary, Household::Dibao, Some(true))),
        Status::Qualifies,
        "a child of a poor disabled family, no certificate"
    );
    assert_eq!(
        status(28, &child(Some(false), K::Ordinary, Household::None, Some(true))),
        Status::DoesNotQualify
    );
    assert_eq!(
        status(28, &child(Some(true), K::Ordinary, Household::LowIncome, None)),
        Status::MayQualify
    );
    assert_eq!(
        status(28, &child(Some(true), K::None, Household::Dibao, Some(true))),
        Status::DoesNotQualify
    );
    let adult = Facts {
        birth_date: aged(40),
        ..child(Some(true), K::Inclusive, Household::None, None)
    };
    assert_eq!(status(28, &adult), Status::DoesNotQualify);
    assert_eq!(
        missing(
            28,
            &Facts {
                kindergarten: None,
                ..adult
            }
        ),
        Vec::<FactId>::new()
    );
}

#[test]
fn compulsory_education_is_by_age_not_enrolment() {
    let child = |age, education| Facts {
        birth_date: aged(age),
        education,
        ..holder()
    };
    assert_eq!(status(29, &child(5, None)), Status::DoesNotQualify);
    assert_eq!(
        status(29, &child(6, Some(Education::None))),
        Status::Qualifies,
        "cannot attend school"
    );
    assert_eq!(status(29, &child(15, None)), Status::Qualifies);
    assert_eq!(
        status(29, &child(16, Some(Education::Compulsory))),
        Status::Qualifies
    );
    assert_eq!(status(29, &child(16, None)), Status::MayQualify);
    assert_eq!(
        status(29, &child(17, Some(Education::SecondaryVocational))),
        Status::DoesNotQualify
    );
    assert_eq!(
        status(29, &child(18, Some(Education::Compulsory))),
        Status::DoesNotQualify
    );
    assert_eq!(status(29, &child(70, None)), Status::DoesNotQualify);
}

#[test]
fn braille_is_for_visual_levels_1_and_2() {
    let visual = |level| Facts {
        category: Some(Category::Visual),
        level: Level::new(level),
        ..holder()
    };
    assert_eq!(status(34, &visual(1)), Status::Qualifies);
    assert_eq!(status(34, &visual(2)), Status::Qualifies);
    assert_eq!(status(34, &visual(3)), Status::DoesNotQualify);
    assert_eq!(status(34, &visual(4)), Status::DoesNotQualify);
    let multiple = |kinds: &[Category], level| Facts {
        level: Level::new(level),
        ..with_kinds(kinds)
    };
    assert_eq!(
        status(34, &multiple(&[Category::Visual, Category::Hearing], 1)),
        Status::MayQualify
    );
    assert_eq!(
        status(34, &multiple(&[Category::Visual, Category::Hearing], 3)),
        Status::DoesNotQualify
    );
    assert_eq!(
        status(34, &multiple(&[Category::Physical, Category::Hearing], 1)),
        Status::DoesNotQualify
    );
    let channel = entitlement(EntitlementId(34)).map(|e| e.channel);
    assert_eq!(channel, Some(super::catalogue::Channel::EmployerOrFederation));
}

#[test]
fn legal_aid_without_a_certificate_is_open_and_medical_help_covers_severe_disability() {
    let without = Facts {
        has_certificate: Some(false),
        ..Facts::default()
    };
    assert_eq!(status(36, &without), Status::MayQualify);
    assert_eq!(status(36, &holder()), Status::Qualifies);
    let severe_not_poor = Facts {
        level: Level::new(2),
        household: Some(Household::None),
        ..holder()
    };
    assert_eq!(status(9, &severe_not_poor), Status::Qualifies);
    let mild_not_poor = Facts {
        level: Level::new(4),
        ..severe_not_poor
    };
    assert_eq!(status(9, &mild_not_poor), Status::DoesNotQualify);
}

#[test]
fn shares_that_depend_on_poverty_name_the_household_as_missing() {
    let facts = Facts {
        housing: Some(Housing::DangerousHouse),
        needs: Some(vec![Need::HomeAdaptation]),
        ..holder()
    };
    for id in [15, 16] {
        assert_eq!(status(id, &facts), Status::Qualifies);
        assert_eq!(missing(id, &facts), vec![FactId::Household], "E{id}");
    }
    let poor = Facts {
        household: Some(Household::Dibao),
        ..facts
    };
    assert!(missing(15, &poor).is_empty());
}

#[test]
fn living_in_the_district_counts_where_the_plan_allows_it() {
    let resident = |registered, lives| Facts {
        registered_in_district: registered,
        lives_in_district: lives,
        has_certificate: Some(true),
        level: Level::new(1),
        ..Facts::default()
    };
    // Nursing subsidy: applied for where the hukou is.
    assert_eq!(
        status(4, &resident(Some(false), Some(true))),
        Status::DoesNotQualify
    );
    // Community rehabilitation: where you live.
    assert_eq!(status(27, &resident(Some(false), Some(true))), Status::Qualifies);
    assert_eq!(status(27, &resident(Some(false), None)), Status::MayQualify);
    assert_eq!(
        status(27, &resident(Some(false), Some(false))),
        Status::DoesNotQualify
    );
    assert_eq!(status(27, &resident(Some(true), None)), Status::Qualifies);
}

// ---- properties ----

fn option<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    prop_oneof![Just(None), s.prop_map(Some)].boxed()
}

fn any_facts() -> impl Strategy<Value = Facts> {
    let dates = (1900i32..2030, 1u32..13, 1u32..29).prop_map(|(y, m, d)| date(y, m, d));
    let categories = prop::sample::select(Category::ALL.to_vec());
    let levels: Vec<Level> = (1..=4).filter_map(Level::new).collect();
    let households = prop::sample::select(Household::ALL.to_vec());
    let housing = prop::sample::select(Housing::ALL.to_vec());
    let employment = prop::sample::select(Employment::ALL.to_vec());
    let education = prop::sample::select(Education::ALL.to_vec());
    let needs = prop::collection::vec(prop::sample::select(Need::ALL.to_vec()), 0..5);
    let unsure_needs = prop::collection::vec(prop::sample::select(Need::ALL.to_vec()), 0..3);
    let kinds = prop::collection::vec(prop::sample::select(super::answers::KINDS.to_vec()), 0..4);
    let added = (
        option(any::<bool>()),
        option(kinds),
        option(prop::sample::select(Sex::ALL.to_vec())),
        option(prop::sample::select(PostKind::ALL.to_vec())),
        (
            option(any::<bool>()),
            option(any::<bool>()),
            option(any::<bool>()),
            option(any::<bool>()),
            option(any::<bool>()),
        ),
        option(prop::sample::select(Kindergarten::ALL.to_vec())),
        unsure_needs,
    );
    (
        (
            option(dates),
            option(any::<bool>()),
            option(prop::sample::select(AreaKind::ALL.to_vec())),
            option(any::<bool>()),
        ),
        (option(categories), option(prop::sample::select(levels))),
        (
            option(households),
            option(prop_oneof![any::<f64>(), 0.0f64..10_000.0]),
        ),
        (
            option(any::<bool>()),
            option(any::<bool>()),
            option(any::<bool>()),
            option(any::<bool>()),
            option(any::<bool>()),
            option(any::<bool>()),
        ),
        (
            option(housing),
            option(employment),
            option(education),
            option(needs),
            option(prop_oneof![any::<f64>(), 0.0f64..5.0]),
        ),
        added,
    )
        .prop_map(
            |(
                (birth, registered, area, certificate),
                (category, level),
                (household, income),
                flags,
                rest,
                (lives, kinds, sex, post, more, kindergarten, unsure_needs),
            )| Facts {
                certificate_number: None,
                birth_date: birth,
                registered_in_district: registered,
                area,
                has_certificate: certificate,
                category,
                level,
                household,
                household_income_per_person: income,
                lost_work_ability: flags.0,
                severe_mental_disorder: flags.1,
                autism: flags.2,
                cerebral_palsy: flags.3,
                c5_licence: flags.4,
                motorised_wheelchair: flags.5,
                housing: rest.0,
                employment: rest.1,
                education: rest.2,
                needs: rest.3,
                self_paid_training_years: rest.4,
                lives_in_district: lives,
                multiple_categories: kinds,
                sex,
                post_kind: post,
                mental_disorder_treatment: more.0,
                own_vehicle: more.1,
                wants_work: more.2,
                small_business: more.3,
                disabled_parent: more.4,
                kindergarten,
                needs_not_sure: unsure_needs,
            },
        )
}

/// Changes one fact to another value (possibly unknown).
fn perturb(facts: &Facts, fact: FactId, seed: u8) -> Facts {
    let mut f = facts.clone();
    let flag = match seed % 3 {
        0 => None,
        1 => Some(true),
        _ => Some(false),
    };
    match fact {
        FactId::BirthDate => f.birth_date = flag.map(|_| date(1950 + i32::from(seed), 6, 15)),
        FactId::RegisteredInDistrict => f.registered_in_district = flag,
        FactId::Area => f.area = flag.map(|b| if b { AreaKind::Urban } else { AreaKind::Rural }),
        FactId::HasCertificate => f.has_certificate = flag,
        FactId::Category => f.category = flag.map(|_| Category::ALL[usize::from(seed) % 7]),
        FactId::Level => f.level = flag.and_then(|_| Level::new(seed % 4 + 1)),
        FactId::Household => f.household = flag.map(|b| if b { Household::Dibao } else { Household::None }),
        FactId::HouseholdIncomePerPerson => {
            f.household_income_per_person = flag.map(|_| f64::from(seed) * 50.0)
        }
        FactId::LostWorkAbility => f.lost_work_ability = flag,
        FactId::SevereMentalDisorder => f.severe_mental_disorder = flag,
        FactId::Autism => f.autism = flag,
        FactId::CerebralPalsy => f.cerebral_palsy = flag,
        FactId::C5Licence => f.c5_licence = flag,
        FactId::MotorisedWheelchair => f.motorised_wheelchair = flag,
        FactId::Housing => f.housing = flag.map(|b| if b { Housing::DangerousHouse } else { Housing::None }),
        FactId::Employment => {
            f.employment = flag.map(|b| {
                if b {
                    Employment::Employed
                } else {
                    Employment::Retired
                }
            })
        }
        FactId::Education => {
            f.education = flag.map(|b| if b { Education::University } else { Education::None })
        }
        FactId::Needs => {
            f.needs = flag.map(|b| if b { vec![Need::Prosthesis] } else { Vec::new() });
            f.needs_not_sure = if seed.is_multiple_of(2) {
                Vec::new()
            } else {
                vec![Need::CochlearImplant]
            };
        }
        FactId::LivesInDistrict => f.lives_in_district = flag,
        FactId::MultipleCategories => {
            f.multiple_categories = flag.map(|b| {
                if b {
                    vec![Category::Visual, Category::Mental]
                } else {
                    vec![Category::Hearing]
                }
            })
        }
        FactId::Sex => f.sex = flag.map(|b| if b { Sex::Male } else { Sex::Female }),
        FactId::PostKind => {
            f.post_kind = flag.map(|b| {
                if b {
                    PostKind::Worker
                } else {
                    PostKind::ManagerialOrTechnical
                }
            })
        }
        FactId::MentalDisorderTreatment => f.mental_disorder_treatment = flag,
        FactId::OwnVehicle => f.own_vehicle = flag,
        FactId::WantsWork => f.wants_work = flag,
        FactId::SmallBusiness => f.small_business = flag,
        FactId::DisabledParent => f.disabled_parent = flag,
        FactId::Kindergarten => {
            f.kindergarten = flag.map(|b| {
                if b {
                    Kindergarten::Ordinary
                } else {
                    Kindergarten::Inclusive
                }
            })
        }
        FactId::SelfPaidTrainingYears => f.self_paid_training_years = flag.map(|_| f64::from(seed) / 10.0),
    }
    f
}

proptest! {
    #[test]
    fn no_input_panics_and_every_entitlement_answers(facts in any_facts(), days in 0i64..40_000) {
        let when = date(1990, 1, 1) + chrono::Duration::days(days);
        let outcomes = check(&facts, when, &Parameters::from_plan());
        prop_assert_eq!(outcomes.len(), CATALOGUE.len());
        for outcome in &outcomes {
            let entitlement = entitlement(outcome.id).expect("known id");
            prop_assert_eq!(outcome.reasons.len(), entitlement.conditions.len());
            let from_reasons = outcome.status == Status::MayQualify
                && outcome.reasons.iter().any(|r| !r.missing_facts.is_empty());
            let for_the_amount = outcome.status != Status::DoesNotQualify
                && facts.household.is_none()
                && matches!(entitlement.amount, AmountRule::ShareByPoverty { .. } | AmountRule::FreeIfPoor { .. });
            prop_assert_eq!(!outcome.missing_facts.is_empty(), from_reasons || for_the_amount);
        }
    }

    #[test]
    fn a_fact_outside_an_entitlements_conditions_never_changes_its_result(
        facts in any_facts(),
        fact_index in 0usize..FactId::ALL.len(),
        seed in any::<u8>(),
    ) {
        let fact = FactId::ALL[fact_index];
        let changed = perturb(&facts, fact, seed);
        let parameters = with_dibao_standard(650.0);
        for entitlement in CATALOGUE.iter() {
            let reads: Vec<FactId> = entitlement.conditions.iter().flat_map(|c: &Condition| c.facts().iter().copied()).collect();
            if reads.contains(&fact) {
                continue;
            }
            let snapshot = parameters.snapshot(today());
            let before = check_one(entitlement, &facts, &snapshot);
            let after = check_one(entitlement, &changed, &snapshot);
            prop_assert_eq!(before.status, after.status, "{:?} changed {:?}", fact, entitlement.id);
            prop_assert_eq!(before.reasons, after.reasons);
        }
    }
}

// E37–E46: support the plan names that the first catalogue missed.

#[test]
fn the_new_entitlements_are_applied_for_elsewhere_and_parse_to_the_end_of_the_catalogue() {
    for entitlement in CATALOGUE.iter().filter(|e| e.id.0 >= 37) {
        assert!(!entitlement.can_apply_online(), "{:?}", entitlement.id);
    }
    let last = EntitlementId(u8::try_from(catalogue::CATALOGUE_LEN).unwrap_or(u8::MAX));
    assert_eq!(EntitlementId::parse(&last.slug()), Some(last));
    assert_eq!(EntitlementId::parse(&EntitlementId(last.0 + 1).slug()), None);
    assert_eq!(
        screen(&Facts::default(), &Parameters::from_plan().snapshot(today())).len(),
        CATALOGUE.len()
    );
}

#[test]
fn severe_disability_medical_settlement_is_for_levels_1_and_2_registered_here() {
    let at_level = |level| Facts {
        level: Level::new(level),
        ..holder()
    };
    assert_eq!(status(37, &at_level(2)), Status::Qualifies);
    assert_eq!(status(37, &at_level(3)), Status::DoesNotQualify);
    let elsewhere = Facts {
        registered_in_district: Some(false),
        ..at_level(1)
    };
    assert_eq!(status(37, &elsewhere), Status::DoesNotQualify, "hukou elsewhere");
}

#[test]
fn community_and_home_work_is_for_working_age_wherever_the_hukou_is() {
    let person = |age| Facts {
        birth_date: aged(age),
        registered_in_district: Some(false),
        lives_in_district: Some(true),
        sex: Some(Sex::Male),
        wants_work: Some(true),
        ..holder()
    };
    assert_eq!(status(38, &person(15)), Status::DoesNotQualify);
    assert_eq!(
        status(38, &person(16)),
        Status::Qualifies,
        "living here is enough"
    );
    assert_eq!(status(38, &person(59)), Status::Qualifies);
    assert_eq!(status(38, &person(64)), Status::DoesNotQualify);
}

#[test]
fn day_care_stations_are_for_poor_or_severely_disabled_people() {
    let person = |household, level| Facts {
        household: Some(household),
        level: Level::new(level),
        registered_in_district: Some(false),
        lives_in_district: Some(true),
        ..holder()
    };
    assert_eq!(status(39, &person(Household::LowIncome, 3)), Status::Qualifies);
    assert_eq!(status(39, &person(Household::None, 2)), Status::Qualifies);
    assert_eq!(status(39, &person(Household::None, 3)), Status::DoesNotQualify);
    let without_certificate = Facts {
        has_certificate: Some(false),
        ..person(Household::Dibao, 1)
    };
    assert_eq!(status(39, &without_certificate), Status::DoesNotQualify);
}

#[test]
fn the_care_centre_is_for_intellectually_disabled_children_under_18() {
    let child = |age, category| Facts {
        birth_date: aged(age),
        category: Some(category),
        has_certificate: Some(false),
        ..holder()
    };
    assert_eq!(
        status(40, &child(17, Category::Intellectual)),
        Status::Qualifies,
        "no certificate needed: a diagnosis may do"
    );
    assert_eq!(status(40, &child(0, Category::Intellectual)), Status::Qualifies);
    assert_eq!(
        status(40, &child(18, Category::Intellectual)),
        Status::DoesNotQualify
    );
    assert_eq!(status(40, &child(10, Category::Hearing)), Status::DoesNotQualify);
}

#[test]
fn disability_screening_is_for_every_child_aged_0_to_6_without_a_certificate() {
    let child = |age| Facts {
        birth_date: aged(age),
        registered_in_district: Some(false),
        lives_in_district: Some(true),
        has_certificate: Some(false),
        ..Facts::default()
    };
    assert_eq!(status(41, &child(0)), Status::Qualifies);
    assert_eq!(status(41, &child(6)), Status::Qualifies);
    assert_eq!(status(41, &child(7)), Status::DoesNotQualify);
    assert_eq!(status(41, &Facts::default()), Status::MayQualify);
}

#[test]
fn ordinary_class_support_and_exam_help_are_for_certificate_holders_in_education() {
    let student = |education| Facts {
        education: Some(education),
        registered_in_district: Some(false),
        lives_in_district: Some(true),
        ..holder()
    };
    assert_eq!(status(42, &student(Education::Compulsory)), Status::Qualifies);
    assert_eq!(status(42, &student(Education::University)), Status::Qualifies);
    assert_eq!(status(42, &student(Education::None)), Status::DoesNotQualify);
}

#[test]
fn enrolment_aid_is_for_pupils_of_poor_families_with_an_empty_dated_amount() {
    // The child needs no certificate: the parent is the disabled person.
    let pupil = |household| Facts {
        education: Some(Education::Compulsory),
        household: Some(household),
        has_certificate: Some(false),
        disabled_parent: Some(true),
        ..holder()
    };
    assert_eq!(status(43, &pupil(Household::Dibao)), Status::Qualifies);
    assert_eq!(status(43, &pupil(Household::None)), Status::DoesNotQualify);
    let not_in_school = Facts {
        education: Some(Education::None),
        ..pupil(Household::LowIncome)
    };
    assert_eq!(status(43, &not_in_school), Status::DoesNotQualify);
    let no_disabled_parent = Facts {
        disabled_parent: Some(false),
        ..pupil(Household::Dibao)
    };
    assert_eq!(status(43, &no_disabled_parent), Status::DoesNotQualify);
    let outcome = &check(
        &pupil(Household::ExtremePoverty),
        today(),
        &Parameters::from_plan(),
    )[42];
    assert_eq!(outcome.id, EntitlementId(43));
    let amount = outcome.amount.as_ref().expect("a dated amount");
    assert_eq!((amount.value, amount.unit), (None, Unit::YuanOnce));
    assert_eq!(amount.parameter, ParameterId::EnrolmentAid);
    assert_eq!(amount.effective_from, date(2016, 1, 1));
    let before_the_plan = &check(
        &pupil(Household::Dibao),
        date(2015, 12, 31),
        &Parameters::from_plan(),
    )[42];
    assert_eq!(before_the_plan.amount, None, "no parameter before the plan");
}

#[test]
fn home_sports_and_home_help_need_a_certificate_not_a_hukou() {
    let person = |certificate| Facts {
        registered_in_district: Some(false),
        lives_in_district: Some(true),
        has_certificate: Some(certificate),
        ..Facts::default()
    };
    for id in [44, 46] {
        assert_eq!(status(id, &person(true)), Status::Qualifies, "E{id}");
        assert_eq!(status(id, &person(false)), Status::DoesNotQualify, "E{id}");
    }
}

#[test]
fn braille_and_audio_book_rooms_are_open_to_visually_disabled_people_from_anywhere() {
    let reader = |category| Facts {
        category: Some(category),
        registered_in_district: Some(false),
        lives_in_district: Some(true),
        has_certificate: Some(false),
        ..Facts::default()
    };
    assert_eq!(status(45, &reader(Category::Visual)), Status::Qualifies);
    assert_eq!(status(45, &reader(Category::Hearing)), Status::DoesNotQualify);
}
