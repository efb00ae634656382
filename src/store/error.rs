//! Storage errors in words a shop owner can act on.

use thiserror::Error;

use crate::core::i18n::Message;
use crate::msg;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot open the database at {path}: {reason}")]
    Open { path: String, reason: String },
    #[error(
        "{path} is not an orderdesk database or it is damaged ({detail}); \
         point --db at another file or restore a backup"
    )]
    NotADatabase { path: String, detail: String },
    #[error(
        "{path} is a SQLite database of another program (it has tables but no orderdesk \
         schema); it was left untouched: point --db at another file"
    )]
    Foreign { path: String },
    #[error(
        "the database was written by a newer orderdesk (schema {found}, this one knows up to \
         {known}); update orderdesk"
    )]
    TooNew { found: i64, known: i64 },
    #[error(
        "the database is busy: another desk or command kept it locked for over 5 seconds; \
         try again"
    )]
    Busy,
    #[error("the database file is read-only; check its permissions")]
    ReadOnly,
    #[error(
        "the folder {dir} is read-only: the book needs to write its journal (-wal and -shm \
         files) beside it; make the folder writable or move the book"
    )]
    ReadOnlyFolder { dir: String },
    #[error(
        "the disk holding the database is full: nothing was changed; free some space and try \
         again"
    )]
    Full,
    #[error("{path} is open in a desk or command (or the webhook); close them all and try again")]
    InUse { path: String },
    #[error("the book is being restored from a backup; try again in a moment")]
    Restoring,
    #[error("{what} was changed by someone else meanwhile; reload and try again")]
    Stale { what: Message },
    #[error("not enough stock of {sku}: {available} available, {asked} asked")]
    NotEnoughStock {
        sku: String,
        available: i64,
        asked: i64,
    },
    #[error(
        "cannot ship {asked} of {sku}: only {on_hand} on hand (the order was confirmed \
         beyond the stock); receive stock first"
    )]
    NotOnHand {
        sku: String,
        on_hand: i64,
        asked: i64,
    },
    #[error("{0}")]
    Duplicate(Message),
    #[error("{0}")]
    NotFound(Message),
    #[error("an amount beyond every currency's ceiling was refused by the book; check the amount")]
    BeyondCeiling,
    #[error(
        "a sum in the book is too large to count: an amount beyond the ceiling was stored by \
         an older orderdesk; restore a backup made before it"
    )]
    Overflow,
    /// The operating system failed a read or write of the database (often a full disk, which
    /// SQLite does not always tell apart).
    #[error("the disk failed while reading or writing the database ({0})")]
    Io(rusqlite::Error),
    #[error(
        "the book is damaged: {counted} {what} are in it but only {read} could be read, so \
         the list is not shown; restore a backup (`orderdesk restore`)"
    )]
    Incomplete {
        what: &'static str,
        read: usize,
        counted: i64,
    },
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    /// What PostgreSQL answered to a statement (never carries the connection's password).
    #[error("database error: {0}")]
    Postgres(postgres::Error),
    /// The PostgreSQL server could not be reached or refused us; `target` is the book's
    /// address with the password left out.
    #[error("cannot connect to the PostgreSQL book at {target}: {reason}")]
    Connect { target: String, reason: String },
    /// orderdesk copies SQLite files; a PostgreSQL book is backed up by its server's tools.
    #[error(
        "a PostgreSQL book is backed up and restored with PostgreSQL's own tools: \
         pg_dump -Fc (the URL) > book.dump, and pg_restore to bring it back"
    )]
    BackupOnServer,
}

impl StoreError {
    /// True for problems the person at the desk can fix (a busy, locked, read-only or
    /// foreign file, a stale view); false for bugs.
    pub fn is_user_error(&self) -> bool {
        !matches!(
            self,
            StoreError::Sqlite(_)
                | StoreError::Postgres(_)
                | StoreError::Corrupt(_)
                | StoreError::Io(_)
        )
    }
}

impl StoreError {
    /// The error in the reader's language; what SQLite or the system said stays as it was.
    pub fn message(&self) -> Message {
        let plain = |text: &str| Message::plain(text.to_string());
        match self {
            StoreError::Open { path, reason } => {
                msg!(
                    "error-store-open",
                    path = path.as_str(),
                    reason = plain(reason)
                )
            }
            StoreError::NotADatabase { path, detail } => msg!(
                "error-store-not-a-database",
                path = path.as_str(),
                detail = plain(detail)
            ),
            StoreError::Foreign { path } => msg!("error-store-foreign", path = path.as_str()),
            StoreError::TooNew { found, known } => {
                msg!("error-store-too-new", found = *found, known = *known)
            }
            StoreError::Busy => msg!("error-store-busy"),
            StoreError::ReadOnly => msg!("error-store-read-only"),
            StoreError::ReadOnlyFolder { dir } => {
                msg!("error-store-read-only-folder", dir = dir.as_str())
            }
            StoreError::Full => msg!("error-store-full"),
            StoreError::InUse { path } => msg!("error-store-in-use", path = path.as_str()),
            StoreError::Restoring => msg!("error-store-restoring"),
            StoreError::Connect { target, reason } => msg!(
                "error-store-connect",
                target = target.as_str(),
                reason = plain(reason)
            ),
            StoreError::BackupOnServer => msg!("error-store-backup-on-server"),
            StoreError::Stale { what } => msg!("error-store-stale", what = what.clone()),
            StoreError::Duplicate(m) | StoreError::NotFound(m) => m.clone(),
            StoreError::NotEnoughStock {
                sku,
                available,
                asked,
            } => msg!(
                "error-store-not-enough-stock",
                sku = sku.as_str(),
                available = *available,
                asked = *asked
            ),
            StoreError::NotOnHand {
                sku,
                on_hand,
                asked,
            } => msg!(
                "error-store-not-on-hand",
                sku = sku.as_str(),
                on_hand = *on_hand,
                asked = *asked
            ),
            StoreError::BeyondCeiling => msg!("error-store-beyond-ceiling"),
            StoreError::Overflow => msg!("error-store-overflow"),
            StoreError::Incomplete {
                what,
                read,
                counted,
            } => msg!(
                "error-store-incomplete",
                what = *what,
                read = *read,
                counted = *counted
            ),
            other => Message::plain(other.to_string()),
        }
    }
}
