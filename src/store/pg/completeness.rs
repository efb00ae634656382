//! Is a list complete, and the names a typo is compared with (reads that serve a check).

use super::codec::get;
use super::orders::{FilterParams, filter_where};
use super::{Reader, Result};
use crate::store::api::*;
use crate::store::composed::{filled_its_page, orders_read_whole};
use crate::store::rows::*;

impl CompletenessReads for Reader<'_> {
    fn check_orders_complete(&self, f: &OrderFilter, read: usize) -> Result<()> {
        if filled_its_page(f, read) {
            return Ok(());
        }
        let sql = format!(
            "SELECT count(*) AS n FROM orders o WHERE {}",
            filter_where()
        );
        let bound = FilterParams::of(f);
        let counted: i64 = get(&self.conn.query_one(&sql, &bound.params())?, "n")?;
        orders_read_whole(f, read, counted)
    }

    fn customer_names(&self) -> Result<Vec<String>> {
        let rows = self.conn.query(
            "SELECT name FROM customers WHERE merged_into IS NULL ORDER BY name",
            &[],
        )?;
        rows.iter().map(|r| get(r, "name")).collect()
    }
}
