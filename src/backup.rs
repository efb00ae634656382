//! Backups the owner controls: dated copies of the book in a folder beside it (`orderdesk
//! paths` shows it), one made automatically on the first use of each day, the last
//! `backup.keep` of them kept; `orderdesk backup` makes one now, `orderdesk restore` puts one
//! back after keeping a safety copy of the book it replaces.
//!
//! Names are `BOOK-YYYY-MM-DD-HHMMSS.sqlite` (local time), so they sort by age and say when.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime, TimeZone, Utc};
use thiserror::Error;

use crate::files::{Staged, create_private, disk_is_full, is_disk_full, temp_beside};
use crate::store::{
    BookInfo, BookLock, Store, StoreError, backup_file, inspect_book, restore_book,
};

#[derive(Debug, Error)]
pub enum BackupError {
    #[error("cannot write the backup {path}: {source}; nothing was written")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "cannot write the backup {path}: the disk is full; free some space or back up \
         elsewhere with --to; nothing was written"
    )]
    Full { path: String },
    #[error("{path} already exists; choose another name, or a folder")]
    Exists { path: String },
    #[error("{path} is the book itself; restore from a copy of it")]
    SameFile { path: String },
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl BackupError {
    fn io(path: &Path, source: std::io::Error) -> BackupError {
        let path = path.display().to_string();
        if is_disk_full(&source) {
            BackupError::Full { path }
        } else {
            BackupError::Io { path, source }
        }
    }

    /// A full disk under a copy SQLite wrote says "disk I/O error" at times: look.
    fn store(path: &Path, e: StoreError) -> BackupError {
        match e {
            StoreError::Full | StoreError::Io(_) if disk_is_full(path) => BackupError::Full {
                path: path.display().to_string(),
            },
            e => BackupError::Store(e),
        }
    }
}

/// A backup written and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub path: PathBuf,
    pub info: BookInfo,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub from: PathBuf,
    pub info: BookInfo,
    /// The safety copy of the book that was replaced (none when there was no book).
    pub safety: Option<Made>,
}

/// The backups of one book, in one folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backups {
    pub dir: PathBuf,
    stem: String,
}

impl Backups {
    /// The backups of `book`, kept in `dir`.
    pub fn of(book: &Path, dir: &Path) -> Backups {
        let stem = book
            .file_stem()
            .map_or_else(|| "orderdesk".into(), |s| s.to_string_lossy().into_owned());
        Backups {
            dir: dir.to_path_buf(),
            stem,
        }
    }

    /// The file name of a backup made at `at`.
    pub fn name(&self, at: DateTime<Local>) -> String {
        format!("{}-{}.sqlite", self.stem, at.format("%Y-%m-%d-%H%M%S"))
    }

    /// This book's backups in the folder, oldest first, with when each was made.
    pub fn list(&self) -> Vec<(PathBuf, DateTime<Utc>)> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let prefix = format!("{}-", self.stem);
        let mut found: Vec<(PathBuf, DateTime<Utc>)> = entries
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let stamp = name.strip_prefix(&prefix)?.strip_suffix(".sqlite")?;
                // "2026-03-09-141502", or "…-2" for a second one within that second.
                let (time, extra) = stamp.split_at_checked(17)?;
                let numbered = extra
                    .strip_prefix('-')
                    .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
                if !extra.is_empty() && !numbered {
                    return None;
                }
                let at = NaiveDateTime::parse_from_str(time, "%Y-%m-%d-%H%M%S").ok()?;
                let at = Local.from_local_datetime(&at).earliest()?;
                Some((e.path(), at.with_timezone(&Utc)))
            })
            .collect();
        found.sort_by_key(|(_, at)| *at);
        found
    }

    /// When the newest backup was made.
    pub fn last(&self) -> Option<DateTime<Utc>> {
        self.list().last().map(|(_, at)| *at)
    }

    /// Makes a backup of the open book in the folder, named for `now`.
    pub fn make(&self, store: &Store, now: DateTime<Local>) -> Result<Made, BackupError> {
        make_private_dir(&self.dir)?;
        let name = self.name(now);
        let mut path = self.dir.join(&name);
        for n in 2.. {
            if !path.exists() {
                break;
            }
            path = self
                .dir
                .join(format!("{}-{n}.sqlite", name.trim_end_matches(".sqlite")));
        }
        write_copy(&path, |temp| store.backup_into(temp))
    }

    /// The day's automatic backup: made when none of today's exists, then only the newest
    /// `keep` are kept. `keep` 0 turns it off. None when nothing was needed.
    pub fn daily(
        &self,
        store: &Store,
        keep: usize,
        now: DateTime<Local>,
    ) -> Result<Option<Made>, BackupError> {
        if keep == 0 {
            return Ok(None);
        }
        let today = now.date_naive();
        let made_today = self
            .list()
            .iter()
            .any(|(_, at)| at.with_timezone(&Local).date_naive() == today);
        if made_today {
            return Ok(None);
        }
        let made = self.make(store, now)?;
        self.prune(keep);
        Ok(Some(made))
    }

    /// Removes all but the newest `keep` backups (never the last one).
    pub fn prune(&self, keep: usize) {
        let all = self.list();
        let surplus = all.len().saturating_sub(keep.max(1));
        for (path, _) in all.into_iter().take(surplus) {
            let _ = fs::remove_file(path);
        }
    }
}

/// A backup at `to`: into that folder under the dated name when it is a folder, else as
/// that file (which must not exist yet).
pub fn make_at(
    store: &Store,
    backups: &Backups,
    to: &Path,
    now: DateTime<Local>,
) -> Result<Made, BackupError> {
    let path = if to.is_dir() {
        to.join(backups.name(now))
    } else {
        to.to_path_buf()
    };
    write_copy(&path, |temp| store.backup_into(temp))
}

/// Writes a checked copy under a temporary name, then renames it to `path`.
fn write_copy(
    path: &Path,
    copy: impl FnOnce(&Path) -> Result<BookInfo, StoreError>,
) -> Result<Made, BackupError> {
    if path.exists() {
        return Err(BackupError::Exists {
            path: path.display().to_string(),
        });
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| BackupError::io(dir, e))?;
    }
    let temp = temp_beside(path);
    // Owner-only from the first byte: SQLite keeps the mode of a file that exists.
    create_private(&temp).map_err(|e| BackupError::io(path, e))?;
    let staged = Staged::adopt(temp, path);
    let info = copy(staged.temp()).map_err(|e| BackupError::store(path, e))?;
    let path = staged.commit().map_err(|e| BackupError::io(path, e))?;
    Ok(Made { path, info })
}

fn make_private_dir(dir: &Path) -> Result<(), BackupError> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(|e| BackupError::io(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
    }
    Ok(())
}

/// Puts the backup at `source` in place of the book at `book`: refused while any desk or
/// command has the book open, and unless `source` is an undamaged orderdesk book this build
/// can read; the book it replaces is first copied into the backups folder.
pub fn restore(
    book: &Path,
    source: &Path,
    backups: &Backups,
    now: DateTime<Local>,
) -> Result<Restored, BackupError> {
    if crate::core::db_url::is_postgres_url(&book.to_string_lossy()) {
        return Err(BackupError::Store(StoreError::BackupOnServer));
    }
    let same = |a: &Path, b: &Path| match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(book, source) {
        return Err(BackupError::SameFile {
            path: source.display().to_string(),
        });
    }
    let _alone = BookLock::exclusive(book)?;
    let info = inspect_book(source)?;
    let safety = if book.exists() {
        make_private_dir(&backups.dir)?;
        let name = format!(
            "{}-before-restore.sqlite",
            backups.name(now).trim_end_matches(".sqlite")
        );
        Some(write_copy(&backups.dir.join(name), |temp| {
            backup_file(book, temp)
        })?)
    } else {
        create_private(book).map_err(|e| BackupError::io(book, e))?;
        None
    };
    restore_book(book, source).map_err(|e| BackupError::store(book, e))?;
    Ok(Restored {
        from: source.to_path_buf(),
        info,
        safety,
    })
}

impl BackupError {
    /// The error in the reader's language; what the system said stays as it came.
    pub fn message(&self) -> crate::core::i18n::Message {
        use crate::core::i18n::Message;
        match self {
            BackupError::Io { path, source } => crate::msg!(
                "error-backup-io",
                path = path.as_str(),
                why = Message::plain(source.to_string())
            ),
            BackupError::Full { path } => crate::msg!("error-backup-full", path = path.as_str()),
            BackupError::Exists { path } => {
                crate::msg!("error-backup-exists", path = path.as_str())
            }
            BackupError::SameFile { path } => {
                crate::msg!("error-backup-same-file", path = path.as_str())
            }
            BackupError::Store(e) => e.message(),
        }
    }
}
