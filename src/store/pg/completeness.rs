//! Is a list complete, and the names a typo is compared with (reads that serve a check).

use super::codec::get;
use super::orders::{FilterParams, filter_where};
use super::{Reader, Result, StoreError};
use crate::store::api::*;
use crate::store::rows::*;

impl CompletenessReads for Reader<'_> {
    fn check_orders_complete(&self, f: &OrderFilter, read: usize) -> Result<()> {
        if f.limit.is_some_and(|limit| read as i64 >= limit) {
            return Ok(());
        }
        let sql = format!(
            "SELECT count(*) AS n FROM orders o WHERE {}",
            filter_where()
        );
        let bound = FilterParams::of(f);
        let counted: i64 = get(&self.conn.query_one(&sql, &bound.params())?, "n")?;
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
        let rows = self.conn.query(
            "SELECT name FROM customers WHERE merged_into IS NULL ORDER BY name",
            &[],
        )?;
        rows.iter().map(|r| get(r, "name")).collect()
    }
}
