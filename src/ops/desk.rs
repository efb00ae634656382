//! What the desk (the terminal screen) reads and writes beyond the command line's
//! operations: lists a page at a time, customer search and history, and the review's
//! create-and-confirm in one transaction.

use crate::msg;
use uuid::Uuid;

use super::chat::source_key;
use super::orders::{ItemSpec, NewOrder, OrderEdit, OrderView, create_in, step_in};
use super::payments::record_chat_claim;
use super::reminders::ReminderDue;
use super::{Desk, OpError, Result, begin};
use crate::core::catalog::Product;
use crate::core::chat::Draft;
use crate::core::customer::normalize_phone;
use crate::core::link::LinkState;
use crate::core::money::Money;
use crate::core::order::OrderCommand;
use crate::core::queue::{LAST_OPEN_RANK, QUEUE_RANKS};
use crate::store::{CustomerStats, LinkRow, OrderFilter, OrderRow, PaymentListRow};

/// A draft read from a paste, and the customer's standing when the book knows them.
#[derive(Debug, Clone)]
pub struct PastedDraft {
    pub draft: Draft,
    pub known: Option<CustomerStats>,
}

/// The Payments pane's lists.
#[derive(Debug, Clone, Default)]
pub struct PaymentsOverview {
    pub claims: Vec<PaymentListRow>,
    pub reminders: Vec<ReminderDue>,
    /// Links where money arrived that did not match.
    pub reviews: Vec<LinkRow>,
    /// Live links waiting for the customer.
    pub links: Vec<LinkRow>,
    pub recent: Vec<PaymentListRow>,
}

/// One page of the queue (each row with its class), and its counts per rank when asked for.
pub struct QueueSlice {
    pub counts: Option<[i64; QUEUE_RANKS]>,
    pub rows: Vec<OrderRow>,
}

impl Desk {
    /// A page of the queue. Counting a long queue costs more than reading a page, so
    /// counts come only with `count` (after a change); `total` (the rows the queue shows, as
    /// last counted) lets a page in its back half be read from the end.
    pub fn queue(
        &self,
        filter: &str,
        show_done: bool,
        offset: usize,
        limit: usize,
        count: bool,
        total: usize,
    ) -> Result<QueueSlice> {
        let read = self.store.read();
        let last = if show_done {
            (QUEUE_RANKS - 1) as u8
        } else {
            LAST_OPEN_RANK
        };
        let counts = if count {
            Some(read.queue_counts(filter.trim())?)
        } else {
            None
        };
        let total = match counts {
            Some(c) => c[..=last as usize].iter().sum::<i64>().max(0) as usize,
            None => total,
        };
        let from_end = offset > total / 2 && total > 0;
        let rows = if from_end {
            // The same window, counted from the end: rows total-offset-limit .. total-offset.
            let end_offset = total.saturating_sub(offset + limit);
            let wanted = total.saturating_sub(offset).min(limit);
            read.queue_page(
                0,
                last,
                filter.trim(),
                end_offset as i64,
                wanted as i64,
                true,
            )?
        } else {
            read.queue_page(0, last, filter.trim(), offset as i64, limit as i64, false)?
        };
        Ok(QueueSlice { counts, rows })
    }

    pub fn inventory_page(
        &self,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<(Vec<Product>, usize)> {
        let read = self.store.read();
        let total = read.products_matching(filter)?;
        Ok((
            read.products(filter, limit as i64, offset as i64)?,
            total.max(0) as usize,
        ))
    }

    pub fn customers_page(
        &self,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<(Vec<CustomerStats>, usize)> {
        let read = self.store.read();
        let total = read.customer_count(filter.trim())?;
        Ok((
            read.customer_stats(filter.trim(), limit as i64, offset as i64)?,
            total.max(0) as usize,
        ))
    }

    /// A customer and their latest orders (newest first).
    pub fn customer_history(
        &self,
        id: Uuid,
        limit: usize,
    ) -> Result<(CustomerStats, Vec<OrderRow>)> {
        let read = self.store.read();
        let stats = read
            .customer_stats_of(id)?
            .ok_or_else(|| OpError::NotFound(msg!("error-customer-gone")))?;
        let orders = read.list_orders(&OrderFilter {
            customer_id: Some(id),
            limit: Some(limit as i64),
            newest_first: true,
            ..OrderFilter::default()
        })?;
        Ok((stats, orders))
    }

    /// A paste read into drafts, each with what the book knows of its customer: by phone,
    /// or (for a name without a phone) by that name when exactly one customer has it.
    /// Writes nothing.
    pub fn read_paste(&self, text: &str) -> Result<Vec<PastedDraft>> {
        let found = self.draft_chat(text, &[])?;
        let country = &self.config.shop.country;
        let read = self.store.read();
        let mut drafts = Vec::with_capacity(found.drafts.len());
        for draft in found.drafts {
            let by_phone = draft
                .customer
                .phone
                .as_deref()
                .and_then(|p| normalize_phone(p, country).ok());
            let customer = match by_phone {
                Some(phone) => read.customer_by_phone(&phone)?,
                None => match read.customers_named(&draft.customer.name)?.as_slice() {
                    [one] => Some(one.clone()),
                    _ => None,
                },
            };
            let known = match customer {
                Some(c) => read.customer_stats_of(c.id)?,
                None => None,
            };
            drafts.push(PastedDraft { draft, known });
        }
        Ok(drafts)
    }

    /// Everything the Payments pane lists, `limit` of each: claims to verify, reminders
    /// due, links in manual review, live links, the latest payments and refunds.
    pub fn payments_overview(&self, limit: usize) -> Result<PaymentsOverview> {
        let read = self.store.read();
        Ok(PaymentsOverview {
            claims: read.claims(limit as i64)?,
            reminders: self.reminders_due()?,
            reviews: read.link_rows(&[LinkState::ManualReview], limit as i64)?,
            links: read.link_rows(&[LinkState::Pending], limit as i64)?,
            recent: read.recent_payments(limit as i64)?,
        })
    }

    /// Creates the order and, with `confirm`, confirms it, all in one transaction: if stock
    /// is short nothing is written. A claim read from the chat is recorded as a claim. An
    /// order from a paste is keyed by its customer and the text (see [`source_key`]), so the
    /// same paste never makes it twice.
    pub fn create_order_now(
        &mut self,
        mut new: NewOrder,
        confirm: bool,
        claimed: Option<Money>,
    ) -> Result<OrderView> {
        if new.source.is_none() {
            new.source = new
                .source_text
                .as_deref()
                .map(|text| source_key(&new.customer, text));
        }
        let (tx, ctx) = begin!(self);
        let order = create_in(&tx, &ctx, new)?;
        if confirm {
            step_in(&tx, &ctx, order.number, OrderCommand::Confirm, false, None)?;
        }
        let claim = match claimed {
            Some(amount) => Some(record_chat_claim(&tx, &ctx, order.number, amount)?),
            None => None,
        };
        tx.commit()?;
        if let Some(claim) = &claim {
            super::payments::logged(order.number, claim, "claimed in the chat");
        }
        self.order_view(order.number)
    }

    /// Replaces an order's lines (and address) with these, as seen at `seen_version`.
    pub fn replace_lines(
        &mut self,
        number: i64,
        lines: Vec<ItemSpec>,
        address: Option<String>,
        seen_version: Option<i64>,
    ) -> Result<OrderView> {
        // Only to tell which lines go; `edit_order` checks `seen_version` in its transaction.
        let current = self
            .store
            .read()
            .order_by_number(number)?
            .ok_or_else(|| super::orders::no_order(number))?;
        let remove = current
            .lines
            .iter()
            .filter(|l| !lines.iter().any(|n| n.sku == l.sku))
            .map(|l| l.sku.clone())
            .collect();
        let address = (address != current.address).then(|| address.unwrap_or_default());
        let edit = OrderEdit {
            set: lines,
            remove,
            address,
            ..OrderEdit::default()
        };
        self.edit_order(number, edit, seen_version)
    }

    pub fn set_notes(
        &mut self,
        number: i64,
        notes: String,
        seen_version: Option<i64>,
    ) -> Result<OrderView> {
        self.edit_order(
            number,
            OrderEdit {
                notes: Some(notes),
                ..OrderEdit::default()
            },
            seen_version,
        )
    }
}
