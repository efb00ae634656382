//! Operation errors: what was being done, and why it could not be.

use thiserror::Error;

use crate::core::customer::PhoneError;
use crate::core::i18n::Message;
use crate::core::link::LinkError;
use crate::core::money::MoneyError;
use crate::core::names::UnknownName;
use crate::core::order::OrderError;
use crate::core::payment::PaymentError;
use crate::core::refusal::{Refusal, RefusalKind};
use crate::payments::ProviderError;
use crate::store::StoreError;

#[derive(Debug, Error)]
pub enum OpError {
    /// Input the person can correct: a wrong SKU, a bad amount, an impossible step.
    #[error("{0}")]
    Invalid(Message),
    #[error("{0}")]
    NotFound(Message),
    #[error(transparent)]
    Order(#[from] OrderError),
    #[error(transparent)]
    Payment(#[from] PaymentError),
    #[error(transparent)]
    Money(#[from] MoneyError),
    #[error(transparent)]
    Phone(#[from] PhoneError),
    #[error(transparent)]
    Name(#[from] UnknownName),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Link(#[from] LinkError),
    /// A payment provider (Stripe) could not be reached or refused.
    #[error(transparent)]
    Provider(#[from] ProviderError),
    /// The same error, with what was being attempted in front: "cannot confirm order #1042: …".
    #[error("{}", self.message())]
    While {
        /// What was being done, after "cannot": `doing-confirm-order`.
        doing: Message,
        #[source]
        source: Box<OpError>,
    },
}

impl OpError {
    /// The error as a message, worded when someone reads it: "cannot confirm order #1042:
    /// only 1 of 'Wool Scarf Red' left (2 asked)", in their language.
    pub fn message(&self) -> Message {
        match self {
            OpError::Invalid(m) | OpError::NotFound(m) => m.clone(),
            OpError::Order(e) => e.message(),
            OpError::Payment(e) => e.message(),
            OpError::Money(e) => e.message(),
            OpError::Phone(e) => e.message(),
            OpError::Name(e) => e.message(),
            OpError::Store(e) => e.message(),
            OpError::Link(e) => e.message(),
            OpError::Provider(e) => e.message(),
            OpError::While { doing, source } => {
                crate::msg!("error-while", doing = doing.clone(), why = source.message())
            }
        }
    }
}

impl OpError {
    /// True when the person at the desk can fix it (exit code 1); false for bugs (exit 2).
    pub fn is_user_error(&self) -> bool {
        self.kind() != RefusalKind::Internal
    }

    /// What kind of refusal this is: the one place where errors are sorted, so callers
    /// react to the kind and never to the words.
    pub fn kind(&self) -> RefusalKind {
        use RefusalKind as K;
        match self {
            OpError::Invalid(_)
            | OpError::Order(_)
            | OpError::Payment(_)
            | OpError::Money(_)
            | OpError::Phone(_)
            | OpError::Name(_)
            | OpError::Link(_) => K::Invalid,
            OpError::NotFound(_) => K::NotFound,
            OpError::Store(e) => match e {
                StoreError::Stale { .. } => K::Stale,
                StoreError::Busy | StoreError::InUse { .. } | StoreError::Restoring => K::Busy,
                StoreError::NotEnoughStock { .. }
                | StoreError::NotOnHand { .. }
                | StoreError::BeyondCeiling
                | StoreError::Overflow => K::Invalid,
                StoreError::Duplicate(_) => K::Duplicate,
                StoreError::NotFound(_) => K::NotFound,
                StoreError::Open { .. }
                | StoreError::NotADatabase { .. }
                | StoreError::Foreign { .. }
                | StoreError::TooNew { .. }
                | StoreError::ReadOnly
                | StoreError::ReadOnlyFolder { .. }
                | StoreError::Full
                | StoreError::Incomplete { .. }
                | StoreError::Connect { .. }
                | StoreError::BackupOnServer => K::Unavailable,
                StoreError::Corrupt(_)
                | StoreError::Sqlite(_)
                | StoreError::Postgres(_)
                | StoreError::Io(_) => K::Internal,
            },
            OpError::Provider(e) => match e {
                ProviderError::Config(_) | ProviderError::Refused { .. } => K::Invalid,
                ProviderError::Unreachable { .. } => K::Unavailable,
                ProviderError::BadAnswer { .. } => K::Internal,
            },
            OpError::While { source, .. } => source.kind(),
        }
    }

    /// The refusal a caller with its own words for what it was doing shows: the kind, and
    /// the reason without ops' "cannot …" in front.
    pub fn refusal(&self) -> Refusal {
        match self {
            OpError::While { source, .. } => source.refusal(),
            other => Refusal::new(other.kind(), other.message()),
        }
    }
}

impl OpError {
    /// True when the operating system failed a read or write of the book (the caller may
    /// find the disk full and say so).
    pub fn is_disk_failure(&self) -> bool {
        match self {
            OpError::Store(StoreError::Io(_)) => true,
            OpError::While { source, .. } => source.is_disk_failure(),
            _ => false,
        }
    }
}

/// Adds "what we were doing" to an error (a `doing-…` message: "confirm order #1042").
pub trait Doing<T> {
    fn doing(self, what: impl FnOnce() -> Message) -> Result<T, OpError>;
}

impl<T, E: Into<OpError>> Doing<T> for Result<T, E> {
    fn doing(self, what: impl FnOnce() -> Message) -> Result<T, OpError> {
        self.map_err(|e| OpError::While {
            doing: what(),
            source: Box::new(e.into()),
        })
    }
}

impl From<OpError> for Refusal {
    fn from(e: OpError) -> Refusal {
        e.refusal()
    }
}
