//! Running an integration test on both engines: once on a SQLite file, then on a fresh
//! PostgreSQL database of the test server (`orderdesk::store::test_server`; where none can
//! be had the second run is skipped with the reason printed, except under `CI=true`, where
//! that fails). A test body opens its book with `open_book`, which knows which run it is in.

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};

use orderdesk::store::Store;

thread_local! {
    /// The PostgreSQL database the running test's book is; None: a SQLite file.
    static PG_BOOK: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether `own_book_location` has handed out the run's database already.
    static PG_BOOK_TAKEN: Cell<bool> = const { Cell::new(false) };
}

/// Runs `test` on a SQLite file, then on a PostgreSQL database.
pub fn on_each_engine(test: fn()) {
    PG_BOOK.set(None);
    test();
    if let Some(url) = orderdesk::store::test_server::fresh_book() {
        PG_BOOK.set(Some(url));
        PG_BOOK_TAKEN.set(false);
        // Shown with a failure's output: which run failed.
        eprintln!("-- the same test on PostgreSQL --");
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

/// A book of its own for each call, as `--db` takes it: `dir/book.sqlite` on the SQLite run;
/// on the PostgreSQL one the run's database the first time, a new database of the test
/// server after that (for tests with several books, each in its own folder).
#[allow(dead_code)]
pub fn own_book_location(dir: &Path) -> PathBuf {
    match PG_BOOK.with_borrow(Clone::clone) {
        None => dir.join("book.sqlite"),
        Some(_) if !PG_BOOK_TAKEN.replace(true) => book_location(dir),
        Some(_) => PathBuf::from(
            orderdesk::store::test_server::fresh_book()
                .expect("the test server answered a moment ago"),
        ),
    }
}

/// True on the PostgreSQL run.
#[allow(dead_code)]
pub fn on_postgres() -> bool {
    PG_BOOK.with_borrow(Option::is_some)
}

/// The run's book: `dir/book.sqlite` on the SQLite run, the fresh database on the
/// PostgreSQL one (opened once: a second call opens the same database again).
#[allow(dead_code)]
pub fn open_book(dir: &Path) -> Store {
    Store::open(&book_location(dir)).unwrap()
}
