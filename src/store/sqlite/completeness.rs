//! Is a list complete? A damaged index can make SQLite walk past rows without an error, so
//! a list that came back shorter than the table says is reported, never shown as the book.
//! (And the names a typo is compared with: reads that serve a check.)

use super::orders::{filter_params, filter_where};
use super::{OrderFilter, Reader, Result, StoreError};
use crate::store::api::*;

impl CompletenessReads for Reader<'_> {
    fn check_orders_complete(&self, f: &OrderFilter, read: usize) -> Result<()> {
        if f.limit.is_some_and(|limit| read as i64 >= limit) {
            return Ok(());
        }
        let sql = format!(
            "SELECT count(*) FROM orders o NOT INDEXED WHERE {}",
            filter_where()
        );
        let counted: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(filter_params(f)), |r| r.get(0))?;
        let mut expected = (counted - f.offset).max(0);
        if let Some(limit) = f.limit {
            expected = expected.min(limit);
        }
        if (read as i64) < expected {
            return Err(StoreError::Incomplete {
                what: "orders",
                read,
                counted: expected,
            });
        }
        Ok(())
    }

    fn customer_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM customers WHERE merged_into IS NULL")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }
}
