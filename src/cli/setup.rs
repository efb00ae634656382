//! The first run: a few questions (the shop's name as WhatsApp shows it, country, currency,
//! language) and a config file with the answers. `orderdesk setup` asks them again; the
//! desk asks them when it opens on a terminal and there is no config file yet.

use std::io::{BufRead, Write};
use std::path::Path;

use serde::Serialize;

use super::Failure;
use crate::config::{Config, Shop};
use crate::core::country_defaults::defaults_for;
use crate::core::i18n::Locale;
use crate::core::money::Currency;
use crate::t;

/// Asks `question` until `read` accepts the answer (Enter takes `default` when there is
/// one); three wrong answers give up.
fn ask<T>(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    loc: Locale,
    question: &str,
    default: Option<&str>,
    read: impl Fn(&str) -> Result<T, String>,
) -> Result<T, Failure> {
    for _ in 0..3 {
        let shown = default.map(|d| format!(" [{d}]")).unwrap_or_default();
        let _ = write!(out, "{question}{shown}: ");
        let _ = out.flush();
        let mut line = String::new();
        let read_bytes = input
            .read_line(&mut line)
            .map_err(|e| Failure::Internal(t!(loc, "setup-cannot-read", why = e.to_string())))?;
        if read_bytes == 0 {
            return Err(Failure::User(t!(loc, "setup-no-answer")));
        }
        let answer = line.trim();
        let answer = match (answer.is_empty(), default) {
            (true, Some(d)) => d,
            _ => answer,
        };
        match read(answer) {
            Ok(value) => return Ok(value),
            Err(why) => {
                let _ = writeln!(out, "  {}", crate::core::text::inert(&why));
            }
        }
    }
    Err(Failure::User(t!(loc, "setup-gave-up")))
}

/// Asks the questions on `input`/`out` in `loc`'s words (the environment's language: there
/// is no config yet) and writes the config file at `path` (which must not exist). Returns
/// the shop as written.
pub fn run(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    path: &Path,
    loc: Locale,
) -> Result<Shop, Failure> {
    let shown = |p: &Path| p.display().to_string();
    if path.exists() {
        return Err(Failure::User(t!(loc, "setup-exists", path = shown(path))));
    }
    let _ = writeln!(out, "{}", t!(loc, "setup-welcome"));
    let name = ask(input, out, loc, &t!(loc, "setup-ask-name"), None, |a| {
        if a.is_empty() {
            Err(t!(loc, "setup-name-empty"))
        } else {
            Ok(a.to_string())
        }
    })?;
    let country = ask(
        input,
        out,
        loc,
        &t!(loc, "setup-ask-country"),
        // The environment's region suggests it (LANG=pt_BR: Brazil).
        Some(loc.region().unwrap_or("US")),
        |a| {
            let c = a.to_ascii_uppercase();
            let mut probe = Config::default();
            probe.shop.country = c.clone();
            Config::parse(&toml_of(&probe.shop)?)
                .map(|_| c)
                .map_err(|_| t!(loc, "setup-unknown-country", country = a))
        },
    )?;
    // What the country suggests (`core::country_defaults`); no currency is offered where
    // the desk does not know the country's own.
    let offered = defaults_for(&country);
    let codes = Currency::example_codes(" ");
    let currency = ask(
        input,
        out,
        loc,
        &t!(loc, "setup-ask-currency", codes = codes),
        offered.currency.map(Currency::code),
        |a| {
            a.parse::<Currency>()
                .map_err(|e| e.message().in_locale(loc))
        },
    )?;
    let language = ask(
        input,
        out,
        loc,
        &t!(loc, "setup-ask-language"),
        Some(offered.language.code()),
        |a| {
            a.parse::<Locale>()
                .map_err(|_| t!(loc, "setup-unknown-language", language = a))
        },
    )?;
    let shop = Shop {
        name: name.clone(),
        currency,
        country,
        language: Some(language),
        names: vec![name],
        date_order: offered.date_order,
    };
    // The file's own comment, each line a TOML comment.
    let comment: String = t!(loc, "setup-file-comment")
        .lines()
        .map(|l| format!("# {l}\n"))
        .collect();
    let text = format!("{comment}{}", toml_of(&shop).map_err(Failure::Internal)?);
    Config::parse(&text).map_err(|e| Failure::Internal(t!(loc, "setup-bad-config", why = e)))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Failure::User(t!(
                loc,
                "setup-cannot-create",
                path = shown(dir),
                why = e.to_string()
            ))
        })?;
    }
    std::fs::write(path, text).map_err(|e| {
        Failure::User(t!(
            loc,
            "setup-cannot-write",
            path = shown(path),
            why = e.to_string()
        ))
    })?;
    let _ = writeln!(out, "{}", t!(loc, "setup-wrote", path = shown(path)));
    let _ = writeln!(out, "{}", t!(loc, "setup-next"));
    Ok(shop)
}

fn toml_of(shop: &Shop) -> Result<String, String> {
    #[derive(Serialize)]
    struct File<'a> {
        shop: &'a Shop,
    }
    toml::to_string(&File { shop }).map_err(|e| e.to_string())
}
