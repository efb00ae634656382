//! SQLite's own store tests: the file, its pragmas, upgrades from every earlier schema. The
//! behaviour both engines share is tested in `store/tests.rs`.

use rusqlite::Connection;

use crate::store::api::*;

use super::migrate::{MIGRATIONS, SCHEMA_VERSION, migrate_to, user_version};
use super::{Store, StoreError};

fn schema(conn: &Connection) -> Vec<(String, String)> {
    let mut stmt = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn a_new_file_gets_the_latest_schema_and_private_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/book.sqlite");
    let store = Store::open(&path).unwrap();
    assert_eq!(user_version(&store.conn).unwrap(), SCHEMA_VERSION);
    let mode: String = store
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn every_earlier_schema_upgrades_to_the_latest() {
    let fresh = Store::open_in_memory().unwrap();
    let want = schema(&fresh.conn);
    assert!(want.iter().any(|(n, _)| n == "orders"));
    for start in 0..=SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate_to(&mut conn, start).unwrap();
            assert_eq!(user_version(&conn).unwrap(), start);
        }
        let upgraded = Store::open(&path).unwrap();
        assert_eq!(
            schema(&upgraded.conn),
            want,
            "upgrading from schema {start}"
        );
        assert_eq!(
            user_version(&upgraded.conn).unwrap(),
            MIGRATIONS.len() as i64
        );
    }
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let err = Store::open(&path).err().unwrap();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
    assert!(err.to_string().contains("update orderdesk"));
}

#[test]
fn a_foreign_file_is_named_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "hello, this is not a database at all, just some text that is long enough",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
    assert!(err.to_string().contains("notes.txt"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("notes.sqlite-wal").exists());
}

#[test]
fn a_book_from_before_deadlines_keeps_its_orders_and_bad_days_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    {
        let mut conn = Connection::open(&path).unwrap();
        // The version just before the deadlines' migration, wherever later ones follow it.
        let deadlines = MIGRATIONS
            .iter()
            .position(|m| *m == include_str!("../migrations/0009_deadlines_and_day.sql"))
            .unwrap();
        migrate_to(&mut conn, deadlines as i64).unwrap();
        // The old column held an instant; nothing in the desk could set it, but a file
        // edited by hand might: it is carried over as the local day (noon UTC is that day
        // in every time zone within eleven hours of it) and time.
        conn.execute_batch(
            "INSERT INTO customers (id, name, created_at, updated_at)
                 VALUES (zeroblob(16), 'Mei', '', '');
             INSERT INTO orders (id, number, customer_id, currency, subtotal, total, lifecycle,
                 fulfilment, deadline, created_at, updated_at)
             VALUES (randomblob(16), 1001, zeroblob(16), 'USD', 0, 0, 'draft', 'unfulfilled',
                 '2026-12-05T12:00:00.000Z', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let order = store.read().order_by_number(1001).unwrap().unwrap();
    let deadline = order.deadline.expect("the deadline came along");
    assert_eq!(deadline.date.to_string(), "2026-12-05");
    assert!(deadline.time.is_some());
    let c = &store.conn;
    let refused = |sql: &str| assert!(c.execute_batch(sql).is_err(), "should be refused: {sql}");
    refused("UPDATE orders SET due_date = '2026-02-30'");
    refused("UPDATE orders SET due_date = '5/12/2026'");
    refused("UPDATE orders SET due_time = '25:00'");
    refused("UPDATE orders SET due_time = '9:00'");
    refused("UPDATE orders SET due_date = NULL");
    c.execute_batch("UPDATE orders SET due_date = '2026-12-06', due_time = NULL")
        .unwrap();
}

/// The queue's filter as it read each place on its own before the book kept a search text
/// (migration 0012): a word matches the customer's name or phone, the order's address, a
/// current line's name, variant or SKU (LIKE), or the order's number (exactly).
const FILTER_BY_PLACES: &str =
    "SELECT o.number FROM orders o JOIN customers c ON c.id = o.customer_id
     WHERE c.name LIKE ?1 OR c.phone LIKE ?1 OR o.address LIKE ?1 OR CAST(o.number AS TEXT) = ?2
        OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id
                   AND l.revision = o.revision
                   AND (l.name LIKE ?1 OR l.variant LIKE ?1 OR l.sku LIKE ?1))";

fn by_places(conn: &Connection, filter: &str) -> std::collections::BTreeSet<i64> {
    let mut stmt = conn.prepare(FILTER_BY_PLACES).unwrap();
    let mut found: Option<std::collections::BTreeSet<i64>> = None;
    for word in filter.split_whitespace() {
        let like = format!("%{}%", word.replace(['%', '_'], ""));
        let exact = word.trim_start_matches('#');
        let these = stmt
            .query_map(rusqlite::params![like, exact], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<std::collections::BTreeSet<i64>>>()
            .unwrap();
        found = Some(match found {
            None => these,
            Some(f) => f.intersection(&these).copied().collect(),
        });
    }
    found.unwrap_or_default()
}

#[test]
fn a_book_from_before_the_search_text_finds_the_same_orders_after_it() {
    a_book_from_before_finds_the_same_orders_after_it(include_str!(
        "../migrations/0012_queue_search.sql"
    ));
}

/// The book of the schema before the index of three-letter pieces (migration 0014): filled
/// from the kept texts, it proposes every order a filter matches.
#[test]
fn a_book_from_before_the_index_of_pieces_finds_the_same_orders_after_it() {
    a_book_from_before_finds_the_same_orders_after_it(include_str!(
        "../migrations/0014_queue_words.sql"
    ));
}

/// The book of the schema before short words were looked up in the index (migration 0015):
/// its entries written again with the text's end, a word of one or two letters at the very
/// end of an order's text ("01" of #1003's MUG_01) is proposed too.
#[test]
fn a_book_from_before_short_words_in_the_index_finds_the_same_orders_after_it() {
    a_book_from_before_finds_the_same_orders_after_it(include_str!(
        "../migrations/0015_short_queue_words.sql"
    ));
}

/// A book made at the schema before migration `first_new`, filled by hand, then opened
/// (migrated): each filter finds in the queue's pages and counts what the old per-place
/// check found on the old schema.
fn a_book_from_before_finds_the_same_orders_after_it(first_new: &str) {
    use super::queue::Matching;
    use super::queue_words::folded;
    use crate::core::queue::QueueFrom;
    use crate::store::QueueView;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    // Words no status is named by, so only the places decide.
    let filters = [
        "mei",
        "MEI",
        "Chen+1",
        "João",
        "joão",
        "JOÃO",
        "joao",
        "ñúñez",
        "básica",
        "BÁSICA",
        "azul/m",
        "Azul",
        "/",
        "555",
        "+55",
        "1002",
        "#1003",
        "100",
        "rua",
        "apto",
        "Flores,12",
        "12\u{a0}",
        "%",
        "_",
        "mug_01",
        "mug01",
        "MUG",
        "wool red",
        "scarf mei",
        "ScarfRed",
        "ção",
        "Ção",
        "Lima",
        "zzz",
        "az",
        "AZ",
        "z",
        "3",
        "12",
        "m",
        "ñ",
        // One or two letters beyond ASCII, from the index too (in any case: it folds them).
        "Ñ",
        "ñú",
        "ÑÚ",
        "ã",
        "Ã",
        "ão",
        "ç",
        "Ç",
        "qq",
        "01",
        "az mei",
        "rua 3",
    ];
    let before = {
        let mut conn = Connection::open(&path).unwrap();
        let search = MIGRATIONS.iter().position(|m| *m == first_new).unwrap();
        migrate_to(&mut conn, search as i64).unwrap();
        conn.execute_batch(
            "INSERT INTO products (sku, name, variant, price, currency, created_at, updated_at)
             VALUES ('SCF-RED', 'Wool Scarf', 'Red', 3500, 'USD', '', ''),
                    ('TEE-AZ', 'Camiseta Básica', 'Azul / M', 2000, 'USD', '', ''),
                    ('MUG_01', 'Caneca Ção', '', 1200, 'USD', '', '');
             INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES
                 (x'01000000000000000000000000000000', 'Mei Chen', '+15125550100', '', ''),
                 (x'02000000000000000000000000000000', 'João Ñúñez', '+5511987654321', '', ''),
                 (x'03000000000000000000000000000000', 'ANA LIMA', NULL, '', '');
             INSERT INTO orders (id, number, customer_id, currency, subtotal, total, address,
                 lifecycle, fulfilment, revision, created_at, updated_at) VALUES
                 (x'a1000000000000000000000000000000', 1001, x'01000000000000000000000000000000',
                  'USD', 0, 0, NULL, 'draft', 'unfulfilled', 1, '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z'),
                 (x'a2000000000000000000000000000000', 1002, x'02000000000000000000000000000000',
                  'USD', 0, 0, 'Rua das Flores, 12' || char(10) || 'Apto 3', 'confirmed',
                  'packing', 2, '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z'),
                 (x'a3000000000000000000000000000000', 1003, x'03000000000000000000000000000000',
                  'USD', 0, 0, 'Flores,12 ' || char(160), 'confirmed', 'unfulfilled', 1,
                  '2026-03-03T10:00:00.000Z', '2026-03-03T10:00:00.000Z'),
                 (x'a4000000000000000000000000000000', 1004, x'01000000000000000000000000000000',
                  'USD', 0, 0, NULL, 'cancelled', 'unfulfilled', 1, '2026-03-04T10:00:00.000Z', '2026-03-04T10:00:00.000Z');
             INSERT INTO order_lines (order_id, revision, pos, sku, name, variant, qty,
                 unit_price) VALUES
                 (x'a1000000000000000000000000000000', 1, 1, 'SCF-RED', 'Wool Scarf', 'Red', 1, 0),
                 (x'a1000000000000000000000000000000', 1, 2, 'TEE-AZ', 'Camiseta Básica',
                  'Azul / M', 1, 0),
                 -- Revision 1 of #1002 had a mug; the current one (2) has a tee.
                 (x'a2000000000000000000000000000000', 1, 1, 'MUG_01', 'Caneca Ção', '', 1, 0),
                 (x'a2000000000000000000000000000000', 2, 1, 'TEE-AZ', 'Camiseta Básica',
                  'Azul / M', 2, 0),
                 (x'a3000000000000000000000000000000', 1, 1, 'MUG_01', 'Caneca Ção', '', 1, 0);",
        )
        .unwrap();
        filters
            .iter()
            .map(|f| by_places(&conn, f))
            .collect::<Vec<_>>()
    };
    let store = Store::open(&path).unwrap();
    let read = store.read();
    assert!(read.search_text_gaps().unwrap().is_empty());
    for (filter, want) in filters.iter().zip(&before) {
        let view = QueueView {
            last_rank: 9,
            filter,
            today: None,
            until: None,
        };
        let got: std::collections::BTreeSet<i64> = read
            .queue_rows(&view, &QueueFrom::Start, 0, 100)
            .unwrap()
            .rows
            .iter()
            .map(|r| r.order.number)
            .collect();
        assert_eq!(&got, want, "{filter:?}");
        // Read among the orders the index proposes whenever a word has three letters, or
        // one or two the index folds as we know (ASCII ones, most Latin ones).
        let matching = Matching::new(filter);
        let proposed = read.ask_index(&matching).unwrap();
        assert_eq!(
            proposed.is_some(),
            matching.texts().any(|(text, status)| {
                let letters = text.chars().count();
                !status
                    && (letters >= 3 || (letters > 0 && text.chars().all(|c| folded(c).is_some())))
            }),
            "{filter:?}"
        );
        if let Some(proposed) = proposed {
            assert!(want.iter().all(|n| proposed.contains(n)), "{filter:?}");
        }
        let counted: i64 = read.queue_counts(filter).unwrap().iter().sum();
        assert_eq!(counted, want.len() as i64, "{filter:?} counted");
    }
    // The rules themselves, so this cannot pass on empty answers: ASCII letters in any case,
    // other letters as written, a word within one place only, the current lines only.
    let found = |f: &str| before[filters.iter().position(|x| *x == f).unwrap()].clone();
    assert_eq!(found("MEI"), [1001, 1004].into());
    assert_eq!(found("João"), [1002].into());
    assert!(found("JOÃO").is_empty() && found("joao").is_empty());
    assert!(found("Chen+1").is_empty() && found("ScarfRed").is_empty());
    assert_eq!(
        found("Ção"),
        [1003].into(),
        "#1002's mug was in its first revision"
    );
    assert!(found("ção").is_empty());
    assert_eq!(found("1002"), [1002].into());
    assert_eq!(found("%").len(), 4);
    assert!(found("01").contains(&1003), "the end of #1003's text");
    assert!(found("qq").is_empty() && found("ñ").len() == 1);
    assert!(
        found("mug_01").is_empty(),
        "an underscore is left out of the word"
    );
}
