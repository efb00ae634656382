//! Customers, looked up by normalised phone or by name, and their standing with the shop.

use crate::msg;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::codec::{get_opt_ts, ts};
use super::error::is_unique_violation;
use super::{Reader, Result, StoreError, Tx};
use crate::core::customer::Customer;
use crate::store::api::*;
use crate::store::composed::customer_by_phone_key;
use crate::store::like;
use crate::store::rows::*;

const COLUMNS: &str = "id, name, phone, address, merged_into";

fn customer_row(row: &Row) -> rusqlite::Result<Customer> {
    Ok(Customer {
        id: row.get("id")?,
        name: row.get("name")?,
        phone: row.get("phone")?,
        address: row.get("address")?,
        merged_into: row.get("merged_into")?,
    })
}

/// A customer's standing, summed from the payment sums kept on their orders (cancelled
/// orders are left out by the join).
const STANDING: &str = "COUNT(o.id) AS orders,
    COALESCE(SUM(o.received - o.refunded), 0) AS lifetime_value,
    COALESCE(SUM(CASE WHEN o.lifecycle IN ('confirmed', 'completed')
                 THEN MAX(0, o.total - o.received) ELSE 0 END), 0) AS open_balance,
    MAX(o.created_at) AS last_order_at";

fn stats_row(r: &Row) -> rusqlite::Result<CustomerStats> {
    Ok(CustomerStats {
        customer: customer_row(r)?,
        orders: r.get("orders")?,
        lifetime_value: r.get("lifetime_value")?,
        open_balance: r.get("open_balance")?,
        last_order_at: get_opt_ts(r, "last_order_at")?,
    })
}

impl CustomerReads for Reader<'_> {
    fn customer(&self, id: Uuid) -> Result<Option<Customer>> {
        let sql = format!("SELECT {COLUMNS} FROM customers WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], customer_row)
            .optional()?)
    }

    fn customer_by_phone(&self, phone: &str) -> Result<Option<Customer>> {
        let sql = format!("SELECT {COLUMNS} FROM customers WHERE phone = ?1");
        customer_by_phone_key(self, phone, |key| {
            Ok(self
                .conn
                .prepare_cached(&sql)?
                .query_row([key], customer_row)
                .optional()?)
        })
    }

    fn customers_named(&self, name: &str) -> Result<Vec<Customer>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM customers
             WHERE name = ?1 COLLATE NOCASE AND merged_into IS NULL ORDER BY created_at"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([name.trim()], customer_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn customer_stats(&self, filter: &str, limit: i64, offset: i64) -> Result<Vec<CustomerStats>> {
        let sql = format!(
            "SELECT c.id, c.name, c.phone, c.address, c.merged_into, {STANDING}
             FROM (SELECT * FROM customers
                   WHERE merged_into IS NULL AND (?1 = '' OR name LIKE ?2 OR phone LIKE ?2)
                   ORDER BY name COLLATE NOCASE, id LIMIT ?3 OFFSET ?4) c
             LEFT JOIN orders o ON o.customer_id = c.id AND o.lifecycle <> 'cancelled'
             GROUP BY c.id
             ORDER BY c.name COLLATE NOCASE, c.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![filter, like(filter), limit, offset], stats_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn customer_stats_of(&self, id: Uuid) -> Result<Option<CustomerStats>> {
        let sql = format!(
            "SELECT c.id, c.name, c.phone, c.address, c.merged_into, {STANDING}
             FROM customers c
             LEFT JOIN orders o ON o.customer_id = c.id AND o.lifecycle <> 'cancelled'
             WHERE c.id = ?1 GROUP BY c.id"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], stats_row)
            .optional()?)
    }

    fn customer_count(&self, filter: &str) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(*) AS n FROM customers
                 WHERE merged_into IS NULL AND (?1 = '' OR name LIKE ?2 OR phone LIKE ?2)",
            )?
            .query_row(params![filter, like(filter)], |r| r.get("n"))?)
    }
}

impl CustomerWrites for Tx<'_> {
    fn insert_customer(&self, c: &Customer, now: DateTime<Utc>) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO customers (id, name, phone, address, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            )?
            .execute(params![c.id, c.name, c.phone, c.address, ts(now)])
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Duplicate(msg!(
                        "error-store-phone-taken",
                        phone = c.phone.as_deref().unwrap_or("?")
                    ))
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    fn update_customer(&self, c: &Customer, now: DateTime<Utc>) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE customers SET name = ?2, phone = ?3, address = ?4, updated_at = ?5,
                     version = version + 1
                 WHERE id = ?1",
            )?
            .execute(params![c.id, c.name, c.phone, c.address, ts(now)])?;
        Ok(())
    }

    fn merge_customer(&self, from: Uuid, into: Uuid, now: DateTime<Utc>) -> Result<Vec<i64>> {
        let moved: Vec<i64> = self
            .tx
            .prepare_cached("SELECT number FROM orders WHERE customer_id = ?1 ORDER BY number")?
            .query_map([from], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        self.tx
            .prepare_cached(
                "UPDATE orders SET customer_id = ?2, version = version + 1 WHERE customer_id = ?1",
            )?
            .execute(params![from, into])?;
        self.tx
            .prepare_cached(
                "UPDATE customers SET merged_into = ?2, updated_at = ?3, version = version + 1
                 WHERE id = ?1",
            )?
            .execute(params![from, into, ts(now)])?;
        Ok(moved)
    }

    fn unmerge_customer(
        &self,
        from: Uuid,
        into: Uuid,
        numbers: &[i64],
        now: DateTime<Utc>,
    ) -> Result<()> {
        let list =
            serde_json::to_string(numbers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.tx
            .prepare_cached(
                "UPDATE orders SET customer_id = ?1, version = version + 1
                 WHERE customer_id = ?2 AND number IN (SELECT value FROM json_each(?3))",
            )?
            .execute(params![from, into, list])?;
        self.tx
            .prepare_cached(
                "UPDATE customers SET merged_into = NULL, updated_at = ?2, version = version + 1
                 WHERE id = ?1",
            )?
            .execute(params![from, ts(now)])?;
        Ok(())
    }
}
