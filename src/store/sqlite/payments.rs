//! Payments and refunds of orders.

use crate::core::i18n::Message;
use crate::msg;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use uuid::Uuid;

use super::codec::{get_currency, get_opt_ts, get_parsed, get_ts, ts};
use super::error::is_unique_violation;
use super::{Reader, Result, StoreError, Tx};
use crate::core::payment::{Payment, PaymentState};
use crate::store::api::*;

pub(crate) const COLUMNS: &str = "id, order_id, kind, method, amount, currency, state, reference,
    proof, restock, created_at, settled_at, actor";

pub(crate) fn payment_row(row: &Row) -> rusqlite::Result<Payment> {
    Ok(Payment {
        id: row.get("id")?,
        order_id: row.get("order_id")?,
        kind: get_parsed(row, "kind")?,
        method: get_parsed(row, "method")?,
        amount: row.get("amount")?,
        currency: get_currency(row, "currency")?,
        state: get_parsed(row, "state")?,
        reference: row.get("reference")?,
        proof: row.get("proof")?,
        restock: row.get("restock")?,
        created_at: get_ts(row, "created_at")?,
        settled_at: get_opt_ts(row, "settled_at")?,
        actor: row.get("actor")?,
    })
}

impl PaymentReads for Reader<'_> {
    fn reference_holder(&self, method: &str, reference: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT o.number FROM payments p JOIN orders o ON o.id = p.order_id
                 WHERE p.kind = 'payment' AND p.method = ?1 AND p.state <> 'rejected'
                   AND p.reference = ?2 COLLATE NOCASE
                 LIMIT 1",
            )?
            .query_row([method, reference], |r| r.get(0))
            .optional()?)
    }

    fn payments_of(&self, order_ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<Payment>>> {
        let mut by_order: HashMap<Uuid, Vec<Payment>> = HashMap::new();
        if order_ids.is_empty() {
            return Ok(by_order);
        }
        // Ids travel as one JSON array of hex strings, so the statement is the same every time.
        let wanted = serde_json::to_string(
            &order_ids
                .iter()
                .map(|id| id.simple().to_string())
                .collect::<Vec<_>>(),
        )
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let sql = format!(
            "SELECT {COLUMNS} FROM payments
             WHERE order_id IN (SELECT unhex(value) FROM json_each(?1))
             ORDER BY created_at, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        for p in stmt.query_map([wanted], payment_row)? {
            let p = p?;
            by_order.entry(p.order_id).or_default().push(p);
        }
        Ok(by_order)
    }

    fn payments_for(&self, order_id: Uuid) -> Result<Vec<Payment>> {
        let sql =
            format!("SELECT {COLUMNS} FROM payments WHERE order_id = ?1 ORDER BY created_at, id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([order_id], payment_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl PaymentWrites for Tx<'_> {
    fn insert_payment(&self, p: &Payment) -> Result<()> {
        let sql = format!(
            "INSERT INTO payments ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,
                 ?11, ?12, ?13)"
        );
        self.tx
            .prepare_cached(&sql)?
            .execute(params![
                p.id,
                p.order_id,
                p.kind.as_str(),
                p.method.as_str(),
                p.amount,
                p.currency.code(),
                p.state.as_str(),
                p.reference,
                p.proof,
                p.restock,
                ts(p.created_at),
                p.settled_at.map(ts),
                p.actor
            ])
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Duplicate(msg!(
                        "error-store-reference-recorded",
                        kind = Message::new(p.kind.key()),
                        method = Message::new(p.method.key()),
                        reference = p.reference.as_deref().unwrap_or("")
                    ))
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    fn reopen_claim(&self, id: Uuid) -> Result<()> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE payments SET state = 'claimed', settled_at = NULL, version = version + 1
                 WHERE id = ?1 AND kind = 'payment' AND state IN ('verified', 'rejected')",
            )?
            .execute([id])
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Duplicate(msg!("error-store-reference-reused"))
                } else {
                    e.into()
                }
            })?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-the-payment"),
            });
        }
        Ok(())
    }

    fn settle_payment(&self, id: Uuid, to: PaymentState, now: DateTime<Utc>) -> Result<()> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE payments SET state = ?2, settled_at = ?3, version = version + 1
                 WHERE id = ?1 AND state = 'claimed'",
            )?
            .execute(params![id, to.as_str(), ts(now)])?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-the-payment"),
            });
        }
        Ok(())
    }
}
