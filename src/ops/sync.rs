//! Status lookups (`payments sync`) and the expiry sweep the desk runs on its tick.

use chrono::Duration;

use super::links::{journal_link, set_state};
use super::orders::{journal_order, step_in};
use super::verify::{EventOutcome, Received, sync_key};
use super::{Desk, OpError, Result, begin};
use crate::core::i18n::Message;
use crate::core::link::{Kept, LinkEvent, LinkState, Provider, Sweep};
use crate::core::link_note::LinkNote;
use crate::core::order::{Lifecycle, OrderCommand};
use crate::core::payment::{PaymentKind, PaymentState};
use crate::msg;
use crate::payments::events::observe_session;
use crate::payments::{Observation, PaidNotice};

/// One Stripe session asked about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncItem {
    pub order_no: i64,
    pub session_id: String,
    /// What Stripe says: open, complete/paid, expired, …
    pub remote: String,
    /// What it did to the book; None when nothing changed.
    pub outcome: Option<EventOutcome>,
    /// What it did in words (English in the JSON output).
    pub detail: Message,
    /// Why the payment went to manual review, worded where it is read.
    pub review: Option<crate::core::review::ReviewReason>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub items: Vec<SyncItem>,
    /// Sessions Stripe could not be asked about: (order, why; English in JSON).
    pub failed: Vec<(i64, Message)>,
    /// Pending fixed and template links: no provider to ask; verify them by hand or by a report.
    pub unchecked: usize,
    pub paid: Vec<PaidNotice>,
    pub sweep: Sweep,
}

/// How far back an expired Stripe link is still asked about.
const SYNC_EXPIRED_FOR: Duration = Duration::days(7);

impl Desk {
    /// Asks Stripe about every pending (and recently expired) Stripe link, applies what it
    /// says like a webhook would, then runs the expiry sweep.
    pub fn sync_payments(&mut self) -> Result<SyncReport> {
        let now = self.now();
        let read = self.store.read();
        let to_ask = read.stripe_links_to_sync(now - SYNC_EXPIRED_FOR)?;
        let unchecked = read
            .pending_links()?
            .iter()
            .filter(|r| r.link.provider != Provider::Stripe)
            .count();
        let mut report = SyncReport {
            unchecked,
            ..SyncReport::default()
        };
        if !to_ask.is_empty() {
            let client = self.stripe_client()?;
            for row in to_ask {
                let Some(session_id) = row.link.external_id.clone() else {
                    continue;
                };
                let session = match client.session(&session_id) {
                    Ok(s) => s,
                    Err(e) => {
                        report.failed.push((row.order_number, e.message()));
                        continue;
                    }
                };
                let remote = format!(
                    "{}/{}",
                    session.status.as_deref().unwrap_or("?"),
                    session.payment_status.as_deref().unwrap_or("?")
                );
                let obs = observe_session(&session);
                let label = match &obs {
                    Observation::Paid { .. } => "paid",
                    Observation::Expired { .. } => "expired",
                    Observation::Failed { .. } => "failed",
                    Observation::Pending { .. } | Observation::Ignored { .. } => "",
                };
                let unchanged = |detail: Message| SyncItem {
                    order_no: row.order_number,
                    session_id: session_id.clone(),
                    remote: remote.clone(),
                    outcome: None,
                    detail,
                    review: None,
                };
                // Nothing new: still open, or expired here as it is at Stripe.
                if label.is_empty() || (label == "expired" && row.link.state == LinkState::Expired)
                {
                    let detail = match &obs {
                        Observation::Pending { why, .. } | Observation::Ignored { why } => {
                            why.clone()
                        }
                        _ => msg!("event-expired-unpaid"),
                    };
                    report.items.push(unchanged(detail));
                    continue;
                }
                let key = sync_key(&session_id, label);
                match self.receive(&key, "checkout.session (status lookup)", "sync", &obs)? {
                    Received::Duplicate => report.items.push(unchanged(msg!("event-seen-before"))),
                    Received::Applied {
                        outcome,
                        detail,
                        paid,
                        review,
                        ..
                    } => {
                        report.paid.extend(paid);
                        report.items.push(SyncItem {
                            order_no: row.order_number,
                            session_id,
                            remote,
                            outcome: Some(outcome),
                            detail,
                            review,
                        });
                    }
                }
            }
        }
        report.sweep = self.expire_due()?;
        Ok(report)
    }

    /// Expires pending links past their time, closes links of orders that were paid
    /// otherwise or cancelled, and (with `on_expiry = "release"`) cancels orders whose link
    /// ran out unpaid `release_after_hours` ago, releasing their stock. Safe to call on
    /// every tick: when nothing is due it reads and writes nothing else.
    pub fn expire_due(&mut self) -> Result<Sweep> {
        let now = self.now();
        let release_after = self.config.release_after().map(Duration::hours);
        let read = self.store.read();
        let pending = read.pending_links()?;
        let mut todo = Vec::new();
        for row in pending {
            let Some(order) = read.order_by_id(row.link.order_id)? else {
                continue;
            };
            let payments = read.payments_for(order.id)?;
            let due = order.balance(read.standing(order.id)?.0);
            // A payment verified by hand for exactly the link's amount, since the link was
            // made, is the link's payment (the customer paid it; a person checked the bank).
            let paid_by = payments
                .iter()
                .filter(|p| p.kind == PaymentKind::Payment && p.state == PaymentState::Verified)
                .filter(|p| p.amount == row.link.amount && p.currency == row.link.currency)
                .find(|p| p.settled_at.unwrap_or(p.created_at) >= row.link.created_at)
                .map(|p| p.id);
            let why = if order.lifecycle == Lifecycle::Cancelled {
                Some((LinkEvent::Cancel, Some(LinkNote::OrderCancelled), None))
            } else if due <= 0 && paid_by.is_some() {
                Some((LinkEvent::Paid, None, paid_by))
            } else if due <= 0 {
                Some((LinkEvent::Cancel, Some(LinkNote::PaidOtherwise), None))
            } else if row.link.expires_at <= now {
                Some((LinkEvent::Expire, Some(LinkNote::RanOut), None))
            } else {
                None
            };
            if let Some((event, note, payment)) = why {
                todo.push((row.order_number, row.link, event, note, payment));
            }
        }
        let mut release = Vec::new();
        if let Some(after) = release_after {
            for row in read.open_chain_heads()? {
                let link = &row.link;
                let expired_at = if link.state == LinkState::Expired {
                    Some(link.state_at)
                } else if todo
                    .iter()
                    .any(|(_, l, e, _, _)| l.id == link.id && *e == LinkEvent::Expire)
                {
                    Some(link.expires_at)
                } else {
                    None
                };
                if expired_at.is_some_and(|at| at + after <= now) {
                    release.push(row.order_number);
                }
            }
        }
        let mut sweep = Sweep::default();
        if todo.is_empty() && release.is_empty() {
            return Ok(sweep);
        }
        let (tx, ctx) = begin!(self);
        for (number, link, event, note, payment) in todo {
            let Some(order) = tx.read().order_by_id(link.order_id)? else {
                continue;
            };
            let note = note.as_ref().map(LinkNote::code).unwrap_or_default();
            let after = set_state(&tx, &link, event, now, &note, payment, None)?;
            let action = match event {
                LinkEvent::Expire => "payment link expired",
                LinkEvent::Paid => "payment link paid",
                _ => "payment link cancelled",
            };
            journal_link(&tx, &order, action, Some(&link), &after, ctx.actor, now)?;
            if event == LinkEvent::Expire {
                sweep.expired.push(number);
            } else {
                sweep.closed.push(number);
            }
        }
        for number in release {
            let Some(order) = tx.read().order_by_number(number)? else {
                continue;
            };
            let (totals, _) = tx.read().standing(order.id)?;
            // Money in, or a claim to check: a person decides, the stock stays.
            if totals.received > 0 || totals.claimed > 0 {
                sweep.kept.push((number, Kept::PaidOrClaimed));
                continue;
            }
            if order.lifecycle != Lifecycle::Confirmed {
                continue;
            }
            match step_in(&tx, &ctx, number, OrderCommand::Cancel, false, None) {
                Ok(cancelled) => {
                    journal_order(
                        &tx,
                        &cancelled,
                        "cancelled: payment link expired unpaid",
                        None,
                        ctx.actor,
                        now,
                    )?;
                    sweep.released.push(number);
                }
                Err(OpError::Order(e)) => sweep.kept.push((number, Kept::NotAllowed(e))),
                Err(e) => return Err(e),
            }
        }
        tx.commit()?;
        Ok(sweep)
    }
}
