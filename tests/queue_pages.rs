//! The queue read by keyset on a real book: every page, from either end, from any row's key,
//! stepping over rows or around an order, equals the ranking rule as a plain full ordering
//! of the book's rows in SQL, ties included; and a page read after orders changed rank
//! continues from its key as the new full ordering says. The pages are read on a SQLite
//! book and on its PostgreSQL twin (where a test server can be had), each against its own
//! engine's plain ordering (the row breaking ties is SQLite's rowid, PostgreSQL's number).

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::deadline::Deadline;
use orderdesk::core::order::Fulfilment;
use orderdesk::core::payment::Method;
use orderdesk::core::queue::{LAST_OPEN_RANK, QUEUE_RANKS, QueueFrom, QueueKey};
use orderdesk::ops::{Clock, Desk, ItemSpec, NewOrder, NewPayment, QueueAsk, QueueSlice};
use orderdesk::store::Store;

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
SCF-RED,Wool Scarf,Red,35.00,USD,5000,scarf,
";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
}

fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&today().and_hms_opt(hour, minute, 0).unwrap())
}

fn now() -> NaiveDateTime {
    at(14, 0).naive_utc()
}

/// A row's place by the ranking rule: rank; pressing (0) before the rest (1); for a
/// pressing one its day and hour ('24:00' without one); when it was made; the row number.
type Place = (i64, i64, Option<String>, Option<String>, String, i64);

fn place_of(key: &QueueKey) -> Place {
    let (day, hour) = match &key.due {
        Some((d, t)) => (Some(d.clone()), Some(t.clone())),
        None => (None, None),
    };
    (
        i64::from(key.rank),
        i64::from(key.due.is_none()),
        day,
        hour,
        key.created.clone(),
        key.row,
    )
}

struct Book {
    desk: Desk,
    dir: tempfile::TempDir,
    /// The PostgreSQL database the book is, or None: `dir/book.sqlite`.
    url: Option<String>,
    /// A second desk on the book that reads as the screen does (time-boxed: a walked filter
    /// a chunk of rows at a time), with what its connection keeps of its own.
    screen: std::cell::OnceCell<Desk>,
}

impl Book {
    /// 90 orders of two customers, made three at a time at the same moment (ties), in every
    /// state, with deadlines past, today (with and without an hour) and later, or none.
    fn new() -> Book {
        Book::at(None)
    }

    /// The same book in a PostgreSQL database (`url`) instead of `book.sqlite`.
    fn at(url: Option<&str>) -> Book {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::default();
        config.shop.name = "Lumen".into();
        config.desk.user = "ana".into();
        let location = match url {
            None => dir.path().join("book.sqlite"),
            Some(url) => std::path::PathBuf::from(url),
        };
        let mut desk = Desk::new(Store::open(&location).unwrap(), config);
        desk.clock = Clock::Fixed(at(6, 0));
        desk.import_catalog(CATALOG).unwrap();
        let deadlines = [
            None,
            Some((0, Some(18))),
            Some((-1, None)),
            Some((1, None)),
            Some((0, None)),
            Some((0, Some(10))),
            None,
            Some((-3, Some(9))),
            Some((2, None)),
            Some((-1, Some(12))),
            None,
        ];
        let mut book = Book {
            desk,
            dir,
            url: url.map(str::to_string),
            screen: std::cell::OnceCell::new(),
        };
        for i in 0..90u32 {
            let created = at(7, 0) + Duration::minutes(i64::from(i / 3));
            // The first two of each three share their deadline too: full ties.
            let group = i as usize / 3;
            let pick = (group * 7 + usize::from(i % 3 == 2)) % deadlines.len();
            let deadline = deadlines[pick].map(|(days, hour)| {
                Deadline::new(
                    today() + Duration::days(days),
                    hour.and_then(|h| NaiveTime::from_hms_opt(h, 0, 0)),
                )
            });
            let customer = match group % 5 {
                0 => "Mei Chen +1 512-555-0100",
                3 => "Ñandú Ξένος +1 512-555-0155",
                _ => "Ana Lima +1 512-555-0123",
            };
            let n = book.order(created, customer, deadline);
            book.desk.clock = Clock::Fixed(created + Duration::seconds(30));
            match group % 6 {
                0 => {}
                1 => book.confirm(n),
                2 => {
                    book.confirm(n);
                    book.advance(n, Fulfilment::Packing);
                }
                3 => {
                    book.confirm(n);
                    book.pay(n, false);
                    book.advance(n, Fulfilment::Delivered);
                }
                4 => {
                    book.confirm(n);
                    book.pay(n, true);
                }
                _ => {
                    book.confirm(n);
                    book.desk.cancel_order(n, None).unwrap();
                }
            }
        }
        book.desk.clock = Clock::Fixed(at(14, 0));
        book
    }

    fn order(&mut self, created: DateTime<Utc>, customer: &str, deadline: Option<Deadline>) -> i64 {
        self.desk.clock = Clock::Fixed(created);
        self.desk
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
            .number
    }

    fn confirm(&mut self, n: i64) {
        self.desk.confirm_order(n, false, None).unwrap();
    }

    fn advance(&mut self, n: i64, to: Fulfilment) {
        self.desk.advance_order(n, to, None).unwrap();
    }

    fn pay(&mut self, n: i64, claimed: bool) {
        self.desk
            .record_payment(
                n,
                NewPayment {
                    amount: "35".into(),
                    method: Method::Pix,
                    reference: None,
                    claimed,
                    proof: None,
                },
            )
            .unwrap();
    }

    /// The ranking rule as one plain ORDER BY over the book's rows: (place, number) for
    /// ranks up to `last`, of customers whose name contains `name`.
    fn plain(&self, last: u8, today: Option<NaiveDate>, name: &str) -> Vec<(Place, i64)> {
        if let Some(url) = &self.url {
            return plain_postgres(url, last, today, name);
        }
        let conn = rusqlite::Connection::open(self.dir.path().join("book.sqlite")).unwrap();
        let today = today.map(|d| d.format("%Y-%m-%d").to_string());
        let mut stmt = conn
            .prepare(
                "SELECT number, rank, part,
                     CASE WHEN part = 0 THEN due_date END AS day,
                     CASE WHEN part = 0 THEN coalesce(due_time, '24:00') END AS hour,
                     created_at, row
                 FROM (SELECT o.*, o.rowid AS row, o.queue_rank AS rank,
                           CASE WHEN o.queue_rank <= 6 AND o.due_date <= ?2 THEN 0 ELSE 1 END
                               AS part
                       FROM orders o JOIN customers c ON c.id = o.customer_id
                       WHERE o.queue_rank <= ?1 AND c.name LIKE '%' || ?3 || '%')
                 ORDER BY rank, part, day, hour, created_at, row",
            )
            .unwrap();
        stmt.query_map(rusqlite::params![last, today, name], |r| {
            Ok((
                (
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ),
                r.get(0)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<Vec<(Place, i64)>>>()
        .unwrap()
    }

    /// The page read to the end, and checked against the same page read as the screen reads
    /// it (time-boxed, with time enough to finish).
    fn page(&self, view: &View, from: QueueFrom, skip: usize, limit: usize) -> QueueSlice {
        let ask = QueueAsk {
            filter: view.filter,
            show_done: view.show_done,
            from,
            skip,
            limit,
            now: view.now,
            ..QueueAsk::default()
        };
        let page = self.desk.queue(&ask).unwrap();
        let screen = self
            .screen
            .get_or_init(|| self.desk.reopen().unwrap().expect("a second connection"));
        let timed = screen
            .queue(&QueueAsk {
                time_box: Some(std::time::Duration::from_secs(600)),
                ..ask.clone()
            })
            .unwrap();
        assert_eq!(
            (
                numbers(&timed),
                timed.at_start,
                timed.at_end,
                timed.unfinished
            ),
            (numbers(&page), page.at_start, page.at_end, false),
            "{} {:?} time-boxed, from {:?}",
            engine(self),
            view.filter,
            ask.from
        );
        page
    }
}

/// The ranking rule on a PostgreSQL book, as `Book::plain` says it (the order number breaks
/// ties; times as keys write them).
fn plain_postgres(url: &str, last: u8, today: Option<NaiveDate>, name: &str) -> Vec<(Place, i64)> {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let rows = client
        .query(
            "SELECT number, rank, part,
                 CASE WHEN part = 0 THEN to_char(due_date, 'YYYY-MM-DD') END AS day,
                 CASE WHEN part = 0 THEN coalesce(to_char(due_time, 'HH24:MI'), '24:00') END
                     AS hour,
                 to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')
                     AS created
             FROM (SELECT o.*, o.queue_rank::int8 AS rank,
                       CASE WHEN o.queue_rank <= 6 AND o.due_date <= $2 THEN 0 ELSE 1 END::int8
                           AS part
                   FROM orders o JOIN customers c ON c.id = o.customer_id
                   WHERE o.queue_rank <= $1 AND c.name ILIKE '%' || $3 || '%') q
             ORDER BY rank, part, CASE WHEN part = 0 THEN due_date END,
                 CASE WHEN part = 0 THEN coalesce(due_time, '24:00') END, created_at, number",
            &[&i16::from(last), &today, &name],
        )
        .unwrap();
    rows.iter()
        .map(|r| {
            let number: i64 = r.get("number");
            (
                (
                    r.get("rank"),
                    r.get("part"),
                    r.get("day"),
                    r.get("hour"),
                    r.get("created"),
                    number,
                ),
                number,
            )
        })
        .collect()
}

/// The test book on SQLite, then its twin on PostgreSQL where a test server can be had.
fn books() -> Vec<Book> {
    let mut books = vec![Book::new()];
    if let Some(url) = orderdesk::store::test_server::fresh_book() {
        books.push(Book::at(Some(&url)));
    }
    books
}

/// Which engine a book is on, for a failing assertion.
fn engine(book: &Book) -> &'static str {
    if book.url.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    }
}

#[derive(Clone, Copy)]
struct View {
    show_done: bool,
    filter: &'static str,
    now: Option<NaiveDateTime>,
}

impl View {
    fn last(&self) -> u8 {
        if self.show_done {
            (QUEUE_RANKS - 1) as u8
        } else {
            LAST_OPEN_RANK
        }
    }

    fn expected(&self, book: &Book) -> Vec<(Place, i64)> {
        book.plain(self.last(), self.now.map(|n| n.date()), self.filter)
    }
}

/// "Mei" is read among the orders the index of three-letter pieces proposes (migration
/// 0014), "Me" and "Ñ" among those of the pieces that begin with them (0015); "ς", which
/// the index folds its own way (to "σ"), by walking the queue: all against the same rule.
const VIEWS: [View; 7] = [
    View {
        show_done: false,
        filter: "",
        now: None,
    },
    View {
        show_done: false,
        filter: "",
        now: Some(NOW),
    },
    View {
        show_done: true,
        filter: "",
        now: Some(NOW),
    },
    View {
        show_done: true,
        filter: "Mei",
        now: Some(NOW),
    },
    View {
        show_done: false,
        filter: "Me",
        now: Some(NOW),
    },
    View {
        show_done: false,
        filter: "Ñ",
        now: Some(NOW),
    },
    View {
        show_done: false,
        filter: "ς",
        now: Some(NOW),
    },
];

const NOW: NaiveDateTime = NaiveDate::from_ymd_opt(2026, 3, 9)
    .unwrap()
    .and_hms_opt(14, 0, 0)
    .unwrap();

fn numbers(slice: &QueueSlice) -> Vec<i64> {
    slice.rows.iter().map(|r| r.order.number).collect()
}

fn after(key: &QueueKey, inclusive: bool) -> QueueFrom {
    QueueFrom::After {
        key: key.clone(),
        inclusive,
    }
}

fn before(key: &QueueKey, inclusive: bool) -> QueueFrom {
    QueueFrom::Before {
        key: key.clone(),
        inclusive,
    }
}

#[test]
fn the_plain_ordering_has_ties_pressing_orders_and_every_state() {
    let book = Book::new();
    assert_eq!(NOW, now());
    let all = VIEWS[2].expected(&book);
    assert_eq!(all.len(), 90);
    let tied = all
        .windows(2)
        .filter(|w| w[0].0.4 == w[1].0.4 && w[0].0.0 == w[1].0.0)
        .count();
    assert!(tied >= 10, "orders made at the same moment: {tied}");
    assert!(all.iter().any(|(p, _)| p.1 == 0), "some lead their rank");
    let ranks: std::collections::BTreeSet<i64> = all.iter().map(|(p, _)| p.0).collect();
    assert!(ranks.len() >= 6, "{ranks:?}");
    assert!(!VIEWS[3].expected(&book).is_empty());
    assert!(!VIEWS[5].expected(&book).is_empty());
    assert!(!VIEWS[6].expected(&book).is_empty());
}

#[test]
fn pages_from_either_end_walk_the_queue_in_its_ranking_order() {
    for book in books() {
        let engine = engine(&book);
        for view in VIEWS {
            let want = view.expected(&book);
            let numbers_wanted: Vec<i64> = want.iter().map(|(_, n)| *n).collect();
            for limit in [1, 2, 5, 17, 200] {
                // Forward: each page from the last key of the one before.
                let mut slice = book.page(&view, QueueFrom::Start, 0, limit);
                assert!(slice.at_start);
                let mut got = Vec::new();
                loop {
                    for (key, row) in slice.keys.iter().zip(&slice.rows) {
                        got.push((place_of(key), row.order.number));
                    }
                    if slice.at_end {
                        break;
                    }
                    assert_eq!(slice.rows.len(), limit, "only the last page is short");
                    slice = book.page(&view, after(slice.keys.last().unwrap(), false), 0, limit);
                    assert!(!slice.at_start);
                }
                assert_eq!(
                    got, want,
                    "{engine} {:?}: forward, pages of {limit}",
                    view.filter
                );
                // Backward: each page from the first key of the one after.
                let mut slice = book.page(&view, QueueFrom::End, 0, limit);
                assert!(slice.at_end);
                let mut back = numbers(&slice);
                while !slice.at_start {
                    slice = book.page(&view, before(slice.keys.first().unwrap(), false), 0, limit);
                    assert!(!slice.at_end);
                    back.splice(0..0, numbers(&slice));
                }
                assert_eq!(
                    back, numbers_wanted,
                    "{engine} {:?}: backward, pages of {limit}",
                    view.filter
                );
            }
        }
    }
}

#[test]
fn a_page_from_any_key_inclusive_or_not_stepping_over_rows() {
    for book in books() {
        let engine = engine(&book);
        for view in VIEWS {
            let want = view.expected(&book);
            let n = want.len();
            let all = book.page(&view, QueueFrom::Start, 0, 1000);
            assert_eq!(all.keys.len(), n);
            let slice = |from: usize, to: usize| -> Vec<i64> {
                want[from.min(n)..to.min(n)]
                    .iter()
                    .map(|(_, x)| *x)
                    .collect()
            };
            for (i, key) in all.keys.iter().enumerate() {
                assert_eq!(
                    place_of(key),
                    want[i].0,
                    "{engine}: the key says where the row stands"
                );
                for skip in [0, 1, 3] {
                    let page = book.page(&view, after(key, false), skip, 4);
                    assert_eq!(
                        numbers(&page),
                        slice(i + 1 + skip, i + 5 + skip),
                        "{engine}: after {i}+{skip}"
                    );
                    assert_eq!(page.at_end, i + 5 + skip >= n, "at_end after {i}+{skip}");
                    assert!(!page.at_start);
                    let page = book.page(&view, before(key, false), skip, 4);
                    let end = i.saturating_sub(skip);
                    assert_eq!(
                        numbers(&page),
                        slice(end.saturating_sub(4), end),
                        "{engine}: before {i}-{skip}"
                    );
                    assert_eq!(page.at_start, end <= 4, "at_start before {i}-{skip}");
                    assert!(!page.at_end);
                }
                let page = book.page(&view, after(key, true), 0, 3);
                assert_eq!(numbers(&page), slice(i, i + 3));
                assert_eq!(page.at_start, i == 0);
                let page = book.page(&view, before(key, true), 0, 3);
                assert_eq!(numbers(&page), slice((i + 1).saturating_sub(3), i + 1));
                assert_eq!(page.at_end, i + 1 == n);
            }
        }
    }
}

#[test]
fn around_an_order_it_stands_in_the_middle_of_a_full_window() {
    for book in books() {
        let engine = engine(&book);
        for view in VIEWS {
            let want = view.expected(&book);
            let n = want.len();
            for (i, (_, number)) in want.iter().enumerate() {
                let page = book.page(&view, QueueFrom::Around(*number), 0, 7);
                let from = i.saturating_sub(3).min(n.saturating_sub(7));
                let expected: Vec<i64> = want[from..(from + 7).min(n)]
                    .iter()
                    .map(|(_, x)| *x)
                    .collect();
                assert_eq!(numbers(&page), expected, "{engine}: around #{number}");
                assert_eq!(page.at_start, from == 0);
                assert_eq!(page.at_end, from + 7 >= n);
                assert!(!page.missing);
            }
        }
        // An order the view does not show: said, and no rows.
        let view = VIEWS[1];
        let shown: Vec<i64> = view.expected(&book).iter().map(|(_, n)| *n).collect();
        let hidden = VIEWS[2]
            .expected(&book)
            .into_iter()
            .map(|(_, n)| n)
            .find(|n| !shown.contains(n))
            .unwrap();
        let page = book.page(&view, QueueFrom::Around(hidden), 0, 7);
        assert!(page.missing && page.rows.is_empty(), "{engine}");
        assert!(book.page(&view, QueueFrom::Around(99_999), 0, 7).missing);
    }
}

#[test]
fn after_orders_change_rank_a_page_continues_from_its_key() {
    for mut book in books() {
        let engine = engine(&book);
        let view = VIEWS[1];
        let first = book.page(&view, QueueFrom::Start, 0, 20);
        let anchor = first.keys.last().unwrap().clone();
        let anchor_order = first.rows.last().unwrap().order.number;
        let shown = numbers(&first);
        // Orders move: the anchor's own order is confirmed or packed (its rank changes), a draft
        // on the page is confirmed (moves behind the anchor), an order behind the page is paid
        // and packed, another is cancelled (leaves the open queue), one is claimed (moves to
        // the front), and a new order arrives at the back.
        let later: Vec<i64> = book
            .page(&view, after(&anchor, false), 0, 1000)
            .rows
            .iter()
            .map(|r| r.order.number)
            .collect();
        let step = |book: &mut Book, n: i64| {
            let o = book.desk.order_view(n).unwrap();
            match (o.order.lifecycle, o.order.fulfilment) {
                (orderdesk::core::order::Lifecycle::Draft, _) => book.confirm(n),
                (_, Fulfilment::Unfulfilled) => book.advance(n, Fulfilment::Packing),
                _ => book.advance(n, Fulfilment::Delivered),
            }
        };
        step(&mut book, anchor_order);
        step(&mut book, shown[0]);
        step(&mut book, later[3]);
        book.desk.cancel_order(later[6], None).unwrap();
        book.pay(later[9], true);
        let created = book.order(at(13, 0), "Ana Lima +1 512-555-0123", None);
        book.desk.clock = Clock::Fixed(at(14, 0));

        let anchor_place = place_of(&anchor);
        let want = view.expected(&book);
        assert!(want.iter().any(|(_, n)| *n == created));
        let after_want: Vec<i64> = want
            .iter()
            .filter(|(p, _)| *p > anchor_place)
            .map(|(_, n)| *n)
            .collect();
        let before_want: Vec<i64> = want
            .iter()
            .filter(|(p, _)| *p < anchor_place)
            .map(|(_, n)| *n)
            .collect();
        assert_ne!(after_want, later, "the change moved orders across the page");
        let page = book.page(&view, after(&anchor, false), 0, 1000);
        assert_eq!(numbers(&page), after_want, "{engine}");
        assert!(page.at_end);
        let page = book.page(&view, before(&anchor, false), 0, 1000);
        assert_eq!(numbers(&page), before_want, "{engine}");
        assert!(page.at_start);
        // Read again from the first key: the window as the book is now.
        let page = book.page(&view, after(&first.keys[0], true), 0, 20);
        let from_first: Vec<i64> = want
            .iter()
            .filter(|(p, _)| *p >= place_of(&first.keys[0]))
            .take(20)
            .map(|(_, n)| *n)
            .collect();
        assert_eq!(numbers(&page), from_first, "{engine}");
    }
}

/// A name typed a letter at a time and taken back: each filter reuses what the store kept
/// for the one before it (the orders proposed for a filter it narrows, less those found not
/// to match) and still shows exactly what the ranking rule says, on both engines.
#[test]
fn a_name_typed_and_taken_back_shows_what_each_filter_matches() {
    let name = "Mei Chen";
    let typed: Vec<&str> = (1..=name.len())
        .chain((1..name.len()).rev())
        .map(|n| name[..n].trim())
        .collect();
    for book in books() {
        let engine = engine(&book);
        for filter in &typed {
            let view = View {
                show_done: true,
                filter,
                now: Some(NOW),
            };
            let want: Vec<i64> = view.expected(&book).iter().map(|(_, n)| *n).collect();
            assert!(!want.is_empty(), "{filter:?}");
            let got = numbers(&book.page(&view, QueueFrom::Start, 0, 1000));
            assert_eq!(got, want, "{engine}: {filter:?}");
        }
    }
}

#[test]
fn an_empty_queue_is_at_both_ends() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(
        Store::open(&dir.path().join("book.sqlite")).unwrap(),
        Config::default(),
    );
    for from in [QueueFrom::Start, QueueFrom::End] {
        let page = desk
            .queue(&QueueAsk {
                from,
                limit: 10,
                now: Some(now()),
                ..QueueAsk::default()
            })
            .unwrap();
        assert!(page.rows.is_empty() && page.at_start && page.at_end);
    }
}

#[test]
fn a_filters_counts_in_one_scan_equal_the_separate_counts() {
    let book = Book::new();
    let read = book.desk.store.read();
    for filter in ["Mei", "ana", "packing", "zzz"] {
        let (counts, pressing) = read.filtered_counts(filter, now()).unwrap();
        assert_eq!(
            counts,
            read.queue_counts_scanned(filter).unwrap(),
            "{filter}"
        );
        assert_eq!(
            pressing,
            read.pressing_scanned(filter, now()).unwrap(),
            "{filter}"
        );
    }
    let (counts, pressing) = read.filtered_counts("Mei", now()).unwrap();
    assert!(counts.iter().sum::<i64>() > 0 && pressing.overdue > 0);
}

/// The filter as it read each place on its own before the book kept a search text: word by
/// word, the customer's name or phone, the order's address, a current line's name, variant
/// or SKU (LIKE, `%` and `_` left out of the word), the number (exactly) or a status word.
fn filtered_by_places(book: &Book, filter: &str) -> std::collections::BTreeSet<i64> {
    use orderdesk::core::queue::QueueClass;
    let conn = rusqlite::Connection::open(book.dir.path().join("book.sqlite")).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT o.number FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE c.name LIKE ?1 OR c.phone LIKE ?1 OR o.address LIKE ?1
                OR CAST(o.number AS TEXT) = ?2
                OR o.queue_rank IN (SELECT value FROM json_each(?3))
                OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id
                           AND l.revision = o.revision
                           AND (l.name LIKE ?1 OR l.variant LIKE ?1 OR l.sku LIKE ?1))",
        )
        .unwrap();
    let mut found: Option<std::collections::BTreeSet<i64>> = None;
    for word in filter.split_whitespace().take(4) {
        let like = format!("%{}%", word.replace(['%', '_'], ""));
        let ranks: Vec<u8> = QueueClass::named(word).iter().map(|c| c.rank()).collect();
        let ranks = serde_json::to_string(&ranks).unwrap();
        let these = stmt
            .query_map(
                rusqlite::params![like, word.trim_start_matches('#'), ranks],
                |r| r.get(0),
            )
            .unwrap()
            .collect::<rusqlite::Result<std::collections::BTreeSet<i64>>>()
            .unwrap();
        found = Some(match found {
            None => these,
            Some(f) => f.intersection(&these).copied().collect(),
        });
    }
    found.unwrap()
}

/// Every filter finds what the places found on the SQLite book, in the desk's pages and in its
/// counts, on that book and on its PostgreSQL twin (made and changed the same way, so its
/// orders have the same numbers), and the kept text is what each order says now.
fn filters_agree(lite: &Book, pg: Option<&Book>, step: &str) {
    let filters = [
        "mei",
        "MEI",
        "Chen+1",
        "João",
        "joão",
        "JOÃO",
        "joao",
        "ÑÚÑEZ",
        "ñúñez",
        "básica",
        "BÁSICA",
        "azul",
        "Azul/M",
        "555",
        "+55",
        "#1003",
        "1004",
        "rua",
        "APTO",
        "%",
        "_",
        "mug_01",
        "mug01",
        "wool red",
        "mei packing",
        "ScarfRed",
        "ção",
        "Ção",
        "lima",
        "wong",
        "0199",
        "\\",
        "4\\b",
        "4b",
        "zzz",
        "a b c d e",
        // Words of one or two letters (migration 0015): from the index (ASCII ones, and
        // those of the Latin, Greek and Cyrillic letters it folds as we know), others walked.
        "zz",
        "ed",
        "ED",
        "0",
        "55 me",
        "Ñ",
        "ñ",
        "ç",
        "ξέ",
        "ς",
        "Σ",
    ];
    for (book, engine) in std::iter::once((lite, "SQLite")).chain(pg.map(|b| (b, "PostgreSQL"))) {
        assert!(
            book.desk
                .store
                .read()
                .search_text_gaps()
                .unwrap()
                .is_empty(),
            "{step} on {engine}: the kept text is the order's"
        );
    }
    for filter in filters {
        let want = filtered_by_places(lite, filter);
        for (book, engine) in std::iter::once((lite, "SQLite")).chain(pg.map(|b| (b, "PostgreSQL")))
        {
            let page = book
                .desk
                .queue(&QueueAsk {
                    filter,
                    show_done: true,
                    limit: 1000,
                    count: true,
                    ..QueueAsk::default()
                })
                .unwrap();
            let got: std::collections::BTreeSet<i64> = numbers(&page).into_iter().collect();
            assert_eq!(got, want, "{step} on {engine}: {filter:?}");
            assert_eq!(
                page.counts.unwrap().iter().sum::<i64>(),
                want.len() as i64,
                "{step} on {engine}: {filter:?} counted"
            );
            let (counts, _) = book
                .desk
                .store
                .read()
                .filtered_counts(filter, now())
                .unwrap();
            assert_eq!(
                counts.iter().sum::<i64>(),
                want.len() as i64,
                "{step} on {engine}: {filter:?}"
            );
        }
    }
}

/// Runs `sql` on a book by hand, outside the desk, with `number` as its one parameter where
/// it has one (`?1` on SQLite, `$1` on PostgreSQL).
fn by_hand(book: &Book, url: Option<&str>, sql: &str, number: Option<i64>) {
    match url {
        None => {
            let conn = rusqlite::Connection::open(book.dir.path().join("book.sqlite")).unwrap();
            match number {
                None => conn.execute_batch(sql).unwrap(),
                Some(n) => {
                    conn.execute(sql, [n]).unwrap();
                }
            }
        }
        Some(url) => {
            let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap();
            let sql = sql.replace("?1", "$1");
            match number {
                None => client.batch_execute(&sql).unwrap(),
                Some(n) => {
                    client.execute(&sql, &[&n]).unwrap();
                }
            }
        }
    }
}

#[test]
fn a_filter_finds_what_each_place_holds_after_every_kind_of_change() {
    use orderdesk::ops::OrderEdit;
    let url = orderdesk::store::test_server::fresh_book();
    let mut lite = Book::new();
    let mut pg = url.as_deref().map(|u| Book::at(Some(u)));
    let mut made = Vec::new();
    // Every step is taken on both books.
    for (book, url) in
        std::iter::once((&mut lite, None)).chain(pg.as_mut().map(|b| (b, url.as_deref())))
    {
        book.desk
            .import_catalog(
                "sku,name,variant,price,currency,stock,aliases,low_stock
TEE-AZ,Camiseta Básica,Azul / M,20.00,USD,100,,
MUG_01,Caneca Ção,,12.00,USD,100,,
",
            )
            .unwrap();
        let item = |sku: &str, qty| ItemSpec {
            sku: sku.into(),
            qty,
        };
        let mut these = Vec::new();
        for (name, phone, address) in [
            (
                "João Ñúñez",
                "+55 11 98765-4321",
                Some("Rua das Flores, 12\nApto 3"),
            ),
            ("Rui Costa", "+1 512-555-0188", Some("Sala 4\\B")),
            ("João Ñúñez", "+55 11 98765-4321", None),
        ] {
            let n = book
                .desk
                .create_order(NewOrder {
                    customer: phone.into(),
                    name: Some(name.into()),
                    items: vec![item("TEE-AZ", 1), item("MUG_01", 1)],
                    address: address.map(String::from),
                    ..NewOrder::default()
                })
                .unwrap()
                .order
                .number;
            these.push(n);
        }
        if url.is_none() {
            made = these;
        } else {
            assert_eq!(these, made, "the twins number their orders alike");
        }
    }
    filters_agree(&lite, pg.as_ref(), "made");
    assert_eq!(filtered_by_places(&lite, "JOÃO").len(), 0);
    assert_eq!(filtered_by_places(&lite, "João").len(), 2);
    assert_eq!(filtered_by_places(&lite, "apto"), [made[0]].into());
    assert_eq!(filtered_by_places(&lite, "4\\b"), [made[1]].into());
    assert!(filtered_by_places(&lite, "4b").is_empty());
    assert!(filtered_by_places(&lite, "mei packing").len() > 1);

    let item = |sku: &str, qty| ItemSpec {
        sku: sku.into(),
        qty,
    };
    let edit = |set, remove: &[&str], address: Option<&str>| OrderEdit {
        set,
        remove: remove.iter().map(|s| s.to_string()).collect(),
        address: address.map(String::from),
        ..OrderEdit::default()
    };
    for book in std::iter::once(&mut lite).chain(pg.as_mut()) {
        // A draft's lines replaced in place: the mug leaves it.
        book.desk
            .edit_order(
                made[1],
                edit(vec![item("SCF-RED", 2)], &["MUG_01"], None),
                None,
            )
            .unwrap();
    }
    filters_agree(&lite, pg.as_ref(), "a draft's lines");
    assert!(!filtered_by_places(&lite, "Ção").contains(&made[1]));

    for book in std::iter::once(&mut lite).chain(pg.as_mut()) {
        // A confirmed order edited: a new revision, whose lines alone count.
        book.confirm(made[0]);
        book.desk
            .edit_order(
                made[0],
                edit(vec![], &["MUG_01"], Some("Av. Paulista 900")),
                None,
            )
            .unwrap();
    }
    filters_agree(&lite, pg.as_ref(), "a new revision");
    assert!(!filtered_by_places(&lite, "Ção").contains(&made[0]));
    assert!(filtered_by_places(&lite, "Ção").contains(&made[2]));
    assert!(filtered_by_places(&lite, "apto").is_empty());

    for book in std::iter::once(&mut lite).chain(pg.as_mut()) {
        // Customers merged: the orders take the other customer's name and phone.
        book.desk
            .merge_customers("+1 512-555-0188", "Mei Chen +1 512-555-0100")
            .unwrap();
    }
    filters_agree(&lite, pg.as_ref(), "customers merged");
    assert!(filtered_by_places(&lite, "mei").contains(&made[1]));

    // A customer renamed and given another phone, a line changed and one taken away, by
    // hand.
    for (book, url) in
        std::iter::once((&lite, None)).chain(pg.as_ref().map(|b| (b, url.as_deref())))
    {
        by_hand(
            book,
            url,
            "UPDATE customers SET name = 'Mei Chen-Wong', phone = '+15125550199'
                 WHERE name LIKE 'Mei Chen%';
             UPDATE order_lines SET variant = 'Verde / G' WHERE sku = 'TEE-AZ';",
            None,
        );
        by_hand(
            book,
            url,
            "DELETE FROM order_lines WHERE sku = 'MUG_01'
                 AND order_id = (SELECT id FROM orders WHERE number = ?1)",
            Some(made[2]),
        );
    }
    filters_agree(&lite, pg.as_ref(), "changed by hand");
    assert!(!filtered_by_places(&lite, "Ção").contains(&made[2]));
    let wong = filtered_by_places(&lite, "wong");
    assert!(wong.contains(&made[1]) && wong == filtered_by_places(&lite, "chen"));
    assert!(filtered_by_places(&lite, "azul").is_empty());

    // Text that drifted from its order (written by hand): `stock check` names the order.
    for (book, url) in
        std::iter::once((&lite, None)).chain(pg.as_ref().map(|b| (b, url.as_deref())))
    {
        assert!(book.desk.check_book().unwrap().is_healthy());
        by_hand(
            book,
            url,
            "UPDATE orders SET search_text = '' WHERE number = ?1",
            Some(made[2]),
        );
        assert_eq!(book.desk.check_book().unwrap().search, vec![made[2]]);
    }
}

/// `stock check` names the orders whose entry in the index of three-letter pieces (SQLite's
/// migrations 0014 and 0015) is missing or stale, and an entry of no order; a healthy book
/// has none.
#[test]
fn the_check_names_orders_the_index_of_pieces_disagrees_with() {
    let book = Book::new();
    assert!(book.desk.check_book().unwrap().is_healthy());
    // No entry for #1001; #1002's written from another text; one for an order never made.
    by_hand(
        &book,
        None,
        "DELETE FROM order_words WHERE rowid = 1001;
         DELETE FROM order_words WHERE rowid = 1002;
         INSERT INTO order_words (rowid, text) VALUES (1002, 'an older text' || char(10));
         INSERT INTO order_words (rowid, text) VALUES (99999, 'nobody');",
        None,
    );
    let check = book.desk.check_book().unwrap();
    assert_eq!(check.words, [1001, 1002, 99999]);
    assert!(!check.is_healthy());
    // Written again from the orders' texts, as the triggers write them: healthy again.
    by_hand(
        &book,
        None,
        "DELETE FROM order_words WHERE rowid IN (1002, 99999);
         INSERT INTO order_words (rowid, text)
         SELECT number, search_text || char(10) || char(10) FROM orders
         WHERE number IN (1001, 1002);",
        None,
    );
    assert!(book.desk.check_book().unwrap().is_healthy());
    // An order's text changed by hand: its entry follows (the triggers), the check agrees.
    by_hand(
        &book,
        None,
        "UPDATE customers SET name = name || ' Jr.'
         WHERE id = (SELECT customer_id FROM orders WHERE number = 1003);",
        None,
    );
    assert!(book.desk.check_book().unwrap().is_healthy());
}
