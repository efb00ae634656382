//! Everything that can happen to the desk: a key, a paste, a tick, or the result of an effect.

use super::key::KeyPress;
use super::review::ReviewDraft;
use super::rows::{
    CustomerHistory, CustomerHit, CustomersPage, InventoryPage, OrderDetail, PaymentsPage,
    QueuePage,
};
use crate::core::catalog::Product;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Key(KeyPress),
    /// Text pasted into the terminal (bracketed paste), or read from the clipboard.
    Paste(String),
    /// Another desk (or a command) changed the book.
    BookChanged,
    Resize(u16, u16),
    QueueLoaded(QueuePage),
    InventoryLoaded(InventoryPage),
    CustomersLoaded(CustomersPage),
    PaymentsLoaded(PaymentsPage),
    OrderLoaded(Box<OrderDetail>),
    HistoryLoaded(Box<CustomerHistory>),
    /// Drafts read from a paste (or one empty draft for a new order by hand).
    DraftsReady(Vec<ReviewDraft>),
    CatalogLoaded(Vec<Product>),
    CustomersFound(Vec<CustomerHit>),
    /// An operation succeeded; `select` is an order to select and show.
    Done {
        message: String,
        select: Option<i64>,
    },
    Failed(String),
    /// A copy reached the clipboard (system or terminal).
    Copied(String),
    /// Nothing took the copy: show the text to select by hand.
    CopyFailed {
        what: String,
        text: String,
        why: String,
    },
}
