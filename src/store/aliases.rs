//! Learned aliases: the shop's customers' words for its products.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::codec::{get_ts, ts};
use super::{Reader, Result, Tx};

/// One learned alias as the book keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AliasRow {
    /// As staff (or the customer) wrote it.
    pub phrase: String,
    /// Folded: what makes two phrases the same alias.
    #[serde(skip)]
    pub phrase_key: String,
    pub sku: String,
    pub actor: String,
    pub learned_at: DateTime<Utc>,
}

fn alias_row(r: &rusqlite::Row) -> rusqlite::Result<AliasRow> {
    Ok(AliasRow {
        phrase: r.get("phrase")?,
        phrase_key: r.get("phrase_key")?,
        sku: r.get("sku")?,
        actor: r.get("actor")?,
        learned_at: get_ts(r, "learned_at")?,
    })
}

impl Reader<'_> {
    /// Every learned alias, by phrase.
    pub fn learned_aliases(&self) -> Result<Vec<AliasRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT phrase_key, phrase, sku, actor, learned_at FROM learned_aliases
             ORDER BY phrase_key",
        )?;
        let rows = stmt.query_map([], alias_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The alias with this folded phrase.
    pub fn learned_alias(&self, phrase_key: &str) -> Result<Option<AliasRow>> {
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

impl Tx<'_> {
    /// Learns `phrase` as a name of `sku`; a phrase learned again points at the new SKU.
    pub fn learn_alias(
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

    /// Forgets an alias; false when there was none.
    pub fn forget_alias(&self, phrase_key: &str) -> Result<bool> {
        let n = self
            .tx
            .prepare_cached("DELETE FROM learned_aliases WHERE phrase_key = ?1")?
            .execute([phrase_key])?;
        Ok(n > 0)
    }
}
