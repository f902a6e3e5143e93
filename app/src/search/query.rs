//! What someone typed in the search box, read as words to look for. No
//! query language: every character is text, so `title:x AND (` is the
//! words "title", "x" and "and", never syntax that could fail.

use super::text::{english_stems, is_cjk, words};

/// Longer queries are refused with a message (nobody types that much into
/// a search box; it bounds the work a request can ask for).
pub const MAX_QUERY_CHARS: usize = 100;

/// A query of many one-character words is cut to this many parts.
const MAX_PARTS: usize = 16;

/// What the search box sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Asked {
    /// Nothing to look for: show the form.
    Nothing,
    /// Longer than [`MAX_QUERY_CHARS`] (the text is kept to show it again).
    TooLong(String),
    Query(SearchQuery),
}

/// A query, cleaned, and its parts (what was separated by spaces or
/// punctuation); a document must match every part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    /// As typed, less control and direction characters, spaces collapsed.
    pub text: String,
    pub parts: Vec<QueryPart>,
}

/// One run of letters and digits, read the ways the index reads text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryPart {
    /// Jieba's words (lower case): the precise, higher-ranked match.
    pub words: Vec<String>,
    /// Runs of Chinese characters, found anywhere inside a word.
    pub chinese: Vec<String>,
    /// Words in other scripts (lower case), when the part mixes scripts.
    pub others: Vec<String>,
    /// English stems, for the English text.
    pub stems: Vec<String>,
}

impl QueryPart {
    /// Everything worth highlighting: the longest first, so a whole
    /// phrase is marked rather than its pieces.
    pub fn needles(&self) -> Vec<String> {
        let mut needles: Vec<String> = self
            .chinese
            .iter()
            .chain(&self.words)
            .chain(&self.others)
            .cloned()
            .collect();
        needles.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        needles.dedup();
        needles
    }
}

/// Reads the search box. Never fails: whatever was sent is a query, too
/// long, or nothing.
pub fn read_query(raw: &str) -> Asked {
    let text = clean(raw);
    if text.is_empty() {
        return Asked::Nothing;
    }
    if text.chars().count() > MAX_QUERY_CHARS {
        return Asked::TooLong(text.chars().take(MAX_QUERY_CHARS * 2).collect());
    }
    let parts = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .take(MAX_PARTS)
        .map(read_part)
        .filter(|part| !part.words.is_empty() || !part.chinese.is_empty() || !part.stems.is_empty())
        .collect();
    Asked::Query(SearchQuery { text, parts })
}

/// The text without control characters, invisible format characters
/// (direction marks and overrides, zero-width spaces) or runs of spaces.
pub fn clean(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_control() || is_invisible(c) { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Unicode format characters people paste by accident or to disguise text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
    )
}

fn read_part(part: &str) -> QueryPart {
    let words: Vec<String> = dedup(words(part).into_iter().map(|w| w.text).collect());
    let chinese = dedup(runs(part, is_cjk));
    let others = dedup(
        runs(part, |c| !is_cjk(c))
            .into_iter()
            .map(|w| w.to_lowercase())
            .collect(),
    );
    let stems = if chinese.is_empty() {
        dedup(english_stems(part).into_iter().map(|s| s.text).collect())
    } else {
        Vec::new()
    };
    QueryPart {
        words,
        chinese,
        others,
        stems,
    }
}

/// The maximal runs of characters that `keep` accepts.
fn runs(text: &str, keep: impl Fn(char) -> bool) -> Vec<String> {
    text.split(|c: char| !keep(c))
        .filter(|run| !run.is_empty())
        .map(str::to_string)
        .collect()
}

fn dedup(mut items: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items.retain(|item| seen.insert(item.clone()));
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(raw: &str) -> SearchQuery {
        match read_query(raw) {
            Asked::Query(query) => query,
            other => panic!("{raw:?} was read as {other:?}"),
        }
    }

    #[test]
    fn chinese_is_read_as_words_and_as_characters() {
        let read = query("护理补贴");
        assert_eq!(read.parts.len(), 1);
        assert_eq!(read.parts[0].chinese, vec!["护理补贴"]);
        assert!(read.parts[0].words.contains(&"护理".to_string()), "{read:?}");
        assert!(read.parts[0].words.contains(&"补贴".to_string()), "{read:?}");
        assert!(read.parts[0].stems.is_empty());
    }

    #[test]
    fn english_is_read_as_stems() {
        let read = query("Nursing  subsidies");
        assert_eq!(read.text, "Nursing subsidies");
        assert_eq!(read.parts.len(), 2);
        assert_eq!(read.parts[0].stems, vec!["nurs"]);
        assert_eq!(read.parts[1].stems, vec!["subsidi"]);
    }

    #[test]
    fn query_syntax_is_only_text() {
        let read = query(r#"title:x AND (" OR ) : * ~ ^"#);
        let words: Vec<&str> = read
            .parts
            .iter()
            .flat_map(|p| p.others.iter().map(String::as_str))
            .collect();
        assert_eq!(words, vec!["title", "x", "and", "or"]);
        let only_syntax = query(r#"" ( ) : * ~ ^ - + [ ] { } \ / !"#);
        assert!(only_syntax.parts.is_empty(), "{only_syntax:?}");
    }

    #[test]
    fn hostile_input_is_cleaned_refused_or_read() {
        assert_eq!(read_query(""), Asked::Nothing);
        assert_eq!(read_query(" \u{0}\t\u{200F}\u{202E} "), Asked::Nothing);
        assert!(matches!(read_query(&"补".repeat(10_000)), Asked::TooLong(_)));
        assert!(matches!(read_query(&"a ".repeat(5_000)), Asked::TooLong(_)));
        let nul = query("护理\u{0}补贴");
        assert_eq!(nul.text, "护理 补贴");
        let rtl = query("\u{202E}补贴\u{200F}");
        assert_eq!(rtl.text, "补贴");
        let emoji = query("补贴 😀👨‍👩‍👧");
        assert_eq!(emoji.parts.len(), 1, "{emoji:?}");
        let many = query(&"补 ".repeat(40));
        assert_eq!(many.parts.len(), MAX_PARTS);
    }

    #[test]
    fn exactly_the_limit_is_a_query() {
        assert!(matches!(
            read_query(&"补".repeat(MAX_QUERY_CHARS)),
            Asked::Query(_)
        ));
        assert!(matches!(
            read_query(&"补".repeat(MAX_QUERY_CHARS + 1)),
            Asked::TooLong(_)
        ));
    }

    #[test]
    fn needles_put_the_longest_first() {
        let read = query("护理补贴");
        assert_eq!(read.parts[0].needles()[0], "护理补贴");
    }
}
