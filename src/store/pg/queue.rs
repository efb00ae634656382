//! The desk's lists beside the queue's pages on PostgreSQL: per-rank counts (kept in slots by
//! triggers, summed here), what is overdue or due today, claims and recent payments, and the
//! queue's filter.

use chrono::{NaiveDateTime, NaiveTime, Timelike};
use postgres::Row;
use postgres::types::ToSql;

use super::codec::{get, limit, totals};
use super::payments::{P_COLUMNS, payment_row};
use super::{Reader, Result};
use crate::core::payment::Totals;
use crate::core::queue::{LAST_TO_DELIVER, QUEUE_RANKS, QueueClass};
use crate::store::api::*;
use crate::store::like;
use crate::store::queue_read::{FILTER_WORDS, QueueBook, counted, proposed};
use crate::store::rows::*;

/// Statement parameters collected as a statement is built: each value's `$n`.
#[derive(Default)]
pub(super) struct Binds {
    values: Vec<Box<dyn ToSql + Sync>>,
}

impl Binds {
    pub(super) fn push(&mut self, value: impl ToSql + Sync + 'static) -> String {
        self.values.push(Box::new(value));
        format!("${}", self.values.len())
    }

    pub(super) fn refs(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.values.iter().map(|v| v.as_ref()).collect()
    }
}

/// A typed filter, word by word: every word must match the order somewhere (its customer's
/// name or phone, its number, address, status words or current lines). Orders are read as
/// `o`. All but the number and the status are one LIKE on the text the book keeps for the
/// order (`search_text`, migration 0002), whose ASCII letters are kept lowered: the word's
/// are lowered too and LIKE (no escape character) compares the rest as written, so an order
/// matches exactly where SQLite's LIKE finds it (ASCII letters in any case, other letters
/// as written), whatever the database's locale.
pub(super) fn matching(filter: &str, binds: &mut Binds) -> String {
    let words: Vec<String> = filter
        .split_whitespace()
        .take(FILTER_WORDS)
        .map(|w| {
            let ranks: Vec<i16> = QueueClass::named(w)
                .iter()
                .map(|c| i16::from(c.rank()))
                .collect();
            let like = binds.push(like(w).to_ascii_lowercase());
            let exact = binds.push(w.trim_start_matches('#').to_string());
            let ranks = binds.push(ranks);
            format!(
                "(o.search_text LIKE {like} ESCAPE '' OR o.number::text = {exact}
                  OR o.queue_rank = ANY({ranks}))"
            )
        })
        .collect();
    if words.is_empty() {
        "true".into()
    } else {
        words.join(" AND ")
    }
}

/// The local day and minute of `now` (seconds are never part of a deadline).
fn day_and_minute(now: NaiveDateTime) -> (chrono::NaiveDate, NaiveTime) {
    let time = NaiveTime::from_hms_opt(now.time().hour(), now.time().minute(), 0)
        .unwrap_or(NaiveTime::MIN);
    (now.date(), time)
}

impl QueueReads for Reader<'_> {
    fn queue_counts(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]> {
        if filter.trim().is_empty() {
            let rows = self.conn.query(
                "SELECT rank, SUM(orders)::int8 AS orders FROM queue_counts GROUP BY rank",
                &[],
            )?;
            return rank_counts(&rows);
        }
        self.queue_counts_scanned(filter)
    }

    fn queue_counts_scanned(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]> {
        let mut binds = Binds::default();
        let condition = matching(filter, &mut binds);
        let orders = self.orders_to_scan(filter, &mut binds)?;
        let sql = format!(
            "SELECT o.queue_rank AS rank, COUNT(*) AS orders
             FROM orders o WHERE {orders} AND {condition} GROUP BY o.queue_rank"
        );
        rank_counts(&self.conn.query(&sql, &binds.refs())?)
    }

    fn pressing(&self, filter: &str, now: NaiveDateTime) -> Result<Pressing> {
        if !filter.trim().is_empty() {
            return self.pressing_scanned(filter, now);
        }
        let (today, time) = day_and_minute(now);
        let rows = self.conn.query(
            "SELECT rank, SUM(orders)::int8 AS orders,
                 SUM(CASE WHEN due_date < $1
                          OR (due_date = $1 AND due_time <> '24:00' AND due_time < $2)
                     THEN orders ELSE 0 END)::int8 AS overdue
             FROM due_counts WHERE rank <= $3 AND due_date <= $1 GROUP BY rank",
            &[&today, &time, &i16::from(LAST_TO_DELIVER)],
        )?;
        collect_pressing(&rows)
    }

    fn filtered_counts(
        &self,
        filter: &str,
        now: NaiveDateTime,
    ) -> Result<([i64; QUEUE_RANKS], Pressing)> {
        counted(self, &self.version()?, filter, now, || {
            self.count_filtered(filter, now)
        })
    }

    fn pressing_scanned(&self, filter: &str, now: NaiveDateTime) -> Result<Pressing> {
        let mut binds = Binds::default();
        let condition = matching(filter, &mut binds);
        let orders = self.orders_to_scan(filter, &mut binds)?;
        let (today, time) = day_and_minute(now);
        let today = binds.push(today);
        let time = binds.push(time);
        let sql = format!(
            "SELECT o.queue_rank AS rank, COUNT(*) AS orders,
                 COUNT(CASE WHEN o.due_date < {today}
                                 OR (o.due_date = {today} AND o.due_time < {time}) THEN 1 END)
                     AS overdue
             FROM orders o
             WHERE {orders} AND o.queue_rank <= {LAST_TO_DELIVER} AND o.due_date IS NOT NULL
               AND o.due_date <= {today} AND {condition}
             GROUP BY o.queue_rank"
        );
        collect_pressing(&self.conn.query(&sql, &binds.refs())?)
    }

    fn due_count_discrepancies(&self) -> Result<Vec<DueCountGap>> {
        let rows = self.conn.query(
            "SELECT rank::int8 AS rank, to_char(due_date, 'YYYY-MM-DD') AS due_date,
                 CASE WHEN due_time = '24:00' THEN '' ELSE to_char(due_time, 'HH24:MI') END
                     AS due_time,
                 SUM(kept)::int8 AS kept, SUM(real)::int8 AS real FROM (
                 SELECT rank, due_date, due_time, orders AS kept, 0 AS real FROM due_counts
                 UNION ALL
                 SELECT queue_rank, due_date, coalesce(due_time, '24:00'), 0, COUNT(*)
                 FROM orders WHERE due_date IS NOT NULL
                 GROUP BY queue_rank, due_date, coalesce(due_time, '24:00')) both_counts
             GROUP BY rank, due_date, due_time HAVING SUM(kept) <> SUM(real)
             ORDER BY rank, due_date, due_time",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                Ok(DueCountGap {
                    rank: get(r, "rank")?,
                    day: get(r, "due_date")?,
                    time: get(r, "due_time")?,
                    kept: get(r, "kept")?,
                    real: get(r, "real")?,
                })
            })
            .collect()
    }

    // PostgreSQL reads a filter by its own keyset over the kept text: no index to check.
    fn word_index_gaps(&self) -> Result<Vec<i64>> {
        Ok(Vec::new())
    }

    fn search_text_gaps(&self) -> Result<Vec<i64>> {
        let rows = self.conn.query(
            "SELECT o.number FROM orders o
             WHERE o.search_text IS DISTINCT FROM
                   order_search_text(o.customer_id, o.address, o.id, o.revision)
             ORDER BY o.number",
            &[],
        )?;
        rows.iter().map(|r| get(r, "number")).collect()
    }

    fn due_orders(&self, range: DueRange) -> Result<Vec<i64>> {
        let order = "ORDER BY o.due_date, coalesce(o.due_time, '24:00'), o.created_at, o.number";
        let still_to_deliver =
            format!("o.queue_rank <= {LAST_TO_DELIVER} AND o.due_date IS NOT NULL");
        let rows = match range {
            DueRange::On(day) => self.conn.query(
                &format!(
                    "SELECT o.number FROM orders o
                     WHERE {still_to_deliver} AND o.due_date = $1 {order}"
                ),
                &[&day],
            )?,
            DueRange::PassedAt(at) => {
                let (day, time) = day_and_minute(at);
                self.conn.query(
                    &format!(
                        "SELECT o.number FROM orders o
                         WHERE {still_to_deliver} AND o.due_date <= $1
                           AND (o.due_date < $1 OR o.due_time < $2) {order}"
                    ),
                    &[&day, &time],
                )?
            }
        };
        rows.iter().map(|r| get(r, "number")).collect()
    }

    fn claims(&self, count: i64) -> Result<Vec<PaymentListRow>> {
        self.payment_list("p.state = 'claimed'", count)
    }

    fn recent_payments(&self, count: i64) -> Result<Vec<PaymentListRow>> {
        self.payment_list("p.state <> 'claimed'", count)
    }

    fn payment_sum_discrepancies(&self) -> Result<Vec<(i64, Totals, Totals)>> {
        let rows = self.conn.query(
            "SELECT number, received, refunded, claimed,
                 real_received, real_refunded, real_claimed FROM (
                 SELECT o.number, o.received, o.refunded, o.claimed,
                     COALESCE(SUM(CASE WHEN p.kind = 'payment' AND p.state = 'verified'
                                  THEN p.amount END), 0)::int8 AS real_received,
                     COALESCE(SUM(CASE WHEN p.kind = 'refund' AND p.state = 'verified'
                                  THEN p.amount END), 0)::int8 AS real_refunded,
                     COALESCE(SUM(CASE WHEN p.kind = 'payment' AND p.state = 'claimed'
                                  THEN p.amount END), 0)::int8 AS real_claimed
                 FROM orders o LEFT JOIN payments p ON p.order_id = o.id GROUP BY o.id) sums
             WHERE received <> real_received OR refunded <> real_refunded
                OR claimed <> real_claimed
             ORDER BY number",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                let real = Totals {
                    received: get(r, "real_received")?,
                    refunded: get(r, "real_refunded")?,
                    claimed: get(r, "real_claimed")?,
                };
                Ok((get(r, "number")?, totals(r)?, real))
            })
            .collect()
    }
}

impl Reader<'_> {
    /// A filter's counts per rank and what is due in it, read from the orders.
    fn count_filtered(
        &self,
        filter: &str,
        now: NaiveDateTime,
    ) -> Result<([i64; QUEUE_RANKS], Pressing)> {
        let mut binds = Binds::default();
        let condition = matching(filter, &mut binds);
        let orders = self.orders_to_scan(filter, &mut binds)?;
        let (today, time) = day_and_minute(now);
        let today = binds.push(today);
        let time = binds.push(time);
        let sql = format!(
            "SELECT o.queue_rank AS rank, COUNT(*) AS orders,
                 COUNT(CASE WHEN o.queue_rank <= {LAST_TO_DELIVER} AND o.due_date <= {today}
                       THEN 1 END) AS due,
                 COUNT(CASE WHEN o.queue_rank <= {LAST_TO_DELIVER}
                            AND (o.due_date < {today}
                                 OR (o.due_date = {today} AND o.due_time < {time})) THEN 1 END)
                     AS overdue
             FROM orders o WHERE {orders} AND {condition} GROUP BY o.queue_rank"
        );
        let rows = self.conn.query(&sql, &binds.refs())?;
        let counts = rank_counts(&rows)?;
        let mut pressing = Pressing::default();
        for r in &rows {
            let rank: i16 = get(r, "rank")?;
            let due: i64 = get(r, "due")?;
            let overdue: i64 = get(r, "overdue")?;
            if due > 0 {
                add_pressing(&mut pressing, rank, due, overdue);
            }
        }
        Ok((counts, pressing))
    }

    /// Which orders a filter's count reads (as `o`): the few proposed for it (each still
    /// checked with the filter), or every order.
    fn orders_to_scan(&self, filter: &str, binds: &mut Binds) -> Result<String> {
        Ok(match self.few_matching(filter)? {
            Some(numbers) => format!("o.number = ANY({})", binds.push(numbers)),
            None => "true".to_string(),
        })
    }

    /// The orders proposed for `filter` when they are few (kept until the book changes).
    fn few_matching(&self, filter: &str) -> Result<Option<Vec<i64>>> {
        proposed(self, &self.version()?, filter)
    }

    fn payment_list(&self, condition: &str, count: i64) -> Result<Vec<PaymentListRow>> {
        let sql = format!(
            "SELECT {P_COLUMNS}, o.number AS order_number, c.name AS customer_name
             FROM payments p
             JOIN orders o ON o.id = p.order_id JOIN customers c ON c.id = o.customer_id
             WHERE {condition} ORDER BY p.created_at DESC, p.id DESC LIMIT $1"
        );
        let rows = self.conn.query(&sql, &[&limit(count)])?;
        rows.iter()
            .map(|r| {
                Ok(PaymentListRow {
                    payment: payment_row(r)?,
                    order_number: get(r, "order_number")?,
                    customer_name: get(r, "customer_name")?,
                })
            })
            .collect()
    }
}

fn rank_counts(rows: &[Row]) -> Result<[i64; QUEUE_RANKS]> {
    let mut counts = [0; QUEUE_RANKS];
    for r in rows {
        let rank: i16 = get(r, "rank")?;
        if let Some(slot) = usize::try_from(rank).ok().and_then(|i| counts.get_mut(i)) {
            *slot = get(r, "orders")?;
        }
    }
    Ok(counts)
}

fn add_pressing(out: &mut Pressing, rank: i16, orders: i64, overdue: i64) {
    if let Some(slot) = usize::try_from(rank)
        .ok()
        .and_then(|r| out.by_rank.get_mut(r))
    {
        *slot = orders;
    }
    out.overdue += overdue;
    out.today += orders - overdue;
}

fn collect_pressing(rows: &[Row]) -> Result<Pressing> {
    let mut out = Pressing::default();
    for r in rows {
        add_pressing(
            &mut out,
            get(r, "rank")?,
            get(r, "orders")?,
            get(r, "overdue")?,
        );
    }
    Ok(out)
}
