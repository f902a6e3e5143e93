//! A decided application's decision as its letter states it: what was
//! granted (or why it was refused), who decided and when (from the history
//! entry of the decision), and the terms on which it can be challenged.

use super::appeal_terms;
use super::store::{history, Application};
use super::views::{DecisionOutcome, DecisionView};
use crate::accounts::staff_account;
use crate::domain::applications::ApplicationStatus;
use crate::domain::catalogue::{entitlement, EntitlementId, Unit};
use crate::domain::decisions::{terms_on, Grant, GrantKind};
use crate::domain::local_time::date_in_chongqing;
use sea_orm::entity::prelude::*;
use sea_orm::QueryOrder;

/// What an approval granted, in the entitlement's terms. An amount stored
/// for an entitlement that is not a sum (before approvals said what is
/// provided) is shown as a one-off sum.
pub fn grant_of(app: &Application) -> Option<Grant> {
    if let Some(what) = app.decision_provision.clone() {
        return Some(Grant::Provision(what));
    }
    let yuan = app.decision_amount?;
    let kind = EntitlementId::parse(&app.entitlement)
        .and_then(entitlement)
        .map(GrantKind::of);
    let unit = match kind {
        Some(GrantKind::Money(unit)) => unit,
        _ => Unit::YuanOnce,
    };
    Some(Grant::Money { yuan, unit })
}

/// The decision, or `None` while the application is undecided.
pub async fn load<C: ConnectionTrait>(db: &C, app: &Application) -> Result<Option<DecisionView>, DbErr> {
    let status = app.status();
    if !matches!(status, ApplicationStatus::Approved | ApplicationStatus::Refused) {
        return Ok(None);
    }
    let Some(entry) = history::Entity::find()
        .filter(history::Column::ApplicationId.eq(app.id))
        .filter(history::Column::Status.eq(status.key()))
        .order_by_desc(history::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let outcome = match status {
        ApplicationStatus::Approved => {
            let (Some(grant), Some(start)) = (grant_of(app), app.decision_start) else {
                return Ok(None);
            };
            DecisionOutcome::Approved { grant, start }
        }
        _ => DecisionOutcome::Refused {
            reason: app.decision_reason.clone().unwrap_or_default(),
            details: entry.message.clone().unwrap_or_default(),
        },
    };
    let decided_by = match entry.actor.strip_prefix("staff:").and_then(|id| id.parse().ok()) {
        Some(id) => staff_account::find(db, id)
            .await?
            .map(|s| s.display_name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let decided_on = date_in_chongqing(entry.at);
    let terms = appeal_terms::all(db).await?;
    Ok(Some(DecisionView {
        outcome,
        decided_on,
        decided_by,
        appeal: terms_on(&terms, decided_on).cloned(),
    }))
}
