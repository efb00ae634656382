//! Who has the book open. Every desk and command holds a shared lock on `BOOK.lock` beside
//! the book for as long as it has the book open; `orderdesk restore` needs the lock alone,
//! so it never replaces a book under someone's feet. (The lock is an OS file lock: it goes
//! away with the process, however the process ends.)

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::{Result, StoreError};

/// A held lock on a book; released when dropped.
#[derive(Debug)]
pub struct BookLock {
    _file: File,
}

/// `book.sqlite` → `book.sqlite.lock`.
pub fn lock_path(book: &Path) -> PathBuf {
    let mut name = book.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

fn open(book: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(lock_path(book))
}

impl BookLock {
    /// For using the book beside others. None when no lock file can be made (a read-only
    /// folder): the book is then used unlocked, as it is read-only anyway.
    pub fn shared(book: &Path) -> Result<Option<BookLock>> {
        let Ok(file) = open(book) else {
            return Ok(None);
        };
        match file.try_lock_shared() {
            Ok(()) => Ok(Some(BookLock { _file: file })),
            Err(TryLockError::WouldBlock) => Err(StoreError::Restoring),
            Err(TryLockError::Error(_)) => Ok(None),
        }
    }

    /// For replacing the book: refused while any desk or command has it open.
    pub fn exclusive(book: &Path) -> Result<BookLock> {
        let file = open(book).map_err(|e| StoreError::Open {
            path: book.display().to_string(),
            reason: format!("cannot make its lock file: {e}"),
        })?;
        match file.try_lock() {
            Ok(()) => Ok(BookLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse {
                path: book.display().to_string(),
            }),
            Err(TryLockError::Error(e)) => Err(StoreError::Open {
                path: book.display().to_string(),
                reason: format!("cannot lock it: {e}"),
            }),
        }
    }
}
