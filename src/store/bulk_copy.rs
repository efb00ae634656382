//! A SQLite book copied into an empty PostgreSQL one in bulk (the benchmarks only): making a
//! large book through the store goes a round trip per statement on PostgreSQL (about 230
//! orders a second: over an hour for a million), while the demo generator fills a SQLite
//! file at a few thousand a second. So the file is made by the generator, through every
//! operation's rules, and its rows are copied table by table with binary COPY.
//!
//! What PostgreSQL keeps by trigger is not left to a trigger per copied row (a million
//! updates of one counter row, every order written again for each of its lines): the
//! tables' triggers are off during the copy, and what they keep is written in bulk from the
//! same rows: the payment sums are SQLite's own (the same rule), the filter's text is
//! SQLite's with its ASCII letters lowered (as PostgreSQL keeps it, its migration 0002),
//! the queue and deadline counts are counted from the orders, the order counter goes on
//! after the last number and each table's id sequence after its last id. All in one
//! transaction; `stock check` (`Desk::check_book`) recounts it all afterwards.

use std::collections::HashSet;
use std::error::Error;
use std::path::Path;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};
use rusqlite::types::ValueRef;

use super::{Location, Store};

/// The book's tables in the order their references allow (a row's references are copied
/// before it).
const TABLES: &[&str] = &[
    "products",
    "customers",
    "orders",
    "order_lines",
    "payments",
    "payment_links",
    "stock_moves",
    "journal",
    "provider_events",
    "reminders_sent",
    "report_rows",
    "order_tags",
    "shop_authors",
    "learned_aliases",
];

/// Rows copied, by table.
pub type Copied = Vec<(&'static str, u64)>;

type Failure = Box<dyn Error + Send + Sync>;

/// Copies the SQLite book `file` into the PostgreSQL database at `url`, which must hold no
/// book yet or an empty one (its schema is made first, by the store's own migrations).
pub fn sqlite_to_postgres(file: &Path, url: &str) -> Result<Copied, Failure> {
    // The schema, as the store makes it.
    drop(Store::open_at(&Location::parse(url))?);
    let lite = rusqlite::Connection::open_with_flags(
        file,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let mut client = postgres::Client::connect(url, postgres::NoTls)?;
    let orders: i64 = client.query_one("SELECT count(*) FROM orders", &[])?.get(0);
    if orders > 0 {
        return Err(format!("the PostgreSQL book holds {orders} orders already").into());
    }
    let mut tx = client.transaction()?;
    // A link's reference to the link that replaced it is checked at once, not at commit:
    // a table's triggers cannot be turned back on while checks of it wait.
    tx.batch_execute("SET CONSTRAINTS ALL IMMEDIATE")?;
    let mut copied = Vec::new();
    for table in TABLES {
        tx.batch_execute(&format!("ALTER TABLE {table} DISABLE TRIGGER USER"))?;
        copied.push((*table, copy_table(&lite, &mut tx, table)?));
        tx.batch_execute(&format!("ALTER TABLE {table} ENABLE TRIGGER USER"))?;
    }
    tx.batch_execute(KEPT)?;
    // Each table's id sequence goes on after the ids copied.
    let identities: Vec<String> = tx
        .query(
            "SELECT table_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND column_name = 'id'
               AND is_identity = 'YES'",
            &[],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for table in identities {
        tx.batch_execute(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id))
             FROM {table} HAVING count(*) > 0"
        ))?;
    }
    tx.commit()?;
    // A book in use has its hint bits set and its statistics read: so does the copy.
    client.batch_execute("VACUUM ANALYZE")?;
    Ok(copied)
}

/// What the triggers keep, from the copied rows: the counts in slot 0 of each rank (and
/// rank, day and time), and the next order number.
const KEPT: &str = "
    UPDATE queue_counts q SET orders = c.n
    FROM (SELECT queue_rank, count(*) AS n FROM orders GROUP BY queue_rank) c
    WHERE q.rank = c.queue_rank AND q.slot = 0;
    INSERT INTO due_counts (rank, due_date, due_time, slot, orders)
    SELECT queue_rank, due_date, coalesce(due_time, '24:00'), 0, count(*)
    FROM orders WHERE due_date IS NOT NULL
    GROUP BY queue_rank, due_date, coalesce(due_time, '24:00');
    UPDATE order_counter SET next = GREATEST(next, (SELECT max(number) + 1 FROM orders))
    WHERE EXISTS (SELECT 1 FROM orders);";

/// Copies one table's rows: the columns both engines have that PostgreSQL does not
/// generate, each value converted to the PostgreSQL column's type.
fn copy_table(
    lite: &rusqlite::Connection,
    tx: &mut postgres::Transaction,
    table: &str,
) -> Result<u64, Failure> {
    let theirs: HashSet<String> = lite
        .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let columns: Vec<(String, Type)> = tx
        .query(
            "SELECT a.attname::text, a.atttypid FROM pg_attribute a
             WHERE a.attrelid = $1::text::regclass AND a.attnum > 0 AND NOT a.attisdropped
               AND a.attgenerated = ''
             ORDER BY a.attnum",
            &[&table],
        )?
        .iter()
        .filter(|r| theirs.contains(r.get::<_, &str>(0)))
        .map(|r| {
            let oid: u32 = r.get(1);
            let name: String = r.get(0);
            Type::from_oid(oid)
                .map(|t| (name.clone(), t))
                .ok_or_else(|| format!("{table}.{name}: a type this copy does not know"))
        })
        .collect::<Result<_, _>>()?;
    let names: Vec<&str> = columns.iter().map(|(n, _)| n.as_str()).collect();
    let types: Vec<Type> = columns.iter().map(|(_, t)| t.clone()).collect();
    let list = names.join(", ");
    let writer = tx.copy_in(&format!("COPY {table} ({list}) FROM STDIN (FORMAT binary)"))?;
    let mut writer = BinaryCopyInWriter::new(writer, &types);
    let mut stmt = lite.prepare(&format!("SELECT {list} FROM {table}"))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let cells = columns
            .iter()
            .enumerate()
            .map(|(i, (name, ty))| {
                cell(
                    row.get_ref(i)?,
                    ty,
                    table == "orders" && name == "search_text",
                )
                .map_err(|e| format!("{table}.{name}: {e}").into())
            })
            .collect::<Result<Vec<_>, Failure>>()?;
        let refs: Vec<&(dyn ToSql + Sync)> = cells.iter().map(|c| c.as_ref()).collect();
        writer.write(&refs)?;
    }
    Ok(writer.finish()?)
}

/// A SQLite value as the PostgreSQL column of type `ty` takes it (a NULL typed as the
/// column is).
fn cell(value: ValueRef, ty: &Type, lowered: bool) -> Result<Box<dyn ToSql + Sync>, Failure> {
    fn some<T, E: Into<Failure>>(
        value: ValueRef,
        read: impl FnOnce(ValueRef) -> Result<T, E>,
    ) -> Result<Option<T>, Failure> {
        match value {
            ValueRef::Null => Ok(None),
            v => read(v).map(Some).map_err(Into::into),
        }
    }
    let int = |v: ValueRef| v.as_i64();
    let text = |v: ValueRef| -> Result<String, Failure> { Ok(v.as_str()?.to_string()) };
    Ok(match ty {
        t if *t == Type::INT2 => Box::new(some(value, |v| -> Result<i16, Failure> {
            Ok(i16::try_from(int(v)?)?)
        })?),
        t if *t == Type::INT4 => Box::new(some(value, |v| -> Result<i32, Failure> {
            Ok(i32::try_from(int(v)?)?)
        })?),
        t if *t == Type::INT8 => Box::new(some(value, int)?),
        t if *t == Type::BOOL => Box::new(some(value, |v| int(v).map(|n| n != 0))?),
        t if *t == Type::UUID => Box::new(some(value, |v| -> Result<uuid::Uuid, Failure> {
            Ok(uuid::Uuid::from_slice(v.as_blob()?)?)
        })?),
        t if *t == Type::TIMESTAMPTZ => Box::new(some(value, |v| -> Result<_, Failure> {
            Ok(DateTime::parse_from_rfc3339(v.as_str()?)?.with_timezone(&Utc))
        })?),
        t if *t == Type::DATE => Box::new(some(value, |v| -> Result<_, Failure> {
            Ok(NaiveDate::parse_from_str(v.as_str()?, "%Y-%m-%d")?)
        })?),
        t if *t == Type::TIME => Box::new(some(value, |v| -> Result<_, Failure> {
            Ok(NaiveTime::parse_from_str(v.as_str()?, "%H:%M")?)
        })?),
        t if *t == Type::JSONB => Box::new(some(value, |v| -> Result<_, Failure> {
            Ok(serde_json::from_str::<serde_json::Value>(v.as_str()?)?)
        })?),
        // PostgreSQL keeps the filter's text with its ASCII letters lowered.
        t if *t == Type::TEXT && lowered => {
            Box::new(some(value, |v| text(v).map(|s| s.to_ascii_lowercase()))?)
        }
        t if *t == Type::TEXT => Box::new(some(value, text)?),
        t => return Err(format!("a column of type {t} this copy does not know").into()),
    })
}
