//! Importing a provider's or bank's report: each row is matched to the book and recorded
//! once; mismatches go to manual review; claims no row confirms are listed.
//!
//! Importing the same file twice changes nothing: every row that touched the book is kept
//! with a UNIQUE fingerprint, and a row seen before is reported as already recorded without
//! writing anything. Rows with no order are not kept, so they are matched again next time
//! (the order may exist by then).

use uuid::Uuid;

use super::links::{journal_link, set_state};
use super::payments::journal_payment;
use super::verify::{clear_abandoned_in, record_verified_in, settle_links_in};
use super::{Ctx, Desk, Result, begin};
use crate::core::link::{LinkEvent, transition};
use crate::core::money::Money;
use crate::core::money::decimal_string;
use crate::core::order::{Lifecycle, Order};
use crate::core::payment::{Method, Payment, PaymentState};
use crate::core::reconcile::{Decision, OrderFacts, Outcome, ProviderRow, RowNote, decide};
use crate::core::review::ReviewReason;
use crate::payments::{PaidNotice, ReportFormat};
use crate::store::{ReportRowWrite, Tx};

/// One line of the reconciliation report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReconcileLine {
    /// The row's line in the imported file; None for a claim no row confirmed.
    pub line: Option<usize>,
    pub outcome: Outcome,
    pub reference: String,
    pub order_no: Option<i64>,
    /// As a plain decimal, and its currency.
    pub amount: String,
    pub currency: String,
    pub status: String,
    /// Worded where it is read: the staff's language on screen, plain English in the file.
    pub detail: RowNote,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reconciliation {
    pub lines: Vec<ReconcileLine>,
    /// Payments the import verified: for the desk's bell and the on_payment command.
    pub paid: Vec<PaidNotice>,
    /// False when nothing in the book changed (the same file imported again).
    pub changed: bool,
}

impl Reconciliation {
    pub fn count(&self, outcome: Outcome) -> usize {
        self.lines.iter().filter(|l| l.outcome == outcome).count()
    }
}

impl Desk {
    /// Reconciles `rows` of a report named `source` against the book. `before_commit` sees
    /// the result before anything is committed (the CLI writes the reconciliation CSV there),
    /// so a report that cannot be written leaves the book unchanged.
    pub fn import_payment_report(
        &mut self,
        rows: &[ProviderRow],
        format: ReportFormat,
        source: &str,
        before_commit: impl FnOnce(&Reconciliation) -> std::result::Result<(), String>,
    ) -> Result<Reconciliation> {
        let (tx, ctx) = begin!(self);
        let mut rec = Reconciliation::default();
        let mut verified_claims: Vec<Uuid> = Vec::new();
        for row in rows {
            let line = row_in(
                &tx,
                &ctx,
                row,
                format,
                source,
                &mut rec,
                &mut verified_claims,
            )?;
            rec.lines.push(line);
        }
        for (number, claim) in tx.read().open_claims()? {
            if verified_claims.contains(&claim.id) {
                continue;
            }
            rec.lines.push(ReconcileLine {
                line: None,
                outcome: Outcome::ClaimWithoutProviderRow,
                reference: claim.reference.clone().unwrap_or_default(),
                order_no: Some(number),
                amount: decimal_string(claim.amount, claim.currency),
                currency: claim.currency.code().to_string(),
                status: "claimed".into(),
                detail: RowNote::ClaimWithoutRow {
                    amount: Money::new(claim.amount, claim.currency),
                    method: claim.method,
                },
            });
        }
        before_commit(&rec)
            .map_err(|why| super::OpError::Invalid(crate::core::i18n::Message::plain(why)))?;
        if rec.changed {
            tx.commit()?;
            for paid in &rec.paid {
                tracing::info!(
                    order = paid.order_no,
                    amount = %paid.amount,
                    via = paid.via,
                    "payment recorded"
                );
            }
        }
        Ok(rec)
    }
}

fn row_in(
    tx: &Tx,
    ctx: &Ctx,
    row: &ProviderRow,
    format: ReportFormat,
    source: &str,
    rec: &mut Reconciliation,
    verified_claims: &mut Vec<Uuid>,
) -> Result<ReconcileLine> {
    let read = tx.read();
    let mut out = ReconcileLine {
        line: Some(row.line),
        outcome: Outcome::NoOrder,
        reference: row.reference.clone().unwrap_or_default(),
        order_no: row.order_no,
        amount: row
            .amount
            .map(|m| decimal_string(m.minor, m.currency))
            .unwrap_or_else(|| row.amount_text.clone()),
        currency: row
            .amount
            .map(|m| m.currency.code().to_string())
            .unwrap_or_else(|| row.currency_text.to_uppercase()),
        status: row.status.clone(),
        detail: RowNote::NamesNoOrder,
    };
    if let Some(before) = read.report_row_outcome(&row.fingerprint)? {
        out.outcome = Outcome::AlreadyRecorded;
        out.detail = RowNote::ImportedBefore { outcome: before };
        return Ok(out);
    }
    let mut known: Option<Payment> = None;
    for r in row.refs() {
        if let Some(p) = read.payment_with_reference(r)? {
            known = Some(p);
            break;
        }
    }
    let order = find_order(tx, row, known.as_ref())?;
    out.order_no = order.as_ref().map(|o| o.number).or(row.order_no);
    let (payments, totals) = match &order {
        Some(o) => (read.payments_for(o.id)?, read.standing(o.id)?.0),
        None => (Vec::new(), Default::default()),
    };
    let facts = order.as_ref().map(|o| OrderFacts {
        number: o.number,
        currency: o.currency,
        total: o.total().map(|m| m.minor).unwrap_or_default(),
        cancelled: o.lifecycle == Lifecycle::Cancelled,
        totals,
        payments: &payments,
    });
    let decision = decide(row, known.as_ref(), facts.as_ref());
    out.outcome = decision.outcome();
    let reference = row.reference.as_deref();
    // The book keeps a review's reason as its code and other rows' words as the file says them.
    let keep =
        |tx: &Tx, order: &Order, payment_id: Option<Uuid>, detail: &RowNote, outcome: Outcome| {
            let detail = match detail {
                RowNote::Review(why) => why.code(),
                other => other.plain(),
            };
            tx.insert_report_row(&ReportRowWrite {
                fingerprint: &row.fingerprint,
                format: format.as_str(),
                reference,
                order_id: Some(order.id),
                payment_id,
                amount: row.amount.map(|m| m.minor),
                currency: &out.currency,
                outcome: outcome.as_str(),
                detail: &detail,
                source_file: source,
                imported_at: ctx.now,
                actor: ctx.actor,
            })
        };
    let proof = format!("{source}, line {}", row.line);
    let no_order = match row.order_no {
        Some(number) => RowNote::NoSuchOrder { number },
        None => RowNote::NamesNoOrder,
    };
    match (decision, &order) {
        (Decision::NotPaid(status), _) => out.detail = RowNote::NotPaid { status },
        (Decision::NoOrder, _) => out.detail = no_order,
        (Decision::AlreadyRecorded { payment_id }, Some(o)) => {
            out.detail = RowNote::AlreadyInBook;
            keep(
                tx,
                o,
                Some(payment_id),
                &out.detail,
                Outcome::AlreadyRecorded,
            )?;
            rec.changed = true;
        }
        (Decision::AttachReference { payment_id }, Some(o)) => {
            let p = payments.iter().find(|p| p.id == payment_id);
            if let (Some(r), Some(p)) = (reference, p) {
                tx.attach_payment_reference(payment_id, r)?;
                let mut after = p.clone();
                after.reference = Some(r.to_string());
                journal_payment(
                    tx,
                    o.number,
                    &after,
                    "payment reference added from a report",
                    Some(p),
                    ctx.actor,
                )?;
                settle_links_in(tx, ctx, o, &after)?;
            }
            out.detail = RowNote::MatchesHandVerified;
            keep(
                tx,
                o,
                Some(payment_id),
                &out.detail,
                Outcome::AlreadyRecorded,
            )?;
            rec.changed = true;
        }
        (Decision::VerifyClaim { payment_id }, Some(o)) => {
            let Some(claim) = payments.iter().find(|p| p.id == payment_id) else {
                out.outcome = Outcome::ManualReview;
                out.detail = RowNote::Review(ReviewReason::ClaimOfOtherOrder);
                return Ok(out);
            };
            tx.settle_payment(payment_id, PaymentState::Verified, ctx.now)?;
            let mut after = claim.clone();
            after.state = PaymentState::Verified;
            after.settled_at = Some(ctx.now);
            if let (Some(r), None) = (reference, &claim.reference) {
                tx.attach_payment_reference(payment_id, r)?;
                after.reference = Some(r.to_string());
            }
            journal_payment(
                tx,
                o.number,
                &after,
                "payment verified by a report",
                Some(claim),
                ctx.actor,
            )?;
            settle_links_in(tx, ctx, o, &after)?;
            clear_abandoned_in(tx, ctx, o)?;
            verified_claims.push(payment_id);
            out.detail = RowNote::VerifiesClaim {
                source: source.to_string(),
                line: row.line,
            };
            keep(tx, o, Some(payment_id), &out.detail, Outcome::ClaimVerified)?;
            rec.paid.push(notice(o, &after));
            rec.changed = true;
        }
        (Decision::Record, Some(o)) => {
            let Some(money) = row.amount else {
                out.outcome = Outcome::ManualReview;
                out.detail = RowNote::CurrencyUnknown;
                return Ok(out);
            };
            let method = match format {
                ReportFormat::Stripe => Method::Link,
                ReportFormat::Mapped if read.links_for_order(o.id)?.is_empty() => Method::Transfer,
                ReportFormat::Mapped => Method::Link,
            };
            let payment = record_verified_in(
                tx,
                ctx,
                o,
                money,
                method,
                reference,
                Some(proof),
                "payment verified by a report",
            )?;
            settle_links_in(tx, ctx, o, &payment)?;
            clear_abandoned_in(tx, ctx, o)?;
            out.detail = RowNote::Recorded { method };
            keep(tx, o, Some(payment.id), &out.detail, Outcome::Recorded)?;
            rec.paid.push(notice(o, &payment));
            rec.changed = true;
        }
        (Decision::Review(why), Some(o)) => {
            if let Some(link) = read.pending_link(o.id)?
                && transition(link.state, LinkEvent::Mismatch).is_ok()
            {
                let after = set_state(
                    tx,
                    &link,
                    LinkEvent::Mismatch,
                    ctx.now,
                    &why.code(),
                    None,
                    None,
                )?;
                journal_link(
                    tx,
                    o,
                    "payment link needs review",
                    Some(&link),
                    &after,
                    ctx.actor,
                    ctx.now,
                )?;
            }
            super::orders::journal_order(
                tx,
                o,
                &format!("report row needs review: {}", why.code()),
                None,
                ctx.actor,
                ctx.now,
            )?;
            out.detail = RowNote::Review(why);
            keep(tx, o, None, &out.detail, Outcome::ManualReview)?;
            rec.changed = true;
        }
        // Every decision but NoOrder and NotPaid comes with an order; this is NoOrder.
        (_, None) => {
            out.outcome = Outcome::NoOrder;
            out.detail = no_order;
        }
    }
    Ok(out)
}

/// The order a row is about: the number it names, else a link or payment it names.
fn find_order(tx: &Tx, row: &ProviderRow, known: Option<&Payment>) -> Result<Option<Order>> {
    let read = tx.read();
    if let Some(n) = row.order_no
        && let Some(o) = read.order_by_number(n)?
    {
        return Ok(Some(o));
    }
    if let Some(p) = known {
        return Ok(read.order_by_id(p.order_id)?);
    }
    for r in row.refs() {
        if let Some(link) = read.link_by_external_id(r)? {
            return Ok(read.order_by_id(link.order_id)?);
        }
    }
    Ok(None)
}

fn notice(order: &Order, p: &Payment) -> PaidNotice {
    PaidNotice {
        order_no: order.number,
        amount: Money::new(p.amount, p.currency),
        via: "import",
        reference: p.reference.clone(),
    }
}
