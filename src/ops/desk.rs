//! What the desk (the terminal screen) reads and writes beyond the command line's
//! operations: lists a page at a time, customer search and history, and the review's
//! create-and-confirm in one transaction.

use crate::msg;
use chrono::NaiveDateTime;
use uuid::Uuid;

use super::chat::source_key;
use super::orders::{ItemSpec, NewOrder, OrderEdit, OrderView, create_in, step_in};
use super::payments::{ChatClaim, record_chat_claim};
use super::reminders::ReminderDue;
use super::{Desk, OpError, Result, begin};
use crate::core::catalog::Product;
use crate::core::chat::{Draft, Message};
use crate::core::customer::normalize_phone;
use crate::core::deadline::Deadline;
use crate::core::link::LinkState;
use crate::core::order::{Lifecycle, OrderCommand};
use crate::core::queue::{LAST_OPEN_RANK, QUEUE_RANKS, QueueFrom, QueueKey};
use crate::core::shop_voice::price_quoting_author;
use crate::store::{
    CustomerStats, LinkRow, OrderFilter, OrderRow, PaymentListRow, Pressing, QueueView,
};

/// A draft read from a paste, and the customer's standing when the book knows them.
#[derive(Debug, Clone)]
pub struct PastedDraft {
    pub draft: Draft,
    pub known: Option<CustomerStats>,
    /// An open order of this customer imported from an earlier paste of the same
    /// conversation (a message of theirs is in both): the review offers to update it.
    pub continues: Option<Continued>,
}

/// The order an overlapping paste continues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Continued {
    pub number: i64,
    pub version: i64,
    /// The paste adds no message of the customer's to what was imported.
    pub nothing_new: bool,
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

/// Rows of the queue (each with its class and its key), its counts per rank when asked
/// for, whether the rows reach the queue's ends, and how many orders still to deliver are
/// overdue or due today.
pub struct QueueSlice {
    pub counts: Option<[i64; QUEUE_RANKS]>,
    pub rows: Vec<OrderRow>,
    /// Where each row stands: `keys[i]` is `rows[i]`'s, to ask for the rows after or before.
    pub keys: Vec<QueueKey>,
    pub at_start: bool,
    pub at_end: bool,
    /// `QueueFrom::Around` an order this queue does not show (then no rows).
    pub missing: bool,
    /// The filter's walk stopped at the time box (`QueueAsk::time_box`): the rows found so
    /// far, neither end known beyond them. The same ask without one reads the rest.
    pub unfinished: bool,
    /// Read with the counts (`count`): kept counts unfiltered, a scan for a filter.
    pub pressing: Option<Pressing>,
}

/// How long the screen's read of a filter's window may walk the queue before it answers
/// with what it found (`QueueSlice::unfinished`). A word few open orders hold that the
/// index cannot narrow walks the whole queue for a window (more than a second on a million
/// orders); the desk reads the rest in the background. A window that a dense filter fills
/// walks a few thousand rows at most, well within it.
pub const SCREEN_WALK: std::time::Duration = std::time::Duration::from_millis(3);

/// Which rows of the queue the desk wants.
#[derive(Debug, Clone, Default)]
pub struct QueueAsk<'a> {
    pub filter: &'a str,
    /// Delivered and cancelled orders too.
    pub show_done: bool,
    pub from: QueueFrom,
    /// Rows to step over first, in the direction of reading (a page of a tall screen).
    pub skip: usize,
    pub limit: usize,
    /// Count the ranks and what is due in them (after a change, when the minute moves, for a
    /// new filter) and return the counts.
    pub count: bool,
    /// The shop's local now: overdue and due-today orders lead their rank. None: age order.
    pub now: Option<NaiveDateTime>,
    /// How long a filter's walk of the queue may take (`SCREEN_WALK` for the screen) before
    /// the rows found so far are answered, unfinished. None: to the end.
    pub time_box: Option<std::time::Duration>,
}

impl Desk {
    /// Rows of the queue, by keyset: from an end, from a row's key, or around an order; a
    /// page anywhere costs what the first does. Counting a filtered queue costs more than
    /// reading a page (unfiltered, the triggers keep the counts: a ten-row read), so counts
    /// are read only when asked for.
    pub fn queue(&self, ask: &QueueAsk) -> Result<QueueSlice> {
        let until = ask.time_box.map(|t| std::time::Instant::now() + t);
        let read = self.store.read();
        let filter = ask.filter.trim();
        let last = if ask.show_done {
            (QUEUE_RANKS - 1) as u8
        } else {
            LAST_OPEN_RANK
        };
        let counts = match ask.count {
            true => Some(read.queue_counts(filter)?),
            false => None,
        };
        // What is due, with the counts: unfiltered from kept counts (a few rows), a filter's
        // a scan. A page read without them changes neither (the desk counts again when the
        // book changes or the minute moves).
        let pressing = match ask.now {
            Some(now) if ask.count => Some(read.pressing(filter, now)?),
            Some(_) => None,
            None => Some(Pressing::default()),
        };
        let page = read.queue_rows(
            &QueueView {
                last_rank: last,
                filter,
                today: ask.now.map(|n| n.date()),
                until,
            },
            &ask.from,
            ask.skip,
            ask.limit,
        )?;
        Ok(QueueSlice {
            counts,
            rows: page.rows,
            keys: page.keys,
            at_start: page.at_start,
            at_end: page.at_end,
            missing: page.missing,
            unfinished: page.unfinished,
            pressing,
        })
    }

    /// A queue's counts per rank and what is overdue or due today in it (for a filter, a
    /// scan of every order: the desk runs it in the background).
    pub fn queue_counts(
        &self,
        filter: &str,
        now: NaiveDateTime,
    ) -> Result<([i64; QUEUE_RANKS], Pressing)> {
        let read = self.store.read();
        let filter = filter.trim();
        if filter.is_empty() {
            return Ok((read.queue_counts(filter)?, read.pressing(filter, now)?));
        }
        Ok(read.filtered_counts(filter, now)?)
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
        let found = self.draft_chat(text, &self.shop_voices()?)?;
        let pasted = found.parsed.messages.clone();
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
            let known = match &customer {
                Some(c) => read.customer_stats_of(c.id)?,
                None => None,
            };
            let continues = match &customer {
                Some(c) => self.continued_order(c.id, &draft, &pasted)?,
                None => None,
            };
            drafts.push(PastedDraft {
                draft,
                known,
                continues,
            });
        }
        Ok(drafts)
    }

    /// The open order of `customer` that an earlier paste of this conversation made: one
    /// of the customer's messages in `pasted` is also in that paste (same time and text).
    fn continued_order(
        &self,
        customer: Uuid,
        draft: &Draft,
        pasted: &[Message],
    ) -> Result<Option<Continued>> {
        let author = draft.customer.name.trim();
        let theirs = |m: &&Message| {
            !m.system
                && m.author.as_deref().is_some_and(|a| a.trim() == author)
                && !m.date.is_empty()
        };
        let key = |m: &Message| (m.date.clone(), m.time.clone(), m.text.trim().to_string());
        let now: Vec<_> = pasted.iter().filter(theirs).map(key).collect();
        if now.is_empty() {
            return Ok(None);
        }
        let read = self.store.read();
        let recent = read.list_orders(&OrderFilter {
            customer_id: Some(customer),
            limit: Some(20),
            newest_first: true,
            ..OrderFilter::default()
        })?;
        for row in recent {
            let o = &row.order;
            let open = o.lifecycle == Lifecycle::Draft
                || (o.lifecycle == Lifecycle::Confirmed && !o.fulfilment.has_shipped());
            if !open {
                continue;
            }
            let Some(source) = read.source_text(o.id)? else {
                continue;
            };
            let before: Vec<_> = self
                .parse_chat(&source)
                .messages
                .iter()
                .filter(theirs)
                .map(key)
                .collect();
            if now.iter().any(|m| before.contains(m)) {
                return Ok(Some(Continued {
                    number: o.number,
                    version: o.version,
                    nothing_new: now.iter().all(|m| before.contains(m)),
                }));
            }
        }
        Ok(None)
    }

    /// Who speaks for the shop in a paste besides `shop.names`: the shop's own name (as the
    /// first run asked for it, the way it appears in WhatsApp) and the authors staff said are
    /// the shop.
    fn shop_voices(&self) -> Result<Vec<String>> {
        let mut names: Vec<String> = self
            .store
            .read()
            .shop_authors()?
            .into_iter()
            .filter_map(|(name, is_shop)| is_shop.then_some(name))
            .collect();
        let own = self.config.shop.name.trim();
        if !own.is_empty() {
            names.push(own.to_string());
        }
        Ok(names)
    }

    /// An author of `drafts` (read from `text`) who quotes prices like a shop and was never
    /// asked about: the desk asks "is this you?" once.
    pub fn shop_guess(&self, text: &str, drafts: &[PastedDraft]) -> Result<Option<String>> {
        // The shop's messages read as a customer's make a second draft; with one draft, or
        // with the shop already speaking under a known name, there is nothing to ask.
        if drafts.len() < 2 {
            return Ok(None);
        }
        let messages = self.parse_chat(text).messages;
        let mut voices = self.shop_voices()?;
        voices.extend(self.config.shop.names.iter().cloned());
        let known_voice = messages.iter().any(|m| {
            m.author.as_deref().is_some_and(|a| {
                voices
                    .iter()
                    .any(|v| v.trim().eq_ignore_ascii_case(a.trim()))
            })
        });
        if known_voice {
            return Ok(None);
        }
        let Some(author) = price_quoting_author(&messages, self.config.shop.currency) else {
            return Ok(None);
        };
        let decided = self.store.read().shop_authors()?;
        let asked = decided
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(author.trim()));
        let a_customer = drafts.iter().any(|d| {
            d.draft
                .customer
                .name
                .trim()
                .eq_ignore_ascii_case(author.trim())
        });
        Ok((a_customer && !asked).then_some(author))
    }

    /// Staff said whether `author` is the shop; remembered for every later paste.
    pub fn remember_shop_author(&mut self, author: &str, is_shop: bool) -> Result<()> {
        let (tx, ctx) = begin!(self);
        tx.remember_shop_author(author, is_shop, ctx.actor, ctx.now)?;
        tx.commit()?;
        Ok(())
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
        claim: Option<ChatClaim>,
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
        let claim = match claim {
            Some(claim) => Some(record_chat_claim(&tx, &ctx, order.number, claim)?),
            None => None,
        };
        tx.commit()?;
        if let Some(claim) = &claim {
            super::payments::logged(order.number, claim, "claimed in the chat");
        }
        self.order_view(order.number)
    }

    /// Replaces an order's lines (and address and deadline) with these, as seen at
    /// `seen_version`.
    pub fn replace_lines(
        &mut self,
        number: i64,
        lines: Vec<ItemSpec>,
        address: Option<String>,
        deadline: Option<Deadline>,
        (delivery, discount): (Option<String>, Option<String>),
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
            deadline: (deadline != current.deadline).then_some(deadline),
            delivery,
            discount,
            ..OrderEdit::default()
        };
        self.edit_order(number, edit, seen_version)
    }

    /// The note the customer reads in the summary or, with `staff`, the staff's own note.
    /// Neither makes a revision nor touches the payment link.
    pub fn set_notes(
        &mut self,
        number: i64,
        notes: String,
        staff: bool,
        seen_version: Option<i64>,
    ) -> Result<OrderView> {
        let edit = if staff {
            OrderEdit {
                staff_notes: Some(notes),
                ..OrderEdit::default()
            }
        } else {
            OrderEdit {
                notes: Some(notes),
                ..OrderEdit::default()
            }
        };
        self.edit_order(number, edit, seen_version)
    }
}
