//! The order queue a page at a time on SQLite: the SQL of the queue's reading shared with
//! PostgreSQL (`store/queue_read.rs`, `store/queue_walk.rs`). Each rank is read as two
//! parts, each an index range: its pressing orders on `orders_due` (rank, day, hour,
//! created) and the rest on `orders_by_urgency` (rank, created); both indexes end in the row
//! number. A filter's orders are proposed by the trigram index of the search texts
//! (`queue_words.rs`); what is kept between reads lasts while `PRAGMA data_version` and the
//! connection's own change count stay the same.

use std::cell::RefCell;

use rusqlite::ToSql;

use super::orders::{COLUMNS, LISTED, listed_row};
use super::queue::{Matching, number_list};
use super::{OrderRow, Reader, Result};
use std::time::Instant;

use crate::core::queue::{LAST_OPEN_RANK, QueueFrom, QueueKey};
use crate::store::api::*;
use crate::store::queue_read::{Kept, QueueBook, Stamp, read_page};
use crate::store::queue_walk::{
    Bound, Checks, Direction, Keyed, Part, PartReads, Place, Scanned, today_text,
};
use crate::store::rows::*;

impl QueuePageReads for Reader<'_> {
    fn queue_rows(
        &self,
        view: &QueueView,
        from: &QueueFrom,
        skip: usize,
        limit: usize,
    ) -> Result<QueueRows> {
        read_page(self, view, from, skip, limit)?
            .into_rows(|rows| self.with_lines(rows, |r| &mut r.order))
    }
}

impl QueueBook for Reader<'_> {
    fn kept(&self) -> Option<&RefCell<Kept>> {
        self.kept
    }

    /// Other connections' commits (`PRAGMA data_version`) and this connection's changes.
    fn version(&self) -> Result<String> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        Ok(format!("{version} {}", self.conn.total_changes()))
    }

    fn ask_proposed(&self, filter: &str) -> Result<Option<Vec<i64>>> {
        self.ask_index(&Matching::new(filter))
    }

    /// The trigram index and its list of pieces answer every word.
    fn asks_quickly(&self, _filter: &str) -> bool {
        true
    }

    fn read_places(&self, numbers: &[i64]) -> Result<Vec<(i64, Place)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.number, o.queue_rank, o.due_date,
                 coalesce(o.due_time, '24:00') AS due_sort, o.created_at, o.rowid AS row
             FROM orders o WHERE o.number IN (SELECT value FROM json_each(?1))",
        )?;
        let read = stmt
            .query_map([number_list(numbers)], |r| {
                Ok((r.get("number")?, place_of_row(r)?))
            })?
            .collect::<rusqlite::Result<Vec<(i64, Place)>>>()?;
        Ok(read)
    }

    fn parts<'a>(&'a self, view: &'a QueueView<'a>) -> Box<dyn PartReads + 'a> {
        Box::new(Parts {
            reader: self,
            matching: Matching::new(view.filter),
            view,
        })
    }

    fn checks<'a>(&'a self, filter: &'a str) -> Box<dyn Checks + 'a> {
        Box::new(Check {
            reader: self,
            matching: Matching::new(filter),
        })
    }

    /// The table read in its own order (NOT INDEXED), as the filter's count reads it. The
    /// statement is its own read of the book, begun after the instant taken before it.
    fn list_open(&self, filter: &str) -> Result<(Stamp, Vec<(i64, Place)>)> {
        let matching = Matching::new(filter);
        let sql = format!(
            "SELECT o.number, o.queue_rank, o.due_date,
                 coalesce(o.due_time, '24:00') AS due_sort, o.created_at, o.rowid AS row
             FROM orders o NOT INDEXED WHERE o.queue_rank <= :last AND {}",
            matching.condition()
        );
        let mut params = matching.params();
        params.push((":last", &LAST_OPEN_RANK as &dyn ToSql));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let began = Instant::now();
        let listed = stmt
            .query_map(params.as_slice(), |r| {
                Ok((r.get("number")?, place_of_row(r)?))
            })?
            .collect::<rusqlite::Result<Vec<(i64, Place)>>>()?;
        Ok((Stamp::Began(began), listed))
    }
}

/// The SQL of the walk for one view: a part's rows from a key, where an order stands.
struct Parts<'r, 'c> {
    reader: &'r Reader<'c>,
    matching: Matching,
    view: &'r QueueView<'r>,
}

/// The SQL that checks proposed orders against the filter.
struct Check<'r, 'c> {
    reader: &'r Reader<'c>,
    matching: Matching,
}

impl PartReads for Parts<'_, '_> {
    fn key_of(&self, number: i64) -> Result<Option<QueueKey>> {
        let sql = format!(
            "SELECT o.queue_rank, o.due_date, coalesce(o.due_time, '24:00') AS due_sort,
                 o.created_at, o.rowid AS row
             FROM orders o
             WHERE o.number = :number AND o.queue_rank BETWEEN 0 AND :last AND {}",
            self.matching.condition()
        );
        let mut params = self.matching.params();
        params.extend([
            (":number", &number as &dyn ToSql),
            (":last", &self.view.last_rank),
        ]);
        let mut stmt = self.reader.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params.as_slice())?;
        let Some(r) = rows.next()? else {
            return Ok(None);
        };
        Ok(Some(
            place_of_row(r)?.key(self.view, today_text(self.view).as_deref()),
        ))
    }

    fn read_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Keyed>> {
        self.ranges(part, direction, bound, limit, Gives::Listed, |r, key| {
            Ok((listed_row(r)?, key))
        })
    }

    fn scan_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Scanned>> {
        self.ranges(part, direction, bound, limit, Gives::Keys, |r, key| {
            Ok((r.get("row")?, key, r.get("hit")?))
        })
    }
}

/// What a part's statement gives of each row: the row as lists show it, of the rows the
/// filter matches; or where it stands and whether the filter matches it, of every row.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gives {
    Listed,
    Keys,
}

impl Parts<'_, '_> {
    /// A pressing part is read in up to three ranges, each an index range of `orders_due`:
    /// the rest of the key's day and hour (by when made), the rest of its day (later or
    /// earlier hours), the other days. As one comparison of (day, hour, made, row) SQLite's
    /// planner could only begin at the key's day and stepped over every order due that day
    /// before it (thousands on a busy day: milliseconds for `g`, whose probe starts at the
    /// first key).
    fn ranges<T>(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
        gives: Gives,
        map: impl Fn(&rusqlite::Row, QueueKey) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let (dir, cmp, past) = match (direction, bound.is_some_and(|b| b.inclusive)) {
            (Direction::Forward, false) => ("ASC", ">", ">"),
            (Direction::Forward, true) => ("ASC", ">=", ">"),
            (Direction::Backward, false) => ("DESC", "<", "<"),
            (Direction::Backward, true) => ("DESC", "<=", "<"),
        };
        let c = &cmp[..1];
        // Where the key puts the part's start, as index ranges: the key's first column on its
        // own too, so the planner begins the range there.
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
                part,
                dir,
                (keyed, names, bound),
                limit - out.len(),
                gives,
                &map,
            )?;
            out.extend(rows);
        }
        Ok(out)
    }

    /// Up to `limit` rows of one index range of a part, ordered `dir`: `keyed` says where it
    /// starts, with the names of the bound key's values it uses.
    fn read_range<T>(
        &self,
        part: Part,
        dir: &str,
        (keyed, names, bound): (&str, &[&str], Option<Bound>),
        limit: usize,
        gives: Gives,
        map: &impl Fn(&rusqlite::Row, QueueKey) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
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
        let sql = match gives {
            Gives::Listed => format!(
                "SELECT {COLUMNS}, {LISTED}, coalesce(o.due_time, '24:00') AS due_sort,
                     o.rowid AS row
                 FROM orders o JOIN customers c ON c.id = o.customer_id
                 WHERE o.queue_rank = :rank AND {range} AND {keyed} AND {}
                 ORDER BY {order} LIMIT :limit",
                self.matching.condition(),
            ),
            // Every row of the range, the filter's condition as a column: the walk stops
            // between chunks, however few rows of a chunk match.
            Gives::Keys => format!(
                "SELECT o.due_date, coalesce(o.due_time, '24:00') AS due_sort, o.created_at,
                     o.rowid AS row, coalesce(({}), 0) AS hit
                 FROM orders o
                 WHERE o.queue_rank = :rank AND {range} AND {keyed}
                 ORDER BY {order} LIMIT :limit",
                self.matching.condition(),
            ),
        };
        let today = today_text(self.view);
        let limit = limit as i64;
        let mut params = self.matching.params();
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
        let mut stmt = self.reader.conn.prepare_cached(&sql)?;
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
            map(r, key)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Checks for Check<'_, '_> {
    fn check(&self, rows: &[i64]) -> Result<Vec<(i64, OrderRow)>> {
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}, o.rowid AS row
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE o.rowid IN (SELECT value FROM json_each(:rows)) AND {}",
            self.matching.condition()
        );
        let list = number_list(rows);
        let mut params = self.matching.params();
        params.push((":rows", &list as &dyn ToSql));
        let mut stmt = self.reader.conn.prepare_cached(&sql)?;
        let matched = stmt
            .query_map(params.as_slice(), |r| Ok((r.get("row")?, listed_row(r)?)))?
            .collect::<rusqlite::Result<Vec<(i64, OrderRow)>>>()?;
        Ok(matched)
    }
}

/// Where an order stands, from a row with `queue_rank`, `due_date`, `due_sort`,
/// `created_at` and `row`.
fn place_of_row(r: &rusqlite::Row) -> rusqlite::Result<Place> {
    Ok(Place {
        rank: r.get("queue_rank")?,
        due_date: r.get("due_date")?,
        due_sort: r.get("due_sort")?,
        created: r.get("created_at")?,
        row: r.get("row")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::queue_walk::{Few, Paged, Scan, Walk, in_queue_order, page};
    use rusqlite::Connection;
    use std::cell::Cell;
    use std::collections::HashMap;

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
        let numbers =
            |p: &Paged| -> Vec<i64> { p.found.iter().map(|(r, _)| r.order.number).collect() };
        for filter in ["a", "mei", "zzz", "1 a"] {
            for (last_rank, today) in [(7, Some(today)), (9, None)] {
                let view = QueueView {
                    last_rank,
                    filter,
                    today,
                    until: None,
                };
                let places = read.read_places(&every).unwrap();
                let few = Few {
                    checks: read.checks(filter),
                    rows: in_queue_order(&view, places.iter().map(|(n, p)| (*n, p))).into(),
                    checked: RefCell::new(HashMap::new()),
                };
                let walk = Walk {
                    view: &view,
                    parts: read.parts(&view),
                };
                // The walk a few rows a chunk, with time enough to finish.
                let scan = || Scan {
                    view: &view,
                    parts: read.parts(&view),
                    checks: read.checks(filter),
                    until: Instant::now() + std::time::Duration::from_secs(600),
                    chunk: 3,
                    stopped: Cell::new(false),
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
                        let case = format!("{filter:?} {last_rank} {from:?} {skip} {limit}");
                        for got in [
                            page(&few, from, skip, limit),
                            page(&scan(), from, skip, limit),
                        ] {
                            let got = got.unwrap();
                            assert_eq!(numbers(&got), numbers(&want), "{case}");
                            assert_eq!(
                                (got.at_start, got.at_end, got.missing, got.unfinished),
                                (want.at_start, want.at_end, want.missing, false),
                                "{case}"
                            );
                        }
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

    /// A walk stopped at its instant says so and claims no end it did not reach: a filter
    /// the index cannot narrow ("ς", which its tokenizer folds otherwise) read with its time
    /// already up has found nothing yet; read with no time box it gives the whole walk.
    #[test]
    fn a_time_boxed_walk_stops_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let store = book(&dir.path().join("book.sqlite"));
        store
            .conn
            .execute(
                "UPDATE customers SET name = 'Νικόλαος ' || rowid WHERE rowid % 3 = 0",
                [],
            )
            .unwrap();
        let read = store.read();
        let view = |until| QueueView {
            last_rank: 9,
            filter: "ς",
            today: None,
            until,
        };
        let whole = read
            .queue_rows(&view(None), &QueueFrom::Start, 0, 1000)
            .unwrap();
        assert!(!whole.unfinished && whole.at_start && whole.at_end);
        assert!(whole.rows.len() > 50, "{}", whole.rows.len());
        assert!(whole.rows.iter().all(|r| r.customer_name.contains('ς')));
        let up = read
            .queue_rows(&view(Some(Instant::now())), &QueueFrom::Start, 0, 1000)
            .unwrap();
        assert!(up.unfinished && up.rows.is_empty());
        assert!(up.at_start && !up.at_end, "from the start, the end unknown");
        let after = QueueFrom::After {
            key: whole.keys[0].clone(),
            inclusive: false,
        };
        let up = read
            .queue_rows(&view(Some(Instant::now())), &after, 0, 10)
            .unwrap();
        assert!(up.unfinished && up.rows.is_empty());
        assert!(!up.at_start && !up.at_end, "neither end known");
        let late = Instant::now() + std::time::Duration::from_secs(600);
        let timed = read
            .queue_rows(&view(Some(late)), &QueueFrom::Start, 0, 1000)
            .unwrap();
        let numbers =
            |rows: &QueueRows| rows.rows.iter().map(|r| r.order.number).collect::<Vec<_>>();
        assert_eq!(numbers(&timed), numbers(&whole));
        assert!(!timed.unfinished && timed.at_end);
    }

    /// The kept reading of a filter (and its kept counts) serves its next page only while the
    /// book is unchanged: a commit by another connection, or a change through this one, is
    /// read anew.
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
                until: None,
            };
            store
                .read()
                .queue_rows(&view, &QueueFrom::Start, 0, 100)
                .unwrap()
                .rows
                .len()
        };
        // The filter's counts are kept too (and what the index proposed for it).
        let counted = |filter: &str| -> i64 {
            let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 5)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap();
            let (counts, _) = store.read().filtered_counts(filter, now).unwrap();
            counts.iter().sum()
        };
        let rename = "UPDATE customers SET name = ?1
                      WHERE id = (SELECT customer_id FROM orders WHERE number = 1001)";
        for filter in ["zqx", "zq"] {
            assert_eq!((shown(filter), counted(filter)), (0, 0));
            assert_eq!((shown(filter), counted(filter)), (0, 0), "kept");
            let other = Connection::open(&path).unwrap();
            other.execute(rename, ["Zqxa Test"]).unwrap();
            let theirs = shown(filter);
            assert!(theirs > 0, "another connection's commit is seen");
            assert_eq!(counted(filter), theirs as i64, "and counted");
            store.conn.execute(rename, ["Plain Name"]).unwrap();
            assert_eq!(counted(filter), 0, "this connection's change is counted");
            assert_eq!(shown(filter), 0, "and seen");
        }
        // Where proposed orders stand, kept from one filter for the next, is read again once
        // an order moved: cancelled by another desk, it leaves the open queue of the next.
        let open = |filter: &str| -> Vec<i64> {
            let view = QueueView {
                last_rank: 7,
                filter,
                today: None,
                until: None,
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
