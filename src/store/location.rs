//! Where a book lives: a SQLite file's path, or a PostgreSQL URL (`postgres://…` or
//! `postgresql://…`). A URL may carry a password: it is kept only to connect, and every
//! place that shows a location (errors, logs, `orderdesk paths`, `config`) shows it through
//! [`redact`], with the password replaced.

use std::fmt;
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

/// True when `text` names a PostgreSQL book rather than a file.
pub fn is_postgres_url(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
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

/// `text` with any password a PostgreSQL URL carries replaced by `***`: the `user:secret@`
/// part and a `password=` parameter. Text that is no URL comes back unchanged.
pub fn redact(text: &str) -> String {
    if !is_postgres_url(text) {
        return text.to_string();
    }
    let (scheme, rest) = text.split_once("://").unwrap_or(("", text));
    let (authority_end, _) = rest
        .char_indices()
        .find(|(_, c)| matches!(c, '/' | '?'))
        .unwrap_or((rest.len(), ' '));
    let (authority, tail) = rest.split_at(authority_end);
    // The last '@' ends the credentials: a password may contain '@' unencoded.
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let params: Vec<String> = query
                .split('&')
                .map(|p| match p.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => p.to_string(),
                })
                .collect();
            format!("{path}?{}", params.join("&"))
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{authority}{tail}")
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
    fn a_password_is_never_shown() {
        let cases = [
            (
                "postgres://shop:s3cr%40t@db.local:5433/book?sslmode=require",
                "postgres://shop:***@db.local:5433/book?sslmode=require",
            ),
            (
                "postgresql://shop:p@ss@db/book",
                "postgresql://shop:***@db/book",
            ),
            (
                "postgresql:///book?host=/run/pg&password=hunter2&user=x",
                "postgresql:///book?host=/run/pg&password=***&user=x",
            ),
            ("postgres://shop@db/book", "postgres://shop@db/book"),
            ("/home/shop/book.sqlite", "/home/shop/book.sqlite"),
        ];
        for (given, shown) in cases {
            assert_eq!(redact(given), shown);
            assert!(!redact(given).contains("hunter2"));
        }
        let url = Location::parse("postgres://shop:hunter2@db/book");
        assert!(!format!("{url:?}").contains("hunter2"));
        assert!(!url.shown().contains("hunter2"));
    }
}
