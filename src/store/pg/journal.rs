//! The journal on PostgreSQL: every mutation, with before and after (jsonb), who and when.
//! Append-only by trigger.

use postgres::Row;
use postgres::types::Json;
use serde_json::Value;
use uuid::Uuid;

use super::codec::{get, ms};
use super::{Reader, Result, Tx};
use crate::store::api::*;
use crate::store::rows::*;

fn entry_row(r: &Row) -> Result<JournalEntry> {
    let json = |column: &str| -> Result<Option<Value>> {
        Ok(get::<Option<Json<Value>>>(r, column)?.map(|j| j.0))
    };
    Ok(JournalEntry {
        at: get(r, "at")?,
        actor: get(r, "actor")?,
        entity: get(r, "entity")?,
        key: get(r, "entity_key")?,
        action: get(r, "action")?,
        before: json("before")?,
        after: json("after")?,
    })
}

impl JournalReads for Reader<'_> {
    fn journal_for_order(&self, order_id: Uuid) -> Result<Vec<JournalEntry>> {
        let rows = self.conn.query(
            "SELECT at, actor, entity, entity_key, action, before, after FROM journal
             WHERE order_id = $1 ORDER BY id",
            &[&order_id],
        )?;
        rows.iter().map(entry_row).collect()
    }

    fn last_journal(&self, entity: &str, key: &str, action: &str) -> Result<Option<JournalEntry>> {
        self.conn
            .query_opt(
                "SELECT at, actor, entity, entity_key, action, before, after FROM journal
                 WHERE entity = $1 AND entity_key = $2 AND action = $3
                 ORDER BY id DESC LIMIT 1",
                &[&entity, &key, &action],
            )?
            .map(|r| entry_row(&r))
            .transpose()
    }

    fn journal_count(&self) -> Result<i64> {
        get(
            &self
                .conn
                .query_one("SELECT count(*) AS n FROM journal", &[])?,
            "n",
        )
    }
}

impl JournalWrites for Tx<'_> {
    fn journal(&self, e: Entry) -> Result<()> {
        self.conn.execute(
            "INSERT INTO journal (at, actor, entity, entity_key, order_id, action, before, after)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &ms(e.at),
                &e.actor,
                &e.entity,
                &e.key,
                &e.order_id,
                &e.action,
                &e.before.map(Json),
                &e.after.map(Json),
            ],
        )?;
        Ok(())
    }
}
