//! The dependency rules of ARCHITECTURE.md, checked on the sources so a violation fails CI.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out
}

/// Source lines without comments, so a doc comment may name what the code must not use.
fn code_of(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when `code` uses `word` as a whole name: `crate::cli` is not found in
/// `crate::clipboard`, `rusqlite` is found in `rusqlite::Connection`.
fn uses(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(at, _)| {
        let after = code[at + word.len()..].chars().next();
        let before = code[..at].chars().next_back();
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        !after.is_some_and(ident) && !before.is_some_and(ident)
    })
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Files under `area` (a folder or a single file of src/) must not contain any of `banned`.
fn forbid(area: &str, banned: &[&str], why: &str) -> Vec<String> {
    let root = src().join(area);
    let files = if root.is_dir() {
        rust_files(&root)
    } else {
        let file = src().join(format!("{area}.rs"));
        if file.exists() {
            vec![file]
        } else {
            Vec::new()
        }
    };
    let mut problems = Vec::new();
    for file in files {
        let code = code_of(&file);
        for word in banned {
            if uses(&code, word) {
                let shown = file.strip_prefix(src()).unwrap().display();
                problems.push(format!("src/{shown} uses `{word}`: {why}"));
            }
        }
    }
    problems
}

/// Only `allowed` files (relative to src/) may contain `word`.
fn only_in(word: &str, allowed: &[&str], why: &str) -> Vec<String> {
    rust_files(&src())
        .into_iter()
        .filter(|f| {
            let rel = f
                .strip_prefix(src())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            !allowed
                .iter()
                .any(|a| rel == *a || rel.starts_with(&format!("{a}/")))
        })
        .filter(|f| uses(&code_of(f), word))
        .map(|f| {
            format!(
                "src/{} uses `{word}`: {why}",
                f.strip_prefix(src()).unwrap().display()
            )
        })
        .collect()
}

#[test]
fn layers_depend_only_downwards() {
    let io = &[
        "rusqlite",
        "ratatui",
        "crossterm",
        "clap",
        "arboard",
        "std::fs",
        "std::env",
        "std::net",
        "std::process",
    ];
    let ours_above_core = &[
        "crate::store",
        "crate::ops",
        "crate::cli",
        "crate::app",
        "crate::ui",
        "crate::tui",
        "crate::export",
        "crate::clipboard",
        "crate::config",
        "crate::paths",
        "crate::payments",
    ];
    let mut problems = Vec::new();
    problems.extend(forbid(
        "core",
        io,
        "core is pure: no I/O, no terminal, no SQL",
    ));
    problems.extend(forbid(
        "core",
        ours_above_core,
        "core depends on nothing of ours",
    ));
    problems.extend(forbid(
        "core",
        &["Utc::now", "Local::now", "SystemTime::now", "Instant::now"],
        "core never reads the clock; pass `now` in",
    ));
    problems.extend(forbid(
        "store",
        &[
            "crate::ops",
            "crate::cli",
            "crate::app",
            "crate::ui",
            "crate::tui",
            "crate::export",
            "crate::clipboard",
        ],
        "store depends only on core",
    ));
    problems.extend(forbid(
        "ops",
        &[
            "crate::cli",
            "crate::app",
            "crate::ui",
            "crate::tui",
            "crate::clipboard",
            "ratatui",
            "crossterm",
            "clap",
            "arboard",
        ],
        "ops depends only on store and core",
    ));
    problems.extend(forbid(
        "app",
        &[
            "crate::store",
            "crate::ops",
            "crate::cli",
            "crate::tui",
            "crate::ui",
            "rusqlite",
            "arboard",
            "ratatui",
            "std::fs",
        ],
        "app asks for I/O with effects; it depends on core only",
    ));
    problems.extend(forbid(
        "ui",
        &[
            "crate::store",
            "crate::ops",
            "crate::cli",
            "crate::tui",
            "rusqlite",
            "arboard",
            "crossterm::event",
        ],
        "ui only reads app state",
    ));
    problems.extend(forbid(
        "cli",
        &["crate::app", "crate::ui", "rusqlite", "crate::store::Tx"],
        "cli works through ops (and opens the desk through tui)",
    ));
    problems.extend(forbid(
        "tui",
        &["rusqlite", "crate::store::Tx", "crate::cli"],
        "the desk's runtime works through ops",
    ));
    problems.extend(forbid(
        "payments",
        &[
            "crate::store",
            "crate::ops",
            "crate::cli",
            "crate::app",
            "crate::ui",
            "crate::tui",
            "crate::config",
            "crate::webhook",
            "crate::export",
            "crate::clipboard",
            "rusqlite",
        ],
        "payments/ depends on core only; ops calls it",
    ));
    problems.extend(forbid(
        "webhook",
        &[
            "rusqlite",
            "crate::store::Tx",
            "crate::cli",
            "crate::app",
            "crate::ui",
            "crate::tui",
        ],
        "the webhook works through ops and payments",
    ));
    problems.extend(only_in(
        "TcpListener",
        &["webhook"],
        "only the webhook endpoint listens for HTTP",
    ));
    problems.extend(only_in(
        "ureq",
        &["webhook", "payments"],
        "only payments/ talks to providers over HTTP",
    ));
    problems.extend(only_in(
        "rusqlite",
        &["store"],
        "only store/ talks to SQLite",
    ));
    problems.extend(only_in(
        "arboard",
        &["clipboard.rs"],
        "only clipboard.rs touches arboard",
    ));
    problems.extend(only_in(
        "crossterm",
        &["tui.rs", "tui", "clipboard.rs"],
        "only the terminal session touches the terminal",
    ));
    assert!(
        problems.is_empty(),
        "dependency rules broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn sql_is_written_only_in_the_store() {
    let sql = [
        "SELECT ",
        "INSERT INTO",
        "UPDATE ",
        "DELETE FROM",
        "CREATE TABLE",
    ];
    let mut problems = Vec::new();
    for word in sql {
        problems.extend(only_in(word, &["store"], "only store/ writes SQL"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_a_violation() {
    // Guards the guard: a rule that can never fire would pass silently.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.rs");
    fs::write(
        &file,
        "// rusqlite in a comment is fine\nuse rusqlite::Connection;\n",
    )
    .unwrap();
    let code = code_of(&file);
    assert!(code.contains("rusqlite"));
    assert!(!code.contains("comment is fine"));
    assert!(
        !forbid("core", &["crate::store"], "x")
            .iter()
            .any(|p| p.contains("core/money.rs"))
    );
    assert!(uses("use crate::cli::Cli;", "crate::cli"));
    assert!(!uses("use crate::clipboard::Copied;", "crate::cli"));
    assert!(uses("rusqlite::Connection", "rusqlite"));
}
