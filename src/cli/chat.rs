//! `orderdesk chat …`: a paste from a file or standard input.

use std::io::Read;
use std::path::PathBuf;

use serde_json::{Value, json};

use super::args::ChatCmd;
use super::{Failure, Outcome, print_json};
use crate::core::chat::{Draft, ParsedChat};
use crate::core::money::decimal_string;
use crate::core::paste::{MAX_PASTE_BYTES, PasteTooLarge, check_paste_size};
use crate::ops::{ChatImport, Desk, describe_import};

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
                .map_err(|e| Failure::User(format!("cannot read {}: {e}", path.display())))?;
        }
        _ => {
            std::io::stdin()
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::User(format!("cannot read standard input: {e}")))?;
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
        return Err(Failure::User(PasteTooLarge { bytes }.to_string()));
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
                for m in &parsed.messages {
                    let who = m.author.as_deref().unwrap_or("(system)");
                    say!(
                        "{} {} {who}: {}",
                        m.date,
                        m.time,
                        m.text.replace('\n', "\n    ")
                    );
                }
                parsed.warnings.iter().for_each(|w| tell!("warning: {w}"));
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
                found
                    .drafts
                    .iter()
                    .for_each(|d| say_part!("{}", draft_text(d)));
                found
                    .parsed
                    .warnings
                    .iter()
                    .for_each(|w| tell!("warning: {w}"));
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
                    tell!("{}", describe_import(o));
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

fn draft_text(d: &Draft) -> String {
    let mut out = format!(
        "Draft for {}{}\n",
        if d.customer.name.is_empty() {
            "an unknown customer"
        } else {
            &d.customer.name
        },
        d.customer
            .phone
            .as_deref()
            .map(|p| format!(" {p}"))
            .unwrap_or_default()
    );
    for i in &d.items {
        let flag = if i.out_of_stock {
            format!("  OUT OF STOCK ({} left)", i.available)
        } else {
            String::new()
        };
        let asked = if i.asked_only {
            "  (only asked about)"
        } else {
            ""
        };
        out += &format!(
            "  {:>3} × {:<36} {:<14} {:>3}%{flag}{asked}\n",
            i.qty, i.name, i.sku, i.confidence
        );
    }
    if let Some(a) = &d.delivery_address {
        out += &format!("  deliver to: {}\n", a.text);
    }
    if d.pickup {
        out += "  pickup at the shop\n";
    }
    if let Some(w) = &d.deadline {
        let time = w.time.map(|t| t.format(", by %H:%M").to_string());
        out += &format!(
            "  wanted by: {}{}\n",
            w.date.format("%a %-d %b %Y"),
            time.unwrap_or_default()
        );
    }
    if let Some(total) = d.stated_total {
        out += &format!("  the chat's total: {total}\n");
    }
    if let Some(c) = &d.paid_claimed {
        out += &format!(
            "  says they paid{}{} (a claim, not verified)\n",
            c.amount.map(|m| format!(" {m}")).unwrap_or_default(),
            c.reference
                .as_deref()
                .map(|r| format!(", reference {r}"))
                .unwrap_or_default()
        );
    }
    for u in &d.unmatched {
        out += &format!("  no product matches: \"{}\"\n", u.text);
    }
    for w in &d.warnings {
        out += &format!("  note: {w}\n");
    }
    out
}
