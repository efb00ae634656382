//! How SQLite's errors read as `StoreError`s.

use rusqlite::ErrorCode;

use super::StoreError;
use crate::msg;

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::DiskFull) => StoreError::Full,
            Some(ErrorCode::SystemIoFailure) => StoreError::Io(e),
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                StoreError::NotADatabase {
                    path: "the database".into(),
                    detail: e.to_string(),
                }
            }
            _ if e.to_string().contains("amount beyond the ceiling") => StoreError::BeyondCeiling,
            _ if e
                .to_string()
                .contains("the same reference, written another way") =>
            {
                StoreError::Duplicate(msg!("error-store-reference-other-case"))
            }
            _ if e.to_string().contains("integer overflow") => StoreError::Overflow,
            _ => StoreError::Sqlite(e),
        }
    }
}
pub(crate) fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
    )
}
