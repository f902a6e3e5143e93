//! Applications as the applicant sees them: who may act for whom, the
//! sections of an application, its statuses and the moves between them,
//! reference numbers, and which uploaded files are accepted.

use serde::{Deserialize, Serialize};

/// How the person applying is related to the person the application is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Parent,
    Child,
    Spouse,
    Guardian,
    Carer,
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 6] = [
        Relationship::Parent,
        Relationship::Child,
        Relationship::Spouse,
        Relationship::Guardian,
        Relationship::Carer,
        Relationship::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Relationship::Parent => "parent",
            Relationship::Child => "child",
            Relationship::Spouse => "spouse",
            Relationship::Guardian => "guardian",
            Relationship::Carer => "carer",
            Relationship::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Relationship> {
        Relationship::ALL.into_iter().find(|r| r.key() == text)
    }
}

/// The parts of an application, in the order of its task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Person,
    Circumstances,
    Documents,
    Declaration,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Person,
        Section::Circumstances,
        Section::Documents,
        Section::Declaration,
    ];

    /// Also the last part of the section's URL.
    pub fn key(self) -> &'static str {
        match self {
            Section::Person => "person",
            Section::Circumstances => "circumstances",
            Section::Documents => "documents",
            Section::Declaration => "declaration",
        }
    }

    /// The completed sections, from their stored comma-separated keys.
    pub fn parse_done(stored: &str) -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|s| stored.split(',').any(|k| k == s.key()))
            .collect()
    }

    /// Stored form of a set of completed sections.
    pub fn store(done: &[Section]) -> String {
        Section::ALL
            .into_iter()
            .filter(|s| done.contains(s))
            .map(Section::key)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Where an application is. The first three after submission are the
/// plan's three levels: community, street/town, district.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    Draft,
    /// Submitted; being checked by the community.
    Submitted,
    StreetReview,
    DistrictReview,
    MoreInformationNeeded,
    Approved,
    Refused,
    Withdrawn,
}

/// What someone does to an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Submit,
    Withdraw,
    /// The applicant answers a request for more information.
    Respond,
    /// Staff ask the applicant for more information.
    RequestInformation,
    /// Staff pass the application to the next level.
    Pass,
    Approve,
    Refuse,
}

impl Move {
    pub const ALL: [Move; 7] = [
        Move::Submit,
        Move::Withdraw,
        Move::Respond,
        Move::RequestInformation,
        Move::Pass,
        Move::Approve,
        Move::Refuse,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{status:?} applications cannot take the move {attempted:?}")]
pub struct MoveRefused {
    pub status: ApplicationStatus,
    pub attempted: Move,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 8] = [
        ApplicationStatus::Draft,
        ApplicationStatus::Submitted,
        ApplicationStatus::StreetReview,
        ApplicationStatus::DistrictReview,
        ApplicationStatus::MoreInformationNeeded,
        ApplicationStatus::Approved,
        ApplicationStatus::Refused,
        ApplicationStatus::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ApplicationStatus::Draft => "draft",
            ApplicationStatus::Submitted => "submitted",
            ApplicationStatus::StreetReview => "street_review",
            ApplicationStatus::DistrictReview => "district_review",
            ApplicationStatus::MoreInformationNeeded => "more_information_needed",
            ApplicationStatus::Approved => "approved",
            ApplicationStatus::Refused => "refused",
            ApplicationStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Option<ApplicationStatus> {
        ApplicationStatus::ALL.into_iter().find(|s| s.key() == text)
    }

    /// With one of the three levels (or waiting for the applicant): not decided yet.
    pub fn is_in_progress(self) -> bool {
        matches!(
            self,
            ApplicationStatus::Submitted
                | ApplicationStatus::StreetReview
                | ApplicationStatus::DistrictReview
                | ApplicationStatus::MoreInformationNeeded
        )
    }

    /// The status after `attempted`, or why it is not allowed. `return_to` is
    /// the level that asked for more information, where a response goes back.
    pub fn after(
        self,
        attempted: Move,
        return_to: Option<ApplicationStatus>,
    ) -> Result<ApplicationStatus, MoveRefused> {
        use ApplicationStatus as S;
        let refused = MoveRefused {
            status: self,
            attempted,
        };
        let reviewing = matches!(self, S::Submitted | S::StreetReview | S::DistrictReview);
        match (attempted, self) {
            (Move::Submit, S::Draft) => Ok(S::Submitted),
            (Move::Withdraw, status) if status.is_in_progress() => Ok(S::Withdrawn),
            (Move::Respond, S::MoreInformationNeeded) => match return_to {
                Some(level @ (S::Submitted | S::StreetReview | S::DistrictReview)) => Ok(level),
                _ => Ok(S::Submitted),
            },
            (Move::RequestInformation, _) if reviewing => Ok(S::MoreInformationNeeded),
            (Move::Pass, S::Submitted) => Ok(S::StreetReview),
            (Move::Pass, S::StreetReview) => Ok(S::DistrictReview),
            (Move::Approve, S::DistrictReview) => Ok(S::Approved),
            (Move::Refuse, _) if reviewing => Ok(S::Refused),
            _ => Err(refused),
        }
    }
}

/// The number people quote: `JB-2026-000123`.
pub fn reference(year: i32, id: i32) -> String {
    format!("JB-{year}-{id:06}")
}

/// A kind of file the portal accepts as a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentType {
    Pdf,
    Jpeg,
    Png,
}

/// Largest document accepted: 10 MB.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

impl DocumentType {
    /// The type the file's first bytes show, whatever its name says.
    pub fn sniff(bytes: &[u8]) -> Option<DocumentType> {
        if bytes.starts_with(b"%PDF-") {
            Some(DocumentType::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(DocumentType::Jpeg)
        } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(DocumentType::Png)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            DocumentType::Pdf => "application/pdf",
            DocumentType::Jpeg => "image/jpeg",
            DocumentType::Png => "image/png",
        }
    }

    pub fn from_content_type(text: &str) -> Option<DocumentType> {
        [DocumentType::Pdf, DocumentType::Jpeg, DocumentType::Png]
            .into_iter()
            .find(|t| t.content_type() == text)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EmailProblem {
    #[error("empty")]
    Empty,
    #[error("not an email address")]
    Invalid,
}

/// An email address as stored: trimmed and lower-cased, with one `@`, a
/// dot in the domain and no spaces. Deliverability is proven by the link.
pub fn normalise_email(text: &str) -> Result<String, EmailProblem> {
    let email = text.trim().to_lowercase();
    if email.is_empty() {
        return Err(EmailProblem::Empty);
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(EmailProblem::Invalid);
    };
    let valid = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.len() <= 254
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == ';');
    if valid {
        Ok(email)
    } else {
        Err(EmailProblem::Invalid)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("too short")]
    TooShort,
    #[error("too long")]
    TooLong,
}

pub const MIN_PASSWORD_CHARS: usize = 8;
pub const MAX_PASSWORD_CHARS: usize = 128;

/// Length is the only rule (NIST SP 800-63B): any characters, pasting allowed.
pub fn check_password(password: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_CHARS {
        Err(PasswordProblem::TooShort)
    } else if length > MAX_PASSWORD_CHARS {
        Err(PasswordProblem::TooLong)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::ApplicationStatus as S;
    use super::*;

    #[test]
    fn the_three_levels_in_order_then_a_decision() {
        let mut status = S::Draft;
        for (step, expected) in [
            (Move::Submit, S::Submitted),
            (Move::Pass, S::StreetReview),
            (Move::Pass, S::DistrictReview),
            (Move::Approve, S::Approved),
        ] {
            status = status.after(step, None).unwrap_or(S::Draft);
            assert_eq!(status, expected);
        }
    }

    #[test]
    fn every_refused_move_is_refused() {
        let allowed = [
            (S::Draft, Move::Submit),
            (S::Submitted, Move::Withdraw),
            (S::StreetReview, Move::Withdraw),
            (S::DistrictReview, Move::Withdraw),
            (S::MoreInformationNeeded, Move::Withdraw),
            (S::MoreInformationNeeded, Move::Respond),
            (S::Submitted, Move::RequestInformation),
            (S::StreetReview, Move::RequestInformation),
            (S::DistrictReview, Move::RequestInformation),
            (S::Submitted, Move::Pass),
            (S::StreetReview, Move::Pass),
            (S::DistrictReview, Move::Approve),
            (S::Submitted, Move::Refuse),
            (S::StreetReview, Move::Refuse),
            (S::DistrictReview, Move::Refuse),
        ];
        let moves = Move::ALL;
        for status in S::ALL {
            for attempted in moves {
                let result = status.after(attempted, None);
                assert_eq!(
                    result.is_ok(),
                    allowed.contains(&(status, attempted)),
                    "{status:?} {attempted:?}"
                );
            }
        }
    }

    #[test]
    fn a_response_goes_back_to_the_level_that_asked() {
        assert_eq!(
            S::MoreInformationNeeded.after(Move::Respond, Some(S::DistrictReview)),
            Ok(S::DistrictReview)
        );
        assert_eq!(
            S::MoreInformationNeeded.after(Move::Respond, Some(S::Approved)),
            Ok(S::Submitted)
        );
    }

    #[test]
    fn keys_round_trip() {
        for status in S::ALL {
            assert_eq!(S::parse(status.key()), Some(status));
        }
        for relationship in Relationship::ALL {
            assert_eq!(Relationship::parse(relationship.key()), Some(relationship));
        }
        let done = [Section::Documents, Section::Person];
        assert_eq!(Section::store(&done), "person,documents");
        assert_eq!(
            Section::parse_done("person,documents,bogus"),
            vec![Section::Person, Section::Documents]
        );
    }

    #[test]
    fn references_have_six_digits() {
        assert_eq!(reference(2026, 123), "JB-2026-000123");
    }

    #[test]
    fn files_are_known_by_their_content() {
        assert_eq!(DocumentType::sniff(b"%PDF-1.7 ..."), Some(DocumentType::Pdf));
        assert_eq!(
            DocumentType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(DocumentType::Jpeg)
        );
        assert_eq!(
            DocumentType::sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]),
            Some(DocumentType::Png)
        );
        assert_eq!(DocumentType::sniff(b"MZ\x90\x00 not really a pdf"), None);
        assert_eq!(DocumentType::sniff(b""), None);
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            normalise_email("  Li.Ming@Example.CN "),
            Ok("li.ming@example.cn".into())
        );
        assert_eq!(normalise_email(""), Err(EmailProblem::Empty));
        for bad in [
            "li",
            "li@",
            "@example.cn",
            "li@example",
            "li ming@example.cn",
            "a@b@c.cn",
            "li@.cn",
        ] {
            assert_eq!(normalise_email(bad), Err(EmailProblem::Invalid), "{bad}");
        }
    }

    #[test]
    fn passwords_need_only_length() {
        assert_eq!(check_password("1234567"), Err(PasswordProblem::TooShort));
        assert_eq!(check_password("十二个字的中文密码也可以"), Ok(()));
        assert_eq!(check_password(&"x".repeat(129)), Err(PasswordProblem::TooLong));
    }
}
