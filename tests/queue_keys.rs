//! The Orders pane's keys on a queue several windows long, through the desk's real `step()`
//! on a real book: j/k, page down/up, g, G, a jump with `:` and a filter each select the
//! order the ranking rule puts there (a plain ORDER BY over the book's rows), however many
//! windows the pane read by keyset on the way.

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::order::Fulfilment;
use orderdesk::ops::{Clock, Desk, ItemSpec, NewOrder};
use orderdesk::store::Store;
use orderdesk::tui::harness::Harness;

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
SCF-RED,Wool Scarf,Red,35.00,USD,5000,scarf,
";

/// More than two windows of the pane (120 rows each).
const ORDERS: usize = 300;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 9, 14, 0, 0).unwrap()
}

fn local() -> DateTime<FixedOffset> {
    now().fixed_offset()
}

fn harness(dir: &tempfile::TempDir) -> Harness {
    let mut config = Config::default();
    config.shop.name = "Lumen".into();
    config.desk.user = "ana".into();
    let mut desk = Desk::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        config,
    );
    desk.import_catalog(CATALOG).unwrap();
    for i in 0..ORDERS {
        // Two orders at each moment: ties the row number breaks.
        let created = now() - Duration::hours(60) + Duration::minutes((i / 2) as i64);
        desk.clock = Clock::Fixed(created);
        let customer = if i % 4 == 0 {
            "Mei Chen +1 512-555-0100"
        } else {
            "Ana Lima +1 512-555-0123"
        };
        let deadline = (i % 5 == 0).then(|| {
            orderdesk::core::deadline::Deadline::new(
                now().date_naive() + Duration::days((i % 3) as i64 - 1),
                None,
            )
        });
        let n = desk
            .create_order(NewOrder {
                customer: customer.into(),
                items: vec![ItemSpec {
                    sku: "SCF-RED".into(),
                    qty: 1,
                }],
                deadline,
                ..NewOrder::default()
            })
            .unwrap()
            .order
            .number;
        if i % 3 != 0 {
            desk.confirm_order(n, false, None).unwrap();
        }
        if i % 7 == 1 && i % 3 != 0 {
            desk.advance_order(n, Fulfilment::Packing, None).unwrap();
        }
    }
    desk.clock = Clock::Fixed(now());
    Harness::new(desk, 100, 30, local())
}

/// The open queue by the ranking rule, as one plain ORDER BY: order numbers.
fn ranked(dir: &tempfile::TempDir, name: &str) -> Vec<i64> {
    let conn = rusqlite::Connection::open(dir.path().join("book.sqlite")).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT number FROM (
                 SELECT o.*, o.rowid AS row,
                     CASE WHEN o.queue_rank <= 6 AND o.due_date <= ?1 THEN 0 ELSE 1 END AS part
                 FROM orders o JOIN customers c ON c.id = o.customer_id
                 WHERE o.queue_rank <= 7 AND c.name LIKE '%' || ?2 || '%')
             ORDER BY queue_rank, part,
                 CASE WHEN part = 0 THEN due_date END,
                 CASE WHEN part = 0 THEN coalesce(due_time, '24:00') END,
                 created_at, row",
        )
        .unwrap();
    let today = now().date_naive().format("%Y-%m-%d").to_string();
    stmt.query_map(rusqlite::params![today, name], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn selected(h: &Harness) -> i64 {
    h.app.orders.selected().expect("a selected order").number
}

/// The pane's page: the screen's height less its frame.
const PAGE: usize = 30 - 8;

#[test]
fn every_key_selects_the_order_the_ranking_puts_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir);
    let queue = ranked(&dir, "");
    let last = queue.len() - 1;
    assert!(queue.len() > 2 * 120, "{}", queue.len());
    assert_eq!(selected(&h), queue[0]);

    // Page down to the end, one window after another.
    let mut at = 0;
    while at < last {
        h.keys("PageDown");
        at = (at + PAGE).min(last);
        assert_eq!(selected(&h), queue[at], "page down to {at}");
    }
    h.keys("PageDown j");
    assert_eq!(selected(&h), queue[last], "the end stays the end");
    // And back up.
    while at > 0 {
        h.keys("PageUp");
        at = at.saturating_sub(PAGE);
        assert_eq!(selected(&h), queue[at], "page up to {at}");
    }
    h.keys("k");
    assert_eq!(selected(&h), queue[0]);

    // Row by row across a window's edge, both ways.
    for _ in 0..130 {
        h.keys("j");
    }
    assert_eq!(selected(&h), queue[130]);
    for _ in 0..70 {
        h.keys("k");
    }
    assert_eq!(selected(&h), queue[60]);

    // The ends.
    h.keys("G");
    assert_eq!(selected(&h), queue[last]);
    h.keys("k k k");
    assert_eq!(selected(&h), queue[last - 3]);
    h.keys("g");
    assert_eq!(selected(&h), queue[0]);
    h.keys("Ctrl-d");
    assert_eq!(selected(&h), queue[PAGE / 2]);

    // A jump deep into the queue, then the rows around it.
    let target = queue[200];
    h.keys(":");
    h.type_text(&target.to_string());
    h.keys("Enter");
    assert!(
        h.screen().contains(&format!("Order #{target}")),
        "{}",
        h.screen()
    );
    h.keys("Esc");
    assert_eq!(selected(&h), target);
    h.keys("j");
    assert_eq!(selected(&h), queue[201]);
    h.keys("k k");
    assert_eq!(selected(&h), queue[199]);
    h.keys("PageUp PageUp PageUp PageUp");
    assert_eq!(selected(&h), queue[199 - 4 * PAGE]);
    let screen = h.screen();
    assert!(
        screen.contains(&format!("#{} ", queue[199 - 4 * PAGE])),
        "{screen}"
    );

    // A filter: the same keys over the filtered queue.
    let mei = ranked(&dir, "Mei");
    h.keys("/");
    h.type_text("Mei");
    h.keys("Enter");
    assert_eq!(selected(&h), mei[0], "{}", h.screen());
    h.keys("G");
    assert_eq!(selected(&h), mei[mei.len() - 1]);
    h.keys("PageUp PageUp");
    assert_eq!(selected(&h), mei[mei.len() - 1 - 2 * PAGE]);
    h.keys("g j j");
    assert_eq!(selected(&h), mei[2]);
}

#[test]
fn a_change_keeps_the_window_and_shows_what_moved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(&dir);
    let queue = ranked(&dir, "");
    // Deep in the queue, the selected order moves on: the window is read again from its
    // first row, and the selection stays on the same line, now another order.
    let target = queue[180];
    h.keys(":");
    h.type_text(&target.to_string());
    h.keys("Enter Esc");
    assert_eq!(selected(&h), target);
    let draft = h.runner.desk.order_view(target).unwrap().order.lifecycle
        == orderdesk::core::order::Lifecycle::Draft;
    if draft {
        h.runner.desk.confirm_order(target, false, None).unwrap();
    } else {
        h.runner
            .desk
            .advance_order(target, Fulfilment::Delivered, None)
            .unwrap();
    }
    // Another desk's change: seen at the next tick.
    h.set_now(local() + Duration::seconds(61));
    let queue = ranked(&dir, "");
    assert_ne!(selected(&h), target, "the window was read again");
    assert_eq!(
        queue.iter().position(|n| *n == target).map(|p| p > 180),
        Some(true),
        "it went further down the queue"
    );
    let at = queue.iter().position(|n| *n == selected(&h)).unwrap();
    // Everything around the selection is where the ranking puts it now.
    h.keys("j");
    assert_eq!(selected(&h), queue[at + 1]);
    h.keys("k k");
    assert_eq!(selected(&h), queue[at - 1]);
}
