//! Payments and refunds, and the payment state of an order derived from them.
//!
//! What a customer *claims* ("sent!", a screenshot) is recorded as claimed and only counts as
//! paid once a person or the provider verifies it. The order's payment state is computed from
//! the amounts every time; it is never stored, so it can never disagree with the payments.

use chrono::{DateTime, Utc};
use serde::Serialize;
use thiserror::Error;
use uuid::Uuid;

use super::money::{Currency, Money};
use super::names::text_enum;
use super::order::Lifecycle;

text_enum! {
    /// Money in (payment) or money back (refund).
    PaymentKind { Payment = "payment", Refund = "refund" }
}

text_enum! {
    Method { Cash = "cash", Transfer = "transfer", Pix = "pix", Card = "card", Link = "link", Other = "other" }
}

text_enum! {
    PaymentState { Claimed = "claimed", Verified = "verified", Rejected = "rejected" }
}

text_enum! {
    /// Derived from the amounts: never stored.
    PaymentStatus {
        Unpaid = "unpaid",
        Claimed = "claimed",
        PartiallyPaid = "partially_paid",
        Paid = "paid",
        Overpaid = "overpaid",
        Refunded = "refunded",
        PartiallyRefunded = "partially_refunded",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payment {
    pub id: Uuid,
    pub order_id: Uuid,
    pub kind: PaymentKind,
    pub method: Method,
    /// Always positive; `kind` says which way the money went.
    pub amount: i64,
    pub currency: Currency,
    pub state: PaymentState,
    pub reference: Option<String>,
    /// What the customer sent as proof ("screenshot in chat 14:02").
    pub proof: Option<String>,
    /// For refunds: the goods came back to stock.
    pub restock: bool,
    pub created_at: DateTime<Utc>,
    /// When a person or the provider verified or rejected it.
    pub settled_at: Option<DateTime<Utc>>,
    pub actor: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PaymentError {
    #[error("the amount must be more than zero (got {0})")]
    NotPositive(Money),
    #[error("the payment is in {found} but the order is in {expected}")]
    WrongCurrency { found: Currency, expected: Currency },
    #[error("payment {id} is already {state}; only a claimed payment can be verified or rejected")]
    NotClaimed { id: String, state: PaymentState },
    #[error("{asked} is more than the {refundable} received and not yet refunded")]
    RefundTooLarge { asked: Money, refundable: Money },
    #[error("a refund is paid out by the shop; it cannot be a claim")]
    ClaimedRefund,
}

/// The sums that decide an order's payment state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Totals {
    /// Verified payments.
    pub received: i64,
    /// Refunds paid out.
    pub refunded: i64,
    /// Claims not yet verified or rejected.
    pub claimed: i64,
}

impl Totals {
    pub fn of(payments: &[Payment]) -> Totals {
        let mut t = Totals::default();
        for p in payments {
            match (p.kind, p.state) {
                // Saturating: amounts are within their ceiling, and a sum shown on a screen
                // must never wrap into a negative balance even in a damaged book.
                (PaymentKind::Payment, PaymentState::Verified) => {
                    t.received = t.received.saturating_add(p.amount)
                }
                (PaymentKind::Payment, PaymentState::Claimed) => {
                    t.claimed = t.claimed.saturating_add(p.amount)
                }
                (PaymentKind::Refund, PaymentState::Verified) => {
                    t.refunded = t.refunded.saturating_add(p.amount)
                }
                (_, PaymentState::Rejected) | (PaymentKind::Refund, PaymentState::Claimed) => {}
            }
        }
        t
    }

    /// What the shop holds: received minus refunded.
    pub fn paid(self) -> i64 {
        self.received - self.refunded
    }

    /// THE balance of an order, the one every screen, summary, link, command and report
    /// shows: what the customer still owes; negative when the shop owes them (overpaid).
    ///
    /// A refund never creates debt: it goes with a return, a discount or an overpayment,
    /// so the customer owes what was not received, and the shop owes what it kept beyond
    /// the total. A cancelled order is owed nothing: the shop owes back whatever it kept.
    pub fn balance(self, total: i64, lifecycle: Lifecycle) -> i64 {
        let owed = if lifecycle == Lifecycle::Cancelled {
            0
        } else {
            total
        };
        let customer_owes = (owed - self.received).max(0);
        let shop_owes = (self.paid() - owed).max(0);
        customer_owes - shop_owes
    }

    pub fn status(self, total: i64) -> PaymentStatus {
        let paid = self.paid();
        if self.refunded > 0 {
            return if paid <= 0 {
                PaymentStatus::Refunded
            } else {
                PaymentStatus::PartiallyRefunded
            };
        }
        match paid.cmp(&total) {
            _ if paid == 0 && total > 0 && self.claimed > 0 => PaymentStatus::Claimed,
            _ if paid == 0 && total > 0 => PaymentStatus::Unpaid,
            std::cmp::Ordering::Less => PaymentStatus::PartiallyPaid,
            std::cmp::Ordering::Equal => PaymentStatus::Paid,
            std::cmp::Ordering::Greater => PaymentStatus::Overpaid,
        }
    }
}

/// Checks a new payment or refund against the order before it is recorded.
pub fn check_new(
    kind: PaymentKind,
    state: PaymentState,
    amount: Money,
    order_currency: Currency,
    totals: Totals,
) -> Result<(), PaymentError> {
    if amount.minor <= 0 {
        return Err(PaymentError::NotPositive(amount));
    }
    if amount.currency != order_currency {
        return Err(PaymentError::WrongCurrency {
            found: amount.currency,
            expected: order_currency,
        });
    }
    if kind == PaymentKind::Refund {
        if state != PaymentState::Verified {
            return Err(PaymentError::ClaimedRefund);
        }
        let refundable = totals.paid();
        if amount.minor > refundable {
            return Err(PaymentError::RefundTooLarge {
                asked: amount,
                refundable: Money::new(refundable.max(0), order_currency),
            });
        }
    }
    Ok(())
}

/// Verifying or rejecting is only for claims.
pub fn settle_claim(payment: &Payment, to: PaymentState) -> Result<PaymentState, PaymentError> {
    match (payment.state, to) {
        (PaymentState::Claimed, PaymentState::Verified | PaymentState::Rejected) => Ok(to),
        (state, _) => Err(PaymentError::NotClaimed {
            id: short_id(payment.id),
            state,
        }),
    }
}

/// The last 8 hex digits of an id, for people to read and type. UUIDv7 ids start with the
/// time, so payments made within the same minute share their first digits; the tail is random.
pub fn short_id(id: Uuid) -> String {
    let hex = id.simple().to_string();
    hex[hex.len() - 8..].to_string()
}

/// True when `given` (a short id, or the whole UUID with or without dashes) names `id`.
pub fn id_matches(id: Uuid, given: &str) -> bool {
    let wanted = given.trim().to_ascii_lowercase().replace('-', "");
    let hex = id.simple().to_string();
    !wanted.is_empty() && (hex == wanted || (wanted.len() < hex.len() && hex.ends_with(&wanted)))
}

/// When the order was first fully paid (net of refunds at that moment), if ever.
/// Payments count at their verification time; refunds when they were made.
pub fn paid_in_full_at(total: i64, payments: &[Payment]) -> Option<DateTime<Utc>> {
    let mut events: Vec<(DateTime<Utc>, i64)> = payments
        .iter()
        .filter(|p| p.state == PaymentState::Verified)
        .map(|p| match p.kind {
            PaymentKind::Payment => (p.settled_at.unwrap_or(p.created_at), p.amount),
            PaymentKind::Refund => (p.created_at, -p.amount),
        })
        .collect();
    events.sort_by_key(|(at, _)| *at);
    let mut paid = 0_i64;
    for (at, amount) in events {
        paid = paid.saturating_add(amount);
        if paid >= total && paid > 0 {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn pay(kind: PaymentKind, state: PaymentState, amount: i64, minute: u32) -> Payment {
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 10, minute, 0).unwrap();
        Payment {
            id: Uuid::nil(),
            order_id: Uuid::nil(),
            kind,
            method: Method::Pix,
            amount,
            currency: Currency::BRL,
            state,
            reference: None,
            proof: None,
            restock: false,
            created_at: at,
            settled_at: (state != PaymentState::Claimed).then_some(at),
            actor: "test".into(),
        }
    }
    use PaymentKind::{Payment as In, Refund as Back};
    use PaymentState::{Claimed as C, Rejected as R, Verified as V};

    #[test]
    fn status_is_derived_from_amounts() {
        let status = |ps: &[Payment]| Totals::of(ps).status(1000);
        assert_eq!(status(&[]), PaymentStatus::Unpaid);
        assert_eq!(status(&[pay(In, C, 1000, 0)]), PaymentStatus::Claimed);
        assert_eq!(status(&[pay(In, R, 1000, 0)]), PaymentStatus::Unpaid);
        assert_eq!(status(&[pay(In, V, 400, 0)]), PaymentStatus::PartiallyPaid);
        assert_eq!(
            status(&[pay(In, V, 400, 0), pay(In, V, 600, 1)]),
            PaymentStatus::Paid
        );
        assert_eq!(status(&[pay(In, V, 1200, 0)]), PaymentStatus::Overpaid);
        assert_eq!(
            status(&[pay(In, V, 1000, 0), pay(Back, V, 1000, 1)]),
            PaymentStatus::Refunded
        );
        assert_eq!(
            status(&[pay(In, V, 1000, 0), pay(Back, V, 300, 1)]),
            PaymentStatus::PartiallyRefunded
        );
        assert_eq!(Totals::of(&[]).status(0), PaymentStatus::Paid);
    }

    #[test]
    fn refunds_never_create_debt() {
        let t = |received, refunded| Totals {
            received,
            refunded,
            claimed: 0,
        };
        let open = |t: Totals, total| t.balance(total, Lifecycle::Confirmed);
        assert_eq!(open(t(0, 0), 100), 100);
        assert_eq!(open(t(40, 0), 100), 60);
        assert_eq!(open(t(120, 0), 100), -20, "overpaid: the shop owes 20");
        assert_eq!(open(t(120, 20), 100), 0, "the overpayment went back");
        assert_eq!(
            open(t(100, 30), 100),
            0,
            "a return was refunded: nothing owed"
        );
        assert_eq!(open(t(50, 10), 100), 50);
        // $70 order, $50 paid, $20 refunded: $20 is still owed (not $40, not $30).
        assert_eq!(open(t(5000, 2000), 7000), 2000);
    }

    #[test]
    fn a_cancelled_order_is_owed_nothing() {
        let t = |received, refunded| Totals {
            received,
            refunded,
            claimed: 0,
        };
        let cancelled = |t: Totals, total| t.balance(total, Lifecycle::Cancelled);
        assert_eq!(cancelled(t(0, 0), 38500), 0, "never paid: nothing due");
        assert_eq!(cancelled(t(38500, 38500), 38500), 0, "fully refunded");
        assert_eq!(
            cancelled(t(10000, 0), 38500),
            -10000,
            "the shop owes the deposit back"
        );
        assert_eq!(cancelled(t(10000, 4000), 38500), -6000);
    }

    #[test]
    fn claims_never_count_as_paid() {
        let t = Totals::of(&[pay(In, C, 1000, 0), pay(In, V, 200, 1)]);
        assert_eq!(
            (t.paid(), t.claimed, t.balance(1000, Lifecycle::Confirmed)),
            (200, 1000, 800)
        );
    }

    #[test]
    fn new_payments_are_checked() {
        let brl = |m| Money::new(m, Currency::BRL);
        let t = Totals::of(&[pay(In, V, 500, 0)]);
        assert!(check_new(In, V, brl(100), Currency::BRL, t).is_ok());
        assert!(matches!(
            check_new(In, V, brl(0), Currency::BRL, t),
            Err(PaymentError::NotPositive(_))
        ));
        assert!(matches!(
            check_new(In, V, Money::new(100, Currency::USD), Currency::BRL, t),
            Err(PaymentError::WrongCurrency { .. })
        ));
        assert!(matches!(
            check_new(Back, V, brl(501), Currency::BRL, t),
            Err(PaymentError::RefundTooLarge { .. })
        ));
        assert!(check_new(Back, V, brl(500), Currency::BRL, t).is_ok());
        assert!(matches!(
            check_new(Back, C, brl(5), Currency::BRL, t),
            Err(PaymentError::ClaimedRefund)
        ));
    }

    #[test]
    fn only_claims_can_be_settled() {
        assert_eq!(settle_claim(&pay(In, C, 5, 0), V), Ok(V));
        assert_eq!(settle_claim(&pay(In, C, 5, 0), R), Ok(R));
        assert!(settle_claim(&pay(In, V, 5, 0), R).is_err());
        assert!(settle_claim(&pay(In, R, 5, 0), V).is_err());
    }

    #[test]
    fn short_ids_come_from_the_random_tail() {
        let a = Uuid::now_v7();
        let b = Uuid::now_v7();
        assert_ne!(short_id(a), short_id(b), "same millisecond, different ids");
        assert!(id_matches(a, &short_id(a)));
        assert!(id_matches(a, &a.to_string()));
        assert!(id_matches(a, &a.simple().to_string().to_uppercase()));
        assert!(!id_matches(a, &short_id(b)));
        assert!(!id_matches(a, ""));
    }

    #[test]
    fn full_payment_time_follows_the_running_balance() {
        let ps = [pay(In, V, 400, 5), pay(In, C, 600, 6), pay(In, V, 600, 30)];
        let at = paid_in_full_at(1000, &ps).unwrap();
        assert_eq!(at, Utc.with_ymd_and_hms(2026, 3, 1, 10, 30, 0).unwrap());
        assert_eq!(paid_in_full_at(1000, &ps[..2]), None);
    }
}
