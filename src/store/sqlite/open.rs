//! Opening the database file: owner-only permissions, pragmas, migrations, clear errors.

use std::fs;
use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::migrate::{SCHEMA_VERSION, migrate, user_version};
use super::{BookLock, Result, Store, StoreError};

/// How long a write waits for another desk's transaction before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How much of the book is read through a memory map: SQLite's own cap
/// (`SQLITE_MAX_MMAP_SIZE`, 2 GiB less 64 KiB), asked for in full.
const MMAP_BYTES: i64 = 0x7fff_0000;

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        let open_err = |reason: String| StoreError::Open {
            path: shown.clone(),
            reason,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir)
                .map_err(|e| open_err(format!("cannot create its folder: {e}")))?;
        }
        if !path.exists() {
            create_private_file(path).map_err(|e| open_err(e.to_string()))?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| read_only_folder(path).unwrap_or_else(|| open_err(e.to_string())))?;
        let mut store = Store::setup(conn, shown, None).map_err(|e| match e {
            StoreError::ReadOnly | StoreError::Sqlite(_) | StoreError::Open { .. } => {
                read_only_folder(path).unwrap_or(e)
            }
            other => other,
        })?;
        // Only a file known to be a book gets a lock file beside it.
        store._lock = BookLock::shared(path)?;
        Ok(store)
    }

    /// A private in-memory database, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, ":memory:".into(), None)
    }

    fn setup(mut conn: Connection, path: String, lock: Option<BookLock>) -> Result<Store> {
        let not_db = |e: rusqlite::Error| match StoreError::from(e) {
            StoreError::NotADatabase { detail, .. } => StoreError::NotADatabase {
                path: path.clone(),
                detail,
            },
            other => other,
        };
        conn.busy_timeout(BUSY_TIMEOUT).map_err(not_db)?;
        // Read before writing anything: a damaged file, another program's database or one from
        // a newer orderdesk must be refused exactly as it is.
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(not_db)?;
        let version = user_version(&conn).map_err(|e| match e {
            StoreError::NotADatabase { detail, .. } => StoreError::NotADatabase {
                path: path.clone(),
                detail,
            },
            other => other,
        })?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if version == 0 && tables > 0 {
            return Err(StoreError::Foreign { path });
        }
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(not_db)?;
        if !mode.eq_ignore_ascii_case("wal") && path != ":memory:" {
            conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))
                .map_err(not_db)?;
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        // One order operation cycles through more distinct statements than rusqlite's default
        // cache of 16 holds; re-parsing them dominated the time of every operation.
        conn.set_prepared_statement_cache_capacity(128);
        // Plan each statement once: without the stability guarantee SQLite re-prepares a
        // statement whenever a bound value the planner looked at changes (the guarded stock
        // UPDATE, journal inserts), which cost a fifth of every operation.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Up to 64 MiB of the book's pages kept between reads (SQLite's default is 2 MiB): a
        // filter read among the few orders it matches looks up a few thousand of them, each
        // a walk down two B-trees, twice as fast when the pages stay. Grows only as used.
        conn.pragma_update(None, "cache_size", -65_536)?;
        // The book's pages read through a memory map (up to SQLite's cap of 2 GiB) instead of
        // copied out of the kernel one read at a time: a filter's window walks the rows of
        // about a thousand orders scattered over the file, and the copies were a fifth of its
        // time. SQLite maps for reading only; writes still go through the file.
        conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
        migrate(&mut conn).map_err(|e| match e {
            StoreError::NotADatabase { detail, .. } => StoreError::NotADatabase {
                path: path.clone(),
                detail,
            },
            other => other,
        })?;
        Ok(Store {
            conn,
            path,
            _lock: lock,
            kept: Default::default(),
        })
    }
}

/// The error to give when the book's folder cannot be written: WAL keeps its -wal and -shm
/// files beside the book, so a read-only folder (or disk) stops the book, not its file.
pub(super) fn read_only_folder(path: &Path) -> Option<StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let probe = dir.join(format!(".orderdesk-probe-{}", std::process::id()));
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            None
        }
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            Some(StoreError::ReadOnlyFolder {
                dir: dir.display().to_string(),
            })
        }
        Err(_) => None,
    }
}

/// Creates an empty file readable only by its owner: the book holds customers' phones.
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop)
}
