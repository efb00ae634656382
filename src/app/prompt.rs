//! A one-line question ("Amount?", "Reason?") that remembers what its answer is for.

use tui_input::{Input, InputRequest};

use super::effect::OrderRef;
use super::key::{Key, KeyPress};
use super::panes::PaneId;
use crate::core::money::{Currency, Money};
use crate::core::payment::Method;

/// What the typed value will be used for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    Filter(PaneId),
    Jump,
    /// In the order's currency; `due` is the balance when the payment was started.
    PayAmount {
        number: i64,
        currency: Currency,
        due: Money,
    },
    PayReference {
        number: i64,
        amount: Money,
        method: Method,
    },
    RefundAmount {
        number: i64,
        currency: Currency,
        shipped: bool,
        /// What can go back: received minus refunded.
        paid: Money,
    },
    /// The note in the summary, or (`staff`) the staff's own.
    Notes {
        order: OrderRef,
        staff: bool,
    },
    ReceiveQty {
        sku: String,
    },
    ReceiveNote {
        sku: String,
        qty: i64,
    },
    AdjustDelta {
        sku: String,
        /// Units on hand and not held by open orders, when asked.
        free: i64,
    },
    AdjustReason {
        sku: String,
        delta: i64,
    },
    /// The review's delivery address.
    Address,
    /// The quantity of the review's selected line.
    Quantity,
    /// The review's delivery fee, or (`discount`) its discount, in the shop's currency.
    Charge {
        discount: bool,
        currency: Currency,
    },
    /// Why a link's review is closed.
    CloseReview {
        number: i64,
    },
    /// When an order is due: of the review's draft, or of an order in the book.
    Deadline(DeadlineOf),
}

/// Whose deadline a prompt sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineOf {
    Review,
    Order(OrderRef),
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub title: String,
    /// One line under the input saying what is expected.
    pub hint: String,
    pub input: Input,
    pub ask: Ask,
}

impl Prompt {
    pub fn new(
        title: impl Into<String>,
        hint: impl Into<String>,
        value: impl Into<String>,
        ask: Ask,
    ) -> Prompt {
        Prompt {
            title: title.into(),
            hint: hint.into(),
            input: Input::new(value.into()),
            ask,
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// Edits the text; true when the key was an edit.
    pub fn edit(&mut self, press: KeyPress) -> bool {
        use InputRequest as R;
        let request = match (press.key, press.ctrl) {
            (Key::Char('u'), true) => R::DeleteLine,
            (Key::Char('w'), true) => R::DeletePrevWord,
            (Key::Char('a'), true) => R::GoToStart,
            (Key::Char('e'), true) => R::GoToEnd,
            (Key::Char(_), true) => return false,
            // Control characters never become text.
            (Key::Char(c), false) if c.is_control() => return false,
            (Key::Char(c), false) => R::InsertChar(c),
            (Key::Backspace, _) => R::DeletePrevChar,
            (Key::Delete, _) => R::DeleteNextChar,
            (Key::Left, _) => R::GoToPrevChar,
            (Key::Right, _) => R::GoToNextChar,
            (Key::Home, _) => R::GoToStart,
            (Key::End, _) => R::GoToEnd,
            _ => return false,
        };
        self.input.handle(request);
        true
    }

    /// Pasted text goes in as one line (newlines and controls dropped).
    pub fn insert(&mut self, text: &str) {
        for c in text.chars().filter(|c| !c.is_control()) {
            self.input.handle(InputRequest::InsertChar(c));
        }
    }
}
