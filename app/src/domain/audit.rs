//! What the audit log records: what was done, and to what. Every staff
//! action has one `AuditAction`; every target is typed, so the log's
//! `target` column is always written the same way (`application:12`).

use std::fmt;

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
    /// A rule parameter checked and found still right.
    ReviewParameter,
    EditArticle,
    SubmitArticle,
    PublishArticle,
    UnpublishArticle,
    AssignPublisher,
    RaiseBanner,
    EndBanner,
    /// A place's accessibility facts, hours or contacts checked and saved.
    VerifyPlace,
    /// A place added to the directory.
    AddPlace,
    /// A video, captions file or attachment added to an item.
    UploadArticleFile,
    /// A file removed from an item.
    RemoveArticleFile,
    /// The transcript of an item's sign-language video changed.
    EditTranscript,
    /// A request for another format marked done.
    CompleteFormatRequest,
    /// The list of requests for other formats seen (names and contacts).
    ViewFormatRequests,
    AddCalendarDay,
    RemoveCalendarDay,
    /// The list of petitions seen.
    ViewPetitions,
    ViewPetition,
    /// A petition's video or voice recording played or downloaded.
    ViewPetitionRecording,
    TranscribePetition,
    /// A petition routed or transferred to a handling body.
    RoutePetition,
    /// A body said a petition routed to it is not theirs (异议).
    ObjectPetition,
    AcceptPetition,
    NotAcceptPetition,
    ExtendPetition,
    DecidePetition,
    /// A review or re-review answered.
    AnswerPetitionReview,
    AddPetitionNote,
    /// The district's overdue petitions seen (督查督办).
    ViewSupervision,
    AddSupervisionNote,
    /// The list of legal-aid requests seen.
    ViewLegalAidRequests,
    /// One legal-aid request seen (the person's details and matter).
    ViewLegalAidRequest,
    /// A document of a legal-aid request opened.
    ViewLegalAidDocument,
    /// The one notice of missing documents sent.
    AskLegalAidDocuments,
    /// Legal aid granted or refused.
    DecideLegalAid,
    /// A lawyer assigned to a granted request.
    AssignLawyer,
    /// An objection to a refusal decided.
    DecideLegalAidObjection,
    /// A case closed with its outcome and adjustments.
    CloseLegalAid,
    /// The list of legal-aid lawyers seen.
    ViewLawyers,
    /// A lawyer added to the list or changed.
    EditLawyer,
}

impl AuditAction {
    pub const ALL: [AuditAction; 73] = [
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
        AuditAction::ReviewParameter,
        AuditAction::EditArticle,
        AuditAction::SubmitArticle,
        AuditAction::PublishArticle,
        AuditAction::UnpublishArticle,
        AuditAction::AssignPublisher,
        AuditAction::RaiseBanner,
        AuditAction::EndBanner,
        AuditAction::VerifyPlace,
        AuditAction::AddPlace,
        AuditAction::UploadArticleFile,
        AuditAction::RemoveArticleFile,
        AuditAction::EditTranscript,
        AuditAction::CompleteFormatRequest,
        AuditAction::ViewFormatRequests,
        AuditAction::AddCalendarDay,
        AuditAction::RemoveCalendarDay,
        AuditAction::ViewPetitions,
        AuditAction::ViewPetition,
        AuditAction::ViewPetitionRecording,
        AuditAction::TranscribePetition,
        AuditAction::RoutePetition,
        AuditAction::ObjectPetition,
        AuditAction::AcceptPetition,
        AuditAction::NotAcceptPetition,
        AuditAction::ExtendPetition,
        AuditAction::DecidePetition,
        AuditAction::AnswerPetitionReview,
        AuditAction::AddPetitionNote,
        AuditAction::ViewSupervision,
        AuditAction::AddSupervisionNote,
        AuditAction::ViewLegalAidRequests,
        AuditAction::ViewLegalAidRequest,
        AuditAction::ViewLegalAidDocument,
        AuditAction::AskLegalAidDocuments,
        AuditAction::DecideLegalAid,
        AuditAction::AssignLawyer,
        AuditAction::DecideLegalAidObjection,
        AuditAction::CloseLegalAid,
        AuditAction::ViewLawyers,
        AuditAction::EditLawyer,
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
            AuditAction::ReviewParameter => "review_parameter",
            AuditAction::EditArticle => "edit_article",
            AuditAction::SubmitArticle => "submit_article",
            AuditAction::PublishArticle => "publish_article",
            AuditAction::UnpublishArticle => "unpublish_article",
            AuditAction::AssignPublisher => "assign_publisher",
            AuditAction::RaiseBanner => "raise_banner",
            AuditAction::EndBanner => "end_banner",
            AuditAction::VerifyPlace => "verify_place",
            AuditAction::AddPlace => "add_place",
            AuditAction::UploadArticleFile => "upload_article_file",
            AuditAction::RemoveArticleFile => "remove_article_file",
            AuditAction::EditTranscript => "edit_transcript",
            AuditAction::CompleteFormatRequest => "complete_format_request",
            AuditAction::ViewFormatRequests => "view_format_requests",
            AuditAction::AddCalendarDay => "add_calendar_day",
            AuditAction::RemoveCalendarDay => "remove_calendar_day",
            AuditAction::ViewPetitions => "view_petitions",
            AuditAction::ViewPetition => "view_petition",
            AuditAction::ViewPetitionRecording => "view_petition_recording",
            AuditAction::TranscribePetition => "transcribe_petition",
            AuditAction::RoutePetition => "route_petition",
            AuditAction::ObjectPetition => "object_petition",
            AuditAction::AcceptPetition => "accept_petition",
            AuditAction::NotAcceptPetition => "not_accept_petition",
            AuditAction::ExtendPetition => "extend_petition",
            AuditAction::DecidePetition => "decide_petition",
            AuditAction::AnswerPetitionReview => "answer_petition_review",
            AuditAction::AddPetitionNote => "add_petition_note",
            AuditAction::ViewSupervision => "view_supervision",
            AuditAction::AddSupervisionNote => "add_supervision_note",
            AuditAction::ViewLegalAidRequests => "view_legal_aid_requests",
            AuditAction::ViewLegalAidRequest => "view_legal_aid_request",
            AuditAction::ViewLegalAidDocument => "view_legal_aid_document",
            AuditAction::AskLegalAidDocuments => "ask_legal_aid_documents",
            AuditAction::DecideLegalAid => "decide_legal_aid",
            AuditAction::AssignLawyer => "assign_lawyer",
            AuditAction::DecideLegalAidObjection => "decide_legal_aid_objection",
            AuditAction::CloseLegalAid => "close_legal_aid",
            AuditAction::ViewLawyers => "view_lawyers",
            AuditAction::EditLawyer => "edit_lawyer",
        }
    }

    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.key() == text)
    }
}

/// What an action was done to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditTarget {
    Application(i32),
    Staff(i32),
    /// A sign-in attempt for an address that may have no account.
    Email(String),
    Fair(i32),
    Registration(i32),
    Course(i32),
    Session(i32),
    Booking(i32),
    /// A rule parameter, by its API name.
    Parameter(String),
    /// A place in the directory (`location`).
    Place(i32),
    /// The application queue as a whole (views and exports).
    Queue,
    /// The audit log itself (searches and exports).
    AuditLog,
    Article(i32),
    Banner(i32),
    /// A request for an item in another format.
    FormatRequest(i32),
    /// The list of those requests as a whole (views).
    FormatRequests,
    /// A holiday or make-up working day, by its date.
    CalendarDay(chrono::NaiveDate),
    /// A petition or complaint.
    Petition(i32),
    /// The petition list, or the district's supervision list, as a whole.
    Petitions,
    LegalAidRequest(i32),
    /// The list of legal-aid requests as a whole (views).
    LegalAidRequests,
    Lawyer(i32),
    /// The list of lawyers as a whole (views).
    Lawyers,
}

impl fmt::Display for AuditTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuditTarget::Application(id) => write!(f, "application:{id}"),
            AuditTarget::Staff(id) => write!(f, "staff:{id}"),
            AuditTarget::Email(email) => write!(f, "email:{email}"),
            AuditTarget::Fair(id) => write!(f, "fair:{id}"),
            AuditTarget::Registration(id) => write!(f, "registration:{id}"),
            AuditTarget::Course(id) => write!(f, "course:{id}"),
            AuditTarget::Session(id) => write!(f, "session:{id}"),
            AuditTarget::Booking(id) => write!(f, "booking:{id}"),
            AuditTarget::Parameter(key) => write!(f, "parameter:{key}"),
            AuditTarget::Place(id) => write!(f, "place:{id}"),
            AuditTarget::Queue => f.write_str("queue"),
            AuditTarget::AuditLog => f.write_str("audit"),
            AuditTarget::Article(id) => write!(f, "article:{id}"),
            AuditTarget::Banner(id) => write!(f, "banner:{id}"),
            AuditTarget::FormatRequest(id) => write!(f, "format_request:{id}"),
            AuditTarget::FormatRequests => f.write_str("format_requests"),
            AuditTarget::CalendarDay(day) => write!(f, "calendar_day:{day}"),
            AuditTarget::Petition(id) => write!(f, "petition:{id}"),
            AuditTarget::Petitions => f.write_str("petitions"),
            AuditTarget::LegalAidRequest(id) => write!(f, "legal_aid_request:{id}"),
            AuditTarget::LegalAidRequests => f.write_str("legal_aid_requests"),
            AuditTarget::Lawyer(id) => write!(f, "lawyer:{id}"),
            AuditTarget::Lawyers => f.write_str("lawyers"),
        }
    }
}

/// One entry to record: the action, its target, and what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Audit {
    pub action: AuditAction,
    pub target: AuditTarget,
    pub detail: Option<String>,
}

impl Audit {
    pub fn new(action: AuditAction, target: AuditTarget) -> Self {
        Audit {
            action,
            target,
            detail: None,
        }
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
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
    fn targets_are_written_as_kind_and_id() {
        assert_eq!(AuditTarget::Application(12).to_string(), "application:12");
        assert_eq!(
            AuditTarget::Parameter("e03_allowance".into()).to_string(),
            "parameter:e03_allowance"
        );
        assert_eq!(AuditTarget::Queue.to_string(), "queue");
    }
}
