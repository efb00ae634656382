//! Payment links and verified payments, on the provider's side: making links (fixed URL, URL
//! template, Stripe Checkout), reading what Stripe says (signed webhook events and session
//! lookups), reading provider and bank reports, and telling the shop's own command.
//!
//! Depends on `core` only (plus its HTTP and crypto crates): operations in `ops` call it and
//! write what it returns, so nothing here touches the database.

pub mod events;
pub mod fixed;
pub mod hook;
pub mod provider;
pub mod report;
pub mod signature;
pub mod stripe;
pub mod template;

pub use events::{Observation, OrderRef, StripeEvent};
pub use hook::PaidNotice;
pub use provider::{CreatedLink, LinkProvider, LinkRequest, ProviderError};
pub use report::{FieldMap, ReportError, ReportFormat};
pub use stripe::{StripeAuth, StripeClient};
