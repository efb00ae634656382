//! Why a payment link left its pending state, as its note keeps it: a stable code (a small
//! JSON object, `{"note":"renewed"}`) stored in the book and in `--json`, worded only when a
//! person reads it, in their language. A review's reason has codes of its own
//! (`core::review`); a person's own words closing a review are kept as they wrote them.
//! Notes written before they had codes are mapped to codes by migration 0013; anything
//! else stored as prose is shown as it is.

use serde::{Deserialize, Serialize};

use super::i18n::Message;
use super::link::Provider;
use super::money::Money;
use super::review::ReviewReason;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum LinkNote {
    /// The provider said the payment failed.
    ProviderFailed,
    /// The provider let the session run out unpaid.
    ProviderExpired,
    /// The order's balance was paid some other way (cash, Pix, a report).
    PaidOtherwise,
    /// The order was cancelled.
    OrderCancelled,
    /// The link's time ran out unpaid.
    RanOut,
    /// The link's time ran out and a new link for the same amount continues it.
    Renewed,
    /// A new link of this provider replaced it (same order, same amount).
    ReplacedByNew { provider: Provider },
    /// The balance changed; a new link asks for this one.
    Rebalanced { balance: Money },
    /// A person closed the review without words of their own.
    ReviewClosed { by: String },
}

impl LinkNote {
    /// The stable code stored in the book.
    pub fn code(&self) -> String {
        // A plain enum of names, numbers and strings: serialising it cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The note a stored code holds, if it holds one (not a review, not prose).
    pub fn from_code(stored: &str) -> Option<LinkNote> {
        if !stored.starts_with("{\"note\"") {
            return None;
        }
        serde_json::from_str(stored).ok()
    }

    /// A stored link note for a person: a note's or a review's code worded, or what a
    /// person (or an older build) wrote, as it is.
    pub fn read(stored: &str) -> Message {
        match LinkNote::from_code(stored) {
            Some(note) => note.message(),
            None => ReviewReason::read(stored),
        }
    }

    pub fn message(&self) -> Message {
        match self {
            LinkNote::ProviderFailed => crate::msg!("link-note-provider-failed"),
            LinkNote::ProviderExpired => crate::msg!("link-note-provider-expired"),
            LinkNote::PaidOtherwise => crate::msg!("link-note-paid-otherwise"),
            LinkNote::OrderCancelled => crate::msg!("link-note-order-cancelled"),
            LinkNote::RanOut => crate::msg!("link-note-ran-out"),
            LinkNote::Renewed => crate::msg!("link-note-renewed"),
            LinkNote::ReplacedByNew { provider } => crate::msg!(
                "link-note-replaced",
                provider = Message::new(provider.key())
            ),
            LinkNote::Rebalanced { balance } => {
                crate::msg!("link-note-rebalanced", balance = *balance)
            }
            LinkNote::ReviewClosed { by } => {
                crate::msg!("link-note-review-closed", actor = by.as_str())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Locale;
    use crate::core::money::Currency;

    pub(crate) fn every_note() -> Vec<LinkNote> {
        vec![
            LinkNote::ProviderFailed,
            LinkNote::ProviderExpired,
            LinkNote::PaidOtherwise,
            LinkNote::OrderCancelled,
            LinkNote::RanOut,
            LinkNote::Renewed,
            LinkNote::ReplacedByNew {
                provider: Provider::Stripe,
            },
            LinkNote::Rebalanced {
                balance: Money::new(69500, Currency::BRL),
            },
            LinkNote::ReviewClosed { by: "ana".into() },
        ]
    }

    #[test]
    fn a_note_is_stored_as_a_code_and_read_back() {
        for note in every_note() {
            let code = note.code();
            assert!(code.starts_with("{\"note\":"), "{code}");
            assert_eq!(LinkNote::from_code(&code), Some(note.clone()));
            assert_eq!(LinkNote::read(&code), note.message());
        }
        assert_eq!(LinkNote::Renewed.code(), r#"{"note":"renewed"}"#);
        assert_eq!(
            LinkNote::Rebalanced {
                balance: Money::new(69500, Currency::BRL)
            }
            .code(),
            r#"{"note":"rebalanced","balance":{"minor":69500,"currency":"BRL"}}"#
        );
    }

    #[test]
    fn a_review_code_and_words_of_a_person_read_as_before() {
        let why = ReviewReason::RowCancelled { number: 1042 };
        assert_eq!(LinkNote::read(&why.code()), why.message());
        let written = "refunded at the counter";
        assert_eq!(LinkNote::from_code(written), None);
        assert_eq!(LinkNote::read(written).in_locale(Locale::DE), written);
        assert_eq!(LinkNote::read("").in_locale(Locale::PT_BR), "");
        assert_eq!(
            LinkNote::read("{\"note\":\"new\"}").to_string(),
            "{\"note\":\"new\"}"
        );
    }

    #[test]
    fn every_note_is_worded_in_each_language_without_english() {
        for note in every_note() {
            let en = note.message().in_locale(Locale::EN);
            assert!(!en.contains("link-note"), "{en}");
            for loc in [Locale::PT_BR, Locale::PT_PT, Locale::ES, Locale::DE] {
                let words = note.message().in_locale(loc);
                assert_ne!(words, en, "{loc:?} says {note:?} in English");
                assert!(!words.contains("link-note"), "{words}");
            }
        }
        let rebalanced = LinkNote::Rebalanced {
            balance: Money::new(69500, Currency::BRL),
        };
        assert_eq!(
            rebalanced.message().in_locale(Locale::EN),
            "replaced: the balance is now R$ 695,00"
        );
        assert_eq!(
            rebalanced.message().in_locale(Locale::PT_BR),
            "substituído: o saldo agora é R$ 695,00"
        );
        let replaced = LinkNote::ReplacedByNew {
            provider: Provider::Stripe,
        };
        assert_eq!(
            replaced.message().in_locale(Locale::DE),
            "durch einen neuen Link (Stripe) ersetzt"
        );
    }
}
