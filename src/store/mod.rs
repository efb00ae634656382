//! Storage: the only module that writes SQL.
//!
//! Two engines hold a book: SQLite (`sqlite/`, one file, the embedded default) and
//! PostgreSQL (`pg/`, one server that desks on several machines share). Ops see one shape
//! whatever the engine: `store.read()` gives a [`Reader`], `store.write()?` a [`Tx`] that
//! commits with `tx.commit()`, and `store.snapshot()?` a read transaction. A `Reader` derefs
//! to [`api::Reads`] and a `Tx` to [`api::Writes`]: the traits, one per table group, that
//! each engine implements in its own files (`api.rs` says how to add a query to both).
//!
//! The engines are an enum inside these types, not a type parameter: ops, the desk and the
//! CLI stay free of generics, and the one cost per query is a virtual call (nanoseconds
//! against a statement's microseconds).

mod api;
mod composed;
mod error;
mod pg;
mod queue_read;
mod queue_walk;
mod rows;
mod sqlite;
#[cfg(test)]
mod tests;

#[cfg(any(test, feature = "harness"))]
pub mod bulk_copy;
pub mod location;
#[cfg(any(test, feature = "harness"))]
pub mod test_server;

use std::ops::Deref;
use std::path::Path;

pub use api::*;
pub use error::StoreError;
pub use location::Location;
pub use rows::{
    AliasRow, CustomerStats, Discrepancy, DueCountGap, DueRange, Entry as JournalWrite, EventRow,
    EventWrite, ImportOutcome, JournalEntry, LinkRow, LinkUpdate, OpenMoney, OrderFilter, OrderRow,
    PaymentListRow, PaymentReview, Pressing, QueueRows, QueueView, ReportOrder, ReportRowWrite,
};
pub use sqlite::{
    BookInfo, BookLock, MIGRATIONS, SCHEMA_VERSION, backup_file, inspect_book, lock_path,
    restore_book,
};

pub type Result<T> = std::result::Result<T, StoreError>;

/// An order's subtotal and total in minor units, as its row keeps them beside the lines.
pub(crate) fn amounts(o: &crate::core::order::Order) -> Result<(i64, i64)> {
    let subtotal = o
        .subtotal()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let total = o.total().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok((subtotal.minor, total.minor))
}

/// A LIKE pattern for what a person typed ('%' and '_' are taken out, not wildcards).
pub(crate) fn like(filter: &str) -> String {
    format!("%{}%", filter.trim().replace(['%', '_'], ""))
}

/// The engines a book can live in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// An open book.
pub struct Store {
    inner: Inner,
}

enum Inner {
    Lite(sqlite::Store),
    /// Boxed: the connection and its runtime are large beside SQLite's handle.
    Pg(Box<pg::Store>),
}

/// Read-only queries, usable on the store, a snapshot or inside a write transaction.
#[derive(Clone, Copy)]
pub struct Reader<'c> {
    inner: ReaderOf<'c>,
}

#[derive(Clone, Copy)]
enum ReaderOf<'c> {
    Lite(sqlite::Reader<'c>),
    Pg(pg::Reader<'c>),
}

/// A read transaction: every read through it sees the book as of its first read, whatever
/// other desks commit meanwhile. Dropped, it ends (it never wrote anything).
pub struct Snapshot<'c> {
    inner: SnapshotOf<'c>,
}

enum SnapshotOf<'c> {
    Lite(sqlite::Snapshot<'c>),
    Pg(pg::Snapshot<'c>),
}

/// One write transaction. Dropped without `commit`, it rolls back: nothing is half-written.
pub struct Tx<'c> {
    inner: TxOf<'c>,
}

enum TxOf<'c> {
    Lite(sqlite::Tx<'c>),
    Pg(pg::Tx<'c>),
}

impl Store {
    /// Opens (creating if needed) the book at `path`: a SQLite file, or a PostgreSQL
    /// database when the text is a `postgres://` or `postgresql://` URL.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_at(&Location::parse(&path.to_string_lossy()))
    }

    /// Opens the book at a parsed location.
    pub fn open_at(location: &Location) -> Result<Store> {
        let inner = match location {
            Location::File(path) => Inner::Lite(sqlite::Store::open(path)?),
            Location::Postgres(url) => Inner::Pg(Box::new(pg::Store::open(url)?)),
        };
        Ok(Store { inner })
    }

    /// A private in-memory SQLite book, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Ok(Store {
            inner: Inner::Lite(sqlite::Store::open_in_memory()?),
        })
    }

    /// The same book on a connection of its own (a second desk), or None for a book that
    /// lives in memory only.
    pub fn reopen(&self) -> Result<Option<Store>> {
        match &self.inner {
            Inner::Lite(s) if s.path() == ":memory:" => Ok(None),
            Inner::Lite(s) => Ok(Some(Store {
                inner: Inner::Lite(s.reopen()?),
            })),
            Inner::Pg(s) => Ok(Some(Store {
                inner: Inner::Pg(Box::new(s.reopen()?)),
            })),
        }
    }

    pub fn engine(&self) -> Engine {
        match self.inner {
            Inner::Lite(_) => Engine::Sqlite,
            Inner::Pg(_) => Engine::Postgres,
        }
    }

    pub fn read(&self) -> Reader<'_> {
        let inner = match &self.inner {
            Inner::Lite(s) => ReaderOf::Lite(s.read()),
            Inner::Pg(s) => ReaderOf::Pg(s.read()),
        };
        Reader { inner }
    }

    /// Starts a read transaction, for reads that must agree with each other (`stock check`).
    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        let inner = match &self.inner {
            Inner::Lite(s) => SnapshotOf::Lite(s.snapshot()?),
            Inner::Pg(s) => SnapshotOf::Pg(s.snapshot()?),
        };
        Ok(Snapshot { inner })
    }

    /// Starts a write transaction (SQLite: waiting up to the busy timeout for another writer).
    pub fn write(&mut self) -> Result<Tx<'_>> {
        let inner = match &mut self.inner {
            Inner::Lite(s) => TxOf::Lite(s.write()?),
            Inner::Pg(s) => TxOf::Pg(s.write()?),
        };
        Ok(Tx { inner })
    }

    /// Where the book lives, as it may be shown: a file's path as given, or a PostgreSQL
    /// URL without its password.
    pub fn path(&self) -> &str {
        match &self.inner {
            Inner::Lite(s) => s.path(),
            Inner::Pg(s) => s.shown(),
        }
    }

    /// The book's file, for what only a file has (backups beside it, its lock); None for a
    /// PostgreSQL book or one in memory.
    pub fn file(&self) -> Option<&Path> {
        match &self.inner {
            Inner::Lite(s) if s.path() != ":memory:" => Some(Path::new(s.path())),
            _ => None,
        }
    }

    /// For generated data only (the demo): commits skip waiting for the disk. A crash while
    /// generating can lose the generated data, never a shop's real book, which is never
    /// written in this mode. PostgreSQL's own settings are left alone.
    pub fn set_bulk_mode(&self, on: bool) -> Result<()> {
        match &self.inner {
            Inner::Lite(s) => s.set_bulk_mode(on),
            Inner::Pg(_) => Ok(()),
        }
    }

    /// Changes whenever another connection commits: lets a desk notice other desks' writes.
    pub fn data_version(&self) -> Result<i64> {
        match &self.inner {
            Inner::Lite(s) => s.data_version(),
            Inner::Pg(s) => s.data_version(),
        }
    }

    /// Copies the open book into `dest`, a new private file the caller made, as one
    /// snapshot, and checks the copy. A PostgreSQL book is backed up with `pg_dump`.
    pub fn backup_into(&self, dest: &Path) -> Result<BookInfo> {
        match &self.inner {
            Inner::Lite(s) => s.backup_into(dest),
            Inner::Pg(_) => Err(StoreError::BackupOnServer),
        }
    }

    /// For the store's tests: one number a statement of the engine's SQL answers.
    #[cfg(test)]
    fn raw_number(&self, sql: &str) -> i64 {
        match &self.inner {
            Inner::Lite(s) => s.conn.query_row(sql, [], |r| r.get(0)).unwrap(),
            Inner::Pg(s) => s.raw_number(sql),
        }
    }

    /// For the store's tests: whether the last filter this store read was read among a few
    /// proposed or listed orders rather than walked.
    #[cfg(test)]
    fn read_among_few(&self) -> bool {
        match &self.inner {
            Inner::Lite(s) => queue_read::read_among_few(&s.read()),
            Inner::Pg(s) => queue_read::read_among_few(&s.read()),
        }
    }

    /// For the store's tests: runs statements outside the store's operations, as a
    /// hand-made change would.
    #[cfg(test)]
    fn raw_execute(&self, sql: &str) -> std::result::Result<(), String> {
        match &self.inner {
            Inner::Lite(s) => s.conn.execute_batch(sql).map_err(|e| e.to_string()),
            Inner::Pg(s) => s.raw_execute(sql),
        }
    }
}

impl<'c> Deref for Reader<'c> {
    type Target = dyn Reads + 'c;

    fn deref(&self) -> &Self::Target {
        match &self.inner {
            ReaderOf::Lite(r) => r,
            ReaderOf::Pg(r) => r,
        }
    }
}

impl Snapshot<'_> {
    pub fn read(&self) -> Reader<'_> {
        let inner = match &self.inner {
            SnapshotOf::Lite(s) => ReaderOf::Lite(s.read()),
            SnapshotOf::Pg(s) => ReaderOf::Pg(s.read()),
        };
        Reader { inner }
    }
}

impl Tx<'_> {
    pub fn read(&self) -> Reader<'_> {
        let inner = match &self.inner {
            TxOf::Lite(t) => ReaderOf::Lite(t.read()),
            TxOf::Pg(t) => ReaderOf::Pg(t.read()),
        };
        Reader { inner }
    }

    pub fn commit(self) -> Result<()> {
        match self.inner {
            TxOf::Lite(t) => t.commit(),
            TxOf::Pg(t) => t.commit(),
        }
    }
}

impl<'c> Deref for Tx<'c> {
    type Target = dyn Writes + 'c;

    fn deref(&self) -> &Self::Target {
        match &self.inner {
            TxOf::Lite(t) => t,
            TxOf::Pg(t) => t,
        }
    }
}
