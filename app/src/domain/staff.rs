//! Staff roles and the one permission check every staff request goes
//! through: what a role may do, at which level, and where (its scope).

use super::applications::{ApplicationStatus, Move};
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
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::CommunityWorker,
        Role::StreetReviewer,
        Role::DistrictApprover,
        Role::ContentEditor,
        Role::Administrator,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::CommunityWorker => "community_worker",
            Role::StreetReviewer => "street_reviewer",
            Role::DistrictApprover => "district_approver",
            Role::ContentEditor => "content_editor",
            Role::Administrator => "administrator",
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
            Role::ContentEditor | Role::Administrator => None,
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
            StaffAction::EditEvents => match self.role {
                Role::ContentEditor | Role::Administrator => Ok(()),
                _ => Err(Denied::Role),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApplicationStatus as S;

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
        let moves = [
            Move::Submit,
            Move::Withdraw,
            Move::Respond,
            Move::RequestInformation,
            Move::Pass,
            Move::Approve,
            Move::Refuse,
        ];
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
                member
                    .may(StaffAction::ViewApplication { area: GUANYINQIAO_1 })
                    .is_ok(),
                role.reviews().is_some()
            );
        }
    }

    #[test]
    fn keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.key()), Some(role));
        }
    }
}
