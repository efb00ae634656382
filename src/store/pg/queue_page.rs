//! The order queue a window at a time on PostgreSQL: the SQL of the queue's reading shared
//! with SQLite (`store/queue_read.rs`, `store/queue_walk.rs`). Each rank is read as two
//! parts, each an index range that starts at the key: its orders due by the view's day on
//! `orders_due` (rank, day, minute, created, number; the minute kept by migration 0004) and
//! the rest on `orders_by_urgency` (rank, created, number). The order number breaks ties. A
//! filter's orders are proposed by its words' LIKE on the kept text, which the trigram index
//! of migration 0004 answers where the server has pg_trgm; what is kept between reads lasts
//! while the server's snapshot is the same (any transaction that ends moves it). The rows of
//! a page come with their lines (`LINES`): one round trip less a page.

use std::cell::RefCell;

use chrono::{DateTime, NaiveDate, Utc};
use postgres::Row;

use super::codec::get;
use super::orders::{COLUMNS, LISTED, listed_row};
use super::queue::{Binds, matching};
use super::{Reader, Result, StoreError};
use crate::core::order::OrderLine;
use crate::core::queue::{LAST_OPEN_RANK, QueueFrom, QueueKey};
use crate::store::api::*;
use crate::store::queue_read::{FEW, Kept, QueueBook, Stamp, number_words, read_page, text_words};
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
        // Each row came with its lines (`LINES`).
        read_page(self, view, from, skip, limit)?.into_rows(Ok)
    }
}

/// Each order's current lines beside it, as arrays in line order: a page's rows come with
/// their lines in the statement that reads them, not in a round trip of their own after it
/// (on a busy server each round trip is a chance to wait for the processor).
const LINES: &str = "LEFT JOIN LATERAL (
         SELECT array_agg(l.sku ORDER BY l.pos) AS line_skus,
             array_agg(l.name ORDER BY l.pos) AS line_names,
             array_agg(l.variant ORDER BY l.pos) AS line_variants,
             array_agg(l.qty ORDER BY l.pos) AS line_qtys,
             array_agg(l.unit_price ORDER BY l.pos) AS line_prices
         FROM order_lines l WHERE l.order_id = o.id AND l.revision = o.revision) lines ON true";

/// The columns `LINES` adds.
const LINE_COLUMNS: &str =
    "lines.line_skus, lines.line_names, lines.line_variants, lines.line_qtys, lines.line_prices";

/// An order as lists show it, with its lines, from a row read with `LINES`.
fn listed_with_lines(r: &Row) -> Result<OrderRow> {
    let mut row = listed_row(r)?;
    let skus: Vec<String> = get::<Option<_>>(r, "line_skus")?.unwrap_or_default();
    let names: Vec<String> = get::<Option<_>>(r, "line_names")?.unwrap_or_default();
    let variants: Vec<String> = get::<Option<_>>(r, "line_variants")?.unwrap_or_default();
    let qtys: Vec<i64> = get::<Option<_>>(r, "line_qtys")?.unwrap_or_default();
    let prices: Vec<i64> = get::<Option<_>>(r, "line_prices")?.unwrap_or_default();
    row.order.lines = skus
        .into_iter()
        .zip(names)
        .zip(variants)
        .zip(qtys.into_iter().zip(prices))
        .map(|(((sku, name), variant), (qty, unit_price))| OrderLine {
            sku,
            name,
            variant,
            qty,
            unit_price,
        })
        .collect();
    Ok(row)
}

impl QueueBook for Reader<'_> {
    fn kept(&self) -> Option<&RefCell<Kept>> {
        self.kept
    }

    /// The server's current snapshot: any transaction that ends (of this book or another
    /// database of the server) moves it, so an unchanged one means nothing was committed.
    fn version(&self) -> Result<String> {
        let now = self
            .conn
            .query_one("SELECT pg_current_snapshot()::text AS at", &[])?;
        get(&now, "at")
    }

    /// The orders whose kept text holds every word matched as text (a LIKE each, which the
    /// trigram index answers), and those whose number a word is; None when more than `FEW`,
    /// or when no word is matched as text (each names a status: whole ranks).
    fn ask_proposed(&self, filter: &str) -> Result<Option<Vec<i64>>> {
        let texts = text_words(filter);
        if texts.is_empty() {
            return Ok(None);
        }
        let mut binds = Binds::default();
        let likes = texts
            .iter()
            .map(|w| {
                format!(
                    "o.search_text LIKE {} ESCAPE ''",
                    binds.push(format!("%{w}%"))
                )
            })
            .collect::<Vec<_>>()
            .join(" AND ");
        let limit = binds.push(FEW as i64 + 1);
        let sql = format!("SELECT o.number FROM orders o WHERE {likes} LIMIT {limit}");
        let mut numbers: Vec<i64> = self
            .conn
            .query(&sql, &binds.refs())?
            .iter()
            .map(|r| get(r, "number"))
            .collect::<Result<_>>()?;
        if numbers.len() > FEW {
            return Ok(None);
        }
        numbers.extend(number_words(filter));
        numbers.sort_unstable();
        numbers.dedup();
        Ok(Some(numbers))
    }

    /// A word of three letters or more is answered by the trigram index; shorter ones are
    /// read from every order's text (hundreds of milliseconds on a million orders).
    fn asks_quickly(&self, filter: &str) -> bool {
        text_words(filter).iter().any(|w| w.chars().count() >= 3)
    }

    fn read_places(&self, numbers: &[i64]) -> Result<Vec<(i64, Place)>> {
        let rows = self.conn.query(
            "SELECT o.queue_rank, o.due_date, o.due_minute, o.created_at, o.number
             FROM orders o WHERE o.number = ANY($1)",
            &[&numbers],
        )?;
        rows.iter()
            .map(|r| Ok((get(r, "number")?, place_of_row(r)?)))
            .collect()
    }

    fn parts<'a>(&'a self, view: &'a QueueView<'a>) -> Box<dyn PartReads + 'a> {
        Box::new(Parts { reader: self, view })
    }

    fn checks<'a>(&'a self, filter: &'a str) -> Box<dyn Checks + 'a> {
        Box::new(Check {
            reader: self,
            filter,
        })
    }

    /// With the snapshot the statement reads (one row of NULLs beside it when nothing
    /// matches), which is what `version` says on any connection while the book is unchanged.
    fn list_open(&self, filter: &str) -> Result<(Stamp, Vec<(i64, Place)>)> {
        let mut binds = Binds::default();
        let condition = matching(filter, &mut binds);
        let last = binds.push(i16::from(LAST_OPEN_RANK));
        let sql = format!(
            "SELECT s.at, m.queue_rank, m.due_date, m.due_minute, m.created_at, m.number
             FROM (SELECT pg_current_snapshot()::text AS at) s
             LEFT JOIN LATERAL (
                 SELECT o.queue_rank, o.due_date, o.due_minute, o.created_at, o.number
                 FROM orders o WHERE o.queue_rank <= {last} AND {condition}) m ON true"
        );
        let rows = self.conn.query(&sql, &binds.refs())?;
        let at: String = match rows.first() {
            Some(r) => get(r, "at")?,
            None => return Err(StoreError::Corrupt("no snapshot beside the list".into())),
        };
        let mut listed = Vec::new();
        for r in &rows {
            if let Some(number) = get::<Option<i64>>(r, "number")? {
                listed.push((number, place_of_row(r)?));
            }
        }
        Ok((Stamp::Snapshot(at), listed))
    }
}

/// The SQL of the walk for one view.
struct Parts<'r, 'c> {
    reader: &'r Reader<'c>,
    view: &'r QueueView<'r>,
}

/// The SQL that checks proposed orders against the filter.
struct Check<'r, 'c> {
    reader: &'r Reader<'c>,
    filter: &'r str,
}

impl Checks for Check<'_, '_> {
    fn check(&self, rows: &[i64]) -> Result<Vec<(i64, OrderRow)>> {
        let mut binds = Binds::default();
        let condition = matching(self.filter, &mut binds);
        let numbers = binds.push(rows.to_vec());
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}, {LINE_COLUMNS}
             FROM orders o JOIN customers c ON c.id = o.customer_id {LINES}
             WHERE o.number = ANY({numbers}) AND {condition}"
        );
        let found = self.reader.conn.query(&sql, &binds.refs())?;
        found
            .iter()
            .map(|r| Ok((get(r, "number")?, listed_with_lines(r)?)))
            .collect()
    }
}

/// Where an order stands, from a row with `queue_rank`, `due_date`, `due_minute`,
/// `created_at` and `number`.
fn place_of_row(r: &Row) -> Result<Place> {
    Ok(Place {
        rank: rank_of(r)?,
        due_date: get::<Option<NaiveDate>>(r, "due_date")?
            .map(|d| d.format("%Y-%m-%d").to_string()),
        due_sort: get::<Option<i16>>(r, "due_minute")?
            .map(hour_text)
            .unwrap_or_default(),
        created: created_text(r)?,
        row: get(r, "number")?,
    })
}

impl PartReads for Parts<'_, '_> {
    fn key_of(&self, number: i64) -> Result<Option<QueueKey>> {
        let mut binds = Binds::default();
        let condition = matching(self.view.filter, &mut binds);
        let number = binds.push(number);
        let last = binds.push(i16::from(self.view.last_rank));
        let sql = format!(
            "SELECT o.queue_rank, o.due_date, o.due_minute, o.created_at, o.number
             FROM orders o
             WHERE o.number = {number} AND o.queue_rank <= {last} AND {condition}"
        );
        let Some(row) = self.reader.conn.query_opt(&sql, &binds.refs())? else {
            return Ok(None);
        };
        Ok(Some(
            place_of_row(&row)?.key(self.view, today_text(self.view).as_deref()),
        ))
    }

    fn read_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Keyed>> {
        self.range(part, direction, bound, limit, Gives::Listed, |r, key| {
            Ok((listed_with_lines(r)?, key))
        })
    }

    fn scan_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Scanned>> {
        self.range(part, direction, bound, limit, Gives::Keys, |r, key| {
            Ok((get(r, "number")?, key, get(r, "hit")?))
        })
    }
}

/// What a part's statement gives of each row: the row as lists show it with its lines, of
/// the rows the filter matches; or where it stands and whether the filter matches it, of
/// every row.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gives {
    Listed,
    Keys,
}

impl Parts<'_, '_> {
    /// Up to `limit` rows of one part in `direction` from `bound`, as `gives` says.
    fn range<T>(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
        gives: Gives,
        map: impl Fn(&Row, QueueKey) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut binds = Binds::default();
        let condition = matching(self.view.filter, &mut binds);
        let rank = binds.push(i16::from(part.rank));
        let (dir, cmp) = match (direction, bound.is_some_and(|b| b.inclusive)) {
            (Direction::Forward, false) => ("ASC", ">"),
            (Direction::Forward, true) => ("ASC", ">="),
            (Direction::Backward, false) => ("DESC", "<"),
            (Direction::Backward, true) => ("DESC", "<="),
        };
        // The part's range of its index, and the columns it is ordered by.
        let (range, columns) = if part.rest {
            let range = match (part.split, self.view.today) {
                (true, Some(today)) => {
                    format!("(o.due_date IS NULL OR o.due_date > {})", binds.push(today))
                }
                _ => "true".to_string(),
            };
            (range, "o.created_at, o.number")
        } else {
            let today = binds.push(self.view.today);
            (
                format!("o.due_date <= {today}"),
                "o.due_date, o.due_minute, o.created_at, o.number",
            )
        };
        // Where the key puts the part's start: one comparison of the index's columns as a
        // row, which PostgreSQL begins the index range at.
        let keyed = match bound {
            None => "true".to_string(),
            Some(b) => {
                let created = binds.push(created_of(b.key)?);
                let number = binds.push(b.key.row);
                // `Walk` reads a part from a key only when the key stands in it: a key with a
                // deadline in a pressing part, one without in the rest.
                match (&b.key.due, part.rest) {
                    (Some((day, hour)), false) => format!(
                        "({columns}) {cmp} ({}, {}, {created}, {number})",
                        binds.push(parse_day(day)?),
                        binds.push(parse_minute(hour)?),
                    ),
                    _ => format!("({columns}) {cmp} ({created}, {number})"),
                }
            }
        };
        // The rank is asked for as a range of one, and ordered by, so that only the part's
        // own index gives the rows in order: as `queue_rank = $1` the planner took the rank
        // for a constant, ordered by when made alone, and read the rank's orders through the
        // index of every order's creation backwards from the newest (300 ms for `G` on a
        // million orders, stepping over 430,000 of other ranks).
        let order = std::iter::once("o.queue_rank")
            .chain(columns.split(", "))
            .map(|c| format!("{c} {dir}"))
            .collect::<Vec<_>>()
            .join(", ");
        let limit = binds.push(limit as i64);
        let sql = match gives {
            Gives::Listed => format!(
                "SELECT {COLUMNS}, {LISTED}, o.due_minute, {LINE_COLUMNS}
                 FROM orders o JOIN customers c ON c.id = o.customer_id {LINES}
                 WHERE o.queue_rank BETWEEN {rank} AND {rank} AND {range} AND {keyed}
                     AND {condition}
                 ORDER BY {order} LIMIT {limit}"
            ),
            // Every row of the range, the filter's condition as a column: the walk stops
            // between chunks, however few rows of a chunk match.
            Gives::Keys => format!(
                "SELECT o.due_date, o.due_minute, o.created_at, o.number,
                     coalesce(({condition}), false) AS hit
                 FROM orders o
                 WHERE o.queue_rank BETWEEN {rank} AND {rank} AND {range} AND {keyed}
                 ORDER BY {order} LIMIT {limit}"
            ),
        };
        let rows = self.reader.conn.query(&sql, &binds.refs())?;
        rows.iter()
            .map(|r| {
                let due = if part.rest {
                    None
                } else {
                    let day: NaiveDate = get(r, "due_date")?;
                    let minute: i16 = get(r, "due_minute")?;
                    Some((day.format("%Y-%m-%d").to_string(), hour_text(minute)))
                };
                let key = QueueKey {
                    rank: part.rank,
                    due,
                    created: created_text(r)?,
                    row: get(r, "number")?,
                };
                map(r, key)
            })
            .collect()
    }
}

fn rank_of(r: &Row) -> Result<u8> {
    let rank: i16 = get(r, "queue_rank")?;
    u8::try_from(rank).map_err(|_| StoreError::Corrupt(format!("rank {rank}")))
}

/// When the order was made, as keys write it (RFC 3339, milliseconds, UTC).
fn created_text(r: &Row) -> Result<String> {
    let created: DateTime<Utc> = get(r, "created_at")?;
    Ok(created.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
}

fn created_of(key: &QueueKey) -> Result<DateTime<Utc>> {
    Ok(DateTime::parse_from_rfc3339(&key.created)
        .map_err(|e| StoreError::Corrupt(format!("queue key: {e}")))?
        .with_timezone(&Utc))
}

/// The minute of the day as the queue's keys write the hour: 'HH:MM', '24:00' for 1440 (a
/// deadline without an hour: the day's end).
fn hour_text(minute: i16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| StoreError::Corrupt(format!("queue key day '{text}': {e}")))
}

/// 'HH:MM' as the minute of the day; '24:00' (an untimed deadline: the day's end) is 1440.
fn parse_minute(text: &str) -> Result<i16> {
    let bad = || StoreError::Corrupt(format!("queue key time '{text}'"));
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    let (h, m): (i16, i16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    Ok(h * 60 + m)
}
