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
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::{NaiveDate, NaiveDateTime};

use super::Result;
use super::queue_walk::{
    CHUNK_LEAST, Checks, Few, Paged, PartReads, Place, Proposed, Scan, Walk, in_queue_order, page,
};
use super::rows::{OrderRow, Pressing, QueueView};
use crate::core::queue::{LAST_OPEN_RANK, QUEUE_RANKS, QueueClass, QueueFrom};

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

/// A filter the index cannot narrow has its open orders listed whole by its count on the
/// background connection (`counted`) when they are at most this many; the screen then reads
/// its pages among them, as among a few proposed orders, instead of walking past every open
/// order it does not match ("mei", one open order in ten: a window walked about 1,300 orders
/// and read each one's row; among the 72,000 listed it reads the 121 it shows). More, and the
/// filter is dense enough that a window walks past few others (a seventh of the open queue:
/// 850 a window); a list of 100,000 takes about 15 MB.
pub(crate) const LISTED_AT_MOST: usize = 100_000;

/// Which book a list of a filter's open orders was read from, as another connection of the
/// same desk can check it against its own reading of the book's version.
pub(crate) enum Stamp {
    /// The server's snapshot the list was read in (PostgreSQL: the same text on every
    /// connection for the same book).
    Snapshot(String),
    /// When the read of the list began (SQLite: each connection's version is its own; a
    /// connection that has seen no change since before then saw the book the list was read
    /// from).
    Began(Instant),
}

/// A walked filter's open orders in queue order on a day, listed whole on the background
/// connection.
pub(crate) struct Listed {
    filter: String,
    today: Option<NaiveDate>,
    stamp: Stamp,
    rows: Arc<Vec<Proposed>>,
}

/// The latest list, shared by a desk's connections (the screen's and the background one's:
/// `Kept::share_listing`).
pub(crate) type Listing = Arc<Mutex<Option<Listed>>>;

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

    /// Whether `ask_proposed` for `filter` is an index's answer, not a read of every order
    /// (PostgreSQL's trigram index answers no word shorter than three letters).
    fn asks_quickly(&self, filter: &str) -> bool;

    /// Where each of these orders stands, by number (an order not found is left out).
    fn read_places(&self, numbers: &[i64]) -> Result<Vec<(i64, Place)>>;

    /// The walk's SQL for `view`.
    fn parts<'a>(&'a self, view: &'a QueueView<'a>) -> Box<dyn PartReads + 'a>;

    /// The SQL checking proposed orders against `filter`.
    fn checks<'a>(&'a self, filter: &'a str) -> Box<dyn Checks + 'a>;

    /// Every open order `filter` matches, by number with where it stands, read whole in one
    /// statement, and which book it was read from.
    fn list_open(&self, filter: &str) -> Result<(Stamp, Vec<(i64, Place)>)>;
}

/// The filter's text, last rank and day of a queue view: which reading is kept.
type ViewSeen = (String, u8, Option<NaiveDate>);

/// A filter's counts per rank and what is due in it.
pub(crate) type Counted = ([i64; QUEUE_RANKS], Pressing);

/// What is kept for one version of the book.
#[derive(Default)]
pub(crate) struct Kept {
    version: String,
    /// When this connection first saw the book at `version`.
    since: Option<Instant>,
    /// The latest list of a walked filter's open orders, shared with the desk's other
    /// connection (it outlives the version: its stamp says which book it was read from).
    listing: Listing,
    /// How the last filter's pages were read.
    page: Option<(ViewSeen, KeptReading)>,
    /// Where the orders proposed for any filter stand, by number.
    places: HashMap<i64, Place>,
    /// The orders proposed for a filter (by its text): None, too many to be few.
    proposed: HashMap<String, Option<Vec<i64>>>,
    /// A filter's counts, by its text and the day and minute counted at.
    counted: HashMap<(String, String), Counted>,
}

impl Kept {
    /// Shares `other`'s listing: what one connection lists, the other reads among.
    pub(crate) fn share_listing(&mut self, other: &Kept) {
        self.listing = Arc::clone(&other.listing);
    }
}

/// How a filter's pages were last read: by walking, or among its proposed (or listed) orders
/// in queue order, with those checked so far (the row of each the filter matches).
enum KeptReading {
    Walk,
    Few {
        rows: Arc<Vec<Proposed>>,
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
            since: Some(Instant::now()),
            listing: Arc::clone(&kept.listing),
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
        // The screen's read does not wait for a question no index answers: it walks, within
        // its time box, and the read in the background asks.
        None => match proposed_if(
            book,
            &version,
            view.filter,
            view.until.is_none() || book.asks_quickly(view.filter),
        )? {
            Some(numbers) => KeptReading::Few {
                rows: Arc::new(proposed_in_queue_order(book, view, &numbers, &mut places)?),
                checked: HashMap::new(),
            },
            None => KeptReading::Walk,
        },
    };
    // A walked filter whose open orders the background connection listed from this same
    // book is read among them from now on.
    let reading = match reading {
        KeptReading::Walk => match with_kept(book, &version, |k| listed_for(k, view)).flatten() {
            Some(rows) => KeptReading::Few {
                rows,
                checked: HashMap::new(),
            },
            None => KeptReading::Walk,
        },
        other => other,
    };
    let (paged, reading) = match reading {
        // The screen's read walks a chunk at a time and stops at its instant.
        KeptReading::Walk => match view.until {
            Some(until) => {
                let scan = Scan {
                    view,
                    parts: book.parts(view),
                    checks: book.checks(view.filter),
                    until,
                    chunk: CHUNK_LEAST,
                    stopped: std::cell::Cell::new(false),
                };
                (page(&scan, from, skip, limit)?, KeptReading::Walk)
            }
            None => {
                let walk = Walk {
                    view,
                    parts: book.parts(view),
                };
                (page(&walk, from, skip, limit)?, KeptReading::Walk)
            }
        },
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
    with_kept(book, &version, |k| {
        // The filter's proposed orders lose those it was found not to match: another read
        // of it (a letter taken back and typed again) checks them no more. (A listed
        // filter's were all found to match; it has no proposed orders to lose.)
        if let Some(Some(proposed)) = k.proposed.get_mut(view.filter) {
            let rejected = rejected(&reading);
            if !rejected.is_empty() {
                proposed.retain(|n| !rejected.contains(n));
            }
        }
        k.page = Some((seen, reading));
        k.places = places;
    });
    Ok(paged)
}

/// The open orders listed for `view`'s filter, when they were listed on the view's day
/// from the book this connection reads now.
fn listed_for(kept: &Kept, view: &QueueView) -> Option<Arc<Vec<Proposed>>> {
    if view.last_rank != LAST_OPEN_RANK {
        return None;
    }
    let slot = kept.listing.lock().ok()?;
    let listed = slot.as_ref()?;
    let same_book = match &listed.stamp {
        Stamp::Snapshot(at) => *at == kept.version,
        Stamp::Began(at) => kept.since.is_some_and(|since| since <= *at),
    };
    (same_book && listed.filter == view.filter && listed.today == view.today)
        .then(|| Arc::clone(&listed.rows))
}

/// After counting `filter` on the book at `version`: when the index cannot narrow it and its
/// open orders are at most `LISTED_AT_MOST`, lists them in queue order on `today` for the
/// desk's other connection (`listed_for`). A filter that matches no open order is listed
/// too: its pages then read nothing instead of walking the whole open queue.
fn list_walked(
    book: &impl QueueBook,
    version: &str,
    filter: &str,
    today: NaiveDate,
    counts: &[i64; QUEUE_RANKS],
) -> Result<()> {
    let open: i64 = counts[..=usize::from(LAST_OPEN_RANK)].iter().sum();
    if text_words(filter).is_empty()
        || open > LISTED_AT_MOST as i64
        || proposed(book, version, filter)?.is_some()
    {
        return Ok(());
    }
    let Some(listing) = book.kept().map(|k| Arc::clone(&k.borrow().listing)) else {
        return Ok(());
    };
    let (stamp, places) = book.list_open(filter)?;
    let view = QueueView {
        last_rank: LAST_OPEN_RANK,
        filter,
        today: Some(today),
        until: None,
    };
    let rows = in_queue_order(&view, places.iter().map(|(n, place)| (*n, place)));
    if let Ok(mut slot) = listing.lock() {
        *slot = Some(Listed {
            filter: filter.to_string(),
            today: Some(today),
            stamp,
            rows: Arc::new(rows),
        });
    }
    Ok(())
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
    proposed_if(book, version, filter, true)
}

/// `proposed`, the engine asked only when `ask` (else None, and nothing kept for it): what
/// is kept, or narrowed from a kept filter, serves either way.
fn proposed_if(
    book: &impl QueueBook,
    version: &str,
    filter: &str,
    ask: bool,
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
    if !ask {
        return Ok(None);
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

/// A filter's counts at `now` (its day and minute), counted by `count` unless counted
/// already on the book as it is: the desk counts a filter in the background each time it is
/// typed, a letter taken back included. A new count of a filter the index cannot narrow also
/// lists its open orders when they are few enough (`list_walked`), for the screen to read
/// its pages among.
pub(crate) fn counted(
    book: &impl QueueBook,
    version: &str,
    filter: &str,
    now: NaiveDateTime,
    count: impl FnOnce() -> Result<Counted>,
) -> Result<Counted> {
    let key = (filter.to_string(), now.format("%Y-%m-%d %H:%M").to_string());
    if let Some(Some(found)) = with_kept(book, version, |k| k.counted.get(&key).copied()) {
        return Ok(found);
    }
    let found = count()?;
    with_kept(book, version, |k| remember(&mut k.counted, key, found));
    // The list only spares the screen a walk: if it cannot be read, the filter is walked.
    let _ = list_walked(book, version, filter, now.date(), &found.0);
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

/// For the store's tests: whether the last filter read on this connection was read among
/// a few proposed or listed orders (not walked).
#[cfg(test)]
pub(crate) fn read_among_few(book: &impl QueueBook) -> bool {
    book.kept()
        .is_some_and(|k| matches!(k.borrow().page.as_ref(), Some((_, KeptReading::Few { .. }))))
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

    fn listed(stamp: Stamp, today: Option<NaiveDate>) -> Listing {
        Arc::new(Mutex::new(Some(Listed {
            filter: "mei".into(),
            today,
            stamp,
            rows: Arc::new(Vec::new()),
        })))
    }

    /// A list read on the other connection serves only the same filter, on the same day, in
    /// the open queue, and only from the same book: on PostgreSQL the same snapshot; on
    /// SQLite, a reading of the book kept since before the list's read began (no change
    /// seen since, as the version says).
    #[test]
    fn a_list_serves_its_filter_and_day_from_the_book_it_was_read_from() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 5);
        let view = |filter, last_rank, today| QueueView {
            last_rank,
            filter,
            today,
            until: None,
        };
        let open = view("mei", LAST_OPEN_RANK, day);
        let at = |listing: Listing, version: &str, since: Option<Instant>| Kept {
            version: version.into(),
            since,
            listing,
            ..Kept::default()
        };
        let pg = at(listed(Stamp::Snapshot("7:9:".into()), day), "7:9:", None);
        assert!(listed_for(&pg, &open).is_some());
        assert!(listed_for(&pg, &view("meir", LAST_OPEN_RANK, day)).is_none());
        assert!(
            listed_for(&pg, &view("mei", 9, day)).is_none(),
            "closed too"
        );
        let tomorrow = day.and_then(|d| d.succ_opt());
        assert!(listed_for(&pg, &view("mei", LAST_OPEN_RANK, tomorrow)).is_none());
        let moved = at(listed(Stamp::Snapshot("7:9:".into()), day), "7:10:", None);
        assert!(listed_for(&moved, &open).is_none(), "another snapshot");

        let seen = Instant::now();
        let began = seen + std::time::Duration::from_millis(1);
        let lite = at(listed(Stamp::Began(began), day), "3 0", Some(seen));
        assert!(listed_for(&lite, &open).is_some());
        let later = at(
            listed(Stamp::Began(seen), day),
            "4 0",
            Some(began + std::time::Duration::from_millis(1)),
        );
        assert!(
            listed_for(&later, &open).is_none(),
            "the book seen only after the list's read began"
        );
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
