//! What payment providers told the book: events, imported report rows, reminders sent,
//! order tags, and the reviews a person still has to look at.

use crate::msg;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::codec::{get_ts, ts};
use super::error::is_unique_violation;
use super::payments::{COLUMNS as PAYMENT_COLUMNS, payment_row};
use super::{Reader, Result, StoreError, Tx};
use crate::core::payment::Payment;
use crate::store::api::*;
use crate::store::rows::*;

impl ProviderReads for Reader<'_> {
    fn event_seen(&self, provider: &str, event_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM provider_events WHERE provider = ?1 AND event_id = ?2")?
            .query_row(params![provider, event_id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    fn event_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM provider_events", [], |r| r.get(0))?)
    }

    fn recent_events(&self, limit: i64) -> Result<Vec<EventRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.provider, e.event_id, e.type, e.source, e.received_at,
                 o.number AS order_number, e.outcome, e.detail
             FROM provider_events e LEFT JOIN orders o ON o.id = e.order_id
             ORDER BY e.id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |r| {
            Ok(EventRow {
                provider: r.get("provider")?,
                event_id: r.get("event_id")?,
                kind: r.get("type")?,
                source: r.get("source")?,
                received_at: get_ts(r, "received_at")?,
                order_number: r.get("order_number")?,
                outcome: r.get("outcome")?,
                detail: r.get("detail")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn report_row_outcome(&self, fingerprint: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT outcome FROM report_rows WHERE fingerprint = ?1")?
            .query_row([fingerprint], |r| r.get(0))
            .optional()?)
    }

    fn payment_with_reference(&self, reference: &str) -> Result<Option<Payment>> {
        let sql = format!(
            "SELECT {PAYMENT_COLUMNS} FROM payments
             WHERE kind = 'payment' AND reference = ?1 AND state <> 'rejected'
             ORDER BY created_at LIMIT 1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([reference], payment_row)
            .optional()?)
    }

    fn payment(&self, id: Uuid) -> Result<Option<Payment>> {
        let sql = format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE id = ?1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], payment_row)
            .optional()?)
    }

    fn open_claims(&self) -> Result<Vec<(i64, Payment)>> {
        let columns = PAYMENT_COLUMNS
            .split(',')
            .map(|c| format!("p.{}", c.trim()))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {columns}, o.number AS order_number
             FROM payments p JOIN orders o ON o.id = p.order_id
             WHERE p.kind = 'payment' AND p.state = 'claimed' ORDER BY p.created_at, p.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get("order_number")?, payment_row(r)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn last_reminder_step(&self, chain_id: Uuid) -> Result<Option<u32>> {
        Ok(self
            .conn
            .prepare_cached("SELECT max(step) FROM reminders_sent WHERE chain_id = ?1")?
            .query_row([chain_id], |r| r.get(0))?)
    }

    fn reminders_for_order(&self, order_id: Uuid) -> Result<Vec<(u32, DateTime<Utc>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT step, sent_at FROM reminders_sent WHERE order_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([order_id], |r| Ok((r.get("step")?, get_ts(r, "sent_at")?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn order_tags(&self, order_id: Uuid) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT tag FROM order_tags WHERE order_id = ?1 AND cleared_at IS NULL ORDER BY tag",
        )?;
        let rows = stmt.query_map([order_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn orders_tagged(&self, tag: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.number FROM order_tags t JOIN orders o ON o.id = t.order_id
             WHERE t.tag = ?1 AND t.cleared_at IS NULL ORDER BY o.number",
        )?;
        let rows = stmt.query_map([tag], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn reviews(&self, limit: i64) -> Result<Vec<PaymentReview>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT 'link' AS source, o.number AS order_number, l.state_at AS at, l.amount,
                     l.currency, l.note AS detail
                 FROM payment_links l JOIN orders o ON o.id = l.order_id
                 WHERE l.state = 'manual_review'
             UNION ALL
             SELECT 'event', o.number, e.received_at, NULL, '', e.detail
                 FROM provider_events e LEFT JOIN orders o ON o.id = e.order_id
                 WHERE e.outcome = 'manual_review' AND e.link_id IS NULL
                   AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.order_id = e.order_id
                       AND j.action = 'payment review closed' AND j.at >= e.received_at)
             UNION ALL
             SELECT 'report', o.number, r.imported_at, r.amount, r.currency, r.detail
                 FROM report_rows r LEFT JOIN orders o ON o.id = r.order_id
                 WHERE r.outcome = 'manual_review'
                   AND NOT EXISTS (SELECT 1 FROM payment_links l WHERE l.order_id = r.order_id
                       AND l.state = 'manual_review')
                   AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.order_id = r.order_id
                       AND j.action = 'payment review closed' AND j.at >= r.imported_at)
             ORDER BY 3 DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit], |r| {
            let source: String = r.get("source")?;
            Ok(PaymentReview {
                source: PaymentReview::source_of(&source),
                order_number: r.get("order_number")?,
                at: get_ts(r, "at")?,
                amount: r.get("amount")?,
                currency: r.get("currency")?,
                detail: r.get("detail")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl ProviderWrites for Tx<'_> {
    fn insert_event(&self, e: &EventWrite) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO provider_events (provider, event_id, type, source, received_at,
                     order_id, link_id, payment_id, outcome, detail)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                e.provider,
                e.event_id,
                e.kind,
                e.source,
                ts(e.received_at),
                e.order_id,
                e.link_id,
                e.payment_id,
                e.outcome,
                e.detail
            ])
            .map_err(|err| {
                if is_unique_violation(&err) {
                    StoreError::Duplicate(msg!("error-store-event-received", event = e.event_id))
                } else {
                    err.into()
                }
            })?;
        Ok(())
    }

    fn insert_report_row(&self, w: &ReportRowWrite) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO report_rows (fingerprint, format, reference, order_id, payment_id,
                     amount, currency, outcome, detail, source_file, imported_at, actor)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?
            .execute(params![
                w.fingerprint,
                w.format,
                w.reference,
                w.order_id,
                w.payment_id,
                w.amount,
                w.currency,
                w.outcome,
                w.detail,
                w.source_file,
                ts(w.imported_at),
                w.actor
            ])
            .map_err(|err| {
                if is_unique_violation(&err) {
                    StoreError::Duplicate(msg!("error-store-row-imported"))
                } else {
                    err.into()
                }
            })?;
        Ok(())
    }

    fn insert_reminder_sent(
        &self,
        order_id: Uuid,
        chain_id: Uuid,
        link_id: Uuid,
        step: u32,
        at: DateTime<Utc>,
        actor: &str,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO reminders_sent (order_id, chain_id, link_id, step, sent_at, actor)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![order_id, chain_id, link_id, step, ts(at), actor])
            .map_err(|err| {
                if is_unique_violation(&err) {
                    StoreError::Duplicate(msg!("error-store-reminder-recorded", step = step))
                } else {
                    err.into()
                }
            })?;
        Ok(())
    }

    fn tag_order(&self, order_id: Uuid, tag: &str, at: DateTime<Utc>, actor: &str) -> Result<bool> {
        let changed = self
            .tx
            .prepare_cached(
                "INSERT INTO order_tags (order_id, tag, added_at, actor) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (order_id, tag) DO UPDATE
                     SET added_at = excluded.added_at, actor = excluded.actor, cleared_at = NULL
                     WHERE cleared_at IS NOT NULL",
            )?
            .execute(params![order_id, tag, ts(at), actor])?;
        Ok(changed > 0)
    }

    fn clear_tag(&self, order_id: Uuid, tag: &str, at: DateTime<Utc>) -> Result<bool> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE order_tags SET cleared_at = ?3
                 WHERE order_id = ?1 AND tag = ?2 AND cleared_at IS NULL",
            )?
            .execute(params![order_id, tag, ts(at)])?;
        Ok(changed > 0)
    }

    fn attach_payment_reference(&self, payment_id: Uuid, reference: &str) -> Result<()> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE payments SET reference = ?2, version = version + 1
                 WHERE id = ?1 AND reference IS NULL",
            )?
            .execute(params![payment_id, reference])
            .map_err(|err| {
                if is_unique_violation(&err) {
                    StoreError::Duplicate(msg!(
                        "error-store-reference-taken",
                        reference = reference
                    ))
                } else {
                    err.into()
                }
            })?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-the-payment"),
            });
        }
        Ok(())
    }
}
