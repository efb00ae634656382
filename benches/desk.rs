//! The desk on a book of a million orders: time to the first frame, and from a key to the
//! next frame. The book is `ORDERDESK_BENCH_BOOK`, or `target/bench-books/1m.sqlite`, made
//! once with the demo generator (several minutes) when missing.
//!
//! Run with `cargo bench --bench desk`; the figures are recorded in README.md.

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::Local;
use divan::Bencher;
use orderdesk::config::Config;
use orderdesk::core::queue::{LAST_OPEN_RANK, QueueFrom};
use orderdesk::ops::{DemoSize, Desk, QueueAsk};
use orderdesk::store::Store;
use orderdesk::tui::harness::Harness;

fn main() {
    divan::main();
}

const ORDERS: usize = 1_000_000;

fn book() -> &'static PathBuf {
    static BOOK: OnceLock<PathBuf> = OnceLock::new();
    BOOK.get_or_init(|| {
        if let Some(path) = std::env::var_os("ORDERDESK_BENCH_BOOK") {
            return PathBuf::from(path);
        }
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-books/1m.sqlite");
        if !path.exists() {
            eprintln!(
                "making a book of {ORDERS} orders at {} (once; several minutes)…",
                path.display()
            );
            let mut desk = Desk::new(
                Store::open(&path).expect("open the bench book"),
                Config::default(),
            );
            desk.fill_demo(DemoSize {
                orders: ORDERS,
                customers: 20_000,
            })
            .expect("fill the bench book");
        }
        path
    })
}

fn open(width: u16, height: u16) -> Harness {
    let desk = Desk::new(
        Store::open(book()).expect("open the bench book"),
        Config::default(),
    );
    Harness::new(desk, width, height, Local::now().fixed_offset())
}

/// Open the book, load the queue (counts per rank and the first window) and draw.
#[divan::bench(sample_count = 20)]
fn first_frame(bencher: Bencher) {
    book();
    bencher.bench_local(|| {
        let mut h = open(120, 40);
        h.screen()
    });
}

/// A key and the frame after it, on the queue of a million orders (at its top).
#[divan::bench(args = ["j", "PageDown", "G", "g", "Enter Esc", "t t", "2 1"], sample_count = 50)]
fn key_to_frame(bencher: Bencher, keys: &str) {
    let mut h = open(120, 40);
    h.screen();
    bencher.bench_local(|| {
        h.keys(keys);
        h.screen()
    });
}

/// The order `percent` of the way down the open queue (read once, stepping over the rows
/// before it: a setup cost, not what is measured).
fn order_at(h: &Harness, percent: usize) -> i64 {
    let skip = open_orders(h) * percent / 100;
    h.runner
        .desk
        .queue(&QueueAsk {
            skip,
            limit: 1,
            now: Some(h.app.orders.now),
            ..QueueAsk::default()
        })
        .expect("read the queue")
        .rows[0]
        .order
        .number
}

/// A key and the frame after it deep in the queue: `:` jumps to the order at 10 %, 50 % or
/// 90 % of the open queue (not measured), then the key is pressed there again and again (a
/// page down or up reads a new window every other press). Each sample is one press, so the
/// slowest of the 100 bounds the 99th percentile.
#[divan::bench(
    args = [
        "10 j", "10 PageDown", "10 PageUp", "50 j", "50 PageDown", "50 PageUp", "90 j",
        "90 PageDown", "90 PageUp",
    ],
    sample_count = 100,
    sample_size = 1
)]
fn key_at_depth(bencher: Bencher, case: &str) {
    let (percent, key) = case.split_once(' ').unwrap();
    let mut h = open(120, 40);
    let number = order_at(&h, percent.parse().unwrap());
    jump(&mut h, number);
    bencher.bench_local(|| {
        h.keys(key);
        h.screen()
    });
}

/// `:` to the order at 10 %, 50 % or 90 % of the open queue: its number typed (not
/// measured), then Enter (the order opens and the queue's window is read around it) and Esc
/// (back to the queue, on that order).
#[divan::bench(args = [10, 50, 90], sample_count = 30, sample_size = 1)]
fn jump_to_depth(bencher: Bencher, percent: usize) {
    let number = order_at(&open(120, 40), percent);
    bencher
        .with_inputs(|| {
            let mut h = open(120, 40);
            h.keys(&format!(": {}", digits(number)));
            h
        })
        .bench_local_values(|mut h| {
            h.keys("Enter Esc");
            h.screen();
            h
        });
}

/// Keys in a filtered queue ("mei": about one order in ten): the filter typed once (its
/// count of matching orders runs in the background and is awaited, not measured: a scan of
/// every order, seconds on this book), then the
/// keys pressed again and again: a page down, the last order and back to the first, a row.
#[divan::bench(args = ["PageDown", "G g", "j"], sample_count = 100, sample_size = 1)]
fn key_in_filter(bencher: Bencher, keys: &str) {
    let mut h = open(120, 40);
    // Typed as staff type it: each letter reads a window; the count waits for the last.
    for key in ["/", "m", "e", "i", "Enter"] {
        h.press(key);
    }
    while !h.wait_for_background(std::time::Duration::from_secs(600)) {}
    assert!(
        h.app.orders.counted_total().is_some(),
        "the filter was counted"
    );
    h.screen();
    bencher.bench_local(|| {
        h.keys(keys);
        h.screen()
    });
}

/// One window of 120 rows halfway down the open queue, read as the desk reads it (after the
/// key of the row before it) and, for comparison in the same run, by stepping over the rows
/// before it (LIMIT … OFFSET on the same urgency index).
#[divan::bench(args = ["keyset", "offset"], sample_count = 20)]
fn window_at_half_depth(bencher: Bencher, how: &str) {
    let h = open(120, 40);
    let desk = &h.runner.desk;
    let now = Some(h.app.orders.now);
    let depth = open_orders(&h) / 2;
    let anchor = desk
        .queue(&QueueAsk {
            skip: depth,
            limit: 1,
            now,
            ..QueueAsk::default()
        })
        .expect("read the queue")
        .keys[0]
        .clone();
    let conn = rusqlite::Connection::open(book()).expect("open the book");
    bencher.bench_local(|| match how {
        "keyset" => desk
            .queue(&QueueAsk {
                from: QueueFrom::After {
                    key: anchor.clone(),
                    inclusive: false,
                },
                limit: 120,
                now,
                ..QueueAsk::default()
            })
            .expect("read the window")
            .rows
            .len(),
        _ => conn
            .prepare_cached(
                "SELECT number FROM orders INDEXED BY orders_by_urgency WHERE queue_rank <= 7
                 ORDER BY queue_rank, created_at LIMIT 120 OFFSET ?1",
            )
            .expect("prepare")
            .query_map([depth as i64], |r| r.get::<_, i64>(0))
            .expect("query")
            .count(),
    });
}

/// How many orders the open queue holds.
fn open_orders(h: &Harness) -> usize {
    let counts = h
        .runner
        .desk
        .queue(&QueueAsk {
            limit: 1,
            count: true,
            ..QueueAsk::default()
        })
        .expect("count the queue")
        .counts
        .unwrap();
    counts[..=usize::from(LAST_OPEN_RANK)].iter().sum::<i64>() as usize
}

/// `:` to order `number`, and back to the queue on it.
fn jump(h: &mut Harness, number: i64) {
    h.keys(&format!(": {} Enter Esc", digits(number)));
    assert_eq!(
        h.app.orders.selected().map(|r| r.number),
        Some(number),
        "the jump selects the order"
    );
    h.screen();
}

/// "1042" as the harness's key names: "1 0 4 2".
fn digits(number: i64) -> String {
    number
        .to_string()
        .chars()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ")
}
