//! Acting on orders, stock and customers: each action either becomes an effect at once or
//! asks what it needs (amount, method, reason, a yes/no) through prompts and pickers that
//! carry the action along, so nothing half-typed is ever written.

use super::effect::{Effect, LineSpec, OrderRef};
use super::key::KeyPress;
use super::keymap::{Command, Context, OrderState};
use super::overlay::{Confirm, Overlay};
use super::panes::PaneId;
use super::payments::PaymentItem;
use super::picker::{Pick, PickItem, PickValue, Picker};
use super::prompt::{Ask, DeadlineOf, Prompt};
use super::review::{Review, ReviewCustomer, ReviewLine, ReviewMode};
use super::rows::{CustomerHit, OrderDetail};
use super::{App, Tone};
use crate::core::chat::DateOrder;
use crate::core::customer::{looks_like_phone, split_name_and_phone};
use crate::core::deadline::{Deadline, parse_deadline};
use crate::core::i18n::{Locale, id};
use crate::core::money::Money;
use crate::core::order::{Fulfilment, Lifecycle};
use crate::core::payment::{Method, short_id};
use crate::t;
use uuid::Uuid;

/// The order an action is about, from the open order view or the selected queue row.
struct Target {
    number: i64,
    version: i64,
    lifecycle: Lifecycle,
    fulfilment: Fulfilment,
    balance: Money,
    paid: Money,
    deadline: Option<Deadline>,
}

/// Commands that need the whole order (its claims, notes or lines) loaded first.
fn needs_detail(command: Command) -> bool {
    matches!(
        command,
        Command::Verify
            | Command::Reject
            | Command::Notes
            | Command::StaffNotes
            | Command::EditOrder
    )
}

impl App {
    fn detail(&self) -> Option<&OrderDetail> {
        match self.overlays.last() {
            Some(Overlay::Detail(d)) => Some(d),
            _ => None,
        }
    }

    /// The state of the order the keys act on now (the open order, or the selected row of
    /// the queue), for the footer.
    pub fn order_state(&self) -> Option<OrderState> {
        match self.context() {
            Context::Detail => {
                let d = self.detail()?;
                Some(OrderState {
                    lifecycle: d.order.lifecycle,
                    fulfilment: d.order.fulfilment,
                    balance: d.balance(),
                    paid: d.totals.paid(),
                    claimed: d.totals.claimed,
                })
            }
            Context::Orders => {
                let r = self.orders.selected()?;
                Some(OrderState {
                    lifecycle: r.lifecycle,
                    fulfilment: r.fulfilment,
                    balance: r.balance.minor,
                    paid: r.paid.minor,
                    claimed: r.claims,
                })
            }
            _ => None,
        }
    }

    fn target(&self, context: Context) -> Option<Target> {
        if context == Context::Detail {
            let d = self.detail()?;
            return Some(Target {
                number: d.order.number,
                version: d.order.version,
                lifecycle: d.order.lifecycle,
                fulfilment: d.order.fulfilment,
                balance: d.order.money(d.balance()),
                paid: d.order.money(d.totals.paid()),
                deadline: d.order.deadline,
            });
        }
        let row = self.orders.selected()?;
        Some(Target {
            number: row.number,
            version: row.version,
            lifecycle: row.lifecycle,
            fulfilment: row.fulfilment,
            balance: row.balance,
            paid: row.paid,
            deadline: row.deadline,
        })
    }

    /// Order actions (in the queue or the order view), and the inventory/customer actions.
    pub(super) fn order_command(&mut self, context: Context, command: Command) -> Vec<Effect> {
        match (context, command) {
            (Context::Inventory, Command::Receive) => return self.stock_prompt(true),
            (Context::Inventory, Command::Adjust) => return self.stock_prompt(false),
            (Context::Customers, Command::Merge) => return self.start_merge(),
            (Context::Payments, _) => return self.payments_command(command),
            (Context::Orders, Command::Advance) if !self.orders.marked.is_empty() => {
                return self.advance_marked();
            }
            (Context::Orders | Context::Detail, _) => {}
            _ => return Vec::new(),
        }
        let Some(t) = self.target(context) else {
            self.say(Tone::Info, t!(self.locale, "flow-no-order"));
            return Vec::new();
        };
        if needs_detail(command) && context != Context::Detail {
            return vec![Effect::LoadOrder {
                number: t.number,
                then: Some(command),
            }];
        }
        let n = t.number;
        let loc = self.locale;
        let seen = OrderRef {
            number: n,
            version: t.version,
        };
        match command {
            Command::CopySummary => vec![Effect::LoadSummary(n)],
            Command::CopyLink if t.lifecycle == Lifecycle::Draft => {
                self.say(
                    Tone::Info,
                    t!(loc, "flow-link-needs-confirm", number = id(n)),
                );
                Vec::new()
            }
            Command::CopyLink => {
                self.say(Tone::Info, t!(loc, "flow-getting-link", number = id(n)));
                vec![Effect::MakeLink(n)]
            }
            Command::ConfirmOrder if t.lifecycle != Lifecycle::Draft => {
                let state = loc.text(t.lifecycle.key());
                let text = t!(loc, "flow-already", number = id(n), state = state);
                self.say(Tone::Info, text);
                Vec::new()
            }
            Command::ConfirmOrder => vec![Effect::ConfirmOrder(seen)],
            Command::Advance => self.advance_picker(&t),
            Command::Pay => {
                let amount = if t.balance.minor > 0 {
                    self.locale.typed_amount(t.balance)
                } else {
                    String::new()
                };
                self.ask(Prompt::new(
                    t!(loc, "prompt-payment", number = id(n)),
                    t!(loc, "prompt-payment-hint", balance = loc.money(t.balance)),
                    amount,
                    Ask::PayAmount {
                        number: n,
                        currency: t.balance.currency,
                        due: t.balance,
                    },
                ))
            }
            Command::Refund if t.paid.minor <= 0 => {
                self.say(
                    Tone::Info,
                    t!(loc, "flow-nothing-to-refund", number = id(n)),
                );
                Vec::new()
            }
            Command::Refund => {
                let amount = self
                    .locale
                    .typed_amount(Money::new(t.paid.minor.max(0), t.paid.currency));
                let shipped = t.fulfilment.has_shipped();
                self.ask(Prompt::new(
                    t!(loc, "prompt-refund", number = id(n)),
                    t!(loc, "prompt-refund-hint", paid = loc.money(t.paid)),
                    amount,
                    Ask::RefundAmount {
                        number: n,
                        currency: t.paid.currency,
                        shipped,
                        paid: t.paid,
                    },
                ))
            }
            Command::CancelOrder => {
                self.overlays.push(Overlay::Confirm(Confirm {
                    question: t!(loc, "confirm-cancel-order", number = id(n)),
                    yes: vec![Effect::CancelOrder(seen)],
                    no: None,
                    ..Confirm::default()
                }));
                Vec::new()
            }
            Command::Verify | Command::Reject => self.settle_claim(command),
            Command::Notes | Command::StaffNotes => {
                let staff = command == Command::StaffNotes;
                let notes = self
                    .detail()
                    .map(|d| {
                        if staff {
                            d.order.staff_notes.clone()
                        } else {
                            d.order.notes.clone()
                        }
                    })
                    .unwrap_or_default();
                let (title, hint) = if staff {
                    (
                        t!(loc, "prompt-staff-note", number = id(n)),
                        t!(loc, "prompt-staff-note-hint"),
                    )
                } else {
                    (
                        t!(loc, "prompt-notes", number = id(n)),
                        t!(loc, "prompt-notes-hint"),
                    )
                };
                self.ask(Prompt::new(
                    title,
                    hint,
                    notes,
                    Ask::Notes { order: seen, staff },
                ))
            }
            Command::EditOrder => self.edit_lines(),
            Command::Deadline => self.ask(deadline_prompt(
                t!(loc, "prompt-deadline-of", number = id(n)),
                t.deadline,
                DeadlineOf::Order(seen),
                loc,
                self.date_order,
            )),
            _ => Vec::new(),
        }
    }

    fn ask(&mut self, prompt: Prompt) -> Vec<Effect> {
        self.overlays.push(Overlay::Prompt(prompt));
        Vec::new()
    }

    fn advance_picker(&mut self, t: &Target) -> Vec<Effect> {
        let loc = self.locale;
        if t.lifecycle != Lifecycle::Confirmed {
            let text = t!(
                loc,
                "flow-confirm-first",
                number = id(t.number),
                state = loc.text(t.lifecycle.key())
            );
            self.say(Tone::Info, text);
            return Vec::new();
        }
        let items: Vec<PickItem> = Fulfilment::ALL
            .iter()
            .filter(|f| **f > t.fulfilment)
            .map(|f| PickItem {
                label: loc.text(f.key()),
                detail: match f {
                    Fulfilment::Packing => t!(loc, "stage-packing-means"),
                    Fulfilment::Ready => t!(loc, "stage-ready-means"),
                    Fulfilment::OutForDelivery => t!(loc, "stage-out-means"),
                    Fulfilment::Delivered => t!(loc, "stage-delivered-means"),
                    Fulfilment::Unfulfilled => String::new(),
                },
                value: PickValue::Stage(*f),
            })
            .collect();
        self.overlays.push(Overlay::Picker(Picker::short(
            t!(loc, "picker-advance", number = id(t.number)),
            items,
            Pick::Advance(OrderRef {
                number: t.number,
                version: t.version,
            }),
        )));
        Vec::new()
    }

    fn settle_claim(&mut self, command: Command) -> Vec<Effect> {
        let Some(d) = self.detail() else {
            return Vec::new();
        };
        let n = d.order.number;
        let claims: Vec<(Uuid, String)> = d
            .claims()
            .into_iter()
            .map(|p| {
                (
                    p.id,
                    format!(
                        "{} {}",
                        claim_words(Money::new(p.amount, p.currency), p.method, self.locale),
                        p.reference.as_deref().unwrap_or("")
                    ),
                )
            })
            .collect();
        let loc = self.locale;
        let verify = command == Command::Verify;
        match claims.as_slice() {
            [] => {
                let text = t!(
                    loc,
                    "flow-no-claim",
                    number = id(n),
                    verify = if verify { "yes" } else { "no" }
                );
                self.say(Tone::Info, text);
                Vec::new()
            }
            [(id, what)] => {
                let (question, effect) = if verify {
                    (
                        t!(loc, "confirm-verify", what = what.trim()),
                        Effect::Verify {
                            number: n,
                            payment: *id,
                        },
                    )
                } else {
                    (
                        t!(loc, "confirm-reject", what = what.trim()),
                        Effect::Reject {
                            number: n,
                            payment: *id,
                        },
                    )
                };
                self.overlays.push(Overlay::Confirm(Confirm {
                    question,
                    yes: vec![effect],
                    no: None,
                    ..Confirm::default()
                }));
                Vec::new()
            }
            many => {
                let items = many
                    .iter()
                    .map(|(id, what)| PickItem {
                        label: what.trim().to_string(),
                        detail: short_id(*id),
                        value: PickValue::Payment(*id),
                    })
                    .collect();
                let pick = if verify {
                    Pick::Verify { number: n }
                } else {
                    Pick::Reject { number: n }
                };
                self.overlays.push(Overlay::Picker(Picker::short(
                    t!(loc, "picker-which-claim", number = id(n)),
                    items,
                    pick,
                )));
                Vec::new()
            }
        }
    }

    /// `a` with orders marked: all of them to packing, after one question.
    fn advance_marked(&mut self) -> Vec<Effect> {
        let marked = std::mem::take(&mut self.orders.marked);
        let numbers = marked
            .iter()
            .map(|m| format!("#{}", m.number))
            .collect::<Vec<_>>()
            .join(", ");
        let batch = marked
            .iter()
            .map(|order| Effect::Advance {
                order: *order,
                to: Fulfilment::Packing,
            })
            .collect();
        self.overlays.push(Overlay::Confirm(Confirm {
            question: t!(
                self.locale,
                "confirm-pack-marked",
                count = marked.len(),
                numbers = numbers
            ),
            yes: vec![Effect::Batch(batch)],
            ..Confirm::default()
        }));
        Vec::new()
    }

    /// `v`/`x` with claims marked, `y` with reminders marked: all of them at once.
    fn payments_marked(&mut self, command: Command) -> Option<Vec<Effect>> {
        use super::payments::Mark;
        let marks = &self.payments.marked;
        let claims: Vec<(i64, Uuid)> = marks
            .iter()
            .filter_map(|m| match m {
                Mark::Claim { number, payment } => Some((*number, *payment)),
                _ => None,
            })
            .collect();
        let reminders: Vec<(i64, u32)> = marks
            .iter()
            .filter_map(|m| match m {
                Mark::Reminder { number, step } => Some((*number, *step)),
                _ => None,
            })
            .collect();
        match command {
            Command::Verify | Command::Reject if !claims.is_empty() => {
                let verify = command == Command::Verify;
                let batch = claims
                    .iter()
                    .map(|(number, payment)| {
                        if verify {
                            Effect::Verify {
                                number: *number,
                                payment: *payment,
                            }
                        } else {
                            Effect::Reject {
                                number: *number,
                                payment: *payment,
                            }
                        }
                    })
                    .collect();
                let numbers = claims
                    .iter()
                    .map(|(n, _)| format!("#{n}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let (loc, count) = (self.locale, claims.len());
                let question = if verify {
                    t!(
                        loc,
                        "confirm-verify-marked",
                        count = count,
                        numbers = numbers
                    )
                } else {
                    t!(
                        loc,
                        "confirm-reject-marked",
                        count = count,
                        numbers = numbers
                    )
                };
                self.payments
                    .marked
                    .retain(|m| !matches!(m, Mark::Claim { .. }));
                self.overlays.push(Overlay::Confirm(Confirm {
                    question,
                    yes: vec![Effect::Batch(batch)],
                    ..Confirm::default()
                }));
                Some(Vec::new())
            }
            Command::CopySummary if !reminders.is_empty() => {
                self.payments
                    .marked
                    .retain(|m| !matches!(m, Mark::Reminder { .. }));
                Some(vec![Effect::SendReminders(reminders)])
            }
            _ => None,
        }
    }

    /// Keys in the Payments pane act on the kind of row selected.
    fn payments_command(&mut self, command: Command) -> Vec<Effect> {
        if let Some(effects) = self.payments_marked(command) {
            return effects;
        }
        let Some(item) = self.payments.selected() else {
            return Vec::new();
        };
        let n = item.order_number();
        let loc = self.locale;
        match (command, item) {
            (Command::Verify | Command::Reject, PaymentItem::Claim(row)) => {
                let payment = row.payment.id;
                let what = claim_words(
                    Money::new(row.payment.amount, row.payment.currency),
                    row.payment.method,
                    loc,
                );
                let (question, effect) = if command == Command::Verify {
                    (
                        t!(loc, "confirm-verify-of", what = what, number = id(n)),
                        Effect::Verify { number: n, payment },
                    )
                } else {
                    (
                        t!(loc, "confirm-reject-of", what = what, number = id(n)),
                        Effect::Reject { number: n, payment },
                    )
                };
                self.overlays.push(Overlay::Confirm(Confirm {
                    question,
                    yes: vec![effect],
                    no: None,
                    ..Confirm::default()
                }));
                Vec::new()
            }
            (Command::Verify | Command::Reject, _) => {
                self.say(Tone::Info, t!(loc, "flow-only-claims"));
                Vec::new()
            }
            (Command::CopySummary, PaymentItem::Reminder(r)) => vec![Effect::SendReminder {
                number: n,
                step: r.step,
            }],
            (Command::CopySummary, _) => {
                self.say(Tone::Info, t!(loc, "flow-y-reminder"));
                Vec::new()
            }
            (Command::CopyLink, _) => {
                self.say(Tone::Info, t!(loc, "flow-getting-link", number = id(n)));
                vec![Effect::MakeLink(n)]
            }
            (Command::CloseReview, PaymentItem::Review(r)) => {
                let hint = t!(loc, "prompt-close-review-hint", note = r.note.clone());
                self.ask(Prompt::new(
                    t!(loc, "prompt-close-review", number = id(n)),
                    hint,
                    "",
                    Ask::CloseReview { number: n },
                ))
            }
            (Command::CloseReview, _) => {
                self.say(Tone::Info, t!(loc, "flow-close-review-select"));
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn edit_lines(&mut self) -> Vec<Effect> {
        let Some(d) = self.detail() else {
            return Vec::new();
        };
        if !matches!(d.order.lifecycle, Lifecycle::Draft | Lifecycle::Confirmed)
            || d.order.fulfilment.has_shipped()
        {
            let text = t!(
                self.locale,
                "flow-not-editable",
                number = id(d.order.number)
            );
            self.say(Tone::Info, text);
            return Vec::new();
        }
        let mut draft = super::review::ReviewDraft::empty();
        draft.customer = Some(ReviewCustomer {
            name: d.customer.name.clone(),
            phone: d.customer.phone.clone(),
            known: None,
        });
        draft.address = d.order.address.clone();
        draft.deadline = d.order.deadline;
        draft.delivery = Some(d.order.money(d.order.delivery_fee));
        draft.discount = Some(d.order.money(d.order.discount));
        // The book checks stock for the difference when the edit is written.
        draft.lines = d
            .order
            .lines
            .iter()
            .map(|l| ReviewLine {
                sku: l.sku.clone(),
                name: l.display_name(),
                qty: l.qty,
                unit_price: d.order.money(l.unit_price),
                confidence: None,
                available: i64::MAX,
                said: String::new(),
            })
            .collect();
        let mode = ReviewMode::Edit(OrderRef {
            number: d.order.number,
            version: d.order.version,
        });
        self.overlays
            .push(Overlay::Review(Review::new(vec![draft], mode)));
        vec![Effect::LoadCatalog]
    }

    fn stock_prompt(&mut self, receive: bool) -> Vec<Effect> {
        let Some(p) = self.inventory.selected() else {
            return Vec::new();
        };
        let sku = p.sku.clone();
        let name = p.display_name();
        let loc = self.locale;
        if receive {
            let hint = t!(loc, "prompt-receive-hint", on_hand = p.on_hand);
            self.ask(Prompt::new(
                t!(loc, "prompt-receive", product = name),
                hint,
                "",
                Ask::ReceiveQty { sku },
            ))
        } else {
            let free = p.available();
            self.ask(Prompt::new(
                t!(loc, "prompt-adjust", product = name),
                t!(loc, "prompt-adjust-hint", on_hand = p.on_hand, free = free),
                "",
                Ask::AdjustDelta { sku, free },
            ))
        }
    }

    fn start_merge(&mut self) -> Vec<Effect> {
        let Some(c) = self.customers.selected() else {
            return Vec::new();
        };
        let from = c.phone.clone().unwrap_or_else(|| c.name.clone());
        let title = t!(self.locale, "picker-merge-into", name = c.name.as_str());
        self.overlays.push(Overlay::Picker(Picker::searching(
            title,
            Pick::MergeInto { from },
        )));
        vec![Effect::FindCustomers(String::new())]
    }

    /// The customer picker of the review (search as you type, or add who was typed).
    pub(super) fn open_customer_picker(&mut self) -> Vec<Effect> {
        let title = t!(self.locale, "picker-customer");
        self.overlays.push(Overlay::Picker(Picker::searching(
            title,
            Pick::ReviewCustomer,
        )));
        vec![Effect::FindCustomers(String::new())]
    }

    pub(super) fn customers_found(&mut self, hits: Vec<CustomerHit>) {
        if matches!(self.overlays.last(), Some(Overlay::Picker(p)) if p.pick == Pick::Palette) {
            return self.palette_customers(hits);
        }
        let Some(Overlay::Picker(p)) = self.overlays.last_mut() else {
            return;
        };
        if !p.searched {
            return;
        }
        let typed = p.typed().trim().to_string();
        let loc = self.locale;
        let mut items: Vec<PickItem> = hits
            .into_iter()
            .map(|h| PickItem {
                label: h.name.clone(),
                detail: format!(
                    "{}  {}",
                    h.phone
                        .as_deref()
                        .map(crate::core::customer::display_phone)
                        .unwrap_or_else(|| t!(loc, "picker-no-phone")),
                    t!(loc, "review-owes", amount = loc.money(h.open_balance))
                ),
                value: PickValue::Customer {
                    key: h.phone.clone().unwrap_or_else(|| h.name.clone()),
                    name: h.name,
                    address: h.address,
                },
            })
            .collect();
        let new = (p.pick == Pick::ReviewCustomer && !typed.is_empty()).then(|| {
            let c = self.new_customer_from(&typed);
            PickItem {
                label: t!(loc, "picker-new-customer", name = c.name.as_str()),
                detail: c.phone.filter(|p| *p != c.name).unwrap_or_default(),
                value: PickValue::NewCustomer(typed),
            }
        });
        let Some(Overlay::Picker(p)) = self.overlays.last_mut() else {
            return;
        };
        items.extend(new);
        p.set_items(items);
    }

    pub(super) fn order_loaded(
        &mut self,
        detail: Box<OrderDetail>,
        then: Option<Command>,
    ) -> Vec<Effect> {
        let number = detail.order.number;
        let slot = self.overlays.iter_mut().rev().find_map(|o| match o {
            Overlay::Detail(d) if d.order.number == number => Some(d),
            _ => None,
        });
        match slot {
            // Read again: the same place on screen.
            Some(d) => {
                let scroll = d.scroll;
                *d = detail;
                d.scroll = scroll;
            }
            None => {
                // Opening an order from a list: it goes on top of panes and history only.
                if matches!(
                    self.overlays.last(),
                    None | Some(Overlay::History { .. } | Overlay::Orders(_) | Overlay::Detail(_))
                ) {
                    self.overlays.push(Overlay::Detail(detail));
                }
            }
        }
        // A command that waited for the order runs on it now, if it is what is on screen.
        let on_top =
            matches!(self.overlays.last(), Some(Overlay::Detail(d)) if d.order.number == number);
        match then {
            Some(Command::Jump) => vec![self.orders.load_around(number)],
            Some(command) if on_top => self.order_command(Context::Detail, command),
            _ => Vec::new(),
        }
    }

    pub(super) fn edit_prompt(&mut self, press: KeyPress) -> Vec<Effect> {
        let Some(Overlay::Prompt(p)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        let before = p.value().to_string();
        p.edit(press);
        match &p.ask {
            // Filters apply as you type.
            Ask::Filter(pane) if p.value() != before => {
                let (pane, value) = (*pane, p.value().to_string());
                self.set_filter(pane, value)
            }
            _ => Vec::new(),
        }
    }

    fn set_filter(&mut self, pane: PaneId, value: String) -> Vec<Effect> {
        match pane {
            PaneId::Orders => self.orders.filter = value,
            PaneId::Inventory => self.inventory.filter = value,
            PaneId::Customers => self.customers.filter = value,
            PaneId::Payments => {
                self.payments.filter = value;
                self.payments.locale = self.locale;
            }
            PaneId::Today => return Vec::new(),
        }
        vec![self.reset_pane()]
    }

    pub(super) fn cancel_prompt(&mut self) -> Vec<Effect> {
        match self.overlays.pop() {
            Some(Overlay::Prompt(Prompt {
                ask: Ask::Filter(pane),
                ..
            })) => self.set_filter(pane, String::new()),
            _ => Vec::new(),
        }
    }

    pub(super) fn answer_prompt(&mut self) -> Vec<Effect> {
        let Some(Overlay::Prompt(prompt)) = self.overlays.pop() else {
            return Vec::new();
        };
        let value = prompt.value().trim().to_string();
        let loc = self.locale;
        let retry = |app: &mut App, why: String, prompt: Prompt| {
            app.say(Tone::Bad, why);
            app.overlays.push(Overlay::Prompt(prompt));
            Vec::new()
        };
        match prompt.ask.clone() {
            Ask::Filter(_) => Vec::new(),
            // Once the order is open, the queue selects it too (see `order_loaded`), so every
            // key after Esc acts on the order that was looked at.
            Ask::Jump => match value.trim_start_matches('#').parse::<i64>() {
                Ok(n) if n > 0 => vec![Effect::LoadOrder {
                    number: n,
                    then: Some(Command::Jump),
                }],
                _ => retry(
                    self,
                    t!(loc, "flow-not-order-number", value = value),
                    prompt,
                ),
            },
            Ask::PayAmount { .. } | Ask::RefundAmount { .. } if value.is_empty() => {
                retry(self, t!(loc, "flow-type-amount"), prompt)
            }
            // Amounts are read as typed, before the method and the rest are asked for.
            Ask::PayAmount { currency, .. } | Ask::RefundAmount { currency, .. }
                if Money::parse(&value, currency).is_err() =>
            {
                let why = Money::parse(&value, currency)
                    .err()
                    .map(|e| e.message().in_locale(loc))
                    .unwrap_or_default();
                retry(self, why, prompt)
            }
            Ask::PayAmount {
                number,
                currency,
                due,
            } => {
                let Ok(amount) = Money::parse(&value, currency) else {
                    return Vec::new();
                };
                let methods = Box::new(Overlay::Picker(method_picker(number, amount, loc)));
                let due = Money::new(due.minor.max(0), due.currency);
                if amount.minor > due.minor {
                    // More than is owed is usually a typo ("10.123" for 10,12): asked, with the
                    // amount as it was read, before anything else.
                    let over = amount.checked_sub(due).unwrap_or(amount);
                    self.overlays.push(Overlay::Confirm(Confirm {
                        question: t!(
                            loc,
                            "confirm-overpay",
                            amount = loc.money(amount),
                            over = loc.money(over),
                            due = loc.money(due),
                            number = id(number)
                        ),
                        then_yes: Some(methods),
                        then_no: Some(Box::new(Overlay::Prompt(prompt))),
                        ..Confirm::default()
                    }));
                    return Vec::new();
                }
                self.overlays.push(*methods);
                Vec::new()
            }
            Ask::PayReference {
                number,
                amount,
                method,
            } if value.is_empty() => {
                self.ask_received(number, amount, method, None);
                Vec::new()
            }
            // A reference that already paid is refused here, before anything is asked.
            Ask::PayReference {
                number,
                amount,
                method,
            } => vec![Effect::CheckReference {
                number,
                amount,
                method,
                reference: value,
            }],
            Ask::RefundAmount { paid, .. }
                if Money::parse(&value, paid.currency).is_ok_and(|m| m.minor > paid.minor) =>
            {
                let why = t!(loc, "flow-refund-too-much", paid = loc.money(paid));
                retry(self, why, prompt)
            }
            Ask::RefundAmount {
                number,
                currency,
                shipped,
                ..
            } => {
                let Ok(amount) = Money::parse(&value, currency) else {
                    return Vec::new();
                };
                let refund = |restock| Effect::Refund {
                    number,
                    amount,
                    restock,
                };
                if !shipped {
                    return vec![refund(false)];
                }
                self.overlays.push(Overlay::Confirm(Confirm {
                    question: t!(
                        loc,
                        "confirm-restock",
                        amount = loc.money(amount),
                        number = id(number)
                    ),
                    yes: vec![refund(true)],
                    no: Some(vec![refund(false)]),
                    ..Confirm::default()
                }));
                Vec::new()
            }
            Ask::Notes { order, staff } => vec![Effect::SetNotes {
                order,
                notes: value,
                staff,
            }],
            Ask::ReceiveQty { sku } => match value.parse::<i64>() {
                Ok(qty) if qty > 0 => self.ask(Prompt::new(
                    t!(loc, "prompt-receive-note", qty = qty, sku = sku.as_str()),
                    t!(loc, "prompt-receive-note-hint"),
                    "",
                    Ask::ReceiveNote { sku, qty },
                )),
                _ => retry(self, t!(loc, "flow-not-units", value = value), prompt),
            },
            Ask::ReceiveNote { sku, qty } => vec![Effect::Receive {
                sku,
                qty,
                note: value,
            }],
            Ask::AdjustDelta { sku, free } => match value.trim_start_matches('+').parse::<i64>() {
                // Stock held by open orders cannot be counted away here.
                Ok(delta) if delta < 0 && -delta > free => retry(
                    self,
                    t!(
                        loc,
                        "flow-adjust-held",
                        free = free.max(0),
                        sku = sku.as_str()
                    ),
                    prompt,
                ),
                Ok(delta) if delta != 0 => self.ask(Prompt::new(
                    t!(
                        loc,
                        "prompt-adjust-reason",
                        sku = sku.as_str(),
                        delta = format!("{delta:+}")
                    ),
                    t!(loc, "prompt-adjust-reason-hint"),
                    "",
                    Ask::AdjustReason { sku, delta },
                )),
                _ => retry(self, t!(loc, "flow-not-change", value = value), prompt),
            },
            Ask::AdjustReason { .. } if value.is_empty() => {
                retry(self, t!(loc, "flow-say-why"), prompt)
            }
            Ask::AdjustReason { sku, delta } => vec![Effect::Adjust {
                sku,
                delta,
                reason: value,
            }],
            Ask::CloseReview { .. } if value.is_empty() => {
                retry(self, t!(loc, "flow-say-what-found"), prompt)
            }
            Ask::CloseReview { number } => vec![Effect::CloseReview {
                number,
                note: value,
            }],
            Ask::Deadline(of) => {
                let typed = if value.is_empty() {
                    None
                } else {
                    let now = self.now.naive_local();
                    match parse_deadline(&value, now, self.locale.language, self.date_order) {
                        Ok(d) => Some(d),
                        Err(e) => {
                            let why = e.message().in_locale(self.locale);
                            return retry(self, why, prompt);
                        }
                    }
                };
                match of {
                    DeadlineOf::Order(order) => vec![Effect::SetDeadline {
                        order,
                        deadline: typed,
                    }],
                    DeadlineOf::Review => {
                        if let Some(Overlay::Review(r)) = self.overlays.last_mut() {
                            r.edited = true;
                            if let Some(d) = r.draft_mut() {
                                d.deadline = typed;
                                d.deadline_from_chat = false;
                            }
                        }
                        Vec::new()
                    }
                }
            }
            Ask::Quantity => match value.parse::<i64>() {
                Ok(qty) if (1..=100_000).contains(&qty) => {
                    if let Some(Overlay::Review(r)) = self.overlays.last_mut() {
                        r.set_qty(qty);
                    }
                    Vec::new()
                }
                _ => retry(
                    self,
                    t!(loc, "flow-not-quantity", value = value, most = 100_000),
                    prompt,
                ),
            },
            Ask::Charge { discount, currency } => {
                let amount = if value.is_empty() {
                    Ok(Money::zero(currency))
                } else {
                    Money::parse(&value, currency)
                };
                match amount {
                    Err(e) => retry(self, e.message().in_locale(loc), prompt),
                    Ok(m) if m.minor < 0 => retry(
                        self,
                        t!(loc, "flow-below-zero", amount = loc.money(m)),
                        prompt,
                    ),
                    Ok(m) => {
                        if let Some(Overlay::Review(r)) = self.overlays.last_mut() {
                            r.edited = true;
                            if let Some(d) = r.draft_mut() {
                                let slot = if discount {
                                    &mut d.discount
                                } else {
                                    &mut d.delivery
                                };
                                *slot = Some(m);
                            }
                        }
                        Vec::new()
                    }
                }
            }
            Ask::Address => {
                if let Some(Overlay::Review(r)) = self.overlays.last_mut()
                    && let Some(d) = {
                        r.edited = true;
                        r.draft_mut()
                    }
                {
                    d.address = Some(value).filter(|a| !a.is_empty());
                    d.pickup = false;
                }
                Vec::new()
            }
        }
    }

    /// The last question of a payment: in the till, or only claimed?
    pub(super) fn ask_received(
        &mut self,
        number: i64,
        amount: Money,
        method: Method,
        reference: Option<String>,
    ) {
        let pay = |claimed| Effect::Pay {
            number,
            amount,
            method,
            reference: reference.clone(),
            claimed,
        };
        self.overlays.push(Overlay::Confirm(Confirm {
            question: t!(
                self.locale,
                "confirm-received",
                amount = self.locale.money(amount),
                method = self.locale.text(method.key())
            ),
            yes: vec![pay(false)],
            no: Some(vec![pay(true)]),
            ..Confirm::default()
        }));
    }

    /// The typed reference was checked: on to the last question, or typed again.
    pub(super) fn reference_checked(
        &mut self,
        number: i64,
        amount: Money,
        method: Method,
        reference: String,
        holder: Option<i64>,
    ) -> Vec<Effect> {
        match holder {
            None => self.ask_received(number, amount, method, Some(reference)),
            Some(holder) => {
                let loc = self.locale;
                let text = t!(
                    loc,
                    "flow-reference-used",
                    reference = reference.as_str(),
                    same = if holder == number { "yes" } else { "no" },
                    holder = id(holder),
                    method = loc.text(method.key())
                );
                self.say(Tone::Bad, text);
                self.overlays.push(Overlay::Prompt(reference_prompt(
                    number, amount, method, &reference, loc,
                )));
            }
        }
        Vec::new()
    }

    pub(super) fn edit_picker(&mut self, press: KeyPress) -> Vec<Effect> {
        let Some(Overlay::Picker(p)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        let changed = p.edit(press);
        if changed && p.pick == Pick::Palette {
            return self.palette_typed();
        }
        if changed && p.searched {
            return vec![Effect::FindCustomers(p.typed().trim().to_string())];
        }
        Vec::new()
    }

    pub(super) fn move_picker(&mut self, delta: isize) -> Vec<Effect> {
        if let Some(Overlay::Picker(p)) = self.overlays.last_mut() {
            p.move_by(delta);
        }
        Vec::new()
    }

    pub(super) fn answer_picker(&mut self) -> Vec<Effect> {
        let Some(Overlay::Picker(picker)) = self.overlays.pop() else {
            return Vec::new();
        };
        let Some(choice) = picker.chosen().cloned() else {
            self.say(Tone::Info, t!(self.locale, "flow-nothing-matches"));
            self.overlays.push(Overlay::Picker(picker));
            return Vec::new();
        };
        let loc = self.locale;
        match (picker.pick, choice.value) {
            (Pick::ReviewProduct { line, phrase }, PickValue::Sku(sku)) => {
                let Some(product) = self.product(&sku).cloned() else {
                    return Vec::new();
                };
                let learn = self.alias_to_learn(line, phrase.as_deref(), &product);
                // A line added for "3 gloss coral" is 3 of the product picked.
                let count = phrase
                    .as_deref()
                    .filter(|_| line.is_none())
                    .and_then(crate::core::chat::phrase_count)
                    .unwrap_or(1);
                if let Some(Overlay::Review(r)) = self.overlays.last_mut() {
                    r.set_product(line, &product, count);
                    if let Some(phrase) = &phrase {
                        r.drop_unmatched(phrase);
                    }
                }
                learn
                    .map(|phrase| Effect::LearnAlias {
                        phrase,
                        sku: product.sku.clone(),
                    })
                    .into_iter()
                    .collect()
            }
            (Pick::ReviewCustomer, value) => self.review_customer(value),
            (Pick::Palette, value) => self.palette_chosen(value),
            (Pick::PayMethod { number, amount }, PickValue::Method(method)) => {
                self.ask(reference_prompt(number, amount, method, "", loc))
            }
            (Pick::Advance(order), PickValue::Stage(to)) => vec![Effect::Advance { order, to }],
            (Pick::Verify { number }, PickValue::Payment(payment)) => {
                vec![Effect::Verify { number, payment }]
            }
            (Pick::Reject { number }, PickValue::Payment(payment)) => {
                vec![Effect::Reject { number, payment }]
            }
            (Pick::MergeInto { from }, PickValue::Customer { key, name, .. }) => {
                self.overlays.push(Overlay::Confirm(Confirm {
                    question: t!(
                        loc,
                        "confirm-merge",
                        from = from.as_str(),
                        name = name.as_str()
                    ),
                    yes: vec![Effect::Merge { from, into: key }],
                    no: None,
                    ..Confirm::default()
                }));
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// The draft the review shows now.
    fn review_draft(&self) -> Option<&super::review::ReviewDraft> {
        self.overlays.iter().rev().find_map(|o| match o {
            Overlay::Review(r) => r.draft(),
            _ => None,
        })
    }

    fn new_customer_from(&self, typed: &str) -> ReviewCustomer {
        let (name, phone) = split_name_and_phone(typed);
        let said = self.review_draft().and_then(|d| d.customer.clone());
        let said_name = said
            .as_ref()
            .map(|c| c.name.clone())
            .filter(|n| !n.trim().is_empty() && !looks_like_phone(n));
        let phone = phone.or_else(|| said.as_ref().and_then(|c| c.phone.clone()));
        let name = name
            .or(said_name)
            .or_else(|| phone.clone())
            .unwrap_or_else(|| typed.trim().to_string());
        ReviewCustomer {
            name,
            phone,
            known: None,
        }
    }

    fn review_customer(&mut self, value: PickValue) -> Vec<Effect> {
        let customer = match value {
            PickValue::Customer { key, name, address } => {
                let phone = looks_like_phone(&key).then_some(key);
                (
                    ReviewCustomer {
                        name,
                        phone,
                        known: None,
                    },
                    address,
                )
            }
            // What was typed completes what the chat said: a phone typed for "Ana Paula
            // Ribeiro" keeps her name, a name typed for an unsaved number keeps the number.
            PickValue::NewCustomer(typed) => (self.new_customer_from(&typed), None),
            _ => return Vec::new(),
        };
        let Some(Overlay::Review(r)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        r.edited = true;
        let Some(d) = r.draft_mut() else {
            return Vec::new();
        };
        d.customer = Some(customer.0);
        if d.address.is_none() {
            d.address = customer.1;
        }
        // By hand, the next thing is the first product.
        if d.lines.is_empty() {
            return self.open_product_picker(None, String::new());
        }
        Vec::new()
    }

    /// The product picker, empty: `said` (what the customer wrote for the line) is shown
    /// above it as context, so typing starts from nothing.
    /// What the shop's customers' words mean, learned from a pick in the review: the words
    /// of an unmatched phrase, or of a line read as another kind of product. Another colour
    /// or size of the same product is this order's choice, not a name to learn.
    fn alias_to_learn(
        &self,
        line: Option<usize>,
        phrase: Option<&str>,
        chosen: &crate::core::catalog::Product,
    ) -> Option<String> {
        let words = match (line, phrase) {
            (None, Some(phrase)) => phrase.to_string(),
            (Some(i), _) => {
                let old = self.review_draft()?.lines.get(i)?;
                let old_name = self.product(&old.sku).map(|p| p.name.to_lowercase());
                if old_name.as_deref() == Some(chosen.name.to_lowercase().as_str()) {
                    return None;
                }
                old.said.clone()
            }
            (None, None) => return None,
        };
        let words = crate::core::chat::alias_words(&words, &chosen.variant);
        (!words.is_empty() && words.chars().count() <= crate::core::catalog::MAX_ALIAS_CHARS)
            .then_some(words)
    }

    pub(super) fn open_product_picker(&mut self, line: Option<usize>, said: String) -> Vec<Effect> {
        let items = self
            .catalog
            .iter()
            .map(|p| super::product_item(p, self.locale))
            .collect();
        // Adding a line to a draft with words no product matched: the first of them.
        let phrase = match line {
            None => self
                .review_draft()
                .and_then(|d| d.unmatched.first().cloned()),
            Some(_) => None,
        };
        let said = match (&phrase, said.is_empty()) {
            (Some(p), true) => p.clone(),
            _ => said,
        };
        let no_phrase = phrase.is_none();
        let mut picker = Picker::new(
            if line.is_some() {
                t!(self.locale, "picker-change-product")
            } else {
                t!(self.locale, "picker-add-product")
            },
            items,
            Pick::ReviewProduct { line, phrase },
        );
        // Adding a line where the customer only asked about a product ("a adds it", the
        // review says): the cursor starts on that product, so Enter adds it.
        if line.is_none() && no_phrase {
            picker.prefer = self.review_draft().and_then(|d| d.asked.first().cloned());
            picker.refilter();
        }
        picker.context = said;
        self.overlays.push(Overlay::Picker(picker));
        if self.catalog.is_empty() {
            vec![Effect::LoadCatalog]
        } else {
            Vec::new()
        }
    }

    pub(super) fn answer_confirm(&mut self, command: Command) -> Vec<Effect> {
        let Some(Overlay::Confirm(c)) = self.overlays.pop() else {
            return Vec::new();
        };
        if command == Command::Yes {
            if c.close_below {
                self.overlays.pop();
            }
            if let Some(said) = &c.said_on_yes {
                self.say(Tone::Info, said.clone());
            }
        }
        let (effects, then) = match command {
            Command::Yes => (c.yes, c.then_yes),
            Command::No => (c.no.unwrap_or_default(), c.then_no),
            _ => (Vec::new(), None),
        };
        if let Some(next) = then {
            self.overlays.push(*next);
        }
        effects
    }
}

/// The question for a deadline, filled with the one it has.
pub(super) fn deadline_prompt(
    title: String,
    current: Option<Deadline>,
    of: DeadlineOf,
    loc: Locale,
    order: DateOrder,
) -> Prompt {
    Prompt::new(
        title,
        t!(loc, "prompt-deadline-hint"),
        current.map(|d| d.typed(loc, order)).unwrap_or_default(),
        Ask::Deadline(of),
    )
}

/// The payment's reference, optional.
fn reference_prompt(
    number: i64,
    amount: Money,
    method: Method,
    value: &str,
    loc: Locale,
) -> Prompt {
    Prompt::new(
        t!(
            loc,
            "prompt-pay-reference",
            amount = loc.money(amount),
            how = method.as_str(),
            method = loc.text(method.key()),
            number = id(number)
        ),
        t!(loc, "prompt-pay-reference-hint"),
        value,
        Ask::PayReference {
            number,
            amount,
            method,
        },
    )
}

/// "How was R$ 240,00 paid?": the payment methods, `j`/`k` or the first letters to choose.
fn method_picker(number: i64, amount: Money, loc: Locale) -> Picker {
    let items = Method::ALL
        .iter()
        .map(|m| PickItem {
            label: loc.text(m.key()),
            detail: String::new(),
            value: PickValue::Method(*m),
        })
        .collect();
    Picker::short(
        t!(loc, "picker-how-paid", amount = loc.money(amount)),
        items,
        Pick::PayMethod { number, amount },
    )
}

/// Lines of a review as the book takes them.
pub(super) fn line_specs(review: &Review) -> Vec<LineSpec> {
    review
        .draft()
        .map(|d| {
            d.lines
                .iter()
                .map(|l| LineSpec {
                    sku: l.sku.clone(),
                    qty: l.qty,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A claim as a question names it: "$100.00 cash", "R$ 100,00 em dinheiro".
fn claim_words(amount: Money, method: Method, loc: Locale) -> String {
    t!(
        loc,
        "claim-what",
        amount = loc.money(amount),
        how = method.as_str(),
        method = loc.text(method.key())
    )
}
