//! Orders: lines and totals, and the one transition table that says what may happen next.
//!
//! An order has separate axes instead of one status: a lifecycle (draft → confirmed →
//! completed, or cancelled), a fulfilment stage, and a payment state that is derived from the
//! payments (see `payment.rs`) and never stored. The queue's class and label are in `queue.rs`.

use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;
use uuid::Uuid;

use super::deadline::Deadline;
use super::i18n::Locale;
use super::money::{Currency, Money, MoneyError};
use super::names::text_enum;
use super::payment::Totals;

text_enum! {
    /// Where the order is in its life, independent of goods and money.
    Lifecycle { Draft = "draft", Confirmed = "confirmed", Cancelled = "cancelled", Completed = "completed" }
}

text_enum! {
    /// How far the goods have gone. Stock leaves the shelf at `OutForDelivery` or `Delivered`.
    Fulfilment {
        Unfulfilled = "unfulfilled",
        Packing = "packing",
        Ready = "ready",
        OutForDelivery = "out_for_delivery",
        Delivered = "delivered",
    }
}

impl Fulfilment {
    /// True once the goods have left the shop: from here stock is shipped, not reserved.
    pub fn has_shipped(self) -> bool {
        self >= Fulfilment::OutForDelivery
    }
}

/// More than this on one line is a typo, not an order.
pub const MAX_LINE_QTY: i64 = 100_000;

/// One line: a snapshot of the product as it was sold, so later catalog edits change nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrderLine {
    pub sku: String,
    pub name: String,
    pub variant: String,
    pub qty: i64,
    /// Minor units of the order's currency.
    pub unit_price: i64,
}

impl OrderLine {
    pub fn display_name(&self) -> String {
        if self.variant.is_empty() {
            self.name.clone()
        } else {
            format!("{} {}", self.name, self.variant)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Order {
    pub id: Uuid,
    /// The short number people use: #1042.
    pub number: i64,
    pub customer_id: Uuid,
    pub currency: Currency,
    pub lines: Vec<OrderLine>,
    pub delivery_fee: i64,
    pub discount: i64,
    pub notes: String,
    /// When the customer needs it (their day, and the hour when one was agreed).
    pub deadline: Option<Deadline>,
    /// For the staff only: never in the summary.
    pub staff_notes: String,
    pub address: Option<String>,
    pub lifecycle: Lifecycle,
    pub fulfilment: Fulfilment,
    /// Bumped by every edit after confirmation; the summary shows it as "v2".
    pub revision: i64,
    /// Bumped by every write; a write based on an older version is refused.
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OrderError {
    #[error("order #{number} is {}: {}", state_words(*lifecycle, *fulfilment), Locale::EN.text(why))]
    NotAllowed {
        number: i64,
        lifecycle: Lifecycle,
        fulfilment: Fulfilment,
        /// The catalog key of why not ("order-why-…").
        why: &'static str,
    },
    #[error("order #{0} has no lines: add at least one item")]
    Empty(i64),
    #[error("quantity for {sku} must be between 1 and {max} (got {qty})", max = MAX_LINE_QTY)]
    BadQuantity { sku: String, qty: i64 },
    #[error("the {0} cannot be negative")]
    Negative(&'static str),
    #[error("the discount ({discount}) is larger than the order ({before})")]
    DiscountTooLarge { discount: Money, before: Money },
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// What someone asks the order to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderCommand {
    Confirm,
    Advance(Fulfilment),
    Cancel,
    Edit,
    /// Only the notes change: allowed in every state; nothing agreed changes, so no revision.
    Note,
    /// Undo of an advance: back to an earlier stage (goods that left come back to the shelf,
    /// reserved again).
    StepBack(Fulfilment),
    /// Undo of a cancellation: the order as it was (a confirmed one reserves its stock again).
    Reinstate(Lifecycle),
}

/// What the stock ledger must do for a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StockEffect {
    None,
    /// Reserve every line (confirmation).
    Reserve,
    /// Release every line's reservation (cancellation before shipping).
    Release,
    /// Turn every line's reservation into a shipment (goods leave the shop).
    Ship,
    /// Reserve or release the difference between the old and the new lines (edit).
    Rereserve,
    /// Goods that left the shop come back to the shelf, reserved for the order again (an
    /// advance undone).
    Unship,
}

/// The outcome of a command that is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub lifecycle: Lifecycle,
    pub fulfilment: Fulfilment,
    pub stock: StockEffect,
    /// True when the edit makes a new revision (after confirmation).
    pub new_revision: bool,
}

/// The transition table: every (lifecycle, command) pair has exactly one answer.
pub fn transition(
    number: i64,
    lifecycle: Lifecycle,
    fulfilment: Fulfilment,
    command: OrderCommand,
) -> Result<Transition, OrderError> {
    use Lifecycle as L;
    use OrderCommand as C;
    let to = |lifecycle, fulfilment, stock, new_revision| {
        Ok(Transition {
            lifecycle,
            fulfilment,
            stock,
            new_revision,
        })
    };
    let refuse = |why| {
        Err(OrderError::NotAllowed {
            number,
            lifecycle,
            fulfilment,
            why,
        })
    };
    match (lifecycle, command) {
        (_, C::Note) => to(lifecycle, fulfilment, StockEffect::None, false),
        (L::Confirmed | L::Completed, C::StepBack(target)) if target < fulfilment => {
            let stock = if fulfilment.has_shipped() && !target.has_shipped() {
                StockEffect::Unship
            } else {
                StockEffect::None
            };
            to(L::Confirmed, target, stock, false)
        }
        (_, C::StepBack(_)) => refuse("order-why-not-further"),
        (L::Cancelled, C::Reinstate(L::Draft)) => {
            to(L::Draft, fulfilment, StockEffect::None, false)
        }
        (L::Cancelled, C::Reinstate(L::Confirmed)) => {
            to(L::Confirmed, fulfilment, StockEffect::Reserve, false)
        }
        (_, C::Reinstate(_)) => refuse("order-why-not-cancelled"),
        (L::Draft, C::Confirm) => to(L::Confirmed, fulfilment, StockEffect::Reserve, false),
        (L::Draft, C::Edit) => to(L::Draft, fulfilment, StockEffect::None, false),
        (L::Draft, C::Cancel) => to(L::Cancelled, fulfilment, StockEffect::None, false),
        (L::Draft, C::Advance(_)) => refuse("order-why-confirm-first"),
        (L::Confirmed, C::Confirm) => refuse("order-why-already-confirmed"),
        (L::Confirmed, C::Edit) if fulfilment.has_shipped() => refuse("order-why-left-refund"),
        (L::Confirmed, C::Edit) => to(L::Confirmed, fulfilment, StockEffect::Rereserve, true),
        (L::Confirmed, C::Cancel) if fulfilment.has_shipped() => refuse("order-why-left-restock"),
        (L::Confirmed, C::Cancel) => to(L::Cancelled, fulfilment, StockEffect::Release, false),
        (L::Confirmed, C::Advance(target)) if target <= fulfilment => {
            refuse("order-why-forward-only")
        }
        (L::Confirmed, C::Advance(Fulfilment::Unfulfilled)) => refuse("order-why-forward-only"),
        (L::Confirmed, C::Advance(target)) => {
            let stock = if target.has_shipped() && !fulfilment.has_shipped() {
                StockEffect::Ship
            } else {
                StockEffect::None
            };
            let lifecycle = if target == Fulfilment::Delivered {
                L::Completed
            } else {
                L::Confirmed
            };
            to(lifecycle, target, stock, false)
        }
        (L::Cancelled, _) => refuse("order-why-cancelled"),
        (L::Completed, _) => refuse("order-why-completed"),
    }
}

fn state_words(lifecycle: Lifecycle, fulfilment: Fulfilment) -> String {
    Locale::EN.text(state_key(lifecycle, fulfilment))
}

/// The catalog key of the words for where an order stands: its fulfilment once confirmed
/// and under way, else its lifecycle.
pub fn state_key(lifecycle: Lifecycle, fulfilment: Fulfilment) -> &'static str {
    match (lifecycle, fulfilment) {
        (Lifecycle::Confirmed, Fulfilment::Unfulfilled) => Lifecycle::Confirmed.key(),
        (Lifecycle::Confirmed, f) => f.key(),
        (l, _) => l.key(),
    }
}

impl Order {
    pub fn money(&self, minor: i64) -> Money {
        Money::new(minor, self.currency)
    }

    pub fn subtotal(&self) -> Result<Money, MoneyError> {
        self.lines
            .iter()
            .try_fold(Money::zero(self.currency), |sum, line| {
                sum.checked_add(self.money(line.unit_price).checked_mul(line.qty)?)
            })
    }

    /// Subtotal plus delivery minus discount.
    pub fn total(&self) -> Result<Money, MoneyError> {
        self.subtotal()?
            .checked_add(self.money(self.delivery_fee))?
            .checked_sub(self.money(self.discount))
    }

    /// The order's balance with these payments (see [`Totals::balance`], the one rule).
    pub fn balance(&self, totals: Totals) -> i64 {
        let total = self.total().map(|m| m.minor).unwrap_or_default();
        totals.balance(total, self.lifecycle)
    }

    /// Checks what an order must satisfy before it is written.
    pub fn validate(&self) -> Result<(), OrderError> {
        if self.lines.is_empty() {
            return Err(OrderError::Empty(self.number));
        }
        if self.delivery_fee < 0 {
            return Err(OrderError::Negative("delivery fee"));
        }
        if self.discount < 0 {
            return Err(OrderError::Negative("discount"));
        }
        if let Some(line) = self
            .lines
            .iter()
            .find(|l| !(1..=MAX_LINE_QTY).contains(&l.qty))
        {
            return Err(OrderError::BadQuantity {
                sku: line.sku.clone(),
                qty: line.qty,
            });
        }
        let before = self
            .subtotal()?
            .checked_add(self.money(self.delivery_fee))?;
        if self.discount > before.minor {
            return Err(OrderError::DiscountTooLarge {
                discount: self.money(self.discount),
                before,
            });
        }
        // An order, like each amount in it, stays within its currency's ceiling.
        before.within_ceiling()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Fulfilment as F;
    use Lifecycle as L;
    use OrderCommand as C;

    #[test]
    fn undone_steps_go_back_with_their_stock() {
        let back = |l, f, t| transition(1, l, f, OrderCommand::StepBack(t));
        let out = back(
            Lifecycle::Confirmed,
            Fulfilment::OutForDelivery,
            Fulfilment::Ready,
        )
        .unwrap();
        assert_eq!(out.stock, StockEffect::Unship);
        let delivered = back(
            Lifecycle::Completed,
            Fulfilment::Delivered,
            Fulfilment::OutForDelivery,
        )
        .unwrap();
        assert_eq!(
            (delivered.lifecycle, delivered.stock),
            (Lifecycle::Confirmed, StockEffect::None)
        );
        assert!(back(Lifecycle::Confirmed, Fulfilment::Packing, Fulfilment::Ready).is_err());
        let again = transition(
            1,
            Lifecycle::Cancelled,
            Fulfilment::Unfulfilled,
            OrderCommand::Reinstate(Lifecycle::Confirmed),
        )
        .unwrap();
        assert_eq!(again.stock, StockEffect::Reserve);
        assert!(
            transition(
                1,
                Lifecycle::Confirmed,
                Fulfilment::Unfulfilled,
                OrderCommand::Reinstate(Lifecycle::Confirmed)
            )
            .is_err()
        );
    }

    #[test]
    fn the_table_answers_every_pair() {
        let commands = [
            C::Confirm,
            C::Edit,
            C::Cancel,
            C::Advance(F::Unfulfilled),
            C::Advance(F::Packing),
            C::Advance(F::Ready),
            C::Advance(F::OutForDelivery),
            C::Advance(F::Delivered),
            C::Note,
            C::StepBack(F::Unfulfilled),
            C::StepBack(F::Packing),
            C::StepBack(F::Delivered),
            C::Reinstate(L::Draft),
            C::Reinstate(L::Confirmed),
            C::Reinstate(L::Completed),
        ];
        // Every combination returns Ok or a readable refusal whose reason is a catalog key
        // with its own words in another language; none panics.
        for &l in L::ALL {
            for &f in F::ALL {
                for c in commands {
                    if let Err(e) = transition(7, l, f, c) {
                        assert!(e.to_string().starts_with("order #7 is "), "{e}");
                        if let OrderError::NotAllowed { why, .. } = e {
                            assert!(Locale::EN.has(why), "{why} is not a catalog key");
                            assert_ne!(Locale::DE.text(why), Locale::EN.text(why), "{why}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn confirming_reserves_and_cancelling_releases() {
        let t = transition(1, L::Draft, F::Unfulfilled, C::Confirm).unwrap();
        assert_eq!((t.lifecycle, t.stock), (L::Confirmed, StockEffect::Reserve));
        let t = transition(1, L::Confirmed, F::Packing, C::Cancel).unwrap();
        assert_eq!((t.lifecycle, t.stock), (L::Cancelled, StockEffect::Release));
        let t = transition(1, L::Draft, F::Unfulfilled, C::Cancel).unwrap();
        assert_eq!(t.stock, StockEffect::None);
    }

    #[test]
    fn shipping_happens_once_when_goods_leave() {
        let t = transition(1, L::Confirmed, F::Ready, C::Advance(F::OutForDelivery)).unwrap();
        assert_eq!(t.stock, StockEffect::Ship);
        let t = transition(1, L::Confirmed, F::OutForDelivery, C::Advance(F::Delivered)).unwrap();
        assert_eq!((t.lifecycle, t.stock), (L::Completed, StockEffect::None));
        // Pickup at the counter: ready → delivered ships too.
        let t = transition(1, L::Confirmed, F::Ready, C::Advance(F::Delivered)).unwrap();
        assert_eq!(t.stock, StockEffect::Ship);
        let t = transition(1, L::Confirmed, F::Unfulfilled, C::Advance(F::Packing)).unwrap();
        assert_eq!(t.stock, StockEffect::None);
    }

    #[test]
    fn refusals_say_why() {
        let e = transition(1042, L::Confirmed, F::Packing, C::Advance(F::Packing)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "order #1042 is packing: fulfilment only moves forward"
        );
        let e = transition(5, L::Confirmed, F::OutForDelivery, C::Cancel).unwrap_err();
        assert!(e.to_string().contains("refund with --restock"));
        assert!(transition(5, L::Draft, F::Unfulfilled, C::Advance(F::Packing)).is_err());
        assert!(transition(5, L::Cancelled, F::Unfulfilled, C::Confirm).is_err());
        assert!(transition(5, L::Completed, F::Delivered, C::Edit).is_err());
    }

    #[test]
    fn edits_after_confirmation_make_a_revision() {
        let t = transition(1, L::Draft, F::Unfulfilled, C::Edit).unwrap();
        assert!(!t.new_revision);
        let t = transition(1, L::Confirmed, F::Packing, C::Edit).unwrap();
        assert!(t.new_revision);
        assert_eq!(t.stock, StockEffect::Rereserve);
    }

    fn order(lines: &[(i64, i64)], delivery: i64, discount: i64) -> Order {
        let now = DateTime::<Utc>::MIN_UTC;
        Order {
            id: Uuid::nil(),
            number: 1,
            customer_id: Uuid::nil(),
            currency: Currency::BRL,
            lines: lines
                .iter()
                .map(|&(qty, unit_price)| OrderLine {
                    sku: "S".into(),
                    name: "Scarf".into(),
                    variant: String::new(),
                    qty,
                    unit_price,
                })
                .collect(),
            delivery_fee: delivery,
            discount,
            notes: String::new(),
            deadline: None,
            staff_notes: String::new(),
            address: None,
            lifecycle: L::Draft,
            fulfilment: F::Unfulfilled,
            revision: 1,
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn totals_add_up() {
        let o = order(&[(2, 18000), (1, 4990)], 1500, 990);
        assert_eq!(o.subtotal().unwrap().minor, 40990);
        assert_eq!(o.total().unwrap().minor, 41500);
        assert!(o.validate().is_ok());
    }

    #[test]
    fn invalid_orders_are_refused() {
        assert!(matches!(
            order(&[], 0, 0).validate(),
            Err(OrderError::Empty(1))
        ));
        assert!(matches!(
            order(&[(0, 100)], 0, 0).validate(),
            Err(OrderError::BadQuantity { .. })
        ));
        assert!(matches!(
            order(&[(1, 100)], 0, 101).validate(),
            Err(OrderError::DiscountTooLarge { .. })
        ));
        assert!(order(&[(i64::MAX, 100)], 0, 0).validate().is_err());
        assert!(matches!(
            order(&[(1, 100)], -5, 0).validate(),
            Err(OrderError::Negative("delivery fee"))
        ));
        assert!(matches!(
            order(&[(1, 100)], 0, -1).validate(),
            Err(OrderError::Negative("discount"))
        ));
    }

    #[test]
    fn names_parse_forgivingly() {
        assert_eq!("out-for-delivery".parse::<F>(), Ok(F::OutForDelivery));
        assert_eq!("Out for delivery".parse::<F>(), Ok(F::OutForDelivery));
        let e = "shipped".parse::<F>().unwrap_err();
        assert!(e.to_string().contains("packing, ready"), "{e}");
    }
}
