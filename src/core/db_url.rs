//! A book's location as text: a PostgreSQL URL or a file's path, and the URL as it may be
//! shown anywhere (errors, logs, `orderdesk paths`, `config`): with its password replaced.

/// True when `text` names a PostgreSQL book rather than a file.
pub fn is_postgres_url(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("postgres://") || lower.starts_with("postgresql://")
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
    fn only_a_postgres_url_is_one() {
        assert!(is_postgres_url("postgres://shop@db/book"));
        assert!(is_postgres_url(" PostgreSQL://db/book"));
        assert!(!is_postgres_url("book.sqlite"));
        assert!(!is_postgres_url("postgres:/one-slash"));
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
        }
    }
}
