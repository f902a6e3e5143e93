//! The staff workspace, under `/staff`: signing in with a second factor
//! (`sign_in`), the home page (`home`), the queue of applications
//! (`queue`), one application and the actions on it (`review`), staff
//! accounts (`team`), rule parameters (`parameters`), public holidays and
//! make-up working days (`calendar`), the audit log
//! (`audit_log`) and the list of fairs and courses (`events`). Running one
//! fair or course belongs to `job_fairs::staff` and `training::staff`.
//!
//! Every handler takes a `Staff<Permission>` (from `accounts::staff_session`),
//! which signs the person in or answers 403 before the handler runs; every
//! query is then scoped to the staff member's area.

pub mod audit_log;
pub mod calendar;
pub mod events;
pub mod home;
pub mod parameters;
pub mod queue;
pub mod review;
pub mod sign_in;
pub mod team;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/staff/home", get(home::show))
        .route("/staff/events", get(events::list))
        .merge(sign_in::routes())
        .merge(queue::routes())
        .merge(review::routes())
        .merge(team::routes())
        .merge(parameters::routes())
        .merge(calendar::routes())
        .merge(audit_log::routes())
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::review::pages::ReviewDone;
    use super::team::pages::TeamDone;
    use crate::components::Done;
    use crate::domain::answers::api_name;
    use crate::domain::applications::ApplicationStatus;
    use crate::domain::audit::AuditAction;
    use crate::domain::parameters::ParameterId;
    use crate::domain::staff::{RefusalReason, Role};
    use crate::i18n::{tr_with, Lang};

    fn dashed(key: &str) -> String {
        key.replace('_', "-")
    }

    /// Message ids the staff pages build from a role, status, reason, action,
    /// parameter or the banner after a change.
    #[test]
    fn every_generated_staff_message_id_exists_in_both_languages() {
        let mut ids = Vec::new();
        for role in Role::ALL {
            ids.push(format!("staff-role-{}", dashed(role.key())));
            ids.push(format!("staff-role-{}-hint", dashed(role.key())));
        }
        ids.extend(ApplicationStatus::ALL.map(|s| format!("staff-status-{}", dashed(s.key()))));
        ids.extend(RefusalReason::ALL.map(|r| format!("staff-refusal-{}", dashed(r.key()))));
        ids.extend(AuditAction::ALL.map(|a| format!("audit-action-{}", dashed(a.key()))));
        ids.extend(ParameterId::ALL.map(|p| format!("staff-parameter-{}", dashed(&api_name(p)))));
        ids.extend(ReviewDone::ALL.iter().map(|d| d.message_id()));
        ids.extend(TeamDone::ALL.iter().map(|d| d.message_id()));
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr_with(lang, id, &[]), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
