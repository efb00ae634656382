//! `orderdesk chat …`: a paste from a file or standard input.

use std::io::Read;
use std::path::PathBuf;

use serde_json::{Value, json};

use super::args::ChatCmd;
use super::{Failure, Outcome, cannot_read, locale, print_json};
use crate::core::chat::{Draft, ParsedChat};
use crate::core::i18n::Locale;
use crate::core::money::decimal_string;
use crate::core::paste::{MAX_PASTE_BYTES, PasteTooLarge, check_paste_size};
use crate::ops::{ChatImport, Desk, describe_import};
use crate::t;

/// Reads the paste, at most [`MAX_PASTE_BYTES`] of it (memory stays within the limit
/// however large the file); bytes that are not UTF-8 are replaced, never refused (a chat
/// export from an old phone may carry a few).
fn read_paste(file: &Option<PathBuf>) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let limit = MAX_PASTE_BYTES as u64 + 1;
    match file {
        Some(path) if path.as_os_str() != "-" => {
            std::fs::File::open(path)
                .and_then(|f| f.take(limit).read_to_end(&mut bytes))
                .map_err(|e| cannot_read(path, &e))?;
        }
        _ => {
            std::io::stdin()
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(|e| {
                    Failure::User(t!(locale(), "cli-cannot-read-stdin", why = e.to_string()))
                })?;
        }
    }
    if let Err(too_large) = check_paste_size(bytes.len()) {
        // Reading stopped at the limit: say the file's real size when it has one.
        let bytes = match file {
            Some(path) if path.as_os_str() != "-" => {
                std::fs::metadata(path).map_or(too_large.bytes, |m| m.len() as usize)
            }
            _ => too_large.bytes,
        };
        let too_large = PasteTooLarge { bytes }.message().in_locale(locale());
        return Err(Failure::User(too_large));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn run(desk: &mut Desk, cmd: ChatCmd) -> Outcome {
    match cmd {
        ChatCmd::Parse { file, json } => {
            let parsed = desk.parse_chat(&read_paste(&file)?);
            if json {
                print_json(&parsed_json(&parsed));
            } else {
                let loc = locale();
                let system = t!(loc, "cli-chat-system");
                for m in &parsed.messages {
                    let who = m.author.as_deref().unwrap_or(&system);
                    say!(
                        "{} {} {who}: {}",
                        m.date,
                        m.time,
                        m.text.replace('\n', "\n    ")
                    );
                }
                parsed
                    .warnings
                    .iter()
                    .for_each(|w| tell!("{}", t!(loc, "cli-warning", why = w.in_locale(loc))));
            }
        }
        ChatCmd::Draft { file, shop, json } => {
            let found = desk.draft_chat(&read_paste(&file)?, &shop)?;
            if json {
                print_json(&json!({
                    "drafts": found.drafts.iter().map(draft_json).collect::<Vec<_>>(),
                    "warnings": found.parsed.warnings,
                }));
            } else {
                let loc = locale();
                found
                    .drafts
                    .iter()
                    .for_each(|d| say_part!("{}", draft_text(d, loc)));
                found
                    .parsed
                    .warnings
                    .iter()
                    .for_each(|w| tell!("{}", t!(loc, "cli-warning", why = w.in_locale(loc))));
            }
        }
        ChatCmd::Import { file, shop, json } => {
            let outcomes = desk.import_chat(&read_paste(&file)?, &shop)?;
            if json {
                print_json(&serde_json::to_value(&outcomes).unwrap_or_default());
            } else {
                for o in &outcomes {
                    if let ChatImport::Created { number, .. } = o {
                        say!("{number}");
                    }
                    tell!("{}", describe_import(o).in_locale(locale()));
                }
            }
        }
    }
    Ok(())
}

fn parsed_json(parsed: &ParsedChat) -> Value {
    json!({
        "messages": parsed.messages.iter().map(|m| {
            let mut v = json!({"date": m.date, "time": m.time, "author": m.author, "text": m.text});
            if m.system {
                v["system"] = json!(true);
            }
            v
        }).collect::<Vec<_>>(),
        "warnings": parsed.warnings,
    })
}

/// The contract's draft object; extra keys (name, out_of_stock, …) only add to it.
fn draft_json(d: &Draft) -> Value {
    json!({
        "customer": {"name": d.customer.name, "phone": d.customer.phone},
        "items": d.items.iter().map(|i| json!({
            "sku": i.sku,
            "name": i.name,
            "qty": i.qty,
            "unit_price": decimal_string(i.unit_price.minor, i.unit_price.currency),
            "confidence": i.confidence,
            "source": i.source,
            "out_of_stock": i.out_of_stock,
            "available": i.available,
            "alternatives": i.alternatives,
            "asked_only": i.asked_only,
            "said": i.said,
            "shop_confirmed": i.shop_confirmed,
        })).collect::<Vec<_>>(),
        "delivery_address": d.delivery_address.as_ref().map(|a| a.text.clone()),
        "pickup": d.pickup,
        "paid_claimed": d.paid_claimed.as_ref().map(|c| json!({
            "amount": c.amount.map(|m| decimal_string(m.minor, m.currency)),
            "currency": c.amount.map(|m| m.currency.code()),
            "confidence": c.confidence,
            "source": c.source,
            "reference": c.reference,
        })),
        "deadline": d.deadline.map(|w| json!({
            "date": w.date.format("%Y-%m-%d").to_string(),
            "time": w.time.map(|t| t.format("%H:%M").to_string()),
            "source": w.source,
        })),
        "stated_total": d.stated_total.map(|m| json!({
            "amount": decimal_string(m.minor, m.currency),
            "currency": m.currency.code(),
        })),
        "unmatched": d.unmatched.iter().map(|u| json!({"text": u.text, "source": u.source})).collect::<Vec<_>>(),
        "warnings": d.warnings,
    })
}

fn draft_text(d: &Draft, loc: Locale) -> String {
    let name = if d.customer.name.is_empty() {
        t!(loc, "cli-draft-unknown-customer")
    } else {
        d.customer.name.clone()
    };
    let phone = d
        .customer
        .phone
        .as_deref()
        .map(|p| format!(" {p}"))
        .unwrap_or_default();
    let mut out = t!(loc, "cli-draft-head", name = name, phone = phone);
    out.push('\n');
    for i in &d.items {
        let flag = if i.out_of_stock {
            t!(loc, "cli-draft-out-of-stock", available = i.available)
        } else {
            String::new()
        };
        let asked = if i.asked_only {
            t!(loc, "cli-draft-asked-only")
        } else {
            String::new()
        };
        out += &format!(
            "  {:>3} × {:<36} {:<14} {:>3}%{flag}{asked}\n",
            i.qty, i.name, i.sku, i.confidence
        );
    }
    let mut line = |text: String| {
        out += "  ";
        out += &text;
        out.push('\n');
    };
    if let Some(a) = &d.delivery_address {
        line(t!(loc, "cli-draft-deliver-to", address = a.text.as_str()));
    }
    if d.pickup {
        line(t!(loc, "cli-draft-pickup"));
    }
    if let Some(w) = &d.deadline {
        let day = loc.weekday_date(w.date);
        line(match w.time {
            Some(at) => t!(
                loc,
                "cli-draft-wanted-by-time",
                day = day,
                time = at.format("%H:%M").to_string()
            ),
            None => t!(loc, "cli-draft-wanted-by", day = day),
        });
    }
    if let Some(total) = d.stated_total {
        line(t!(loc, "cli-draft-chat-total", total = loc.money(total)));
    }
    if let Some(c) = &d.paid_claimed {
        line(match c.amount {
            Some(m) => t!(loc, "cli-draft-says-paid-amount", amount = loc.money(m)),
            None => t!(loc, "cli-draft-says-paid"),
        });
        if let Some(r) = &c.reference {
            line(t!(loc, "cli-draft-claim-reference", reference = r.as_str()));
        }
    }
    for u in &d.unmatched {
        line(t!(loc, "cli-draft-unmatched", text = u.text.as_str()));
    }
    for w in &d.warnings {
        line(t!(loc, "cli-note", note = w.message().in_locale(loc)));
    }
    out
}
