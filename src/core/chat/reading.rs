//! Pasted WhatsApp text → where each message is, settled for the whole paste.
//!
//! One pass over the lines reads every possible header (a hand-written byte scan, see
//! `header`) and counts the layouts; the paste's own layout wins by majority, and day/month
//! order is settled from its dates. A second pass walks only the header lines of that layout
//! and cuts the paste into messages: each is a span of the paste plus its date, time and
//! author, and WhatsApp's own messages are told apart there (`system`). Nothing is copied:
//! [`ChatReading::messages`] hands out borrowed views, and a [`Message`] is made from one only
//! when the caller wants to keep it. A paste costs its own size plus a few dozen bytes per
//! message, so a 50 MB export can be streamed out as JSON without holding its copy.

use std::borrow::Cow;

use serde::Serialize;

use chrono::{NaiveTime, Timelike};

use super::datetime::{self, DateOrder, OrderEvidence};
use super::header::{self, RawDate, RawHeader, Shape, ShapeTally};
use super::lines::{self, Line};
use super::media::{self, MediaKind};
use super::messages::{Message, ParseOptions, ParsedChat};
use super::system::{self, NoticePhrases};
use super::warnings::{WarningKind, Warnings};

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
    let scan = scan(&paste);
    let cut = match (scan.first, scan.last) {
        (Some(first), Some(last)) => cut(&paste, scan, first, last, opts),
        _ => Cut::default(),
    };
    ChatReading {
        paste,
        spans: cut.spans,
        stamps: cut.stamps,
        warnings: cut.warnings,
    }
}

/// One message, as positions in the paste and settled facts.
#[derive(Debug, Clone)]
struct Span {
    line: usize,
    stamp: Option<Stamp>,
    /// Where the author's name is in the paste; None for system and headerless messages.
    author: Option<(usize, usize)>,
    text: Text,
    system: bool,
    media: Option<MediaKind>,
}

/// Where a message's date and time are written in [`ChatReading::stamps`]. Consecutive
/// messages mostly share a day and often a minute, so each is written once and shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    date: usize,
    time: usize,
    time_len: usize,
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

const MINUTES_PER_DAY: usize = 24 * 60;

#[derive(Debug, Clone)]
enum Text {
    /// Where the (trimmed) text is in the paste.
    At(usize, usize),
    /// A text whose lines ended in CR, rewritten with LF.
    Owned(String),
}

impl Span {
    fn text<'r>(&'r self, paste: &'r str) -> &'r str {
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

/// The first pass: the candidate header lines, and which layout they mostly share.
struct Scan {
    candidates: Vec<(Line, RawHeader)>,
    tally: ShapeTally<OrderEvidence>,
    first: Option<Line>,
    last: Option<Line>,
}

fn scan(paste: &str) -> Scan {
    // About one header per 100 bytes in a real export; a guess, only to grow less often.
    let mut candidates = Vec::with_capacity(paste.len() / 128);
    let mut tally = ShapeTally::<OrderEvidence>::default();
    let (mut first, mut last) = (None, None);
    for line in lines::lines(paste) {
        let text = line.text(paste);
        if let Some(header) = header::recognize(text) {
            let evidence = tally.count(header.shape);
            if !header.shape.year_first {
                evidence.add(&header.date, || header.date.text(text));
            }
            candidates.push((line, header));
        } else if lines::is_blank(text) {
            continue;
        }
        first.get_or_insert(line);
        last = Some(line);
    }
    Scan {
        candidates,
        tally,
        first,
        last,
    }
}

/// The second pass: messages from the header lines of the paste's layout.
/// The messages of a paste, their stamps and the warnings.
#[derive(Debug, Default)]
struct Cut {
    spans: Vec<Span>,
    stamps: String,
    warnings: Vec<String>,
}

fn cut(paste: &str, scan: Scan, first: Line, last: Line, opts: &ParseOptions) -> Cut {
    let mut warnings = Warnings::default();
    let Some((shape, headers, evidence)) = scan.tally.dominant() else {
        return headerless(paste, first, last, warnings);
    };
    let order = if shape.year_first {
        opts.date_order
    } else {
        let decision = evidence.decide(opts.date_order);
        if let Some(warning) = decision.warning {
            warnings.push(WarningKind::DateOrder, warning);
        }
        decision.order
    };
    let mut cutter = Cutter {
        paste,
        shape,
        order,
        spans: Vec::with_capacity(headers + 1),
        stamps: String::new(),
        open: None,
        preamble_lines: None,
        phrases: NoticePhrases::find(paste),
        notice_slots: Vec::new(),
        has_cr: lines::has_cr(paste),
        last_date: None,
        minutes: Vec::new(),
        warnings,
        first,
    };
    for (line, header) in &scan.candidates {
        cutter.feed(*line, header);
    }
    cutter.finish(last)
}

/// A message whose end is not known yet: it runs until the next message starts.
struct Open {
    line: usize,
    stamp: Stamp,
    author: Option<(usize, usize)>,
    text_start: usize,
}

struct Cutter<'p> {
    paste: &'p str,
    shape: Shape,
    order: DateOrder,
    spans: Vec<Span>,
    open: Option<Open>,
    /// Set when the paste starts with lines that belong to no header.
    preamble_lines: Option<usize>,
    phrases: NoticePhrases,
    /// Author slots that carried a WhatsApp notice (iOS puts the chat's name there); one or
    /// two in a paste.
    notice_slots: Vec<&'p str>,
    stamps: String,
    /// Whether any text needs its CRs rewritten (see `lines::joined`).
    has_cr: bool,
    /// The last header date read and where it was written (None: it is impossible).
    last_date: Option<([u32; 3], Option<usize>)>,
    /// Where each minute of the day is written (`HH:MM`), once written; times with seconds
    /// are written each time.
    minutes: Vec<Option<usize>>,
    warnings: Warnings,
    first: Line,
}

impl<'p> Cutter<'p> {
    fn feed(&mut self, line: Line, header: &RawHeader) {
        let text = line.text(self.paste);
        if header.shape == self.shape {
            if let Some(open) = self.start(line, text, header) {
                let first_message = self.open.is_none() && self.spans.is_empty();
                if first_message && line.start > self.first.start {
                    self.preamble(line);
                }
                self.close(end_before(self.paste, line.start));
                self.open = Some(open);
            }
        } else if self.open.is_some()
            && text
                .get(header.rest_start..)
                .and_then(system::split_author)
                .is_some()
        {
            self.warnings.push(
                WarningKind::OtherLayout,
                format!(
                    "line {}: starts like a message header of another layout; kept it as \
                     text of the message above",
                    line.number
                ),
            );
        }
    }

    /// A new message from a header of the paste's layout, or None (with a warning) when its
    /// date or time cannot exist.
    fn start(&mut self, line: Line, text: &str, h: &RawHeader) -> Option<Open> {
        let Some(date) = self.date(&h.date) else {
            self.warnings.push(
                WarningKind::ImpossibleDate,
                format!(
                    "line {}: {} is not a real date; kept the line as message text",
                    line.number,
                    h.date.text(text)
                ),
            );
            return None;
        };
        let Some(time) = datetime::to_time(&h.time) else {
            self.warnings.push(
                WarningKind::ImpossibleTime,
                format!(
                    "line {}: {}:{:02} is not a real time; kept the line as message text",
                    line.number, h.time.hour, h.time.minute
                ),
            );
            return None;
        };
        let stamp = Stamp {
            date,
            time: self.time(time, h.shape.seconds),
            time_len: if h.shape.seconds { 8 } else { 5 },
        };

        let rest = text.get(h.rest_start..).unwrap_or("");
        let at = |part: &str| offset_in(self.paste, part);
        let (author, text_start) = match system::split_author(rest) {
            Some((author, words)) => {
                let author = system::clean_author(author);
                (Some((at(author), at(author) + author.len())), at(words))
            }
            None => (None, at(rest)),
        };
        Some(Open {
            line: line.number,
            stamp,
            author,
            text_start,
        })
    }

    /// Where the date a header names is written; None for an impossible one.
    fn date(&mut self, raw: &RawDate) -> Option<usize> {
        if let Some((fields, written)) = self.last_date
            && fields == raw.fields
        {
            return written;
        }
        let written = datetime::to_date(raw, self.shape.year_first, self.order).map(|date| {
            let at = self.stamps.len();
            datetime::push_date(&mut self.stamps, date);
            at
        });
        self.last_date = Some((raw.fields, written));
        written
    }

    /// Where the time is written.
    fn time(&mut self, time: NaiveTime, seconds: bool) -> usize {
        let minute = usize::try_from(time.num_seconds_from_midnight() / 60).unwrap_or(0);
        if !seconds && let Some(Some(at)) = self.minutes.get(minute) {
            return *at;
        }
        let at = self.stamps.len();
        datetime::push_time(&mut self.stamps, time, seconds);
        if !seconds {
            if self.minutes.is_empty() {
                self.minutes = vec![None; MINUTES_PER_DAY];
            }
            if let Some(slot) = self.minutes.get_mut(minute) {
                *slot = Some(at);
            }
        }
        at
    }

    fn preamble(&mut self, first_message: Line) {
        let end = end_before(self.paste, first_message.start);
        self.spans.push(unheaded(
            self.paste,
            self.first.start,
            end,
            self.first.number,
        ));
        self.preamble_lines = Some(first_message.number - self.first.number);
    }

    /// Ends the open message at `end`; settles whether WhatsApp wrote it.
    fn close(&mut self, end: usize) {
        let Some(open) = self.open.take() else {
            return;
        };
        let (text, bounds) = trimmed(self.paste, open.text_start, end, self.has_cr);
        let mut author = open.author;
        let mut system = author.is_none();
        if let Some((start, stop)) = author {
            let name = &self.paste[start..stop];
            let words = text.as_ref();
            let notice = system::is_notice(words, self.phrases.within(bounds.0, bounds.1));
            if notice || system::is_own_group_event(words, name) {
                if notice && !self.notice_slots.contains(&name) {
                    self.notice_slots.push(name);
                }
                author = None;
                system = true;
            }
        }
        let text = match text {
            Cow::Borrowed(_) => Text::At(bounds.0, bounds.1),
            Cow::Owned(text) => Text::Owned(text),
        };
        self.spans.push(Span {
            line: open.line,
            stamp: Some(open.stamp),
            author,
            text,
            system,
            media: None,
        });
    }

    fn finish(mut self, last: Line) -> Cut {
        self.close(last.end);
        if self.spans.is_empty() {
            return headerless(self.paste, self.first, last, self.warnings);
        }
        if let Some(count) = self.preamble_lines {
            self.warnings.push(
                WarningKind::Paste,
                format!(
                    "the first {count} line(s) have no message header; kept them as one \
                     message without author"
                ),
            );
        }
        mark_chat_name_authors(self.paste, &mut self.spans, &self.notice_slots);
        for span in &mut self.spans {
            if !span.system && span.stamp.is_some() {
                span.media = media::detect_media(span.text(self.paste));
            }
        }
        Cut {
            spans: self.spans,
            stamps: self.stamps,
            warnings: self.warnings.finish(),
        }
    }
}

/// A paste with no usable header is one message: a customer's words copied without a header.
fn headerless(paste: &str, first: Line, last: Line, mut warnings: Warnings) -> Cut {
    warnings.push(
        WarningKind::Paste,
        "no WhatsApp message headers found; treated the paste as one message".to_string(),
    );
    Cut {
        spans: vec![unheaded(paste, first.start, last.end, first.number)],
        stamps: String::new(),
        warnings: warnings.finish(),
    }
}

/// Lines without a header, kept as one message without author.
fn unheaded(paste: &str, start: usize, end: usize, line: usize) -> Span {
    let (text, bounds) = trimmed(paste, start, end, true);
    let media = media::detect_media(&text);
    let text = match text {
        Cow::Borrowed(_) => Text::At(bounds.0, bounds.1),
        Cow::Owned(text) => Text::Owned(text),
    };
    Span {
        line,
        stamp: None,
        author: None,
        text,
        system: false,
        media,
    }
}

/// iOS puts the chat's own name in the author slot of some system messages ("My Shop: Boris
/// added you"). Such a slot posts the encryption notice and otherwise only group events, so
/// when a slot that carried a notice never says anything else, all its messages are system
/// messages. People who post a notice (1:1 chats) but also talk keep their messages.
fn mark_chat_name_authors(paste: &str, spans: &mut [Span], notice_slots: &[&str]) {
    if notice_slots.is_empty() {
        return;
    }
    let mut talks: Vec<&str> = Vec::new();
    for span in spans.iter() {
        if let Some((start, end)) = span.author {
            let author = &paste[start..end];
            if notice_slots.contains(&author)
                && !talks.contains(&author)
                && system::group_event_actor(span.text(paste)).is_none()
            {
                talks.push(author);
            }
        }
    }
    for span in spans.iter_mut() {
        let author = span.author.map(|(start, end)| &paste[start..end]);
        if author.is_some_and(|a| notice_slots.contains(&a) && !talks.contains(&a)) {
            span.author = None;
            span.system = true;
        }
    }
}

/// The text of `paste[start..end]` with LF line ends, trimmed, and its trimmed bounds in
/// the paste (before any CR was rewritten). `has_cr`: false when the paste has no CR at all.
fn trimmed(paste: &str, start: usize, end: usize, has_cr: bool) -> (Cow<'_, str>, (usize, usize)) {
    let inner = lines::trim(&paste[start..end]);
    let inner_start = offset_in(paste, inner);
    let bounds = (inner_start, inner_start + inner.len());
    if has_cr {
        (lines::joined(paste, bounds.0, bounds.1), bounds)
    } else {
        (Cow::Borrowed(inner), bounds)
    }
}

/// Where the line before the one starting at `line_start` ends (before its line end).
fn end_before(paste: &str, line_start: usize) -> usize {
    let bytes = paste.as_bytes();
    match line_start.checked_sub(1).map(|i| bytes[i]) {
        Some(b'\n') if line_start >= 2 && bytes[line_start - 2] == b'\r' => line_start - 2,
        Some(b'\n' | b'\r') => line_start - 1,
        _ => line_start,
    }
}

/// Where `part`, a slice of `paste`, starts in it.
fn offset_in(paste: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(paste.as_ptr() as usize)
}
