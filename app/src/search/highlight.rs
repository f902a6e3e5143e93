//! The matched words of a title or text, marked for `<mark>`, and cut to
//! a snippet around the first of them. The pieces are plain text: the page
//! escapes them like any other text, so a document's content never
//! becomes markup.

use super::pages::Marked;
use super::query::SearchQuery;
use super::text::{english_stems, is_cjk};
use std::collections::HashSet;

/// Characters of context kept before the first match in a snippet.
const LEAD: usize = 30;

/// `text` with what `query` matches marked; longer than `max` characters,
/// cut to `max` around the first match, with "…" where it was cut.
pub fn highlight(text: &str, query: &SearchQuery, max: usize) -> Marked {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let ranges = matches(text, query);
    let marked: Vec<bool> = chars
        .iter()
        .map(|(at, _)| ranges.iter().any(|(from, to)| (*from..*to).contains(at)))
        .collect();
    let (start, end) = window(&marked, max);
    let mut parts: Vec<(String, bool)> = Vec::new();
    if start > 0 {
        parts.push(("…".to_string(), false));
    }
    for i in start..end {
        let c = chars[i].1;
        match parts.last_mut() {
            Some((text, was)) if *was == marked[i] => text.push(c),
            _ => parts.push((c.to_string(), marked[i])),
        }
    }
    if end < chars.len() {
        match parts.last_mut() {
            Some((text, false)) => text.push('…'),
            _ => parts.push(("…".to_string(), false)),
        }
    }
    Marked { parts, lang: None }
}

/// The character range to show: all of it when short enough, otherwise
/// `max` characters starting a little before the first match.
fn window(marked: &[bool], max: usize) -> (usize, usize) {
    if marked.len() <= max {
        return (0, marked.len());
    }
    let first = marked.iter().position(|m| *m).unwrap_or(0);
    let start = first.saturating_sub(LEAD).min(marked.len() - max);
    (start, start + max)
}

/// Byte ranges of `text` that the query matches: runs of Chinese
/// characters and Chinese words wherever they are, other words where a
/// whole word has the same stem.
fn matches(text: &str, query: &SearchQuery) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut stems: HashSet<String> = HashSet::new();
    for part in &query.parts {
        for needle in part.needles() {
            if needle.chars().any(is_cjk) {
                ranges.extend(
                    text.match_indices(needle.as_str())
                        .map(|(at, found)| (at, at + found.len())),
                );
            } else {
                stems.extend(english_stems(&needle).into_iter().map(|s| s.text));
            }
        }
        stems.extend(part.stems.iter().cloned());
    }
    if !stems.is_empty() {
        ranges.extend(
            english_stems(text)
                .into_iter()
                .filter(|piece| stems.contains(&piece.text))
                .map(|piece| (piece.from, piece.to)),
        );
    }
    ranges
}

/// Whether anything in `marked` is marked.
pub fn found_in(marked: &Marked) -> bool {
    marked.parts.iter().any(|(_, m)| *m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::{read_query, Asked};

    fn query(raw: &str) -> SearchQuery {
        match read_query(raw) {
            Asked::Query(query) => query,
            other => panic!("{other:?}"),
        }
    }

    fn show(marked: &Marked) -> String {
        marked
            .parts
            .iter()
            .map(|(text, m)| if *m { format!("[{text}]") } else { text.clone() })
            .collect()
    }

    #[test]
    fn chinese_runs_are_marked_where_they_are() {
        let marked = highlight("重度残疾人护理补贴", &query("护理补贴"), 100);
        assert_eq!(show(&marked), "重度残疾人[护理补贴]");
        let marked = highlight("重度残疾人护理补贴，每年补贴", &query("补贴 残疾"), 100);
        assert_eq!(show(&marked), "重度[残疾]人护理[补贴]，每年[补贴]");
    }

    #[test]
    fn english_words_are_marked_by_stem() {
        let marked = highlight(
            "A yearly nursing subsidy. Subsidies!",
            &query("subsidies nurse"),
            100,
        );
        assert_eq!(show(&marked), "A yearly [nursing] [subsidy]. [Subsidies]!");
        let marked = highlight("Taxis and tax", &query("x"), 100);
        assert_eq!(show(&marked), "Taxis and tax", "no letter inside a word");
    }

    #[test]
    fn long_text_is_cut_around_the_first_match() {
        let text = format!("{}补贴{}", "甲".repeat(100), "乙".repeat(100));
        let marked = highlight(&text, &query("补贴"), 40);
        let shown = show(&marked);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[补贴]"), "{shown}");
        assert_eq!(shown.chars().filter(|c| *c == '甲').count(), 30);
        let unmatched = highlight(&"乙".repeat(100), &query("补贴"), 40);
        assert_eq!(show(&unmatched), format!("{}…", "乙".repeat(40)));
        assert!(!found_in(&unmatched));
    }

    #[test]
    fn markup_in_the_text_stays_text() {
        let marked = highlight("<b>补贴</b>", &query("补贴"), 100);
        assert_eq!(
            marked.parts,
            vec![
                ("<b>".to_string(), false),
                ("补贴".to_string(), true),
                ("</b>".to_string(), false)
            ]
        );
    }
}
