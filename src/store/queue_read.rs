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
use std::collections::HashMap;

use chrono::NaiveDate;

use super::Result;
use super::queue_walk::{
    Checks, Few, Paged, PartReads, Place, Proposed, Walk, in_queue_order, page,
};
use super::rows::{OrderRow, Pressing, QueueView};
use crate::core::queue::{QUEUE_RANKS, QueueFrom};

/// At most this many proposed orders are read and ordered as a set. More, and the filter is
/// common enough that walking the queue finds a window's matches sooner. Measured on a
/// million orders in SQLite: a proposed order's key costs about 1–4 µs to read (2,560 of
/// "Lucas Haddad": 4–11 ms on a loaded machine; only the orders a window passes are then
/// checked), a walked one about 3 µs, and a window of 120 walks 120 / d orders at a density
/// d of matches in the open queue (750,000 orders): the two meet near 10,000 matches; "mei"
/// (97,000) walks 1,200 orders a window.
pub(crate) const FEW: usize = 10_000;

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
    with_kept(book, &version, |k| {
        k.page = Some((seen, reading));
        k.places = places;
    });
    Ok(paged)
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
    if let Some(Some(found)) = with_kept(book, version, |k| k.proposed.get(&key).cloned()) {
        return Ok(found);
    }
    let found = book.ask_proposed(filter)?;
    with_kept(book, version, |k| {
        remember(&mut k.proposed, key, found.clone())
    });
    Ok(found)
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
