//! Recognises the timestamp header that starts a WhatsApp message, in every layout we know:
//!
//! - Android export: `12/01/2024, 14:05 - Mei: hi` (comma optional, `klo` in Finnish);
//! - iOS export: `[12/01/2024, 14:05:09] Mei: hi`;
//! - WhatsApp Web/Desktop and phone copies: `[2:05 PM, 1/12/2024] Mei: hi` (time first).
//!
//! A line is only a *candidate* here. Which candidates really start messages is decided for
//! the whole paste (see [`dominant_shape`]): a continuation line such as `Total: $80` never
//! matches, and one that starts with a date in another layout is outvoted by the paste's own.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// The layout of a header, without its values. All headers of one export share it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Shape {
    pub bracketed: bool,
    pub time_first: bool,
    pub date_separator: char,
    /// `2024-01-12`: a four-digit first field is always a year.
    pub year_first: bool,
    pub year_digits: u8,
    pub comma: bool,
    pub klo: bool,
    pub seconds: bool,
    pub twelve_hour: bool,
    pub time_separator: char,
}

/// The three date fields as written, left to right, with the text they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawDate {
    pub fields: [u32; 3],
    pub text: String,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawHeader {
    pub shape: Shape,
    pub date: RawDate,
    pub time: RawTime,
    /// Byte offset in the line where the author (or the system text) starts.
    pub rest_start: usize,
}

// `\s` is Unicode White_Space here, so U+00A0 and U+202F (which newer exports put before
// AM/PM) count as spaces without being listed.
const TIME: &str = r"(?P<h>\d{1,2})(?P<ts>[:.])(?P<mi>\d{2})(?:[:.](?P<sec>\d{2}))?(?:\s*(?P<ap>[aApP]\.?\s?[mM]\.?))?";
const DATE: &str = r"(?P<a>\d{1,4})(?P<s1>[./-])(?P<b>\d{1,2})(?P<s2>[./-])(?P<c>\d{1,4})";

/// A compiled header pattern with its capture groups resolved to indices once, because
/// looking groups up by name on every line showed up in profiles.
struct HeaderPattern {
    regex: Regex,
    groups: Groups,
}

#[derive(Clone, Copy)]
struct Groups {
    open: Option<usize>,
    close: Option<usize>,
    a: usize,
    s1: usize,
    b: usize,
    s2: usize,
    c: usize,
    comma: usize,
    klo: Option<usize>,
    h: usize,
    ts: usize,
    mi: usize,
    sec: usize,
    ap: usize,
}

impl HeaderPattern {
    fn new(pattern: &str) -> HeaderPattern {
        let regex = Regex::new(pattern).unwrap_or_else(|e| unreachable!("header regex: {e}"));
        let index = |name: &str| regex.capture_names().position(|n| n == Some(name));
        let must = |name: &str| index(name).unwrap_or_else(|| unreachable!("group {name}"));
        let groups = Groups {
            open: index("open"),
            close: index("close"),
            a: must("a"),
            s1: must("s1"),
            b: must("b"),
            s2: must("s2"),
            c: must("c"),
            comma: must("comma"),
            klo: index("klo"),
            h: must("h"),
            ts: must("ts"),
            mi: must("mi"),
            sec: must("sec"),
            ap: must("ap"),
        };
        HeaderPattern { regex, groups }
    }
}

/// `[date, time] ` or `date, time - `, with an optional `klo` before the time.
static DATE_FIRST: LazyLock<HeaderPattern> = LazyLock::new(|| {
    HeaderPattern::new(&format!(
        r"^(?P<open>\[)?\s*{DATE}(?:(?P<comma>,)\s*|\s+)(?:(?P<klo>klo)\s+)?{TIME}(?:\s*(?P<close>\])\s?|\s+[-–](?:\s|$))"
    ))
});

/// `[time, date] `: what WhatsApp Web, Desktop and the phone's "copy" put on the clipboard.
static TIME_FIRST: LazyLock<HeaderPattern> =
    LazyLock::new(|| HeaderPattern::new(&format!(r"^\[\s*{TIME}(?P<comma>,)?\s*{DATE}\s*\]\s?")));

/// Reads a header at the start of `line`, or None when the line cannot be one.
pub(crate) fn recognize(line: &str) -> Option<RawHeader> {
    // Most lines of a long chat are continuations; skip the regexes unless a digit leads.
    let lead = line.trim_start().trim_start_matches('[').trim_start();
    if !lead.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Some(caps) = DATE_FIRST.regex.captures(line) {
        let g = DATE_FIRST.groups;
        let has = |i: Option<usize>| i.and_then(|i| caps.get(i)).is_some();
        let bracketed = has(g.open);
        // "[date time - " or "date time]" are half of two layouts; neither is real.
        if bracketed != has(g.close) {
            return None;
        }
        return build(&caps, g, bracketed, false);
    }
    let caps = TIME_FIRST.regex.captures(line)?;
    build(&caps, TIME_FIRST.groups, true, true)
}

fn build(caps: &Captures<'_>, g: Groups, bracketed: bool, time_first: bool) -> Option<RawHeader> {
    let text = |i: usize| caps.get(i).map_or("", |m| m.as_str());
    let number = |i: usize| text(i).parse::<u32>().ok();
    let separator = |i: usize| text(i).chars().next();

    let date_separator = separator(g.s1)?;
    if separator(g.s2)? != date_separator {
        return None;
    }
    let (a, b, c) = (text(g.a), text(g.b), text(g.c));
    let year_first = a.len() == 4;
    let year_digits = if year_first { 4 } else { c.len() };
    // Year-first has a one- or two-digit day last; otherwise the year is last and has 2 or 4.
    let valid_lengths = if year_first {
        c.len() <= 2
    } else {
        a.len() <= 2 && (c.len() == 2 || c.len() == 4)
    };
    if !valid_lengths {
        return None;
    }
    let date = RawDate {
        fields: [number(g.a)?, number(g.b)?, number(g.c)?],
        text: format!("{a}{date_separator}{b}{date_separator}{c}"),
    };
    let meridiem = caps.get(g.ap).map(|m| {
        if m.as_str().starts_with(['a', 'A']) {
            Meridiem::Am
        } else {
            Meridiem::Pm
        }
    });
    let time = RawTime {
        hour: number(g.h)?,
        minute: number(g.mi)?,
        second: caps.get(g.sec).and_then(|m| m.as_str().parse().ok()),
        meridiem,
    };
    let shape = Shape {
        bracketed,
        time_first,
        date_separator,
        year_first,
        year_digits: u8::try_from(year_digits).ok()?,
        comma: caps.get(g.comma).is_some(),
        klo: g.klo.and_then(|i| caps.get(i)).is_some(),
        seconds: time.second.is_some(),
        twelve_hour: meridiem.is_some(),
        time_separator: separator(g.ts)?,
    };
    Some(RawHeader {
        shape,
        date,
        time,
        rest_start: caps.get(0)?.end(),
    })
}

/// The layout most candidate lines share; ties go to the one seen first. A paste is one
/// export or one copy, so its real headers all have one shape, while look-alike lines inside
/// messages are few and usually of another shape.
pub(crate) fn dominant_shape<'a>(headers: impl Iterator<Item = &'a RawHeader>) -> Option<Shape> {
    // A paste holds a handful of distinct shapes at most, so a short list beats hashing
    // every header; it also keeps first-seen order for the tie-break.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn header(line: &str) -> RawHeader {
        recognize(line).unwrap_or_else(|| panic!("no header in {line:?}"))
    }

    fn rest(line: &str) -> &str {
        &line[header(line).rest_start..]
    }

    #[test]
    fn android_layouts() {
        let h = header("12/01/2024, 14:05 - Mei: hi");
        assert_eq!(h.date.fields, [12, 1, 2024]);
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
    }

    #[test]
    fn finnish_klo() {
        let h = header("12.1.2024 klo 14.05 - Aino: moi");
        assert!(h.shape.klo);
        assert_eq!(h.shape.time_separator, '.');
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
            "",
            "[",
            "1",
        ] {
            assert_eq!(recognize(line), None, "{line:?}");
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
        let shape = dominant_shape(headers.iter());
        assert_eq!(shape, Some(headers[0].shape));
        assert_eq!(dominant_shape([].iter()), None);
    }
}
