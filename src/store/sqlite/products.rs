//! Catalog rows and the stock ledger.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::codec::{get_currency, ts};
use super::{Reader, Result, Tx};
use crate::core::catalog::{Product, split_aliases};
use crate::core::stock::{MoveKind, counter_deltas, lowers_available};
use crate::store::api::*;
use crate::store::composed::{import_unchanged, refused_move};
use crate::store::like;
use crate::store::rows::*;

pub(crate) const COLUMNS: &str =
    "sku, name, variant, price, currency, aliases, on_hand, reserved, low_stock";

pub(crate) fn product_row(row: &Row) -> rusqlite::Result<Product> {
    Ok(Product {
        sku: row.get("sku")?,
        name: row.get("name")?,
        variant: row.get("variant")?,
        price: row.get("price")?,
        currency: get_currency(row, "currency")?,
        aliases: split_aliases(&row.get::<_, String>("aliases")?),
        on_hand: row.get("on_hand")?,
        reserved: row.get("reserved")?,
        low_stock: row.get("low_stock")?,
    })
}

impl ProductReads for Reader<'_> {
    fn product(&self, sku: &str) -> Result<Option<Product>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM products WHERE sku = ?1 COLLATE NOCASE
             ORDER BY sku = ?1 DESC LIMIT 1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([sku], product_row)
            .optional()?)
    }

    fn products(&self, filter: &str, limit: i64, offset: i64) -> Result<Vec<Product>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM products
             WHERE ?1 = '' OR sku LIKE ?2 OR name LIKE ?2 OR variant LIKE ?2 OR aliases LIKE ?2
             ORDER BY sku LIMIT ?3 OFFSET ?4"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![filter.trim(), like(filter), limit, offset],
            product_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn product_count(&self) -> Result<i64> {
        self.products_matching("")
    }

    fn products_matching(&self, filter: &str) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM products
                 WHERE ?1 = '' OR sku LIKE ?2 OR name LIKE ?2 OR variant LIKE ?2 OR aliases LIKE ?2",
            )?
            .query_row(params![filter.trim(), like(filter)], |r| r.get(0))?)
    }

    fn stock_discrepancies(&self) -> Result<Vec<Discrepancy>> {
        let mut stmt = self.conn.prepare(
            "SELECT sku, on_hand, reserved, l_on, l_res FROM (
                SELECT p.sku, p.on_hand, p.reserved,
                    COALESCE(SUM(CASE m.kind WHEN 'receive' THEN m.qty WHEN 'return' THEN m.qty
                         WHEN 'adjust' THEN m.qty WHEN 'ship' THEN -m.qty ELSE 0 END), 0) AS l_on,
                    COALESCE(SUM(CASE m.kind WHEN 'reserve' THEN m.qty WHEN 'release' THEN -m.qty
                         WHEN 'ship' THEN -m.qty ELSE 0 END), 0) AS l_res
                FROM products p LEFT JOIN stock_moves m ON m.sku = p.sku
                GROUP BY p.sku)
             WHERE on_hand <> l_on OR reserved <> l_res",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?), (r.get(3)?, r.get(4)?)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl ProductWrites for Tx<'_> {
    fn upsert_product(&self, p: &Product, now: DateTime<Utc>) -> Result<ImportOutcome> {
        let before = self.read().product(&p.sku)?;
        let aliases = p.aliases.join("|");
        match before {
            None => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO products (sku, name, variant, price, currency, aliases,
                             low_stock, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                    )?
                    .execute(params![
                        p.sku,
                        p.name,
                        p.variant,
                        p.price,
                        p.currency.code(),
                        aliases,
                        p.low_stock,
                        ts(now)
                    ])?;
                Ok(ImportOutcome::Inserted)
            }
            Some(old) if import_unchanged(&old, p) => Ok(ImportOutcome::Unchanged),
            Some(old) => {
                self.tx
                    .prepare_cached(
                        "UPDATE products SET name = ?2, variant = ?3, price = ?4, currency = ?5,
                             aliases = ?6, low_stock = ?7, updated_at = ?8, version = version + 1
                         WHERE sku = ?1",
                    )?
                    .execute(params![
                        p.sku,
                        p.name,
                        p.variant,
                        p.price,
                        p.currency.code(),
                        aliases,
                        p.low_stock,
                        ts(now)
                    ])?;
                Ok(ImportOutcome::Updated {
                    before: Box::new(old),
                })
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn move_stock(
        &self,
        sku: &str,
        kind: MoveKind,
        qty: i64,
        order_id: Option<Uuid>,
        note: &str,
        oversell: bool,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (d_on, d_res) = counter_deltas(kind, qty);
        let guard = lowers_available(kind, qty) && !oversell;
        // In SET, column names are the old values; the new ones are old + delta.
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE products SET
                     on_hand = on_hand + ?2,
                     reserved = reserved + ?3,
                     oversold = CASE WHEN ?5
                         THEN MAX(0, (reserved + ?3) - (on_hand + ?2))
                         ELSE MIN(oversold, MAX(0, (reserved + ?3) - (on_hand + ?2))) END,
                     updated_at = ?6
                 WHERE sku = ?1 AND (NOT ?4 OR (on_hand + ?2) - (reserved + ?3) >= 0)
                   AND (NOT ?7 OR on_hand + ?2 >= 0)",
            )?
            .execute(params![
                sku,
                d_on,
                d_res,
                guard,
                oversell,
                ts(now),
                kind == MoveKind::Ship
            ])?;
        if changed == 0 {
            return Err(refused_move(&self.read(), sku, kind, qty, (d_on, d_res)));
        }
        self.tx
            .prepare_cached(
                "INSERT INTO stock_moves (sku, kind, qty, order_id, note, override, actor, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                sku,
                kind.as_str(),
                qty,
                order_id,
                note,
                oversell,
                actor,
                ts(now)
            ])?;
        Ok(())
    }

    fn order_restocked(&self, order_id: Uuid) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM stock_moves WHERE order_id = ?1 AND kind = 'return')",
            )?
            .query_row([order_id], |r| r.get(0))?)
    }
}
