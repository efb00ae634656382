//! What the desk asks the runtime to do. The runtime answers with `Action`s.

use uuid::Uuid;

use crate::core::order::Fulfilment;
use crate::core::payment::Method;

/// A line of an order being created or edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSpec {
    pub sku: String,
    pub qty: i64,
}

/// An order as the review screen leaves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderSpec {
    /// Phone number or name.
    pub customer: String,
    pub name: Option<String>,
    pub lines: Vec<LineSpec>,
    pub address: Option<String>,
    pub notes: String,
    /// The pasted text, kept on the order (None for an order made by hand).
    pub source: Option<String>,
    /// A claimed payment read from the chat, as a decimal string in the shop's currency.
    pub claimed: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// A window of the queue; with `count`, the counts per rank too (after a change).
    /// `total` is the queue's length as last counted.
    LoadQueue {
        filter: String,
        show_done: bool,
        offset: usize,
        count: bool,
        total: usize,
    },
    LoadInventory {
        filter: String,
        offset: usize,
    },
    LoadCustomers {
        filter: String,
        offset: usize,
    },
    LoadPayments,
    LoadOrder(i64),
    LoadHistory(Uuid),
    LoadCatalog,
    FindCustomers(String),
    /// Read a pasted chat into drafts.
    ReadPaste(String),
    /// Create the order; with `confirm`, confirm it in the same transaction (all or nothing).
    CreateOrder {
        spec: OrderSpec,
        confirm: bool,
    },
    EditLines {
        number: i64,
        version: i64,
        lines: Vec<LineSpec>,
        address: Option<String>,
    },
    ConfirmOrder {
        number: i64,
        version: i64,
    },
    Advance {
        number: i64,
        version: i64,
        to: Fulfilment,
    },
    CancelOrder {
        number: i64,
        version: i64,
    },
    SetNotes {
        number: i64,
        version: i64,
        notes: String,
    },
    Pay {
        number: i64,
        amount: String,
        method: Method,
        reference: Option<String>,
        claimed: bool,
    },
    Verify {
        number: i64,
        payment: String,
    },
    Reject {
        number: i64,
        payment: String,
    },
    Refund {
        number: i64,
        amount: String,
        restock: bool,
    },
    Receive {
        sku: String,
        qty: i64,
        note: String,
    },
    Adjust {
        sku: String,
        delta: i64,
        reason: String,
    },
    Merge {
        from: String,
        into: String,
    },
    CopySummary(i64),
    CopyLink(i64),
    /// Copy the reminder for an unpaid link and record it as sent.
    CopyReminder {
        number: i64,
        step: u32,
    },
    /// A person looked at money that did not match the link, and closes the review.
    CloseReview {
        number: i64,
        note: String,
    },
    ReadClipboard,
    ExportToday,
    Quit,
}
