//! Published information (news, notices, policy explainers, plain pages) as
//! a pure state machine: which moves each status allows, and who may
//! publish. Every version is kept; the public sees the last published one.

use serde::{Deserialize, Serialize};

/// What an article is; each kind has its own public list and address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleKind {
    News,
    /// 通知公告, which may close on a date.
    Notice,
    /// 政策解读, with its source document.
    Policy,
    /// A plain page under `/about/{slug}`.
    Page,
}

impl ArticleKind {
    pub const ALL: [ArticleKind; 4] = [
        ArticleKind::News,
        ArticleKind::Notice,
        ArticleKind::Policy,
        ArticleKind::Page,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ArticleKind::News => "news",
            ArticleKind::Notice => "notice",
            ArticleKind::Policy => "policy",
            ArticleKind::Page => "page",
        }
    }

    pub fn parse(text: &str) -> Option<ArticleKind> {
        ArticleKind::ALL.into_iter().find(|k| k.key() == text)
    }

    /// The public list of this kind (plain pages have none).
    pub fn list_path(self) -> Option<&'static str> {
        match self {
            ArticleKind::News => Some("/news"),
            ArticleKind::Notice => Some("/notices"),
            ArticleKind::Policy => Some("/policy"),
            ArticleKind::Page => None,
        }
    }

    /// The public address of one article: by id, or by slug for a plain page.
    pub fn path(self, id: i32, slug: &str) -> String {
        match self.list_path() {
            Some(list) => format!("{list}/{id}"),
            None => format!("/about/{slug}"),
        }
    }
}

/// The three parts of a policy explainer (政策解读), in the order its page
/// shows them after the easy-read summary. Each is versioned with the body,
/// in the same markup, and required in Chinese.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PolicyPart {
    WhatChanged,
    WhoFor,
    WhatToDo,
}

impl PolicyPart {
    pub const ALL: [PolicyPart; 3] = [PolicyPart::WhatChanged, PolicyPart::WhoFor, PolicyPart::WhatToDo];

    /// The field's name without its language (`what_changed` for
    /// `what_changed_zh` and `what_changed_en`).
    pub fn field(self) -> &'static str {
        match self {
            PolicyPart::WhatChanged => "what_changed",
            PolicyPart::WhoFor => "who_for",
            PolicyPart::WhatToDo => "what_to_do",
        }
    }

    /// The name in message ids and page anchors (`what-changed`).
    pub fn key(self) -> &'static str {
        match self {
            PolicyPart::WhatChanged => "what-changed",
            PolicyPart::WhoFor => "who-for",
            PolicyPart::WhatToDo => "what-to-do",
        }
    }

    /// The parts an article of `kind` still lacks in Chinese before it may
    /// be submitted or published: none for other kinds, and for a policy
    /// explainer each part whose Chinese (`chinese(part)`) is blank.
    pub fn missing<'a>(kind: ArticleKind, chinese: impl Fn(PolicyPart) -> &'a str) -> Vec<PolicyPart> {
        if kind != ArticleKind::Policy {
            return Vec::new();
        }
        PolicyPart::ALL
            .into_iter()
            .filter(|part| chinese(*part).trim().is_empty())
            .collect()
    }
}

/// Where an article's newest version stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleStatus {
    /// Being written (an earlier version may still be published).
    Draft,
    /// Waiting for a second person to publish it.
    Submitted,
    /// The newest version is the published one.
    Published,
    /// Withdrawn from the public, with a reason.
    Unpublished,
}

impl ArticleStatus {
    pub const ALL: [ArticleStatus; 4] = [
        ArticleStatus::Draft,
        ArticleStatus::Submitted,
        ArticleStatus::Published,
        ArticleStatus::Unpublished,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ArticleStatus::Draft => "draft",
            ArticleStatus::Submitted => "submitted",
            ArticleStatus::Published => "published",
            ArticleStatus::Unpublished => "unpublished",
        }
    }

    pub fn parse(text: &str) -> Option<ArticleStatus> {
        ArticleStatus::ALL.into_iter().find(|s| s.key() == text)
    }

    /// The status after `attempted`, or why it is not possible.
    pub fn after(self, attempted: ArticleMove) -> Result<ArticleStatus, MoveNotAllowed> {
        use ArticleMove as M;
        use ArticleStatus as S;
        match (self, attempted) {
            // Any change is a draft again, to be submitted and published again.
            (_, M::Edit) => Ok(S::Draft),
            (S::Draft, M::Submit) => Ok(S::Submitted),
            (S::Submitted, M::Publish) => Ok(S::Published),
            (S::Published, M::Unpublish) => Ok(S::Unpublished),
            _ => Err(MoveNotAllowed),
        }
    }

    /// Whether an edit must start a new version: the newest one was
    /// published, and published versions are kept as they were.
    pub fn edit_starts_new_version(self) -> bool {
        matches!(self, ArticleStatus::Published | ArticleStatus::Unpublished)
    }
}

/// What an editor does to an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleMove {
    Edit,
    Submit,
    Publish,
    Unpublish,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the move is not allowed from the article's status")]
pub struct MoveNotAllowed;

/// Why someone may not publish a submitted version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PublishDenied {
    /// Nobody publishes a version they wrote: a second person reads it first.
    #[error("the version was written by the person publishing it")]
    OwnVersion,
    /// An administrator assigned someone else to publish it.
    #[error("another person is assigned to publish it")]
    NotAssigned,
}

/// The second-person rule: `staff_id` may publish a version written by
/// `author_id` unless it is their own, or someone else is assigned.
pub fn may_publish(staff_id: i32, author_id: i32, assigned: Option<i32>) -> Result<(), PublishDenied> {
    if staff_id == author_id {
        return Err(PublishDenied::OwnVersion);
    }
    match assigned {
        Some(publisher) if publisher != staff_id => Err(PublishDenied::NotAssigned),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ArticleMove as M;
    use ArticleStatus as S;

    #[test]
    fn every_status_and_move() {
        let allowed = [
            (S::Draft, M::Edit, S::Draft),
            (S::Submitted, M::Edit, S::Draft),
            (S::Published, M::Edit, S::Draft),
            (S::Unpublished, M::Edit, S::Draft),
            (S::Draft, M::Submit, S::Submitted),
            (S::Submitted, M::Publish, S::Published),
            (S::Published, M::Unpublish, S::Unpublished),
        ];
        for status in S::ALL {
            for attempted in [M::Edit, M::Submit, M::Publish, M::Unpublish] {
                let expected = allowed
                    .iter()
                    .find(|(s, m, _)| *s == status && *m == attempted)
                    .map(|(_, _, to)| *to)
                    .ok_or(MoveNotAllowed);
                assert_eq!(status.after(attempted), expected, "{status:?} {attempted:?}");
            }
        }
    }

    #[test]
    fn a_draft_is_never_published_without_being_submitted() {
        assert_eq!(S::Draft.after(M::Publish), Err(MoveNotAllowed));
        assert_eq!(S::Unpublished.after(M::Publish), Err(MoveNotAllowed));
    }

    #[test]
    fn published_versions_are_kept() {
        assert!(S::Published.edit_starts_new_version());
        assert!(S::Unpublished.edit_starts_new_version());
        assert!(!S::Draft.edit_starts_new_version());
        assert!(!S::Submitted.edit_starts_new_version());
    }

    #[test]
    fn the_second_person_publishes() {
        assert_eq!(may_publish(1, 1, None), Err(PublishDenied::OwnVersion));
        assert_eq!(may_publish(2, 1, None), Ok(()));
        assert_eq!(may_publish(2, 1, Some(3)), Err(PublishDenied::NotAssigned));
        assert_eq!(may_publish(3, 1, Some(3)), Ok(()));
        // Being assigned does not let anyone publish their own version.
        assert_eq!(may_publish(1, 1, Some(1)), Err(PublishDenied::OwnVersion));
    }

    #[test]
    fn a_policy_explainer_needs_its_three_parts_in_chinese() {
        let none = |_: PolicyPart| "";
        assert_eq!(
            PolicyPart::missing(ArticleKind::Policy, none),
            PolicyPart::ALL.to_vec()
        );
        for kind in [ArticleKind::News, ArticleKind::Notice, ArticleKind::Page] {
            assert!(PolicyPart::missing(kind, none).is_empty(), "{kind:?}");
        }
        let some = |part: PolicyPart| match part {
            PolicyPart::WhoFor => "  \n",
            _ => "有内容",
        };
        assert_eq!(
            PolicyPart::missing(ArticleKind::Policy, some),
            vec![PolicyPart::WhoFor]
        );
    }

    #[test]
    fn keys_round_trip_and_paths() {
        for kind in ArticleKind::ALL {
            assert_eq!(ArticleKind::parse(kind.key()), Some(kind));
        }
        for status in S::ALL {
            assert_eq!(S::parse(status.key()), Some(status));
        }
        assert_eq!(ArticleKind::Notice.path(7, ""), "/notices/7");
        assert_eq!(ArticleKind::Page.path(7, "centres"), "/about/centres");
    }
}
