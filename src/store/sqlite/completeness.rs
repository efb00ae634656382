//! Is a list complete? A damaged index can make SQLite walk past rows without an error, so
//! a list that came back shorter than the table says is reported, never shown as the book.
//! (And the names a typo is compared with: reads that serve a check.)

use super::orders::{filter_params, filter_where};
use super::{OrderFilter, Reader, Result};
use crate::store::api::*;
use crate::store::composed::{filled_its_page, orders_read_whole};

impl CompletenessReads for Reader<'_> {
    fn check_orders_complete(&self, f: &OrderFilter, read: usize) -> Result<()> {
        if filled_its_page(f, read) {
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
        orders_read_whole(f, read, counted)
    }

    fn customer_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM customers WHERE merged_into IS NULL")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }
}
