//! Screens on top of the panes, as a stack: Esc always pops the top one.

use super::effect::Effect;
use super::keymap::Context;
use super::picker::Picker;
use super::prompt::Prompt;
use super::review::Review;
use super::rows::{CustomerHistory, OrderDetail, QueueRow};

/// The orders behind a figure of the day: Enter opens one, Esc goes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderList {
    pub title: String,
    pub rows: Vec<QueueRow>,
    /// How many the figure has; more than `rows` when only the first are listed.
    pub total: usize,
    pub selected: usize,
}

/// A yes/no question that carries what each answer does.
#[derive(Debug, Clone, Default)]
pub struct Confirm {
    pub question: String,
    pub yes: Vec<Effect>,
    /// What "n" does; None means "n" just cancels, like Esc.
    pub no: Option<Vec<Effect>>,
    /// A screen that opens on "y" (after `yes` ran): the next question of a flow.
    pub then_yes: Option<Box<Overlay>>,
    /// A screen that opens on "n" instead of just closing (type the amount again).
    pub then_no: Option<Box<Overlay>>,
    /// "y" also closes the screen under the question (leaving an edited review).
    pub close_below: bool,
    /// What the status line says on "y".
    pub said_on_yes: Option<String>,
}

/// Text to select by hand (the clipboard could not take it), or to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPopup {
    pub title: String,
    pub text: String,
    pub note: String,
}

#[derive(Debug, Clone)]
pub enum Overlay {
    Detail(Box<OrderDetail>),
    History {
        history: Box<CustomerHistory>,
        selected: usize,
    },
    Orders(OrderList),
    Review(Review),
    Picker(Picker),
    Prompt(Prompt),
    Confirm(Confirm),
    Text(TextPopup),
    /// The keys, those of the screen under it (`under`, with its order's state) first.
    Help {
        scroll: u16,
        under: Context,
        state: Option<super::keymap::OrderState>,
    },
}

impl Overlay {
    pub fn context(&self) -> Context {
        match self {
            Overlay::Detail(_) => Context::Detail,
            Overlay::History { .. } | Overlay::Orders(_) => Context::History,
            Overlay::Review(_) => Context::Review,
            Overlay::Picker(_) => Context::Picker,
            Overlay::Prompt(_) => Context::Input,
            Overlay::Confirm(_) => Context::Confirm,
            Overlay::Text(_) | Overlay::Help { .. } => Context::Popup,
        }
    }
}
