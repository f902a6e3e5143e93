//! The layers stay layered: no import cycle between the top-level modules
//! of `app/src` or of `server/src`, and no `super::` path that climbs out of
//! a top-level module. A folder of more than six files counts as a module
//! per sub-module (so `staff::queue` and `staff::review` may not lean on
//! each other both ways either), as `../shared/tools/module-cycles.py` does.
//! Unit-test modules (`mod tests {` onwards, `tests.rs`) are left out.

#![allow(clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every source file of a crate, as its module path (`staff/queue/mod.rs` is `staff::queue`).
fn module_files(src: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    let mut found = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("readable folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if !name.ends_with(".rs") || name == "tests.rs" {
                continue;
            }
            let relative = path.strip_prefix(src).expect("inside the source folder");
            let mut module: Vec<String> = relative
                .with_extension("")
                .iter()
                .map(|part| part.to_string_lossy().to_string())
                .collect();
            if module
                .last()
                .is_some_and(|last| ["mod", "lib", "main"].contains(&last.as_str()))
            {
                module.pop();
            }
            if module
                .first()
                .is_some_and(|first| first == "bin" || first == "benches")
            {
                continue;
            }
            found.insert(module, path);
        }
    }
    found
}

/// A source file without its unit tests.
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("readable source");
    text.split("mod tests {").next().unwrap_or_default().to_string()
}

/// The inside of the braces `text` starts with, and the items in it split
/// at the commas that are not inside nested braces.
fn group_items(text: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 1usize);
    for (index, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 1 => {
                items.push(&text[start..index]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 1 => {
                items.push(&text[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    items
}

/// Module paths named after `crate::`, including inside `use crate::{a::{B, C}, d}`.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for (index, _) in code.match_indices("crate::") {
        let rest = &code[index + "crate::".len()..];
        if rest.starts_with('{') {
            paths.extend(group_items(rest).into_iter().map(|item| segments(item.trim())));
        } else {
            paths.push(segments(rest));
        }
    }
    paths
}

/// `a::b::Thing` → `["a", "b"]`: the lower-case segments a path starts with.
fn segments(path: &str) -> Vec<String> {
    let end = path
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(path.len());
    path[..end]
        .split("::")
        .take_while(|s| s.starts_with(|c: char| c.is_ascii_lowercase()) && *s != "self")
        .map(str::to_string)
        .collect()
}

/// The graph of one crate, folded to top-level modules (and the sub-modules of big folders).
fn graph_of(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files = module_files(src);
    let tops: BTreeSet<&String> = files.keys().filter_map(|m| m.first()).collect();
    let deep: BTreeSet<&String> = tops
        .into_iter()
        .filter(|top| files.keys().filter(|m| m.first() == Some(*top)).count() > 6)
        .collect();
    let node = |module: &[String]| -> String {
        let depth = if module.first().is_some_and(|t| deep.contains(t)) {
            2
        } else {
            1
        };
        module.iter().take(depth).cloned().collect::<Vec<_>>().join("::")
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, path) in &files {
        let me = node(module);
        for named in crate_paths(&code_of(path)) {
            let Some(target) = (1..=named.len())
                .rev()
                .map(|n| &named[..n])
                .find(|prefix| files.contains_key(*prefix))
            else {
                continue;
            };
            let other = node(target);
            if !other.is_empty() && other != me {
                graph.entry(me.clone()).or_default().insert(other);
            }
        }
    }
    graph
}

/// Groups of modules that reach each other (Tarjan's strongly connected components).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(walk: &mut Walk<'a>, v: &'a str) {
        let n = walk.index.len();
        walk.index.insert(v, n);
        walk.low.insert(v, n);
        walk.stack.push(v);
        for w in walk.graph.get(v).into_iter().flatten() {
            if !walk.index.contains_key(w.as_str()) {
                visit(walk, w);
                let low = walk.low[v].min(walk.low[w.as_str()]);
                walk.low.insert(v, low);
            } else if walk.stack.contains(&w.as_str()) {
                let low = walk.low[v].min(walk.index[w.as_str()]);
                walk.low.insert(v, low);
            }
        }
        if walk.low[v] == walk.index[v] {
            let mut component = Vec::new();
            while let Some(w) = walk.stack.pop() {
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                walk.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            visit(&mut walk, v);
        }
    }
    walk.found
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let graph = BTreeMap::from([
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["c".to_string()])),
        ("c".to_string(), BTreeSet::from(["a".to_string()])),
        ("d".to_string(), BTreeSet::from(["a".to_string()])),
    ]);
    assert_eq!(cycles(&graph), [["a", "b", "c"]]);
    assert_eq!(
        crate_paths("use crate::{web::{Page, PageError}, i18n::t};\nlet x = crate::forms::FormState::new();"),
        [vec!["web"], vec!["i18n", "t"], vec!["forms"]]
    );
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    for src in [root().join("app").join("src"), root().join("server").join("src")] {
        let graph = graph_of(&src);
        assert!(
            !graph.is_empty(),
            "the scan should see the modules of {}",
            src.display()
        );
        let found = cycles(&graph);
        assert!(found.is_empty(), "import cycles in {}: {found:?}", src.display());
    }
}

/// For each path that starts with `super::`, how many `super::` open it
/// and inside how many inline `mod name { … }` blocks it is written.
fn super_runs(code: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut open_modules: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    let mut index = 0;
    while index < code.len() {
        let rest = &code[index..];
        if rest.starts_with("super::") && !code[..index].ends_with("::") {
            let mut run = 0;
            let mut after = rest;
            while let Some(next) = after.strip_prefix("super::") {
                run += 1;
                after = next;
            }
            runs.push((run, open_modules.len()));
            index += "super::".len() * run;
            continue;
        }
        if rest.starts_with("mod ") && !code[..index].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            let declaration = rest.split(['{', ';']).next().unwrap_or_default();
            if rest[declaration.len()..].starts_with('{') {
                open_modules.push(depth + 1);
            }
        }
        match rest.chars().next() {
            Some('{') => depth += 1,
            Some('}') => {
                if open_modules.last() == Some(&depth) {
                    open_modules.pop();
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        index += rest.chars().next().map_or(1, char::len_utf8);
    }
    runs
}

#[test]
fn no_super_path_leaves_a_top_level_module() {
    assert_eq!(
        super_runs("use super::super::x; mod inner { use super::y; } use super::z;"),
        [(2, 0), (1, 1), (1, 0)]
    );
    let src = root().join("app").join("src");
    let mut leaving = Vec::new();
    for (module, path) in module_files(&src) {
        // From `a::b::c`, `super::super::` reaches `a`; one more would leave it.
        let allowed = module.len().saturating_sub(1);
        for (run, inline) in super_runs(&code_of(&path)) {
            if run > allowed + inline {
                leaving.push(format!("{}: {}", path.display(), "super::".repeat(run)));
            }
        }
    }
    assert!(
        leaving.is_empty(),
        "super:: paths that leave their top-level module: {leaving:?}"
    );
}
