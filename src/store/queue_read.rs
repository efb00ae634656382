//! How a page of the queue is read, the same on both engines: by the walk along the queue's
//! indexes (`queue_walk.rs`), or, for a filter that the engine's index of the orders' words
//! narrows to a few orders, among those few (`Few`); and what is kept between reads while
//! the book is unchanged, so that the next page, `g`, `G` or a jump in the same filter, a
//! letter typed and taken back, or the count the desk starts in the background for the
//! filter it just read asks nothing the store has answered since the book last changed.
//!
//! Each engine gives its SQL and says when its book may have changed (`QueueBook`): SQLite
//! by `PRAGMA data_version` and its connection's own changes, PostgreSQL by its current
//! snapshot (which moves whenever any transaction ends). Any commit ends everything kept;
//! reads inside a transaction keep nothing (they see its own uncommitted writes).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::Result;
use super::queue_walk::{
    Checks, Few, Paged, PartReads, Place, Proposed, Walk, in_queue_order, page,
};
use super::rows::{OrderRow, Pressing, QueueView};
use crate::core::queue::{QUEUE_RANKS, QueueClass, QueueFrom};

/// At most this many proposed orders are read and ordered as a set. More, and the filter is
/// common enough that walking the queue finds a window's matches sooner. Measured on a
/// million orders in SQLite: a proposed order's key costs about 1–4 µs to read (2,560 of
/// "Lucas Haddad": 4–11 ms on a loaded machine; only the orders a window passes are then
/// checked), a walked one about 3 µs, and a window of 120 walks 120 / d orders at a density
/// d of matches in the open queue (750,000 orders): the two meet near 10,000 matches; "mei"
/// (97,000) walks 1,200 orders a window.
pub(crate) const FEW: usize = 10_000;

/// At most this many words of a filter count (a filter is a few words, not a sentence).
pub(crate) const FILTER_WORDS: usize = 4;

/// A proposed set reused for a filter that narrows the one it was asked for holds at most
/// this many orders. The new filter's window checks them in queue order: one that matches
/// none of them checks them all, 1–2 µs each, about what asking the index again costs (3–12
/// ms for a customer's full name on a million orders).
const NARROWED_FROM: usize = 4_000;

/// An engine's side of reading the queue: its SQL, and what tells it the book changed.
pub(crate) trait QueueBook {
    /// What the store keeps between reads; None where nothing may be kept.
    fn kept(&self) -> Option<&RefCell<Kept>>;

    /// Changes whenever the book may have changed since it was last read.
    fn version(&self) -> Result<String>;

    /// The numbers (sorted) of the orders that may match `filter`, when the engine's index
    /// of the orders' words can say and they are at most `FEW`: never fewer than match,
    /// every one still checked with the filter's own condition. None: walk the queue.
    fn ask_proposed(&self, filter: &str) -> Result<Option<Vec<i64>>>;

    /// Where each of these orders stands, by number (an order not found is left out).
    fn read_places(&self, numbers: &[i64]) -> Result<Vec<(i64, Place)>>;

    /// The walk's SQL for `view`.
    fn parts<'a>(&'a self, view: &'a QueueView<'a>) -> Box<dyn PartReads + 'a>;

    /// The SQL checking proposed orders against `filter`.
    fn checks<'a>(&'a self, filter: &'a str) -> Box<dyn Checks + 'a>;
}

/// The filter's text, last rank and day of a queue view: which reading is kept.
type ViewSeen = (String, u8, Option<NaiveDate>);

/// A filter's counts per rank and what is due in it.
pub(crate) type Counted = ([i64; QUEUE_RANKS], Pressing);

/// What is kept for one version of the book.
#[derive(Default)]
pub(crate) struct Kept {
    version: String,
    /// How the last filter's pages were read.
    page: Option<(ViewSeen, KeptReading)>,
    /// Where the orders proposed for any filter stand, by number.
    places: HashMap<i64, Place>,
    /// The orders proposed for a filter (by its text): None, too many to be few.
    proposed: HashMap<String, Option<Vec<i64>>>,
    /// A filter's counts, by its text and the day and minute counted at.
    counted: HashMap<(String, String), Counted>,
}

/// How a filter's pages were last read: by walking, or among its proposed orders in queue
/// order, with those checked so far (the row of each the filter matches).
enum KeptReading {
    Walk,
    Few {
        rows: Vec<Proposed>,
        checked: HashMap<i64, Option<OrderRow>>,
    },
}

/// At most this many filters' proposed orders and counts are kept (a few MB at most).
const KEPT_FILTERS: usize = 32;

/// At most this many orders' places are kept between filters (a few MB).
const KEPT_PLACES: usize = 50_000;

/// Remembers `value` under `key` in `map`, forgetting the others when it is full.
fn remember<K: std::hash::Hash + Eq, V>(map: &mut HashMap<K, V>, key: K, value: V) {
    if map.len() >= KEPT_FILTERS {
        map.clear();
    }
    map.insert(key, value);
}

/// `f` on what `book` keeps for `version` (emptied first when it was kept for another);
/// None where nothing is kept.
fn with_kept<T>(book: &impl QueueBook, version: &str, f: impl FnOnce(&mut Kept) -> T) -> Option<T> {
    let mut kept = book.kept()?.borrow_mut();
    if kept.version != version {
        *kept = Kept {
            version: version.to_string(),
            ..Kept::default()
        };
    }
    Some(f(&mut kept))
}

/// Up to `limit` rows of `view` from `from` after stepping over `skip`, with whether they
/// reach the queue's ends: read among the filter's proposed orders when they are few, else
/// by walking the queue.
pub(crate) fn read_page(
    book: &impl QueueBook,
    view: &QueueView,
    from: &QueueFrom,
    skip: usize,
    limit: usize,
) -> Result<Paged> {
    // A view no index can narrow (no filter, or only status words, which match whole ranks)
    // is walked, with nothing kept to check against the book's version: no question for it.
    if text_words(view.filter).is_empty() {
        let walk = Walk {
            view,
            parts: book.parts(view),
        };
        return page(&walk, from, skip, limit);
    }
    let seen = (view.filter.to_string(), view.last_rank, view.today);
    let version = book.version()?;
    let (kept, mut places) = with_kept(book, &version, |k| {
        let page = k.page.take().filter(|(v, _)| *v == seen);
        (page.map(|(_, r)| r), std::mem::take(&mut k.places))
    })
    .unwrap_or_default();
    // Which way the filter is read, and the few in queue order, are kept for the next page
    // of the same filter until the book changes.
    let reading = match kept {
        Some(reading) => reading,
        None => match proposed(book, &version, view.filter)? {
            Some(numbers) => KeptReading::Few {
                rows: proposed_in_queue_order(book, view, &numbers, &mut places)?,
                checked: HashMap::new(),
            },
            None => KeptReading::Walk,
        },
    };
    let (paged, reading) = match reading {
        KeptReading::Walk => {
            let walk = Walk {
                view,
                parts: book.parts(view),
            };
            (page(&walk, from, skip, limit)?, KeptReading::Walk)
        }
        KeptReading::Few { rows, checked } => {
            let few = Few {
                checks: book.checks(view.filter),
                rows,
                checked: RefCell::new(checked),
            };
            let paged = page(&few, from, skip, limit)?;
            let reading = KeptReading::Few {
                rows: few.rows,
                checked: few.checked.into_inner(),
            };
            (paged, reading)
        }
    };
    let rejected = rejected(&reading);
    with_kept(book, &version, |k| {
        // The filter's proposed orders lose those it was found not to match: another read
        // of it (a letter taken back and typed again) checks them no more.
        if !rejected.is_empty()
            && let Some(Some(proposed)) = k.proposed.get_mut(view.filter)
        {
            proposed.retain(|n| !rejected.contains(n));
        }
        k.page = Some((seen, reading));
        k.places = places;
    });
    Ok(paged)
}

/// The numbers of the proposed orders a reading checked and found not to match.
fn rejected(reading: &KeptReading) -> HashSet<i64> {
    match reading {
        KeptReading::Walk => HashSet::new(),
        KeptReading::Few { rows, checked } => rows
            .iter()
            .filter(|(row, _, _)| matches!(checked.get(row), Some(None)))
            .map(|(_, number, _)| *number)
            .collect(),
    }
}

/// The orders that may match `filter` when they are few (`QueueBook::ask_proposed`), kept
/// until the book changes: a letter taken back, or the background count of the filter just
/// read, asks no more.
pub(crate) fn proposed(
    book: &impl QueueBook,
    version: &str,
    filter: &str,
) -> Result<Option<Vec<i64>>> {
    let key = filter.to_string();
    let kept = with_kept(book, version, |k| match k.proposed.get(&key) {
        Some(found) => Some(found.clone()),
        None => {
            let found = narrowed(k, filter)?;
            remember(&mut k.proposed, key.clone(), Some(found.clone()));
            Some(Some(found))
        }
    });
    if let Some(Some(found)) = kept {
        return Ok(found);
    }
    let found = book.ask_proposed(filter)?;
    with_kept(book, version, |k| {
        remember(&mut k.proposed, key, found.clone())
    });
    Ok(found)
}

/// The orders proposed for a filter that `filter` narrows (each of its words matched as
/// text is within one of `filter`'s: every order `filter` matches, it matched), when they
/// are few enough to check (`NARROWED_FROM`), with the orders whose number a word of
/// `filter` is. Typing a name a letter at a time then asks the index once.
fn narrowed(kept: &Kept, filter: &str) -> Option<Vec<i64>> {
    let words = text_words(filter);
    let (_, found) = kept.proposed.iter().find(|(wider, found)| {
        let within = text_words(wider);
        found.as_ref().is_some_and(|f| f.len() <= NARROWED_FROM)
            && !within.is_empty()
            && within
                .iter()
                .all(|w| words.iter().any(|n| n.contains(w.as_str())))
    })?;
    let mut found = found.clone()?;
    found.extend(number_words(filter));
    found.sort_unstable();
    found.dedup();
    Some(found)
}

/// The words of `filter` matched as text (not naming a status, which matches whole ranks),
/// as the filter looks for them: LIKE's wildcards taken out, ASCII letters lowered (LIKE
/// finds them in any case; every other letter as written).
pub(crate) fn text_words(filter: &str) -> Vec<String> {
    filter
        .split_whitespace()
        .take(FILTER_WORDS)
        .filter(|w| QueueClass::named(w).is_empty())
        .map(|w| w.replace(['%', '_'], "").to_ascii_lowercase())
        .collect()
}

/// The words of `filter` that are order numbers ("1042", "#1042").
pub(crate) fn number_words(filter: &str) -> Vec<i64> {
    filter
        .split_whitespace()
        .take(FILTER_WORDS)
        .filter_map(|w| w.trim_start_matches('#').parse().ok())
        .collect()
}

/// A filter's counts at day and minute `at`, counted by `count` unless counted already on
/// the book as it is: the desk counts a filter in the background each time it is typed, a
/// letter taken back included.
pub(crate) fn counted(
    book: &impl QueueBook,
    version: &str,
    filter: &str,
    at: String,
    count: impl FnOnce() -> Result<Counted>,
) -> Result<Counted> {
    let key = (filter.to_string(), at);
    if let Some(Some(found)) = with_kept(book, version, |k| k.counted.get(&key).copied()) {
        return Ok(found);
    }
    let found = count()?;
    with_kept(book, version, |k| remember(&mut k.counted, key, found));
    Ok(found)
}

/// The proposed orders the view shows, in queue order. Where each stands is read once and
/// kept in `places` (by number) for the next filter while the book is unchanged: a letter
/// typed or taken back proposes mostly the same orders again.
fn proposed_in_queue_order(
    book: &impl QueueBook,
    view: &QueueView,
    numbers: &[i64],
    places: &mut HashMap<i64, Place>,
) -> Result<Vec<Proposed>> {
    let unread: Vec<i64> = numbers
        .iter()
        .copied()
        .filter(|n| !places.contains_key(n))
        .collect();
    if !unread.is_empty() {
        if places.len() + unread.len() > KEPT_PLACES {
            places.clear();
        }
        places.extend(book.read_places(&unread)?);
    }
    Ok(in_queue_order(
        view,
        numbers
            .iter()
            .filter_map(|n| places.get(n).map(|place| (*n, place))),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(proposed: &[(&str, Option<Vec<i64>>)]) -> Kept {
        Kept {
            proposed: proposed
                .iter()
                .map(|(f, found)| (f.to_string(), found.clone()))
                .collect(),
            ..Kept::default()
        }
    }

    #[test]
    fn a_filters_text_words_leave_out_status_words_and_wildcards() {
        assert_eq!(
            text_words("Lucas Hadda%d packing #1042 extra words"),
            ["lucas", "haddad", "#1042"]
        );
        assert_eq!(number_words("#1042 1043 abc"), [1042, 1043]);
        assert!(text_words("pack").is_empty());
    }

    /// A filter reuses the orders proposed for one it narrows (every word of that one
    /// within one of its own), with its own numbers; never one it widens, one with too
    /// many, or one whose words are all statuses.
    #[test]
    fn orders_proposed_for_a_wider_filter_serve_a_narrower_one() {
        let k = kept(&[("lucas hadda", Some(vec![3, 1, 2])), ("mei", None)]);
        assert_eq!(narrowed(&k, "Lucas Haddad"), Some(vec![1, 2, 3]));
        assert_eq!(narrowed(&k, "HADDAD lucas"), Some(vec![1, 2, 3]));
        assert_eq!(narrowed(&k, "Lucas Haddad 7"), Some(vec![1, 2, 3, 7]));
        assert_eq!(narrowed(&k, "Lucas Had"), None, "wider");
        assert_eq!(
            narrowed(&k, "Lucas packing"),
            None,
            "a status word is no text"
        );
        assert_eq!(narrowed(&k, "meire"), None, "mei proposed too many");
        let many = kept(&[("ana", Some((0..=NARROWED_FROM as i64).collect()))]);
        assert_eq!(narrowed(&many, "ana lima"), None);
        let statuses = kept(&[("pack", Some(vec![1]))]);
        assert_eq!(narrowed(&statuses, "packing"), None);
    }
}
