//! What every link provider does: make a link for an order's balance.

use chrono::{DateTime, Utc};
use thiserror::Error;
use uuid::Uuid;

use crate::core::money::Money;

/// Everything a provider may put into a link.
#[derive(Debug, Clone)]
pub struct LinkRequest<'a> {
    pub order_no: i64,
    pub order_id: Uuid,
    pub revision: i64,
    /// The balance due: what the link asks for.
    pub due: Money,
    /// The customer's phone in E.164 ("+5511…"), if known.
    pub phone: Option<&'a str>,
    /// "Order #1042 · Loja Azul": what the customer sees at a checkout page.
    pub description: &'a str,
    pub expires_at: DateTime<Utc>,
    pub idempotency_key: &'a str,
}

/// A link as the provider made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedLink {
    pub url: String,
    /// The provider's id for it (a Stripe Checkout Session id), when it has one.
    pub external_id: Option<String>,
    /// When the provider says it expires (Stripe answers with its own `expires_at`).
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProviderError {
    #[error("{0}")]
    Config(String),
    /// No answer: network, DNS, TLS, timeout. Trying again later may work.
    #[error("cannot reach {what}: {why}; check the connection and try again")]
    Unreachable { what: String, why: String },
    /// The provider answered with an error.
    #[error("{what} refused the request (HTTP {status}): {message}")]
    Refused {
        what: String,
        status: u16,
        message: String,
    },
    /// The provider answered something we cannot read.
    #[error("{what} answered something unexpected: {why}")]
    BadAnswer { what: String, why: String },
}

impl ProviderError {
    /// Wrong settings or a refusal the person must act on, as opposed to a passing outage.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, ProviderError::BadAnswer { .. })
    }
}

pub trait LinkProvider {
    fn create(&self, request: &LinkRequest) -> Result<CreatedLink, ProviderError>;
}

impl ProviderError {
    /// The error in the reader's language; what the provider said stays as it was.
    pub fn message(&self) -> crate::core::i18n::Message {
        use crate::core::i18n::Message;
        let plain = |text: &str| Message::plain(text.to_string());
        match self {
            ProviderError::Config(text) => plain(text),
            ProviderError::Unreachable { what, why } => crate::msg!(
                "error-provider-unreachable",
                what = what.as_str(),
                why = plain(why)
            ),
            ProviderError::Refused {
                what,
                status,
                message,
            } => crate::msg!(
                "error-provider-refused",
                what = what.as_str(),
                status = status.to_string(),
                message = plain(message)
            ),
            ProviderError::BadAnswer { what, why } => crate::msg!(
                "error-provider-bad-answer",
                what = what.as_str(),
                why = plain(why)
            ),
        }
    }
}
