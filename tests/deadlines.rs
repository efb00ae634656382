//! Deadlines through the operations on a real book: set, changed and cleared (journalled),
//! listed by when they are due, stated in the summary, and ranking the queue: overdue and
//! due-today orders first within their state, every page of the queue (from the start or
//! from the end) agreeing with that one order. Each test runs on a SQLite file and on a
//! PostgreSQL database (`support/engines.rs`).

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::deadline::{Deadline, Due};
use orderdesk::core::order::Fulfilment;
use orderdesk::core::payment::Method;
use orderdesk::core::queue::{QUEUE_RANKS, QueueFrom};
use orderdesk::ops::{
    Clock, Desk, DueWhen, ItemSpec, ListQuery, NewOrder, NewPayment, OrderEdit, OrderRow, QueueAsk,
    QueueSlice,
};

#[path = "support/engines.rs"]
mod engines;
use engines::{on_each_engine, open_book};

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
SCF-RED,Wool Scarf,Red,35.00,USD,500,scarf,
";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
}

fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&today().and_hms_opt(hour, minute, 0).unwrap())
}

/// 14:00 on the day (UTC is the shop's time here).
fn now() -> NaiveDateTime {
    at(14, 0).naive_utc()
}

fn due(days: i64, time: Option<(u32, u32)>) -> Option<Deadline> {
    Some(Deadline::new(
        today() + Duration::days(days),
        time.and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0)),
    ))
}

fn desk() -> (Desk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.shop.name = "Lumen".into();
    config.desk.user = "ana".into();
    let mut desk = Desk::new(open_book(dir.path()), config);
    desk.clock = Clock::Fixed(at(6, 0));
    desk.import_catalog(CATALOG).unwrap();
    (desk, dir)
}

fn order(desk: &mut Desk, created: DateTime<Utc>, deadline: Option<Deadline>) -> i64 {
    desk.clock = Clock::Fixed(created);
    desk.create_order(NewOrder {
        customer: "+1 512-555-0123".into(),
        name: Some("Mei Chen".into()),
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

/// A book with drafts, orders awaiting payment and delivered ones, some due (past, today,
/// later), some not; created a minute apart.
fn book() -> (Desk, tempfile::TempDir) {
    let (mut desk, dir) = desk();
    let deadlines = [
        None,
        due(0, Some((18, 0))),
        due(-1, None),
        due(1, None),
        due(0, None),
        due(0, Some((10, 0))),
        None,
        due(-3, Some((9, 0))),
        due(2, None),
        None,
    ];
    for i in 0..40u32 {
        let created = at(7, 0) + Duration::minutes(i64::from(i));
        let n = order(
            &mut desk,
            created,
            deadlines[(i as usize * 7) % deadlines.len()],
        );
        desk.clock = Clock::Fixed(created + Duration::seconds(30));
        match i % 4 {
            0 => {} // a draft
            1 => {
                desk.confirm_order(n, false, None).unwrap();
            }
            2 => {
                desk.confirm_order(n, false, None).unwrap();
                desk.advance_order(n, Fulfilment::Packing, None).unwrap();
            }
            _ => {
                desk.confirm_order(n, false, None).unwrap();
                desk.record_payment(
                    n,
                    NewPayment {
                        amount: "35".into(),
                        method: Method::Cash,
                        reference: None,
                        claimed: false,
                        proof: None,
                    },
                )
                .unwrap();
                desk.advance_order(n, Fulfilment::Delivered, None).unwrap();
            }
        }
    }
    desk.clock = Clock::Fixed(at(14, 0));
    (desk, dir)
}

/// The queue's order, from its definition: by rank; within a rank, orders still to deliver
/// due today or earlier first (by day, then time, an untimed one at the day's end), then
/// the rest oldest first.
fn expected(rows: &[OrderRow]) -> Vec<i64> {
    let mut keyed: Vec<_> = rows
        .iter()
        .map(|r| {
            let o = &r.order;
            let pressing =
                r.class.awaits_delivery() && o.deadline.is_some_and(|d| d.date <= now().date());
            let (day, time) = match (pressing, o.deadline) {
                (true, Some(d)) => (Some(d.date), d.time.unwrap_or(NaiveTime::MIN)),
                _ => (None, NaiveTime::MIN),
            };
            let untimed_last = pressing && o.deadline.is_some_and(|d| d.time.is_none());
            (
                r.class.rank(),
                !pressing,
                day,
                untimed_last,
                time,
                o.created_at,
                o.number,
            )
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|k| k.6).collect()
}

fn page(desk: &Desk, show_done: bool, from: QueueFrom, limit: usize) -> QueueSlice {
    desk.queue(&QueueAsk {
        show_done,
        from,
        limit,
        count: true,
        now: Some(now()),
        ..QueueAsk::default()
    })
    .unwrap()
}

fn numbers(slice: &QueueSlice) -> Vec<i64> {
    slice.rows.iter().map(|r| r.order.number).collect()
}

/// The whole queue in pages of `limit`, each from the key of the last row before it (or,
/// backwards, of the first row after it), in queue order.
fn walk(desk: &Desk, show_done: bool, limit: usize, forward: bool) -> Vec<i64> {
    let first = if forward {
        QueueFrom::Start
    } else {
        QueueFrom::End
    };
    let mut slice = page(desk, show_done, first, limit);
    let mut got = numbers(&slice);
    while !(if forward {
        slice.at_end
    } else {
        slice.at_start
    }) {
        let from = if forward {
            QueueFrom::After {
                key: slice.keys.last().unwrap().clone(),
                inclusive: false,
            }
        } else {
            QueueFrom::Before {
                key: slice.keys.first().unwrap().clone(),
                inclusive: false,
            }
        };
        slice = page(desk, show_done, from, limit);
        if forward {
            got.extend(numbers(&slice));
        } else {
            got.splice(0..0, numbers(&slice));
        }
    }
    got
}

#[test]
fn the_queue_puts_overdue_and_due_today_first_on_every_page() {
    on_each_engine(the_queue_puts_overdue_and_due_today_first_on_every_page_on);
}

fn the_queue_puts_overdue_and_due_today_first_on_every_page_on() {
    let (desk, _dir) = book();
    for show_done in [false, true] {
        let all: Vec<OrderRow> = desk
            .list_orders(&ListQuery::default())
            .unwrap()
            .into_iter()
            .filter(|r| show_done || r.class.is_open())
            .collect();
        let want = expected(&all);
        assert_eq!(
            numbers(&page(&desk, show_done, QueueFrom::Start, 1000)),
            want,
            "the whole queue"
        );
        // Pages of every size, from either end, each from the key of a row of the page
        // before: together they are the same queue.
        for limit in [1, 4, 7, 13] {
            for forward in [true, false] {
                assert_eq!(
                    walk(&desk, show_done, limit, forward),
                    want,
                    "pages of {limit}, show_done {show_done}, forward {forward}"
                );
            }
        }
    }
    // Where `:` finds an order is where the queue shows it: in the middle of its window,
    // between the orders the queue puts before and after it.
    let all: Vec<OrderRow> = desk
        .list_orders(&ListQuery::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.class.is_open())
        .collect();
    let want = expected(&all);
    for (i, n) in want.iter().enumerate() {
        let around = page(&desk, false, QueueFrom::Around(*n), 5);
        let from = i.saturating_sub(2).min(want.len().saturating_sub(5));
        assert_eq!(numbers(&around), want[from..from + 5], "#{n}");
    }
    // The first draft on screen is the most overdue one.
    let first = desk
        .order_view(numbers(&page(&desk, false, QueueFrom::Start, 1))[0])
        .unwrap();
    assert_eq!(first.order.deadline.unwrap().due(now()), Due::Overdue);
}

#[test]
fn the_queue_counts_what_is_overdue_and_due_today() {
    on_each_engine(the_queue_counts_what_is_overdue_and_due_today_on);
}

fn the_queue_counts_what_is_overdue_and_due_today_on() {
    let (desk, _dir) = book();
    let slice = desk
        .queue(&QueueAsk {
            limit: 5,
            count: true,
            now: Some(now()),
            ..QueueAsk::default()
        })
        .unwrap();
    let pressing = slice.pressing.expect("read with the unfiltered queue");
    let open: Vec<OrderRow> = desk
        .list_orders(&ListQuery::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.class.awaits_delivery())
        .collect();
    let count = |want: Due| {
        open.iter()
            .filter(|r| r.order.deadline.is_some_and(|d| d.due(now()) == want))
            .count() as i64
    };
    assert_eq!(pressing.overdue, count(Due::Overdue));
    assert_eq!(pressing.today, count(Due::Today));
    assert!(pressing.overdue > 0 && pressing.today > 0);
    assert_eq!(
        pressing.by_rank.iter().sum::<i64>(),
        pressing.overdue + pressing.today
    );
    assert_eq!(pressing.by_rank.len(), QUEUE_RANKS);
    // The counts come from what the triggers keep; a recount of the orders agrees, and so
    // does the book's own check, after every kind of change the book saw.
    let read = desk.store.read();
    assert_eq!(
        read.pressing("", now()).unwrap(),
        read.pressing_scanned("", now()).unwrap()
    );
    assert!(desk.check_book().unwrap().is_healthy());
}

#[test]
fn order_list_finds_what_is_due_today_tomorrow_and_overdue() {
    on_each_engine(order_list_finds_what_is_due_today_tomorrow_and_overdue_on);
}

fn order_list_finds_what_is_due_today_tomorrow_and_overdue_on() {
    let (desk, _dir) = book();
    let listed = |due| -> Vec<i64> {
        desk.list_orders(&ListQuery {
            due: Some(due),
            ..ListQuery::default()
        })
        .unwrap()
        .iter()
        .map(|r| r.order.number)
        .collect()
    };
    let all = desk.list_orders(&ListQuery::default()).unwrap();
    let by = |f: &dyn Fn(&OrderRow, Deadline) -> bool| -> Vec<i64> {
        all.iter()
            .filter(|r| r.class.awaits_delivery())
            .filter(|r| r.order.deadline.is_some_and(|d| f(r, d)))
            .map(|r| r.order.number)
            .collect()
    };
    let tomorrow = today() + Duration::days(1);
    assert_eq!(
        listed(DueWhen::Today(today())),
        by(&|_, d| d.date == today())
    );
    assert_eq!(
        listed(DueWhen::Tomorrow(today())),
        by(&|_, d| d.date == tomorrow)
    );
    assert_eq!(
        listed(DueWhen::Overdue(now())),
        by(&|_, d| d.due(now()) == Due::Overdue)
    );
    assert!(!listed(DueWhen::Overdue(now())).is_empty());
    // Delivered orders are never due: their deadline was met or missed, it is history.
    let delivered: Vec<i64> = all
        .iter()
        .filter(|r| !r.class.awaits_delivery() && r.order.deadline.is_some())
        .map(|r| r.order.number)
        .collect();
    assert!(!delivered.is_empty());
    for n in delivered {
        assert!(!listed(DueWhen::Overdue(now())).contains(&n));
    }
}

#[test]
fn a_deadline_is_set_changed_and_cleared_with_the_journal_and_summary_saying_so() {
    on_each_engine(a_deadline_is_set_changed_and_cleared_with_the_journal_and_summary_saying_so_on);
}

fn a_deadline_is_set_changed_and_cleared_with_the_journal_and_summary_saying_so_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, at(9, 0), due(5, Some((18, 0))));
    let text = desk.order_summary(n).unwrap();
    assert!(text.contains("Delivery: Sat 14 Mar, by 18:00"), "{text}");
    desk.confirm_order(n, false, None).unwrap();
    let view = desk
        .edit_order(
            n,
            OrderEdit {
                deadline: Some(due(1, None)),
                ..OrderEdit::default()
            },
            None,
        )
        .unwrap();
    assert_eq!(view.order.deadline, due(1, None));
    assert_eq!(view.order.revision, 2, "the agreement changed: v2");
    let edited = view
        .journal
        .iter()
        .find(|j| j.action == "deadline changed")
        .unwrap();
    let (before, after) = (
        edited.before.as_ref().unwrap().to_string(),
        edited.after.as_ref().unwrap().to_string(),
    );
    assert!(
        before.contains("2026-03-14") && before.contains("18:00"),
        "{before}"
    );
    assert!(after.contains("2026-03-10"), "{after}");
    let text = desk.order_summary(n).unwrap();
    assert!(
        text.contains("Delivery: Tue 10 Mar") && !text.contains(", by"),
        "{text}"
    );
    let same = desk
        .edit_order(
            n,
            OrderEdit {
                deadline: Some(due(1, None)),
                ..OrderEdit::default()
            },
            None,
        )
        .unwrap_err();
    assert!(same.to_string().contains("nothing changed"), "{same}");
    let cleared = desk
        .edit_order(
            n,
            OrderEdit {
                deadline: Some(None),
                ..OrderEdit::default()
            },
            None,
        )
        .unwrap();
    assert_eq!(cleared.order.deadline, None);
    assert!(!desk.order_summary(n).unwrap().contains("Delivery:"));
}
