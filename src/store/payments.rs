//! Payments and refunds of orders.

use chrono::{DateTime, Utc};
use rusqlite::{Row, params};
use uuid::Uuid;

use super::codec::{get_currency, get_opt_ts, get_parsed, get_ts, ts};
use super::error::is_unique_violation;
use super::{Reader, Result, StoreError, Tx};
use crate::core::payment::{Payment, PaymentState};

pub(crate) const COLUMNS: &str = "id, order_id, kind, method, amount, currency, state, reference,
    proof, restock, created_at, settled_at, actor";

pub(crate) fn payment_row(row: &Row) -> rusqlite::Result<Payment> {
    Ok(Payment {
        id: row.get(0)?,
        order_id: row.get(1)?,
        kind: get_parsed(row, 2)?,
        method: get_parsed(row, 3)?,
        amount: row.get(4)?,
        currency: get_currency(row, 5)?,
        state: get_parsed(row, 6)?,
        reference: row.get(7)?,
        proof: row.get(8)?,
        restock: row.get(9)?,
        created_at: get_ts(row, 10)?,
        settled_at: get_opt_ts(row, 11)?,
        actor: row.get(12)?,
    })
}

impl Reader<'_> {
    /// An order's payments and refunds, oldest first.
    pub fn payments_for(&self, order_id: Uuid) -> Result<Vec<Payment>> {
        let sql =
            format!("SELECT {COLUMNS} FROM payments WHERE order_id = ?1 ORDER BY created_at, id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([order_id], payment_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Tx<'_> {
    pub fn insert_payment(&self, p: &Payment) -> Result<()> {
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
                    StoreError::Duplicate(format!(
                        "a {} by {} with reference '{}' is already recorded; \
                         the same payment cannot count twice",
                        p.kind,
                        p.method,
                        p.reference.as_deref().unwrap_or("")
                    ))
                } else {
                    e.into()
                }
            })?;
        Ok(())
    }

    /// Verifies or rejects a claim; refuses if it is no longer a claim (someone else settled it).
    pub fn settle_payment(&self, id: Uuid, to: PaymentState, now: DateTime<Utc>) -> Result<()> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE payments SET state = ?2, settled_at = ?3, version = version + 1
                 WHERE id = ?1 AND state = 'claimed'",
            )?
            .execute(params![id, to.as_str(), ts(now)])?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: "the payment".into(),
            });
        }
        Ok(())
    }
}
