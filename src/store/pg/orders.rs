//! Orders and their revisioned lines on PostgreSQL. Order numbers come from the
//! `order_counter` row, updated inside the order's transaction: two desks creating orders at
//! once take turns for it, and a rolled-back order gives its number back.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use postgres::Row;
use postgres::types::ToSql;
use uuid::Uuid;

use super::codec::{class, deadline, get, ms, parsed, totals};
use super::{Reader, Result, StoreError, Tx};
use crate::core::i18n::id;
use crate::core::order::{Order, OrderLine};
use crate::core::payment::Totals;
use crate::core::queue::{LAST_TO_DELIVER, QueueClass};
use crate::msg;
use crate::store::amounts;
use crate::store::api::*;
use crate::store::rows::*;

/// An order's columns, its kept payment sums and its queue rank.
pub(super) const COLUMNS: &str =
    "o.id, o.number, o.customer_id, o.currency, o.delivery_fee, o.discount,
    o.notes, o.staff_notes, o.due_date, o.due_time, o.address, o.lifecycle, o.fulfilment,
    o.revision, o.version,
    o.created_at, o.updated_at, o.received, o.refunded, o.claimed, o.queue_rank";

/// The customer's name and phone beside `COLUMNS`: an order as lists show it.
pub(super) const LISTED: &str = "c.name AS customer_name, c.phone AS customer_phone";

pub(super) fn order_row(row: &Row) -> Result<Order> {
    Ok(Order {
        id: get(row, "id")?,
        number: get(row, "number")?,
        customer_id: get(row, "customer_id")?,
        currency: parsed(row, "currency")?,
        lines: Vec::new(),
        delivery_fee: get(row, "delivery_fee")?,
        discount: get(row, "discount")?,
        notes: get(row, "notes")?,
        staff_notes: get(row, "staff_notes")?,
        deadline: deadline(row)?,
        address: get(row, "address")?,
        lifecycle: parsed(row, "lifecycle")?,
        fulfilment: parsed(row, "fulfilment")?,
        revision: get(row, "revision")?,
        version: get(row, "version")?,
        created_at: get(row, "created_at")?,
        updated_at: get(row, "updated_at")?,
    })
}

pub(super) fn listed_row(row: &Row) -> Result<OrderRow> {
    Ok(OrderRow {
        order: order_row(row)?,
        customer_name: get(row, "customer_name")?,
        customer_phone: get(row, "customer_phone")?,
        totals: totals(row)?,
        class: class(row)?,
    })
}

fn line_row(r: &Row) -> Result<OrderLine> {
    Ok(OrderLine {
        sku: get(r, "sku")?,
        name: get(r, "name")?,
        variant: get(r, "variant")?,
        qty: get(r, "qty")?,
        unit_price: get(r, "unit_price")?,
    })
}

impl OrderReads for Reader<'_> {
    fn order_by_number(&self, number: i64) -> Result<Option<Order>> {
        self.order_where("o.number = $1", &number)
    }

    fn order_by_id(&self, id: Uuid) -> Result<Option<Order>> {
        self.order_where("o.id = $1", &id)
    }

    fn last_order_of(&self, customer_id: Uuid) -> Result<Option<Order>> {
        self.order_where(
            "o.id = (SELECT id FROM orders WHERE customer_id = $1 AND lifecycle <> 'cancelled'
                     ORDER BY created_at DESC, number DESC LIMIT 1)",
            &customer_id,
        )
    }

    fn lines(&self, order_id: Uuid, revision: i64) -> Result<Vec<OrderLine>> {
        let rows = self.conn.query(
            "SELECT sku, name, variant, qty, unit_price FROM order_lines
             WHERE order_id = $1 AND revision = $2 ORDER BY pos",
            &[&order_id, &revision],
        )?;
        rows.iter().map(line_row).collect()
    }

    fn lines_of(&self, orders: &[(Uuid, i64)]) -> Result<HashMap<Uuid, Vec<OrderLine>>> {
        let mut by_order: HashMap<Uuid, Vec<OrderLine>> = HashMap::new();
        if orders.is_empty() {
            return Ok(by_order);
        }
        let (ids, revisions): (Vec<Uuid>, Vec<i64>) = orders.iter().copied().unzip();
        let rows = self.conn.query(
            "SELECT l.order_id, l.sku, l.name, l.variant, l.qty, l.unit_price
             FROM unnest($1::uuid[], $2::int8[]) AS k(id, revision)
             JOIN order_lines l ON l.order_id = k.id AND l.revision = k.revision
             ORDER BY l.order_id, l.pos",
            &[&ids, &revisions],
        )?;
        for r in &rows {
            by_order
                .entry(get(r, "order_id")?)
                .or_default()
                .push(line_row(r)?);
        }
        Ok(by_order)
    }

    fn standing(&self, order_id: Uuid) -> Result<(Totals, QueueClass)> {
        let row = self.conn.query_one(
            "SELECT received, refunded, claimed, queue_rank FROM orders WHERE id = $1",
            &[&order_id],
        )?;
        Ok((totals(&row)?, class(&row)?))
    }

    fn order_number_by_source(&self, hash: &str) -> Result<Option<i64>> {
        self.conn
            .query_opt("SELECT number FROM orders WHERE source_hash = $1", &[&hash])?
            .map(|r| get(&r, "number"))
            .transpose()
    }

    fn source_text(&self, order_id: Uuid) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_opt("SELECT source_text FROM orders WHERE id = $1", &[&order_id])?
            .map(|r| get::<Option<String>>(&r, "source_text"))
            .transpose()?
            .flatten())
    }

    fn list_orders(&self, f: &OrderFilter) -> Result<Vec<OrderRow>> {
        let sql = format!(
            "SELECT {COLUMNS}, {LISTED}
             FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE {where_} ORDER BY {order} LIMIT $9 OFFSET $10",
            where_ = filter_where(),
            order = if f.newest_first {
                "o.number DESC"
            } else {
                "o.number"
            }
        );
        let bound = FilterParams::of(f);
        let mut params = bound.params();
        params.push(&f.limit);
        params.push(&f.offset);
        let rows = self.conn.query(&sql, &params)?;
        let out = rows.iter().map(listed_row).collect::<Result<Vec<_>>>()?;
        self.with_lines(out, |r| &mut r.order)
    }
}

impl Reader<'_> {
    fn order_where(&self, condition: &str, key: &(dyn ToSql + Sync)) -> Result<Option<Order>> {
        let sql = format!("SELECT {COLUMNS} FROM orders o WHERE {condition}");
        match self.conn.query_opt(&sql, &[key])? {
            Some(row) => {
                let mut o = order_row(&row)?;
                o.lines = self.lines(o.id, o.revision)?;
                Ok(Some(o))
            }
            None => Ok(None),
        }
    }

    /// Fills in the lines of listed orders with one query.
    pub(super) fn with_lines<T>(
        &self,
        rows: Vec<T>,
        order: impl Fn(&mut T) -> &mut Order,
    ) -> Result<Vec<T>> {
        crate::store::composed::with_lines(self, rows, order)
    }
}

/// The conditions of an [`OrderFilter`] on `orders o`, bound as $1–$8 by [`FilterParams`]
/// (typed casts: an absent value is a NULL of its column's type).
pub(super) fn filter_where() -> String {
    format!(
        "($1::text IS NULL OR o.lifecycle = $1)
           AND ($2::text IS NULL OR o.fulfilment = $2)
           AND ($3::uuid IS NULL OR o.customer_id = $3)
           AND ($4::timestamptz IS NULL OR o.created_at >= $4)
           AND ($5::timestamptz IS NULL OR o.created_at < $5)
           AND ($6::date IS NULL OR (o.queue_rank <= {last} AND o.due_date = $6))
           AND ($7::date IS NULL OR (o.queue_rank <= {last}
                AND (o.due_date < $7 OR (o.due_date = $7 AND o.due_time < $8::time))))",
        last = LAST_TO_DELIVER
    )
}

/// The values an [`OrderFilter`] binds.
pub(super) struct FilterParams {
    lifecycle: Option<&'static str>,
    fulfilment: Option<&'static str>,
    customer: Option<Uuid>,
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    on: Option<chrono::NaiveDate>,
    passed_day: Option<chrono::NaiveDate>,
    passed_time: Option<chrono::NaiveTime>,
}

impl FilterParams {
    pub(super) fn of(f: &OrderFilter) -> FilterParams {
        let (on, passed_day, passed_time) = match f.due {
            Some(DueRange::On(d)) => (Some(d), None, None),
            Some(DueRange::PassedAt(at)) => (None, Some(at.date()), Some(at.time())),
            None => (None, None, None),
        };
        FilterParams {
            lifecycle: f.lifecycle.map(|l| l.as_str()),
            fulfilment: f.fulfilment.map(|x| x.as_str()),
            customer: f.customer_id,
            from: f.created_from.map(ms),
            to: f.created_to.map(ms),
            on,
            passed_day,
            passed_time,
        }
    }

    pub(super) fn params(&self) -> Vec<&(dyn ToSql + Sync)> {
        vec![
            &self.lifecycle,
            &self.fulfilment,
            &self.customer,
            &self.from,
            &self.to,
            &self.on,
            &self.passed_day,
            &self.passed_time,
        ]
    }
}

impl OrderWrites for Tx<'_> {
    fn next_order_number(&self) -> Result<i64> {
        // The counter row is part of the transaction: a rolled-back order gives its number
        // back (migration 0003).
        get(
            &self.conn.query_one(
                "UPDATE order_counter SET next = next + 1 RETURNING next - 1 AS number",
                &[],
            )?,
            "number",
        )
    }

    fn insert_order(&self, o: &Order, source: Option<(&str, &str)>) -> Result<()> {
        let (subtotal, total) = amounts(o)?;
        self.conn.execute(
            "INSERT INTO orders (id, number, customer_id, currency, subtotal, delivery_fee,
                 discount, total, notes, due_date, due_time, address, lifecycle, fulfilment,
                 revision, version, source_hash, source_text, created_at, updated_at,
                 staff_notes)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                 $17, $18, $19, $20, $21)",
            &[
                &o.id,
                &o.number,
                &o.customer_id,
                &o.currency.code(),
                &subtotal,
                &o.delivery_fee,
                &o.discount,
                &total,
                &o.notes,
                &o.deadline.map(|d| d.date),
                &o.deadline.and_then(|d| d.time),
                &o.address,
                &o.lifecycle.as_str(),
                &o.fulfilment.as_str(),
                &o.revision,
                &o.version,
                &source.map(|s| s.0),
                &source.map(|s| s.1),
                &ms(o.created_at),
                &ms(o.updated_at),
                &o.staff_notes,
            ],
        )?;
        self.write_lines(o.id, o.revision, &o.lines)
    }

    fn write_lines(&self, order_id: Uuid, revision: i64, lines: &[OrderLine]) -> Result<()> {
        self.conn.execute(
            "DELETE FROM order_lines WHERE order_id = $1 AND revision = $2",
            &[&order_id, &revision],
        )?;
        for (pos, l) in lines.iter().enumerate() {
            self.conn.execute(
                "INSERT INTO order_lines (order_id, revision, pos, sku, name, variant, qty,
                     unit_price)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[
                    &order_id,
                    &revision,
                    &(pos as i64 + 1),
                    &l.sku,
                    &l.name,
                    &l.variant,
                    &l.qty,
                    &l.unit_price,
                ],
            )?;
        }
        Ok(())
    }

    fn update_order(&self, o: &Order, now: DateTime<Utc>) -> Result<i64> {
        let (subtotal, total) = amounts(o)?;
        // The version guard: if another desk wrote the order meanwhile, PostgreSQL waits
        // for its commit and then finds a newer version here, so nothing is overwritten.
        let changed = self.conn.execute(
            "UPDATE orders SET customer_id = $3, subtotal = $4, delivery_fee = $5,
                 discount = $6, total = $7, notes = $8, due_date = $9, due_time = $10,
                 address = $11, lifecycle = $12, fulfilment = $13, revision = $14,
                 updated_at = $15, staff_notes = $16, version = version + 1
             WHERE id = $1 AND version = $2",
            &[
                &o.id,
                &o.version,
                &o.customer_id,
                &subtotal,
                &o.delivery_fee,
                &o.discount,
                &total,
                &o.notes,
                &o.deadline.map(|d| d.date),
                &o.deadline.and_then(|d| d.time),
                &o.address,
                &o.lifecycle.as_str(),
                &o.fulfilment.as_str(),
                &o.revision,
                &ms(now),
                &o.staff_notes,
            ],
        )?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-order", number = id(o.number)),
            });
        }
        Ok(o.version + 1)
    }
}
