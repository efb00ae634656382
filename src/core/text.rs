//! Text from outside (a chat, a customer's name, a file, a network peer) made inert for a
//! terminal: escape sequences and control characters become visible marks and invisible
//! direction marks are dropped, so nothing outside can move the cursor, rename a window or
//! write the clipboard (OSC 52). The desk's cells and every human line of the command line
//! go through here; `--json` stays exact (JSON escapes controls itself).

use super::customer::is_bidi_control;

/// One character as shown: `None` drops it, `Some` is what the terminal gets.
fn shown(c: char, newline: char) -> Option<char> {
    match c {
        c if is_bidi_control(c) => None,
        '\n' => Some(newline),
        '\r' | '\t' => Some(' '),
        '\u{1b}' => Some('␛'),
        // C0, DEL and the C1 range (U+0080–U+009F, where U+009B is a one-character CSI).
        c if c.is_control() => Some('�'),
        c => Some(c),
    }
}

/// Several lines: newlines kept (a CRLF counts as one), every other control made visible.
pub fn inert(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter_map(|c| shown(c, '\n'))
        .collect()
}

/// One line for a cell: newlines and tabs become spaces, other controls a visible mark.
pub fn inert_line(text: &str) -> String {
    text.chars().filter_map(|c| shown(c, ' ')).collect()
}

/// True when `c` would act on a terminal instead of being shown: what SKUs and other
/// identifiers may never contain.
pub fn is_terminal_control(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_marks() {
        let osc52 = "Pix\u{1b}]52;c;YXR0YWNrZXI=\u{7} ok";
        assert_eq!(inert(osc52), "Pix␛]52;c;YXR0YWNrZXI=� ok");
        assert_eq!(inert("a\u{9b}31mb"), "a�31mb", "C1 CSI");
        assert_eq!(inert("x\u{7f}\u{0}y"), "x��y");
        assert_eq!(inert("\u{202e}evil\u{2066}"), "evil");
        assert_eq!(inert("a\r\nb\rc\td"), "a\nb c d");
        assert_eq!(inert_line("a\nb\tc"), "a b c");
        assert_eq!(inert("ção ✓ 日本"), "ção ✓ 日本", "text is untouched");
    }

    #[test]
    fn nothing_a_terminal_acts_on_survives() {
        for c in (0u32..0x110000).filter_map(char::from_u32) {
            let out = inert(&c.to_string());
            assert!(
                out == "\n" || !out.chars().any(is_terminal_control),
                "{:?} came through as {out:?}",
                c
            );
        }
        assert!(is_terminal_control('\u{1b}') && is_terminal_control('\u{202e}'));
        assert!(!is_terminal_control('-') && !is_terminal_control('é'));
    }
}
