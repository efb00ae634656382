//! The desk on a book of a million orders: time to the first frame, and from a key to the
//! next frame. The book is `ORDERDESK_BENCH_BOOK`, or `target/bench-books/1m.sqlite`, made
//! once with the demo generator (several minutes) when missing.
//!
//! With `ORDERDESK_BENCH_PG=postgres://…` (an empty database, or one this bench filled
//! before) every case runs a second time on that PostgreSQL book, its name prefixed with
//! `pg` (`key_at_depth/pg 50 j`), so both engines are measured in one run. The PostgreSQL
//! book is the file's rows copied in bulk (`store::bulk_copy`: binary COPY, what triggers
//! keep written from the same rows, `stock check` healthy after): the same orders, to the
//! row, as the file the generator made (generating through the store on PostgreSQL goes a
//! round trip per statement, over an hour for a million orders). `ORDERDESK_BENCH_ORDERS`
//! makes the books smaller (default 1,000,000; the file is then
//! `target/bench-books/N.sqlite` unless named).
//!
//! Run with `cargo bench --bench desk`; the figures are recorded in README.md.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::{DateTime, DurationRound, Local, Utc};
use divan::Bencher;
use divan::counter::ItemsCount;
use orderdesk::config::Config;
use orderdesk::core::queue::{LAST_OPEN_RANK, QueueFrom};
use orderdesk::ops::{Clock, DemoSize, Desk, ItemSpec, NewOrder, QueueAsk};
use orderdesk::store::{Store, bulk_copy};
use orderdesk::tui::harness::Harness;

fn main() {
    divan::main();
}

/// Orders in a generated book: `ORDERDESK_BENCH_ORDERS`, or a million.
fn orders() -> usize {
    static ORDERS: OnceLock<usize> = OnceLock::new();
    *ORDERS.get_or_init(|| match std::env::var("ORDERDESK_BENCH_ORDERS") {
        Ok(n) => n
            .replace('_', "")
            .parse()
            .expect("ORDERDESK_BENCH_ORDERS is a number of orders, e.g. 200000"),
        Err(_) => 1_000_000,
    })
}

/// The engine a case runs on: PostgreSQL when its name starts with "pg ".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Engine {
    Sqlite,
    Postgres,
}

fn engine_of(case: &str) -> (Engine, &str) {
    match case.strip_prefix("pg ") {
        Some(rest) => (Engine::Postgres, rest),
        None => (Engine::Sqlite, case),
    }
}

/// The PostgreSQL book's URL, when one is given.
fn pg_url() -> Option<&'static str> {
    static URL: OnceLock<Option<String>> = OnceLock::new();
    URL.get_or_init(|| std::env::var("ORDERDESK_BENCH_PG").ok())
        .as_deref()
}

/// The cases as named, then again on PostgreSQL ("pg …") when a PostgreSQL book is given.
fn on_both(cases: &[&'static str]) -> Vec<&'static str> {
    let mut all = cases.to_vec();
    if pg_url().is_some() {
        all.extend(
            cases
                .iter()
                .map(|case| &*Box::leak(format!("pg {case}").into_boxed_str())),
        );
    }
    all
}

/// The moment books made in this run end at (their last week of orders leads up to it).
fn made_at() -> DateTime<Utc> {
    static AT: OnceLock<DateTime<Utc>> = OnceLock::new();
    *AT.get_or_init(|| {
        Utc::now()
            .duration_trunc(chrono::Duration::minutes(1))
            .expect("a minute")
    })
}

/// How many orders the book at `location` holds (its schema made when new).
fn held(location: &str) -> i64 {
    Desk::new(
        Store::open(Path::new(location)).expect("open the bench book"),
        Config::default(),
    )
    .queue(&QueueAsk {
        limit: 1,
        count: true,
        show_done: true,
        ..QueueAsk::default()
    })
    .expect("count the bench book")
    .counts
    .expect("counts")
    .iter()
    .sum::<i64>()
}

/// Fills the SQLite book at `location` with the demo shop unless it already holds orders.
fn fill(location: &str) {
    if held(location) > 0 {
        return;
    }
    let mut desk = Desk::new(
        Store::open(Path::new(location)).expect("open the bench book"),
        Config::default(),
    );
    let orders = orders();
    eprintln!("making a book of {orders} orders at {location} (once; minutes)…");
    let start = Instant::now();
    desk.clock = Clock::Fixed(made_at());
    desk.fill_demo(DemoSize {
        orders,
        customers: 20_000,
    })
    .expect("fill the bench book");
    eprintln!("made in {:.0} s", start.elapsed().as_secs_f64());
}

/// Copies the SQLite book into the PostgreSQL one at `url` unless it already holds orders.
fn copy_into(url: &str) {
    let file = book();
    if held(url) > 0 {
        return;
    }
    eprintln!("copying {} into {url} (once; minutes)…", file.display());
    let start = Instant::now();
    let copied = bulk_copy::sqlite_to_postgres(file, url).expect("copy the bench book");
    eprintln!(
        "copied in {:.0} s: {copied:?}",
        start.elapsed().as_secs_f64()
    );
}

/// The SQLite book's file.
fn book() -> &'static PathBuf {
    static BOOK: OnceLock<PathBuf> = OnceLock::new();
    BOOK.get_or_init(|| {
        let path = match std::env::var_os("ORDERDESK_BENCH_BOOK") {
            Some(path) => PathBuf::from(path),
            None => {
                let name = match orders() {
                    1_000_000 => "1m".to_string(),
                    n => n.to_string(),
                };
                PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join(format!("target/bench-books/{name}.sqlite"))
            }
        };
        if !path.exists() {
            fill(&path.to_string_lossy());
        }
        path
    })
}

/// The book of `engine`, made when missing, as `Store::open` takes it.
fn location(engine: Engine) -> &'static Path {
    match engine {
        Engine::Sqlite => book(),
        Engine::Postgres => {
            static MADE: OnceLock<()> = OnceLock::new();
            let url = pg_url().expect("ORDERDESK_BENCH_PG names the PostgreSQL book");
            MADE.get_or_init(|| copy_into(url));
            Path::new(url)
        }
    }
}

fn open(engine: Engine, width: u16, height: u16) -> Harness {
    let desk = Desk::new(
        Store::open(location(engine)).expect("open the bench book"),
        Config::default(),
    );
    Harness::new(desk, width, height, Local::now().fixed_offset())
}

/// Open the book, load the queue (counts per rank and the first window) and draw.
#[divan::bench(sample_count = 20)]
fn first_frame(bencher: Bencher) {
    first_frame_on(bencher, Engine::Sqlite);
}

/// The same on the PostgreSQL book, when one is given (`ORDERDESK_BENCH_PG`).
#[divan::bench(sample_count = 20)]
fn first_frame_postgres(bencher: Bencher) {
    if pg_url().is_some() {
        first_frame_on(bencher, Engine::Postgres);
    }
}

fn first_frame_on(bencher: Bencher, engine: Engine) {
    location(engine);
    bencher.bench_local(|| {
        let mut h = open(engine, 120, 40);
        h.screen()
    });
}

/// A key and the frame after it, on the queue of a million orders (at its top).
#[divan::bench(
    args = on_both(&["j", "PageDown", "G", "g", "Enter Esc", "t t", "2 1"]),
    sample_count = 50
)]
fn key_to_frame(bencher: Bencher, case: &str) {
    let (engine, keys) = engine_of(case);
    let mut h = open(engine, 120, 40);
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
fn open_filtered(engine: Engine, filter: &str) -> Harness {
    let mut h = open(engine, 120, 40);
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
    args = on_both(&[
        "10 j", "10 k", "10 PageDown", "10 PageUp", "50 j", "50 k", "50 PageDown", "50 PageUp",
        "90 j", "90 k", "90 PageDown", "90 PageUp", "mei 10 j", "mei 10 k", "mei 10 PageDown",
        "mei 10 PageUp", "mei 50 j", "mei 50 k", "mei 50 PageDown", "mei 50 PageUp", "mei 90 j",
        "mei 90 k", "mei 90 PageDown", "mei 90 PageUp", "Lucas+Haddad 10 j",
        "Lucas+Haddad 50 PageDown", "Lucas+Haddad 50 PageUp", "Lucas+Haddad 90 PageDown",
    ]),
    sample_count = 200,
    sample_size = 1
)]
fn key_at_depth(bencher: Bencher, case: &str) {
    let (engine, depth) = engine_of(case);
    let (filter, percent, key) = depth_case(depth);
    let mut h = open_filtered(engine, &filter);
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
    args = on_both(&[
        "10 g", "10 G", "10 jump", "50 g", "50 G", "50 jump", "90 g", "90 G", "90 jump",
        "mei 10 g", "mei 10 G", "mei 10 jump", "mei 50 g", "mei 50 G", "mei 50 jump",
        "mei 90 g", "mei 90 G", "mei 90 jump", "Lucas+Haddad 50 g", "Lucas+Haddad 50 G",
        "Lucas+Haddad 50 jump",
    ]),
    sample_count = 100,
    sample_size = 1
)]
fn leap_from_depth(bencher: Bencher, case: &str) {
    let (engine, depth) = engine_of(case);
    let (filter, percent, key) = depth_case(depth);
    let h = RefCell::new(open_filtered(engine, &filter));
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
    args = on_both(&["zzzz", "zz", "Lucas Haddad", "delivered"]),
    sample_count = 100,
    sample_size = 1
)]
fn rare_filter_letter(bencher: Bencher, case: &str) {
    let (engine, filter) = engine_of(case);
    let filter = match filter {
        "delivered" => delivered_number(engine).to_string(),
        other => other.to_string(),
    };
    let h = RefCell::new(open_filtered(engine, &filter));
    let last = key_name(filter.chars().last().unwrap());
    let shown = match engine {
        Engine::Sqlite => filter.clone(),
        Engine::Postgres => format!("pg {filter}"),
    };
    let mut presses = Presses::new(format!("rare_filter_letter {shown}"));
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

/// A filter the index cannot narrow that few open orders match, its last letter typed for
/// the first time since the book changed: "teeshirt" (its pieces "tee", "shi", "irt" are
/// in 90,000 orders, the word in none) and "ςς" (a letter the index folds otherwise:
/// walked). Before each sample the last letter is taken back, the background work awaited
/// and the book changed by another connection (nothing the store kept for the filter
/// serves the press), none of it measured. The press itself must not wait for a walk of
/// the whole queue. Each sample is one press.
#[divan::bench(args = on_both(&["teeshirt", "ςς"]), sample_count = 20, sample_size = 1)]
fn walked_filter_letter(bencher: Bencher, case: &str) {
    let (engine, filter) = engine_of(case);
    let h = RefCell::new(open_filtered(engine, filter));
    let last = key_name(filter.chars().last().unwrap());
    let mut presses = Presses::new(format!("walked_filter_letter {case}"));
    h.borrow_mut().keys("/");
    bencher
        .with_inputs(|| {
            let mut h = h.borrow_mut();
            h.press("Backspace");
            while !h.wait_for_background(Duration::from_secs(600)) {}
            touch(engine);
        })
        .bench_local_values(|()| {
            presses.time(|| {
                let mut h = h.borrow_mut();
                h.press(&last);
                h.screen()
            })
        });
    while !h.borrow_mut().wait_for_background(Duration::from_secs(600)) {}
}

/// A commit on the book by another connection that changes no row: SQLite's header
/// rewritten with the same schema version, a PostgreSQL transaction id taken. What the
/// desk's store kept for the book as it was serves nothing after it.
fn touch(engine: Engine) {
    match engine {
        Engine::Sqlite => {
            let conn = rusqlite::Connection::open(book()).expect("open the book");
            let version: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .expect("the schema version");
            conn.execute_batch(&format!("PRAGMA user_version = {version}"))
                .expect("rewrite the header");
        }
        Engine::Postgres => {
            pg_client()
                .execute("SELECT txid_current()", &[])
                .expect("take a transaction id");
        }
    }
}

/// The last letter of a customer's full name typed for the first time since the book last
/// changed (each sample a name not typed before: 100 of the book's 400 names, each about
/// 2,500 orders): the filter's first window, with what the store kept from the name's
/// letters before it (typed, not measured, each reading its window too). The background
/// count is awaited before each sample, not measured.
#[divan::bench(args = on_both(&["name"]), sample_count = 100, sample_size = 1)]
fn new_filter_letter(bencher: Bencher, case: &str) {
    let (engine, _) = engine_of(case);
    let names = customer_names(engine);
    let h = RefCell::new(open_filtered(engine, ""));
    let mut presses = Presses::new(format!("new_filter_letter {case}"));
    let mut names = names.iter().cycle();
    let mut typed = 0;
    h.borrow_mut().keys("/");
    bencher
        .with_inputs(|| {
            let mut h = h.borrow_mut();
            let name = names.next().expect("names");
            for _ in 0..typed {
                h.press("Backspace");
            }
            let (first, last) = name.split_at(name.len() - 1);
            for letter in first.chars() {
                h.press(&key_name(letter));
            }
            typed = name.len();
            while !h.wait_for_background(Duration::from_secs(600)) {}
            key_name(last.chars().next().expect("a letter"))
        })
        .bench_local_values(|last| {
            presses.time(|| {
                let mut h = h.borrow_mut();
                h.press(&last);
                h.screen()
            })
        });
}

/// 100 of the customers' full names in the book (ASCII ones: each letter a key).
fn customer_names(engine: Engine) -> Vec<String> {
    let sql = "SELECT DISTINCT name FROM customers ORDER BY name";
    let names: Vec<String> = match engine {
        Engine::Sqlite => rusqlite::Connection::open(book())
            .expect("open the book")
            .prepare(sql)
            .expect("prepare")
            .query_map([], |r| r.get(0))
            .expect("names")
            .collect::<Result<_, _>>()
            .expect("names"),
        Engine::Postgres => pg_client()
            .query(sql, &[])
            .expect("names")
            .iter()
            .map(|r| r.get(0))
            .collect(),
    };
    names
        .into_iter()
        .filter(|n| n.is_ascii() && n.len() > 3)
        .step_by(3)
        .take(100)
        .collect()
}

/// The number of a delivered order, near the middle of the book.
fn delivered_number(engine: Engine) -> i64 {
    let half = (orders() / 2) as i64;
    match engine {
        Engine::Sqlite => rusqlite::Connection::open(book())
            .expect("open the book")
            .query_row(
                "SELECT number FROM orders WHERE queue_rank > ?1 AND number > ?2 LIMIT 1",
                (LAST_OPEN_RANK, half),
                |r| r.get(0),
            )
            .expect("a delivered order"),
        Engine::Postgres => pg_client()
            .query_one(
                "SELECT number FROM orders WHERE queue_rank > $1 AND number > $2
                 ORDER BY number LIMIT 1",
                &[&i16::from(LAST_OPEN_RANK), &half],
            )
            .expect("a delivered order")
            .get(0),
    }
}

/// A connection of the bench's own to the PostgreSQL book (a local one: no TLS).
fn pg_client() -> postgres::Client {
    let url = location(Engine::Postgres).to_string_lossy();
    postgres::Client::connect(&url, postgres::NoTls).expect("connect to the PostgreSQL book")
}

/// One window of 120 rows halfway down the open queue, read as the desk reads it (after the
/// key of the row before it) and, for comparison in the same run, by stepping over the rows
/// before it (LIMIT … OFFSET on the same urgency index).
#[divan::bench(args = on_both(&["keyset", "offset"]), sample_count = 20)]
fn window_at_half_depth(bencher: Bencher, case: &str) {
    let (engine, how) = engine_of(case);
    let h = open(engine, 120, 40);
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
    // The same rows stepped over by each engine's own SQL (PostgreSQL picks the index).
    let mut offset: Box<dyn FnMut() -> usize> = match engine {
        Engine::Sqlite => {
            let conn = rusqlite::Connection::open(book()).expect("open the book");
            Box::new(move || {
                conn.prepare_cached(
                    "SELECT number FROM orders INDEXED BY orders_by_urgency WHERE queue_rank <= 7
                     ORDER BY queue_rank, created_at LIMIT 120 OFFSET ?1",
                )
                .expect("prepare")
                .query_map([depth as i64], |r| r.get::<_, i64>(0))
                .expect("query")
                .count()
            })
        }
        Engine::Postgres => {
            let mut client = pg_client();
            Box::new(move || {
                client
                    .query(
                        "SELECT number FROM orders WHERE queue_rank <= 7
                         ORDER BY queue_rank, created_at LIMIT 120 OFFSET $1",
                        &[&(depth as i64)],
                    )
                    .expect("query")
                    .len()
            })
        }
    };
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
        _ => offset(),
    });
}

/// A confirmation in the bench book, against a book of its size rather than an empty one:
/// read the order, check the step, reserve its line with the guarded update, journal,
/// commit, read the view back. Before each sample a draft of one unit of the product with
/// the most left is made, and the order confirmed before it is cancelled (its unit comes
/// back), neither measured; so each run adds its drafts, cancelled, to the book.
#[divan::bench(args = on_both(&["confirm"]), sample_count = 100, sample_size = 1)]
fn confirm_in_book(bencher: Bencher, case: &str) {
    let (engine, _) = engine_of(case);
    let desk = Desk::new(
        Store::open(location(engine)).expect("open the bench book"),
        Config::default(),
    );
    let sku = desk
        .catalog("")
        .expect("read the catalog")
        .into_iter()
        .max_by_key(|p| p.available())
        .expect("a product")
        .sku;
    let desk = RefCell::new(desk);
    let confirmed = RefCell::new(None);
    let cancel = |number: Option<i64>| {
        if let Some(number) = number {
            desk.borrow_mut()
                .cancel_order(number, None)
                .expect("cancel the confirmed order");
        }
    };
    bencher
        .counter(ItemsCount::new(1usize))
        .with_inputs(|| {
            cancel(confirmed.borrow_mut().take());
            let number = desk
                .borrow_mut()
                .create_order(NewOrder {
                    customer: "+1 512 555 0100".to_string(),
                    name: Some("Bench Customer".to_string()),
                    items: vec![ItemSpec {
                        sku: sku.clone(),
                        qty: 1,
                    }],
                    ..NewOrder::default()
                })
                .expect("draft an order")
                .order
                .number;
            *confirmed.borrow_mut() = Some(number);
            number
        })
        .bench_local_values(|number| {
            desk.borrow_mut()
                .confirm_order(number, false, None)
                .expect("confirm the order")
        });
    cancel(confirmed.borrow_mut().take());
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
