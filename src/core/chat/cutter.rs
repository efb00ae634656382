//! Cuts a clean paste into message spans, in one pass over its lines.
//!
//! Which header lines start messages is a property of the whole paste: its own layout is
//! the one most header-like lines share (a continuation line such as `12/01/2024 is my
//! birthday` is outvoted), and day/month order is what its dates prove. Rather than read the
//! paste twice to learn both first, the pass takes the layout of the first header as the
//! paste's and checks every line against it, takes the first date that proves an order as
//! proving it, and counts everything as it goes. At the end it knows whether both guesses
//! hold for the whole paste; they nearly always do (an export is one layout, and its dates
//! prove one order), and when they do not, the paste is cut once more knowing the answers.
//! Dates are written out as soon as the order is known (see `stamps`).

use chrono::Timelike;

use super::chat_name;
use super::datetime::{self, DateOrder, OrderDecision, OrderEvidence};
use super::header::{self, RawDate, RawHeader, Shape, ShapeTally, Template};
use super::lines::{self, Line};
use super::media;
use super::messages::ParseOptions;
use super::reading::{Span, pos};
use super::stamps::{StampWriter, When};
use super::system::{self, NoticePhrases};
use super::warnings::{WarningKind, Warnings};
use crate::core::i18n::{Message as Words, id};
use crate::msg;

/// The messages of a paste, their written dates and times, and the warnings.
#[derive(Debug, Default)]
pub(super) struct Cut {
    pub spans: Vec<Span>,
    pub stamps: String,
    pub warnings: Vec<Words>,
}

/// Whether the paste is known to be clean (see `lines::clean_paste`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cleaning {
    /// Cleaned already.
    Done,
    /// As it came: each line is checked as it is read.
    Check,
}

/// Cuts `paste` into messages; None when it was to be checked and a line needs cleaning.
pub(super) fn cut(paste: &str, opts: &ParseOptions, cleaning: Cleaning) -> Option<Cut> {
    let guessed = Cutter::new(paste, opts, None, cleaning).run();
    if guessed.unclean {
        return None;
    }
    Some(match guessed.verdict() {
        Verdict::Holds(dates) => guessed.finish(dates),
        Verdict::Redo(plan) => {
            let dates = plan.dates.clone();
            // Every line was looked at: the paste is clean.
            Cutter::new(paste, opts, Some(plan), Cleaning::Done)
                .run()
                .finish(dates)
        }
        Verdict::NoHeaders => guessed.headerless(),
    })
}

/// What the cut is checked against, once known: the paste's layout, and how its dates read
/// (the day/month order, and a warning when the dates did not settle it).
#[derive(Debug, Clone)]
struct Plan {
    shape: Shape,
    dates: OrderDecision,
}

enum Verdict {
    /// The guesses were right: this is how the paste's dates read.
    Holds(OrderDecision),
    /// A guess was wrong: cut again knowing.
    Redo(Plan),
    /// No line has a header at all.
    NoHeaders,
}

/// A date's fields, whether the year comes first, and the order it was read in.
type DateAsked = ([u32; 3], bool, DateOrder);

/// A message whose end is not known yet: it runs until the next message starts.
struct Open {
    line: usize,
    /// Where the header's line ends.
    line_end: usize,
    when: When,
    author: Option<(usize, usize)>,
    text_start: usize,
}

struct Cutter<'p> {
    paste: &'p str,
    opts: &'p ParseOptions,
    /// Cutting again knowing the plan, rather than guessing.
    redo: bool,
    cleaning: Cleaning,
    /// A line needs cleaning: the cut stopped there.
    unclean: bool,
    /// The layout lines are checked against: the plan's, or the first header's.
    shape: Option<Shape>,
    /// The last header of the layout, to read the next one by (see `header::Template`).
    template: Option<Template<'p>>,
    /// The day/month order: the plan's, or the one the first proving date gave.
    order: Option<DateOrder>,
    /// A date proved the other order: the guess does not hold.
    disagreed: bool,
    tally: ShapeTally<OrderEvidence>,
    spans: Vec<Span>,
    stamps: StampWriter,
    /// The spans whose dates were written before any date proved the order (in the
    /// configured one), with their dates as read: written again at the end if the paste
    /// proves the other order.
    provisional: Vec<(usize, When)>,
    open: Option<Open>,
    first: Option<Line>,
    last: Option<Line>,
    /// Set when the paste starts with lines that belong to no header.
    preamble_lines: Option<usize>,
    /// Where notice phrases are in the paste, found when a message first needs them.
    phrases: Option<NoticePhrases>,
    /// Author slots that carried a WhatsApp notice (iOS puts the chat's name there, see
    /// `chat_name`); one or two in a paste.
    notice_slots: Vec<&'p str>,
    /// The last date checked, and whether it exists (consecutive messages share days).
    last_date: Option<(DateAsked, bool)>,
    warnings: Warnings,
    /// How many warnings about lines were raised (the date-order one must come first).
    line_warnings: usize,
}

impl<'p> Cutter<'p> {
    fn new(
        paste: &'p str,
        opts: &'p ParseOptions,
        plan: Option<Plan>,
        cleaning: Cleaning,
    ) -> Cutter<'p> {
        let mut warnings = Warnings::default();
        // Knowing how the dates read, their warning comes first, as it always has.
        if let Some(warning) = plan.as_ref().and_then(|p| p.dates.warning.clone()) {
            warnings.push(WarningKind::DateOrder, warning);
        }
        Cutter {
            paste,
            opts,
            shape: plan.as_ref().map(|p| p.shape),
            template: None,
            order: plan.as_ref().map(|p| p.dates.order),
            redo: plan.is_some(),
            cleaning,
            unclean: false,
            disagreed: false,
            tally: ShapeTally::default(),
            // More than a real export needs (about one message per 100 bytes), so that the
            // list never grows and copies itself; pages never written are never touched.
            spans: Vec::with_capacity(paste.len() / 48),
            stamps: StampWriter::default(),
            provisional: Vec::new(),
            open: None,
            first: None,
            last: None,
            preamble_lines: None,
            phrases: None,
            notice_slots: Vec::new(),
            last_date: None,
            warnings,
            line_warnings: 0,
        }
    }

    fn run(mut self) -> Self {
        for line in lines::lines(self.paste) {
            let text = line.text(self.paste);
            // Most header lines read like the last one; the others are read afresh.
            let read = match self.template.as_ref().and_then(|t| t.read(text)) {
                Some(header) => Some((header, false)),
                None => header::recognize(text).map(|header| (header, true)),
            };
            if self.cleaning == Cleaning::Check {
                // A header read by the template has the bytes of one checked before.
                let unchecked = match &read {
                    Some((header, false)) => text.get(header.rest_start..).unwrap_or(""),
                    _ => text,
                };
                if lines::needs_cleaning(unchecked) {
                    self.unclean = true;
                    return self;
                }
            }
            match read {
                Some((header, fresh)) => self.header_line(line, text, &header, fresh),
                None if lines::is_blank(text) => continue,
                None => {}
            }
            self.first.get_or_insert(line);
            self.last = Some(line);
        }
        if let Some(last) = self.last {
            self.close(last.end);
        }
        self
    }

    fn header_line(&mut self, line: Line, text: &'p str, header: &RawHeader, fresh: bool) {
        let evidence = self.tally.count(header.shape);
        if !header.shape.year_first {
            evidence.add(&header.date, || header.date.text(text));
        }
        let shape = *self.shape.get_or_insert(header.shape);
        if header.shape == shape {
            // The next header of the layout is most likely written like this one.
            if fresh {
                self.template = Template::new(text, header);
            }
            self.first.get_or_insert(line);
            if let Some(open) = self.start(line, text, header) {
                let first_message = self.open.is_none() && self.spans.is_empty();
                if first_message && self.first.is_some_and(|f| line.start > f.start) {
                    self.preamble(line);
                }
                self.close(end_before(line.start));
                self.open = Some(open);
            }
        } else if self.open.is_some()
            && text
                .get(header.rest_start..)
                .and_then(system::split_author)
                .is_some()
        {
            self.warn(
                WarningKind::OtherLayout,
                msg!("parse-other-layout", line = id(line.number as i64)),
            );
        }
    }

    fn warn(&mut self, kind: WarningKind, text: Words) {
        self.warnings.push(kind, text);
        self.line_warnings += 1;
    }

    /// A new message from a header of the paste's layout, or None (with a warning) when its
    /// date or time cannot exist.
    fn start(&mut self, line: Line, text: &str, h: &RawHeader) -> Option<Open> {
        let order = self.order_for(&h.date, h.shape.year_first);
        if !self.is_real(&h.date, h.shape.year_first, order) {
            self.warn(
                WarningKind::ImpossibleDate,
                msg!(
                    "parse-impossible-date",
                    line = id(line.number as i64),
                    date = h.date.text(text)
                ),
            );
            return None;
        }
        let Some(time) = datetime::to_time(&h.time) else {
            self.warn(
                WarningKind::ImpossibleTime,
                msg!(
                    "parse-impossible-time",
                    line = id(line.number as i64),
                    time = format!("{}:{:02}", h.time.hour, h.time.minute)
                ),
            );
            return None;
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
            line_end: line.end,
            when: When {
                // Read as at most four digits each.
                date: h.date.fields.map(|f| u16::try_from(f).unwrap_or(u16::MAX)),
                time: time.num_seconds_from_midnight(),
                seconds: h.shape.seconds,
            },
            author,
            text_start,
        })
    }

    /// Whether the date exists; consecutive messages mostly share a day, so the last answer
    /// is kept.
    fn is_real(&mut self, date: &RawDate, year_first: bool, order: DateOrder) -> bool {
        let asked = (date.fields, year_first, order);
        match self.last_date {
            Some((last, real)) if last == asked => real,
            _ => {
                let real = datetime::to_date(date.fields, year_first, order).is_some();
                self.last_date = Some((asked, real));
                real
            }
        }
    }

    /// The order to check a date against. A date with one field above 12 reads only one way
    /// and proves that order for the paste (the first such date settles the guess; one that
    /// proves the other order makes the guess fail). Any other date reads as a real date in
    /// both orders or in neither, so either order will do.
    fn order_for(&mut self, date: &RawDate, year_first: bool) -> DateOrder {
        let [first, second, _] = date.fields;
        let proves = match (first > 12, second > 12) {
            _ if year_first => None,
            (true, false) => Some(DateOrder::Dmy),
            (false, true) => Some(DateOrder::Mdy),
            _ => None,
        };
        match (proves, self.order) {
            (None, order) => order.unwrap_or(self.opts.date_order),
            (Some(proved), None) => *self.order.insert(proved),
            (Some(proved), Some(order)) => {
                self.disagreed |= proved != order;
                order
            }
        }
    }

    fn preamble(&mut self, first_message: Line) {
        let Some(first) = self.first else {
            return;
        };
        let end = end_before(first_message.start);
        self.spans
            .push(unheaded(self.paste, first.start, end, first.number));
        self.preamble_lines = Some(first_message.number - first.number);
    }

    /// Ends the open message at `end`; settles whether WhatsApp wrote it.
    fn close(&mut self, end: usize) {
        let Some(open) = self.open.take() else {
            return;
        };
        let (start, end) = trimmed(self.paste, open.text_start, end);
        let words = &self.paste[start..end];
        let mut author = open.author;
        let mut system = author.is_none();
        // Only iOS (the bracketed layouts) writes WhatsApp's own messages with a name in the
        // author slot; on Android a line with an author is someone's words, whatever they say.
        if let Some((name_start, name_end)) = author
            && self.shape.is_some_and(|shape| shape.bracketed)
        {
            let name = &self.paste[name_start..name_end];
            let paste = self.paste;
            let phrases = self
                .phrases
                .get_or_insert_with(|| NoticePhrases::find(paste));
            let notice = system::is_notice(words, phrases.within(start, end));
            if notice || system::is_own_group_event(words, name) {
                if notice && !self.notice_slots.contains(&name) {
                    self.notice_slots.push(name);
                }
                author = None;
                system = true;
            }
        }
        // The placeholder checks read the first line, when the text starts on the header's.
        let media = if system {
            None
        } else if start < open.line_end {
            media::detect_media_from(words, end.min(open.line_end) - start)
        } else {
            media::detect_media(words)
        };
        let year_first = self.shape.is_some_and(|shape| shape.year_first);
        if self.order.is_none() && !year_first {
            self.provisional.push((self.spans.len(), open.when));
        }
        let order = self.order.unwrap_or(self.opts.date_order);
        self.spans.push(Span {
            line: pos(open.line),
            stamp: self.stamps.write(open.when, year_first, order),
            author: author.map(|(start, end)| (pos(start), pos(end))),
            text: (pos(start), pos(end)),
            system,
            media,
        });
    }

    /// Whether the guesses held, judged on the whole paste.
    fn verdict(&self) -> Verdict {
        let Some((shape, evidence)) = self.tally.dominant() else {
            return Verdict::NoHeaders;
        };
        let dates = if shape.year_first {
            OrderDecision {
                order: self.opts.date_order,
                warning: None,
            }
        } else {
            evidence.clone().decide(self.opts.date_order)
        };
        let guessed_right = self.shape == Some(shape)
            && !self.disagreed
            && self.order.is_none_or(|order| order == dates.order)
            // The date-order warning comes before those about lines: with both, cut again
            // knowing it (rare: a paste whose dates never settle the order, with odd lines).
            && (dates.warning.is_none() || self.line_warnings == 0);
        if self.redo || guessed_right {
            Verdict::Holds(dates)
        } else {
            Verdict::Redo(Plan { shape, dates })
        }
    }

    fn finish(mut self, dates: OrderDecision) -> Cut {
        if !self.redo
            && let Some(warning) = dates.warning
        {
            // No warning about lines was raised (see `verdict`): this one comes first.
            self.warnings.push(WarningKind::DateOrder, warning);
        }
        if self.spans.is_empty() {
            return match (self.first, self.last) {
                (Some(first), Some(last)) => headerless(self.paste, first, last, self.warnings),
                _ => Cut::default(),
            };
        }
        if let Some(count) = self.preamble_lines {
            self.warnings.push(
                WarningKind::Paste,
                msg!("parse-no-header-lines", count = count),
            );
        }
        // Only iOS (the bracketed layouts) writes the chat's name in the author slot; Android
        // writes WhatsApp's own messages without one.
        if self.shape.is_some_and(|shape| shape.bracketed) {
            chat_name::mark_chat_name_authors(self.paste, &mut self.spans, &self.notice_slots);
        }
        if dates.order != self.opts.date_order {
            let year_first = self.shape.is_some_and(|shape| shape.year_first);
            for &(index, when) in &self.provisional {
                if let Some(stamp) = self.spans.get_mut(index).and_then(|s| s.stamp.as_mut()) {
                    self.stamps
                        .rewrite_date(stamp, when, year_first, dates.order);
                }
            }
        }
        Cut {
            spans: self.spans,
            stamps: self.stamps.finish(),
            warnings: self.warnings.finish(),
        }
    }

    fn headerless(self) -> Cut {
        match (self.first, self.last) {
            (Some(first), Some(last)) => headerless(self.paste, first, last, self.warnings),
            _ => Cut::default(),
        }
    }
}

/// A paste with no usable header is one message: a customer's words copied without a header.
fn headerless(paste: &str, first: Line, last: Line, mut warnings: Warnings) -> Cut {
    warnings.push(WarningKind::Paste, msg!("parse-no-headers"));
    Cut {
        spans: vec![unheaded(paste, first.start, last.end, first.number)],
        stamps: String::new(),
        warnings: warnings.finish(),
    }
}

/// Lines without a header, kept as one message without author.
fn unheaded(paste: &str, start: usize, end: usize, line: usize) -> Span {
    let (start, end) = trimmed(paste, start, end);
    Span {
        line: pos(line),
        stamp: None,
        author: None,
        text: (pos(start), pos(end)),
        system: false,
        media: media::detect_media(&paste[start..end]),
    }
}

/// Where the text of `paste[start..end]` is once trimmed.
fn trimmed(paste: &str, start: usize, end: usize) -> (usize, usize) {
    let inner = lines::trim(&paste[start..end]);
    let inner_start = offset_in(paste, inner);
    (inner_start, inner_start + inner.len())
}

/// Where the line before the one starting at `line_start` ends (before its LF).
fn end_before(line_start: usize) -> usize {
    line_start.saturating_sub(1)
}

/// Where `part`, a slice of `paste`, starts in it.
fn offset_in(paste: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(paste.as_ptr() as usize)
}
