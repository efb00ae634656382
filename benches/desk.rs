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
use orderdesk::ops::{DemoSize, Desk};
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

/// A key and the frame after it, on the queue of a million orders.
#[divan::bench(args = ["j", "PageDown", "G", "g", "Enter Esc", "t t", "2 1"], sample_count = 50)]
fn key_to_frame(bencher: Bencher, keys: &str) {
    let mut h = open(120, 40);
    h.screen();
    bencher.bench_local(|| {
        h.keys(keys);
        h.screen()
    });
}
