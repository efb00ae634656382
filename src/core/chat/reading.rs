//! A paste read into messages that borrow from it.
//!
//! `cutter` cuts the paste into spans (where each message's author and text are, its date
//! and time, whether WhatsApp wrote it); nothing is copied. [`ChatReading::messages`] hands
//! out borrowed views, and a [`Message`] is made from one only when the caller wants to keep
//! it. A paste costs its own size plus 40 bytes per message (positions are 32 bits), so a
//! 50 MB export can be streamed out as JSON without ever holding owned messages.

use std::borrow::Cow;

use serde::Serialize;

use super::cutter;
use super::lines;
use super::media::MediaKind;
use super::messages::{Message, ParseOptions, ParsedChat};
use crate::core::i18n::Message as Words;
use crate::msg;

/// A paste cut into messages; see the module documentation.
#[derive(Debug, Clone)]
pub struct ChatReading<'a> {
    paste: Cow<'a, str>,
    spans: Vec<Span>,
    /// The dates and times of the messages, written once each (see [`Stamp`]).
    stamps: String,
    warnings: Vec<Words>,
}

/// One message of a [`ChatReading`], borrowed from it. The fields mean what [`Message`]'s do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MessageRef<'r> {
    pub date: &'r str,
    pub time: &'r str,
    pub author: Option<&'r str>,
    pub text: &'r str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub system: bool,
    #[serde(skip)]
    pub media: Option<MediaKind>,
    #[serde(skip)]
    pub line: usize,
}

impl MessageRef<'_> {
    pub fn to_message(&self) -> Message {
        Message {
            date: self.date.to_string(),
            time: self.time.to_string(),
            author: self.author.map(str::to_string),
            text: self.text.to_string(),
            system: self.system,
            media: self.media,
            line: self.line,
        }
    }
}

impl<'a> ChatReading<'a> {
    /// How many messages the paste holds.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The messages in paste order.
    pub fn messages(&self) -> impl ExactSizeIterator<Item = MessageRef<'_>> + '_ {
        self.spans
            .iter()
            .map(|span| span.view(&self.paste, &self.stamps))
    }

    /// What the desk should tell the person about the paste.
    pub fn warnings(&self) -> &[Words] {
        &self.warnings
    }

    /// Every message copied out, and the warnings.
    pub fn into_parsed(self) -> ParsedChat {
        let messages = self.messages().map(|m| m.to_message()).collect();
        ParsedChat {
            messages,
            warnings: self.warnings,
        }
    }
}

/// Splits pasted WhatsApp text into messages; see the module documentation. Never fails:
/// what cannot be read as a header stays text, with a warning.
pub fn read_chat<'a>(text: &'a str, opts: &ParseOptions) -> ChatReading<'a> {
    read(Cow::Borrowed(text), opts)
}

/// [`read_chat`] of a paste the caller gives away (the command line's file): its direction
/// marks and CRs are removed in place, so it is never held twice.
pub fn read_owned_chat(text: String, opts: &ParseOptions) -> ChatReading<'static> {
    read(Cow::Owned(text), opts)
}

/// Most pastes need no cleaning (no BOM, direction mark or CR): they are cut as they are,
/// each line checked as it is read, and cleaned and cut again only when a line turns out to
/// need it. That saves a pass over the whole paste where most of the time goes to memory.
fn read<'a>(paste: Cow<'a, str>, opts: &ParseOptions) -> ChatReading<'a> {
    let (paste, cut_short) = within_limit(paste);
    let as_is = if paste.starts_with('\u{feff}') {
        None
    } else {
        cutter::cut(&paste, opts, cutter::Cleaning::Check)
    };
    let (paste, cut) = match as_is {
        Some(cut) => (paste, cut),
        None => {
            let paste = match paste {
                Cow::Borrowed(paste) => lines::clean_paste(paste),
                Cow::Owned(paste) => Cow::Owned(lines::clean_owned_paste(paste)),
            };
            let cut = cutter::cut(&paste, opts, cutter::Cleaning::Done).unwrap_or_default();
            (paste, cut)
        }
    };
    let mut warnings = cut.warnings;
    if cut_short {
        warnings.push(msg!("parse-cut-short"));
    }
    ChatReading {
        paste,
        spans: cut.spans,
        stamps: cut.stamps,
        warnings,
    }
}

/// The paste, cut to [`MAX_READ_BYTES`] when it is longer, and whether it was.
fn within_limit(paste: Cow<'_, str>) -> (Cow<'_, str>, bool) {
    let readable = readable_len(&paste, MAX_READ_BYTES);
    if readable == paste.len() {
        return (paste, false);
    }
    let paste = match paste {
        Cow::Borrowed(paste) => Cow::Borrowed(&paste[..readable]),
        Cow::Owned(mut paste) => {
            paste.truncate(readable);
            Cow::Owned(paste)
        }
    };
    (paste, true)
}

/// Positions in a paste are kept in 32 bits: a paste is read up to its last line end within
/// its first 4 GiB (far beyond what the program takes, see `core::paste`).
const MAX_READ_BYTES: usize = u32::MAX as usize - 1;

/// How much of `paste` is read: all of it up to `max` bytes, else up to its last line end
/// within them (or the last whole character, for a paste without one).
fn readable_len(paste: &str, max: usize) -> usize {
    if paste.len() <= max {
        return paste.len();
    }
    match memchr::memrchr(b'\n', &paste.as_bytes()[..max]) {
        Some(at) => at,
        None => (0..=max)
            .rev()
            .find(|&at| paste.is_char_boundary(at))
            .unwrap_or(0),
    }
}

/// A position in a read paste (at most [`MAX_READ_BYTES`] long), in 32 bits.
pub(super) fn pos(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// One message, as positions in the paste and settled facts: 40 bytes, a few hundred
/// thousand of them in a year's export.
#[derive(Debug, Clone)]
pub(super) struct Span {
    /// 1-based line where the message starts.
    pub line: u32,
    pub stamp: Option<Stamp>,
    /// Where the author's name is in the paste; None for system and headerless messages.
    pub author: Option<(u32, u32)>,
    /// Where the (trimmed) text is in the paste.
    pub text: (u32, u32),
    pub system: bool,
    pub media: Option<MediaKind>,
}

/// Where a message's date and time are written in [`ChatReading::stamps`]. Consecutive
/// messages mostly share a day and often a minute, so each is written once and shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    pub date: u32,
    pub time: u32,
    /// `HH:MM:SS` rather than `HH:MM`.
    pub seconds: bool,
}

impl Stamp {
    fn texts(self, stamps: &str) -> (&str, &str) {
        let (date, time) = (self.date as usize, self.time as usize);
        let time_len = if self.seconds { 8 } else { 5 };
        let date = stamps.get(date..date + DATE_LEN).unwrap_or("");
        let time = stamps.get(time..time + time_len).unwrap_or("");
        (date, time)
    }
}

/// `YYYY-MM-DD`
const DATE_LEN: usize = 10;

impl Span {
    pub fn text<'r>(&self, paste: &'r str) -> &'r str {
        let (start, end) = self.text;
        &paste[start as usize..end as usize]
    }

    pub fn author<'r>(&self, paste: &'r str) -> Option<&'r str> {
        self.author
            .map(|(start, end)| &paste[start as usize..end as usize])
    }

    fn view<'r>(&self, paste: &'r str, stamps: &'r str) -> MessageRef<'r> {
        let (date, time) = self.stamp.map_or(("", ""), |s| s.texts(stamps));
        MessageRef {
            date,
            time,
            author: self.author(paste),
            text: self.text(paste),
            system: self.system,
            media: self.media,
            line: self.line as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_forty_bytes() {
        assert_eq!(std::mem::size_of::<Span>(), 40);
    }

    #[test]
    fn a_paste_past_the_limit_is_read_to_a_line_end_within_it() {
        assert_eq!(readable_len("ab\ncd\nef", 100), 8);
        assert_eq!(readable_len("ab\ncd\nef", 7), 5);
        assert_eq!(readable_len("ab\ncd\nef", 6), 5);
        assert_eq!(readable_len("ab\ncd\nef", 5), 2);
        // No line end: the last whole character.
        assert_eq!(readable_len("aéb", 2), 1);
        assert_eq!(readable_len("aéb", 3), 3);
    }
}
