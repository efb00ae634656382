//! The order queue a window at a time on PostgreSQL: the SQL of the keyset walk shared with
//! SQLite (`store/queue_walk.rs`). Each rank is read as two parts, each an index range that
//! starts at the key: its orders due by the view's day on `orders_due` (rank, day, minute,
//! created, number; the minute kept by migration 0004) and the rest on `orders_by_urgency`
//! (rank, created, number). The order number breaks ties. A window passes the rows after its
//! key until it is full, checking the filter on each; it never sorts the queue.

use chrono::{DateTime, NaiveDate, Utc};
use postgres::Row;

use super::codec::get;
use super::orders::{COLUMNS, LISTED, listed_row};
use super::queue::{Binds, matching};
use super::{Reader, Result, StoreError};
use crate::core::queue::{QueueFrom, QueueKey};
use crate::store::api::*;
use crate::store::queue_walk::{
    Bound, Direction, Keyed, Part, PartReads, Place, Walk, page, today_text,
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
        let walk = Walk {
            view,
            parts: Parts { reader: self, view },
        };
        page(&walk, from, skip, limit)?.into_rows(|rows| self.with_lines(rows, |r| &mut r.order))
    }
}

/// The SQL of the walk for one view.
struct Parts<'r, 'c> {
    reader: &'r Reader<'c>,
    view: &'r QueueView<'r>,
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
        let place = Place {
            rank: rank_of(&row)?,
            due_date: get::<Option<NaiveDate>>(&row, "due_date")?
                .map(|d| d.format("%Y-%m-%d").to_string()),
            due_sort: get::<Option<i16>>(&row, "due_minute")?
                .map(hour_text)
                .unwrap_or_default(),
            created: created_text(&row)?,
            row: get(&row, "number")?,
        };
        Ok(Some(place.key(self.view, today_text(self.view).as_deref())))
    }

    fn read_part(
        &self,
        part: Part,
        direction: Direction,
        bound: Option<Bound>,
        limit: usize,
    ) -> Result<Vec<Keyed>> {
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
        let order = columns
            .split(", ")
            .map(|c| format!("{c} {dir}"))
            .collect::<Vec<_>>()
            .join(", ");
        let limit = binds.push(limit as i64);
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}, o.due_minute
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE o.queue_rank = {rank} AND {range} AND {keyed} AND {condition}
             ORDER BY {order} LIMIT {limit}"
        );
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
                Ok((listed_row(r)?, key))
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
