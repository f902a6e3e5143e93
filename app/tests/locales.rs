//! Every message exists in both languages, and every message the code asks
//! for exists. A missing translation fails here, not in front of a resident.

#![allow(clippy::expect_used)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files(&path, extension));
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
    found
}

fn message_ids(lang: &str) -> BTreeSet<String> {
    files(&root().join("locales").join(lang), "ftl")
        .iter()
        .flat_map(|f| {
            fs::read_to_string(f)
                .expect("readable .ftl")
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn both_languages_have_the_same_messages() {
    let zh = message_ids("zh-CN");
    let en = message_ids("en");
    assert!(!zh.is_empty());
    let only_zh: Vec<_> = zh.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&zh).collect();
    assert!(only_zh.is_empty(), "in zh-CN but not en: {only_zh:?}");
    assert!(only_en.is_empty(), "in en but not zh-CN: {only_en:?}");
}

/// The literal that opens `rest`, if `rest` starts with a string literal.
fn literal_at(rest: &str) -> Option<&str> {
    let rest = rest.trim_start().strip_prefix('"')?;
    rest.find('"').map(|end| &rest[..end])
}

/// Message ids passed literally to the functions that take one: `t("…")`,
/// `t_with("…", …)`, `tr(lang, "…")`, `tr_with(lang, "…", …)`, and a form's
/// `add(field, "…")` and `add_with(field, "…", …)`.
fn ids_in_calls(text: &str, used: &mut BTreeSet<String>) {
    let first_argument = ["t(", "t_with("];
    let second_argument = ["tr(", "tr_with(", ".add(", ".add_with("];
    for call in first_argument.iter().chain(second_argument.iter()) {
        for (index, _) in text.match_indices(call) {
            let before = text[..index].chars().next_back();
            if !call.starts_with('.') && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let rest = &text[index + call.len()..];
            let argument = if second_argument.contains(call) {
                rest.find(',').map(|comma| &rest[comma + 1..])
            } else {
                Some(rest)
            };
            if let Some(id) = argument.and_then(literal_at) {
                used.insert(id.to_string());
            }
        }
    }
}

/// Kebab-case literals that start like a message id (`staff-…`, `apply-…`)
/// but name something else: CSS classes, HTML ids and keys of stored values.
const NOT_MESSAGES: [&str; 58] = [
    "header-q",
    "home-q",
    "information-requested",
    "new-heading",
    "places-example",
    "places-heading",
    "search-form",
    "search-group",
    "search-query",
    "search-result",
    "search-results",
    "account-deleted",
    "applications-heading",
    "audit-filters-heading",
    "back-link",
    "check-in",
    "date-input",
    "entitlement-list",
    "error-message",
    "error-summary",
    "feature-list",
    "footer-links",
    "form-group",
    "form-token",
    "link-heading",
    "new-password",
    "not-heading",
    "password-changed",
    "password-heading",
    "password-input",
    "password-reset",
    "sign-in-link",
    "sign-language",
    "signed-in",
    "skip-link",
    "staff-set-up",
    "task-list",
    "upload-form",
    "upload-progress",
    "settings-preview",
    "upload-with-progress",
    // Mail kinds' keys, and prefixes the petition and legal-aid pages join
    // with a value's key to name a message.
    "legal-aid",
    "legal-aid-adjustment",
    "legal-aid-documents-asked",
    "legal-aid-faced",
    "legal-aid-filer",
    "legal-aid-granted",
    "legal-aid-income",
    "legal-aid-language",
    "legal-aid-lawyer-assigned",
    "legal-aid-matter",
    "legal-aid-objection-decided",
    "legal-aid-received",
    "legal-aid-refused",
    "not-accepted",
    "petition-notice",
    "petition-received",
    "petition-transcribed",
];

/// Every message id the code names: those passed to the message functions,
/// and every other kebab-case literal that starts like a message id (ids
/// kept in tables, match arms and `Some("…-error")` arguments of the form
/// readers), less the few literals that are not messages.
fn ids_used_in_code(known: &BTreeSet<String>) -> BTreeSet<String> {
    let prefixes: BTreeSet<&str> = known.iter().filter_map(|id| id.split('-').next()).collect();
    let mut used = BTreeSet::new();
    for file in files(&root().join("app").join("src"), "rs") {
        let text = fs::read_to_string(&file).expect("readable source");
        ids_in_calls(&text, &mut used);
        for piece in text.split('"').skip(1).step_by(2) {
            let kebab = piece.contains('-')
                && piece.split('-').all(|part| {
                    !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                });
            let prefix = piece.split('-').next().unwrap_or_default();
            if kebab && prefixes.contains(prefix) && !NOT_MESSAGES.contains(&piece) {
                used.insert(piece.to_string());
            }
        }
    }
    used
}

#[test]
fn every_message_the_code_uses_exists() {
    let zh = message_ids("zh-CN");
    let used = ids_used_in_code(&zh);
    assert!(
        used.len() > 500,
        "the scan should find the ids in use, found {}",
        used.len()
    );
    let missing: Vec<_> = used.difference(&zh).collect();
    assert!(
        missing.is_empty(),
        "used in code but missing from locales: {missing:?}"
    );
}
