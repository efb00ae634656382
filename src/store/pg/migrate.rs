//! PostgreSQL's migrations, versioned apart from SQLite's: `pg/migrations/NNNN_*.sql`,
//! append-only, their numbers this engine's own. The applied versions are rows of
//! `orderdesk_schema`; all pending migrations run in one transaction (PostgreSQL's DDL is
//! transactional) under an advisory lock, so two desks starting at once migrate once and
//! nobody sees a half-made schema.

use postgres::{Client, GenericClient};

use super::{Result, StoreError};

pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_order_book.sql"),
    include_str!("migrations/0002_queue_search.sql"),
    include_str!("migrations/0003_order_counter.sql"),
    include_str!("migrations/0004_desk_index_ranges.sql"),
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Any number will do as long as it is always the same: the advisory lock's key.
const MIGRATION_LOCK: i64 = 0x6f72_6465_7264_6573;

/// The schema version of the book (0: none yet).
pub fn schema_version(client: &mut impl GenericClient) -> Result<i64> {
    let exists: bool = client
        .query_one("SELECT to_regclass('orderdesk_schema') IS NOT NULL", &[])?
        .get(0);
    if !exists {
        return Ok(0);
    }
    Ok(client
        .query_one(
            "SELECT COALESCE(MAX(version), 0)::int8 FROM orderdesk_schema",
            &[],
        )?
        .get(0))
}

pub fn migrate(client: &mut Client) -> Result<()> {
    migrate_to(client, SCHEMA_VERSION)
}

/// Applies migrations up to `target` (tests use it to build every earlier schema).
pub fn migrate_to(client: &mut Client, target: i64) -> Result<()> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    // Read under the lock: another desk may have migrated meanwhile.
    let current = schema_version(&mut tx)?;
    if current > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found: current,
            known: SCHEMA_VERSION,
        });
    }
    if current == 0 {
        // A database with tables of its own is another program's: leave it alone.
        let tables: i64 = tx
            .query_one(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                &[],
            )?
            .get(0);
        if tables > 0 {
            return Err(StoreError::Foreign {
                path: String::new(),
            });
        }
        tx.batch_execute(
            "CREATE TABLE orderdesk_schema (
                 version    int PRIMARY KEY,
                 applied_at timestamptz NOT NULL DEFAULT now()
             )",
        )?;
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().take(target as usize) {
        let version = index as i64 + 1;
        if version > current {
            tx.batch_execute(sql)?;
            tx.execute(
                "INSERT INTO orderdesk_schema (version) VALUES ($1)",
                &[&(version as i32)],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}
