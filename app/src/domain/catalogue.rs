//! The district's entitlements (E01 to the last in `CATALOGUE`) as code: who
//! qualifies, what they get, where to apply and the plan section that is the
//! legal basis. Source: `shared/policy/entitlements.md`, from 江北府发〔2018〕10号;
//! E37 onwards are support the plan names that the first catalogue missed.

use serde::{Deserialize, Serialize};

use super::disability::Category;
use super::facts::{Education, Employment, Housing, Need};
use super::parameters::ParameterId;
use super::rules::Condition;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Living,
    HealthInsurance,
    Housing,
    Work,
    Rehabilitation,
    Education,
    EverydayLife,
}

impl Theme {
    pub const ALL: [Theme; 7] = [
        Theme::Living,
        Theme::HealthInsurance,
        Theme::Housing,
        Theme::Work,
        Theme::Rehabilitation,
        Theme::Education,
        Theme::EverydayLife,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    YuanPerMonth,
    YuanPerYear,
    YuanOnce,
    Share,
}

/// How the amount is worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmountRule {
    /// A service or a discount, not a sum of money.
    NoAmount,
    Fixed(ParameterId, Unit),
    /// One share of the cost for poor families, another for the rest.
    ShareByPoverty {
        poor: ParameterId,
        other: ParameterId,
    },
    /// Free for poor families; a share set by a parameter for the rest.
    FreeIfPoor {
        other: ParameterId,
    },
}

/// Where and how to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// On this portal (applications arrive with a later issue; until then the
    /// community service centre takes them).
    Online,
    /// The street or town office's civil-affairs counter.
    StreetOffice,
    /// The District Disabled Persons' Federation.
    DistrictFederation,
    /// The community health service centre.
    HealthCentre,
    /// The school or kindergarten.
    School,
    /// Job fairs and employment services.
    EmploymentService,
    /// The venue: show the certificate.
    AtVenue,
    /// A legal-aid post at the street/town or community.
    LegalAid,
    /// The employer for someone in work, otherwise the District Federation (E34).
    EmployerOrFederation,
    /// The public library: walk in, no certificate needed (E45).
    Library,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntitlementId(pub u8);

/// A chapter and section of the plan (江北府发〔2018〕10号), e.g. chapter 3, section 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PlanSection {
    pub chapter: u8,
    pub section: u8,
}

impl EntitlementId {
    /// "E03".
    pub fn code(self) -> String {
        format!("E{:02}", self.0)
    }

    /// "e03", for URLs and message ids.
    pub fn slug(self) -> String {
        format!("e{:02}", self.0)
    }

    pub fn parse(text: &str) -> Option<EntitlementId> {
        let number: u8 = text.strip_prefix(['e', 'E'])?.parse().ok()?;
        (1..=CATALOGUE_LEN)
            .contains(&usize::from(number))
            .then_some(EntitlementId(number))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Entitlement {
    pub id: EntitlementId,
    pub theme: Theme,
    pub conditions: &'static [Condition],
    pub amount: AmountRule,
    pub channel: Channel,
    /// The plan section that is the legal basis.
    pub basis: PlanSection,
}

/// Whether an entitlement asks for household registration (户籍) in the
/// district, accepts living there, or neither. The reason for each is the
/// message `ent-eNN-residence`, for policy staff to review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Residence {
    Registered,
    RegisteredOrLiving,
    Anyone,
}

use AmountRule::*;
use Channel::*;
use Condition as C;
use ParameterId as P;
use Theme::*;
use Unit::*;

const fn e(
    id: u8,
    theme: Theme,
    conditions: &'static [Condition],
    amount: AmountRule,
    channel: Channel,
    basis: PlanSection,
) -> Entitlement {
    Entitlement {
        id: EntitlementId(id),
        theme,
        conditions,
        amount,
        channel,
        basis,
    }
}

const CH3_1: PlanSection = PlanSection {
    chapter: 3,
    section: 1,
};
const CH3_2: PlanSection = PlanSection {
    chapter: 3,
    section: 2,
};
const CH3_3: PlanSection = PlanSection {
    chapter: 3,
    section: 3,
};
const CH3_4: PlanSection = PlanSection {
    chapter: 3,
    section: 4,
};
const CH3_5: PlanSection = PlanSection {
    chapter: 3,
    section: 5,
};
const CH3_6: PlanSection = PlanSection {
    chapter: 3,
    section: 6,
};
const CH3_7: PlanSection = PlanSection {
    chapter: 3,
    section: 7,
};

/// How many entitlements there are: the length of every per-entitlement array.
pub const CATALOGUE_LEN: usize = 46;

pub const CATALOGUE: [Entitlement; CATALOGUE_LEN] = [
    // Basic living
    e(
        1,
        Living,
        &[
            C::RegisteredInDistrict,
            C::IncomeWithinDibao {
                times_parameter: None,
            },
        ],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    e(
        2,
        Living,
        &[
            C::RegisteredInDistrict,
            C::HasCertificate,
            C::AdultAge,
            C::LostWorkAbility,
            C::IncomeWithinDibao {
                times_parameter: Some(P::SeparateDibaoMultiplier),
            },
        ],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    e(
        3,
        Living,
        &[C::RegisteredInDistrict, C::HouseholdDibao, C::HasCertificate],
        Fixed(P::LivingAllowance, YuanPerMonth),
        Online,
        CH3_1,
    ),
    e(
        4,
        Living,
        &[C::RegisteredInDistrict, C::HasCertificate, C::SevereLevel],
        Fixed(P::NursingSubsidy, YuanPerYear),
        Online,
        CH3_1,
    ),
    e(
        5,
        Living,
        &[C::RegisteredInDistrict, C::HasCertificate, C::C5Licence],
        Fixed(P::C5LicenceSubsidy, YuanOnce),
        Online,
        CH3_1,
    ),
    e(
        6,
        Living,
        &[C::RegisteredInDistrict, C::HasCertificate, C::MotorisedWheelchair],
        Fixed(P::WheelchairFuelSubsidy, YuanPerYear),
        Online,
        CH3_1,
    ),
    e(
        7,
        Living,
        &[C::HasCertificate, C::OwnVehicle],
        NoAmount,
        DistrictFederation,
        CH3_1,
    ),
    e(
        8,
        Living,
        &[C::RegisteredInDistrict, C::HasCertificate, C::HouseholdPoor],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    // Medical and insurance
    e(
        9,
        HealthInsurance,
        &[C::RegisteredInDistrict, C::HasCertificate, C::PoorOrSevere],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    e(
        10,
        HealthInsurance,
        &[C::RegisteredOrLivingInDistrict, C::MentalHealthCondition],
        NoAmount,
        HealthCentre,
        CH3_1,
    ),
    e(
        11,
        HealthInsurance,
        &[C::RegisteredInDistrict, C::SevereMentalDisorder],
        NoAmount,
        HealthCentre,
        CH3_1,
    ),
    e(
        12,
        HealthInsurance,
        &[C::RegisteredInDistrict, C::HasCertificate, C::PoorOrSevere],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    e(
        13,
        HealthInsurance,
        &[
            C::RegisteredInDistrict,
            C::HasCertificate,
            C::LevelThreeOrFour,
            C::HouseholdPoor,
        ],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    // Housing and accessibility
    e(
        14,
        Housing,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::UrbanArea,
            C::HouseholdPoor,
            C::Housing(Housing::UrbanHousingDifficulty),
        ],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    e(
        15,
        Housing,
        &[
            C::RegisteredInDistrict,
            C::HasCertificate,
            C::Housing(Housing::DangerousHouse),
        ],
        ShareByPoverty {
            poor: P::DangerousHouseSharePoor,
            other: P::DangerousHouseShareOther,
        },
        StreetOffice,
        CH3_1,
    ),
    e(
        16,
        Housing,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::Needs(Need::HomeAdaptation),
        ],
        FreeIfPoor {
            other: P::HomeAdaptationShareOther,
        },
        Online,
        CH3_5,
    ),
    // Employment
    e(
        17,
        Work,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::WorkingAge,
            C::WantsWork,
        ],
        NoAmount,
        EmploymentService,
        CH3_2,
    ),
    e(
        18,
        Work,
        &[C::RegisteredOrLivingInDistrict, C::HasCertificate, C::WorkingAge],
        NoAmount,
        EmploymentService,
        CH3_2,
    ),
    e(
        19,
        Work,
        &[
            C::RegisteredInDistrict,
            C::HasCertificate,
            C::Employment(Employment::SelfEmployedLicensed),
        ],
        Fixed(P::SelfEmploymentGrant, YuanOnce),
        Online,
        CH3_2,
    ),
    e(
        20,
        Work,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::WorkingAge,
            C::SmallBusiness,
        ],
        NoAmount,
        DistrictFederation,
        CH3_2,
    ),
    e(
        21,
        Work,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::WorkingAge,
            C::WantsWork,
            C::AssistedEmploymentCategory,
        ],
        NoAmount,
        DistrictFederation,
        CH3_2,
    ),
    // Rehabilitation
    e(
        22,
        Rehabilitation,
        &[
            C::RegisteredOrLivingInDistrict,
            C::AgeBetween { min: 0, max: 6 },
            C::ChildRehabCategory,
        ],
        NoAmount,
        Online,
        CH3_3,
    ),
    e(
        23,
        Rehabilitation,
        &[
            C::RegisteredOrLivingInDistrict,
            C::AgeBetween { min: 7, max: 14 },
            C::ChildTrainingCategory,
            C::SelfPaidTrainingYear,
        ],
        Fixed(P::ChildTrainingSubsidy, YuanPerYear),
        Online,
        CH3_3,
    ),
    e(
        24,
        Rehabilitation,
        &[C::RegisteredInDistrict, C::Needs(Need::Prosthesis)],
        Fixed(P::ProsthesisSubsidy, YuanOnce),
        Online,
        CH3_3,
    ),
    e(
        25,
        Rehabilitation,
        &[C::RegisteredInDistrict, C::Needs(Need::CochlearImplant)],
        Fixed(P::CochlearImplantSubsidy, YuanOnce),
        Online,
        CH3_3,
    ),
    e(
        26,
        Rehabilitation,
        &[
            C::RegisteredInDistrict,
            C::HasCertificate,
            C::Needs(Need::AssistiveDevice),
        ],
        NoAmount,
        Online,
        CH3_3,
    ),
    e(
        27,
        Rehabilitation,
        &[C::RegisteredOrLivingInDistrict, C::HasCertificate],
        NoAmount,
        Online,
        CH3_3,
    ),
    // Education
    e(
        28,
        Education,
        &[
            C::RegisteredOrLivingInDistrict,
            C::AgeBetween { min: 3, max: 6 },
            C::PreschoolGrantGroup,
        ],
        Fixed(P::PreschoolGrant, YuanPerYear),
        Online,
        CH3_4,
    ),
    e(
        29,
        Education,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::CompulsorySchoolAge,
        ],
        NoAmount,
        School,
        CH3_4,
    ),
    e(
        30,
        Education,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::Education(Education::SecondaryVocational),
        ],
        NoAmount,
        School,
        CH3_4,
    ),
    e(
        31,
        Education,
        &[
            C::RegisteredInDistrict,
            C::HasCertificate,
            C::Education(Education::HigherVocational),
            C::HouseholdPoor,
        ],
        NoAmount,
        School,
        CH3_4,
    ),
    e(
        32,
        Education,
        &[C::RegisteredOrLivingInDistrict, C::HasCertificate, C::InEducation],
        Fixed(P::StudentSuppliesSubsidy, YuanPerYear),
        Online,
        CH3_4,
    ),
    e(
        33,
        Education,
        &[
            C::RegisteredInDistrict,
            C::HasCertificate,
            C::Education(Education::University),
        ],
        Fixed(P::UniversityAssistance, YuanOnce),
        Online,
        CH3_4,
    ),
    // Culture, rights and everyday life
    e(
        34,
        EverydayLife,
        &[C::RegisteredOrLivingInDistrict, C::HasCertificate, C::Blind],
        NoAmount,
        EmployerOrFederation,
        CH3_5,
    ),
    e(35, EverydayLife, &[C::HasCertificate], NoAmount, AtVenue, CH3_5),
    e(36, EverydayLife, &[C::DisabledPerson], NoAmount, LegalAid, CH3_7),
    // Support the plan names that the first catalogue missed. No figures in
    // the plan for any of them; only E43 is a sum of money.
    //
    // 完善重度残疾人医疗报销制度，方便重度残疾人就医费用结算 (Ch3 §1). Hukou:
    // medical insurance and medical assistance run where the hukou is.
    e(
        37,
        HealthInsurance,
        &[C::RegisteredInDistrict, C::HasCertificate, C::SevereLevel],
        NoAmount,
        StreetOffice,
        CH3_1,
    ),
    // 社区公益性岗位、居家就业、网络就业 (Ch3 §2). Employment services serve
    // people where they live, as for E17 and E18.
    e(
        38,
        Work,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::WorkingAge,
            C::WantsWork,
        ],
        NoAmount,
        EmploymentService,
        CH3_2,
    ),
    // “工疗站”、“娱乐站”、“日间照料站” for 城乡贫困残疾人、重度残疾人 (Ch3 §3):
    // community stations near where people live.
    e(
        39,
        Rehabilitation,
        &[
            C::RegisteredOrLivingInDistrict,
            C::HasCertificate,
            C::PoorOrSevere,
        ],
        NoAmount,
        DistrictFederation,
        CH3_3,
    ),
    // 智障儿童托养中心, one of the district's “五个中心” (Ch3 §5). Children:
    // under 18. No certificate condition: a diagnosis may do for a child.
    e(
        40,
        Rehabilitation,
        &[
            C::RegisteredInDistrict,
            C::AgeBetween { min: 0, max: 17 },
            C::Category(Category::Intellectual),
        ],
        NoAmount,
        DistrictFederation,
        CH3_5,
    ),
    // 全区0—6岁儿童残疾筛查 (Ch3 §3): every young child, no certificate, a
    // basic public health service where the child lives.
    e(
        41,
        Rehabilitation,
        &[C::RegisteredOrLivingInDistrict, C::AgeBetween { min: 0, max: 6 }],
        NoAmount,
        HealthCentre,
        CH3_3,
    ),
    // 残疾儿童随班就读保障体系 and 残疾人考试辅助办法 (Ch3 §4): through the school.
    e(
        42,
        Education,
        &[C::RegisteredOrLivingInDistrict, C::HasCertificate, C::InEducation],
        NoAmount,
        School,
        CH3_4,
    ),
    // 残疾人家庭子女入学救助 (Ch1 §1) under the 教育救助 of Ch3 §1 for poor
    // disabled families. Until the facts say whether a parent is disabled,
    // the household's poverty stands for the family condition.
    e(
        43,
        Education,
        &[
            C::RegisteredInDistrict,
            C::DisabledOrDisabledParent,
            C::InEducation,
            C::HouseholdPoor,
        ],
        Fixed(P::EnrolmentAid, YuanOnce),
        DistrictFederation,
        CH3_1,
    ),
    // 实施残疾人康复体育关爱家庭计划，不断扩大试点面 (Ch3 §5): at home.
    e(
        44,
        Rehabilitation,
        &[C::RegisteredOrLivingInDistrict, C::HasCertificate],
        NoAmount,
        DistrictFederation,
        CH3_5,
    ),
    // 视障阅览室、盲文读物、盲人有声读物图书室 (Ch3 §5): public library rooms,
    // open to anyone who comes.
    e(
        45,
        EverydayLife,
        &[C::Category(Category::Visual)],
        NoAmount,
        Library,
        CH3_5,
    ),
    // 政府购买残疾人服务 (Ch3 §6), 居家助残 as piloted since 2015 (Ch1 §1):
    // help delivered at home where the person lives.
    e(
        46,
        EverydayLife,
        &[C::RegisteredOrLivingInDistrict, C::HasCertificate],
        NoAmount,
        DistrictFederation,
        CH3_6,
    ),
];

impl Entitlement {
    /// Whether this portal takes applications for it (the others are
    /// applied for where the channel says).
    pub fn can_apply_online(&self) -> bool {
        self.channel == Channel::Online
    }

    /// What the entitlement asks of where the person is registered or lives.
    pub fn residence(&self) -> Residence {
        self.conditions
            .iter()
            .find_map(|c| match c {
                Condition::RegisteredInDistrict => Some(Residence::Registered),
                Condition::RegisteredOrLivingInDistrict => Some(Residence::RegisteredOrLiving),
                _ => None,
            })
            .unwrap_or(Residence::Anyone)
    }
}

pub fn entitlement(id: EntitlementId) -> Option<&'static Entitlement> {
    CATALOGUE.iter().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_has_every_entitlement_once_in_order() {
        for (index, entitlement) in CATALOGUE.iter().enumerate() {
            assert_eq!(usize::from(entitlement.id.0), index + 1);
            assert!(!entitlement.conditions.is_empty());
            let residence_conditions = entitlement
                .conditions
                .iter()
                .filter(|c| {
                    matches!(
                        c,
                        Condition::RegisteredInDistrict | Condition::RegisteredOrLivingInDistrict
                    )
                })
                .count();
            assert!(
                residence_conditions <= 1,
                "{:?} asks residence once",
                entitlement.id
            );
            assert_eq!(
                residence_conditions == 0,
                entitlement.residence() == Residence::Anyone,
                "{:?}",
                entitlement.id
            );
        }
        for theme in Theme::ALL {
            assert!(
                CATALOGUE.iter().any(|e| e.theme == theme),
                "{theme:?} has entitlements"
            );
        }
    }

    #[test]
    fn ids_parse_from_codes_and_slugs() {
        assert_eq!(EntitlementId::parse("e03"), Some(EntitlementId(3)));
        assert_eq!(
            EntitlementId::parse("E46").map(EntitlementId::code),
            Some("E46".to_string())
        );
        assert_eq!(EntitlementId::parse("e47"), None);
        assert_eq!(EntitlementId::parse("e00"), None);
        assert_eq!(EntitlementId::parse("x1"), None);
        assert_eq!(EntitlementId(7).slug(), "e07");
    }
}
