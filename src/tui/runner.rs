//! Runs the desk's effects against the book and the clipboard, and answers with actions.
//! Every failure becomes a message for the status line: the desk never closes on an error.

use std::path::PathBuf;

use chrono::Local;

use super::convert;
use crate::app::action::Action;
use crate::app::effect::{Effect, LineSpec, OrderSpec};
use crate::app::list::WINDOW;
use crate::app::rows::{CustomerHistory, CustomersPage, InventoryPage, PaymentsPage, QueuePage};
use crate::clipboard::{Clipboard, Copied};
use crate::core::customer::normalize_phone;
use crate::core::link::LinkState;
use crate::export::write_daily;
use crate::ops::{Desk, ItemSpec, NewOrder, NewPayment, OpError, OrderView, source_key};

/// How many claims and recent payments the Payments pane shows.
const PAYMENTS_SHOWN: usize = 50;
/// How many orders a customer's history shows.
const HISTORY_SHOWN: usize = 200;

pub struct Runner {
    pub desk: Desk,
    clipboard: Box<dyn Clipboard>,
    /// Where `E` writes today's reports.
    reports_dir: PathBuf,
    data_version: Option<i64>,
}

impl Runner {
    pub fn new(desk: Desk, clipboard: Box<dyn Clipboard>, reports_dir: PathBuf) -> Runner {
        Runner {
            desk,
            clipboard,
            reports_dir,
            data_version: None,
        }
    }

    /// True when another connection committed since the last look (about once a second).
    pub fn book_changed(&mut self) -> bool {
        let Ok(now) = self.desk.store.data_version() else {
            return false;
        };
        let changed = self.data_version.is_some_and(|seen| seen != now);
        self.data_version = Some(now);
        changed
    }

    pub fn run(&mut self, effect: Effect) -> Vec<Action> {
        match self.try_run(effect) {
            Ok(actions) => actions,
            Err(e) => vec![Action::Failed(e.to_string())],
        }
    }

    fn try_run(&mut self, effect: Effect) -> Result<Vec<Action>, OpError> {
        let currency = self.desk.config.shop.currency;
        let one = |a: Action| Ok(vec![a]);
        match effect {
            Effect::LoadQueue {
                filter,
                show_done,
                offset,
                count,
                total,
            } => {
                let slice = self
                    .desk
                    .queue(&filter, show_done, offset, WINDOW, count, total)?;
                let rows = slice.rows.iter().map(convert::queue_row).collect();
                one(Action::QueueLoaded(QueuePage {
                    offset,
                    rows,
                    counts: slice.counts,
                }))
            }
            Effect::LoadInventory { filter, offset } => {
                let (rows, total) = self.desk.inventory_page(&filter, offset, WINDOW)?;
                one(Action::InventoryLoaded(InventoryPage {
                    offset,
                    rows,
                    total,
                }))
            }
            Effect::LoadCustomers { filter, offset } => {
                let (rows, total) = self.desk.customers_page(&filter, offset, WINDOW)?;
                let rows = rows
                    .iter()
                    .map(|c| convert::customer_row(c, currency))
                    .collect();
                one(Action::CustomersLoaded(CustomersPage {
                    offset,
                    rows,
                    total,
                }))
            }
            Effect::LoadPayments => one(Action::PaymentsLoaded(self.payments_page()?)),
            Effect::LoadOrder(number) => {
                let view = self.desk.order_view(number)?;
                one(self.opened(&view)?)
            }
            Effect::LoadHistory(id) => {
                let (stats, orders) = self.desk.customer_history(id, HISTORY_SHOWN)?;
                one(Action::HistoryLoaded(Box::new(CustomerHistory {
                    customer: convert::customer_row(&stats, currency),
                    orders: orders.iter().map(convert::queue_row).collect(),
                })))
            }
            Effect::LoadCatalog => one(Action::CatalogLoaded(self.desk.catalog("")?)),
            Effect::FindCustomers(query) => {
                let (hits, _) = self.desk.customers_page(&query, 0, 30)?;
                one(Action::CustomersFound(
                    hits.iter()
                        .map(|c| convert::customer_hit(c, currency))
                        .collect(),
                ))
            }
            Effect::ReadPaste(text) => self.read_paste(text),
            Effect::CreateOrder { spec, confirm } => self.create(spec, confirm),
            Effect::EditLines {
                number,
                version,
                lines,
                address,
            } => {
                let view =
                    self.desk
                        .replace_lines(number, items(&lines), address, Some(version))?;
                self.done(
                    format!("order #{number} updated (v{})", view.order.revision),
                    Some(number),
                )
            }
            Effect::ConfirmOrder { number, version } => {
                self.desk.confirm_order(number, false, Some(version))?;
                self.done(
                    format!("order #{number} confirmed: stock reserved; y copies the summary"),
                    Some(number),
                )
            }
            Effect::Advance {
                number,
                version,
                to,
            } => {
                self.desk.advance_order(number, to, Some(version))?;
                self.done(
                    format!("order #{number} is {}", to.as_str().replace('_', " ")),
                    Some(number),
                )
            }
            Effect::CancelOrder { number, version } => {
                self.desk.cancel_order(number, Some(version))?;
                self.done(
                    format!("order #{number} cancelled; its stock is back on sale"),
                    Some(number),
                )
            }
            Effect::SetNotes {
                number,
                version,
                notes,
            } => {
                self.desk.set_notes(number, notes, Some(version))?;
                self.done(format!("notes of #{number} saved"), Some(number))
            }
            Effect::Pay {
                number,
                amount,
                method,
                reference,
                claimed,
            } => {
                let (p, view) = self.desk.record_payment(
                    number,
                    NewPayment {
                        amount,
                        method,
                        reference,
                        claimed,
                        proof: None,
                    },
                )?;
                let money = view.order.money(p.amount);
                let left = view.order.money(view.totals.balance(view.total()));
                let what = if claimed {
                    "claim recorded (verify it when the money shows up)"
                } else {
                    "payment recorded"
                };
                self.done(
                    format!("{what}: {money} on #{number}; balance {left}"),
                    Some(number),
                )
            }
            Effect::Verify { number, payment } => {
                let view = self.desk.verify_payment(number, &payment)?;
                let left = view.order.money(view.totals.balance(view.total()));
                self.done(
                    format!(
                        "claim verified on #{number}: now {} (balance {left})",
                        view.payment_status().as_str().replace('_', " ")
                    ),
                    Some(number),
                )
            }
            Effect::Reject { number, payment } => {
                self.desk.reject_payment(number, &payment)?;
                self.done(
                    format!("claim rejected on #{number}: it no longer counts"),
                    Some(number),
                )
            }
            Effect::Refund {
                number,
                amount,
                restock,
            } => {
                let (p, view) = self.desk.refund(number, &amount, restock, None, None)?;
                let back = if restock { "; goods back in stock" } else { "" };
                self.done(
                    format!(
                        "refunded {} on #{number} by {}{back}",
                        view.order.money(p.amount),
                        p.method
                    ),
                    Some(number),
                )
            }
            Effect::Receive { sku, qty, note } => {
                let p = self.desk.receive_stock(&sku, qty, &note)?;
                self.done(
                    format!(
                        "received {qty} × {}: {} available",
                        p.display_name(),
                        p.available()
                    ),
                    None,
                )
            }
            Effect::Adjust { sku, delta, reason } => {
                let p = self.desk.adjust_stock(&sku, delta, &reason)?;
                self.done(
                    format!(
                        "{} adjusted by {delta:+}: {} on hand, {} available",
                        p.display_name(),
                        p.on_hand,
                        p.available()
                    ),
                    None,
                )
            }
            Effect::Merge { from, into } => {
                let c = self.desk.merge_customers(&from, &into)?;
                self.done(format!("merged into {}; their orders moved", c.name), None)
            }
            Effect::CopySummary(number) => {
                let text = self.desk.order_summary(number)?;
                Ok(vec![self.copy(
                    "summary",
                    &format!("the summary of #{number}"),
                    text,
                )])
            }
            Effect::CopyLink(number) => {
                // The live link, made (or renewed) when there is none: staff asked for it.
                let view = self.desk.order_link(number, None)?;
                let expires = view
                    .link
                    .expires_at
                    .with_timezone(&Local)
                    .format("%b %-d %H:%M");
                let mut actions = vec![self.copy(
                    "payment link",
                    &format!(
                        "the payment link of #{number} ({}, valid until {expires})",
                        view.link.provider
                    ),
                    view.link.url.clone(),
                )];
                if let Some(warning) = view.warning {
                    actions.push(Action::Failed(warning));
                }
                if view.created {
                    actions.push(Action::BookChanged);
                }
                Ok(actions)
            }
            Effect::CopyReminder { number, step } => {
                let sent = self.desk.mark_reminder_sent(number, Some(step))?;
                let mut what = format!("reminder {} of #{number}", sent.step);
                if sent.tagged {
                    what.push_str(" (last one: tagged payment-abandoned)");
                }
                let copied = self.copy("reminder", &format!("the {what}"), sent.text);
                Ok(vec![copied, Action::BookChanged])
            }
            Effect::CloseReview { number, note } => {
                let closed = self.desk.close_review(number, &note)?;
                self.done(
                    format!("closed {closed} review(s) of #{number}; the note is in the journal"),
                    Some(number),
                )
            }
            Effect::ReadClipboard => match self.clipboard.read() {
                Ok(text) => one(Action::Paste(text)),
                Err(why) => Err(OpError::Invalid(format!(
                    "{why}; paste into the terminal instead (most terminals: Ctrl-Shift-V)"
                ))),
            },
            Effect::ExportToday => {
                let date = Local::now().date_naive();
                let report = self.desk.daily_report(date, &Local)?;
                let files = write_daily(&report, &self.reports_dir, false)
                    .map_err(|e| OpError::Invalid(e.to_string()))?;
                let first = files
                    .first()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default();
                self.done(
                    format!(
                        "{} orders, {} payments today: wrote {} files, e.g. {first}",
                        report.orders.len(),
                        report.payments.len(),
                        files.len()
                    ),
                    None,
                )
            }
            Effect::Quit => Ok(Vec::new()),
        }
    }

    fn payments_page(&self) -> Result<PaymentsPage, OpError> {
        let (claims, recent) = self.desk.payments_page(PAYMENTS_SHOWN)?;
        let reminders = self.desk.reminders_due()?;
        let reviews = self
            .desk
            .link_rows(&[LinkState::ManualReview], PAYMENTS_SHOWN as i64)?;
        let links = self
            .desk
            .link_rows(&[LinkState::Pending], PAYMENTS_SHOWN as i64)?;
        Ok(PaymentsPage {
            claims: claims.iter().map(convert::payment_row).collect(),
            reminders: reminders.iter().map(convert::reminder_row).collect(),
            reviews: reviews.iter().map(convert::link_row).collect(),
            links: links.iter().map(convert::link_row).collect(),
            recent: recent.iter().map(convert::payment_row).collect(),
        })
    }

    /// Expires links that ran out (and releases their stock when configured). Runs on the
    /// desk's slow tick; says what it did, or nothing when nothing was due.
    pub fn sweep(&mut self) -> Option<Action> {
        let numbers = |list: &[i64]| {
            list.iter()
                .map(|n| format!("#{n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self.desk.expire_due() {
            Ok(sweep) if sweep.is_empty() => None,
            Ok(sweep) => {
                let mut said = Vec::new();
                if !sweep.expired.is_empty() {
                    said.push(format!(
                        "payment link ran out unpaid: {}",
                        numbers(&sweep.expired)
                    ));
                }
                if !sweep.released.is_empty() {
                    said.push(format!(
                        "cancelled and stock released: {}",
                        numbers(&sweep.released)
                    ));
                }
                if !sweep.closed.is_empty() {
                    said.push(format!(
                        "links closed (paid otherwise): {}",
                        numbers(&sweep.closed)
                    ));
                }
                for (n, why) in &sweep.kept {
                    said.push(format!("#{n} kept: {why}"));
                }
                Some(Action::Done {
                    message: said.join("; "),
                    select: None,
                })
            }
            Err(e) => Some(Action::Failed(format!("checking payment links: {e}"))),
        }
    }

    fn opened(&self, view: &OrderView) -> Result<Action, OpError> {
        let summary = self.desk.render_summary(view)?;
        Ok(Action::OrderLoaded(Box::new(convert::order_detail(
            view, summary,
        ))))
    }

    fn done(&self, message: String, select: Option<i64>) -> Result<Vec<Action>, OpError> {
        Ok(vec![Action::Done { message, select }])
    }

    fn copy(&mut self, what: &str, described: &str, text: String) -> Action {
        match self.clipboard.copy(&text) {
            Copied::System => Action::Copied(format!(
                "copied {described} to the clipboard ({} characters)",
                text.chars().count()
            )),
            Copied::Terminal => Action::Copied(format!(
                "sent {described} to your terminal's clipboard (OSC 52); paste to check"
            )),
            Copied::Failed(why) => Action::CopyFailed {
                what: what.to_string(),
                text,
                why,
            },
        }
    }

    fn read_paste(&mut self, text: String) -> Result<Vec<Action>, OpError> {
        let currency = self.desk.config.shop.currency;
        let country = self.desk.config.shop.country.clone();
        let found = self.desk.draft_chat(&text, &[])?;
        let mut drafts = Vec::new();
        for d in &found.drafts {
            // The book knows them by phone, or (for a name without a phone) by that name.
            let known = match d
                .customer
                .phone
                .as_deref()
                .map(|p| normalize_phone(p, &country))
            {
                Some(Ok(phone)) => self.desk.known_customer(&phone)?,
                _ => self.desk.known_customer_named(&d.customer.name)?,
            };
            drafts.push(convert::review_draft(d, &text, known.as_ref(), currency));
        }
        Ok(vec![Action::DraftsReady(drafts)])
    }

    fn create(&mut self, spec: OrderSpec, confirm: bool) -> Result<Vec<Action>, OpError> {
        // Several customers in one paste: each order keeps the text, keyed by its customer.
        let source = spec
            .source
            .as_ref()
            .map(|text| source_key(&spec.customer, text));
        let new = NewOrder {
            customer: spec.customer,
            name: spec.name,
            items: items(&spec.lines),
            address: spec.address,
            notes: spec.notes,
            source,
            source_text: spec.source,
            ..NewOrder::default()
        };
        let view = self.desk.create_order_now(new, confirm, spec.claimed)?;
        let n = view.order.number;
        let message = if confirm {
            format!(
                "order #{n} created and confirmed ({}): y copies the summary, Y the payment link",
                view.order.money(view.total())
            )
        } else {
            format!("draft #{n} saved; confirm it with c when ready")
        };
        self.done(message, Some(n))
    }
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
