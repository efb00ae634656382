//! The plain reading of a paste that the fast one (`reading`) is checked against: line by
//! line, each line cleaned on its own, headers read by the regex patterns, every message
//! assembled as a growing `String` and matched against every notice, event and placeholder
//! pattern without any quick test in front. It is how the parser worked before it was made
//! fast, kept (in tests only) as the definition of what it must still do.

use std::collections::HashSet;

use proptest::prelude::*;

use super::datetime::{self, DateOrder, OrderEvidence};
use super::header::{RawHeader, Shape, patterns};
use super::media::plain as media;
use super::messages::{Message, ParseOptions, ParsedChat, parse_chat};
use super::system::{clean_author, plain as system};
use super::warnings::{WarningKind, Warnings};
use crate::core::customer::is_bidi_control;
use crate::core::i18n::id;
use crate::msg;

struct Line {
    number: usize,
    text: String,
}

fn split_lines(paste: &str) -> Vec<Line> {
    let body = paste.strip_prefix('\u{feff}').unwrap_or(paste);
    body.split('\n')
        .flat_map(|piece| piece.strip_suffix('\r').unwrap_or(piece).split('\r'))
        .enumerate()
        .map(|(index, raw)| Line {
            number: index + 1,
            text: raw
                .chars()
                .filter(|&c| !is_bidi_control(c) && c != '\u{feff}')
                .collect(),
        })
        .collect()
}

/// Reads `text` the plain way.
pub(super) fn read(text: &str, opts: &ParseOptions) -> ParsedChat {
    let all = split_lines(text);
    let first = all.iter().position(|l| !l.text.trim().is_empty());
    let last = all.iter().rposition(|l| !l.text.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return ParsedChat::default();
    };
    let lines = &all[first..=last];
    let candidates: Vec<Option<RawHeader>> =
        lines.iter().map(|l| patterns::recognize(&l.text)).collect();
    let mut warnings = Warnings::default();
    let Some(shape) = dominant_shape(candidates.iter().flatten()) else {
        let all: Vec<&Line> = lines.iter().collect();
        return headerless(&all, warnings);
    };
    let order = if shape.year_first {
        opts.date_order
    } else {
        let mut evidence = OrderEvidence::default();
        for (line, h) in lines.iter().zip(candidates.iter().copied()) {
            if let Some(h) = h.filter(|h| h.shape == shape) {
                evidence.add(&h.date, || h.date.text(&line.text));
            }
        }
        let decision = evidence.decide(opts.date_order);
        if let Some(warning) = decision.warning {
            warnings.push(WarningKind::DateOrder, warning);
        }
        decision.order
    };
    let mut splitter = Splitter {
        shape,
        order,
        messages: Vec::new(),
        current: None,
        preamble: Vec::new(),
        notice_slots: HashSet::new(),
        warnings,
    };
    for (line, candidate) in lines.iter().zip(&candidates) {
        splitter.feed(line, candidate.as_ref());
    }
    splitter.finish()
}

fn dominant_shape<'a>(headers: impl Iterator<Item = &'a RawHeader>) -> Option<Shape> {
    let mut counts: Vec<(Shape, usize)> = Vec::new();
    for header in headers {
        match counts.iter_mut().find(|(shape, _)| *shape == header.shape) {
            Some((_, count)) => *count += 1,
            None => counts.push((header.shape, 1)),
        }
    }
    let best = counts.iter().map(|(_, count)| *count).max()?;
    counts
        .into_iter()
        .find(|(_, count)| *count == best)
        .map(|(shape, _)| shape)
}

struct Pending {
    date: String,
    time: String,
    author: Option<String>,
    text: String,
    system: bool,
    line: usize,
}

struct Splitter<'p> {
    shape: Shape,
    order: DateOrder,
    messages: Vec<Message>,
    current: Option<Pending>,
    preamble: Vec<&'p Line>,
    notice_slots: HashSet<String>,
    warnings: Warnings,
}

impl<'p> Splitter<'p> {
    fn feed(&mut self, line: &'p Line, candidate: Option<&RawHeader>) {
        if let Some(h) = candidate {
            if h.shape == self.shape {
                if let Some(pending) = self.start(line, h) {
                    self.close_current();
                    self.current = Some(pending);
                    return;
                }
            } else if self.current.is_some()
                && line
                    .text
                    .get(h.rest_start..)
                    .and_then(system::split_author)
                    .is_some()
            {
                self.warnings.push(
                    WarningKind::OtherLayout,
                    msg!("parse-other-layout", line = id(line.number as i64)),
                );
            }
        }
        match self.current.as_mut() {
            Some(pending) => {
                pending.text.push('\n');
                pending.text.push_str(&line.text);
            }
            None => self.preamble.push(line),
        }
    }

    fn start(&mut self, line: &Line, h: &RawHeader) -> Option<Pending> {
        let Some(date) = datetime::to_date(h.date.fields, h.shape.year_first, self.order) else {
            self.warnings.push(
                WarningKind::ImpossibleDate,
                msg!(
                    "parse-impossible-date",
                    line = id(line.number as i64),
                    date = h.date.text(&line.text)
                ),
            );
            return None;
        };
        let Some(time) = datetime::to_time(&h.time) else {
            self.warnings.push(
                WarningKind::ImpossibleTime,
                msg!(
                    "parse-impossible-time",
                    line = id(line.number as i64),
                    time = format!("{}:{:02}", h.time.hour, h.time.minute)
                ),
            );
            return None;
        };
        let rest = line.text.get(h.rest_start..).unwrap_or("");
        let (author, text, system) = match system::split_author(rest) {
            Some((author, text)) => (Some(clean_author(author).to_string()), text, false),
            None => (None, rest, true),
        };
        Some(Pending {
            date: date.format("%Y-%m-%d").to_string(),
            time: time
                .format(if h.shape.seconds { "%H:%M:%S" } else { "%H:%M" })
                .to_string(),
            author,
            text: text.to_string(),
            system,
            line: line.number,
        })
    }

    fn close_current(&mut self) {
        if let Some(pending) = self.current.take() {
            let (message, notice_slot) = finish_message(pending, self.shape.bracketed);
            self.messages.push(message);
            self.notice_slots.extend(notice_slot);
        }
    }

    fn finish(mut self) -> ParsedChat {
        self.close_current();
        if self.messages.is_empty() {
            return headerless(&self.preamble, self.warnings);
        }
        if let Some(first) = self.preamble.first() {
            self.warnings.push(
                WarningKind::Paste,
                msg!("parse-no-header-lines", count = self.preamble.len()),
            );
            let message = unheaded(join(&self.preamble), first.number);
            self.messages.insert(0, message);
        }
        if self.shape.bracketed {
            mark_chat_name_authors(&mut self.messages, &self.notice_slots);
        }
        ParsedChat {
            messages: self.messages,
            warnings: self.warnings.finish(),
        }
    }
}

fn headerless(lines: &[&Line], mut warnings: Warnings) -> ParsedChat {
    let Some(first) = lines.first() else {
        return ParsedChat::default();
    };
    warnings.push(WarningKind::Paste, msg!("parse-no-headers"));
    ParsedChat {
        messages: vec![unheaded(join(lines), first.number)],
        warnings: warnings.finish(),
    }
}

fn join(lines: &[&Line]) -> String {
    lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn unheaded(text: String, line: usize) -> Message {
    let pending = Pending {
        date: String::new(),
        time: String::new(),
        author: None,
        text,
        system: false,
        line,
    };
    finish_message(pending, false).0
}

/// A message's text trimmed, whether it is WhatsApp's own (an author slot carries such a
/// message only in a bracketed layout), and the slot that carried a notice.
fn finish_message(pending: Pending, bracketed: bool) -> (Message, Option<String>) {
    let Pending {
        date,
        time,
        mut author,
        text,
        mut system,
        line,
    } = pending;
    let text = text.trim().to_string();
    let mut notice_slot = None;
    if author.is_some() && bracketed {
        let notice = system::is_notice(&text);
        let actor_is_author = system::group_event_actor(&text)
            .zip(author.as_deref())
            .is_some_and(|(actor, author)| actor.eq_ignore_ascii_case(author));
        if notice || actor_is_author {
            let slot = author.take();
            if notice {
                notice_slot = slot;
            }
            system = true;
        }
    }
    let media = if system {
        None
    } else {
        media::detect_media(&text)
    };
    let message = Message {
        date,
        time,
        author,
        text,
        system,
        media,
        line,
    };
    (message, notice_slot)
}

/// An author slot is the chat's name when none of its messages is anything but a group
/// event, and it carried a notice, or reported two events or more, or one acted by another
/// author who writes something that is not an event.
fn mark_chat_name_authors(messages: &mut [Message], notice_slots: &HashSet<String>) {
    let authors: HashSet<String> = messages.iter().filter_map(|m| m.author.clone()).collect();
    let messages_of = |author: &str| {
        messages
            .iter()
            .filter(|m| m.author.as_deref() == Some(author))
            .map(|m| system::group_event_actor(&m.text))
            .collect::<Vec<Option<&str>>>()
    };
    let talkers: HashSet<&String> = authors
        .iter()
        .filter(|a| messages_of(a).iter().any(Option::is_none))
        .collect();
    let chat_names: HashSet<String> = authors
        .iter()
        .filter(|author| !talkers.contains(author))
        .filter(|author| {
            let actors: Vec<&str> = messages_of(author).into_iter().flatten().collect();
            notice_slots.contains(*author)
                || actors.len() >= 2
                || actors
                    .iter()
                    .any(|&a| a != author.as_str() && talkers.contains(&a.to_string()))
        })
        .cloned()
        .collect();
    for message in messages.iter_mut() {
        if message
            .author
            .as_ref()
            .is_some_and(|a| chat_names.contains(a))
        {
            message.author = None;
            message.system = true;
            message.media = None;
        }
    }
}

// The fast reading against this one.

/// One line of a chat as people and phones write them: a header in one of the layouts (or
/// none), an author or a system text, words, placeholders, notices and events, invisible
/// marks, and every kind of line end.
fn chat_line() -> impl Strategy<Value = String> {
    let date = prop_oneof![
        (
            1u32..=31,
            1u32..=13,
            prop::sample::select(vec![24u32, 2024])
        )
            .prop_map(|(d, m, y)| { format!("{d}/{m:02}/{y}") }),
        (1u32..=13, 1u32..=31).prop_map(|(m, d)| format!("{m}/{d}/23")),
        (1u32..=12, 1u32..=30).prop_map(|(m, d)| format!("2024-{m:02}-{d:02}")),
        (1u32..=31, 1u32..=12).prop_map(|(d, m)| format!("{d:02}.{m:02}.24")),
    ];
    let time = prop_oneof![
        (0u32..=24, 0u32..=60).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        (
            0u32..=13,
            0u32..=59,
            prop::sample::select(vec![" AM", "\u{202f}PM", " p. m.", "am"])
        )
            .prop_map(|(h, m, ap)| format!("{h}:{m:02}{ap}")),
        (0u32..=23, 0u32..=59, 0u32..=59).prop_map(|(h, m, s)| format!("{h:02}:{m:02}:{s:02}")),
    ];
    let header = prop_oneof![
        (date.clone(), time.clone()).prop_map(|(d, t)| format!("{d}, {t} - ")),
        (date.clone(), time.clone()).prop_map(|(d, t)| format!("[{d}, {t}] ")),
        (date, time).prop_map(|(d, t)| format!("[{t}, {d}] ")),
        Just(String::new()),
    ];
    let who = prop::sample::select(vec![
        "Mei: ",
        "Ana Beatriz 🌸: ",
        "~\u{202f}Lucas: ",
        "+55 11 98765-4321: ",
        "\u{200e}Shop Group: ",
        "Mei ",
        "",
        "Total: ",
    ]);
    let words = prop::sample::select(vec![
        "2 black tees size M",
        "Messages and calls are end-to-end encrypted. Tap to learn more.",
        "As mensagens são protegidas com a criptografia de ponta a ponta.",
        "Mei added Ana",
        "Mei left",
        "Shop Group created group “Sale: 50%”",
        "You were added",
        "you LEFT!",
        "<Media omitted>",
        "\u{200e}image omitted",
        "IMG-20240112-WA0003.jpg (file attached)",
        "Missed voice call",
        "ok 3 then <This message was edited>",
        "This message was deleted.",
        "location: https://maps.google.com/?q=1,2",
        "Total: $80",
        "12/01/2024 is my birthday",
        "\u{202a}+1 555 0100\u{202c}",
        "   ",
        "¡Hola! ¿Tienen talla M?",
        "\u{feff}",
    ]);
    let end = prop::sample::select(vec!["\n", "\n", "\n", "\r\n", "\r", "\n\n"]);
    (header, who, proptest::collection::vec(words, 0..3), end)
        .prop_map(|(header, who, words, end)| format!("{header}{who}{}{end}", words.join(" ")))
}

fn chat() -> impl Strategy<Value = String> {
    proptest::collection::vec(chat_line(), 0..24).prop_map(|lines| lines.concat())
}

/// An iOS group chat in few voices, most of them reporting group events: which author slot
/// is the chat's name is decided over the whole paste.
fn group_chat() -> impl Strategy<Value = String> {
    let who = prop::sample::select(vec!["Shop Group", "Mei", "Ana", "~ Priya", "Boris"]);
    let words = prop::sample::select(vec![
        "Mei added Ana",
        "Boris added you",
        "~ Priya left",
        "Priya joined using this group's invite link",
        "Boris changed this group's icon",
        "Ana left",
        "I added the blue one",
        "Mom changed to the red one",
        "Messages and calls are end-to-end encrypted.",
        "2 black tees",
        "<Media omitted>",
    ]);
    let line = (0u32..60, who, words)
        .prop_map(|(s, who, words)| format!("[14/08/2024, 21:00:{s:02}] {who}: {words}\n"));
    proptest::collection::vec(line, 0..12).prop_map(|lines| lines.concat())
}

fn options() -> impl Strategy<Value = ParseOptions> {
    any::<bool>().prop_map(|mdy| ParseOptions {
        date_order: if mdy { DateOrder::Mdy } else { DateOrder::Dmy },
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn chats_read_fast_as_plainly(text in chat(), opts in options()) {
        prop_assert_eq!(parse_chat(&text, &opts), read(&text, &opts), "{:?}", text);
    }

    #[test]
    fn group_chats_read_fast_as_plainly(text in group_chat(), opts in options()) {
        prop_assert_eq!(parse_chat(&text, &opts), read(&text, &opts), "{:?}", text);
    }

    #[test]
    fn header_like_garbage_reads_fast_as_plainly(
        pieces in proptest::collection::vec(
            prop_oneof![4 => patterns::header_piece(), 1 => Just("\n".to_string())],
            0..60,
        ),
        opts in options(),
    ) {
        let text = pieces.concat();
        prop_assert_eq!(parse_chat(&text, &opts), read(&text, &opts), "{:?}", text);
    }

    #[test]
    fn any_text_reads_fast_as_plainly(text in "\\PC*(\n\\PC*){0,6}", opts in options()) {
        prop_assert_eq!(parse_chat(&text, &opts), read(&text, &opts), "{:?}", text);
    }
}

macro_rules! fixture {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../../tests/fixtures/chat/", $name, ".txt")),
        )
    };
}

/// The chat fixtures, as `tests/chat_parse.rs` lists them (a new fixture belongs in both).
const FIXTURES: &[(&str, &str)] = &[
    fixture!("ampm_dotted_spanish"),
    fixture!("android_24h_dmy"),
    fixture!("crlf_bom"),
    fixture!("dots_dates"),
    fixture!("finnish_klo"),
    fixture!("headerless"),
    fixture!("impossible_dates"),
    fixture!("ios_12h_mdy_seconds"),
    fixture!("media_placeholders"),
    fixture!("media_placeholders_ios"),
    fixture!("multiline_lookalike_headers"),
    fixture!("narrow_nbsp_ampm"),
    fixture!("no_comma"),
    fixture!("paste_starts_mid_message"),
    fixture!("rtl_and_emoji_authors"),
    fixture!("system_messages_android"),
    fixture!("system_messages_ios"),
    fixture!("system_messages_ios_group_stretch"),
    fixture!("two_digit_year"),
    fixture!("web_time_first"),
    fixture!("ymd_dash"),
];

/// Every fixture, in both configured date orders.
#[test]
fn fixtures_read_fast_as_plainly() {
    for (name, text) in FIXTURES {
        for date_order in [DateOrder::Dmy, DateOrder::Mdy] {
            let opts = ParseOptions { date_order };
            assert_eq!(parse_chat(text, &opts), read(text, &opts), "{name}");
        }
    }
}
