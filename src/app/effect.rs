//! What the desk asks the runtime to do, in domain values: money as `Money`, an order as
//! the number and the version it was seen at, lines as SKU and quantity. The runtime runs
//! each effect with one operation and answers with an [`Answer`](super::answer::Answer)
//! tied to it.

use chrono::{DateTime, NaiveDateTime, Utc};
use uuid::Uuid;

use super::keymap::Command;
use crate::core::day::Period;
use crate::core::deadline::Deadline;
use crate::core::i18n::Message;
use crate::core::link::Provider;
use crate::core::money::Money;
use crate::core::order::Fulfilment;
use crate::core::payment::Method;
use crate::core::queue::QueueFrom;

/// An order as it was on screen: a write based on it is refused (and the desk reloads) if
/// anyone changed the order since that version was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderRef {
    pub number: i64,
    pub version: i64,
}

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
    /// A payment the customer claims in the chat, to record as a claim.
    pub claimed: Option<Money>,
    pub deadline: Option<Deadline>,
    /// The reference the customer gave with it ("Ref: GO-5541").
    pub claim_reference: Option<String>,
    /// The way of paying the claim named ("pix feito"); Other when it named none.
    pub claim_method: Method,
    pub delivery: Option<Money>,
    pub discount: Option<Money>,
}

/// One action the desk can take back (`z`), and what identifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UndoStep {
    /// A claim verified (or rejected) becomes a claim again.
    Settle {
        number: i64,
        payment: Uuid,
        verified: bool,
    },
    /// The order goes back to the stage before its last advance.
    Advance { number: i64 },
    /// The cancelled order is reinstated as it was.
    Cancel { number: i64 },
    /// The merged customer is a customer of their own again, with their orders.
    Merge { from: Uuid, into: Uuid },
}

/// A window of the order queue, read by keyset (see `core::queue::QueueKey`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueQuery {
    pub filter: String,
    pub show_done: bool,
    /// Where the window starts (or ends, or what it is around).
    pub from: QueueFrom,
    /// Rows to step over first, in the direction of reading.
    pub skip: usize,
    /// Count the ranks too (after a change). Only the unfiltered queue is counted with a
    /// window (its counts are kept: a few rows); a filtered one by `Effect::CountQueue`.
    pub count: bool,
    /// The local now: overdue and due-today orders lead their place in the queue.
    pub now: NaiveDateTime,
    /// Which row to select when the window arrives.
    pub select: Select,
    /// Read to the end, in the background: the rest of a window the screen's read cut
    /// short (`QueuePage::unfinished`). Otherwise the read is time-boxed.
    pub patient: bool,
}

/// A filtered queue's counts per rank and what is overdue or due today in it: a scan of
/// every order (seconds on a million), so it runs in the background, one at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueCount {
    pub filter: String,
    pub show_done: bool,
    pub now: NaiveDateTime,
}

/// Which row of an arriving window the queue selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Select {
    /// This row of the window (its last one when it is shorter).
    Index(usize),
    /// Counted from the window's end: 1 is its last row.
    FromEnd(usize),
    /// This order (after `:`, or a change to it), else the row at `or_index`.
    Order { number: i64, or_index: usize },
}

/// What goes to the clipboard, so the answer can say what was copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Copyable {
    Summary {
        number: i64,
    },
    Link {
        number: i64,
        provider: Provider,
        expires_at: DateTime<Utc>,
        /// Something the provider could not do that did not stop the link.
        warning: Option<Message>,
    },
    Reminder {
        number: i64,
        step: u32,
        /// It was the last one: the order is now tagged payment-abandoned.
        tagged: bool,
    },
    /// Several due reminders at once.
    Reminders {
        numbers: Vec<i64>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadQueue(QueueQuery),
    CountQueue(QueueCount),
    LoadInventory {
        filter: String,
        offset: usize,
    },
    LoadCustomers {
        filter: String,
        offset: usize,
    },
    LoadPayments,
    /// Opens an order; `then` is a command that waits for it (verifying needs its claims).
    LoadOrder {
        number: i64,
        then: Option<Command>,
    },
    LoadHistory(Uuid),
    LoadCatalog,
    FindCustomers(String),
    /// Read a pasted chat into drafts, with what the book knows of each customer.
    ReadPaste(String),
    /// Staff picked the product a customer's words meant: remembered for every later paste.
    LearnAlias {
        phrase: String,
        sku: String,
    },
    /// Staff said whether a chat author is the shop: remembered for every later paste.
    RememberShopAuthor {
        author: String,
        is_shop: bool,
    },
    /// Create the order; with `confirm`, confirm it in the same transaction (all or nothing).
    CreateOrder {
        spec: OrderSpec,
        confirm: bool,
    },
    /// Replaces the order's lines, address, delivery fee and discount (None keeps a fee or
    /// discount as it is).
    EditLines {
        order: OrderRef,
        lines: Vec<LineSpec>,
        address: Option<String>,
        deadline: Option<Deadline>,
        delivery: Option<Money>,
        discount: Option<Money>,
    },
    /// Sets (or, with None, removes) the order's deadline.
    SetDeadline {
        order: OrderRef,
        deadline: Option<Deadline>,
    },
    ConfirmOrder(OrderRef),
    Advance {
        order: OrderRef,
        to: Fulfilment,
    },
    CancelOrder(OrderRef),
    /// The note in the summary or, with `staff`, the staff's own (never in the summary).
    SetNotes {
        order: OrderRef,
        notes: String,
        staff: bool,
    },
    Pay {
        number: i64,
        amount: Money,
        method: Method,
        reference: Option<String>,
        claimed: bool,
    },
    /// Is this reference free for a payment by `method`? Asked where it is typed, before
    /// the payment is recorded.
    CheckReference {
        number: i64,
        amount: Money,
        method: Method,
        reference: String,
    },
    Verify {
        number: i64,
        payment: Uuid,
    },
    Reject {
        number: i64,
        payment: Uuid,
    },
    Refund {
        number: i64,
        amount: Money,
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
    /// A person looked at money that did not match the link, and closes the review.
    CloseReview {
        number: i64,
        note: String,
    },
    /// The order's summary, to copy.
    LoadSummary(i64),
    /// The order's live payment link, made (or renewed) when there is none, to copy.
    MakeLink(i64),
    /// Records the due reminder as sent (renewing a link that ran out) and gives its text.
    SendReminder {
        number: i64,
        step: u32,
    },
    Copy {
        what: Copyable,
        text: String,
    },
    ReadClipboard,
    /// Takes back one action of this session, by a journalled reverse operation.
    Undo(UndoStep),
    /// Several effects from one key on marked rows, run one after another; each answers on
    /// its own (some may be refused) and the desk says what happened to all of them.
    Batch(Vec<Effect>),
    /// Records each due reminder as sent and copies all their texts at once.
    SendReminders(Vec<(i64, u32)>),
    /// A period's CSV reports (a day's, a week's…), next to the book.
    Export(Period),
    /// The summary of a period, and what is still open at `now` (local time).
    LoadDay {
        period: Period,
        now: NaiveDateTime,
    },
    /// The orders behind a figure of the day, in that order (a window of them).
    LoadOrders {
        title: String,
        numbers: Vec<i64>,
        /// How many the figure has (more than `numbers` when only a window is asked for).
        total: usize,
    },
    /// Expire links that ran out (and release their stock when the shop says so).
    ExpireLinks,
}

impl Effect {
    /// Effects that can take longer than a frame (a payment provider over the network, a
    /// long paste, writing reports, the expiry sweep): the runtime runs them in the
    /// background and the screen keeps answering keys meanwhile.
    pub fn is_slow(&self) -> bool {
        matches!(
            self,
            Effect::ReadPaste(_)
                | Effect::MakeLink(_)
                | Effect::SendReminder { .. }
                | Effect::SendReminders(_)
                | Effect::Export(_)
                | Effect::LoadDay { .. }
                | Effect::CountQueue(_)
                | Effect::LoadQueue(QueueQuery { patient: true, .. })
                | Effect::ExpireLinks
        )
    }

    /// The order the effect is about, if one.
    pub fn order_number(&self) -> Option<i64> {
        match self {
            Effect::LoadOrder { number, .. }
            | Effect::Pay { number, .. }
            | Effect::CheckReference { number, .. }
            | Effect::Verify { number, .. }
            | Effect::Reject { number, .. }
            | Effect::Refund { number, .. }
            | Effect::CloseReview { number, .. }
            | Effect::SendReminder { number, .. } => Some(*number),
            Effect::LoadSummary(number) | Effect::MakeLink(number) => Some(*number),
            Effect::EditLines { order, .. }
            | Effect::Advance { order, .. }
            | Effect::SetNotes { order, .. }
            | Effect::SetDeadline { order, .. } => Some(order.number),
            Effect::ConfirmOrder(order) | Effect::CancelOrder(order) => Some(order.number),
            _ => None,
        }
    }
}
