//! Orders and their revisioned lines.

use crate::core::i18n::id;
use crate::msg;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use std::collections::HashMap;

use super::codec::{
    deadline_text, get_class, get_currency, get_deadline, get_parsed, get_totals, get_ts, ts,
};
use super::{Reader, Result, StoreError, Tx};
use crate::core::order::{Order, OrderLine};
use crate::core::payment::Totals;
use crate::core::queue::{LAST_TO_DELIVER, QueueClass};
use crate::store::amounts;
use crate::store::api::*;
use crate::store::rows::*;

/// An order's columns, its kept payment sums and its queue rank (read by `order_row` and
/// `standing`).
pub(crate) const COLUMNS: &str =
    "o.id, o.number, o.customer_id, o.currency, o.delivery_fee, o.discount,
    o.notes, o.staff_notes, o.due_date, o.due_time, o.address, o.lifecycle, o.fulfilment,
    o.revision, o.version,
    o.created_at, o.updated_at, o.received, o.refunded, o.claimed, o.queue_rank";

/// The order row without lines (they are loaded separately).
pub(crate) fn order_row(row: &Row) -> rusqlite::Result<Order> {
    Ok(Order {
        id: row.get("id")?,
        number: row.get("number")?,
        customer_id: row.get("customer_id")?,
        currency: get_currency(row, "currency")?,
        lines: Vec::new(),
        delivery_fee: row.get("delivery_fee")?,
        discount: row.get("discount")?,
        notes: row.get("notes")?,
        staff_notes: row.get("staff_notes")?,
        deadline: get_deadline(row)?,
        address: row.get("address")?,
        lifecycle: get_parsed(row, "lifecycle")?,
        fulfilment: get_parsed(row, "fulfilment")?,
        revision: row.get("revision")?,
        version: row.get("version")?,
        created_at: get_ts(row, "created_at")?,
        updated_at: get_ts(row, "updated_at")?,
    })
}

/// `COLUMNS` with the customer's name and phone: an order as lists show it.
pub(crate) const LISTED: &str = "c.name AS customer_name, c.phone AS customer_phone";

pub(crate) fn listed_row(row: &Row) -> rusqlite::Result<OrderRow> {
    Ok(OrderRow {
        order: order_row(row)?,
        customer_name: row.get("customer_name")?,
        customer_phone: row.get("customer_phone")?,
        totals: get_totals(row)?,
        class: get_class(row)?,
    })
}

fn line_row(r: &Row) -> rusqlite::Result<OrderLine> {
    Ok(OrderLine {
        sku: r.get("sku")?,
        name: r.get("name")?,
        variant: r.get("variant")?,
        qty: r.get("qty")?,
        unit_price: r.get("unit_price")?,
    })
}

impl OrderReads for Reader<'_> {
    fn order_by_number(&self, number: i64) -> Result<Option<Order>> {
        self.order_where("o.number = ?1", number)
    }

    fn order_by_id(&self, id: Uuid) -> Result<Option<Order>> {
        self.order_where("o.id = ?1", id)
    }

    fn last_order_of(&self, customer_id: Uuid) -> Result<Option<Order>> {
        self.order_where(
            "o.id = (SELECT id FROM orders WHERE customer_id = ?1 AND lifecycle <> 'cancelled'
                     ORDER BY created_at DESC, number DESC LIMIT 1)",
            customer_id,
        )
    }

    fn lines(&self, order_id: Uuid, revision: i64) -> Result<Vec<OrderLine>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT sku, name, variant, qty, unit_price FROM order_lines
             WHERE order_id = ?1 AND revision = ?2 ORDER BY pos",
        )?;
        let rows = stmt.query_map(params![order_id, revision], line_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn lines_of(&self, orders: &[(Uuid, i64)]) -> Result<HashMap<Uuid, Vec<OrderLine>>> {
        let mut by_order: HashMap<Uuid, Vec<OrderLine>> = HashMap::new();
        if orders.is_empty() {
            return Ok(by_order);
        }
        // The orders travel as one JSON array of [id in hex, revision], so the statement is
        // the same for every page; each pair is a range of the lines' primary key.
        let pairs: Vec<(String, i64)> = orders
            .iter()
            .map(|(id, revision)| (id.simple().to_string(), *revision))
            .collect();
        let wanted =
            serde_json::to_string(&pairs).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.order_id, l.sku, l.name, l.variant, l.qty, l.unit_price
             FROM json_each(?1) k JOIN order_lines l
               ON l.order_id = unhex(k.value ->> 0) AND l.revision = k.value ->> 1
             ORDER BY l.order_id, l.pos",
        )?;
        let rows = stmt.query_map([wanted], |r| {
            Ok((r.get::<_, Uuid>("order_id")?, line_row(r)?))
        })?;
        for row in rows {
            let (order, line) = row?;
            by_order.entry(order).or_default().push(line);
        }
        Ok(by_order)
    }

    fn standing(&self, order_id: Uuid) -> Result<(Totals, QueueClass)> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT received, refunded, claimed, queue_rank FROM orders WHERE id = ?1",
            )?
            .query_row([order_id], |r| Ok((get_totals(r)?, get_class(r)?)))?)
    }

    fn order_number_by_source(&self, hash: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT number FROM orders WHERE source_hash = ?1")?
            .query_row([hash], |r| r.get(0))
            .optional()?)
    }

    fn source_text(&self, order_id: Uuid) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT source_text FROM orders WHERE id = ?1")?
            .query_row([order_id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    fn list_orders(&self, f: &OrderFilter) -> Result<Vec<OrderRow>> {
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE {where_} ORDER BY {order} LIMIT ?9 OFFSET ?10",
            where_ = filter_where(),
            order = if f.newest_first {
                "o.number DESC"
            } else {
                "o.number"
            }
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut params = filter_params(f);
        params.push(Box::new(f.limit.unwrap_or(-1)));
        params.push(Box::new(f.offset));
        let rows = stmt.query_map(rusqlite::params_from_iter(params), listed_row)?;
        let out: Vec<OrderRow> = rows.collect::<rusqlite::Result<_>>()?;
        self.with_lines(out, |r| &mut r.order)
    }
}

impl Reader<'_> {
    fn order_where(&self, condition: &str, key: impl rusqlite::ToSql) -> Result<Option<Order>> {
        let sql = format!("SELECT {COLUMNS} FROM orders o WHERE {condition}");
        let order = self
            .conn
            .prepare_cached(&sql)?
            .query_row([key], order_row)
            .optional()?;
        match order {
            Some(mut o) => {
                o.lines = self.lines(o.id, o.revision)?;
                Ok(Some(o))
            }
            None => Ok(None),
        }
    }

    /// Fills in the lines of listed orders with one query.
    pub(crate) fn with_lines<T>(
        &self,
        rows: Vec<T>,
        order: impl Fn(&mut T) -> &mut Order,
    ) -> Result<Vec<T>> {
        crate::store::composed::with_lines(self, rows, order)
    }
}

/// The conditions of an [`OrderFilter`] on `orders o`, bound by [`filter_params`] as ?1–?8:
/// the list and its completeness check read the same orders.
pub(crate) fn filter_where() -> String {
    format!(
        "(?1 IS NULL OR o.lifecycle = ?1)
           AND (?2 IS NULL OR o.fulfilment = ?2)
           AND (?3 IS NULL OR o.customer_id = ?3)
           AND (?4 IS NULL OR o.created_at >= ?4)
           AND (?5 IS NULL OR o.created_at < ?5)
           AND (?6 IS NULL OR (o.queue_rank <= {last} AND o.due_date = ?6))
           AND (?7 IS NULL OR (o.queue_rank <= {last}
                AND (o.due_date < ?7 OR (o.due_date = ?7 AND o.due_time < ?8))))",
        last = LAST_TO_DELIVER
    )
}

pub(crate) fn filter_params(f: &OrderFilter) -> Vec<Box<dyn rusqlite::ToSql>> {
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let (on, passed_day, passed_time) = match f.due {
        Some(DueRange::On(d)) => (Some(day(d)), None, None),
        Some(DueRange::PassedAt(at)) => (
            None,
            Some(day(at.date())),
            Some(at.time().format("%H:%M").to_string()),
        ),
        None => (None, None, None),
    };
    vec![
        Box::new(f.lifecycle.map(|l| l.as_str())),
        Box::new(f.fulfilment.map(|x| x.as_str())),
        Box::new(f.customer_id),
        Box::new(f.created_from.map(ts)),
        Box::new(f.created_to.map(ts)),
        Box::new(on),
        Box::new(passed_day),
        Box::new(passed_time),
    ]
}

impl OrderWrites for Tx<'_> {
    fn next_order_number(&self) -> Result<i64> {
        Ok(self
            .tx
            .prepare_cached("SELECT COALESCE(MAX(number), 1000) + 1 FROM orders")?
            .query_row([], |r| r.get(0))?)
    }

    fn insert_order(&self, o: &Order, source: Option<(&str, &str)>) -> Result<()> {
        let (subtotal, total) = amounts(o)?;
        self.tx
            .prepare_cached(
                "INSERT INTO orders (id, number, customer_id, currency, subtotal, delivery_fee,
                     discount, total, notes, due_date, due_time, address, lifecycle, fulfilment,
                     revision, version, source_hash, source_text, created_at, updated_at,
                     staff_notes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19, ?20, ?21)",
            )?
            .execute(params![
                o.id,
                o.number,
                o.customer_id,
                o.currency.code(),
                subtotal,
                o.delivery_fee,
                o.discount,
                total,
                o.notes,
                deadline_text(o.deadline).0,
                deadline_text(o.deadline).1,
                o.address,
                o.lifecycle.as_str(),
                o.fulfilment.as_str(),
                o.revision,
                o.version,
                source.map(|s| s.0),
                source.map(|s| s.1),
                ts(o.created_at),
                ts(o.updated_at),
                o.staff_notes
            ])?;
        self.write_lines(o.id, o.revision, &o.lines)
    }

    fn write_lines(&self, order_id: Uuid, revision: i64, lines: &[OrderLine]) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM order_lines WHERE order_id = ?1 AND revision = ?2")?
            .execute(params![order_id, revision])?;
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO order_lines (order_id, revision, pos, sku, name, variant, qty, unit_price)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (pos, l) in lines.iter().enumerate() {
            stmt.execute(params![
                order_id,
                revision,
                pos as i64 + 1,
                l.sku,
                l.name,
                l.variant,
                l.qty,
                l.unit_price
            ])?;
        }
        Ok(())
    }

    fn update_order(&self, o: &Order, now: DateTime<Utc>) -> Result<i64> {
        let (subtotal, total) = amounts(o)?;
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE orders SET customer_id = ?3, subtotal = ?4, delivery_fee = ?5,
                     discount = ?6, total = ?7, notes = ?8, due_date = ?9, due_time = ?10,
                     address = ?11, lifecycle = ?12, fulfilment = ?13, revision = ?14,
                     updated_at = ?15, staff_notes = ?16, version = version + 1
                 WHERE id = ?1 AND version = ?2",
            )?
            .execute(params![
                o.id,
                o.version,
                o.customer_id,
                subtotal,
                o.delivery_fee,
                o.discount,
                total,
                o.notes,
                deadline_text(o.deadline).0,
                deadline_text(o.deadline).1,
                o.address,
                o.lifecycle.as_str(),
                o.fulfilment.as_str(),
                o.revision,
                ts(now),
                o.staff_notes
            ])?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-order", number = id(o.number)),
            });
        }
        Ok(o.version + 1)
    }
}
