//! Is a list complete? A damaged index can make SQLite walk past rows without an error, so
//! a list that came back shorter than the table says is reported, never shown as the book.
//! (And the names a typo is compared with: reads that serve a check.)

use rusqlite::params;

use super::codec::ts;
use super::{OrderFilter, Reader, Result, StoreError};

impl Reader<'_> {
    /// Fails when `read` rows are fewer than the orders matching `f` (within its limit and
    /// offset), counted on the table itself rather than through any index.
    pub fn check_orders_complete(&self, f: &OrderFilter, read: usize) -> Result<()> {
        if f.limit.is_some_and(|limit| read as i64 >= limit) {
            return Ok(());
        }
        let counted: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM orders NOT INDEXED
                 WHERE (?1 IS NULL OR lifecycle = ?1)
                   AND (?2 IS NULL OR fulfilment = ?2)
                   AND (?3 IS NULL OR customer_id = ?3)
                   AND (?4 IS NULL OR created_at >= ?4)
                   AND (?5 IS NULL OR created_at < ?5)",
            )?
            .query_row(
                params![
                    f.lifecycle.map(|l| l.as_str()),
                    f.fulfilment.map(|x| x.as_str()),
                    f.customer_id,
                    f.created_from.map(ts),
                    f.created_to.map(ts),
                ],
                |r| r.get(0),
            )?;
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
}

impl Reader<'_> {
    /// Every customer's name (merged records left out), to suggest the closest to a typo.
    pub fn customer_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM customers WHERE merged_into IS NULL")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }
}
