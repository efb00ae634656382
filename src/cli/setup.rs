//! The first run: a few questions (the shop's name as WhatsApp shows it, country, currency,
//! language) and a config file with the answers. `orderdesk setup` asks them again; the
//! desk asks them when it opens on a terminal and there is no config file yet.

use std::io::{BufRead, Write};
use std::path::Path;

use serde::Serialize;

use super::Failure;
use crate::config::{Config, Shop};
use crate::core::chat::DateOrder;
use crate::core::money::Currency;
use crate::core::summary::Language;

/// What a country suggests for the questions after it.
fn guesses(country: &str) -> (Currency, Language, DateOrder) {
    match country {
        "BR" => (Currency::Brl, Language::Pt, DateOrder::Dmy),
        "PT" => (Currency::Eur, Language::Pt, DateOrder::Dmy),
        "MX" => (Currency::Mxn, Language::Es, DateOrder::Dmy),
        "AR" => (Currency::Ars, Language::Es, DateOrder::Dmy),
        "CO" => (Currency::Cop, Language::Es, DateOrder::Dmy),
        "ES" => (Currency::Eur, Language::Es, DateOrder::Dmy),
        "DE" | "AT" | "FR" | "IT" | "NL" | "IE" => (Currency::Eur, Language::En, DateOrder::Dmy),
        "GB" => (Currency::Gbp, Language::En, DateOrder::Dmy),
        "IN" => (Currency::Inr, Language::En, DateOrder::Dmy),
        "AM" => (Currency::Amd, Language::En, DateOrder::Dmy),
        "JP" => (Currency::Jpy, Language::En, DateOrder::Dmy),
        _ => (Currency::Usd, Language::En, DateOrder::Mdy),
    }
}

/// Asks `question` until `read` accepts the answer (Enter takes `default` when there is
/// one); three wrong answers give up.
fn ask<T>(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
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
            .map_err(|e| Failure::Internal(format!("cannot read the answer: {e}")))?;
        if read_bytes == 0 {
            return Err(Failure::User(
                "setup stopped: no answer (nothing was written)".into(),
            ));
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
    Err(Failure::User(
        "setup stopped after three answers it could not use; nothing was written".into(),
    ))
}

/// Asks the questions on `input`/`out` and writes the config file at `path` (which must not
/// exist). Returns the shop as written.
pub fn run(input: &mut dyn BufRead, out: &mut dyn Write, path: &Path) -> Result<Shop, Failure> {
    if path.exists() {
        return Err(Failure::User(format!(
            "{} already exists: edit it, or move it away to answer the questions again",
            path.display()
        )));
    }
    let _ = writeln!(
        out,
        "Welcome to orderdesk. Four questions set up your shop (Enter keeps the [suggestion])."
    );
    let name = ask(
        input,
        out,
        "Your shop's name, exactly as it shows in WhatsApp",
        None,
        |a| {
            if a.is_empty() {
                Err("type the name your customers see on your messages".into())
            } else {
                Ok(a.to_string())
            }
        },
    )?;
    let country = ask(
        input,
        out,
        "Country of your customers' phone numbers (two letters: BR, US, MX, DE, …)",
        Some("US"),
        |a| {
            let c = a.to_ascii_uppercase();
            let mut probe = Config::default();
            probe.shop.country = c.clone();
            Config::parse(&toml_of(&probe.shop)?)
                .map(|_| c)
                .map_err(|_| format!("'{a}' is not a country orderdesk knows; try BR, US, MX, DE"))
        },
    )?;
    let (currency, language, date_order) = guesses(&country);
    let codes = Currency::ALL
        .iter()
        .map(|c| c.code())
        .collect::<Vec<_>>()
        .join(" ");
    let currency = ask(
        input,
        out,
        &format!("Currency ({codes})"),
        Some(currency.code()),
        |a| a.parse::<Currency>().map_err(|e| e.to_string()),
    )?;
    let language_code = match language {
        Language::En => "en",
        Language::Pt => "pt",
        Language::Es => "es",
    };
    let language = ask(
        input,
        out,
        "Language of the summaries you send (en, pt, es)",
        Some(language_code),
        |a| a.parse::<Language>(),
    )?;
    let shop = Shop {
        name: name.clone(),
        currency,
        country,
        language,
        names: vec![name],
        date_order,
    };
    let text = format!(
        "# Written by `orderdesk setup`. Every other setting keeps its default:\n\
         # `orderdesk config --print-default` lists them all.\n{}",
        toml_of(&shop).map_err(Failure::Internal)?
    );
    Config::parse(&text)
        .map_err(|e| Failure::Internal(format!("the setup made a bad config: {e}")))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::User(format!("cannot create {}: {e}", dir.display())))?;
    }
    std::fs::write(path, text)
        .map_err(|e| Failure::User(format!("cannot write {}: {e}", path.display())))?;
    let _ = writeln!(out, "Wrote {}", path.display());
    let _ = writeln!(
        out,
        "Next, your products: orderdesk catalog import products.csv \
         (columns sku,name,variant,price,currency,stock)"
    );
    Ok(shop)
}

fn toml_of(shop: &Shop) -> Result<String, String> {
    #[derive(Serialize)]
    struct File<'a> {
        shop: &'a Shop,
    }
    toml::to_string(&File { shop }).map_err(|e| e.to_string())
}
