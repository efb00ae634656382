//! Splits a paste into clean, numbered lines.
//!
//! Pastes arrive with a UTF-8 BOM (files saved on Windows), CRLF or lone-CR line ends and
//! invisible direction marks that WhatsApp wraps around names and numbers. Everything after
//! this step sees plain lines, so the header matcher and the text never meet those characters.

use std::borrow::Cow;

use crate::core::customer::is_bidi_control;

/// One line of the paste, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    pub number: usize,
    pub text: Cow<'a, str>,
}

/// Splits on LF, CRLF or lone CR, drops a BOM and removes bidi controls.
/// Borrows every line that needed no cleaning, so a clean paste costs no copies.
pub(crate) fn split_lines(paste: &str) -> Vec<Line<'_>> {
    let body = paste.strip_prefix('\u{feff}').unwrap_or(paste);
    body.split('\n')
        .flat_map(|piece| {
            // A lone CR inside a piece is an old-Mac line end; a trailing one is half a CRLF.
            let piece = piece.strip_suffix('\r').unwrap_or(piece);
            piece.split('\r')
        })
        .enumerate()
        .map(|(index, raw)| Line {
            number: index + 1,
            text: clean(raw),
        })
        .collect()
}

/// Removes bidi controls and stray zero-width no-break spaces (a BOM in the middle of a paste
/// means two files were concatenated). Allocates only when there is something to remove.
pub(crate) fn clean(raw: &str) -> Cow<'_, str> {
    // Every character removed here is encoded starting with byte 0xE2 or 0xEF; a byte scan
    // lets the common clean line skip the char decoding.
    if !raw.bytes().any(|b| b == 0xE2 || b == 0xEF) {
        return Cow::Borrowed(raw);
    }
    let unwanted = |c: char| is_bidi_control(c) || c == '\u{feff}';
    if raw.contains(unwanted) {
        Cow::Owned(raw.chars().filter(|&c| !unwanted(c)).collect())
    } else {
        Cow::Borrowed(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paste: &str) -> Vec<String> {
        split_lines(paste)
            .into_iter()
            .map(|l| l.text.into_owned())
            .collect()
    }

    #[test]
    fn line_ends_of_every_kind() {
        assert_eq!(texts("a\r\nb\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\r\n\r\nb"), ["a", "", "b"]);
        assert_eq!(texts(""), [""]);
    }

    #[test]
    fn bom_and_direction_marks_are_removed() {
        assert_eq!(texts("\u{feff}x"), ["x"]);
        assert_eq!(
            texts("\u{200e}[1/2/24]\u{202a}+1 555\u{202c}"),
            ["[1/2/24]+1 555"]
        );
    }

    #[test]
    fn numbers_are_one_based() {
        let lines = split_lines("a\r\nb\r\nc");
        let numbers: Vec<usize> = lines.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 2, 3]);
    }

    #[test]
    fn clean_lines_are_borrowed() {
        assert!(matches!(split_lines("plain")[0].text, Cow::Borrowed(_)));
    }
}
