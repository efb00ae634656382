//! Operation semantics and atomicity against a real book: a refused step commits nothing.
//! Each test runs on a SQLite file and then on a PostgreSQL database (a fresh one of the
//! test server; skipped with the reason where none can be had, failing under `CI=true`).

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use orderdesk::config::Config;
use orderdesk::core::order::{Fulfilment, Lifecycle};
use orderdesk::core::payment::{Method, PaymentStatus, short_id};
use orderdesk::ops::{Clock, Desk, ItemSpec, ListQuery, NewOrder, NewPayment, OrderEdit, QueueAsk};

const CATALOG: &str = "sku,name,variant,price,currency,stock,aliases,low_stock
JKT-BLK-M,Leather Jacket,Black / M,180.00,USD,3,jacket,1
JKT-BLK-L,Leather Jacket,Black / L,180.00,USD,1,jacket,1
SCF-RED,Wool Scarf,Red,35.00,USD,10,scarf|bufanda,
";

#[path = "support/book_state.rs"]
#[allow(dead_code)]
mod book_state;
#[path = "support/engines.rs"]
mod engines;
use engines::{book_location, on_each_engine, on_postgres, open_book};

fn desk() -> (Desk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = open_book(dir.path());
    let mut config = Config::default();
    config.shop.name = "Lumen".into();
    config.desk.user = "ana".into();
    let mut desk = Desk::new(store, config);
    desk.clock = Clock::Fixed(Utc.with_ymd_and_hms(2026, 3, 2, 14, 0, 0).unwrap());
    desk.import_catalog(CATALOG).unwrap();
    (desk, dir)
}

fn item(sku: &str, qty: i64) -> ItemSpec {
    ItemSpec {
        sku: sku.into(),
        qty,
    }
}

fn order(desk: &mut Desk, items: &[(&str, i64)]) -> i64 {
    desk.create_order(NewOrder {
        customer: "+1 512-555-0123".into(),
        name: Some("Mei Chen".into()),
        items: items.iter().map(|(s, q)| item(s, *q)).collect(),
        ..NewOrder::default()
    })
    .unwrap()
    .order
    .number
}

fn stock(desk: &Desk, sku: &str) -> (i64, i64) {
    let p = desk.store.read().product(sku).unwrap().unwrap();
    (p.on_hand, p.reserved)
}

fn pay(desk: &mut Desk, number: i64, amount: &str, claimed: bool) -> String {
    let (p, _) = desk
        .record_payment(
            number,
            NewPayment {
                amount: amount.into(),
                method: Method::Pix,
                reference: None,
                claimed,
                proof: None,
            },
        )
        .unwrap();
    short_id(p.id)
}

#[test]
fn confirming_reserves_and_a_shortage_commits_nothing() {
    on_each_engine(confirming_reserves_and_a_shortage_commits_nothing_on);
}

fn confirming_reserves_and_a_shortage_commits_nothing_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("SCF-RED", 2), ("JKT-BLK-L", 2)]);
    let journal_before = desk.store.read().journal_count().unwrap();
    let err = desk.confirm_order(n, false, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("cannot confirm order #{n}: only 1 of 'Leather Jacket Black / L' left (2 asked)")
    );
    assert!(err.is_user_error());
    // The scarf line was reserved first inside the transaction; it must be rolled back.
    assert_eq!(stock(&desk, "SCF-RED"), (10, 0));
    assert_eq!(
        desk.order_view(n).unwrap().order.lifecycle,
        Lifecycle::Draft
    );
    assert_eq!(desk.store.read().journal_count().unwrap(), journal_before);

    desk.edit_order(
        n,
        OrderEdit {
            set: vec![item("JKT-BLK-L", 1)],
            ..Default::default()
        },
        None,
    )
    .unwrap();
    let view = desk.confirm_order(n, false, None).unwrap();
    assert_eq!(view.order.lifecycle, Lifecycle::Confirmed);
    assert_eq!(
        view.order.revision, 1,
        "editing a draft is not a new revision"
    );
    assert_eq!(stock(&desk, "SCF-RED"), (10, 2));
    assert_eq!(stock(&desk, "JKT-BLK-L"), (1, 1));
}

#[test]
fn oversell_is_an_explicit_journalled_choice() {
    on_each_engine(oversell_is_an_explicit_journalled_choice_on);
}

fn oversell_is_an_explicit_journalled_choice_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("JKT-BLK-L", 3)]);
    let view = desk.confirm_order(n, true, None).unwrap();
    assert_eq!(stock(&desk, "JKT-BLK-L"), (1, 3));
    assert!(
        view.journal
            .iter()
            .any(|j| j.action == "confirmed (oversold)")
    );
    assert!(desk.check_book().unwrap().is_healthy());
}

#[test]
fn editing_after_confirmation_makes_a_revision_and_reserves_the_difference() {
    on_each_engine(editing_after_confirmation_makes_a_revision_and_reserves_the_difference_on);
}

fn editing_after_confirmation_makes_a_revision_and_reserves_the_difference_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("JKT-BLK-M", 1), ("SCF-RED", 3)]);
    desk.confirm_order(n, false, None).unwrap();
    let edit = OrderEdit {
        set: vec![item("JKT-BLK-M", 2)],
        remove: vec!["SCF-RED".into()],
        delivery: Some("10".into()),
        ..Default::default()
    };
    let view = desk.edit_order(n, edit, None).unwrap();
    assert_eq!(view.order.revision, 2);
    assert_eq!(view.total(), 2 * 18000 + 1000);
    assert_eq!(stock(&desk, "JKT-BLK-M"), (3, 2));
    assert_eq!(stock(&desk, "SCF-RED"), (10, 0));
    // Both revisions' lines are kept.
    let read = desk.store.read();
    assert_eq!(read.lines(view.order.id, 1).unwrap().len(), 2);
    assert_eq!(read.lines(view.order.id, 2).unwrap().len(), 1);
    // Asking for more than is left refuses the whole edit.
    let err = desk
        .edit_order(
            n,
            OrderEdit {
                set: vec![item("JKT-BLK-M", 5)],
                ..Default::default()
            },
            None,
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("only 1 of 'Leather Jacket Black / M' left (3 asked)"),
        "{err}"
    );
    assert_eq!(desk.order_view(n).unwrap().order.revision, 2);
    assert!(desk.check_book().unwrap().is_healthy());
}

#[test]
fn a_stale_view_cannot_overwrite() {
    on_each_engine(a_stale_view_cannot_overwrite_on);
}

fn a_stale_view_cannot_overwrite_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    let seen = desk.order_view(n).unwrap().order.version;
    desk.edit_order(
        n,
        OrderEdit {
            notes: Some("gift wrap".into()),
            ..Default::default()
        },
        Some(seen),
    )
    .unwrap();
    let err = desk.confirm_order(n, false, Some(seen)).unwrap_err();
    assert!(err.to_string().contains("changed by someone else"), "{err}");
    assert_eq!(
        desk.order_view(n).unwrap().order.lifecycle,
        Lifecycle::Draft
    );
}

#[test]
fn fulfilment_ships_once_and_cancel_releases() {
    on_each_engine(fulfilment_ships_once_and_cancel_releases_on);
}

fn fulfilment_ships_once_and_cancel_releases_on() {
    let (mut desk, _dir) = desk();
    let a = order(&mut desk, &[("SCF-RED", 2)]);
    let b = order(&mut desk, &[("SCF-RED", 3)]);
    desk.confirm_order(a, false, None).unwrap();
    desk.confirm_order(b, false, None).unwrap();
    assert_eq!(stock(&desk, "SCF-RED"), (10, 5));
    desk.cancel_order(b, None).unwrap();
    assert_eq!(stock(&desk, "SCF-RED"), (10, 2));
    desk.advance_order(a, Fulfilment::Packing, None).unwrap();
    desk.advance_order(a, Fulfilment::OutForDelivery, None)
        .unwrap();
    assert_eq!(stock(&desk, "SCF-RED"), (8, 0));
    let done = desk.advance_order(a, Fulfilment::Delivered, None).unwrap();
    assert_eq!(done.order.lifecycle, Lifecycle::Completed);
    assert_eq!(
        stock(&desk, "SCF-RED"),
        (8, 0),
        "delivering after shipping moves no stock"
    );
    assert!(desk.cancel_order(a, None).is_err());
    assert!(desk.check_book().unwrap().is_healthy());
}

#[test]
fn claims_count_only_once_verified() {
    on_each_engine(claims_count_only_once_verified_on);
}

fn claims_count_only_once_verified_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("SCF-RED", 2)]);
    desk.confirm_order(n, false, None).unwrap();
    let claim = pay(&mut desk, n, "70", true);
    let view = desk.order_view(n).unwrap();
    assert_eq!(
        (view.payment_status(), view.label().words()),
        (PaymentStatus::Claimed, "claim to verify")
    );
    assert_eq!(view.balance(), 7000);
    let view = desk.verify_payment(n, &claim).unwrap();
    assert_eq!(
        (view.payment_status(), view.label().words()),
        (PaymentStatus::Paid, "paid, to pack")
    );
    assert!(
        desk.verify_payment(n, &claim).is_err(),
        "a verified payment cannot be verified again"
    );
    assert!(desk.reject_payment(n, &claim).is_err());

    let m = order(&mut desk, &[("SCF-RED", 1)]);
    let claim = pay(&mut desk, m, "35", true);
    let view = desk.reject_payment(m, &claim).unwrap();
    assert_eq!(view.payment_status(), PaymentStatus::Unpaid);
}

#[test]
fn deposits_and_refunds_keep_a_visible_balance() {
    on_each_engine(deposits_and_refunds_keep_a_visible_balance_on);
}

fn deposits_and_refunds_keep_a_visible_balance_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("JKT-BLK-M", 1)]);
    desk.confirm_order(n, false, None).unwrap();
    pay(&mut desk, n, "50", false);
    let view = desk.order_view(n).unwrap();
    assert_eq!(
        (view.payment_status(), view.label().words()),
        (PaymentStatus::PartiallyPaid, "deposit paid")
    );
    assert_eq!(view.balance(), 13000);
    let err = desk.refund(n, "60", false, None, None).unwrap_err();
    assert!(
        err.to_string()
            .contains("$60.00 is more than the $50.00 received"),
        "{err}"
    );
    let err = desk.refund(n, "10", true, None, None).unwrap_err();
    assert!(err.to_string().contains("have not left the shop"), "{err}");
    pay(&mut desk, n, "130", false);
    desk.advance_order(n, Fulfilment::Delivered, None).unwrap();
    assert_eq!(stock(&desk, "JKT-BLK-M"), (2, 0));
    let (refund, view) = desk.refund(n, "180", true, None, None).unwrap();
    assert_eq!(
        refund.method,
        Method::Pix,
        "money goes back the way it came"
    );
    assert_eq!(view.payment_status(), PaymentStatus::Refunded);
    assert_eq!(stock(&desk, "JKT-BLK-M"), (3, 0));
    assert!(desk.refund(n, "1", true, None, None).is_err());
    assert!(desk.check_book().unwrap().is_healthy());
}

#[test]
fn the_same_reference_never_pays_twice() {
    on_each_engine(the_same_reference_never_pays_twice_on);
}

fn the_same_reference_never_pays_twice_on() {
    let (mut desk, _dir) = desk();
    let a = order(&mut desk, &[("SCF-RED", 1)]);
    let b = order(&mut desk, &[("SCF-RED", 1)]);
    let with_ref = |amount: &str| NewPayment {
        amount: amount.into(),
        method: Method::Pix,
        reference: Some("E2E-77".into()),
        claimed: false,
        proof: None,
    };
    desk.record_payment(a, with_ref("35")).unwrap();
    let err = desk.record_payment(b, with_ref("35")).unwrap_err();
    assert!(err.to_string().contains("cannot count twice"), "{err}");
    assert_eq!(desk.order_view(b).unwrap().payments.len(), 0);
}

#[test]
fn a_pasted_chat_makes_one_order_only() {
    on_each_engine(a_pasted_chat_makes_one_order_only_on);
}

fn a_pasted_chat_makes_one_order_only_on() {
    let (mut desk, _dir) = desk();
    let chat = "[02/03/2026, 13:55] Mei: 2 scarves please\n";
    let new = || NewOrder {
        customer: "Mei".into(),
        items: vec![item("SCF-RED", 2)],
        source: Some(chat.into()),
        ..NewOrder::default()
    };
    let first = desk.create_order(new()).unwrap().order.number;
    let err = desk.create_order(new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("this chat was already imported as order #{first}; nothing was created")
    );
    assert_eq!(desk.list_orders(&ListQuery::default()).unwrap().len(), 1);
    let id = desk.order_view(first).unwrap().order.id;
    assert_eq!(
        desk.store.read().source_text(id).unwrap().as_deref(),
        Some(chat)
    );
}

#[test]
fn customers_are_one_person_per_phone_and_merge_keeps_history() {
    on_each_engine(customers_are_one_person_per_phone_and_merge_keeps_history_on);
}

fn customers_are_one_person_per_phone_and_merge_keeps_history_on() {
    let (mut desk, _dir) = desk();
    let a = order(&mut desk, &[("SCF-RED", 1)]);
    let b = desk
        .create_order(NewOrder {
            customer: "(512) 555 0123".into(),
            items: vec![item("SCF-RED", 1)],
            ..NewOrder::default()
        })
        .unwrap();
    assert_eq!(b.customer.name, "Mei Chen", "same phone, same person");
    let walk_in = desk
        .create_order(NewOrder {
            customer: "Mei C.".into(),
            items: vec![item("SCF-RED", 1)],
            address: Some("Elm Ave 5".into()),
            ..NewOrder::default()
        })
        .unwrap();
    assert_eq!(walk_in.customer.phone, None);
    let merged = desk.merge_customers("Mei C.", "+15125550123").unwrap();
    assert_eq!(merged.address.as_deref(), Some("Elm Ave 5"));
    let moved = desk.order_view(walk_in.order.number).unwrap();
    assert_eq!(moved.customer.phone.as_deref(), Some("+15125550123"));
    let customers = desk.customers("", 10, 0).unwrap();
    assert_eq!(customers.len(), 1);
    assert_eq!(customers[0].orders, 3);
    assert!(desk.order_view(a).is_ok());
}

#[test]
fn every_change_is_in_the_journal_with_who_and_when() {
    on_each_engine(every_change_is_in_the_journal_with_who_and_when_on);
}

fn every_change_is_in_the_journal_with_who_and_when_on() {
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    desk.confirm_order(n, false, None).unwrap();
    let claim = pay(&mut desk, n, "35", true);
    desk.verify_payment(n, &claim).unwrap();
    desk.advance_order(n, Fulfilment::Packing, None).unwrap();
    let view = desk.order_view(n).unwrap();
    let actions: Vec<&str> = view.journal.iter().map(|j| j.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "created",
            "confirmed",
            "payment claimed",
            "payment verified",
            "packing"
        ]
    );
    assert!(view.journal.iter().all(|j| j.actor == "ana"));
    let confirmed = &view.journal[1];
    assert_eq!(confirmed.before.as_ref().unwrap()["lifecycle"], "draft");
    assert_eq!(confirmed.after.as_ref().unwrap()["lifecycle"], "confirmed");
}

#[test]
fn summary_is_rendered_with_the_configured_link() {
    on_each_engine(summary_is_rendered_with_the_configured_link_on);
}

fn summary_is_rendered_with_the_configured_link_on() {
    let (mut desk, _dir) = desk();
    desk.config.payment_link.url_template =
        "https://pay.example/{order_no}?amount={amount}&ref={reference}".into();
    let n = order(&mut desk, &[("JKT-BLK-M", 1), ("SCF-RED", 2)]);
    desk.edit_order(
        n,
        OrderEdit {
            delivery: Some("10".into()),
            address: Some("Elm Ave 5".into()),
            ..Default::default()
        },
        None,
    )
    .unwrap();
    desk.confirm_order(n, false, None).unwrap();
    let text = desk.order_summary(n).unwrap();
    assert!(
        text.starts_with(&format!("*Lumen* · Order #{n}\nMei Chen\n")),
        "{text}"
    );
    assert!(text.contains("• 2× Wool Scarf Red — $70.00"), "{text}");
    assert!(text.contains("*Total: $260.00*"), "{text}");
    assert!(
        text.contains(&format!(
            "Pay here: https://pay.example/{n}?amount=260.00&ref={n}-1"
        )),
        "{text}"
    );
    assert!(text.contains("Deliver to: Elm Ave 5"), "{text}");
}

#[test]
fn the_daily_report_adds_up() {
    on_each_engine(the_daily_report_adds_up_on);
}

fn the_daily_report_adds_up_on() {
    let (mut desk, _dir) = desk();
    let day = Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
    desk.clock = Clock::Fixed(day);
    let a = order(&mut desk, &[("SCF-RED", 2)]);
    desk.confirm_order(a, false, None).unwrap();
    desk.clock = Clock::Fixed(day + Duration::minutes(30));
    pay(&mut desk, a, "70", false);
    let b = order(&mut desk, &[("JKT-BLK-M", 1)]);
    desk.confirm_order(b, false, None).unwrap();
    pay(&mut desk, b, "80", false);
    let c = order(&mut desk, &[("SCF-RED", 1)]);
    desk.cancel_order(c, None).unwrap();
    desk.clock = Clock::Fixed(day + Duration::days(1));
    order(&mut desk, &[("SCF-RED", 1)]); // the next day: not in the report

    let report = desk
        .daily_report(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(), &Utc)
        .unwrap();
    assert_eq!(report.orders.len(), 3);
    let total: i64 = report.orders.iter().map(|o| o.total).sum();
    assert_eq!(total, 7000 + 18000 + 3500);
    let row = |metric: &str, key: &str| {
        report
            .summary
            .iter()
            .find(|s| s.metric == metric && s.key == key)
            .unwrap()
            .clone()
    };
    assert_eq!(
        row("orders", "all").value,
        "250.00",
        "cancelled orders are not sales"
    );
    assert_eq!(row("payments_received", "all").value, "150.00");
    assert_eq!(row("pending_balance", "all").value, "100.00");
    assert_eq!(row("median_minutes_to_paid", "paid_orders").value, "30");
    assert_eq!(row("paid_within_24h", "confirmed_orders").value, "50.0");
    assert_eq!(report.orders[0].minutes_to_paid, Some(30));
    assert_eq!(report.orders[1].minutes_to_paid, None);
}

#[test]
fn the_queue_ranks_in_sql_match_the_core_constants() {
    on_each_engine(the_queue_ranks_in_sql_match_the_core_constants_on);
}

fn the_queue_ranks_in_sql_match_the_core_constants_on() {
    use orderdesk::core::queue::{AWAITING_PAYMENT, LAST_OPEN_RANK, QUEUE_RANKS};
    let (mut desk, _dir) = desk();
    let awaiting = order(&mut desk, &[("SCF-RED", 1)]);
    desk.confirm_order(awaiting, false, None).unwrap();
    let owing = order(&mut desk, &[("SCF-RED", 1)]);
    desk.confirm_order(owing, false, None).unwrap();
    desk.advance_order(owing, Fulfilment::Delivered, None)
        .unwrap();
    let done = order(&mut desk, &[("SCF-RED", 1)]);
    desk.confirm_order(done, false, None).unwrap();
    pay(&mut desk, done, "35", false);
    desk.advance_order(done, Fulfilment::Delivered, None)
        .unwrap();
    let open = desk
        .queue(&QueueAsk {
            limit: 50,
            count: true,
            ..QueueAsk::default()
        })
        .unwrap();
    let rank_of = |n: i64| {
        open.rows
            .iter()
            .find(|r| r.order.number == n)
            .map(|r| r.class.rank())
    };
    assert_eq!(rank_of(awaiting), Some(AWAITING_PAYMENT));
    assert_eq!(
        rank_of(owing),
        Some(LAST_OPEN_RANK),
        "delivered with a balance due is the last open rank"
    );
    assert_eq!(
        rank_of(done),
        None,
        "delivered and paid is behind the toggle"
    );
    let all = desk
        .queue(&QueueAsk {
            show_done: true,
            limit: 50,
            count: true,
            ..QueueAsk::default()
        })
        .unwrap();
    let counts = all.counts.unwrap();
    assert_eq!(counts.len(), QUEUE_RANKS);
    assert_eq!(counts.iter().sum::<i64>(), 3);
    assert!(all.rows.iter().any(|r| r.order.number == done
        && usize::from(r.class.rank()) < QUEUE_RANKS
        && r.class.rank() > LAST_OPEN_RANK));
}

#[test]
fn a_draft_with_a_chat_claim_is_a_claim_to_verify_everywhere() {
    on_each_engine(a_draft_with_a_chat_claim_is_a_claim_to_verify_everywhere_on);
}

fn a_draft_with_a_chat_claim_is_a_claim_to_verify_everywhere_on() {
    use orderdesk::core::queue::{Label, QueueClass};
    let (mut desk, _dir) = desk();
    let n = order(&mut desk, &[("SCF-RED", 1)]);
    pay(&mut desk, n, "35", true);
    // The queue's rank (SQL), the list row and the order view say the same thing.
    let page = desk
        .queue(&QueueAsk {
            limit: 50,
            count: true,
            ..QueueAsk::default()
        })
        .unwrap();
    let row = page.rows.iter().find(|r| r.order.number == n).unwrap();
    assert_eq!(row.class, QueueClass::ClaimToVerify);
    assert_eq!(row.label(), Label::ClaimToVerify);
    assert_eq!(page.counts.unwrap()[0], 1);
    let view = desk.order_view(n).unwrap();
    assert_eq!(view.order.lifecycle, Lifecycle::Draft);
    assert_eq!(view.label(), Label::ClaimToVerify);
    let listed = desk.list_orders(&ListQuery::default()).unwrap();
    assert_eq!(listed[0].label(), Label::ClaimToVerify);
}

#[test]
fn lists_read_the_kept_sums_and_every_line_in_one_go() {
    on_each_engine(lists_read_the_kept_sums_and_every_line_in_one_go_on);
}

fn lists_read_the_kept_sums_and_every_line_in_one_go_on() {
    let (mut desk, _dir) = desk();
    let a = order(&mut desk, &[("SCF-RED", 1), ("JKT-BLK-M", 1)]);
    let b = order(&mut desk, &[("SCF-RED", 2)]);
    desk.confirm_order(a, false, None).unwrap();
    pay(&mut desk, a, "50", false);
    let page = desk
        .queue(&QueueAsk {
            limit: 50,
            count: true,
            ..QueueAsk::default()
        })
        .unwrap();
    let lines = |n: i64| {
        let r = page.rows.iter().find(|r| r.order.number == n).unwrap();
        r.order
            .lines
            .iter()
            .map(|l| (l.sku.clone(), l.qty))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        lines(a),
        [("SCF-RED".to_string(), 1), ("JKT-BLK-M".to_string(), 1)]
    );
    assert_eq!(lines(b), [("SCF-RED".to_string(), 2)]);
    let row = page.rows.iter().find(|r| r.order.number == a).unwrap();
    assert_eq!(row.totals, desk.order_view(a).unwrap().totals);
    assert_eq!(row.totals.received, 5000);
}

/// The drafts' (sku, qty) lines and unmatched words for a one-message paste.
fn drafted(desk: &Desk, message: &str) -> (Vec<(String, i64)>, Vec<String>) {
    let paste = format!("3/2/26, 10:15 AM - Mei Chen: {message}\n");
    let drafts = desk.draft_chat(&paste, &[]).unwrap().drafts;
    let items = drafts
        .iter()
        .flat_map(|d| d.items.iter().map(|i| (i.sku.clone(), i.qty)))
        .collect();
    let unmatched = drafts
        .iter()
        .flat_map(|d| d.unmatched.iter().map(|u| u.words.clone()))
        .collect();
    (items, unmatched)
}

#[test]
fn a_learned_alias_reads_in_every_later_paste_and_is_journalled() {
    on_each_engine(a_learned_alias_reads_in_every_later_paste_and_is_journalled_on);
}

fn a_learned_alias_reads_in_every_later_paste_and_is_journalled_on() {
    let (mut desk, _dir) = desk();
    // Nobody taught the reader "muffleys": it is left for staff, never guessed.
    let (items, unmatched) = drafted(&desk, "hi! 2 muffleys please");
    assert!(items.is_empty(), "{items:?}");
    assert_eq!(unmatched, ["muffleys"]);

    let learned = desk.learn_alias("  Muffleys ", "SCF-RED").unwrap();
    assert_eq!(
        (learned.phrase.as_str(), learned.sku.as_str()),
        ("Muffleys", "SCF-RED")
    );
    let (items, unmatched) = drafted(&desk, "hi! 2 muffleys please");
    assert_eq!(items, [("SCF-RED".to_string(), 2)]);
    assert!(unmatched.is_empty(), "{unmatched:?}");
    let entry = desk
        .store
        .read()
        .last_journal("product", "SCF-RED", "alias learned")
        .unwrap()
        .unwrap();
    assert_eq!(entry.actor, "ana");
    assert_eq!(entry.after.unwrap()["phrase"], "Muffleys");
    assert_eq!(entry.before, None);

    // Learned again, the phrase points at the new product; the journal keeps the old one.
    desk.learn_alias("muffleys", "JKT-BLK-M").unwrap();
    assert_eq!(desk.aliases().unwrap().len(), 1);
    let (items, _) = drafted(&desk, "hi! 2 muffleys please");
    assert_eq!(items, [("JKT-BLK-M".to_string(), 2)]);
    let entry = desk
        .store
        .read()
        .last_journal("product", "JKT-BLK-M", "alias learned")
        .unwrap()
        .unwrap();
    assert_eq!(entry.before.unwrap()["sku"], "SCF-RED");

    let forgotten = desk.forget_alias("MUFFLEYS").unwrap();
    assert_eq!(forgotten.sku, "JKT-BLK-M");
    assert!(desk.aliases().unwrap().is_empty());
    let (items, _) = drafted(&desk, "hi! 2 muffleys please");
    assert!(items.is_empty(), "{items:?}");
    assert!(
        desk.store
            .read()
            .last_journal("product", "JKT-BLK-M", "alias forgotten")
            .unwrap()
            .is_some()
    );
}

#[test]
fn a_refused_alias_changes_nothing_and_says_why() {
    // SQLite only: it compares the file's rows before and after.
    a_refused_alias_changes_nothing_and_says_why_on();
}

fn a_refused_alias_changes_nothing_and_says_why_on() {
    let (mut desk, dir) = desk();
    desk.learn_alias("muffleys", "SCF-RED").unwrap();
    let before = common_snapshot(&dir);
    let refusals = [
        desk.learn_alias("scarfy", "NO-SUCH-SKU")
            .unwrap_err()
            .to_string(),
        desk.learn_alias(" 12 ", "SCF-RED").unwrap_err().to_string(),
        desk.learn_alias("x\u{1b}[2J", "SCF-RED")
            .unwrap_err()
            .to_string(),
        desk.learn_alias(&"long ".repeat(40), "SCF-RED")
            .unwrap_err()
            .to_string(),
        desk.forget_alias("never learned").unwrap_err().to_string(),
    ];
    assert!(refusals[0].contains("NO-SUCH-SKU"), "{}", refusals[0]);
    for r in &refusals {
        assert!(r.contains("nothing was changed"), "{r}");
    }
    assert_eq!(common_snapshot(&dir), before, "a refusal writes nothing");
    assert_eq!(desk.aliases().unwrap()[0].sku, "SCF-RED");
}

/// The book's rows as text, to compare before and after a refused step.
fn common_snapshot(dir: &tempfile::TempDir) -> String {
    let conn = rusqlite::Connection::open(dir.path().join("book.sqlite")).unwrap();
    let mut out = String::new();
    for table in ["learned_aliases", "journal", "products"] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

#[test]
fn an_order_made_and_confirmed_at_once_without_stock_leaves_no_gap_in_the_numbers() {
    on_each_engine(an_order_made_and_confirmed_at_once_without_stock_leaves_no_gap_on);
}

fn an_order_made_and_confirmed_at_once_without_stock_leaves_no_gap_on() {
    let (mut desk, _dir) = desk();
    let first = order(&mut desk, &[("SCF-RED", 1)]);
    let short = NewOrder {
        customer: "+1 512-555-0123".into(),
        name: Some("Mei Chen".into()),
        items: vec![item("JKT-BLK-L", 5)],
        ..NewOrder::default()
    };
    // The review's Enter: made and confirmed in one transaction, refused for stock.
    assert!(desk.create_order_now(short, true, None).is_err());
    let next = order(&mut desk, &[("SCF-RED", 1)]);
    assert_eq!(next, first + 1, "the refused order gave its number back");
}

#[test]
fn a_customer_saved_under_an_old_phone_key_is_found_not_created_again() {
    on_each_engine(a_customer_saved_under_an_old_phone_key_is_found_not_created_again_on);
}

/// Books written before numbers were read with the `phonenumber` crate hold some keys in
/// the form the desk made then (nothing rewrites them): typing such a number again finds
/// that customer, for a new customer, an order, a merge and a paste alike.
fn a_customer_saved_under_an_old_phone_key_is_found_not_created_again_on() {
    let (mut desk, dir) = desk();
    desk.config.shop.country = "MX".into();
    // As the earlier desk stored "+52 1 55 5555 0101", "+49 (0)151 23456789" and, in an
    // Italian shop, "06 1234 5678".
    let planted = [
        ("01", "Lupita Ruiz", "+5215555550101"),
        ("02", "Hans Weber", "+49015123456789"),
        ("03", "Giulia Rossi", "+39612345678"),
    ];
    let id = |n: &str| format!("{n}000000-0000-0000-0000-000000000000");
    let rows: Vec<String> = planted
        .iter()
        .map(|(n, name, phone)| {
            let key = if on_postgres() {
                format!("'{}'", id(n))
            } else {
                format!("x'{n}000000000000000000000000000000'")
            };
            format!(
                "({key}, '{name}', '{phone}', '2026-03-01T12:00:00.000Z', '2026-03-01T12:00:00.000Z')"
            )
        })
        .collect();
    book_state::execute(
        &book_location(dir.path()),
        &format!(
            "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES {}",
            rows.join(", ")
        ),
    );
    let found = |c: &orderdesk::core::customer::Customer| c.id.to_string();

    let lupita = desk
        .add_customer("Lupita", Some("55 5555 0101"), None)
        .unwrap();
    assert_eq!(
        (found(&lupita), lupita.name.as_str()),
        (id("01"), "Lupita Ruiz")
    );
    let hans = desk
        .add_customer("Hans", Some("+49 151 23456789"), None)
        .unwrap();
    assert_eq!(found(&hans), id("02"));
    let giulia = desk
        .add_customer("Giulia", Some("+39 06 1234 5678"), None)
        .unwrap();
    assert_eq!(found(&giulia), id("03"));

    let view = desk
        .create_order(NewOrder {
            customer: "+52 55 5555 0101".into(),
            name: Some("Lupita".into()),
            items: vec![item("SCF-RED", 1)],
            ..NewOrder::default()
        })
        .unwrap();
    assert_eq!(found(&view.customer), id("01"));

    let paste = "3/2/26, 10:15 AM - +52 55 5555 0101: hi! 1 scarf please\n";
    let drafts = desk.read_paste(paste).unwrap();
    let known = drafts[0].known.as_ref().expect("the book's customer");
    assert_eq!(found(&known.customer), id("01"));
    assert_eq!(known.orders, 1);

    // Three customers still, and a number no one had is a new customer.
    assert_eq!(desk.customers("", 50, 0).unwrap().len(), 3);
    let new = desk
        .add_customer("Rosa", Some("55 5555 0102"), None)
        .unwrap();
    assert_eq!(new.phone.as_deref(), Some("+525555550102"));
    assert_eq!(desk.customers("", 50, 0).unwrap().len(), 4);

    // A merge names both by the numbers typed today.
    let (from, into) = desk
        .merge_customers_ids("+49 151 23456789", "+39 06 1234 5678")
        .unwrap();
    assert_eq!((from.to_string(), found(&into)), (id("02"), id("03")));
    assert_eq!(desk.customers("", 50, 0).unwrap().len(), 3);
}
