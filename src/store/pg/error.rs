//! How PostgreSQL's errors read as `StoreError`s. A refused UNIQUE constraint stays a
//! `Postgres` error here; the write that expects it words it (`unique_violation`).

use postgres::error::SqlState;

use super::StoreError;

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> Self {
        let Some(code) = e.code() else {
            let io = std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>());
            return if e.is_closed() || io {
                StoreError::Connect {
                    target: "the PostgreSQL book".into(),
                    reason: "the connection was lost; try again".into(),
                }
            } else {
                StoreError::Postgres(e)
            };
        };
        let constraint = e
            .as_db_error()
            .and_then(|d| d.constraint())
            .unwrap_or_default();
        match code {
            c if *c == SqlState::T_R_SERIALIZATION_FAILURE
                || *c == SqlState::T_R_DEADLOCK_DETECTED
                || *c == SqlState::LOCK_NOT_AVAILABLE
                || *c == SqlState::QUERY_CANCELED =>
            {
                StoreError::Busy
            }
            c if *c == SqlState::CHECK_VIOLATION && constraint.contains("ceiling") => {
                StoreError::BeyondCeiling
            }
            c if *c == SqlState::NUMERIC_VALUE_OUT_OF_RANGE => StoreError::Overflow,
            c if *c == SqlState::READ_ONLY_SQL_TRANSACTION => StoreError::ReadOnly,
            c if *c == SqlState::DISK_FULL => StoreError::Full,
            _ => StoreError::Postgres(e),
        }
    }
}

/// True when a write met a UNIQUE constraint (or primary key).
pub fn unique_violation(e: &StoreError) -> bool {
    matches!(e, StoreError::Postgres(p) if p.code() == Some(&SqlState::UNIQUE_VIOLATION))
}
