//! The desk's lists beside the queue's pages (`queue_page.rs`): per-rank counts, what is
//! overdue or due today, claims and recent payments, and the queue's filter.

use chrono::{NaiveDateTime, NaiveTime};
use rusqlite::ToSql;

use super::DueRange;
use super::codec::get_totals;
use super::payments::payment_row;
use super::{Reader, Result};
use crate::core::payment::Totals;
use crate::core::queue::{LAST_TO_DELIVER, QUEUE_RANKS, QueueClass};
use crate::store::api::*;
use crate::store::like;
use crate::store::queue_read::{FILTER_WORDS, QueueBook};
use crate::store::rows::*;

/// Orders whose customer (name or phone), number, address, items (name, variant or SKU of
/// the current lines) or status (`:ranks`, the classes whose words match) match the filter.
/// All but the number and the status are one LIKE on the text the book keeps for the order
/// (`search_text`, migration 0012): a word holds no white space, so it is found in that text
/// exactly where it is found in one of the places the text was taken from.
const FILTER: &str = "(o.search_text LIKE :like OR CAST(o.number AS TEXT) = :exact
     OR o.queue_rank IN (SELECT value FROM json_each(:ranks)))";

impl QueueReads for Reader<'_> {
    fn queue_counts(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]> {
        if filter.trim().is_empty() {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT rank, orders FROM queue_counts")?;
            return rank_counts(stmt.query_map([], |r| Ok((r.get("rank")?, r.get("orders")?)))?);
        }
        self.queue_counts_scanned(filter)
    }

    fn queue_counts_scanned(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]> {
        let matching = Matching::new(filter);
        let (orders, few) = self.orders_to_scan(&matching, "")?;
        let sql = format!(
            "SELECT queue_rank AS rank, COUNT(*) AS orders FROM {orders} AND {} GROUP BY queue_rank",
            matching.condition()
        );
        let mut params = matching.params();
        params.extend(few.iter().map(|f| (":few", f as &dyn ToSql)));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        rank_counts(stmt.query_map(params.as_slice(), |r| {
            Ok((r.get("rank")?, r.get("orders")?))
        })?)
    }

    fn pressing(&self, filter: &str, now: NaiveDateTime) -> Result<Pressing> {
        if filter.trim().is_empty() {
            return self.pressing_kept(now);
        }
        self.pressing_scanned(filter, now)
    }

    fn filtered_counts(
        &self,
        filter: &str,
        now: NaiveDateTime,
    ) -> Result<([i64; QUEUE_RANKS], Pressing)> {
        let matching = Matching::new(filter);
        crate::store::queue_read::counted(self, &self.version()?, filter, now, || {
            self.count_filtered(&matching, now)
        })
    }

    fn pressing_scanned(&self, filter: &str, now: NaiveDateTime) -> Result<Pressing> {
        let matching = Matching::new(filter);
        let (orders, few) = self.orders_to_scan(&matching, "")?;
        let ranks = (0..=LAST_TO_DELIVER)
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT o.queue_rank AS rank, COUNT(*) AS orders,
                 COUNT(CASE WHEN o.due_date < :today
                                 OR (o.due_date = :today AND o.due_time < :time) THEN 1 END)
                     AS overdue
             FROM {orders}
               AND o.queue_rank IN ({ranks}) AND o.due_date IS NOT NULL
               AND o.due_date <= :today AND {}
             GROUP BY o.queue_rank",
            matching.condition()
        );
        let (today, time) = day_and_time(now);
        let mut params = matching.params();
        params.extend([(":today", &today as &dyn ToSql), (":time", &time)]);
        params.extend(few.iter().map(|f| (":few", f as &dyn ToSql)));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params.as_slice(), pressing_row)?;
        collect_pressing(rows)
    }

    fn due_count_discrepancies(&self) -> Result<Vec<DueCountGap>> {
        let sql = "SELECT rank, due_date, due_time, SUM(kept) AS kept, SUM(real) AS real FROM (
                 SELECT rank, due_date, due_time, orders AS kept, 0 AS real FROM due_counts
                 UNION ALL
                 SELECT queue_rank, due_date, coalesce(due_time, ''), 0, COUNT(*)
                 FROM orders WHERE due_date IS NOT NULL
                 GROUP BY queue_rank, due_date, coalesce(due_time, ''))
             GROUP BY rank, due_date, due_time HAVING SUM(kept) <> SUM(real)";
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            Ok(DueCountGap {
                rank: r.get("rank")?,
                day: r.get("due_date")?,
                time: r.get("due_time")?,
                kept: r.get("kept")?,
                real: r.get("real")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn search_text_gaps(&self) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT o.number FROM orders o JOIN order_search s ON s.order_row = o.rowid
             WHERE o.search_text IS NOT s.text ORDER BY o.number",
        )?;
        let rows = stmt.query_map([], |r| r.get("number"))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn word_index_gaps(&self) -> Result<Vec<i64>> {
        self.index_gaps()
    }

    fn due_orders(&self, range: DueRange) -> Result<Vec<i64>> {
        let ranks = (0..=LAST_TO_DELIVER)
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let (condition, at) = match range {
            DueRange::On(day) => ("o.due_date = :day", day.and_time(NaiveTime::MIN)),
            DueRange::PassedAt(at) => (
                "o.due_date <= :day AND (o.due_date < :day OR o.due_time < :time)",
                at,
            ),
        };
        let sql = format!(
            "SELECT o.number FROM orders o
             WHERE o.queue_rank IN ({ranks}) AND o.due_date IS NOT NULL AND {condition}
             ORDER BY o.due_date, coalesce(o.due_time, '24:00'), o.created_at"
        );
        let (day, time) = day_and_time(at);
        let mut params: Vec<(&str, &dyn ToSql)> = vec![(":day", &day)];
        if matches!(range, DueRange::PassedAt(_)) {
            params.push((":time", &time));
        }
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params.as_slice(), |r| r.get("number"))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn claims(&self, limit: i64) -> Result<Vec<PaymentListRow>> {
        self.payment_list("p.state = 'claimed'", "INDEXED BY payments_claims", limit)
    }

    fn recent_payments(&self, limit: i64) -> Result<Vec<PaymentListRow>> {
        self.payment_list("p.state <> 'claimed'", "", limit)
    }

    fn payment_sum_discrepancies(&self) -> Result<Vec<(i64, Totals, Totals)>> {
        // The one recount of the sums, in the triggers' own terms, to check what they keep.
        let sql = "SELECT number, received, refunded, claimed,
                 real_received, real_refunded, real_claimed FROM (
                 SELECT o.number, o.received, o.refunded, o.claimed,
                     COALESCE(SUM(CASE WHEN p.kind = 'payment' AND p.state = 'verified'
                                  THEN p.amount END), 0) AS real_received,
                     COALESCE(SUM(CASE WHEN p.kind = 'refund' AND p.state = 'verified'
                                  THEN p.amount END), 0) AS real_refunded,
                     COALESCE(SUM(CASE WHEN p.kind = 'payment' AND p.state = 'claimed'
                                  THEN p.amount END), 0) AS real_claimed
                 FROM orders o LEFT JOIN payments p ON p.order_id = o.id GROUP BY o.id)
             WHERE received <> real_received OR refunded <> real_refunded
                OR claimed <> real_claimed";
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            let real = Totals {
                received: r.get("real_received")?,
                refunded: r.get("real_refunded")?,
                claimed: r.get("real_claimed")?,
            };
            Ok((r.get("number")?, get_totals(r)?, real))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Reader<'_> {
    /// A filter's counts per rank and what is due in it, read from the orders. The table is
    /// read in its own order (NOT INDEXED): walking the urgency index to group by rank would
    /// read each order's row out of order, twice the time on a million orders.
    fn count_filtered(
        &self,
        matching: &Matching,
        now: NaiveDateTime,
    ) -> Result<([i64; QUEUE_RANKS], Pressing)> {
        let (orders, few) = self.orders_to_scan(matching, "NOT INDEXED")?;
        let sql = format!(
            "SELECT o.queue_rank AS rank, COUNT(*) AS orders,
                 COUNT(CASE WHEN o.queue_rank <= {LAST_TO_DELIVER} AND o.due_date <= :today
                       THEN 1 END) AS due,
                 COUNT(CASE WHEN o.queue_rank <= {LAST_TO_DELIVER}
                            AND (o.due_date < :today
                                 OR (o.due_date = :today AND o.due_time < :time)) THEN 1 END)
                     AS overdue
             FROM {orders} AND {} GROUP BY o.queue_rank",
            matching.condition()
        );
        let (today, time) = day_and_time(now);
        let mut params = matching.params();
        params.extend([(":today", &today as &dyn ToSql), (":time", &time)]);
        params.extend(few.iter().map(|f| (":few", f as &dyn ToSql)));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params.as_slice(), |r| {
            Ok((
                r.get::<_, i64>("rank")?,
                r.get::<_, i64>("orders")?,
                r.get::<_, i64>("due")?,
                r.get::<_, i64>("overdue")?,
            ))
        })?;
        let mut counts = [0; QUEUE_RANKS];
        let mut pressing = Vec::new();
        for row in rows {
            let (rank, orders, due, overdue) = row?;
            if let Some(slot) = usize::try_from(rank).ok().and_then(|r| counts.get_mut(r)) {
                *slot = orders;
            }
            if due > 0 {
                pressing.push(Ok((rank, due, overdue)));
            }
        }
        Ok((counts, collect_pressing(pressing.into_iter())?))
    }

    fn pressing_kept(&self, now: NaiveDateTime) -> Result<Pressing> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rank, SUM(orders) AS orders,
                 SUM(CASE WHEN due_date < :today
                          OR (due_date = :today AND due_time <> '' AND due_time < :time)
                     THEN orders ELSE 0 END) AS overdue
             FROM due_counts WHERE rank <= :last AND due_date <= :today GROUP BY rank",
        )?;
        let (today, time) = day_and_time(now);
        let rows = stmt.query_map(
            rusqlite::named_params! {":today": today, ":time": time, ":last": LAST_TO_DELIVER},
            pressing_row,
        )?;
        collect_pressing(rows)
    }

    fn payment_list(
        &self,
        condition: &str,
        index: &str,
        limit: i64,
    ) -> Result<Vec<PaymentListRow>> {
        let columns = super::payments::COLUMNS
            .split(',')
            .map(|c| format!("p.{}", c.trim()))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {columns}, o.number AS order_number, c.name AS customer_name
             FROM payments p {index}
             JOIN orders o ON o.id = p.order_id JOIN customers c ON c.id = o.customer_id
             WHERE {condition} ORDER BY p.created_at DESC LIMIT ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([limit], |r| {
            Ok(PaymentListRow {
                payment: payment_row(r)?,
                order_number: r.get("order_number")?,
                customer_name: r.get("customer_name")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// What a filter's count reads (as `o`, with the start of its WHERE): the few orders the
    /// index of three-letter pieces proposes (bound as `:few`, each still checked with the
    /// filter), or every order (`unnarrowed` says how the table is read then).
    fn orders_to_scan(
        &self,
        matching: &Matching,
        unnarrowed: &str,
    ) -> Result<(String, Option<String>)> {
        Ok(match self.few_matching(matching.filter())? {
            Some(numbers) => (
                "orders o WHERE o.number IN (SELECT value FROM json_each(:few))".to_string(),
                Some(number_list(&numbers)),
            ),
            None => (format!("orders o {unnarrowed} WHERE 1 = 1"), None),
        })
    }
}

/// Numbers as a JSON array, for `json_each`.
pub(super) fn number_list(numbers: &[i64]) -> String {
    let items: Vec<String> = numbers.iter().map(i64::to_string).collect();
    format!("[{}]", items.join(","))
}

fn day_and_time(now: NaiveDateTime) -> (String, String) {
    (
        now.date().format("%Y-%m-%d").to_string(),
        now.time().format("%H:%M").to_string(),
    )
}

fn pressing_row(r: &rusqlite::Row) -> rusqlite::Result<(i64, i64, i64)> {
    Ok((r.get("rank")?, r.get("orders")?, r.get("overdue")?))
}

fn collect_pressing(
    rows: impl Iterator<Item = rusqlite::Result<(i64, i64, i64)>>,
) -> Result<Pressing> {
    let mut out = Pressing::default();
    for row in rows {
        let (rank, orders, overdue) = row?;
        if let Some(slot) = usize::try_from(rank)
            .ok()
            .and_then(|r| out.by_rank.get_mut(r))
        {
            *slot = orders;
        }
        out.overdue += overdue;
        out.today += orders - overdue;
    }
    Ok(out)
}

fn rank_counts(
    rows: impl Iterator<Item = rusqlite::Result<(i64, i64)>>,
) -> Result<[i64; QUEUE_RANKS]> {
    let mut counts = [0; QUEUE_RANKS];
    for row in rows {
        let (rank, count) = row?;
        if let Some(slot) = usize::try_from(rank).ok().and_then(|r| counts.get_mut(r)) {
            *slot = count;
        }
    }
    Ok(counts)
}

/// A queue filter: a customer's name or phone (LIKE), or an order number ("1042", "#1042").
/// Unfiltered, it binds nothing, so each statement has exactly the parameters it uses.
/// A typed filter, word by word: every word must match the order somewhere ("blue tee"
/// finds the Basic Tee Blue / M; "mei packing" Mei's orders being packed).
pub(super) struct Matching {
    /// The filter as typed.
    filter: String,
    /// Per word: its LIKE pattern, the word as an order number, and the ranks whose status
    /// words contain it (a JSON array).
    words: Vec<(String, String, String)>,
    /// The SQL condition for that many words (the order is `o`).
    condition: String,
    /// The parameter names, in order: `:like0`, `:exact0`, `:ranks0`, `:like1`, …
    names: Vec<[String; 3]>,
}

impl Matching {
    pub(super) fn new(filter: &str) -> Matching {
        let words: Vec<(String, String, String)> = filter
            .split_whitespace()
            .take(FILTER_WORDS)
            .map(|w| {
                let ranks = QueueClass::named(w)
                    .iter()
                    .map(|c| c.rank().to_string())
                    .collect::<Vec<_>>()
                    .join(",");
                (
                    like(w),
                    w.trim_start_matches('#').to_string(),
                    format!("[{ranks}]"),
                )
            })
            .collect();
        let names: Vec<[String; 3]> = (0..words.len())
            .map(|i| {
                [
                    format!(":like{i}"),
                    format!(":exact{i}"),
                    format!(":ranks{i}"),
                ]
            })
            .collect();
        let condition = if words.is_empty() {
            "1 = 1".to_string()
        } else {
            names
                .iter()
                .map(|[l, e, r]| {
                    FILTER
                        .replace(":like", l)
                        .replace(":exact", e)
                        .replace(":ranks", r)
                })
                .collect::<Vec<_>>()
                .join(" AND ")
        };
        Matching {
            filter: filter.to_string(),
            condition,
            words,
            names,
        }
    }

    pub(super) fn condition(&self) -> &str {
        &self.condition
    }

    /// The filter as typed.
    pub(super) fn filter(&self) -> &str {
        &self.filter
    }

    /// Each word as LIKE looks for it (without the wildcards `like` strips), with whether
    /// a status word contains it (then it matches a whole rank, not a piece of text).
    pub(super) fn texts(&self) -> impl Iterator<Item = (&str, bool)> {
        self.words.iter().map(|(like, _, ranks)| {
            let text = like.strip_prefix('%').unwrap_or(like);
            (text.strip_suffix('%').unwrap_or(text), ranks != "[]")
        })
    }

    /// The order numbers the words name exactly ("1042", "#1042").
    pub(super) fn numbers(&self) -> impl Iterator<Item = i64> {
        self.words.iter().filter_map(|(_, exact, _)| {
            exact
                .parse::<i64>()
                .ok()
                .filter(|n| n.to_string() == *exact)
        })
    }

    pub(super) fn params(&self) -> Vec<(&str, &dyn ToSql)> {
        let mut params = Vec::new();
        for (names, (like, exact, ranks)) in self.names.iter().zip(&self.words) {
            params.push((names[0].as_str(), like as &dyn ToSql));
            params.push((names[1].as_str(), exact as &dyn ToSql));
            params.push((names[2].as_str(), ranks as &dyn ToSql));
        }
        params
    }
}
