//! SQLite, the embedded default: one file that several desks on one machine share.
//!
//! `Store` owns the connection. Reads go through [`Reader`] (from the store or from inside a
//! transaction); writes go through [`Tx`], an IMMEDIATE transaction, so a write takes the
//! database's write lock up front and two desks on one file queue instead of deadlocking.
//! Each table group has its own file implementing its traits of `store::api` for `Reader`
//! and `Tx`. The migrations are `store/migrations/NNNN_*.sql`.

mod aliases;
mod backup;
mod codec;
mod completeness;
mod customers;
mod day;
mod error;
mod journal;
#[cfg(test)]
mod link_tests;
mod links;
mod lock;
mod migrate;
mod open;
mod orders;
mod payments;
mod products;
mod provider;
mod queue;
mod queue_page;
mod queue_words;
mod reports;
mod shop_authors;
#[cfg(test)]
mod tests;

use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use super::rows::*;
pub use super::{Result, StoreError};
pub use backup::{BookInfo, backup_file, inspect_book, restore_book};
pub use lock::{BookLock, lock_path};
pub use migrate::{MIGRATIONS, SCHEMA_VERSION};

pub struct Store {
    pub(super) conn: Connection,
    path: String,
    /// Held while the book is open, so `restore` waits for everyone to close it.
    _lock: Option<BookLock>,
    /// What the queue's reads keep while the book is unchanged (`kept.rs`); boxed, as it is
    /// large beside the connection.
    kept: Box<std::cell::RefCell<crate::store::queue_read::Kept>>,
}

/// Read-only queries, usable on the store or inside a write transaction.
#[derive(Clone, Copy)]
pub struct Reader<'c> {
    conn: &'c Connection,
    /// What the store keeps between the queue's reads; None inside a transaction, whose
    /// reads see its own uncommitted writes.
    kept: Option<&'c std::cell::RefCell<crate::store::queue_read::Kept>>,
}

/// A read transaction: every read through it sees the book as of its first read, whatever
/// other desks commit meanwhile. Dropped, it ends (it never wrote anything).
pub struct Snapshot<'c> {
    tx: Transaction<'c>,
}

/// One write transaction. Dropped without `commit`, it rolls back: nothing is half-written.
pub struct Tx<'c> {
    tx: Transaction<'c>,
}

impl Store {
    pub fn read(&self) -> Reader<'_> {
        Reader {
            conn: &self.conn,
            kept: Some(&self.kept),
        }
    }

    /// Starts a read transaction, for reads that must agree with each other (`stock check`).
    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        Ok(Snapshot {
            tx: self.conn.unchecked_transaction()?,
        })
    }

    /// Starts a write transaction, waiting up to the busy timeout for another writer.
    pub fn write(&mut self) -> Result<Tx<'_>> {
        let path = &self.path;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| match StoreError::from(e) {
                StoreError::ReadOnly => open::read_only_folder(std::path::Path::new(path))
                    .unwrap_or(StoreError::ReadOnly),
                other => other,
            })?;
        Ok(Tx { tx })
    }

    /// The same file on a connection of its own (a second desk of the same process), sharing
    /// what the queue's reads list on either connection.
    pub fn reopen(&self) -> Result<Store> {
        let store = Store::open(std::path::Path::new(&self.path))?;
        store.kept.borrow_mut().share_listing(&self.kept.borrow());
        Ok(store)
    }

    /// Where the database lives, as given when it was opened.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// For generated data only (the demo): commits skip waiting for the disk. A crash while
    /// generating can lose the generated data, never a shop's real book, which is never
    /// written in this mode.
    pub fn set_bulk_mode(&self, on: bool) -> Result<()> {
        self.conn
            .pragma_update(None, "synchronous", if on { "OFF" } else { "NORMAL" })?;
        // A large book's indexes outgrow SQLite's 2 MB page cache and every insert then
        // rereads pages; 256 MB keeps them in memory while generating (negative = KiB).
        self.conn
            .pragma_update(None, "cache_size", if on { -262_144 } else { -2_000 })?;
        Ok(())
    }

    /// Changes whenever another connection commits: lets a desk notice other desks' writes.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }
}

impl<'c> Snapshot<'c> {
    pub fn read(&self) -> Reader<'_> {
        Reader {
            conn: &self.tx,
            kept: None,
        }
    }
}

impl<'c> Tx<'c> {
    pub fn read(&self) -> Reader<'_> {
        Reader {
            conn: &self.tx,
            kept: None,
        }
    }

    pub fn commit(self) -> Result<()> {
        self.tx.commit().map_err(StoreError::from)
    }
}
