//! Why money went to manual review: a payment that does not fit its link or its order (from
//! a provider's event) or a report row that does not fit the book. Stored as a stable code
//! (a small JSON object naming the reason and its values) in the link's note, the event's
//! and the report row's detail, and worded only when a person reads it, in their language.
//! Rows written before reasons had codes hold English prose, shown as it is.

use serde::{Deserialize, Serialize};

use super::i18n::{Arg, Message, id};
use super::link::{LinkEvent, LinkState, transition};
use super::money::{Currency, Money, MoneyError, decimal_string};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "review", rename_all = "snake_case")]
pub enum ReviewReason {
    /// The event's metadata names another order than the one its link belongs to.
    WrongOrder {
        payment: String,
        named: i64,
        number: i64,
    },
    /// Paid in a currency the desk does not know (the amount as the provider sent it).
    UnknownCurrency {
        payment: String,
        amount: String,
        currency: String,
    },
    /// More than the desk takes for one amount.
    TooLarge { payment: String, paid: Money },
    /// The amount is not what the link asked for.
    LinkAmount {
        payment: String,
        paid: Money,
        asked: Money,
    },
    /// The link had been replaced (the balance changed since).
    ReplacedLink { payment: String, paid: Money },
    /// The link's state takes no payment (already paid, failed).
    LinkClosed {
        payment: String,
        paid: Money,
        state: LinkState,
    },
    /// Paid in another currency than the order's.
    OrderCurrency {
        payment: String,
        paid: Currency,
        number: i64,
        order: Currency,
    },
    /// The order was cancelled.
    CancelledOrder { payment: String, paid: Money },
    /// More than the order owes.
    MoreThanOwed {
        payment: String,
        paid: Money,
        number: i64,
        owes: Money,
    },
    /// A report row whose reference a rejected claim carries.
    RejectedClaim { reference: String },
    /// A report row in a currency the desk does not know.
    RowUnknownCurrency { currency: String, order: Currency },
    /// A report row in another currency than the order's.
    RowCurrency {
        row: Currency,
        number: i64,
        order: Currency,
    },
    /// A report row for a cancelled order.
    RowCancelled { number: i64 },
    /// A report row paying more than the order owes.
    RowMoreThanOwed {
        number: i64,
        owes: Money,
        paid: Money,
    },
    /// A report row matching a claim of another order.
    ClaimOfOtherOrder,
}

/// How amounts are written in the words: the reader's money form, or plain decimals (the
/// reconciliation CSV, which is the same in every language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amounts {
    Money,
    Plain,
}

impl Amounts {
    pub fn arg(self, m: Money) -> Arg {
        match self {
            Amounts::Money => m.into(),
            Amounts::Plain => decimal_string(m.minor, m.currency).into(),
        }
    }
}

impl ReviewReason {
    /// The stable code stored in the book.
    pub fn code(&self) -> String {
        // A plain enum of strings, numbers and names: serialising it cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The reason a stored note or detail holds, if it holds one (not old prose).
    pub fn from_code(stored: &str) -> Option<ReviewReason> {
        if !stored.starts_with('{') {
            return None;
        }
        serde_json::from_str(stored).ok()
    }

    /// A stored note or detail for a person: the reason worded, or old prose as it is.
    pub fn read(stored: &str) -> Message {
        match ReviewReason::from_code(stored) {
            Some(reason) => reason.message(),
            None => Message::plain(stored),
        }
    }

    /// The reason in words, amounts in the reader's money form.
    pub fn message(&self) -> Message {
        self.worded(Amounts::Money)
    }

    pub fn worded(&self, amounts: Amounts) -> Message {
        let a = |m: &Money| amounts.arg(*m);
        match self {
            ReviewReason::WrongOrder {
                payment,
                named,
                number,
            } => crate::msg!(
                "review-wrong-order",
                payment = payment,
                named = id(*named),
                number = id(*number)
            ),
            ReviewReason::UnknownCurrency {
                payment,
                amount,
                currency,
            } => crate::msg!(
                "review-unknown-currency",
                payment = payment,
                amount = amount,
                currency = currency.to_uppercase()
            ),
            ReviewReason::TooLarge { payment, paid } => {
                let why = MoneyError::TooLarge {
                    text: paid.to_string(),
                    ceiling: Money::new(paid.currency.ceiling(), paid.currency),
                };
                crate::msg!("review-too-large", payment = payment, why = why.message())
            }
            ReviewReason::LinkAmount {
                payment,
                paid,
                asked,
            } => crate::msg!(
                "review-link-amount",
                payment = payment,
                paid = a(paid),
                asked = a(asked)
            ),
            ReviewReason::ReplacedLink { payment, paid } => {
                crate::msg!("review-replaced-link", payment = payment, paid = a(paid))
            }
            ReviewReason::LinkClosed {
                payment,
                paid,
                state,
            } => {
                let why = match transition(*state, LinkEvent::Paid) {
                    Err(e) => e.message(),
                    Ok(_) => Message::new(state.key()),
                };
                crate::msg!(
                    "review-link-closed",
                    payment = payment,
                    paid = a(paid),
                    why = why
                )
            }
            ReviewReason::OrderCurrency {
                payment,
                paid,
                number,
                order,
            } => crate::msg!(
                "review-order-currency",
                payment = payment,
                paid = paid.code(),
                number = id(*number),
                currency = order.code()
            ),
            ReviewReason::CancelledOrder { payment, paid } => {
                crate::msg!("review-cancelled-order", payment = payment, paid = a(paid))
            }
            ReviewReason::MoreThanOwed {
                payment,
                paid,
                number,
                owes,
            } => crate::msg!(
                "review-more-than-owed",
                payment = payment,
                paid = a(paid),
                number = id(*number),
                owes = a(owes)
            ),
            ReviewReason::RejectedClaim { reference } => {
                crate::msg!("review-rejected-claim", reference = reference)
            }
            ReviewReason::RowUnknownCurrency { currency, order } => crate::msg!(
                "review-row-unknown-currency",
                currency = currency,
                order = order.code()
            ),
            ReviewReason::RowCurrency { row, number, order } => crate::msg!(
                "review-row-currency",
                currency = row.code(),
                number = id(*number),
                order = order.code()
            ),
            ReviewReason::RowCancelled { number } => {
                crate::msg!("review-row-cancelled", number = id(*number))
            }
            ReviewReason::RowMoreThanOwed { number, owes, paid } => crate::msg!(
                "review-row-more-than-owed",
                number = id(*number),
                owes = a(owes),
                paid = a(paid)
            ),
            ReviewReason::ClaimOfOtherOrder => crate::msg!("review-claim-other-order"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Locale;

    fn brl(minor: i64) -> Money {
        Money::new(minor, Currency::BRL)
    }

    fn every_reason() -> Vec<ReviewReason> {
        let payment = || "pi_1".to_string();
        vec![
            ReviewReason::WrongOrder {
                payment: payment(),
                named: 1041,
                number: 1042,
            },
            ReviewReason::UnknownCurrency {
                payment: payment(),
                amount: "12.50".into(),
                currency: "xyz".into(),
            },
            ReviewReason::TooLarge {
                payment: payment(),
                paid: brl(i64::MAX / 2),
            },
            ReviewReason::LinkAmount {
                payment: payment(),
                paid: brl(100),
                asked: brl(7100),
            },
            ReviewReason::ReplacedLink {
                payment: payment(),
                paid: brl(100),
            },
            ReviewReason::LinkClosed {
                payment: payment(),
                paid: brl(100),
                state: LinkState::Failed,
            },
            ReviewReason::OrderCurrency {
                payment: payment(),
                paid: Currency::USD,
                number: 1042,
                order: Currency::BRL,
            },
            ReviewReason::CancelledOrder {
                payment: payment(),
                paid: brl(100),
            },
            ReviewReason::MoreThanOwed {
                payment: payment(),
                paid: brl(9900),
                number: 1042,
                owes: brl(100),
            },
            ReviewReason::RejectedClaim {
                reference: "E2E1".into(),
            },
            ReviewReason::RowUnknownCurrency {
                currency: "chf".into(),
                order: Currency::BRL,
            },
            ReviewReason::RowCurrency {
                row: Currency::USD,
                number: 1042,
                order: Currency::BRL,
            },
            ReviewReason::RowCancelled { number: 1042 },
            ReviewReason::RowMoreThanOwed {
                number: 1042,
                owes: brl(10000),
                paid: brl(123456),
            },
            ReviewReason::ClaimOfOtherOrder,
        ]
    }

    #[test]
    fn a_reason_is_stored_as_a_code_and_read_back() {
        for reason in every_reason() {
            let code = reason.code();
            assert!(code.starts_with("{\"review\":"), "{code}");
            assert_eq!(ReviewReason::from_code(&code), Some(reason.clone()));
            assert_eq!(ReviewReason::read(&code), reason.message());
        }
    }

    #[test]
    fn old_prose_is_shown_as_it_was_stored() {
        let old = "payment pi_1 of $1.00 does not match its link, which asked for $71.00";
        assert_eq!(ReviewReason::from_code(old), None);
        assert_eq!(ReviewReason::read(old).in_locale(Locale::PT_BR), old);
        assert_eq!(ReviewReason::read("{not json").to_string(), "{not json");
    }

    #[test]
    fn every_reason_is_worded_in_each_language_without_english() {
        for reason in every_reason() {
            let en = reason.message().in_locale(Locale::EN);
            for loc in [Locale::PT_BR, Locale::ES, Locale::DE] {
                let words = reason.message().in_locale(loc);
                assert_ne!(words, en, "{loc:?} says {reason:?} in English");
                assert!(!words.contains("review-"), "{words}");
            }
        }
        let amount = ReviewReason::LinkAmount {
            payment: "pi_1".into(),
            paid: brl(100),
            asked: brl(7100),
        };
        assert_eq!(
            amount.message().in_locale(Locale::PT_BR),
            "pagamento pi_1 de R$ 1,00 não confere com o link, que pedia R$ 71,00"
        );
        let owed = ReviewReason::RowMoreThanOwed {
            number: 1042,
            owes: brl(10000),
            paid: brl(123456),
        };
        assert_eq!(
            owed.worded(Amounts::Plain).to_string(),
            "order #1042 owes 100.00 but the row paid 1234.56"
        );
    }
}
