//! The portal's rules, with no I/O, no Leptos and no database: entitlements
//! as code, identity numbers, dated parameters. Compiles for WASM too.

pub mod alerts;
pub mod answers;
pub mod applications;
pub mod article_files;
pub mod articles;
pub mod audit;
pub mod bookings;
pub mod calendar;
pub mod catalogue;
pub mod decisions;
pub mod disability;
pub mod facts;
pub mod legal_aid;
pub mod legal_clocks;
pub mod local_path;
pub mod local_time;
pub mod parameters;
pub mod petitions;
pub mod places;
pub mod resident_id;
pub mod retirement;
pub mod reviews;
pub mod rules;
pub mod staff;
pub mod working_days;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use catalogue::{AmountRule, Entitlement, EntitlementId, Unit, CATALOGUE, CATALOGUE_LEN};
use facts::Facts;
use parameters::{ParameterId, Parameters, Snapshot};
use rules::{FactId, Reason, Tri};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Qualifies,
    MayQualify,
    DoesNotQualify,
}

/// What someone would get. `value: None` means the district sets the amount.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub value: Option<f64>,
    pub unit: Unit,
    pub effective_from: NaiveDate,
    pub parameter: ParameterId,
}

/// The answer for one entitlement, with a reason for every condition.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    pub id: EntitlementId,
    pub status: Status,
    pub amount: Option<Amount>,
    pub reasons: Vec<Reason>,
    /// Facts that would decide a "may qualify", or the amount of a "qualifies"
    /// whose share depends on them, without repeats.
    pub missing_facts: Vec<FactId>,
}

/// Any "not met" rules it out; otherwise any "unknown" leaves it open.
fn status_from(mets: impl Iterator<Item = Tri>) -> Status {
    let mut status = Status::Qualifies;
    for met in mets {
        match met {
            Tri::NotMet => return Status::DoesNotQualify,
            Tri::Unknown => status = Status::MayQualify,
            Tri::Met => {}
        }
    }
    status
}

fn amount(entitlement: &Entitlement, facts: &Facts, parameters: &Snapshot) -> Option<Amount> {
    let dated = |parameter: ParameterId, unit: Unit| {
        parameters.in_force(parameter).map(|v| Amount {
            value: v.value,
            unit,
            effective_from: v.effective_from,
            parameter,
        })
    };
    let poor = facts.household.map(|h| h.is_poor());
    match entitlement.amount {
        AmountRule::NoAmount => None,
        AmountRule::Fixed(parameter, unit) => dated(parameter, unit),
        AmountRule::ShareByPoverty {
            poor: when_poor,
            other,
        } => match poor {
            Some(true) => dated(when_poor, Unit::Share),
            Some(false) => dated(other, Unit::Share),
            None => None,
        },
        AmountRule::FreeIfPoor { other } => match poor {
            Some(true) => Some(Amount {
                value: Some(1.0),
                unit: Unit::Share,
                effective_from: parameters.date,
                parameter: other,
            }),
            Some(false) => dated(other, Unit::Share),
            None => None,
        },
    }
}

/// Whether the share paid depends on the household being poor (E15, E16).
fn amount_depends_on_poverty(entitlement: &Entitlement) -> bool {
    matches!(
        entitlement.amount,
        AmountRule::ShareByPoverty { .. } | AmountRule::FreeIfPoor { .. }
    )
}

/// One entitlement, with reasons, against the parameters in force on one day.
pub fn check_one(entitlement: &Entitlement, facts: &Facts, parameters: &Snapshot) -> Outcome {
    let reasons: Vec<Reason> = entitlement
        .conditions
        .iter()
        .map(|c| c.reason(facts, parameters))
        .collect();
    let status = status_from(reasons.iter().map(|r| r.met));
    let mut missing_facts: Vec<FactId> = if status == Status::MayQualify {
        reasons
            .iter()
            .flat_map(|r| r.missing_facts.iter().copied())
            .collect()
    } else {
        Vec::new()
    };
    let amount = (status != Status::DoesNotQualify)
        .then(|| amount(entitlement, facts, parameters))
        .flatten();
    if status != Status::DoesNotQualify && amount_depends_on_poverty(entitlement) && facts.household.is_none()
    {
        missing_facts.push(FactId::Household);
    }
    missing_facts.sort_unstable();
    missing_facts.dedup();
    Outcome {
        id: entitlement.id,
        status,
        amount,
        reasons,
        missing_facts,
    }
}

/// Every entitlement in the catalogue, with reasons. Facts from a valid
/// certificate number fill in birth date, category and level.
pub fn check(facts: &Facts, date: NaiveDate, parameters: &Parameters) -> Vec<Outcome> {
    let facts = facts.clone().with_certificate_details();
    let snapshot = parameters.snapshot(date);
    CATALOGUE
        .iter()
        .map(|e| check_one(e, &facts, &snapshot))
        .collect()
}

/// Status only, without reasons or allocation: for screening a whole register.
/// The caller completes `facts` with `Facts::with_certificate_details` first.
pub fn screen(facts: &Facts, parameters: &Snapshot) -> [Status; CATALOGUE_LEN] {
    let mut statuses = [Status::DoesNotQualify; CATALOGUE_LEN];
    for (slot, entitlement) in statuses.iter_mut().zip(CATALOGUE.iter()) {
        *slot = status_from(
            entitlement
                .conditions
                .iter()
                .map(|c| c.evaluate(facts, parameters).unwrap_or(Tri::Unknown)),
        );
    }
    statuses
}

#[cfg(test)]
mod tests;
