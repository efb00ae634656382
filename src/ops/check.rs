//! Checks that what the book keeps (stock counters, each order's payment sums, the queue's
//! counts, the text its filter reads and the index of that text) agrees with the rows it is
//! kept from. A healthy book
//! finds nothing.

use super::{Desk, Result};
use crate::core::payment::Totals;
use crate::core::queue::QUEUE_RANKS;
use crate::store::{Discrepancy, DueCountGap};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BookCheck {
    /// Products whose counters disagree with their ledger of moves.
    pub stock: Vec<Discrepancy>,
    /// Orders whose kept payment sums disagree with their payments: (number, kept, real).
    pub sums: Vec<(i64, Totals, Totals)>,
    /// The kept queue counts and the recounted ones, when they differ.
    pub queue: Option<([i64; QUEUE_RANKS], [i64; QUEUE_RANKS])>,
    /// Kept deadline counts that disagree with the orders.
    pub deadlines: Vec<DueCountGap>,
    /// Orders whose kept search text (what the queue's filter reads) disagrees with them.
    pub search: Vec<i64>,
    /// Orders the index proposing a filter's orders has no entry for, or a stale one, and
    /// entries of no order (a filter could miss those orders).
    pub words: Vec<i64>,
}

impl BookCheck {
    pub fn is_healthy(&self) -> bool {
        self.stock.is_empty()
            && self.sums.is_empty()
            && self.queue.is_none()
            && self.deadlines.is_empty()
            && self.search.is_empty()
            && self.words.is_empty()
    }
}

impl Desk {
    /// Compares in one snapshot: counters and the rows they count are read as of one moment,
    /// so orders created meanwhile by other desks cannot look like a disagreement.
    pub fn check_book(&self) -> Result<BookCheck> {
        let snapshot = self.store.snapshot()?;
        let read = snapshot.read();
        let kept = read.queue_counts("")?;
        let real = read.queue_counts_scanned("")?;
        Ok(BookCheck {
            stock: read.stock_discrepancies()?,
            sums: read.payment_sum_discrepancies()?,
            queue: (kept != real).then_some((kept, real)),
            deadlines: read.due_count_discrepancies()?,
            search: read.search_text_gaps()?,
            words: read.word_index_gaps()?,
        })
    }
}
