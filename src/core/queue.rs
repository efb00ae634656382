//! The desk's queue order, most urgent first. The ranks are computed by SQLite (the
//! generated column `queue_rank` of migration 0003, so a page is an index range); these are
//! the facts the rest of the code needs about them, checked against the SQL by a store test.
//!
//! 0 claims to verify, 1 drafts, 2 awaiting payment (or deposit paid), 3 paid and to pack,
//! 4 packing, 5 ready, 6 out for delivery, 7 delivered with a balance due, 8 delivered,
//! 9 cancelled.

/// How many ranks there are.
pub const QUEUE_RANKS: usize = 10;

/// Confirmed, not yet paid in full, not yet packed.
pub const AWAITING_PAYMENT: u8 = 2;

/// The last rank shown without "show delivered and cancelled": delivered with a balance due.
pub const LAST_OPEN_RANK: u8 = 7;
