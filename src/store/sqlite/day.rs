//! What closing the day reads besides the daily report's rows: the steps orders took (from
//! the journal), what recorded each verified payment, and what is still open now.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::params;
use uuid::Uuid;

use super::codec::{get_parsed, get_totals, get_ts, ts};
use super::products::{COLUMNS as PRODUCT_COLUMNS, product_row};
use super::{Reader, Result};
use crate::core::catalog::Product;
use crate::core::day::{PaymentOrigin, Step, StepFact};
use crate::store::api::*;
use crate::store::rows::*;

impl DayReads for Reader<'_> {
    fn order_steps(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<StepFact>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.number, j.action, j.at
             FROM journal j JOIN orders o ON o.id = j.order_id
             WHERE j.entity = 'order'
               AND j.action IN ('confirmed', 'confirmed (oversold)', 'delivered', 'cancelled')
               AND j.at >= ?1 AND j.at < ?2
             ORDER BY j.at, j.id",
        )?;
        let rows = stmt.query_map(params![ts(from), ts(to)], |r| {
            Ok((
                r.get::<_, i64>("number")?,
                r.get::<_, String>("action")?,
                get_ts(r, "at")?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (number, action, at) = row?;
            if let Some(step) = Step::from_action(&action) {
                out.push(StepFact { number, step, at });
            }
        }
        Ok(out)
    }

    fn payment_origins(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<HashMap<Uuid, PaymentOrigin>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id,
                 EXISTS (SELECT 1 FROM provider_events e
                         WHERE e.payment_id = p.id AND e.outcome = 'paid') AS by_provider,
                 EXISTS (SELECT 1 FROM report_rows r
                         WHERE r.payment_id = p.id
                           AND r.outcome IN ('recorded', 'claim_verified')) AS by_report
             FROM payments p
             WHERE p.created_at >= ?1 AND p.created_at < ?2 AND p.state = 'verified'",
        )?;
        let rows = stmt.query_map(params![ts(from), ts(to)], |r| {
            Ok((
                r.get::<_, Uuid>("id")?,
                PaymentOrigin {
                    by_provider: r.get("by_provider")?,
                    by_report: r.get("by_report")?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn orders_owing(&self) -> Result<Vec<OpenMoney>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT number, created_at, total, received, refunded, claimed, lifecycle FROM orders
             WHERE queue_rank IN (0, 2, 4, 5, 6, 7)
               AND lifecycle IN ('confirmed', 'completed') AND received < total
             ORDER BY created_at, number",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(OpenMoney {
                number: r.get("number")?,
                created: get_ts(r, "created_at")?,
                total: r.get("total")?,
                totals: get_totals(r)?,
                lifecycle: get_parsed(r, "lifecycle")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn products_running_out(&self) -> Result<Vec<Product>> {
        let sql = format!(
            "SELECT {PRODUCT_COLUMNS} FROM products
             WHERE on_hand - reserved <= 0
                OR (low_stock IS NOT NULL AND on_hand - reserved <= low_stock)
             ORDER BY sku"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], product_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn orders_numbered(&self, numbers: &[i64]) -> Result<Vec<super::OrderRow>> {
        if numbers.is_empty() {
            return Ok(Vec::new());
        }
        let wanted = serde_json::to_string(numbers)
            .map_err(|e| super::StoreError::Corrupt(e.to_string()))?;
        let sql = format!(
            "SELECT {}, {} FROM json_each(?1) w
             JOIN orders o ON o.number = w.value JOIN customers c ON c.id = o.customer_id
             ORDER BY w.key",
            super::orders::COLUMNS,
            super::orders::LISTED
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([wanted], super::orders::listed_row)?;
        let out: Vec<super::OrderRow> = rows.collect::<rusqlite::Result<_>>()?;
        self.with_lines(out, |r| &mut r.order)
    }
}
