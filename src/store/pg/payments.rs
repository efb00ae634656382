//! Payments and refunds on PostgreSQL. The order's kept sums follow every write by trigger.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use postgres::Row;
use uuid::Uuid;

use super::codec::{get, ms, parsed};
use super::error::unique_violation;
use super::{Reader, Result, StoreError, Tx};
use crate::core::i18n::Message;
use crate::core::payment::{Payment, PaymentState};
use crate::msg;
use crate::store::api::*;

pub(super) const COLUMNS: &str = "id, order_id, kind, method, amount, currency, state,
    reference, proof, restock, created_at, settled_at, actor";

/// The same columns of `payments p`, for statements that join it.
pub(super) const P_COLUMNS: &str = "p.id, p.order_id, p.kind, p.method, p.amount, p.currency,
    p.state, p.reference, p.proof, p.restock, p.created_at, p.settled_at, p.actor";

pub(super) fn payment_row(row: &Row) -> Result<Payment> {
    Ok(Payment {
        id: get(row, "id")?,
        order_id: get(row, "order_id")?,
        kind: parsed(row, "kind")?,
        method: parsed(row, "method")?,
        amount: get(row, "amount")?,
        currency: parsed(row, "currency")?,
        state: parsed(row, "state")?,
        reference: get(row, "reference")?,
        proof: get(row, "proof")?,
        restock: get(row, "restock")?,
        created_at: get(row, "created_at")?,
        settled_at: get(row, "settled_at")?,
        actor: get(row, "actor")?,
    })
}

impl PaymentReads for Reader<'_> {
    fn reference_holder(&self, method: &str, reference: &str) -> Result<Option<i64>> {
        self.conn
            .query_opt(
                "SELECT o.number FROM payments p JOIN orders o ON o.id = p.order_id
                 WHERE p.kind = 'payment' AND p.method = $1 AND p.state <> 'rejected'
                   AND lower(p.reference) = lower($2)
                 LIMIT 1",
                &[&method, &reference],
            )?
            .map(|r| get(&r, "number"))
            .transpose()
    }

    fn payments_of(&self, order_ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<Payment>>> {
        let mut by_order: HashMap<Uuid, Vec<Payment>> = HashMap::new();
        if order_ids.is_empty() {
            return Ok(by_order);
        }
        let sql = format!(
            "SELECT {COLUMNS} FROM payments WHERE order_id = ANY($1) ORDER BY created_at, id"
        );
        for row in self.conn.query(&sql, &[&order_ids])? {
            let p = payment_row(&row)?;
            by_order.entry(p.order_id).or_default().push(p);
        }
        Ok(by_order)
    }

    fn payments_for(&self, order_id: Uuid) -> Result<Vec<Payment>> {
        let sql =
            format!("SELECT {COLUMNS} FROM payments WHERE order_id = $1 ORDER BY created_at, id");
        let rows = self.conn.query(&sql, &[&order_id])?;
        rows.iter().map(payment_row).collect()
    }
}

impl PaymentWrites for Tx<'_> {
    fn insert_payment(&self, p: &Payment) -> Result<()> {
        let sql = format!(
            "INSERT INTO payments ({COLUMNS})
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
        );
        self.conn
            .execute(
                &sql,
                &[
                    &p.id,
                    &p.order_id,
                    &p.kind.as_str(),
                    &p.method.as_str(),
                    &p.amount,
                    &p.currency.code(),
                    &p.state.as_str(),
                    &p.reference,
                    &p.proof,
                    &p.restock,
                    &ms(p.created_at),
                    &p.settled_at.map(ms),
                    &p.actor,
                ],
            )
            .map_err(|e| {
                // One unique index on lower(reference): the same reference, however it is
                // capitalised, pays once.
                if unique_violation(&e) {
                    StoreError::Duplicate(msg!(
                        "error-store-reference-recorded",
                        kind = Message::new(p.kind.key()),
                        method = Message::new(p.method.key()),
                        reference = p.reference.as_deref().unwrap_or("")
                    ))
                } else {
                    e
                }
            })?;
        Ok(())
    }

    fn reopen_claim(&self, id: Uuid) -> Result<()> {
        let changed = self
            .conn
            .execute(
                "UPDATE payments SET state = 'claimed', settled_at = NULL, version = version + 1
                 WHERE id = $1 AND kind = 'payment' AND state IN ('verified', 'rejected')",
                &[&id],
            )
            .map_err(|e| {
                if unique_violation(&e) {
                    StoreError::Duplicate(msg!("error-store-reference-reused"))
                } else {
                    e
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
        let changed = self.conn.execute(
            "UPDATE payments SET state = $2, settled_at = $3, version = version + 1
             WHERE id = $1 AND state = 'claimed'",
            &[&id, &to.as_str(), &ms(now)],
        )?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-the-payment"),
            });
        }
        Ok(())
    }
}
