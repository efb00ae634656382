//! The catalogs stay whole and the words stay in them.
//!
//! - Every catalog has exactly English's keys (Portugal's file only overrides Brazil's), each
//!   translation uses only the arguments English gives it, and every key the code asks for
//!   exists.
//! - No words are added as string literals in the desk (`src/app`, `src/ui`), the command
//!   line's human output (`src/cli`), a payment review's reasons (`src/core/review.rs`), a
//!   payment link's notes (`src/core/link_note.rs`) or
//!   the webhook's refusals (`src/webhook/http.rs`): a literal with letters in it must be a catalog key, or
//!   be listed in `tests/i18n_literals.txt` (what is not words: key names, selector values,
//!   file names). A new entry there is a decision someone reads in review; an entry that no
//!   longer occurs fails too. `I18N_LITERALS=update cargo test --test i18n` rewrites it; read
//!   the diff.
//!
//! Left out of the literal check: `#[cfg(test)]` code, attributes (doc comments, serde and
//! clap's derive: `cli/args.rs` holds no words, `cli/help.rs` gives every one from the
//! catalogs), log lines, assertions and panics, `json!` (field names are data) and
//! `cli/json.rs`.
//! - Every command and argument of the command line has its words in the catalogs
//!   (`cli-about-…`, `cli-arg-…`, `cli-value-…`), so `--help` is never English by default.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast;
use orderdesk::core::i18n::{CATALOG_FILES, catalog_source, keys_of};
use proc_macro2::{Delimiter, TokenStream, TokenTree};

#[path = "support/rust_files.rs"]
mod rust_files;
use rust_files::rust_files;

fn catalog(name: &str) -> ast::Resource<String> {
    let text = catalog_source(name).unwrap().to_string();
    fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, e)| panic!("assets/i18n/{name}.ftl does not parse: {e:#?}"))
}

/// Each message's variables ($name), by key.
fn variables(name: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in catalog(name).body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            out.insert(m.id.name.clone(), vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<String>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<String>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<String>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn keys(name: &str) -> BTreeSet<String> {
    keys_of(catalog_source(name).unwrap())
        .unwrap_or_else(|e| panic!("{name}: {e:?}"))
        .into_iter()
        .collect()
}

#[test]
fn every_catalog_has_the_same_keys() {
    let en = keys("en");
    assert!(en.len() > 10, "the English catalog is the reference");
    let mut problems = Vec::new();
    for (name, _) in CATALOG_FILES {
        let theirs = keys(name);
        if *name == "pt-PT" {
            for k in theirs.difference(&keys("pt")) {
                problems.push(format!(
                    "pt-PT.ftl overrides `{k}`, which pt.ftl does not have"
                ));
            }
            continue;
        }
        for k in en.difference(&theirs) {
            problems.push(format!("{name}.ftl lacks `{k}`"));
        }
        for k in theirs.difference(&en) {
            problems.push(format!("{name}.ftl has `{k}`, which en.ftl does not"));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn translations_use_only_the_arguments_english_gives() {
    let en = variables("en");
    let mut problems = Vec::new();
    for (name, _) in CATALOG_FILES.iter().filter(|(n, _)| *n != "en") {
        for (key, vars) in variables(name) {
            let given = en.get(&key).cloned().unwrap_or_default();
            for v in vars.difference(&given) {
                problems.push(format!(
                    "{name}.ftl `{key}` uses ${v}, which the code never gives"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn a_missing_key_is_caught() {
    // The check above, on a catalog with one key left out: it must notice.
    let en = keys("en");
    let mut short = catalog_source("es").unwrap().to_string();
    let first = en.iter().next().unwrap().clone();
    let cut = short
        .find(&format!("\n{first} ="))
        .expect("es has every key");
    short.replace_range(cut..cut + 1 + first.len(), "\nrenamed-by-mistake");
    let theirs: BTreeSet<String> = keys_of(&short).unwrap().into_iter().collect();
    assert!(en.difference(&theirs).any(|k| *k == first));
}

// ---- the literal check ----

const SCANNED: &[&str] = &["app", "ui", "cli"];
/// Single files elsewhere whose words people read: the reasons for a payment review and the
/// webhook's refusals (shown on the desk).
const SCANNED_FILES: &[&str] = &["core/review.rs", "core/link_note.rs", "webhook/http.rs"];
const SKIPPED_FILES: &[&str] = &["cli/json.rs"];
/// Macros whose strings nobody at the desk reads (or that are data, not words).
const QUIET_MACROS: &[&str] = &[
    "info",
    "warn",
    "error",
    "debug",
    "trace",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "unreachable",
    "panic",
    "todo",
    "unimplemented",
    "concat",
    "include_str",
    // JSON's field names are data for scripts, the same in every language.
    "json",
];
/// Methods whose first string is a catalog key.
const KEY_METHODS: &[&str] = &["text", "message", "has"];

/// True when a string literal (as written in the source) holds words: two letters in a
/// row once the format placeholders (`{}`, `{name:>6}`) are taken out.
fn has_words(source: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0;
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if depth == 0 && chars.peek() == Some(&'}') => {
                chars.next();
            }
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            '\\' => {
                // An escape (\n, \u{..}) is not a letter.
                chars.next();
                text.push(' ');
            }
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_alphabetic() { run + 1 } else { 0 };
        if run >= 2 {
            return true;
        }
    }
    false
}

struct Found {
    /// Literals with words, as written in the source.
    words: Vec<String>,
    /// Keys the code asks the catalogs for.
    keys: Vec<String>,
}

fn literal_text(l: &proc_macro2::Literal) -> Option<String> {
    let s = l.to_string();
    let body = if let Some(rest) = s.strip_prefix('r') {
        let hashes = rest.chars().take_while(|c| *c == '#').count();
        rest.get(hashes + 1..rest.len().checked_sub(hashes + 1)?)?
    } else {
        s.strip_prefix('"')?.strip_suffix('"')?
    };
    Some(body.to_string())
}

fn scan(stream: TokenStream, found: &mut Found) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            // #[attribute] and #![attribute]
            TokenTree::Punct(p) if p.as_char() == '#' => {
                let mut j = i + 1;
                if matches!(tokens.get(j), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    j += 1;
                }
                if matches!(tokens.get(j), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket)
                {
                    i = j + 1;
                    continue;
                }
            }
            TokenTree::Ident(id) => {
                let name = id.to_string();
                let bang =
                    matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                if bang && let Some(TokenTree::Group(g)) = tokens.get(i + 2) {
                    if QUIET_MACROS.contains(&name.as_str()) {
                        i += 3;
                        continue;
                    }
                    if name == "t" {
                        // t!(locale, "key", name = value, …): the key, then the values.
                        let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                        let comma = inner
                            .iter()
                            .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','));
                        if let Some(TokenTree::Literal(l)) = comma.and_then(|c| inner.get(c + 1)) {
                            found.keys.extend(literal_text(l));
                            let rest: TokenStream =
                                inner[comma.unwrap() + 2..].iter().cloned().collect();
                            scan(rest, found);
                            i += 3;
                            continue;
                        }
                    }
                }
                let after_dot =
                    i > 0 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '.');
                if after_dot
                    && (KEY_METHODS.contains(&name.as_str()) || name == "expect")
                    && let Some(TokenTree::Group(g)) = tokens.get(i + 1)
                    && g.delimiter() == Delimiter::Parenthesis
                {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    if let Some(TokenTree::Literal(l)) = inner.first()
                        && let Some(text) = literal_text(l)
                    {
                        if name != "expect" {
                            found.keys.push(text);
                        }
                        let rest: TokenStream = inner[1..].iter().cloned().collect();
                        scan(rest, found);
                        i += 2;
                        continue;
                    }
                }
            }
            TokenTree::Literal(l) => {
                if let Some(text) = literal_text(l)
                    && has_words(&text)
                {
                    found.words.push(text);
                }
            }
            TokenTree::Group(g) => scan(g.stream(), found),
            _ => {}
        }
        i += 1;
    }
}

/// The scanned files' code without their test modules, by path from src/.
fn scanned_sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let files = SCANNED
        .iter()
        .flat_map(|dir| rust_files(&src.join(dir)))
        .chain(SCANNED_FILES.iter().map(|f| src.join(f)));
    {
        for file in files {
            let rel = file
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if SKIPPED_FILES.contains(&rel.as_str()) {
                continue;
            }
            let text = fs::read_to_string(&file).unwrap();
            let code = match text.find("#[cfg(test)]") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            out.push((rel, code));
        }
    }
    out
}

fn find(code: &str, rel: &str) -> Found {
    let stream: TokenStream = code
        .parse()
        .unwrap_or_else(|e| panic!("src/{rel} does not tokenize: {e:?}"));
    let mut found = Found {
        words: Vec::new(),
        keys: Vec::new(),
    };
    scan(stream, &mut found);
    found
}

/// Spelled like a catalog key: letters, digits, `-` and `_`, with at least one `-`.
fn is_key(text: &str) -> bool {
    text.contains('-')
        && text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

const LIST: &str = "tests/i18n_literals.txt";

/// One listed literal per line: `path<TAB>literal as written` (newlines as `\n`).
fn listed() -> BTreeSet<(String, String)> {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(LIST)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect()
}

fn one_line(s: &str) -> String {
    s.replace('\n', "\\n")
}

#[test]
fn no_words_outside_the_catalogs() {
    let en = keys("en");
    let mut present = BTreeSet::new();
    let mut unknown_keys = Vec::new();
    for (rel, code) in scanned_sources() {
        let found = find(&code, &rel);
        // A literal spelled like a key that English has is a key handed on (a binding's
        // help, a column's heading), not words.
        for w in found
            .words
            .into_iter()
            .filter(|w| !is_key(w) || !en.contains(w))
        {
            present.insert((rel.clone(), one_line(&w)));
        }
        for k in found.keys {
            if !en.contains(&k) {
                unknown_keys.push(format!(
                    "src/{rel} asks for `{k}`, which en.ftl does not have"
                ));
            }
        }
    }
    assert!(unknown_keys.is_empty(), "\n{}", unknown_keys.join("\n"));
    let list = listed();
    if std::env::var("I18N_LITERALS").as_deref() == Ok("update") {
        let mut out = String::from(
            "# String literals with letters that the i18n test lets stand in src/app, src/ui,\n\
             # src/cli, src/core/review.rs, src/core/link_note.rs and src/webhook/http.rs because\n\
             # they are not words for people: key names, Fluent selector values (yes/no,\n\
             # made/live), country codes, environment variables, file names, JSON fields,\n\
             # HTTP's own words, key patterns, and clap's own English that src/cli/help.rs\n\
             # recognises in order to say it in the catalogs' words instead. Words go in\n\
             # assets/i18n/*.ftl instead. One per line,\n\
             # `path<TAB>literal`.\n",
        );
        for (p, s) in &present {
            out += &format!("{p}\t{s}\n");
        }
        fs::write(Path::new(env!("CARGO_MANIFEST_DIR")).join(LIST), out).unwrap();
        return;
    }
    let added: Vec<_> = present.difference(&list).collect();
    let gone: Vec<_> = list.difference(&present).collect();
    let mut problems = Vec::new();
    for (p, s) in &added {
        problems.push(format!(
            "src/{p}: \"{s}\" is words outside the catalogs: give it a key in assets/i18n/*.ftl"
        ));
    }
    for (p, s) in &gone {
        problems.push(format!(
            "{LIST} still lists {p} \"{s}\", which is gone: take it out"
        ));
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_literal_check_sees_words_and_lets_keys_pass() {
    let code = r##"
        fn shown(loc: Locale, n: i64) -> String {
            tracing::info!("a log line is not for the desk");
            let key = loc.text("order-total");
            let planted = format!("Total {n}");
            let fine = format!("{n:>6} {}", "#");
            t!(loc, "orders-count", count = n, label = "Pending")
        }
        #[doc = "documentation is not shown"]
        struct S;
    "##;
    let found = find(code, "planted.rs");
    assert_eq!(
        found.words,
        vec!["Total {n}".to_string(), "Pending".to_string()]
    );
    assert_eq!(
        found.keys,
        vec!["order-total".to_string(), "orders-count".to_string()]
    );
    assert!(!has_words("{:<6} {} — {}") && !has_words("#{}") && has_words("ção"));
    assert!(has_words("deposit {paid:>5}") && !has_words("{{}}\\n"));
}

// ---- the command line's help ----

#[test]
fn every_command_and_argument_has_its_words_in_the_catalogs() {
    use clap::CommandFactory;
    let en = keys("en");
    let (asked, missing) = orderdesk::cli::help_keys(&orderdesk::cli::Cli::command());
    assert!(
        missing.is_empty(),
        "arguments without a cli-arg-… key in assets/i18n/en.ftl:\n{}",
        missing.join("\n")
    );
    let absent: BTreeSet<&String> = asked.iter().filter(|k| !en.contains(*k)).collect();
    assert!(
        absent.is_empty(),
        "the help asks for keys en.ftl lacks: {absent:?}"
    );
    // Every catalog has English's keys (the test above), so every language has these too.
    assert!(asked.len() > 150, "{}", asked.len());
}

#[test]
fn a_new_flag_without_words_is_caught() {
    use clap::{Arg, ArgAction, CommandFactory};
    let planted = orderdesk::cli::Cli::command().mut_subcommand("order", |order| {
        order.mut_subcommand("pay", |pay| {
            pay.arg(
                Arg::new("tip_jar")
                    .long("tip-jar")
                    .action(ArgAction::SetTrue),
            )
        })
    });
    let (_, missing) = orderdesk::cli::help_keys(&planted);
    assert_eq!(missing, ["order pay --tip_jar"]);
    // A new placeholder is asked for too.
    let planted = orderdesk::cli::Cli::command().arg(
        Arg::new("shelf")
            .long("shelf")
            .value_name("SHELF_CODE")
            .help("x"),
    );
    let (asked, _) = orderdesk::cli::help_keys(&planted);
    assert!(asked.contains(&"cli-value-shelf-code".to_string()));
}
