//! Learned aliases and the chat authors who are the shop, on PostgreSQL.

use chrono::{DateTime, Utc};
use postgres::Row;

use super::codec::{get, ms};
use super::{Reader, Result, Tx};
use crate::store::api::*;
use crate::store::rows::*;

fn alias_row(r: &Row) -> Result<AliasRow> {
    Ok(AliasRow {
        phrase: get(r, "phrase")?,
        phrase_key: get(r, "phrase_key")?,
        sku: get(r, "sku")?,
        actor: get(r, "actor")?,
        learned_at: get(r, "learned_at")?,
    })
}

impl AliasReads for Reader<'_> {
    fn learned_aliases(&self) -> Result<Vec<AliasRow>> {
        let rows = self.conn.query(
            "SELECT phrase_key, phrase, sku, actor, learned_at FROM learned_aliases
             ORDER BY phrase_key",
            &[],
        )?;
        rows.iter().map(alias_row).collect()
    }

    fn learned_alias(&self, phrase_key: &str) -> Result<Option<AliasRow>> {
        self.conn
            .query_opt(
                "SELECT phrase_key, phrase, sku, actor, learned_at FROM learned_aliases
                 WHERE phrase_key = $1",
                &[&phrase_key],
            )?
            .map(|r| alias_row(&r))
            .transpose()
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
        self.conn.execute(
            "INSERT INTO learned_aliases (phrase_key, phrase, sku, actor, learned_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (phrase_key) DO UPDATE SET phrase = excluded.phrase,
                 sku = excluded.sku, actor = excluded.actor, learned_at = excluded.learned_at",
            &[&phrase_key, &phrase, &sku, &actor, &ms(at)],
        )?;
        Ok(())
    }

    fn forget_alias(&self, phrase_key: &str) -> Result<bool> {
        let n = self.conn.execute(
            "DELETE FROM learned_aliases WHERE phrase_key = $1",
            &[&phrase_key],
        )?;
        Ok(n > 0)
    }
}

impl ShopAuthorReads for Reader<'_> {
    fn shop_authors(&self) -> Result<Vec<(String, bool)>> {
        let rows = self.conn.query(
            "SELECT name, is_shop FROM shop_authors ORDER BY lower(name)",
            &[],
        )?;
        rows.iter()
            .map(|r| Ok((get(r, "name")?, get(r, "is_shop")?)))
            .collect()
    }
}

impl ShopAuthorWrites for Tx<'_> {
    fn remember_shop_author(
        &self,
        name: &str,
        is_shop: bool,
        actor: &str,
        at: DateTime<Utc>,
    ) -> Result<()> {
        // One row per name however it is capitalised (a unique index on lower(name)).
        self.conn.execute(
            "INSERT INTO shop_authors (name, is_shop, actor, decided_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (lower(name)) DO UPDATE SET is_shop = excluded.is_shop,
                 actor = excluded.actor, decided_at = excluded.decided_at",
            &[&name.trim(), &is_shop, &actor, &ms(at)],
        )?;
        Ok(())
    }
}
