//! What a book holds, to prove that a refused command changed nothing, on either engine:
//! every table's rows as text (sorted, so two states compare whatever order a scan gives),
//! plus what makes the check as strict as each engine's storage allows. On SQLite the file's
//! bytes and its write-ahead log: any committed write shows, even one that wrote the same
//! values. On PostgreSQL each row's `xmin` (the transaction that last wrote it: a row
//! rewritten with the same values shows, the order counter's too) and where every sequence
//! of its own stands. The sequences behind row ids
//! are left out: PostgreSQL never gives back an id a rolled-back insert took, by design, and
//! no one sees those ids.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use orderdesk::core::db_url::is_postgres_url;

#[derive(PartialEq, Eq)]
pub struct BookState {
    /// Table (or sequence) name → its rows as text, sorted.
    tables: BTreeMap<String, Vec<String>>,
    /// A SQLite file's bytes, then its write-ahead log's; None on PostgreSQL.
    bytes: Option<Vec<u8>>,
}

impl BookState {
    /// The state of the book at `db` (a file's path or a PostgreSQL URL).
    pub fn of(db: &Path) -> BookState {
        let text = db.to_string_lossy();
        if is_postgres_url(&text) {
            BookState {
                tables: postgres_rows(&text),
                bytes: None,
            }
        } else {
            // The bytes first: reading the rows must not be what changed them.
            let bytes = file_bytes(db);
            // A file that is no SQLite database (a test's garbage) has only its bytes.
            let tables = if bytes.starts_with(b"SQLite format 3\0") {
                sqlite_rows(db)
            } else {
                BTreeMap::new()
            };
            BookState {
                tables,
                bytes: Some(bytes),
            }
        }
    }

    /// True when any row, or the file's bytes, hold `text`.
    pub fn mentions(&self, text: &str) -> bool {
        let in_rows = self.tables.values().flatten().any(|row| row.contains(text));
        let in_bytes = self
            .bytes
            .as_ref()
            .is_some_and(|bytes| bytes.windows(text.len()).any(|w| w == text.as_bytes()));
        in_rows || in_bytes
    }

    /// What differs from `before`, in words for a failing test: the tables whose rows
    /// changed, and the file's bytes.
    pub fn changes_since(&self, before: &BookState) -> Vec<String> {
        let mut changes: Vec<String> = self
            .tables
            .keys()
            .chain(before.tables.keys())
            .filter(|t| self.tables.get(*t) != before.tables.get(*t))
            .map(|t| format!("table {t}"))
            .collect();
        changes.dedup();
        if self.bytes != before.bytes {
            changes.push("the file's bytes".into());
        }
        changes
    }
}

/// Shown when an assertion on two states fails: how many rows each table has.
impl fmt::Debug for BookState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (table, rows) in &self.tables {
            map.entry(table, &rows.len());
        }
        if let Some(bytes) = &self.bytes {
            map.entry(&"file bytes", &bytes.len());
        }
        map.finish()
    }
}

/// The one text `sql` reads from the book at `db`, on either engine (for a stored value no
/// command shows as it is kept).
pub fn query_text(db: &Path, sql: &str) -> String {
    let text = db.to_string_lossy();
    if is_postgres_url(&text) {
        let mut client = postgres::Client::connect(&text, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot read the test book: {e}"));
        client.query_one(sql, &[]).unwrap().get(0)
    } else {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

/// Runs `sql` (statements separated by `;`) on the book at `db`, on either engine: for a
/// test that plants what no command would write.
pub fn execute(db: &Path, sql: &str) {
    let text = db.to_string_lossy();
    if is_postgres_url(&text) {
        let mut client = postgres::Client::connect(&text, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot open the test book: {e}"));
        client.batch_execute(sql).unwrap();
    } else {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute_batch(sql).unwrap();
    }
}

/// The database file and its write-ahead log, if any.
fn file_bytes(db: &Path) -> Vec<u8> {
    let mut bytes = fs::read(db).unwrap_or_else(|e| panic!("cannot read {}: {e}", db.display()));
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    // An empty log is no log (reading the rows read-only leaves one behind).
    if let Ok(log) = fs::read(PathBuf::from(wal))
        && !log.is_empty()
    {
        bytes.extend_from_slice(b"\n--wal--\n");
        bytes.extend(log);
    }
    bytes
}

fn sqlite_rows(db: &Path) -> BTreeMap<String, Vec<String>> {
    use rusqlite::types::ValueRef;
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap_or_else(|e| panic!("cannot open {} to read it: {e}", db.display()));
    let mut tables = BTreeMap::new();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    tables.insert("(user_version)".to_string(), vec![version.to_string()]);
    // Virtual tables keep their data in their shadow tables, which are read as tables.
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for name in names {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\"")).unwrap();
        let width = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |row| {
                let cells: Vec<String> = (0..width)
                    .map(|i| match row.get_ref(i).unwrap() {
                        ValueRef::Null => "NULL".to_string(),
                        ValueRef::Integer(n) => n.to_string(),
                        ValueRef::Real(x) => x.to_string(),
                        ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
                        ValueRef::Blob(b) => format!("x'{}'", hex::encode(b)),
                    })
                    .collect();
                Ok(cells.join(", "))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        tables.insert(name, rows);
    }
    tables
}

fn postgres_rows(url: &str) -> BTreeMap<String, Vec<String>> {
    let mut client = postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot read the test book: {e}"));
    let relations: Vec<(String, String)> = client
        .query(
            "SELECT c.relname::text, c.relkind::text FROM pg_class c \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = current_schema() AND (c.relkind = 'r' OR (c.relkind = 'S' \
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid \
             AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))) ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let mut tables = BTreeMap::new();
    for (name, kind) in relations {
        let query = if kind == "S" {
            format!("SELECT last_value::text || ' ' || is_called::text FROM \"{name}\"")
        } else {
            format!("SELECT t.xmin::text || ' ' || t::text FROM \"{name}\" t")
        };
        let mut rows: Vec<String> = client
            .query(&query, &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        rows.sort();
        tables.insert(name, rows);
    }
    tables
}
