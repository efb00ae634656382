//! `report daily` (the CSV files) and `report day` (the summary a person or a script reads),
//! for a day, a week, a month or a period. Every word of `report day` is here.

use chrono::Local;
use serde_json::{Value, json};

use super::args::{PeriodArgs, ReportCmd};
use super::{Failure, Outcome, print_json, when};
use crate::core::day::{DaySummary, Period, Span, Tally};
use crate::core::i18n::{Locale, id};
use crate::core::money::{Money, decimal_string};
use crate::core::report::{percent, percent_tenths};
use crate::export::write_daily;
use crate::ops::Desk;
use crate::t;

pub fn run(desk: &mut Desk, cmd: ReportCmd, loc: Locale) -> Outcome {
    match cmd {
        ReportCmd::Daily { period, out, bom } => {
            let period = chosen(desk, &period, loc)?;
            let report = desk.period_report(period, &Local)?;
            for path in write_daily(&report, &out, bom)? {
                say!("{}", path.display());
            }
            let said = t!(
                loc,
                "cli-report-written",
                orders = report.orders.len(),
                payments = report.payments.len(),
                from = loc.date(period.from),
                to = loc.date(period.to),
                day = if period.is_day() { "yes" } else { "no" }
            );
            tell!("{said}");
            Ok(())
        }
        ReportCmd::Day { period, json } => {
            let period = chosen(desk, &period, loc)?;
            let now = when::local_now(desk);
            let summary = desk.day_summary(period, &Local, now)?;
            if json {
                print_json(&summary_json(&summary, now));
            } else {
                say_part!(
                    "{}",
                    summary_text(&desk.config.shop_name(loc), &summary, loc)
                );
            }
            Ok(())
        }
    }
}

/// The days the flags name; today when none.
fn chosen(desk: &Desk, args: &PeriodArgs, loc: Locale) -> Result<Period, Failure> {
    let today = when::local_now(desk).date();
    let period = match (args.date, args.from, args.to, args.week, args.month) {
        (_, Some(from), Some(to), _, _) => {
            Period::between(from, to).map_err(|m| Failure::User(m.in_locale(loc)))?
        }
        (_, _, _, Some(day), _) => Period::of(Span::Week, day),
        (_, _, _, _, Some(first)) => Period::of(Span::Month, first),
        (Some(day), ..) => Period::day(day),
        _ => Period::day(today),
    };
    Ok(period)
}

/// "Mon 9 Mar 2026", "Mon 2 Mar – Sun 8 Mar 2026", in `loc`'s names.
pub fn period_title(p: Period, loc: Locale) -> String {
    if p.is_day() {
        loc.day_name_year(p.from)
    } else {
        format!("{} – {}", loc.day_name(p.from), loc.day_name_year(p.to))
    }
}

/// "#1042 #1043 … (+12)": the first few orders behind a figure.
fn numbers(orders: &[i64]) -> String {
    const SHOWN: usize = 8;
    let mut said: Vec<String> = orders.iter().take(SHOWN).map(|n| format!("#{n}")).collect();
    if orders.len() > SHOWN {
        said.push(format!("… (+{})", orders.len() - SHOWN));
    }
    said.join(" ")
}

/// The labels of `report day`, padded to one column in whatever language they are in.
const LABELS: [&str; 11] = [
    "report-orders",
    "report-money-in",
    "report-refunds",
    "report-verified",
    "report-paid",
    "report-claims",
    "report-unpaid",
    "report-overdue",
    "report-due",
    "report-low-stock",
    "report-sold-out",
];

fn summary_text(shop: &str, s: &DaySummary, loc: Locale) -> String {
    let m = |minor: i64| loc.money(Money::new(minor, s.currency));
    let next_day = loc.weekday_day(s.next_day());
    let label_of = |key: &str| match key {
        "report-due" => t!(loc, "report-due", day = next_day.as_str()),
        _ => loc.text(key),
    };
    let width = LABELS
        .iter()
        .map(|k| label_of(k).chars().count())
        .max()
        .unwrap_or(10);
    let row = |key: &str, body: String| format!("{:<width$} {body}\n", label_of(key));
    let mut out = format!("{shop} · {}\n", period_title(s.period, loc));
    out += &row(
        "report-orders",
        t!(
            loc,
            "report-orders-line",
            taken = s.taken.count,
            amount = m(s.taken.amount),
            confirmed = s.confirmed.count,
            delivered = s.delivered.count,
            cancelled = s.cancelled.count
        ),
    );
    let methods: Vec<String> = s
        .by_method
        .iter()
        .map(|(method, t)| {
            format!(
                "{} {} ({})",
                loc.text(method.key()),
                m(t.amount),
                loc.number(t.count)
            )
        })
        .collect();
    out += &row(
        "report-money-in",
        t!(
            loc,
            "report-money-line",
            amount = m(s.received.amount),
            count = s.received.count,
            methods = if methods.is_empty() {
                String::new()
            } else {
                format!(": {}", methods.join(" · "))
            }
        ),
    );
    out += &row(
        "report-refunds",
        format!("{} ({})", m(s.refunds.amount), loc.number(s.refunds.count)),
    );
    let by: Vec<String> = s
        .verified
        .iter()
        .map(|(v, t)| {
            t!(
                loc,
                "report-verified-by",
                who = v.as_str(),
                count = t.count,
                amount = m(t.amount)
            )
        })
        .collect();
    out += &row("report-verified", by.join(" · "));
    let t = &s.paid_time;
    let median = t
        .median_half_minutes
        .map(|h| {
            // Exact to the half minute for short waits, in hours and minutes for long ones.
            if h < 120 {
                t!(loc, "report-median-minutes", minutes = loc.half_minutes(h))
            } else {
                t!(loc, "report-median", time = loc.minutes(h / 2))
            }
        })
        .unwrap_or_else(|| t!(loc, "report-none-paid"));
    let slowest = t
        .slowest
        .map(|(minutes, n)| {
            t!(
                loc,
                "report-slowest",
                time = loc.minutes(minutes),
                number = id(n)
            )
        })
        .unwrap_or_default();
    let share = match t.confirmed {
        0 => String::new(),
        c => t!(
            loc,
            "report-share",
            share = loc.percent(percent_tenths(t.within_24h, c)),
            count = c
        ),
    };
    out += &row("report-paid", format!("{median}{slowest}{share}"));
    out += &t!(loc, "report-still-open");
    out.push('\n');
    let tally = |t: &Tally, money: bool| {
        let amount = if money {
            format!(" ({})", m(t.amount))
        } else {
            String::new()
        };
        let list = if t.orders.is_empty() {
            String::new()
        } else {
            format!(": {}", numbers(&t.orders))
        };
        format!("{}{amount}{list}", loc.number(t.count))
    };
    out += &row("report-claims", tally(&s.claims, true));
    out += &row("report-unpaid", tally(&s.unpaid, true));
    if let Some(o) = s.oldest_unpaid {
        out += &format!(
            "{:<width$} {}\n",
            "",
            t!(
                loc,
                "report-oldest-unpaid",
                number = id(o.number),
                day = loc.day_name(o.created.with_timezone(&Local).date_naive()),
                amount = m(o.amount)
            ),
        );
    }
    out += &row("report-overdue", tally(&s.overdue, false));
    out += &row("report-due", tally(&s.due_next, false));
    let stock = |notes: &[crate::core::day::StockNote]| match notes.len() {
        0 => t!(loc, "report-stock-none"),
        n => {
            let skus: Vec<String> = notes
                .iter()
                .map(|n| {
                    t!(
                        loc,
                        "report-stock-left",
                        sku = n.sku.as_str(),
                        left = n.available.max(0)
                    )
                })
                .collect();
            format!("{}: {}", loc.number(n as i64), skus.join(", "))
        }
    };
    out += &row("report-low-stock", stock(&s.low));
    out += &row("report-sold-out", stock(&s.sold_out));
    out
}

fn summary_json(s: &DaySummary, now: chrono::NaiveDateTime) -> Value {
    let money = |minor: i64| decimal_string(minor, s.currency);
    let counted = |t: &Tally| json!({"count": t.count, "orders": t.orders});
    let priced =
        |t: &Tally| json!({"count": t.count, "amount": money(t.amount), "orders": t.orders});
    let t = &s.paid_time;
    let buckets: Vec<Value> = s
        .buckets
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let at = if s.period.is_day() {
                json!({"hour": i})
            } else {
                json!({"date": (s.period.from + chrono::Days::new(i as u64)).to_string()})
            };
            let mut v = at;
            v["orders"] = json!(b.orders);
            v["received"] = json!(money(b.received));
            v
        })
        .collect();
    let stock = |notes: &[crate::core::day::StockNote]| -> Vec<Value> {
        notes
            .iter()
            .map(|n| json!({"sku": n.sku, "name": n.name, "available": n.available}))
            .collect()
    };
    json!({
        "from": s.period.from.to_string(),
        "to": s.period.to.to_string(),
        "currency": s.currency.code(),
        "taken": priced(&s.taken),
        "confirmed": counted(&s.confirmed),
        "delivered": counted(&s.delivered),
        "cancelled": counted(&s.cancelled),
        "received": priced(&s.received),
        "by_method": s.by_method.iter().map(|(m, t)| (m.as_str().to_string(), priced(t))).collect::<serde_json::Map<_, _>>(),
        "refunds": priced(&s.refunds),
        "verified_by": s.verified.iter().map(|(v, t)| (v.as_str().to_string(), priced(t))).collect::<serde_json::Map<_, _>>(),
        "paid_time": {
            "paid_orders": t.paid,
            "median_minutes": t.median_half_minutes.map(|h| h as f64 / 2.0),
            "slowest_minutes": t.slowest.map(|(m, _)| m),
            "slowest_order": t.slowest.map(|(_, n)| n),
            "paid_within_24h": t.within_24h,
            "confirmed_orders": t.confirmed,
            "share_within_24h": percent(t.within_24h, t.confirmed),
            "orders": t.orders,
        },
        if s.period.is_day() { "by_hour" } else { "by_day" }: buckets,
        "open": {
            "as_of": now.format("%Y-%m-%dT%H:%M:%S").to_string(),
            "claims": priced(&s.claims),
            "unpaid": priced(&s.unpaid),
            "oldest_unpaid": s.oldest_unpaid.map(|o| json!({
                "order": o.number,
                "created_at": o.created,
                "balance": money(o.amount),
            })),
            "overdue": counted(&s.overdue),
            "due_next_day": {
                "date": s.next_day().to_string(),
                "count": s.due_next.count,
                "orders": s.due_next.orders,
            },
            "low_stock": stock(&s.low),
            "sold_out": stock(&s.sold_out),
        },
    })
}
