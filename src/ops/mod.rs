//! One function per user operation, one transaction each, shared by the CLI and the desk.
//!
//! An operation reads what it needs, asks the core whether the change is allowed, writes the
//! rows, the stock moves and the journal entry, and commits. Any error drops the transaction,
//! so a refused operation changes nothing.

mod aliases;
mod catalog;
mod chat;
mod check;
mod customers;
mod demo;
mod demo_shops;
mod desk;
mod error;
mod links;
mod orders;
mod payments;
mod reconcile;
mod reminders;
mod reports;
mod summary;
mod sync;
mod undo;
mod verify;

use chrono::{DateTime, Utc};

pub use catalog::{CatalogImport, StockChange};
pub use chat::{ChatDrafts, ChatImport, describe as describe_import, source_key};
pub use check::BookCheck;
pub use demo::{DemoSize, DemoStats};
pub use demo_shops::DemoShop;
pub use desk::{Continued, PastedDraft, PaymentsOverview, QueueAsk, QueueSlice, SCREEN_WALK};
// The read rows that operations return, defined with the queries that fill them.
pub use crate::core::i18n::Message;
pub use crate::core::link::{Kept, Sweep};
pub use crate::store::{
    AliasRow, CustomerStats, LinkRow, OrderRow, PaymentListRow, Pressing, SCHEMA_VERSION,
    StoreError,
};
pub use error::OpError;
pub use links::LinkView;
pub use orders::{DueWhen, ItemSpec, ListQuery, NewOrder, OrderEdit, OrderView};
pub use payments::{Amount, ChatClaim, NewPayment};
pub use reconcile::{ReconcileLine, Reconciliation};
pub use reminders::{ReminderDue, SentReminder};
pub use reports::DailyReport;
pub use sync::{SyncItem, SyncReport};
pub use verify::{EventOutcome, Received};

use crate::config::Config;
use crate::store::Store;

pub type Result<T> = std::result::Result<T, OpError>;

/// Where operations get the time: the system clock, or a fixed instant for tests and demos.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(DateTime<Utc>),
}

impl Clock {
    pub fn now(self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => at,
        }
    }
}

/// The open order book: the store, the shop's settings and who is at the desk.
pub struct Desk {
    pub store: Store,
    pub config: Config,
    pub actor: String,
    pub clock: Clock,
    /// Stripe's address and key; None reads STRIPE_API_KEY / STRIPE_API_BASE when a Stripe
    /// call is needed (tests set it to point at a local peer).
    pub stripe: Option<crate::payments::StripeAuth>,
    /// The shop's time zone for the desk's reports (days, hours): None is the system's;
    /// tests fix it so a day reads the same on every machine.
    pub zone: Option<chrono::FixedOffset>,
    /// How long the screen's read of a filter's window may walk the queue (`SCREEN_WALK`;
    /// tests shorten it to see what the screen shows meanwhile).
    pub screen_walk: std::time::Duration,
}

impl Desk {
    /// Opens (creating if needed) the book at `path`.
    pub fn open(path: &std::path::Path, config: Config) -> Result<Desk> {
        Ok(Desk::new(Store::open(path)?, config))
    }

    /// True for a SQLite file (what orderdesk backs up itself); false for a PostgreSQL book
    /// or one in memory.
    pub fn book_is_a_file(&self) -> bool {
        self.store.file().is_some()
    }

    /// A second desk on the same book, with its own connection: the same settings, the same
    /// clock and who is at the desk. None for a book that lives in memory only.
    pub fn reopen(&self) -> Result<Option<Desk>> {
        let Some(store) = self.store.reopen()? else {
            return Ok(None);
        };
        Ok(Some(Desk {
            store,
            config: self.config.clone(),
            actor: self.actor.clone(),
            clock: self.clock,
            stripe: self.stripe.clone(),
            zone: self.zone,
            screen_walk: self.screen_walk,
        }))
    }

    pub fn new(store: Store, config: Config) -> Desk {
        let actor = config.user_name();
        Desk {
            store,
            config,
            actor,
            clock: Clock::System,
            stripe: None,
            zone: None,
            screen_walk: SCREEN_WALK,
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }
}

/// What an operation needs besides the transaction: who, when, and the shop's settings.
/// Built from a `Desk`'s fields so the store can be borrowed for the transaction meanwhile.
pub(crate) struct Ctx<'a> {
    pub actor: &'a str,
    pub now: DateTime<Utc>,
    pub config: &'a Config,
}

/// Opens a write transaction on `$desk.store` and a `Ctx` beside it (disjoint borrows).
macro_rules! begin {
    ($desk:expr) => {{
        let ctx = $crate::ops::Ctx {
            actor: &$desk.actor,
            now: $desk.clock.now(),
            config: &$desk.config,
        };
        ($desk.store.write()?, ctx)
    }};
}
pub(crate) use begin;
