//! Chat authors the staff said are (or are not) the shop: asked once, remembered.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::codec::ts;
use super::{Reader, Result, Tx};
use crate::store::api::*;

impl ShopAuthorReads for Reader<'_> {
    fn shop_authors(&self) -> Result<Vec<(String, bool)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name, is_shop FROM shop_authors ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get("name")?, r.get("is_shop")?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
        self.tx
            .prepare_cached(
                "INSERT INTO shop_authors (name, is_shop, actor, decided_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (name) DO UPDATE SET is_shop = excluded.is_shop,
                     actor = excluded.actor, decided_at = excluded.decided_at",
            )?
            .execute(params![name.trim(), is_shop, actor, ts(at)])?;
        Ok(())
    }
}
