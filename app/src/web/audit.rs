//! The audit log: every staff action, including each view of personal data,
//! with who, what, when and from where. The table refuses updates and
//! deletes (database triggers), so it only grows.
//!
//! A change and its entry are written in one transaction:
//!
//! ```ignore
//! let change = AuditedChange::begin(&state.db, &actor).await?;
//! let id = store::create_fair(change.db(), &details).await?;
//! change.commit(Audit::new(AuditAction::EditEvent, AuditTarget::Fair(id))).await?;
//! ```
//!
//! Dropping the change without committing rolls it back, entry and all.

use crate::domain::audit::Audit;
use crate::web::transaction::begin_write;
use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseTransaction};

pub mod entry {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_log")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub at: DateTimeUtc,
        pub staff_id: Option<i32>,
        pub staff_name: String,
        pub action: String,
        pub target: String,
        pub detail: Option<String>,
        pub client_address: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use entry::Model as AuditEntry;

/// Who did it, from where, and when.
#[derive(Clone, Debug)]
pub struct Actor {
    pub staff_id: Option<i32>,
    pub name: String,
    pub client_address: String,
    /// The time of the request, from the portal's clock.
    pub at: DateTime<Utc>,
}

impl Actor {
    /// Appends one entry on its own: for what changes nothing (a view, an
    /// export, a failed sign-in). A change uses [`AuditedChange`].
    pub async fn record<C: ConnectionTrait>(&self, db: &C, audit: Audit) -> Result<(), DbErr> {
        entry::ActiveModel {
            at: Set(self.at),
            staff_id: Set(self.staff_id),
            staff_name: Set(self.name.clone()),
            action: Set(audit.action.key().to_string()),
            target: Set(audit.target.to_string().chars().take(128).collect()),
            detail: Set(audit.detail),
            client_address: Set(self.client_address.chars().take(64).collect()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        Ok(())
    }
}

/// A change in progress, recorded in the audit log when it is committed.
pub struct AuditedChange<'a> {
    txn: DatabaseTransaction,
    actor: &'a Actor,
}

impl<'a> AuditedChange<'a> {
    pub async fn begin(db: &DatabaseConnection, actor: &'a Actor) -> Result<Self, DbErr> {
        Ok(AuditedChange {
            txn: begin_write(db).await?,
            actor,
        })
    }

    /// The transaction the change is made in.
    pub fn db(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// Records what was done and makes the change and its entry permanent.
    pub async fn commit(self, audit: Audit) -> Result<(), DbErr> {
        self.actor.record(&self.txn, audit).await?;
        self.txn.commit().await
    }

    /// Nothing changed after all: nothing is written.
    pub async fn abandon(self) -> Result<(), DbErr> {
        self.txn.rollback().await
    }

    /// Commits with `audit` if `changed`, otherwise abandons; says which.
    pub async fn commit_if(self, changed: bool, audit: Audit) -> Result<bool, DbErr> {
        if changed {
            self.commit(audit).await?;
        } else {
            self.abandon().await?;
        }
        Ok(changed)
    }
}
