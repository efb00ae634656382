//! Reconciliation: a provider's or bank's report against the book. Pure: the rows and the
//! facts about each order come in, a decision per row goes out; the caller writes it.

use uuid::Uuid;

use super::i18n::{Arg, Message, id};
use super::money::{Currency, Money};
use super::names::text_enum;
use super::order::Lifecycle;
use super::payment::{Method, Payment, PaymentKind, PaymentState, Totals};
use super::review::{Amounts, ReviewReason};

text_enum! {
    /// What became of one row of a report (and of claims no row confirmed).
    Outcome {
        /// Matched an order and recorded as a verified payment.
        Recorded = "recorded",
        /// Matched a customer's claim, which is now verified.
        ClaimVerified = "claim_verified",
        /// The book already has this payment (by its reference, by an earlier import, or a
        /// payment verified by hand for the same amount): nothing doubled.
        AlreadyRecorded = "already_recorded",
        /// No order in the book for this row.
        NoOrder = "no_order",
        /// Amount, currency or order do not fit: a person decides, nothing was paid.
        ManualReview = "manual_review",
        /// Not money received (failed, pending, refunded, a debit).
        NotPaid = "not_paid",
        /// A customer said they paid, and no row of the report shows it.
        ClaimWithoutProviderRow = "claim_without_provider_row",
    }
}

/// One row of a report, read into our terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderRow {
    /// The line in the file (the header is line 1).
    pub line: usize,
    /// The provider's or bank's id for the payment; becomes the payment's reference.
    pub reference: Option<String>,
    /// Other ids the row carries (a PaymentIntent, a Checkout Session) that the book may know.
    pub other_refs: Vec<String>,
    /// None when the currency is not one the desk knows.
    pub amount: Option<Money>,
    /// As written in the file, for the reconciliation report.
    pub amount_text: String,
    pub currency_text: String,
    pub status: String,
    /// Money received, by its status (and a positive amount).
    pub paid: bool,
    /// The order it names: metadata, a mapped column, or "#1042" in its description.
    pub order_no: Option<i64>,
    pub description: String,
    /// Idempotency of the import itself: the same row imported again is recognised by this.
    pub fingerprint: String,
}

impl ProviderRow {
    /// Every id of the row, the reference first.
    pub fn refs(&self) -> impl Iterator<Item = &str> {
        self.reference
            .iter()
            .chain(self.other_refs.iter())
            .map(String::as_str)
    }
}

/// What the book knows about the order a row names.
#[derive(Debug, Clone, Copy)]
pub struct OrderFacts<'a> {
    pub number: i64,
    pub currency: Currency,
    pub total: i64,
    pub cancelled: bool,
    /// The payment sums the book keeps on the order.
    pub totals: Totals,
    pub payments: &'a [Payment],
}

/// What to do with one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// A payment with one of the row's ids is already in the book.
    AlreadyRecorded {
        payment_id: Uuid,
    },
    /// A payment verified by hand, for the same amount and with no reference: it is this
    /// one. It gets the row's reference, so the next import finds it by reference.
    AttachReference {
        payment_id: Uuid,
    },
    /// The customer's claim for the same amount: the report verifies it.
    VerifyClaim {
        payment_id: Uuid,
    },
    /// New money for the order: record a verified payment.
    Record,
    NoOrder,
    Review(ReviewReason),
    /// Not money received: the row's status.
    NotPaid(String),
}

impl Decision {
    pub fn outcome(&self) -> Outcome {
        match self {
            Decision::AlreadyRecorded { .. } | Decision::AttachReference { .. } => {
                Outcome::AlreadyRecorded
            }
            Decision::VerifyClaim { .. } => Outcome::ClaimVerified,
            Decision::Record => Outcome::Recorded,
            Decision::NoOrder => Outcome::NoOrder,
            Decision::Review(_) => Outcome::ManualReview,
            Decision::NotPaid(_) => Outcome::NotPaid,
        }
    }
}

/// Decides one row. `known` is a payment of the book whose reference is one of the row's ids.
pub fn decide(row: &ProviderRow, known: Option<&Payment>, order: Option<&OrderFacts>) -> Decision {
    if !row.paid {
        return Decision::NotPaid(row.status.clone());
    }
    if let Some(p) = known {
        return match p.state {
            PaymentState::Verified => Decision::AlreadyRecorded { payment_id: p.id },
            PaymentState::Claimed => Decision::VerifyClaim { payment_id: p.id },
            PaymentState::Rejected => Decision::Review(ReviewReason::RejectedClaim {
                reference: p.reference.clone().unwrap_or_default(),
            }),
        };
    }
    let Some(order) = order else {
        return Decision::NoOrder;
    };
    let Some(amount) = row.amount else {
        return Decision::Review(ReviewReason::RowUnknownCurrency {
            currency: row.currency_text.clone(),
            order: order.currency,
        });
    };
    if amount.currency != order.currency {
        return Decision::Review(ReviewReason::RowCurrency {
            row: amount.currency,
            number: order.number,
            order: order.currency,
        });
    }
    if order.cancelled {
        return Decision::Review(ReviewReason::RowCancelled {
            number: order.number,
        });
    }
    let unreferenced = |state: PaymentState| {
        order.payments.iter().find(|p| {
            p.kind == PaymentKind::Payment
                && p.state == state
                && p.amount == amount.minor
                && p.reference.is_none()
        })
    };
    if let Some(p) = unreferenced(PaymentState::Verified) {
        return Decision::AttachReference { payment_id: p.id };
    }
    if let Some(p) = unreferenced(PaymentState::Claimed) {
        return Decision::VerifyClaim { payment_id: p.id };
    }
    let lifecycle = if order.cancelled {
        Lifecycle::Cancelled
    } else {
        Lifecycle::Confirmed
    };
    let due = order.totals.balance(order.total, lifecycle);
    if amount.minor > due {
        return Decision::Review(ReviewReason::RowMoreThanOwed {
            number: order.number,
            owes: Money::new(due.max(0), order.currency),
            paid: amount,
        });
    }
    Decision::Record
}

/// What one line of a reconciliation says about its row, worded when read: in the staff's
/// language on the command line, in English with plain decimals in the reconciliation CSV
/// and JSON (the same whatever the reader's language, as they were before languages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowNote {
    /// Not money received: the row's status.
    NotPaid {
        status: String,
    },
    /// The same row was imported before, with this outcome (as stored).
    ImportedBefore {
        outcome: String,
    },
    /// The row names an order number the book does not have.
    NoSuchOrder {
        number: i64,
    },
    /// The row names no order (no number, no id the book knows).
    NamesNoOrder,
    AlreadyInBook,
    MatchesHandVerified,
    /// Verified the customer's claim; proven by this line of this file.
    VerifiesClaim {
        source: String,
        line: usize,
    },
    Recorded {
        method: Method,
    },
    /// The row's amount is in a currency the desk does not know.
    CurrencyUnknown,
    /// A customer's claim that no row of the report shows.
    ClaimWithoutRow {
        amount: Money,
        method: Method,
    },
    Review(ReviewReason),
}

impl RowNote {
    /// In the reader's words and money forms.
    pub fn message(&self) -> Message {
        self.worded(Amounts::Money)
    }

    /// The reconciliation file's words: English, plain decimals, stored names as they are.
    pub fn plain(&self) -> String {
        self.worded(Amounts::Plain).to_string()
    }

    fn worded(&self, amounts: Amounts) -> Message {
        // A stored name: worded for people, as stored in the file.
        let name = |key: &'static str, stored: &str| -> Arg {
            match amounts {
                Amounts::Money => Message::new(key).into(),
                Amounts::Plain => stored.into(),
            }
        };
        match self {
            RowNote::NotPaid { status } => crate::msg!("row-not-paid", status = status),
            RowNote::ImportedBefore { outcome } => {
                let before = match outcome.parse::<Outcome>() {
                    Ok(o) => name(o.key(), outcome),
                    Err(_) => outcome.into(),
                };
                crate::msg!("row-imported-before", outcome = before)
            }
            RowNote::NoSuchOrder { number } => {
                crate::msg!("row-no-such-order", number = id(*number))
            }
            RowNote::NamesNoOrder => crate::msg!("row-names-no-order"),
            RowNote::AlreadyInBook => crate::msg!("row-already-in-book"),
            RowNote::MatchesHandVerified => crate::msg!("row-matches-hand-verified"),
            RowNote::VerifiesClaim { source, line } => crate::msg!(
                "row-verifies-claim",
                source = source,
                line = id(i64::try_from(*line).unwrap_or(i64::MAX))
            ),
            RowNote::Recorded { method } => {
                crate::msg!("row-recorded", method = name(method.key(), method.as_str()))
            }
            RowNote::CurrencyUnknown => crate::msg!("row-currency-unknown"),
            // The file always said this amount in its currency's own form.
            RowNote::ClaimWithoutRow { amount, method } => crate::msg!(
                "row-claim-without-row",
                amount = *amount,
                method = name(method.key(), method.as_str())
            ),
            RowNote::Review(reason) => reason.worded(amounts),
        }
    }
}

/// The order number a free text names as "#1042" (a description or a bank memo). Only a
/// number right after '#' counts, so dates and amounts are never mistaken for orders.
pub fn order_number_in(text: &str) -> Option<i64> {
    let mut found = None;
    for (at, _) in text.match_indices('#') {
        let digits: String = text[at + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if let Ok(n) = digits.parse::<i64>()
            && n > 0
        {
            if found.is_some_and(|f| f != n) {
                // Two different numbers: naming no order is safer than guessing one.
                return None;
            }
            found = Some(n);
        }
    }
    found
}

/// Whether a report's status word means money received: Some(true) paid, Some(false) not,
/// None unknown. Words from Stripe's exports and common bank exports, in en/pt/es.
pub fn status_means_paid(status: &str) -> Option<bool> {
    let s = status.trim().to_lowercase();
    const PAID: &[&str] = &[
        "paid",
        "succeeded",
        "successful",
        "success",
        "complete",
        "completed",
        "settled",
        "captured",
        "approved",
        "credited",
        "confirmed",
        "ok",
        "pago",
        "paga",
        "aprovado",
        "aprovada",
        "concluído",
        "concluido",
        "concluída",
        "confirmado",
        "liquidado",
        "pagado",
        "aprobado",
        "completado",
        "acreditado",
    ];
    const NOT_PAID: &[&str] = &[
        "failed",
        "fail",
        "canceled",
        "cancelled",
        "declined",
        "refunded",
        "partially refunded",
        "reversed",
        "pending",
        "processing",
        "uncaptured",
        "requires_payment_method",
        "requires_action",
        "incomplete",
        "disputed",
        "blocked",
        "expired",
        "voided",
        "falhou",
        "cancelado",
        "recusado",
        "estornado",
        "pendente",
        "fallido",
        "rechazado",
        "reembolsado",
        "pendiente",
    ];
    if PAID.contains(&s.as_str()) {
        Some(true)
    } else if NOT_PAID.contains(&s.as_str()) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::Locale;
    use crate::core::money::decimal_string;
    use chrono::{TimeZone, Utc};

    fn payment(state: PaymentState, amount: i64, reference: Option<&str>) -> Payment {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
        Payment {
            id: Uuid::now_v7(),
            order_id: Uuid::nil(),
            kind: PaymentKind::Payment,
            method: crate::core::payment::Method::Pix,
            amount,
            currency: Currency::BRL,
            state,
            reference: reference.map(str::to_string),
            proof: None,
            restock: false,
            created_at: at,
            settled_at: (state != PaymentState::Claimed).then_some(at),
            actor: "t".into(),
        }
    }

    fn row(amount: i64) -> ProviderRow {
        ProviderRow {
            line: 2,
            reference: Some("E2E123".into()),
            other_refs: Vec::new(),
            amount: Some(Money::new(amount, Currency::BRL)),
            amount_text: decimal_string(amount, Currency::BRL),
            currency_text: "BRL".into(),
            status: "paid".into(),
            paid: true,
            order_no: Some(1042),
            description: String::new(),
            fingerprint: "f".into(),
        }
    }

    fn facts(payments: &[Payment]) -> OrderFacts<'_> {
        OrderFacts {
            number: 1042,
            currency: Currency::BRL,
            total: 10000,
            cancelled: false,
            totals: Totals::of(payments),
            payments,
        }
    }

    #[test]
    fn a_known_reference_is_never_paid_twice() {
        let p = payment(PaymentState::Verified, 10000, Some("E2E123"));
        let ps = [p.clone()];
        assert_eq!(
            decide(&row(10000), Some(&p), Some(&facts(&ps))),
            Decision::AlreadyRecorded { payment_id: p.id }
        );
        let c = payment(PaymentState::Claimed, 10000, Some("E2E123"));
        assert_eq!(
            decide(&row(10000), Some(&c), None),
            Decision::VerifyClaim { payment_id: c.id }
        );
        let r = payment(PaymentState::Rejected, 10000, Some("E2E123"));
        assert!(matches!(
            decide(&row(10000), Some(&r), None),
            Decision::Review(_)
        ));
    }

    #[test]
    fn a_hand_verified_payment_takes_the_reference_instead_of_a_second_payment() {
        let hand = payment(PaymentState::Verified, 10000, None);
        let ps = [hand.clone()];
        assert_eq!(
            decide(&row(10000), None, Some(&facts(&ps))),
            Decision::AttachReference {
                payment_id: hand.id
            }
        );
    }

    #[test]
    fn a_claim_for_the_same_amount_is_verified() {
        let claim = payment(PaymentState::Claimed, 4000, None);
        let ps = [claim.clone()];
        assert_eq!(
            decide(&row(4000), None, Some(&facts(&ps))),
            Decision::VerifyClaim {
                payment_id: claim.id
            }
        );
        assert_eq!(
            decide(&row(3000), None, Some(&facts(&ps))),
            Decision::Record,
            "a different amount is other money"
        );
    }

    #[test]
    fn mismatches_go_to_review_and_strangers_to_no_order() {
        assert_eq!(decide(&row(10000), None, None), Decision::NoOrder);
        assert!(
            matches!(decide(&row(10001), None, Some(&facts(&[]))), Decision::Review(ReviewReason::RowMoreThanOwed { owes, .. }) if owes.minor == 10000)
        );
        let mut usd = row(10000);
        usd.amount = Some(Money::new(10000, Currency::USD));
        assert!(matches!(
            decide(&usd, None, Some(&facts(&[]))),
            Decision::Review(ReviewReason::RowCurrency {
                row: Currency::USD,
                ..
            })
        ));
        let mut chf = row(10000);
        chf.amount = None;
        chf.currency_text = "chf".into();
        assert!(
            matches!(decide(&chf, None, Some(&facts(&[]))), Decision::Review(ReviewReason::RowUnknownCurrency { currency, .. }) if currency == "chf")
        );
        let cancelled = OrderFacts {
            cancelled: true,
            ..facts(&[])
        };
        assert!(matches!(
            decide(&row(100), None, Some(&cancelled)),
            Decision::Review(ReviewReason::RowCancelled { number: 1042 })
        ));
        let mut failed = row(100);
        failed.paid = false;
        failed.status = "Failed".into();
        assert_eq!(
            decide(&failed, None, Some(&facts(&[]))).outcome(),
            Outcome::NotPaid
        );
    }

    #[test]
    fn a_part_payment_is_recorded() {
        let ps = [payment(PaymentState::Verified, 4000, Some("X"))];
        assert_eq!(
            decide(&row(6000), None, Some(&facts(&ps))),
            Decision::Record
        );
        assert!(matches!(
            decide(&row(6001), None, Some(&facts(&ps))),
            Decision::Review(_)
        ));
    }

    #[test]
    fn order_numbers_come_only_after_a_hash() {
        assert_eq!(order_number_in("Order #1042 · Lumen"), Some(1042));
        assert_eq!(order_number_in("pix pedido #1042 ref #1042"), Some(1042));
        assert_eq!(order_number_in("transfer 1042 on 2026-03-01"), None);
        assert_eq!(order_number_in("#1042 and #1043"), None);
        assert_eq!(order_number_in("# 12"), None);
        assert_eq!(order_number_in(""), None);
        assert_eq!(order_number_in("#99999999999999999999999"), None);
    }

    #[test]
    fn status_words_are_read_conservatively() {
        assert_eq!(status_means_paid("Paid"), Some(true));
        assert_eq!(status_means_paid(" succeeded "), Some(true));
        assert_eq!(status_means_paid("Refunded"), Some(false));
        assert_eq!(status_means_paid("Aprovado"), Some(true));
        assert_eq!(status_means_paid("mystery"), None);
    }

    /// The reconciliation file says what it said before languages; people read their own.
    #[test]
    fn a_row_note_is_plain_english_in_the_file_and_the_readers_words_on_screen() {
        let brl = |minor| Money::new(minor, Currency::BRL);
        let file = [
            (
                RowNote::NotPaid {
                    status: "Failed".into(),
                },
                "status 'Failed' is not money received",
            ),
            (
                RowNote::ImportedBefore {
                    outcome: "recorded".into(),
                },
                "imported before (recorded)",
            ),
            (
                RowNote::NoSuchOrder { number: 1042 },
                "the book has no order #1042",
            ),
            (
                RowNote::NamesNoOrder,
                "the row names no order (no order number, no known id)",
            ),
            (RowNote::AlreadyInBook, "the payment is already in the book"),
            (
                RowNote::MatchesHandVerified,
                "matches a payment already verified by hand; nothing doubled",
            ),
            (
                RowNote::VerifiesClaim {
                    source: "pix.csv".into(),
                    line: 1234,
                },
                "verifies the customer's claim (pix.csv, line 1234)",
            ),
            (
                RowNote::Recorded {
                    method: Method::Transfer,
                },
                "recorded as a verified transfer payment",
            ),
            (RowNote::CurrencyUnknown, "the amount's currency is unknown"),
            (
                RowNote::ClaimWithoutRow {
                    amount: brl(123456),
                    method: Method::Pix,
                },
                "the customer's claim of R$ 1.234,56 (pix) has no row in this report",
            ),
            (
                RowNote::Review(ReviewReason::RowMoreThanOwed {
                    number: 1042,
                    owes: brl(100000),
                    paid: brl(100001),
                }),
                "order #1042 owes 1000.00 but the row paid 1000.01",
            ),
            (
                RowNote::Review(ReviewReason::ClaimOfOtherOrder),
                "the claim it matches belongs to another order",
            ),
        ];
        for (note, plain) in file {
            assert_eq!(note.plain(), plain);
            for loc in [Locale::PT_BR, Locale::ES, Locale::DE] {
                let said = note.message().in_locale(loc);
                assert_ne!(
                    said,
                    note.message().in_locale(Locale::EN),
                    "{note:?} in {loc:?}"
                );
                assert!(!said.contains("row-") && !said.contains("name-"), "{said}");
            }
        }
        assert_eq!(
            RowNote::Recorded {
                method: Method::Pix
            }
            .message()
            .in_locale(Locale::PT_BR),
            "registrado como pagamento Pix verificado"
        );
    }
}
