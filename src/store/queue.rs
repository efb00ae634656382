//! The desk's lists, a page at a time: the order queue by urgency, per-rank counts, claims
//! and recent payments. Each page is an index range, so a million orders cost what fifty do.

use rusqlite::ToSql;

use super::codec::get_totals;
use super::customers::like;
use super::orders::{COLUMNS, LISTED, listed_row};
use super::payments::payment_row;
use super::{OrderRow, Reader, Result};
use crate::core::payment::{Payment, Totals};
use crate::core::queue::{QUEUE_RANKS, QueueClass};

/// A payment with its order's number and customer, for the Payments pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentListRow {
    pub payment: Payment,
    pub order_number: i64,
    pub customer_name: String,
}

/// Orders whose customer (name or phone), number, address, items (name, variant or SKU of
/// the current lines) or status (`:ranks`, the classes whose words match) match the filter.
const FILTER: &str = "(o.customer_id IN (SELECT id FROM customers
        WHERE name LIKE :like OR phone LIKE :like) OR CAST(o.number AS TEXT) = :exact
     OR o.address LIKE :like
     OR o.queue_rank IN (SELECT value FROM json_each(:ranks))
     OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.revision = o.revision
                AND (l.name LIKE :like OR l.variant LIKE :like OR l.sku LIKE :like)))";

impl Reader<'_> {
    /// How many orders each queue rank holds (matching `filter`). Unfiltered, the counts
    /// the triggers keep (migration 0004) are read; a filter counts the matching orders.
    pub fn queue_counts(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]> {
        if filter.trim().is_empty() {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT rank, orders FROM queue_counts")?;
            return rank_counts(stmt.query_map([], |r| Ok((r.get("rank")?, r.get("orders")?)))?);
        }
        self.queue_counts_scanned(filter)
    }

    /// The same counts taken from the orders themselves: for a filter, and to check the kept
    /// ones (`stock check`, tests).
    pub fn queue_counts_scanned(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]> {
        let matching = Matching::new(filter);
        let sql = format!(
            "SELECT queue_rank AS rank, COUNT(*) AS orders FROM orders o WHERE {} GROUP BY queue_rank",
            matching.condition()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        rank_counts(stmt.query_map(matching.params().as_slice(), |r| {
            Ok((r.get("rank")?, r.get("orders")?))
        })?)
    }

    /// One page of the queue over ranks `from..=to`, most urgent first, oldest first within a
    /// rank; each row carries its class. With `from_end`, `offset` counts from the end of the
    /// queue (the rows still come back in queue order): the index is walked backwards, so a
    /// page near the end of a long queue costs as little as one near the start.
    pub fn queue_page(
        &self,
        from: u8,
        to: u8,
        filter: &str,
        offset: i64,
        limit: i64,
        from_end: bool,
    ) -> Result<Vec<OrderRow>> {
        let matching = Matching::new(filter);
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE o.queue_rank BETWEEN :from AND :to AND {}
             ORDER BY o.queue_rank {dir}, o.created_at {dir} LIMIT :limit OFFSET :offset",
            matching.condition(),
            dir = if from_end { "DESC" } else { "ASC" }
        );
        let mut params = matching.params();
        params.extend([
            (":from", &from as &dyn ToSql),
            (":to", &to),
            (":limit", &limit),
            (":offset", &offset),
        ]);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params.as_slice(), listed_row)?;
        let out: Vec<OrderRow> = rows.collect::<rusqlite::Result<_>>()?;
        self.with_lines(out, |r| &mut r.order)
    }

    /// Where order `number` stands in the queue over ranks `from..=to` matching `filter`
    /// (how many orders come before it); None when the queue does not show it.
    pub fn queue_position(
        &self,
        number: i64,
        from: u8,
        to: u8,
        filter: &str,
    ) -> Result<Option<i64>> {
        let matching = Matching::new(filter);
        let sql = format!(
            "SELECT (SELECT COUNT(*) FROM orders o
                     WHERE o.queue_rank BETWEEN :from AND :to AND {cond}
                       AND (o.queue_rank < t.queue_rank
                            OR (o.queue_rank = t.queue_rank AND o.created_at < t.created_at)))
                    AS position
             FROM orders t WHERE t.number = :number AND t.queue_rank BETWEEN :from AND :to
               AND t.id IN (SELECT o.id FROM orders o WHERE o.number = :number AND {cond})",
            cond = matching.condition()
        );
        let mut params = matching.params();
        params.extend([
            (":from", &from as &dyn ToSql),
            (":to", &to),
            (":number", &number),
        ]);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params.as_slice())?;
        Ok(match rows.next()? {
            Some(r) => Some(r.get("position")?),
            None => None,
        })
    }

    /// Claims waiting for verification, newest first.
    pub fn claims(&self, limit: i64) -> Result<Vec<PaymentListRow>> {
        self.payment_list("p.state = 'claimed'", "INDEXED BY payments_claims", limit)
    }

    /// The latest payments and refunds of any state, newest first.
    pub fn recent_payments(&self, limit: i64) -> Result<Vec<PaymentListRow>> {
        self.payment_list("1 = 1", "", limit)
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

    /// Orders whose kept sums (received, refunded, claimed) disagree with their payments:
    /// (number, kept, real). Empty on a healthy book; `stock check` and the tests use it.
    pub fn payment_sum_discrepancies(&self) -> Result<Vec<(i64, Totals, Totals)>> {
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
struct Matching {
    /// Per word: its LIKE pattern, the word as an order number, and the ranks whose status
    /// words contain it (a JSON array).
    words: Vec<(String, String, String)>,
    /// The SQL condition for that many words.
    condition: String,
    /// The parameter names, in order: `:like0`, `:exact0`, `:ranks0`, `:like1`, …
    names: Vec<[String; 3]>,
}

/// At most this many words of a filter count (a filter is a few words, not a sentence).
const FILTER_WORDS: usize = 4;

impl Matching {
    fn new(filter: &str) -> Matching {
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
            words,
            condition,
            names,
        }
    }

    fn condition(&self) -> &str {
        &self.condition
    }

    fn params(&self) -> Vec<(&str, &dyn ToSql)> {
        let mut params = Vec::new();
        for (names, (like, exact, ranks)) in self.names.iter().zip(&self.words) {
            params.push((names[0].as_str(), like as &dyn ToSql));
            params.push((names[1].as_str(), exact as &dyn ToSql));
            params.push((names[2].as_str(), ranks as &dyn ToSql));
        }
        params
    }
}
