//! Payment links: what a link is, the states it moves through, and how long it lives.
//!
//! A link asks for one amount of one order at one revision. It is never edited into another
//! amount: when the order's balance changes the old link is cancelled (superseded) and a new
//! one is made, so a link in the chat always means exactly what it said.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use thiserror::Error;
use uuid::Uuid;

use super::money::{Currency, Money};
use super::names::text_enum;

text_enum! {
    /// Who makes the link: a reusable URL, a URL built from the order, or a Stripe session.
    Provider { Fixed = "fixed", Template = "template", Stripe = "stripe" }
}

text_enum! {
    LinkState {
        /// Live: the customer can pay it.
        Pending = "pending",
        Paid = "paid",
        Expired = "expired",
        Failed = "failed",
        /// Superseded by a new link (the balance changed) or closed by a person.
        Cancelled = "cancelled",
        /// Money arrived that does not match the link (amount, currency or order): a person decides.
        ManualReview = "manual_review",
    }
}

impl Provider {
    /// Fixed and template links cost nothing to make and are the same every time; a Stripe
    /// session is an API call that creates something at Stripe.
    pub fn is_free(self) -> bool {
        !matches!(self, Provider::Stripe)
    }
}

/// The longest a Stripe Checkout Session may live is 24 h from its creation at Stripe. We ask
/// for 5 minutes less so a desk whose clock runs a little ahead is not refused.
pub const STRIPE_MAX_LIFETIME: Duration = Duration::minutes(24 * 60 - 5);
/// Stripe refuses sessions that expire sooner than 30 minutes after creation.
pub const STRIPE_MIN_LIFETIME: Duration = Duration::minutes(30);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentLink {
    pub id: Uuid,
    pub order_id: Uuid,
    /// The first link of a renewal chain (its own id for a fresh link). Reminders count from
    /// the chain's start, so renewing an expired Stripe session does not restart them.
    pub chain_id: Uuid,
    pub revision: i64,
    pub provider: Provider,
    pub url: String,
    /// The provider's id (a Stripe Checkout Session id), when there is one.
    pub external_id: Option<String>,
    /// Minor units of `currency`: the balance due when the link was made.
    pub amount: i64,
    pub currency: Currency,
    pub state: LinkState,
    pub idempotency_key: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// When the state last changed.
    pub state_at: DateTime<Utc>,
    pub superseded_by: Option<Uuid>,
    /// The payment that paid it.
    pub payment_id: Option<Uuid>,
    /// Why it is in manual review, or how it was closed.
    pub note: String,
    pub version: i64,
}

impl PaymentLink {
    pub fn money(&self) -> Money {
        Money::new(self.amount, self.currency)
    }

    /// Pending and not past its expiry: the customer can still pay it.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        self.state == LinkState::Pending && self.expires_at > now
    }

    /// Still asks for what the order owes now, at the order's current revision.
    pub fn asks_for(&self, revision: i64, due: Money) -> bool {
        self.revision == revision && self.amount == due.minor && self.currency == due.currency
    }
}

/// What happens to a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkEvent {
    /// The provider, a sync or a report says the money arrived and it matches.
    Paid,
    /// Its time ran out unpaid.
    Expire,
    /// The provider says the payment failed (an async method that bounced).
    Fail,
    /// The order's balance changed: a new link replaces it. Also used when the order is
    /// cancelled or paid by other means, so the old link stops being offered.
    Cancel,
    /// Money arrived that does not match: amount, currency or order.
    Mismatch,
    /// A person looked at a manual review and closed it.
    CloseReview,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("a {state} payment link cannot be {}", super::i18n::Locale::EN.text(what))]
pub struct LinkError {
    pub state: LinkState,
    /// The catalog key of what it cannot be ("link-why-…").
    pub what: &'static str,
}

/// The transition table: every (state, event) pair has exactly one answer.
pub fn transition(state: LinkState, event: LinkEvent) -> Result<LinkState, LinkError> {
    use LinkEvent as E;
    use LinkState as S;
    let refuse = |what| Err(LinkError { state, what });
    match (state, event) {
        // Money that matches is the truth even after the link's window passed: a template or
        // fixed link keeps working at the gateway after the time we promised.
        (S::Pending | S::Expired, E::Paid) => Ok(S::Paid),
        // A person accepted the payment under review.
        (S::ManualReview, E::Paid) => Ok(S::Paid),
        (S::Failed, E::Paid) => refuse("link-why-paid-failed"),
        (S::Cancelled, E::Paid) => refuse("link-why-paid-replaced"),
        (S::Paid, E::Paid) => refuse("link-why-paid-twice"),
        (S::Pending, E::Expire) => Ok(S::Expired),
        (_, E::Expire) => refuse("link-why-expired"),
        (S::Pending, E::Fail) => Ok(S::Failed),
        (_, E::Fail) => refuse("link-why-failed"),
        (S::Pending, E::Cancel) => Ok(S::Cancelled),
        (_, E::Cancel) => refuse("link-why-cancelled"),
        // Money on a replaced, expired or live link that does not match what it asked for.
        (S::Pending | S::Expired | S::Cancelled | S::Failed, E::Mismatch) => Ok(S::ManualReview),
        (S::ManualReview, E::Mismatch) => Ok(S::ManualReview),
        (S::Paid, E::Mismatch) => refuse("link-why-review-paid"),
        (S::ManualReview, E::CloseReview) => Ok(S::Cancelled),
        (_, E::CloseReview) => refuse("link-why-not-in-review"),
    }
}

/// When a link made at `created_at` expires: `hours` later, except that a Stripe session
/// cannot outlive Stripe's own limit (it is renewed on the next reminder instead).
pub fn expiry(provider: Provider, created_at: DateTime<Utc>, hours: i64) -> DateTime<Utc> {
    let wanted = Duration::hours(hours.max(1));
    let lifetime = match provider {
        Provider::Stripe => wanted.clamp(STRIPE_MIN_LIFETIME, STRIPE_MAX_LIFETIME),
        Provider::Fixed | Provider::Template => wanted,
    };
    created_at + lifetime
}

/// The key that makes creating "the same link" safe to retry: derived from the order, its
/// revision, the amount and how many links the order had before, so a retry after a lost
/// answer gets the session Stripe already made, while a later link for the same amount (after
/// a cancel or an expiry) is a new one.
pub fn idempotency_key(order_id: Uuid, revision: i64, due: Money, earlier_links: i64) -> String {
    format!(
        "orderdesk-{}-r{revision}-{}{}-n{earlier_links}",
        order_id.simple(),
        due.minor,
        due.currency.code()
    )
}

/// What one expiry sweep did (the desk's tick, or `payments sync`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sweep {
    /// Orders whose link ran out unpaid.
    pub expired: Vec<i64>,
    /// Orders whose pending link was closed: paid by a payment verified by hand for its
    /// amount, or no longer needed (paid otherwise, cancelled).
    pub closed: Vec<i64>,
    /// Orders cancelled and their stock released (`on_expiry = "release"`).
    pub released: Vec<i64>,
    /// Orders that could not be released, and why.
    pub kept: Vec<(i64, Kept)>,
}

impl Sweep {
    pub fn is_empty(&self) -> bool {
        self.expired.is_empty()
            && self.closed.is_empty()
            && self.released.is_empty()
            && self.kept.is_empty()
    }
}

/// Why the sweep kept an order's stock although its link ran out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Money came in, or the customer claims it did: a person decides.
    PaidOrClaimed,
    /// The order cannot be cancelled now.
    NotAllowed(super::order::OrderError),
}

impl Kept {
    /// Why, in the reader's words.
    pub fn message(&self) -> super::i18n::Message {
        match self {
            Kept::PaidOrClaimed => crate::msg!("desk-swept-kept-paid"),
            Kept::NotAllowed(e) => e.message(),
        }
    }
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Kept::PaidOrClaimed => f.write_str("it has a payment or a claim; decide by hand"),
            Kept::NotAllowed(e) => e.fmt(f),
        }
    }
}

impl serde::Serialize for Kept {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn every_state_and_event_has_one_answer() {
        use LinkEvent as E;
        use LinkState as S;
        let events = [
            E::Paid,
            E::Expire,
            E::Fail,
            E::Cancel,
            E::Mismatch,
            E::CloseReview,
        ];
        let table: &[(S, [Option<S>; 6])] = &[
            (
                S::Pending,
                [
                    Some(S::Paid),
                    Some(S::Expired),
                    Some(S::Failed),
                    Some(S::Cancelled),
                    Some(S::ManualReview),
                    None,
                ],
            ),
            (S::Paid, [None, None, None, None, None, None]),
            (
                S::Expired,
                [Some(S::Paid), None, None, None, Some(S::ManualReview), None],
            ),
            (
                S::Failed,
                [None, None, None, None, Some(S::ManualReview), None],
            ),
            (
                S::Cancelled,
                [None, None, None, None, Some(S::ManualReview), None],
            ),
            (
                S::ManualReview,
                [
                    Some(S::Paid),
                    None,
                    None,
                    None,
                    Some(S::ManualReview),
                    Some(S::Cancelled),
                ],
            ),
        ];
        assert_eq!(table.len(), LinkState::ALL.len());
        for (state, answers) in table {
            for (event, want) in events.iter().zip(answers) {
                assert_eq!(
                    transition(*state, *event).ok(),
                    *want,
                    "{state} + {event:?}"
                );
            }
        }
    }

    #[test]
    fn refusals_say_what_and_why() {
        let e = transition(LinkState::Cancelled, LinkEvent::Paid).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a cancelled payment link cannot be paid: it was replaced, so the amount needs a person"
        );
    }

    #[test]
    fn stripe_sessions_are_capped_at_their_own_limit() {
        let t = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
        assert_eq!(expiry(Provider::Template, t, 48), t + Duration::hours(48));
        assert_eq!(expiry(Provider::Fixed, t, 2), t + Duration::hours(2));
        assert_eq!(
            expiry(Provider::Stripe, t, 48),
            t + Duration::minutes(24 * 60 - 5)
        );
        assert_eq!(expiry(Provider::Stripe, t, 1), t + Duration::hours(1));
        assert_eq!(expiry(Provider::Stripe, t, 0), t + Duration::hours(1));
    }

    #[test]
    fn idempotency_keys_name_order_revision_amount_and_attempt() {
        let id = Uuid::nil();
        let due = Money::new(21550, Currency::BRL);
        let key = idempotency_key(id, 2, due, 0);
        assert_eq!(
            key,
            "orderdesk-00000000000000000000000000000000-r2-21550BRL-n0"
        );
        assert_eq!(
            key,
            idempotency_key(id, 2, due, 0),
            "a retry gets the same key"
        );
        assert_ne!(key, idempotency_key(id, 3, due, 0));
        assert_ne!(
            key,
            idempotency_key(id, 2, Money::new(21551, Currency::BRL), 0)
        );
        assert_ne!(key, idempotency_key(id, 2, due, 1));
        assert!(key.len() <= 255, "Stripe's limit");
    }

    #[test]
    fn a_link_is_live_until_it_expires() {
        let t = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
        let link = PaymentLink {
            id: Uuid::nil(),
            order_id: Uuid::nil(),
            chain_id: Uuid::nil(),
            revision: 1,
            provider: Provider::Template,
            url: "https://pay.example/1".into(),
            external_id: None,
            amount: 500,
            currency: Currency::USD,
            state: LinkState::Pending,
            idempotency_key: "k".into(),
            created_at: t,
            expires_at: t + Duration::hours(2),
            state_at: t,
            superseded_by: None,
            payment_id: None,
            note: String::new(),
            version: 1,
        };
        assert!(link.is_live(t + Duration::minutes(119)));
        assert!(!link.is_live(t + Duration::hours(2)));
        assert!(link.asks_for(1, Money::new(500, Currency::USD)));
        assert!(!link.asks_for(2, Money::new(500, Currency::USD)));
        assert!(!link.asks_for(1, Money::new(400, Currency::USD)));
    }
}
