//! Text folding for matching words against the catalog.
//!
//! Customers type "Camisetas", "camiseta", "CAMISETA" and "camísetas"; all fold to
//! "camisetas" (lowercase, accents dropped via NFD), then the catalog index handles plurals.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercase without accents: "Größe Lä" → "grosse la". Letters of scripts without case or
/// accents (Arabic, Hebrew, CJK) pass through unchanged.
pub(crate) fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfd().filter(|&c| !is_combining_mark(c)) {
        match c {
            'ß' => out.push_str("ss"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A phrase as the reader compares it: folded, words split on anything that is not a letter
/// or digit, joined by one space. "Bálsamo  labial!" and "balsamo labial" are one phrase.
pub fn phrase_key(text: &str) -> String {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Camísetas BRANCAS"), "camisetas brancas");
        assert_eq!(fold("Größe"), "grosse");
        assert_eq!(fold("Dirección"), "direccion");
        assert_eq!(fold("ليلى"), "ليلى");
    }

    #[test]
    fn phrases_compare_without_case_accents_or_punctuation() {
        assert_eq!(phrase_key("  Bálsamo  labial! "), "balsamo labial");
        assert_eq!(phrase_key("t-shirt"), "t shirt");
        assert_eq!(phrase_key("?!"), "");
    }
}
