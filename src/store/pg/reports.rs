//! What the daily report and closing the day read, on PostgreSQL.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::codec::{get, ms, parsed, totals};
use super::orders::{COLUMNS as ORDER_COLUMNS, LISTED, listed_row};
use super::payments::{P_COLUMNS, payment_row};
use super::products::{COLUMNS as PRODUCT_COLUMNS, product_row};
use super::{Reader, Result};
use crate::core::catalog::Product;
use crate::core::day::{PaymentOrigin, Step, StepFact};
use crate::core::report::PaymentReportRow;
use crate::store::api::*;
use crate::store::composed::report_orders;
use crate::store::rows::*;

impl ReportReads for Reader<'_> {
    fn report_orders(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<ReportOrder>> {
        report_orders(self, from, to)
    }

    fn report_payments(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<PaymentReportRow>> {
        let sql = format!(
            "SELECT {P_COLUMNS}, o.number AS order_number
             FROM payments p JOIN orders o ON o.id = p.order_id
             WHERE p.created_at >= $1 AND p.created_at < $2 ORDER BY p.created_at, p.id"
        );
        let rows = self.conn.query(&sql, &[&ms(from), &ms(to)])?;
        rows.iter()
            .map(|r| {
                Ok(PaymentReportRow {
                    payment: payment_row(r)?,
                    order_number: get(r, "order_number")?,
                })
            })
            .collect()
    }
}

impl DayReads for Reader<'_> {
    fn order_steps(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<StepFact>> {
        let rows = self.conn.query(
            "SELECT o.number, j.action, j.at
             FROM journal j JOIN orders o ON o.id = j.order_id
             WHERE j.entity = 'order'
               AND j.action IN ('confirmed', 'confirmed (oversold)', 'delivered', 'cancelled')
               AND j.at >= $1 AND j.at < $2
             ORDER BY j.at, j.id",
            &[&ms(from), &ms(to)],
        )?;
        let mut out = Vec::new();
        for r in &rows {
            let action: String = get(r, "action")?;
            if let Some(step) = Step::from_action(&action) {
                out.push(StepFact {
                    number: get(r, "number")?,
                    step,
                    at: get(r, "at")?,
                });
            }
        }
        Ok(out)
    }

    fn payment_origins(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<HashMap<Uuid, PaymentOrigin>> {
        let rows = self.conn.query(
            "SELECT p.id,
                 EXISTS (SELECT 1 FROM provider_events e
                         WHERE e.payment_id = p.id AND e.outcome = 'paid') AS by_provider,
                 EXISTS (SELECT 1 FROM report_rows r
                         WHERE r.payment_id = p.id
                           AND r.outcome IN ('recorded', 'claim_verified')) AS by_report
             FROM payments p
             WHERE p.created_at >= $1 AND p.created_at < $2 AND p.state = 'verified'",
            &[&ms(from), &ms(to)],
        )?;
        rows.iter()
            .map(|r| {
                Ok((
                    get(r, "id")?,
                    PaymentOrigin {
                        by_provider: get(r, "by_provider")?,
                        by_report: get(r, "by_report")?,
                    },
                ))
            })
            .collect()
    }

    fn orders_owing(&self) -> Result<Vec<OpenMoney>> {
        let rows = self.conn.query(
            "SELECT number, created_at, total, received, refunded, claimed, lifecycle FROM orders
             WHERE queue_rank IN (0, 2, 4, 5, 6, 7)
               AND lifecycle IN ('confirmed', 'completed') AND received < total
             ORDER BY created_at, number",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                Ok(OpenMoney {
                    number: get(r, "number")?,
                    created: get(r, "created_at")?,
                    total: get(r, "total")?,
                    totals: totals(r)?,
                    lifecycle: parsed(r, "lifecycle")?,
                })
            })
            .collect()
    }

    fn products_running_out(&self) -> Result<Vec<Product>> {
        let sql = format!(
            "SELECT {PRODUCT_COLUMNS} FROM products
             WHERE on_hand - reserved <= 0
                OR (low_stock IS NOT NULL AND on_hand - reserved <= low_stock)
             ORDER BY sku"
        );
        let rows = self.conn.query(&sql, &[])?;
        rows.iter().map(product_row).collect()
    }

    fn orders_numbered(&self, numbers: &[i64]) -> Result<Vec<OrderRow>> {
        if numbers.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {ORDER_COLUMNS}, {LISTED}
             FROM unnest($1::int8[]) WITH ORDINALITY AS w(number, pos)
             JOIN orders o ON o.number = w.number JOIN customers c ON c.id = o.customer_id
             ORDER BY w.pos"
        );
        let rows = self.conn.query(&sql, &[&numbers])?;
        let out = rows.iter().map(listed_row).collect::<Result<Vec<_>>>()?;
        self.with_lines(out, |r| &mut r.order)
    }
}
