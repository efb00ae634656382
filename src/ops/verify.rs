//! Verified payments from a provider: a webhook event or a status lookup, applied through
//! one idempotent function.
//!
//! Idempotency is in the database: the event row (UNIQUE provider + event id) is written in
//! the same transaction as the payment, and the payment's reference (the PaymentIntent) is
//! UNIQUE too, so the same event ten times, or a webhook and a sync that saw the same
//! payment, pay the order once. Money that does not match its link (amount, currency,
//! order) is never recorded as paid: the link goes to manual review and the journal says why.

use crate::core::i18n::{Message, id};
use crate::msg;
use uuid::Uuid;

use super::links::{journal_link, set_state};
use super::payments::journal_payment;
use super::{Ctx, Desk, OpError, Result, begin};
use crate::core::link::{LinkEvent, LinkState, PaymentLink, transition};
use crate::core::link_note::LinkNote;
use crate::core::money::{Currency, Money, decimal_string};
use crate::core::order::{Lifecycle, Order};
use crate::core::payment::{Method, Payment, PaymentKind, PaymentState};
use crate::core::review::ReviewReason;
use crate::payments::{Observation, OrderRef, PaidNotice, StripeEvent};
use crate::store::{EventWrite, StoreError, Tx};

// In its own module: the macro's `Result` must be std's, not `ops::Result`.
mod outcome {
    use crate::core::names::text_enum;

    text_enum! {
        /// What an event or status answer did to the book.
        EventOutcome {
            Paid = "paid",
            AlreadyRecorded = "already_recorded",
            Expired = "expired",
            Failed = "failed",
            ManualReview = "manual_review",
            Ignored = "ignored",
        }
    }
}
pub use outcome::EventOutcome;

/// The result of one provider event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// Applied and recorded; a verified payment comes with a notice for the desk, money
    /// sent to review with its reason.
    Applied {
        outcome: EventOutcome,
        order_no: Option<i64>,
        /// What it did in words (English for the log and the provider's answer).
        detail: Message,
        paid: Option<PaidNotice>,
        review: Option<ReviewReason>,
    },
    /// This event id was received before: nothing changed.
    Duplicate,
}

/// What one observation did, before it is recorded as an event.
struct Applied {
    outcome: EventOutcome,
    order: Option<Order>,
    link_id: Option<Uuid>,
    payment_id: Option<Uuid>,
    detail: Message,
    paid: Option<PaidNotice>,
    review: Option<ReviewReason>,
}

impl Applied {
    fn simple(
        outcome: EventOutcome,
        order: Option<Order>,
        link: Option<&PaymentLink>,
        detail: Message,
    ) -> Applied {
        Applied {
            outcome,
            order,
            link_id: link.map(|l| l.id),
            payment_id: None,
            detail,
            paid: None,
            review: None,
        }
    }

    /// Stored as the reason's code, said in English to the log and the provider.
    fn review(order: Order, link: Option<&PaymentLink>, why: ReviewReason) -> Applied {
        Applied {
            detail: why.message(),
            review: Some(why),
            ..Applied::simple(
                EventOutcome::ManualReview,
                Some(order),
                link,
                Message::plain(""),
            )
        }
    }

    /// What the event row keeps: a review's code, or the words.
    fn stored_detail(&self) -> String {
        match &self.review {
            Some(why) => why.code(),
            None => self.detail.to_string(),
        }
    }
}

impl Desk {
    /// Applies a verified Stripe webhook event; the caller has checked its signature.
    pub fn receive_stripe_event(&mut self, event: &StripeEvent) -> Result<Received> {
        self.receive(&event.id, &event.kind, "webhook", &event.observation)
    }

    /// Applies what a provider said, once per `event_id` (a webhook event id, or a sync key
    /// naming the session and the state seen).
    pub(crate) fn receive(
        &mut self,
        event_id: &str,
        kind: &str,
        source: &'static str,
        obs: &Observation,
    ) -> Result<Received> {
        if self.store.read().event_seen("stripe", event_id)? {
            return Ok(Received::Duplicate);
        }
        let (tx, ctx) = begin!(self);
        let applied = apply_in(&tx, &ctx, obs, source)?;
        let written = tx.insert_event(&EventWrite {
            provider: "stripe",
            event_id,
            kind,
            source,
            received_at: ctx.now,
            order_id: applied.order.as_ref().map(|o| o.id),
            link_id: applied.link_id,
            payment_id: applied.payment_id,
            outcome: applied.outcome.as_str(),
            detail: &applied.stored_detail(),
        });
        match written {
            // Another desk took the same event between the check and the write lock.
            Err(StoreError::Duplicate(_)) => return Ok(Received::Duplicate),
            other => other?,
        }
        tx.commit()?;
        if let Some(paid) = &applied.paid {
            tracing::info!(
                order = paid.order_no,
                amount = %paid.amount,
                via = paid.via,
                event = event_id,
                "payment recorded"
            );
        }
        Ok(Received::Applied {
            outcome: applied.outcome,
            order_no: applied.order.as_ref().map(|o| o.number),
            detail: applied.detail,
            paid: applied.paid,
            review: applied.review,
        })
    }
}

fn apply_in(tx: &Tx, ctx: &Ctx, obs: &Observation, via: &'static str) -> Result<Applied> {
    match obs {
        Observation::Paid {
            session_id,
            payment_ref,
            amount,
            currency,
            order,
        } => paid_in(
            tx,
            ctx,
            session_id.as_deref(),
            payment_ref,
            *amount,
            currency,
            order,
            via,
        ),
        Observation::Expired { session_id, order } => ended_in(
            tx,
            ctx,
            session_id,
            order,
            LinkEvent::Expire,
            EventOutcome::Expired,
        ),
        Observation::Failed { session_id, order } => ended_in(
            tx,
            ctx,
            session_id,
            order,
            LinkEvent::Fail,
            EventOutcome::Failed,
        ),
        Observation::Pending { session_id, why } => {
            let link = tx.read().link_by_external_id(session_id)?;
            let order = match &link {
                Some(l) => tx.read().order_by_id(l.order_id)?,
                None => None,
            };
            Ok(Applied::simple(
                EventOutcome::Ignored,
                order,
                link.as_ref(),
                why.clone(),
            ))
        }
        Observation::Ignored { why } => Ok(Applied::simple(
            EventOutcome::Ignored,
            None,
            None,
            why.clone(),
        )),
    }
}

/// The link and order an observation is about: the session's link first, then our metadata.
fn locate(
    tx: &Tx,
    session_id: Option<&str>,
    named: &OrderRef,
) -> Result<(Option<PaymentLink>, Option<Order>)> {
    let read = tx.read();
    let link = match session_id {
        Some(id) => read.link_by_external_id(id)?,
        None => None,
    };
    let order = match (&link, named.order_id, named.order_no) {
        (Some(l), _, _) => read.order_by_id(l.order_id)?,
        (None, Some(id), _) => read.order_by_id(id)?,
        (None, None, Some(no)) => read.order_by_number(no)?,
        (None, None, None) => None,
    };
    Ok((link, order))
}

#[allow(clippy::too_many_arguments)]
fn paid_in(
    tx: &Tx,
    ctx: &Ctx,
    session_id: Option<&str>,
    payment_ref: &str,
    amount: i64,
    currency: &str,
    named: &OrderRef,
    via: &'static str,
) -> Result<Applied> {
    let (link, order) = locate(tx, session_id, named)?;
    let Some(order) = order else {
        return Ok(Applied::simple(
            EventOutcome::Ignored,
            None,
            None,
            msg!("event-payment-unknown-order", payment = payment_ref),
        ));
    };
    if let Some(existing) = tx.read().payment_with_reference(payment_ref)? {
        let mut applied = Applied::simple(
            EventOutcome::AlreadyRecorded,
            Some(order),
            link.as_ref(),
            msg!("event-payment-recorded-before", payment = payment_ref),
        );
        applied.payment_id = Some(existing.id);
        return Ok(applied);
    }
    // The metadata must agree with the session's own link: a mix-up is a person's call.
    if link.is_some()
        && let Some(no) = named.order_no
        && no != order.number
    {
        let why = ReviewReason::WrongOrder {
            payment: payment_ref.to_string(),
            named: no,
            number: order.number,
        };
        return review(tx, ctx, order, link.as_ref(), why);
    }
    let Ok(cur) = currency.parse::<Currency>() else {
        let why = ReviewReason::UnknownCurrency {
            payment: payment_ref.to_string(),
            amount: decimal_string_raw(amount, currency),
            currency: currency.to_string(),
        };
        return review(tx, ctx, order, link.as_ref(), why);
    };
    let money = Money::new(amount, cur);
    if money.within_ceiling().is_err() {
        let why = ReviewReason::TooLarge {
            payment: payment_ref.to_string(),
            paid: money,
        };
        return review(tx, ctx, order, link.as_ref(), why);
    }
    if let Some(l) = &link {
        if money != l.money() {
            let why = ReviewReason::LinkAmount {
                payment: payment_ref.to_string(),
                paid: money,
                asked: l.money(),
            };
            return review(tx, ctx, order, link.as_ref(), why);
        }
        if l.state == LinkState::Cancelled {
            let why = ReviewReason::ReplacedLink {
                payment: payment_ref.to_string(),
                paid: money,
            };
            return review(tx, ctx, order, link.as_ref(), why);
        }
        if transition(l.state, LinkEvent::Paid).is_err() {
            let why = ReviewReason::LinkClosed {
                payment: payment_ref.to_string(),
                paid: money,
                state: l.state,
            };
            return review(tx, ctx, order, link.as_ref(), why);
        }
    }
    let due = order.balance(tx.read().standing(order.id)?.0);
    if cur != order.currency {
        let why = ReviewReason::OrderCurrency {
            payment: payment_ref.to_string(),
            paid: cur,
            number: order.number,
            order: order.currency,
        };
        return review(tx, ctx, order, link.as_ref(), why);
    }
    if order.lifecycle == Lifecycle::Cancelled {
        let why = ReviewReason::CancelledOrder {
            payment: payment_ref.to_string(),
            paid: money,
        };
        return review(tx, ctx, order, link.as_ref(), why);
    }
    if money.minor > due {
        let why = ReviewReason::MoreThanOwed {
            payment: payment_ref.to_string(),
            paid: money,
            number: order.number,
            owes: Money::new(due.max(0), cur),
        };
        return review(tx, ctx, order, link.as_ref(), why);
    }
    let proof = session_id.map(|s| format!("stripe checkout {s}"));
    let payment = record_verified_in(
        tx,
        ctx,
        &order,
        money,
        Method::Link,
        Some(payment_ref),
        proof,
        "payment verified by stripe",
    )?;
    if let Some(l) = &link {
        let after = set_state(tx, l, LinkEvent::Paid, ctx.now, "", Some(payment.id), None)?;
        journal_link(
            tx,
            &order,
            "payment link paid",
            Some(l),
            &after,
            ctx.actor,
            ctx.now,
        )?;
    } else {
        settle_links_in(tx, ctx, &order, &payment)?;
    }
    clear_abandoned_in(tx, ctx, &order)?;
    Ok(Applied {
        outcome: EventOutcome::Paid,
        link_id: link.as_ref().map(|l| l.id),
        payment_id: Some(payment.id),
        detail: msg!("event-paid-for", amount = money, number = id(order.number)),
        paid: Some(PaidNotice {
            order_no: order.number,
            amount: money,
            via,
            reference: Some(payment_ref.to_string()),
        }),
        review: None,
        order: Some(order),
    })
}

fn decimal_string_raw(amount: i64, currency: &str) -> String {
    match currency.parse::<Currency>() {
        Ok(c) => decimal_string(amount, c),
        Err(_) => amount.to_string(),
    }
}

/// Sends the link (if any) to manual review; the event carries the review otherwise.
fn review(
    tx: &Tx,
    ctx: &Ctx,
    order: Order,
    link: Option<&PaymentLink>,
    why: ReviewReason,
) -> Result<Applied> {
    if let Some(l) = link
        && let Ok(_) = transition(l.state, LinkEvent::Mismatch)
    {
        let after = set_state(tx, l, LinkEvent::Mismatch, ctx.now, &why.code(), None, None)?;
        journal_link(
            tx,
            &order,
            "payment link needs review",
            Some(l),
            &after,
            ctx.actor,
            ctx.now,
        )?;
        return Ok(Applied::review(order, Some(l), why));
    }
    // No link to carry it (or it is already paid): the event row is the review item.
    Ok(Applied::review(order, None, why))
}

fn ended_in(
    tx: &Tx,
    ctx: &Ctx,
    session_id: &str,
    named: &OrderRef,
    event: LinkEvent,
    outcome: EventOutcome,
) -> Result<Applied> {
    let (link, order) = locate(tx, Some(session_id), named)?;
    let Some(l) = link else {
        return Ok(Applied::simple(
            EventOutcome::Ignored,
            order,
            None,
            msg!("event-session-unknown", session = session_id),
        ));
    };
    let Some(order) = order else {
        return Err(StoreError::Corrupt(format!("payment link {} has no order", l.id)).into());
    };
    if transition(l.state, event).is_err() {
        let detail = msg!(
            "event-session-already",
            session = session_id,
            state = Message::new(l.state.key())
        );
        return Ok(Applied::simple(
            EventOutcome::Ignored,
            Some(order),
            Some(&l),
            detail,
        ));
    }
    let note = match event {
        LinkEvent::Fail => LinkNote::ProviderFailed,
        _ => LinkNote::ProviderExpired,
    };
    let after = set_state(tx, &l, event, ctx.now, &note.code(), None, None)?;
    let action = if event == LinkEvent::Fail {
        "payment link failed"
    } else {
        "payment link expired"
    };
    journal_link(tx, &order, action, Some(&l), &after, ctx.actor, ctx.now)?;
    Ok(Applied::simple(
        outcome,
        Some(order),
        Some(&l),
        msg!(
            "event-session-now",
            session = session_id,
            state = Message::new(after.state.key())
        ),
    ))
}

/// Records money received and verified by a provider or a report.
#[allow(clippy::too_many_arguments)]
pub(crate) fn record_verified_in(
    tx: &Tx,
    ctx: &Ctx,
    order: &Order,
    money: Money,
    method: Method,
    reference: Option<&str>,
    proof: Option<String>,
    action: &str,
) -> Result<Payment> {
    if money.minor <= 0 || money.currency != order.currency {
        return Err(OpError::Invalid(msg!(
            "error-cannot-record",
            amount = money,
            number = id(order.number)
        )));
    }
    let payment = Payment {
        id: Uuid::now_v7(),
        order_id: order.id,
        kind: PaymentKind::Payment,
        method,
        amount: money.minor,
        currency: money.currency,
        state: PaymentState::Verified,
        reference: reference.map(str::to_string),
        proof,
        restock: false,
        created_at: ctx.now,
        settled_at: Some(ctx.now),
        actor: ctx.actor.to_string(),
    };
    tx.insert_payment(&payment)?;
    journal_payment(tx, order.number, &payment, action, None, ctx.actor)?;
    Ok(payment)
}

/// After money arrived by other means than a link's own session: the pending link is paid
/// by it when it asked for exactly that amount, cancelled when nothing is owed any more,
/// and otherwise left for `order link` to replace with the new balance.
pub(crate) fn settle_links_in(tx: &Tx, ctx: &Ctx, order: &Order, payment: &Payment) -> Result<()> {
    let Some(link) = tx.read().pending_link(order.id)? else {
        return Ok(());
    };
    let due = order.balance(tx.read().standing(order.id)?.0);
    if link.amount == payment.amount && link.currency == payment.currency {
        let after = set_state(
            tx,
            &link,
            LinkEvent::Paid,
            ctx.now,
            "",
            Some(payment.id),
            None,
        )?;
        journal_link(
            tx,
            order,
            "payment link paid",
            Some(&link),
            &after,
            ctx.actor,
            ctx.now,
        )?;
    } else if due <= 0 {
        let after = set_state(
            tx,
            &link,
            LinkEvent::Cancel,
            ctx.now,
            &LinkNote::PaidOtherwise.code(),
            None,
            None,
        )?;
        journal_link(
            tx,
            order,
            "payment link cancelled",
            Some(&link),
            &after,
            ctx.actor,
            ctx.now,
        )?;
    }
    Ok(())
}

/// A paid order is no longer abandoned.
pub(crate) fn clear_abandoned_in(tx: &Tx, ctx: &Ctx, order: &Order) -> Result<()> {
    let due = order.balance(tx.read().standing(order.id)?.0);
    if due <= 0 && tx.clear_tag(order.id, ABANDONED, ctx.now)? {
        super::orders::journal_order(
            tx,
            order,
            "payment_abandoned cleared: paid",
            None,
            ctx.actor,
            ctx.now,
        )?;
    }
    Ok(())
}

pub(crate) const ABANDONED: &str = "payment_abandoned";

/// The event id of a status answer: the same answer seen twice is one event.
pub(crate) fn sync_key(session_id: &str, state: &str) -> String {
    format!("sync:{session_id}:{state}")
}
