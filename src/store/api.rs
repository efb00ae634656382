//! The store's interface: every query ops may ask, one trait per table group, implemented
//! once per engine (`sqlite/`, `pg/`). `Reader` derefs to [`Reads`] and `Tx` to [`Writes`],
//! so ops call `store.read().product(sku)` and `tx.move_stock(…)` whatever the engine.
//!
//! To add a query: its signature (and doc) here, its SQLite body in `sqlite/<group>.rs` and
//! its PostgreSQL body in `pg/<group>.rs`; a build where one engine lacks it does not
//! compile. A test of it goes in `store/tests.rs`, which runs every body on both engines.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use uuid::Uuid;

use super::Result;
use super::rows::*;
use crate::core::catalog::Product;
use crate::core::customer::Customer;
use crate::core::day::{PaymentOrigin, StepFact};
use crate::core::link::{LinkState, PaymentLink};
use crate::core::order::{Order, OrderLine};
use crate::core::payment::{Payment, PaymentState, Totals};
use crate::core::queue::{QUEUE_RANKS, QueueClass, QueueFrom};
use crate::core::report::PaymentReportRow;
use crate::core::stock::MoveKind;

/// Every read, on the store, a snapshot or inside a write transaction.
pub trait Reads:
    ProductReads
    + CustomerReads
    + OrderReads
    + JournalReads
    + PaymentReads
    + LinkReads
    + ProviderReads
    + QueueReads
    + QueuePageReads
    + DayReads
    + ReportReads
    + AliasReads
    + ShopAuthorReads
    + CompletenessReads
{
}

impl<T> Reads for T where
    T: ProductReads
        + CustomerReads
        + OrderReads
        + JournalReads
        + PaymentReads
        + LinkReads
        + ProviderReads
        + QueueReads
        + QueuePageReads
        + DayReads
        + ReportReads
        + AliasReads
        + ShopAuthorReads
        + CompletenessReads
{
}

/// Every write, inside one write transaction (reads go through `Tx::read`).
pub trait Writes:
    ProductWrites
    + CustomerWrites
    + OrderWrites
    + JournalWrites
    + PaymentWrites
    + LinkWrites
    + ProviderWrites
    + AliasWrites
    + ShopAuthorWrites
{
}

impl<T> Writes for T where
    T: ProductWrites
        + CustomerWrites
        + OrderWrites
        + JournalWrites
        + PaymentWrites
        + LinkWrites
        + ProviderWrites
        + AliasWrites
        + ShopAuthorWrites
{
}

/// Reads of the catalog and the stock ledger.
pub trait ProductReads {
    /// The product with this SKU, written as in the catalog or in other capitals.
    fn product(&self, sku: &str) -> Result<Option<Product>>;
    /// The catalog in SKU order; `filter` matches SKU, name, variant or aliases.
    fn products(&self, filter: &str, limit: i64, offset: i64) -> Result<Vec<Product>>;
    fn product_count(&self) -> Result<i64>;
    /// How many products `filter` matches (as in [`ProductReads::products`]).
    fn products_matching(&self, filter: &str) -> Result<i64>;
    /// SKUs whose counters disagree with the fold of their ledger: (sku, counters, ledger).
    /// Empty on a healthy book; `orderdesk stock check` and the tests use it.
    fn stock_discrepancies(&self) -> Result<Vec<Discrepancy>>;
}

/// Writes of the catalog and the stock ledger.
pub trait ProductWrites {
    /// Inserts or updates a SKU's catalog fields (never its stock counters).
    fn upsert_product(&self, p: &Product, now: DateTime<Utc>) -> Result<ImportOutcome>;
    /// Records one stock move and updates the counters with one guarded UPDATE.
    ///
    /// A move that lowers availability (reserve, a negative adjust) only applies while
    /// enough stock is available, unless `oversell` is set: then the shortfall is recorded
    /// in `oversold`, the only way availability may go below zero.
    #[allow(clippy::too_many_arguments)]
    fn move_stock(
        &self,
        sku: &str,
        kind: MoveKind,
        qty: i64,
        order_id: Option<Uuid>,
        note: &str,
        oversell: bool,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// True when a return move already exists for this order (restock happens once).
    fn order_restocked(&self, order_id: Uuid) -> Result<bool>;
}

/// Reads of customers.
pub trait CustomerReads {
    fn customer(&self, id: Uuid) -> Result<Option<Customer>>;
    /// The customer with this E.164 phone, else with one of the keys earlier versions of the
    /// desk stored for it (`core::customer::legacy_keys`); a merged record answers with the
    /// one it joined.
    fn customer_by_phone(&self, phone: &str) -> Result<Option<Customer>>;
    /// Customers (not merged away) whose name is `name`, ignoring case.
    fn customers_named(&self, name: &str) -> Result<Vec<Customer>>;
    /// A page of customers by name (merged records left out), each with their standing.
    /// The page is chosen first and only its customers' orders are summed, so a page costs
    /// the same on a book of a million orders.
    fn customer_stats(&self, filter: &str, limit: i64, offset: i64) -> Result<Vec<CustomerStats>>;
    /// One customer's standing.
    fn customer_stats_of(&self, id: Uuid) -> Result<Option<CustomerStats>>;
    /// How many customers (not merged away) match `filter`.
    fn customer_count(&self, filter: &str) -> Result<i64>;
}

/// Writes of customers.
pub trait CustomerWrites {
    fn insert_customer(&self, c: &Customer, now: DateTime<Utc>) -> Result<()>;
    /// Updates name, phone and address.
    fn update_customer(&self, c: &Customer, now: DateTime<Utc>) -> Result<()>;
    /// Moves `from`'s orders to `into` and marks `from` as merged. Nothing is deleted.
    /// Returns the numbers of the orders that moved (the journal keeps them, for an undo).
    fn merge_customer(&self, from: Uuid, into: Uuid, now: DateTime<Utc>) -> Result<Vec<i64>>;
    /// Undoes a merge: the orders `numbers` go back from `into` to `from`, which is no longer
    /// marked merged.
    fn unmerge_customer(
        &self,
        from: Uuid,
        into: Uuid,
        numbers: &[i64],
        now: DateTime<Utc>,
    ) -> Result<()>;
}

/// Reads of orders and their lines.
pub trait OrderReads {
    fn order_by_number(&self, number: i64) -> Result<Option<Order>>;
    fn order_by_id(&self, id: Uuid) -> Result<Option<Order>>;
    /// A customer's latest order that was not cancelled, with its lines: what "the same as
    /// last time" means.
    fn last_order_of(&self, customer_id: Uuid) -> Result<Option<Order>>;
    fn lines(&self, order_id: Uuid, revision: i64) -> Result<Vec<OrderLine>>;
    /// The lines of several orders in one query (a page of a list), by order id: each order
    /// given by its id and the revision whose lines are wanted (its current one, as just read
    /// with it), so the orders are not looked up again.
    fn lines_of(&self, orders: &[(Uuid, i64)]) -> Result<HashMap<Uuid, Vec<OrderLine>>>;
    /// An order's kept payment sums and queue class.
    fn standing(&self, order_id: Uuid) -> Result<(Totals, QueueClass)>;
    /// The order made from this pasted text, if any.
    fn order_number_by_source(&self, hash: &str) -> Result<Option<i64>>;
    fn source_text(&self, order_id: Uuid) -> Result<Option<String>>;
    /// Orders with customer, payment sums and class, by number.
    fn list_orders(&self, f: &OrderFilter) -> Result<Vec<OrderRow>>;
}

/// Writes of orders and their lines.
pub trait OrderWrites {
    /// The next order number; safe because a write transaction holds the write lock.
    fn next_order_number(&self) -> Result<i64>;
    /// Inserts the order and its lines. `source` is (hash, text) of the chat it came from.
    fn insert_order(&self, o: &Order, source: Option<(&str, &str)>) -> Result<()>;
    /// Writes the lines of one revision (replacing them, for a draft being edited).
    fn write_lines(&self, order_id: Uuid, revision: i64, lines: &[OrderLine]) -> Result<()>;
    /// Writes the order's fields if nobody changed it since `o.version` was read;
    /// returns the new version. Lines are written separately with [`Tx::write_lines`].
    fn update_order(&self, o: &Order, now: DateTime<Utc>) -> Result<i64>;
}

/// Reads of the journal.
pub trait JournalReads {
    fn journal_for_order(&self, order_id: Uuid) -> Result<Vec<JournalEntry>>;
    /// The newest entry of `action` on `entity` `key` (a customer's "merged"), if any.
    fn last_journal(&self, entity: &str, key: &str, action: &str) -> Result<Option<JournalEntry>>;
    fn journal_count(&self) -> Result<i64>;
}

/// Writes of the journal.
pub trait JournalWrites {
    fn journal(&self, e: Entry) -> Result<()>;
}

/// Reads of payments and refunds.
pub trait PaymentReads {
    /// The order whose payment by `method` already holds `reference` (however it is
    /// capitalised); a rejected claim holds none.
    fn reference_holder(&self, method: &str, reference: &str) -> Result<Option<i64>>;
    /// The payments of several orders in one query (a report's day), by order id, oldest first.
    fn payments_of(&self, order_ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<Payment>>>;
    /// An order's payments and refunds, oldest first.
    fn payments_for(&self, order_id: Uuid) -> Result<Vec<Payment>>;
}

/// Writes of payments and refunds.
pub trait PaymentWrites {
    fn insert_payment(&self, p: &Payment) -> Result<()>;
    /// Verifies or rejects a claim; refuses if it is no longer a claim (someone else settled it).
    /// A verified or rejected claim is a claim again (its verification or rejection undone).
    fn reopen_claim(&self, id: Uuid) -> Result<()>;
    fn settle_payment(&self, id: Uuid, to: PaymentState, now: DateTime<Utc>) -> Result<()>;
}

/// Reads of payment links.
pub trait LinkReads {
    fn link(&self, id: Uuid) -> Result<Option<PaymentLink>>;
    /// The order's pending link, if any (at most one: a unique index says so).
    fn pending_link(&self, order_id: Uuid) -> Result<Option<PaymentLink>>;
    /// The link of a provider session (a Stripe Checkout Session id).
    fn link_by_external_id(&self, external_id: &str) -> Result<Option<PaymentLink>>;
    /// Every link of an order, oldest first.
    fn links_for_order(&self, order_id: Uuid) -> Result<Vec<PaymentLink>>;
    /// How many links the order ever had (for the next idempotency key).
    fn link_count(&self, order_id: Uuid) -> Result<i64>;
    /// Links in any of `states` (all links when empty), newest first, with their orders.
    fn link_rows(&self, states: &[LinkState], limit: i64) -> Result<Vec<LinkRow>>;
    /// The newest link of each order that is pending or expired, for orders still open
    /// (draft or confirmed): the links reminders and the expiry sweep look at.
    fn open_chain_heads(&self) -> Result<Vec<LinkRow>>;
    /// Pending links, oldest first, with their orders (the expiry sweep).
    fn pending_links(&self) -> Result<Vec<LinkRow>>;
    /// Stripe links worth asking Stripe about: pending, or expired since `since` (a payment
    /// made just before the expiry may not have reached the webhook).
    fn stripe_links_to_sync(&self, since: DateTime<Utc>) -> Result<Vec<LinkRow>>;
    /// The links of the orders created in [from, to), by order (for the daily report).
    fn links_of_orders_created(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<HashMap<Uuid, Vec<PaymentLink>>>;
    /// The first link of a chain: reminders count from its creation.
    fn chain_start(&self, chain_id: Uuid) -> Result<Option<DateTime<Utc>>>;
}

/// Writes of payment links.
pub trait LinkWrites {
    fn insert_link(&self, l: &PaymentLink) -> Result<()>;
    /// Moves a link to a new state if its version is still the one seen.
    fn update_link(&self, u: &LinkUpdate) -> Result<()>;
}

/// Reads of provider events, imported report rows, reminders, tags and reviews.
pub trait ProviderReads {
    fn event_seen(&self, provider: &str, event_id: &str) -> Result<bool>;
    fn event_count(&self) -> Result<i64>;
    /// The latest provider events, newest first.
    fn recent_events(&self, limit: i64) -> Result<Vec<EventRow>>;
    /// The outcome an earlier import gave this row, if it was imported before.
    fn report_row_outcome(&self, fingerprint: &str) -> Result<Option<String>>;
    /// The payment (money in) recorded with this reference, whatever its method.
    fn payment_with_reference(&self, reference: &str) -> Result<Option<Payment>>;
    fn payment(&self, id: Uuid) -> Result<Option<Payment>>;
    /// Claims not yet verified or rejected, with their order numbers, oldest first.
    fn open_claims(&self) -> Result<Vec<(i64, Payment)>>;
    /// The last reminder step sent for a link chain.
    fn last_reminder_step(&self, chain_id: Uuid) -> Result<Option<u32>>;
    /// Reminders sent for an order: (step, sent at), oldest first.
    fn reminders_for_order(&self, order_id: Uuid) -> Result<Vec<(u32, DateTime<Utc>)>>;
    /// The order's tags that are not cleared.
    fn order_tags(&self, order_id: Uuid) -> Result<Vec<String>>;
    /// Numbers of the orders carrying `tag`.
    fn orders_tagged(&self, tag: &str) -> Result<Vec<i64>>;
    /// What waits for a person: links in manual review, and provider events or report rows
    /// sent to review that no link carries, until a person closes the order's reviews
    /// (journalled as "payment review closed"). Newest first.
    fn reviews(&self, limit: i64) -> Result<Vec<PaymentReview>>;
}

/// Writes of provider events, imported report rows, reminders, tags and reviews.
pub trait ProviderWrites {
    /// Records an event once; the same provider event id again is a `Duplicate`.
    fn insert_event(&self, e: &EventWrite) -> Result<()>;
    /// Records an imported row once; the same fingerprint again is a `Duplicate`.
    fn insert_report_row(&self, w: &ReportRowWrite) -> Result<()>;
    /// Records that step `step` of a link chain's reminders was copied to the chat.
    fn insert_reminder_sent(
        &self,
        order_id: Uuid,
        chain_id: Uuid,
        link_id: Uuid,
        step: u32,
        at: DateTime<Utc>,
        actor: &str,
    ) -> Result<()>;
    /// Tags an order (or tags it again after a clear); false when it already had the tag.
    fn tag_order(&self, order_id: Uuid, tag: &str, at: DateTime<Utc>, actor: &str) -> Result<bool>;
    /// Clears a tag; false when the order did not carry it.
    fn clear_tag(&self, order_id: Uuid, tag: &str, at: DateTime<Utc>) -> Result<bool>;
    /// Gives a payment that has no reference the provider's or bank's id, so the next
    /// report finds it by reference.
    fn attach_payment_reference(&self, payment_id: Uuid, reference: &str) -> Result<()>;
}

/// Reads of the queue's counts, claims and recent payments.
pub trait QueueReads {
    /// How many orders each queue rank holds (matching `filter`). Unfiltered, the counts
    /// the triggers keep (migration 0004) are read; a filter counts the matching orders.
    fn queue_counts(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]>;
    /// The same counts taken from the orders themselves: for a filter, and to check the kept
    /// ones (`stock check`, tests).
    fn queue_counts_scanned(&self, filter: &str) -> Result<[i64; QUEUE_RANKS]>;
    /// Orders still to deliver (matching `filter`) due today or already past, at `now`
    /// (local): how many per rank, and how many of them are overdue. Unfiltered, the counts
    /// the triggers keep per rank, day and hour are read (migration 0009).
    fn pressing(&self, filter: &str, now: NaiveDateTime) -> Result<Pressing>;
    /// A filter's counts per rank and what is due by `now` in it, in one scan of the orders
    /// (what `queue_counts_scanned` and `pressing_scanned` count, read together).
    fn filtered_counts(
        &self,
        filter: &str,
        now: NaiveDateTime,
    ) -> Result<([i64; QUEUE_RANKS], Pressing)>;
    /// The same counts taken from the orders: for a filter, and to check the kept ones.
    fn pressing_scanned(&self, filter: &str, now: NaiveDateTime) -> Result<Pressing>;
    /// Kept deadline counts that disagree with the orders. Empty on a healthy book; `stock
    /// check` uses it.
    fn due_count_discrepancies(&self) -> Result<Vec<DueCountGap>>;
    /// Orders whose kept search text (what the filter reads) is not what their customer,
    /// address and current lines say: their numbers. Empty on a healthy book; `stock check`
    /// and the tests use it.
    fn search_text_gaps(&self) -> Result<Vec<i64>>;
    /// Orders the index that proposes a filter's orders (SQLite's pieces of three letters)
    /// holds no entry for, or one not written from their kept text, and entries of no order:
    /// their numbers. Empty on a healthy book, and on an engine without such an index.
    fn word_index_gaps(&self) -> Result<Vec<i64>>;
    /// Orders still to deliver due on a day, or already overdue at a moment, by deadline:
    /// their numbers. An index range however long the backlog behind them.
    fn due_orders(&self, range: DueRange) -> Result<Vec<i64>>;
    /// Claims waiting for verification, newest first.
    fn claims(&self, limit: i64) -> Result<Vec<PaymentListRow>>;
    /// The latest payments and refunds, newest first, but for claims still waiting for a
    /// person: those are `claims`, and the Payments pane shows both lists one under the other.
    fn recent_payments(&self, limit: i64) -> Result<Vec<PaymentListRow>>;
    /// Orders whose kept sums (received, refunded, claimed) disagree with their payments:
    /// (number, kept, real). Empty on a healthy book; `stock check` and the tests use it.
    fn payment_sum_discrepancies(&self) -> Result<Vec<(i64, Totals, Totals)>>;
}

/// Reads of the queue's pages by keyset.
pub trait QueuePageReads {
    /// Up to `limit` rows of the queue from `from`, after stepping over `skip` more in the
    /// direction of reading (a page up or down of a screen taller than half a window). In
    /// queue order whatever the direction.
    fn queue_rows(
        &self,
        view: &QueueView,
        from: &QueueFrom,
        skip: usize,
        limit: usize,
    ) -> Result<QueueRows>;
}

/// Reads of closing the day.
pub trait DayReads {
    /// Confirmations, deliveries and cancellations recorded in [from, to), from the journal
    /// (migration 0009 indexes those actions by time).
    fn order_steps(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<StepFact>>;
    /// For each verified payment made in [from, to): did a provider event or an imported
    /// report row record it as paid?
    fn payment_origins(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<HashMap<Uuid, PaymentOrigin>>;
    /// Confirmed or delivered orders that have not received their total, with their sums
    /// (the balance rule is the core's). Read by queue rank: only ranks that can owe money.
    fn orders_owing(&self) -> Result<Vec<OpenMoney>>;
    /// Products sold out or at their low-stock mark, by SKU.
    fn products_running_out(&self) -> Result<Vec<Product>>;
    /// Orders by number, in the order given (unknown numbers left out): the orders behind a
    /// figure of the day.
    fn orders_numbered(&self, numbers: &[i64]) -> Result<Vec<super::OrderRow>>;
}

/// Reads of the daily report's rows.
pub trait ReportReads {
    fn report_orders(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<ReportOrder>>;
    fn report_payments(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<PaymentReportRow>>;
}

/// Reads of learned aliases.
pub trait AliasReads {
    /// Every learned alias, by phrase.
    fn learned_aliases(&self) -> Result<Vec<AliasRow>>;
    /// The alias with this folded phrase.
    fn learned_alias(&self, phrase_key: &str) -> Result<Option<AliasRow>>;
}

/// Writes of learned aliases.
pub trait AliasWrites {
    /// Learns `phrase` as a name of `sku`; a phrase learned again points at the new SKU.
    fn learn_alias(
        &self,
        phrase_key: &str,
        phrase: &str,
        sku: &str,
        actor: &str,
        at: DateTime<Utc>,
    ) -> Result<()>;
    /// Forgets an alias; false when there was none.
    fn forget_alias(&self, phrase_key: &str) -> Result<bool>;
}

/// Reads of chat authors who are the shop.
pub trait ShopAuthorReads {
    /// Every author decided so far: (name, is the shop).
    fn shop_authors(&self) -> Result<Vec<(String, bool)>>;
}

/// Writes of chat authors who are the shop.
pub trait ShopAuthorWrites {
    /// Remembers whether `name` is the shop (a later answer replaces an earlier one).
    fn remember_shop_author(
        &self,
        name: &str,
        is_shop: bool,
        actor: &str,
        at: DateTime<Utc>,
    ) -> Result<()>;
}

/// Reads of completeness checks and typo candidates.
pub trait CompletenessReads {
    /// Fails when `read` rows are fewer than the orders matching `f` (within its limit and
    /// offset), counted on the table itself rather than through any index.
    fn check_orders_complete(&self, f: &OrderFilter, read: usize) -> Result<()>;
    /// Every customer's name (merged records left out), to suggest the closest to a typo.
    fn customer_names(&self) -> Result<Vec<String>>;
}
