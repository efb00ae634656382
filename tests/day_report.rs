//! Closing the day: the figures the Today pane and `report day` show equal a recomputation
//! from the book's own rows (orders, payments, journal, provider events, report rows,
//! products), done here with plain SQL and arithmetic instead of the kept sums, indexes and
//! the core's summary. The fixture day has every kind of figure: payments by a person, by
//! the provider (a webhook event) and by a bank report; a claim still open; a refund; a
//! cancellation; a delivery; deadlines overdue and due tomorrow; low and sold-out stock.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};
use orderdesk::config::Config;
use orderdesk::core::day::{DaySummary, Figure, Period, Verifier};
use orderdesk::core::deadline::Deadline;
use orderdesk::core::money::Currency;
use orderdesk::core::order::Fulfilment;
use orderdesk::core::payment::Method;
use orderdesk::ops::{Clock, Desk, ItemSpec, NewOrder, NewPayment};
use orderdesk::payments::events::parse_event;
use orderdesk::payments::report::read_report;
use orderdesk::payments::{FieldMap, ReportFormat};
use orderdesk::store::Store;
use rusqlite::{Connection, params};
use serde_json::{Value, json};

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
SCF-RED,Wool Scarf,Red,35.00,BRL,40,scarf,
TEE-WHT,Basic Tee,White,25.00,BRL,6,tee,5
JKT-BLK,Leather Jacket,Black,180.00,BRL,1,jacket,
";

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
}

fn at(days: i64, hour: u32, minute: u32) -> DateTime<Utc> {
    let d = day() + Duration::days(days);
    Utc.from_utc_datetime(&d.and_hms_opt(hour, minute, 0).unwrap())
}

/// The moment the day is closed: 18:00 on the fixture day (UTC is the shop's zone here).
fn now() -> DateTime<Utc> {
    at(0, 18, 0)
}

struct Book {
    desk: Desk,
    dir: tempfile::TempDir,
}

impl Book {
    fn new() -> Book {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::parse(
            "[shop]\nname = \"Loja Azul\"\ncurrency = \"BRL\"\ncountry = \"BR\"\n[desk]\nuser = \"ana\"\n",
        )
        .unwrap();
        let mut desk = Desk::new(
            Store::open(&dir.path().join("book.sqlite")).unwrap(),
            config,
        );
        desk.clock = Clock::Fixed(at(-5, 9, 0));
        desk.import_catalog(CATALOG).unwrap();
        Book { desk, dir }
    }

    fn at(&mut self, when: DateTime<Utc>) -> &mut Desk {
        self.desk.clock = Clock::Fixed(when);
        &mut self.desk
    }

    fn order(&mut self, when: DateTime<Utc>, sku: &str, qty: i64, due: Option<Deadline>) -> i64 {
        let n = self
            .at(when)
            .create_order(NewOrder {
                customer: format!("+55 11 9876{:05}", when.timestamp() % 100_000),
                name: Some("Cliente".into()),
                items: vec![ItemSpec {
                    sku: sku.into(),
                    qty,
                }],
                deadline: due,
                ..NewOrder::default()
            })
            .unwrap()
            .order
            .number;
        self.at(when + Duration::minutes(2))
            .confirm_order(n, false, None)
            .unwrap();
        n
    }

    fn pay(&mut self, when: DateTime<Utc>, n: i64, amount: &str, method: Method, claimed: bool) {
        self.at(when)
            .record_payment(
                n,
                NewPayment {
                    amount: amount.into(),
                    method,
                    reference: None,
                    claimed,
                    proof: None,
                },
            )
            .unwrap();
    }
}

fn deadline(days: i64, time: Option<(u32, u32)>) -> Option<Deadline> {
    Some(Deadline::new(
        day() + Duration::days(days),
        time.and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0)),
    ))
}

/// The fixture: a few days of a small shop, closed on `day()` at 18:00.
fn fixture() -> Book {
    let mut b = Book::new();
    // Two days before: paid by card, delivered today, part refunded today.
    let a = b.order(at(-2, 10, 0), "SCF-RED", 2, None);
    b.pay(at(-2, 10, 30), a, "70", Method::Card, false);
    b.at(at(-1, 9, 0))
        .advance_order(a, Fulfilment::Packing, None)
        .unwrap();
    b.at(at(0, 13, 0))
        .advance_order(a, Fulfilment::Delivered, None)
        .unwrap();
    b.at(at(0, 14, 0))
        .refund(
            a,
            orderdesk::core::money::Money::new(1000, Currency::BRL),
            false,
            None,
            None,
        )
        .unwrap();
    // Yesterday: a claim nobody verified yet, and a deadline already past.
    let claimed = b.order(at(-1, 12, 0), "SCF-RED", 1, deadline(-1, None));
    b.pay(at(-1, 12, 20), claimed, "35", Method::Pix, true);
    // Three days ago: a deposit, the rest still owed.
    let deposit = b.order(at(-3, 16, 0), "SCF-RED", 2, None);
    b.pay(at(-3, 16, 10), deposit, "20", Method::Transfer, false);
    // Today: cash at the counter (a person), due tomorrow.
    let cash = b.order(at(0, 9, 0), "TEE-WHT", 1, deadline(1, Some((18, 0))));
    b.pay(at(0, 9, 30), cash, "25", Method::Cash, false);
    // Today: paid through the provider's webhook.
    let linked = b.order(at(0, 10, 0), "SCF-RED", 1, deadline(1, None));
    let event = parse_event(
        json!({"id": "evt_1", "object": "event", "type": "payment_intent.succeeded",
               "data": {"object": {"id": "pi_1", "object": "payment_intent", "amount": 3500,
                   "amount_received": 3500, "currency": "brl", "status": "succeeded",
                   "metadata": {"order_no": linked.to_string()}}}})
        .to_string()
        .as_bytes(),
    )
    .unwrap();
    b.at(at(0, 10, 45)).receive_stripe_event(&event).unwrap();
    // Today: a Pix claim the bank's report verifies in the afternoon.
    let reported = b.order(at(0, 11, 0), "SCF-RED", 2, None);
    b.pay(at(0, 11, 5), reported, "70", Method::Pix, true);
    let csv = format!("Valor;Documento;Histórico\n70,00;E2E-1;PIX pedido #{reported}\n");
    let map = FieldMap::parse(&[
        "Valor=amount".into(),
        "Documento=reference".into(),
        "Histórico=description".into(),
    ])
    .unwrap();
    let rows = read_report(&csv, ReportFormat::Mapped, &map, Currency::BRL).unwrap();
    b.at(at(0, 15, 0))
        .import_payment_report(&rows, ReportFormat::Mapped, "bank.csv", |_| Ok(()))
        .unwrap();
    // Today: taken and cancelled.
    let cancelled = b.order(at(0, 12, 0), "SCF-RED", 1, None);
    b.at(at(0, 12, 10)).cancel_order(cancelled, None).unwrap();
    // Today: the last jacket (sold out), awaiting payment, due at noon and already late.
    b.order(at(0, 16, 0), "JKT-BLK", 1, deadline(0, Some((12, 0))));
    // Today, a draft: taken, not confirmed.
    b.at(at(0, 17, 0))
        .create_order(NewOrder {
            customer: "+55 11 91111-2222".into(),
            name: Some("Rascunho".into()),
            items: vec![ItemSpec {
                sku: "TEE-WHT".into(),
                qty: 1,
            }],
            ..NewOrder::default()
        })
        .unwrap();
    b.desk.clock = Clock::Fixed(now());
    b
}

fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The figures, recomputed from the rows with plain SQL and arithmetic.
struct Recount {
    taken: (i64, i64),
    confirmed: BTreeSet<i64>,
    delivered: BTreeSet<i64>,
    cancelled: BTreeSet<i64>,
    received: (i64, i64),
    by_method: BTreeMap<String, (i64, i64)>,
    refunds: (i64, i64),
    by_verifier: BTreeMap<&'static str, (i64, i64)>,
    paid_minutes: Vec<i64>,
    within_24h: i64,
    confirmed_of_day: i64,
    claims: BTreeMap<i64, i64>,
    unpaid: BTreeMap<i64, i64>,
    overdue: BTreeSet<i64>,
    due_tomorrow: BTreeSet<i64>,
    low: BTreeSet<String>,
    sold_out: BTreeSet<String>,
    orders_by_hour: [i64; 24],
    money_by_hour: [i64; 24],
}

fn recount(db: &std::path::Path) -> Recount {
    let c = Connection::open(db).unwrap();
    let (from, to) = (ts(at(0, 0, 0)), ts(at(1, 0, 0)));
    let hour = |text: &str| DateTime::parse_from_rfc3339(text).unwrap().hour() as usize;
    let mut r = Recount {
        taken: (0, 0),
        confirmed: BTreeSet::new(),
        delivered: BTreeSet::new(),
        cancelled: BTreeSet::new(),
        received: (0, 0),
        by_method: BTreeMap::new(),
        refunds: (0, 0),
        by_verifier: BTreeMap::new(),
        paid_minutes: Vec::new(),
        within_24h: 0,
        confirmed_of_day: 0,
        claims: BTreeMap::new(),
        unpaid: BTreeMap::new(),
        overdue: BTreeSet::new(),
        due_tomorrow: BTreeSet::new(),
        low: BTreeSet::new(),
        sold_out: BTreeSet::new(),
        orders_by_hour: [0; 24],
        money_by_hour: [0; 24],
    };
    // Orders made today.
    let mut stmt = c
        .prepare("SELECT id, number, total, lifecycle, created_at FROM orders WHERE created_at >= ?1 AND created_at < ?2")
        .unwrap();
    let made: Vec<(Vec<u8>, i64, i64, String, String)> = stmt
        .query_map(params![from, to], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (id, _, total, lifecycle, created) in &made {
        r.taken.0 += 1;
        r.orders_by_hour[hour(created)] += 1;
        if lifecycle == "cancelled" {
            continue;
        }
        r.taken.1 += total;
        if lifecycle != "draft" {
            r.confirmed_of_day += 1;
        }
        // When the verified payments (net of refunds) first covered the total.
        let mut moves: Vec<(String, i64)> = c
            .prepare("SELECT kind, amount, COALESCE(settled_at, created_at), created_at FROM payments WHERE order_id = ?1 AND state = 'verified'")
            .unwrap()
            .query_map([id], |row| {
                let kind: String = row.get(0)?;
                let amount: i64 = row.get(1)?;
                let settled: String = row.get(2)?;
                let created: String = row.get(3)?;
                Ok(if kind == "payment" { (settled, amount) } else { (created, -amount) })
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        moves.sort();
        let mut paid = 0;
        for (when, amount) in moves {
            paid += amount;
            if paid >= *total && paid > 0 {
                let minutes = (DateTime::parse_from_rfc3339(&when).unwrap()
                    - DateTime::parse_from_rfc3339(created).unwrap())
                .num_minutes();
                r.paid_minutes.push(minutes);
                if minutes <= 24 * 60 {
                    r.within_24h += 1;
                }
                break;
            }
        }
    }
    // The journal's steps today.
    let mut stmt = c
        .prepare("SELECT o.number, j.action FROM journal j JOIN orders o ON o.id = j.order_id WHERE j.entity = 'order' AND j.at >= ?1 AND j.at < ?2")
        .unwrap();
    for row in stmt
        .query_map(params![from, to], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })
        .unwrap()
    {
        let (number, action) = row.unwrap();
        match action.as_str() {
            "confirmed" | "confirmed (oversold)" => {
                r.confirmed.insert(number);
            }
            "delivered" => {
                r.delivered.insert(number);
            }
            "cancelled" => {
                r.cancelled.insert(number);
            }
            _ => {}
        }
    }
    // Money made today: received (with who verified it) and refunds.
    let mut stmt = c
        .prepare(
            "SELECT p.id, p.kind, p.method, p.amount, p.state, p.created_at FROM payments p
             WHERE p.created_at >= ?1 AND p.created_at < ?2",
        )
        .unwrap();
    let rows: Vec<(Vec<u8>, String, String, i64, String, String)> = stmt
        .query_map(params![from, to], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (id, kind, method, amount, state, created) in rows {
        if kind == "refund" {
            r.refunds.0 += 1;
            r.refunds.1 += amount;
            continue;
        }
        if state != "verified" {
            continue;
        }
        r.received.0 += 1;
        r.received.1 += amount;
        r.money_by_hour[hour(&created)] += amount;
        let m = r.by_method.entry(method).or_default();
        m.0 += 1;
        m.1 += amount;
        let provider: i64 = c
            .query_row(
                "SELECT count(*) FROM provider_events WHERE payment_id = ?1 AND outcome = 'paid'",
                [&id],
                |x| x.get(0),
            )
            .unwrap();
        let report: i64 = c
            .query_row("SELECT count(*) FROM report_rows WHERE payment_id = ?1 AND outcome IN ('recorded', 'claim_verified')", [&id], |x| x.get(0))
            .unwrap();
        let who = match (provider > 0, report > 0) {
            (true, _) => "provider",
            (false, true) => "report",
            _ => "person",
        };
        let v = r.by_verifier.entry(who).or_default();
        v.0 += 1;
        v.1 += amount;
    }
    // Still open now: claims, balances from the payments themselves, deadlines, stock.
    let mut stmt = c
        .prepare("SELECT o.number, p.amount FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.state = 'claimed'")
        .unwrap();
    for row in stmt
        .query_map([], |x| Ok((x.get::<_, i64>(0)?, x.get::<_, i64>(1)?)))
        .unwrap()
    {
        let (n, amount) = row.unwrap();
        *r.claims.entry(n).or_default() += amount;
    }
    let mut stmt = c
        .prepare(
            "SELECT o.number, o.total, o.lifecycle, o.fulfilment, o.due_date, o.due_time,
                 (SELECT COALESCE(SUM(amount), 0) FROM payments p
                  WHERE p.order_id = o.id AND p.kind = 'payment' AND p.state = 'verified')
             FROM orders o",
        )
        .unwrap();
    let today = day().format("%Y-%m-%d").to_string();
    let tomorrow = (day() + Duration::days(1)).format("%Y-%m-%d").to_string();
    for row in stmt
        .query_map([], |x| {
            Ok((
                x.get::<_, i64>(0)?,
                x.get::<_, i64>(1)?,
                x.get::<_, String>(2)?,
                x.get::<_, String>(3)?,
                x.get::<_, Option<String>>(4)?,
                x.get::<_, Option<String>>(5)?,
                x.get::<_, i64>(6)?,
            ))
        })
        .unwrap()
    {
        let (n, total, lifecycle, fulfilment, due_date, due_time, received) = row.unwrap();
        if matches!(lifecycle.as_str(), "confirmed" | "completed") && received < total {
            r.unpaid.insert(n, total - received);
        }
        let open = matches!(lifecycle.as_str(), "draft" | "confirmed") && fulfilment != "delivered";
        if let (true, Some(date)) = (open, due_date) {
            let late_today = date == today && due_time.as_deref().is_some_and(|t| t < "18:00");
            if date < today || late_today {
                r.overdue.insert(n);
            }
            if date == tomorrow {
                r.due_tomorrow.insert(n);
            }
        }
    }
    let mut stmt = c
        .prepare("SELECT sku, on_hand - reserved, low_stock FROM products")
        .unwrap();
    for row in stmt
        .query_map([], |x| {
            Ok((
                x.get::<_, String>(0)?,
                x.get::<_, i64>(1)?,
                x.get::<_, Option<i64>>(2)?,
            ))
        })
        .unwrap()
    {
        let (sku, available, low) = row.unwrap();
        if available <= 0 {
            r.sold_out.insert(sku);
        } else if low.is_some_and(|l| available <= l) {
            r.low.insert(sku);
        }
    }
    r
}

fn summary(book: &Book) -> DaySummary {
    let local: NaiveDateTime = now().naive_utc();
    book.desk
        .day_summary(Period::day(day()), &Utc, local)
        .unwrap()
}

fn set(orders: &[i64]) -> BTreeSet<i64> {
    orders.iter().copied().collect()
}

#[test]
fn the_days_figures_equal_a_recount_of_the_book() {
    let book = fixture();
    let s = summary(&book);
    let r = recount(&book.dir.path().join("book.sqlite"));

    assert_eq!((s.taken.count, s.taken.amount), r.taken);
    assert_eq!(set(&s.confirmed.orders), r.confirmed);
    assert_eq!(set(&s.delivered.orders), r.delivered);
    assert_eq!(set(&s.cancelled.orders), r.cancelled);
    assert_eq!((s.received.count, s.received.amount), r.received);
    let by_method: BTreeMap<String, (i64, i64)> = s
        .by_method
        .iter()
        .map(|(m, t)| (m.as_str().to_string(), (t.count, t.amount)))
        .collect();
    assert_eq!(by_method, r.by_method);
    assert_eq!((s.refunds.count, s.refunds.amount), r.refunds);
    for (v, t) in &s.verified {
        let want = r.by_verifier.get(v.as_str()).copied().unwrap_or((0, 0));
        assert_eq!((t.count, t.amount), want, "verified by {v}");
    }
    let mut minutes = r.paid_minutes.clone();
    minutes.sort_unstable();
    assert_eq!(s.paid_time.paid, minutes.len() as i64);
    assert_eq!(s.paid_time.slowest.map(|(m, _)| m), minutes.last().copied());
    let half = match minutes.len() {
        0 => None,
        n if n % 2 == 1 => Some(minutes[n / 2] * 2),
        n => Some(minutes[n / 2 - 1] + minutes[n / 2]),
    };
    assert_eq!(s.paid_time.median_half_minutes, half);
    assert_eq!(
        (s.paid_time.within_24h, s.paid_time.confirmed),
        (r.within_24h, r.confirmed_of_day)
    );
    let claims: BTreeMap<i64, i64> = r.claims.clone();
    assert_eq!(set(&s.claims.orders), claims.keys().copied().collect());
    assert_eq!(s.claims.amount, claims.values().sum::<i64>());
    assert_eq!(set(&s.unpaid.orders), r.unpaid.keys().copied().collect());
    assert_eq!(s.unpaid.amount, r.unpaid.values().sum::<i64>());
    assert_eq!(set(&s.overdue.orders), r.overdue);
    assert_eq!(set(&s.due_next.orders), r.due_tomorrow);
    let skus = |notes: &[orderdesk::core::day::StockNote]| -> BTreeSet<String> {
        notes.iter().map(|n| n.sku.clone()).collect()
    };
    assert_eq!(skus(&s.low), r.low);
    assert_eq!(skus(&s.sold_out), r.sold_out);
    let orders_by_hour: Vec<i64> = s.buckets.iter().map(|b| b.orders).collect();
    let money_by_hour: Vec<i64> = s.buckets.iter().map(|b| b.received).collect();
    assert_eq!(orders_by_hour, r.orders_by_hour);
    assert_eq!(money_by_hour, r.money_by_hour);

    // The fixture has one of each, so a recount that matched only zeros cannot pass.
    assert!(r.confirmed.len() >= 5 && r.delivered.len() == 1 && r.cancelled.len() == 1);
    assert_eq!(
        r.by_verifier.keys().copied().collect::<Vec<_>>(),
        ["person", "provider", "report"]
    );
    assert!(r.refunds.0 == 1 && !r.claims.is_empty() && !r.unpaid.is_empty());
    assert!(!r.overdue.is_empty() && !r.due_tomorrow.is_empty());
    assert!(!r.low.is_empty() && !r.sold_out.is_empty());
    assert_eq!(s.orders(Figure::Verified(Verifier::Provider)).len(), 1);
}

/// `report day --json` says the same as the desk, for a script or a cron mail.
#[test]
fn report_day_prints_the_same_figures_for_a_script() {
    let book = fixture();
    let s = summary(&book);
    let db = book.dir.path().join("book.sqlite");
    let config = book.dir.path().join("config.toml");
    std::fs::write(&config, "[shop]\ncurrency = \"BRL\"\ncountry = \"BR\"\n").unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_orderdesk"))
            .arg("--db")
            .arg(&db)
            .arg("--config")
            .arg(&config)
            .arg("--now")
            .arg(ts(now()))
            .args(args)
            .env("TZ", "UTC")
            .env("ORDERDESK_LOG", "off")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let json: Value = serde_json::from_str(&run(&["report", "day", "--json"])).unwrap();
    let money = |minor: i64| format!("{}.{:02}", minor / 100, minor % 100);
    assert_eq!(json["from"], "2026-03-09");
    assert_eq!(json["taken"]["count"], s.taken.count);
    assert_eq!(json["taken"]["amount"], money(s.taken.amount));
    assert_eq!(json["received"]["amount"], money(s.received.amount));
    assert_eq!(json["verified_by"]["provider"]["count"], 1);
    assert_eq!(json["verified_by"]["report"]["count"], 1);
    assert_eq!(json["verified_by"]["person"]["amount"], money(2500));
    assert_eq!(json["open"]["claims"]["orders"], json!(s.claims.orders));
    assert_eq!(json["open"]["overdue"]["orders"], json!(s.overdue.orders));
    assert_eq!(json["open"]["due_next_day"]["date"], "2026-03-10");
    assert_eq!(json["by_hour"].as_array().unwrap().len(), 24);
    assert_eq!(json["cancelled"]["count"], 1);
    // For a person: the same numbers in words.
    let text = run(&["report", "day", "--date", "2026-03-09"]);
    assert!(text.contains("Mon 9 Mar 2026"), "{text}");
    assert!(text.contains(&format!("{} taken", s.taken.count)), "{text}");
    assert!(text.contains("by the provider 1"), "{text}");
    assert!(text.contains("Overdue"), "{text}");
    // A week's CSV files carry each day's summary too, with the verification split.
    let out = book.dir.path().join("week");
    run(&[
        "report",
        "daily",
        "--week",
        "2026-03-09",
        "--out",
        out.to_str().unwrap(),
    ]);
    let days = std::fs::read_to_string(out.join("days-2026-03-09_2026-03-15.csv")).unwrap();
    assert!(
        days.starts_with("date,metric,key,count,value,currency\n"),
        "{days}"
    );
    assert!(
        days.contains("2026-03-09,payments_verified_by,provider,1,35.00,BRL"),
        "{days}"
    );
    let summary = std::fs::read_to_string(out.join("summary-2026-03-09_2026-03-15.csv")).unwrap();
    assert!(
        summary.contains("payments_verified_by,report,1,70.00,BRL"),
        "{summary}"
    );
}
