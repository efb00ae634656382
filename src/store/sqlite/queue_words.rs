//! The orders a filter may match, proposed by the index of every three letters of each
//! order's search text (migration 0014; a word of one or two letters by the pieces that begin
//! with it, migration 0015). When they are few, the queue's pages are read among them
//! (`queue_page.rs`) instead of walking the queue in its order and checking each order it
//! passes: a filter that matches nothing walked the whole open queue for every window.

use rusqlite::params;

use super::queue::Matching;
use super::{Reader, Result};
use crate::store::queue_read::{FEW, QueueBook};

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
/// each letter folded as its tokenizer folds it (`folded`). A word with a letter `folded`
/// does not know is left to the walk: a prefix of the index's pieces need not match it.
pub(super) fn short_words(matching: &Matching) -> Vec<String> {
    let mut short: Vec<String> = text_words(matching)
        .filter(|text| (1..3).contains(&text.chars().count()))
        .filter_map(|text| text.chars().map(folded).collect::<Option<String>>())
        .collect();
    short.sort();
    short.dedup();
    short
}

/// A letter as the index keeps it: FTS5's trigram tokenizer folds case one letter to one,
/// by its own table. ASCII letters are lowered; a letter of the Latin, Greek and Cyrillic
/// blocks is taken as Rust lowers it when that is one letter, which a test checks letter by
/// letter against SQLite's tokenizer (`EXCEPT` lists where the two differ). Any other
/// letter: None, and the word is walked.
pub(super) fn folded(letter: char) -> Option<char> {
    if letter.is_ascii() {
        return Some(letter.to_ascii_lowercase());
    }
    if !FOLDED_BLOCKS.iter().any(|block| block.contains(&letter)) || EXCEPT.contains(&letter) {
        return None;
    }
    let mut lower = letter.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Where `folded` takes Rust's lowercase for the tokenizer's: Latin-1 and Latin Extended-A
/// and -B, Greek, Cyrillic.
const FOLDED_BLOCKS: [std::ops::RangeInclusive<char>; 2] =
    ['\u{c0}'..='\u{24f}', '\u{370}'..='\u{52f}'];

/// Letters of those blocks that the tokenizer folds otherwise than Rust lowers them.
const EXCEPT: &[char] = &[
    'ſ', 'Ϳ', 'ς', 'ϐ', 'ϑ', 'ϕ', 'ϖ', 'ϰ', 'ϱ', 'ϵ', 'Ԩ', 'Ԫ', 'Ԭ', 'Ԯ',
];

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
    ///
    /// What the index proposed for a filter is kept until the book changes (`kept.rs`): a
    /// letter taken back, or the background count of the filter just read, asks no more.
    pub(super) fn few_matching(&self, filter: &str) -> Result<Option<Vec<i64>>> {
        crate::store::queue_read::proposed(self, &self.version()?, filter)
    }

    /// The orders the index proposes for `matching` (see `few_matching`).
    pub(super) fn ask_index(&self, matching: &Matching) -> Result<Option<Vec<i64>>> {
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
    fn short_text_words_are_looked_up_folded() {
        let short = |f: &str| short_words(&Matching::new(f));
        assert_eq!(short("ZZ"), ["zz"]);
        assert_eq!(short("a%b q Lucas"), ["ab", "q"]);
        assert_eq!(short("Zz zZ"), ["zz"]);
        assert_eq!(short("Ñ çÃ Öz"), ["çã", "ñ", "öz"]);
        // A letter beyond the blocks checked (CJK, the Turkish dotted I that lowers to two),
        // too long, or nothing left of it.
        assert!(short("日 İ abc %").is_empty());
    }

    /// `folded` is the tokenizer's own folding, letter by letter: each letter of the blocks
    /// it claims, written in a trigram index like the book's, is kept as `folded` says, so
    /// a short word's pieces are looked up where the index put them.
    #[test]
    fn letters_are_folded_as_the_index_folds_them() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE words USING fts5(
                 text, content = '', contentless_delete = 1, detail = none,
                 tokenize = 'trigram');
             CREATE VIRTUAL TABLE pieces USING fts5vocab(words, instance);",
        )
        .unwrap();
        let letters: Vec<char> = FOLDED_BLOCKS
            .iter()
            .flat_map(|block| block.clone())
            .chain('\u{21}'..='\u{7e}')
            .filter(|c| c.is_alphabetic() || c.is_ascii())
            .collect();
        for letter in &letters {
            conn.execute(
                "INSERT INTO words (rowid, text) VALUES (?1, ?2 || 'zz')",
                params![*letter as i64, letter.to_string()],
            )
            .unwrap();
        }
        // Every letter `folded` answers for is kept as it says; the ones it leaves to the
        // walk as exceptions are those the tokenizer folds otherwise.
        let mut wrong = Vec::new();
        for letter in letters {
            let term: String = conn
                .query_row(
                    "SELECT term FROM pieces WHERE doc = ?1",
                    [letter as i64],
                    |r| r.get(0),
                )
                .unwrap();
            let kept = term.chars().next().unwrap();
            let claimed = match folded(letter) {
                Some(f) => f != kept,
                None => EXCEPT.contains(&letter) && to_lower(letter) == Some(kept),
            };
            if claimed {
                wrong.push(format!(
                    "{letter:?} U+{:04X} kept as {kept:?}",
                    letter as u32
                ));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    fn to_lower(letter: char) -> Option<char> {
        let mut lower = letter.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }
}
