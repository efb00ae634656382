//! Recognises the timestamp header that starts a WhatsApp message, in every layout we know:
//!
//! - Android export: `12/01/2024, 14:05 - Mei: hi` (comma optional, `klo` in Finnish);
//! - iOS export: `[12/01/2024, 14:05:09] Mei: hi`;
//! - WhatsApp Web/Desktop and phone copies: `[2:05 PM, 1/12/2024] Mei: hi` (time first).
//!
//! A line is only a *candidate* here. Which candidates really start messages is decided for
//! the whole paste (see [`ShapeTally`]): a continuation line such as `Total: $80` never
//! matches, and one that starts with a date in another layout is outvoted by the paste's own.
//!
//! The reader is a hand-written scan over the line's bytes, one look at each. It reads
//! exactly what these two patterns match, with the same choices where they could match in
//! more than one way (`\s` and `\d` in their Unicode meaning):
//!
//! ```text
//! date first: ^(\[)?\s*DATE(?:(,)\s*|\s+)(?:(klo)\s+)?TIME(?:\s*(\])\s?|\s+[-–](?:\s|$))
//! time first: ^\[\s*TIME(,)?\s*DATE\s*\]\s?
//! DATE = (\d{1,4})([./-])(\d{1,2})([./-])(\d{1,4})
//! TIME = (\d{1,2})([:.])(\d{2})(?:[:.](\d{2}))?(?:\s*([aApP]\.?\s?[mM]\.?))?
//! ```
//!
//! A separator is never a digit, so a greedy `\d{1,4}` before one can only end where the run
//! of digits ends; and every optional part is taken whenever it is there, because leaving it
//! out leaves a character that nothing after it accepts. So one pass without backtracking
//! finds what the patterns would. `tests/chat_parse.rs` checks this against the patterns
//! themselves on random lines.

/// The layout of a header, without its values. All headers of one export share it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Shape {
    pub bracketed: bool,
    pub time_first: bool,
    pub date_separator: u8,
    /// `2024-01-12`: a four-digit first field is always a year.
    pub year_first: bool,
    pub year_digits: u8,
    pub comma: bool,
    pub klo: bool,
    pub seconds: bool,
    pub twelve_hour: bool,
    pub time_separator: u8,
}

/// The three date fields as written, left to right, and where the date stands in its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDate {
    pub fields: [u32; 3],
    pub start: usize,
    pub end: usize,
}

impl RawDate {
    /// The date as written (`12/01/2024`), for messages about it.
    pub fn text(self, line: &str) -> &str {
        line.get(self.start..self.end).unwrap_or("")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meridiem {
    Am,
    Pm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawTime {
    pub hour: u32,
    pub minute: u32,
    pub second: Option<u32>,
    pub meridiem: Option<Meridiem>,
}

/// A line that starts with something shaped like a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawHeader {
    pub shape: Shape,
    pub date: RawDate,
    pub time: RawTime,
    /// Byte offset in the line where the author (or the system text) starts.
    pub rest_start: usize,
}

/// Reads a header at the start of `line`, or None when the line cannot be one.
pub(crate) fn recognize(line: &str) -> Option<RawHeader> {
    if !digit_leads(line) {
        return None;
    }
    recognize_any(line)
}

fn recognize_any(line: &str) -> Option<RawHeader> {
    let mut found = Found::default();
    if date_first(line, &mut found).is_some() {
        // "[date time - " or "date time]" are half of two layouts; neither is real.
        if found.open != found.close {
            return None;
        }
        return build(&found, found.open, false);
    }
    found = Found::default();
    time_first(line, &mut found)?;
    build(&found, true, true)
}

/// Most lines of a long chat are continuations; give up at once unless a digit leads
/// (after white space and `[`s).
#[inline]
fn digit_leads(line: &str) -> bool {
    match line.as_bytes() {
        [b'0'..=b'9', ..] | [b'[', b'0'..=b'9', ..] => true,
        [first, ..] if first.is_ascii_graphic() && *first != b'[' => false,
        _ => {
            let lead = line.trim_start().trim_start_matches('[').trim_start();
            lead.starts_with(|c: char| c.is_ascii_digit())
        }
    }
}

/// A number read from the line: its value (or [`NOT_READ`]) and how many bytes it takes.
#[derive(Debug, Clone, Copy, Default)]
struct Number {
    value: u32,
    len: usize,
}

/// The value of a number with a digit of another script in it: it matches `\d`, but it is
/// no number we read, so a header with one is refused (or, in the seconds, left out).
const NOT_READ: u32 = u32::MAX;

impl Number {
    fn read(self) -> Option<u32> {
        (self.value != NOT_READ).then_some(self.value)
    }
}

/// What a header pattern captured.
#[derive(Debug, Clone, Copy, Default)]
struct Found {
    open: bool,
    close: bool,
    comma: bool,
    klo: bool,
    date: [Number; 3],
    date_start: usize,
    separators: [u8; 2],
    hour: Number,
    time_separator: u8,
    minute: Number,
    second: Option<Number>,
    meridiem: Option<Meridiem>,
    end: usize,
}

/// `[date, time] ` or `date, time - `, with an optional `klo` before the time.
#[inline]
fn date_first(line: &str, found: &mut Found) -> Option<()> {
    let mut s = Scan::new(line);
    found.open = s.eat(b'[');
    s.skip_spaces();
    s.date(found)?;
    found.comma = s.eat(b',');
    if found.comma {
        s.skip_spaces();
    } else if s.skip_spaces() == 0 {
        return None;
    }
    found.klo = s.rest().starts_with(b"klo") && s.space_at(s.pos + 3) > 0;
    if found.klo {
        s.pos += 3;
        s.skip_spaces();
    }
    s.time(found)?;
    let after_time = s.pos;
    s.skip_spaces();
    found.close = s.eat(b']');
    if found.close {
        s.skip_one_space();
    } else {
        s.pos = after_time;
        if s.skip_spaces() == 0 || !(s.eat(b'-') || s.eat_str("\u{2013}")) {
            return None;
        }
        if !s.at_end() && !s.skip_one_space() {
            return None;
        }
    }
    found.end = s.pos;
    Some(())
}

/// `[time, date] `: what WhatsApp Web, Desktop and the phone's "copy" put on the clipboard.
fn time_first(line: &str, found: &mut Found) -> Option<()> {
    let mut s = Scan::new(line);
    if !s.eat(b'[') {
        return None;
    }
    s.skip_spaces();
    s.time(found)?;
    found.comma = s.eat(b',');
    s.skip_spaces();
    s.date(found)?;
    s.skip_spaces();
    if !s.eat(b']') {
        return None;
    }
    s.skip_one_space();
    (found.open, found.close, found.end) = (true, true, s.pos);
    Some(())
}

#[inline]
fn build(found: &Found, bracketed: bool, time_first: bool) -> Option<RawHeader> {
    let [s1, s2] = found.separators;
    if s2 != s1 {
        return None;
    }
    let [a, b, c] = found.date;
    let year_first = a.len == 4;
    let year_digits = if year_first { 4 } else { c.len };
    // Year-first has a one- or two-digit day last; otherwise the year is last and has 2 or 4.
    let valid_lengths = if year_first {
        c.len <= 2
    } else {
        a.len <= 2 && (c.len == 2 || c.len == 4)
    };
    if !valid_lengths {
        return None;
    }
    let date = RawDate {
        fields: [a.read()?, b.read()?, c.read()?],
        start: found.date_start,
        end: found.date_start + a.len + 1 + b.len + 1 + c.len,
    };
    let time = RawTime {
        hour: found.hour.read()?,
        minute: found.minute.read()?,
        second: found.second.and_then(Number::read),
        meridiem: found.meridiem,
    };
    let shape = Shape {
        bracketed,
        time_first,
        date_separator: s1,
        year_first,
        year_digits: u8::try_from(year_digits).ok()?,
        comma: found.comma,
        klo: found.klo,
        seconds: time.second.is_some(),
        twelve_hour: time.meridiem.is_some(),
        time_separator: found.time_separator,
    };
    Some(RawHeader {
        shape,
        date,
        time,
        rest_start: found.end,
    })
}

/// A cursor over one line.
struct Scan<'a> {
    line: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Scan<'a> {
    fn new(line: &'a str) -> Scan<'a> {
        Scan {
            line,
            bytes: line.as_bytes(),
            pos: 0,
        }
    }

    #[inline(always)]
    fn rest(&self) -> &[u8] {
        self.bytes.get(self.pos..).unwrap_or_default()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    #[inline(always)]
    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.bytes.get(self.pos) == Some(&byte);
        self.pos += usize::from(hit);
        hit
    }

    fn eat_str(&mut self, text: &str) -> bool {
        let hit = self.rest().starts_with(text.as_bytes());
        if hit {
            self.pos += text.len();
        }
        hit
    }

    #[inline(always)]
    fn eat_if(&mut self, wanted: impl Fn(u8) -> bool) -> Option<u8> {
        let byte = *self.bytes.get(self.pos)?;
        wanted(byte).then(|| {
            self.pos += 1;
            byte
        })
    }

    /// The length of the `\s` character at `at`, or 0.
    #[inline(always)]
    fn space_at(&self, at: usize) -> usize {
        match self.bytes.get(at) {
            Some(b' ' | b'\t'..=b'\r') => 1,
            Some(&b) if b >= 0x80 => other_space_at(self.line, at),
            _ => 0,
        }
    }

    /// `\s*`: returns how many were skipped.
    #[inline(always)]
    fn skip_spaces(&mut self) -> usize {
        let mut count = 0;
        loop {
            let len = self.space_at(self.pos);
            if len == 0 {
                return count;
            }
            self.pos += len;
            count += 1;
        }
    }

    /// `\s?`
    #[inline(always)]
    fn skip_one_space(&mut self) -> bool {
        let len = self.space_at(self.pos);
        self.pos += len;
        len > 0
    }

    /// `\d{1,max}` before a character that is never a digit: the whole run, or None when it
    /// is empty or longer than `max`.
    #[inline(always)]
    fn run(&mut self, max: usize) -> Option<Number> {
        let start = self.pos;
        let mut end = start;
        let mut value = 0u32;
        while let Some(&b) = self.bytes.get(end)
            && b.is_ascii_digit()
            && end - start < max
        {
            value = value * 10 + u32::from(b - b'0');
            end += 1;
        }
        match self.bytes.get(end) {
            // Another digit after `max` of them, or one of another script: the slow way.
            Some(&b) if b.is_ascii_digit() => return None,
            Some(&b) if b >= 0x80 => return self.run_of_any_digits(max),
            _ if end == start => return None,
            _ => {}
        }
        self.pos = end;
        Some(Number {
            value,
            len: end - start,
        })
    }

    /// [`Scan::run`] when a non-ASCII character follows the ASCII digits.
    #[cold]
    fn run_of_any_digits(&mut self, max: usize) -> Option<Number> {
        let start = self.pos;
        let mut value = 0;
        let mut count = 0;
        while let Some((len, digit)) = digit_at(self.line, self.pos) {
            count += 1;
            if count > max {
                self.pos = start;
                return None;
            }
            value = if value == NOT_READ || digit == NOT_READ {
                NOT_READ
            } else {
                value * 10 + digit
            };
            self.pos += len;
        }
        (count > 0).then_some(Number {
            value,
            len: self.pos - start,
        })
    }

    /// `\d{2}`: exactly two digits, whatever follows.
    #[inline(always)]
    fn two_digits(&mut self) -> Option<Number> {
        let start = self.pos;
        if let Some(&[a, b]) = self.bytes.get(start..start + 2)
            && a.is_ascii_digit()
            && b.is_ascii_digit()
        {
            self.pos = start + 2;
            let value = u32::from(a - b'0') * 10 + u32::from(b - b'0');
            return Some(Number { value, len: 2 });
        }
        let (first_len, first) = digit_at(self.line, start)?;
        let (second_len, second) = digit_at(self.line, start + first_len)?;
        self.pos = start + first_len + second_len;
        let value = if first == NOT_READ || second == NOT_READ {
            NOT_READ
        } else {
            first * 10 + second
        };
        Some(Number {
            value,
            len: first_len + second_len,
        })
    }

    /// DATE: three numbers and the two separators between them.
    #[inline]
    fn date(&mut self, found: &mut Found) -> Option<()> {
        let separator = |b: u8| matches!(b, b'.' | b'/' | b'-');
        found.date_start = self.pos;
        found.date[0] = self.run(4)?;
        found.separators[0] = self.eat_if(separator)?;
        found.date[1] = self.run(2)?;
        found.separators[1] = self.eat_if(separator)?;
        found.date[2] = self.run(4)?;
        Some(())
    }

    /// TIME: hour, separator, minute, optional seconds, optional AM/PM in any spelling.
    #[inline]
    fn time(&mut self, found: &mut Found) -> Option<()> {
        let separator = |b: u8| matches!(b, b':' | b'.');
        found.hour = self.run(2)?;
        found.time_separator = self.eat_if(separator)?;
        found.minute = self.two_digits()?;
        // `(?:[:.](\d{2}))?`
        let before = self.pos;
        found.second = self.eat_if(separator).and_then(|_| self.two_digits());
        if found.second.is_none() {
            self.pos = before;
        }
        found.meridiem = self.meridiem();
        Some(())
    }

    /// `(?:\s*([aApP]\.?\s?[mM]\.?))?`
    #[inline]
    fn meridiem(&mut self) -> Option<Meridiem> {
        let start = self.pos;
        self.skip_spaces();
        let meridiem = match self.eat_if(|b| matches!(b, b'a' | b'A' | b'p' | b'P')) {
            Some(b'a' | b'A') => Meridiem::Am,
            Some(_) => Meridiem::Pm,
            None => {
                self.pos = start;
                return None;
            }
        };
        self.eat(b'.');
        self.skip_one_space();
        if self.eat_if(|b| matches!(b, b'm' | b'M')).is_none() {
            self.pos = start;
            return None;
        }
        self.eat(b'.');
        Some(meridiem)
    }
}

/// The length of the `\d` character at `at` and its value ([`NOT_READ`] outside ASCII).
fn digit_at(line: &str, at: usize) -> Option<(usize, u32)> {
    match *line.as_bytes().get(at)? {
        b @ b'0'..=b'9' => Some((1, u32::from(b - b'0'))),
        b if b < 0x80 => None,
        _ => {
            let c = line.get(at..)?.chars().next()?;
            is_other_decimal_digit(c).then(|| (c.len_utf8(), NOT_READ))
        }
    }
}

/// A non-ASCII `\s` at `at`: its length, or 0. These are all of them: U+0085, U+00A0 (the
/// no-break space), U+1680, U+2000–U+200A, U+2028, U+2029, U+202F (the narrow one phones put
/// before AM/PM), U+205F and U+3000.
#[inline]
fn other_space_at(line: &str, at: usize) -> usize {
    match line.as_bytes().get(at..).unwrap_or_default() {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// `\d` outside ASCII: the decimal digits of other scripts (Unicode category Nd), which
/// Unicode assigns in runs of ten. The first digit of each run; a test checks the table
/// against the regex crate's `\d`.
const OTHER_DIGIT_RUNS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

fn is_other_decimal_digit(c: char) -> bool {
    let c = u32::from(c);
    let runs_started = OTHER_DIGIT_RUNS.partition_point(|&first| first <= c);
    runs_started > 0 && c - OTHER_DIGIT_RUNS[runs_started - 1] < 10
}

/// The last header read, kept to read the next one: an export writes every header the same
/// way, so most header lines differ from the previous one only in some digits. A line with
/// the same bytes wherever the template's header has anything but a digit, and a digit
/// wherever it has one, is read exactly as the template's line was, with its own numbers:
/// checking that is one pass over some twenty bytes. Any other line goes to [`recognize`].
#[derive(Debug, Clone)]
pub(crate) struct Template<'a> {
    /// The header part of the template's line (up to `rest_start`).
    head: &'a [u8],
    /// The same, eight bytes a word (zero after its end), and where its digits are (0xFF).
    words: [u64; TEMPLATE_WORDS],
    digits: [u64; TEMPLATE_WORDS],
    header: RawHeader,
    /// Where the date fields, hour, minute and seconds stand in `head`: (start, length).
    numbers: [(usize, usize); 6],
    /// The header ran to the end of its line (a dash and nothing after it): a line with more
    /// after the same header would read otherwise.
    ended_line: bool,
    /// The header ended with `]` and no space after it, though it could have taken one: a
    /// line with a space there would read otherwise.
    space_could_follow: bool,
}

/// Headers longer than this many words of eight bytes get no template (only a header with
/// a long run of spaces in it could be).
const TEMPLATE_WORDS: usize = 8;

impl<'a> Template<'a> {
    /// A template from a line and the header [`recognize`] read in it; None when the header
    /// has digits the template cannot follow (of another script), or is very long.
    pub fn new(line: &'a str, header: &RawHeader) -> Option<Template<'a>> {
        let head = line.as_bytes().get(..header.rest_start)?;
        if head.len() > TEMPLATE_WORDS * 8 {
            return None;
        }
        let mut words = [0u64; TEMPLATE_WORDS];
        let mut digits = [0u64; TEMPLATE_WORDS];
        for (i, chunk) in head.chunks(8).enumerate() {
            let mut word = [0u8; 8];
            let mut digit = [0u8; 8];
            for (j, &b) in chunk.iter().enumerate() {
                word[j] = b;
                digit[j] = if b.is_ascii_digit() { 0xFF } else { 0 };
            }
            words[i] = u64::from_le_bytes(word);
            digits[i] = u64::from_le_bytes(digit);
        }
        let mut runs = [(0, 0); 6];
        let mut count = 0;
        let mut at = 0;
        while at < head.len() {
            let len = head[at..].iter().take_while(|b| b.is_ascii_digit()).count();
            if len > 0 {
                *runs.get_mut(count)? = (at, len);
                count += 1;
                at += len;
            } else {
                at += 1;
            }
        }
        if count != 5 + usize::from(header.shape.seconds) {
            return None;
        }
        // Date first: a, b, c, hour, minute[, second]; time first: hour, minute[, second], a, b, c.
        let numbers = match (header.shape.time_first, header.shape.seconds) {
            (false, _) => runs,
            (true, true) => {
                let [hour, minute, second, a, b, c] = runs;
                [a, b, c, hour, minute, second]
            }
            (true, false) => {
                let [hour, minute, a, b, c, _] = runs;
                [a, b, c, hour, minute, (0, 0)]
            }
        };
        let template = Template {
            head,
            words,
            digits,
            header: *header,
            numbers,
            ended_line: head.len() == line.len(),
            space_could_follow: head.last() == Some(&b']'),
        };
        // The numbers read back must be the header's own.
        (template.read(line) == Some(*header)).then_some(template)
    }

    /// The header at the start of `line` if it is written like the template's; None when
    /// it is not (which does not mean it is no header: ask [`recognize`]).
    #[inline]
    pub fn read(&self, line: &str) -> Option<RawHeader> {
        let bytes = line.as_bytes();
        let head = bytes.get(..self.head.len())?;
        if self.ended_line && bytes.len() != head.len() {
            return None;
        }
        if self.space_could_follow && Scan::new(line).space_at(head.len()) > 0 {
            return None;
        }
        // Eight bytes at a time: equal where the template has no digit, a digit where it has.
        const LOW: u64 = 0x0F0F_0F0F_0F0F_0F0F;
        let words = head.len().div_ceil(8);
        for i in 0..words {
            let at = i * 8;
            let word = match bytes.get(at..at + 8) {
                Some(eight) => u64::from_le_bytes(eight.try_into().ok()?),
                None => {
                    let mut word = [0u8; 8];
                    let rest = &bytes[at..];
                    word[..rest.len()].copy_from_slice(rest);
                    u64::from_le_bytes(word)
                }
            };
            // Bytes past the header's end count for nothing.
            let word = if at + 8 > head.len() {
                word & (u64::MAX >> (8 * (at + 8 - head.len())))
            } else {
                word
            };
            let digits = self.digits[i];
            let others_differ = (word ^ self.words[i]) & !digits != 0;
            // A digit byte is 0x30..=0x39: high nibble 3, low nibble below 10 (adding 6 to it
            // then stays below 16).
            let not_high_3 = ((word & !LOW) ^ 0x3030_3030_3030_3030) & digits != 0;
            let low_over_9 =
                ((word & LOW) + 0x0606_0606_0606_0606) & 0x1010_1010_1010_1010 & digits != 0;
            if others_differ || not_high_3 || low_over_9 {
                return None;
            }
        }
        let number = |(start, len): (usize, usize)| {
            let mut value = 0u32;
            for &d in &head[start..start + len] {
                value = value * 10 + u32::from(d - b'0');
            }
            value
        };
        let [a, b, c, hour, minute, second] = self.numbers;
        let mut header = self.header;
        header.date.fields = [number(a), number(b), number(c)];
        header.time.hour = number(hour);
        header.time.minute = number(minute);
        if header.time.second.is_some() {
            header.time.second = Some(number(second));
        }
        Some(header)
    }
}

/// Counts candidate headers per layout, in the order the layouts were first seen, and picks
/// the paste's own: the layout most candidate lines share, ties to the one seen first. A paste
/// is one export or one copy, so its real headers all have one layout, while look-alike lines
/// inside messages are few and usually of another.
#[derive(Debug, Default)]
pub(crate) struct ShapeTally<T> {
    /// A paste holds a handful of distinct layouts at most, so a short list beats hashing
    /// every header; it also keeps first-seen order for the tie-break.
    counts: Vec<(Shape, usize, T)>,
    last: usize,
}

impl<T: Default> ShapeTally<T> {
    /// Counts one header and returns what is kept beside its layout's count.
    pub fn count(&mut self, shape: Shape) -> &mut T {
        // Consecutive headers nearly always share a layout: look at the last one first.
        let index = match self.counts.get(self.last) {
            Some((seen, _, _)) if *seen == shape => self.last,
            _ => match self.counts.iter().position(|(seen, _, _)| *seen == shape) {
                Some(index) => index,
                None => {
                    self.counts.push((shape, 0, T::default()));
                    self.counts.len() - 1
                }
            },
        };
        self.last = index;
        let (_, count, kept) = &mut self.counts[index];
        *count += 1;
        kept
    }

    /// The dominant layout and what was kept beside it.
    pub fn dominant(&self) -> Option<(Shape, &T)> {
        let best = self.counts.iter().map(|(_, count, _)| *count).max()?;
        self.counts
            .iter()
            .find(|(_, count, _)| *count == best)
            .map(|(shape, _, kept)| (*shape, kept))
    }
}

/// The header patterns themselves, run by the regex crate: the reference the byte scan is
/// checked against (here on random lines, and in `reference` on whole pastes).
#[cfg(test)]
pub(super) mod patterns {
    use std::sync::LazyLock;

    use proptest::prelude::*;
    use regex::{Captures, Regex};

    use super::{Meridiem, RawDate, RawHeader, RawTime, Shape};

    const TIME: &str = r"(?P<h>\d{1,2})(?P<ts>[:.])(?P<mi>\d{2})(?:[:.](?P<sec>\d{2}))?(?:\s*(?P<ap>[aApP]\.?\s?[mM]\.?))?";
    const DATE: &str = r"(?P<a>\d{1,4})(?P<s1>[./-])(?P<b>\d{1,2})(?P<s2>[./-])(?P<c>\d{1,4})";

    static DATE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(
            r"^(?P<open>\[)?\s*{DATE}(?:(?P<comma>,)\s*|\s+)(?:(?P<klo>klo)\s+)?{TIME}(?:\s*(?P<close>\])\s?|\s+[-–](?:\s|$))"
        );
        Regex::new(&pattern).unwrap_or_else(|e| panic!("{e}"))
    });

    static TIME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"^\[\s*{TIME}(?P<comma>,)?\s*{DATE}\s*\]\s?");
        Regex::new(&pattern).unwrap_or_else(|e| panic!("{e}"))
    });

    /// Pieces that make header-like lines: every part of a header, the characters that sit
    /// between them, digits and spaces of other scripts, and anything else.
    pub fn header_piece() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => "[0-9]{1,5}",
            2 => "[/.:,-]",
            1 => Just("[".to_string()),
            1 => Just("]".to_string()),
            1 => Just(" ".to_string()),
            1 => Just(", ".to_string()),
            1 => Just(" - ".to_string()),
            1 => Just(" \u{2013} ".to_string()),
            1 => prop::sample::select(vec!["\u{202f}", "\u{a0}", "\u{3000}", "\t", "\u{85}"]).prop_map(str::to_string),
            1 => prop::sample::select(vec!["AM", "pm", "a. m.", "P.M.", "a.\u{a0}m.", "p", "m"]).prop_map(str::to_string),
            1 => Just("klo ".to_string()),
            1 => prop::sample::select(vec!["\u{663}", "\u{967}", "\u{ff11}", "\u{1d7ce}"]).prop_map(str::to_string),
            1 => Just("Mei: hi".to_string()),
            1 => "\\PC{0,3}",
        ]
    }

    pub fn recognize(line: &str) -> Option<RawHeader> {
        let lead = line.trim_start().trim_start_matches('[').trim_start();
        if !lead.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if let Some(caps) = DATE_FIRST.captures(line) {
            let bracketed = caps.name("open").is_some();
            if bracketed != caps.name("close").is_some() {
                return None;
            }
            return build(&caps, bracketed, false);
        }
        let caps = TIME_FIRST.captures(line)?;
        build(&caps, true, true)
    }

    fn build(caps: &Captures<'_>, bracketed: bool, time_first: bool) -> Option<RawHeader> {
        let text = |name: &str| caps.name(name).map_or("", |m| m.as_str());
        let number = |name: &str| text(name).parse::<u32>().ok();
        let separator = |name: &str| text(name).bytes().next();
        let date_separator = separator("s1")?;
        if separator("s2")? != date_separator {
            return None;
        }
        let (a, c) = (text("a").len(), text("c").len());
        let year_first = a == 4;
        let valid = if year_first {
            c <= 2
        } else {
            a <= 2 && (c == 2 || c == 4)
        };
        if !valid {
            return None;
        }
        let date = RawDate {
            fields: [number("a")?, number("b")?, number("c")?],
            start: caps.name("a")?.start(),
            end: caps.name("c")?.end(),
        };
        let meridiem = caps.name("ap").map(|m| {
            if m.as_str().starts_with(['a', 'A']) {
                Meridiem::Am
            } else {
                Meridiem::Pm
            }
        });
        let time = RawTime {
            hour: number("h")?,
            minute: number("mi")?,
            second: caps.name("sec").and_then(|m| m.as_str().parse().ok()),
            meridiem,
        };
        let shape = Shape {
            bracketed,
            time_first,
            date_separator,
            year_first,
            year_digits: u8::try_from(if year_first { 4 } else { c }).ok()?,
            comma: caps.name("comma").is_some(),
            klo: caps.name("klo").is_some(),
            seconds: time.second.is_some(),
            twelve_hour: meridiem.is_some(),
            time_separator: separator("ts")?,
        };
        Some(RawHeader {
            shape,
            date,
            time,
            rest_start: caps.get(0)?.end(),
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn header_like_line() -> impl Strategy<Value = String> {
        let lead = prop::sample::select(vec!["", "[", " ", "[ "]);
        (
            lead,
            proptest::collection::vec(patterns::header_piece(), 0..16),
        )
            .prop_map(|(lead, pieces)| format!("{lead}{}", pieces.concat()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn the_byte_scan_reads_what_the_patterns_match(line in header_like_line()) {
            prop_assert_eq!(recognize(&line), patterns::recognize(&line), "{:?}", line);
        }
    }

    /// Templates from real headers of every layout.
    fn templates() -> Vec<(&'static str, RawHeader)> {
        [
            "3/14/21, 8:05\u{202f}AM - x",
            "[14/03/2021, 08:05:52] x",
            "12/01/2024 14:05 - x",
            "2024-01-12, 14:05 -",
            "03.08.21, 12:30 - x",
            "[1/2/24, 9:41:12 p. m.]x",
            "[9:41 PM, 12/13/2023] x",
            "[09:41:07, 12.13.2023]",
            "12.1.2024 klo 14.05 - x",
        ]
        .into_iter()
        .map(|line| {
            (
                line,
                patterns::recognize(line).unwrap_or_else(|| panic!("{line}")),
            )
        })
        .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn a_template_reads_what_the_patterns_match(line in header_like_line()) {
            let expected = patterns::recognize(&line);
            for (template_line, header) in templates() {
                let template = Template::new(template_line, &header);
                prop_assert!(template.is_some(), "{:?}", template_line);
                if let Some(read) = template.and_then(|t| t.read(&line)) {
                    prop_assert_eq!(Some(read), expected, "{:?} {:?}", template_line, line);
                }
            }
        }
    }

    /// Real headers with one piece put in, taken out or replaced somewhere: the near misses
    /// the layout reader must leave to the general one.
    fn near_miss() -> impl Strategy<Value = String> {
        let bases = vec![
            "3/14/21, 8:05\u{202f}AM - Maya: hi",
            "[14/03/2021, 08:05:52] Maya: hi",
            "12/01/2024 14:05 - Mei: hi",
            "2024-01-12, 14:05 -",
            "[1/2/24, 9:41:12 p. m.]Ana: hola",
            "[9:41 PM, 12/13/2023] Mei: hi",
            "12.1.2024 klo 14.05 - Aino: moi",
        ];
        (
            prop::sample::select(bases),
            any::<prop::sample::Index>(),
            patterns::header_piece(),
            0u8..3,
        )
            .prop_map(|(base, at, piece, how)| {
                let mut chars: Vec<String> = base.chars().map(String::from).collect();
                let at = at.index(chars.len());
                match how {
                    0 => chars.insert(at, piece),
                    1 => {
                        chars.remove(at);
                    }
                    _ => chars[at] = piece,
                }
                chars.concat()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn near_misses_read_as_the_patterns_match(line in near_miss()) {
            let expected = patterns::recognize(&line);
            prop_assert_eq!(recognize(&line), expected, "{:?}", line);
            for (template_line, header) in templates() {
                if let Some(read) = Template::new(template_line, &header).and_then(|t| t.read(&line)) {
                    prop_assert_eq!(Some(read), expected, "{:?} {:?}", template_line, line);
                }
            }
        }
    }

    /// Real header layouts with every kind of variation, so the property above is also
    /// exercised on lines that do match.
    #[test]
    fn the_byte_scan_reads_real_headers_as_the_patterns_do() {
        let dates = [
            "12/01/2024",
            "1/4/23",
            "2024-01-12",
            "03.08.21",
            "12.1.2024",
            "1/13/24",
        ];
        let times = [
            "14:05",
            "2:05:09 PM",
            "7:02\u{202f}PM",
            "8:28 p.\u{a0}m.",
            "18.00",
            "9:41am",
        ];
        let mut seen = 0;
        let mut quick_reads = 0;
        for date in dates {
            for time in times {
                for line in [
                    format!("{date}, {time} - Mei: hi"),
                    format!("{date} {time} - Mei: hi"),
                    format!("[{date}, {time}] Mei: hi"),
                    format!("[{time}, {date}] Mei: hi"),
                    format!("{date} klo {time} - Aino: moi"),
                    format!("{date},{time} -"),
                ] {
                    let found = recognize(&line);
                    assert_eq!(found, patterns::recognize(&line), "{line:?}");
                    seen += usize::from(found.is_some());
                    // The header read through a template of itself reads the same.
                    if let Some(header) = found
                        && let Some(template) = Template::new(&line, &header)
                    {
                        assert_eq!(template.read(&line), Some(header), "{line:?}");
                        quick_reads += 1;
                    }
                }
            }
        }
        assert!(seen > 150, "{seen}");
        assert!(quick_reads > 100, "{quick_reads}");
    }

    fn header(line: &str) -> RawHeader {
        recognize(line).unwrap_or_else(|| panic!("no header in {line:?}"))
    }

    fn rest(line: &str) -> &str {
        &line[header(line).rest_start..]
    }

    #[test]
    fn android_layouts() {
        let line = "12/01/2024, 14:05 - Mei: hi";
        let h = header(line);
        assert_eq!(h.date.fields, [12, 1, 2024]);
        assert_eq!(h.date.text(line), "12/01/2024");
        assert_eq!((h.time.hour, h.time.minute, h.time.second), (14, 5, None));
        assert!(!h.shape.bracketed && h.shape.comma && !h.shape.twelve_hour);
        assert_eq!(rest("12/01/2024, 14:05 - Mei: hi"), "Mei: hi");
        assert_eq!(rest("12/01/2024 14:05 - Mei: hi"), "Mei: hi");
        assert!(!header("12/01/2024 14:05 - Mei: hi").shape.comma);
        assert_eq!(rest("1/4/23, 7:02\u{202f}PM - Ana: oi"), "Ana: oi");
        assert_eq!(
            rest("20/6/2017 8:28 p.\u{a0}m. - Michelle: test"),
            "Michelle: test"
        );
        assert_eq!(rest("03.08.21, 12:30 - Jonas: hallo"), "Jonas: hallo");
        assert_eq!(rest("2023-12-20, 5:46 p.m. - Farid: yo"), "Farid: yo");
        assert_eq!(rest("30/08/25 18.00 - Budi: halo"), "Budi: halo");
        assert_eq!(rest("12/01/2024, 14:05 -"), "");
        assert_eq!(
            rest("12/01/2024, 14:05 \u{2013} Mei: en dash"),
            "Mei: en dash"
        );
    }

    #[test]
    fn finnish_klo() {
        let h = header("12.1.2024 klo 14.05 - Aino: moi");
        assert!(h.shape.klo);
        assert_eq!(h.shape.time_separator, b'.');
        assert_eq!(rest("12.1.2024 klo 14.05 - Aino: moi"), "Aino: moi");
        assert_eq!(rest("[12.1.2024 klo 14.05.33] Aino: moi"), "Aino: moi");
    }

    #[test]
    fn ios_and_time_first_layouts() {
        let h = header("[12/01/2024, 2:05:09 PM] Mei: hi");
        assert!(h.shape.bracketed && h.shape.seconds && h.shape.twelve_hour);
        assert_eq!(h.time.meridiem, Some(Meridiem::Pm));
        assert_eq!(rest("[12/01/2024, 2:05:09 PM] Mei: hi"), "Mei: hi");
        let web = header("[9:41 PM, 12/13/2023] Mei: hi");
        assert!(web.shape.time_first);
        assert_eq!(web.date.fields, [12, 13, 2023]);
        assert_eq!(rest("[9:41 PM, 12/13/2023] Mei: hi"), "Mei: hi");
        assert_eq!(rest("[21:41, 13/12/2023] Mei: hi"), "Mei: hi");
    }

    #[test]
    fn things_that_are_not_headers() {
        for line in [
            "Total: $80",
            "Name: Mei",
            "12/01/2024 is my birthday",
            "[12/01/2024, 14:05 - Mei: half of each layout",
            "12/01/2024, 14:05] Mei: half of each layout",
            "12/01-2024, 14:05 - Mei: mixed separators",
            "123/01/2024, 14:05 - Mei: three-digit day",
            "12/01/202, 14:05 - Mei: three-digit year",
            "12/01/2024,14:05 Mei: no dash",
            "12/01/2024, 14:05 -Mei: no space after the dash",
            "12/0\u{663}/2024, 14:05 - Mei: an Arabic-Indic digit",
            "",
            "[",
            "1",
        ] {
            assert_eq!(recognize(line), None, "{line:?}");
        }
    }

    #[test]
    fn seconds_in_another_script_are_left_out() {
        let h = header("[12/01/2024, 14:05:\u{663}\u{663}] Mei: hi");
        assert_eq!(h.time.second, None);
        assert!(!h.shape.seconds);
    }

    #[test]
    fn the_space_bytes_are_unicode_white_space() {
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let text = c.encode_utf8(&mut buf);
            let expected = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(other_space_at(text, 0), expected, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn the_digit_table_is_unicode_nd() {
        let digit = regex::Regex::new(r"^\d$").unwrap_or_else(|e| panic!("{e}"));
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_other_decimal_digit(c),
                digit.is_match(c.encode_utf8(&mut buf)),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn the_most_common_shape_wins() {
        let lines = [
            "[12/01/2024, 14:05:00] Mei: a",
            "2024-01-12, 14:05 - Mei: b",
            "[12/01/2024, 14:06:00] Mei: c",
        ];
        let headers: Vec<RawHeader> = lines.iter().map(|l| header(l)).collect();
        let mut tally = ShapeTally::<()>::default();
        headers.iter().for_each(|h| *tally.count(h.shape) = ());
        assert_eq!(tally.dominant().map(|(s, _)| s), Some(headers[0].shape));
        assert_eq!(ShapeTally::<()>::default().dominant(), None);
        // A tie goes to the layout seen first.
        let mut tie = ShapeTally::<()>::default();
        tie.count(headers[1].shape);
        tie.count(headers[0].shape);
        assert_eq!(tie.dominant().map(|(s, _)| s), Some(headers[1].shape));
    }
}
