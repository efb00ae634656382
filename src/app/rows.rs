//! What the runtime hands the desk to show: plain data built from the book, so the state
//! machine depends on the core only.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::effect::Select;
use crate::core::catalog::Product;
use crate::core::customer::Customer;
use crate::core::deadline::Deadline;
use crate::core::i18n::Message;
use crate::core::link::{LinkState, Provider};
use crate::core::money::Money;
use crate::core::order::{Fulfilment, Lifecycle, Order};
use crate::core::payment::{Payment, Totals};
use crate::core::queue::{Label, QUEUE_RANKS, QueueClass, QueueKey};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueRow {
    pub number: i64,
    pub version: i64,
    pub class: QueueClass,
    pub created_at: DateTime<Utc>,
    pub customer: String,
    /// "2×JKT-BLK-M 1×SCF-RED"
    pub items: String,
    pub total: Money,
    pub balance: Money,
    /// What the shop holds: received minus refunded.
    pub paid: Money,
    pub label: Label,
    pub lifecycle: Lifecycle,
    pub fulfilment: Fulfilment,
    pub claims: i64,
    pub deadline: Option<Deadline>,
}

/// How many orders still to deliver are overdue, and due later today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Due {
    pub overdue: i64,
    pub today: i64,
}

/// A filtered queue counted (see `Effect::CountQueue`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueCounts {
    pub filter: String,
    pub show_done: bool,
    pub counts: [i64; QUEUE_RANKS],
    pub due: Due,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    /// Where each row stands in the queue (`keys[i]` is `rows[i]`'s): the next window starts
    /// from one of them.
    pub keys: Vec<QueueKey>,
    /// No row comes before the first one, or after the last one.
    pub at_start: bool,
    pub at_end: bool,
    /// Which row to select (as the query asked).
    pub select: Select,
    /// Present when the load counted (see `Effect::LoadQueue`).
    pub counts: Option<[i64; QUEUE_RANKS]>,
    /// Orders still to deliver that are overdue, and due later today: read with every window
    /// of the unfiltered queue (kept counts), and only by the count of a filtered one.
    pub due: Option<Due>,
    /// The order the window was asked to be around is not in this queue (delivered or
    /// cancelled while those are hidden, or outside the filter); then no rows came.
    pub missing: Option<i64>,
    /// The filter's walk stopped at the screen's time box: the rows are those found so far,
    /// and this query (the same, read to the end in the background) reads the rest.
    pub unfinished: Option<Box<super::effect::QueueQuery>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventoryPage {
    pub offset: usize,
    pub rows: Vec<Product>,
    pub total: usize,
    /// What customers call the page's products, learned in the paste review: (SKU, phrase).
    pub learned: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerRow {
    pub id: Uuid,
    pub name: String,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub orders: i64,
    pub lifetime_value: Money,
    pub open_balance: Money,
    pub last_order_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomersPage {
    pub offset: usize,
    pub rows: Vec<CustomerRow>,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRow {
    pub order_number: i64,
    pub customer: String,
    pub payment: Payment,
}

/// An unpaid link whose reminder is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRow {
    pub order_number: i64,
    pub customer: String,
    pub step: u32,
    pub steps: u32,
    /// The last reminder: sending it tags the order payment-abandoned.
    pub last: bool,
    pub balance: Money,
    pub due_at: DateTime<Utc>,
}

/// A payment link, for the Payments pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    pub order_number: i64,
    pub customer: String,
    pub provider: Provider,
    pub state: LinkState,
    pub amount: Money,
    pub expires_at: DateTime<Utc>,
    /// Why a person must look (manual review), or how it was closed: worded when read.
    pub note: Message,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PaymentsPage {
    pub claims: Vec<PaymentRow>,
    pub reminders: Vec<ReminderRow>,
    /// Links where money arrived that does not match.
    pub reviews: Vec<LinkRow>,
    /// Live links waiting for the customer.
    pub links: Vec<LinkRow>,
    pub recent: Vec<PaymentRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalLine {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
}

/// One order, opened: everything the order view shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderDetail {
    pub order: Order,
    pub customer: Customer,
    pub totals: Totals,
    pub label: Label,
    pub payments: Vec<Payment>,
    pub journal: Vec<JournalLine>,
    /// The summary exactly as `y` copies it.
    pub summary: String,
    /// How far the view is scrolled (a long order on a small screen), in lines.
    pub scroll: u16,
}

impl OrderDetail {
    pub fn total(&self) -> i64 {
        self.order.total().map(|m| m.minor).unwrap_or_default()
    }

    pub fn balance(&self) -> i64 {
        self.order.balance(self.totals)
    }

    pub fn claims(&self) -> Vec<&Payment> {
        self.payments
            .iter()
            .filter(|p| p.state == crate::core::payment::PaymentState::Claimed)
            .collect()
    }
}

/// A customer with their orders, for the history view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerHistory {
    pub customer: CustomerRow,
    pub orders: Vec<QueueRow>,
}

/// A customer found by a search in the customer picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerHit {
    pub id: Uuid,
    pub name: String,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub open_balance: Money,
}
