//! Staff accounts, their second factor and recovery codes, in the database:
//! what signing in reads and what administrators change.

use crate::domain::staff::{Role, StaffMember};
use crate::web::sealed::SealingKey;
use crate::web::secrets::{hash_token, random_token};
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, PaginatorTrait, QueryOrder, UpdateMany};

pub mod account {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "staff_account")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub email: String,
        pub display_name: String,
        pub role: String,
        pub area_code: String,
        pub password_hash: String,
        pub is_disabled: bool,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
        pub totp_secret: Option<String>,
        pub totp_confirmed_at: Option<DateTimeUtc>,
        pub totp_last_step: Option<i64>,
        pub session_generation: i32,
        pub setup_token_hash: Option<String>,
        pub setup_expires_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod recovery_code {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "staff_recovery_code")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub staff_id: i32,
        pub code_hash: String,
        pub used_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use account::Model as StaffAccount;

/// Recovery codes given out at once; each works one time.
pub const RECOVERY_CODES: usize = 10;
/// How long an administrator's set-up link works.
pub const SETUP_LINK_DAYS: i64 = 7;
/// What `password_hash` holds until the staff member chooses a password.
const NO_PASSWORD: &str = "!";

impl StaffAccount {
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role)
    }

    /// The member as the permission check sees them; `None` for an unknown role.
    pub fn member(&self) -> Option<StaffMember> {
        Some(StaffMember {
            id: self.id,
            role: self.role()?,
            area: self.area_code.clone(),
        })
    }

    pub fn has_second_factor(&self) -> bool {
        self.totp_secret.is_some() && self.totp_confirmed_at.is_some()
    }

    /// The authenticator key, opened; `None` before set-up begins.
    pub fn authenticator_key(&self, key: &SealingKey) -> Option<String> {
        let sealed = self.totp_secret.as_deref()?;
        key.open(sealed, &authenticator_context(self.id))
    }

    /// The password's hash, once one is chosen (check it with `PasswordHashing`).
    pub fn chosen_password_hash(&self) -> Option<String> {
        (self.password_hash != NO_PASSWORD).then(|| self.password_hash.clone())
    }
}

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<StaffAccount>, DbErr> {
    account::Entity::find_by_id(id).one(db).await
}

pub async fn find_by_email<C: ConnectionTrait>(db: &C, email: &str) -> Result<Option<StaffAccount>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Email.eq(email))
        .one(db)
        .await
}

pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<StaffAccount>, DbErr> {
    account::Entity::find()
        .order_by_asc(account::Column::DisplayName)
        .all(db)
        .await
}

/// Accounts with `role` that are not disabled, by name.
pub async fn active_with_role<C: ConnectionTrait>(db: &C, role: Role) -> Result<Vec<StaffAccount>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Role.eq(role.key()))
        .filter(account::Column::IsDisabled.eq(false))
        .order_by_asc(account::Column::DisplayName)
        .all(db)
        .await
}

/// What an administrator enters for a new or changed account.
#[derive(Clone, Debug)]
pub struct StaffDetails {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub area_code: String,
}

/// A new account without a password; returns its id and the set-up link's token.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    details: &StaffDetails,
    now: DateTime<Utc>,
) -> Result<(i32, String), DbErr> {
    let token = random_token(32);
    let saved = account::ActiveModel {
        email: Set(details.email.clone()),
        display_name: Set(details.display_name.clone()),
        role: Set(details.role.key().to_string()),
        area_code: Set(details.area_code.clone()),
        password_hash: Set(NO_PASSWORD.to_string()),
        is_disabled: Set(false),
        is_demo: Set(false),
        created_at: Set(now),
        totp_secret: Set(None),
        totp_confirmed_at: Set(None),
        totp_last_step: Set(None),
        session_generation: Set(0),
        setup_token_hash: Set(Some(hash_token(&token))),
        setup_expires_at: Set(Some(now + Duration::days(SETUP_LINK_DAYS))),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((saved.id, token))
}

/// An update of account `id` that also ends its sessions (a new generation),
/// so a changed role, area or access applies at its next request.
fn update_ending_sessions(id: i32) -> UpdateMany<account::Entity> {
    account::Entity::update_many()
        .col_expr(
            account::Column::SessionGeneration,
            Expr::col(account::Column::SessionGeneration).add(1),
        )
        .filter(account::Column::Id.eq(id))
}

pub async fn update_details<C: ConnectionTrait>(
    db: &C,
    id: i32,
    details: &StaffDetails,
) -> Result<(), DbErr> {
    update_ending_sessions(id)
        .col_expr(
            account::Column::DisplayName,
            Expr::value(details.display_name.clone()),
        )
        .col_expr(account::Column::Role, Expr::value(details.role.key()))
        .col_expr(account::Column::AreaCode, Expr::value(details.area_code.clone()))
        .exec(db)
        .await?;
    Ok(())
}

/// Disables or re-enables an account; disabling ends its sessions.
pub async fn set_disabled<C: ConnectionTrait>(db: &C, id: i32, disabled: bool) -> Result<(), DbErr> {
    update_ending_sessions(id)
        .col_expr(account::Column::IsDisabled, Expr::value(disabled))
        .exec(db)
        .await?;
    Ok(())
}

/// Clears the password and the second factor and issues a new set-up link:
/// what an administrator does when a colleague lost their phone or password.
pub async fn reset_sign_in<C: ConnectionTrait>(db: &C, id: i32, now: DateTime<Utc>) -> Result<String, DbErr> {
    let token = random_token(32);
    update_ending_sessions(id)
        .col_expr(account::Column::PasswordHash, Expr::value(NO_PASSWORD))
        .col_expr(account::Column::TotpSecret, Expr::value(Option::<String>::None))
        .col_expr(
            account::Column::TotpConfirmedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(account::Column::SetupTokenHash, Expr::value(hash_token(&token)))
        .col_expr(
            account::Column::SetupExpiresAt,
            Expr::value(now + Duration::days(SETUP_LINK_DAYS)),
        )
        .exec(db)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::StaffId.eq(id))
        .exec(db)
        .await?;
    Ok(token)
}

/// The account a set-up link belongs to, while it works.
pub async fn find_by_setup_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<StaffAccount>, DbErr> {
    if token.is_empty() || token.len() > 64 {
        return Ok(None);
    }
    Ok(account::Entity::find()
        .filter(account::Column::SetupTokenHash.eq(hash_token(token)))
        .one(db)
        .await?
        .filter(|s| !s.is_disabled && s.setup_expires_at.is_some_and(|at| at > now)))
}

/// Sets the password chosen with a set-up link and uses the link up.
pub async fn choose_password<C: ConnectionTrait>(
    db: &C,
    account: &StaffAccount,
    hash: &str,
) -> Result<bool, DbErr> {
    let updated = account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash.to_string()))
        .col_expr(
            account::Column::SetupTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            account::Column::SetupExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(account::Column::Id.eq(account.id))
        .filter(account::Column::SetupTokenHash.eq(account.setup_token_hash.clone()))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// What a sealed authenticator key is bound to: its account.
fn authenticator_context(id: i32) -> String {
    format!("staff-authenticator:{id}")
}

/// Stores a new, not yet confirmed, authenticator secret (base32), sealed.
pub async fn start_second_factor<C: ConnectionTrait>(
    db: &C,
    key: &SealingKey,
    id: i32,
    secret: &str,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::TotpSecret,
            Expr::value(key.seal(secret, &authenticator_context(id))),
        )
        .filter(account::Column::Id.eq(id))
        .filter(account::Column::TotpConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Seals the authenticator keys stored before keys were sealed (at start-up;
/// a key already sealed is left alone). Returns how many it sealed.
pub async fn seal_plain_authenticator_keys<C: ConnectionTrait>(
    db: &C,
    key: &SealingKey,
) -> Result<usize, DbErr> {
    let plain: Vec<StaffAccount> = account::Entity::find()
        .filter(account::Column::TotpSecret.is_not_null())
        .filter(account::Column::TotpSecret.not_like("sealed:%"))
        .all(db)
        .await?;
    for account in &plain {
        let Some(secret) = account.totp_secret.as_deref() else {
            continue;
        };
        account::Entity::update_many()
            .col_expr(
                account::Column::TotpSecret,
                Expr::value(key.seal(secret, &authenticator_context(account.id))),
            )
            .filter(account::Column::Id.eq(account.id))
            .filter(account::Column::TotpSecret.eq(secret))
            .exec(db)
            .await?;
    }
    Ok(plain.len())
}

/// Accepts the code of `step` once: a code seen before (or older) is refused,
/// so a code read over someone's shoulder cannot be replayed.
pub async fn accept_step<C: ConnectionTrait>(
    db: &C,
    account: &StaffAccount,
    step: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let updated = account::Entity::update_many()
        .col_expr(account::Column::TotpLastStep, Expr::value(step))
        .col_expr(
            account::Column::TotpConfirmedAt,
            Expr::value(account.totp_confirmed_at.unwrap_or(now)),
        )
        .filter(account::Column::Id.eq(account.id))
        .filter(
            account::Column::TotpLastStep
                .is_null()
                .or(account::Column::TotpLastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// New recovery codes (replacing any earlier ones); shown once, stored hashed.
pub async fn new_recovery_codes<C: ConnectionTrait>(db: &C, staff_id: i32) -> Result<Vec<String>, DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::StaffId.eq(staff_id))
        .exec(db)
        .await?;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let code = recovery_code_text();
        recovery_code::ActiveModel {
            staff_id: Set(staff_id),
            code_hash: Set(hash_token(&normalise_recovery_code(&code))),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        codes.push(code);
    }
    Ok(codes)
}

/// Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// shown as two groups of five.
fn recovery_code_text() -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut bytes = [0u8; 10];
    rand::rng().fill_bytes(&mut bytes);
    let chars: String = bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// Recovery codes are accepted in any case, with or without spaces and dashes.
pub fn normalise_recovery_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Uses up a recovery code; false if it is not one of the account's unused codes.
pub async fn use_recovery_code<C: ConnectionTrait>(
    db: &C,
    staff_id: i32,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let normalised = normalise_recovery_code(typed);
    if normalised.len() != 10 {
        return Ok(false);
    }
    let updated = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(now))
        .filter(recovery_code::Column::StaffId.eq(staff_id))
        .filter(recovery_code::Column::CodeHash.eq(hash_token(&normalised)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

pub async fn unused_recovery_codes<C: ConnectionTrait>(db: &C, staff_id: i32) -> Result<u64, DbErr> {
    recovery_code::Entity::find()
        .filter(recovery_code::Column::StaffId.eq(staff_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_are_readable_and_forgiving() {
        let code = recovery_code_text();
        assert_eq!(code.len(), 11);
        assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(normalise_recovery_code(&typed), code.replace('-', ""));
    }
}
