//! The desk's lists, a page at a time: the order queue by urgency, per-rank counts, claims
//! and recent payments. Each page is an index range, so a million orders cost what fifty do.

use rusqlite::params;

use super::orders::{COLUMNS, order_row};
use super::payments::payment_row;
use super::{OrderRow, Reader, Result};
use crate::core::payment::{Payment, Totals};

/// Queue ranks (see migration 0003): 0 claims … 7 delivered with a balance due, 8 delivered,
/// 9 cancelled.
pub const RANKS: usize = 10;

/// A payment with its order's number and customer, for the Payments pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentListRow {
    pub payment: Payment,
    pub order_number: i64,
    pub customer_name: String,
}

const TOTALS: &str = "
    COALESCE((SELECT SUM(amount) FROM payments p WHERE p.order_id = o.id
              AND p.kind = 'payment' AND p.state = 'verified'), 0),
    COALESCE((SELECT SUM(amount) FROM payments p WHERE p.order_id = o.id AND p.kind = 'refund'), 0),
    COALESCE((SELECT SUM(amount) FROM payments p WHERE p.order_id = o.id
              AND p.kind = 'payment' AND p.state = 'claimed'), 0)";

/// Orders whose customer, phone or number matches `filter`.
const FILTER: &str = "(o.customer_id IN (SELECT id FROM customers
        WHERE name LIKE ?3 OR phone LIKE ?3) OR CAST(o.number AS TEXT) = ?4)";

impl Reader<'_> {
    /// How many orders each queue rank holds.
    pub fn queue_counts(&self, filter: &str) -> Result<[i64; RANKS]> {
        let sql = if filter.is_empty() {
            "SELECT queue_rank, COUNT(*) FROM orders o WHERE ?1 = ?1 AND ?2 = ?2 AND ?3 = ?3 AND ?4 = ?4 GROUP BY queue_rank".to_string()
        } else {
            format!(
                "SELECT queue_rank, COUNT(*) FROM orders o WHERE ?1 = ?1 AND ?2 = ?2 AND {FILTER} GROUP BY queue_rank"
            )
        };
        let mut counts = [0; RANKS];
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let (like, exact) = patterns(filter);
        let rows = stmt.query_map(params![0, 0, like, exact], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (rank, count) = row?;
            if let Some(slot) = usize::try_from(rank).ok().and_then(|r| counts.get_mut(r)) {
                *slot = count;
            }
        }
        Ok(counts)
    }

    /// One page of the queue over ranks `from..=to`, most urgent first, oldest first within a
    /// rank; each row with its rank. With `from_end`, `offset` counts from the end of the
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
    ) -> Result<Vec<(u8, OrderRow)>> {
        let condition = if filter.is_empty() {
            "?3 = ?3 AND ?4 = ?4"
        } else {
            FILTER
        };
        let sql = format!(
            "SELECT {COLUMNS}, c.name, c.phone, {TOTALS}, o.queue_rank
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE o.queue_rank BETWEEN ?1 AND ?2 AND {condition}
             ORDER BY o.queue_rank {dir}, o.created_at {dir} LIMIT ?5 OFFSET ?6",
            dir = if from_end { "DESC" } else { "ASC" }
        );
        let (like, exact) = patterns(filter);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![from, to, like, exact, limit, offset], |r| {
            Ok((
                r.get::<_, u8>(20)?,
                OrderRow {
                    order: order_row(r)?,
                    customer_name: r.get(15)?,
                    customer_phone: r.get(16)?,
                    totals: Totals {
                        received: r.get(17)?,
                        refunded: r.get(18)?,
                        claimed: r.get(19)?,
                    },
                },
            ))
        })?;
        let mut out: Vec<(u8, OrderRow)> = rows.collect::<rusqlite::Result<_>>()?;
        for (_, row) in &mut out {
            row.order.lines = self.lines(row.order.id, row.order.revision)?;
        }
        Ok(out)
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
            "SELECT {columns}, o.number, c.name FROM payments p {index}
             JOIN orders o ON o.id = p.order_id JOIN customers c ON c.id = o.customer_id
             WHERE {condition} ORDER BY p.created_at DESC LIMIT ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([limit], |r| {
            Ok(PaymentListRow {
                payment: payment_row(r)?,
                order_number: r.get(13)?,
                customer_name: r.get(14)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Orders whose kept sums (received, refunded, claimed) disagree with their payments:
    /// (number, kept, real). Empty on a healthy book; `stock check` and the tests use it.
    pub fn payment_sum_discrepancies(&self) -> Result<Vec<(i64, Totals, Totals)>> {
        let sql = format!(
            "SELECT number, received, refunded, claimed, r, f, c FROM (
                 SELECT o.number, o.received, o.refunded, o.claimed, {TOTALS} FROM orders o)
             WHERE received <> r OR refunded <> f OR claimed <> c",
            TOTALS = "COALESCE((SELECT SUM(amount) FROM payments p WHERE p.order_id = o.id
                  AND p.kind = 'payment' AND p.state = 'verified'), 0) AS r,
                COALESCE((SELECT SUM(amount) FROM payments p WHERE p.order_id = o.id
                  AND p.kind = 'refund' AND p.state = 'verified'), 0) AS f,
                COALESCE((SELECT SUM(amount) FROM payments p WHERE p.order_id = o.id
                  AND p.kind = 'payment' AND p.state = 'claimed'), 0) AS c"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], |r| {
            let totals = |i: usize| -> rusqlite::Result<Totals> {
                Ok(Totals {
                    received: r.get(i)?,
                    refunded: r.get(i + 1)?,
                    claimed: r.get(i + 2)?,
                })
            };
            Ok((r.get(0)?, totals(1)?, totals(4)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// (LIKE pattern, exact text) for a filter; '%' and '_' typed by people are taken literally
/// enough by dropping them.
fn patterns(filter: &str) -> (String, String) {
    let clean: String = filter
        .trim()
        .chars()
        .filter(|c| !matches!(c, '%' | '_'))
        .collect();
    (
        format!("%{clean}%"),
        clean.trim_start_matches('#').to_string(),
    )
}
