//! Customers on PostgreSQL, looked up by normalised phone or by name, with their standing.

use chrono::{DateTime, Utc};
use postgres::Row;
use uuid::Uuid;

use super::codec::{get, limit, ms};
use super::error::unique_violation;
use super::{Reader, Result, StoreError, Tx};
use crate::core::customer::Customer;
use crate::msg;
use crate::store::api::*;
use crate::store::composed::customer_by_phone_key;
use crate::store::like;
use crate::store::rows::*;

const COLUMNS: &str = "id, name, phone, address, merged_into";

fn customer_row(row: &Row) -> Result<Customer> {
    Ok(Customer {
        id: get(row, "id")?,
        name: get(row, "name")?,
        phone: get(row, "phone")?,
        address: get(row, "address")?,
        merged_into: get(row, "merged_into")?,
    })
}

/// A customer's standing, summed from the payment sums kept on their orders (cancelled
/// orders are left out by the join).
const STANDING: &str = "COUNT(o.id) AS orders,
    COALESCE(SUM(o.received - o.refunded), 0)::int8 AS lifetime_value,
    COALESCE(SUM(CASE WHEN o.lifecycle IN ('confirmed', 'completed')
                 THEN GREATEST(0, o.total - o.received) ELSE 0 END), 0)::int8 AS open_balance,
    MAX(o.created_at) AS last_order_at";

fn stats_row(r: &Row) -> Result<CustomerStats> {
    Ok(CustomerStats {
        customer: customer_row(r)?,
        orders: get(r, "orders")?,
        lifetime_value: get(r, "lifetime_value")?,
        open_balance: get(r, "open_balance")?,
        last_order_at: get(r, "last_order_at")?,
    })
}

impl CustomerReads for Reader<'_> {
    fn customer(&self, id: Uuid) -> Result<Option<Customer>> {
        let sql = format!("SELECT {COLUMNS} FROM customers WHERE id = $1");
        self.conn
            .query_opt(&sql, &[&id])?
            .map(|r| customer_row(&r))
            .transpose()
    }

    fn customer_by_phone(&self, phone: &str) -> Result<Option<Customer>> {
        let sql = format!("SELECT {COLUMNS} FROM customers WHERE phone = $1");
        customer_by_phone_key(self, phone, |key| {
            self.conn
                .query_opt(&sql, &[&key])?
                .map(|r| customer_row(&r))
                .transpose()
        })
    }

    fn customers_named(&self, name: &str) -> Result<Vec<Customer>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM customers
             WHERE lower(name) = lower($1) AND merged_into IS NULL ORDER BY created_at, id"
        );
        let rows = self.conn.query(&sql, &[&name.trim()])?;
        rows.iter().map(customer_row).collect()
    }

    fn customer_stats(&self, filter: &str, count: i64, offset: i64) -> Result<Vec<CustomerStats>> {
        // The page is chosen first and only its customers' orders are summed.
        let sql = format!(
            "SELECT c.id, c.name, c.phone, c.address, c.merged_into, {STANDING}
             FROM (SELECT * FROM customers
                   WHERE merged_into IS NULL AND ($1 = '' OR name ILIKE $2 OR phone ILIKE $2)
                   ORDER BY lower(name), id LIMIT $3 OFFSET $4) c
             LEFT JOIN orders o ON o.customer_id = c.id AND o.lifecycle <> 'cancelled'
             GROUP BY c.id, c.name, c.phone, c.address, c.merged_into
             ORDER BY lower(c.name), c.id"
        );
        let rows = self
            .conn
            .query(&sql, &[&filter, &like(filter), &limit(count), &offset])?;
        rows.iter().map(stats_row).collect()
    }

    fn customer_stats_of(&self, id: Uuid) -> Result<Option<CustomerStats>> {
        let sql = format!(
            "SELECT c.id, c.name, c.phone, c.address, c.merged_into, {STANDING}
             FROM customers c
             LEFT JOIN orders o ON o.customer_id = c.id AND o.lifecycle <> 'cancelled'
             WHERE c.id = $1 GROUP BY c.id"
        );
        self.conn
            .query_opt(&sql, &[&id])?
            .map(|r| stats_row(&r))
            .transpose()
    }

    fn customer_count(&self, filter: &str) -> Result<i64> {
        get(
            &self.conn.query_one(
                "SELECT count(*) AS n FROM customers
                 WHERE merged_into IS NULL AND ($1 = '' OR name ILIKE $2 OR phone ILIKE $2)",
                &[&filter, &like(filter)],
            )?,
            "n",
        )
    }
}

impl CustomerWrites for Tx<'_> {
    fn insert_customer(&self, c: &Customer, now: DateTime<Utc>) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO customers (id, name, phone, address, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $5)",
                &[&c.id, &c.name, &c.phone, &c.address, &ms(now)],
            )
            .map_err(|e| {
                if unique_violation(&e) {
                    StoreError::Duplicate(msg!(
                        "error-store-phone-taken",
                        phone = c.phone.as_deref().unwrap_or("?")
                    ))
                } else {
                    e
                }
            })?;
        Ok(())
    }

    fn update_customer(&self, c: &Customer, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "UPDATE customers SET name = $2, phone = $3, address = $4, updated_at = $5,
                 version = version + 1
             WHERE id = $1",
            &[&c.id, &c.name, &c.phone, &c.address, &ms(now)],
        )?;
        Ok(())
    }

    fn merge_customer(&self, from: Uuid, into: Uuid, now: DateTime<Utc>) -> Result<Vec<i64>> {
        let moved = self.conn.query(
            "UPDATE orders SET customer_id = $2, version = version + 1 WHERE customer_id = $1
             RETURNING number",
            &[&from, &into],
        )?;
        let mut moved: Vec<i64> = moved
            .iter()
            .map(|r| get(r, "number"))
            .collect::<Result<_>>()?;
        moved.sort_unstable();
        self.conn.execute(
            "UPDATE customers SET merged_into = $2, updated_at = $3, version = version + 1
             WHERE id = $1",
            &[&from, &into, &ms(now)],
        )?;
        Ok(moved)
    }

    fn unmerge_customer(
        &self,
        from: Uuid,
        into: Uuid,
        numbers: &[i64],
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE orders SET customer_id = $1, version = version + 1
             WHERE customer_id = $2 AND number = ANY($3)",
            &[&from, &into, &numbers],
        )?;
        self.conn.execute(
            "UPDATE customers SET merged_into = NULL, updated_at = $2, version = version + 1
             WHERE id = $1",
            &[&from, &ms(now)],
        )?;
        Ok(())
    }
}
