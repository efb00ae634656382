//! A cheap "could this pattern match here?" for the case-insensitive patterns that recognise
//! WhatsApp's own messages (`system`), so that nearly every message is turned away after a
//! look at its first letters and the patterns run (and are even compiled) only for the few
//! that start like a notice or an event.
//!
//! Each alternative of such a pattern starts with literal text ("you were added", "hat die
//! gruppe "), up to its first group, class or wildcard. A text the pattern matches must start
//! with one of those literal starts, letter for letter as `(?i)` compares them: ASCII letters
//! in either case, plus the two non-ASCII characters whose case folds are ASCII letters
//! (`ſ` for s, the Kelvin sign for k), and accented letters in either case.

/// The literal starts of a pattern's alternatives, grouped by their first letter.
#[derive(Debug)]
pub(crate) struct PrefixGate {
    by_first_letter: [Vec<Start>; 26],
}

/// A literal start, and its first four bytes lower-cased when they are ASCII letters or
/// signs (a text whose first four bytes are ASCII can only match a start with those bytes).
#[derive(Debug)]
struct Start {
    text: &'static str,
    head: Option<[u8; 4]>,
}

fn ascii_head(text: &str) -> Option<[u8; 4]> {
    let mut head = *text.as_bytes().first_chunk::<4>()?;
    head.is_ascii().then(|| {
        head.make_ascii_lowercase();
        head
    })
}

impl PrefixGate {
    /// Every alternative must start with an ASCII letter (checked in tests).
    pub fn new(alternatives: &[&'static str]) -> PrefixGate {
        let mut by_first_letter: [Vec<Start>; 26] = Default::default();
        for alternative in alternatives {
            let prefix = literal_prefix(alternative);
            if let Some(index) = prefix.bytes().next().and_then(letter_index) {
                by_first_letter[index].push(Start {
                    text: prefix,
                    head: ascii_head(prefix),
                });
            }
        }
        PrefixGate { by_first_letter }
    }

    /// False when no alternative can match at the start of `text`.
    #[inline]
    pub fn could_match(&self, text: &str) -> bool {
        let index = match text.as_bytes().first() {
            Some(&b) if b < 0x80 => letter_index(b),
            Some(_) => text
                .chars()
                .next()
                .and_then(ascii_fold)
                .and_then(letter_index),
            None => None,
        };
        let Some(starts) = index.map(|i| &self.by_first_letter[i]) else {
            return false;
        };
        match ascii_head(text) {
            // Four ASCII bytes: they must be the start's first four, or the start is shorter.
            Some(head) => starts.iter().any(|start| {
                start.head.is_none_or(|h| h == head) && starts_with_folded(text, start.text)
            }),
            None => starts
                .iter()
                .any(|start| starts_with_folded(text, start.text)),
        }
    }
}

fn letter_index(b: u8) -> Option<usize> {
    b.is_ascii_alphabetic()
        .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
}

/// The ASCII letter a non-ASCII character matches under `(?i)`, if any.
fn ascii_fold(c: char) -> Option<u8> {
    match c {
        '\u{17f}' => Some(b's'),
        '\u{212a}' => Some(b'k'),
        _ => None,
    }
}

/// The literal text an alternative starts with: up to its first special character, without
/// the character before a `?`, `*` or `{` (it may be left out).
pub(crate) fn literal_prefix(alternative: &'static str) -> &'static str {
    let Some((at, special)) = alternative
        .char_indices()
        .find(|&(_, c)| "()[]{}.*+?|\\^$".contains(c))
    else {
        return alternative;
    };
    let literal = &alternative[..at];
    if matches!(special, '?' | '*' | '{') {
        literal
            .char_indices()
            .last()
            .map_or(literal, |(last, _)| &literal[..last])
    } else {
        literal
    }
}

/// True when `text` starts with `prefix` as a case-insensitive regex compares them.
pub(crate) fn starts_with_folded(text: &str, prefix: &str) -> bool {
    // The usual answer comes from the first byte or two: compare bytes while both are ASCII.
    let (t, p) = (text.as_bytes(), prefix.as_bytes());
    let mut at = 0;
    while let (Some(&a), Some(&b)) = (t.get(at), p.get(at)) {
        if a >= 0x80 || b >= 0x80 {
            break;
        }
        if !a.eq_ignore_ascii_case(&b) {
            return false;
        }
        at += 1;
    }
    if at == p.len() {
        return true;
    }
    let mut chars = text[at..].chars();
    prefix[at..]
        .chars()
        .all(|pc| chars.next().is_some_and(|tc| same_folded(pc, tc)))
}

fn same_folded(pattern: char, text: char) -> bool {
    if pattern == text {
        return true;
    }
    if pattern.is_ascii_alphabetic() {
        let letter = pattern.to_ascii_lowercase();
        return text.to_ascii_lowercase() == letter
            || ascii_fold(text).map(char::from) == Some(letter);
    }
    // Accented letters in the patterns (é, ç, ü, ñ, …) match their other case only.
    !pattern.is_ascii() && text.to_lowercase().eq(pattern.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_starts() {
        assert_eq!(
            literal_prefix("you were added(?: by .+)?"),
            "you were added"
        );
        assert_eq!(
            literal_prefix("você foi adicionad[oa]"),
            "você foi adicionad"
        );
        assert_eq!(literal_prefix("you left"), "you left");
        assert_eq!(literal_prefix("changed to .+"), "changed to ");
        assert_eq!(literal_prefix("ab?c"), "a");
        assert_eq!(literal_prefix("hat .+ entfernt"), "hat ");
    }

    #[test]
    fn folded_starts() {
        assert!(starts_with_folded("YOU LEFT", "you left"));
        assert!(starts_with_folded("You left the group", "you left"));
        assert!(starts_with_folded("Voc\u{ca} saiu", "você saiu"));
        assert!(starts_with_folded("\u{17f}aiu", "saiu"));
        assert!(starts_with_folded("\u{212a}lo", "klo"));
        assert!(!starts_with_folded("You lef", "you left"));
        assert!(!starts_with_folded("Vocé saiu", "você saiu"));
        assert!(!starts_with_folded("", "you"));
    }

    #[test]
    fn the_gate_turns_away_other_starts() {
        let gate = PrefixGate::new(&["you left", "hat .+ entfernt", "saiu"]);
        assert!(gate.could_match("You left"));
        assert!(gate.could_match("Hat Mei entfernt"));
        assert!(gate.could_match("\u{17f}aiu"));
        assert!(!gate.could_match("You can come"));
        assert!(!gate.could_match("¡Hola!"));
        assert!(!gate.could_match(""));
    }

    /// The claim the gate rests on: under `(?i)`, an ASCII letter matches only its two cases,
    /// `ſ` (for s) and the Kelvin sign (for k); no other character.
    #[test]
    fn only_two_other_characters_fold_to_ascii_letters() {
        let letter = regex::Regex::new("(?i)^[a-z]$").unwrap_or_else(|e| panic!("{e}"));
        let mut buf = [0u8; 4];
        let others: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| letter.is_match(c.encode_utf8(&mut buf)))
            .collect();
        assert_eq!(others, ['\u{17f}', '\u{212a}']);
    }
}
