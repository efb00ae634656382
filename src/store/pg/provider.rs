//! What payment providers told the book, on PostgreSQL: events, imported report rows,
//! reminders sent, order tags, and the reviews a person still has to look at. Each
//! idempotent write meets its UNIQUE constraint.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::codec::{get, limit, ms};
use super::error::unique_violation;
use super::payments::{COLUMNS as PAYMENT_COLUMNS, P_COLUMNS, payment_row};
use super::{Reader, Result, StoreError, Tx};
use crate::core::payment::Payment;
use crate::msg;
use crate::store::api::*;
use crate::store::rows::*;

/// A refused UNIQUE constraint as the `Duplicate` the caller words; other errors as they are.
fn duplicate(e: StoreError, what: impl FnOnce() -> crate::core::i18n::Message) -> StoreError {
    if unique_violation(&e) {
        StoreError::Duplicate(what())
    } else {
        e
    }
}

impl ProviderReads for Reader<'_> {
    fn event_seen(&self, provider: &str, event_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_opt(
                "SELECT 1 FROM provider_events WHERE provider = $1 AND event_id = $2",
                &[&provider, &event_id],
            )?
            .is_some())
    }

    fn event_count(&self) -> Result<i64> {
        get(
            &self
                .conn
                .query_one("SELECT count(*) AS n FROM provider_events", &[])?,
            "n",
        )
    }

    fn recent_events(&self, count: i64) -> Result<Vec<EventRow>> {
        let rows = self.conn.query(
            "SELECT e.provider, e.event_id, e.type, e.source, e.received_at,
                 o.number AS order_number, e.outcome, e.detail
             FROM provider_events e LEFT JOIN orders o ON o.id = e.order_id
             ORDER BY e.id DESC LIMIT $1",
            &[&limit(count)],
        )?;
        rows.iter()
            .map(|r| {
                Ok(EventRow {
                    provider: get(r, "provider")?,
                    event_id: get(r, "event_id")?,
                    kind: get(r, "type")?,
                    source: get(r, "source")?,
                    received_at: get(r, "received_at")?,
                    order_number: get(r, "order_number")?,
                    outcome: get(r, "outcome")?,
                    detail: get(r, "detail")?,
                })
            })
            .collect()
    }

    fn report_row_outcome(&self, fingerprint: &str) -> Result<Option<String>> {
        self.conn
            .query_opt(
                "SELECT outcome FROM report_rows WHERE fingerprint = $1",
                &[&fingerprint],
            )?
            .map(|r| get(&r, "outcome"))
            .transpose()
    }

    fn payment_with_reference(&self, reference: &str) -> Result<Option<Payment>> {
        let sql = format!(
            "SELECT {PAYMENT_COLUMNS} FROM payments
             WHERE kind = 'payment' AND reference = $1 AND state <> 'rejected'
             ORDER BY created_at LIMIT 1"
        );
        self.conn
            .query_opt(&sql, &[&reference])?
            .map(|r| payment_row(&r))
            .transpose()
    }

    fn payment(&self, id: Uuid) -> Result<Option<Payment>> {
        let sql = format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE id = $1");
        self.conn
            .query_opt(&sql, &[&id])?
            .map(|r| payment_row(&r))
            .transpose()
    }

    fn open_claims(&self) -> Result<Vec<(i64, Payment)>> {
        let sql = format!(
            "SELECT {P_COLUMNS}, o.number AS order_number
             FROM payments p JOIN orders o ON o.id = p.order_id
             WHERE p.kind = 'payment' AND p.state = 'claimed' ORDER BY p.created_at, p.id"
        );
        let rows = self.conn.query(&sql, &[])?;
        rows.iter()
            .map(|r| Ok((get(r, "order_number")?, payment_row(r)?)))
            .collect()
    }

    fn last_reminder_step(&self, chain_id: Uuid) -> Result<Option<u32>> {
        let step: Option<i32> = get(
            &self.conn.query_one(
                "SELECT max(step) AS step FROM reminders_sent WHERE chain_id = $1",
                &[&chain_id],
            )?,
            "step",
        )?;
        Ok(step.map(|s| s as u32))
    }

    fn reminders_for_order(&self, order_id: Uuid) -> Result<Vec<(u32, DateTime<Utc>)>> {
        let rows = self.conn.query(
            "SELECT step, sent_at FROM reminders_sent WHERE order_id = $1 ORDER BY id",
            &[&order_id],
        )?;
        rows.iter()
            .map(|r| Ok((get::<i32>(r, "step")? as u32, get(r, "sent_at")?)))
            .collect()
    }

    fn order_tags(&self, order_id: Uuid) -> Result<Vec<String>> {
        let rows = self.conn.query(
            "SELECT tag FROM order_tags WHERE order_id = $1 AND cleared_at IS NULL ORDER BY tag",
            &[&order_id],
        )?;
        rows.iter().map(|r| get(r, "tag")).collect()
    }

    fn orders_tagged(&self, tag: &str) -> Result<Vec<i64>> {
        let rows = self.conn.query(
            "SELECT o.number FROM order_tags t JOIN orders o ON o.id = t.order_id
             WHERE t.tag = $1 AND t.cleared_at IS NULL ORDER BY o.number",
            &[&tag],
        )?;
        rows.iter().map(|r| get(r, "number")).collect()
    }

    fn reviews(&self, count: i64) -> Result<Vec<PaymentReview>> {
        let rows = self.conn.query(
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
             ORDER BY 3 DESC LIMIT $1",
            &[&limit(count)],
        )?;
        rows.iter()
            .map(|r| {
                let source: String = get(r, "source")?;
                Ok(PaymentReview {
                    source: PaymentReview::source_of(&source),
                    order_number: get(r, "order_number")?,
                    at: get(r, "at")?,
                    amount: get(r, "amount")?,
                    currency: get(r, "currency")?,
                    detail: get(r, "detail")?,
                })
            })
            .collect()
    }
}

impl ProviderWrites for Tx<'_> {
    fn insert_event(&self, e: &EventWrite) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO provider_events (provider, event_id, type, source, received_at,
                     order_id, link_id, payment_id, outcome, detail)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                &[
                    &e.provider,
                    &e.event_id,
                    &e.kind,
                    &e.source,
                    &ms(e.received_at),
                    &e.order_id,
                    &e.link_id,
                    &e.payment_id,
                    &e.outcome,
                    &e.detail,
                ],
            )
            .map_err(|err| {
                duplicate(err, || {
                    msg!("error-store-event-received", event = e.event_id)
                })
            })?;
        Ok(())
    }

    fn insert_report_row(&self, w: &ReportRowWrite) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO report_rows (fingerprint, format, reference, order_id, payment_id,
                     amount, currency, outcome, detail, source_file, imported_at, actor)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                &[
                    &w.fingerprint,
                    &w.format,
                    &w.reference,
                    &w.order_id,
                    &w.payment_id,
                    &w.amount,
                    &w.currency,
                    &w.outcome,
                    &w.detail,
                    &w.source_file,
                    &ms(w.imported_at),
                    &w.actor,
                ],
            )
            .map_err(|err| duplicate(err, || msg!("error-store-row-imported")))?;
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
        self.conn
            .execute(
                "INSERT INTO reminders_sent (order_id, chain_id, link_id, step, sent_at, actor)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    &order_id,
                    &chain_id,
                    &link_id,
                    &(step as i32),
                    &ms(at),
                    &actor,
                ],
            )
            .map_err(|err| duplicate(err, || msg!("error-store-reminder-recorded", step = step)))?;
        Ok(())
    }

    fn tag_order(&self, order_id: Uuid, tag: &str, at: DateTime<Utc>, actor: &str) -> Result<bool> {
        let changed = self.conn.execute(
            "INSERT INTO order_tags (order_id, tag, added_at, actor) VALUES ($1, $2, $3, $4)
             ON CONFLICT (order_id, tag) DO UPDATE
                 SET added_at = excluded.added_at, actor = excluded.actor, cleared_at = NULL
                 WHERE order_tags.cleared_at IS NOT NULL",
            &[&order_id, &tag, &ms(at), &actor],
        )?;
        Ok(changed > 0)
    }

    fn clear_tag(&self, order_id: Uuid, tag: &str, at: DateTime<Utc>) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE order_tags SET cleared_at = $3
             WHERE order_id = $1 AND tag = $2 AND cleared_at IS NULL",
            &[&order_id, &tag, &ms(at)],
        )?;
        Ok(changed > 0)
    }

    fn attach_payment_reference(&self, payment_id: Uuid, reference: &str) -> Result<()> {
        let changed = self
            .conn
            .execute(
                "UPDATE payments SET reference = $2, version = version + 1
                 WHERE id = $1 AND reference IS NULL",
                &[&payment_id, &reference],
            )
            .map_err(|err| {
                duplicate(err, || {
                    msg!("error-store-reference-taken", reference = reference)
                })
            })?;
        if changed == 0 {
            return Err(StoreError::Stale {
                what: msg!("what-the-payment"),
            });
        }
        Ok(())
    }
}
