//! Creating, editing, confirming, advancing and cancelling orders.

use crate::core::i18n::id;
use crate::msg;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::catalog::unknown_sku;
use super::customers::{known_or_close, resolve_customer};
use super::error::Doing;
use super::{Ctx, Desk, OpError, Result, begin};
use crate::core::customer::{Customer, is_bidi_control};
use crate::core::deadline::Deadline;
use crate::core::money::Money;
use crate::core::order::{
    Fulfilment, Lifecycle, Order, OrderCommand, OrderLine, StockEffect, transition,
};
use crate::core::payment::{Payment, PaymentStatus, Totals};
use crate::core::queue::{Label, QueueClass};
use crate::core::stock::{MoveKind, quantities, reservation_delta};
use crate::store::{DueRange, JournalEntry, JournalWrite, OrderFilter, OrderRow, StoreError, Tx};

/// "SKU:QTY" as typed on the command line (quantity 1 when left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemSpec {
    pub sku: String,
    pub qty: i64,
}

impl std::str::FromStr for ItemSpec {
    /// What is wrong with it, worded where it is read.
    type Err = crate::core::i18n::Message;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        let (sku, qty) = match s.rsplit_once(':') {
            Some((sku, qty)) => {
                let qty = qty
                    .trim()
                    .parse::<i64>()
                    .map_err(|_| crate::msg!("error-item-quantity", item = s))?;
                (sku.trim(), qty)
            }
            None => (s.trim(), 1),
        };
        if sku.is_empty() {
            return Err(crate::msg!("error-item-no-sku", item = s));
        }
        Ok(ItemSpec {
            sku: sku.to_string(),
            qty,
        })
    }
}

#[derive(Debug, Clone, Default)]
pub struct NewOrder {
    /// A phone number or a name.
    pub customer: String,
    /// The name for a customer created from a phone number.
    pub name: Option<String>,
    pub items: Vec<ItemSpec>,
    pub delivery: Option<String>,
    pub discount: Option<String>,
    pub address: Option<String>,
    pub notes: String,
    pub deadline: Option<Deadline>,
    /// What identifies the paste this order came from (for a group chat, the customer and
    /// the text); the same source cannot make a second order.
    pub source: Option<String>,
    /// The pasted text kept on the order; defaults to `source`.
    pub source_text: Option<String>,
    /// A name (not a phone) must name a customer already in the book: an unknown one is
    /// refused with the closest names instead of becoming a second customer (the command
    /// line, unless `--new-customer`).
    pub name_must_exist: bool,
}

#[derive(Debug, Clone, Default)]
pub struct OrderEdit {
    /// Sets each SKU's quantity (adds the line if new; 0 removes it).
    pub set: Vec<ItemSpec>,
    pub remove: Vec<String>,
    pub delivery: Option<String>,
    pub discount: Option<String>,
    pub address: Option<String>,
    pub notes: Option<String>,
    /// Sets the deadline (`Some(None)` clears it).
    pub deadline: Option<Option<Deadline>>,
    /// The staff's own note (never in the summary).
    pub staff_notes: Option<String>,
}

impl OrderEdit {
    fn is_empty(&self) -> bool {
        self.set.is_empty()
            && self.remove.is_empty()
            && self.delivery.is_none()
            && self.discount.is_none()
            && self.address.is_none()
            && self.notes.is_none()
            && self.staff_notes.is_none()
            && self.deadline.is_none()
    }

    /// Only notes change: the deal (lines, money, address, deadline) stays as it was agreed,
    /// so no new revision, and the payment link stays valid.
    fn only_notes(&self) -> bool {
        self.set.is_empty()
            && self.remove.is_empty()
            && self.delivery.is_none()
            && self.discount.is_none()
            && self.address.is_none()
            && self.deadline.is_none()
    }
}

/// Everything the desk shows about one order.
#[derive(Debug, Clone)]
pub struct OrderView {
    pub order: Order,
    pub customer: Customer,
    /// The payment sums kept on the order row.
    pub totals: Totals,
    pub class: QueueClass,
    pub payments: Vec<Payment>,
    pub journal: Vec<JournalEntry>,
}

impl OrderView {
    pub fn total(&self) -> i64 {
        self.order.total().map(|m| m.minor).unwrap_or_default()
    }

    /// THE balance (what is still owed; negative when the shop owes the customer).
    pub fn balance(&self) -> i64 {
        self.order.balance(self.totals)
    }

    pub fn payment_status(&self) -> PaymentStatus {
        self.totals.status(self.total())
    }

    pub fn label(&self) -> Label {
        Label::of(self.class, self.totals, self.total())
    }
}

/// Which orders `order list` shows: `status` is any lifecycle, fulfilment or payment state
/// name, or "open" for everything not cancelled or completed.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub status: Option<String>,
    pub limit: Option<i64>,
    /// Only orders still to deliver that are due then.
    pub due: Option<DueWhen>,
}

/// `order list --due`: said relative to the shop's local now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueWhen {
    Overdue(NaiveDateTime),
    Today(NaiveDate),
    Tomorrow(NaiveDate),
}

/// A stable fingerprint of pasted text: line endings, invisible marks and outer space ignored.
pub fn source_hash(text: &str) -> String {
    let normal: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| !is_bidi_control(*c) && *c != '\u{feff}')
        .collect();
    let digest = Sha256::digest(normal.trim().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compact before/after state for the journal.
fn snapshot(o: &Order) -> Value {
    json!({
        "lifecycle": o.lifecycle,
        "fulfilment": o.fulfilment,
        "revision": o.revision,
        "lines": o.lines.iter().map(|l| json!([l.sku, l.qty, l.unit_price])).collect::<Vec<_>>(),
        "delivery_fee": o.delivery_fee,
        "discount": o.discount,
        "total": o.total().map(|m| m.minor).ok(),
        "address": o.address,
        "notes": o.notes,
        "staff_notes": o.staff_notes,
        "deadline": o.deadline,
    })
}

impl Desk {
    pub fn create_order(&mut self, new: NewOrder) -> Result<OrderView> {
        let (tx, ctx) = begin!(self);
        let order = create_in(&tx, &ctx, new)?;
        tx.commit()?;
        self.order_view(order.number)
    }

    pub fn edit_order(
        &mut self,
        number: i64,
        edit: OrderEdit,
        seen_version: Option<i64>,
    ) -> Result<OrderView> {
        if edit.is_empty() {
            return Err(OpError::Invalid(msg!(
                "error-edit-nothing",
                number = id(number)
            )));
        }
        let (now, actor) = (self.now(), self.actor.clone());
        let tx = self.store.write()?;
        let old = load(&tx, number, seen_version)?;
        // A note can be written on any order (even a delivered or cancelled one) and never
        // makes a revision: it changes nothing that was agreed.
        let command = if edit.only_notes() {
            OrderCommand::Note
        } else {
            OrderCommand::Edit
        };
        let step = transition(number, old.lifecycle, old.fulfilment, command)?;
        let mut new = old.clone();
        let currency = old.currency;
        let amount = |text: &str, what: &str| {
            Money::parse(text, currency)
                .map(|m| m.minor)
                .doing(|| msg!("doing-read-amount", what = what))
        };
        for sku in &edit.remove {
            let before = new.lines.len();
            new.lines.retain(|l| !l.sku.eq_ignore_ascii_case(sku));
            if new.lines.len() == before {
                return Err(OpError::Invalid(msg!(
                    "error-no-such-line",
                    number = id(number),
                    sku = sku.as_str()
                )));
            }
        }
        apply_items(&tx, &mut new.lines, &edit.set)?;
        if let Some(d) = &edit.delivery {
            new.delivery_fee = amount(d, "delivery")?;
        }
        if let Some(d) = &edit.discount {
            new.discount = amount(d, "discount")?;
        }
        if let Some(a) = &edit.address {
            new.address = Some(a.trim().to_string()).filter(|a| !a.is_empty());
        }
        if let Some(n) = &edit.notes {
            new.notes = n.trim().to_string();
        }
        if let Some(n) = &edit.staff_notes {
            new.staff_notes = n.trim().to_string();
        }
        if let Some(d) = edit.deadline {
            new.deadline = d;
        }
        new.validate()?;
        if snapshot(&new) == snapshot(&old) {
            return Err(OpError::Invalid(msg!(
                "error-edit-same",
                number = id(number)
            )));
        }
        // Only the deadline differs (whatever the edit restated): the journal says so.
        let only_deadline = new.deadline != old.deadline && {
            let mut moved = old.clone();
            moved.deadline = new.deadline;
            snapshot(&moved) == snapshot(&new)
        };
        if step.new_revision {
            new.revision += 1;
        }
        if step.stock == StockEffect::Rereserve {
            for (sku, delta) in reservation_delta(&old.lines, &new.lines) {
                let (kind, qty) = if delta > 0 {
                    (MoveKind::Reserve, delta)
                } else {
                    (MoveKind::Release, -delta)
                };
                move_for_order(&tx, &new, &sku, kind, qty, false, &actor, now)
                    .doing(|| msg!("doing-change-order", number = id(number)))?;
            }
        }
        tx.write_lines(new.id, new.revision, &new.lines)?;
        tx.update_order(&new, now)?;
        if new.address != old.address {
            let customer = tx
                .read()
                .customer(new.customer_id)?
                .ok_or_else(|| gone(number))?;
            remember_address(&tx, &customer, new.address.clone(), now)?;
        }
        let action = if command == OrderCommand::Note {
            "notes changed"
        } else if only_deadline {
            "deadline changed"
        } else {
            "edited"
        };
        journal_order(&tx, &new, action, Some(&old), &actor, now)?;
        tx.commit()?;
        self.order_view(number)
    }

    /// Confirms a draft and reserves its stock. With `oversell`, missing stock is promised
    /// anyway and the override is written to the ledger and the journal.
    pub fn confirm_order(
        &mut self,
        number: i64,
        oversell: bool,
        seen_version: Option<i64>,
    ) -> Result<OrderView> {
        self.step(number, OrderCommand::Confirm, oversell, seen_version)
    }

    pub fn advance_order(
        &mut self,
        number: i64,
        to: Fulfilment,
        seen_version: Option<i64>,
    ) -> Result<OrderView> {
        self.step(number, OrderCommand::Advance(to), false, seen_version)
    }

    pub fn cancel_order(&mut self, number: i64, seen_version: Option<i64>) -> Result<OrderView> {
        self.step(number, OrderCommand::Cancel, false, seen_version)
    }

    fn step(
        &mut self,
        number: i64,
        command: OrderCommand,
        oversell: bool,
        seen_version: Option<i64>,
    ) -> Result<OrderView> {
        let (tx, ctx) = begin!(self);
        step_in(&tx, &ctx, number, command, oversell, seen_version)?;
        tx.commit()?;
        self.order_view(number)
    }

    pub fn order_view(&self, number: i64) -> Result<OrderView> {
        let read = self.store.read();
        let order = read
            .order_by_number(number)?
            .ok_or_else(|| no_order(number))?;
        let customer = read
            .customer(order.customer_id)?
            .ok_or_else(|| gone(number))?;
        let payments = read.payments_for(order.id)?;
        let journal = read.journal_for_order(order.id)?;
        let (totals, class) = read.standing(order.id)?;
        Ok(OrderView {
            totals,
            class,
            order,
            customer,
            payments,
            journal,
        })
    }

    pub fn list_orders(&self, query: &ListQuery) -> Result<Vec<OrderRow>> {
        let mut filter = OrderFilter {
            due: query.due.map(|due| match due {
                DueWhen::Overdue(now) => DueRange::PassedAt(now),
                DueWhen::Today(today) => DueRange::On(today),
                DueWhen::Tomorrow(today) => DueRange::On(today.succ_opt().unwrap_or(today)),
            }),
            ..OrderFilter::default()
        };
        let mut payment: Option<PaymentStatus> = None;
        let mut open = false;
        if let Some(status) = query.status.as_deref() {
            if status.eq_ignore_ascii_case("open") {
                open = true;
            } else if let Ok(l) = status.parse::<Lifecycle>() {
                filter.lifecycle = Some(l);
            } else if let Ok(f) = status.parse::<Fulfilment>() {
                filter.fulfilment = Some(f);
            } else {
                payment = Some(status.parse::<PaymentStatus>().map_err(|_| {
                    OpError::Invalid(msg!(
                        "error-not-a-status",
                        status = status,
                        lifecycles = names(Lifecycle::ALL.iter().map(|x| x.as_str())),
                        fulfilments = names(Fulfilment::ALL.iter().map(|x| x.as_str())),
                        payments = names(PaymentStatus::ALL.iter().map(|x| x.as_str())),
                    ))
                })?);
            }
        }
        // Payment state is derived, so that filter (and "open") is applied after reading.
        let derived = payment.is_some() || open;
        if !derived {
            filter.limit = query.limit;
        }
        let read = self.store.read();
        let mut rows = read.list_orders(&filter)?;
        read.check_orders_complete(&filter, rows.len())?;
        if derived {
            rows.retain(|r| {
                let total = r.order.total().map(|m| m.minor).unwrap_or_default();
                (!open || matches!(r.order.lifecycle, Lifecycle::Draft | Lifecycle::Confirmed))
                    && payment.is_none_or(|p| r.totals.status(total) == p)
            });
            if let Some(limit) = query.limit {
                rows.truncate(limit.max(0) as usize);
            }
        }
        Ok(rows)
    }
}

/// Creates a draft order inside `tx`: finds or creates the customer, snapshots the lines.
pub(crate) fn create_in(tx: &Tx, ctx: &Ctx, new: NewOrder) -> Result<Order> {
    let (now, actor) = (ctx.now, ctx.actor);
    let (country, currency) = (ctx.config.shop.country.as_str(), ctx.config.shop.currency);
    let parse = |text: &Option<String>, what: &str| -> Result<i64> {
        text.as_deref()
            .map(|t| Money::parse(t, currency).map(|m| m.minor))
            .transpose()
            .doing(|| msg!("doing-read-amount", what = what))
            .map(Option::unwrap_or_default)
    };
    let (delivery_fee, discount) = (
        parse(&new.delivery, "delivery")?,
        parse(&new.discount, "discount")?,
    );
    if new.items.is_empty() {
        return Err(OpError::Invalid(msg!("error-order-no-items")));
    }
    let hash = new.source.as_deref().map(source_hash);
    if let Some(hash) = &hash
        && let Some(number) = tx.read().order_number_by_source(hash)?
    {
        return Err(OpError::Invalid(msg!(
            "error-chat-imported",
            number = id(number)
        )));
    }
    if new.name_must_exist {
        if new.name.as_deref().is_some_and(|n| n.trim().is_empty()) {
            return Err(OpError::Invalid(msg!("error-empty-name")));
        }
        known_or_close(tx, &new.customer, country)?;
    }
    let customer = resolve_customer(tx, &new.customer, new.name.as_deref(), country, actor, now)?;
    let mut lines: Vec<OrderLine> = Vec::new();
    apply_items(tx, &mut lines, &new.items)?;
    let address = new
        .address
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty());
    let mut order = Order {
        id: Uuid::now_v7(),
        // Numbered once it is valid: PostgreSQL's sequence never takes a number back, and
        // an order refused for what was typed must not leave a gap.
        number: 0,
        customer_id: customer.id,
        currency,
        lines,
        delivery_fee,
        discount,
        notes: new.notes.trim().to_string(),
        deadline: new.deadline,
        staff_notes: String::new(),
        address: address.clone(),
        lifecycle: Lifecycle::Draft,
        fulfilment: Fulfilment::Unfulfilled,
        revision: 1,
        version: 1,
        created_at: now,
        updated_at: now,
    };
    order.validate()?;
    order.number = tx.next_order_number()?;
    let text = new.source_text.as_deref().or(new.source.as_deref());
    let source = hash.as_deref().zip(text);
    tx.insert_order(&order, source)?;
    remember_address(tx, &customer, address, now)?;
    journal_order(tx, &order, "created", None, actor, now)?;
    Ok(order)
}

/// Applies a lifecycle or fulfilment command inside `tx`, with the stock moves the transition
/// table asks for. With `oversell`, missing stock is promised anyway and journalled as such.
pub(crate) fn step_in(
    tx: &Tx,
    ctx: &Ctx,
    number: i64,
    command: OrderCommand,
    oversell: bool,
    seen_version: Option<i64>,
) -> Result<Order> {
    let (now, actor) = (ctx.now, ctx.actor);
    let verb = match command {
        OrderCommand::Confirm => "confirm",
        OrderCommand::Cancel => "cancel",
        OrderCommand::Advance(_) => "advance",
        OrderCommand::Edit => "edit",
        OrderCommand::Note => "note",
        OrderCommand::StepBack(_) => "step-back",
        OrderCommand::Reinstate(_) => "reinstate",
    };
    let old = load(tx, number, seen_version)?;
    let step = transition(number, old.lifecycle, old.fulfilment, command)?;
    let mut new = old.clone();
    new.lifecycle = step.lifecycle;
    new.fulfilment = step.fulfilment;
    let kinds: &[MoveKind] = match step.stock {
        StockEffect::Reserve => &[MoveKind::Reserve],
        StockEffect::Release => &[MoveKind::Release],
        StockEffect::Ship => &[MoveKind::Ship],
        // Back on the shelf, and held for the order again.
        StockEffect::Unship => &[MoveKind::Return, MoveKind::Reserve],
        StockEffect::None | StockEffect::Rereserve => &[],
    };
    for kind in kinds {
        for (sku, qty) in quantities(&old.lines) {
            move_for_order(tx, &old, &sku, *kind, qty, oversell, actor, now)
                .doing(|| msg!("doing-order-step", verb = verb, number = id(number)))?;
        }
    }
    new.version = tx.update_order(&new, now)?;
    let action = match command {
        OrderCommand::Confirm if oversell => "confirmed (oversold)",
        OrderCommand::Confirm => "confirmed",
        OrderCommand::Cancel => "cancelled",
        OrderCommand::Advance(to) => to.as_str(),
        OrderCommand::Edit => "edited",
        OrderCommand::Note => "notes changed",
        OrderCommand::StepBack(_) => "advance undone",
        OrderCommand::Reinstate(_) => "cancellation undone",
    };
    journal_order(tx, &new, action, Some(&old), actor, now)?;
    Ok(new)
}

fn names<'a>(it: impl Iterator<Item = &'a str>) -> String {
    it.collect::<Vec<_>>().join(", ")
}

pub(crate) fn no_order(number: i64) -> OpError {
    OpError::NotFound(msg!("error-no-order", number = id(number)))
}

fn gone(number: i64) -> OpError {
    OpError::Store(StoreError::Corrupt(format!(
        "order #{number} points at a missing customer"
    )))
}

/// Loads an order for a change, refusing if the caller saw an older version of it.
pub(crate) fn load(tx: &Tx, number: i64, seen_version: Option<i64>) -> Result<Order> {
    let order = tx
        .read()
        .order_by_number(number)?
        .ok_or_else(|| no_order(number))?;
    if let Some(seen) = seen_version
        && seen != order.version
    {
        return Err(StoreError::Stale {
            what: msg!("what-order", number = id(number)),
        }
        .into());
    }
    Ok(order)
}

/// Sets quantities per SKU on `lines`, taking name, variant and price from the catalog for
/// new lines. Quantity 0 removes a line.
fn apply_items(tx: &Tx, lines: &mut Vec<OrderLine>, items: &[ItemSpec]) -> Result<()> {
    // Quantities per SKU in the order the items were given: people read lines in that order.
    let mut wanted: Vec<(&str, i64)> = Vec::new();
    for item in items {
        if item.qty < 0 {
            return Err(OpError::Invalid(msg!(
                "error-negative-quantity",
                sku = item.sku.as_str(),
                qty = item.qty.to_string()
            )));
        }
        // SKUs are one product however they are capitalised.
        match wanted
            .iter_mut()
            .find(|(sku, _)| sku.eq_ignore_ascii_case(&item.sku))
        {
            Some((_, qty)) => *qty += item.qty,
            None => wanted.push((item.sku.as_str(), item.qty)),
        }
    }
    for (sku, qty) in wanted {
        if let Some(line) = lines.iter_mut().find(|l| l.sku.eq_ignore_ascii_case(sku)) {
            line.qty = qty;
        } else if qty > 0 {
            let p = tx.read().product(sku)?.ok_or_else(|| unknown_sku(sku))?;
            lines.push(OrderLine {
                sku: p.sku,
                name: p.name,
                variant: p.variant,
                qty,
                unit_price: p.price,
            });
        }
    }
    lines.retain(|l| l.qty > 0);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn move_for_order(
    tx: &Tx,
    order: &Order,
    sku: &str,
    kind: MoveKind,
    qty: i64,
    oversell: bool,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let note = format!("order #{}", order.number);
    tx.move_stock(sku, kind, qty, Some(order.id), &note, oversell, actor, now)
        .map_err(|e| match e {
            StoreError::NotEnoughStock {
                available, asked, ..
            } => {
                let name = order
                    .lines
                    .iter()
                    .find(|l| l.sku == sku)
                    .map_or_else(|| sku.to_string(), OrderLine::display_name);
                OpError::Invalid(msg!(
                    "error-only-left",
                    available = available.max(0),
                    product = name,
                    asked = asked
                ))
            }
            other => other.into(),
        })
}

/// The last delivery address is kept on the customer for the next order.
fn remember_address(
    tx: &Tx,
    customer: &Customer,
    address: Option<String>,
    now: DateTime<Utc>,
) -> Result<()> {
    if address.is_some() && address != customer.address {
        let mut c = customer.clone();
        c.address = address;
        tx.update_customer(&c, now)?;
    }
    Ok(())
}

pub(crate) fn journal_order(
    tx: &Tx,
    order: &Order,
    action: &str,
    before: Option<&Order>,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.journal(JournalWrite {
        entity: "order",
        key: &order.number.to_string(),
        order_id: Some(order.id),
        action,
        before: before.map(snapshot),
        after: Some(snapshot(order)),
        actor,
        at: now,
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_specs_parse() {
        assert_eq!(
            "JKT-BLU-M:2".parse(),
            Ok(ItemSpec {
                sku: "JKT-BLU-M".into(),
                qty: 2
            })
        );
        assert_eq!(
            "SCF".parse(),
            Ok(ItemSpec {
                sku: "SCF".into(),
                qty: 1
            })
        );
        assert!("JKT:two".parse::<ItemSpec>().is_err());
        assert!(":3".parse::<ItemSpec>().is_err());
    }

    #[test]
    fn source_hash_ignores_invisible_differences() {
        let a = source_hash("[12/03/2024, 10:00] Mei: 2 jackets\n");
        let b = source_hash("\u{feff}[12/03/2024, 10:00] \u{200e}Mei: 2 jackets\r\n");
        assert_eq!(a, b);
        assert_ne!(a, source_hash("[12/03/2024, 10:00] Mei: 3 jackets"));
    }
}
