//! `report daily` (the CSV files) and `report day` (the summary a person or a script reads),
//! for a day, a week, a month or a period. Every word of `report day` is here.

use chrono::Local;
use serde_json::{Value, json};

use super::args::{PeriodArgs, ReportCmd};
use super::{Failure, Outcome, print_json, when};
use crate::core::day::{DaySummary, Period, Span, Tally, half_minutes_text, minutes_words};
use crate::core::money::{Money, decimal_string};
use crate::core::report::percent;
use crate::export::write_daily;
use crate::ops::Desk;

pub fn run(desk: &mut Desk, cmd: ReportCmd) -> Outcome {
    match cmd {
        ReportCmd::Daily { period, out, bom } => {
            let period = chosen(desk, &period)?;
            let report = desk.period_report(period, &Local)?;
            for path in write_daily(&report, &out, bom)? {
                say!("{}", path.display());
            }
            tell!(
                "{} orders and {} payments {}",
                report.orders.len(),
                report.payments.len(),
                period_words(period)
            );
            Ok(())
        }
        ReportCmd::Day { period, json } => {
            let period = chosen(desk, &period)?;
            let now = when::local_now(desk);
            let summary = desk.day_summary(period, &Local, now)?;
            if json {
                print_json(&summary_json(&summary, now));
            } else {
                say_part!("{}", summary_text(&desk.config.shop.name, &summary));
            }
            Ok(())
        }
    }
}

/// The days the flags name; today when none.
fn chosen(desk: &Desk, args: &PeriodArgs) -> Result<Period, Failure> {
    let today = when::local_now(desk).date();
    let period = match (args.date, args.from, args.to, args.week, args.month) {
        (_, Some(from), Some(to), _, _) => Period::between(from, to).map_err(Failure::User)?,
        (_, _, _, Some(day), _) => Period::of(Span::Week, day),
        (_, _, _, _, Some(first)) => Period::of(Span::Month, first),
        (Some(day), ..) => Period::day(day),
        _ => Period::day(today),
    };
    Ok(period)
}

/// "on 2026-03-09", "from 2026-03-02 to 2026-03-08".
fn period_words(p: Period) -> String {
    if p.is_day() {
        format!("on {}", p.from)
    } else {
        format!("from {} to {}", p.from, p.to)
    }
}

/// "Mon 9 Mar 2026", "Mon 2 Mar – Sun 8 Mar 2026".
pub fn period_title(p: Period) -> String {
    if p.is_day() {
        p.from.format("%a %-d %b %Y").to_string()
    } else {
        format!(
            "{} – {}",
            p.from.format("%a %-d %b"),
            p.to.format("%a %-d %b %Y")
        )
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

fn summary_text(shop: &str, s: &DaySummary) -> String {
    let m = |minor: i64| Money::new(minor, s.currency).to_string();
    let mut out = format!("{shop} · {}\n", period_title(s.period));
    out += &format!(
        "Orders     {} taken ({}) · {} confirmed · {} delivered · {} cancelled\n",
        s.taken.count,
        m(s.taken.amount),
        s.confirmed.count,
        s.delivered.count,
        s.cancelled.count
    );
    let methods: Vec<String> = s
        .by_method
        .iter()
        .map(|(method, t)| format!("{method} {} ({})", m(t.amount), t.count))
        .collect();
    out += &format!(
        "Money in   {} in {} payments{}{}\n",
        m(s.received.amount),
        s.received.count,
        if methods.is_empty() { "" } else { ": " },
        methods.join(" · ")
    );
    out += &format!("Refunds    {} ({})\n", m(s.refunds.amount), s.refunds.count);
    let by: Vec<String> = s
        .verified
        .iter()
        .map(|(v, t)| {
            let who = match v {
                crate::core::day::Verifier::Person => "by a person",
                crate::core::day::Verifier::Provider => "by the provider",
                crate::core::day::Verifier::Report => "by a report",
            };
            format!("{who} {} ({})", t.count, m(t.amount))
        })
        .collect();
    out += &format!("Verified   {}\n", by.join(" · "));
    let t = &s.paid_time;
    let median = t
        .median_half_minutes
        .map(|h| {
            // Exact to the half minute for short waits, in hours and minutes for long ones.
            if h < 120 {
                format!("median {} min", half_minutes_text(h))
            } else {
                format!("median {}", minutes_words(h / 2))
            }
        })
        .unwrap_or_else(|| "no order paid in full yet".into());
    let slowest = t
        .slowest
        .map(|(minutes, n)| format!(", slowest {} (#{n})", minutes_words(minutes)))
        .unwrap_or_default();
    let share = match t.confirmed {
        0 => String::new(),
        c => format!(
            "; {}% of {c} confirmed paid within 24 h",
            percent(t.within_24h, c)
        ),
    };
    out += &format!("Paid       {median}{slowest}{share}\n");
    out += "Still open now\n";
    let line = |label: &str, t: &Tally, money: bool| {
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
        format!("{label:<10} {}{amount}{list}\n", t.count)
    };
    out += &line("Claims", &s.claims, true);
    out += &line("Unpaid", &s.unpaid, true);
    if let Some(o) = s.oldest_unpaid {
        out += &format!(
            "           oldest #{} from {}, owes {}\n",
            o.number,
            o.created.with_timezone(&Local).format("%a %-d %b"),
            m(o.amount)
        );
    }
    out += &line("Overdue", &s.overdue, false);
    out += &line(
        &format!("Due {}", s.next_day().format("%a %-d")),
        &s.due_next,
        false,
    );
    let stock = |notes: &[crate::core::day::StockNote]| match notes.len() {
        0 => "none".to_string(),
        n => {
            let skus: Vec<String> = notes
                .iter()
                .map(|n| format!("{} ({} left)", n.sku, n.available.max(0)))
                .collect();
            format!("{n}: {}", skus.join(", "))
        }
    };
    out += &format!("Low stock  {}\n", stock(&s.low));
    out += &format!("Sold out   {}\n", stock(&s.sold_out));
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
