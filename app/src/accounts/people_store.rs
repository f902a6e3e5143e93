//! The `helped_person` table: people a resident may act for. Every query
//! takes the account, so nobody reaches someone else's people by id.

use super::people::{PersonRow, MAX_PEOPLE};
use super::resident::account;
use crate::domain::applications::Relationship;
use crate::domain::resident_id::CertificateNumber;
use crate::web::transaction::begin_write;
use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseTransaction, QueryOrder, SqlErr, TransactionTrait};

pub mod person {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "helped_person")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub account_id: i32,
        pub full_name: String,
        pub relationship: String,
        pub certificate_number: String,
        pub declared_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

fn row(model: person::Model) -> PersonRow {
    let masked = CertificateNumber::parse(&model.certificate_number)
        .map(|c| c.resident_id().masked())
        .unwrap_or_default();
    PersonRow {
        id: model.id,
        full_name: model.full_name,
        relationship: Relationship::parse(&model.relationship).unwrap_or(Relationship::Other),
        certificate_number: model.certificate_number,
        certificate_masked: masked,
    }
}

pub async fn list<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<Vec<PersonRow>, DbErr> {
    Ok(person::Entity::find()
        .filter(person::Column::AccountId.eq(account_id))
        .order_by_asc(person::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(row)
        .collect())
}

/// One of the account's people; `None` for anyone else's, whatever the id.
pub async fn find<C: ConnectionTrait>(db: &C, account_id: i32, id: i32) -> Result<Option<PersonRow>, DbErr> {
    Ok(person::Entity::find_by_id(id)
        .filter(person::Column::AccountId.eq(account_id))
        .one(db)
        .await?
        .map(row))
}

#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error("the account already helps {MAX_PEOPLE} people")]
    TooMany,
    #[error("this certificate number is already on the account's list")]
    AlreadyAdded,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Serialises changes to one account's people: an update of its row takes
/// the row lock on PostgreSQL and the write lock on SQLite, so two adds at
/// once count one after the other.
async fn lock_account(txn: &DatabaseTransaction, account_id: i32) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::Id, Expr::col(account::Column::Id).into())
        .filter(account::Column::Id.eq(account_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Adds a person to the account's list, unless it holds [`MAX_PEOPLE`]
/// already or this certificate number is on it.
pub async fn add<C: TransactionTrait>(
    db: &C,
    account_id: i32,
    full_name: &str,
    relationship: Relationship,
    certificate: &CertificateNumber,
    now: DateTime<Utc>,
) -> Result<i32, AddError> {
    let txn = begin_write(db).await?;
    lock_account(&txn, account_id).await?;
    let theirs = person::Entity::find().filter(person::Column::AccountId.eq(account_id));
    if theirs.clone().count(&txn).await? >= MAX_PEOPLE {
        return Err(AddError::TooMany);
    }
    let number = certificate.to_string();
    let listed = theirs
        .filter(person::Column::CertificateNumber.eq(number.clone()))
        .count(&txn)
        .await?;
    if listed > 0 {
        return Err(AddError::AlreadyAdded);
    }
    let saved = person::ActiveModel {
        account_id: Set(account_id),
        full_name: Set(full_name.to_string()),
        relationship: Set(relationship.key().to_string()),
        certificate_number: Set(number),
        declared_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    // The unique index is the last word, should anything write around the lock.
    let saved = match saved {
        Ok(saved) => saved,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(AddError::AlreadyAdded)
        }
        Err(error) => return Err(error.into()),
    };
    txn.commit().await?;
    Ok(saved.id)
}

/// Removes one of the account's people. Their applications keep the details they were made with.
pub async fn remove<C: ConnectionTrait>(db: &C, account_id: i32, id: i32) -> Result<bool, DbErr> {
    let deleted = person::Entity::delete_many()
        .filter(person::Column::Id.eq(id))
        .filter(person::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected == 1)
}

pub async fn delete_all<C: ConnectionTrait>(db: &C, account_id: i32) -> Result<(), DbErr> {
    person::Entity::delete_many()
        .filter(person::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}
