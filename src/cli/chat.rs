//! `orderdesk chat …`: a paste from a file or standard input.

use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;

use serde::ser::{Serialize, SerializeMap};
use serde_json::ser::{Formatter, PrettyFormatter, Serializer};
use serde_json::{Value, json};

use super::args::ChatCmd;
use super::{Failure, Outcome, cannot_read, locale, print_json};
use crate::core::chat::{ChatReading, Draft, MessageRef, read_owned_chat};
use crate::core::i18n::Locale;
use crate::core::money::decimal_string;
use crate::core::paste::{PasteLimit, PasteTooLarge};
use crate::core::text::{inert, is_terminal_control};
use crate::ops::{ChatImport, Desk, describe_import};
use crate::t;

/// Reads the paste, at most `limit` of it (memory stays within the limit however large the
/// file); bytes that are not UTF-8 are replaced, never refused (a chat export from an old
/// phone may carry a few).
fn read_paste(file: &Option<PathBuf>, limit: PasteLimit) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let taken = limit.bytes() as u64 + 1;
    match file {
        Some(path) if path.as_os_str() != "-" => {
            std::fs::File::open(path)
                .and_then(|f| {
                    // Room for the whole file at once (the limit's worth at most).
                    let size = f.metadata().map_or(0, |m| m.len()).min(taken);
                    bytes.reserve_exact(usize::try_from(size).unwrap_or(0));
                    f.take(taken).read_to_end(&mut bytes)
                })
                .map_err(|e| cannot_read(path, &e))?;
        }
        _ => {
            std::io::stdin()
                .take(taken)
                .read_to_end(&mut bytes)
                .map_err(|e| {
                    Failure::User(t!(locale(), "cli-cannot-read-stdin", why = e.to_string()))
                })?;
        }
    }
    if let Err(too_large) = limit.check(bytes.len()) {
        // Reading stopped at the limit: say the file's real size when it has one.
        let bytes = match file {
            Some(path) if path.as_os_str() != "-" => {
                std::fs::metadata(path).map_or(too_large.bytes, |m| m.len() as usize)
            }
            _ => too_large.bytes,
        };
        let too_large = PasteTooLarge { bytes, limit }.message().in_locale(locale());
        return Err(Failure::User(too_large));
    }
    // Valid UTF-8 (nearly always) is taken as it is, without a second copy.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

pub fn run(desk: &mut Desk, cmd: ChatCmd) -> Outcome {
    match cmd {
        ChatCmd::Parse { file, json } => {
            let reading = read_owned_chat(
                read_paste(&file, PasteLimit::Parse)?,
                &desk.chat_options(&[]).0,
            );
            let written = if json {
                write_parsed_json(&reading)
            } else {
                write_parsed_text(&reading, locale())
            };
            written.map_err(|e| {
                Failure::Internal(t!(
                    locale(),
                    "cli-cannot-write-messages",
                    why = e.to_string()
                ))
            })?;
            if !json {
                let loc = locale();
                reading
                    .warnings()
                    .iter()
                    .for_each(|w| tell!("{}", t!(loc, "cli-warning", why = w.in_locale(loc))));
            }
        }
        ChatCmd::Draft { file, shop, json } => {
            let found = desk.draft_chat(&read_paste(&file, PasteLimit::Draft)?, &shop)?;
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
            let outcomes = desk.import_chat(&read_paste(&file, PasteLimit::Draft)?, &shop)?;
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

/// The messages as text, one a line (continuation lines indented), written as they are read.
fn write_parsed_text(reading: &ChatReading<'_>, loc: Locale) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout().lock());
    let system = t!(loc, "cli-chat-system");
    for m in reading.messages() {
        let who = m.author.unwrap_or(&system);
        // The day in the reader's form ("29/11/2026", "29.11.2026"); JSON keeps it ISO.
        let day = chrono::NaiveDate::parse_from_str(m.date, "%Y-%m-%d")
            .map_or_else(|_| m.date.to_string(), |d| loc.date(d));
        // What `say!` prints, through one buffer: paste text made inert for the terminal.
        let line = format!("{day} {} {who}: {}", m.time, m.text.replace('\n', "\n    "));
        writeln!(out, "{}", inert(&line))?;
    }
    out.flush()
}

/// `{"messages": [{"author", "date", "system"?, "text", "time"}, …], "warnings": […]}`,
/// pretty-printed, streamed message by message: a 50 MB export is never held as JSON (or as
/// owned messages) in memory.
fn write_parsed_json(reading: &ChatReading<'_>) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout().lock());
    let mut json = Serializer::with_formatter(&mut out, InertPretty(PrettyFormatter::new()));
    ParsedJson(reading).serialize(&mut json)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// serde_json's pretty layout, with what `print_json` adds: DEL, the C1 range and direction
/// marks inside strings written as `\u…` escapes (the same JSON value, inert on a terminal).
/// Done here, string by string as it is written, rather than on a finished document.
struct InertPretty(PrettyFormatter<'static>);

impl Formatter for InertPretty {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut written = 0;
        // Every such character starts with one of these bytes; most fragments have none.
        for at in memchr::memchr3_iter(0x7F, 0xC2, 0xE2, bytes) {
            let Some(c) = fragment.get(at..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            if is_terminal_control(c) {
                out.write_all(&bytes[written..at])?;
                write!(out, "\\u{:04x}", u32::from(c))?;
                written = at + c.len_utf8();
            }
        }
        out.write_all(&bytes[written..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.begin_array(out)
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_array(out)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(out)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.begin_object(out)
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_object(out)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(out)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(out)
    }
}

const OUTPUT_BUFFER: usize = 1 << 16;

struct ParsedJson<'r, 'a>(&'r ChatReading<'a>);

impl Serialize for ParsedJson<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("messages", &JsonMessages(self.0))?;
        map.serialize_entry("warnings", self.0.warnings())?;
        map.end()
    }
}

struct JsonMessages<'r, 'a>(&'r ChatReading<'a>);

impl Serialize for JsonMessages<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
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
            "method": c.method.map(|m| m.as_str()),
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
