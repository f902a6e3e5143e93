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

/// Message ids written literally in calls such as `t("home-title")`.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for file in files(&root().join("app").join("src"), "rs") {
        let text = fs::read_to_string(&file).expect("readable source");
        for call in ["t(\"", "t_with(\"", "tr(other, \"", "tr(zh, \"", "tr(en, \""] {
            for (index, _) in text.match_indices(call) {
                let before = text[..index].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[index + call.len()..];
                if let Some(end) = rest.find('"') {
                    used.insert(rest[..end].to_string());
                }
            }
        }
        // Message ids kept in tables, e.g. ("text", "settings-text-error").
        for (index, _) in text.match_indices("\"settings-") {
            let rest = &text[index + 1..];
            if let Some(end) = rest.find('"') {
                let id = &rest[..end];
                if !id.contains('{') {
                    used.insert(id.to_string());
                }
            }
        }
    }
    used
}

#[test]
fn every_message_the_code_uses_exists() {
    let zh = message_ids("zh-CN");
    let used = ids_used_in_code();
    assert!(
        used.len() > 50,
        "the scan should find the ids in use, found {}",
        used.len()
    );
    let missing: Vec<_> = used.difference(&zh).collect();
    assert!(
        missing.is_empty(),
        "used in code but missing from locales: {missing:?}"
    );
}
