//! The dependency rules of ARCHITECTURE.md, checked on the sources so a violation fails CI.
//!
//! The checker reads Rust as tokens (comments gone, strings kept apart), resolves every
//! path a file names — `use crate::{a, b::c}` groups, `super::` chains, `$crate` in macros,
//! paths inside macro calls — to the top-level module or outside crate it reaches, and
//! compares that with the rules below. Its self-test copies the real tree, plants one
//! violation of every rule, and requires each to be reported.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

#[path = "support/rust_files.rs"]
mod rust_files;
use rust_files::rust_files;

/// Which of our top-level modules each area may name. An area missing here may name none.
const LAYERS: &[(&str, &[&str], &str)] = &[
    (
        "core",
        &[],
        "core is the pure domain: it depends on nothing of ours",
    ),
    ("store", &["core"], "store depends only on core"),
    (
        "payments",
        &["core"],
        "payments/ depends on core only; ops calls it",
    ),
    (
        "config",
        &["core", "payments"],
        "config uses core and the payments' URL and template checks",
    ),
    (
        "paths",
        &["core"],
        "paths only resolves folders (core tells a database URL from a path)",
    ),
    ("files", &[], "files only writes files whole"),
    ("logging", &[], "logging only sets up the log"),
    (
        "clipboard",
        &[],
        "clipboard only talks to the system clipboard and the terminal",
    ),
    (
        "export",
        &["core", "ops", "files"],
        "export writes what ops computed, through files",
    ),
    (
        "backup",
        &["store", "files", "core"],
        "backup copies the book through the store and writes through files",
    ),
    (
        "ops",
        &["core", "store", "payments", "config"],
        "ops uses store, payments and config",
    ),
    (
        "webhook",
        &["ops", "payments", "config", "store"],
        "the webhook works through ops and payments (store only to open its connection)",
    ),
    (
        "app",
        &["core"],
        "app asks for I/O with effects; it depends on core only",
    ),
    ("ui", &["app", "core"], "ui only reads app state"),
    (
        "tui",
        &[
            "app",
            "ui",
            "ops",
            "clipboard",
            "webhook",
            "export",
            "config",
            "core",
        ],
        "the desk's runtime works through ops, never the store",
    ),
    (
        "cli",
        &[
            "ops",
            "export",
            "clipboard",
            "config",
            "paths",
            "logging",
            "tui",
            "webhook",
            "payments",
            "backup",
            "files",
            "core",
        ],
        "the command line works through ops (and backup), never the store",
    ),
    (
        "main",
        &["cli", "core"],
        "main only parses the command line and runs it (and makes its errors inert)",
    ),
];

/// Outside crates (and parts of std) that only some areas may name.
const CONFINED: &[(&str, &[&str], &str)] = &[
    ("rusqlite", &["store"], "only store/ talks to SQLite"),
    ("postgres", &["store"], "only store/ talks to PostgreSQL"),
    (
        "tokio_postgres_rustls",
        &["store"],
        "only store/ makes TLS connections to PostgreSQL",
    ),
    (
        "arboard",
        &["clipboard"],
        "only clipboard.rs touches arboard",
    ),
    (
        "crossterm",
        &["tui", "clipboard"],
        "only the terminal session touches the terminal",
    ),
    (
        "ratatui",
        &["tui", "ui"],
        "only the widgets and the terminal session draw",
    ),
    (
        "clap",
        &["cli", "main"],
        "only the command line parses arguments",
    ),
    (
        "ureq",
        &["payments"],
        "only payments/ talks to providers over HTTP",
    ),
    (
        "std::net",
        &["webhook", "config"],
        "only the webhook endpoint touches the network (config only reads an address)",
    ),
    (
        "tracing_subscriber",
        &["logging"],
        "only logging.rs sets up the log",
    ),
    (
        "tracing_appender",
        &["logging"],
        "only logging.rs sets up the log",
    ),
    (
        "directories",
        &["paths"],
        "only paths.rs knows the platform's folders",
    ),
    (
        "fluent_bundle",
        &["core"],
        "only core::i18n reads the message catalogs; everyone else asks it for words",
    ),
    (
        "fluent_syntax",
        &["core"],
        "only core::i18n reads the message catalogs; everyone else asks it for words",
    ),
    (
        "phonenumber",
        &["core"],
        "only core::customer reads phone numbers; everyone else asks it",
    ),
];

/// What the pure areas never name: I/O, the clock, logging.
const PURE: &[&str] = &["core", "app"];
const IMPURE: &[(&str, &str)] = &[
    ("std::fs", "files"),
    ("std::net", "the network"),
    ("std::process", "processes"),
    ("std::env", "the environment"),
    ("std::thread", "threads"),
    ("tracing", "the log"),
    ("Utc::now", "the clock (pass `now` in)"),
    ("Local::now", "the clock (pass `now` in)"),
    ("SystemTime::now", "the clock (pass `now` in)"),
    ("Instant::now", "the clock (pass `now` in)"),
];

/// SQL is written only in store/.
const SQL: &[&str] = &[
    "SELECT ",
    "INSERT INTO",
    "UPDATE ",
    "DELETE FROM",
    "CREATE TABLE",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The crates Cargo.toml lets the code name, with `-` spelled `_`.
fn crates() -> BTreeSet<String> {
    let manifest =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let toml: toml::Table = toml::from_str(&manifest).unwrap();
    let mut names = BTreeSet::new();
    for table in ["dependencies", "dev-dependencies"] {
        if let Some(deps) = toml.get(table).and_then(|t| t.as_table()) {
            names.extend(deps.keys().map(|k| k.replace('-', "_")));
        }
    }
    if let Some(targets) = toml.get("target").and_then(|t| t.as_table()) {
        for target in targets.values() {
            if let Some(deps) = target.get("dependencies").and_then(|t| t.as_table()) {
                names.extend(deps.keys().map(|k| k.replace('-', "_")));
            }
        }
    }
    names
}

/// A file's module path from src/: `src/ops/desk.rs` is [ops, desk], `src/tui.rs` is [tui].
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Every path the tokens name, as segments (`use a::{b, c::d}` gives a::b and a::c::d).
fn paths(stream: TokenStream, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        let start = i;
        let mut path: Vec<String> = Vec::new();
        // `$crate`, and a leading `::` (an outside crate).
        if let TokenTree::Punct(p) = &tokens[i]
            && p.as_char() == '$'
            && matches!(tokens.get(i + 1), Some(TokenTree::Ident(id)) if id == "crate")
        {
            path.push("crate".into());
            i += 2;
        } else if let TokenTree::Ident(id) = &tokens[i] {
            // A keyword starts no path (`use ::ratatui` is the path `::ratatui`).
            if KEYWORDS.contains(&id.to_string().as_str()) {
                i += 1;
                continue;
            }
            path.push(id.to_string());
            i += 1;
        }
        if path.is_empty() {
            if let TokenTree::Group(g) = &tokens[i] {
                paths(g.stream(), &[], out);
            }
            i += 1;
            continue;
        }
        // Then `:: ident` pairs, or `:: { group }` (a use group).
        loop {
            let colons = matches!(
                (tokens.get(i), tokens.get(i + 1)),
                (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                    if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
            );
            if !colons {
                break;
            }
            match tokens.get(i + 2) {
                Some(TokenTree::Ident(id)) => {
                    path.push(id.to_string());
                    i += 3;
                }
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                    let mut full = prefix.to_vec();
                    full.extend(path.iter().cloned());
                    for item in split_commas(g.stream()) {
                        paths(item, &full, out);
                    }
                    path.clear();
                    i += 3;
                    break;
                }
                _ => break,
            }
        }
        if !path.is_empty() {
            let mut full = prefix.to_vec();
            full.extend(path);
            out.push(full);
        }
        if i == start {
            i += 1;
        }
    }
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "type", "unsafe", "use", "where", "while",
];

fn split_commas(stream: TokenStream) -> Vec<TokenStream> {
    let mut items = vec![Vec::new()];
    for t in stream {
        match &t {
            TokenTree::Punct(p) if p.as_char() == ',' => items.push(Vec::new()),
            _ => items.last_mut().unwrap().push(t),
        }
    }
    items.into_iter().map(|i| i.into_iter().collect()).collect()
}

/// String literals, for the SQL rule.
fn strings(stream: TokenStream, out: &mut Vec<String>) {
    for t in stream {
        match t {
            TokenTree::Literal(l) => {
                let text = l.to_string();
                if text.contains('"') {
                    out.push(text);
                }
            }
            TokenTree::Group(g) => strings(g.stream(), out),
            _ => {}
        }
    }
}

/// What a path reaches: ("ours", top-level module) or ("crate", outside crate or std path).
enum Reach {
    Ours(String),
    Outside(String),
    Local,
}

fn reach(module: &[String], path: &[String], outside: &BTreeSet<String>) -> Reach {
    let Some(first) = path.first() else {
        return Reach::Local;
    };
    match first.as_str() {
        "crate" => path.get(1).map_or(Reach::Local, |m| Reach::Ours(m.clone())),
        "orderdesk" => path.get(1).map_or(Reach::Local, |m| Reach::Ours(m.clone())),
        "super" => {
            let ups = path.iter().take_while(|s| *s == "super").count();
            // A file's own module is its last segment; `super` climbs from there.
            let here = module.len();
            if ups >= here {
                path.get(ups)
                    .map_or(Reach::Local, |m| Reach::Ours(m.clone()))
            } else {
                Reach::Local
            }
        }
        "std" | "core" | "alloc" => {
            Reach::Outside(path.iter().take(2).cloned().collect::<Vec<_>>().join("::"))
        }
        name if outside.contains(name) => Reach::Outside(name.to_string()),
        _ => Reach::Local,
    }
}

/// Every broken rule in the tree at `root`, one line each.
fn check(root: &Path) -> Vec<String> {
    let outside = crates();
    let mut problems = BTreeSet::new();
    for file in rust_files(root) {
        let module = module_of(root, &file);
        let area = module.first().cloned().unwrap_or_default();
        let shown = format!("src/{}", file.strip_prefix(root).unwrap().display());
        let text = fs::read_to_string(&file).unwrap();
        let tokens = TokenStream::from_str(&text)
            .unwrap_or_else(|e| panic!("{shown} does not read as Rust: {e:?}"));
        let mut found = Vec::new();
        paths(tokens.clone(), &[], &mut found);
        let layer = LAYERS.iter().find(|(a, _, _)| *a == area);
        for path in &found {
            let joined = path.join("::");
            match reach(&module, path, &outside) {
                Reach::Ours(target) if target != area && area != "lib" => {
                    let allowed = layer.is_some_and(|(_, ours, _)| ours.contains(&target.as_str()));
                    if !allowed && is_module(root, &target) {
                        let why = layer.map_or("a new area needs a rule", |(_, _, why)| why);
                        problems.insert(format!("{shown} uses `crate::{target}`: {why}"));
                    }
                }
                Reach::Outside(name) => {
                    let root_crate = name.split("::").next().unwrap_or_default();
                    for (confined, areas, why) in CONFINED {
                        let named = root_crate == *confined || name == *confined;
                        if named && !areas.contains(&area.as_str()) {
                            problems.insert(format!("{shown} uses `{confined}`: {why}"));
                        }
                    }
                    if PURE.contains(&area.as_str()) {
                        for (banned, what) in IMPURE {
                            if name == *banned
                                || (banned.contains("::") && joined.starts_with(banned))
                            {
                                problems.insert(format!(
                                    "{shown} uses `{banned}`: {area} is pure, no {what}"
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
            if PURE.contains(&area.as_str()) {
                for (banned, what) in IMPURE.iter().filter(|(b, _)| b.ends_with("::now")) {
                    if joined.ends_with(banned) {
                        problems.insert(format!(
                            "{shown} uses `{banned}`: {area} is pure, no {what}"
                        ));
                    }
                }
            }
        }
        if area != "store" {
            let mut literals = Vec::new();
            strings(tokens, &mut literals);
            for word in SQL {
                if literals.iter().any(|l| l.contains(word)) {
                    problems.insert(format!(
                        "{shown} writes SQL ({word:?}): only store/ writes SQL"
                    ));
                }
            }
        }
    }
    problems.into_iter().collect()
}

/// True when `name` is one of our top-level modules (not an item of the crate root).
fn is_module(root: &Path, name: &str) -> bool {
    root.join(format!("{name}.rs")).exists() || root.join(name).join("mod.rs").exists()
}

#[test]
fn layers_depend_only_on_what_the_rules_allow() {
    let problems = check(&src());
    assert!(
        problems.is_empty(),
        "dependency rules broken:\n{}",
        problems.join("\n")
    );
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn plant(root: &Path, file: &str, code: &str) {
    let path = root.join(file);
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str(code);
    fs::write(path, text).unwrap();
}

#[test]
fn the_checker_reports_every_planted_violation() {
    // Guards the guard: the real tree with one violation of each kind planted must fail,
    // each with its own line, however the path is spelled.
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&src(), dir.path());
    assert_eq!(
        check(dir.path()),
        Vec::<String>::new(),
        "the copy starts clean"
    );
    let planted: &[(&str, &str, &str)] = &[
        // A grouped use, reaching up through the crate root.
        (
            "core/money.rs",
            "\nuse crate::{store::Store, ops::Desk};\n",
            "src/core/money.rs uses `crate::store`",
        ),
        ("core/money.rs", "", "src/core/money.rs uses `crate::ops`"),
        // `super` chains that climb out of the area.
        (
            "app/review.rs",
            "\nfn planted() { let _ = super::super::ops::Desk::now; }\n",
            "src/app/review.rs uses `crate::ops`",
        ),
        // A path inside a macro call.
        (
            "ui/theme.rs",
            "\nfn planted2() { let _ = format!(\"{:?}\", crate::store::Store::open); }\n",
            "src/ui/theme.rs uses `crate::store`",
        ),
        (
            "tui/convert.rs",
            "\nuse crate::store::OrderRow as Planted;\n",
            "src/tui/convert.rs uses `crate::store`",
        ),
        (
            "cli/json.rs",
            "\nuse crate::store::StoreError as Planted;\n",
            "src/cli/json.rs uses `crate::store`",
        ),
        (
            "store/sqlite/queue.rs",
            "\nuse crate::ops::Desk as Planted;\n",
            "src/store/sqlite/queue.rs uses `crate::ops`",
        ),
        (
            "ops/orders.rs",
            "\nuse postgres::Client as Planted;\n",
            "src/ops/orders.rs uses `postgres`",
        ),
        (
            "payments/fixed.rs",
            "\nuse crate::config::Config as Planted;\n",
            "src/payments/fixed.rs uses `crate::config`",
        ),
        // Outside crates where they do not belong.
        (
            "ops/desk.rs",
            "\nuse rusqlite::Connection as Planted;\n",
            "src/ops/desk.rs uses `rusqlite`",
        ),
        (
            "app/list.rs",
            "\nuse ::ratatui::Frame as Planted;\n",
            "src/app/list.rs uses `ratatui`",
        ),
        (
            "ui/panes.rs",
            "\nuse fluent_bundle::FluentArgs as Planted;\n",
            "src/ui/panes.rs uses `fluent_bundle`",
        ),
        (
            "ops/links.rs",
            "\nfn planted3() { let _ = ureq::get; }\n",
            "src/ops/links.rs uses `ureq`",
        ),
        (
            "cli/human.rs",
            "\nuse arboard::Clipboard as Planted;\n",
            "src/cli/human.rs uses `arboard`",
        ),
        (
            "ui/text.rs",
            "\nuse crossterm::event::Event as Planted;\n",
            "src/ui/text.rs uses `crossterm`",
        ),
        (
            "ui/review.rs",
            "\nfn planted6() { let _ = phonenumber::parse; }\n",
            "src/ui/review.rs uses `phonenumber`",
        ),
        // Impurity in the pure areas.
        (
            "core/stock.rs",
            "\nuse std::{fs, io};\n",
            "src/core/stock.rs uses `std::fs`: core is pure",
        ),
        (
            "core/order.rs",
            "\nfn planted4() { let _ = chrono::Utc::now(); }\n",
            "src/core/order.rs uses `Utc::now`",
        ),
        (
            "app/key.rs",
            "\nfn planted5() { tracing::info!(\"x\"); }\n",
            "src/app/key.rs uses `tracing`",
        ),
        // SQL outside the store.
        (
            "ops/reports.rs",
            "\nconst PLANTED: &str = \"SELECT id FROM orders\";\n",
            "src/ops/reports.rs writes SQL",
        ),
    ];
    for (file, code, _) in planted {
        plant(dir.path(), file, code);
    }
    let problems = check(dir.path());
    for (_, _, expected) in planted {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "not reported: {expected}\nreported:\n{}",
            problems.join("\n")
        );
    }
    // A comment naming what is banned is not a use.
    let clean = tempfile::tempdir().unwrap();
    copy_tree(&src(), clean.path());
    plant(
        clean.path(),
        "core/money.rs",
        "\n// rusqlite and crate::ops in a comment are fine\n",
    );
    assert_eq!(check(clean.path()), Vec::<String>::new());
}
