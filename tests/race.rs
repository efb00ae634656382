//! Several processes confirm orders for the same last units of one book at the same time,
//! on a SQLite file and on a PostgreSQL database (`support/engines.rs`). The guarded UPDATE
//! (inside an IMMEDIATE transaction on SQLite, re-checked on the newest row under READ
//! COMMITTED on PostgreSQL) must never oversell.

use std::path::Path;
use std::process::{Command, Stdio};

use orderdesk::config::Config;
use orderdesk::ops::{Desk, ItemSpec, NewOrder};
use orderdesk::store::Store;

#[path = "support/engines.rs"]
mod engines;
use engines::{book_location, on_each_engine};

const UNITS: i64 = 5;
const ORDERS: usize = 16;

/// The binary on the book `db` with no config (a missing file in `dir`) and no log, ready for
/// the command's own arguments.
fn desk_on(db: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_orderdesk"));
    cmd.arg("--db")
        .arg(db)
        .arg("--config")
        .arg(dir.join("none.toml"))
        .env("ORDERDESK_LOG", "off");
    cmd
}

#[test]
fn concurrent_confirmations_never_oversell() {
    on_each_engine(concurrent_confirmations_never_oversell_on);
}

fn concurrent_confirmations_never_oversell_on() {
    let dir = tempfile::tempdir().unwrap();
    let db = book_location(dir.path());
    let numbers: Vec<i64> = {
        let mut desk = Desk::new(Store::open(&db).unwrap(), Config::default());
        desk.import_catalog(&format!(
            "sku,name,variant,price,currency,stock\nJKT-BLK-M,Leather Jacket,Black / M,180,USD,{UNITS}\n"
        ))
        .unwrap();
        (0..ORDERS)
            .map(|i| {
                desk.create_order(NewOrder {
                    customer: format!("+1 512 555 {:04}", 100 + i),
                    items: vec![ItemSpec {
                        sku: "JKT-BLK-M".into(),
                        qty: 1,
                    }],
                    ..NewOrder::default()
                })
                .unwrap()
                .order
                .number
            })
            .collect()
    };

    // All processes start before any is waited for, so their transactions really overlap.
    let children: Vec<_> = numbers
        .iter()
        .map(|n| {
            desk_on(&db, dir.path())
                .args(["order", "confirm", &n.to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut confirmed = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        match out.status.code() {
            Some(0) => confirmed += 1,
            Some(1) => {
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(
                    err.contains("only 0 of 'Leather Jacket Black / M' left (1 asked)"),
                    "unexpected refusal: {err}"
                );
            }
            other => panic!(
                "a confirm crashed ({other:?}): {}",
                String::from_utf8_lossy(&out.stderr)
            ),
        }
    }
    assert_eq!(confirmed, UNITS, "exactly the units in stock are sold");

    let desk = Desk::new(Store::open(&db).unwrap(), Config::default());
    let p = desk.store.read().product("JKT-BLK-M").unwrap().unwrap();
    assert_eq!((p.on_hand, p.reserved, p.available()), (UNITS, UNITS, 0));
    let check = desk.check_book().unwrap();
    assert!(
        check.is_healthy(),
        "counters equal the ledger and the queue counts the orders: {check:?}"
    );
}

/// `stock check` while another desk creates and confirms orders: kept counts and recounts
/// are read in one snapshot, so a healthy book is always reported healthy.
#[test]
fn stock_check_agrees_with_itself_while_others_write() {
    on_each_engine(stock_check_agrees_with_itself_while_others_write_on);
}

fn stock_check_agrees_with_itself_while_others_write_on() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};

    let dir = tempfile::tempdir().unwrap();
    let db = book_location(dir.path());
    let mut writer = Desk::new(Store::open(&db).unwrap(), Config::default());
    writer
        .import_catalog(
            "sku,name,variant,price,currency,stock\nSCF-RED,Wool Scarf,Red,35,USD,100000\n",
        )
        .unwrap();
    let done = Arc::new(AtomicBool::new(false));
    let stop = done.clone();
    let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = count.clone();
    let writing = std::thread::spawn(move || {
        let mut i = 0;
        // Bounded: stops when the checks are done, or after 30 s whatever happens.
        let until = Instant::now() + Duration::from_secs(30);
        while !stop.load(Ordering::Relaxed) && Instant::now() < until {
            let n = writer
                .create_order(NewOrder {
                    customer: format!("+1 512 555 {:04}", i % 9000),
                    items: vec![ItemSpec {
                        sku: "SCF-RED".into(),
                        qty: 1,
                    }],
                    ..NewOrder::default()
                })
                .unwrap()
                .order
                .number;
            writer.confirm_order(n, false, None).unwrap();
            i += 1;
            counted.store(i, Ordering::Relaxed);
        }
        i
    });
    let checker = Desk::new(Store::open(&db).unwrap(), Config::default());
    let mut unhealthy = Vec::new();
    let mut checks = 0;
    // Check for as long as the other desk writes 300 orders (at least 300 checks).
    let until = Instant::now() + Duration::from_secs(30);
    while (checks < 300 || count.load(Ordering::Relaxed) < 300) && Instant::now() < until {
        let check = checker.check_book().unwrap();
        if !check.is_healthy() {
            unhealthy.push(check);
        }
        checks += 1;
    }
    done.store(true, Ordering::Relaxed);
    let written = writing.join().unwrap();
    assert!(written > 0, "the other desk wrote nothing meanwhile");
    assert!(
        unhealthy.is_empty(),
        "{} of {checks} checks saw a disagreement while {written} orders were written: {:?}",
        unhealthy.len(),
        unhealthy.first()
    );
}

/// Processes taking orders (customer, order, lines and journal in one transaction) are
/// killed (`kill -9`) at random moments while others finish: a killed one leaves its whole
/// order or nothing, a finished one its order exactly once, and the kept counts still agree
/// with the rows.
#[test]
fn a_killed_desk_leaves_no_half_order() {
    on_each_engine(a_killed_desk_leaves_no_half_order_on);
}

fn a_killed_desk_leaves_no_half_order_on() {
    const TAKERS: usize = 12;
    let dir = tempfile::tempdir().unwrap();
    let db = book_location(dir.path());
    {
        let mut desk = Desk::new(Store::open(&db).unwrap(), Config::default());
        desk.import_catalog(
            "sku,name,variant,price,currency,stock\nSCF-RED,Wool Scarf,Red,35,USD,1000\n",
        )
        .unwrap();
    }
    let children: Vec<_> = (0..TAKERS)
        .map(|i| {
            desk_on(&db, dir.path())
                .args([
                    "order",
                    "new",
                    "--customer",
                    &format!("+1 512 555 {:04}", 200 + i),
                    "--item",
                    "SCF-RED:2",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut finished = Vec::new();
    for (i, mut child) in children.into_iter().enumerate() {
        if i % 2 == 0 {
            // Somewhere between starting and committing (or just after).
            std::thread::sleep(std::time::Duration::from_millis(fastrand::u64(0..40)));
            let _ = child.kill();
            let _ = child.wait();
        } else if child.wait().unwrap().success() {
            finished.push(i);
        }
    }
    assert!(!finished.is_empty(), "the takers left alone finished");
    let desk = Desk::new(Store::open(&db).unwrap(), Config::default());
    let orders = desk
        .list_orders(&orderdesk::ops::ListQuery::default())
        .unwrap();
    for i in 0..TAKERS {
        let phone = format!("+1512555{:04}", 200 + i);
        let theirs: Vec<_> = orders
            .iter()
            .filter(|r| r.customer_phone.as_deref() == Some(phone.as_str()))
            .collect();
        assert!(theirs.len() <= 1, "taker {i} has {} orders", theirs.len());
        if finished.contains(&i) {
            assert_eq!(theirs.len(), 1, "taker {i} finished but its order is lost");
        }
        for row in theirs {
            assert_eq!(row.order.lines.len(), 1, "a half-written order: {row:?}");
        }
    }
    let check = desk.check_book().unwrap();
    assert!(check.is_healthy(), "{check:?}");
}
