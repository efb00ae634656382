//! PostgreSQL, the engine for several machines on one book.
//!
//! One connection per desk or command (the synchronous `postgres` client). Writes are one
//! transaction per operation at READ COMMITTED: every write that depends on what was read
//! carries its own guard in its WHERE clause (stock `on_hand - reserved >= n`, an order's
//! `version = seen`, a claim's `state = 'claimed'`) or meets a UNIQUE constraint, and
//! PostgreSQL re-checks a guard against the newest committed row after waiting for its lock,
//! so two desks can never both take the last unit and nothing needs retrying. A snapshot
//! (`stock check`) is REPEATABLE READ, READ ONLY: its reads agree with each other.
//!
//! The schema is this engine's own (`pg/migrations/NNNN_*.sql`, versioned apart from
//! SQLite's); each table group's SQL is in its file here, implementing `store::api`.

mod aliases;
mod codec;
mod completeness;
mod customers;
mod error;
mod journal;
mod links;
mod migrate;
#[cfg(test)]
pub use migrate::{SCHEMA_VERSION, migrate_to};
mod open;
mod orders;
mod payments;
mod products;
mod provider;
mod queue;
mod queue_page;
mod reports;
mod tls;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::{Client, Row, Statement};

pub use super::location::PgUrl;
pub use super::{Result, StoreError};

/// Query parameters as the client takes them.
pub type Params<'a> = [&'a (dyn ToSql + Sync)];

/// The connection and what is kept beside it.
pub struct Conn {
    client: RefCell<Client>,
    /// Prepared statements by their SQL: each is parsed and planned once per connection.
    statements: RefCell<HashMap<String, Statement>>,
    /// Inside a write transaction, a statement failed: PostgreSQL has aborted it, and a
    /// COMMIT would silently roll back, so `commit` refuses instead.
    failed: Cell<bool>,
    /// The connection failed under a statement: it is made again before the next use.
    lost: Cell<bool>,
    /// Our own server process: notifications it sent are our own writes.
    backend_pid: Cell<i32>,
    /// How many other connections' commits this one has been told of (LISTEN/NOTIFY).
    changes_seen: Cell<i64>,
}

pub struct Store {
    conn: Conn,
    /// What the queue's reads keep while the book is unchanged (`store/queue_read.rs`).
    kept: Box<RefCell<crate::store::queue_read::Kept>>,
    url: PgUrl,
    /// The URL without its password.
    shown: String,
}

#[derive(Clone, Copy)]
pub struct Reader<'c> {
    conn: &'c Conn,
    /// What the store keeps between the queue's reads; None inside a transaction, whose
    /// reads see its own uncommitted writes.
    kept: Option<&'c RefCell<crate::store::queue_read::Kept>>,
}

pub struct Snapshot<'c> {
    conn: &'c Conn,
}

pub struct Tx<'c> {
    conn: &'c Conn,
    done: bool,
}

impl Conn {
    fn statement(&self, sql: &str) -> Result<Statement> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let prepared = self
            .client
            .borrow_mut()
            .prepare(sql)
            .map_err(|e| self.fail(e))?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), prepared.clone());
        Ok(prepared)
    }

    fn fail(&self, e: postgres::Error) -> StoreError {
        self.failed.set(true);
        let e = StoreError::from(e);
        if matches!(e, StoreError::Connect { .. }) {
            self.lost.set(true);
        }
        e
    }

    pub fn query(&self, sql: &str, params: &Params) -> Result<Vec<Row>> {
        let stmt = self.statement(sql)?;
        self.client
            .borrow_mut()
            .query(&stmt, params)
            .map_err(|e| self.fail(e))
    }

    pub fn query_opt(&self, sql: &str, params: &Params) -> Result<Option<Row>> {
        let stmt = self.statement(sql)?;
        self.client
            .borrow_mut()
            .query_opt(&stmt, params)
            .map_err(|e| self.fail(e))
    }

    pub fn query_one(&self, sql: &str, params: &Params) -> Result<Row> {
        let stmt = self.statement(sql)?;
        self.client
            .borrow_mut()
            .query_one(&stmt, params)
            .map_err(|e| self.fail(e))
    }

    pub fn execute(&self, sql: &str, params: &Params) -> Result<u64> {
        let stmt = self.statement(sql)?;
        self.client
            .borrow_mut()
            .execute(&stmt, params)
            .map_err(|e| self.fail(e))
    }

    /// Statements without parameters or results (transaction control, migrations).
    fn batch(&self, sql: &str) -> Result<()> {
        self.client
            .borrow_mut()
            .batch_execute(sql)
            .map_err(|e| self.fail(e))
    }
}

impl Store {
    pub fn read(&self) -> Reader<'_> {
        Reader {
            conn: &self.conn,
            kept: Some(&self.kept),
        }
    }

    pub fn snapshot(&self) -> Result<Snapshot<'_>> {
        self.reconnect_if_lost()?;
        self.conn
            .batch("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")?;
        Ok(Snapshot { conn: &self.conn })
    }

    pub fn write(&mut self) -> Result<Tx<'_>> {
        self.reconnect_if_lost()?;
        self.conn.failed.set(false);
        self.conn.batch("BEGIN ISOLATION LEVEL READ COMMITTED")?;
        Ok(Tx {
            conn: &self.conn,
            done: false,
        })
    }

    /// The book's URL without its password.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// Another connection to the same book.
    pub fn reopen(&self) -> Result<Store> {
        let store = Store::open(&self.url)?;
        store.kept.borrow_mut().share_listing(&self.kept.borrow());
        Ok(store)
    }

    /// Counts the commits other connections announced (the book's tables notify on every
    /// write, `pg/migrations/0001`): a desk polls it each second as it polls SQLite's
    /// `data_version`. It waits at most a millisecond: long enough for the client's runtime
    /// to read what already reached the socket (a plain non-blocking read would not see
    /// data the runtime has not been woken for), short enough for the desk's loop.
    pub fn data_version(&self) -> Result<i64> {
        self.reconnect_if_lost()?;
        let mut client = self.conn.client.borrow_mut();
        let mut notes = client.notifications();
        let mut seen = self.conn.changes_seen.get();
        let mut pending = notes.timeout_iter(std::time::Duration::from_millis(1));
        while let Some(note) = pending.next().map_err(|e| self.conn.fail(e))? {
            if note.process_id() != self.conn.backend_pid.get() {
                seen += 1;
            }
        }
        self.conn.changes_seen.set(seen);
        Ok(seen)
    }
}

#[cfg(test)]
impl Store {
    pub fn raw_number(&self, sql: &str) -> i64 {
        self.conn
            .client
            .borrow_mut()
            .query_one(sql, &[])
            .unwrap()
            .get(0)
    }

    pub fn raw_execute(&self, sql: &str) -> std::result::Result<(), String> {
        self.conn
            .client
            .borrow_mut()
            .batch_execute(sql)
            .map_err(|e| {
                e.as_db_error()
                    .map_or(e.to_string(), |d| d.message().to_string())
            })
    }
}

impl Snapshot<'_> {
    pub fn read(&self) -> Reader<'_> {
        Reader {
            conn: self.conn,
            kept: None,
        }
    }
}

impl Drop for Snapshot<'_> {
    fn drop(&mut self) {
        let _ = self.conn.batch("ROLLBACK");
    }
}

impl Tx<'_> {
    pub fn read(&self) -> Reader<'_> {
        Reader {
            conn: self.conn,
            kept: None,
        }
    }

    pub fn commit(mut self) -> Result<()> {
        self.done = true;
        if self.conn.failed.get() {
            let _ = self.conn.batch("ROLLBACK");
            return Err(StoreError::Corrupt(
                "a statement of this transaction failed; nothing was written".into(),
            ));
        }
        self.conn.batch("COMMIT")
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.conn.batch("ROLLBACK");
        }
    }
}
