//! The owner's daily report.

use crate::msg;
use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};

use super::{Desk, OpError, Result};
use crate::core::money::Currency;
use crate::core::report::{OrderReportRow, PaymentReportRow, SummaryRow, summarize};

#[derive(Debug, Clone)]
pub struct DailyReport {
    pub date: NaiveDate,
    pub currency: Currency,
    pub orders: Vec<OrderReportRow>,
    pub payments: Vec<PaymentReportRow>,
    pub summary: Vec<SummaryRow>,
}

impl Desk {
    /// Orders created and payments made on `date` in the time zone `tz` (the desk's local time).
    pub fn daily_report<Tz: TimeZone>(&self, date: NaiveDate, tz: &Tz) -> Result<DailyReport> {
        let (from, to) = day_bounds(date, tz)?;
        let read = self.store.read();
        let mut links = read.links_of_orders_created(from, to)?;
        let orders: Vec<OrderReportRow> = read
            .report_orders(from, to)?
            .iter()
            .map(|r| {
                OrderReportRow::new(
                    &r.row.order,
                    &r.row.customer_name,
                    r.row.customer_phone.as_deref(),
                    (r.row.totals, r.row.class),
                    &r.payments,
                )
                .with_links(&links.remove(&r.row.order.id).unwrap_or_default())
            })
            .collect();
        let payments = read.report_payments(from, to)?;
        let currency = self.config.shop.currency;
        let summary = summarize(&orders, &payments, currency)?;
        Ok(DailyReport {
            date,
            currency,
            orders,
            payments,
            summary,
        })
    }
}

/// The UTC instants where a local day starts and ends (23 or 25 hours across a DST change).
pub fn day_bounds<Tz: TimeZone>(
    date: NaiveDate,
    tz: &Tz,
) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    let start = |d: NaiveDate| -> Result<DateTime<Utc>> {
        // Midnight can be skipped by a DST change; the day then starts at the first valid hour.
        (0..3)
            .find_map(|h| {
                d.and_hms_opt(h, 0, 0)
                    .and_then(|t| tz.from_local_datetime(&t).earliest())
            })
            .map(|t| t.with_timezone(&Utc))
            .ok_or_else(|| OpError::Invalid(msg!("error-day-no-start", day = d.to_string())))
    };
    let next = date
        .checked_add_days(Days::new(1))
        .ok_or_else(|| OpError::Invalid(msg!("error-day-out-of-range", day = date.to_string())))?;
    Ok((start(date)?, start(next)?))
}
