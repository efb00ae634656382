//! The runtime's answers, each tied to the effect it answers, and what the desk does and
//! says on each. Every word staff read about an outcome is written here.

use std::path::PathBuf;

use super::effect::{Copyable, Effect, UndoStep};
use super::keymap::Command;
use super::overlay::{OrderList, Overlay, TextPopup};
use super::panes::PaneId;
use super::review::{Review, ReviewDraft, ReviewMode};
use super::rows::{
    CustomerHistory, CustomerHit, CustomersPage, InventoryPage, OrderDetail, PaymentsPage,
    QueueCounts, QueuePage, QueueRow,
};
use super::{App, Tone};
use crate::core::catalog::Product;
use crate::core::day::{DaySummary, Period};
use crate::core::deadline::Deadline;
use crate::core::link::{Kept, Provider, Sweep};
use crate::core::money::Money;
use crate::core::order::Fulfilment;
use crate::core::payment::{Method, PaymentStatus};
use crate::core::refusal::{Refusal, RefusalKind};
use crate::core::summary::Language;

/// Where a copy went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopiedTo {
    /// The system clipboard has it.
    System { chars: usize },
    /// Sent to the terminal (OSC 52), which never confirms.
    Terminal,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    QueueLoaded(QueuePage),
    QueueCounted(QueueCounts),
    InventoryLoaded(InventoryPage),
    CustomersLoaded(CustomersPage),
    PaymentsLoaded(PaymentsPage),
    /// `then` is the command that waited for the order (from `Effect::LoadOrder`).
    OrderLoaded {
        detail: Box<OrderDetail>,
        then: Option<Command>,
    },
    HistoryLoaded(Box<CustomerHistory>),
    CatalogLoaded(Vec<Product>),
    CustomersFound(Vec<CustomerHit>),
    /// The drafts read from a paste.
    PasteRead {
        drafts: Vec<ReviewDraft>,
        /// An author who quotes prices like the shop, never asked about: "is this you?"
        shop_guess: Option<String>,
    },
    ShopAuthorRemembered {
        author: String,
        is_shop: bool,
    },
    AliasLearned {
        phrase: String,
        sku: String,
    },
    OrderCreated {
        number: i64,
        confirmed: bool,
        total: Money,
    },
    LinesReplaced {
        number: i64,
        revision: i64,
    },
    OrderConfirmed {
        number: i64,
    },
    Advanced {
        number: i64,
        to: Fulfilment,
    },
    OrderCancelled {
        number: i64,
    },
    NotesSaved {
        number: i64,
    },
    DeadlineSet {
        number: i64,
        deadline: Option<Deadline>,
    },
    PaymentRecorded {
        number: i64,
        amount: Money,
        claimed: bool,
        balance: Money,
    },
    /// The reference typed for a payment, and the order that already holds it, if one.
    ReferenceChecked {
        number: i64,
        amount: Money,
        method: Method,
        reference: String,
        holder: Option<i64>,
    },
    ClaimSettled {
        number: i64,
        payment: uuid::Uuid,
        verified: bool,
        status: PaymentStatus,
        balance: Money,
    },
    Refunded {
        number: i64,
        amount: Money,
        method: Method,
        restocked: bool,
    },
    StockReceived {
        product: Product,
        qty: i64,
    },
    StockAdjusted {
        product: Product,
        delta: i64,
    },
    CustomersMerged {
        into: String,
        from_id: uuid::Uuid,
        into_id: uuid::Uuid,
    },
    /// An action taken back.
    Undone(UndoStep),
    ReviewClosed {
        number: i64,
        closed: usize,
    },
    SummaryReady {
        number: i64,
        text: String,
    },
    /// The order's live link; `made` when it was made (or renewed) just now.
    LinkReady {
        number: i64,
        url: String,
        provider: Provider,
        expires_at: chrono::DateTime<chrono::Utc>,
        made: bool,
        warning: Option<String>,
    },
    /// The reminder is recorded as sent; its text is to copy.
    ReminderReady {
        number: i64,
        step: u32,
        tagged: bool,
        text: String,
    },
    Copied {
        what: Copyable,
        to: CopiedTo,
    },
    /// Nothing took the copy: the text is shown to select by hand.
    CopyFailed {
        what: Copyable,
        text: String,
        why: String,
    },
    Exported {
        period: Period,
        orders: usize,
        payments: usize,
        /// Where they went, in full.
        files: Vec<PathBuf>,
    },
    DayLoaded(Box<DaySummary>),
    /// The orders behind a figure (`total` of them; `rows` may be the first window).
    OrdersListed {
        title: String,
        rows: Vec<QueueRow>,
        total: usize,
    },
    LinksSwept(Sweep),
    /// The answers of a batch, in order.
    Batch(Vec<Answer>),
    /// Reminders recorded as sent: (order, step, tagged, text) each.
    RemindersReady(Vec<(i64, u32, bool, String)>),
    /// The effect was refused; nothing it would have written was written.
    Refused {
        effect: Box<Effect>,
        refusal: Refusal,
    },
}

/// What takes an answered action back, when the desk can.
fn undo_of(answer: &Answer) -> Option<UndoStep> {
    match answer {
        Answer::ClaimSettled {
            number,
            payment,
            verified,
            ..
        } => Some(UndoStep::Settle {
            number: *number,
            payment: *payment,
            verified: *verified,
        }),
        Answer::Advanced { number, .. } => Some(UndoStep::Advance { number: *number }),
        Answer::OrderCancelled { number } => Some(UndoStep::Cancel { number: *number }),
        Answer::CustomersMerged {
            from_id, into_id, ..
        } => Some(UndoStep::Merge {
            from: *from_id,
            into: *into_id,
        }),
        _ => None,
    }
}

/// "the verification of the claim on #1042": an undo step in words.
pub fn undo_words(step: &UndoStep) -> String {
    match step {
        UndoStep::Settle {
            number,
            verified: true,
            ..
        } => format!("the verification of the claim on #{number}"),
        UndoStep::Settle { number, .. } => format!("the rejection of the claim on #{number}"),
        UndoStep::Advance { number } => format!("the last advance of #{number}"),
        UndoStep::Cancel { number } => format!("the cancellation of #{number}"),
        UndoStep::Merge { .. } => "the merge of two customers".into(),
    }
}

impl App {
    pub(super) fn answer(&mut self, answer: Answer) -> Vec<Effect> {
        if let Some(step) = undo_of(&answer) {
            self.undo.push(vec![step]);
        }
        match answer {
            Answer::QueueLoaded(page) => {
                let missing = page.missing;
                self.orders.loaded(page);
                // A filtered queue is counted after its first window is on screen.
                let count = self.orders.count();
                match missing {
                    // The order jumped to is not in the queue as it is shown: show it all.
                    Some(n) if !self.orders.show_done || !self.orders.filter.is_empty() => {
                        self.orders.show_done = true;
                        self.orders.filter.clear();
                        self.orders.counts_stale = true;
                        self.say(
                            Tone::Info,
                            format!(
                                "#{n} is not among the open orders: delivered and cancelled shown too (t hides them)"
                            ),
                        );
                        vec![self.orders.load_around(n)]
                    }
                    _ => count.into_iter().collect(),
                }
            }
            Answer::QueueCounted(counted) => self.orders.counted(counted).into_iter().collect(),
            Answer::InventoryLoaded(page) => {
                self.inventory.loaded(page);
                Vec::new()
            }
            Answer::CustomersLoaded(page) => {
                self.customers.loaded(page);
                Vec::new()
            }
            Answer::PaymentsLoaded(page) => {
                self.payments.loaded(page);
                Vec::new()
            }
            Answer::OrderLoaded { detail, then } => self.order_loaded(detail, then),
            Answer::HistoryLoaded(history) => {
                self.overlays.push(Overlay::History {
                    history,
                    selected: 0,
                });
                Vec::new()
            }
            Answer::CatalogLoaded(products) => {
                self.catalog = products;
                self.refresh_product_picker();
                Vec::new()
            }
            Answer::CustomersFound(hits) => {
                self.customers_found(hits);
                Vec::new()
            }
            Answer::PasteRead { drafts, shop_guess } => {
                let effects = self.drafts_ready(drafts);
                if let Some(author) = shop_guess {
                    self.ask_shop_author(author);
                }
                effects
            }
            Answer::AliasLearned { phrase, sku } => {
                self.say(
                    Tone::Good,
                    format!("learned: “{phrase}” is {sku} in every later paste"),
                );
                Vec::new()
            }
            Answer::ShopAuthorRemembered { author, is_shop } => {
                let said = if is_shop {
                    format!("“{author}” is the shop from now on; the paste is read again")
                } else {
                    format!("“{author}” is a customer; not asked again")
                };
                self.say(Tone::Good, said);
                Vec::new()
            }
            Answer::OrderCreated {
                number,
                confirmed,
                total,
            } => {
                let text = if confirmed {
                    format!(
                        "order #{number} created and confirmed ({total}): y copies the summary, Y the payment link"
                    )
                } else {
                    format!("draft #{number} saved; confirm it with c when ready")
                };
                self.say(Tone::Good, text);
                self.review_written(None, number);
                self.changed(Some(number))
            }
            Answer::LinesReplaced { number, revision } => {
                self.say(Tone::Good, format!("order #{number} updated (v{revision})"));
                self.review_written(Some(number), number);
                self.changed(Some(number))
            }
            Answer::OrderConfirmed { number } => {
                self.say(
                    Tone::Good,
                    format!("order #{number} confirmed: stock reserved; y copies the summary"),
                );
                self.changed(Some(number))
            }
            Answer::Advanced { number, to } => {
                self.say(
                    Tone::Good,
                    format!("order #{number} is {}", to.as_str().replace('_', " ")),
                );
                self.changed(Some(number))
            }
            Answer::OrderCancelled { number } => {
                self.say(
                    Tone::Good,
                    format!("order #{number} cancelled; its stock is back on sale"),
                );
                self.changed(Some(number))
            }
            Answer::NotesSaved { number } => {
                self.say(Tone::Good, format!("note of #{number} saved"));
                self.changed(Some(number))
            }
            Answer::DeadlineSet { number, deadline } => {
                let text = match deadline {
                    Some(d) => format!(
                        "#{number} is due {}: the queue puts it first on the day",
                        d.words(Language::En)
                    ),
                    None => format!("#{number} has no deadline now"),
                };
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::PaymentRecorded {
                number,
                amount,
                claimed,
                balance,
            } => {
                let what = if claimed {
                    "claim recorded (verify it when the money shows up)"
                } else {
                    "payment recorded"
                };
                self.say(
                    Tone::Good,
                    format!("{what}: {amount} on #{number}; balance {balance}"),
                );
                self.changed(Some(number))
            }
            Answer::ReferenceChecked {
                number,
                amount,
                method,
                reference,
                holder,
            } => self.reference_checked(number, amount, method, reference, holder),
            Answer::ClaimSettled {
                number,
                verified: true,
                status,
                balance,
                ..
            } => {
                self.say(
                    Tone::Good,
                    format!(
                        "claim verified on #{number}: now {} (balance {balance})",
                        status.as_str().replace('_', " ")
                    ),
                );
                self.changed(Some(number))
            }
            Answer::ClaimSettled { number, .. } => {
                self.say(
                    Tone::Good,
                    format!("claim rejected on #{number}: it no longer counts"),
                );
                self.changed(Some(number))
            }
            Answer::Refunded {
                number,
                amount,
                method,
                restocked,
            } => {
                let back = if restocked {
                    "; goods back in stock"
                } else {
                    ""
                };
                self.say(
                    Tone::Good,
                    format!("refunded {amount} on #{number} by {method}{back}"),
                );
                self.changed(Some(number))
            }
            Answer::StockReceived { product, qty } => {
                self.say(
                    Tone::Good,
                    format!(
                        "received {qty} × {}: {} available",
                        product.display_name(),
                        product.available()
                    ),
                );
                self.changed(None)
            }
            Answer::StockAdjusted { product, delta } => {
                self.say(
                    Tone::Good,
                    format!(
                        "{} adjusted by {delta:+}: {} on hand, {} available",
                        product.display_name(),
                        product.on_hand,
                        product.available()
                    ),
                );
                self.changed(None)
            }
            Answer::Undone(step) => {
                // Taken back: no longer offered.
                if let Some(g) = self.undo.iter().rposition(|g| g.contains(&step)) {
                    self.undo[g].retain(|s| *s != step);
                    if self.undo[g].is_empty() {
                        self.undo.remove(g);
                    }
                }
                self.say(
                    Tone::Good,
                    format!("undone: {} (the journal keeps both)", undo_words(&step)),
                );
                self.changed(None)
            }
            Answer::CustomersMerged { into, .. } => {
                self.say(
                    Tone::Good,
                    format!("merged into {into}; their orders moved"),
                );
                self.changed(None)
            }
            Answer::ReviewClosed { number, closed } => {
                self.say(
                    Tone::Good,
                    format!(
                        "closed {} of #{number}; the note is in the journal",
                        plural(closed, "review")
                    ),
                );
                self.changed(Some(number))
            }
            // The open order shows exactly what was copied; the reload that follows (a
            // link may have been made for it) renders the same text.
            Answer::SummaryReady { number, text } => {
                for overlay in self.overlays.iter_mut() {
                    if let Overlay::Detail(d) = overlay
                        && d.order.number == number
                    {
                        d.summary = text.clone();
                    }
                }
                let mut effects = vec![Effect::Copy {
                    what: Copyable::Summary { number },
                    text,
                }];
                effects.extend(self.reload_open_order());
                effects
            }
            Answer::LinkReady {
                number,
                url,
                provider,
                expires_at,
                made,
                warning,
            } => {
                let copy = Effect::Copy {
                    what: Copyable::Link {
                        number,
                        provider,
                        expires_at,
                        warning,
                    },
                    text: url,
                };
                let mut effects = vec![copy];
                if made {
                    effects.extend(self.book_changed());
                }
                effects
            }
            Answer::ReminderReady {
                number,
                step,
                tagged,
                text,
            } => {
                let mut effects = vec![Effect::Copy {
                    what: Copyable::Reminder {
                        number,
                        step,
                        tagged,
                    },
                    text,
                }];
                effects.extend(self.book_changed());
                effects
            }
            Answer::Copied { what, to } => {
                let what = self.described(&what);
                let text = match to {
                    CopiedTo::System { chars } => {
                        format!("copied {what} to the clipboard ({chars} characters)")
                    }
                    CopiedTo::Terminal => {
                        format!("sent {what} to your terminal's clipboard (OSC 52); paste to check")
                    }
                };
                self.say(Tone::Good, text);
                Vec::new()
            }
            Answer::CopyFailed { what, text, why } => {
                let kind = match what {
                    Copyable::Summary { .. } => "summary",
                    Copyable::Link { .. } => "payment link",
                    Copyable::Reminder { .. } => "reminder",
                    Copyable::Reminders { .. } => "reminders",
                };
                self.say(
                    Tone::Bad,
                    format!("could not copy the {kind} ({why}): select it by hand"),
                );
                self.overlays.push(Overlay::Text(TextPopup {
                    title: format!("The {kind}"),
                    text,
                    note:
                        "Select the text with the mouse (Shift+drag in most terminals) and copy it."
                            .into(),
                }));
                Vec::new()
            }
            Answer::Exported {
                period,
                orders,
                payments,
                files,
            } => {
                let when = if period.is_day() {
                    period.from.format("%a %-d %b %Y").to_string()
                } else {
                    format!("{} to {}", period.from, period.to)
                };
                // The whole folder, so the owner can find it.
                let folder = files
                    .first()
                    .and_then(|f| f.parent())
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                self.say(
                    Tone::Good,
                    format!(
                        "{when}: {} and {}: {} written to {folder}",
                        plural(orders, "order"),
                        plural(payments, "payment"),
                        plural(files.len(), "file"),
                    ),
                );
                let list = files
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
                    .join("\n");
                self.overlays.push(Overlay::Text(TextPopup {
                    title: format!("Reports for {when}"),
                    text: list,
                    note: "Open them in a spreadsheet; each is readable by you only.".into(),
                }));
                Vec::new()
            }
            Answer::DayLoaded(summary) => {
                let today = self.now.date_naive();
                self.today.loaded(summary, today);
                Vec::new()
            }
            Answer::OrdersListed { title, rows, total } => {
                self.overlays.push(Overlay::Orders(OrderList {
                    title,
                    rows,
                    total,
                    selected: 0,
                }));
                Vec::new()
            }
            Answer::LinksSwept(sweep) if sweep.is_empty() => Vec::new(),
            Answer::LinksSwept(sweep) => {
                self.say(Tone::Good, swept(&sweep));
                self.changed(None)
            }
            Answer::Refused { effect, refusal } => self.refused(&effect, refusal),
            Answer::Batch(answers) => self.batch_answered(answers),
            Answer::RemindersReady(sent) => {
                let text = sent
                    .iter()
                    .map(|(number, step, _, text)| format!("— #{number} (reminder {step})\n{text}"))
                    .collect::<Vec<_>>()
                    .join("\n\n");
                let numbers: Vec<i64> = sent.iter().map(|(n, ..)| *n).collect();
                let mut effects = vec![Effect::Copy {
                    what: Copyable::Reminders { numbers },
                    text,
                }];
                effects.extend(self.book_changed());
                effects
            }
        }
    }

    /// Every answer of a batch is handled as if alone; then one line says what happened to
    /// all of them (how many went through, and why the others did not).
    fn batch_answered(&mut self, answers: Vec<Answer>) -> Vec<Effect> {
        let total = answers.len();
        let undo_from = self.undo.len();
        let mut effects: Vec<Effect> = Vec::new();
        let mut done = Vec::new();
        let mut refused = Vec::new();
        for answer in answers {
            let number = match &answer {
                Answer::Refused { effect, .. } => effect.order_number(),
                Answer::Advanced { number, .. }
                | Answer::ClaimSettled { number, .. }
                | Answer::OrderConfirmed { number } => Some(*number),
                _ => None,
            };
            let was_refused = matches!(answer, Answer::Refused { .. });
            for e in self.answer(answer) {
                if !effects.contains(&e) {
                    effects.push(e);
                }
            }
            let tag = number.map(|n| format!("#{n}")).unwrap_or_default();
            if was_refused {
                let why = self
                    .status
                    .as_ref()
                    .map(|s| s.text.clone())
                    .unwrap_or_default();
                refused.push(why);
            } else {
                done.push(tag);
            }
        }
        // The batch is one action: z takes all of it back.
        let group: Vec<UndoStep> = self.undo.drain(undo_from..).flatten().collect();
        if !group.is_empty() {
            self.undo.push(group);
        }
        let mut said = format!("done on {} of {total}: {}", done.len(), done.join(", "));
        if !refused.is_empty() {
            said.push_str(&format!("; {}", refused.join("; ")));
        }
        let tone = if refused.is_empty() {
            Tone::Good
        } else {
            Tone::Bad
        };
        self.say(tone, said);
        effects
    }

    /// Something was written: the counts, the lists and an open order are read again, and
    /// `select` (an order) is selected when it shows up.
    pub(super) fn changed(&mut self, select: Option<i64>) -> Vec<Effect> {
        if let Some(number) = select {
            self.orders.want = Some(number);
        }
        self.book_changed()
    }

    /// The book changed (here or elsewhere): reload what is on screen.
    pub(super) fn book_changed(&mut self) -> Vec<Effect> {
        self.orders.counts_stale = true;
        let mut effects = self.reload_visible();
        effects.extend(self.reload_open_order());
        // The Payments tab counts what waits for a person even when it is not shown.
        if !self.visible_panes().contains(&PaneId::Payments) {
            effects.push(Effect::LoadPayments);
        }
        effects
    }

    /// The review wrote its current draft (an edit of `edited`, or a new order): that draft
    /// is done, and the review closes when none are left. A new order is then shown in the
    /// queue.
    fn review_written(&mut self, edited: Option<i64>, number: i64) {
        let Some(Overlay::Review(review)) = self.overlays.last_mut() else {
            return;
        };
        let ours = match (review.mode, edited) {
            (ReviewMode::Edit(order), Some(n)) => order.number == n,
            (ReviewMode::Paste, Some(n)) => {
                review.draft().and_then(|d| d.updates()).map(|o| o.number) == Some(n)
            }
            (ReviewMode::Paste | ReviewMode::New, None) => true,
            _ => false,
        };
        if ours && review.finish_current(number) {
            self.overlays.pop();
            if edited.is_none() && self.overlays.is_empty() {
                self.pane = PaneId::Orders;
            }
        }
    }

    fn refused(&mut self, effect: &Effect, refusal: Refusal) -> Vec<Effect> {
        let doing = doing(effect);
        let text = match refusal.kind {
            RefusalKind::Stale => format!(
                "could not {doing}: it was changed by someone else meanwhile; reloaded, look again"
            ),
            RefusalKind::Busy => format!(
                "could not {doing}: the book is busy (another desk or command is writing); try again"
            ),
            _ if *effect == Effect::ReadClipboard => format!(
                "{}; paste into the terminal instead (most terminals: Ctrl-Shift-V)",
                refusal.reason
            ),
            _ => format!("could not {doing}: {}", refusal.reason),
        };
        self.say(Tone::Bad, text);
        if refusal.kind == RefusalKind::Stale {
            return self.book_changed();
        }
        Vec::new()
    }

    /// "the summary of #1042": what a copy was, for the status line.
    fn described(&self, what: &Copyable) -> String {
        match what {
            Copyable::Summary { number } => format!("the summary of #{number}"),
            Copyable::Link {
                number,
                provider,
                expires_at,
                warning,
            } => {
                let until = expires_at
                    .with_timezone(&self.offset)
                    .format("%b %-d %H:%M");
                let mut said =
                    format!("the payment link of #{number} ({provider}, valid until {until})");
                if let Some(w) = warning {
                    said.push_str(&format!("; note: {w}"));
                }
                said
            }
            Copyable::Reminder {
                number,
                step,
                tagged,
            } => {
                let last = if *tagged {
                    " (last one: tagged payment-abandoned)"
                } else {
                    ""
                };
                format!("the reminder {step} of #{number}{last}")
            }
            Copyable::Reminders { numbers } => format!(
                "{} ({}), each headed by its order",
                plural(numbers.len(), "reminder"),
                numbers
                    .iter()
                    .map(|n| format!("#{n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// "1 order", "3 orders".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// What the desk was doing, for "could not …" (and the runtime's log line).
pub fn doing(effect: &Effect) -> String {
    match effect {
        Effect::LoadQueue(_) => "load the orders".into(),
        Effect::CountQueue(_) => "count the orders that match the filter".into(),
        Effect::LoadInventory { .. } => "load the inventory".into(),
        Effect::LoadCustomers { .. } => "load the customers".into(),
        Effect::LoadPayments => "load the payments".into(),
        Effect::LoadOrder { number, .. } => format!("open order #{number}"),
        Effect::LoadHistory(_) => "open the customer's history".into(),
        Effect::LoadCatalog => "load the catalog".into(),
        Effect::FindCustomers(_) => "search the customers".into(),
        Effect::ReadPaste(_) => "read the paste".into(),
        Effect::RememberShopAuthor { .. } => "remember who the shop is".into(),
        Effect::LearnAlias { phrase, .. } => format!("learn what “{phrase}” means"),
        Effect::CreateOrder { confirm: true, .. } => "create and confirm the order".into(),
        Effect::CreateOrder { .. } => "save the draft".into(),
        Effect::EditLines { order, .. } => format!("change order #{}", order.number),
        Effect::ConfirmOrder(o) => format!("confirm order #{}", o.number),
        Effect::Advance { order, to } => format!(
            "move order #{} to {}",
            order.number,
            to.as_str().replace('_', " ")
        ),
        Effect::CancelOrder(o) => format!("cancel order #{}", o.number),
        Effect::SetNotes { order, .. } => format!("save the note of #{}", order.number),
        Effect::SetDeadline { order, .. } => format!("set the deadline of #{}", order.number),
        Effect::Pay {
            number,
            claimed: true,
            ..
        } => format!("record the claim on #{number}"),
        Effect::Pay { number, .. } => format!("record the payment on #{number}"),
        Effect::CheckReference { reference, .. } => format!("check the reference '{reference}'"),
        Effect::Verify { number, .. } => format!("verify the claim on #{number}"),
        Effect::Reject { number, .. } => format!("reject the claim on #{number}"),
        Effect::Refund { number, .. } => format!("refund #{number}"),
        Effect::Receive { sku, .. } => format!("receive {sku}"),
        Effect::Adjust { sku, .. } => format!("adjust {sku}"),
        Effect::Merge { from, .. } => format!("merge {from}"),
        Effect::CloseReview { number, .. } => format!("close the review of #{number}"),
        Effect::LoadSummary(number) => format!("copy the summary of #{number}"),
        Effect::MakeLink(number) => format!("make the payment link of #{number}"),
        Effect::SendReminder { number, step } => {
            format!("send reminder {step} of #{number}")
        }
        Effect::Copy { .. } => "copy".into(),
        Effect::ReadClipboard => "read the clipboard".into(),
        Effect::Export(p) if p.is_day() => format!("write the reports of {}", p.from),
        Effect::Export(p) => format!("write the reports of {} to {}", p.from, p.to),
        Effect::LoadDay { period, .. } if period.is_day() => {
            format!("read the day {}", period.from)
        }
        Effect::LoadDay { period, .. } => format!("read {} to {}", period.from, period.to),
        Effect::LoadOrders { .. } => "list the orders behind the figure".into(),
        Effect::Undo(step) => format!("undo {}", undo_words(step)),
        Effect::Batch(list) => format!("act on {}", plural(list.len(), "marked row")),
        Effect::SendReminders(list) => format!("send {}", plural(list.len(), "reminder")),
        Effect::ExpireLinks => "check the payment links".into(),
    }
}

/// What the expiry sweep did, in one line.
fn swept(sweep: &Sweep) -> String {
    let numbers = |list: &[i64]| {
        list.iter()
            .map(|n| format!("#{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
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
        let why = match why {
            Kept::PaidOrClaimed => "it has a payment or a claim; decide by hand".to_string(),
            Kept::NotAllowed(e) => e.to_string(),
        };
        said.push(format!("#{n} kept its stock: {why}"));
    }
    said.join("; ")
}

impl App {
    /// "Is “Loja Azul” you?": asked over the review, once per author.
    fn ask_shop_author(&mut self, author: String) {
        let source = self.overlays.iter().rev().find_map(|o| match o {
            Overlay::Review(r) => r.drafts.iter().find_map(|d| d.source.clone()),
            _ => None,
        });
        let remember = |is_shop| Effect::RememberShopAuthor {
            author: author.clone(),
            is_shop,
        };
        let mut yes = vec![remember(true)];
        yes.extend(source.map(Effect::ReadPaste));
        self.overlays.push(Overlay::Confirm(super::overlay::Confirm {
            question: format!(
                "“{author}” quotes prices like a shop. Is “{author}” you (the shop)? y: yes, read its messages as the shop's · n: no, a customer"
            ),
            yes,
            no: Some(vec![remember(false)]),
            ..Default::default()
        }));
    }

    /// Drafts read from a paste (or one empty draft for a new order by hand) open the review.
    pub(super) fn drafts_ready(&mut self, drafts: Vec<ReviewDraft>) -> Vec<Effect> {
        if drafts.is_empty() {
            self.say(
                Tone::Bad,
                "nothing in the paste reads as a customer's order (only the shop's own or system messages?)",
            );
            return Vec::new();
        }
        let (n, lines) = (
            drafts.len(),
            drafts.iter().map(|d| d.lines.len()).sum::<usize>(),
        );
        let mode = if drafts.iter().all(|d| d.source.is_none()) {
            ReviewMode::New
        } else {
            ReviewMode::Paste
        };
        // A paste read again (the shop's author is now known) replaces its untouched review.
        if mode == ReviewMode::Paste
            && matches!(self.overlays.last(), Some(Overlay::Review(r)) if r.mode == ReviewMode::Paste && !r.edited && r.written.is_empty())
        {
            self.overlays.pop();
        }
        self.overlays
            .push(Overlay::Review(Review::new(drafts, mode)));
        if mode == ReviewMode::Paste {
            let who = if n == 1 {
                "1 customer".to_string()
            } else {
                format!("{n} customers")
            };
            let lines = if lines == 1 {
                "1 line".to_string()
            } else {
                format!("{lines} lines")
            };
            self.say(
                Tone::Info,
                format!("read {lines} for {who}: check, then Enter creates and confirms"),
            );
            Vec::new()
        } else {
            self.open_customer_picker()
        }
    }
}
