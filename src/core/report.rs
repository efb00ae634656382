//! Daily report rows and their aggregation. Pure: the rows come in, the numbers go out.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::day::{PaymentOrigin, Verifier};
use super::link::{LinkState, PaymentLink};
use super::money::{Currency, MoneyError, checked_sum, decimal_string};
use super::order::Order;
use super::payment::{Payment, PaymentKind, PaymentState, PaymentStatus, Totals, paid_in_full_at};
use super::queue::{Label, QueueClass};

/// One order created on the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderReportRow {
    pub number: i64,
    pub created: DateTime<Utc>,
    pub customer: String,
    pub phone: String,
    /// "2× Leather Jacket Blue / M; 1× Wool Scarf"
    pub items: String,
    pub currency: Currency,
    pub total: i64,
    pub paid: i64,
    pub balance: i64,
    pub claimed: i64,
    pub status: &'static str,
    pub lifecycle: &'static str,
    pub fulfilment: &'static str,
    pub payment_status: PaymentStatus,
    /// Methods of the verified payments, "pix+cash".
    pub methods: String,
    /// Minutes from the order to its full payment; None while not fully paid.
    pub minutes_to_paid: Option<i64>,
    /// The provider and state of the order's newest payment link; empty without one.
    pub link_provider: String,
    pub link_state: String,
    /// Minutes from the paid link's first sending (its chain's start) to its payment.
    pub minutes_link_to_paid: Option<i64>,
}

impl OrderReportRow {
    /// `totals` and `class` are the order's kept payment sums and queue class; `payments`
    /// (all of the order's) give the methods and when it was paid in full.
    pub fn new(
        order: &Order,
        customer: &str,
        phone: Option<&str>,
        (totals, class): (Totals, QueueClass),
        payments: &[Payment],
    ) -> Self {
        let total = order.total().map(|m| m.minor).unwrap_or_default();
        let status = totals.status(total);
        let mut methods: Vec<&str> = payments
            .iter()
            .filter(|p| p.kind == PaymentKind::Payment && p.state == PaymentState::Verified)
            .map(|p| p.method.as_str())
            .collect();
        methods.dedup();
        OrderReportRow {
            number: order.number,
            created: order.created_at,
            customer: customer.to_string(),
            phone: phone.unwrap_or_default().to_string(),
            items: order
                .lines
                .iter()
                .map(|l| format!("{}× {}", l.qty, l.display_name()))
                .collect::<Vec<_>>()
                .join("; "),
            currency: order.currency,
            total,
            paid: totals.paid(),
            balance: order.balance(totals),
            claimed: totals.claimed,
            status: Label::of(class, totals, total).words(),
            lifecycle: order.lifecycle.as_str(),
            fulfilment: order.fulfilment.as_str(),
            payment_status: status,
            methods: methods.join("+"),
            minutes_to_paid: paid_in_full_at(total, payments)
                .map(|at| (at - order.created_at).num_minutes().max(0)),
            link_provider: String::new(),
            link_state: String::new(),
            minutes_link_to_paid: None,
        }
    }

    /// Adds the payment-link columns from the order's links (any order).
    pub fn with_links(mut self, links: &[PaymentLink]) -> Self {
        let newest = links.iter().max_by_key(|l| (l.created_at, l.id));
        self.link_provider = newest
            .map(|l| l.provider.as_str().to_string())
            .unwrap_or_default();
        self.link_state = newest
            .map(|l| l.state.as_str().to_string())
            .unwrap_or_default();
        self.minutes_link_to_paid = links
            .iter()
            .filter(|l| l.state == LinkState::Paid)
            .map(|paid| {
                let start = links
                    .iter()
                    .filter(|l| l.chain_id == paid.chain_id)
                    .map(|l| l.created_at)
                    .min()
                    .unwrap_or(paid.created_at);
                (paid.state_at - start).num_minutes().max(0)
            })
            .min();
        self
    }

    /// Counts toward money still owed: confirmed or delivered, with a positive balance.
    pub fn is_pending(&self) -> bool {
        matches!(self.lifecycle, "confirmed" | "completed") && self.balance > 0
    }
}

/// One line of the summary CSV: a metric, what it is broken down by, a count and a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub metric: &'static str,
    pub key: String,
    pub count: i64,
    /// Money as a plain decimal (with `currency`), minutes, or a percentage.
    pub value: String,
    pub currency: Option<Currency>,
}

/// A payment on the day, with its order's number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentReportRow {
    pub payment: Payment,
    pub order_number: i64,
}

/// Aggregates the day: counts and totals by status and by method, who verified the money
/// (a person, the provider, a report: `origins` says what recorded each verified payment),
/// pending balances, the median minutes from order to full payment, and the share paid
/// within 24 h.
pub fn summarize(
    orders: &[OrderReportRow],
    payments: &[PaymentReportRow],
    origins: &HashMap<Uuid, PaymentOrigin>,
    currency: Currency,
) -> Result<Vec<SummaryRow>, MoneyError> {
    let money = |minor: i64| decimal_string(minor, currency);
    let sum = |amounts: &mut dyn Iterator<Item = i64>| checked_sum(amounts, "the day's totals");
    let mut rows = Vec::new();
    let mut push = |metric, key: String, count: i64, value: String, cur: Option<Currency>| {
        rows.push(SummaryRow {
            metric,
            key,
            count,
            value,
            currency: cur,
        })
    };
    let live: Vec<&OrderReportRow> = orders
        .iter()
        .filter(|o| o.lifecycle != "cancelled")
        .collect();
    push(
        "orders",
        "all".into(),
        orders.len() as i64,
        money(sum(&mut live.iter().map(|o| o.total))?),
        Some(currency),
    );
    for (status, group) in group_by(orders, |o| o.status.to_string()) {
        push(
            "orders_by_status",
            status,
            group.len() as i64,
            money(sum(&mut group.iter().map(|o| o.total))?),
            Some(currency),
        );
    }
    let verified = |p: &&PaymentReportRow| p.payment.state == PaymentState::Verified;
    let received: Vec<&PaymentReportRow> = payments
        .iter()
        .filter(|p| p.payment.kind == PaymentKind::Payment)
        .filter(verified)
        .collect();
    push(
        "payments_received",
        "all".into(),
        received.len() as i64,
        money(sum(&mut received.iter().map(|p| p.payment.amount))?),
        Some(currency),
    );
    for (method, group) in group_by(&received, |p| p.payment.method.as_str().to_string()) {
        push(
            "payments_by_method",
            method,
            group.len() as i64,
            money(sum(&mut group.iter().map(|p| p.payment.amount))?),
            Some(currency),
        );
    }
    // Every verifier gets its row, zero or not: a script reads the split without guessing.
    for verifier in Verifier::ALL {
        let group: Vec<&&PaymentReportRow> = received
            .iter()
            .filter(|p| {
                let origin = origins.get(&p.payment.id).copied().unwrap_or_default();
                Verifier::of(origin) == *verifier
            })
            .collect();
        push(
            "payments_verified_by",
            verifier.as_str().to_string(),
            group.len() as i64,
            money(sum(&mut group.iter().map(|p| p.payment.amount))?),
            Some(currency),
        );
    }
    let refunds: Vec<&PaymentReportRow> = payments
        .iter()
        .filter(|p| p.payment.kind == PaymentKind::Refund)
        .collect();
    push(
        "refunds",
        "all".into(),
        refunds.len() as i64,
        money(sum(&mut refunds.iter().map(|p| p.payment.amount))?),
        Some(currency),
    );
    let claims: Vec<&PaymentReportRow> = payments
        .iter()
        .filter(|p| p.payment.state == PaymentState::Claimed)
        .collect();
    push(
        "claims_to_verify",
        "all".into(),
        claims.len() as i64,
        money(sum(&mut claims.iter().map(|p| p.payment.amount))?),
        Some(currency),
    );
    let pending: Vec<&&OrderReportRow> = live.iter().filter(|o| o.is_pending()).collect();
    push(
        "pending_balance",
        "all".into(),
        pending.len() as i64,
        money(sum(&mut pending.iter().map(|o| o.balance))?),
        Some(currency),
    );
    let mut minutes: Vec<i64> = live.iter().filter_map(|o| o.minutes_to_paid).collect();
    minutes.sort_unstable();
    push(
        "median_minutes_to_paid",
        "paid_orders".into(),
        minutes.len() as i64,
        median(&minutes).unwrap_or_default(),
        None,
    );
    let confirmed = live.iter().filter(|o| o.lifecycle != "draft").count() as i64;
    let within_day = live
        .iter()
        .filter(|o| o.minutes_to_paid.is_some_and(|m| m <= 24 * 60))
        .count() as i64;
    push(
        "paid_within_24h",
        "confirmed_orders".into(),
        confirmed,
        percent(within_day, confirmed),
        None,
    );
    let linked: Vec<&&OrderReportRow> = live.iter().filter(|o| !o.link_state.is_empty()).collect();
    for (state, group) in group_by(&linked, |o| o.link_state.clone()) {
        push(
            "payment_links_by_state",
            state,
            group.len() as i64,
            money(sum(&mut group.iter().map(|o| o.total))?),
            Some(currency),
        );
    }
    let mut link_minutes: Vec<i64> = linked
        .iter()
        .filter_map(|o| o.minutes_link_to_paid)
        .collect();
    link_minutes.sort_unstable();
    push(
        "median_minutes_link_to_paid",
        "paid_links".into(),
        link_minutes.len() as i64,
        median(&link_minutes).unwrap_or_default(),
        None,
    );
    let link_within_day = link_minutes.iter().filter(|m| **m <= 24 * 60).count() as i64;
    push(
        "link_paid_within_24h",
        "orders_with_links".into(),
        linked.len() as i64,
        percent(link_within_day, linked.len() as i64),
        None,
    );
    Ok(rows)
}

fn group_by<T, F: Fn(&T) -> String>(items: &[T], key: F) -> Vec<(String, Vec<&T>)> {
    let mut groups: std::collections::BTreeMap<String, Vec<&T>> = std::collections::BTreeMap::new();
    for item in items {
        groups.entry(key(item)).or_default().push(item);
    }
    groups.into_iter().collect()
}

/// Median of sorted whole minutes, as text; halves are written ".5" (no floats).
fn median(sorted: &[i64]) -> Option<String> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    if n % 2 == 1 {
        return Some(sorted[n / 2].to_string());
    }
    let sum = sorted[n / 2 - 1] + sorted[n / 2];
    Some(if sum % 2 == 0 {
        (sum / 2).to_string()
    } else {
        format!("{}.5", sum.div_euclid(2))
    })
}

/// A share as a percentage with one decimal, rounded half up, in integer arithmetic.
pub fn percent(part: i64, whole: i64) -> String {
    if whole == 0 {
        return String::new();
    }
    let tenths = percent_tenths(part, whole);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A share in tenths of a percent, rounded half up (0 of nothing).
pub fn percent_tenths(part: i64, whole: i64) -> i64 {
    if whole == 0 {
        return 0;
    }
    (part * 1000 + whole / 2) / whole
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_columns_come_from_the_paid_links_chain() {
        use crate::core::link::Provider;
        use chrono::{Duration, TimeZone};
        use uuid::Uuid;
        let t = chrono::Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
        let link = |minutes: i64, state: LinkState, chain: u128| PaymentLink {
            id: Uuid::from_u128(minutes as u128 + 1),
            order_id: Uuid::nil(),
            chain_id: Uuid::from_u128(chain),
            revision: 1,
            provider: Provider::Stripe,
            url: "https://x".into(),
            external_id: None,
            amount: 100,
            currency: Currency::USD,
            state,
            idempotency_key: String::new(),
            created_at: t + Duration::minutes(minutes),
            expires_at: t + Duration::hours(24),
            state_at: t + Duration::minutes(minutes + 90),
            superseded_by: None,
            payment_id: None,
            note: String::new(),
            version: 1,
        };
        // Expired at first, renewed 30 minutes later in the same chain, paid 90 minutes after that.
        let links = [link(0, LinkState::Expired, 7), link(30, LinkState::Paid, 7)];
        let row = blank_row().with_links(&links);
        assert_eq!(
            (row.link_provider.as_str(), row.link_state.as_str()),
            ("stripe", "paid")
        );
        assert_eq!(
            row.minutes_link_to_paid,
            Some(120),
            "counted from the chain's first link"
        );
        let none = blank_row().with_links(&[]);
        assert_eq!(
            (none.link_state.as_str(), none.minutes_link_to_paid),
            ("", None)
        );
    }

    fn blank_row() -> OrderReportRow {
        OrderReportRow {
            number: 1,
            created: chrono::DateTime::<Utc>::MIN_UTC,
            customer: String::new(),
            phone: String::new(),
            items: String::new(),
            currency: Currency::USD,
            total: 100,
            paid: 0,
            balance: 100,
            claimed: 0,
            status: "awaiting payment",
            lifecycle: "confirmed",
            fulfilment: "unfulfilled",
            payment_status: PaymentStatus::Unpaid,
            methods: String::new(),
            minutes_to_paid: None,
            link_provider: String::new(),
            link_state: String::new(),
            minutes_link_to_paid: None,
        }
    }

    #[test]
    fn median_and_percent_need_no_floats() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5]).as_deref(), Some("5"));
        assert_eq!(median(&[1, 4]).as_deref(), Some("2.5"));
        assert_eq!(median(&[1, 3, 9, 10]).as_deref(), Some("6"));
        assert_eq!(percent(2, 3), "66.7");
        assert_eq!(percent(1, 8), "12.5");
        assert_eq!(percent(0, 0), "");
        assert_eq!(percent(5, 5), "100.0");
    }
}
