//! The orders a filter may match, proposed by the index of every three letters of each
//! order's search text (migration 0014; a word of one or two letters by the pieces that begin
//! with it, migration 0015). When they are few, the queue's pages are read among them
//! (`queue_page.rs`) instead of walking the queue in its order and checking each order it
//! passes: a filter that matches nothing walked the whole open queue for every window.

use rusqlite::params;

use super::queue::Matching;
use super::{Reader, Result};

/// At most this many proposed orders are read and ordered as a set. More, and the filter is
/// common enough that walking the queue finds a window's matches sooner. Measured on a
/// million orders: a proposed order's key costs about 1–4 µs to read (2,560 of "Lucas
/// Haddad": 4–11 ms on a loaded machine; only the orders a window passes are then checked),
/// a walked one about 3 µs, and a window of 120 walks 120 / d orders at a density d of
/// matches in the open queue (750,000 orders): the two meet near 10,000 matches;
/// "mei" (97,000) walks 1,200 orders a window. The proposed orders' keys are kept for the
/// next page of the same filter (`queue_page::Kept`), so only the first read pays for them.
pub(super) const FEW: usize = 10_000;

/// The index's question for a filter: three-letter pieces covering each word that is matched
/// as text (not a status word, which matches a whole rank), all of them. None when no word
/// has three letters. The index folds case as Unicode does and is asked for pieces, not the
/// word in one piece, so it may propose orders the word is not in: never fewer.
pub(super) fn index_query(matching: &Matching) -> Option<String> {
    let mut pieces: Vec<String> = Vec::new();
    for text in text_words(matching) {
        let letters: Vec<char> = text.chars().collect();
        if letters.len() < 3 {
            continue;
        }
        // Pieces that cover the word end to end, overlapping only at its end: every order
        // the word is in holds them all, and each piece fewer is a list of orders the index
        // need not read (a piece such as "dad" is in every "cidade" of the addresses).
        let starts = (0..letters.len() - 2)
            .step_by(3)
            .chain(std::iter::once(letters.len() - 3));
        for start in starts {
            let three: String = letters[start..start + 3].iter().collect();
            let piece = format!("\"{}\"", three.replace('"', "\"\""));
            if !pieces.contains(&piece) {
                pieces.push(piece);
            }
        }
    }
    (!pieces.is_empty()).then(|| pieces.join(" AND "))
}

/// The words of one or two letters the index can answer, as the index keeps its pieces:
/// ASCII letters lowered. A word with another letter is left to the walk: the index folds
/// it as Unicode does, which a prefix of its pieces need not match letter for letter.
pub(super) fn short_words(matching: &Matching) -> Vec<String> {
    let mut short: Vec<String> = text_words(matching)
        .filter(|text| (1..3).contains(&text.chars().count()) && text.is_ascii())
        .map(str::to_ascii_lowercase)
        .collect();
    short.sort();
    short.dedup();
    short
}

/// The words matched as text: not a status word (which matches a whole rank).
fn text_words(matching: &Matching) -> impl Iterator<Item = &str> {
    matching
        .texts()
        .filter_map(|(text, status)| (!status).then_some(text))
}

impl Reader<'_> {
    /// The numbers of the orders that may match `matching`, when the index can say and they
    /// are at most `FEW`; every one of them must still be checked with the filter's own
    /// condition. None: walk the queue instead.
    ///
    /// Each word the index answers narrows the orders (a filter matches where all its words
    /// do): the words of three letters and more together by their pieces, each short one by
    /// the pieces that begin with it. A word of the filter may also name an order's number.
    pub(super) fn few_matching(&self, matching: &Matching) -> Result<Option<Vec<i64>>> {
        let mut narrowed: Option<Vec<i64>> = None;
        let mut keep = |found: Vec<i64>| {
            narrowed = Some(match narrowed.take() {
                None => found,
                Some(before) => before
                    .into_iter()
                    .filter(|n| found.binary_search(n).is_ok())
                    .collect(),
            });
        };
        if let Some(query) = index_query(matching)
            && let Some(found) = self.proposed_by_pieces(&query)?
        {
            keep(found);
        }
        for word in short_words(matching) {
            if let Some(found) = self.proposed_by_short_word(&word)? {
                keep(found);
            }
        }
        let Some(mut numbers) = narrowed.filter(|n| n.len() <= FEW) else {
            return Ok(None);
        };
        numbers.extend(matching.numbers());
        numbers.sort_unstable();
        numbers.dedup();
        Ok(Some(numbers))
    }

    /// Orders whose entry in the index is missing or was not written from their kept text,
    /// and entries of no order: their numbers, sorted. An entry is the order's text and two
    /// newlines (migration 0015), so it holds one piece for each letter of the text; the
    /// index keeps that count per entry (FTS5's `docsize` table: a varint per column), which
    /// a stale entry of another length gets wrong. A full read of the orders and of the
    /// counts, about a second on a million orders: `stock check` runs it.
    pub(super) fn index_gaps(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare("SELECT number, length(search_text) FROM orders")?;
        let mut orders: Vec<(i64, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        orders.sort_unstable();
        let mut stmt = self
            .conn
            .prepare("SELECT id, sz FROM order_words_docsize ORDER BY id")?;
        let entries: Vec<(i64, Option<u64>)> = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, first_varint(&r.get::<_, Vec<u8>>(1)?)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut gaps = Vec::new();
        let (mut o, mut e) = (orders.iter().peekable(), entries.iter().peekable());
        loop {
            match (o.peek(), e.peek()) {
                (None, None) => break,
                (Some((number, _)), None) => {
                    gaps.push(*number);
                    o.next();
                }
                (None, Some((id, _))) => {
                    gaps.push(*id);
                    e.next();
                }
                (Some((number, letters)), Some((id, pieces))) => {
                    if number < id {
                        gaps.push(*number);
                        o.next();
                    } else if id < number {
                        gaps.push(*id);
                        e.next();
                    } else {
                        if u64::try_from(*letters).ok() != *pieces {
                            gaps.push(*number);
                        }
                        o.next();
                        e.next();
                    }
                }
            }
        }
        Ok(gaps)
    }

    /// The orders holding every piece of `query`, sorted; None when more than `FEW` do.
    fn proposed_by_pieces(&self, query: &str) -> Result<Option<Vec<i64>>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT rowid FROM order_words WHERE order_words MATCH ?1 LIMIT ?2")?;
        let mut numbers: Vec<i64> = stmt
            .query_map(params![query, FEW as i64 + 1], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if numbers.len() > FEW {
            return Ok(None);
        }
        numbers.sort_unstable();
        Ok(Some(numbers))
    }

    /// The orders with a piece that begins with `word` (lowered, one or two ASCII letters),
    /// sorted; None when there are more than `FEW`. A word common enough to begin pieces in
    /// more than `2 * FEW` places is not read further: its orders are many.
    fn proposed_by_short_word(&self, word: &str) -> Result<Option<Vec<i64>>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT doc FROM order_word_pieces
             WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT ?2",
        )?;
        let mut numbers: Vec<i64> = stmt
            .query_map(params![word, 2 * FEW as i64 + 1], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if numbers.len() > 2 * FEW {
            return Ok(None);
        }
        numbers.sort_unstable();
        numbers.dedup();
        Ok((numbers.len() <= FEW).then_some(numbers))
    }
}

/// The first of SQLite's varints in `bytes` (big-endian groups of seven bits, the high bit
/// set on each but the last; a ninth byte gives eight), None when they end too soon.
fn first_varint(bytes: &[u8]) -> Option<u64> {
    let mut value: u64 = 0;
    for (i, byte) in bytes.iter().enumerate() {
        if i == 8 {
            return Some((value << 8) | u64::from(*byte));
        }
        value = (value << 7) | u64::from(byte & 0x7f);
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_of_three_covering_each_text_word_are_asked_for() {
        let q = |f: &str| index_query(&Matching::new(f));
        assert_eq!(q("mei"), Some("\"mei\"".to_string()));
        assert_eq!(
            q("Lucas #1042"),
            Some("\"Luc\" AND \"cas\" AND \"#10\" AND \"042\"".to_string())
        );
        assert_eq!(
            q("abcdefg"),
            Some("\"abc\" AND \"def\" AND \"efg\"".to_string())
        );
        assert_eq!(q("Haddad ab"), Some("\"Had\" AND \"dad\"".to_string()));
        // Too short, a status word, LIKE's wildcards stripped as `like` strips them.
        assert_eq!(q("ab"), None);
        assert_eq!(q("packing"), None);
        assert_eq!(q("a%b"), None);
        assert_eq!(q("a\"bc"), Some("\"a\"\"b\" AND \"\"\"bc\"".to_string()));
        assert_eq!(q("ñúñ"), Some("\"ñúñ\"".to_string()));
        // "ção" is in a status's words (a whole rank matches it): walked.
        assert_eq!(q("ção"), None);
    }

    #[test]
    fn varints_are_read_as_sqlite_writes_them() {
        assert_eq!(first_varint(&[57]), Some(57));
        assert_eq!(first_varint(&[0x81, 0x00]), Some(128));
        assert_eq!(
            first_varint(&[0x82, 0xac, 0x05, 0x07]),
            Some((2 << 14) | (0x2c << 7) | 5)
        );
        assert_eq!(first_varint(&[0x81]), None);
        assert_eq!(first_varint(&[]), None);
        assert_eq!(first_varint(&[0xff; 9]), Some(u64::MAX));
    }

    #[test]
    fn short_ascii_text_words_are_looked_up_lowered() {
        let short = |f: &str| short_words(&Matching::new(f));
        assert_eq!(short("ZZ"), ["zz"]);
        assert_eq!(short("a%b q Lucas"), ["ab", "q"]);
        assert_eq!(short("Zz zZ"), ["zz"]);
        // Not ASCII (the index folds it its own way), too long, or nothing left of it.
        assert!(short("ñ çã abc %").is_empty());
    }
}
