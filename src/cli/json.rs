//! JSON shapes of the CLI contract. Money is a decimal string beside "currency".

use serde_json::{Value, json};

use crate::core::catalog::Product;
use crate::core::money::decimal_string;
use crate::core::payment::{Payment, short_id};
use crate::ops::OrderView;
use crate::ops::{AliasRow, CustomerStats, OrderRow};

pub fn alias(a: &AliasRow) -> Value {
    json!({
        "phrase": a.phrase,
        "sku": a.sku,
        "actor": a.actor,
        "learned_at": a.learned_at.to_rfc3339(),
    })
}

pub fn product(p: &Product) -> Value {
    json!({
        "sku": p.sku,
        "name": p.name,
        "variant": p.variant,
        "price": decimal_string(p.price, p.currency),
        "currency": p.currency.code(),
        "on_hand": p.on_hand,
        "reserved": p.reserved,
        "available": p.available(),
        "low_stock": p.is_low(),
    })
}

pub fn customer(c: &CustomerStats, currency: crate::core::money::Currency) -> Value {
    json!({
        "id": c.customer.id.to_string(),
        "name": c.customer.name,
        "phone": c.customer.phone,
        "address": c.customer.address,
        "orders": c.orders,
        "lifetime_value": decimal_string(c.lifetime_value, currency),
        "open_balance": decimal_string(c.open_balance, currency),
        "currency": currency.code(),
        "last_order_at": c.last_order_at,
    })
}

pub fn payment(p: &Payment) -> Value {
    json!({
        "id": short_id(p.id),
        "uuid": p.id.to_string(),
        "kind": p.kind,
        "method": p.method,
        "amount": decimal_string(p.amount, p.currency),
        "currency": p.currency.code(),
        "state": p.state,
        "reference": p.reference,
        "proof": p.proof,
        "restock": p.restock,
        "created_at": p.created_at,
        "settled_at": p.settled_at,
        "actor": p.actor,
    })
}

/// The order object of `order show`/`order list`; `details` adds payments and journal.
pub fn order(view: &OrderView, details: bool) -> Value {
    let row = OrderRow {
        order: view.order.clone(),
        customer_name: view.customer.name.clone(),
        customer_phone: view.customer.phone.clone(),
        totals: view.totals,
        class: view.class,
    };
    let mut value = order_row(&row);
    if details {
        value["payments"] = view.payments.iter().map(payment).collect();
        value["journal"] = json!(view.journal);
    }
    value
}

pub fn order_row(r: &OrderRow) -> Value {
    let o = &r.order;
    let cur = o.currency;
    let money = |minor: i64| decimal_string(minor, cur);
    let subtotal = o.subtotal().map(|m| m.minor).unwrap_or_default();
    let total = o.total().map(|m| m.minor).unwrap_or_default();
    let status = r.totals.status(total);
    json!({
        "number": o.number,
        "status": o.lifecycle,
        "fulfilment": o.fulfilment,
        "payment_status": status,
        "label": r.label().words(),
        "currency": cur.code(),
        "subtotal": money(subtotal),
        "delivery": money(o.delivery_fee),
        "discount": money(o.discount),
        "total": money(total),
        "paid": money(r.totals.paid()),
        "claimed": money(r.totals.claimed),
        "balance": money(o.balance(r.totals)),
        "revision": o.revision,
        "version": o.version,
        "address": o.address,
        "notes": o.notes,
        "deadline": o.deadline,
        "staff_notes": o.staff_notes,
        "created_at": o.created_at,
        "customer": {"name": r.customer_name, "phone": r.customer_phone},
        "lines": o.lines.iter().map(|l| json!({
            "sku": l.sku,
            "name": l.name,
            "variant": l.variant,
            "qty": l.qty,
            "unit_price": money(l.unit_price),
        })).collect::<Vec<_>>(),
    })
}
