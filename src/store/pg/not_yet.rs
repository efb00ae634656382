//! The queries not yet answered on PostgreSQL: each refuses with
//! `StoreError::NotOnPostgres`, naming its part of the book, so a command that needs one
//! says so instead of doing something else. Porting a group moves its block to a file of
//! its own (`pg/products.rs` …) with the SQL.

use super::{Reader, Result, not_yet};
use crate::core::queue::QueueFrom;
use crate::store::api::*;
use crate::store::rows::*;

impl QueuePageReads for Reader<'_> {
    fn queue_rows(
        &self,
        _view: &QueueView,
        _from: &QueueFrom,
        _skip: usize,
        _limit: usize,
    ) -> Result<QueueRows> {
        Err(not_yet("the desk's queue"))
    }
}
