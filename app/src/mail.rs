//! Messages to residents. Each is written to the `outbox` table in the same
//! transaction as the change it reports, in the recipient's language; the
//! server's outbox worker sends it (with retries) after the commit.

use crate::i18n::{tr, tr_with, Lang};
use crate::site_info::{self, SiteInfo};
use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::ActiveValue::Set;
use sea_orm::ConnectionTrait;

pub mod outbox {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "outbox")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub recipient: String,
        pub subject: String,
        pub body: String,
        /// The language the message is written in (`zh-CN`, `en`).
        pub language: String,
        pub created_at: DateTimeUtc,
        pub attempts: i32,
        pub next_attempt_at: DateTimeUtc,
        pub sent_at: Option<DateTimeUtc>,
        pub last_error: Option<String>,
        /// Sent in this order, then by id: see [`super::MailKind::priority`].
        pub priority: i32,
        /// The address of a one-click unsubscribe, for the `List-Unsubscribe`
        /// headers of alert messages (RFC 8058); `None` for other mail.
        pub list_unsubscribe: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The kinds of message; each has `mail-{kind}-subject` and `mail-{kind}-body` in `locales/*/mail.ftl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailKind {
    SignInLink,
    AlreadyRegistered,
    PasswordReset,
    PasswordChanged,
    Submitted,
    StatusChanged,
    InformationRequested,
    Withdrawn,
    AccountDeleted,
    Passed,
    Approved,
    Refused,
    StaffSetUp,
    FairRegistered,
    FairCancelled,
    FairReminder,
    Booked,
    Waitlisted,
    PlaceOffered,
    SessionCancelled,
    SessionReminder,
    /// A request for an item in another format was received.
    FormatRequested,
    /// A petition or complaint was received; its reference.
    PetitionReceived,
    /// Staff wrote down a recorded petition: the petitioner confirms it.
    PetitionTranscribed,
    /// A written notice about a petition (acceptance, extension, decision,
    /// review answer), in its ordinary and easy-read versions.
    PetitionNotice,
    /// A legal-aid request was received.
    LegalAidReceived,
    /// The one notice of missing documents for a legal-aid request.
    LegalAidDocumentsAsked,
    /// Legal aid was granted.
    LegalAidGranted,
    /// Legal aid was refused, with the reason and how to object.
    LegalAidRefused,
    /// A lawyer was assigned.
    LegalAidLawyerAssigned,
    /// An objection to a refusal was decided.
    LegalAidObjectionDecided,
}

impl MailKind {
    pub const ALL: [MailKind; 31] = [
        MailKind::SignInLink,
        MailKind::AlreadyRegistered,
        MailKind::PasswordReset,
        MailKind::PasswordChanged,
        MailKind::Submitted,
        MailKind::StatusChanged,
        MailKind::InformationRequested,
        MailKind::Withdrawn,
        MailKind::AccountDeleted,
        MailKind::Passed,
        MailKind::Approved,
        MailKind::Refused,
        MailKind::StaffSetUp,
        MailKind::FairRegistered,
        MailKind::FairCancelled,
        MailKind::FairReminder,
        MailKind::Booked,
        MailKind::Waitlisted,
        MailKind::PlaceOffered,
        MailKind::SessionCancelled,
        MailKind::SessionReminder,
        MailKind::FormatRequested,
        MailKind::PetitionReceived,
        MailKind::PetitionTranscribed,
        MailKind::PetitionNotice,
        MailKind::LegalAidReceived,
        MailKind::LegalAidDocumentsAsked,
        MailKind::LegalAidGranted,
        MailKind::LegalAidRefused,
        MailKind::LegalAidLawyerAssigned,
        MailKind::LegalAidObjectionDecided,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MailKind::SignInLink => "sign-in-link",
            MailKind::AlreadyRegistered => "already-registered",
            MailKind::PasswordReset => "password-reset",
            MailKind::PasswordChanged => "password-changed",
            MailKind::Submitted => "submitted",
            MailKind::StatusChanged => "status-changed",
            MailKind::InformationRequested => "information-requested",
            MailKind::Withdrawn => "withdrawn",
            MailKind::AccountDeleted => "account-deleted",
            MailKind::Passed => "passed",
            MailKind::Approved => "approved",
            MailKind::Refused => "refused",
            MailKind::StaffSetUp => "staff-set-up",
            MailKind::FairRegistered => "fair-registered",
            MailKind::FairCancelled => "fair-cancelled",
            MailKind::FairReminder => "fair-reminder",
            MailKind::Booked => "booked",
            MailKind::Waitlisted => "waitlisted",
            MailKind::PlaceOffered => "place-offered",
            MailKind::SessionCancelled => "session-cancelled",
            MailKind::SessionReminder => "session-reminder",
            MailKind::FormatRequested => "format-requested",
            MailKind::PetitionReceived => "petition-received",
            MailKind::PetitionTranscribed => "petition-transcribed",
            MailKind::PetitionNotice => "petition-notice",
            MailKind::LegalAidReceived => "legal-aid-received",
            MailKind::LegalAidDocumentsAsked => "legal-aid-documents-asked",
            MailKind::LegalAidGranted => "legal-aid-granted",
            MailKind::LegalAidRefused => "legal-aid-refused",
            MailKind::LegalAidLawyerAssigned => "legal-aid-lawyer-assigned",
            MailKind::LegalAidObjectionDecided => "legal-aid-objection-decided",
        }
    }

    /// The outbox sends lower numbers first. Links that expire within
    /// minutes go first, so a flood of booking mail never delays a sign-in.
    pub fn priority(self) -> i32 {
        match self {
            MailKind::SignInLink
            | MailKind::AlreadyRegistered
            | MailKind::PasswordReset
            | MailKind::StaffSetUp => 0,
            _ => 1,
        }
    }
}

/// The argument naming whom a message is about, when that may not be the
/// account holder (the person an application is for, someone booked for):
/// their name ends the subject, so messages about two people differ.
pub const ABOUT: &str = "person";

/// Subject and plain-text body in `lang`, with the service's contact lines
/// (`help`: its phone number and hours) at the end.
pub fn compose(lang: Lang, kind: MailKind, args: &[(&str, String)], help: &SiteInfo) -> (String, String) {
    let subject = tr_with(lang, &format!("mail-{}-subject", kind.key()), args);
    let subject = match args.iter().find(|(name, _)| *name == ABOUT) {
        Some((_, person)) => tr_with(
            lang,
            "mail-subject-about",
            &[("subject", subject), ("person", person.clone())],
        ),
        None => subject,
    };
    let body = format!(
        "{}\n\n{}\n\n{}",
        tr_with(lang, "mail-greeting", args),
        tr_with(lang, &format!("mail-{}-body", kind.key()), args),
        signature(lang, help),
    );
    (subject, body)
}

/// The end of every message: the service's name and its contact lines.
pub fn signature(lang: Lang, help: &SiteInfo) -> String {
    let footer = if help.phone.trim().is_empty() {
        tr(lang, "mail-footer-no-phone")
    } else {
        tr_with(
            lang,
            "mail-footer",
            &[
                ("phone", help.phone.clone()),
                ("hours", help.hours(lang).to_string()),
            ],
        )
    };
    format!("-- \n{}\n{}", tr(lang, "service-name"), footer)
}

/// A message written in full by its feature (email alerts), with what the
/// outbox needs besides its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composed {
    pub recipient: String,
    pub lang: Lang,
    pub subject: String,
    pub body: String,
    /// See [`MailKind::priority`]: 0 for links that expire soon.
    pub priority: i32,
    /// The one-click unsubscribe address for the `List-Unsubscribe` headers.
    pub list_unsubscribe: Option<String>,
}

/// Adds a composed message to the outbox, due at `now`; call it inside the
/// transaction of the change that causes it.
pub async fn enqueue_composed<C: ConnectionTrait>(
    db: &C,
    message: Composed,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    outbox::ActiveModel {
        recipient: Set(message.recipient),
        subject: Set(message.subject),
        body: Set(message.body),
        language: Set(message.lang.tag().to_string()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        sent_at: Set(None),
        last_error: Set(None),
        priority: Set(message.priority),
        list_unsubscribe: Set(message.list_unsubscribe),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Adds a message to the outbox, due at `now` (the portal's clock); call it
/// inside the transaction of the change. The footer gives the help contacts
/// as they are stored now.
pub async fn enqueue<C: ConnectionTrait>(
    db: &C,
    recipient: &str,
    lang: Lang,
    kind: MailKind,
    args: &[(&str, String)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let help = site_info::store::load(db).await?;
    let (subject, body) = compose(lang, kind, args, &help);
    outbox::ActiveModel {
        recipient: Set(recipient.to_string()),
        subject: Set(subject),
        body: Set(body),
        language: Set(lang.tag().to_string()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        sent_at: Set(None),
        last_error: Set(None),
        priority: Set(kind.priority()),
        list_unsubscribe: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
