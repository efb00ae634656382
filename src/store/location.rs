//! Where a book lives: a SQLite file's path, or a PostgreSQL URL (`postgres://…` or
//! `postgresql://…`). A URL may carry a password: it is kept only to connect, and every
//! place that shows a location (errors, logs, `orderdesk paths`, `config`) shows it through
//! [`redact`], with the password replaced.

use std::fmt;

pub use crate::core::db_url::{is_postgres_url, redact};
use std::path::{Path, PathBuf};

/// A book's location, as given by `--db`, `ORDERDESK_DB` or `db.url`.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Postgres(PgUrl),
}

/// A PostgreSQL connection URL. Its `Debug` and `Display` leave the password out.
#[derive(Clone, PartialEq, Eq)]
pub struct PgUrl(String);

impl PgUrl {
    /// The URL as given, password included: only for connecting.
    pub fn secret_text(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact(&self.0))
    }
}

impl fmt::Debug for PgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PgUrl({self})")
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File(p) => write!(f, "File({})", p.display()),
            Location::Postgres(u) => write!(f, "Postgres({u})"),
        }
    }
}

impl Location {
    pub fn parse(text: &str) -> Location {
        if is_postgres_url(text) {
            Location::Postgres(PgUrl(text.trim().to_string()))
        } else {
            Location::File(PathBuf::from(text))
        }
    }

    pub fn of_path(path: &Path) -> Location {
        Location::parse(&path.to_string_lossy())
    }

    /// The location as it may be shown anywhere.
    pub fn shown(&self) -> String {
        match self {
            Location::File(p) => p.display().to_string(),
            Location::Postgres(u) => u.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_postgres_and_anything_else_a_file() {
        assert!(matches!(
            Location::parse("postgres://shop@db.local/book"),
            Location::Postgres(_)
        ));
        assert!(matches!(
            Location::parse("PostgreSQL://db/book"),
            Location::Postgres(_)
        ));
        assert!(matches!(
            Location::parse("books/postgres.sqlite"),
            Location::File(_)
        ));
        assert!(matches!(
            Location::parse("postgres:/one-slash"),
            Location::File(_)
        ));
    }

    #[test]
    fn a_location_never_shows_its_password() {
        let url = Location::parse("postgres://shop:hunter2@db/book");
        assert!(!format!("{url:?}").contains("hunter2"));
        assert!(!url.shown().contains("hunter2"));
        assert!(url.shown().contains("shop:***@db/book"));
    }
}
