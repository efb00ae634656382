//! Store tests for payment links: an order book from before links upgrades with its data,
//! and the constraints that make links, events and imports idempotent fire.

use chrono::{Duration, TimeZone, Utc};
use rusqlite::Connection;
use uuid::Uuid;

use crate::store::api::*;

use super::migrate::{SCHEMA_VERSION, migrate_to, user_version};
use super::{EventWrite, LinkUpdate, Store, StoreError};
use crate::core::link::{LinkState, PaymentLink, Provider};
use crate::core::money::Currency;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap()
}

const ORDER_ID: &str = "X'0190c4a27b1e7cc08000000000000001'";

/// A book at schema 1 (before payment links) with a customer, a confirmed order, its lines,
/// a claimed and a verified payment, and journal rows, written with the SQL of that time.
fn version_1_book(path: &std::path::Path) {
    let mut conn = Connection::open(path).unwrap();
    migrate_to(&mut conn, 1).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO products (sku, name, variant, price, currency, on_hand, reserved, created_at, updated_at)
             VALUES ('JKT-BLK-M', 'Leather Jacket', 'Black / M', 18000, 'BRL', 3, 1, '2026-02-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z');
         INSERT INTO customers (id, name, phone, created_at, updated_at)
             VALUES (X'0190c4a27b1e7cc08000000000000009', 'Mei Chen', '+5511987654321', '2026-02-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z');
         INSERT INTO orders (id, number, customer_id, currency, subtotal, delivery_fee, discount, total, lifecycle, fulfilment, revision, version, created_at, updated_at)
             VALUES ({ORDER_ID}, 1001, X'0190c4a27b1e7cc08000000000000009', 'BRL', 18000, 1500, 0, 19500, 'confirmed', 'unfulfilled', 1, 2, '2026-02-01T10:00:00.000Z', '2026-02-01T10:05:00.000Z');
         INSERT INTO order_lines (order_id, revision, pos, sku, name, variant, qty, unit_price)
             VALUES ({ORDER_ID}, 1, 1, 'JKT-BLK-M', 'Leather Jacket', 'Black / M', 1, 18000);
         INSERT INTO payments (id, order_id, kind, method, amount, currency, state, reference, created_at, settled_at, actor)
             VALUES (X'0190c4a27b1e7cc08000000000000002', {ORDER_ID}, 'payment', 'pix', 5000, 'BRL', 'verified', 'E2E1', '2026-02-01T11:00:00.000Z', '2026-02-01T11:00:00.000Z', 'ana');
         INSERT INTO payments (id, order_id, kind, method, amount, currency, state, created_at, actor)
             VALUES (X'0190c4a27b1e7cc08000000000000003', {ORDER_ID}, 'payment', 'pix', 14500, 'BRL', 'claimed', '2026-02-01T12:00:00.000Z', 'ana');
         INSERT INTO journal (at, actor, entity, entity_key, order_id, action)
             VALUES ('2026-02-01T10:00:00.000Z', 'ana', 'order', '1001', {ORDER_ID}, 'created'),
                    ('2026-02-01T10:05:00.000Z', 'ana', 'order', '1001', {ORDER_ID}, 'confirmed');"
    ))
    .unwrap();
}

#[test]
fn a_book_from_before_links_upgrades_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    version_1_book(&path);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(user_version(&store.conn).unwrap(), SCHEMA_VERSION);
    let read = store.read();
    let order = read
        .order_by_number(1001)
        .unwrap()
        .expect("the order survived");
    assert_eq!(
        (
            order.lines.len(),
            order.total().unwrap().minor,
            order.version
        ),
        (1, 19500, 2)
    );
    let payments = read.payments_for(order.id).unwrap();
    assert_eq!(payments.len(), 2);
    assert_eq!(payments[0].reference.as_deref(), Some("E2E1"));
    assert_eq!(read.journal_for_order(order.id).unwrap().len(), 2);
    let p = read.product("JKT-BLK-M").unwrap().unwrap();
    assert_eq!((p.on_hand, p.reserved), (3, 1));
    assert!(read.links_for_order(order.id).unwrap().is_empty());
    assert_eq!(
        read.open_claims().unwrap().len(),
        1,
        "the claim is still a claim"
    );
    assert_eq!(read.event_count().unwrap(), 0);
    // The upgraded book takes links at once.
    let tx = store.write().unwrap();
    tx.insert_link(&link(order.id, "k-1")).unwrap();
    tx.commit().unwrap();
    assert!(store.read().pending_link(order.id).unwrap().is_some());
}

fn link(order_id: Uuid, key: &str) -> PaymentLink {
    let id = Uuid::now_v7();
    PaymentLink {
        id,
        order_id,
        chain_id: id,
        revision: 1,
        provider: Provider::Template,
        url: "https://pay.example/1001".into(),
        external_id: None,
        amount: 14500,
        currency: Currency::BRL,
        state: LinkState::Pending,
        idempotency_key: key.into(),
        created_at: now(),
        expires_at: now() + Duration::hours(48),
        state_at: now(),
        superseded_by: None,
        payment_id: None,
        note: String::new(),
        version: 1,
    }
}

fn upgraded() -> (tempfile::TempDir, Store, Uuid) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.sqlite");
    version_1_book(&path);
    let store = Store::open(&path).unwrap();
    let id = store.read().order_by_number(1001).unwrap().unwrap().id;
    (dir, store, id)
}

#[test]
fn one_live_link_per_order_and_keys_are_unique() {
    let (_dir, mut store, order_id) = upgraded();
    let tx = store.write().unwrap();
    let first = link(order_id, "k-1");
    tx.insert_link(&first).unwrap();
    let second = tx.insert_link(&link(order_id, "k-2")).unwrap_err();
    assert!(
        matches!(second, StoreError::Duplicate(ref m) if m.to_string().contains("live payment link")),
        "{second}"
    );
    // Replacing: the old one is cancelled pointing at the new one, in one transaction.
    let new = link(order_id, "k-2");
    tx.update_link(&LinkUpdate {
        id: first.id,
        seen_version: 1,
        state: LinkState::Cancelled,
        at: now(),
        note: "replaced",
        payment_id: None,
        superseded_by: Some(new.id),
    })
    .unwrap();
    tx.insert_link(&new).unwrap();
    let mut same_key = link(order_id, "k-2");
    same_key.state = LinkState::Expired;
    assert!(
        tx.insert_link(&same_key).is_err(),
        "an idempotency key is used once"
    );
    // A stale view of the link is refused.
    let stale = tx.update_link(&LinkUpdate {
        id: first.id,
        seen_version: 1,
        state: LinkState::ManualReview,
        at: now(),
        note: "",
        payment_id: None,
        superseded_by: None,
    });
    assert!(matches!(stale, Err(StoreError::Stale { .. })));
    tx.commit().unwrap();
    let links = store.read().links_for_order(order_id).unwrap();
    assert_eq!(links.len(), 2);
    assert_eq!(links[0].superseded_by, Some(new.id));
}

#[test]
fn constraints_refuse_what_the_code_must_never_write() {
    let (_dir, store, _) = upgraded();
    let c = &store.conn;
    let refused = |sql: &str| assert!(c.execute_batch(sql).is_err(), "should be refused: {sql}");
    let insert = |state: &str, amount: i64, key: &str| {
        format!(
            "INSERT INTO payment_links (id, order_id, chain_id, revision, provider, url, amount, currency,
                 state, idempotency_key, created_at, expires_at, state_at)
             VALUES (randomblob(16), {ORDER_ID}, randomblob(16), 1, 'template', 'https://x', {amount}, 'BRL',
                 '{state}', '{key}', '2026-03-01T12:00:00.000Z', '2026-03-03T12:00:00.000Z',
                 '2026-03-01T12:00:00.000Z')"
        )
    };
    refused(&insert("lost", 100, "a"));
    refused(&insert("expired", 0, "b"));
    refused(&insert("paid", 100, "c"));
    c.execute_batch(&insert("expired", 100, "d")).unwrap();
    refused(&insert("expired", 100, "d"));
    refused("DELETE FROM payment_links");
    refused("UPDATE payment_links SET expires_at = created_at");
    let event = |id: &str| {
        format!(
            "INSERT INTO provider_events (provider, event_id, type, source, received_at, outcome)
             VALUES ('stripe', '{id}', 'checkout.session.completed', 'webhook', '2026-03-01T12:00:00.000Z', 'ignored')"
        )
    };
    c.execute_batch(&event("evt_1")).unwrap();
    refused(&event("evt_1"));
    refused("UPDATE provider_events SET outcome = 'paid'");
    refused("DELETE FROM provider_events");
    refused(
        "INSERT INTO provider_events (provider, event_id, type, source, received_at, outcome) VALUES ('paypal', 'e', 't', 'webhook', '', 'paid')",
    );
    let row = "INSERT INTO report_rows (fingerprint, format, currency, outcome, source_file, imported_at, actor)
               VALUES ('f1', 'stripe', 'BRL', 'manual_review', 'x.csv', '', 't')";
    c.execute_batch(row).unwrap();
    refused(row);
    refused("UPDATE report_rows SET outcome = 'recorded'");
    refused("DELETE FROM report_rows");
    refused(
        "INSERT INTO report_rows (fingerprint, format, currency, outcome, source_file, imported_at, actor) VALUES ('f2', 'stripe', 'BRL', 'recorded', 'x', '', 't')",
    );
    refused(&format!(
        "INSERT INTO order_tags (order_id, tag, added_at, actor) VALUES ({ORDER_ID}, 'Payment Abandoned', '', 't')"
    ));
    c.execute_batch(&format!("INSERT INTO order_tags (order_id, tag, added_at, actor) VALUES ({ORDER_ID}, 'payment_abandoned', '', 't')")).unwrap();
    refused("DELETE FROM order_tags");
}

#[test]
fn events_and_reminders_are_recorded_once() {
    let (_dir, mut store, order_id) = upgraded();
    let tx = store.write().unwrap();
    let l = link(order_id, "k-1");
    tx.insert_link(&l).unwrap();
    let write = EventWrite {
        provider: "stripe",
        event_id: "evt_1",
        kind: "checkout.session.completed",
        source: "webhook",
        received_at: now(),
        order_id: Some(order_id),
        link_id: Some(l.id),
        payment_id: None,
        outcome: "ignored",
        detail: "",
    };
    tx.insert_event(&write).unwrap();
    assert!(matches!(
        tx.insert_event(&write),
        Err(StoreError::Duplicate(_))
    ));
    tx.insert_reminder_sent(order_id, l.chain_id, l.id, 1, now(), "ana")
        .unwrap();
    assert!(matches!(
        tx.insert_reminder_sent(order_id, l.chain_id, l.id, 1, now(), "ana"),
        Err(StoreError::Duplicate(_))
    ));
    assert_eq!(tx.read().last_reminder_step(l.chain_id).unwrap(), Some(1));
    assert!(
        tx.tag_order(order_id, "payment_abandoned", now(), "ana")
            .unwrap()
    );
    assert!(
        !tx.tag_order(order_id, "payment_abandoned", now(), "ana")
            .unwrap(),
        "tagged once"
    );
    assert!(tx.clear_tag(order_id, "payment_abandoned", now()).unwrap());
    assert!(tx.read().order_tags(order_id).unwrap().is_empty());
    assert!(
        tx.tag_order(order_id, "payment_abandoned", now(), "ana")
            .unwrap(),
        "tagged again after a clear"
    );
    tx.commit().unwrap();
    assert!(store.read().event_seen("stripe", "evt_1").unwrap());
    assert!(!store.read().event_seen("stripe", "evt_2").unwrap());
}

/// Links' notes written as English prose before migration 0013 are read back as codes,
/// worded in the reader's language; a person's own words and prose this build never wrote
/// stay as they were.
#[test]
fn link_notes_stored_as_prose_become_codes() {
    use crate::core::i18n::Locale;
    use crate::core::link_note::LinkNote;
    use crate::core::money::Money;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    let notes = [
        "the provider reported the payment failed",
        "the provider expired the session unpaid",
        "the order was paid by other means",
        "the order was cancelled",
        "ran out unpaid",
        "ran out; renewed",
        "replaced by a new stripe link",
        "replaced by a new template link",
        "replaced: the balance is now 695.00 BRL",
        "replaced: the balance is now 1200 JPY",
        "review closed by Zé \"o Caixa\"",
        "refunded at the counter",
        "replaced: the balance is now 695.00 XYZ",
        "{\"review\":\"claim_of_other_order\"}",
        "",
    ];
    {
        version_1_book(&path);
        let mut conn = Connection::open(&path).unwrap();
        // The version just before the notes' migration, wherever later ones follow it.
        let before = super::migrate::MIGRATIONS
            .iter()
            .position(|m| *m == include_str!("../migrations/0013_link_note_codes.sql"))
            .unwrap();
        migrate_to(&mut conn, before as i64).unwrap();
        for (i, note) in notes.iter().enumerate() {
            conn.execute(
                &format!(
                    "INSERT INTO payment_links (id, order_id, chain_id, revision, provider, url,
                         amount, currency, state, idempotency_key, created_at, expires_at,
                         state_at, note)
                     VALUES (randomblob(16), {ORDER_ID}, randomblob(16), 1, 'template',
                         'https://x', 100, 'BRL', 'cancelled', ?1, '2026-03-01T12:00:{i:02}.000Z',
                         '2026-03-03T12:00:00.000Z', '2026-03-01T12:00:{i:02}.000Z', ?2)"
                ),
                rusqlite::params![format!("k-{i}"), note],
            )
            .unwrap();
        }
    }
    let store = Store::open(&path).unwrap();
    let order = store.read().order_by_number(1001).unwrap().unwrap();
    let stored: Vec<String> = store
        .read()
        .links_for_order(order.id)
        .unwrap()
        .into_iter()
        .map(|l| l.note)
        .collect();
    assert_eq!(stored.len(), notes.len());
    let read: Vec<Option<LinkNote>> = stored.iter().map(|s| LinkNote::from_code(s)).collect();
    let brl = |minor| Money::new(minor, Currency::BRL);
    assert_eq!(
        read[..11],
        [
            Some(LinkNote::ProviderFailed),
            Some(LinkNote::ProviderExpired),
            Some(LinkNote::PaidOtherwise),
            Some(LinkNote::OrderCancelled),
            Some(LinkNote::RanOut),
            Some(LinkNote::Renewed),
            Some(LinkNote::ReplacedByNew {
                provider: Provider::Stripe
            }),
            Some(LinkNote::ReplacedByNew {
                provider: Provider::Template
            }),
            Some(LinkNote::Rebalanced {
                balance: brl(69500)
            }),
            Some(LinkNote::Rebalanced {
                balance: Money::new(1200, Currency::JPY)
            }),
            Some(LinkNote::ReviewClosed {
                by: "Zé \"o Caixa\"".into()
            }),
        ]
    );
    // What the desk never wrote (or a review's code) is left exactly as it was.
    assert_eq!(stored[11..], notes[11..]);
    assert_eq!(
        LinkNote::read(&stored[5]).in_locale(Locale::PT_BR),
        "venceu; renovado"
    );
    assert_eq!(
        LinkNote::read(&stored[8]).in_locale(Locale::PT_BR),
        "substituído: o saldo agora é R$ 695,00"
    );
}
