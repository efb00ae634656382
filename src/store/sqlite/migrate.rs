//! Versioned, append-only migrations tracked in `PRAGMA user_version`.
//!
//! Each migration is a SQL file that is never edited once released; a change to the schema
//! is a new file at the end of the list. All pending migrations run in one exclusive
//! transaction, so a desk never sees a half-migrated file.

use rusqlite::{Connection, TransactionBehavior};

use super::{Result, StoreError};

pub const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_order_book.sql"),
    include_str!("../migrations/0002_payment_links.sql"),
    include_str!("../migrations/0003_desk_queue.sql"),
    include_str!("../migrations/0004_queue_counts.sql"),
    include_str!("../migrations/0006_input_guards.sql"),
    include_str!("../migrations/0008_counter.sql"),
    include_str!("../migrations/0009_deadlines_and_day.sql"),
    include_str!("../migrations/0011_learned_aliases.sql"),
    include_str!("../migrations/0012_queue_search.sql"),
    include_str!("../migrations/0013_link_note_codes.sql"),
    include_str!("../migrations/0014_queue_words.sql"),
    include_str!("../migrations/0015_short_queue_words.sql"),
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the schema up to date; refuses a file written by a newer build.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Applies migrations up to `target` (tests use it to build every earlier schema).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    if user_version(conn)? >= target {
        return check_not_newer(conn);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    // Read again under the lock: another process may have migrated meanwhile.
    let current = user_version(&tx)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().take(target as usize) {
        let version = index as i64 + 1;
        if version > current {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", version)?;
        }
    }
    tx.commit()?;
    check_not_newer(conn)
}

fn check_not_newer(conn: &Connection) -> Result<()> {
    let found = user_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found,
            known: SCHEMA_VERSION,
        });
    }
    Ok(())
}
