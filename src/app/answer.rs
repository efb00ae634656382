//! The runtime's answers, each tied to the effect it answers, and what the desk does and
//! says on each. Every word staff read about an outcome is written here.

use std::path::PathBuf;

use super::effect::{Copyable, Effect, QueueQuery, UndoStep};
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
use crate::core::i18n::{Locale, Message, id};
use crate::core::link::{Provider, Sweep};
use crate::core::money::Money;
use crate::core::order::Fulfilment;
use crate::core::payment::{Method, PaymentStatus};
use crate::core::refusal::{Refusal, RefusalKind};
use crate::t;

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
    /// The rest of a window the screen's read cut short, read in the background (`asked`).
    QueueSearched {
        asked: Box<QueueQuery>,
        page: Box<QueuePage>,
    },
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
        warning: Option<Message>,
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
        why: Message,
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
pub fn undo_words(step: &UndoStep, loc: Locale) -> String {
    match step {
        UndoStep::Settle {
            number,
            verified: true,
            ..
        } => t!(loc, "undo-verify", number = id(*number)),
        UndoStep::Settle { number, .. } => t!(loc, "undo-reject", number = id(*number)),
        UndoStep::Advance { number } => t!(loc, "undo-advance", number = id(*number)),
        UndoStep::Cancel { number } => t!(loc, "undo-cancel", number = id(*number)),
        UndoStep::Merge { .. } => t!(loc, "undo-merge"),
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
                let rest = page.unfinished.clone();
                self.orders.loaded(page);
                // A filtered queue is counted after its first window is on screen; a window
                // cut short is read whole in the background after that (the count may list
                // the filter's orders, which that read is then served from).
                let mut count: Vec<Effect> = self.orders.count().into_iter().collect();
                if let Some(rest) = rest {
                    count.extend(self.orders.search(*rest));
                }
                match missing {
                    // The order jumped to is not in the queue as it is shown: show it all.
                    Some(n) if !self.orders.show_done || !self.orders.filter.is_empty() => {
                        self.orders.show_done = true;
                        self.orders.filter.clear();
                        self.orders.counts_stale = true;
                        let text = t!(self.locale, "desk-jumped-to-closed", number = id(n));
                        self.say(Tone::Info, text);
                        vec![self.orders.load_around(n)]
                    }
                    _ => count,
                }
            }
            Answer::QueueSearched { asked, page } => {
                self.orders.searched(*asked, *page).into_iter().collect()
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
                let text = t!(
                    self.locale,
                    "desk-alias-learned",
                    phrase = phrase,
                    sku = sku
                );
                self.say(Tone::Good, text);
                Vec::new()
            }
            Answer::ShopAuthorRemembered { author, is_shop } => {
                let said = if is_shop {
                    t!(self.locale, "desk-author-is-shop", author = author)
                } else {
                    t!(self.locale, "desk-author-is-customer", author = author)
                };
                self.say(Tone::Good, said);
                Vec::new()
            }
            Answer::OrderCreated {
                number,
                confirmed,
                total,
            } => {
                let loc = self.locale;
                let text = if confirmed {
                    t!(
                        loc,
                        "desk-order-created",
                        number = id(number),
                        total = loc.money(total)
                    )
                } else {
                    t!(loc, "desk-draft-saved", number = id(number))
                };
                self.say(Tone::Good, text);
                self.review_written(None, number);
                self.changed(Some(number))
            }
            Answer::LinesReplaced { number, revision } => {
                let text = t!(
                    self.locale,
                    "desk-order-updated",
                    number = id(number),
                    revision = revision
                );
                self.say(Tone::Good, text);
                self.review_written(Some(number), number);
                self.changed(Some(number))
            }
            Answer::OrderConfirmed { number } => {
                let text = t!(self.locale, "desk-order-confirmed", number = id(number));
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::Advanced { number, to } => {
                let loc = self.locale;
                let text = t!(
                    loc,
                    "desk-order-advanced",
                    number = id(number),
                    stage = loc.text(to.key())
                );
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::OrderCancelled { number } => {
                let text = t!(self.locale, "desk-order-cancelled", number = id(number));
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::NotesSaved { number } => {
                let text = t!(self.locale, "desk-notes-saved", number = id(number));
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::DeadlineSet { number, deadline } => {
                let text = match deadline {
                    Some(d) => t!(
                        self.locale,
                        "desk-deadline-set",
                        number = id(number),
                        deadline = d.words(self.locale)
                    ),
                    None => t!(self.locale, "desk-deadline-cleared", number = id(number)),
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
                let loc = self.locale;
                let text = t!(
                    loc,
                    "desk-payment-recorded",
                    claimed = if claimed { "yes" } else { "no" },
                    amount = loc.money(amount),
                    number = id(number),
                    balance = loc.balance(balance)
                );
                self.say(Tone::Good, text);
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
                let loc = self.locale;
                let text = t!(
                    loc,
                    "desk-claim-verified",
                    number = id(number),
                    status = loc.text(status.key()),
                    balance = loc.balance(balance)
                );
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::ClaimSettled { number, .. } => {
                let text = t!(self.locale, "desk-claim-rejected", number = id(number));
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::Refunded {
                number,
                amount,
                method,
                restocked,
            } => {
                let loc = self.locale;
                let text = t!(
                    loc,
                    "desk-refunded",
                    amount = loc.money(amount),
                    number = id(number),
                    method = loc.text(method.key()),
                    restocked = if restocked { "yes" } else { "no" }
                );
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Answer::StockReceived { product, qty } => {
                let text = t!(
                    self.locale,
                    "desk-stock-received",
                    qty = qty,
                    product = product.display_name(),
                    available = product.available()
                );
                self.say(Tone::Good, text);
                self.changed(None)
            }
            Answer::StockAdjusted { product, delta } => {
                let text = t!(
                    self.locale,
                    "desk-stock-adjusted",
                    product = product.display_name(),
                    delta = format!("{delta:+}"),
                    on_hand = product.on_hand,
                    available = product.available()
                );
                self.say(Tone::Good, text);
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
                let text = t!(
                    self.locale,
                    "desk-undone",
                    what = undo_words(&step, self.locale)
                );
                self.say(Tone::Good, text);
                self.changed(None)
            }
            Answer::CustomersMerged { into, .. } => {
                let text = t!(self.locale, "desk-merged", into = into);
                self.say(Tone::Good, text);
                self.changed(None)
            }
            Answer::ReviewClosed { number, closed } => {
                let text = t!(
                    self.locale,
                    "desk-reviews-closed",
                    count = closed,
                    number = id(number)
                );
                self.say(Tone::Good, text);
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
                        t!(self.locale, "desk-copied", what = what, chars = chars)
                    }
                    CopiedTo::Terminal => t!(self.locale, "desk-copied-osc52", what = what),
                };
                self.say(Tone::Good, text);
                Vec::new()
            }
            Answer::CopyFailed { what, text, why } => {
                let kind = match what {
                    Copyable::Summary { .. } => "summary",
                    Copyable::Link { .. } => "link",
                    Copyable::Reminder { .. } => "reminder",
                    Copyable::Reminders { .. } => "reminders",
                };
                let loc = self.locale;
                self.say(
                    Tone::Bad,
                    t!(
                        loc,
                        "desk-copy-failed",
                        kind = kind,
                        why = why.in_locale(loc)
                    ),
                );
                self.overlays.push(Overlay::Text(TextPopup {
                    title: t!(loc, "desk-copy-failed-title", kind = kind),
                    text,
                    note: t!(loc, "desk-copy-by-hand"),
                }));
                Vec::new()
            }
            Answer::Exported {
                period,
                orders,
                payments,
                files,
            } => {
                let when = self.locale.period(period.from, period.to);
                // The whole folder, so the owner can find it.
                let folder = files
                    .first()
                    .and_then(|f| f.parent())
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                let text = t!(
                    self.locale,
                    "desk-exported",
                    when = when.clone(),
                    orders = orders,
                    payments = payments,
                    files = files.len(),
                    folder = folder
                );
                self.say(Tone::Good, text);
                let list = files
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
                    .join("\n");
                self.overlays.push(Overlay::Text(TextPopup {
                    title: t!(self.locale, "desk-reports-title", when = when),
                    text: list,
                    note: t!(self.locale, "desk-reports-note"),
                }));
                Vec::new()
            }
            Answer::DayLoaded(summary) => {
                let today = self.now.date_naive();
                self.today.locale = self.locale;
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
                self.say(Tone::Good, swept(&sweep, self.locale));
                self.changed(None)
            }
            Answer::Refused { effect, refusal } => self.refused(&effect, refusal),
            Answer::Batch(answers) => self.batch_answered(answers),
            Answer::RemindersReady(sent) => {
                let loc = self.locale;
                let text = sent
                    .iter()
                    .map(|(number, step, _, text)| {
                        let head = t!(loc, "reminders-head", number = id(*number), step = *step);
                        format!("{head}\n{text}")
                    })
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
        let mut said = t!(
            self.locale,
            "desk-batch-done",
            done = done.len(),
            total = total,
            numbers = done.join(", ")
        );
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
        let loc = self.locale;
        let doing = doing(effect, loc);
        let text = match refusal.kind {
            RefusalKind::Stale => t!(loc, "desk-refused-stale", doing = doing),
            RefusalKind::Busy => t!(loc, "desk-refused-busy", doing = doing),
            _ if *effect == Effect::ReadClipboard => {
                t!(
                    loc,
                    "desk-clipboard-unreadable",
                    why = refusal.reason.in_locale(loc)
                )
            }
            _ => t!(
                loc,
                "desk-refused",
                doing = doing,
                why = refusal.reason.in_locale(loc)
            ),
        };
        self.say(Tone::Bad, text);
        if refusal.kind == RefusalKind::Stale {
            return self.book_changed();
        }
        Vec::new()
    }

    /// "the summary of #1042": what a copy was, for the status line.
    fn described(&self, what: &Copyable) -> String {
        let loc = self.locale;
        match what {
            Copyable::Summary { number } => t!(loc, "desk-copied-summary", number = id(*number)),
            Copyable::Link {
                number,
                provider,
                expires_at,
                warning,
            } => {
                let until = loc.stamp(expires_at.with_timezone(&self.offset).naive_local());
                let mut said = t!(
                    loc,
                    "desk-copied-link",
                    number = id(*number),
                    provider = loc.text(provider.key()),
                    until = until
                );
                if let Some(w) = warning {
                    said += &t!(loc, "desk-copied-link-note", note = w.in_locale(loc));
                }
                said
            }
            Copyable::Reminder {
                number,
                step,
                tagged,
            } => t!(
                loc,
                "desk-copied-reminder",
                step = *step,
                number = id(*number),
                last = if *tagged { "yes" } else { "no" }
            ),
            Copyable::Reminders { numbers } => t!(
                loc,
                "desk-copied-reminders",
                count = numbers.len(),
                numbers = numbers
                    .iter()
                    .map(|n| format!("#{n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// What the desk was doing, for "could not …" (and, in English, the runtime's log line).
pub fn doing(effect: &Effect, loc: Locale) -> String {
    let n = |number: i64| id(number);
    match effect {
        Effect::LoadQueue(_) => t!(loc, "doing-load-orders"),
        Effect::CountQueue(_) => t!(loc, "doing-count-orders"),
        Effect::LoadInventory { .. } => t!(loc, "doing-load-inventory"),
        Effect::LoadCustomers { .. } => t!(loc, "doing-load-customers"),
        Effect::LoadPayments => t!(loc, "doing-load-payments"),
        Effect::LoadOrder { number, .. } => t!(loc, "doing-open-order", number = n(*number)),
        Effect::LoadHistory(_) => t!(loc, "doing-open-history"),
        Effect::LoadCatalog => t!(loc, "doing-load-catalog"),
        Effect::FindCustomers(_) => t!(loc, "doing-search-customers"),
        Effect::ReadPaste(_) => t!(loc, "doing-read-paste"),
        Effect::RememberShopAuthor { .. } => t!(loc, "doing-remember-shop-author"),
        Effect::LearnAlias { phrase, .. } => t!(loc, "doing-learn-alias", phrase = phrase.as_str()),
        Effect::CreateOrder { confirm: true, .. } => t!(loc, "doing-create-order"),
        Effect::CreateOrder { .. } => t!(loc, "doing-save-draft"),
        Effect::EditLines { order, .. } => t!(loc, "doing-change-order", number = n(order.number)),
        Effect::ConfirmOrder(o) => t!(loc, "doing-confirm-order", number = n(o.number)),
        Effect::Advance { order, to } => t!(
            loc,
            "doing-advance",
            number = n(order.number),
            stage = loc.text(to.key())
        ),
        Effect::CancelOrder(o) => t!(loc, "doing-cancel-order", number = n(o.number)),
        Effect::SetNotes { order, .. } => t!(loc, "doing-save-notes", number = n(order.number)),
        Effect::SetDeadline { order, .. } => {
            t!(loc, "doing-set-deadline", number = n(order.number))
        }
        Effect::Pay {
            number,
            claimed: true,
            ..
        } => t!(loc, "doing-record-claim", number = n(*number)),
        Effect::Pay { number, .. } => t!(loc, "doing-record-payment", number = n(*number)),
        Effect::CheckReference { reference, .. } => {
            t!(loc, "doing-check-reference", reference = reference.as_str())
        }
        Effect::Verify { number, .. } => t!(loc, "doing-verify", number = n(*number)),
        Effect::Reject { number, .. } => t!(loc, "doing-reject", number = n(*number)),
        Effect::Refund { number, .. } => t!(loc, "doing-refund", number = n(*number)),
        Effect::Receive { sku, .. } => t!(loc, "doing-receive", sku = sku.as_str()),
        Effect::Adjust { sku, .. } => t!(loc, "doing-adjust", sku = sku.as_str()),
        Effect::Merge { from, .. } => t!(loc, "doing-merge", from = from.as_str()),
        Effect::CloseReview { number, .. } => t!(loc, "doing-close-review", number = n(*number)),
        Effect::LoadSummary(number) => t!(loc, "doing-copy-summary", number = n(*number)),
        Effect::MakeLink(number) => t!(loc, "doing-make-link", number = n(*number)),
        Effect::SendReminder { number, step } => {
            t!(
                loc,
                "doing-send-reminder",
                step = *step,
                number = n(*number)
            )
        }
        Effect::Copy { .. } => t!(loc, "doing-copy"),
        Effect::ReadClipboard => t!(loc, "doing-read-clipboard"),
        Effect::Export(p) => t!(loc, "doing-export", when = loc.period(p.from, p.to)),
        Effect::LoadDay { period, .. } => {
            t!(
                loc,
                "doing-load-day",
                when = loc.period(period.from, period.to)
            )
        }
        Effect::LoadOrders { .. } => t!(loc, "doing-list-figure"),
        Effect::Undo(step) => t!(loc, "doing-undo", what = undo_words(step, loc)),
        Effect::Batch(list) => t!(loc, "doing-batch", count = list.len()),
        Effect::SendReminders(list) => t!(loc, "doing-send-reminders", count = list.len()),
        Effect::ExpireLinks => t!(loc, "doing-check-links"),
    }
}

/// What the expiry sweep did, in one line.
fn swept(sweep: &Sweep, loc: Locale) -> String {
    let numbers = |list: &[i64]| {
        list.iter()
            .map(|n| format!("#{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut said = Vec::new();
    if !sweep.expired.is_empty() {
        said.push(t!(
            loc,
            "desk-swept-expired",
            orders = numbers(&sweep.expired)
        ));
    }
    if !sweep.released.is_empty() {
        said.push(t!(
            loc,
            "desk-swept-released",
            orders = numbers(&sweep.released)
        ));
    }
    if !sweep.closed.is_empty() {
        said.push(t!(
            loc,
            "desk-swept-closed",
            orders = numbers(&sweep.closed)
        ));
    }
    for (n, why) in &sweep.kept {
        said.push(t!(
            loc,
            "desk-swept-kept",
            number = id(*n),
            why = why.message()
        ));
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
        self.overlays
            .push(Overlay::Confirm(super::overlay::Confirm {
                question: t!(self.locale, "confirm-shop-author", author = author.as_str()),
                yes,
                no: Some(vec![remember(false)]),
                ..Default::default()
            }));
    }

    /// Drafts read from a paste (or one empty draft for a new order by hand) open the review.
    pub(super) fn drafts_ready(&mut self, drafts: Vec<ReviewDraft>) -> Vec<Effect> {
        if drafts.is_empty() {
            let text = t!(self.locale, "desk-paste-no-order");
            self.say(Tone::Bad, text);
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
            let text = t!(self.locale, "desk-paste-read", lines = lines, customers = n);
            self.say(Tone::Info, text);
            Vec::new()
        } else {
            self.open_customer_picker()
        }
    }
}
