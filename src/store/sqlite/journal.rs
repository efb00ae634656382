//! The journal: every mutation, with before and after, who and when.

use rusqlite::params;
use serde_json::Value;
use uuid::Uuid;

use super::codec::{get_ts, ts};
use super::{Reader, Result, Tx};
use crate::store::api::*;
use crate::store::rows::*;

/// A journal row by column name; before/after JSON that does not parse reads as absent.
fn entry_row(r: &rusqlite::Row) -> rusqlite::Result<JournalEntry> {
    let json = |column: &str| -> rusqlite::Result<Option<Value>> {
        let text: Option<String> = r.get(column)?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    };
    Ok(JournalEntry {
        at: get_ts(r, "at")?,
        actor: r.get("actor")?,
        entity: r.get("entity")?,
        key: r.get("entity_key")?,
        action: r.get("action")?,
        before: json("before")?,
        after: json("after")?,
    })
}

impl JournalReads for Reader<'_> {
    fn journal_for_order(&self, order_id: Uuid) -> Result<Vec<JournalEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, actor, entity, entity_key, action, before, after FROM journal
             WHERE order_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([order_id], entry_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn last_journal(&self, entity: &str, key: &str, action: &str) -> Result<Option<JournalEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, actor, entity, entity_key, action, before, after FROM journal
             WHERE entity = ?1 AND entity_key = ?2 AND action = ?3 ORDER BY id DESC LIMIT 1",
        )?;
        let mut rows = stmt.query_map([entity, key, action], entry_row)?;
        Ok(rows.next().transpose()?)
    }

    fn journal_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM journal", [], |r| r.get(0))?)
    }
}

impl JournalWrites for Tx<'_> {
    fn journal(&self, e: Entry) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO journal (at, actor, entity, entity_key, order_id, action, before, after)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                ts(e.at),
                e.actor,
                e.entity,
                e.key,
                e.order_id,
                e.action,
                e.before.map(|v| v.to_string()),
                e.after.map(|v| v.to_string())
            ])?;
        Ok(())
    }
}
