//! Running an integration test on both engines: once on a SQLite file, then on a fresh
//! PostgreSQL database of the test server (`orderdesk::store::test_server`; where none can
//! be had the second run is skipped with the reason printed, except under `CI=true`, where
//! that fails). A test body opens its book with `open_book`, which knows which run it is in.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use orderdesk::store::Store;

thread_local! {
    /// The PostgreSQL database the running test's book is; None: a SQLite file.
    static PG_BOOK: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `test` on a SQLite file, then on a PostgreSQL database.
pub fn on_each_engine(test: fn()) {
    PG_BOOK.set(None);
    test();
    if let Some(url) = orderdesk::store::test_server::fresh_book() {
        PG_BOOK.set(Some(url));
        test();
        PG_BOOK.set(None);
    }
}

/// Where the run's book is, as `--db` takes it: `dir/book.sqlite` on the SQLite run, the
/// database's URL on the PostgreSQL one.
#[allow(dead_code)]
pub fn book_location(dir: &Path) -> PathBuf {
    match PG_BOOK.with_borrow(Clone::clone) {
        None => dir.join("book.sqlite"),
        Some(url) => PathBuf::from(url),
    }
}

/// The run's book: `dir/book.sqlite` on the SQLite run, the fresh database on the
/// PostgreSQL one (opened once: a second call opens the same database again).
#[allow(dead_code)]
pub fn open_book(dir: &Path) -> Store {
    Store::open(&book_location(dir)).unwrap()
}
