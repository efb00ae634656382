//! The order queue a window at a time on PostgreSQL, by keyset: the same ranking rule as
//! SQLite's (`sqlite/queue_page.rs`), written as one sort key that PostgreSQL compares as a
//! row: (rank, pressing part first, due day, due hour, created, number). A window is the
//! rows after (or before) a key in that order, never an OFFSET.
//!
//! Within a rank still to deliver, the orders due by the view's day come first, by day and
//! hour (an untimed one at the day's end), then the rest by age; the order number breaks
//! ties. The sort key is computed per row, so a window sorts the view's matching orders
//! (a top-N sort, not an index range as SQLite's parts are): milliseconds on a shop's book;
//! see the README's figures for a million orders.

use chrono::{DateTime, NaiveDate, Utc};
use postgres::Row;

use super::codec::get;
use super::orders::{COLUMNS, LISTED, listed_row};
use super::queue::{Binds, matching};
use super::{Reader, Result, StoreError};
use crate::core::queue::{LAST_TO_DELIVER, QueueFrom, QueueKey};
use crate::store::api::*;
use crate::store::rows::*;

/// The due day and hour the rest of a rank sorts under (its rows compare by age alone).
fn rest_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

/// The sort key's columns for a view (its day bound as `today`).
fn sort_key(today: &str) -> String {
    let pressing = format!(
        "coalesce({today}::date IS NOT NULL AND o.queue_rank <= {LAST_TO_DELIVER}
                  AND o.due_date <= {today}::date, false)"
    );
    format!(
        "o.queue_rank AS k_rank, NOT {pressing} AS k_rest,
         CASE WHEN {pressing} THEN o.due_date ELSE DATE '1900-01-01' END AS k_day,
         CASE WHEN {pressing}
              THEN coalesce((extract(hour FROM o.due_time) * 60
                             + extract(minute FROM o.due_time))::int4, 1440)
              ELSE 0 END AS k_time"
    )
}

impl QueuePageReads for Reader<'_> {
    fn queue_rows(
        &self,
        view: &QueueView,
        from: &QueueFrom,
        skip: usize,
        limit: usize,
    ) -> Result<QueueRows> {
        let want = limit + skip;
        let (direction, bound) = match from {
            QueueFrom::Start => (Direction::Forward, None),
            QueueFrom::End => (Direction::Backward, None),
            QueueFrom::After { key, inclusive } => (Direction::Forward, Some((key, *inclusive))),
            QueueFrom::Before { key, inclusive } => (Direction::Backward, Some((key, *inclusive))),
            QueueFrom::Around(number) => return self.around(view, *number, limit),
        };
        let mut found = self.window(view, direction, bound, want + 1)?;
        let ran_out = found.len() <= want;
        found.truncate(want);
        found.drain(..skip.min(found.len()));
        if direction == Direction::Backward {
            found.reverse();
        }
        // Whether the other end is reached too: one row beyond what was read (or beyond
        // the anchor, when nothing was).
        let other = match direction {
            Direction::Forward => Direction::Backward,
            Direction::Backward => Direction::Forward,
        };
        let beyond = match (direction, found.first(), found.last()) {
            (Direction::Forward, Some((_, first)), _) => Some((first, false)),
            (Direction::Backward, _, Some((_, last))) => Some((last, false)),
            _ => bound.map(|(key, inclusive)| (key, !inclusive)),
        };
        let reached = match beyond {
            Some(b) => self.window(view, other, Some(b), 1)?.is_empty(),
            None => true,
        };
        let (at_start, at_end) = match direction {
            Direction::Forward => (reached, ran_out),
            Direction::Backward => (ran_out, reached),
        };
        self.keyed(found, at_start, at_end)
    }
}

impl Reader<'_> {
    /// Half a window before order `number`, it and the rest after it (more before it when
    /// the queue ends soon after).
    fn around(&self, view: &QueueView, number: i64, limit: usize) -> Result<QueueRows> {
        let Some(key) = self.key_of(view, number)? else {
            return Ok(QueueRows {
                missing: true,
                ..QueueRows::default()
            });
        };
        let after_limit = limit - limit / 2;
        let mut after = self.window(
            view,
            Direction::Forward,
            Some((&key, true)),
            after_limit + 1,
        )?;
        let mut at_end = after.len() <= after_limit;
        after.truncate(after_limit);
        let before_limit = limit.saturating_sub(after.len());
        let mut before = self.window(
            view,
            Direction::Backward,
            Some((&key, false)),
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
            let last = last.clone();
            let next = self.window(view, Direction::Forward, Some((&last, false)), more + 1)?;
            at_end = next.len() <= more;
            after.extend(next.into_iter().take(more));
        }
        before.reverse();
        before.extend(after);
        self.keyed(before, at_start, at_end)
    }

    fn keyed(
        &self,
        found: Vec<(OrderRow, QueueKey)>,
        at_start: bool,
        at_end: bool,
    ) -> Result<QueueRows> {
        let (rows, keys): (Vec<OrderRow>, Vec<QueueKey>) = found.into_iter().unzip();
        Ok(QueueRows {
            rows: self.with_lines(rows, |r| &mut r.order)?,
            keys,
            at_start,
            at_end,
            missing: false,
        })
    }

    /// Where order `number` stands in the view; None when the view does not show it.
    fn key_of(&self, view: &QueueView, number: i64) -> Result<Option<QueueKey>> {
        let mut binds = Binds::default();
        let condition = matching(view.filter, &mut binds);
        let today = binds.push(view.today);
        let number = binds.push(number);
        let last = binds.push(i16::from(view.last_rank));
        let sql = format!(
            "SELECT {key}, o.created_at, o.number
             FROM orders o
             WHERE o.number = {number} AND o.queue_rank <= {last} AND {condition}",
            key = sort_key(&today)
        );
        self.conn
            .query_opt(&sql, &binds.refs())?
            .map(|r| key_row(&r))
            .transpose()
    }

    /// Up to `want` rows of the view in `direction`, from `bound` (a key, and whether its
    /// own row counts).
    fn window(
        &self,
        view: &QueueView,
        direction: Direction,
        bound: Option<(&QueueKey, bool)>,
        want: usize,
    ) -> Result<Vec<(OrderRow, QueueKey)>> {
        let mut binds = Binds::default();
        let condition = matching(view.filter, &mut binds);
        let today = binds.push(view.today);
        let last = binds.push(i16::from(view.last_rank));
        let (order, cmp) = match (direction, bound.is_some_and(|b| b.1)) {
            (Direction::Forward, false) => ("ASC", ">"),
            (Direction::Forward, true) => ("ASC", ">="),
            (Direction::Backward, false) => ("DESC", "<"),
            (Direction::Backward, true) => ("DESC", "<="),
        };
        let keyed = match bound {
            None => "true".to_string(),
            Some((key, _)) => {
                let (day, minute) = match &key.due {
                    Some((day, time)) => (parse_day(day)?, parse_minute(time)?),
                    None => (rest_day(), 0),
                };
                let created: DateTime<Utc> = DateTime::parse_from_rfc3339(&key.created)
                    .map_err(|e| StoreError::Corrupt(format!("queue key: {e}")))?
                    .with_timezone(&Utc);
                format!(
                    "(k_rank, k_rest, k_day, k_time, created_at, number) {cmp} \
                     ({}, {}, {}, {}, {}, {})",
                    binds.push(i16::from(key.rank)),
                    binds.push(key.due.is_none()),
                    binds.push(day),
                    binds.push(minute),
                    binds.push(created),
                    binds.push(key.row),
                )
            }
        };
        let limit = binds.push(want as i64);
        let sql = format!(
            "SELECT * FROM (
                 SELECT {COLUMNS}, {LISTED}, {key}
                 FROM orders o JOIN customers c ON c.id = o.customer_id
                 WHERE o.queue_rank <= {last} AND {condition}) q
             WHERE {keyed}
             ORDER BY k_rank {order}, k_rest {order}, k_day {order}, k_time {order},
                 created_at {order}, number {order}
             LIMIT {limit}",
            key = sort_key(&today)
        );
        let rows = self.conn.query(&sql, &binds.refs())?;
        rows.iter()
            .map(|r| Ok((listed_row(r)?, key_row(r)?)))
            .collect()
    }
}

/// A row's place in the queue, as the desk keeps it: only this engine reads it back.
fn key_row(r: &Row) -> Result<QueueKey> {
    let rank: i16 = get(r, "k_rank")?;
    let rest: bool = get(r, "k_rest")?;
    let created: DateTime<Utc> = get(r, "created_at")?;
    let due = if rest {
        None
    } else {
        let day: NaiveDate = get(r, "k_day")?;
        let minute: i32 = get(r, "k_time")?;
        Some((
            day.format("%Y-%m-%d").to_string(),
            format!("{:02}:{:02}", minute / 60, minute % 60),
        ))
    };
    Ok(QueueKey {
        rank: u8::try_from(rank).map_err(|_| StoreError::Corrupt(format!("rank {rank}")))?,
        due,
        created: created.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        row: get(r, "number")?,
    })
}

fn parse_day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| StoreError::Corrupt(format!("queue key day '{text}': {e}")))
}

/// 'HH:MM' as minutes of the day; '24:00' (an untimed deadline: the day's end) is 1440.
fn parse_minute(text: &str) -> Result<i32> {
    let bad = || StoreError::Corrupt(format!("queue key time '{text}'"));
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    let (h, m): (i32, i32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    Ok(h * 60 + m)
}
