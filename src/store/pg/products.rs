//! Catalog rows and the stock ledger on PostgreSQL.

use chrono::{DateTime, Utc};
use postgres::Row;
use uuid::Uuid;

use super::codec::{get, limit, ms, parsed};
use super::{Reader, Result, Tx};
use crate::core::catalog::{Product, split_aliases};
use crate::core::stock::{MoveKind, counter_deltas, lowers_available};
use crate::store::api::*;
use crate::store::composed::{import_unchanged, refused_move};
use crate::store::like;
use crate::store::rows::*;

pub(super) const COLUMNS: &str =
    "sku, name, variant, price, currency, aliases, on_hand, reserved, low_stock";

pub(super) fn product_row(row: &Row) -> Result<Product> {
    Ok(Product {
        sku: get(row, "sku")?,
        name: get(row, "name")?,
        variant: get(row, "variant")?,
        price: get(row, "price")?,
        currency: parsed(row, "currency")?,
        aliases: split_aliases(&get::<String>(row, "aliases")?),
        on_hand: get(row, "on_hand")?,
        reserved: get(row, "reserved")?,
        low_stock: get(row, "low_stock")?,
    })
}

/// What `filter` matches: SKU, name, variant or aliases, ignoring case.
const MATCHES: &str = "($1 = '' OR sku ILIKE $2 OR name ILIKE $2 OR variant ILIKE $2
     OR aliases ILIKE $2)";

impl ProductReads for Reader<'_> {
    fn product(&self, sku: &str) -> Result<Option<Product>> {
        // One SKU per spelling: a unique index on lower(sku) says so.
        let sql = format!("SELECT {COLUMNS} FROM products WHERE lower(sku) = lower($1)");
        self.conn
            .query_opt(&sql, &[&sku])?
            .map(|r| product_row(&r))
            .transpose()
    }

    fn products(&self, filter: &str, count: i64, offset: i64) -> Result<Vec<Product>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM products WHERE {MATCHES} ORDER BY sku LIMIT $3 OFFSET $4"
        );
        let rows = self.conn.query(
            &sql,
            &[&filter.trim(), &like(filter), &limit(count), &offset],
        )?;
        rows.iter().map(product_row).collect()
    }

    fn product_count(&self) -> Result<i64> {
        self.products_matching("")
    }

    fn products_matching(&self, filter: &str) -> Result<i64> {
        let sql = format!("SELECT count(*) FROM products WHERE {MATCHES}");
        get(
            &self
                .conn
                .query_one(&sql, &[&filter.trim(), &like(filter)])?,
            "count",
        )
    }

    fn stock_discrepancies(&self) -> Result<Vec<Discrepancy>> {
        let rows = self.conn.query(
            "SELECT sku, on_hand, reserved, l_on, l_res FROM (
                SELECT p.sku, p.on_hand, p.reserved,
                    COALESCE(SUM(CASE m.kind WHEN 'receive' THEN m.qty WHEN 'return' THEN m.qty
                         WHEN 'adjust' THEN m.qty WHEN 'ship' THEN -m.qty ELSE 0 END), 0)::int8
                         AS l_on,
                    COALESCE(SUM(CASE m.kind WHEN 'reserve' THEN m.qty WHEN 'release' THEN -m.qty
                         WHEN 'ship' THEN -m.qty ELSE 0 END), 0)::int8 AS l_res
                FROM products p LEFT JOIN stock_moves m ON m.sku = p.sku
                GROUP BY p.sku) folded
             WHERE on_hand <> l_on OR reserved <> l_res
             ORDER BY sku",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                Ok((
                    get(r, "sku")?,
                    (get(r, "on_hand")?, get(r, "reserved")?),
                    (get(r, "l_on")?, get(r, "l_res")?),
                ))
            })
            .collect()
    }
}

impl ProductWrites for Tx<'_> {
    fn upsert_product(&self, p: &Product, now: DateTime<Utc>) -> Result<ImportOutcome> {
        let before = self.read().product(&p.sku)?;
        let aliases = p.aliases.join("|");
        let values: [&(dyn postgres::types::ToSql + Sync); 8] = [
            &p.sku,
            &p.name,
            &p.variant,
            &p.price,
            &p.currency.code(),
            &aliases,
            &p.low_stock,
            &ms(now),
        ];
        match before {
            None => {
                self.conn.execute(
                    "INSERT INTO products (sku, name, variant, price, currency, aliases,
                         low_stock, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                    &values,
                )?;
                Ok(ImportOutcome::Inserted)
            }
            Some(old) if import_unchanged(&old, p) => Ok(ImportOutcome::Unchanged),
            Some(old) => {
                self.conn.execute(
                    "UPDATE products SET name = $2, variant = $3, price = $4, currency = $5,
                         aliases = $6, low_stock = $7, updated_at = $8, version = version + 1
                     WHERE sku = $1",
                    &values,
                )?;
                Ok(ImportOutcome::Updated {
                    before: Box::new(old),
                })
            }
        }
    }

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
        let ship = kind == MoveKind::Ship;
        // One guarded UPDATE: the row is locked and, if another desk changed it meanwhile,
        // the guard is checked again on what that desk committed, so the last unit is
        // taken once. In SET, column names are the old values.
        let changed = self.conn.execute(
            "UPDATE products SET
                 on_hand = on_hand + $2,
                 reserved = reserved + $3,
                 oversold = CASE WHEN $5
                     THEN GREATEST(0, (reserved + $3) - (on_hand + $2))
                     ELSE LEAST(oversold, GREATEST(0, (reserved + $3) - (on_hand + $2))) END,
                 updated_at = $6
             WHERE sku = $1 AND (NOT $4 OR (on_hand + $2) - (reserved + $3) >= 0)
               AND (NOT $7 OR on_hand + $2 >= 0)",
            &[&sku, &d_on, &d_res, &guard, &oversell, &ms(now), &ship],
        )?;
        if changed == 0 {
            return Err(refused_move(&self.read(), sku, kind, qty, (d_on, d_res)));
        }
        self.conn.execute(
            "INSERT INTO stock_moves (sku, kind, qty, order_id, note, override, actor, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &sku,
                &kind.as_str(),
                &qty,
                &order_id,
                &note,
                &oversell,
                &actor,
                &ms(now),
            ],
        )?;
        Ok(())
    }

    fn order_restocked(&self, order_id: Uuid) -> Result<bool> {
        get(
            &self.conn.query_one(
                "SELECT EXISTS(SELECT 1 FROM stock_moves WHERE order_id = $1 AND kind = 'return')
                     AS restocked",
                &[&order_id],
            )?,
            "restocked",
        )
    }
}
