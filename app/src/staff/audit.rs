//! The audit log: every staff action, including each view of an
//! application's personal data, with who, what, when and from where. The
//! table refuses updates and deletes (database triggers), so it only grows.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, QueryOrder, QuerySelect};

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

/// What was done. Each has `audit-action-{key}` in the locales.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    SignIn,
    SignInFailed,
    SecondFactorFailed,
    RecoveryCodeUsed,
    SecondFactorSetUp,
    SignOut,
    ViewQueue,
    ExportQueue,
    ViewApplication,
    ViewDocument,
    Assign,
    Pass,
    Approve,
    Refuse,
    RequestInformation,
    AddNote,
    CreateStaff,
    ChangeStaff,
    DisableStaff,
    EnableStaff,
    ResetStaffSignIn,
    AddParameter,
    SearchAudit,
    ExportAudit,
    EditEvent,
    CancelEvent,
    ViewAttendees,
    ExportAttendees,
    CheckIn,
    RecordHire,
    RecordCompletion,
    ReorderWaitingList,
}

impl AuditAction {
    pub const ALL: [AuditAction; 32] = [
        AuditAction::SignIn,
        AuditAction::SignInFailed,
        AuditAction::SecondFactorFailed,
        AuditAction::RecoveryCodeUsed,
        AuditAction::SecondFactorSetUp,
        AuditAction::SignOut,
        AuditAction::ViewQueue,
        AuditAction::ExportQueue,
        AuditAction::ViewApplication,
        AuditAction::ViewDocument,
        AuditAction::Assign,
        AuditAction::Pass,
        AuditAction::Approve,
        AuditAction::Refuse,
        AuditAction::RequestInformation,
        AuditAction::AddNote,
        AuditAction::CreateStaff,
        AuditAction::ChangeStaff,
        AuditAction::DisableStaff,
        AuditAction::EnableStaff,
        AuditAction::ResetStaffSignIn,
        AuditAction::AddParameter,
        AuditAction::SearchAudit,
        AuditAction::ExportAudit,
        AuditAction::EditEvent,
        AuditAction::CancelEvent,
        AuditAction::ViewAttendees,
        AuditAction::ExportAttendees,
        AuditAction::CheckIn,
        AuditAction::RecordHire,
        AuditAction::RecordCompletion,
        AuditAction::ReorderWaitingList,
    ];

    pub fn key(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign_in",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::SecondFactorFailed => "second_factor_failed",
            AuditAction::RecoveryCodeUsed => "recovery_code_used",
            AuditAction::SecondFactorSetUp => "second_factor_set_up",
            AuditAction::SignOut => "sign_out",
            AuditAction::ViewQueue => "view_queue",
            AuditAction::ExportQueue => "export_queue",
            AuditAction::ViewApplication => "view_application",
            AuditAction::ViewDocument => "view_document",
            AuditAction::Assign => "assign",
            AuditAction::Pass => "pass",
            AuditAction::Approve => "approve",
            AuditAction::Refuse => "refuse",
            AuditAction::RequestInformation => "request_information",
            AuditAction::AddNote => "add_note",
            AuditAction::CreateStaff => "create_staff",
            AuditAction::ChangeStaff => "change_staff",
            AuditAction::DisableStaff => "disable_staff",
            AuditAction::EnableStaff => "enable_staff",
            AuditAction::ResetStaffSignIn => "reset_staff_sign_in",
            AuditAction::AddParameter => "add_parameter",
            AuditAction::SearchAudit => "search_audit",
            AuditAction::ExportAudit => "export_audit",
            AuditAction::EditEvent => "edit_event",
            AuditAction::CancelEvent => "cancel_event",
            AuditAction::ViewAttendees => "view_attendees",
            AuditAction::ExportAttendees => "export_attendees",
            AuditAction::CheckIn => "check_in",
            AuditAction::RecordHire => "record_hire",
            AuditAction::RecordCompletion => "record_completion",
            AuditAction::ReorderWaitingList => "reorder_waiting_list",
        }
    }

    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.key() == text)
    }
}

/// Who did it and from where.
#[derive(Clone, Debug)]
pub struct Actor {
    pub staff_id: Option<i32>,
    pub name: String,
    pub client_address: String,
}

/// Appends one entry. Call it inside the transaction of the change it records.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    action: AuditAction,
    target: &str,
    detail: Option<String>,
) -> Result<(), DbErr> {
    entry::ActiveModel {
        at: Set(Utc::now()),
        staff_id: Set(actor.staff_id),
        staff_name: Set(actor.name.clone()),
        action: Set(action.key().to_string()),
        target: Set(target.chars().take(128).collect()),
        detail: Set(detail),
        client_address: Set(actor.client_address.chars().take(64).collect()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// What an administrator searches the log for; every part is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditSearch {
    pub staff_id: Option<i32>,
    pub action: Option<AuditAction>,
    /// Exact target, such as `application:12` or `staff:3`.
    pub target: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Entries older than this id (the next page).
    pub before: Option<i64>,
}

/// Start of a day in China time, as UTC.
fn start_of_day(date: NaiveDate) -> DateTime<Utc> {
    let midnight = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    DateTime::<Utc>::from_naive_utc_and_offset(midnight, Utc) - chrono::Duration::hours(8)
}

/// Newest first, at most `limit` entries.
pub async fn search<C: ConnectionTrait>(
    db: &C,
    query: &AuditSearch,
    limit: u64,
) -> Result<Vec<AuditEntry>, DbErr> {
    let mut select = entry::Entity::find();
    if let Some(staff_id) = query.staff_id {
        select = select.filter(entry::Column::StaffId.eq(staff_id));
    }
    if let Some(action) = query.action {
        select = select.filter(entry::Column::Action.eq(action.key()));
    }
    if let Some(target) = query.target.as_deref().filter(|t| !t.is_empty()) {
        select = select.filter(entry::Column::Target.eq(target));
    }
    if let Some(from) = query.from {
        select = select.filter(entry::Column::At.gte(start_of_day(from)));
    }
    if let Some(to) = query.to.and_then(|d| d.succ_opt()) {
        select = select.filter(entry::Column::At.lt(start_of_day(to)));
    }
    if let Some(before) = query.before {
        select = select.filter(entry::Column::Id.lt(before));
    }
    select.order_by_desc(entry::Column::Id).limit(limit).all(db).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_keys_round_trip() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.key()), Some(action));
        }
    }

    #[test]
    fn days_start_at_midnight_in_chongqing() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
        assert_eq!(start_of_day(day).to_rfc3339(), "2026-11-28T16:00:00+00:00");
    }
}
