//! The order queue a window at a time by keyset, the same on both engines. Each window
//! starts at the key of a row the desk already shows (or at an end of the queue, or at an
//! order), so reading it is an index range that begins where the key is: no window ever
//! counts or steps over the rows before it, and one a million rows deep costs what the first
//! one does.
//!
//! The queue's order (the ranking rule): by rank; within a rank whose orders are still to
//! deliver, the ones due by the day the queue is ranked for come first, by day, then hour
//! (an untimed one at the day's end), then when they were made; then the rest, oldest
//! first. The book's row (SQLite's rowid, PostgreSQL's order number) breaks ties. Each
//! rank is read as two parts, each an index range on both engines: its pressing orders on
//! (rank, day, hour, created, row) and the rest on (rank, created, row).
//!
//! What is here: which parts a read passes through and from where (`Walk`), a page's rows
//! and whether it reaches the queue's ends (`page`), the rows around an order, and reading
//! among a few proposed orders instead (`Few`). Each engine gives only its SQL: a part's
//! rows from a key (`PartReads`), where an order stands, and checking proposed orders.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use super::Result;
use super::rows::{OrderRow, QueueRows, QueueView};
use crate::core::queue::{LAST_TO_DELIVER, QueueFrom, QueueKey};

/// One index range of the queue: a rank's pressing orders, or the rest of it. Ordered as the
/// queue reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Part {
    pub rank: u8,
    /// The orders not due by the view's day (or all of an unsplit rank's).
    pub rest: bool,
    /// The rank's pressing orders are read apart (the rest part leaves them out).
    pub split: bool,
}

impl Part {
    /// The part a key stands in (a key of the pressing part of a rank that is not split
    /// sorts before all of that rank's rows, like an empty pressing part would).
    fn of(key: &QueueKey) -> (u8, bool) {
        (key.rank, key.due.is_none())
    }

    fn place(self) -> (u8, bool) {
        (self.rank, self.rest)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Forward,
    Backward,
}

impl Direction {
    fn other(self) -> Direction {
        match self {
            Direction::Forward => Direction::Backward,
            Direction::Backward => Direction::Forward,
        }
    }
}

/// Where a read starts within its first part: after (or before) this key, or from it.
#[derive(Clone, Copy)]
pub(crate) struct Bound<'k> {
    pub key: &'k QueueKey,
    pub inclusive: bool,
}

/// A row of the queue as lists show it, with where it stands.
pub(crate) type Keyed = (OrderRow, QueueKey);

/// An engine's SQL for walking the queue of one view.
pub(crate) trait PartReads {
    /// Up to `limit` rows of one part in `direction`, the first after `bound` (or from the
    /// part's end), that the view's filter matches.
    fn read_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Keyed>>;

    /// Where order `number` stands in the view; None when the view does not show it.
    fn key_of(&self, number: i64) -> Result<Option<QueueKey>>;

    /// Up to `limit` rows of one part in `direction`, the first after `bound` (or from the
    /// part's end), whether the view's filter matches them or not: each one's book row,
    /// where it stands and whether it matches (a time-boxed walk, `Scan`).
    fn scan_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Scanned>>;
}

/// A row a time-boxed walk passed: its book row, where it stands, whether the filter
/// matches it.
pub(crate) type Scanned = (i64, QueueKey, bool);

impl<P: PartReads + ?Sized> PartReads for Box<P> {
    fn read_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Keyed>> {
        (**self).read_part(part, direction, bound, limit)
    }

    fn key_of(&self, number: i64) -> Result<Option<QueueKey>> {
        (**self).key_of(number)
    }

    fn scan_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Scanned>> {
        (**self).scan_part(part, direction, bound, limit)
    }
}

/// A way to read the view's rows in one direction from a bound: the walk along the queue's
/// indexes (`Walk`), or among the few orders an index of the filter's words proposed
/// (`Few`).
pub(crate) trait Reading {
    /// Up to `want` rows in `direction`, the first after `bound` (or from the end).
    fn walk(&self, direction: Direction, bound: Option<Bound>, want: usize) -> Result<Vec<Keyed>>;

    /// Where order `number` stands in the view; None when the view does not show it.
    fn key_of(&self, number: i64) -> Result<Option<QueueKey>>;

    /// A read stopped at its time box before it had all it wanted (what it returned is
    /// right as far as it goes: the rows nearest the bound, in order).
    fn stopped(&self) -> bool {
        false
    }
}

/// The walk along the queue's indexes, part after part, each read by the engine's SQL.
pub(crate) struct Walk<'v, P> {
    pub view: &'v QueueView<'v>,
    pub parts: P,
}

impl<P: PartReads> Reading for Walk<'_, P> {
    fn walk(&self, direction: Direction, bound: Option<Bound>, want: usize) -> Result<Vec<Keyed>> {
        let mut parts = parts(self.view);
        if direction == Direction::Backward {
            parts.reverse();
        }
        let mut out = Vec::new();
        for part in parts {
            if out.len() >= want {
                break;
            }
            // Parts before the bound's (in the direction of reading) hold nothing wanted;
            // the bound's own part is read from the key.
            let at = match bound {
                None => None,
                Some(b) => match (direction, part.place().cmp(&Part::of(b.key))) {
                    (Direction::Forward, Ordering::Less)
                    | (Direction::Backward, Ordering::Greater) => continue,
                    (_, Ordering::Equal) => Some(b),
                    _ => None,
                },
            };
            let rows = self
                .parts
                .read_part(part, direction, at, want - out.len())?;
            out.extend(rows);
        }
        Ok(out)
    }

    fn key_of(&self, number: i64) -> Result<Option<QueueKey>> {
        self.parts.key_of(number)
    }
}

/// The walk along the queue's indexes for a filter, stopped at an instant (the screen's
/// reads: `QueueView::until`): each part is read a chunk of rows at a time whatever the
/// filter says of them (their keys and whether the filter matches each), the matching ones'
/// rows read after each chunk, and no chunk is begun that the rows read so far say would
/// end past the instant. A filter that few open orders match (a word the index cannot
/// narrow) would otherwise walk the whole queue for a window: more than a second on a
/// million orders. What it found is right as far as it goes (`stopped` says it stopped).
pub(crate) struct Scan<'v, P, C> {
    pub view: &'v QueueView<'v>,
    pub parts: P,
    pub checks: C,
    pub until: Instant,
    /// The rows of a walk's first chunk (`CHUNK_LEAST`), and the fewest worth a statement.
    pub chunk: usize,
    pub stopped: Cell<bool>,
}

/// The rows of a time-boxed walk's first chunk; each next one reads twice as many as read
/// so far, up to `CHUNK_MOST` (a chunk is one statement: it cannot be stopped once begun),
/// and fewer when the time left at the pace so far allows no more.
pub(crate) const CHUNK_LEAST: usize = 256;
const CHUNK_MOST: usize = 2_048;

/// The pace a walk's first chunk is planned at, before any row is read: a walked row costs
/// about 1–3 µs on a million-order book (its row read for the filter's text).
const FIRST_PACE_SECS: f64 = 3e-6;

impl<P: PartReads, C: Checks> Scan<'_, P, C> {
    /// The rows of `chunk` the filter matches, as lists show them, in the chunk's order.
    fn matching(&self, chunk: &[Scanned]) -> Result<Vec<Keyed>> {
        let hits: Vec<i64> = chunk
            .iter()
            .filter(|(_, _, hit)| *hit)
            .map(|(row, _, _)| *row)
            .collect();
        if hits.is_empty() {
            return Ok(Vec::new());
        }
        let mut found: HashMap<i64, OrderRow> = self.checks.check(&hits)?.into_iter().collect();
        Ok(chunk
            .iter()
            .filter_map(|(row, key, _)| found.remove(row).map(|r| (r, key.clone())))
            .collect())
    }
}

impl<P: PartReads, C: Checks> Reading for Scan<'_, P, C> {
    fn walk(&self, direction: Direction, bound: Option<Bound>, want: usize) -> Result<Vec<Keyed>> {
        let began = Instant::now();
        let mut scanned = 0usize;
        let mut out = Vec::new();
        let mut parts = parts(self.view);
        if direction == Direction::Backward {
            parts.reverse();
        }
        for part in parts {
            let mut at: Option<(QueueKey, bool)> = match bound {
                None => None,
                Some(b) => match (direction, part.place().cmp(&Part::of(b.key))) {
                    (Direction::Forward, Ordering::Less)
                    | (Direction::Backward, Ordering::Greater) => continue,
                    (_, Ordering::Equal) => Some((b.key.clone(), b.inclusive)),
                    _ => None,
                },
            };
            loop {
                if out.len() >= want {
                    return Ok(out);
                }
                // As many rows as the time left allows at the pace read so far.
                let now = Instant::now();
                let left = self.until.saturating_duration_since(now);
                let (size, least) = if scanned == 0 {
                    let fits = (left.as_secs_f64() / FIRST_PACE_SECS) as usize;
                    (fits.min(self.chunk), self.chunk / 4)
                } else {
                    let per_row = now.duration_since(began).as_secs_f64() / scanned as f64;
                    let fits = (left.as_secs_f64() / per_row.max(1e-9)) as usize;
                    (
                        fits.min(CHUNK_MOST).min(scanned.max(self.chunk) * 2),
                        self.chunk,
                    )
                };
                if left.is_zero() || size == 0 || size < least {
                    self.stopped.set(true);
                    return Ok(out);
                }
                let from = at.as_ref().map(|(key, inclusive)| Bound {
                    key,
                    inclusive: *inclusive,
                });
                let chunk = self.parts.scan_part(part, direction, from, size)?;
                scanned += chunk.len();
                out.extend(
                    self.matching(&chunk)?
                        .into_iter()
                        .take(want.saturating_sub(out.len())),
                );
                match chunk.last() {
                    Some((_, key, _)) if chunk.len() >= size => at = Some((key.clone(), false)),
                    // The part ends within the chunk.
                    _ => break,
                }
            }
        }
        Ok(out)
    }

    fn key_of(&self, number: i64) -> Result<Option<QueueKey>> {
        self.parts.key_of(number)
    }

    fn stopped(&self) -> bool {
        self.stopped.get()
    }
}

/// A page's rows in queue order and whether they reach the queue's ends.
pub(crate) struct Paged {
    pub found: Vec<Keyed>,
    pub at_start: bool,
    pub at_end: bool,
    pub missing: bool,
    /// The read stopped at its time box (`Scan`): the rows found so far.
    pub unfinished: bool,
}

impl Paged {
    /// The rows as the store gives them, their lines filled in by `with_lines`.
    pub fn into_rows(
        self,
        with_lines: impl FnOnce(Vec<OrderRow>) -> Result<Vec<OrderRow>>,
    ) -> Result<QueueRows> {
        let (rows, keys): (Vec<OrderRow>, Vec<QueueKey>) = self.found.into_iter().unzip();
        Ok(QueueRows {
            rows: with_lines(rows)?,
            keys,
            at_start: self.at_start,
            at_end: self.at_end,
            missing: self.missing,
            unfinished: self.unfinished,
        })
    }
}

/// Up to `limit` rows from `from` after stepping over `skip`, read the way `reading` reads,
/// with whether they reach the queue's ends.
pub(crate) fn page(
    reading: &impl Reading,
    from: &QueueFrom,
    skip: usize,
    limit: usize,
) -> Result<Paged> {
    let want = limit + skip;
    let bound = |key, inclusive: &bool| {
        Some(Bound {
            key,
            inclusive: *inclusive,
        })
    };
    let (direction, bound) = match from {
        QueueFrom::Start => (Direction::Forward, None),
        QueueFrom::End => (Direction::Backward, None),
        QueueFrom::After { key, inclusive } => (Direction::Forward, bound(key, inclusive)),
        QueueFrom::Before { key, inclusive } => (Direction::Backward, bound(key, inclusive)),
        QueueFrom::Around(number) => return around(reading, *number, limit),
    };
    // One row more than wanted says whether the queue goes on past the page (unless the
    // walk stopped at its time box: then it is not known).
    let mut found = reading.walk(direction, bound, want + 1)?;
    let ran_out = found.len() <= want && !reading.stopped();
    found.truncate(want);
    let skipped = skip.min(found.len());
    found.drain(..skipped);
    if direction == Direction::Backward {
        found.reverse();
    }
    // Whether the other end is reached too: read from that end (`g`, `G`) with nothing
    // stepped over, it is; else a probe of one row beyond what was read (or beyond the
    // anchor, when nothing was). In a filter the probe walks back to the filter's previous
    // match, a window's worth of reading in a sparse one.
    let nearest = match direction {
        Direction::Forward => found.first(),
        Direction::Backward => found.last(),
    };
    let beyond = match nearest {
        Some((_, key)) => Some(Bound {
            key,
            inclusive: false,
        }),
        None => bound.map(|b| Bound {
            key: b.key,
            inclusive: !b.inclusive,
        }),
    };
    let reached = match beyond {
        _ if bound.is_none() && skipped == 0 => true,
        Some(b) => reading.walk(direction.other(), Some(b), 1)?.is_empty() && !reading.stopped(),
        // From an end with nothing in the queue: both ends.
        None => true,
    };
    let (at_start, at_end) = match direction {
        Direction::Forward => (reached, ran_out),
        Direction::Backward => (ran_out, reached),
    };
    Ok(Paged {
        found,
        at_start,
        at_end,
        missing: false,
        unfinished: reading.stopped(),
    })
}

/// The rows around order `number`: half a window before it, it and the rest after it (more
/// before it when the queue ends soon after).
fn around(reading: &impl Reading, number: i64, limit: usize) -> Result<Paged> {
    let Some(key) = reading.key_of(number)? else {
        return Ok(Paged {
            found: Vec::new(),
            at_start: false,
            at_end: false,
            missing: true,
            unfinished: false,
        });
    };
    let from_key = |inclusive| {
        Some(Bound {
            key: &key,
            inclusive,
        })
    };
    let after_limit = limit - limit / 2;
    let mut after = reading.walk(Direction::Forward, from_key(true), after_limit + 1)?;
    let mut at_end = after.len() <= after_limit;
    after.truncate(after_limit);
    let before_limit = limit.saturating_sub(after.len());
    let mut before = reading.walk(Direction::Backward, from_key(false), before_limit + 1)?;
    let at_start = before.len() <= before_limit;
    before.truncate(before_limit);
    // Near the start, the rest of the window comes after it.
    let more = limit.saturating_sub(before.len() + after.len());
    if more > 0
        && !at_end
        && let Some((_, last)) = after.last()
    {
        let last = last.clone();
        let next = reading.walk(
            Direction::Forward,
            Some(Bound {
                key: &last,
                inclusive: false,
            }),
            more + 1,
        )?;
        at_end = next.len() <= more;
        after.extend(next.into_iter().take(more));
    }
    before.reverse();
    before.extend(after);
    let unfinished = reading.stopped();
    Ok(Paged {
        found: before,
        at_start: at_start && !unfinished,
        at_end: at_end && !unfinished,
        missing: false,
        unfinished,
    })
}

/// An engine's check of proposed orders against the view's filter.
pub(crate) trait Checks {
    /// Of these proposed orders (book rows), the ones the filter matches, each with its row
    /// as lists show it.
    fn check(&self, rows: &[i64]) -> Result<Vec<(i64, OrderRow)>>;
}

impl<C: Checks + ?Sized> Checks for Box<C> {
    fn check(&self, rows: &[i64]) -> Result<Vec<(i64, OrderRow)>> {
        (**self).check(rows)
    }
}

/// A proposed order: its book row, its number and where it stands.
pub(crate) type Proposed = (i64, i64, QueueKey);

/// The view's rows among the few orders an index of the filter's words proposed. Where each
/// stands is read first (its key, not its text), and they are put in queue order
/// (`in_queue_order`); the filter's condition is checked only on the ones a read passes, a
/// batch at a time, reading each one's row as lists show it then: a window of a filter with
/// a few thousand proposed orders reads the rows of about a window, not of all of them.
pub(crate) struct Few<C> {
    pub checks: C,
    /// The proposed orders the view shows, in queue order (shared with what is kept).
    pub rows: Arc<Vec<Proposed>>,
    /// The proposed orders checked so far, by book row: the row when the filter matches it.
    pub checked: RefCell<HashMap<i64, Option<OrderRow>>>,
}

/// The fewest proposed orders checked in one statement.
const BATCH: usize = 16;

impl<C: Checks> Few<C> {
    /// Checks the filter on these proposed orders (book rows) not checked yet, keeping the
    /// row of each it matches.
    fn check(&self, rows: &[i64]) -> Result<()> {
        let unchecked: Vec<i64> = {
            let checked = self.checked.borrow();
            rows.iter()
                .copied()
                .filter(|row| !checked.contains_key(row))
                .collect()
        };
        if unchecked.is_empty() {
            return Ok(());
        }
        let matched = self.checks.check(&unchecked)?;
        let mut checked = self.checked.borrow_mut();
        for row in unchecked {
            checked.insert(row, None);
        }
        for (row, listed) in matched {
            checked.insert(row, Some(listed));
        }
        Ok(())
    }

    /// Up to `want` of these proposed orders (in the order given) that the filter matches,
    /// checking them a batch at a time: as many as are still wanted, twice as many each
    /// batch after one that matched too few.
    fn matching<'a>(
        &self,
        mut candidates: impl Iterator<Item = &'a Proposed>,
        want: usize,
    ) -> Result<Vec<Keyed>> {
        let mut out = Vec::new();
        let mut batch = want.max(BATCH);
        while out.len() < want {
            let next: Vec<&Proposed> = candidates.by_ref().take(batch).collect();
            if next.is_empty() {
                break;
            }
            self.check(&next.iter().map(|(row, _, _)| *row).collect::<Vec<_>>())?;
            let checked = self.checked.borrow();
            for (row, _, key) in next {
                if out.len() < want
                    && let Some(Some(listed)) = checked.get(row)
                {
                    out.push((listed.clone(), key.clone()));
                }
            }
            batch *= 2;
        }
        Ok(out)
    }
}

impl<C: Checks> Reading for Few<C> {
    fn walk(&self, direction: Direction, bound: Option<Bound>, want: usize) -> Result<Vec<Keyed>> {
        // Where the bound falls among the rows: those before it and those after it.
        let split = |inclusive_before: bool| match bound {
            None => None,
            Some(b) => {
                let at = queue_order(b.key);
                Some(self.rows.partition_point(|(_, _, k)| {
                    let here = queue_order(k);
                    here < at || (inclusive_before && here == at)
                }))
            }
        };
        match direction {
            // After the key: past it, or from it when inclusive.
            Direction::Forward => {
                let from = split(!bound.is_some_and(|b| b.inclusive)).unwrap_or(0);
                self.matching(self.rows[from..].iter(), want)
            }
            // Before the key, the nearest first: up to it, or it too when inclusive.
            Direction::Backward => {
                let to = split(bound.is_some_and(|b| b.inclusive)).unwrap_or(self.rows.len());
                self.matching(self.rows[..to].iter().rev(), want)
            }
        }
    }

    fn key_of(&self, number: i64) -> Result<Option<QueueKey>> {
        let Some(found) = self.rows.iter().find(|(_, n, _)| *n == number) else {
            return Ok(None);
        };
        Ok(self
            .matching(std::iter::once(found), 1)?
            .pop()
            .map(|(_, key)| key))
    }
}

/// Where an order stands in the book, whatever the view: its rank, deadline (day, and hour
/// as the queue sorts it: 'HH:MM', '24:00' without one), when it was made and its book row.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub rank: u8,
    pub due_date: Option<String>,
    pub due_sort: String,
    pub created: String,
    pub row: i64,
}

impl Place {
    /// Where it stands in the view: in its rank's pressing part when the rank is split and
    /// it is due by `today` (the view's day as text), as the walk's parts say.
    pub fn key(&self, view: &QueueView, today: Option<&str>) -> QueueKey {
        let pressing =
            splits(view, self.rank) && self.due_date.as_deref().is_some_and(|d| Some(d) <= today);
        QueueKey {
            rank: self.rank,
            due: match (pressing, &self.due_date) {
                (true, Some(d)) => Some((d.clone(), self.due_sort.clone())),
                _ => None,
            },
            created: self.created.clone(),
            row: self.row,
        }
    }
}

/// The view's proposed orders (by number, where each stands) in queue order, leaving out
/// those of ranks the view does not show: what `Few` reads among.
pub(crate) fn in_queue_order<'p>(
    view: &QueueView,
    places: impl Iterator<Item = (i64, &'p Place)>,
) -> Vec<Proposed> {
    let today = today_text(view);
    let mut rows: Vec<Proposed> = places
        .filter(|(_, place)| place.rank <= view.last_rank)
        .map(|(n, place)| (place.row, n, place.key(view, today.as_deref())))
        .collect();
    rows.sort_by(|a, b| queue_order(&a.2).cmp(&queue_order(&b.2)));
    rows
}

/// A key as the queue orders it: by rank, a rank's pressing part before the rest, then by
/// day, hour, when made and book row (the pressing part) or when made and book row (the
/// rest), as the walk reads the indexes (text compares by bytes, as the stored text sorts).
fn queue_order(key: &QueueKey) -> (u8, bool, Option<&(String, String)>, &str, i64) {
    (
        key.rank,
        key.due.is_none(),
        key.due.as_ref(),
        &key.created,
        key.row,
    )
}

/// Whether a rank's pressing orders lead it: a day to rank for, and goods still to deliver.
pub(crate) fn splits(view: &QueueView, rank: u8) -> bool {
    view.today.is_some() && rank <= LAST_TO_DELIVER
}

/// The view's day as the keys write it ('YYYY-MM-DD').
pub(crate) fn today_text(view: &QueueView) -> Option<String> {
    view.today.map(|d| d.format("%Y-%m-%d").to_string())
}

/// The view's parts in queue order.
fn parts(view: &QueueView) -> Vec<Part> {
    let mut parts = Vec::new();
    for rank in 0..=view.last_rank {
        let split = splits(view, rank);
        if split {
            parts.push(Part {
                rank,
                rest: false,
                split,
            });
        }
        parts.push(Part {
            rank,
            rest: true,
            split,
        });
    }
    parts
}
