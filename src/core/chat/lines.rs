//! The paste as clean, numbered lines.
//!
//! Pastes arrive with a UTF-8 BOM (files saved on Windows), CRLF or lone-CR line ends and
//! invisible direction marks that WhatsApp wraps around names and numbers. The marks are
//! removed from the whole paste once, and only when a byte that starts one is there (most
//! Android exports have none), so everything after this step sees plain text. Lines are then
//! found with `memchr` and handed out as positions in that text, never copied.

use std::borrow::Cow;

/// The paste without its BOM, bidi controls and stray zero-width no-break spaces (a BOM in
/// the middle of a paste means two files were concatenated). Borrows when nothing is removed.
pub(crate) fn clean_paste(paste: &str) -> Cow<'_, str> {
    let body = paste.strip_prefix('\u{feff}').unwrap_or(paste);
    let mut unwanted = unwanted_at(body).peekable();
    if unwanted.peek().is_none() {
        return Cow::Borrowed(body);
    }
    let mut clean = String::with_capacity(body.len());
    let mut kept_from = 0;
    for at in unwanted {
        clean.push_str(&body[kept_from..at]);
        kept_from = at + UNWANTED_LEN;
        // A mark between a CR and an LF stood on a line of its own: removing it must not
        // make the two one CRLF line end. A second CR keeps the empty line.
        if clean.ends_with('\r') && body.as_bytes().get(kept_from) == Some(&b'\n') {
            clean.push('\r');
        }
    }
    clean.push_str(&body[kept_from..]);
    Cow::Owned(clean)
}

/// [`clean_paste`] of a paste given away: the characters are removed in place, so a paste
/// full of marks (an iOS export) is never held twice.
pub(crate) fn clean_owned_paste(paste: String) -> String {
    let at: Vec<usize> = unwanted_at(&paste).collect();
    if at.is_empty() {
        return paste;
    }
    let mut bytes = paste.into_bytes();
    let (mut write, mut read) = (0, 0);
    for at in at {
        bytes.copy_within(read..at, write);
        write += at - read;
        read = at + UNWANTED_LEN;
        // As in `clean_paste`: a mark between a CR and an LF leaves a second CR.
        if write > 0 && bytes[write - 1] == b'\r' && bytes.get(read) == Some(&b'\n') {
            bytes[write] = b'\r';
            write += 1;
        }
    }
    bytes.copy_within(read.., write);
    write += bytes.len() - read;
    bytes.truncate(write);
    // Whole characters were removed from valid UTF-8: this is valid UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Every character removed is three bytes long in UTF-8.
const UNWANTED_LEN: usize = 3;

/// Where the characters to remove start. Every one of them is encoded starting with byte
/// 0xE2 (U+200E/F, U+202A–E, U+2066–9) or 0xEF (U+FEFF), so `memchr` skips the rest; the
/// U+202F before AM/PM that every line of a US export carries also starts with 0xE2 and costs
/// one three-byte look each.
fn unwanted_at(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xE2, 0xEF, bytes).filter(|&i| {
        matches!(
            (bytes[i], bytes.get(i + 1), bytes.get(i + 2)),
            (0xE2, Some(0x80), Some(0x8E | 0x8F | 0xAA..=0xAE))
                | (0xE2, Some(0x81), Some(0xA6..=0xA9))
                | (0xEF, Some(0xBB), Some(0xBF))
        )
    })
}

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

/// The lines of a paste, split on LF, CRLF or a lone CR (an old Mac line end).
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    /// Most pastes have no CR at all; they are split on LF alone.
    has_cr: bool,
    next: usize,
    number: usize,
    done: bool,
}

pub(crate) fn lines(paste: &str) -> Lines<'_> {
    let bytes = paste.as_bytes();
    Lines {
        bytes,
        has_cr: has_cr(paste),
        next: 0,
        number: 0,
        done: false,
    }
}

/// True when the paste has a CR anywhere (CRLF or old-Mac line ends).
pub(crate) fn has_cr(paste: &str) -> bool {
    memchr::memchr(b'\r', paste.as_bytes()).is_some()
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
        let rest = &self.bytes[start..];
        let found = if self.has_cr {
            memchr::memchr2(b'\n', b'\r', rest)
        } else {
            memchr::memchr(b'\n', rest)
        };
        let (end, next) = match found {
            None => {
                self.done = true;
                (self.bytes.len(), self.bytes.len())
            }
            Some(at) => {
                let end = start + at;
                match (self.bytes[end], self.bytes.get(end + 1)) {
                    (b'\r', Some(b'\n')) => (end, end + 2),
                    // A CR that ends the paste is half a CRLF: no empty line after it.
                    (b'\r', None) => {
                        self.done = true;
                        (end, end + 1)
                    }
                    _ => (end, end + 1),
                }
            }
        };
        self.next = next;
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

/// The text of `paste[start..end]` with its line ends written as `\n`: a CRLF loses its CR,
/// a lone CR becomes LF. Borrows when there is no CR.
pub(crate) fn joined(paste: &str, start: usize, end: usize) -> Cow<'_, str> {
    let span = &paste[start..end];
    if memchr::memchr(b'\r', span.as_bytes()).is_none() {
        return Cow::Borrowed(span);
    }
    let mut text = String::with_capacity(span.len());
    let mut pieces = span.split('\r').peekable();
    while let Some(piece) = pieces.next() {
        text.push_str(piece);
        if pieces.peek().is_some_and(|next| !next.starts_with('\n')) {
            text.push('\n');
        }
    }
    Cow::Owned(text)
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
        assert_eq!(texts("a\r"), ["a"]);
        assert_eq!(texts(""), [""]);
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
        let numbers: Vec<usize> = lines("a\r\nb\r\nc").map(|l| l.number).collect();
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
            let removed = unwanted_at(text).next().is_some();
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
    fn joined_text_writes_line_ends_as_lf() {
        let crlf = "a\r\nb\rc\r\r\nd";
        assert_eq!(joined(crlf, 0, crlf.len()), "a\nb\nc\n\nd");
        assert!(matches!(joined("a\nb", 0, 3), Cow::Borrowed(_)));
    }

    #[test]
    fn blank_lines() {
        assert!(is_blank(""));
        assert!(is_blank(" \t\u{a0}\u{202f}"));
        assert!(!is_blank(" x"));
    }
}
