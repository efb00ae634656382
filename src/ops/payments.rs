//! Recording payments and claims, verifying or rejecting claims, refunds.

use crate::core::i18n::id;
use crate::msg;
use serde_json::json;
use uuid::Uuid;

use super::error::Doing;
use super::orders::{OrderView, journal_order, load};
use super::{Ctx, Desk, OpError, Result, begin};
use crate::core::money::{Currency, Money};
use crate::core::order::Lifecycle;
use crate::core::payment::{
    Method, Payment, PaymentKind, PaymentState, check_new, id_matches, settle_claim, short_id,
};
use crate::core::stock::{MoveKind, quantities};
use crate::store::{JournalWrite, Tx};

/// An amount as the caller has it: typed by a person on the command line ("R$ 49,90", read
/// in the order's currency), or already money (the desk checks what is typed where it is
/// typed, and a chat's claim is read into money by the core).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Amount {
    Typed(String),
    Exact(Money),
}

impl Amount {
    fn in_currency(&self, currency: Currency) -> Result<Money> {
        match self {
            Amount::Typed(text) => {
                Money::parse(text, currency).doing(|| msg!("doing-read-the-amount"))
            }
            Amount::Exact(m) if m.currency == currency => Ok(*m),
            Amount::Exact(m) => Err(OpError::Invalid(msg!(
                "error-amount-currency",
                found = m.currency.code(),
                expected = currency.code()
            ))),
        }
    }
}

impl From<Money> for Amount {
    fn from(m: Money) -> Amount {
        Amount::Exact(m)
    }
}

impl From<String> for Amount {
    fn from(text: String) -> Amount {
        Amount::Typed(text)
    }
}

impl From<&str> for Amount {
    fn from(text: &str) -> Amount {
        Amount::Typed(text.to_string())
    }
}

#[derive(Debug, Clone)]
pub struct NewPayment {
    pub amount: Amount,
    pub method: Method,
    pub reference: Option<String>,
    /// What the customer says they sent, not yet seen by anyone.
    pub claimed: bool,
    pub proof: Option<String>,
}

impl Desk {
    /// Records money received (verified) or a customer's claim (to verify later).
    pub fn record_payment(&mut self, number: i64, new: NewPayment) -> Result<(Payment, OrderView)> {
        let (tx, ctx) = begin!(self);
        let payment = record_in(&tx, &ctx, number, new)?;
        tx.commit()?;
        logged(number, &payment, "recorded by hand");
        Ok((payment, self.order_view(number)?))
    }

    /// A person checked the bank or the till: the claim becomes money received.
    pub fn verify_payment(&mut self, number: i64, payment_id: &str) -> Result<OrderView> {
        self.settle(number, payment_id, PaymentState::Verified)
    }

    /// The money never arrived: the claim no longer counts.
    pub fn reject_payment(&mut self, number: i64, payment_id: &str) -> Result<OrderView> {
        self.settle(number, payment_id, PaymentState::Rejected)
    }

    fn settle(&mut self, number: i64, payment_id: &str, to: PaymentState) -> Result<OrderView> {
        let (now, actor) = (self.now(), self.actor.clone());
        let tx = self.store.write()?;
        let order = load(&tx, number, None)?;
        let payments = tx.read().payments_for(order.id)?;
        let payment = find_payment(&payments, payment_id, number)?;
        settle_claim(payment, to)?;
        tx.settle_payment(payment.id, to, now)?;
        let mut after = payment.clone();
        after.state = to;
        after.settled_at = Some(now);
        let action = if to == PaymentState::Verified {
            "payment verified"
        } else {
            "payment rejected"
        };
        journal_payment(&tx, number, &after, action, Some(payment), &actor)?;
        tx.commit()?;
        logged(number, &after, "settled by hand");
        self.order_view(number)
    }

    /// Pays money back. With `restock`, goods that left the shop come back to stock (once).
    pub fn refund(
        &mut self,
        number: i64,
        amount: impl Into<Amount>,
        restock: bool,
        method: Option<Method>,
        reference: Option<String>,
    ) -> Result<(Payment, OrderView)> {
        let (tx, ctx) = begin!(self);
        let refund = refund_in(
            &tx,
            &ctx,
            number,
            &amount.into(),
            restock,
            method,
            reference,
        )?;
        tx.commit()?;
        logged(number, &refund, "by hand");
        Ok((refund, self.order_view(number)?))
    }
}

/// One log line for a payment, refund or claim written (after the commit).
pub(crate) fn logged(number: i64, p: &Payment, how: &str) {
    tracing::info!(
        order = number,
        kind = %p.kind,
        state = %p.state,
        method = %p.method,
        amount = %Money::new(p.amount, p.currency),
        how,
        "payment recorded"
    );
}

/// A payment a customer claims in the chat: how much, the reference they gave, and the way
/// of paying they named ("pix feito" → Pix; Other when they named none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatClaim {
    pub amount: Money,
    pub reference: Option<String>,
    pub method: Method,
}

/// What a customer said in the chat about paying ("sent R$ 90"): a claim to verify, never a
/// verified payment. The CLI's `chat import` and the desk's paste review both record it so.
pub(crate) fn record_chat_claim(
    tx: &Tx,
    ctx: &Ctx,
    number: i64,
    said: ChatClaim,
) -> Result<Payment> {
    let claim = NewPayment {
        amount: said.amount.into(),
        method: said.method,
        reference: said.reference,
        claimed: true,
        proof: Some("claimed in the chat".into()),
    };
    record_in(tx, ctx, number, claim)
}

/// Records a payment or claim inside `tx`.
pub(crate) fn record_in(tx: &Tx, ctx: &Ctx, number: i64, new: NewPayment) -> Result<Payment> {
    let (now, actor) = (ctx.now, ctx.actor);
    let order = load(tx, number, None)?;
    if order.lifecycle == Lifecycle::Cancelled {
        return Err(OpError::Invalid(msg!(
            "error-pay-cancelled",
            number = id(number)
        )));
    }
    let amount = new.amount.in_currency(order.currency)?;
    let state = if new.claimed {
        PaymentState::Claimed
    } else {
        PaymentState::Verified
    };
    let (totals, _) = tx.read().standing(order.id)?;
    check_new(PaymentKind::Payment, state, amount, order.currency, totals)?;
    let payment = Payment {
        id: Uuid::now_v7(),
        order_id: order.id,
        kind: PaymentKind::Payment,
        method: new.method,
        amount: amount.minor,
        currency: order.currency,
        state,
        reference: clean(new.reference),
        proof: clean(new.proof),
        restock: false,
        created_at: now,
        settled_at: (!new.claimed).then_some(now),
        actor: actor.to_string(),
    };
    tx.insert_payment(&payment)?;
    let action = if new.claimed {
        "payment claimed"
    } else {
        "payment recorded"
    };
    journal_payment(tx, number, &payment, action, None, actor)?;
    Ok(payment)
}

/// Pays money back inside `tx`; with `restock`, shipped goods return to stock once.
pub(crate) fn refund_in(
    tx: &Tx,
    ctx: &Ctx,
    number: i64,
    amount: &Amount,
    restock: bool,
    method: Option<Method>,
    reference: Option<String>,
) -> Result<Payment> {
    let (now, actor) = (ctx.now, ctx.actor);
    let order = load(tx, number, None)?;
    let amount = amount.in_currency(order.currency)?;
    let payments = tx.read().payments_for(order.id)?;
    if restock && !order.fulfilment.has_shipped() {
        return Err(OpError::Invalid(msg!(
            "error-restock-not-shipped",
            number = id(number)
        )));
    }
    if restock && tx.order_restocked(order.id)? {
        return Err(OpError::Invalid(msg!(
            "error-restocked-already",
            number = id(number)
        )));
    }
    check_new(
        PaymentKind::Refund,
        PaymentState::Verified,
        amount,
        order.currency,
        tx.read().standing(order.id)?.0,
    )
    .doing(|| msg!("doing-refund-order", number = id(number)))?;
    // By default the money goes back the way it came.
    let method = method
        .or_else(|| {
            payments
                .iter()
                .rev()
                .find(|p| p.state == PaymentState::Verified)
                .map(|p| p.method)
        })
        .unwrap_or(Method::Cash);
    let refund = Payment {
        id: Uuid::now_v7(),
        order_id: order.id,
        kind: PaymentKind::Refund,
        method,
        amount: amount.minor,
        currency: order.currency,
        state: PaymentState::Verified,
        reference: clean(reference),
        proof: None,
        restock,
        created_at: now,
        settled_at: Some(now),
        actor: actor.to_string(),
    };
    tx.insert_payment(&refund)?;
    if restock {
        for (sku, qty) in quantities(&order.lines) {
            let note = format!("refund of order #{number}");
            tx.move_stock(
                &sku,
                MoveKind::Return,
                qty,
                Some(order.id),
                &note,
                false,
                actor,
                now,
            )?;
        }
        journal_order(tx, &order, "restocked", None, actor, now)?;
    }
    journal_payment(tx, number, &refund, "refunded", None, actor)?;
    Ok(refund)
}

impl Desk {
    /// The order that already holds `reference` for a payment by `method`, if one does: the
    /// desk refuses the reference where it is typed.
    pub fn reference_holder(&self, method: Method, reference: &str) -> Result<Option<i64>> {
        let Some(reference) = clean(Some(reference.to_string())) else {
            return Ok(None);
        };
        Ok(self
            .store
            .read()
            .reference_holder(method.as_str(), &reference)?)
    }
}

fn clean(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// A payment of the order by its id as shown (8 hex digits) or the full UUID.
fn find_payment<'a>(payments: &'a [Payment], given: &str, number: i64) -> Result<&'a Payment> {
    let wanted = given.trim().replace('-', "");
    if wanted.len() < 4 || !wanted.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(OpError::Invalid(msg!(
            "error-not-a-payment-id",
            given = given,
            number = id(number)
        )));
    }
    let found: Vec<&Payment> = payments
        .iter()
        .filter(|p| id_matches(p.id, &wanted))
        .collect();
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(OpError::NotFound(msg!(
            "error-no-such-payment",
            number = id(number),
            given = given
        ))),
        _ => Err(OpError::Invalid(msg!(
            "error-payment-id-ambiguous",
            given = given,
            number = id(number)
        ))),
    }
}

pub(crate) fn journal_payment(
    tx: &Tx,
    number: i64,
    p: &Payment,
    action: &str,
    before: Option<&Payment>,
    actor: &str,
) -> Result<()> {
    let state = |p: &Payment| {
        json!({
            "id": short_id(p.id), "kind": p.kind, "method": p.method, "amount": p.amount,
            "state": p.state, "reference": p.reference, "order": number,
        })
    };
    tx.journal(JournalWrite {
        entity: "payment",
        key: &short_id(p.id),
        order_id: Some(p.order_id),
        action,
        before: before.map(state),
        after: Some(state(p)),
        actor,
        at: p.settled_at.unwrap_or(p.created_at),
    })?;
    Ok(())
}
