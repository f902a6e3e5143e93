//! Email alerts and feeds: the topics people follow, the area filter, how
//! often they hear, when the weekly digest goes out, and the shape of the
//! per-subscription token in every message's links. Pure rules, no I/O.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, NaiveTime, Utc};

use super::local_time::{chongqing_to_utc, utc_to_chongqing};

/// What one can follow. Job fairs and courses carry the area they are run
/// in; articles (news, notices, policy) concern the whole district.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    News,
    Notices,
    Policy,
    JobFairs,
    Training,
}

impl Topic {
    pub const ALL: [Topic; 5] = [
        Topic::News,
        Topic::Notices,
        Topic::Policy,
        Topic::JobFairs,
        Topic::Training,
    ];

    /// The key in forms, in the database and in the feed's address.
    pub fn key(self) -> &'static str {
        match self {
            Topic::News => "news",
            Topic::Notices => "notices",
            Topic::Policy => "policy",
            Topic::JobFairs => "job-fairs",
            Topic::Training => "training",
        }
    }

    pub fn parse(text: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.key() == text.trim())
    }

    /// The topics named in a stored list (`news,job-fairs`); unknown names
    /// are skipped, so a topic retired later does not break a subscription.
    pub fn list_from(text: &str) -> Vec<Topic> {
        let mut topics: Vec<Topic> = text.split(',').filter_map(Topic::parse).collect();
        topics.sort();
        topics.dedup();
        topics
    }

    /// The stored form of a list of topics.
    pub fn list_text(topics: &[Topic]) -> String {
        topics.iter().map(|t| t.key()).collect::<Vec<_>>().join(",")
    }
}

/// How often a subscriber hears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    /// One message per new item, within about a minute.
    Immediately,
    /// One message a week listing the week's items; none if there are none.
    Weekly,
}

impl Frequency {
    pub const ALL: [Frequency; 2] = [Frequency::Immediately, Frequency::Weekly];

    pub fn key(self) -> &'static str {
        match self {
            Frequency::Immediately => "immediately",
            Frequency::Weekly => "weekly",
        }
    }

    pub fn parse(text: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.key() == text.trim())
    }
}

/// Whether an item in `item_area` belongs in the alerts of someone who
/// chose `chosen`. Area codes nest with dots (`jiangbei.guanyinqiao.x`):
/// an item inside the chosen area matches, and so does one for a wider area
/// that contains it (a district-wide fair is for every street). Items with
/// no area (articles) are for everyone.
pub fn area_matches(chosen: Option<&str>, item_area: Option<&str>) -> bool {
    let (Some(chosen), Some(item)) = (chosen, item_area) else {
        return true;
    };
    item == chosen || is_within(item, chosen) || is_within(chosen, item)
}

fn is_within(inner: &str, outer: &str) -> bool {
    inner
        .strip_prefix(outer)
        .is_some_and(|rest| rest.starts_with('.'))
}

/// The weekly digest goes out on Mondays at this local time (Asia/Shanghai,
/// the same UTC+8 as Chongqing all year).
pub const DIGEST_HOUR: u32 = 9;

/// The latest digest time at or before `now`: the Monday 09:00 local time
/// of this week if it has passed, otherwise last week's.
pub fn latest_digest_time(now: DateTime<Utc>) -> DateTime<Utc> {
    let local = utc_to_chongqing(now);
    let days_since_monday = i64::from(local.weekday().num_days_from_monday());
    let monday = local.date() - Duration::days(days_since_monday);
    let at = NaiveDateTime::new(monday, NaiveTime::MIN) + Duration::hours(i64::from(DIGEST_HOUR));
    let at = if at > local { at - Duration::weeks(1) } else { at };
    chongqing_to_utc(at)
}

/// The period a digest sent at `digest_time` covers: the seven days before it.
pub fn digest_period(digest_time: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    (digest_time - Duration::weeks(1), digest_time)
}

/// How long a confirmation link works.
pub const CONFIRM_DAYS: i64 = 7;

/// A subscription's own token, in the links of every message it gets:
/// `{id}-{tag}`, where the tag is a keyed hash of the id that only the
/// portal can compute, so nothing needs storing and any server checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionToken {
    pub id: i32,
    pub tag: String,
}

impl SubscriptionToken {
    /// Reads a token from a link; `None` for anything not of that shape.
    pub fn parse(text: &str) -> Option<SubscriptionToken> {
        let (id, tag) = text.split_once('-')?;
        let id: i32 = id.parse().ok().filter(|id| *id > 0)?;
        let url_safe = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        if tag.is_empty() || tag.len() > 100 || !tag.chars().all(url_safe) {
            return None;
        }
        Some(SubscriptionToken {
            id,
            tag: tag.to_string(),
        })
    }

    pub fn text(&self) -> String {
        format!("{}-{}", self.id, self.tag)
    }
}

/// Whether a confirmation token read from a link could be one we made (a
/// random 32 bytes, URL-safe base64): anything else is not looked up.
pub fn is_confirm_token(text: &str) -> bool {
    text.len() == 43
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn topics_parse_from_their_keys_only() {
        for topic in Topic::ALL {
            assert_eq!(Topic::parse(topic.key()), Some(topic));
        }
        assert_eq!(Topic::parse(" job-fairs "), Some(Topic::JobFairs));
        assert_eq!(Topic::parse("Job-Fairs"), None);
        assert_eq!(Topic::parse(""), None);
        assert_eq!(Topic::parse("jobs"), None);
        assert_eq!(
            Topic::list_from("training,news,,bogus,news"),
            vec![Topic::News, Topic::Training]
        );
        assert_eq!(Topic::list_text(&[Topic::News, Topic::Policy]), "news,policy");
        assert_eq!(Frequency::parse("weekly"), Some(Frequency::Weekly));
        assert_eq!(Frequency::parse("daily"), None);
    }

    #[test]
    fn the_digest_is_on_monday_at_nine_in_shanghai() {
        // Monday 7 December 2026, 09:00 in Shanghai is 01:00 UTC.
        let monday_nine = utc(2026, 12, 7, 1, 0);
        assert_eq!(latest_digest_time(monday_nine), monday_nine);
        assert_eq!(
            latest_digest_time(utc(2026, 12, 7, 0, 59)),
            utc(2026, 11, 30, 1, 0),
            "08:59 on Monday is still last week's"
        );
        assert_eq!(
            latest_digest_time(utc(2026, 12, 13, 15, 59)),
            monday_nine,
            "Sunday 23:59"
        );
        assert_eq!(
            latest_digest_time(utc(2026, 12, 13, 16, 0)),
            monday_nine,
            "Monday 00:00 in Shanghai, still Sunday in UTC: before nine"
        );
        assert_eq!(
            latest_digest_time(utc(2026, 12, 6, 20, 0)),
            utc(2026, 11, 30, 1, 0),
            "Monday 04:00 local is Sunday in UTC"
        );
        let (from, to) = digest_period(monday_nine);
        assert_eq!(from, utc(2026, 11, 30, 1, 0));
        assert_eq!(to, monday_nine);
        // Across a year's end.
        assert_eq!(
            latest_digest_time(utc(2027, 1, 1, 12, 0)),
            utc(2026, 12, 28, 1, 0)
        );
    }

    #[test]
    fn areas_match_inside_and_around() {
        let street = Some("jiangbei.guanyinqiao");
        assert!(area_matches(None, Some("jiangbei.x")));
        assert!(area_matches(street, None), "articles are for everyone");
        assert!(area_matches(street, Some("jiangbei.guanyinqiao")));
        assert!(area_matches(street, Some("jiangbei.guanyinqiao.c1")));
        assert!(area_matches(street, Some("jiangbei")), "district-wide");
        assert!(!area_matches(street, Some("jiangbei.wulidian")));
        assert!(!area_matches(street, Some("jiangbei.guanyinqiaox")));
    }

    #[test]
    fn subscription_tokens_have_one_shape() {
        let token = SubscriptionToken::parse("12-abc_DEF-9").expect("a token");
        assert_eq!(token.id, 12);
        assert_eq!(token.tag, "abc_DEF-9");
        assert_eq!(token.text(), "12-abc_DEF-9");
        for bad in [
            "",
            "12",
            "12-",
            "-abc",
            "0-abc",
            "x-abc",
            "12-a b",
            "12-<script>",
            "99999999999-a",
        ] {
            assert_eq!(SubscriptionToken::parse(bad), None, "{bad}");
        }
        assert!(is_confirm_token(&"a".repeat(43)));
        assert!(!is_confirm_token(&"a".repeat(42)));
        assert!(!is_confirm_token(&format!("{}%", "a".repeat(42))));
    }
}
