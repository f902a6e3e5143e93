//! Resident accounts, sign-in and reset links, and failed attempts, in the
//! database. Links are stored only as SHA-256 hashes.

use crate::domain::applications::EmailProblem;
use crate::i18n::Lang;
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};
use sha2::{Digest, Sha256};

pub mod account {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "resident_account")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        pub full_name: String,
        pub password_hash: Option<String>,
        pub email_language: String,
        pub email_confirmed_at: Option<DateTimeUtc>,
        pub session_generation: i32,
        pub created_at: DateTimeUtc,
        pub deleted_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod token {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sign_in_token")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub account_id: i32,
        pub purpose: String,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod failure {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "auth_failure")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub key: String,
        pub at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use account::Model as Account;

/// How long a link in an email works.
pub const LINK_MINUTES: i64 = 15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Sign in (and confirm the email address).
    SignIn,
    /// Choose a new password.
    Reset,
}

impl Purpose {
    fn key(self) -> &'static str {
        match self {
            Purpose::SignIn => "sign_in",
            Purpose::Reset => "reset",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("password hashing failed: {0}")]
    Hashing(String),
    #[error("email: {0}")]
    Email(#[from] EmailProblem),
}

impl Account {
    pub fn language(&self) -> Lang {
        Lang::from_tag(&self.email_language).unwrap_or_default()
    }

    pub fn is_active(&self) -> bool {
        self.deleted_at.is_none()
    }
}

pub async fn find_by_email<C: ConnectionTrait>(db: &C, email: &str) -> Result<Option<Account>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .filter(account::Column::DeletedAt.is_null())
        .one(db)
        .await
}

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<Account>, DbErr> {
    Ok(account::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(Account::is_active))
}

pub async fn create<C: ConnectionTrait>(
    db: &C,
    email: &str,
    full_name: &str,
    lang: Lang,
) -> Result<Account, DbErr> {
    account::ActiveModel {
        email: Set(email.to_string()),
        full_name: Set(full_name.to_string()),
        password_hash: Set(None),
        email_language: Set(lang.tag().to_string()),
        email_confirmed_at: Set(None),
        session_generation: Set(0),
        created_at: Set(Utc::now()),
        deleted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// A new single-use link secret: the token goes in the email, its hash in the database.
pub async fn issue_token<C: ConnectionTrait>(
    db: &C,
    account_id: i32,
    purpose: Purpose,
) -> Result<String, DbErr> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let now = Utc::now();
    token::ActiveModel {
        token_hash: Set(hash_token(&token)),
        account_id: Set(account_id),
        purpose: Set(purpose.key().to_string()),
        expires_at: Set(now + Duration::minutes(LINK_MINUTES)),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether a link still works, without using it up.
pub async fn token_is_valid<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
) -> Result<bool, DbErr> {
    Ok(valid_token(db, token, purpose).await?.is_some())
}

async fn valid_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
) -> Result<Option<token::Model>, DbErr> {
    if token.len() > 64 {
        return Ok(None);
    }
    let row = token::Entity::find_by_id(hash_token(token)).one(db).await?;
    Ok(row.filter(|t| t.purpose == purpose.key() && t.used_at.is_none() && t.expires_at > Utc::now()))
}

/// Uses up a link and returns its account; `None` if it expired, was used or never existed.
/// The update only succeeds once, so two clicks cannot both sign in.
pub async fn consume_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purpose: Purpose,
) -> Result<Option<Account>, DbErr> {
    let Some(row) = valid_token(db, token, purpose).await? else {
        return Ok(None);
    };
    let updated = token::Entity::update_many()
        .col_expr(token::Column::UsedAt, Expr::value(Utc::now()))
        .filter(token::Column::TokenHash.eq(row.token_hash.clone()))
        .filter(token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(None);
    }
    find(db, row.account_id).await
}

pub async fn confirm_email<C: ConnectionTrait>(db: &C, account: &Account) -> Result<(), DbErr> {
    if account.email_confirmed_at.is_some() {
        return Ok(());
    }
    account::Entity::update_many()
        .col_expr(account::Column::EmailConfirmedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}

pub fn hash_password(password: &str) -> Result<String, AccountError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AccountError::Hashing(e.to_string()))
}

/// A hash of a random password nobody has, checked when the email has no
/// account (or no password) so that the answer takes as long either way.
fn stand_in_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| {
        let mut secret = [0u8; 16];
        rand::rng().fill_bytes(&mut secret);
        hash_password(&URL_SAFE_NO_PAD.encode(secret)).unwrap_or_default()
    })
}

pub fn password_matches(hash: Option<&str>, password: &str) -> bool {
    let hash: &str = match hash {
        Some(hash) => hash,
        None => stand_in_hash(),
    };
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Stores a new password hash and signs out every other session; returns the new generation.
pub async fn set_password_hash<C: ConnectionTrait>(
    db: &C,
    account: &Account,
    hash: &str,
) -> Result<i32, DbErr> {
    let generation = account.session_generation + 1;
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash.to_string()))
        .col_expr(account::Column::SessionGeneration, Expr::value(generation))
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(generation)
}

/// Every session of the account stops working at its next request.
pub async fn sign_out_everywhere<C: ConnectionTrait>(db: &C, account: &Account) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::SessionGeneration,
            Expr::col(account::Column::SessionGeneration).add(1),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn update_details<C: ConnectionTrait>(
    db: &C,
    account: &Account,
    full_name: &str,
    lang: Lang,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::FullName, Expr::value(full_name))
        .col_expr(account::Column::EmailLanguage, Expr::value(lang.tag()))
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes what identifies the person; the row stays so that submitted
/// applications keep their history.
pub async fn delete<C: ConnectionTrait>(db: &C, account: &Account) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::Email,
            Expr::value(format!("deleted-{}@deleted.invalid", account.id)),
        )
        .col_expr(account::Column::FullName, Expr::value(""))
        .col_expr(account::Column::PasswordHash, Expr::value(Option::<String>::None))
        .col_expr(account::Column::DeletedAt, Expr::value(Utc::now()))
        .col_expr(
            account::Column::SessionGeneration,
            Expr::col(account::Column::SessionGeneration).add(1),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    token::Entity::delete_many()
        .filter(token::Column::AccountId.eq(account.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Failed attempts and link requests counted against a key (an email or an
/// address) over a window.
pub struct Limit {
    pub key: String,
    pub max: usize,
    pub window: Duration,
}

/// When the key may try again, if it has used up its attempts.
pub async fn locked_until<C: ConnectionTrait>(
    db: &C,
    limit: &Limit,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let recent: Vec<DateTime<Utc>> = failure::Entity::find()
        .filter(failure::Column::Key.eq(limit.key.clone()))
        .filter(failure::Column::At.gt(now - limit.window))
        .order_by_desc(failure::Column::At)
        .limit(limit.max as u64)
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.at)
        .collect();
    if recent.len() < limit.max {
        return Ok(None);
    }
    Ok(recent.last().map(|oldest| *oldest + limit.window))
}

pub async fn record_attempt<C: ConnectionTrait>(db: &C, key: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    failure::ActiveModel {
        key: Set(key.to_string()),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    failure::Entity::delete_many()
        .filter(failure::Column::Key.eq(key))
        .filter(failure::Column::At.lt(now - Duration::days(1)))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn clear_attempts<C: ConnectionTrait>(db: &C, key: &str) -> Result<(), DbErr> {
    failure::Entity::delete_many()
        .filter(failure::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_and_the_stand_in_never_matches() {
        let hash = hash_password("correct horse").unwrap_or_default();
        assert!(hash.starts_with("$argon2id$"));
        assert!(password_matches(Some(&hash), "correct horse"));
        assert!(!password_matches(Some(&hash), "wrong horse"));
        assert!(!password_matches(None, "anything"));
    }

    #[test]
    fn token_hashes_are_sha256_hex() {
        assert_eq!(hash_token("abc").len(), 64);
        assert_ne!(hash_token("abc"), hash_token("abd"));
    }
}
