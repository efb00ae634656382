//! Effect → one operation → the answer. Nothing here decides anything: which customers a
//! paste names, what the Payments pane holds and every word staff read live elsewhere (ops
//! and `app/answer.rs`). It runs on the screen's thread for quick effects and on the worker
//! for slow ones, each with its own desk.

use std::path::Path;

use chrono::Local;

use super::convert;
use crate::app::answer::Answer;
use crate::app::effect::{Effect, LineSpec, QueueQuery, UndoStep};
use crate::app::list::WINDOW;
use crate::app::rows::{
    CustomerHistory, CustomersPage, Due, InventoryPage, QueueCounts, QueuePage,
};
use crate::core::queue::QueueFrom;
use crate::core::refusal::{Refusal, RefusalKind};
use crate::export::{ExportError, write_daily};
use crate::ops::ChatClaim;
use crate::ops::{Amount, Desk, ItemSpec, NewOrder, NewPayment, OpError, OrderEdit, QueueAsk};

/// How many claims, links and payments the Payments pane lists.
const PAYMENTS_SHOWN: usize = 50;
/// How many orders a customer's history shows.
const HISTORY_SHOWN: usize = 200;

/// Runs one effect that needs the book (not the clipboard). `reports` is where `E` writes.
pub fn perform(desk: &mut Desk, effect: &Effect, reports: &Path) -> Result<Answer, Refusal> {
    let currency = desk.config.shop.currency;
    let answer = match effect {
        Effect::LoadQueue(q) => queue(desk, q)?,
        Effect::CountQueue(q) => {
            let (counts, pressing) = desk.queue_counts(&q.filter, q.now)?;
            Answer::QueueCounted(QueueCounts {
                filter: q.filter.clone(),
                show_done: q.show_done,
                counts,
                due: Due {
                    overdue: pressing.overdue,
                    today: pressing.today,
                },
            })
        }
        Effect::LoadInventory { filter, offset } => {
            let (rows, total) = desk.inventory_page(filter, *offset, WINDOW)?;
            let learned = desk
                .aliases()?
                .into_iter()
                .filter(|a| rows.iter().any(|p| p.sku == a.sku))
                .map(|a| (a.sku, a.phrase))
                .collect();
            Answer::InventoryLoaded(InventoryPage {
                offset: *offset,
                rows,
                total,
                learned,
            })
        }
        Effect::LoadCustomers { filter, offset } => {
            let (rows, total) = desk.customers_page(filter, *offset, WINDOW)?;
            Answer::CustomersLoaded(CustomersPage {
                offset: *offset,
                rows: rows
                    .iter()
                    .map(|c| convert::customer_row(c, currency))
                    .collect(),
                total,
            })
        }
        Effect::LoadPayments => Answer::PaymentsLoaded(convert::payments_page(
            &desk.payments_overview(PAYMENTS_SHOWN)?,
        )),
        Effect::LoadOrder { number, then } => {
            let view = desk.order_view(*number)?;
            let summary = desk.summary_as_copied(&view)?;
            Answer::OrderLoaded {
                detail: Box::new(convert::order_detail(&view, summary)),
                then: *then,
            }
        }
        Effect::LoadHistory(id) => {
            let (stats, orders) = desk.customer_history(*id, HISTORY_SHOWN)?;
            Answer::HistoryLoaded(Box::new(CustomerHistory {
                customer: convert::customer_row(&stats, currency),
                orders: orders.iter().map(convert::queue_row).collect(),
            }))
        }
        Effect::LoadCatalog => Answer::CatalogLoaded(desk.catalog("")?),
        Effect::FindCustomers(query) => {
            let (hits, _) = desk.customers_page(query, 0, 30)?;
            Answer::CustomersFound(
                hits.iter()
                    .map(|c| convert::customer_hit(c, currency))
                    .collect(),
            )
        }
        Effect::ReadPaste(text) => {
            let drafts = desk.read_paste(text)?;
            Answer::PasteRead {
                shop_guess: desk.shop_guess(text, &drafts)?,
                drafts: convert::review_drafts(&drafts, text, currency),
            }
        }
        Effect::LearnAlias { phrase, sku } => {
            let learned = desk.learn_alias(phrase, sku)?;
            Answer::AliasLearned {
                phrase: learned.phrase,
                sku: learned.sku,
            }
        }
        Effect::RememberShopAuthor { author, is_shop } => {
            desk.remember_shop_author(author, *is_shop)?;
            Answer::ShopAuthorRemembered {
                author: author.clone(),
                is_shop: *is_shop,
            }
        }
        Effect::CreateOrder { spec, confirm } => {
            let new = NewOrder {
                customer: spec.customer.clone(),
                name: spec.name.clone(),
                items: items(&spec.lines),
                delivery: spec.delivery.map(decimal),
                discount: spec.discount.map(decimal),
                address: spec.address.clone(),
                notes: spec.notes.clone(),
                source_text: spec.source.clone(),
                deadline: spec.deadline,
                ..NewOrder::default()
            };
            let claim = spec.claimed.map(|amount| ChatClaim {
                amount,
                reference: spec.claim_reference.clone(),
                method: spec.claim_method,
            });
            let view = desk.create_order_now(new, *confirm, claim)?;
            Answer::OrderCreated {
                number: view.order.number,
                confirmed: *confirm,
                total: view.order.money(view.total()),
            }
        }
        Effect::EditLines {
            order,
            lines,
            address,
            deadline,
            delivery,
            discount,
        } => {
            let view = desk.replace_lines(
                order.number,
                items(lines),
                address.clone(),
                *deadline,
                (delivery.map(decimal), discount.map(decimal)),
                Some(order.version),
            )?;
            Answer::LinesReplaced {
                number: order.number,
                revision: view.order.revision,
            }
        }
        Effect::ConfirmOrder(order) => {
            desk.confirm_order(order.number, false, Some(order.version))?;
            Answer::OrderConfirmed {
                number: order.number,
            }
        }
        Effect::Advance { order, to } => {
            desk.advance_order(order.number, *to, Some(order.version))?;
            Answer::Advanced {
                number: order.number,
                to: *to,
            }
        }
        Effect::CancelOrder(order) => {
            desk.cancel_order(order.number, Some(order.version))?;
            Answer::OrderCancelled {
                number: order.number,
            }
        }
        Effect::SetNotes {
            order,
            notes,
            staff,
        } => {
            desk.set_notes(order.number, notes.clone(), *staff, Some(order.version))?;
            Answer::NotesSaved {
                number: order.number,
            }
        }
        Effect::SetDeadline { order, deadline } => {
            let edit = OrderEdit {
                deadline: Some(*deadline),
                ..OrderEdit::default()
            };
            desk.edit_order(order.number, edit, Some(order.version))?;
            Answer::DeadlineSet {
                number: order.number,
                deadline: *deadline,
            }
        }
        Effect::Pay {
            number,
            amount,
            method,
            reference,
            claimed,
        } => {
            let new = NewPayment {
                amount: Amount::Exact(*amount),
                method: *method,
                reference: reference.clone(),
                claimed: *claimed,
                proof: None,
            };
            let (p, view) = desk.record_payment(*number, new)?;
            Answer::PaymentRecorded {
                number: *number,
                amount: view.order.money(p.amount),
                claimed: *claimed,
                balance: view.order.money(view.balance()),
            }
        }
        Effect::CheckReference {
            number,
            amount,
            method,
            reference,
        } => Answer::ReferenceChecked {
            number: *number,
            amount: *amount,
            method: *method,
            reference: reference.clone(),
            holder: desk.reference_holder(*method, reference)?,
        },
        Effect::Verify { number, payment } | Effect::Reject { number, payment } => {
            let verified = matches!(effect, Effect::Verify { .. });
            let id = payment.simple().to_string();
            let view = if verified {
                desk.verify_payment(*number, &id)?
            } else {
                desk.reject_payment(*number, &id)?
            };
            Answer::ClaimSettled {
                number: *number,
                payment: *payment,
                verified,
                status: view.payment_status(),
                balance: view.order.money(view.balance()),
            }
        }
        Effect::Refund {
            number,
            amount,
            restock,
        } => {
            let (p, view) = desk.refund(*number, *amount, *restock, None, None)?;
            Answer::Refunded {
                number: *number,
                amount: view.order.money(p.amount),
                method: p.method,
                restocked: p.restock,
            }
        }
        Effect::Receive { sku, qty, note } => Answer::StockReceived {
            product: desk.receive_stock(sku, *qty, note)?,
            qty: *qty,
        },
        Effect::Adjust { sku, delta, reason } => Answer::StockAdjusted {
            product: desk.adjust_stock(sku, *delta, reason)?,
            delta: *delta,
        },
        Effect::Merge { from, into } => {
            let (from_id, merged) = desk.merge_customers_ids(from, into)?;
            Answer::CustomersMerged {
                into: merged.name,
                from_id,
                into_id: merged.id,
            }
        }
        Effect::Undo(step) => {
            match *step {
                UndoStep::Settle {
                    number, payment, ..
                } => {
                    desk.undo_settle(number, payment)?;
                }
                UndoStep::Advance { number } => {
                    desk.undo_advance(number)?;
                }
                UndoStep::Cancel { number } => {
                    desk.undo_cancel(number)?;
                }
                UndoStep::Merge { from, into } => {
                    desk.undo_merge(from, into)?;
                }
            }
            Answer::Undone(*step)
        }
        Effect::CloseReview { number, note } => Answer::ReviewClosed {
            number: *number,
            closed: desk.close_review(*number, note)?,
        },
        Effect::LoadSummary(number) => Answer::SummaryReady {
            number: *number,
            text: desk.order_summary(*number)?,
        },
        Effect::MakeLink(number) => {
            let view = desk.order_link(*number, None)?;
            Answer::LinkReady {
                number: *number,
                url: view.link.url,
                provider: view.link.provider,
                expires_at: view.link.expires_at,
                made: view.created,
                warning: view.warning,
            }
        }
        Effect::SendReminder { number, step } => {
            let sent = desk.mark_reminder_sent(*number, Some(*step))?;
            Answer::ReminderReady {
                number: *number,
                step: sent.step,
                tagged: sent.tagged,
                text: sent.text,
            }
        }
        Effect::Export(period) => {
            let report = match desk.zone {
                Some(zone) => desk.period_report(*period, &zone)?,
                None => desk.period_report(*period, &Local)?,
            };
            let files = write_daily(&report, reports, false)?
                .into_iter()
                .map(|f| std::fs::canonicalize(&f).unwrap_or(f))
                .collect();
            Answer::Exported {
                period: *period,
                orders: report.orders.len(),
                payments: report.payments.len(),
                files,
            }
        }
        Effect::LoadDay { period, now } => {
            let summary = match desk.zone {
                Some(zone) => desk.day_summary(*period, &zone, *now)?,
                None => desk.day_summary(*period, &Local, *now)?,
            };
            Answer::DayLoaded(Box::new(summary))
        }
        Effect::LoadOrders {
            title,
            numbers,
            total,
        } => Answer::OrdersListed {
            title: title.clone(),
            rows: desk
                .orders_numbered(numbers)?
                .iter()
                .map(convert::queue_row)
                .collect(),
            total: *total,
        },
        Effect::ExpireLinks => Answer::LinksSwept(desk.expire_due()?),
        // Each on its own: one refused never stops the others.
        Effect::Batch(list) => Answer::Batch(
            list.iter()
                .map(|e| match perform(desk, e, reports) {
                    Ok(answer) => answer,
                    Err(refusal) => super::runner::refused(e.clone(), refusal),
                })
                .collect(),
        ),
        Effect::SendReminders(list) => {
            // Each is recorded as it is sent: on a refusal, those already sent are still
            // copied (their texts are not lost); the rest stay due.
            let mut sent = Vec::new();
            for (number, step) in list {
                match desk.mark_reminder_sent(*number, Some(*step)) {
                    Ok(s) => sent.push((*number, s.step, s.tagged, s.text)),
                    Err(e) if sent.is_empty() => return Err(e.into()),
                    Err(_) => break,
                }
            }
            Answer::RemindersReady(sent)
        }
        Effect::Copy { .. } | Effect::ReadClipboard => {
            return Err(Refusal::new(
                RefusalKind::Internal,
                crate::msg!("error-clipboard-not-book"),
            ));
        }
    };
    Ok(answer)
}

fn queue(desk: &Desk, q: &QueueQuery) -> Result<Answer, OpError> {
    let slice = desk.queue(&QueueAsk {
        filter: &q.filter,
        show_done: q.show_done,
        from: q.from.clone(),
        skip: q.skip,
        limit: WINDOW,
        count: q.count,
        now: Some(q.now),
        time_box: (!q.patient).then_some(desk.screen_walk),
    })?;
    let page = QueuePage {
        rows: slice.rows.iter().map(convert::queue_row).collect(),
        keys: slice.keys,
        at_start: slice.at_start,
        at_end: slice.at_end,
        select: q.select,
        counts: slice.counts,
        due: slice.pressing.map(|p| Due {
            overdue: p.overdue,
            today: p.today,
        }),
        missing: match (&q.from, slice.missing) {
            (QueueFrom::Around(number), true) => Some(*number),
            _ => None,
        },
        unfinished: slice.unfinished.then(|| {
            Box::new(QueueQuery {
                patient: true,
                ..q.clone()
            })
        }),
    };
    Ok(match q.patient {
        true => Answer::QueueSearched {
            asked: Box::new(q.clone()),
            page: Box::new(page),
        },
        false => Answer::QueueLoaded(page),
    })
}

/// Money as the operations read a typed amount: "12.50".
fn decimal(m: crate::core::money::Money) -> String {
    crate::core::money::decimal_string(m.minor, m.currency)
}

fn items(lines: &[LineSpec]) -> Vec<ItemSpec> {
    lines
        .iter()
        .map(|l| ItemSpec {
            sku: l.sku.clone(),
            qty: l.qty,
        })
        .collect()
}

impl From<ExportError> for Refusal {
    fn from(e: ExportError) -> Refusal {
        Refusal::new(RefusalKind::Unavailable, e.message())
    }
}
