//! Row <-> type conversions for PostgreSQL, by column name, in one place: the engine's own
//! types (uuid, timestamptz, date, time, boolean) map to ours directly; our enums travel as
//! their snake_case names, as in SQLite.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, NaiveTime, SubsecRound, Utc};
use postgres::Row;
use postgres::types::FromSql;

use super::{Result, StoreError};
use crate::core::deadline::Deadline;
use crate::core::payment::Totals;
use crate::core::queue::QueueClass;

/// A column's value, or a `Corrupt` error naming the column.
pub fn get<'a, T: FromSql<'a>>(row: &'a Row, column: &str) -> Result<T> {
    row.try_get(column)
        .map_err(|e| StoreError::Corrupt(format!("column {column}: {e}")))
}

/// An instant as the book keeps it: to the millisecond, as SQLite's text does, so a value
/// reads back equal to what was written on either engine.
pub fn ms(at: DateTime<Utc>) -> DateTime<Utc> {
    at.trunc_subsecs(3)
}

/// One of our snake_case enums, or a currency code.
pub fn parsed<T>(row: &Row, column: &str) -> Result<T>
where
    T: FromStr,
    T::Err: std::fmt::Display,
{
    let text: String = get(row, column)?;
    text.parse()
        .map_err(|e| StoreError::Corrupt(format!("column {column}: '{text}': {e}")))
}

/// The payment sums the triggers keep on the order row.
pub fn totals(row: &Row) -> Result<Totals> {
    Ok(Totals {
        received: get(row, "received")?,
        refunded: get(row, "refunded")?,
        claimed: get(row, "claimed")?,
    })
}

/// The order's queue class, from the generated `queue_rank` column.
pub fn class(row: &Row) -> Result<QueueClass> {
    let rank: i16 = get(row, "queue_rank")?;
    u8::try_from(rank)
        .ok()
        .and_then(QueueClass::from_rank)
        .ok_or_else(|| StoreError::Corrupt(format!("queue rank {rank}")))
}

/// An order's deadline from `due_date` and `due_time`.
pub fn deadline(row: &Row) -> Result<Option<Deadline>> {
    let date: Option<NaiveDate> = get(row, "due_date")?;
    let time: Option<NaiveTime> = get(row, "due_time")?;
    Ok(date.map(|d| Deadline::new(d, time)))
}

/// A row limit as the interface takes it: negative means none (SQLite's meaning), which
/// PostgreSQL writes as `LIMIT NULL`.
pub fn limit(n: i64) -> Option<i64> {
    (n >= 0).then_some(n)
}
