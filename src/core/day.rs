//! Closing the day: what happened over a stretch of local days (orders taken, confirmed,
//! delivered, cancelled; money in by method, refunds, who verified it; how long payment took)
//! and what is still open now (claims, unpaid balances, deadlines, stock). Pure: the facts
//! come in read from the book, the figures go out, each with the orders behind it.
//!
//! "What happened" uses the daily report's definitions (`report.rs`), so the desk, `report
//! day` and the CSV files agree: orders created in the period, payments made in it.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeZone, Timelike, Utc, Weekday};
use uuid::Uuid;

use super::catalog::Product;
use super::i18n::Message;
use super::money::{Currency, MoneyError, checked_sum};
use super::names::text_enum;
use super::payment::{Method, PaymentKind, PaymentState};
use super::report::{OrderReportRow, PaymentReportRow};

/// The longest period a report covers: a year and a day.
pub const MAX_PERIOD_DAYS: i64 = 366;

/// A stretch of local days, both ends included: a day, a week (Monday to Sunday), a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// How long a period the desk shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Span {
    #[default]
    Day,
    Week,
    Month,
}

impl Span {
    /// Day → week → month → day.
    pub fn next(self) -> Span {
        match self {
            Span::Day => Span::Week,
            Span::Week => Span::Month,
            Span::Month => Span::Day,
        }
    }
}

impl Period {
    pub fn day(date: NaiveDate) -> Period {
        Period {
            from: date,
            to: date,
        }
    }

    /// From `from` to `to`, both included; refused when backwards or longer than a year.
    pub fn between(from: NaiveDate, to: NaiveDate) -> Result<Period, Message> {
        if to < from {
            return Err(crate::msg!(
                "error-period-backwards",
                from = from.to_string(),
                to = to.to_string()
            ));
        }
        if (to - from).num_days() >= MAX_PERIOD_DAYS {
            return Err(crate::msg!(
                "error-period-too-long",
                from = from.to_string(),
                to = to.to_string(),
                most = MAX_PERIOD_DAYS
            ));
        }
        Ok(Period { from, to })
    }

    /// The day, week (Monday to Sunday) or month that holds `date`.
    pub fn of(span: Span, date: NaiveDate) -> Period {
        match span {
            Span::Day => Period::day(date),
            Span::Week => {
                let monday = date.week(Weekday::Mon).first_day();
                Period {
                    from: monday,
                    to: monday + Days::new(6),
                }
            }
            Span::Month => {
                let first = date.with_day(1).unwrap_or(date);
                let last = first
                    .checked_add_months(Months::new(1))
                    .and_then(|next| next.pred_opt())
                    .unwrap_or(date);
                Period {
                    from: first,
                    to: last,
                }
            }
        }
    }

    /// What kind of period this is, when it is one the desk steps through.
    pub fn span(&self) -> Option<Span> {
        [Span::Day, Span::Week, Span::Month]
            .into_iter()
            .find(|s| Period::of(*s, self.from) == *self)
    }

    /// The period `steps` spans later (earlier when negative): the next day, week or month;
    /// another period of the same length otherwise.
    pub fn shifted(&self, steps: i32) -> Period {
        let shift = |d: NaiveDate, days: i64| {
            d.checked_add_signed(chrono::Duration::days(days))
                .unwrap_or(d)
        };
        match self.span() {
            Some(Span::Month) => {
                let months = Months::new(steps.unsigned_abs());
                let start = if steps >= 0 {
                    self.from.checked_add_months(months)
                } else {
                    self.from.checked_sub_months(months)
                };
                Period::of(Span::Month, start.unwrap_or(self.from))
            }
            _ => {
                let len = self.days();
                Period {
                    from: shift(self.from, len * i64::from(steps)),
                    to: shift(self.to, len * i64::from(steps)),
                }
            }
        }
    }

    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    pub fn is_day(&self) -> bool {
        self.from == self.to
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// For file names: "2026-03-09", or "2026-03-02_2026-03-08".
    pub fn label(&self) -> String {
        if self.is_day() {
            self.from.format("%Y-%m-%d").to_string()
        } else {
            format!(
                "{}_{}",
                self.from.format("%Y-%m-%d"),
                self.to.format("%Y-%m-%d")
            )
        }
    }
}

text_enum! {
    /// Who made a payment count as paid: a person at the desk (a payment recorded as received,
    /// or a claim verified by hand), the provider (webhook or status lookup), or a provider's
    /// or bank's report imported. A payment-link shop watches the first: it is manual work.
    Verifier { Person = "person", Provider = "provider", Report = "report" }
}

/// What the book recorded about a verified payment besides the payment itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaymentOrigin {
    /// A provider event (webhook or lookup) recorded it as paid.
    pub by_provider: bool,
    /// An imported report row recorded it, or verified the claim it was.
    pub by_report: bool,
}

impl Verifier {
    pub fn of(origin: PaymentOrigin) -> Verifier {
        match (origin.by_provider, origin.by_report) {
            (true, _) => Verifier::Provider,
            (false, true) => Verifier::Report,
            (false, false) => Verifier::Person,
        }
    }
}

text_enum! {
    /// The steps of an order the day counts, as its journal records them.
    Step { Confirmed = "confirmed", Delivered = "delivered", Cancelled = "cancelled" }
}

impl Step {
    /// The journal's action for the step (an oversold confirmation is a confirmation).
    pub fn from_action(action: &str) -> Option<Step> {
        match action {
            "confirmed" | "confirmed (oversold)" => Some(Step::Confirmed),
            "delivered" => Some(Step::Delivered),
            "cancelled" => Some(Step::Cancelled),
            _ => None,
        }
    }
}

/// An order's step, and when it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepFact {
    pub number: i64,
    pub step: Step,
    pub at: DateTime<Utc>,
}

/// An order still waiting on money: `amount` is its open claims (`created`: the first claim)
/// or its balance due (`created`: the order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenOrder {
    pub number: i64,
    pub created: DateTime<Utc>,
    pub amount: i64,
}

/// A product running low or sold out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StockNote {
    pub sku: String,
    pub name: String,
    pub available: i64,
}

/// Everything the summary is made of, as read from the book.
#[derive(Debug, Clone)]
pub struct DayFacts {
    pub period: Period,
    pub currency: Currency,
    /// Orders created in the period (the daily report's rows).
    pub orders: Vec<OrderReportRow>,
    /// Payments and refunds made in the period.
    pub payments: Vec<PaymentReportRow>,
    /// For the period's verified payments: what recorded them.
    pub origins: HashMap<Uuid, PaymentOrigin>,
    pub steps: Vec<StepFact>,
    /// Now: claims waiting for a person, one per order.
    pub claims: Vec<OpenOrder>,
    /// Now: orders (confirmed or delivered) with a balance due.
    pub unpaid: Vec<OpenOrder>,
    /// Now: orders still to deliver past their deadline, and due the day after the period.
    pub overdue: Vec<i64>,
    pub due_next: Vec<i64>,
    /// Now: the catalog (only its stock is read).
    pub products: Vec<Product>,
}

/// How many, how much (minor units; 0 where money is not the point) and which orders.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    pub count: i64,
    pub amount: i64,
    /// The orders behind the figure, in the order they are best looked at.
    pub orders: Vec<i64>,
}

/// How long orders took from being made to being paid in full.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PaidTime {
    /// Orders of the period paid in full (not cancelled).
    pub paid: i64,
    /// The median in half minutes (so 42.5 minutes is exact): 85.
    pub median_half_minutes: Option<i64>,
    /// The slowest: minutes and order number.
    pub slowest: Option<(i64, i64)>,
    /// Paid within 24 hours, out of the period's confirmed orders.
    pub within_24h: i64,
    pub confirmed: i64,
    /// The paid orders, slowest first.
    pub orders: Vec<i64>,
}

/// One bar of the charts: an hour of a day, or a day of a longer period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bucket {
    pub orders: i64,
    /// Verified payments received, minor units.
    pub received: i64,
}

/// A figure of the summary, to ask for the orders behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    Taken,
    Confirmed,
    Delivered,
    Cancelled,
    Received,
    Method(Method),
    Refunds,
    Verified(Verifier),
    PaidTime,
    Claims,
    Unpaid,
    Overdue,
    DueNext,
    LowStock,
    SoldOut,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySummary {
    pub period: Period,
    pub currency: Currency,
    /// Orders created (the amount: those not cancelled).
    pub taken: Tally,
    pub confirmed: Tally,
    pub delivered: Tally,
    pub cancelled: Tally,
    /// Verified payments made in the period.
    pub received: Tally,
    /// By method, largest first.
    pub by_method: Vec<(Method, Tally)>,
    pub refunds: Tally,
    /// Of `received`, by who verified it: person, provider, report (all three, always).
    pub verified: Vec<(Verifier, Tally)>,
    pub paid_time: PaidTime,
    /// By local hour for a day (24), by day for a longer period.
    pub buckets: Vec<Bucket>,
    pub claims: Tally,
    /// Oldest first.
    pub unpaid: Tally,
    pub oldest_unpaid: Option<OpenOrder>,
    pub overdue: Tally,
    pub due_next: Tally,
    pub low: Vec<StockNote>,
    pub sold_out: Vec<StockNote>,
}

impl DaySummary {
    /// The orders behind a figure (none behind the stock figures).
    pub fn orders(&self, figure: Figure) -> &[i64] {
        let tally = match figure {
            Figure::Taken => &self.taken,
            Figure::Confirmed => &self.confirmed,
            Figure::Delivered => &self.delivered,
            Figure::Cancelled => &self.cancelled,
            Figure::Received => &self.received,
            Figure::Method(m) => match self.by_method.iter().find(|(x, _)| *x == m) {
                Some((_, t)) => t,
                None => return &[],
            },
            Figure::Refunds => &self.refunds,
            Figure::Verified(v) => match self.verified.iter().find(|(x, _)| *x == v) {
                Some((_, t)) => t,
                None => return &[],
            },
            Figure::PaidTime => return &self.paid_time.orders,
            Figure::Claims => &self.claims,
            Figure::Unpaid => &self.unpaid,
            Figure::Overdue => &self.overdue,
            Figure::DueNext => &self.due_next,
            Figure::LowStock | Figure::SoldOut => return &[],
        };
        &tally.orders
    }

    /// The day after the period, whose deadlines `due_next` counts.
    pub fn next_day(&self) -> NaiveDate {
        self.period.to.succ_opt().unwrap_or(self.period.to)
    }
}

/// Order numbers once each, in first-seen order.
fn distinct(numbers: impl Iterator<Item = i64>) -> Vec<i64> {
    let mut seen = HashSet::new();
    numbers.filter(|n| seen.insert(*n)).collect()
}

fn tally(numbers: Vec<i64>, amount: i64) -> Tally {
    Tally {
        count: numbers.len() as i64,
        amount,
        orders: numbers,
    }
}

/// The summary of `facts`; `tz` is the shop's time zone (hours and days of the charts).
pub fn summarize_day<Tz: TimeZone>(facts: &DayFacts, tz: &Tz) -> Result<DaySummary, MoneyError> {
    let sum = |amounts: &mut dyn Iterator<Item = i64>| checked_sum(amounts, "the period's totals");
    let live = |o: &&OrderReportRow| o.lifecycle != "cancelled";

    let taken = Tally {
        count: facts.orders.len() as i64,
        amount: sum(&mut facts.orders.iter().filter(live).map(|o| o.total))?,
        orders: facts.orders.iter().map(|o| o.number).collect(),
    };
    let step = |which: Step| {
        let numbers = distinct(
            facts
                .steps
                .iter()
                .filter(|s| s.step == which)
                .map(|s| s.number),
        );
        tally(numbers, 0)
    };

    let received_rows: Vec<&PaymentReportRow> = facts
        .payments
        .iter()
        .filter(|p| p.payment.kind == PaymentKind::Payment)
        .filter(|p| p.payment.state == PaymentState::Verified)
        .collect();
    let money_tally = |rows: &[&PaymentReportRow]| -> Result<Tally, MoneyError> {
        Ok(Tally {
            count: rows.len() as i64,
            amount: sum(&mut rows.iter().map(|p| p.payment.amount))?,
            orders: distinct(rows.iter().map(|p| p.order_number)),
        })
    };
    let received = money_tally(&received_rows)?;
    let mut by_method = Vec::new();
    for method in Method::ALL {
        let rows: Vec<&PaymentReportRow> = received_rows
            .iter()
            .filter(|p| p.payment.method == *method)
            .copied()
            .collect();
        if !rows.is_empty() {
            by_method.push((*method, money_tally(&rows)?));
        }
    }
    by_method.sort_by_key(|(_, t)| std::cmp::Reverse(t.amount));
    let refund_rows: Vec<&PaymentReportRow> = facts
        .payments
        .iter()
        .filter(|p| p.payment.kind == PaymentKind::Refund)
        .collect();
    let refunds = money_tally(&refund_rows)?;
    let mut verified = Vec::new();
    for verifier in Verifier::ALL {
        let rows: Vec<&PaymentReportRow> = received_rows
            .iter()
            .filter(|p| {
                let origin = facts.origins.get(&p.payment.id).copied();
                Verifier::of(origin.unwrap_or_default()) == *verifier
            })
            .copied()
            .collect();
        verified.push((*verifier, money_tally(&rows)?));
    }

    let paid_time = paid_time(&facts.orders);
    let buckets = buckets(facts, &received_rows, tz);

    let claims = Tally {
        count: facts.claims.len() as i64,
        amount: sum(&mut facts.claims.iter().map(|c| c.amount))?,
        orders: facts.claims.iter().map(|c| c.number).collect(),
    };
    let mut unpaid_rows = facts.unpaid.clone();
    unpaid_rows.sort_by_key(|o| (o.created, o.number));
    let unpaid = Tally {
        count: unpaid_rows.len() as i64,
        amount: sum(&mut unpaid_rows.iter().map(|o| o.amount))?,
        orders: unpaid_rows.iter().map(|o| o.number).collect(),
    };
    let note = |p: &Product| StockNote {
        sku: p.sku.clone(),
        name: p.display_name(),
        available: p.available(),
    };
    Ok(DaySummary {
        period: facts.period,
        currency: facts.currency,
        taken,
        confirmed: step(Step::Confirmed),
        delivered: step(Step::Delivered),
        cancelled: step(Step::Cancelled),
        received,
        by_method,
        refunds,
        verified,
        paid_time,
        buckets,
        claims,
        oldest_unpaid: unpaid_rows.first().copied(),
        unpaid,
        overdue: tally(distinct(facts.overdue.iter().copied()), 0),
        due_next: tally(distinct(facts.due_next.iter().copied()), 0),
        low: facts
            .products
            .iter()
            .filter(|p| p.available() > 0 && p.is_low())
            .map(note)
            .collect(),
        sold_out: facts
            .products
            .iter()
            .filter(|p| p.available() <= 0)
            .map(note)
            .collect(),
    })
}

/// Order → full payment, over the period's orders that are not cancelled; the share paid
/// within 24 h is out of the confirmed ones (as the daily report counts it).
fn paid_time(orders: &[OrderReportRow]) -> PaidTime {
    let live: Vec<&OrderReportRow> = orders
        .iter()
        .filter(|o| o.lifecycle != "cancelled")
        .collect();
    let mut paid: Vec<(i64, i64)> = live
        .iter()
        .filter_map(|o| o.minutes_to_paid.map(|m| (m, o.number)))
        .collect();
    paid.sort_unstable();
    let n = paid.len();
    let median_half_minutes = match n {
        0 => None,
        _ if n % 2 == 1 => Some(paid[n / 2].0 * 2),
        _ => Some(paid[n / 2 - 1].0 + paid[n / 2].0),
    };
    PaidTime {
        paid: n as i64,
        median_half_minutes,
        slowest: paid.last().copied(),
        within_24h: live
            .iter()
            .filter(|o| o.minutes_to_paid.is_some_and(|m| m <= 24 * 60))
            .count() as i64,
        confirmed: live.iter().filter(|o| o.lifecycle != "draft").count() as i64,
        orders: paid.iter().rev().map(|(_, number)| *number).collect(),
    }
}

/// Orders made and money received per local hour (a day) or per day (a longer period).
fn buckets<Tz: TimeZone>(facts: &DayFacts, received: &[&PaymentReportRow], tz: &Tz) -> Vec<Bucket> {
    let period = facts.period;
    let slots = if period.is_day() {
        24
    } else {
        period.days() as usize
    };
    let slot = |at: DateTime<Utc>| -> Option<usize> {
        let local = at.with_timezone(tz).naive_local();
        if period.is_day() {
            Some(local.hour() as usize)
        } else {
            usize::try_from((local.date() - period.from).num_days()).ok()
        }
    };
    let mut out = vec![Bucket::default(); slots];
    for o in &facts.orders {
        if let Some(b) = slot(o.created).and_then(|i| out.get_mut(i)) {
            b.orders += 1;
        }
    }
    for p in received {
        if let Some(b) = slot(p.payment.created_at).and_then(|i| out.get_mut(i)) {
            b.received = b.received.saturating_add(p.payment.amount);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::payment::{Payment, PaymentStatus};
    use chrono::{Duration, FixedOffset};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_step_by_their_span() {
        let day = Period::day(date("2026-03-09"));
        assert_eq!(day.shifted(-1), Period::day(date("2026-03-08")));
        assert_eq!(day.span(), Some(Span::Day));
        let week = Period::of(Span::Week, date("2026-03-11"));
        assert_eq!(
            (week.from, week.to),
            (date("2026-03-09"), date("2026-03-15"))
        );
        assert_eq!(week.shifted(1).from, date("2026-03-16"));
        let month = Period::of(Span::Month, date("2026-02-11"));
        assert_eq!(
            (month.from, month.to),
            (date("2026-02-01"), date("2026-02-28"))
        );
        assert_eq!(
            month.shifted(1),
            Period::of(Span::Month, date("2026-03-01"))
        );
        assert_eq!(month.shifted(-2).to, date("2025-12-31"));
        assert_eq!(month.label(), "2026-02-01_2026-02-28");
        assert_eq!(day.label(), "2026-03-09");
        assert!(Period::between(date("2026-03-09"), date("2026-03-01")).is_err());
        assert!(Period::between(date("2025-01-01"), date("2026-01-02")).is_err());
        assert!(Period::between(date("2025-01-01"), date("2026-01-01")).is_ok());
        let custom = Period::between(date("2026-03-01"), date("2026-03-03")).unwrap();
        assert_eq!(custom.span(), None);
        assert_eq!(custom.shifted(1).from, date("2026-03-04"));
    }

    #[test]
    fn who_verified_a_payment() {
        let origin = |by_provider, by_report| PaymentOrigin {
            by_provider,
            by_report,
        };
        assert_eq!(Verifier::of(origin(false, false)), Verifier::Person);
        assert_eq!(Verifier::of(origin(true, false)), Verifier::Provider);
        assert_eq!(Verifier::of(origin(false, true)), Verifier::Report);
        assert_eq!(
            Step::from_action("confirmed (oversold)"),
            Some(Step::Confirmed)
        );
        assert_eq!(Step::from_action("packing"), None);
    }

    fn at(hour: u32, minute: u32) -> DateTime<Utc> {
        date("2026-03-09")
            .and_hms_opt(hour, minute, 0)
            .unwrap()
            .and_utc()
    }

    fn order(
        number: i64,
        hour: u32,
        lifecycle: &'static str,
        paid_after: Option<i64>,
    ) -> OrderReportRow {
        OrderReportRow {
            number,
            created: at(hour, 0),
            customer: String::new(),
            phone: String::new(),
            items: String::new(),
            currency: Currency::USD,
            total: 1000,
            paid: 0,
            balance: 1000,
            claimed: 0,
            status: "awaiting payment",
            lifecycle,
            fulfilment: "unfulfilled",
            payment_status: PaymentStatus::Unpaid,
            methods: String::new(),
            minutes_to_paid: paid_after,
            link_provider: String::new(),
            link_state: String::new(),
            minutes_link_to_paid: None,
        }
    }

    fn payment(
        number: i64,
        method: Method,
        kind: PaymentKind,
        state: PaymentState,
        amount: i64,
        hour: u32,
    ) -> PaymentReportRow {
        PaymentReportRow {
            payment: Payment {
                id: Uuid::from_u128(number as u128 * 1000 + amount as u128),
                order_id: Uuid::nil(),
                kind,
                method,
                amount,
                currency: Currency::USD,
                state,
                reference: None,
                proof: None,
                restock: false,
                created_at: at(hour, 30),
                settled_at: None,
                actor: "ana".into(),
            },
            order_number: number,
        }
    }

    #[test]
    fn the_day_adds_up() {
        use PaymentKind::{Payment as In, Refund};
        use PaymentState::{Claimed, Verified};
        let pix = payment(1, Method::Pix, In, Verified, 1000, 10);
        let link = payment(2, Method::Link, In, Verified, 500, 14);
        let mut origins = HashMap::new();
        origins.insert(
            link.payment.id,
            PaymentOrigin {
                by_provider: true,
                by_report: false,
            },
        );
        let facts = DayFacts {
            period: Period::day(date("2026-03-09")),
            currency: Currency::USD,
            orders: vec![
                order(1, 9, "confirmed", Some(90)),
                order(2, 9, "confirmed", Some(30)),
                order(3, 14, "cancelled", None),
                order(4, 15, "draft", None),
            ],
            payments: vec![
                pix,
                link,
                payment(3, Method::Cash, In, Claimed, 700, 15),
                payment(1, Method::Pix, Refund, Verified, 200, 16),
            ],
            origins,
            steps: vec![
                StepFact {
                    number: 1,
                    step: Step::Confirmed,
                    at: at(9, 5),
                },
                StepFact {
                    number: 2,
                    step: Step::Confirmed,
                    at: at(9, 6),
                },
                StepFact {
                    number: 3,
                    step: Step::Cancelled,
                    at: at(14, 6),
                },
                StepFact {
                    number: 3,
                    step: Step::Cancelled,
                    at: at(14, 6),
                },
            ],
            claims: vec![OpenOrder {
                number: 3,
                created: at(14, 0),
                amount: 700,
            }],
            unpaid: vec![
                OpenOrder {
                    number: 9,
                    created: at(8, 0) + Duration::days(-2),
                    amount: 300,
                },
                OpenOrder {
                    number: 7,
                    created: at(8, 0) + Duration::days(-5),
                    amount: 100,
                },
            ],
            overdue: vec![7],
            due_next: vec![5, 5],
            products: Vec::new(),
        };
        let tz = FixedOffset::east_opt(0).unwrap();
        let s = summarize_day(&facts, &tz).unwrap();
        assert_eq!(
            (s.taken.count, s.taken.amount),
            (4, 3000),
            "cancelled orders count, their money not"
        );
        assert_eq!((s.confirmed.count, s.cancelled.count), (2, 1));
        assert_eq!((s.received.count, s.received.amount), (2, 1500));
        assert_eq!(s.by_method[0].0, Method::Pix, "largest first");
        assert_eq!((s.refunds.count, s.refunds.amount), (1, 200));
        let by = |v| s.verified.iter().find(|(x, _)| *x == v).unwrap().1.amount;
        assert_eq!(
            (
                by(Verifier::Person),
                by(Verifier::Provider),
                by(Verifier::Report)
            ),
            (1000, 500, 0)
        );
        assert_eq!(
            s.paid_time.median_half_minutes,
            Some(120),
            "median of 30 and 90 is 60"
        );
        assert_eq!(s.paid_time.slowest, Some((90, 1)));
        assert_eq!((s.paid_time.within_24h, s.paid_time.confirmed), (2, 2));
        assert_eq!(s.orders(Figure::PaidTime), &[1, 2], "slowest first");
        assert_eq!(s.buckets.len(), 24);
        assert_eq!((s.buckets[9].orders, s.buckets[10].received), (2, 1000));
        assert_eq!(s.unpaid.orders, vec![7, 9], "oldest first");
        assert_eq!(s.oldest_unpaid.map(|o| o.number), Some(7));
        assert_eq!(s.due_next.count, 1);
        assert_eq!(s.orders(Figure::Cancelled), &[3]);
    }
}
