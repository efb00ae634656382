//! What the store keeps between reads of the queue while the book is unchanged: how the last
//! filter was read (the next page, `g`, `G` or a jump in it reads neither the index nor the
//! keys again), where proposed orders stand, which orders the index proposed for recent
//! filters, and recent filters' counts. A letter typed and taken back, a filter typed again,
//! or the count the desk starts in the background for the filter it just read, then asks
//! nothing the store has answered since the book last changed.
//!
//! "Unchanged" is `PRAGMA data_version` (other connections' commits) together with this
//! connection's own change count: any commit ends everything kept. Reads inside a
//! transaction keep nothing (they see its own uncommitted writes).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::queue_page::KeptReading;
use super::{Reader, Result};
use crate::core::queue::QUEUE_RANKS;
use crate::store::queue_walk::Place;
use crate::store::rows::Pressing;

/// The filter's text, last rank and day of a queue view: which reading is kept.
pub(super) type ViewSeen = (String, u8, Option<NaiveDate>);

/// The book's state: `PRAGMA data_version` and this connection's changes.
pub(super) type BookState = (i64, u64);

#[derive(Default)]
pub(crate) struct Kept {
    book: BookState,
    /// How the last filter's pages were read.
    pub(super) page: Option<(ViewSeen, KeptReading)>,
    /// Where the orders proposed for any filter stand, by number.
    pub(super) places: HashMap<i64, Place>,
    /// The orders the index proposed for a filter (by its words): None, too many to be few.
    pub(super) proposed: HashMap<String, Option<Vec<i64>>>,
    /// A filter's counts per rank and what is due in it, by its words and the day and minute
    /// counted at.
    pub(super) counted: HashMap<(String, String, String), ([i64; QUEUE_RANKS], Pressing)>,
}

/// At most this many filters' proposed orders and counts are kept (a few MB at most).
pub(super) const KEPT_FILTERS: usize = 32;

/// At most this many orders' places are kept between filters (a few MB).
pub(super) const KEPT_PLACES: usize = 50_000;

impl Kept {
    /// Remembers `value` under `key` in `map`, forgetting the others when it is full.
    pub(super) fn remember<K: std::hash::Hash + Eq, V>(map: &mut HashMap<K, V>, key: K, value: V) {
        if map.len() >= KEPT_FILTERS {
            map.clear();
        }
        map.insert(key, value);
    }
}

impl Reader<'_> {
    /// What tells whether the book changed since: other connections' commits and this
    /// connection's own changes.
    pub(super) fn book_state(&self) -> Result<BookState> {
        let version = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        Ok((version, self.conn.total_changes()))
    }

    /// `f` on what is kept for the book in `book` (emptied first when it was kept for
    /// another state); None inside a transaction, which keeps nothing.
    pub(super) fn with_kept<T>(
        &self,
        book: BookState,
        f: impl FnOnce(&mut Kept) -> T,
    ) -> Option<T> {
        let cell = self.kept?;
        let mut kept = cell.borrow_mut();
        if kept.book != book {
            *kept = Kept {
                book,
                ..Kept::default()
            };
        }
        Some(f(&mut kept))
    }
}
