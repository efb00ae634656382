//! `orderdesk chat …`: a paste from a file or standard input.

use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Value, json};

use super::args::ChatCmd;
use super::{Failure, Outcome, print_json};
use crate::core::chat::{ChatReading, Draft, MessageRef, read_owned_chat};
use crate::core::money::decimal_string;
use crate::ops::{ChatImport, Desk, describe_import};

/// Reads the paste; bytes that are not UTF-8 are replaced, never refused (a chat export from
/// an old phone may carry a few).
fn read_paste(file: &Option<PathBuf>) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            bytes = std::fs::read(path)
                .map_err(|e| Failure::User(format!("cannot read {}: {e}", path.display())))?;
        }
        _ => {
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::User(format!("cannot read standard input: {e}")))?;
        }
    }
    // Valid UTF-8 (nearly always) is taken as it is, without a second copy.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

pub fn run(desk: &mut Desk, cmd: ChatCmd) -> Outcome {
    match cmd {
        ChatCmd::Parse { file, json } => {
            let reading = read_owned_chat(read_paste(&file)?, &desk.chat_options(&[]).0);
            let written = if json {
                write_parsed_json(&reading)
            } else {
                write_parsed_text(&reading)
            };
            written.map_err(|e| Failure::Internal(format!("cannot write the messages: {e}")))?;
            if !json {
                reading
                    .warnings()
                    .iter()
                    .for_each(|w| eprintln!("warning: {w}"));
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
                    .for_each(|d| print!("{}", draft_text(d)));
                found
                    .parsed
                    .warnings
                    .iter()
                    .for_each(|w| eprintln!("warning: {w}"));
            }
        }
        ChatCmd::Import { file, shop, json } => {
            let outcomes = desk.import_chat(&read_paste(&file)?, &shop)?;
            if json {
                print_json(&serde_json::to_value(&outcomes).unwrap_or_default());
            } else {
                for o in &outcomes {
                    if let ChatImport::Created { number, .. } = o {
                        println!("{number}");
                    }
                    eprintln!("{}", describe_import(o));
                }
            }
        }
    }
    Ok(())
}

/// The messages as text, one a line (continuation lines indented), written as they are read.
fn write_parsed_text(reading: &ChatReading<'_>) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout().lock());
    for m in reading.messages() {
        let who = m.author.unwrap_or("(system)");
        writeln!(
            out,
            "{} {} {who}: {}",
            m.date,
            m.time,
            m.text.replace('\n', "\n    ")
        )?;
    }
    out.flush()
}

/// `{"messages": [{"author", "date", "system"?, "text", "time"}, …], "warnings": […]}`,
/// pretty-printed, streamed message by message: a 50 MB export is never held as JSON (or as
/// owned messages) in memory.
fn write_parsed_json(reading: &ChatReading<'_>) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &ParsedJson(reading))?;
    out.write_all(b"\n")?;
    out.flush()
}

const OUTPUT_BUFFER: usize = 1 << 16;

struct ParsedJson<'r, 'a>(&'r ChatReading<'a>);

impl Serialize for ParsedJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("messages", &JsonMessages(self.0))?;
        map.serialize_entry("warnings", self.0.warnings())?;
        map.end()
    }
}

struct JsonMessages<'r, 'a>(&'r ChatReading<'a>);

impl Serialize for JsonMessages<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.messages().map(JsonMessage::from))
    }
}

/// One message of `chat parse --json`; keys in alphabetical order, as they always were.
#[derive(serde::Serialize)]
struct JsonMessage<'r> {
    author: Option<&'r str>,
    date: &'r str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    system: bool,
    text: &'r str,
    time: &'r str,
}

impl<'r> From<MessageRef<'r>> for JsonMessage<'r> {
    fn from(m: MessageRef<'r>) -> Self {
        JsonMessage {
            author: m.author,
            date: m.date,
            system: m.system,
            text: m.text,
            time: m.time,
        }
    }
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
        })).collect::<Vec<_>>(),
        "delivery_address": d.delivery_address.as_ref().map(|a| a.text.clone()),
        "pickup": d.pickup,
        "paid_claimed": d.paid_claimed.as_ref().map(|c| json!({
            "amount": c.amount.map(|m| decimal_string(m.minor, m.currency)),
            "currency": c.amount.map(|m| m.currency.code()),
            "confidence": c.confidence,
            "source": c.source,
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
    if let Some(c) = &d.paid_claimed {
        out += &format!(
            "  says they paid{} (a claim, not verified)\n",
            c.amount.map(|m| format!(" {m}")).unwrap_or_default()
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
