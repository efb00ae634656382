//! The command line's own words in the staff's language: `--help`, the usage line, and
//! clap's complaints about a mistyped command (`usage_error`).
//!
//! `args.rs` gives the shape (names, values, rules: a contract scripts depend on, the same in
//! every language); this file gives every text, from the catalogs, by one rule:
//!
//! - a command's description is `cli-about-{path}` (`cli-about-order-pay`; the program's
//!   own is `cli-about`), with a longer one in `cli-long-about-{path}` where there is one;
//! - an argument's is `cli-arg-{path}-{id}` (`cli-arg-order-pay-amount`), else the nearest
//!   enclosing command's (`cli-arg-order-json` for every `order` command), else
//!   `cli-arg-{id}`, the words several commands share (`cli-arg-json`);
//! - a value's placeholder is `cli-value-{name}` (`<AMOUNT>` is `cli-value-amount`);
//! - clap's headings, usage line, notes (`[default: …]`) and help flags have `cli-help-*`.
//!
//! `help_keys` lists the keys the help asks for: a test fails when one is missing from the
//! catalogs, so a new flag cannot stay English.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::args::Cli;
use crate::core::i18n::Locale;
use crate::t;

/// Reads the command line with every text in `loc`'s words.
pub fn parse_in<I, T>(args: I, loc: Locale) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut cmd = command(loc);
    let matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.with_cmd(&cmd))
}

/// The whole command line, in `loc`'s words.
pub fn command(loc: Locale) -> Command {
    let options = t!(loc, "cli-help-options");
    let mut cmd = in_words(Cli::command(), &[], loc)
        // The help flags are ours (clap's say "Print help"): added to every command above.
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(2001)
                .help(t!(loc, "cli-arg-version"))
                .help_heading(options),
        );
    cmd.build();
    built_in_words(cmd, loc)
}

/// The words of one command and everything under it, before clap builds it.
fn in_words(mut cmd: Command, path: &[&str], loc: Locale) -> Command {
    let about = about_key(path);
    let layout = template(&cmd, loc);
    let long = about.replacen("cli-about", "cli-long-about", 1);
    cmd = if Locale::EN.has(&long) {
        cmd.long_about(loc.text(&long))
    } else {
        cmd.long_about(None::<&str>)
    };
    cmd = cmd
        .about(loc.text(&about))
        .subcommand_help_heading(t!(loc, "cli-help-commands"))
        .subcommand_value_name(t!(loc, "cli-value-command"))
        .help_template(layout);
    let has_long = cmd.get_long_about().is_some();
    // Positionals first, so "Arguments" comes before "Options" (headings show in the order
    // their first argument has; `mut_arg` moves an argument to the end).
    let mut ids: Vec<(bool, String)> = cmd
        .get_arguments()
        .map(|a| (!a.is_positional(), a.get_id().to_string()))
        .collect();
    ids.sort_by_key(|(option, _)| *option);
    for (_, id) in ids {
        cmd = cmd.mut_arg(&id, |a| arg_in_words(a, path, loc));
    }
    cmd = cmd.arg(help_flag(has_long, loc));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let mut sub = path.to_vec();
        sub.push(&name);
        cmd = cmd.mut_subcommand(&name, |s| in_words(s, &sub, loc));
    }
    cmd
}

fn help_flag(has_long: bool, loc: Locale) -> Arg {
    let flag = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .display_order(2000)
        .help_heading(t!(loc, "cli-help-options"));
    if has_long {
        flag.help(t!(loc, "cli-arg-help-more"))
            .long_help(t!(loc, "cli-arg-help-summary"))
    } else {
        flag.help(t!(loc, "cli-arg-help"))
    }
}

/// clap's layout with the usage line's heading in words (clap writes "Usage:" itself).
fn template(cmd: &Command, loc: Locale) -> String {
    let style = cmd.get_styles().get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{style}{}:{style:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!(loc, "cli-help-usage")
    )
}

/// An argument's help, heading, placeholders and notes in words. clap's own notes
/// (`[default: 60]`, `[possible values: …]`, `[env: …]`) are English, so they are hidden
/// and said here.
fn arg_in_words(a: Arg, path: &[&str], loc: Locale) -> Arg {
    let mut help = arg_key(path, a.get_id().as_str())
        .map(|k| loc.text(&k))
        .unwrap_or_default();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    let takes_values = a.get_action().takes_values();
    if takes_values && !values.is_empty() {
        help += &t!(loc, "cli-help-values", values = values.join(", "));
    }
    let default: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
        .collect();
    if takes_values && !default.is_empty() {
        help += &t!(loc, "cli-help-default", value = default.join(", "));
    }
    if let Some(env) = a.get_env() {
        help += &t!(
            loc,
            "cli-help-env",
            name = env.to_string_lossy().into_owned()
        );
    }
    let heading = if a.is_positional() {
        t!(loc, "cli-help-arguments")
    } else {
        t!(loc, "cli-help-options")
    };
    let names: Vec<String> = value_names(&a)
        .iter()
        .map(|n| loc.text(&value_key(n)))
        .collect();
    // The options every command takes come after the command's own.
    let a = match a.is_global_set() {
        true => {
            let order = a.get_display_order();
            a.display_order(1000 + order)
        }
        false => a,
    };
    let a = a.help(help).help_heading(heading).hide_env(true);
    if takes_values {
        a.value_names(names)
            .hide_possible_values(true)
            .hide_default_value(true)
    } else {
        a
    }
}

/// The placeholders clap shows for an argument's values (its id in capitals unless named).
fn value_names(a: &Arg) -> Vec<String> {
    match a.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None => vec![a.get_id().as_str().to_uppercase()],
    }
}

/// After clap has built the commands: the usage lines (clap writes `[OPTIONS]` itself) and
/// the `help` commands clap adds (which list copies of the commands, already in words).
fn built_in_words(mut cmd: Command, loc: Locale) -> Command {
    let help = cmd.get_name() == "help";
    if help {
        let layout = template(&cmd, loc);
        cmd = cmd
            .about(t!(loc, "cli-about-help"))
            .help_template(layout)
            .subcommand_help_heading(t!(loc, "cli-help-commands"))
            .subcommand_value_name(t!(loc, "cli-value-command"));
    }
    let style = *cmd.get_styles().get_usage();
    let usage = cmd.render_usage().ansi().to_string();
    let title = format!("{style}Usage:{style:#} ");
    let usage = usage.strip_prefix(&title).unwrap_or(&usage).replacen(
        "[OPTIONS]",
        &format!("[{}]", t!(loc, "cli-value-options")),
        1,
    );
    cmd = cmd.override_usage(StyledStr::from(usage));
    for sub in cmd.get_subcommands_mut() {
        *sub = match help {
            true if sub.get_name() == "help" => {
                std::mem::take(sub).about(t!(loc, "cli-about-help"))
            }
            true => std::mem::take(sub),
            false => built_in_words(std::mem::take(sub), loc),
        };
    }
    cmd
}

fn about_key(path: &[&str]) -> String {
    if path.is_empty() {
        "cli-about".into()
    } else {
        format!("cli-about-{}", path.join("-"))
    }
}

/// The catalog key of an argument's help: its command's own, else the nearest enclosing
/// command's (`cli-arg-order-json` serves every `order` command), else the shared one.
pub fn arg_key(path: &[&str], id: &str) -> Option<String> {
    (0..=path.len())
        .rev()
        .map(|depth| match depth {
            0 => format!("cli-arg-{id}"),
            _ => format!("cli-arg-{}-{id}", path[..depth].join("-")),
        })
        .find(|k| Locale::EN.has(k))
}

/// `PHONE_OR_NAME` → `cli-value-phone-or-name`, `SKU:QTY` → `cli-value-sku-qty`.
fn value_key(name: &str) -> String {
    let mut key = String::from("cli-value-");
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        } else if !key.ends_with('-') {
            key.push('-');
        }
    }
    key.trim_end_matches('-').to_string()
}

/// Every key the help of `cmd` (the command line as `args.rs` declares it) asks for, and
/// the arguments with none: `(keys, missing)`. Hidden arguments are never shown.
pub fn help_keys(cmd: &Command) -> (Vec<String>, Vec<String>) {
    let mut keys = Vec::new();
    let mut missing = Vec::new();
    walk(cmd, &mut Vec::new(), &mut keys, &mut missing);
    (keys, missing)
}

fn walk(cmd: &Command, path: &mut Vec<String>, keys: &mut Vec<String>, missing: &mut Vec<String>) {
    let here: Vec<&str> = path.iter().map(String::as_str).collect();
    keys.push(about_key(&here));
    for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        let id = a.get_id().as_str();
        match arg_key(&here, id) {
            Some(k) => keys.push(k),
            None => missing.push(format!("{} --{id}", here.join(" "))),
        }
        if a.get_action().takes_values() {
            keys.extend(value_names(a).iter().map(|n| value_key(n)));
        }
    }
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_string());
        walk(sub, path, keys, missing);
        path.pop();
    }
}

/// clap's complaint about the command line, in `loc`'s words: what was wrong, a tip when
/// clap has one, the usage line, and where to read more.
pub fn usage_error(e: &clap::Error, loc: Locale) -> String {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(all)) => all.join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let list = |kind| match e.get(kind) {
        Some(ContextValue::Strings(all)) => all.clone(),
        Some(ContextValue::String(one)) => vec![one.clone()],
        _ => Vec::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let mut said = match e.kind() {
        ErrorKind::UnknownArgument => t!(loc, "cli-usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            loc,
            "cli-usage-unknown-command",
            name = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            t!(loc, "cli-usage-missing-value", arg = arg)
        }
        ErrorKind::InvalidValue => t!(loc, "cli-usage-invalid-value", value = value, arg = arg),
        ErrorKind::ValueValidation => t!(
            loc,
            "cli-usage-invalid-value-why",
            value = value,
            arg = arg,
            why = why_invalid(e, loc)
        ),
        ErrorKind::MissingRequiredArgument => t!(
            loc,
            "cli-usage-missing-arguments",
            args = list(ContextKind::InvalidArg).join("\n  ")
        ),
        ErrorKind::MissingSubcommand => t!(
            loc,
            "cli-usage-missing-command",
            name = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::ArgumentConflict => match e.get(ContextKind::PriorArg) {
            Some(prior) if prior.to_string() == arg => {
                t!(loc, "cli-usage-repeated", arg = arg)
            }
            Some(_) => t!(
                loc,
                "cli-usage-conflict",
                arg = arg,
                other = list(ContextKind::PriorArg).join("', '")
            ),
            None => t!(loc, "cli-usage-conflict-any", arg = arg),
        },
        ErrorKind::NoEquals => t!(loc, "cli-usage-no-equals", arg = arg),
        ErrorKind::TooManyValues => t!(loc, "cli-usage-too-many", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => t!(
            loc,
            "cli-usage-how-many",
            arg = arg,
            expected = text(ContextKind::ExpectedNumValues) + &text(ContextKind::MinValues),
            given = text(ContextKind::ActualNumValues)
        ),
        ErrorKind::InvalidUtf8 => t!(loc, "cli-usage-not-utf8"),
        _ => t!(loc, "cli-usage-unreadable"),
    };
    let valid = list(ContextKind::ValidValue);
    if !valid.is_empty() {
        said += "\n  ";
        said += &t!(loc, "cli-usage-valid-values", values = valid.join(", "));
    }
    let commands = list(ContextKind::ValidSubcommand);
    if !commands.is_empty() {
        said += "\n  ";
        said += &t!(loc, "cli-usage-valid-commands", names = commands.join(", "));
    }
    let mut tips: Vec<String> = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(list)
    .filter(|l| !l.is_empty())
    .map(|l| t!(loc, "cli-usage-tip-similar", names = l.join("', '")))
    .collect();
    if let Some(ContextValue::StyledStrs(more)) = e.get(ContextKind::Suggested) {
        tips.extend(more.iter().map(|s| clap_tip(&s.to_string(), loc)));
    }
    let mut out = t!(loc, "cli-error", message = said);
    for tip in tips {
        out += &format!("\n\n  {}", t!(loc, "cli-usage-tip", tip = tip));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out += &format!("\n\n{}: {usage}", t!(loc, "cli-help-usage"));
    }
    out + "\n\n" + &t!(loc, "cli-usage-more")
}

/// Why a value was refused, from the parser that refused it: the standard parsers' errors
/// are English, so they are said here; ours (a month, a language, an item) are in words.
fn why_invalid(e: &clap::Error, loc: Locale) -> String {
    let Some(source) = std::error::Error::source(e) else {
        return String::new();
    };
    if source.downcast_ref::<std::num::ParseIntError>().is_some() {
        t!(loc, "cli-usage-not-a-number")
    } else if source.downcast_ref::<chrono::ParseError>().is_some() {
        t!(loc, "cli-usage-not-a-date")
    } else {
        source.to_string()
    }
}

/// clap's own tips, which it writes in English: the ones it has, said again in words.
fn clap_tip(tip: &str, loc: Locale) -> String {
    let quoted: Vec<&str> = tip.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [value, dashed] if tip.starts_with("to pass") => {
            t!(
                loc,
                "cli-usage-tip-dashes",
                value = *value,
                dashed = *dashed
            )
        }
        [name, _] if tip.starts_with("subcommand") => {
            t!(loc, "cli-usage-tip-no-dashes", name = *name)
        }
        [exists] if tip.ends_with("exists") => {
            t!(loc, "cli-usage-tip-similar", names = *exists)
        }
        _ => tip.to_string(),
    }
}
