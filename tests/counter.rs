//! The desk at the counter: the results staff rely on — one balance everywhere, notes that
//! touch nothing else, references a rejected claim does not hold — checked through the
//! operations on a real file (the keys that reach them are in `tests/desk.rs`).

use chrono::{TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::payment::Method;
use orderdesk::ops::{Clock, Desk, ItemSpec, ListQuery, NewOrder, NewPayment};
use orderdesk::store::Store;
use orderdesk::tui::harness::Harness;

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
SCF-RED,Wool Scarf,Red,35.00,USD,10,scarf,
JKT-BLK-M,Leather Jacket,Black / M,180.00,USD,3,jacket,1
";

fn desk() -> (Desk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("book.sqlite")).unwrap();
    let mut config = Config::default();
    config.shop.name = "Lumen".into();
    config.desk.user = "ana".into();
    config.payment_link.url_template = "https://pay.example/{order_no}?amount={amount}".into();
    let mut desk = Desk::new(store, config);
    desk.clock = Clock::Fixed(Utc.with_ymd_and_hms(2026, 3, 2, 14, 0, 0).unwrap());
    desk.import_catalog(CATALOG).unwrap();
    (desk, dir)
}

fn order(desk: &mut Desk, sku: &str, qty: i64) -> i64 {
    desk.create_order(NewOrder {
        customer: "+1 512-555-0123".into(),
        name: Some("Mei Chen".into()),
        items: vec![ItemSpec {
            sku: sku.into(),
            qty,
        }],
        ..NewOrder::default()
    })
    .unwrap()
    .order
    .number
}

fn pay(desk: &mut Desk, number: i64, amount: &str, reference: Option<&str>, claimed: bool) {
    desk.record_payment(
        number,
        NewPayment {
            amount: amount.into(),
            method: Method::Pix,
            reference: reference.map(str::to_string),
            claimed,
            proof: None,
        },
    )
    .unwrap();
}

/// The balance the queue (and `order list`) shows for `number`.
fn listed_balance(desk: &Desk, number: i64) -> i64 {
    let rows = desk
        .list_orders(&ListQuery::default())
        .unwrap();
    let row = rows.iter().find(|r| r.order.number == number).unwrap();
    row.order.balance(row.totals)
}

#[test]
fn after_a_refund_view_summary_link_and_list_agree_on_the_balance() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, "SCF-RED", 2);
    desk.confirm_order(n, false, None).unwrap();
    pay(&mut desk, n, "50", None, false);
    desk.refund(n, "20", false, None, None).unwrap();
    let view = desk.order_view(n).unwrap();
    assert_eq!(view.balance(), 2000, "$70 order, $50 in, $20 back: $20 due");
    assert_eq!(listed_balance(&desk, n), 2000);
    let summary = desk.order_summary(n).unwrap();
    assert!(summary.contains("Balance due: $20.00"), "{summary}");
    assert!(summary.contains("amount=20.00"), "the link asks for $20: {summary}");
    let link = desk.order_link(n, None).unwrap();
    assert_eq!(link.link.amount, 2000);
}

#[test]
fn a_cancelled_order_shows_no_balance_due() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, "JKT-BLK-M", 1);
    desk.confirm_order(n, false, None).unwrap();
    desk.cancel_order(n, None).unwrap();
    assert_eq!(desk.order_view(n).unwrap().balance(), 0);
    assert_eq!(listed_balance(&desk, n), 0);
    // Paid, cancelled and refunded in full: nothing either way.
    let m = order(&mut desk, "SCF-RED", 1);
    desk.confirm_order(m, false, None).unwrap();
    pay(&mut desk, m, "35", None, false);
    desk.cancel_order(m, None).unwrap();
    assert_eq!(
        desk.order_view(m).unwrap().balance(),
        -3500,
        "the shop owes it back"
    );
    desk.refund(m, "35", false, None, None).unwrap();
    assert_eq!(desk.order_view(m).unwrap().balance(), 0);
    assert_eq!(listed_balance(&desk, m), 0);
}

// ---- through the desk's real `step()` -------------------------------------------------

fn fixture(path: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn local() -> chrono::DateTime<chrono::FixedOffset> {
    Utc.with_ymd_and_hms(2024, 3, 2, 11, 0, 0)
        .unwrap()
        .fixed_offset()
}

/// The fixture catalog's shop on a real file, seen through the harness.
fn harness(dir: &tempfile::TempDir, width: u16, height: u16) -> Harness {
    let mut config = Config::default();
    config.shop.name = "Northside Threads".into();
    config.shop.names = vec!["Northside Threads".into()];
    config.desk.user = "ana".into();
    let mut desk = Desk::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        config,
    );
    desk.clock = Clock::Fixed(local().to_utc());
    desk.import_catalog(&std::fs::read_to_string(fixture("catalog.csv")).unwrap())
        .unwrap();
    Harness::new(desk, width, height, local())
}

/// Confirmed orders of three customers, placed before the desk looks again.
fn three_orders(h: &mut Harness) -> Vec<i64> {
    let mut numbers = Vec::new();
    for (phone, name) in [
        ("+1 512 555 0101", "Mei Chen"),
        ("+1 512 555 0102", "Ana Souza"),
        ("+1 512 555 0103", "Omar Haddad"),
    ] {
        let desk = &mut h.runner.desk;
        let view = desk
            .create_order(NewOrder {
                customer: phone.into(),
                name: Some(name.into()),
                items: vec![ItemSpec {
                    sku: "SCF-WOL-RED".into(),
                    qty: 1,
                }],
                ..NewOrder::default()
            })
            .unwrap();
        desk.confirm_order(view.order.number, false, None).unwrap();
        numbers.push(view.order.number);
    }
    h.poll_book();
    numbers
}

fn last_copy(h: &Harness) -> String {
    h.clipboard
        .borrow()
        .copies
        .last()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn after_a_jump_every_key_acts_on_the_order_jumped_to() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir, 80, 24);
    let numbers = three_orders(&mut h);
    // The first row is selected; jump to the last order, look, go back, copy.
    let wanted = numbers[2];
    assert_ne!(h.app.orders.selected().map(|r| r.number), Some(wanted));
    h.keys(":");
    h.type_text(&wanted.to_string());
    h.keys("Enter Esc y");
    assert_eq!(h.app.orders.selected().map(|r| r.number), Some(wanted));
    let copied = last_copy(&h);
    assert!(
        copied.contains(&format!("#{wanted}")) && copied.contains("Omar Haddad"),
        "copied another customer's summary: {copied}"
    );
    // An order the open queue does not show (cancelled) is still the one selected.
    h.runner.desk.cancel_order(numbers[0], None).unwrap();
    h.poll_book();
    h.keys(":");
    h.type_text(&numbers[0].to_string());
    h.keys("Enter Esc");
    assert_eq!(h.app.orders.selected().map(|r| r.number), Some(numbers[0]));
}
