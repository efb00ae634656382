//! Plain-text output for people at a terminal.

use chrono::Local;

use crate::core::catalog::Product;
use crate::core::money::Money;
use crate::core::payment::short_id;
use crate::core::summary::Language;
use crate::ops::OrderView;
use crate::ops::{AliasRow, CustomerStats, OrderRow};

pub fn order(view: &OrderView) -> String {
    let o = &view.order;
    let m = |minor| o.money(minor);
    let total = view.total();
    let mut out = format!(
        "Order #{}{}  {}  ({})\n",
        o.number,
        if o.revision > 1 {
            format!(" v{}", o.revision)
        } else {
            String::new()
        },
        view.label(),
        o.created_at.with_timezone(&Local).format("%Y-%m-%d %H:%M"),
    );
    out += &format!(
        "Customer: {}{}\n",
        view.customer.name,
        view.customer
            .phone
            .as_deref()
            .map(|p| format!(" {}", crate::core::customer::display_phone(p)))
            .unwrap_or_default()
    );
    for l in &o.lines {
        out += &format!(
            "  {:>3} × {:<36} {:>12}  {}\n",
            l.qty,
            l.display_name(),
            m(l.unit_price).to_string(),
            l.sku
        );
    }
    out += &format!(
        "Total {} (delivery {}, discount {})  paid {}",
        m(total),
        m(o.delivery_fee),
        m(o.discount),
        m(view.totals.received),
    );
    if view.totals.refunded > 0 {
        out += &format!("  refunded {}", m(view.totals.refunded));
    }
    out += &format!("  balance {}", m(view.balance()));
    if view.totals.claimed > 0 {
        out += &format!("  claimed {}", m(view.totals.claimed));
    }
    out.push('\n');
    if let Some(d) = &o.deadline {
        out += &format!("Due: {} ({})\n", d.words(Language::En), d.iso());
    }
    if let Some(a) = &o.address {
        out += &format!("Deliver to: {a}\n");
    }
    if !o.notes.is_empty() {
        out += &format!("Note: {}\n", o.notes);
    }
    if !o.staff_notes.is_empty() {
        out += &format!("Staff note: {}\n", o.staff_notes);
    }
    for p in &view.payments {
        out += &format!(
            "  {} {} {} {} {}{}\n",
            short_id(p.id),
            p.kind,
            p.method,
            Money::new(p.amount, p.currency),
            p.state,
            p.reference
                .as_deref()
                .map(|r| format!(" ref {r}"))
                .unwrap_or_default()
        );
    }
    out
}

pub fn order_line(r: &OrderRow) -> String {
    let o = &r.order;
    let total = o.total().map(|m| m.minor).unwrap_or_default();
    let items = o
        .lines
        .iter()
        .map(|l| format!("{}×{}", l.qty, l.sku))
        .collect::<Vec<_>>()
        .join(" ");
    let due = o
        .deadline
        .map(|d| format!("  due {}", d.iso()))
        .unwrap_or_default();
    format!(
        "#{:<6} {:<22} {:<20} {:>14} {:>14}  {}{due}",
        o.number,
        r.label().words(),
        truncate(&r.customer_name, 20),
        o.money(total).to_string(),
        o.money(o.balance(r.totals)).to_string(),
        items
    )
}

/// One learned alias: "bálsamo → BALM-ROSE   learned by ana on 2026-11-29".
pub fn alias(a: &AliasRow) -> String {
    format!(
        "{:<32} → {:<16} learned by {} on {}",
        truncate(&format!("\"{}\"", a.phrase), 32),
        a.sku,
        a.actor,
        a.learned_at.format("%Y-%m-%d")
    )
}

pub fn product(p: &Product) -> String {
    format!(
        "{:<16} {:<30} {:>12} {:>5} on hand {:>5} reserved {:>5} available{}",
        p.sku,
        truncate(&p.display_name(), 30),
        Money::new(p.price, p.currency).to_string(),
        p.on_hand,
        p.reserved,
        p.available(),
        if p.is_low() { "  LOW" } else { "" }
    )
}

pub fn customer(c: &CustomerStats, currency: crate::core::money::Currency) -> String {
    format!(
        "{:<24} {:<18} {:>4} orders  value {:>12}  owes {:>12}",
        truncate(&c.customer.name, 24),
        c.customer
            .phone
            .as_deref()
            .map(crate::core::customer::display_phone)
            .unwrap_or_else(|| "-".into()),
        c.orders,
        Money::new(c.lifetime_value, currency).to_string(),
        Money::new(c.open_balance, currency).to_string()
    )
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
