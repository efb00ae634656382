//! Payment links on PostgreSQL (one pending per order, by a partial UNIQUE index).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use postgres::Row;
use postgres::types::ToSql;
use uuid::Uuid;

use super::codec::{get, limit, ms, parsed};
use super::error::unique_violation;
use super::{Reader, Result, StoreError, Tx};
use crate::core::link::{LinkState, PaymentLink};
use crate::msg;
use crate::store::api::*;
use crate::store::rows::*;

const COLUMNS: &str = "l.id, l.order_id, l.chain_id, l.revision, l.provider, l.url, l.external_id,
    l.amount, l.currency, l.state, l.idempotency_key, l.created_at, l.expires_at, l.state_at,
    l.superseded_by, l.payment_id, l.note, l.version";

fn link_row(row: &Row) -> Result<PaymentLink> {
    Ok(PaymentLink {
        id: get(row, "id")?,
        order_id: get(row, "order_id")?,
        chain_id: get(row, "chain_id")?,
        revision: get(row, "revision")?,
        provider: parsed(row, "provider")?,
        url: get(row, "url")?,
        external_id: get(row, "external_id")?,
        amount: get(row, "amount")?,
        currency: parsed(row, "currency")?,
        state: parsed(row, "state")?,
        idempotency_key: get(row, "idempotency_key")?,
        created_at: get(row, "created_at")?,
        expires_at: get(row, "expires_at")?,
        state_at: get(row, "state_at")?,
        superseded_by: get(row, "superseded_by")?,
        payment_id: get(row, "payment_id")?,
        note: get(row, "note")?,
        version: get(row, "version")?,
    })
}

/// The order's number and the customer's name and phone, after `COLUMNS`.
const WITH_ORDER: &str =
    "o.number AS order_number, c.name AS customer_name, c.phone AS customer_phone";

fn link_with_order(row: &Row) -> Result<LinkRow> {
    Ok(LinkRow {
        link: link_row(row)?,
        order_number: get(row, "order_number")?,
        customer_name: get(row, "customer_name")?,
        customer_phone: get(row, "customer_phone")?,
    })
}

impl Reader<'_> {
    fn link_where(&self, condition: &str, key: &(dyn ToSql + Sync)) -> Result<Option<PaymentLink>> {
        let sql = format!("SELECT {COLUMNS} FROM payment_links l WHERE {condition}");
        self.conn
            .query_opt(&sql, &[key])?
            .map(|r| link_row(&r))
            .transpose()
    }

    fn links_with_orders(
        &self,
        condition: &str,
        order: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<LinkRow>> {
        let sql = format!(
            "SELECT {COLUMNS}, {WITH_ORDER} FROM payment_links l
             JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
             WHERE {condition} ORDER BY {order}"
        );
        let rows = self.conn.query(&sql, params)?;
        rows.iter().map(link_with_order).collect()
    }
}

impl LinkReads for Reader<'_> {
    fn link(&self, id: Uuid) -> Result<Option<PaymentLink>> {
        self.link_where("l.id = $1", &id)
    }

    fn pending_link(&self, order_id: Uuid) -> Result<Option<PaymentLink>> {
        self.link_where("l.order_id = $1 AND l.state = 'pending'", &order_id)
    }

    fn link_by_external_id(&self, external_id: &str) -> Result<Option<PaymentLink>> {
        self.link_where("l.external_id = $1", &external_id)
    }

    fn links_for_order(&self, order_id: Uuid) -> Result<Vec<PaymentLink>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM payment_links l WHERE l.order_id = $1 ORDER BY l.created_at, l.id"
        );
        let rows = self.conn.query(&sql, &[&order_id])?;
        rows.iter().map(link_row).collect()
    }

    fn link_count(&self, order_id: Uuid) -> Result<i64> {
        get(
            &self.conn.query_one(
                "SELECT count(*) AS n FROM payment_links WHERE order_id = $1",
                &[&order_id],
            )?,
            "n",
        )
    }

    fn link_rows(&self, states: &[LinkState], count: i64) -> Result<Vec<LinkRow>> {
        let wanted: Vec<&str> = states.iter().map(|s| s.as_str()).collect();
        self.links_with_orders(
            "(cardinality($1::text[]) = 0 OR l.state = ANY($1))",
            "l.created_at DESC, l.id DESC LIMIT $2",
            &[&wanted, &limit(count)],
        )
    }

    fn open_chain_heads(&self) -> Result<Vec<LinkRow>> {
        self.links_with_orders(
            "l.state IN ('pending', 'expired') AND o.lifecycle IN ('draft', 'confirmed')
             AND NOT EXISTS (SELECT 1 FROM payment_links n WHERE n.order_id = l.order_id
                 AND (n.created_at > l.created_at OR (n.created_at = l.created_at AND n.id > l.id)))",
            "l.created_at, l.id",
            &[],
        )
    }

    fn pending_links(&self) -> Result<Vec<LinkRow>> {
        self.links_with_orders("l.state = 'pending'", "l.expires_at, l.id", &[])
    }

    fn stripe_links_to_sync(&self, since: DateTime<Utc>) -> Result<Vec<LinkRow>> {
        self.links_with_orders(
            "l.provider = 'stripe' AND l.external_id IS NOT NULL
             AND (l.state = 'pending' OR (l.state = 'expired' AND l.state_at >= $1))",
            "l.created_at, l.id",
            &[&ms(since)],
        )
    }

    fn links_of_orders_created(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<HashMap<Uuid, Vec<PaymentLink>>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM payment_links l JOIN orders o ON o.id = l.order_id
             WHERE o.created_at >= $1 AND o.created_at < $2 ORDER BY l.created_at, l.id"
        );
        let mut by_order: HashMap<Uuid, Vec<PaymentLink>> = HashMap::new();
        for row in self.conn.query(&sql, &[&ms(from), &ms(to)])? {
            let link = link_row(&row)?;
            by_order.entry(link.order_id).or_default().push(link);
        }
        Ok(by_order)
    }

    fn chain_start(&self, chain_id: Uuid) -> Result<Option<DateTime<Utc>>> {
        get(
            &self.conn.query_one(
                "SELECT min(created_at) AS start FROM payment_links WHERE chain_id = $1",
                &[&chain_id],
            )?,
            "start",
        )
    }
}

impl LinkWrites for Tx<'_> {
    fn insert_link(&self, l: &PaymentLink) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO payment_links (id, order_id, chain_id, revision, provider, url,
                     external_id, amount, currency, state, idempotency_key, created_at,
                     expires_at, state_at, superseded_by, payment_id, note, version)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                     $17, $18)",
                &[
                    &l.id,
                    &l.order_id,
                    &l.chain_id,
                    &l.revision,
                    &l.provider.as_str(),
                    &l.url,
                    &l.external_id,
                    &l.amount,
                    &l.currency.code(),
                    &l.state.as_str(),
                    &l.idempotency_key,
                    &ms(l.created_at),
                    &ms(l.expires_at),
                    &ms(l.state_at),
                    &l.superseded_by,
                    &l.payment_id,
                    &l.note,
                    &l.version,
                ],
            )
            .map_err(|e| {
                if unique_violation(&e) {
                    StoreError::Duplicate(msg!("error-store-live-link"))
                } else {
                    e
                }
            })?;
        Ok(())
    }

    fn update_link(&self, u: &LinkUpdate) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE payment_links SET state = $3, state_at = $4, note = $5,
                 payment_id = COALESCE($6, payment_id),
                 superseded_by = COALESCE($7, superseded_by), version = version + 1
             WHERE id = $1 AND version = $2",
            &[
                &u.id,
                &u.seen_version,
                &u.state.as_str(),
                &ms(u.at),
                &u.note,
                &u.payment_id,
                &u.superseded_by,
            ],
        )?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-the-payment-link"),
            });
        }
        Ok(())
    }
}
