//! Operation errors: what was being done, and why it could not be.

use thiserror::Error;

use crate::core::customer::PhoneError;
use crate::core::link::LinkError;
use crate::core::money::MoneyError;
use crate::core::names::UnknownName;
use crate::core::order::OrderError;
use crate::core::payment::PaymentError;
use crate::payments::ProviderError;
use crate::store::StoreError;

#[derive(Debug, Error)]
pub enum OpError {
    /// Input the person can correct: a wrong SKU, a bad amount, an impossible step.
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NotFound(String),
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
    #[error("{doing}: {source}")]
    While {
        doing: String,
        #[source]
        source: Box<OpError>,
    },
}

impl OpError {
    /// True when the person at the desk can fix it (exit code 1); false for bugs (exit 2).
    pub fn is_user_error(&self) -> bool {
        match self {
            OpError::Store(e) => e.is_user_error(),
            OpError::Provider(e) => e.is_user_error(),
            OpError::While { source, .. } => source.is_user_error(),
            _ => true,
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

/// Adds "what we were doing" to an error.
pub trait Doing<T> {
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, OpError>;
}

impl<T, E: Into<OpError>> Doing<T> for Result<T, E> {
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, OpError> {
        self.map_err(|e| OpError::While {
            doing: what(),
            source: Box::new(e.into()),
        })
    }
}
