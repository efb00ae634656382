//! Book rows → the desk's plain rows.

use crate::app::review::{KnownCustomer, ReviewCustomer, ReviewDraft, ReviewLine};
use crate::app::rows::{CustomerHit, CustomerRow, JournalLine, OrderDetail, PaymentRow, QueueRow};
use crate::core::chat::Draft;
use crate::core::customer::looks_like_phone;
use crate::core::money::{Currency, Money};
use crate::ops::OrderView;
use crate::store::{CustomerStats, OrderRow, PaymentListRow};

pub fn queue_row(rank: u8, r: &OrderRow) -> QueueRow {
    let o = &r.order;
    let total = o.total().map(|m| m.minor).unwrap_or_default();
    let status = r.totals.status(total);
    QueueRow {
        number: o.number,
        version: o.version,
        rank,
        created_at: o.created_at,
        customer: r.customer_name.clone(),
        items: short_items(o),
        total: o.money(total),
        balance: o.money(r.totals.balance(total)),
        label: o.label(status, r.totals.claimed > 0),
        lifecycle: o.lifecycle,
        fulfilment: o.fulfilment,
        claims: r.totals.claimed,
    }
}

/// "2× Leather Jacket, Wool Scarf": names without variants, the quantity when above one.
fn short_items(o: &crate::core::order::Order) -> String {
    o.lines
        .iter()
        .map(|l| {
            if l.qty == 1 {
                l.name.clone()
            } else {
                format!("{}× {}", l.qty, l.name)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn customer_row(c: &CustomerStats, currency: Currency) -> CustomerRow {
    CustomerRow {
        id: c.customer.id,
        name: c.customer.name.clone(),
        phone: c.customer.phone.clone(),
        address: c.customer.address.clone(),
        orders: c.orders,
        lifetime_value: Money::new(c.lifetime_value, currency),
        open_balance: Money::new(c.open_balance, currency),
        last_order_at: c.last_order_at,
    }
}

pub fn customer_hit(c: &CustomerStats, currency: Currency) -> CustomerHit {
    CustomerHit {
        name: c.customer.name.clone(),
        phone: c.customer.phone.clone(),
        address: c.customer.address.clone(),
        open_balance: Money::new(c.open_balance, currency),
    }
}

pub fn payment_row(p: &PaymentListRow) -> PaymentRow {
    PaymentRow {
        order_number: p.order_number,
        customer: p.customer_name.clone(),
        payment: p.payment.clone(),
    }
}

pub fn order_detail(view: &OrderView, summary: String) -> OrderDetail {
    OrderDetail {
        label: view.label(),
        order: view.order.clone(),
        customer: view.customer.clone(),
        totals: view.totals,
        payments: view.payments.clone(),
        journal: view
            .journal
            .iter()
            .map(|j| JournalLine {
                at: j.at,
                actor: j.actor.clone(),
                action: j.action.clone(),
            })
            .collect(),
        summary,
    }
}

/// A draft read from a paste, with what the book knows about its customer.
pub fn review_draft(
    d: &Draft,
    source: &str,
    known: Option<&CustomerStats>,
    currency: Currency,
) -> ReviewDraft {
    // An author that is only a number is named by the number, written once.
    let named = !d.customer.name.trim().is_empty() && !looks_like_phone(&d.customer.name);
    let customer = (named || d.customer.phone.is_some()).then(|| ReviewCustomer {
        name: if named {
            d.customer.name.clone()
        } else {
            d.customer.phone.clone().unwrap_or_default()
        },
        phone: d.customer.phone.clone(),
        known: known.map(|k| KnownCustomer {
            last_address: k.customer.address.clone(),
            open_balance: Money::new(k.open_balance, currency),
            orders: k.orders,
        }),
    });
    ReviewDraft {
        customer,
        lines: d
            .items
            .iter()
            .filter(|i| !i.asked_only)
            .map(|i| ReviewLine {
                sku: i.sku.clone(),
                name: i.name.clone(),
                qty: i.qty,
                unit_price: i.unit_price,
                confidence: Some(i.confidence),
                available: i.available,
                said: i.said.clone(),
            })
            .collect(),
        address: d.delivery_address.as_ref().map(|a| a.text.clone()),
        pickup: d.pickup,
        claimed: d
            .paid_claimed
            .as_ref()
            .map(|c| c.amount.filter(|m| m.currency == currency)),
        unmatched: d.unmatched.iter().map(|u| u.text.clone()).collect(),
        asked: d
            .items
            .iter()
            .filter(|i| i.asked_only)
            .map(|i| i.name.clone())
            .collect(),
        warnings: d.warnings.clone(),
        source: Some(source.to_string()),
    }
}
