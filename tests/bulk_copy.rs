//! The benchmarks' PostgreSQL book is a SQLite book copied in bulk (`store::bulk_copy`): a
//! demo book made through the operations, with payment links, reminders, a learned alias
//! and a shop author, copied into a fresh PostgreSQL database is a book the store treats as
//! its own: `stock check` finds nothing kept out of step, the desk reads the same queue,
//! orders and journal on both, and the copy goes on as any book does (the next order
//! number, the next journal entry, another order confirmed and paid, still healthy).

use chrono::{TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::payment::Method;
use orderdesk::core::queue::QueueFrom;
use orderdesk::ops::{Clock, DemoSize, Desk, ItemSpec, NewOrder, NewPayment, QueueAsk};
use orderdesk::store::{Store, bulk_copy};

fn desk(location: &std::path::Path) -> Desk {
    let mut config = Config::default();
    config.payment_link.url_template = "https://pay.example.com/{order_no}".into();
    let mut desk = Desk::new(Store::open(location).unwrap(), config);
    desk.clock = Clock::Fixed(Utc.with_ymd_and_hms(2026, 3, 9, 14, 0, 0).unwrap());
    desk
}

/// An order as the queue shows it: its number, and where its key puts it (the deadline it
/// leads its rank by, when it was made; the row breaking ties is each engine's own).
type Shown = (i64, Option<(String, String)>, String);

/// The whole queue (delivered and cancelled too) in queue order.
fn queue(desk: &Desk, filter: &str) -> Vec<Shown> {
    let page = desk
        .queue(&QueueAsk {
            filter,
            show_done: true,
            from: QueueFrom::Start,
            limit: 10_000,
            now: Some(
                Utc.with_ymd_and_hms(2026, 3, 9, 14, 0, 0)
                    .unwrap()
                    .naive_utc(),
            ),
            ..QueueAsk::default()
        })
        .unwrap();
    page.rows
        .iter()
        .zip(&page.keys)
        .map(|(r, k)| (r.order.number, k.due.clone(), k.created.clone()))
        .collect()
}

#[test]
fn a_sqlite_book_copied_into_postgres_is_a_book_of_its_own() {
    let Some(url) = orderdesk::store::test_server::fresh_book() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("book.sqlite");
    let mut lite = desk(&file);
    lite.fill_demo(DemoSize {
        orders: 600,
        customers: 60,
    })
    .unwrap();
    let sku = lite.catalog("").unwrap()[0].sku.clone();
    lite.learn_alias("the usual", &sku).unwrap();
    lite.remember_shop_author("Loja Lumen", true).unwrap();
    let due = lite.reminders_due().unwrap();
    assert!(!due.is_empty(), "the demo has reminders due");
    lite.mark_reminder_sent(due[0].order_no, None).unwrap();
    assert!(lite.check_book().unwrap().is_healthy());

    let copied = bulk_copy::sqlite_to_postgres(&file, &url).unwrap();
    let count = |table: &str| copied.iter().find(|(t, _)| *t == table).unwrap().1;
    assert_eq!(count("orders"), 600);
    for table in [
        "order_lines",
        "payments",
        "payment_links",
        "stock_moves",
        "journal",
    ] {
        assert!(count(table) > 0, "{table}");
    }
    for table in ["reminders_sent", "learned_aliases", "shop_authors"] {
        assert_eq!(count(table), 1, "{table}");
    }

    let mut pg = desk(std::path::Path::new(&url));
    let check = pg.check_book().unwrap();
    assert!(check.is_healthy(), "{check:?}");
    // The desk reads the same book on both engines.
    for filter in ["", "ana", "pack", "zzz"] {
        assert_eq!(queue(&pg, filter), queue(&lite, filter), "{filter:?}");
    }
    let counts = |desk: &Desk| {
        desk.queue(&QueueAsk {
            count: true,
            limit: 1,
            ..QueueAsk::default()
        })
        .unwrap()
        .counts
    };
    assert_eq!(counts(&pg), counts(&lite));
    for number in [1001, 1150, 1333, 1600] {
        let (a, b) = (
            pg.order_view(number).unwrap(),
            lite.order_view(number).unwrap(),
        );
        assert!(!a.journal.is_empty());
        assert_eq!(
            format!("{a:?}"),
            format!("{b:?}"),
            "#{number}, its journal too"
        );
    }
    assert_eq!(
        format!("{:?}", pg.catalog("").unwrap()),
        format!("{:?}", lite.catalog("").unwrap())
    );
    assert_eq!(pg.aliases().unwrap().len(), 1);

    // It goes on as a book of its own: the next number, and an order confirmed and paid.
    for desk in [&mut lite, &mut pg] {
        let made = desk
            .create_order(NewOrder {
                customer: "Bench Customer +1 512 555 0100".into(),
                items: vec![ItemSpec {
                    sku: sku.clone(),
                    qty: 1,
                }],
                ..NewOrder::default()
            })
            .unwrap()
            .order
            .number;
        assert_eq!(made, 1601);
        desk.confirm_order(made, false, None).unwrap();
        desk.record_payment(
            made,
            NewPayment {
                amount: "1".into(),
                method: Method::Cash,
                reference: None,
                claimed: false,
                proof: None,
            },
        )
        .unwrap();
    }
    assert!(pg.check_book().unwrap().is_healthy());
    assert_eq!(queue(&pg, ""), queue(&lite, ""));
    let (a, b) = (pg.order_view(1601).unwrap(), lite.order_view(1601).unwrap());
    assert_eq!(
        (a.totals, a.class, a.journal.len()),
        (b.totals, b.class, b.journal.len())
    );
    // A second copy into a book that holds orders is refused, and changes nothing.
    assert!(bulk_copy::sqlite_to_postgres(&file, &url).is_err());
    assert!(pg.check_book().unwrap().is_healthy());
}
