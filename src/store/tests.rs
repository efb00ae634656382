//! The store's behaviour on both engines: each test body runs on a SQLite book and then on a
//! PostgreSQL one (a fresh database of the test server, `store::test_server`). Where no
//! PostgreSQL can be had the second run is skipped with the reason printed, except under
//! `CI=true`, where that fails. SQLite's own concerns (its file, pragmas, upgrades from its
//! earlier schemas) are tested in `sqlite/tests.rs`.

use chrono::{DateTime, TimeZone, Utc};
use uuid::Uuid;

use super::{Engine, Location, Store, StoreError, test_server};
use crate::core::catalog::Product;
use crate::core::customer::Customer;
use crate::core::money::Currency;
use crate::core::order::{Fulfilment, Lifecycle, Order, OrderLine};
use crate::core::payment::{Method, Payment, PaymentKind, PaymentState};
use crate::core::stock::MoveKind;

/// Runs `body` on a new SQLite book, then on a new PostgreSQL one.
fn on_each_engine(body: impl Fn(&mut Store)) {
    let mut lite = Store::open_in_memory().unwrap();
    body(&mut lite);
    if let Some(url) = test_server::fresh_book() {
        let mut pg = Store::open_at(&Location::parse(&url)).unwrap();
        assert_eq!(pg.engine(), Engine::Postgres);
        body(&mut pg);
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap()
}

fn product(sku: &str) -> Product {
    Product {
        sku: sku.into(),
        name: "Wool Scarf".into(),
        variant: "Red".into(),
        price: 3500,
        currency: Currency::USD,
        aliases: vec!["scarf".into()],
        on_hand: 0,
        reserved: 0,
        low_stock: Some(2),
    }
}

fn stocked(store: &mut Store, sku: &str, on_hand: i64) {
    let tx = store.write().unwrap();
    tx.upsert_product(&product(sku), now()).unwrap();
    if on_hand > 0 {
        tx.move_stock(sku, MoveKind::Receive, on_hand, None, "", false, "t", now())
            .unwrap();
    }
    tx.commit().unwrap();
}

fn customer(name: &str, phone: Option<&str>) -> Customer {
    Customer {
        id: Uuid::now_v7(),
        name: name.into(),
        phone: phone.map(Into::into),
        address: None,
        merged_into: None,
    }
}

fn order(number: i64, customer: &Customer, sku: &str, qty: i64) -> Order {
    Order {
        id: Uuid::now_v7(),
        number,
        customer_id: customer.id,
        currency: Currency::USD,
        lines: vec![OrderLine {
            sku: sku.into(),
            name: "Wool Scarf".into(),
            variant: "Red".into(),
            qty,
            unit_price: 3500,
        }],
        delivery_fee: 500,
        discount: 0,
        notes: String::new(),
        deadline: None,
        staff_notes: String::new(),
        address: None,
        lifecycle: Lifecycle::Draft,
        fulfilment: Fulfilment::Unfulfilled,
        revision: 1,
        version: 1,
        created_at: now(),
        updated_at: now(),
    }
}

/// The numbers of every order `view` shows, read a page of `limit` at a time, each page
/// after the key of the last row of the one before.
fn every_page(read: &super::Reader, view: &super::QueueView, limit: usize) -> Vec<i64> {
    use crate::core::queue::{QueueFrom, QueueKey};
    let mut got = Vec::new();
    let mut from = QueueFrom::Start;
    loop {
        let page = read.queue_rows(view, &from, 0, limit).unwrap();
        got.extend(page.rows.iter().map(|r| r.order.number));
        match page.keys.last() {
            Some(key) if !page.at_end => {
                from = QueueFrom::After {
                    key: QueueKey::clone(key),
                    inclusive: false,
                };
            }
            _ => return got,
        }
    }
}

#[test]
fn a_new_book_opens_and_reopens_at_the_latest_schema() {
    on_each_engine(|store| {
        assert_eq!(store.read().product_count().unwrap(), 0);
        if let Some(again) = store.reopen().unwrap() {
            assert_eq!(again.engine(), store.engine());
            assert_eq!(again.read().product_count().unwrap(), 0);
        }
    });
}

/// Every currency the desk knows (CHF, CLP, PEN, UYU, CAD and AUD among them) is kept and
/// read back as itself on both engines, its amount in its own minor units (CLP has none).
#[test]
fn every_known_currency_is_kept_and_read_back() {
    on_each_engine(|store| {
        let tx = store.write().unwrap();
        for (i, currency) in Currency::STYLED.into_iter().enumerate() {
            let mut p = product(&format!("SKU-{}", currency.code()));
            p.currency = currency;
            p.price = 1250 + i as i64;
            tx.upsert_product(&p, now()).unwrap();
        }
        tx.commit().unwrap();
        let read = store.read();
        for (i, currency) in Currency::STYLED.into_iter().enumerate() {
            let p = read
                .product(&format!("SKU-{}", currency.code()))
                .unwrap()
                .unwrap();
            assert_eq!((p.currency, p.price), (currency, 1250 + i as i64));
        }
    });
}

#[test]
fn the_catalog_finds_a_sku_however_it_is_capitalised_and_filters() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 0);
        let mut other = product("TEE-BLU-M");
        other.name = "Basic Tee".into();
        other.variant = "Blue / M".into();
        other.aliases = vec!["tee".into()];
        let tx = store.write().unwrap();
        assert_eq!(
            tx.upsert_product(&other, now()).unwrap(),
            super::ImportOutcome::Inserted
        );
        assert_eq!(
            tx.upsert_product(&other, now()).unwrap(),
            super::ImportOutcome::Unchanged
        );
        other.price = 4000;
        assert!(matches!(
            tx.upsert_product(&other, now()).unwrap(),
            super::ImportOutcome::Updated { .. }
        ));
        tx.commit().unwrap();
        let read = store.read();
        assert_eq!(read.product("scf-red").unwrap().unwrap().sku, "SCF-RED");
        assert_eq!(read.product("TEE-BLU-M").unwrap().unwrap().price, 4000);
        assert!(read.product("NOPE").unwrap().is_none());
        let skus = |filter: &str| -> Vec<String> {
            read.products(filter, 50, 0)
                .unwrap()
                .into_iter()
                .map(|p| p.sku)
                .collect()
        };
        assert_eq!(skus(""), ["SCF-RED", "TEE-BLU-M"]);
        assert_eq!(skus("blue"), ["TEE-BLU-M"]);
        assert_eq!(skus("SCARF"), ["SCF-RED"]);
        assert_eq!(read.products_matching("tee").unwrap(), 1);
        assert_eq!(read.products("", 1, 1).unwrap()[0].sku, "TEE-BLU-M");
    });
}

#[test]
fn reserving_beyond_stock_is_refused_and_records_nothing() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 2);
        let tx = store.write().unwrap();
        let err = tx
            .move_stock("SCF-RED", MoveKind::Reserve, 3, None, "", false, "t", now())
            .unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::NotEnoughStock {
                    available: 2,
                    asked: 3,
                    ..
                }
            ),
            "{err}"
        );
        drop(tx);
        let tx = store.write().unwrap();
        tx.move_stock("SCF-RED", MoveKind::Reserve, 2, None, "", false, "t", now())
            .unwrap();
        tx.commit().unwrap();
        let p = store.read().product("SCF-RED").unwrap().unwrap();
        assert_eq!((p.on_hand, p.reserved, p.available()), (2, 2, 0));
        assert_eq!(
            store.raw_number("SELECT count(*) FROM stock_moves"),
            2,
            "one receive and one reserve; the refused move left no row"
        );
        assert!(store.read().stock_discrepancies().unwrap().is_empty());
    });
}

#[test]
fn overselling_is_explicit_and_shrinks_as_stock_arrives() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 1);
        let oversold = |store: &Store| store.raw_number("SELECT oversold FROM products");
        let tx = store.write().unwrap();
        tx.move_stock("SCF-RED", MoveKind::Reserve, 3, None, "o", true, "t", now())
            .unwrap();
        tx.commit().unwrap();
        assert_eq!(oversold(store), 2);
        let tx = store.write().unwrap();
        // A normal reserve cannot dig further into an oversold product.
        assert!(
            tx.move_stock("SCF-RED", MoveKind::Reserve, 1, None, "", false, "t", now())
                .is_err()
        );
        drop(tx);
        // Releases and receipts always apply, and the overdraft shrinks with them.
        let tx = store.write().unwrap();
        tx.move_stock("SCF-RED", MoveKind::Receive, 1, None, "", false, "t", now())
            .unwrap();
        tx.commit().unwrap();
        assert_eq!(oversold(store), 1);
        let tx = store.write().unwrap();
        tx.move_stock("SCF-RED", MoveKind::Release, 3, None, "", false, "t", now())
            .unwrap();
        tx.commit().unwrap();
        assert_eq!(oversold(store), 0);
        assert_eq!(
            store.raw_number("SELECT count(*) FROM stock_moves WHERE override = true"),
            1
        );
        let err = {
            let tx = store.write().unwrap();
            tx.move_stock("SCF-RED", MoveKind::Ship, 5, None, "", false, "t", now())
                .unwrap_err()
        };
        assert!(
            matches!(err, StoreError::NotOnHand { on_hand: 2, .. }),
            "{err}"
        );
        assert!(store.read().stock_discrepancies().unwrap().is_empty());
    });
}

#[test]
fn constraints_refuse_what_the_code_must_never_write() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 2);
        let refused = |sql: &str| {
            assert!(
                store.raw_execute(sql).is_err(),
                "should be refused on {:?}: {sql}",
                store.engine()
            )
        };
        refused("UPDATE products SET reserved = 3");
        refused("UPDATE products SET reserved = -1");
        refused("UPDATE products SET price = -5");
        refused("UPDATE products SET price = 100000000000001");
        refused(
            "INSERT INTO stock_moves (sku, kind, qty, actor, at)
             VALUES ('SCF-RED', 'reserve', -1, 't', '2026-03-01T12:00:00.000Z')",
        );
        refused(
            "INSERT INTO stock_moves (sku, kind, qty, actor, at)
             VALUES ('NOPE', 'receive', 1, 't', '2026-03-01T12:00:00.000Z')",
        );
        refused("DELETE FROM stock_moves");
        refused("UPDATE stock_moves SET qty = 9");
        refused("DELETE FROM products");
        store
            .raw_execute(
                "INSERT INTO journal (at, actor, entity, entity_key, action)
                 VALUES ('2026-03-01T12:00:00.000Z', 't', 'order', '1', 'x')",
            )
            .unwrap();
        refused("UPDATE journal SET action = 'y'");
        refused("DELETE FROM journal");
        refused(
            "INSERT INTO customers (id, name, phone, created_at, updated_at)
             VALUES ('0190c4a2-7b1e-7cc0-8000-000000000001', 'A', '5551234',
                     '2026-03-01T12:00:00.000Z', '2026-03-01T12:00:00.000Z')",
        );
    });
}

#[test]
fn a_write_from_a_stale_view_is_refused() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 2);
        let mei = customer("Mei", None);
        let tx = store.write().unwrap();
        tx.insert_customer(&mei, now()).unwrap();
        let number = tx.next_order_number().unwrap();
        assert_eq!(number, 1001);
        let order = order(number, &mei, "SCF-RED", 1);
        tx.insert_order(&order, None).unwrap();
        let v2 = tx.update_order(&order, now()).unwrap();
        assert_eq!(v2, 2);
        // Someone still holding version 1 tries to write.
        let err = tx.update_order(&order, now()).unwrap_err();
        assert!(matches!(err, StoreError::Stale { .. }));
        assert!(
            err.to_string()
                .contains("order #1001 was changed by someone else")
        );
    });
}

#[test]
fn customers_are_one_per_phone_and_merge_keeps_their_orders() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 5);
        let mei = customer("Mei Chen", Some("+5511987654321"));
        let dup = customer("mei chen", Some("+5511911112222"));
        let tx = store.write().unwrap();
        tx.insert_customer(&mei, now()).unwrap();
        tx.insert_customer(&dup, now()).unwrap();
        let first = tx.next_order_number().unwrap();
        tx.insert_order(&order(first, &dup, "SCF-RED", 1), None)
            .unwrap();
        tx.commit().unwrap();
        let tx = store.write().unwrap();
        let again = customer("Someone", Some("+5511987654321"));
        let err = tx.insert_customer(&again, now()).unwrap_err();
        assert!(matches!(err, StoreError::Duplicate(_)), "{err}");
        drop(tx);
        let read = store.read();
        assert_eq!(read.customers_named("MEI CHEN").unwrap().len(), 2);
        assert_eq!(read.customer_count("").unwrap(), 2);
        assert_eq!(read.customer_count("5511987").unwrap(), 1);
        let stats = read.customer_stats_of(dup.id).unwrap().unwrap();
        assert_eq!((stats.orders, stats.lifetime_value), (1, 0));
        let tx = store.write().unwrap();
        let moved = tx.merge_customer(dup.id, mei.id, now()).unwrap();
        assert_eq!(moved, [first]);
        tx.commit().unwrap();
        let read = store.read();
        let found = read.customer_by_phone("+5511911112222").unwrap().unwrap();
        assert_eq!(
            found.id, mei.id,
            "a merged record answers with the one it joined"
        );
        assert_eq!(read.customer_names().unwrap(), ["Mei Chen"]);
        let page = read.customer_stats("", 10, 0).unwrap();
        assert_eq!(page.len(), 1);
        assert_eq!(page[0].orders, 1);
        let tx = store.write().unwrap();
        tx.unmerge_customer(dup.id, mei.id, &moved, now()).unwrap();
        tx.commit().unwrap();
        let back = store.read().customer_stats_of(dup.id).unwrap().unwrap();
        assert_eq!((back.orders, back.customer.merged_into), (1, None));
    });
}

#[test]
fn orders_keep_their_lines_per_revision_and_list_with_their_customer() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 5);
        let mei = customer("Mei", Some("+14155550100"));
        let tx = store.write().unwrap();
        tx.insert_customer(&mei, now()).unwrap();
        let a = order(tx.next_order_number().unwrap(), &mei, "SCF-RED", 2);
        tx.insert_order(&a, Some(("hash-1", "the chat"))).unwrap();
        let b = order(tx.next_order_number().unwrap(), &mei, "SCF-RED", 1);
        tx.insert_order(&b, None).unwrap();
        let mut edited = a.clone();
        edited.revision = 2;
        edited.lines[0].qty = 3;
        edited.lifecycle = Lifecycle::Confirmed;
        tx.write_lines(a.id, 2, &edited.lines).unwrap();
        tx.update_order(&edited, now()).unwrap();
        tx.commit().unwrap();
        let read = store.read();
        let got = read.order_by_number(a.number).unwrap().unwrap();
        assert_eq!((got.revision, got.lines[0].qty), (2, 3));
        assert_eq!(got.lifecycle, Lifecycle::Confirmed);
        assert_eq!(got.created_at, now());
        assert_eq!(read.lines(a.id, 1).unwrap()[0].qty, 2, "old lines stay");
        assert_eq!(
            read.order_number_by_source("hash-1").unwrap(),
            Some(a.number)
        );
        assert_eq!(read.source_text(a.id).unwrap().as_deref(), Some("the chat"));
        assert_eq!(
            read.last_order_of(mei.id).unwrap().unwrap().number,
            b.number
        );
        let listed = read.list_orders(&super::OrderFilter::default()).unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].customer_name, "Mei");
        assert_eq!(listed[0].order.lines[0].qty, 3);
        let drafts = read
            .list_orders(&super::OrderFilter {
                lifecycle: Some(Lifecycle::Draft),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].order.number, b.number);
        let (_, class) = read.standing(b.id).unwrap();
        assert_eq!(class, crate::core::queue::QueueClass::from_rank(1).unwrap());
        // The same pasted chat cannot make a second order.
        let tx = store.write().unwrap();
        let c = order(tx.next_order_number().unwrap(), &mei, "SCF-RED", 1);
        assert!(tx.insert_order(&c, Some(("hash-1", "again"))).is_err());
    });
}

#[test]
fn payments_keep_the_orders_sums_and_a_reference_pays_once() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 5);
        let mei = customer("Mei", None);
        let tx = store.write().unwrap();
        tx.insert_customer(&mei, now()).unwrap();
        let o = order(tx.next_order_number().unwrap(), &mei, "SCF-RED", 2);
        tx.insert_order(&o, None).unwrap();
        let payment = |amount: i64, state: PaymentState, reference: Option<&str>| Payment {
            id: Uuid::now_v7(),
            order_id: o.id,
            kind: PaymentKind::Payment,
            method: Method::Pix,
            amount,
            currency: Currency::USD,
            state,
            reference: reference.map(Into::into),
            proof: None,
            restock: false,
            created_at: now(),
            settled_at: (state != PaymentState::Claimed).then(now),
            actor: "t".into(),
        };
        let paid = payment(3000, PaymentState::Verified, Some("E2E-1"));
        let claim = payment(4500, PaymentState::Claimed, None);
        tx.insert_payment(&paid).unwrap();
        tx.insert_payment(&claim).unwrap();
        tx.commit().unwrap();
        let (totals, class) = store.read().standing(o.id).unwrap();
        assert_eq!((totals.received, totals.claimed), (3000, 4500));
        assert_eq!(class.rank(), 0, "a claim to verify comes first");
        let tx = store.write().unwrap();
        let err = tx
            .insert_payment(&payment(10, PaymentState::Verified, Some("e2e-1")))
            .unwrap_err();
        assert!(matches!(err, StoreError::Duplicate(_)), "{err}");
        drop(tx);
        let tx = store.write().unwrap();
        tx.settle_payment(claim.id, PaymentState::Verified, now())
            .unwrap();
        assert!(matches!(
            tx.settle_payment(claim.id, PaymentState::Rejected, now()),
            Err(StoreError::Stale { .. })
        ));
        tx.commit().unwrap();
        let read = store.read();
        let (totals, _) = read.standing(o.id).unwrap();
        assert_eq!((totals.received, totals.claimed), (7500, 0));
        assert_eq!(
            read.reference_holder("pix", "e2e-1").unwrap(),
            Some(o.number)
        );
        assert_eq!(read.payments_for(o.id).unwrap().len(), 2);
        assert_eq!(read.payments_of(&[o.id]).unwrap()[&o.id].len(), 2);
        let tx = store.write().unwrap();
        tx.reopen_claim(claim.id).unwrap();
        tx.commit().unwrap();
        assert_eq!(store.read().standing(o.id).unwrap().0.claimed, 4500);
        assert!(store.read().payment_sum_discrepancies().unwrap().is_empty());
        assert!(
            store.raw_execute("UPDATE payments SET amount = 1").is_err(),
            "amounts are fixed"
        );
    });
}

#[test]
fn the_journal_is_kept_in_order_with_who_and_when() {
    on_each_engine(|store| {
        stocked(store, "SCF-RED", 5);
        let mei = customer("Mei", None);
        let tx = store.write().unwrap();
        tx.insert_customer(&mei, now()).unwrap();
        let o = order(tx.next_order_number().unwrap(), &mei, "SCF-RED", 1);
        tx.insert_order(&o, None).unwrap();
        for action in ["created", "confirmed"] {
            tx.journal(super::JournalWrite {
                entity: "order",
                key: "1001",
                order_id: Some(o.id),
                action,
                before: None,
                after: Some(serde_json::json!({"lines": [{"sku": "SCF-RED", "qty": 1}]})),
                actor: "ana",
                at: now(),
            })
            .unwrap();
        }
        tx.commit().unwrap();
        let read = store.read();
        let entries = read.journal_for_order(o.id).unwrap();
        let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["created", "confirmed"]);
        assert_eq!(entries[1].at, now());
        assert_eq!(entries[1].after.as_ref().unwrap()["lines"][0]["qty"], 1);
        let last = read
            .last_journal("order", "1001", "created")
            .unwrap()
            .unwrap();
        assert_eq!(last.actor, "ana");
        assert_eq!(read.journal_count().unwrap(), 2);
    });
}

/// What a desk polls each second: another connection's commit moves it (SQLite's
/// `data_version`, PostgreSQL's LISTEN/NOTIFY), the desk's own does not.
#[test]
fn another_desks_commit_is_noticed_within_a_second_and_ones_own_is_not() {
    let check = |mut mine: Store| {
        let mut other = mine.reopen().unwrap().expect("a second connection");
        let seen = mine.data_version().unwrap();
        stocked(&mut mine, "OWN-1", 1);
        assert_eq!(
            mine.data_version().unwrap(),
            seen,
            "{:?}: our own write",
            mine.engine()
        );
        stocked(&mut other, "OTHER-1", 1);
        let noticed = (0..20).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(50));
            mine.data_version().unwrap() != seen
        });
        assert!(
            noticed,
            "{:?}: another desk's write within a second",
            mine.engine()
        );
    };
    let dir = tempfile::tempdir().unwrap();
    check(Store::open(&dir.path().join("book.sqlite")).unwrap());
    if let Some(url) = test_server::fresh_book() {
        check(Store::open_at(&Location::parse(&url)).unwrap());
    }
}

/// A desk whose PostgreSQL connection the server closed (a restart) carries on: the next
/// poll connects again, and what was written meanwhile reads back.
#[test]
fn a_lost_postgres_connection_is_made_again() {
    let Some(url) = test_server::fresh_book() else {
        return;
    };
    let mut desk = Store::open_at(&Location::parse(&url)).unwrap();
    stocked(&mut desk, "SCF-RED", 3);
    let other = desk.reopen().unwrap().unwrap();
    let pid = desk.raw_number("SELECT pg_backend_pid()::int8");
    other
        .raw_execute(&format!("SELECT pg_terminate_backend({pid})"))
        .unwrap();
    let lost = (0..20).find_map(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        desk.read().product("SCF-RED").err()
    });
    assert!(
        matches!(lost, Some(StoreError::Connect { .. })),
        "the lost connection is said as such: {lost:?}"
    );
    desk.data_version().unwrap();
    assert_eq!(desk.read().product("SCF-RED").unwrap().unwrap().on_hand, 3);
    stocked(&mut desk, "SCF-BLU", 1);
    assert_eq!(other.read().product_count().unwrap(), 2);
}

/// PostgreSQL's own migrations: a database of another program is refused untouched, one
/// written by a newer orderdesk is refused, and two desks opening a new book at once
/// migrate it once.
#[test]
fn a_postgres_book_is_migrated_once_and_foreign_or_newer_ones_are_refused() {
    let Some(foreign) = test_server::fresh_book() else {
        return;
    };
    let mut other = postgres::Client::connect(&foreign, postgres::NoTls).unwrap();
    other
        .batch_execute("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('keep me')")
        .unwrap();
    let err = Store::open_at(&Location::parse(&foreign)).err().unwrap();
    assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    let kept: i64 = other
        .query_one("SELECT count(*) FROM notes", &[])
        .unwrap()
        .get(0);
    assert_eq!(kept, 1, "left untouched");
    let untouched: bool = other
        .query_one("SELECT to_regclass('orders') IS NULL", &[])
        .unwrap()
        .get(0);
    assert!(untouched);

    let Some(url) = test_server::fresh_book() else {
        return;
    };
    let at_once: Vec<_> = (0..4)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || Store::open_at(&Location::parse(&url)).map(|_| ()))
        })
        .collect();
    for opening in at_once {
        opening.join().unwrap().unwrap();
    }
    let store = Store::open_at(&Location::parse(&url)).unwrap();
    assert_eq!(
        store.raw_number("SELECT count(*) FROM orderdesk_schema"),
        super::pg::SCHEMA_VERSION
    );
    store
        .raw_execute("INSERT INTO orderdesk_schema (version) VALUES (999)")
        .unwrap();
    let err = Store::open_at(&Location::parse(&url)).err().unwrap();
    assert!(
        matches!(err, StoreError::TooNew { found: 999, .. }),
        "{err}"
    );
}

/// A PostgreSQL book from before the text its queue filter reads (its migration 0002) finds
/// after it what SQLite's LIKE finds in each place: ASCII letters in any case, other letters
/// as written, a word within one place, the current revision's lines only (the same book
/// and the same answers as SQLite's upgrade test in `sqlite/tests.rs`).
#[test]
fn a_postgres_book_from_before_the_search_text_finds_the_same_orders_after_it() {
    use super::QueueView;
    use crate::core::queue::QueueFrom;
    let Some(url) = test_server::fresh_book() else {
        return;
    };
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    super::pg::migrate_to(&mut client, 1).unwrap();
    client
        .batch_execute(
            "INSERT INTO products (sku, name, variant, price, currency, created_at, updated_at)
             VALUES ('SCF-RED', 'Wool Scarf', 'Red', 3500, 'USD', now(), now()),
                    ('TEE-AZ', 'Camiseta Básica', 'Azul / M', 2000, 'USD', now(), now()),
                    ('MUG_01', 'Caneca Ção', '', 1200, 'USD', now(), now());
             INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES
                 ('01000000-0000-0000-0000-000000000000', 'Mei Chen', '+15125550100', now(), now()),
                 ('02000000-0000-0000-0000-000000000000', 'João Ñúñez', '+5511987654321', now(), now()),
                 ('03000000-0000-0000-0000-000000000000', 'ANA LIMA', NULL, now(), now());
             INSERT INTO orders (id, number, customer_id, currency, subtotal, total, address,
                 lifecycle, fulfilment, revision, created_at, updated_at) VALUES
                 ('a1000000-0000-0000-0000-000000000000', 1001, '01000000-0000-0000-0000-000000000000',
                  'USD', 0, 0, NULL, 'draft', 'unfulfilled', 1, '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z'),
                 ('a2000000-0000-0000-0000-000000000000', 1002, '02000000-0000-0000-0000-000000000000',
                  'USD', 0, 0, 'Rua das Flores, 12' || chr(10) || 'Apto 3\\B', 'confirmed', 'packing', 2,
                  '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z'),
                 ('a3000000-0000-0000-0000-000000000000', 1003, '03000000-0000-0000-0000-000000000000',
                  'USD', 0, 0, 'Flores,12 ' || chr(160), 'confirmed', 'unfulfilled', 1,
                  '2026-03-03T10:00:00Z', '2026-03-03T10:00:00Z'),
                 ('a4000000-0000-0000-0000-000000000000', 1004, '01000000-0000-0000-0000-000000000000',
                  'USD', 0, 0, NULL, 'cancelled', 'unfulfilled', 1, '2026-03-04T10:00:00Z', '2026-03-04T10:00:00Z');
             INSERT INTO order_lines (order_id, revision, pos, sku, name, variant, qty, unit_price)
             VALUES
                 ('a1000000-0000-0000-0000-000000000000', 1, 1, 'SCF-RED', 'Wool Scarf', 'Red', 1, 0),
                 ('a1000000-0000-0000-0000-000000000000', 1, 2, 'TEE-AZ', 'Camiseta Básica',
                  'Azul / M', 1, 0),
                 -- Revision 1 of #1002 had a mug; the current one (2) has a tee.
                 ('a2000000-0000-0000-0000-000000000000', 1, 1, 'MUG_01', 'Caneca Ção', '', 1, 0),
                 ('a2000000-0000-0000-0000-000000000000', 2, 1, 'TEE-AZ', 'Camiseta Básica',
                  'Azul / M', 2, 0),
                 ('a3000000-0000-0000-0000-000000000000', 1, 1, 'MUG_01', 'Caneca Ção', '', 1, 0);",
        )
        .unwrap();
    let store = Store::open_at(&Location::parse(&url)).unwrap();
    let read = store.read();
    assert!(read.search_text_gaps().unwrap().is_empty());
    let cases: &[(&str, &[i64])] = &[
        ("MEI", &[1001, 1004]),
        ("mei", &[1001, 1004]),
        ("João", &[1002]),
        ("joão", &[1002]),
        ("JOÃO", &[]),
        ("joao", &[]),
        ("Ñúñez", &[1002]),
        ("ñúñez", &[]),
        ("ÑÚÑEZ", &[]),
        ("BÁSICA", &[]),
        ("básica", &[1001, 1002]),
        ("azul/m", &[]),
        ("Azul", &[1001, 1002]),
        ("/", &[1001, 1002]),
        ("Chen+1", &[]),
        ("ScarfRed", &[]),
        ("Ção", &[1003]),
        ("ção", &[]),
        ("1002", &[1002]),
        ("#1003", &[1003]),
        ("+55", &[1002]),
        ("Flores,12", &[1003]),
        ("3\\b", &[1002]),
        ("3b", &[]),
        ("%", &[1001, 1002, 1003, 1004]),
        ("mug_01", &[]),
        ("mug01", &[]),
        ("wool red", &[1001]),
        ("scarf mei", &[1001]),
        ("zzz", &[]),
    ];
    for (filter, want) in cases {
        let view = QueueView {
            last_rank: 9,
            filter,
            today: None,
            until: None,
        };
        let got: Vec<i64> = read
            .queue_rows(&view, &QueueFrom::Start, 0, 100)
            .unwrap()
            .rows
            .iter()
            .map(|r| r.order.number)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(&got, want, "{filter:?}");
        let counted: i64 = read.queue_counts(filter).unwrap().iter().sum();
        assert_eq!(counted, want.len() as i64, "{filter:?} counted");
    }
}

/// A PostgreSQL book from before the order counter (its migration 0003) goes on numbering
/// after every order and after what its sequence had handed out, and gives back a number a
/// rolled-back order took.
#[test]
fn a_postgres_book_from_before_the_order_counter_numbers_on_without_gaps() {
    let Some(url) = test_server::fresh_book() else {
        return;
    };
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    super::pg::migrate_to(&mut client, 2).unwrap();
    client
        .batch_execute(
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES
                 ('01000000-0000-0000-0000-000000000000', 'Mei Chen', '+15125550100', now(), now());
             INSERT INTO orders (id, number, customer_id, currency, subtotal, total,
                 lifecycle, fulfilment, revision, created_at, updated_at) VALUES
                 ('a1000000-0000-0000-0000-000000000000', 1001, '01000000-0000-0000-0000-000000000000',
                  'USD', 0, 0, 'draft', 'unfulfilled', 1, now(), now()),
                 ('a2000000-0000-0000-0000-000000000000', 1002, '01000000-0000-0000-0000-000000000000',
                  'USD', 0, 0, 'draft', 'unfulfilled', 1, now(), now());
             -- The sequence had handed out 1003 and 1004 to orders rolled back.
             SELECT setval('order_numbers', 1004);",
        )
        .unwrap();
    drop(client);
    let mut store = Store::open_at(&Location::parse(&url)).unwrap();
    let tx = store.write().unwrap();
    assert_eq!(tx.next_order_number().unwrap(), 1005);
    drop(tx); // rolled back
    let tx = store.write().unwrap();
    assert_eq!(
        tx.next_order_number().unwrap(),
        1005,
        "a rolled-back number is given back"
    );
    assert_eq!(tx.next_order_number().unwrap(), 1006);
}

/// A PostgreSQL book from every schema before the queue's kept minute (its migration 0004)
/// pages its queue after the upgrade as the ranking rule says: its orders' deadline minutes
/// are written by the upgrade, a deadline changed afterwards moves its order, and every
/// window read from the keys of the one before equals one plain ORDER BY of the book.
#[test]
fn a_postgres_book_from_every_earlier_schema_pages_its_queue_after_the_upgrade() {
    use super::QueueView;
    /// The ranking rule as one ORDER BY: (number, minute kept by the upgrade) in queue order.
    const PLAIN: &str = "
        SELECT o.number, o.due_minute::int8 AS due_minute FROM orders o
        WHERE o.queue_rank <= $1
        ORDER BY o.queue_rank,
            CASE WHEN o.queue_rank <= 6 AND o.due_date <= $2 THEN 0 ELSE 1 END,
            CASE WHEN o.queue_rank <= 6 AND o.due_date <= $2 THEN o.due_date END,
            CASE WHEN o.queue_rank <= 6 AND o.due_date <= $2
                 THEN coalesce(o.due_time, '24:00') END,
            o.created_at, o.number";
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
    // Every schema before 0004.
    for start in 1..4 {
        let Some(url) = test_server::fresh_book() else {
            return;
        };
        let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        super::pg::migrate_to(&mut client, start).unwrap();
        // 120 orders in every state, made three at a time at the same moment, with
        // deadlines past, today and later, with and without an hour, or none.
        client
            .batch_execute(
                "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES
                     ('01000000-0000-0000-0000-000000000000', 'Mei Chen', NULL, now(), now());
                 INSERT INTO orders (id, number, customer_id, currency, subtotal, total,
                     lifecycle, fulfilment, revision, created_at, updated_at, due_date, due_time)
                 SELECT gen_random_uuid(), 1001 + i, '01000000-0000-0000-0000-000000000000',
                     'USD', 0, 0,
                     (ARRAY['draft', 'confirmed', 'confirmed', 'confirmed', 'completed',
                            'cancelled'])[1 + i % 6],
                     (ARRAY['unfulfilled', 'unfulfilled', 'packing', 'out_for_delivery',
                            'delivered', 'unfulfilled'])[1 + i % 6],
                     1, timestamptz '2026-03-01 10:00Z' + (i / 3) * interval '1 minute', now(),
                     CASE WHEN i % 4 <> 0 THEN date '2026-03-06' + (i % 7) END,
                     CASE WHEN i % 4 = 1 THEN time '08:00' + (i % 5) * interval '90 minutes' END
                 FROM generate_series(0, 119) i;",
            )
            .unwrap();
        drop(client);
        let store = Store::open_at(&Location::parse(&url)).unwrap();
        let read = store.read();
        assert!(read.due_count_discrepancies().unwrap().is_empty());
        let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        let wrong: i64 = client
            .query_one(
                "SELECT count(*) FROM orders WHERE due_minute IS DISTINCT FROM
                     CASE WHEN due_date IS NOT NULL THEN coalesce(
                         extract(hour FROM due_time) * 60 + extract(minute FROM due_time), 1440)
                     END",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(
            wrong, 0,
            "from schema {start}: every order's minute is written"
        );
        let pages = |last_rank: u8, limit: usize| -> Vec<i64> {
            let view = QueueView {
                last_rank,
                filter: "",
                today: Some(today),
                until: None,
            };
            every_page(&read, &view, limit)
        };
        let plain = |client: &mut postgres::Client, last_rank: u8| -> Vec<(i64, Option<i64>)> {
            client
                .query(PLAIN, &[&i16::from(last_rank), &today])
                .unwrap()
                .iter()
                .map(|r| (r.get(0), r.get(1)))
                .collect()
        };
        for (last_rank, limit) in [(7, 7), (9, 11)] {
            let want: Vec<i64> = plain(&mut client, last_rank)
                .into_iter()
                .map(|(n, _)| n)
                .collect();
            assert!(want.len() > 60, "{}", want.len());
            assert_eq!(pages(last_rank, limit), want, "from schema {start}");
        }
        // A deadline written after the upgrade keeps its minute: an order due later gets an
        // hour this morning and moves up among the pressing ones.
        let later = client
            .query_one(
                "SELECT number FROM orders WHERE queue_rank = 3 AND due_date > $1 LIMIT 1",
                &[&today],
            )
            .unwrap()
            .get::<_, i64>(0);
        client
            .execute(
                "UPDATE orders SET due_date = $2, due_time = '09:30' WHERE number = $1",
                &[&later, &today],
            )
            .unwrap();
        let moved = plain(&mut client, 7);
        assert!(moved.contains(&(later, Some(570))), "{moved:?}");
        let want: Vec<i64> = moved.into_iter().map(|(n, _)| n).collect();
        assert_eq!(pages(7, 5), want, "from schema {start}, changed");
    }
}

/// A filter the index cannot narrow ("mei" in more than `FEW` orders) is walked; counted on
/// the desk's other connection, its open orders are listed, and this connection reads the
/// filter's pages among them: the same pages as the walk. An order made on a third
/// connection ends the list (another book): the next pages walk again and show it.
#[test]
fn a_walked_filters_open_orders_listed_by_its_count_page_as_the_walk_does() {
    use super::QueueView;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    let noon = today.and_hms_opt(12, 0, 0).unwrap();
    let fill_lite = "
        INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES
            (x'01000000000000000000000000000000', 'Mei Chen', NULL, '', ''),
            (x'02000000000000000000000000000000', 'Ana Lima', NULL, '', '');
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 10299)
        INSERT INTO orders (id, number, customer_id, currency, subtotal, total, lifecycle,
            fulfilment, revision, created_at, updated_at, due_date, due_time)
        SELECT randomblob(16), 1001 + i,
            CASE WHEN i % 50 = 7 THEN x'02000000000000000000000000000000'
                 ELSE x'01000000000000000000000000000000' END, 'USD', 0, 0,
            CASE i % 6 WHEN 0 THEN 'draft' WHEN 4 THEN 'completed' WHEN 5 THEN 'cancelled'
                 ELSE 'confirmed' END,
            CASE i % 6 WHEN 2 THEN 'packing' WHEN 3 THEN 'out_for_delivery'
                 WHEN 4 THEN 'delivered' ELSE 'unfulfilled' END,
            1, '2026-03-0' || (1 + i % 4) || 'T10:' || printf('%02d', (i / 7) % 60) || ':00.000Z',
            '2026-03-05T00:00:00.000Z', CASE WHEN i % 4 = 1 THEN '2026-03-0' || (3 + i % 5) END,
            CASE WHEN i % 8 = 1 THEN '09:30' END
        FROM n;";
    let fill_pg = "
        INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES
            ('01000000-0000-0000-0000-000000000000', 'Mei Chen', NULL, now(), now()),
            ('02000000-0000-0000-0000-000000000000', 'Ana Lima', NULL, now(), now());
        INSERT INTO orders (id, number, customer_id, currency, subtotal, total, lifecycle,
            fulfilment, revision, created_at, updated_at, due_date, due_time)
        SELECT gen_random_uuid(), 1001 + i,
            CASE WHEN i % 50 = 7 THEN uuid '02000000-0000-0000-0000-000000000000'
                 ELSE uuid '01000000-0000-0000-0000-000000000000' END, 'USD', 0, 0,
            (ARRAY['draft', 'confirmed', 'confirmed', 'confirmed', 'completed',
                   'cancelled'])[1 + i % 6],
            (ARRAY['unfulfilled', 'unfulfilled', 'packing', 'out_for_delivery', 'delivered',
                   'unfulfilled'])[1 + i % 6],
            1, timestamptz '2026-03-01 10:00Z' + (i % 4) * interval '1 day'
                + ((i / 7) % 60) * interval '1 minute', now(),
            CASE WHEN i % 4 = 1 THEN date '2026-03-03' + (i % 5) END,
            CASE WHEN i % 8 = 1 THEN time '09:30' END
        FROM generate_series(0, 10299) i;";
    let new_order_lite = "
        INSERT INTO orders (id, number, customer_id, currency, subtotal, total, lifecycle,
            fulfilment, revision, created_at, updated_at)
        VALUES (randomblob(16), 20001, x'01000000000000000000000000000000', 'USD', 0, 0,
            'confirmed', 'unfulfilled', 1, '2026-03-02T10:30:30.000Z',
            '2026-03-05T00:00:00.000Z');";
    let new_order_pg = "
        INSERT INTO orders (id, number, customer_id, currency, subtotal, total, lifecycle,
            fulfilment, revision, created_at, updated_at)
        VALUES (gen_random_uuid(), 20001, '01000000-0000-0000-0000-000000000000', 'USD', 0, 0,
            'confirmed', 'unfulfilled', 1, timestamptz '2026-03-02 10:30:30Z', now());";
    let check = |store: Store, new_order: &str| {
        let view = QueueView {
            last_rank: crate::core::queue::LAST_OPEN_RANK,
            filter: "mei",
            today: Some(today),
            until: None,
        };
        let pages = |store: &Store| every_page(&store.read(), &view, 97);
        let engine = store.engine();
        let walked = pages(&store);
        assert!(walked.len() > 6000, "{engine:?}: {}", walked.len());
        assert!(
            !store.read_among_few(),
            "{engine:?}: too many proposed: walked"
        );
        let other = store.reopen().unwrap().expect("a second connection");
        // On PostgreSQL any commit on the server moves the snapshot, the tests' other books'
        // too: then the list is of another snapshot, and it is listed again (the count of a
        // book that moved is not kept) until one reads the snapshot this connection reads.
        let listed = (0..50).any(|_| {
            let (counts, _) = other.read().filtered_counts("mei", noon).unwrap();
            assert_eq!(
                counts[..=usize::from(crate::core::queue::LAST_OPEN_RANK)]
                    .iter()
                    .sum::<i64>(),
                walked.len() as i64
            );
            assert_eq!(pages(&store), walked, "{engine:?}: among the listed");
            store.read_among_few()
        });
        assert!(listed, "{engine:?}: read among the listed");
        let third = store.reopen().unwrap().expect("a third connection");
        third.raw_execute(new_order).unwrap();
        let now_walked = pages(&store);
        assert!(!store.read_among_few(), "{engine:?}: the book changed");
        assert_eq!(now_walked.len(), walked.len() + 1, "{engine:?}");
        assert!(now_walked.contains(&20001), "{engine:?}");
        let fresh = store.reopen().unwrap().expect("a fresh connection");
        assert_eq!(pages(&fresh), now_walked, "{engine:?}");
    };
    let dir = tempfile::tempdir().unwrap();
    let lite = Store::open(&dir.path().join("book.sqlite")).unwrap();
    lite.raw_execute(fill_lite).unwrap();
    check(lite, new_order_lite);
    if let Some(url) = test_server::fresh_book() {
        let pg = Store::open_at(&Location::parse(&url)).unwrap();
        pg.raw_execute(fill_pg).unwrap();
        pg.raw_execute("ANALYZE").unwrap();
        check(pg, new_order_pg);
    }
}
