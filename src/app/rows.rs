//! What the runtime hands the desk to show: plain data built from the book, so the state
//! machine depends on the core only.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::core::catalog::Product;
use crate::core::customer::Customer;
use crate::core::link::{LinkState, Provider};
use crate::core::money::Money;
use crate::core::order::{Fulfilment, Lifecycle, Order};
use crate::core::payment::{Payment, Totals};
use crate::core::queue::{Label, QUEUE_RANKS, QueueClass};

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuePage {
    /// Position of the first row in the whole (filtered) queue.
    pub offset: usize,
    pub rows: Vec<QueueRow>,
    /// Present when the load counted (see `Effect::LoadQueue`).
    pub counts: Option<[i64; QUEUE_RANKS]>,
    /// The order the load was asked to be around (`QueueQuery::around`) is not in this queue
    /// (delivered or cancelled while those are hidden, or outside the filter).
    pub missing: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventoryPage {
    pub offset: usize,
    pub rows: Vec<Product>,
    pub total: usize,
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
    /// Why a person must look (manual review).
    pub note: String,
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
