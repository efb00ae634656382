//! Shared harness for the CLI contract tests (`tests/cli_*.rs`).
//!
//! Every test gets its own temporary folder with its own `--db` and `--config`; the
//! environment variables that could point at the developer's real book are removed, the
//! journal's actor is `tester` and the time zone is UTC. Inside `on_each_engine` (every test
//! that opens a book) a desk's book is a SQLite file on the first run and a PostgreSQL
//! database on the second, and "nothing changed" compares every table's rows (and on SQLite
//! the file's bytes: `support/book_state.rs`).

// Each `cli_*.rs` test crate uses a different subset of these helpers.
#![allow(dead_code)]

#[path = "../support/book_state.rs"]
pub mod book_state;
#[path = "../support/engines.rs"]
pub mod engines;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub use book_state::BookState;
#[allow(unused_imports)] // not every test crate runs on both engines
pub use engines::on_each_engine;

/// The fixtures of the CLI tests.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cli")
        .join(name)
}

/// What the book at `db` (a file or a PostgreSQL URL) holds: equal states mean nothing
/// changed (`support/book_state.rs`).
pub fn snapshot(db: &Path) -> BookState {
    BookState::of(db)
}

/// Panics, naming what changed, unless the book at `db` is still as `before`.
pub fn assert_unchanged(db: &Path, before: &BookState, what: &str) {
    let changes = snapshot(db).changes_since(before);
    assert!(
        changes.is_empty(),
        "{what} changed the book: {}",
        changes.join(", ")
    );
}

/// "180.00" → 18000: money in the JSON and CSV contract is a plain decimal string.
pub fn cents(text: &str) -> i64 {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    assert!(
        frac.len() == 2 && whole.chars().all(|c| c.is_ascii_digit()) && !whole.is_empty(),
        "'{text}' is not a plain decimal with two places"
    );
    sign * (whole.parse::<i64>().unwrap() * 100 + frac.parse::<i64>().unwrap())
}

/// One isolated desk: a temp folder, a book and a config path inside it.
pub struct Desk {
    pub dir: TempDir,
    /// The book as `--db` takes it: `book.sqlite` in the folder, or on the PostgreSQL run of
    /// `on_each_engine` a database's URL.
    pub db: PathBuf,
    pub config: PathBuf,
}

impl Desk {
    /// An empty desk; the config file does not exist (all defaults: USD, country US). Its
    /// book is on the engine of the `on_each_engine` run (a SQLite file outside one).
    pub fn new() -> Desk {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = engines::own_book_location(dir.path());
        let config = dir.path().join("config.toml");
        Desk { dir, db, config }
    }

    /// A desk with the fixture catalog imported (`tests/fixtures/cli/catalog.csv`).
    pub fn with_catalog() -> Desk {
        let desk = Desk::new();
        desk.ok(&[
            "catalog",
            "import",
            fixture("catalog.csv").to_str().unwrap(),
        ]);
        desk
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write_config(&self, toml: &str) {
        fs::write(&self.config, toml).expect("write config");
    }

    /// The binary with this desk's --db and --config, run inside the temp folder.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("orderdesk").expect("orderdesk binary");
        cmd.current_dir(self.dir.path())
            .arg("--db")
            .arg(&self.db)
            .arg("--config")
            .arg(&self.config);
        isolate(&mut cmd);
        cmd
    }

    pub fn output(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run orderdesk")
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.output(args);
        assert!(
            out.status.success(),
            "`orderdesk {}` failed with {:?}\nstdout: {}\nstderr: {}",
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }

    /// Runs a command that must succeed and print JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(args);
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("`{}` printed no JSON ({e}):\n{text}", args.join(" ")))
    }

    /// Runs a command that must be refused as a user error: exit code 1, a message on stderr
    /// containing every one of `expected`, nothing on stdout, and the book unchanged (`BookState`)
    /// before and after. Returns stderr.
    pub fn refused(&self, args: &[&str], expected: &[&str]) -> String {
        let before = snapshot(&self.db);
        let out = self.output(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(1),
            "`orderdesk {}` should exit 1\nstdout: {}\nstderr: {stderr}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout)
        );
        for want in expected {
            assert!(
                stderr.contains(want),
                "`orderdesk {}`: stderr should mention {want:?}:\n{stderr}",
                args.join(" ")
            );
        }
        assert!(
            !stderr.contains("internal error"),
            "a user error reported as internal:\n{stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "a refused command printed data:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_unchanged(
            &self.db,
            &before,
            &format!("`orderdesk {}`, refused,", args.join(" ")),
        );
        stderr
    }

    /// Like [`Desk::refused`] without the exit code: for refusals whose code is a known bug.
    /// Asserts a non-zero exit, the message and an unchanged database.
    pub fn refused_any_code(&self, args: &[&str], expected: &[&str]) -> Output {
        let before = snapshot(&self.db);
        let out = self.output(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success(),
            "`orderdesk {}` should fail",
            args.join(" ")
        );
        for want in expected {
            assert!(
                stderr.contains(want),
                "`orderdesk {}`: stderr should mention {want:?}:\n{stderr}",
                args.join(" ")
            );
        }
        assert_unchanged(
            &self.db,
            &before,
            &format!("`orderdesk {}`, failing,", args.join(" ")),
        );
        out
    }

    /// `order show N --json`.
    pub fn order(&self, number: i64) -> Value {
        self.json(&["order", "show", &number.to_string(), "--json"])
    }

    /// One product of `catalog list --json`.
    pub fn product(&self, sku: &str) -> Value {
        let list = self.json(&["catalog", "list", "--json"]);
        list.as_array()
            .unwrap()
            .iter()
            .find(|p| p["sku"] == sku)
            .unwrap_or_else(|| panic!("{sku} is not in the catalog: {list}"))
            .clone()
    }

    /// (on_hand, reserved, available) of a product.
    pub fn stock(&self, sku: &str) -> (i64, i64, i64) {
        let p = self.product(sku);
        let n = |k: &str| {
            p[k].as_i64()
                .unwrap_or_else(|| panic!("{k} of {sku} is not a number: {p}"))
        };
        (n("on_hand"), n("reserved"), n("available"))
    }

    /// Creates an order and returns its number.
    pub fn new_order(&self, customer: &str, items: &[&str]) -> i64 {
        // A name the book does not know yet is a new customer here, on purpose.
        let mut args = vec!["order", "new", "--customer", customer, "--new-customer"];
        for item in items {
            args.extend(["--item", item]);
        }
        args.push("--json");
        self.json(&args)["number"].as_i64().expect("order number")
    }

    /// Creates and confirms an order; returns its number.
    pub fn confirmed_order(&self, customer: &str, items: &[&str]) -> i64 {
        let number = self.new_order(customer, items);
        self.ok(&["order", "confirm", &number.to_string()]);
        number
    }

    /// The order numbers of `order list [--status S] --json`.
    pub fn numbers(&self, status: Option<&str>) -> Vec<i64> {
        let mut args = vec!["order", "list", "--json"];
        if let Some(s) = status {
            args.extend(["--status", s]);
        }
        let mut numbers: Vec<i64> = self
            .json(&args)
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["number"].as_i64().unwrap())
            .collect();
        numbers.sort_unstable();
        numbers
    }
}

/// Keeps a command away from the developer's real files, clipboard and time zone.
pub fn isolate(cmd: &mut Command) {
    cmd.env_remove("ORDERDESK_DB")
        .env_remove("ORDERDESK_CONFIG")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("SSH_CONNECTION")
        .env_remove("SSH_TTY")
        .env("USER", "tester")
        // The log is tested on its own (tests/logs.rs); the rest keep the developer's
        // state folder clean.
        .env("ORDERDESK_LOG", "off")
        .env("TZ", "UTC")
        // English unless a test asks for another language.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("NO_COLOR", "1");
}

/// The binary on the book `db` (a file or a URL), with its config and working folder in
/// `dir`; for tests whose book is not a `Desk`'s own file.
pub fn on_book(dir: &Path, db: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Output {
    let mut cmd = Command::cargo_bin("orderdesk").expect("orderdesk binary");
    isolate(&mut cmd);
    cmd.current_dir(dir)
        .arg("--db")
        .arg(db)
        .arg("--config")
        .arg(dir.join("config.toml"))
        .args(args)
        .output()
        .unwrap()
}

/// The binary with no --db/--config at all (for `paths`, `--help`, env overrides), with HOME
/// and the XDG folders moved into `dir` so the standard paths are inside it too.
pub fn bare(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("orderdesk").expect("orderdesk binary");
    cmd.current_dir(dir);
    isolate(&mut cmd);
    cmd.env("HOME", dir)
        .env("XDG_DATA_HOME", dir.join("xdg-data"))
        .env("XDG_CONFIG_HOME", dir.join("xdg-config"));
    cmd
}
