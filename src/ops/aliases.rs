//! Learned aliases: staff teach the reader what the shop's customers call a product.

use serde_json::json;

use super::{Desk, OpError, Result, begin};
use crate::core::catalog::MAX_ALIAS_CHARS;
use crate::core::chat::{LearnedAlias, phrase_key};
use crate::core::text::is_terminal_control;
use crate::msg;
use crate::store::{AliasRow, JournalWrite};

impl Desk {
    /// Every learned alias, by phrase.
    pub fn aliases(&self) -> Result<Vec<AliasRow>> {
        Ok(self.store.read().learned_aliases()?)
    }

    /// The learned aliases as the reader takes them.
    pub(crate) fn learned_for_reader(&self) -> Result<Vec<LearnedAlias>> {
        Ok(self
            .aliases()?
            .into_iter()
            .map(|a| LearnedAlias {
                phrase: a.phrase,
                sku: a.sku,
            })
            .collect())
    }

    /// Remembers that `phrase` means the product `sku`, for every later draft. The same
    /// phrase learned again points at the new product. Journalled on the product ("alias
    /// learned", with the phrase and what it meant before).
    pub fn learn_alias(&mut self, phrase: &str, sku: &str) -> Result<AliasRow> {
        let phrase = phrase.trim();
        let key = phrase_key(phrase);
        if key.is_empty() || !key.chars().any(char::is_alphabetic) {
            return Err(OpError::Invalid(msg!(
                "error-alias-no-words",
                phrase = phrase
            )));
        }
        if phrase.chars().count() > MAX_ALIAS_CHARS || phrase.chars().any(is_terminal_control) {
            return Err(OpError::Invalid(msg!(
                "error-alias-too-long",
                most = MAX_ALIAS_CHARS
            )));
        }
        let (tx, ctx) = begin!(self);
        let Some(product) = tx.read().product(sku.trim())? else {
            return Err(OpError::NotFound(msg!(
                "error-alias-no-product",
                sku = sku.trim()
            )));
        };
        let before = tx.read().learned_alias(&key)?;
        tx.learn_alias(&key, phrase, &product.sku, ctx.actor, ctx.now)?;
        tx.journal(JournalWrite {
            entity: "product",
            key: &product.sku,
            order_id: None,
            action: "alias learned",
            before: before.map(|b| json!({"phrase": b.phrase, "sku": b.sku})),
            after: Some(json!({"phrase": phrase, "sku": product.sku})),
            actor: ctx.actor,
            at: ctx.now,
        })?;
        let learned = AliasRow {
            phrase: phrase.to_string(),
            phrase_key: key,
            sku: product.sku,
            actor: ctx.actor.to_string(),
            learned_at: ctx.now,
        };
        tx.commit()?;
        Ok(learned)
    }

    /// Forgets a learned alias. Journalled.
    pub fn forget_alias(&mut self, phrase: &str) -> Result<AliasRow> {
        let key = phrase_key(phrase);
        let (tx, ctx) = begin!(self);
        let Some(before) = tx.read().learned_alias(&key)? else {
            return Err(OpError::NotFound(msg!(
                "error-alias-unknown",
                phrase = phrase.trim()
            )));
        };
        tx.forget_alias(&key)?;
        tx.journal(JournalWrite {
            entity: "product",
            key: &before.sku,
            order_id: None,
            action: "alias forgotten",
            before: Some(json!({"phrase": before.phrase, "sku": before.sku})),
            after: None,
            actor: ctx.actor,
            at: ctx.now,
        })?;
        tx.commit()?;
        Ok(before)
    }
}
