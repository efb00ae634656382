//! The owner's reports: a day's (or a week's, a month's) orders, payments and summary for the
//! CSV files, and the summary of the day the desk and `report day` show.

use std::collections::HashMap;

use crate::msg;
use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, TimeZone, Utc};
use uuid::Uuid;

use super::{Desk, OpError, Result};
use crate::core::day::{DayFacts, DaySummary, OpenOrder, PaymentOrigin, Period, summarize_day};
use crate::core::money::Currency;
use crate::core::report::{OrderReportRow, PaymentReportRow, SummaryRow, summarize};
use crate::store::DueRange;

#[derive(Debug, Clone)]
pub struct DailyReport {
    pub period: Period,
    pub currency: Currency,
    pub orders: Vec<OrderReportRow>,
    pub payments: Vec<PaymentReportRow>,
    pub summary: Vec<SummaryRow>,
    /// What recorded each verified payment of the period (who verified it).
    pub origins: HashMap<Uuid, PaymentOrigin>,
    /// For a period of several days: each day's summary rows, oldest first.
    pub days: Vec<(NaiveDate, Vec<SummaryRow>)>,
}

impl Desk {
    /// Orders created and payments made on `date` in the time zone `tz` (the desk's local time).
    pub fn daily_report<Tz: TimeZone>(&self, date: NaiveDate, tz: &Tz) -> Result<DailyReport> {
        self.period_report(Period::day(date), tz)
    }

    /// Orders created and payments made in `period` (local days of `tz`); a period of several
    /// days also gets each day's summary, for comparing days within it.
    pub fn period_report<Tz: TimeZone>(&self, period: Period, tz: &Tz) -> Result<DailyReport> {
        let (from, to) = period_bounds(period, tz)?;
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
        let origins = read.payment_origins(from, to)?;
        let currency = self.config.shop.currency;
        let summary = summarize(&orders, &payments, &origins, currency)?;
        let mut days = Vec::new();
        if !period.is_day() {
            let mut day = period.from;
            while day <= period.to {
                let (start, end) = day_bounds(day, tz)?;
                let of_day = |at: DateTime<Utc>| start <= at && at < end;
                let day_orders: Vec<OrderReportRow> = orders
                    .iter()
                    .filter(|o| of_day(o.created))
                    .cloned()
                    .collect();
                let day_payments: Vec<PaymentReportRow> = payments
                    .iter()
                    .filter(|p| of_day(p.payment.created_at))
                    .cloned()
                    .collect();
                days.push((
                    day,
                    summarize(&day_orders, &day_payments, &origins, currency)?,
                ));
                day = day.succ_opt().unwrap_or(period.to + Days::new(1));
            }
        }
        Ok(DailyReport {
            period,
            currency,
            orders,
            payments,
            summary,
            origins,
            days,
        })
    }

    /// The summary of `period` (what happened in it) and of what is still open at `now`
    /// (local time of `tz`): the Today pane and `report day`.
    pub fn day_summary<Tz: TimeZone>(
        &self,
        period: Period,
        tz: &Tz,
        now: NaiveDateTime,
    ) -> Result<DaySummary> {
        let report = self.period_report(period, tz)?;
        let (from, to) = period_bounds(period, tz)?;
        let read = self.store.read();
        let steps = read.order_steps(from, to)?;
        // One line per order: its claims summed, from the first one.
        let mut claims: Vec<OpenOrder> = Vec::new();
        for (number, claim) in read.open_claims()? {
            match claims.iter_mut().find(|c| c.number == number) {
                Some(c) => c.amount = c.amount.saturating_add(claim.amount),
                None => claims.push(OpenOrder {
                    number,
                    created: claim.created_at,
                    amount: claim.amount,
                }),
            }
        }
        let unpaid = read
            .orders_owing()?
            .into_iter()
            .map(|o| OpenOrder {
                number: o.number,
                created: o.created,
                amount: o.totals.balance(o.total, o.lifecycle),
            })
            .filter(|o| o.amount > 0)
            .collect();
        let next_day = period.to.succ_opt().unwrap_or(period.to);
        let facts = DayFacts {
            period,
            currency: report.currency,
            orders: report.orders,
            payments: report.payments,
            origins: report.origins,
            steps,
            claims,
            unpaid,
            overdue: read.due_orders(DueRange::PassedAt(now))?,
            due_next: read.due_orders(DueRange::On(next_day))?,
            products: read.products_running_out()?,
        };
        Ok(summarize_day(&facts, tz)?)
    }

    /// Orders by number, in the order given: the orders behind a figure.
    pub fn orders_numbered(&self, numbers: &[i64]) -> Result<Vec<crate::store::OrderRow>> {
        Ok(self.store.read().orders_numbered(numbers)?)
    }
}

/// The UTC instants where a period's first local day starts and the day after its last starts.
pub fn period_bounds<Tz: TimeZone>(
    period: Period,
    tz: &Tz,
) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    Ok((day_bounds(period.from, tz)?.0, day_bounds(period.to, tz)?.1))
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
