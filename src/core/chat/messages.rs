//! A chat's messages as the rest of the program keeps them (see `reading` for how a paste
//! is cut into them).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::datetime::DateOrder;
use super::media::MediaKind;
use super::reading::read_chat;
use crate::core::i18n::Message as Words;

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
/// [`read_chat`] does the same without copying the messages out.
pub fn parse_chat(text: &str, opts: &ParseOptions) -> ParsedChat {
    read_chat(text, opts).into_parsed()
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

    /// Android writes WhatsApp's own messages without an author, so a line with one is
    /// someone's words even when they quote a notice or an event.
    #[test]
    fn android_authors_keep_what_they_write() {
        let chat = parse(
            "13/01/2024, 10:00 - Mei: Messages and calls are end-to-end encrypted.\n\
             13/01/2024, 10:01 - Boris: Boris added Mei\n",
        );
        let authors: Vec<Option<&str>> =
            chat.messages.iter().map(|m| m.author.as_deref()).collect();
        assert_eq!(authors, [Some("Mei"), Some("Boris")]);
        assert!(chat.messages.iter().all(|m| !m.system));
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
