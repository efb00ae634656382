//! The desk on a book of a million orders: time to the first frame, and from a key to the
//! next frame. The book is `ORDERDESK_BENCH_BOOK`, or `target/bench-books/1m.sqlite`, made
//! once with the demo generator (several minutes) when missing.
//!
//! Run with `cargo bench --bench desk`; the figures are recorded in README.md.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

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

/// The order `percent` of the way down the open queue, or of the orders matching `filter`
/// in it (read once, stepping over the rows before it: a setup cost, not what is measured).
fn order_at(h: &Harness, filter: &str, percent: usize) -> i64 {
    let skip = open_orders(h, filter) * percent / 100;
    h.runner
        .desk
        .queue(&QueueAsk {
            filter,
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

/// A case of the depth benchmarks: "50 PageDown" (the open queue), "mei 50 PageDown" (the
/// queue filtered by "mei", about one order in ten; "Lucas+Haddad" for "Lucas Haddad"): the
/// filter, the percent and the keys.
fn depth_case(case: &str) -> (String, usize, &str) {
    let (filter, rest) = match case.split_once(' ') {
        Some((first, rest)) if first.parse::<usize>().is_err() => (first.replace('+', " "), rest),
        _ => (String::new(), case),
    };
    let (percent, keys) = rest.split_once(' ').unwrap();
    (filter, percent.parse().unwrap(), keys)
}

/// A letter as the harness names its key.
fn key_name(letter: char) -> String {
    match letter {
        ' ' => "Space".to_string(),
        other => other.to_string(),
    }
}

/// The desk with `filter` typed as staff type it (each letter reads a window) and counted
/// (the count runs in the background and is awaited here, not measured).
fn open_filtered(filter: &str) -> Harness {
    let mut h = open(120, 40);
    if !filter.is_empty() {
        h.press("/");
        for letter in filter.chars() {
            h.press(&key_name(letter));
        }
        h.press("Enter");
        while !h.wait_for_background(Duration::from_secs(600)) {}
        assert!(
            h.app.orders.counted_total().is_some(),
            "the filter was counted"
        );
    }
    h.screen();
    h
}

/// Times of single key presses, for the percentiles divan does not give: each sample is
/// one press, and the 99th percentile of a benchmark's samples is printed beside divan's
/// figures (`p99 …` on stderr).
struct Presses {
    name: String,
    times: Vec<Duration>,
}

impl Presses {
    fn new(name: String) -> Presses {
        Presses {
            name,
            times: Vec::new(),
        }
    }

    fn time<T>(&mut self, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.times.push(start.elapsed());
        out
    }
}

impl Drop for Presses {
    fn drop(&mut self) {
        let mut t = std::mem::take(&mut self.times);
        if t.is_empty() {
            return;
        }
        t.sort();
        let at = |q: f64| t[((t.len() as f64 * q).ceil() as usize).clamp(1, t.len()) - 1];
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        eprintln!(
            "p99 {}: median {:.2} ms, p99 {:.2} ms, slowest {:.2} ms ({} presses)",
            self.name,
            ms(at(0.5)),
            ms(at(0.99)),
            ms(t[t.len() - 1]),
            t.len()
        );
    }
}

/// A key and the frame after it deep in the queue: `:` jumps to the order at 10 %, 50 % or
/// 90 % of the queue (not measured), then the key is pressed there again and again (a page
/// down or up reads a new window every other press). Each sample is one press.
#[divan::bench(
    args = [
        "10 j", "10 k", "10 PageDown", "10 PageUp", "50 j", "50 k", "50 PageDown", "50 PageUp",
        "90 j", "90 k", "90 PageDown", "90 PageUp", "mei 10 j", "mei 10 k", "mei 10 PageDown",
        "mei 10 PageUp", "mei 50 j", "mei 50 k", "mei 50 PageDown", "mei 50 PageUp", "mei 90 j",
        "mei 90 k", "mei 90 PageDown", "mei 90 PageUp", "Lucas+Haddad 10 j",
        "Lucas+Haddad 50 PageDown", "Lucas+Haddad 50 PageUp", "Lucas+Haddad 90 PageDown",
    ],
    sample_count = 200,
    sample_size = 1
)]
fn key_at_depth(bencher: Bencher, case: &str) {
    let (filter, percent, key) = depth_case(case);
    let mut h = open_filtered(&filter);
    let number = order_at(&h, &filter, percent);
    jump(&mut h, number);
    let mut presses = Presses::new(format!("key_at_depth {case}"));
    bencher.bench_local(|| {
        presses.time(|| {
            h.keys(key);
            h.screen()
        })
    });
}

/// `g` (the first order) or `G` (the last) pressed on the order at 10 %, 50 % or 90 % of the
/// queue, and `:` to that order (its number typed, then Enter: the order opens and the
/// queue's window is read around it; Esc: back to the queue on it). Before each sample the
/// desk is put back on that order (not measured).
#[divan::bench(
    args = [
        "10 g", "10 G", "10 jump", "50 g", "50 G", "50 jump", "90 g", "90 G", "90 jump",
        "mei 10 g", "mei 10 G", "mei 10 jump", "mei 50 g", "mei 50 G", "mei 50 jump",
        "mei 90 g", "mei 90 G", "mei 90 jump", "Lucas+Haddad 50 g", "Lucas+Haddad 50 G",
        "Lucas+Haddad 50 jump",
    ],
    sample_count = 100,
    sample_size = 1
)]
fn leap_from_depth(bencher: Bencher, case: &str) {
    let (filter, percent, key) = depth_case(case);
    let h = RefCell::new(open_filtered(&filter));
    let number = order_at(&h.borrow(), &filter, percent);
    let keys = match key {
        "jump" => "Enter Esc",
        other => other,
    };
    let mut presses = Presses::new(format!("leap_from_depth {case}"));
    bencher
        .with_inputs(|| {
            let mut h = h.borrow_mut();
            jump(&mut h, number);
            if key == "jump" {
                h.keys(&format!(": {}", digits(number)));
            }
        })
        .bench_local_values(|()| {
            presses.time(|| {
                let mut h = h.borrow_mut();
                h.keys(keys);
                h.screen()
            })
        });
}

/// A filter that matches few open orders or none, its last letter typed and taken back in
/// turn (each press reads the queue's first window for the filter as it then is; the count
/// the desk starts in the background is awaited between samples, not measured): "zzzz" and
/// "zzz" match nothing, "zz" and "z" neither (words too short for three-letter pieces),
/// "Lucas Haddad" is a customer's full name, "delivered" the number of a delivered order.
/// Each sample is one press.
#[divan::bench(
    args = ["zzzz", "zz", "Lucas Haddad", "delivered"],
    sample_count = 100,
    sample_size = 1
)]
fn rare_filter_letter(bencher: Bencher, filter: &str) {
    let filter = match filter {
        "delivered" => delivered_number().to_string(),
        other => other.to_string(),
    };
    let h = RefCell::new(open_filtered(&filter));
    let last = key_name(filter.chars().last().unwrap());
    let mut presses = Presses::new(format!("rare_filter_letter {filter}"));
    let mut typed = true;
    // Back into the filter's prompt, as staff do to change it.
    h.borrow_mut().keys("/");
    bencher
        .with_inputs(|| {
            let mut h = h.borrow_mut();
            while !h.wait_for_background(Duration::from_secs(600)) {}
        })
        .bench_local_values(|()| {
            let key = if typed { "Backspace" } else { last.as_str() };
            typed = !typed;
            presses.time(|| {
                let mut h = h.borrow_mut();
                h.press(key);
                h.screen()
            })
        });
}

/// The number of a delivered order, near the middle of the book.
fn delivered_number() -> i64 {
    let conn = rusqlite::Connection::open(book()).expect("open the book");
    conn.query_row(
        "SELECT number FROM orders WHERE queue_rank > ?1 AND number > 500000 LIMIT 1",
        [LAST_OPEN_RANK],
        |r| r.get(0),
    )
    .expect("a delivered order")
}

/// One window of 120 rows halfway down the open queue, read as the desk reads it (after the
/// key of the row before it) and, for comparison in the same run, by stepping over the rows
/// before it (LIMIT … OFFSET on the same urgency index).
#[divan::bench(args = ["keyset", "offset"], sample_count = 20)]
fn window_at_half_depth(bencher: Bencher, how: &str) {
    let h = open(120, 40);
    let desk = &h.runner.desk;
    let now = Some(h.app.orders.now);
    let depth = open_orders(&h, "") / 2;
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

/// How many orders the open queue holds (matching `filter`: a scan of every order).
fn open_orders(h: &Harness, filter: &str) -> usize {
    let counts = h
        .runner
        .desk
        .queue(&QueueAsk {
            filter,
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
