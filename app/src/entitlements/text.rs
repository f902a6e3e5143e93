//! The rules in words: each condition as a plain sentence, each reason as
//! "met / not met / not known yet" with that sentence, amounts, channels,
//! and what an API caller is told about a field it got wrong.

use crate::domain::answers::{api_name, FieldError, Problem};
use crate::domain::catalogue::{Channel, Unit};
use crate::domain::rules::{Condition, Reason, Tri};
use crate::i18n::{t, t_with, tr, tr_with, Lang};
use chrono::NaiveDate;

/// The condition as a sentence, e.g. "Aged 7 to 14".
pub fn condition(lang: Lang, condition: Condition) -> String {
    let with = |id: &str, args: &[(&str, String)]| tr_with(lang, id, args);
    match condition {
        Condition::RegisteredInDistrict => tr(lang, "condition-registered-in-district"),
        Condition::RegisteredOrLivingInDistrict => tr(lang, "condition-registered-or-living-in-district"),
        Condition::HasCertificate => tr(lang, "condition-has-certificate"),
        Condition::DisabledPerson => tr(lang, "condition-disabled-person"),
        Condition::AgeBetween { min, max } => with(
            "condition-age-between",
            &[("min", min.to_string()), ("max", max.to_string())],
        ),
        Condition::AdultAge => tr(lang, "condition-adult-age"),
        Condition::WorkingAge => tr(lang, "condition-working-age"),
        Condition::CompulsorySchoolAge => tr(lang, "condition-compulsory-school-age"),
        Condition::SevereLevel => tr(lang, "condition-severe-level"),
        Condition::LevelThreeOrFour => tr(lang, "condition-level-three-or-four"),
        Condition::Category(category) => with("condition-category", &[("category", api_name(category))]),
        Condition::Blind => tr(lang, "condition-blind"),
        Condition::ChildRehabCategory => tr(lang, "condition-child-rehab-category"),
        Condition::ChildTrainingCategory => tr(lang, "condition-child-training-category"),
        Condition::AssistedEmploymentCategory => tr(lang, "condition-assisted-employment-category"),
        Condition::MentalHealthCondition => tr(lang, "condition-mental-health"),
        Condition::SevereMentalDisorder => tr(lang, "condition-severe-mental-disorder"),
        Condition::HouseholdDibao => tr(lang, "condition-household-dibao"),
        Condition::HouseholdPoor => tr(lang, "condition-household-poor"),
        Condition::PoorOrSevere => tr(lang, "condition-poor-or-severe"),
        Condition::IncomeWithinDibao {
            times_parameter: None,
        } => tr(lang, "condition-income-within-dibao"),
        Condition::IncomeWithinDibao {
            times_parameter: Some(_),
        } => tr(lang, "condition-income-within-three-dibao"),
        Condition::LostWorkAbility => tr(lang, "condition-lost-work-ability"),
        Condition::WantsWork => tr(lang, "condition-wants-work"),
        Condition::SmallBusiness => tr(lang, "condition-small-business"),
        Condition::DisabledOrDisabledParent => tr(lang, "condition-disabled-or-disabled-parent"),
        Condition::C5Licence => tr(lang, "condition-c5-licence"),
        Condition::MotorisedWheelchair => tr(lang, "condition-motorised-wheelchair"),
        Condition::OwnVehicle => tr(lang, "condition-own-vehicle"),
        Condition::Housing(housing) => with("condition-housing", &[("housing", api_name(housing))]),
        Condition::UrbanArea => tr(lang, "condition-urban-area"),
        Condition::Needs(need) => with("condition-needs", &[("need", api_name(need))]),
        Condition::Employment(employment) => {
            with("condition-employment", &[("employment", api_name(employment))])
        }
        Condition::Education(education) => with("condition-education", &[("education", api_name(education))]),
        Condition::InEducation => tr(lang, "condition-in-education"),
        Condition::SelfPaidTrainingYear => tr(lang, "condition-self-paid-training"),
        Condition::PreschoolGrantGroup => tr(lang, "condition-preschool-grant-group"),
    }
}

/// One line of a result: whether the condition is met, in words.
pub fn reason(lang: Lang, reason: &Reason) -> String {
    let id = match (reason.met, reason.missing_parameter) {
        (Tri::Met, _) => "reason-met",
        (Tri::NotMet, _) => "reason-not-met",
        (Tri::Unknown, Some(_)) => "reason-unknown-figure",
        (Tri::Unknown, None) => "reason-unknown",
    };
    tr_with(lang, id, &[("condition", condition(lang, reason.condition))])
}

pub fn channel_key(channel: Channel) -> &'static str {
    match channel {
        Channel::Online => "channel-community",
        Channel::StreetOffice => "channel-street-office",
        Channel::DistrictFederation => "channel-district-federation",
        Channel::HealthCentre => "channel-health-centre",
        Channel::School => "channel-school",
        Channel::EmploymentService => "channel-employment-service",
        Channel::AtVenue => "channel-at-venue",
        Channel::LegalAid => "channel-legal-aid",
        Channel::EmployerOrFederation => "channel-employer-or-federation",
        Channel::Library => "channel-library",
    }
}

/// An amount in words: "55 yuan a month (from 1 January 2018)", or that the
/// district sets it when no figure is published.
pub fn amount_text(unit: Unit, value: Option<f64>, since: NaiveDate) -> String {
    let Some(number) = value else {
        return t("amount-set-by-district");
    };
    let figure = match unit {
        Unit::Share => format!("{}", (number * 100.0).round()),
        _ => format!("{number}"),
    };
    let key = match unit {
        Unit::YuanPerMonth => "amount-per-month",
        Unit::YuanPerYear => "amount-per-year",
        Unit::YuanOnce => "amount-once",
        Unit::Share => "amount-share",
    };
    let since = crate::i18n::dates::date(crate::i18n::page_lang(), since);
    t_with(key, &[("value", figure), ("since", since)])
}

/// What to tell a caller about a field the API could not accept.
pub fn field_error(lang: Lang, error: &FieldError) -> String {
    match &error.problem {
        Problem::NotJson => tr(lang, "api-error-not-json"),
        Problem::TooLarge => tr(lang, "api-error-too-large"),
        Problem::UnknownField => tr(lang, "api-error-unknown-field"),
        Problem::WrongType(expected) => tr_with(
            lang,
            "api-error-wrong-type",
            &[("expected", expected.to_string())],
        ),
        Problem::UnknownValue(allowed) => tr_with(
            lang,
            "api-error-unknown-value",
            &[("allowed", allowed.join(", "))],
        ),
        Problem::InvalidDate => tr(lang, "api-error-invalid-date"),
        Problem::DateOutOfRange => tr(lang, "api-error-date-out-of-range"),
        Problem::BornAfterCheck => tr(lang, "api-error-born-after-check"),
        Problem::Level => tr(lang, "api-error-level"),
        Problem::Negative => tr(lang, "api-error-negative"),
        Problem::Id(id) => tr_with(lang, "api-error-id", &[("problem", api_name(id))]),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::catalogue::CATALOGUE;
    use crate::domain::parameters::ParameterId;

    /// Every condition in the catalogue has words in both languages, for every outcome.
    /// Where to apply, for every entitlement, in both languages.
    #[test]
    fn every_channel_has_its_words_in_both_languages() {
        for lang in Lang::ALL {
            for entitlement in CATALOGUE.iter() {
                let key = channel_key(entitlement.channel);
                assert_ne!(tr(lang, key), key, "{key} in {}", lang.tag());
            }
        }
    }

    #[test]
    fn every_reason_reads_as_a_sentence_in_both_languages() {
        for lang in Lang::ALL {
            for entitlement in CATALOGUE.iter() {
                for &c in entitlement.conditions {
                    let text = condition(lang, c);
                    assert!(!text.starts_with("condition-"), "{c:?} in {}", lang.tag());
                    assert!(!text.contains("{"), "{c:?} in {}: {text}", lang.tag());
                    for met in [Tri::Met, Tri::NotMet, Tri::Unknown] {
                        for missing_parameter in [None, Some(ParameterId::DibaoStandardUrban)] {
                            let line = reason(
                                lang,
                                &Reason {
                                    condition: c,
                                    met,
                                    missing_facts: Vec::new(),
                                    missing_parameter,
                                },
                            );
                            assert!(line.contains(&text), "{line}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn selectors_pick_the_right_words() {
        use crate::domain::disability::Category;
        use crate::domain::facts::Housing;
        assert_eq!(
            condition(Lang::En, Condition::Category(Category::Visual)),
            "Visual disability"
        );
        assert_eq!(
            condition(Lang::ZhCn, Condition::Housing(Housing::DangerousHouse)),
            "住房是农村危房"
        );
        assert_eq!(
            condition(Lang::En, Condition::AgeBetween { min: 7, max: 14 }),
            "Aged 7 to 14"
        );
    }
}
