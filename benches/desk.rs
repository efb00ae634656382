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
use orderdesk::core::queue::LAST_OPEN_RANK;
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
    let desk = &h.runner.desk;
    let ask = |skip: usize| QueueAsk {
        skip,
        limit: 1,
        count: true,
        now: Some(h.app.orders.now),
        ..QueueAsk::default()
    };
    let counts = desk.queue(&ask(0)).expect("count the queue").counts.unwrap();
    let open: i64 = counts[..=usize::from(LAST_OPEN_RANK)].iter().sum();
    let skip = open as usize * percent / 100;
    desk.queue(&ask(skip)).expect("read the queue").rows[0]
        .order
        .number
}

/// A key and the frame after it deep in the queue: `:` jumps to the order at 10 %, 50 % or
/// 90 % of the open queue, then the key is pressed there again and again (a page down
/// reads a new window every other press; `jump` is `:`, the number, Enter and Esc, to that
/// order again). Each sample is one press, so the slowest of the 100 bounds the 99th
/// percentile.
#[divan::bench(
    args = [
        "10 j", "10 PageDown", "10 PageUp", "50 j", "50 PageDown", "50 PageUp", "90 j",
        "90 PageDown", "90 PageUp", "10 jump", "50 jump", "90 jump",
    ],
    sample_count = 100,
    sample_size = 1
)]
fn key_at_depth(bencher: Bencher, case: &str) {
    let (percent, key) = case.split_once(' ').unwrap();
    let mut h = open(120, 40);
    let number = order_at(&h, percent.parse().unwrap());
    let jump = format!(": {} Enter Esc", digits(number));
    h.keys(&jump);
    assert_eq!(
        h.app.orders.selected().map(|r| r.number),
        Some(number),
        "the jump selects the order"
    );
    h.screen();
    let keys = if key == "jump" { jump.as_str() } else { key };
    bencher.bench_local(|| {
        h.keys(keys);
        h.screen()
    });
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
