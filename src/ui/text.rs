//! Text from the book or a paste shown inert: control characters and escape sequences can
//! never reach the terminal, and invisible direction marks cannot reorder the screen.

use chrono::{DateTime, FixedOffset, Utc};
use unicode_width::UnicodeWidthStr;

use crate::core::text::inert_line;

/// One line of text for a cell: newlines and tabs become spaces, other controls a visible mark.
/// (The one rule lives in `core::text`, shared with the command line.)
pub fn line(text: &str) -> String {
    inert_line(text)
}

/// Several lines (a summary, a note): newlines kept, other controls made visible.
pub fn lines(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n").split('\n').map(line).collect()
}

/// Cuts `text` to `width` columns with an ellipsis.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.to_string().width() + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// "1 order", "3 orders": a count with its noun (English plurals by "s").
pub fn plural(n: i64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Cuts `text` to `width` columns like `fit`, but between words when a word would be cut
/// ("Loja Lumen…" rather than "Loja Lumen (d…"); a single long word is cut where it must be.
pub fn fit_words(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let Some(kept) = cut.strip_suffix('…') else {
        return cut;
    };
    let next = text[kept.len()..].chars().next();
    if next.is_none_or(char::is_whitespace) || kept.ends_with(char::is_whitespace) {
        return format!("{}…", kept.trim_end());
    }
    match kept.trim_end().rfind(char::is_whitespace) {
        Some(space) if space > 0 => format!("{}…", kept[..space].trim_end()),
        _ => cut,
    }
}

/// "5m", "3h", "2d": how long ago.
pub fn age(at: DateTime<Utc>, now: DateTime<FixedOffset>) -> String {
    let minutes = (now.with_timezone(&Utc) - at).num_minutes().max(0);
    match minutes {
        m if m < 60 => format!("{m}m"),
        m if m < 48 * 60 => format!("{}h", m / 60),
        m => format!("{}d", m / (24 * 60)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_never_reach_the_terminal() {
        assert_eq!(line("Mei\u{1b}[31mRED\u{7}"), "Mei␛[31mRED�");
        assert_eq!(line("a\nb\tc"), "a b c");
        assert_eq!(line("\u{202e}evil"), "evil");
        assert_eq!(lines("a\r\nb\u{1b}"), ["a", "b␛"]);
    }

    #[test]
    fn a_name_is_cut_between_words() {
        assert_eq!(fit_words("Loja Lumen (demonstração)", 14), "Loja Lumen…");
        assert_eq!(
            fit_words("Loja Lumen (demonstração)", 40),
            "Loja Lumen (demonstração)"
        );
        assert_eq!(fit_words("Lumen Mode (Demo)", 11), "Lumen Mode…");
        assert_eq!(fit_words("Lumenapparelstore", 8), "Lumenap…");
        assert_eq!(fit_words("Cachecol de Lã", 10), "Cachecol…");
        assert_eq!(fit_words("Camisa de Linho", 10), "Camisa de…");
    }

    #[test]
    fn fitting_cuts_by_columns() {
        assert_eq!(fit("Leather Jacket", 8), "Leather…");
        assert_eq!(fit("short", 8), "short");
        assert_eq!(fit("日本語テキスト", 6), "日本…");
    }
}
