//! Pasted WhatsApp text → messages.
//!
//! One pass reads every line's possible header, the paste's own header layout is chosen by
//! majority, day/month order is settled for the whole paste, and a second pass cuts the
//! lines into messages. Both passes touch each line once, so time is linear in the paste.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::datetime::{self, DateOrder};
use super::header::{self, RawHeader, Shape};
use super::lines::{self, Line};
use super::media::{self, MediaKind};
use super::system;
use super::warnings::{WarningKind, Warnings};
use crate::core::i18n::{Message as Words, id};
use crate::msg;

/// How to read a paste. Every field has a sensible default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// Used only when no date in the paste proves day-first or month-first.
    pub date_order: DateOrder,
}

/// One message as WhatsApp showed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// `YYYY-MM-DD`; empty when the paste had no header for it.
    pub date: String,
    /// `HH:MM`, or `HH:MM:SS` when the source had seconds; empty when there was no header.
    pub time: String,
    /// None for WhatsApp's own messages and for text pasted without any header.
    pub author: Option<String>,
    /// The text, inner newlines and blank lines kept, direction marks removed.
    pub text: String,
    /// WhatsApp's own message (encryption notice, joins, renames), as opposed to a message
    /// without a header (author None, system false).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub system: bool,
    #[serde(skip)]
    pub media: Option<MediaKind>,
    /// 1-based line in the paste where the message starts.
    #[serde(skip)]
    pub line: usize,
}

impl Message {
    /// The timestamp, when the message had a header.
    pub fn datetime(&self) -> Option<NaiveDateTime> {
        let date = NaiveDate::parse_from_str(&self.date, "%Y-%m-%d").ok()?;
        let time = NaiveTime::parse_from_str(&self.time, "%H:%M:%S")
            .or_else(|_| NaiveTime::parse_from_str(&self.time, "%H:%M"))
            .ok()?;
        Some(date.and_time(time))
    }
}

/// The messages of a paste and what the desk should tell the person about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedChat {
    pub messages: Vec<Message>,
    pub warnings: Vec<Words>,
}

/// Splits pasted WhatsApp text (an export, or messages copied from the phone, Web or Desktop)
/// into messages. Never fails: what cannot be read as a header stays text, with a warning.
pub fn parse_chat(text: &str, opts: &ParseOptions) -> ParsedChat {
    let all_lines = lines::split_lines(text);
    let first = all_lines.iter().position(|l| !l.text.trim().is_empty());
    let last = all_lines.iter().rposition(|l| !l.text.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return ParsedChat::default();
    };
    let lines = all_lines.get(first..=last).unwrap_or_default();

    let candidates: Vec<Option<RawHeader>> =
        lines.iter().map(|l| header::recognize(&l.text)).collect();
    let mut warnings = Warnings::default();
    let Some(shape) = header::dominant_shape(candidates.iter().flatten()) else {
        return headerless(lines, warnings);
    };
    let order = if shape.year_first {
        opts.date_order
    } else {
        let dates = candidates
            .iter()
            .flatten()
            .filter(|h| h.shape == shape)
            .map(|h| &h.date);
        let decision = datetime::decide_order(dates, opts.date_order);
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

/// A message being assembled line by line.
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
    /// Lines before the first header, when the paste starts mid-message.
    preamble: Vec<&'p Line<'p>>,
    /// Author slots that carried a WhatsApp notice (iOS puts the chat's name there).
    notice_slots: HashSet<String>,
    warnings: Warnings,
}

impl<'p> Splitter<'p> {
    fn feed(&mut self, line: &'p Line<'p>, candidate: Option<&RawHeader>) {
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

    /// A new message from a header of the paste's layout, or None (with a warning) when its
    /// date or time cannot exist.
    fn start(&mut self, line: &Line<'_>, h: &RawHeader) -> Option<Pending> {
        let Some(date) = datetime::to_date(&h.date, h.shape.year_first, self.order) else {
            self.warnings.push(
                WarningKind::ImpossibleDate,
                msg!(
                    "parse-impossible-date",
                    line = id(line.number as i64),
                    date = h.date.text.as_str()
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
            Some((author, text)) => (Some(system::clean_author(author).to_string()), text, false),
            None => (None, rest, true),
        };
        Some(Pending {
            date: datetime::format_date(date),
            time: datetime::format_time(time, h.shape.seconds),
            author,
            text: text.to_string(),
            system,
            line: line.number,
        })
    }

    fn close_current(&mut self) {
        if let Some(pending) = self.current.take() {
            let (message, notice_slot) = finish_message(pending);
            self.messages.push(message);
            self.notice_slots.extend(notice_slot);
        }
    }

    fn finish(mut self) -> ParsedChat {
        self.close_current();
        if self.messages.is_empty() {
            return headerless_from(&self.preamble, self.warnings);
        }
        if let Some(first) = self.preamble.first() {
            self.warnings.push(
                WarningKind::Paste,
                msg!("parse-no-header-lines", count = self.preamble.len()),
            );
            let text = join_lines(&self.preamble);
            self.messages
                .insert(0, unheaded_message(text, first.number));
        }
        mark_chat_name_authors(&mut self.messages, &self.notice_slots);
        ParsedChat {
            messages: self.messages,
            warnings: self.warnings.finish(),
        }
    }
}

fn headerless(lines: &[Line<'_>], warnings: Warnings) -> ParsedChat {
    let refs: Vec<&Line<'_>> = lines.iter().collect();
    headerless_from(&refs, warnings)
}

/// A paste with no usable header is one message: a customer's words copied without a header.
fn headerless_from(lines: &[&Line<'_>], mut warnings: Warnings) -> ParsedChat {
    let Some(first) = lines.first() else {
        return ParsedChat::default();
    };
    warnings.push(WarningKind::Paste, msg!("parse-no-headers"));
    ParsedChat {
        messages: vec![unheaded_message(join_lines(lines), first.number)],
        warnings: warnings.finish(),
    }
}

fn join_lines(lines: &[&Line<'_>]) -> String {
    let mut text = String::with_capacity(lines.iter().map(|l| l.text.len() + 1).sum());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&line.text);
    }
    text
}

fn unheaded_message(text: String, line: usize) -> Message {
    let pending = Pending {
        date: String::new(),
        time: String::new(),
        author: None,
        text,
        system: false,
        line,
    };
    finish_message(pending).0
}

/// Trims the edges, then decides system-ness and media from the finished text. Also returns
/// the author slot when it carried a WhatsApp notice (see [`mark_chat_name_authors`]).
fn finish_message(pending: Pending) -> (Message, Option<String>) {
    let Pending {
        date,
        time,
        mut author,
        text,
        mut system,
        line,
    } = pending;
    let text = match text.trim() {
        trimmed if trimmed.len() == text.len() => text,
        trimmed => trimmed.to_string(),
    };
    let mut notice_slot = None;
    if author.is_some() {
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

/// iOS puts the chat's own name in the author slot of some system messages ("My Shop: Boris
/// added you"). Such a slot posts the encryption notice and otherwise only group events, so
/// when a slot that carried a notice never says anything else, all its messages are system
/// messages. People who post a notice (1:1 chats) but also talk keep their messages.
fn mark_chat_name_authors(messages: &mut [Message], notice_slots: &HashSet<String>) {
    if notice_slots.is_empty() {
        return;
    }
    let mut talks: HashSet<&str> = HashSet::new();
    for message in messages.iter() {
        if let Some(author) = message.author.as_deref()
            && notice_slots.contains(author)
            && system::group_event_actor(&message.text).is_none()
        {
            talks.insert(author);
        }
    }
    let chat_names: HashSet<String> = notice_slots
        .iter()
        .filter(|slot| !talks.contains(slot.as_str()))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> ParsedChat {
        parse_chat(text, &ParseOptions::default())
    }

    fn only(text: &str) -> Message {
        let mut chat = parse(text);
        assert_eq!(chat.messages.len(), 1, "{text:?} → {chat:?}");
        chat.messages.remove(0)
    }

    #[test]
    fn am_pm_in_every_written_form() {
        let table = [
            ("9:41 AM", "09:41"),
            ("9:41 am", "09:41"),
            ("9:41 a.m.", "09:41"),
            ("9:41 a. m.", "09:41"),
            ("9:41 p. m.", "21:41"),
            ("9:41 P.M.", "21:41"),
            ("9:41PM", "21:41"),
            ("9:41\u{a0}PM", "21:41"),
            ("9:41\u{202f}pm", "21:41"),
            ("9:41\u{a0}p.\u{a0}m.", "21:41"),
            ("12:05 AM", "00:05"),
            ("12:05 PM", "12:05"),
            ("12:05:09 AM", "00:05:09"),
        ];
        for (time, expected) in table {
            let message = only(&format!("13/01/2024, {time} - Mei: hi"));
            assert_eq!(message.time, expected, "{time:?}");
            assert_eq!(message.author.as_deref(), Some("Mei"), "{time:?}");
            let ios = only(&format!("[13/01/2024, {time}] Mei: hi"));
            assert_eq!(ios.time, expected, "[{time:?}]");
        }
    }

    #[test]
    fn date_separators_and_year_lengths() {
        let table = [
            ("13/01/2024", "2024-01-13"),
            ("13.01.2024", "2024-01-13"),
            ("13-01-2024", "2024-01-13"),
            ("13/1/24", "2024-01-13"),
            ("1/13/24", "2024-01-13"),
            ("2024-01-13", "2024-01-13"),
            ("2024/1/13", "2024-01-13"),
            ("2024.01.13", "2024-01-13"),
        ];
        for (date, expected) in table {
            assert_eq!(
                only(&format!("{date}, 10:00 - Mei: hi")).date,
                expected,
                "{date}"
            );
            assert_eq!(
                only(&format!("{date} 10:00 - Mei: hi")).date,
                expected,
                "{date}"
            );
        }
    }

    #[test]
    fn inner_blank_lines_are_kept_and_edges_trimmed() {
        let chat =
            parse("\n\n13/01/2024, 10:00 - Mei: a\n\n  b\n\n\n13/01/2024, 10:01 - Ana: c\n\n");
        let texts: Vec<&str> = chat.messages.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["a\n\n  b", "c"]);
        let lines: Vec<usize> = chat.messages.iter().map(|m| m.line).collect();
        assert_eq!(lines, [3, 8]);
    }

    #[test]
    fn the_chat_name_slot_loses_its_author_but_people_keep_theirs() {
        let text = "[14/08/2024, 21:00:10] Shop Group: Messages and calls are end-to-end encrypted.\n\
                    [14/08/2024, 21:00:11] Shop Group: Boris added you\n\
                    [14/08/2024, 21:00:12] Mei: Messages and calls are end-to-end encrypted.\n\
                    [14/08/2024, 21:00:13] Mei: Mei left\n\
                    [14/08/2024, 21:00:14] Mei: I left my scarf at the shop\n\
                    [14/08/2024, 21:00:15] Ana: Boris added you\n";
        let chat = parse(text);
        let authors: Vec<Option<&str>> =
            chat.messages.iter().map(|m| m.author.as_deref()).collect();
        assert_eq!(authors, [None, None, None, None, Some("Mei"), Some("Ana")]);
        let system: Vec<bool> = chat.messages.iter().map(|m| m.system).collect();
        assert_eq!(system, [true, true, true, true, false, false]);
    }

    #[test]
    fn android_lines_without_author_are_system() {
        let chat = parse("13/01/2024, 10:00 - Mei left\n13/01/2024, 10:01 - Ana: hi");
        assert!(chat.messages[0].system && chat.messages[0].author.is_none());
        assert!(!chat.messages[1].system);
    }

    #[test]
    fn headers_of_the_paste_layout_only_start_messages() {
        let text = "[13/01/2024, 10:00:00] Mei: order\n\
                    13/01/2024, 10:00 - Name: Mei\n\
                    [13/01/2024, 10:01:00] Ana: ok";
        let chat = parse(text);
        assert_eq!(chat.messages.len(), 2);
        assert_eq!(
            chat.messages[0].text,
            "order\n13/01/2024, 10:00 - Name: Mei"
        );
    }
}
