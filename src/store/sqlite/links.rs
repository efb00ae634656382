//! Payment links of orders.

use crate::msg;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::codec::{get_currency, get_parsed, get_ts, ts};
use super::error::is_unique_violation;
use super::{Reader, Result, StoreError, Tx};
use crate::core::link::{LinkState, PaymentLink};
use crate::store::api::*;
use crate::store::rows::*;

const COLUMNS: &str = "l.id, l.order_id, l.chain_id, l.revision, l.provider, l.url, l.external_id,
    l.amount, l.currency, l.state, l.idempotency_key, l.created_at, l.expires_at, l.state_at,
    l.superseded_by, l.payment_id, l.note, l.version";

fn link_row(row: &Row) -> rusqlite::Result<PaymentLink> {
    Ok(PaymentLink {
        id: row.get("id")?,
        order_id: row.get("order_id")?,
        chain_id: row.get("chain_id")?,
        revision: row.get("revision")?,
        provider: get_parsed(row, "provider")?,
        url: row.get("url")?,
        external_id: row.get("external_id")?,
        amount: row.get("amount")?,
        currency: get_currency(row, "currency")?,
        state: get_parsed(row, "state")?,
        idempotency_key: row.get("idempotency_key")?,
        created_at: get_ts(row, "created_at")?,
        expires_at: get_ts(row, "expires_at")?,
        state_at: get_ts(row, "state_at")?,
        superseded_by: row.get("superseded_by")?,
        payment_id: row.get("payment_id")?,
        note: row.get("note")?,
        version: row.get("version")?,
    })
}

/// The order's number and the customer's name and phone, after `COLUMNS`.
const WITH_ORDER: &str =
    "o.number AS order_number, c.name AS customer_name, c.phone AS customer_phone";

fn link_with_order(row: &Row) -> rusqlite::Result<LinkRow> {
    Ok(LinkRow {
        link: link_row(row)?,
        order_number: row.get("order_number")?,
        customer_name: row.get("customer_name")?,
        customer_phone: row.get("customer_phone")?,
    })
}

impl LinkReads for Reader<'_> {
    fn link(&self, id: Uuid) -> Result<Option<PaymentLink>> {
        self.link_where("l.id = ?1", id)
    }

    fn pending_link(&self, order_id: Uuid) -> Result<Option<PaymentLink>> {
        self.link_where("l.order_id = ?1 AND l.state = 'pending'", order_id)
    }

    fn link_by_external_id(&self, external_id: &str) -> Result<Option<PaymentLink>> {
        self.link_where("l.external_id = ?1", external_id)
    }

    fn links_for_order(&self, order_id: Uuid) -> Result<Vec<PaymentLink>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM payment_links l WHERE l.order_id = ?1 ORDER BY l.created_at, l.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([order_id], link_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn link_count(&self, order_id: Uuid) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT count(*) FROM payment_links WHERE order_id = ?1")?
            .query_row([order_id], |r| r.get(0))?)
    }

    fn link_rows(&self, states: &[LinkState], limit: i64) -> Result<Vec<LinkRow>> {
        let wanted: String = states
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect::<Vec<_>>()
            .join(", ");
        let condition = if states.is_empty() {
            "1".to_string()
        } else {
            // The states are our own enum's names, never text from outside.
            format!("l.state IN ({wanted})")
        };
        let sql = format!(
            "SELECT {COLUMNS}, {WITH_ORDER} FROM payment_links l
             JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
             WHERE {condition} ORDER BY l.created_at DESC, l.id DESC LIMIT ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([limit], link_with_order)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn open_chain_heads(&self) -> Result<Vec<LinkRow>> {
        let sql = format!(
            "SELECT {COLUMNS}, {WITH_ORDER} FROM payment_links l
             JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
             WHERE l.state IN ('pending', 'expired') AND o.lifecycle IN ('draft', 'confirmed')
               AND NOT EXISTS (SELECT 1 FROM payment_links n WHERE n.order_id = l.order_id
                   AND (n.created_at > l.created_at OR (n.created_at = l.created_at AND n.id > l.id)))
             ORDER BY l.created_at, l.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], link_with_order)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn pending_links(&self) -> Result<Vec<LinkRow>> {
        let sql = format!(
            "SELECT {COLUMNS}, {WITH_ORDER} FROM payment_links l
             JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
             WHERE l.state = 'pending' ORDER BY l.expires_at, l.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], link_with_order)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn stripe_links_to_sync(&self, since: DateTime<Utc>) -> Result<Vec<LinkRow>> {
        let sql = format!(
            "SELECT {COLUMNS}, {WITH_ORDER} FROM payment_links l
             JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
             WHERE l.provider = 'stripe' AND l.external_id IS NOT NULL
               AND (l.state = 'pending' OR (l.state = 'expired' AND l.state_at >= ?1))
             ORDER BY l.created_at, l.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([ts(since)], link_with_order)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn links_of_orders_created(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<HashMap<Uuid, Vec<PaymentLink>>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM payment_links l JOIN orders o ON o.id = l.order_id
             WHERE o.created_at >= ?1 AND o.created_at < ?2 ORDER BY l.created_at, l.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut by_order: HashMap<Uuid, Vec<PaymentLink>> = HashMap::new();
        for link in stmt.query_map(params![ts(from), ts(to)], link_row)? {
            let link = link?;
            by_order.entry(link.order_id).or_default().push(link);
        }
        Ok(by_order)
    }

    fn chain_start(&self, chain_id: Uuid) -> Result<Option<DateTime<Utc>>> {
        let text: Option<String> = self
            .conn
            .prepare_cached("SELECT min(created_at) FROM payment_links WHERE chain_id = ?1")?
            .query_row([chain_id], |r| r.get(0))?;
        text.map(|t| {
            DateTime::parse_from_rfc3339(&t)
                .map(|d| d.with_timezone(&Utc))
                .map_err(|e| StoreError::Corrupt(format!("link time '{t}': {e}")))
        })
        .transpose()
    }
}

impl Reader<'_> {
    fn link_where(
        &self,
        condition: &str,
        key: impl rusqlite::ToSql,
    ) -> Result<Option<PaymentLink>> {
        let sql = format!("SELECT {COLUMNS} FROM payment_links l WHERE {condition}");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([key], link_row)
            .optional()?)
    }
}

impl LinkWrites for Tx<'_> {
    fn insert_link(&self, l: &PaymentLink) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO payment_links (id, order_id, chain_id, revision, provider, url,
                     external_id, amount, currency, state, idempotency_key, created_at, expires_at,
                     state_at, superseded_by, payment_id, note, version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18)",
            )?
            .execute(params![
                l.id,
                l.order_id,
                l.chain_id,
                l.revision,
                l.provider.as_str(),
                l.url,
                l.external_id,
                l.amount,
                l.currency.code(),
                l.state.as_str(),
                l.idempotency_key,
                ts(l.created_at),
                ts(l.expires_at),
                ts(l.state_at),
                l.superseded_by,
                l.payment_id,
                l.note,
                l.version
            ])
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Duplicate(msg!("error-store-live-link"))
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    fn update_link(&self, u: &LinkUpdate) -> Result<()> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE payment_links SET state = ?3, state_at = ?4, note = ?5,
                     payment_id = COALESCE(?6, payment_id),
                     superseded_by = COALESCE(?7, superseded_by), version = version + 1
                 WHERE id = ?1 AND version = ?2",
            )?
            .execute(params![
                u.id,
                u.seen_version,
                u.state.as_str(),
                ts(u.at),
                u.note,
                u.payment_id,
                u.superseded_by
            ])?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-the-payment-link"),
            });
        }
        Ok(())
    }
}
