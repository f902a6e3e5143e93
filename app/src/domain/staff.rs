//! Staff roles and the one permission check every staff request goes
//! through: what a role may do, at which level, and where (its scope).

use super::applications::{ApplicationStatus, Move};
use super::resident_id::CertificateNumber;
use super::working_days::WorkingCalendar;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Takes in and checks applications in one community (社区/村).
    CommunityWorker,
    /// Reviews applications for one street or town (街道/镇).
    StreetReviewer,
    /// Decides for the whole district (区残联).
    DistrictApprover,
    /// Runs fairs, courses and pages; no access to applications.
    ContentEditor,
    /// Manages staff accounts, rule parameters and the audit log.
    Administrator,
    /// Handles petitions and complaints in an area (信访); at the district,
    /// also supervises overdue matters (督查督办).
    PetitionOfficer,
    /// Decides legal-aid requests in an area: the district centre or a
    /// street or town post (法律援助); at the district, also keeps the lawyers' list.
    LegalAidWorker,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::CommunityWorker,
        Role::StreetReviewer,
        Role::DistrictApprover,
        Role::ContentEditor,
        Role::Administrator,
        Role::PetitionOfficer,
        Role::LegalAidWorker,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::CommunityWorker => "community_worker",
            Role::StreetReviewer => "street_reviewer",
            Role::DistrictApprover => "district_approver",
            Role::ContentEditor => "content_editor",
            Role::Administrator => "administrator",
            Role::PetitionOfficer => "petition_officer",
            Role::LegalAidWorker => "legal_aid_worker",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == text)
    }

    /// The status of the applications this role reviews, if it reviews any.
    pub fn reviews(self) -> Option<ApplicationStatus> {
        match self {
            Role::CommunityWorker => Some(ApplicationStatus::Submitted),
            Role::StreetReviewer => Some(ApplicationStatus::StreetReview),
            Role::DistrictApprover => Some(ApplicationStatus::DistrictReview),
            Role::ContentEditor | Role::Administrator | Role::PetitionOfficer | Role::LegalAidWorker => None,
        }
    }
}

/// A signed-in staff member as the permission check sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffMember {
    pub id: i32,
    pub role: Role,
    /// Area code: `jiangbei`, `jiangbei.guanyinqiao`, `jiangbei.guanyinqiao.community1`.
    pub area: String,
}

/// What a staff member asks to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffAction<'a> {
    /// See an application (its personal data included) in an area.
    ViewApplication {
        area: &'a str,
    },
    /// Move an application that is at `status`, in `area`.
    Review {
        area: &'a str,
        status: ApplicationStatus,
        attempted: Move,
    },
    ManageStaff,
    EditParameters,
    ReadAudit,
    EditEvents,
    /// Write, submit and unpublish news, notices, explainers, pages and the banner.
    EditArticles,
    /// Publish a submitted version written by `author_id` (`assigned`: who must publish it).
    PublishArticle {
        author_id: i32,
        assigned: Option<i32>,
    },
    /// Choose who publishes an article.
    AssignPublisher,
    /// Verify and update the directory's places (facts, hours, contacts).
    EditPlaces,
    /// Keep the public holidays and make-up working days.
    EditCalendar,
    /// See and handle a petition or complaint held in `area`.
    HandlePetition {
        area: &'a str,
    },
    /// Supervise overdue petitions across the district (督查督办).
    SupervisePetitions,
    /// See and handle a legal-aid request in `area`.
    HandleLegalAid {
        area: &'a str,
    },
    /// Keep the list of legal-aid lawyers and their languages.
    ManageLawyers,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("the role may not do this")]
    Role,
    #[error("the application is outside the staff member's area")]
    Scope,
    #[error("the application is not at this role's level")]
    Level,
    #[error("the move is not allowed from the application's status")]
    Move,
}

/// Whether an area code is the whole district (no street or community part).
pub fn is_district(area: &str) -> bool {
    !area.is_empty() && !area.contains('.')
}

/// Whether `area` is the staff member's area or inside it.
pub fn in_scope(staff_area: &str, area: &str) -> bool {
    area == staff_area
        || area
            .strip_prefix(staff_area)
            .is_some_and(|rest| rest.starts_with('.'))
}

impl StaffMember {
    /// The one permission check.
    pub fn may(&self, action: StaffAction<'_>) -> Result<(), Denied> {
        let reviewer = self.role.reviews().is_some();
        match action {
            StaffAction::ViewApplication { area } => {
                if !reviewer {
                    return Err(Denied::Role);
                }
                if !in_scope(&self.area, area) {
                    return Err(Denied::Scope);
                }
                Ok(())
            }
            StaffAction::Review {
                area,
                status,
                attempted,
            } => {
                let Some(level) = self.role.reviews() else {
                    return Err(Denied::Role);
                };
                if !in_scope(&self.area, area) {
                    return Err(Denied::Scope);
                }
                if status != level {
                    return Err(Denied::Level);
                }
                let staff_move = matches!(
                    attempted,
                    Move::Pass | Move::Approve | Move::RequestInformation | Move::Refuse
                );
                if !staff_move || status.after(attempted, None).is_err() {
                    return Err(Denied::Move);
                }
                Ok(())
            }
            StaffAction::ManageStaff | StaffAction::EditParameters | StaffAction::ReadAudit => {
                match self.role {
                    Role::Administrator => Ok(()),
                    _ => Err(Denied::Role),
                }
            }
            StaffAction::EditEvents | StaffAction::EditArticles | StaffAction::EditPlaces => {
                match self.role {
                    Role::ContentEditor | Role::Administrator => Ok(()),
                    _ => Err(Denied::Role),
                }
            }
            StaffAction::PublishArticle { author_id, assigned } => {
                self.may(StaffAction::EditArticles)?;
                super::articles::may_publish(self.id, author_id, assigned).map_err(|_| Denied::Role)
            }
            StaffAction::AssignPublisher | StaffAction::EditCalendar => match self.role {
                Role::Administrator => Ok(()),
                _ => Err(Denied::Role),
            },
            StaffAction::HandlePetition { area } => self.in_role_and_scope(Role::PetitionOfficer, area),
            StaffAction::HandleLegalAid { area } => self.in_role_and_scope(Role::LegalAidWorker, area),
            StaffAction::SupervisePetitions => match self.role {
                Role::PetitionOfficer if is_district(&self.area) => Ok(()),
                Role::PetitionOfficer => Err(Denied::Scope),
                _ => Err(Denied::Role),
            },
            StaffAction::ManageLawyers => match self.role {
                Role::Administrator => Ok(()),
                Role::LegalAidWorker if is_district(&self.area) => Ok(()),
                Role::LegalAidWorker => Err(Denied::Scope),
                _ => Err(Denied::Role),
            },
        }
    }

    fn in_role_and_scope(&self, role: Role, area: &str) -> Result<(), Denied> {
        if self.role != role {
            return Err(Denied::Role);
        }
        if !in_scope(&self.area, area) {
            return Err(Denied::Scope);
        }
        Ok(())
    }
}

impl Role {
    /// Whether lists, exports and application pages show full certificate
    /// numbers: community workers check the person's identity at intake; the
    /// street and district decide on what the community checked.
    pub fn sees_full_numbers(self) -> bool {
        self == Role::CommunityWorker
    }

    /// A stored certificate number as this role may see it: whole, or the
    /// ID's region and last two characters. A number that does not parse
    /// (never stored by the portal's own forms) is shown only to those who
    /// see numbers whole.
    pub fn certificate_number_shown(self, stored: &str) -> String {
        match (CertificateNumber::parse(stored), self.sees_full_numbers()) {
            (Ok(number), true) => number.to_string(),
            (Ok(number), false) => number.resident_id().masked(),
            (Err(_), true) => stored.to_string(),
            (Err(_), false) => String::new(),
        }
    }
}

/// How many working days each level has for an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServiceLevels {
    pub community: u32,
    pub street: u32,
    pub district: u32,
}

impl Default for ServiceLevels {
    fn default() -> Self {
        ServiceLevels {
            community: 10,
            street: 10,
            district: 10,
        }
    }
}

impl ServiceLevels {
    /// The working days allowed at `status`; none where nobody on the staff is waited for.
    pub fn days_for(self, status: ApplicationStatus) -> Option<u32> {
        match status {
            ApplicationStatus::Submitted => Some(self.community),
            ApplicationStatus::StreetReview => Some(self.street),
            ApplicationStatus::DistrictReview => Some(self.district),
            _ => None,
        }
    }

    /// The last day an application can have reached `status` and be
    /// overdue on `today`: overdue exactly when it arrived on or before it.
    pub fn overdue_if_since_on_or_before(
        self,
        status: ApplicationStatus,
        today: NaiveDate,
        calendar: &WorkingCalendar,
    ) -> Option<NaiveDate> {
        let allowed = self.days_for(status)?;
        let mut counted = 0;
        let mut day = today;
        loop {
            if calendar.is_working_day(day) {
                counted += 1;
                if counted > allowed {
                    return day.pred_opt();
                }
            }
            day = day.pred_opt()?;
        }
    }

    /// Whether an application at `status` since `since` is past its level's
    /// time on `today`, counting working days with the holiday calendar.
    pub fn is_overdue(
        self,
        status: ApplicationStatus,
        since: NaiveDate,
        today: NaiveDate,
        calendar: &WorkingCalendar,
    ) -> bool {
        self.days_for(status)
            .is_some_and(|allowed| calendar.working_days_between(since, today) > allowed)
    }
}

/// Why the district or a level refuses an application; the free text says more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefusalReason {
    NotEligible,
    NotResident,
    DocumentsInvalid,
    AlreadyReceiving,
    NoResponse,
    Other,
}

impl RefusalReason {
    pub const ALL: [RefusalReason; 6] = [
        RefusalReason::NotEligible,
        RefusalReason::NotResident,
        RefusalReason::DocumentsInvalid,
        RefusalReason::AlreadyReceiving,
        RefusalReason::NoResponse,
        RefusalReason::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RefusalReason::NotEligible => "not_eligible",
            RefusalReason::NotResident => "not_resident",
            RefusalReason::DocumentsInvalid => "documents_invalid",
            RefusalReason::AlreadyReceiving => "already_receiving",
            RefusalReason::NoResponse => "no_response",
            RefusalReason::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<RefusalReason> {
        RefusalReason::ALL.into_iter().find(|r| r.key() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApplicationStatus as S;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn overdue_after_the_level_s_working_days() {
        let levels = ServiceLevels::default();
        let weeks = WorkingCalendar::default();
        let friday = day(2026, 11, 27);
        assert!(!levels.is_overdue(S::Submitted, friday, day(2026, 12, 11), &weeks));
        assert!(levels.is_overdue(S::Submitted, friday, day(2026, 12, 14), &weeks));
        assert!(!levels.is_overdue(S::MoreInformationNeeded, friday, day(2027, 1, 1), &weeks));
        let quick = ServiceLevels { street: 2, ..levels };
        assert!(quick.is_overdue(S::StreetReview, friday, day(2026, 12, 2), &weeks));
        assert!(!quick.is_overdue(S::Submitted, friday, day(2026, 12, 2), &weeks));
    }

    #[test]
    fn holidays_do_not_count_and_make_up_days_do() {
        use crate::domain::working_days::DayKind;
        // National Day 2026: 1–7 October off, Saturday 10 October worked.
        let mut days: Vec<(NaiveDate, DayKind)> =
            (1..=7).map(|d| (day(2026, 10, d), DayKind::Holiday)).collect();
        days.push((day(2026, 10, 10), DayKind::MakeUpWorkingDay));
        let calendar = WorkingCalendar::new(days);
        let levels = ServiceLevels::default();
        let since = day(2026, 9, 28);
        // Working days after Monday 28 September: 29, 30 Sept, 8, 9, 10,
        // 12–16 October: the tenth is Friday 16 October.
        assert!(!levels.is_overdue(S::Submitted, since, day(2026, 10, 16), &calendar));
        assert!(levels.is_overdue(S::Submitted, since, day(2026, 10, 19), &calendar));
        // Weekends alone would have made it overdue on 12 October.
        assert!(levels.is_overdue(
            S::Submitted,
            since,
            day(2026, 10, 13),
            &WorkingCalendar::default()
        ));
        assert!(!levels.is_overdue(S::Submitted, since, day(2026, 10, 13), &calendar));
    }

    #[test]
    fn the_overdue_cut_off_agrees_with_is_overdue() {
        use crate::domain::working_days::DayKind;
        let levels = ServiceLevels {
            community: 3,
            ..ServiceLevels::default()
        };
        let calendar = WorkingCalendar::new([
            (day(2026, 9, 30), DayKind::Holiday),
            (day(2026, 10, 1), DayKind::Holiday),
            (day(2026, 10, 10), DayKind::MakeUpWorkingDay),
        ]);
        for today_offset in 0..30 {
            let today = day(2026, 9, 20) + chrono::Duration::days(today_offset);
            for status in [S::Submitted, S::StreetReview] {
                let cut_off = levels.overdue_if_since_on_or_before(status, today, &calendar);
                for back in 0..30 {
                    let since = today - chrono::Duration::days(back);
                    assert_eq!(
                        levels.is_overdue(status, since, today, &calendar),
                        cut_off.is_some_and(|c| since <= c),
                        "{status:?} since {since} on {today}"
                    );
                }
            }
        }
        assert_eq!(
            levels.overdue_if_since_on_or_before(S::Approved, day(2026, 11, 16), &calendar),
            None
        );
    }

    #[test]
    fn only_the_community_sees_full_numbers_in_lists() {
        for role in Role::ALL {
            assert_eq!(role.sees_full_numbers(), role == Role::CommunityWorker);
        }
        let number = "11010519491231002X12";
        assert_eq!(Role::CommunityWorker.certificate_number_shown(number), number);
        assert_eq!(
            Role::CommunityWorker.certificate_number_shown("110105 19491231 002x 12"),
            number,
            "as the portal writes it"
        );
        for role in [Role::StreetReviewer, Role::DistrictApprover] {
            assert_eq!(role.certificate_number_shown(number), "110105**********2X");
            assert_eq!(role.certificate_number_shown("not a number"), "");
        }
        assert_eq!(
            Role::CommunityWorker.certificate_number_shown("not a number"),
            "not a number"
        );
        for reason in RefusalReason::ALL {
            assert_eq!(RefusalReason::parse(reason.key()), Some(reason));
        }
    }

    fn staff(role: Role, area: &str) -> StaffMember {
        StaffMember {
            id: 1,
            role,
            area: area.to_string(),
        }
    }

    const GUANYINQIAO_1: &str = "jiangbei.guanyinqiao.community1";
    const WULIDIAN_1: &str = "jiangbei.wulidian.community1";

    #[test]
    fn scope_is_the_area_and_everything_under_it() {
        assert!(in_scope("jiangbei", GUANYINQIAO_1));
        assert!(in_scope("jiangbei.guanyinqiao", GUANYINQIAO_1));
        assert!(in_scope(GUANYINQIAO_1, GUANYINQIAO_1));
        assert!(!in_scope("jiangbei.guanyinqiao", WULIDIAN_1));
        assert!(
            !in_scope("jiangbei.guanyin", GUANYINQIAO_1),
            "a prefix of a name is not a parent"
        );
        assert!(!in_scope(GUANYINQIAO_1, "jiangbei.guanyinqiao"));
    }

    #[test]
    fn a_street_reviewer_never_reaches_another_street() {
        let reviewer = staff(Role::StreetReviewer, "jiangbei.guanyinqiao");
        assert_eq!(
            reviewer.may(StaffAction::ViewApplication { area: GUANYINQIAO_1 }),
            Ok(())
        );
        assert_eq!(
            reviewer.may(StaffAction::ViewApplication { area: WULIDIAN_1 }),
            Err(Denied::Scope)
        );
        let review = |area, status, attempted| StaffAction::Review {
            area,
            status,
            attempted,
        };
        assert_eq!(
            reviewer.may(review(GUANYINQIAO_1, S::StreetReview, Move::Pass)),
            Ok(())
        );
        assert_eq!(
            reviewer.may(review(WULIDIAN_1, S::StreetReview, Move::Pass)),
            Err(Denied::Scope)
        );
        assert_eq!(
            reviewer.may(review(GUANYINQIAO_1, S::Submitted, Move::Pass)),
            Err(Denied::Level)
        );
        assert_eq!(
            reviewer.may(review(GUANYINQIAO_1, S::StreetReview, Move::Approve)),
            Err(Denied::Move)
        );
    }

    /// Every role, every status and every move: allowed exactly when the
    /// role reviews that status and the move is a staff move from it.
    #[test]
    fn every_role_status_and_move() {
        let moves = Move::ALL;
        for role in Role::ALL {
            let member = staff(role, "jiangbei");
            for status in S::ALL {
                for attempted in moves {
                    let allowed = member
                        .may(StaffAction::Review {
                            area: GUANYINQIAO_1,
                            status,
                            attempted,
                        })
                        .is_ok();
                    let expected = role.reviews() == Some(status)
                        && match attempted {
                            Move::Pass => matches!(status, S::Submitted | S::StreetReview),
                            Move::Approve => status == S::DistrictReview,
                            Move::RequestInformation | Move::Refuse => true,
                            _ => false,
                        };
                    assert_eq!(allowed, expected, "{role:?} {status:?} {attempted:?}");
                }
            }
        }
    }

    #[test]
    fn only_administrators_administer_and_editors_edit_events() {
        for role in Role::ALL {
            let member = staff(role, "jiangbei");
            let admin = role == Role::Administrator;
            assert_eq!(member.may(StaffAction::ManageStaff).is_ok(), admin);
            assert_eq!(member.may(StaffAction::EditParameters).is_ok(), admin);
            assert_eq!(member.may(StaffAction::ReadAudit).is_ok(), admin);
            assert_eq!(
                member.may(StaffAction::EditEvents).is_ok(),
                admin || role == Role::ContentEditor
            );
            assert_eq!(
                member.may(StaffAction::EditPlaces).is_ok(),
                admin || role == Role::ContentEditor
            );
            assert_eq!(
                member
                    .may(StaffAction::ViewApplication { area: GUANYINQIAO_1 })
                    .is_ok(),
                role.reviews().is_some()
            );
        }
    }

    #[test]
    fn editors_write_articles_and_a_second_person_publishes() {
        for role in Role::ALL {
            let member = staff(role, "jiangbei");
            let editor = matches!(role, Role::ContentEditor | Role::Administrator);
            assert_eq!(member.may(StaffAction::EditArticles).is_ok(), editor);
            let publish =
                |author_id, assigned| member.may(StaffAction::PublishArticle { author_id, assigned });
            assert_eq!(publish(2, None).is_ok(), editor, "{role:?}");
            assert_eq!(publish(2, Some(1)).is_ok(), editor, "{role:?}");
            assert!(publish(1, None).is_err(), "own version, {role:?}");
            assert!(publish(2, Some(3)).is_err(), "someone else assigned, {role:?}");
            assert_eq!(
                member.may(StaffAction::AssignPublisher).is_ok(),
                role == Role::Administrator
            );
        }
    }

    #[test]
    fn keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.key()), Some(role));
        }
    }

    #[test]
    fn petition_and_legal_aid_staff_stay_in_their_role_and_area() {
        const GUANYINQIAO: &str = "jiangbei.guanyinqiao";
        for role in Role::ALL {
            for area in ["jiangbei", GUANYINQIAO, GUANYINQIAO_1] {
                let member = staff(role, area);
                let petitions = role == Role::PetitionOfficer;
                let legal_aid = role == Role::LegalAidWorker;
                assert_eq!(
                    member
                        .may(StaffAction::HandlePetition { area: GUANYINQIAO_1 })
                        .is_ok(),
                    petitions,
                    "{role:?} in {area}"
                );
                assert_eq!(
                    member
                        .may(StaffAction::HandleLegalAid { area: GUANYINQIAO_1 })
                        .is_ok(),
                    legal_aid,
                    "{role:?} in {area}"
                );
                let district = area == "jiangbei";
                assert_eq!(
                    member.may(StaffAction::SupervisePetitions).is_ok(),
                    petitions && district
                );
                assert_eq!(
                    member.may(StaffAction::ManageLawyers).is_ok(),
                    (legal_aid && district) || role == Role::Administrator
                );
                assert_eq!(
                    member.may(StaffAction::EditCalendar).is_ok(),
                    role == Role::Administrator
                );
                assert!(
                    member
                        .may(StaffAction::ViewApplication { area: GUANYINQIAO_1 })
                        .is_err()
                        || role.reviews().is_some()
                );
            }
        }
        let street = staff(Role::PetitionOfficer, GUANYINQIAO);
        assert_eq!(
            street.may(StaffAction::HandlePetition { area: WULIDIAN_1 }),
            Err(Denied::Scope)
        );
        assert_eq!(street.may(StaffAction::SupervisePetitions), Err(Denied::Scope));
        let post = staff(Role::LegalAidWorker, GUANYINQIAO);
        assert_eq!(
            post.may(StaffAction::HandleLegalAid { area: "jiangbei" }),
            Err(Denied::Scope),
            "a street post does not see the district centre's requests"
        );
        assert!(is_district("jiangbei"));
        assert!(!is_district(GUANYINQIAO));
        assert!(!is_district(""));
    }
}
