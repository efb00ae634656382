//! Copies of the book through SQLite's online backup API: a consistent snapshot while other
//! desks keep writing (WAL readers never block writers), checked with `integrity_check`
//! before it counts. Restoring copies a checked book back page by page.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::migrate::SCHEMA_VERSION;
use super::open::BUSY_TIMEOUT;
use super::{Result, Store, StoreError};

/// What a checked copy holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookInfo {
    /// Its schema version (migrations applied).
    pub schema: i64,
    pub orders: i64,
    pub customers: i64,
    pub products: i64,
}

/// Tables every orderdesk book has had since the first schema.
const TABLES: &[&str] = &["products", "customers", "orders", "payments", "journal"];

impl Store {
    /// Copies the open book into `dest`, a new private file the caller made, as one
    /// snapshot, and checks the copy.
    pub fn backup_into(&self, dest: &Path) -> Result<BookInfo> {
        let mut copy = Connection::open(dest)?;
        copy_pages(&self.conn, &mut copy)?;
        finish_copy(&copy, dest)
    }
}

/// Copies the book file at `book` (not open here) into `dest`, for a safety copy before a
/// restore.
pub fn backup_file(book: &Path, dest: &Path) -> Result<BookInfo> {
    let source = Connection::open_with_flags(book, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    source.busy_timeout(BUSY_TIMEOUT)?;
    let mut copy = Connection::open(dest)?;
    copy_pages(&source, &mut copy)?;
    finish_copy(&copy, dest)
}

/// A copy is a plain file (no -wal beside it) and must pass the integrity check.
fn finish_copy(copy: &Connection, dest: &Path) -> Result<BookInfo> {
    copy.query_row("PRAGMA journal_mode = DELETE", [], |r| {
        r.get::<_, String>(0)
    })?;
    integrity(copy, dest)?;
    info(copy, dest)
}

/// Every page in one step: one read snapshot of the source, however busy it is.
fn copy_pages(source: &Connection, dest: &mut Connection) -> Result<()> {
    let backup = Backup::new(source, dest)?;
    for _ in 0..100 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    Err(StoreError::Busy)
}

fn integrity(conn: &Connection, path: &Path) -> Result<()> {
    let not_book = |detail: String| StoreError::NotADatabase {
        path: path.display().to_string(),
        detail,
    };
    let mut stmt = conn
        .prepare("PRAGMA integrity_check")
        .map_err(|e| not_book(e.to_string()))?;
    let found: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(|e| not_book(e.to_string()))?;
    if found.first().map(String::as_str) == Some("ok") {
        Ok(())
    } else {
        Err(not_book(format!(
            "the integrity check found: {}",
            found.into_iter().take(3).collect::<Vec<_>>().join("; ")
        )))
    }
}

fn info(conn: &Connection, path: &Path) -> Result<BookInfo> {
    let shown = path.display().to_string();
    let schema: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| StoreError::NotADatabase {
            path: shown.clone(),
            detail: e.to_string(),
        })?;
    if schema > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found: schema,
            known: SCHEMA_VERSION,
        });
    }
    for table in TABLES {
        let found: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if schema == 0 || found == 0 {
            return Err(StoreError::Foreign { path: shown });
        }
    }
    let count = |table: &str| -> Result<i64> {
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    Ok(BookInfo {
        schema,
        orders: count("orders")?,
        customers: count("customers")?,
        products: count("products")?,
    })
}

/// Checks that the file at `path` is an undamaged orderdesk book this build can read.
pub fn inspect_book(path: &Path) -> Result<BookInfo> {
    let shown = path.display().to_string();
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
            StoreError::Open {
                path: shown.clone(),
                reason: e.to_string(),
            }
        })?;
    integrity(&conn, path)?;
    info(&conn, path)
}

/// Replaces the book at `book` with the checked copy at `source`, through SQLite (so the
/// book's own journal stays consistent). The caller holds the book's exclusive lock.
pub fn restore_book(book: &Path, source: &Path) -> Result<BookInfo> {
    let from = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut into = Connection::open(book)?;
    into.busy_timeout(BUSY_TIMEOUT)?;
    copy_pages(&from, &mut into)?;
    integrity(&into, book)?;
    info(&into, book)
}
