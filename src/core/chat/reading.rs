//! A paste read into messages that borrow from it.
//!
//! `cutter` cuts the paste into spans (where each message's author and text are, its date
//! and time, whether WhatsApp wrote it); nothing is copied. [`ChatReading::messages`] hands
//! out borrowed views, and a [`Message`] is made from one only when the caller wants to keep
//! it. A paste costs its own size plus a few dozen bytes per message, so a 50 MB export can be
//! streamed out as JSON without ever holding owned messages.

use std::borrow::Cow;

use serde::Serialize;

use super::cutter;
use super::lines;
use super::media::MediaKind;
use super::messages::{Message, ParseOptions, ParsedChat};

/// A paste cut into messages; see the module documentation.
#[derive(Debug, Clone)]
pub struct ChatReading<'a> {
    paste: Cow<'a, str>,
    spans: Vec<Span>,
    /// The dates and times of the messages, written once each (see [`Stamp`]).
    stamps: String,
    warnings: Vec<String>,
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
    pub fn warnings(&self) -> &[String] {
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
    let paste = lines::clean_paste(text);
    let cut = cutter::cut(&paste, opts);
    ChatReading {
        paste,
        spans: cut.spans,
        stamps: cut.stamps,
        warnings: cut.warnings,
    }
}

/// [`read_chat`] of a paste the caller gives away (the command line's file): its direction
/// marks are removed in place, so it is never held twice.
pub fn read_owned_chat(text: String, opts: &ParseOptions) -> ChatReading<'static> {
    let paste = lines::clean_owned_paste(text);
    let cut = cutter::cut(&paste, opts);
    ChatReading {
        paste: Cow::Owned(paste),
        spans: cut.spans,
        stamps: cut.stamps,
        warnings: cut.warnings,
    }
}

/// One message, as positions in the paste and settled facts.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub line: usize,
    pub stamp: Option<Stamp>,
    /// Where the author's name is in the paste; None for system and headerless messages.
    pub author: Option<(usize, usize)>,
    pub text: Text,
    pub system: bool,
    pub media: Option<MediaKind>,
}

/// Where a message's date and time are written in [`ChatReading::stamps`]. Consecutive
/// messages mostly share a day and often a minute, so each is written once and shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    pub date: usize,
    pub time: usize,
    pub time_len: usize,
}

impl Stamp {
    fn texts(self, stamps: &str) -> (&str, &str) {
        let date = stamps.get(self.date..self.date + DATE_LEN).unwrap_or("");
        let time = stamps
            .get(self.time..self.time + self.time_len)
            .unwrap_or("");
        (date, time)
    }
}

/// `YYYY-MM-DD`
const DATE_LEN: usize = 10;

#[derive(Debug, Clone)]
pub(super) enum Text {
    /// Where the (trimmed) text is in the paste.
    At(usize, usize),
    /// A text whose lines ended in CR, rewritten with LF.
    Owned(String),
}

impl Span {
    pub fn text<'r>(&'r self, paste: &'r str) -> &'r str {
        match &self.text {
            Text::At(start, end) => &paste[*start..*end],
            Text::Owned(text) => text,
        }
    }

    fn view<'r>(&'r self, paste: &'r str, stamps: &'r str) -> MessageRef<'r> {
        let (date, time) = self.stamp.map_or(("", ""), |s| s.texts(stamps));
        MessageRef {
            date,
            time,
            author: self.author.map(|(start, end)| &paste[start..end]),
            text: self.text(paste),
            system: self.system,
            media: self.media,
            line: self.line,
        }
    }
}
