//! The rows a daily report is made of.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::codec::ts;
use super::payments::{COLUMNS, payment_row};
use super::{Reader, Result};
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
        let columns = COLUMNS
            .split(',')
            .map(|c| format!("p.{}", c.trim()))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {columns}, o.number AS order_number
             FROM payments p JOIN orders o ON o.id = p.order_id
             WHERE p.created_at >= ?1 AND p.created_at < ?2 ORDER BY p.created_at, p.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![ts(from), ts(to)], |r| {
            Ok(PaymentReportRow {
                payment: payment_row(r)?,
                order_number: r.get("order_number")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
