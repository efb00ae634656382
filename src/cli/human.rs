//! Plain-text output for people at a terminal, in the staff's language and the locale's
//! forms of money and dates.

use chrono::Local;

use crate::core::catalog::Product;
use crate::core::i18n::{Locale, id};
use crate::core::money::{Currency, Money};
use crate::core::payment::short_id;
use crate::ops::OrderView;
use crate::ops::{AliasRow, CustomerStats, OrderRow};
use crate::t;

pub fn order(view: &OrderView, loc: Locale) -> String {
    let o = &view.order;
    let m = |minor| loc.money(o.money(minor));
    let total = view.total();
    let revision = if o.revision > 1 {
        t!(loc, "cli-order-revision", revision = o.revision)
    } else {
        String::new()
    };
    let mut out = t!(
        loc,
        "cli-order-head",
        number = id(o.number),
        revision = revision,
        label = loc.text(view.label().key()),
        created = loc.full_date_time(o.created_at.with_timezone(&Local).naive_local())
    );
    out.push('\n');
    let phone = view
        .customer
        .phone
        .as_deref()
        .map(|p| format!(" {}", crate::core::customer::display_phone(p)))
        .unwrap_or_default();
    out += &t!(
        loc,
        "cli-order-customer",
        name = view.customer.name.as_str(),
        phone = phone
    );
    out.push('\n');
    for l in &o.lines {
        out += &format!(
            "  {:>3} × {:<36} {:>12}  {}\n",
            l.qty,
            l.display_name(),
            m(l.unit_price),
            l.sku
        );
    }
    out += &t!(
        loc,
        "cli-order-totals",
        total = m(total),
        delivery = m(o.delivery_fee),
        discount = m(o.discount),
        paid = m(view.totals.received)
    );
    if view.totals.refunded > 0 {
        out += &t!(
            loc,
            "cli-order-refunded",
            refunded = m(view.totals.refunded)
        );
    }
    let balance = Money::new(view.balance(), o.currency);
    out += &t!(loc, "cli-order-balance", balance = loc.balance(balance));
    if view.totals.claimed > 0 {
        out += &t!(loc, "cli-order-claimed", claimed = m(view.totals.claimed));
    }
    out.push('\n');
    if let Some(d) = &o.deadline {
        out += &t!(
            loc,
            "cli-order-due",
            deadline = d.words(loc),
            date = deadline_date(d, loc)
        );
        out.push('\n');
    }
    if let Some(a) = &o.address {
        out += &t!(loc, "cli-order-address", address = a.as_str());
        out.push('\n');
    }
    if !o.notes.is_empty() {
        out += &t!(loc, "cli-order-note", note = o.notes.as_str());
        out.push('\n');
    }
    if !o.staff_notes.is_empty() {
        out += &t!(loc, "cli-order-staff-note", note = o.staff_notes.as_str());
        out.push('\n');
    }
    for p in &view.payments {
        let reference = p
            .reference
            .as_deref()
            .map(|r| t!(loc, "cli-payment-reference", reference = r))
            .unwrap_or_default();
        out += &format!(
            "  {} {} {} {} {}{reference}\n",
            short_id(p.id),
            loc.text(p.kind.key()),
            loc.text(p.method.key()),
            loc.money(Money::new(p.amount, p.currency)),
            loc.text(p.state.key()),
        );
    }
    out
}

pub fn order_line(r: &OrderRow, loc: Locale) -> String {
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
        .map(|d| t!(loc, "cli-order-line-due", date = deadline_date(&d, loc)))
        .unwrap_or_default();
    format!(
        "#{:<6} {:<22} {:<20} {:>14} {:>14}  {}{due}",
        o.number,
        truncate(&loc.text(r.label().key()), 22),
        truncate(&r.customer_name, 20),
        loc.money(o.money(total)),
        loc.money(o.money(o.balance(r.totals))),
        items
    )
}

/// One learned alias: "bálsamo → BALM-ROSE   learned by ana on 2026-11-29".
pub fn alias(a: &AliasRow, loc: Locale) -> String {
    t!(
        loc,
        "cli-alias-row",
        phrase = format!("{:<32}", truncate(&format!("\"{}\"", a.phrase), 32)),
        sku = format!("{:<16}", a.sku),
        actor = a.actor.as_str(),
        date = loc.date(a.learned_at.date_naive())
    )
}

pub fn product(p: &Product, loc: Locale) -> String {
    let stock = t!(
        loc,
        "cli-product-stock",
        on_hand = format!("{:>5}", loc.number(p.on_hand)),
        reserved = format!("{:>5}", loc.number(p.reserved)),
        available = format!("{:>5}", loc.number(p.available())),
        // The padded figures above are text; plural words need the numbers themselves.
        reserved_count = p.reserved,
        available_count = p.available()
    );
    let low = if p.is_low() {
        t!(loc, "cli-product-low")
    } else {
        String::new()
    };
    format!(
        "{:<16} {:<30} {:>12} {stock}{low}",
        p.sku,
        truncate(&p.display_name(), 30),
        loc.money(Money::new(p.price, p.currency)),
    )
}

pub fn customer(c: &CustomerStats, currency: Currency, loc: Locale) -> String {
    let money = |minor| loc.money(Money::new(minor, currency));
    format!(
        "{:<24} {:<18} {}",
        truncate(&c.customer.name, 24),
        c.customer
            .phone
            .as_deref()
            .map(crate::core::customer::display_phone)
            .unwrap_or_else(|| "-".into()),
        t!(
            loc,
            "cli-customer-stats",
            orders = c.orders,
            value = money(c.lifetime_value),
            owes = money(c.open_balance)
        )
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

/// A deadline's day (and time) in the locale's numbers: "2026-12-05 18:00", "05/12/2026".
fn deadline_date(d: &crate::core::deadline::Deadline, loc: Locale) -> String {
    match d.time {
        Some(t) => loc.full_date_time(d.date.and_time(t)),
        None => loc.date(d.date),
    }
}
