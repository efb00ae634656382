//! Text folding and tokens for matching words against the catalog.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, or letters with digits ("2x", "x2", "t-shirt" pieces).
    Word,
    /// Digits, possibly with inner separators ("329,70", "45.000", "10.00").
    Number,
    /// A currency sign: "$", "r$", "€", "£".
    Currency,
}

/// One token of a text: its folded form and where it sits in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub text: String,
    pub kind: TokenKind,
    /// Byte range in the text it was cut from.
    pub start: usize,
    pub end: usize,
    /// Written in capitals ("M", "XL"): a lone capital letter after a product is a size.
    pub upper: bool,
}

/// Cuts a text into words, numbers and currency signs. Apostrophes inside words are dropped
/// ("I'm" is one token "im", never a size "m"); everything else that is not a letter or a
/// digit separates tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if matches!(c, '$' | '€' | '£' | '¥' | '₹') {
            tokens.push(symbol(text, start, c.len_utf8()));
            continue;
        }
        if !c.is_alphanumeric() {
            continue;
        }
        // "R$": the R belongs to the sign.
        if (c == 'R' || c == 'r') && chars.peek().is_some_and(|&(_, n)| n == '$') {
            chars.next();
            tokens.push(symbol(text, start, 2));
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut raw = String::new();
        raw.push(c);
        while let Some(&(i, n)) = chars.peek() {
            let next_is_digit =
                || text[i + n.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
            let inner = match n {
                _ if n.is_alphanumeric() => true,
                '\'' | '’' => text[i + n.len_utf8()..].starts_with(char::is_alphabetic),
                '.' | ',' => {
                    c.is_ascii_digit()
                        && raw.ends_with(|d: char| d.is_ascii_digit())
                        && next_is_digit()
                }
                _ => false,
            };
            if !inner {
                break;
            }
            chars.next();
            end = i + n.len_utf8();
            if !matches!(n, '\'' | '’') {
                raw.push(n);
            }
        }
        let kind = if raw
            .chars()
            .all(|d| d.is_ascii_digit() || d == '.' || d == ',')
        {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let upper = raw.chars().any(char::is_alphabetic)
            && raw
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        tokens.push(Token {
            text: fold(&raw),
            kind,
            start,
            end,
            upper,
        });
    }
    tokens
}

fn symbol(text: &str, start: usize, len: usize) -> Token {
    let end = start + len;
    Token {
        text: fold(text.get(start..end).unwrap_or("$")),
        kind: TokenKind::Currency,
        start,
        end,
        upper: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Camísetas BRANCAS"), "camisetas brancas");
        assert_eq!(fold("Größe"), "grosse");
        assert_eq!(fold("Dirección"), "direccion");
        assert_eq!(fold("ليلى"), "ليلى");
    }

    #[test]
    fn tokens_keep_numbers_signs_and_words_apart() {
        assert_eq!(
            words("Quero 2x camisetas, R$ 329,70!"),
            ["quero", "2x", "camisetas", "r$", "329,70"]
        );
        assert_eq!(
            words("I'm 100% sure: $180 jacket"),
            ["im", "100", "sure", "$", "180", "jacket"]
        );
        assert_eq!(
            words("t-shirt x2 at 10.00, ok"),
            ["t", "shirt", "x2", "at", "10.00", "ok"]
        );
        assert_eq!(words("🧣 blau/M"), ["blau", "m"]);
    }

    #[test]
    fn capitals_and_kinds() {
        let t = tokenize("tee M xl 40");
        assert!(t[1].upper && !t[2].upper);
        assert_eq!(t[3].kind, TokenKind::Number);
        assert_eq!(t[0].kind, TokenKind::Word);
        assert_eq!((t[1].start, t[1].end), (4, 5));
    }
}
