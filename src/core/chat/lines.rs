//! The paste as clean, numbered lines.
//!
//! Pastes arrive with a UTF-8 BOM (files saved on Windows), CRLF or lone-CR line ends and
//! invisible direction marks that WhatsApp wraps around names and numbers. The marks are
//! removed and every line end is written as LF, over the whole paste once, and only when a
//! byte that starts one of them is there (most Android exports have none), so everything
//! after this step sees plain text with one kind of line end. Lines are then found with
//! `memchr` and handed out as positions in that text, never copied.

use std::borrow::Cow;

/// The paste without its BOM, bidi controls and stray zero-width no-break spaces (a BOM in
/// the middle of a paste means two files were concatenated), its line ends written as LF.
/// Borrows when nothing changes.
pub(crate) fn clean_paste(paste: &str) -> Cow<'_, str> {
    let body = paste.strip_prefix('\u{feff}').unwrap_or(paste);
    let bytes = body.as_bytes();
    let Some(mut edit) = next_edit(bytes, 0) else {
        return Cow::Borrowed(body);
    };
    let mut clean = String::with_capacity(body.len());
    let mut kept_from = 0;
    loop {
        clean.push_str(&body[kept_from..edit.at]);
        if edit.newline {
            clean.push('\n');
        }
        kept_from = edit.at + edit.len;
        match next_edit(bytes, kept_from) {
            Some(next) => edit = next,
            None => break,
        }
    }
    clean.push_str(&body[kept_from..]);
    Cow::Owned(clean)
}

/// [`clean_paste`] of a paste given away: the text is rewritten in place (every edit keeps
/// or shortens it), so a paste full of marks (an iOS export) is never held twice.
pub(crate) fn clean_owned_paste(paste: String) -> String {
    let bom = if paste.starts_with('\u{feff}') { 3 } else { 0 };
    let Some(mut edit) = next_edit(paste.as_bytes(), bom) else {
        let mut paste = paste;
        paste.replace_range(..bom, "");
        return paste;
    };
    let mut bytes = paste.into_bytes();
    let (mut write, mut read) = (0, bom);
    loop {
        bytes.copy_within(read..edit.at, write);
        write += edit.at - read;
        if edit.newline {
            bytes[write] = b'\n';
            write += 1;
        }
        read = edit.at + edit.len;
        // Edits are found at or after `read`, which the writes never pass.
        match next_edit(&bytes, read) {
            Some(next) => edit = next,
            None => break,
        }
    }
    bytes.copy_within(read.., write);
    write += bytes.len() - read;
    bytes.truncate(write);
    // Whole characters were removed from valid UTF-8, and CRs replaced by LFs: this is valid
    // UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// True when `text` holds something [`clean_paste`] would change (past a BOM at its start,
/// which the caller looks at).
pub(crate) fn needs_cleaning(text: &str) -> bool {
    next_edit(text.as_bytes(), 0).is_some()
}

/// One change to the paste: `len` bytes at `at` go, and an LF takes their place when
/// `newline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    at: usize,
    len: usize,
    newline: bool,
}

/// The first change at or after `from`. Every character removed is three bytes long and
/// starts with byte 0xE2 (U+200E/F, U+202A–E, U+2066–9) or 0xEF (U+FEFF); line ends start
/// with a CR. So `memchr` skips the rest; the U+202F before AM/PM that every line of a US
/// export carries also starts with 0xE2 and costs one three-byte look each.
fn next_edit(bytes: &[u8], from: usize) -> Option<Edit> {
    let rest = bytes.get(from..)?;
    memchr::memchr3_iter(0xE2, 0xEF, b'\r', rest).find_map(|i| {
        let at = from + i;
        match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
            // CRLF: the CR goes, the LF stays.
            (b'\r', Some(b'\n'), _) => Some(Edit {
                at,
                len: 1,
                newline: false,
            }),
            // A lone CR (an old Mac's line end, or one a removed mark stood after).
            (b'\r', ..) => Some(Edit {
                at,
                len: 1,
                newline: true,
            }),
            (0xE2, Some(0x80), Some(0x8E | 0x8F | 0xAA..=0xAE))
            | (0xE2, Some(0x81), Some(0xA6..=0xA9))
            | (0xEF, Some(0xBB), Some(0xBF)) => Some(Edit {
                at,
                len: UNWANTED_LEN,
                newline: false,
            }),
            _ => None,
        }
    })
}

/// Every character removed is three bytes long in UTF-8.
const UNWANTED_LEN: usize = 3;

/// One line of a clean paste: its 1-based number, where it starts and ends (before its line
/// end) in the paste.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub number: usize,
    pub start: usize,
    pub end: usize,
}

impl Line {
    pub fn text(self, paste: &str) -> &str {
        &paste[self.start..self.end]
    }
}

/// The lines of a clean paste, split on LF (the only line end left after cleaning).
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    next: usize,
    number: usize,
    done: bool,
}

pub(crate) fn lines(paste: &str) -> Lines<'_> {
    Lines {
        bytes: paste.as_bytes(),
        next: 0,
        number: 0,
        done: false,
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    #[inline]
    fn next(&mut self) -> Option<Line> {
        if self.done {
            return None;
        }
        let start = self.next;
        self.number += 1;
        let end = match memchr::memchr(b'\n', &self.bytes[start..]) {
            Some(at) => start + at,
            None => {
                self.done = true;
                self.bytes.len()
            }
        };
        self.next = end + 1;
        Some(Line {
            number: self.number,
            start,
            end,
        })
    }
}

/// True for a line with nothing but (Unicode) white space.
pub(crate) fn is_blank(text: &str) -> bool {
    trim(text).is_empty()
}

/// `str::trim`, with a shortcut for the usual text that starts and ends with a visible ASCII
/// character (the general trim decodes a character at each end, once per message and more).
#[inline]
pub(crate) fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        [only] if only.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paste: &str) -> Vec<String> {
        let clean = clean_paste(paste);
        lines(&clean).map(|l| l.text(&clean).to_string()).collect()
    }

    #[test]
    fn line_ends_of_every_kind() {
        assert_eq!(texts("a\r\nb\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\r\n\r\nb"), ["a", "", "b"]);
        assert_eq!(texts("a\r\r\nb"), ["a", "", "b"]);
        assert_eq!(texts("a\n"), ["a", ""]);
        // A CR that ends the paste is a line end like any other: the empty line after it
        // is blank and starts nothing.
        assert_eq!(texts("a\r"), ["a", ""]);
        assert_eq!(texts(""), [""]);
        assert_eq!(clean_paste("a\r\nb\rc\r\r\nd"), "a\nb\nc\n\nd");
    }

    #[test]
    fn bom_and_direction_marks_are_removed() {
        assert_eq!(texts("\u{feff}x"), ["x"]);
        assert_eq!(
            texts("\u{200e}[1/2/24]\u{202a}+1 555\u{202c}\nb\u{feff}\u{2069}"),
            ["[1/2/24]+1 555", "b"]
        );
        // The narrow no-break space before AM/PM and other 0xE2 characters stay.
        assert_eq!(texts("9:41\u{202f}PM – ok’"), ["9:41\u{202f}PM – ok’"]);
    }

    proptest::proptest! {
        #[test]
        fn cleaning_in_place_is_cleaning_a_copy(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec!["a", "é", "\r", "\n", "\u{feff}", "\u{200e}", "\u{2069}", "\u{202f}", "’"]),
                0..30,
            )
        ) {
            let paste = pieces.concat();
            proptest::prop_assert_eq!(clean_owned_paste(paste.clone()), clean_paste(&paste).into_owned());
        }
    }

    #[test]
    fn a_mark_between_cr_and_lf_keeps_its_line() {
        assert_eq!(texts("a\r\u{feff}\nb"), ["a", "", "b"]);
        assert_eq!(texts("a\r\u{200e}\u{200f}\nb"), ["a", "", "b"]);
        assert_eq!(texts("a\r\u{200e}\r\u{200e}\nb"), ["a", "", "", "b"]);
        assert_eq!(texts("a\r\n\u{200e}b"), ["a", "b"]);
    }

    #[test]
    fn numbers_are_one_based() {
        let numbers: Vec<usize> = lines("a\nb\nc").map(|l| l.number).collect();
        assert_eq!(numbers, [1, 2, 3]);
    }

    /// The byte patterns above are exactly the characters removed before: bidi controls and
    /// U+FEFF.
    #[test]
    fn the_removed_bytes_are_the_bidi_controls_and_bom() {
        use crate::core::customer::is_bidi_control;
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let text = c.encode_utf8(&mut buf);
            let removed = next_edit(text.as_bytes(), 0).is_some();
            assert_eq!(
                removed,
                is_bidi_control(c) || c == '\u{feff}',
                "U+{:04X}",
                u32::from(c)
            );
            assert!(!removed || c.len_utf8() == UNWANTED_LEN);
        }
    }

    #[test]
    fn clean_pastes_are_borrowed() {
        assert!(matches!(
            clean_paste("plain 9:41\u{202f}PM"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn blank_lines() {
        assert!(is_blank(""));
        assert!(is_blank(" \t\u{a0}\u{202f}"));
        assert!(!is_blank(" x"));
    }
}
