//! The desk's undo: each action it can take back is reversed by an operation of its own,
//! journalled like any other ("advance undone", "payment verification undone", …). Nothing is
//! deleted: the journal keeps the action and its undoing. What the action changed is read
//! back from the journal, so an undo restores exactly what was there before.

use crate::core::i18n::id;
use crate::msg;
use serde_json::json;
use uuid::Uuid;

use super::orders::OrderView;
use super::{Desk, OpError, Result, begin};
use crate::core::customer::Customer;
use crate::core::order::{Fulfilment, Lifecycle, OrderCommand};
use crate::core::payment::{PaymentKind, PaymentState, short_id};
use crate::store::JournalWrite;

impl Desk {
    /// The order goes back to the stage it had before its last advance (goods that had left
    /// come back to the shelf, held for it again).
    pub fn undo_advance(&mut self, number: i64) -> Result<OrderView> {
        let view = self.order_view(number)?;
        let stages = ["packing", "ready", "out_for_delivery", "delivered"];
        let before = view
            .journal
            .iter()
            .rev()
            .find(|j| stages.contains(&j.action.as_str()))
            .and_then(|j| {
                j.before
                    .as_ref()?
                    .get("fulfilment")?
                    .as_str()?
                    .parse::<Fulfilment>()
                    .ok()
            })
            .ok_or_else(|| OpError::Invalid(msg!("error-never-advanced", number = id(number))))?;
        self.step_back(number, before)
    }

    fn step_back(&mut self, number: i64, to: Fulfilment) -> Result<OrderView> {
        let (tx, ctx) = begin!(self);
        super::orders::step_in(&tx, &ctx, number, OrderCommand::StepBack(to), false, None)?;
        tx.commit()?;
        self.order_view(number)
    }

    /// A cancelled order as it was before (a confirmed one reserves its stock again; if
    /// the stock is gone meanwhile, nothing changes and it says what is short).
    pub fn undo_cancel(&mut self, number: i64) -> Result<OrderView> {
        let view = self.order_view(number)?;
        let was = view
            .journal
            .iter()
            .rev()
            .find(|j| j.action == "cancelled")
            .and_then(|j| {
                j.before
                    .as_ref()?
                    .get("lifecycle")?
                    .as_str()?
                    .parse::<Lifecycle>()
                    .ok()
            })
            .ok_or_else(|| OpError::Invalid(msg!("error-never-cancelled", number = id(number))))?;
        let (tx, ctx) = begin!(self);
        super::orders::step_in(&tx, &ctx, number, OrderCommand::Reinstate(was), false, None)?;
        tx.commit()?;
        self.order_view(number)
    }

    /// A claim verified or rejected by mistake is a claim again.
    pub fn undo_settle(&mut self, number: i64, payment: Uuid) -> Result<OrderView> {
        let (now, actor) = (self.now(), self.actor.clone());
        let tx = self.store.write()?;
        let order = super::orders::load(&tx, number, None)?;
        let payments = tx.read().payments_for(order.id)?;
        let p = payments
            .iter()
            .find(|p| p.id == payment)
            .ok_or_else(|| OpError::NotFound(msg!("error-no-payment-of", number = id(number))))?;
        if p.kind != PaymentKind::Payment || p.state == PaymentState::Claimed {
            return Err(OpError::Invalid(msg!(
                "error-nothing-to-undo",
                id = short_id(p.id),
                number = id(number),
                state = crate::core::i18n::Message::new(p.state.key())
            )));
        }
        tx.reopen_claim(p.id)?;
        let action = if p.state == PaymentState::Verified {
            "payment verification undone"
        } else {
            "payment rejection undone"
        };
        tx.journal(JournalWrite {
            entity: "payment",
            key: &short_id(p.id),
            order_id: Some(order.id),
            action,
            before: Some(json!({"state": p.state, "amount": p.amount, "order": number})),
            after: Some(
                json!({"state": PaymentState::Claimed, "amount": p.amount, "order": number}),
            ),
            actor: &actor,
            at: now,
        })?;
        tx.commit()?;
        self.order_view(number)
    }

    /// A merge taken back: the orders that moved go back to `from`, which is a customer of
    /// its own again (with its phone, if the merge moved it), and `into` gets back the
    /// address it had.
    pub fn undo_merge(&mut self, from: Uuid, into: Uuid) -> Result<Customer> {
        let (now, actor) = (self.now(), self.actor.clone());
        let tx = self.store.write()?;
        let read = tx.read();
        let entry = read
            .last_journal("customer", &into.to_string(), "merged")?
            .filter(|e| {
                e.before
                    .as_ref()
                    .and_then(|b| b.get("from")?.get("id")?.as_str().map(str::to_string))
                    == Some(from.to_string())
            })
            .ok_or_else(|| OpError::Invalid(msg!("error-merge-not-last")))?;
        let numbers: Vec<i64> = entry
            .after
            .as_ref()
            .and_then(|a| a.get("orders")?.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|n| n.as_i64())
            .collect();
        let before_into = entry
            .before
            .as_ref()
            .and_then(|b| b.get("into").cloned())
            .ok_or_else(|| OpError::Invalid(msg!("error-merge-unreadable")))?;
        let had_phone = before_into.get("phone").is_some_and(|p| !p.is_null());
        let had_address = before_into
            .get("address")
            .and_then(|a| a.as_str())
            .map(str::to_string);
        let mut from_customer = read
            .customer(from)?
            .ok_or_else(|| OpError::NotFound(msg!("error-customer-gone")))?;
        let mut into_customer = read
            .customer(into)?
            .ok_or_else(|| OpError::NotFound(msg!("error-customer-gone")))?;
        tx.unmerge_customer(from, into, &numbers, now)?;
        // The phone goes back where it came from (it is UNIQUE: cleared here first).
        let phone_moved = !had_phone && into_customer.phone.is_some();
        if phone_moved {
            from_customer.phone = into_customer.phone.take();
        }
        into_customer.address = had_address;
        tx.update_customer(&into_customer, now)?;
        if phone_moved {
            tx.update_customer(&from_customer, now)?;
        }
        tx.journal(JournalWrite {
            entity: "customer",
            key: &into.to_string(),
            order_id: None,
            action: "merge undone",
            before: entry.after.clone(),
            after: Some(json!({"from": from_customer, "into": into_customer, "orders": numbers})),
            actor: &actor,
            at: now,
        })?;
        tx.commit()?;
        Ok(from_customer)
    }
}
