//! The directory of places and services: the kinds of service, the
//! accessibility facts measured at a location (each yes, no or not known),
//! what a visitor can ask for in "what I need", and the filter that finds
//! places. A need is met only by a measured "yes": "not known" never
//! passes for "yes".

/// One measured fact about a location. "Not known" is stored as such,
/// never as a missing value, so a page can always say which it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Fact {
    Yes,
    No,
    #[default]
    NotKnown,
}

impl Fact {
    pub const ALL: [Fact; 3] = [Fact::Yes, Fact::No, Fact::NotKnown];

    /// As stored and as sent by the staff form.
    pub fn key(self) -> &'static str {
        match self {
            Fact::Yes => "yes",
            Fact::No => "no",
            Fact::NotKnown => "unknown",
        }
    }

    pub fn parse(text: &str) -> Option<Fact> {
        Fact::ALL.into_iter().find(|f| f.key() == text)
    }
}

/// The yes/no/not-known facts of a location (door width is a number, apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feature {
    StepFreeEntrance,
    Lift,
    AccessibleToilet,
    HearingLoop,
    SignLanguageStaff,
    BrailleOrTactileSignage,
    QuietRoom,
    AccessibleParking,
}

impl Feature {
    pub const ALL: [Feature; 8] = [
        Feature::StepFreeEntrance,
        Feature::Lift,
        Feature::AccessibleToilet,
        Feature::HearingLoop,
        Feature::SignLanguageStaff,
        Feature::BrailleOrTactileSignage,
        Feature::QuietRoom,
        Feature::AccessibleParking,
    ];

    /// In query strings, form fields and message ids (`places-feature-{key}`).
    pub fn key(self) -> &'static str {
        match self {
            Feature::StepFreeEntrance => "step-free",
            Feature::Lift => "lift",
            Feature::AccessibleToilet => "toilet",
            Feature::HearingLoop => "hearing-loop",
            Feature::SignLanguageStaff => "sign-language",
            Feature::BrailleOrTactileSignage => "braille",
            Feature::QuietRoom => "quiet-room",
            Feature::AccessibleParking => "parking",
        }
    }

    pub fn parse(text: &str) -> Option<Feature> {
        Feature::ALL.into_iter().find(|f| f.key() == text)
    }
}

/// Every fact of one location, in the order of [`Feature::ALL`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub step_free_entrance: Fact,
    pub lift: Fact,
    pub accessible_toilet: Fact,
    pub hearing_loop: Fact,
    pub sign_language_staff: Fact,
    pub braille_or_tactile_signage: Fact,
    pub quiet_room: Fact,
    pub accessible_parking: Fact,
}

impl Facts {
    pub fn get(&self, feature: Feature) -> Fact {
        match feature {
            Feature::StepFreeEntrance => self.step_free_entrance,
            Feature::Lift => self.lift,
            Feature::AccessibleToilet => self.accessible_toilet,
            Feature::HearingLoop => self.hearing_loop,
            Feature::SignLanguageStaff => self.sign_language_staff,
            Feature::BrailleOrTactileSignage => self.braille_or_tactile_signage,
            Feature::QuietRoom => self.quiet_room,
            Feature::AccessibleParking => self.accessible_parking,
        }
    }

    pub fn set(&mut self, feature: Feature, fact: Fact) {
        let slot = match feature {
            Feature::StepFreeEntrance => &mut self.step_free_entrance,
            Feature::Lift => &mut self.lift,
            Feature::AccessibleToilet => &mut self.accessible_toilet,
            Feature::HearingLoop => &mut self.hearing_loop,
            Feature::SignLanguageStaff => &mut self.sign_language_staff,
            Feature::BrailleOrTactileSignage => &mut self.braille_or_tactile_signage,
            Feature::QuietRoom => &mut self.quiet_room,
            Feature::AccessibleParking => &mut self.accessible_parking,
        };
        *slot = fact;
    }

    /// Whether every one of `needs` is a measured "yes".
    pub fn meet(&self, needs: &[Feature]) -> bool {
        needs.iter().all(|need| self.get(*need) == Fact::Yes)
    }
}

/// The kinds of service in the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServiceKind {
    FederationOffice,
    Comprehensive,
    Rehabilitation,
    MentalHealth,
    Care,
    Employment,
    LegalAid,
    Culture,
    Reading,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 9] = [
        ServiceKind::FederationOffice,
        ServiceKind::Comprehensive,
        ServiceKind::Rehabilitation,
        ServiceKind::MentalHealth,
        ServiceKind::Care,
        ServiceKind::Employment,
        ServiceKind::LegalAid,
        ServiceKind::Culture,
        ServiceKind::Reading,
    ];

    /// As stored, in query strings and in message ids (`places-kind-{key}`).
    pub fn key(self) -> &'static str {
        match self {
            ServiceKind::FederationOffice => "federation-office",
            ServiceKind::Comprehensive => "comprehensive",
            ServiceKind::Rehabilitation => "rehabilitation",
            ServiceKind::MentalHealth => "mental-health",
            ServiceKind::Care => "care",
            ServiceKind::Employment => "employment",
            ServiceKind::LegalAid => "legal-aid",
            ServiceKind::Culture => "culture",
            ServiceKind::Reading => "reading",
        }
    }

    pub fn parse(text: &str) -> Option<ServiceKind> {
        ServiceKind::ALL.into_iter().find(|k| k.key() == text)
    }
}

/// The narrowest and widest door a person could report, in centimetres.
pub const DOOR_WIDTH_CM: std::ops::RangeInclusive<i32> = 40..=400;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DoorWidthError {
    #[error("not a whole number of centimetres")]
    NotANumber,
    #[error("outside the widths a door can have")]
    OutOfRange,
}

/// A door width as staff type it: empty means "not known"; otherwise a
/// whole number of centimetres, with spaces, a trailing "cm" or "厘米" and
/// full-width digits (as Chinese keyboards type them) tolerated.
pub fn parse_door_width(text: &str) -> Result<Option<i32>, DoorWidthError> {
    let narrow: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect();
    let number = narrow
        .strip_suffix("厘米")
        .or_else(|| {
            narrow
                .to_ascii_lowercase()
                .strip_suffix("cm")
                .map(|_| &narrow[..narrow.len() - 2])
        })
        .unwrap_or(&narrow);
    if number.is_empty() {
        return Ok(None);
    }
    if !number.chars().all(|c| c.is_ascii_digit()) {
        return Err(DoorWidthError::NotANumber);
    }
    let width = number.parse::<i32>().map_err(|_| DoorWidthError::OutOfRange)?;
    if DOOR_WIDTH_CM.contains(&width) {
        Ok(Some(width))
    } else {
        Err(DoorWidthError::OutOfRange)
    }
}

/// What "find a place" asks for: a street or town, a kind of service, and
/// needs that must all be a measured "yes".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceFilter {
    /// A street or town code; a place in one of its communities is in it.
    pub area: Option<String>,
    pub kind: Option<ServiceKind>,
    pub needs: Vec<Feature>,
}

/// What the filter looks at in one place.
pub struct PlaceFacts<'a> {
    pub area_code: &'a str,
    pub kinds: &'a [ServiceKind],
    pub facts: &'a Facts,
}

impl PlaceFilter {
    pub fn admits(&self, place: &PlaceFacts<'_>) -> bool {
        self.area
            .as_deref()
            .is_none_or(|area| super::staff::in_scope(area, place.area_code))
            && self.kind.is_none_or(|kind| place.kinds.contains(&kind))
            && place.facts.meet(&self.needs)
    }

    pub fn is_empty(&self) -> bool {
        self.area.is_none() && self.kind.is_none() && self.needs.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(step_free: Fact, toilet: Fact) -> Facts {
        Facts {
            step_free_entrance: step_free,
            accessible_toilet: toilet,
            ..Facts::default()
        }
    }

    #[test]
    fn only_a_measured_yes_meets_a_need() {
        let need = [Feature::StepFreeEntrance];
        assert!(facts(Fact::Yes, Fact::No).meet(&need));
        assert!(!facts(Fact::No, Fact::Yes).meet(&need));
        assert!(!facts(Fact::NotKnown, Fact::Yes).meet(&need));
        assert!(Facts::default().meet(&[]), "no needs: every place");
    }

    #[test]
    fn every_need_must_be_met() {
        let both = [Feature::StepFreeEntrance, Feature::AccessibleToilet];
        assert!(facts(Fact::Yes, Fact::Yes).meet(&both));
        assert!(!facts(Fact::Yes, Fact::NotKnown).meet(&both));
        assert!(!facts(Fact::Yes, Fact::No).meet(&both));
    }

    #[test]
    fn set_and_get_agree_for_every_feature() {
        for feature in Feature::ALL {
            let mut all = Facts::default();
            all.set(feature, Fact::Yes);
            assert_eq!(all.get(feature), Fact::Yes);
            let others = Feature::ALL.iter().filter(|f| **f != feature);
            assert!(others.into_iter().all(|f| all.get(*f) == Fact::NotKnown));
        }
    }

    #[test]
    fn keys_round_trip() {
        for fact in Fact::ALL {
            assert_eq!(Fact::parse(fact.key()), Some(fact));
        }
        for feature in Feature::ALL {
            assert_eq!(Feature::parse(feature.key()), Some(feature));
        }
        for kind in ServiceKind::ALL {
            assert_eq!(ServiceKind::parse(kind.key()), Some(kind));
        }
        assert_eq!(Fact::parse("maybe"), None);
        assert_eq!(ServiceKind::parse("Legal-Aid"), None);
    }

    #[test]
    fn door_widths_are_read_leniently_but_checked() {
        assert_eq!(parse_door_width(""), Ok(None));
        assert_eq!(parse_door_width("   "), Ok(None));
        assert_eq!(parse_door_width("90"), Ok(Some(90)));
        assert_eq!(parse_door_width(" 85 cm"), Ok(Some(85)));
        assert_eq!(parse_door_width("85CM"), Ok(Some(85)));
        assert_eq!(parse_door_width("１００厘米"), Ok(Some(100)));
        assert_eq!(parse_door_width("wide"), Err(DoorWidthError::NotANumber));
        assert_eq!(parse_door_width("-5"), Err(DoorWidthError::NotANumber));
        assert_eq!(parse_door_width("8.5"), Err(DoorWidthError::NotANumber));
        assert_eq!(parse_door_width("9"), Err(DoorWidthError::OutOfRange));
        assert_eq!(
            parse_door_width("99999999999999"),
            Err(DoorWidthError::OutOfRange)
        );
    }

    #[test]
    fn the_filter_checks_area_kind_and_needs() {
        let facts = facts(Fact::Yes, Fact::NotKnown);
        let kinds = [ServiceKind::LegalAid];
        let place = PlaceFacts {
            area_code: "jiangbei.guanyinqiao.community1",
            kinds: &kinds,
            facts: &facts,
        };
        assert!(PlaceFilter::default().admits(&place));
        let street = |code: &str| PlaceFilter {
            area: Some(code.to_string()),
            ..PlaceFilter::default()
        };
        assert!(street("jiangbei.guanyinqiao").admits(&place));
        assert!(!street("jiangbei.guanyin").admits(&place));
        assert!(!street("jiangbei.wulidian").admits(&place));
        let kind = |kind| PlaceFilter {
            kind: Some(kind),
            ..PlaceFilter::default()
        };
        assert!(kind(ServiceKind::LegalAid).admits(&place));
        assert!(!kind(ServiceKind::Culture).admits(&place));
        let needs = |needs: Vec<Feature>| PlaceFilter {
            needs,
            ..PlaceFilter::default()
        };
        assert!(needs(vec![Feature::StepFreeEntrance]).admits(&place));
        assert!(!needs(vec![Feature::AccessibleToilet]).admits(&place));
    }
}
