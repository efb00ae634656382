//! The rows a daily report is made of.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::OrderFilter;
use super::codec::ts;
use super::payments::{COLUMNS, payment_row};
use super::{Reader, Result};
use crate::core::report::PaymentReportRow;
use crate::store::api::*;
use crate::store::rows::*;

impl ReportReads for Reader<'_> {
    fn report_orders(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<ReportOrder>> {
        let rows = self.list_orders(&OrderFilter {
            created_from: Some(from),
            created_to: Some(to),
            ..OrderFilter::default()
        })?;
        let ids: Vec<_> = rows.iter().map(|r| r.order.id).collect();
        let mut payments = self.payments_of(&ids)?;
        Ok(rows
            .into_iter()
            .map(|row| ReportOrder {
                payments: payments.remove(&row.order.id).unwrap_or_default(),
                row,
            })
            .collect())
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
