//! Everything that can happen to the desk: a key, a paste, the clock, another desk's change,
//! the webhook, or the runtime's answer to an effect.

use crate::core::i18n::Message;
use chrono::{DateTime, FixedOffset};

use super::answer::Answer;
use super::effect::Effect;
use super::key::KeyPress;
use crate::core::money::Money;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Key(KeyPress),
    /// Text pasted into the terminal (bracketed paste), or read from the clipboard.
    Paste(String),
    Resize(u16, u16),
    /// The local time now (the runtime says it about once a second; the desk reads no clock).
    Clock(DateTime<FixedOffset>),
    /// The desk's slow clock (every 30 s): time to look at unpaid links.
    Tick,
    /// Another desk (or a command) changed the book.
    BookChanged,
    /// What the webhook inside the desk heard.
    Heard(Notice),
    /// The runtime's answer to an effect.
    Answer(Answer),
    /// An effect that ran in the background is done; its answers came just before.
    Finished(Effect),
}

/// What the desk's webhook endpoint reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The provider says an order was paid, and the payment is recorded.
    Paid {
        number: i64,
        amount: Money,
        /// How it was verified: "webhook", "sync", "import".
        via: &'static str,
    },
    /// Money arrived that does not match its link: a person must look.
    Review {
        number: Option<i64>,
        message: Message,
    },
    /// A request was refused (bad signature, malformed) or could not be stored.
    Refused { status: u16, message: Message },
}
