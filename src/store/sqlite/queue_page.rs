//! The order queue a page at a time, by keyset: each page starts at the key of a row the
//! desk already shows (or at an end of the queue, or at an order), so reading it is an index
//! range that begins where the key is. No page ever counts or steps over the rows before
//! it: one a million rows deep costs what the first one does.
//!
//! The queue's order (the ranking rule): by rank; within a rank whose orders are still to
//! deliver, the ones due by the day the queue is ranked for come first, by day, then hour
//! (an untimed one at the day's end), then when they were made; then the rest, oldest
//! first. The book's row number breaks ties. Each rank is read as two parts, each an index
//! range: its pressing orders on `orders_due` (rank, day, hour, created) and the rest on
//! `orders_by_urgency` (rank, created); both indexes end in the row number.

use std::cell::RefCell;
use std::collections::HashMap;

use rusqlite::ToSql;

use super::orders::{COLUMNS, LISTED, listed_row};
use super::queue::{Matching, number_list};
use super::{OrderRow, Reader, Result};
use crate::core::queue::{LAST_TO_DELIVER, QueueFrom, QueueKey};
use crate::store::api::*;
use crate::store::rows::*;

/// One index range of the queue: a rank's pressing orders, or the rest of it. Ordered as the
/// queue reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Part {
    rank: u8,
    /// The orders not due by today (or all of an unsplit rank's).
    rest: bool,
    /// The rank's pressing orders are read apart (the rest part leaves them out).
    split: bool,
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
enum Direction {
    Forward,
    Backward,
}

/// Where a read starts within its first part.
#[derive(Clone, Copy)]
struct Bound<'k> {
    key: &'k QueueKey,
    inclusive: bool,
}

/// A way to read the view's rows in one direction from a bound: the walk along the queue's
/// indexes (`Walk`), or among the few orders the index of the filter's words proposes
/// (`Few`). A row is `T`: the order as lists show it.
trait Reading<T> {
    /// Up to `want` rows in `direction`, the first after `bound` (or from the end).
    fn walk(
        &self,
        direction: Direction,
        bound: Option<Bound>,
        want: usize,
    ) -> Result<Vec<(T, QueueKey)>>;

    /// Where order `number` stands in the view; None when the view does not show it.
    fn key_of(&self, number: i64) -> Result<Option<QueueKey>>;
}

/// The walk along the queue's indexes, checking each order it passes against the filter.
struct Walk<'r, 'c> {
    reader: &'r Reader<'c>,
    matching: &'r Matching,
    view: &'r QueueView<'r>,
}

impl Reading<OrderRow> for Walk<'_, '_> {
    fn walk(
        &self,
        direction: Direction,
        bound: Option<Bound>,
        want: usize,
    ) -> Result<Vec<(OrderRow, QueueKey)>> {
        self.reader
            .walk(self.matching, self.view, direction, bound, want)
    }

    fn key_of(&self, number: i64) -> Result<Option<QueueKey>> {
        self.reader.key_of(self.matching, self.view, number)
    }
}

/// How a filter's pages were last read, kept by the store (one filter, the latest) until the
/// book changes: PageDown, `g`, `G` or a jump in the same filter then asks the index and
/// reads the proposed orders' keys no more, and checks no proposed order twice.
pub(crate) struct Kept {
    /// The filter, the last rank shown and the day ranked for.
    view: (String, u8, Option<chrono::NaiveDate>),
    /// `PRAGMA data_version` (other connections' commits) and this connection's changes.
    book: (i64, u64),
    reading: KeptReading,
    /// Where the orders proposed for any filter since the book changed stand, by number.
    places: HashMap<i64, Place>,
}

enum KeptReading {
    Walk,
    Few {
        rows: Vec<(i64, i64, QueueKey)>,
        checked: HashMap<i64, Option<OrderRow>>,
    },
}

/// A page's rows in queue order and whether they reach the queue's ends.
struct Paged<T> {
    found: Vec<(T, QueueKey)>,
    at_start: bool,
    at_end: bool,
    missing: bool,
}

impl QueuePageReads for Reader<'_> {
    fn queue_rows(
        &self,
        view: &QueueView,
        from: &QueueFrom,
        skip: usize,
        limit: usize,
    ) -> Result<QueueRows> {
        let matching = Matching::new(view.filter);
        let seen = (view.filter.to_string(), view.last_rank, view.today);
        let book = self.book_state()?;
        let (kept, mut places) = match self
            .queue_reading
            .and_then(|k| k.borrow_mut().take())
            .filter(|k| k.book == book)
        {
            Some(kept) if kept.view == seen => (Some(kept.reading), kept.places),
            Some(kept) => (None, kept.places),
            None => (None, HashMap::new()),
        };
        // A filter the index narrows to a few orders is read among them; one it cannot (a
        // status word, a word of one or two letters other than ASCII) or that matches many
        // orders is read by walking. Which it is, and the few in queue order, are kept for
        // the next page of the same filter until the book changes.
        let reading = match kept {
            Some(reading) => reading,
            None => match self.few_matching(&matching)? {
                Some(numbers) => KeptReading::Few {
                    rows: Few::keys(self, view, &numbers, &mut places)?,
                    checked: HashMap::new(),
                },
                None => KeptReading::Walk,
            },
        };
        let (paged, reading) = match reading {
            KeptReading::Walk => (
                page(
                    &Walk {
                        reader: self,
                        matching: &matching,
                        view,
                    },
                    from,
                    skip,
                    limit,
                )?,
                KeptReading::Walk,
            ),
            KeptReading::Few { rows, checked } => {
                let few = Few {
                    reader: self,
                    matching: &matching,
                    rows,
                    checked: RefCell::new(checked),
                };
                let paged = page(&few, from, skip, limit)?;
                (
                    paged,
                    KeptReading::Few {
                        rows: few.rows,
                        checked: few.checked.into_inner(),
                    },
                )
            }
        };
        if let Some(k) = self.queue_reading {
            *k.borrow_mut() = Some(Box::new(Kept {
                view: seen,
                book,
                reading,
                places,
            }));
        }
        let (rows, keys): (Vec<OrderRow>, Vec<QueueKey>) = paged.found.into_iter().unzip();
        Ok(QueueRows {
            rows: self.with_lines(rows, |r| &mut r.order)?,
            keys,
            at_start: paged.at_start,
            at_end: paged.at_end,
            missing: paged.missing,
        })
    }
}

impl Reader<'_> {
    /// What tells whether the book changed since: other connections' commits and this
    /// connection's own changes.
    fn book_state(&self) -> Result<(i64, u64)> {
        let version = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        Ok((version, self.conn.total_changes()))
    }

    /// Where order `number` stands in the view; None when the view does not show it.
    fn key_of(
        &self,
        matching: &Matching,
        view: &QueueView,
        number: i64,
    ) -> Result<Option<QueueKey>> {
        let sql = format!(
            "SELECT o.queue_rank, o.due_date, coalesce(o.due_time, '24:00') AS due_sort,
                 o.created_at, o.rowid AS row
             FROM orders o
             WHERE o.number = :number AND o.queue_rank BETWEEN 0 AND :last AND {}",
            matching.condition()
        );
        let mut params = matching.params();
        params.extend([
            (":number", &number as &dyn ToSql),
            (":last", &view.last_rank),
        ]);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params.as_slice())?;
        let Some(r) = rows.next()? else {
            return Ok(None);
        };
        Ok(Some(key_of_row(view, today_text(view).as_deref(), r)?))
    }

    /// Up to `want` rows in `direction`, part after part, the first part from `bound`.
    fn walk(
        &self,
        matching: &Matching,
        view: &QueueView,
        direction: Direction,
        bound: Option<Bound>,
        want: usize,
    ) -> Result<Vec<(OrderRow, QueueKey)>> {
        let mut parts = parts(view);
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
                Some(b) => {
                    let here = part.place().cmp(&Part::of(b.key));
                    match (direction, here) {
                        (Direction::Forward, std::cmp::Ordering::Less)
                        | (Direction::Backward, std::cmp::Ordering::Greater) => continue,
                        (_, std::cmp::Ordering::Equal) => Some(b),
                        _ => None,
                    }
                }
            };
            let rows = self.read_part(matching, view, part, direction, at, want - out.len())?;
            out.extend(rows);
        }
        Ok(out)
    }

    /// Up to `limit` rows of one part, in `direction`, from `bound` when given.
    fn read_part(
        &self,
        matching: &Matching,
        view: &QueueView,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<(OrderRow, QueueKey)>> {
        let (dir, cmp, past) = match (direction, bound.is_some_and(|b| b.inclusive)) {
            (Direction::Forward, false) => ("ASC", ">", ">"),
            (Direction::Forward, true) => ("ASC", ">=", ">"),
            (Direction::Backward, false) => ("DESC", "<", "<"),
            (Direction::Backward, true) => ("DESC", "<=", "<"),
        };
        let c = &cmp[..1];
        // Where the key puts the part's start, as index ranges: the key's first column on its
        // own too, so the planner begins the range there. A pressing part is read in up to
        // three ranges, each an index range of `orders_due`: the rest of the key's day and
        // hour (by when made), the rest of its day (later or earlier hours), the other days.
        // As one comparison of (day, hour, made, row) the planner could only begin at the
        // key's day and stepped over every order due that day before it (thousands on a
        // busy day: milliseconds for `g`, whose probe starts at the first key).
        let keyed: Vec<(String, &[&str])> = match (bound.is_some(), part.rest) {
            (false, _) => vec![("1 = 1".to_string(), &[])],
            (true, true) => vec![(
                format!(
                    "o.created_at {c}= :created AND (o.created_at, o.rowid) {cmp} (:created, :row)"
                ),
                &[":created", ":row"],
            )],
            (true, false) => vec![
                (
                    format!(
                        "o.due_date = :due AND coalesce(o.due_time, '24:00') = :due_time \
                         AND o.created_at {c}= :created \
                         AND (o.created_at, o.rowid) {cmp} (:created, :row)"
                    ),
                    &[":due", ":due_time", ":created", ":row"],
                ),
                (
                    format!("o.due_date = :due AND coalesce(o.due_time, '24:00') {past} :due_time"),
                    &[":due", ":due_time"],
                ),
                (format!("o.due_date {past} :due"), &[":due"]),
            ],
        };
        let mut out = Vec::new();
        for (keyed, names) in &keyed {
            if out.len() >= limit {
                break;
            }
            let rows = self.read_range(
                matching,
                view,
                part,
                dir,
                (keyed, names, bound),
                limit - out.len(),
            )?;
            out.extend(rows);
        }
        Ok(out)
    }

    /// Up to `limit` rows of one index range of a part, ordered `dir`: `keyed` says where it
    /// starts, with the names of the bound key's values it uses.
    fn read_range(
        &self,
        matching: &Matching,
        view: &QueueView,
        part: Part,
        dir: &str,
        (keyed, names, bound): (&str, &[&str], Option<Bound>),
        limit: usize,
    ) -> Result<Vec<(OrderRow, QueueKey)>> {
        let (range, order) = if part.rest {
            (
                if part.split {
                    "(o.due_date IS NULL OR o.due_date > :today)"
                } else {
                    "1 = 1"
                },
                format!("o.created_at {dir}, o.rowid {dir}"),
            )
        } else if dir == "DESC" && names.contains(&":due") {
            // Read backwards from a key of the pressing part, the key's day is the upper
            // bound (it is due by today): with today's as a second one, SQLite began the
            // range at today's end and stepped over every pressing order after the key (1.4
            // ms for `g`'s probe before the first claim, which found none).
            (
                "o.due_date IS NOT NULL",
                format!(
                    "o.due_date {dir}, coalesce(o.due_time, '24:00') {dir}, o.created_at {dir}, \
                     o.rowid {dir}"
                ),
            )
        } else {
            (
                "o.due_date IS NOT NULL AND o.due_date <= :today",
                format!(
                    "o.due_date {dir}, coalesce(o.due_time, '24:00') {dir}, o.created_at {dir}, \
                     o.rowid {dir}"
                ),
            )
        };
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}, coalesce(o.due_time, '24:00') AS due_sort,
                 o.rowid AS row
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE o.queue_rank = :rank AND {range} AND {keyed} AND {}
             ORDER BY {order} LIMIT :limit",
            matching.condition(),
        );
        let today = today_text(view);
        let limit = limit as i64;
        let mut params = matching.params();
        params.extend([(":rank", &part.rank as &dyn ToSql), (":limit", &limit)]);
        if range.contains(":today") {
            params.push((":today", &today));
        }
        let (due, due_time) = bound.and_then(|b| b.key.due.clone()).unwrap_or_default();
        if let Some(b) = bound {
            for name in names {
                let value: &dyn ToSql = match *name {
                    ":created" => &b.key.created,
                    ":row" => &b.key.row,
                    ":due" => &due,
                    _ => &due_time,
                };
                params.push((name, value));
            }
        }
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params.as_slice(), |r| {
            let key = QueueKey {
                rank: part.rank,
                due: if part.rest {
                    None
                } else {
                    Some((r.get("due_date")?, r.get("due_sort")?))
                },
                created: r.get("created_at")?,
                row: r.get("row")?,
            };
            Ok((listed_row(r)?, key))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Up to `limit` rows from `from` after stepping over `skip`, read the way `reading` reads,
/// with whether they reach the queue's ends.
fn page<T: Clone>(
    reading: &impl Reading<T>,
    from: &QueueFrom,
    skip: usize,
    limit: usize,
) -> Result<Paged<T>> {
    let want = limit + skip;
    let (direction, bound) = match from {
        QueueFrom::Start => (Direction::Forward, None),
        QueueFrom::End => (Direction::Backward, None),
        QueueFrom::After { key, inclusive } => (
            Direction::Forward,
            Some(Bound {
                key,
                inclusive: *inclusive,
            }),
        ),
        QueueFrom::Before { key, inclusive } => (
            Direction::Backward,
            Some(Bound {
                key,
                inclusive: *inclusive,
            }),
        ),
        QueueFrom::Around(number) => return around(reading, *number, limit),
    };
    // One row more than wanted says whether the queue goes on past the page.
    let mut found = reading.walk(direction, bound, want + 1)?;
    let ran_out = found.len() <= want;
    found.truncate(want);
    found.drain(..skip.min(found.len()));
    if direction == Direction::Backward {
        found.reverse();
    }
    // Whether the other end is reached too: a probe of one row beyond what was read (or
    // beyond the anchor, when nothing was).
    let other = match direction {
        Direction::Forward => Direction::Backward,
        Direction::Backward => Direction::Forward,
    };
    let beyond = match (direction, found.first(), found.last()) {
        (Direction::Forward, Some((_, first)), _) => Some(Bound {
            key: first,
            inclusive: false,
        }),
        (Direction::Backward, _, Some((_, last))) => Some(Bound {
            key: last,
            inclusive: false,
        }),
        _ => bound.map(|b| Bound {
            key: b.key,
            inclusive: !b.inclusive,
        }),
    };
    let reached = match beyond {
        Some(b) => reading.walk(other, Some(b), 1)?.is_empty(),
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
    })
}

/// The rows around order `number`: half a window before it, it and the rest after it (more
/// before it when the queue ends soon after).
fn around<T: Clone>(reading: &impl Reading<T>, number: i64, limit: usize) -> Result<Paged<T>> {
    let Some(key) = reading.key_of(number)? else {
        return Ok(Paged {
            found: Vec::new(),
            at_start: false,
            at_end: false,
            missing: true,
        });
    };
    let after_limit = limit - limit / 2;
    let mut after = reading.walk(
        Direction::Forward,
        Some(Bound {
            key: &key,
            inclusive: true,
        }),
        after_limit + 1,
    )?;
    let mut at_end = after.len() <= after_limit;
    after.truncate(after_limit);
    let before_limit = limit.saturating_sub(after.len());
    let mut before = reading.walk(
        Direction::Backward,
        Some(Bound {
            key: &key,
            inclusive: false,
        }),
        before_limit + 1,
    )?;
    let at_start = before.len() <= before_limit;
    before.truncate(before_limit);
    // Near the start, the rest of the window comes after it.
    let more = limit.saturating_sub(before.len() + after.len());
    if more > 0
        && !at_end
        && let Some((_, last)) = after.last()
    {
        let next = reading.walk(
            Direction::Forward,
            Some(Bound {
                key: &last.clone(),
                inclusive: false,
            }),
            more + 1,
        )?;
        at_end = next.len() <= more;
        after.extend(next.into_iter().take(more));
    }
    before.reverse();
    before.extend(after);
    Ok(Paged {
        found: before,
        at_start,
        at_end,
        missing: false,
    })
}

/// The view's rows among the few orders the index proposed for the filter. Where each
/// proposed order stands is read first (its key, not its text), and they are put in queue
/// order; the filter's condition is checked only on the ones a read passes, a batch at a
/// time, reading each one's row as lists show it then: a window of a filter with a few
/// thousand proposed orders reads the rows of about a window, not of all of them.
struct Few<'r, 'c> {
    reader: &'r Reader<'c>,
    matching: &'r Matching,
    /// The proposed orders the view shows, in queue order: (book row, number, key).
    rows: Vec<(i64, i64, QueueKey)>,
    /// The proposed orders checked so far, by book row: the row when the filter matches it.
    checked: RefCell<HashMap<i64, Option<OrderRow>>>,
}

/// The fewest proposed orders checked in one statement.
const BATCH: usize = 16;

/// At most this many orders' places are kept between filters (a few MB).
const KEPT_PLACES: usize = 50_000;

impl Few<'_, '_> {
    /// The proposed orders the view shows, in queue order: (book row, number, key). Where
    /// each stands is read from its row once and kept in `places` (by number) for the next
    /// filter while the book is unchanged: a letter typed or taken back proposes mostly the
    /// same orders again.
    fn keys(
        reader: &Reader,
        view: &QueueView,
        numbers: &[i64],
        places: &mut HashMap<i64, Place>,
    ) -> Result<Vec<(i64, i64, QueueKey)>> {
        let unread: Vec<i64> = numbers
            .iter()
            .copied()
            .filter(|n| !places.contains_key(n))
            .collect();
        if !unread.is_empty() {
            if places.len() + unread.len() > KEPT_PLACES {
                places.clear();
            }
            let mut stmt = reader.conn.prepare_cached(
                "SELECT o.number, o.queue_rank, o.due_date,
                     coalesce(o.due_time, '24:00') AS due_sort, o.created_at, o.rowid AS row
                 FROM orders o WHERE o.number IN (SELECT value FROM json_each(?1))",
            )?;
            let read = stmt
                .query_map([number_list(&unread)], |r| {
                    Ok((r.get("number")?, Place::of_row(r)?))
                })?
                .collect::<rusqlite::Result<Vec<(i64, Place)>>>()?;
            places.extend(read);
        }
        let today = today_text(view);
        let mut rows: Vec<(i64, i64, QueueKey)> = numbers
            .iter()
            .filter_map(|n| places.get(n).map(|place| (*n, place)))
            .filter(|(_, place)| place.rank <= view.last_rank)
            .map(|(n, place)| (place.row, n, place.key(view, today.as_deref())))
            .collect();
        rows.sort_by(|a, b| queue_order(&a.2).cmp(&queue_order(&b.2)));
        Ok(rows)
    }

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
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}, o.rowid AS row
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE o.rowid IN (SELECT value FROM json_each(:rows)) AND {}",
            self.matching.condition()
        );
        let list = number_list(&unchecked);
        let mut params = self.matching.params();
        params.push((":rows", &list as &dyn ToSql));
        let mut stmt = self.reader.conn.prepare_cached(&sql)?;
        let matched = stmt
            .query_map(params.as_slice(), |r| Ok((r.get("row")?, listed_row(r)?)))?
            .collect::<rusqlite::Result<Vec<(i64, OrderRow)>>>()?;
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
        mut candidates: impl Iterator<Item = &'a (i64, i64, QueueKey)>,
        want: usize,
    ) -> Result<Vec<(OrderRow, QueueKey)>> {
        let mut out = Vec::new();
        let mut batch = want.max(BATCH);
        while out.len() < want {
            let next: Vec<&(i64, i64, QueueKey)> = candidates.by_ref().take(batch).collect();
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

impl Reading<OrderRow> for Few<'_, '_> {
    fn walk(
        &self,
        direction: Direction,
        bound: Option<Bound>,
        want: usize,
    ) -> Result<Vec<(OrderRow, QueueKey)>> {
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
/// as the queue sorts it), when it was made and its book row.
#[derive(Debug, Clone)]
struct Place {
    rank: u8,
    due_date: Option<String>,
    due_sort: String,
    created: String,
    row: i64,
}

impl Place {
    /// Read from a row with `queue_rank`, `due_date`, `due_sort`, `created_at` and `row`.
    fn of_row(r: &rusqlite::Row) -> rusqlite::Result<Place> {
        Ok(Place {
            rank: r.get("queue_rank")?,
            due_date: r.get("due_date")?,
            due_sort: r.get("due_sort")?,
            created: r.get("created_at")?,
            row: r.get("row")?,
        })
    }

    /// Where it stands in the view: in its rank's pressing part when the rank is split and
    /// it is due by `today` (the view's day as text), as the walk's parts say.
    fn key(&self, view: &QueueView, today: Option<&str>) -> QueueKey {
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

/// Where a row read with its `queue_rank`, `due_date`, `due_sort`, `created_at` and `row`
/// stands in the view.
fn key_of_row(
    view: &QueueView,
    today: Option<&str>,
    r: &rusqlite::Row,
) -> rusqlite::Result<QueueKey> {
    Ok(Place::of_row(r)?.key(view, today))
}

/// A key as the queue orders it: by rank, a rank's pressing part before the rest, then by
/// day, hour, when made and book row (the pressing part) or when made and book row (the
/// rest), as the walk reads the indexes (text compares as SQLite's BINARY does: by bytes).
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
fn splits(view: &QueueView, rank: u8) -> bool {
    view.today.is_some() && rank <= LAST_TO_DELIVER
}

fn today_text(view: &QueueView) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    /// A book of 400 orders of 30 customers ("Mei Chen 3", "Ana Lima 4", "Zoe Park 5", …)
    /// in every rank, made a few at a time at the same moment (ties), a third of them with
    /// a deadline (some with an hour), some with an address.
    fn book(path: &std::path::Path) -> super::super::Store {
        let store = super::super::Store::open(path).unwrap();
        store
            .conn
            .execute_batch(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 29)
                 INSERT INTO customers (id, name, phone, created_at, updated_at)
                 SELECT randomblob(16), CASE i % 3 WHEN 0 THEN 'Mei Chen ' WHEN 1 THEN 'Ana Lima '
                     ELSE 'Zoe Park ' END || i, NULL, '', '' FROM n;
                 WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 399),
                 states(k, lifecycle, fulfilment) AS (VALUES
                     (0, 'draft', 'unfulfilled'), (1, 'confirmed', 'unfulfilled'),
                     (2, 'confirmed', 'packing'), (3, 'confirmed', 'ready'),
                     (4, 'confirmed', 'out_for_delivery'), (5, 'completed', 'delivered'),
                     (6, 'cancelled', 'unfulfilled'))
                 INSERT INTO orders (id, number, customer_id, currency, subtotal, total, address,
                     lifecycle, fulfilment, revision, created_at, updated_at, due_date, due_time)
                 SELECT randomblob(16), 1001 + i,
                     (SELECT id FROM customers WHERE rowid = 1 + i % 30), 'USD',
                     (i % 2) * 100, (i % 2) * 100, CASE WHEN i % 7 = 3 THEN 'Rua ' || i END,
                     s.lifecycle, s.fulfilment, 1,
                     '2026-03-0' || (1 + i % 5) || 'T10:' || printf('%02d', (i / 3) % 60)
                         || ':00.000Z', '2026-03-06T00:00:00.000Z',
                     CASE WHEN i % 3 = 0 THEN '2026-03-0' || (1 + i % 9) END,
                     CASE WHEN i % 6 = 0 THEN printf('%02d:00', 8 + i % 10) END
                 FROM n JOIN states s ON s.k = i % 7;",
            )
            .unwrap();
        store
    }

    /// Reading among proposed orders checks the filter only on the ones a read passes: given
    /// every order of a demo book as proposed (most of them not matching), each page, from
    /// either end, after and before every key, and around orders, is the walk's.
    #[test]
    fn few_proposed_orders_page_as_the_walk_does() {
        let dir = tempfile::tempdir().unwrap();
        let store = book(&dir.path().join("book.sqlite"));
        let read = store.read();
        let every: Vec<i64> = read
            .conn
            .prepare("SELECT number FROM orders")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        let numbers = |p: &Paged<OrderRow>| -> Vec<i64> {
            p.found.iter().map(|(r, _)| r.order.number).collect()
        };
        for filter in ["a", "mei", "zzz", "1 a"] {
            for (last_rank, today) in [(7, Some(today)), (9, None)] {
                let view = QueueView {
                    last_rank,
                    filter,
                    today,
                };
                let matching = Matching::new(filter);
                let few = Few {
                    reader: &read,
                    matching: &matching,
                    rows: Few::keys(&read, &view, &every, &mut HashMap::new()).unwrap(),
                    checked: RefCell::new(HashMap::new()),
                };
                let walk = Walk {
                    reader: &read,
                    matching: &matching,
                    view: &view,
                };
                let all = page(&walk, &QueueFrom::Start, 0, 1000).unwrap();
                assert!(all.at_start && all.at_end);
                let mut froms = vec![QueueFrom::Start, QueueFrom::End];
                for (_, key) in all.found.iter().step_by(7) {
                    for inclusive in [false, true] {
                        froms.push(QueueFrom::After {
                            key: key.clone(),
                            inclusive,
                        });
                        froms.push(QueueFrom::Before {
                            key: key.clone(),
                            inclusive,
                        });
                    }
                }
                froms.extend(every.iter().step_by(37).map(|n| QueueFrom::Around(*n)));
                for from in &froms {
                    for (skip, limit) in [(0, 1), (0, 13), (5, 40)] {
                        let want = page(&walk, from, skip, limit).unwrap();
                        let got = page(&few, from, skip, limit).unwrap();
                        let case = format!("{filter:?} {last_rank} {from:?} {skip} {limit}");
                        assert_eq!(numbers(&got), numbers(&want), "{case}");
                        assert_eq!(
                            (got.at_start, got.at_end, got.missing),
                            (want.at_start, want.at_end, want.missing),
                            "{case}"
                        );
                    }
                }
                if filter == "mei" {
                    let shown = numbers(&all).len();
                    assert!(shown > 0 && shown < every.len() / 2, "{shown}");
                    assert!(all.found.iter().any(|(_, k)| k.due.is_some()) || today.is_none());
                }
            }
        }
    }

    /// The kept reading of a filter serves its next page only while the book is unchanged:
    /// a commit by another connection, or a change through this one, is read anew.
    #[test]
    fn a_kept_reading_ends_when_the_book_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.sqlite");
        let store = book(&path);
        let shown = |filter: &str| -> usize {
            let view = QueueView {
                last_rank: 9,
                filter,
                today: None,
            };
            store
                .read()
                .queue_rows(&view, &QueueFrom::Start, 0, 100)
                .unwrap()
                .rows
                .len()
        };
        let rename = "UPDATE customers SET name = ?1
                      WHERE id = (SELECT customer_id FROM orders WHERE number = 1001)";
        for filter in ["zqx", "zq"] {
            assert_eq!(shown(filter), 0);
            assert_eq!(shown(filter), 0, "kept");
            let other = Connection::open(&path).unwrap();
            other.execute(rename, ["Zqxa Test"]).unwrap();
            let theirs = shown(filter);
            assert!(theirs > 0, "another connection's commit is seen");
            store.conn.execute(rename, ["Plain Name"]).unwrap();
            assert_eq!(shown(filter), 0, "this connection's change is seen");
        }
        // Where proposed orders stand, kept from one filter for the next, is read again once
        // an order moved: cancelled by another desk, it leaves the open queue of the next.
        let open = |filter: &str| -> Vec<i64> {
            let view = QueueView {
                last_rank: 7,
                filter,
                today: None,
            };
            let read = store.read();
            let page = read.queue_rows(&view, &QueueFrom::Start, 0, 400).unwrap();
            page.rows.iter().map(|r| r.order.number).collect()
        };
        let before = open("Mei Chen");
        let first = before[0];
        assert_eq!(open("Mei Chen 1"), open("Mei Chen 1"));
        let other = Connection::open(&path).unwrap();
        other
            .execute(
                "UPDATE orders SET lifecycle = 'cancelled' WHERE number = ?1",
                [first],
            )
            .unwrap();
        let after = open("Mei Che");
        assert!(!after.contains(&first), "{first} was cancelled");
        assert_eq!(after.len(), before.len() - 1);
    }
}
