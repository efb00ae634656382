//! Order-book speed: confirm-order transactions per second on a real WAL file (and on a
//! PostgreSQL database of the test server, `store::test_server`, when one can be had), the daily
//! report (query + aggregation + three CSV files) for a day with 10,000 orders, and the
//! summary the Today pane and `report day` show for that day.
//!
//! Run with `cargo bench --bench orders`; the figures are recorded in README.md.

use std::cell::RefCell;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use divan::Bencher;
use divan::counter::ItemsCount;
use orderdesk::config::Config;
use orderdesk::core::day::Period;
use orderdesk::core::payment::Method;
use orderdesk::export::write_daily;
use orderdesk::ops::{Clock, Desk, ItemSpec, NewOrder, NewPayment};
use orderdesk::store::Store;

fn main() {
    divan::main();
}

fn desk(dir: &tempfile::TempDir) -> Desk {
    stocked(Store::open(&dir.path().join("bench.sqlite")).unwrap())
}

fn stocked(store: Store) -> Desk {
    let mut desk = Desk::new(store, Config::default());
    let mut csv = String::from("sku,name,variant,price,currency,stock\n");
    for i in 0..30 {
        csv.push_str(&format!(
            "SKU-{i:02},Product {i},Size M,{}.90,USD,10000000\n",
            10 + i
        ));
    }
    desk.import_catalog(&csv).unwrap();
    desk
}

fn draft(desk: &mut Desk, i: usize) -> i64 {
    desk.create_order(NewOrder {
        customer: format!("+1 512 555 {:04}", i % 5000),
        name: Some(format!("Customer {}", i % 5000)),
        items: vec![
            ItemSpec {
                sku: format!("SKU-{:02}", i % 30),
                qty: 1,
            },
            ItemSpec {
                sku: format!("SKU-{:02}", (i * 7 + 3) % 30),
                qty: 2,
            },
        ],
        ..NewOrder::default()
    })
    .unwrap()
    .order
    .number
}

/// One confirmation: read the order, check the transition, reserve two SKUs with the guarded
/// UPDATE, write the journal, commit (WAL, synchronous=NORMAL), read the view back.
#[divan::bench(sample_count = 200, sample_size = 10)]
fn confirm_order(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap();
    confirm_each(bencher, desk(&dir));
}

/// The same on PostgreSQL over a local socket (the test server: synchronous_commit off, as
/// SQLite's WAL at synchronous=NORMAL does not wait for the disk at each commit either).
#[divan::bench(sample_count = 200, sample_size = 10)]
fn confirm_order_postgres(bencher: Bencher) {
    let Some(url) = orderdesk::store::test_server::fresh_book() else {
        return;
    };
    confirm_each(
        bencher,
        stocked(Store::open(std::path::Path::new(&url)).unwrap()),
    );
}

fn confirm_each(bencher: Bencher, desk: Desk) {
    let desk = RefCell::new(desk);
    let next = RefCell::new(0usize);
    bencher
        .counter(ItemsCount::new(1usize))
        .with_inputs(|| {
            let mut i = next.borrow_mut();
            *i += 1;
            draft(&mut desk.borrow_mut(), *i)
        })
        .bench_local_values(|number| {
            desk.borrow_mut()
                .confirm_order(number, false, None)
                .unwrap()
        });
}

/// A day with 10,000 orders, all confirmed, most paid (a quarter still owing).
fn busy_day(dir: &tempfile::TempDir) -> Desk {
    let mut desk = desk(dir);
    let day = Utc.with_ymd_and_hms(2026, 3, 2, 0, 0, 0).unwrap();
    for i in 0..10_000usize {
        let at = day + Duration::seconds(i as i64 * 8);
        desk.clock = Clock::Fixed(at);
        let n = draft(&mut desk, i);
        desk.confirm_order(n, false, None).unwrap();
        if i % 4 != 0 {
            desk.clock = Clock::Fixed(at + Duration::minutes((i % 300) as i64));
            let total = desk.order_view(n).unwrap().total();
            let amount = orderdesk::core::money::Money::new(total, desk.config.shop.currency);
            let payment = NewPayment {
                amount: amount.into(),
                method: Method::Pix,
                reference: None,
                claimed: false,
                proof: None,
            };
            desk.record_payment(n, payment).unwrap();
        }
    }
    desk
}

/// The owner's `report daily` for that day.
#[divan::bench(sample_count = 10)]
fn report_daily_10k_orders(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let desk = busy_day(&dir);
    let date = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let out = dir.path().join("reports");
    bencher
        .counter(ItemsCount::new(10_000usize))
        .bench_local(|| {
            let report = desk.daily_report(date, &Utc).unwrap();
            assert_eq!(report.orders.len(), 10_000);
            write_daily(&report, &out, false).unwrap()
        });
}

/// The summary of that day as the Today pane reads it (the report's rows, the journal's
/// steps, who verified each payment, and what is still open in the book), closed at 20:00.
#[divan::bench(sample_count = 10)]
fn day_summary_10k_orders(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let desk = busy_day(&dir);
    let date = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let now = date.and_hms_opt(20, 0, 0).unwrap();
    bencher
        .counter(ItemsCount::new(10_000usize))
        .bench_local(|| {
            let summary = desk.day_summary(Period::day(date), &Utc, now).unwrap();
            assert_eq!(summary.taken.count, 10_000);
            summary
        });
}
