//! What is wrong with a config file, as a message the staff read in their language: the
//! TOML reader's and serde's complaints (which are English prose) sorted into a few kinds,
//! each with the setting, the line and column, and what to write instead.

use serde::de::{Expected, Unexpected};

use crate::core::i18n::Message;
use crate::msg;

/// "one of: dmy, mdy": what a setting with a fixed set of values accepts. Our deserializers
/// refuse with serde's `invalid_value` and this, so `problem` finds the choices again.
pub struct OneOf<'a>(pub &'a [&'a str]);

const ONE_OF: &str = "one of: ";

impl Expected for OneOf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{ONE_OF}{}", self.0.join(", "))
    }
}

/// A value that is not one of `choices`, refused the way `problem` reads back.
pub fn not_one_of<E: serde::de::Error>(value: &str, choices: &[&str]) -> E {
    E::invalid_value(Unexpected::Str(value.trim()), &OneOf(choices))
}

/// The TOML reader's complaint about `text`, in words.
pub fn problem(e: &toml::de::Error, text: &str) -> Message {
    let at = e.span().map_or(0, |s| s.start).min(text.len());
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    let setting = setting_at(text, at);
    let said = e.message().trim();
    let what = if let Some(rest) = said.strip_prefix("unknown field `") {
        let (key, known) = rest.split_once('`').unwrap_or((rest, ""));
        msg!(
            "config-unknown-key",
            key = table_key(text, at, key),
            known = backticked(known).join(", ")
        )
    } else if let Some((found, expected)) = said
        .strip_prefix("invalid type: ")
        .or_else(|| said.strip_prefix("invalid value: "))
        .and_then(|r| r.split_once(", expected "))
    {
        match expected.strip_prefix(ONE_OF) {
            Some(choices) => msg!(
                "config-not-one-of",
                setting = setting,
                value = shown(found),
                choices = choices
            ),
            None => msg!(
                "config-wrong-type",
                setting = setting,
                expected = Message::new(kind_key(expected)),
                value = shown(found)
            ),
        }
    } else {
        msg!("config-not-toml", detail = said)
    };
    msg!(
        "config-at",
        line = line as i64,
        column = column as i64,
        what = what
    )
}

/// The words serde names a value's kind with, as a catalog key.
fn kind_key(expected: &str) -> &'static str {
    match expected {
        "a string" => "config-kind-text",
        "a boolean" => "config-kind-yes-no",
        "a sequence" => "config-kind-list",
        "usize" | "u32" | "u64" => "config-kind-count",
        e if e.starts_with('i') || e.starts_with('u') || e.contains("integer") => {
            "config-kind-number"
        }
        _ => "config-kind-table",
    }
}

/// A value as serde describes it (`string "abc"`, ``integer `5` ``, `sequence`), as written in
/// the file where there is one; else its kind in words.
fn shown(found: &str) -> Message {
    if let Some(quoted) = found.strip_prefix("string ") {
        return Message::plain(quoted);
    }
    if let Some(value) = backticked(found).first() {
        return Message::plain(value.clone());
    }
    Message::new(match found {
        "sequence" => "config-kind-list",
        "map" => "config-kind-table",
        _ => "config-kind-other",
    })
}

/// The parts of `text` between backticks.
fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The `[table]` the line at byte `at` is in, if any.
fn table_at(text: &str, at: usize) -> Option<String> {
    text[..at]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_string())
        .filter(|t| !t.is_empty())
}

/// `key` written under its table: `shop.language`.
fn table_key(text: &str, at: usize, key: &str) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    // A key at the start of a `[table]` line is the table itself.
    if text[line_start..].trim_start().starts_with('[') {
        return key.to_string();
    }
    match table_at(&text[..line_start], line_start) {
        Some(table) => format!("{table}.{key}"),
        None => key.to_string(),
    }
}

/// The setting written on the line of byte `at` (`payment_link.expiry_hours`).
fn setting_at(text: &str, at: usize) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    match line.split_once('=') {
        Some((key, _)) => table_key(text, at, key.trim().trim_matches('"')),
        None => table_at(text, at).unwrap_or_default(),
    }
}
