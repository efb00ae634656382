//! Where the database, the config file and the log live: `--db`/`ORDERDESK_DB` and
//! `--config`/`ORDERDESK_CONFIG` override the platform's standard folders.

use std::path::PathBuf;

use directories::ProjectDirs;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paths {
    pub db: PathBuf,
    pub config: PathBuf,
    /// The demo shop's database, used by `orderdesk --demo`.
    pub demo_db: PathBuf,
    /// The folder of the log files (the platform's state folder; the data folder's `logs`
    /// where the platform has none).
    pub logs: PathBuf,
    /// Where the daily backups (and `orderdesk backup` without --to) go: beside the book.
    pub backups: PathBuf,
    /// Where the desk's `E` writes the day's reports unless `reports.folder` says: a folder
    /// the owner finds (in Documents, else the home folder), not the hidden data folder.
    pub reports: PathBuf,
}

impl Paths {
    /// The same paths with the book at `db` (the config's `db.url`).
    pub fn with_book(&self, db: PathBuf) -> Paths {
        let mut moved = Paths::resolve(Some(db), Some(self.config.clone()));
        moved.reports = self.reports.clone();
        moved
    }

    /// The paths as they may be shown: a password in the book's URL replaced.
    pub fn shown(&self) -> Paths {
        let mut shown = self.clone();
        shown.db = PathBuf::from(crate::core::db_url::redact(&self.db.to_string_lossy()));
        shown
    }

    /// Resolves the paths; explicit overrides (already merged with the environment by the
    /// CLI parser) win over the standard folders.
    pub fn resolve(db: Option<PathBuf>, config: Option<PathBuf>) -> Paths {
        let dirs = ProjectDirs::from("", "", "orderdesk");
        let data = dirs
            .as_ref()
            .map(|d| d.data_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from("."));
        let config_dir = dirs
            .as_ref()
            .map(|d| d.config_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from("."));
        let logs = dirs
            .as_ref()
            .and_then(|d| d.state_dir().map(|s| s.to_path_buf()))
            .unwrap_or_else(|| data.join("logs"));
        let db = db.unwrap_or_else(|| data.join("orderdesk.sqlite"));
        let backups = if crate::core::db_url::is_postgres_url(&db.to_string_lossy()) {
            // A PostgreSQL book is backed up by its server; nothing goes beside it.
            data.join("backups")
        } else {
            db.parent()
                .filter(|d| !d.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("backups"), |d| d.join("backups"))
        };
        let reports = directories::UserDirs::new()
            .map(|u| {
                u.document_dir()
                    .map_or_else(|| u.home_dir().to_path_buf(), |d| d.to_path_buf())
            })
            .unwrap_or_else(|| data.clone())
            .join("orderdesk reports");
        Paths {
            db,
            config: config.unwrap_or_else(|| config_dir.join("config.toml")),
            demo_db: data.join("demo.sqlite"),
            logs,
            backups,
            reports,
        }
    }
}
