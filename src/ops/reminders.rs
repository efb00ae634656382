//! Payment reminders: which are due, and recording one as sent when it is copied to the chat.
//! After the last step the order is tagged payment_abandoned (and, if configured, cancelled
//! with its stock released).

use crate::core::i18n::id;
use crate::msg;
use chrono::{DateTime, Duration, Local, Utc};

use super::links::{Want, journal_link, set_state};
use super::orders::{journal_order, step_in};
use super::verify::ABANDONED;
use super::{Desk, OpError, Result, begin};
use crate::core::link::{LinkEvent, LinkState, PaymentLink};
use crate::core::link_note::LinkNote;
use crate::core::money::Money;
use crate::core::order::OrderCommand;
use crate::core::reminder::{Due, ReminderInput, next_due, render_reminder, upcoming};
use crate::store::LinkRow;

/// A link that runs out within this much is renewed when its reminder is sent, so the
/// customer never gets a link that dies while they read it.
const RENEW_WITHIN: Duration = Duration::hours(1);

/// A reminder that is due now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderDue {
    pub order_no: i64,
    pub customer: String,
    pub phone: Option<String>,
    /// 1-based step of the schedule, and how many steps there are.
    pub step: u32,
    pub steps: u32,
    pub due_at: DateTime<Utc>,
    /// The last step: sending it tags the order payment_abandoned.
    pub last: bool,
    pub balance: Money,
    /// The chain's current link.
    pub link: PaymentLink,
    /// The link has run out (or is about to): sending the reminder makes a fresh one, and
    /// `text` leaves the link out until then.
    pub renew: bool,
    /// Ready to copy (`mark_reminder_sent` returns the final text, with a renewed link).
    pub text: String,
}

/// What recording a reminder as sent did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentReminder {
    pub order_no: i64,
    pub step: u32,
    pub last: bool,
    /// The text to paste into the chat.
    pub text: String,
    /// The link the text carries (None when the order was cancelled after the last step).
    pub link: Option<PaymentLink>,
    pub renewed: bool,
    /// The order is now tagged payment_abandoned.
    pub tagged: bool,
    /// The order was cancelled and its stock released (`reminders.cancel_after_last`).
    pub cancelled: bool,
    /// Something that did not stop the reminder (the order could not be cancelled).
    pub note: Option<crate::core::i18n::Message>,
}

impl Desk {
    /// Reminders due now, oldest first: one per order (the latest due step of its link).
    pub fn reminders_due(&self) -> Result<Vec<ReminderDue>> {
        let heads = self.store.read().open_chain_heads()?;
        let mut due = Vec::new();
        for row in heads {
            if let Some(r) = self.reminder_for(&row)? {
                due.push(r);
            }
        }
        due.sort_by_key(|r| (r.due_at, r.order_no));
        Ok(due)
    }

    /// When the order's next reminder falls, if it has an unpaid link and steps left.
    pub fn next_reminder(&self, number: i64) -> Result<Option<Due>> {
        let Some(row) = self.chain_head(number)? else {
            return Ok(None);
        };
        let read = self.store.read();
        let anchor = read
            .chain_start(row.link.chain_id)?
            .unwrap_or(row.link.created_at);
        let last = read.last_reminder_step(row.link.chain_id)?;
        let hours = &self.config.reminders.hours;
        let now = self.now();
        Ok(next_due(anchor, hours, last, now).or_else(|| upcoming(anchor, hours, last, now)))
    }

    /// Records order `number`'s due reminder as sent (the desk calls this when the text is
    /// copied) and returns the text to paste. `step`, when given, must be the due one. A link
    /// that ran out is renewed first, in the same chain.
    pub fn mark_reminder_sent(&mut self, number: i64, step: Option<u32>) -> Result<SentReminder> {
        let row = self.chain_head(number)?.ok_or_else(|| {
            OpError::Invalid(msg!("error-no-link-to-remind", number = id(number)))
        })?;
        let due = self
            .reminder_for(&row)?
            .ok_or_else(|| match self.next_reminder(number) {
                Ok(Some(next)) => OpError::Invalid(msg!(
                    "error-reminder-not-due",
                    number = id(number),
                    step = next.step,
                    at = local(next.due_at)
                )),
                _ => OpError::Invalid(msg!("error-no-reminder-left", number = id(number))),
            })?;
        if let Some(asked) = step
            && asked != due.step
        {
            return Err(OpError::Invalid(msg!(
                "error-reminder-not-the-one",
                asked = asked,
                number = id(number),
                due = due.step
            )));
        }
        let cancel = due.last && self.config.reminders.cancel_after_last;
        let (link, renewed) = if due.renew && !cancel {
            let made = self.ensure_link(number, Some(due.link.provider), Want::Renewal)?;
            (made.link, true)
        } else {
            (due.link.clone(), false)
        };
        let (tx, ctx) = begin!(self);
        let order = super::orders::load(&tx, number, None)?;
        tx.insert_reminder_sent(
            order.id,
            link.chain_id,
            link.id,
            due.step,
            ctx.now,
            ctx.actor,
        )?;
        journal_order(
            &tx,
            &order,
            &format!("payment reminder {} of {} sent", due.step, due.steps),
            None,
            ctx.actor,
            ctx.now,
        )?;
        let mut sent = SentReminder {
            order_no: number,
            step: due.step,
            last: due.last,
            text: String::new(),
            link: Some(link.clone()),
            renewed,
            tagged: false,
            cancelled: false,
            note: None,
        };
        if due.last && tx.tag_order(order.id, ABANDONED, ctx.now, ctx.actor)? {
            journal_order(
                &tx,
                &order,
                "tagged payment_abandoned",
                None,
                ctx.actor,
                ctx.now,
            )?;
            sent.tagged = true;
        }
        if cancel {
            match step_in(&tx, &ctx, number, OrderCommand::Cancel, false, None) {
                Ok(cancelled) => {
                    journal_order(
                        &tx,
                        &cancelled,
                        "cancelled after the last payment reminder",
                        None,
                        ctx.actor,
                        ctx.now,
                    )?;
                    if let Some(live) = tx.read().pending_link(order.id)? {
                        let after = set_state(
                            &tx,
                            &live,
                            LinkEvent::Cancel,
                            ctx.now,
                            &LinkNote::OrderCancelled.code(),
                            None,
                            None,
                        )?;
                        journal_link(
                            &tx,
                            &cancelled,
                            "payment link cancelled",
                            Some(&live),
                            &after,
                            ctx.actor,
                            ctx.now,
                        )?;
                    }
                    sent.cancelled = true;
                    sent.link = None;
                }
                Err(OpError::Order(e)) => {
                    sent.note = Some(msg!("reminder-not-cancelled", why = e.message()))
                }
                Err(e) => return Err(e),
            }
        }
        tx.commit()?;
        sent.text =
            self.reminder_text(&row, due.step, due.steps, due.balance, sent.link.as_ref())?;
        Ok(sent)
    }

    /// The order's newest pending or expired link, while the order is open.
    fn chain_head(&self, number: i64) -> Result<Option<LinkRow>> {
        let order = self.order_view(number)?.order;
        Ok(self
            .store
            .read()
            .open_chain_heads()?
            .into_iter()
            .find(|r| r.link.order_id == order.id))
    }

    fn reminder_for(&self, row: &LinkRow) -> Result<Option<ReminderDue>> {
        let read = self.store.read();
        let Some(order) = read.order_by_id(row.link.order_id)? else {
            return Ok(None);
        };
        let balance = order.balance(read.standing(order.id)?.0);
        if balance <= 0 {
            return Ok(None);
        }
        let anchor = read
            .chain_start(row.link.chain_id)?
            .unwrap_or(row.link.created_at);
        let last_sent = read.last_reminder_step(row.link.chain_id)?;
        let hours = &self.config.reminders.hours;
        let now = self.now();
        let Some(due) = next_due(anchor, hours, last_sent, now) else {
            return Ok(None);
        };
        let balance = Money::new(balance, order.currency);
        let renew =
            row.link.state == LinkState::Expired || row.link.expires_at <= now + RENEW_WITHIN;
        let steps = hours.len() as u32;
        let text =
            self.reminder_text(row, due.step, steps, balance, (!renew).then_some(&row.link))?;
        Ok(Some(ReminderDue {
            order_no: row.order_number,
            customer: row.customer_name.clone(),
            phone: row.customer_phone.clone(),
            step: due.step,
            steps,
            due_at: due.due_at,
            last: due.last,
            balance,
            link: row.link.clone(),
            renew,
            text,
        }))
    }

    fn reminder_text(
        &self,
        row: &LinkRow,
        step: u32,
        steps: u32,
        balance: Money,
        link: Option<&PaymentLink>,
    ) -> Result<String> {
        let template = self
            .config
            .reminder_template()
            .map_err(|e| OpError::Invalid(msg!("error-reminder-template", why = e.message())))?;
        let locale = self.config.shop_locale();
        let expires =
            link.map(|l| locale.date_time(l.expires_at.with_timezone(&Local).naive_local()));
        Ok(render_reminder(
            &template,
            &ReminderInput {
                order_no: row.order_number,
                customer: &row.customer_name,
                amount: &locale.money(balance),
                link: link.map(|l| l.url.as_str()),
                expires: expires.as_deref(),
                shop: &self.config.shop_name(locale),
                step,
                steps,
            },
        ))
    }
}

fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%b %-d, %H:%M").to_string()
}
