//! Learned aliases: the shop's customers' words for its products.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::codec::{get_ts, ts};
use super::{Reader, Result, Tx};
use crate::store::api::*;
use crate::store::rows::*;

fn alias_row(r: &rusqlite::Row) -> rusqlite::Result<AliasRow> {
    Ok(AliasRow {
        phrase: r.get("phrase")?,
        phrase_key: r.get("phrase_key")?,
        sku: r.get("sku")?,
        actor: r.get("actor")?,
        learned_at: get_ts(r, "learned_at")?,
    })
}

impl AliasReads for Reader<'_> {
    fn learned_aliases(&self) -> Result<Vec<AliasRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT phrase_key, phrase, sku, actor, learned_at FROM learned_aliases
             ORDER BY phrase_key",
        )?;
        let rows = stmt.query_map([], alias_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn learned_alias(&self, phrase_key: &str) -> Result<Option<AliasRow>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT phrase_key, phrase, sku, actor, learned_at FROM learned_aliases
                 WHERE phrase_key = ?1",
            )?
            .query_row([phrase_key], alias_row)
            .optional()?)
    }
}

impl AliasWrites for Tx<'_> {
    fn learn_alias(
        &self,
        phrase_key: &str,
        phrase: &str,
        sku: &str,
        actor: &str,
        at: DateTime<Utc>,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO learned_aliases (phrase_key, phrase, sku, actor, learned_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (phrase_key) DO UPDATE SET phrase = excluded.phrase,
                     sku = excluded.sku, actor = excluded.actor, learned_at = excluded.learned_at",
            )?
            .execute(params![phrase_key, phrase, sku, actor, ts(at)])?;
        Ok(())
    }

    fn forget_alias(&self, phrase_key: &str) -> Result<bool> {
        let n = self
            .tx
            .prepare_cached("DELETE FROM learned_aliases WHERE phrase_key = ?1")?
            .execute([phrase_key])?;
        Ok(n > 0)
    }
}
