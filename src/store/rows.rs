//! The rows the store's interface takes and gives: plain values, the same whatever engine
//! holds the book.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::core::catalog::Product;
use crate::core::customer::Customer;
use crate::core::link::{LinkState, PaymentLink};
use crate::core::order::{Fulfilment, Lifecycle, Order};
use crate::core::payment::{Payment, Totals};
use crate::core::queue::{Label, QUEUE_RANKS, QueueClass, QueueKey};

/// One learned alias as the book keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AliasRow {
    /// As staff (or the customer) wrote it.
    pub phrase: String,
    /// Folded: what makes two phrases the same alias.
    #[serde(skip)]
    pub phrase_key: String,
    pub sku: String,
    pub actor: String,
    pub learned_at: DateTime<Utc>,
}

/// A customer with what the desk shows about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CustomerStats {
    #[serde(flatten)]
    pub customer: Customer,
    /// Orders that were not cancelled (drafts included).
    pub orders: i64,
    /// Money received from them, net of refunds, in minor units.
    pub lifetime_value: i64,
    /// What confirmed and completed orders still owe, in minor units.
    pub open_balance: i64,
    pub last_order_at: Option<DateTime<Utc>>,
}

/// An order with money still open, as read: its total and kept payment sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenMoney {
    pub number: i64,
    pub created: DateTime<Utc>,
    pub total: i64,
    pub totals: Totals,
    pub lifecycle: Lifecycle,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JournalEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub entity: String,
    pub key: String,
    pub action: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// One journal row to write.
pub struct Entry<'a> {
    pub entity: &'a str,
    pub key: &'a str,
    pub order_id: Option<Uuid>,
    pub action: &'a str,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub actor: &'a str,
    pub at: DateTime<Utc>,
}

/// A link as the Payments pane lists it: with its order's number and customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    pub link: PaymentLink,
    pub order_number: i64,
    pub customer_name: String,
    pub customer_phone: Option<String>,
}

/// A change of a link's state, applied only if nobody changed the link meanwhile.
#[derive(Debug, Clone)]
pub struct LinkUpdate<'a> {
    pub id: Uuid,
    pub seen_version: i64,
    pub state: LinkState,
    pub at: DateTime<Utc>,
    pub note: &'a str,
    pub payment_id: Option<Uuid>,
    pub superseded_by: Option<Uuid>,
}

/// Orders still to deliver whose deadline falls on a day, or has passed at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueRange {
    On(NaiveDate),
    /// Due before this local moment: an earlier day, or today at an earlier time.
    PassedAt(NaiveDateTime),
}

/// Which orders a list shows. Empty filter: all of them, by number.
#[derive(Debug, Clone, Default)]
pub struct OrderFilter {
    pub lifecycle: Option<Lifecycle>,
    pub fulfilment: Option<Fulfilment>,
    pub customer_id: Option<Uuid>,
    /// Orders created in [from, to).
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    /// Only orders not yet delivered (or cancelled) due in this range.
    pub due: Option<DueRange>,
    pub limit: Option<i64>,
    pub offset: i64,
    /// Newest first instead of by number.
    pub newest_first: bool,
}

/// An order as lists show it: with its customer, its kept payment sums and its queue class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRow {
    pub order: Order,
    pub customer_name: String,
    pub customer_phone: Option<String>,
    pub totals: Totals,
    pub class: QueueClass,
}

impl OrderRow {
    /// What the queue says about it ("deposit paid").
    pub fn label(&self) -> Label {
        let total = self.order.total().map(|m| m.minor).unwrap_or_default();
        Label::of(self.class, self.totals, total)
    }
}

/// A SKU whose counters disagree with its ledger: (sku, (on_hand, reserved) on the row,
/// (on_hand, reserved) from the moves).
pub type Discrepancy = (String, (i64, i64), (i64, i64));

/// What a catalog upsert did to one SKU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    Inserted,
    Updated { before: Box<Product> },
    Unchanged,
}

/// One provider event or status answer to record.
#[derive(Debug, Clone)]
pub struct EventWrite<'a> {
    pub provider: &'a str,
    pub event_id: &'a str,
    pub kind: &'a str,
    /// "webhook" or "sync".
    pub source: &'a str,
    pub received_at: DateTime<Utc>,
    pub order_id: Option<Uuid>,
    pub link_id: Option<Uuid>,
    pub payment_id: Option<Uuid>,
    pub outcome: &'a str,
    pub detail: &'a str,
}

/// A recorded provider event, for the Payments pane.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRow {
    pub provider: String,
    pub event_id: String,
    pub kind: String,
    pub source: String,
    pub received_at: DateTime<Utc>,
    pub order_number: Option<i64>,
    pub outcome: String,
    pub detail: String,
}

/// One imported report row to record.
#[derive(Debug, Clone)]
pub struct ReportRowWrite<'a> {
    pub fingerprint: &'a str,
    pub format: &'a str,
    pub reference: Option<&'a str>,
    pub order_id: Option<Uuid>,
    pub payment_id: Option<Uuid>,
    pub amount: Option<i64>,
    pub currency: &'a str,
    pub outcome: &'a str,
    pub detail: &'a str,
    pub source_file: &'a str,
    pub imported_at: DateTime<Utc>,
    pub actor: &'a str,
}

/// Something a person has to look at: money that did not match its link or order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentReview {
    /// "link", "event" or "report".
    pub source: &'static str,
    pub order_number: Option<i64>,
    pub at: DateTime<Utc>,
    /// Minor units of `currency`, when known.
    pub amount: Option<i64>,
    pub currency: String,
    pub detail: String,
}

impl PaymentReview {
    /// The source tag the reviews query selects, as the row keeps it: anything but a link
    /// or an event is a report row.
    pub(crate) fn source_of(tag: &str) -> &'static str {
        match tag {
            "link" => "link",
            "event" => "event",
            _ => "report",
        }
    }
}

/// A payment with its order's number and customer, for the Payments pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentListRow {
    pub payment: Payment,
    pub order_number: i64,
    pub customer_name: String,
}

/// Orders still to deliver that are due today or overdue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pressing {
    pub by_rank: [i64; QUEUE_RANKS],
    /// Their day passed, or today's agreed time did.
    pub overdue: i64,
    /// Due later today.
    pub today: i64,
}

/// A kept count of orders due on a day and hour (`time` empty without one) that the orders
/// themselves do not bear out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueCountGap {
    pub rank: i64,
    pub day: String,
    pub time: String,
    pub kept: i64,
    pub real: i64,
}

/// Which queue to page through: ranks `0..=last_rank`, orders matching `filter`, ranked for
/// the shop's local day `today` (None: plain age order within a rank).
#[derive(Debug, Clone, Copy)]
pub struct QueueView<'a> {
    pub last_rank: u8,
    pub filter: &'a str,
    pub today: Option<NaiveDate>,
    /// A filter's walk of the queue stops at this instant with the rows it found
    /// (`QueueRows::unfinished`): the screen's reads never wait for a walk of the whole
    /// queue. None: read to the end.
    pub until: Option<std::time::Instant>,
}

/// Rows of the queue in its order, the key of each, and whether they reach its ends.
#[derive(Debug, Clone, Default)]
pub struct QueueRows {
    pub rows: Vec<OrderRow>,
    /// `keys[i]` is where `rows[i]` stands.
    pub keys: Vec<QueueKey>,
    /// No row of the queue comes before the first one.
    pub at_start: bool,
    /// No row comes after the last one.
    pub at_end: bool,
    /// `Around` an order the queue does not show (then no rows).
    pub missing: bool,
    /// The walk stopped at the view's `until` before the page was whole: the rows found so
    /// far, in order from where the read began, and neither end known beyond them.
    pub unfinished: bool,
}

/// An order created in the report's period, with all its payments (whenever they happened),
/// so the report can tell how long full payment took.
#[derive(Debug, Clone)]
pub struct ReportOrder {
    pub row: OrderRow,
    pub payments: Vec<Payment>,
}
