//! Row <-> type conversions in one place: timestamps, enums, currencies, and the order
//! standing (payment sums and queue class) every order read carries. Columns are read by
//! name, so adding a column to a query never shifts what another one means.

use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Row;
use rusqlite::types::Type;

use crate::core::deadline::Deadline;
use crate::core::money::Currency;
use crate::core::payment::Totals;
use crate::core::queue::QueueClass;

/// UTC, millisecond precision, 'Z' suffix: text order is time order.
pub fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn conversion(
    row: &Row,
    column: &str,
    e: impl std::error::Error + Send + Sync + 'static,
) -> rusqlite::Error {
    let idx = row.as_ref().column_index(column).unwrap_or_default();
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))
}

fn parse_ts(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    DateTime::parse_from_rfc3339(text).map(|d| d.with_timezone(&Utc))
}

pub fn get_ts(row: &Row, column: &str) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(column)?;
    parse_ts(&text).map_err(|e| conversion(row, column, e))
}

pub fn get_opt_ts(row: &Row, column: &str) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let text: Option<String> = row.get(column)?;
    text.map(|t| parse_ts(&t).map_err(|e| conversion(row, column, e)))
        .transpose()
}

/// Any of our snake_case enums, or a currency code.
pub fn get_parsed<T>(row: &Row, column: &str) -> rusqlite::Result<T>
where
    T: FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: String = row.get(column)?;
    text.parse().map_err(|e| conversion(row, column, e))
}

pub fn get_currency(row: &Row, column: &str) -> rusqlite::Result<Currency> {
    get_parsed(row, column)
}

/// The payment sums migration 0003's triggers keep on the order row (`received`,
/// `refunded`, `claimed`): what every list and view reads, never a recount.
pub fn get_totals(row: &Row) -> rusqlite::Result<Totals> {
    Ok(Totals {
        received: row.get("received")?,
        refunded: row.get("refunded")?,
        claimed: row.get("claimed")?,
    })
}

/// The order's queue class, from the `queue_rank` column.
pub fn get_class(row: &Row) -> rusqlite::Result<QueueClass> {
    let rank: u8 = row.get("queue_rank")?;
    QueueClass::from_rank(rank).ok_or_else(|| {
        let idx = row.as_ref().column_index("queue_rank").unwrap_or_default();
        rusqlite::Error::IntegralValueOutOfRange(idx, i64::from(rank))
    })
}

/// An order's deadline from `due_date` ('YYYY-MM-DD') and `due_time` ('HH:MM'), migration 0009.
pub fn get_deadline(row: &Row) -> rusqlite::Result<Option<Deadline>> {
    let date: Option<String> = row.get("due_date")?;
    let time: Option<String> = row.get("due_time")?;
    let Some(date) = date else { return Ok(None) };
    let date = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map_err(|e| conversion(row, "due_date", e))?;
    let time = time
        .map(|t| chrono::NaiveTime::parse_from_str(&t, "%H:%M"))
        .transpose()
        .map_err(|e| conversion(row, "due_time", e))?;
    Ok(Some(Deadline::new(date, time)))
}

/// The `due_date` and `due_time` columns of a deadline.
pub fn deadline_text(deadline: Option<Deadline>) -> (Option<String>, Option<String>) {
    match deadline {
        Some(d) => (Some(d.date.format("%Y-%m-%d").to_string()), d.time_text()),
        None => (None, None),
    }
}
