//! The desk's state machine: `Action` → [`App::update`] → `Vec<Effect>`. No I/O here: the
//! runtime (`tui`) runs the effects and feeds their results back as actions, and the widgets
//! (`ui`) only read this state. Depends on the core only.

pub mod action;
pub mod answer;
pub mod customers;
pub mod effect;
pub mod inventory;
pub mod key;
pub mod keymap;
pub mod list;
pub mod orders;
pub mod overlay;
pub mod panes;
pub mod payments;
pub mod picker;
pub mod prompt;
pub mod review;
pub mod rows;
pub mod today;

mod day_flow;
mod navigate;
mod order_flow;
mod palette;
mod review_flow;

use action::{Action, Notice};
use customers::CustomersPane;
use effect::Effect;
use inventory::InventoryPane;
use key::KeyPress;
use keymap::{Context, lookup};
use orders::OrdersPane;
use overlay::Overlay;
use panes::PaneId;
use payments::PaymentsPane;
use picker::{Pick, PickItem, PickValue};
use today::TodayPane;

use chrono::{DateTime, FixedOffset};

use crate::core::catalog::Product;
use crate::core::chat::DateOrder;
use crate::core::day::Period;
use crate::core::i18n::{Locale, id};
use crate::core::money::Currency;
use crate::core::paste::check_paste_size;
use crate::t;

/// Width from which a second pane is shown beside the focused one.
pub const WIDE: u16 = 150;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Good,
    Bad,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub tone: Tone,
}

pub struct App {
    pub pane: PaneId,
    pub orders: OrdersPane,
    pub inventory: InventoryPane,
    pub customers: CustomersPane,
    pub payments: PaymentsPane,
    pub today: TodayPane,
    pub overlays: Vec<Overlay>,
    pub status: Option<Status>,
    pub shop: String,
    pub currency: Currency,
    pub size: (u16, u16),
    pub quit: bool,
    /// Colours on screen (off with NO_COLOR); marks and words carry the meaning either way.
    pub color: bool,
    /// The local time zone, for times in messages (the runtime sets it; the desk reads no
    /// clock).
    pub offset: FixedOffset,
    /// The local now, as the runtime last said (`Action::Clock`): what "today" and
    /// "tomorrow" mean, and which deadlines are overdue.
    pub now: DateTime<FixedOffset>,
    /// Slow effects running in the background, oldest first: the screen shows "working…".
    pub working: Vec<Effect>,
    /// The staff's language and its forms of money and dates (the runtime sets it); a typed
    /// deadline's words ("sexta 18h") are read in it first.
    pub locale: Locale,
    /// How the shop writes numeric dates (the runtime sets it from the config): a typed
    /// deadline such as "5/12" is read with it.
    pub date_order: DateOrder,
    /// When the book's newest backup was made (the help shows it), set by the runtime.
    pub last_backup: Option<chrono::DateTime<chrono::Utc>>,
    /// The catalog, loaded when a product picker first needs it.
    catalog: Vec<Product>,
    /// What `z` can take back, the latest last: each entry is one action (a batch is one).
    pub undo: Vec<Vec<effect::UndoStep>>,
}

impl App {
    /// A desk on the book of `shop` at `now` (local time); the effects load the first screen.
    pub fn new(
        shop: impl Into<String>,
        currency: Currency,
        size: (u16, u16),
        now: DateTime<FixedOffset>,
    ) -> (App, Vec<Effect>) {
        let orders = OrdersPane {
            now: now.naive_local(),
            ..OrdersPane::default()
        };
        let app = App {
            pane: PaneId::Orders,
            orders,
            inventory: InventoryPane::default(),
            customers: CustomersPane::default(),
            payments: PaymentsPane::default(),
            today: TodayPane::default(),
            overlays: Vec::new(),
            status: None,
            shop: shop.into(),
            currency,
            size,
            quit: false,
            color: true,
            offset: *now.offset(),
            now,
            working: Vec::new(),
            date_order: DateOrder::default(),
            last_backup: None,
            locale: Locale::default(),
            catalog: Vec::new(),
            undo: Vec::new(),
        };
        let mut effects = app.reload_visible();
        // The Payments tab counts what waits for a person, from the first frame.
        if !app.visible_panes().contains(&PaneId::Payments) {
            effects.push(Effect::LoadPayments);
        }
        (app, effects)
    }

    /// Where keys go now: the top overlay, or the focused pane.
    pub fn context(&self) -> Context {
        match self.overlays.last() {
            Some(o) => o.context(),
            None => match self.pane {
                PaneId::Orders => Context::Orders,
                PaneId::Inventory => Context::Inventory,
                PaneId::Customers => Context::Customers,
                PaneId::Payments => Context::Payments,
                PaneId::Today => Context::Today,
            },
        }
    }

    /// The panes on screen: the focused one, and beside it a companion when wide enough.
    pub fn visible_panes(&self) -> Vec<PaneId> {
        if self.size.0 < WIDE {
            return vec![self.pane];
        }
        let companion = if self.pane == PaneId::Orders {
            PaneId::Payments
        } else {
            PaneId::Orders
        };
        vec![self.pane, companion]
    }

    /// One action in, the effects it asks for out. Slow effects are noted as running until
    /// the runtime says they finished.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let effects = match action {
            Action::Key(press) => self.key(press),
            Action::Paste(text) => self.paste(text),
            Action::Resize(w, h) => {
                let before = self.visible_panes();
                self.size = (w, h);
                let after = self.visible_panes();
                after
                    .into_iter()
                    .filter(|p| !before.contains(p))
                    .map(|p| self.load_pane(p))
                    .collect()
            }
            Action::Clock(now) => self.clock(now),
            Action::Tick if self.working.contains(&Effect::ExpireLinks) => Vec::new(),
            Action::Tick => vec![Effect::ExpireLinks],
            Action::BookChanged => self.book_changed(),
            Action::Heard(notice) => self.heard(notice),
            Action::Answer(answer) => self.answer(answer),
            Action::Finished(effect) => {
                if let Some(i) = self.working.iter().position(|e| *e == effect) {
                    self.working.remove(i);
                }
                Vec::new()
            }
        };
        self.working
            .extend(effects.iter().filter(|e| e.is_slow()).cloned());
        effects
    }

    /// What the background work is, for the "working…" mark; None when nothing runs.
    pub fn working_on(&self) -> Option<String> {
        let first = self.working.first()?;
        let what = match first {
            Effect::ReadPaste(_) => crate::t!(self.locale, "working-paste"),
            Effect::MakeLink(n) => crate::t!(self.locale, "working-link", number = id(*n)),
            Effect::SendReminder { number, .. } => {
                crate::t!(self.locale, "working-reminder", number = id(*number))
            }
            Effect::Export(_) => crate::t!(self.locale, "working-reports"),
            Effect::LoadDay { .. } => crate::t!(self.locale, "working-day"),
            Effect::ExpireLinks => crate::t!(self.locale, "working-links"),
            other => answer::doing(other, self.locale),
        };
        Some(crate::t!(
            self.locale,
            "working",
            what = what,
            more = self.working.len() - 1
        ))
    }

    fn heard(&mut self, notice: Notice) -> Vec<Effect> {
        match notice {
            Notice::Paid {
                number,
                amount,
                via,
            } => {
                let text = crate::t!(
                    self.locale,
                    "desk-notice-paid",
                    number = id(number),
                    amount = self.locale.money(amount),
                    via = via
                );
                self.say(Tone::Good, text);
                self.changed(Some(number))
            }
            Notice::Review { message, .. } => {
                let text = crate::t!(self.locale, "desk-notice-review", message = message);
                self.say(Tone::Bad, text);
                self.book_changed()
            }
            Notice::Refused { status, message } => {
                let text = crate::t!(
                    self.locale,
                    "desk-notice-refused",
                    status = status.to_string(),
                    message = message
                );
                self.say(Tone::Bad, text);
                Vec::new()
            }
        }
    }

    /// The runtime's clock moved. When the minute changes, what is overdue may have changed
    /// too: the queue is read again.
    fn clock(&mut self, now: DateTime<FixedOffset>) -> Vec<Effect> {
        let minute = |t: DateTime<FixedOffset>| t.timestamp().div_euclid(60);
        let moved = minute(now) != minute(self.now);
        let (yesterday, today) = (self.now.date_naive(), now.date_naive());
        self.now = now;
        self.orders.now = now.naive_local();
        let mut effects = Vec::new();
        // What is overdue moves with the minute: an unfiltered queue reads it again with its
        // kept counts (a few rows) when next read; a filter's is counted in the background.
        if moved && self.orders.filter.trim().is_empty() {
            self.orders.counts_stale = true;
        }
        if moved && self.visible_panes().contains(&PaneId::Orders) {
            effects.push(self.orders.reload());
        }
        // Past midnight, a Today pane that showed today shows the new today.
        if today != yesterday {
            if let Some(period) = self.today.period
                && let Some(span) = period.span()
                && period == Period::of(span, yesterday)
            {
                self.today.period = Some(Period::of(span, today));
            }
            if self.visible_panes().contains(&PaneId::Today) {
                effects.push(self.today.load(now.naive_local()));
            }
        }
        effects
    }

    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            tone,
        });
    }

    fn key(&mut self, press: KeyPress) -> Vec<Effect> {
        let context = self.context();
        use keymap::Command;
        let command = lookup(context, press);
        match context {
            Context::Input => match command {
                Some(Command::Accept) => self.answer_prompt(),
                Some(Command::Back) => self.cancel_prompt(),
                _ => self.edit_prompt(press),
            },
            Context::Picker => match command {
                Some(Command::Accept) => self.answer_picker(),
                Some(Command::Back) => {
                    self.overlays.pop();
                    Vec::new()
                }
                Some(Command::Down) => self.move_picker(1),
                Some(Command::Up) => self.move_picker(-1),
                Some(Command::Complete) => {
                    if let Some(Overlay::Picker(p)) = self.overlays.last_mut() {
                        p.complete();
                    }
                    if matches!(self.overlays.last(), Some(Overlay::Picker(p)) if p.pick == Pick::Palette)
                    {
                        return self.palette_typed();
                    }
                    Vec::new()
                }
                _ if self.picker_takes_jk(press) => {
                    let down = press.key == key::Key::Char('j');
                    self.move_picker(if down { 1 } else { -1 })
                }
                _ => self.edit_picker(press),
            },
            // A digit in the review starts typing the line's quantity.
            Context::Review if command == Some(Command::TypeQty) => {
                let mut prompt = prompt::Prompt::new(
                    t!(self.locale, "prompt-quantity"),
                    t!(self.locale, "prompt-quantity-hint"),
                    "",
                    prompt::Ask::Quantity,
                );
                prompt.edit(press);
                self.overlays.push(Overlay::Prompt(prompt));
                Vec::new()
            }
            _ => match command {
                Some(command) => self.command(context, command),
                None => Vec::new(),
            },
        }
    }

    fn command(&mut self, context: Context, command: keymap::Command) -> Vec<Effect> {
        match context {
            Context::Confirm => self.answer_confirm(command),
            Context::Popup => self.popup_command(command),
            Context::Review => self.review_command(command),
            _ => self.pane_command(context, command),
        }
    }

    /// `j`/`k` move in a short picker where nobody types.
    fn picker_takes_jk(&self, press: KeyPress) -> bool {
        let jk = !press.ctrl && matches!(press.key, key::Key::Char('j' | 'k'));
        jk && matches!(self.overlays.last(), Some(Overlay::Picker(p)) if p.jk_moves)
    }

    /// A paste goes into whatever is being typed; anywhere else it is a chat to read.
    fn paste(&mut self, text: String) -> Vec<Effect> {
        if let Err(too_large) = check_paste_size(text.len()) {
            self.say(Tone::Bad, too_large.message().in_locale(self.locale));
            return Vec::new();
        }
        match self.overlays.last_mut() {
            Some(Overlay::Prompt(p)) => {
                p.insert(&text);
                Vec::new()
            }
            Some(Overlay::Picker(p)) => {
                p.query.insert(&text);
                p.refilter();
                Vec::new()
            }
            _ if text.trim().is_empty() => {
                self.say(Tone::Info, crate::t!(self.locale, "desk-paste-empty"));
                Vec::new()
            }
            _ => {
                self.say(Tone::Info, crate::t!(self.locale, "desk-paste-reading"));
                vec![Effect::ReadPaste(text)]
            }
        }
    }

    fn popup_command(&mut self, command: keymap::Command) -> Vec<Effect> {
        use keymap::Command;
        match (command, self.overlays.last_mut()) {
            (Command::Back, _) => {
                self.overlays.pop();
            }
            // Scrolls only as far as the help has lines.
            (
                Command::Down,
                Some(Overlay::Help {
                    scroll,
                    under,
                    state,
                }),
            ) => {
                let shown = self.size.1.saturating_sub(5);
                let last = keymap::help_len(*under, *state, self.locale, self.size.0)
                    .saturating_sub(shown as usize);
                *scroll = scroll.saturating_add(3).min(last as u16);
            }
            (Command::Up, Some(Overlay::Help { scroll, .. })) => *scroll = scroll.saturating_sub(3),
            _ => {}
        }
        Vec::new()
    }

    fn load_pane(&self, pane: PaneId) -> Effect {
        match pane {
            PaneId::Orders => self.orders.reload(),
            PaneId::Inventory => self.inventory.reload(),
            PaneId::Customers => self.customers.reload(),
            PaneId::Payments => Effect::LoadPayments,
            PaneId::Today => self.today.load(self.now.naive_local()),
        }
    }

    pub(crate) fn reload_visible(&self) -> Vec<Effect> {
        self.visible_panes()
            .into_iter()
            .map(|p| self.load_pane(p))
            .collect()
    }

    fn reload_open_order(&self) -> Vec<Effect> {
        self.overlays
            .iter()
            .rev()
            .find_map(|o| match o {
                Overlay::Detail(d) => Some(Effect::LoadOrder {
                    number: d.order.number,
                    then: None,
                }),
                _ => None,
            })
            .into_iter()
            .collect()
    }

    fn refresh_product_picker(&mut self) {
        let items: Vec<PickItem> = self
            .catalog
            .iter()
            .map(|p| product_item(p, self.locale))
            .collect();
        for overlay in self.overlays.iter_mut().rev() {
            if let Overlay::Picker(p) = overlay
                && matches!(p.pick, Pick::ReviewProduct { .. })
            {
                p.set_items(items);
                return;
            }
        }
    }

    pub(crate) fn product(&self, sku: &str) -> Option<&Product> {
        self.catalog.iter().find(|p| p.sku == sku)
    }
}

/// A product as a picker line: name and variant, then SKU, price and what is available.
fn product_item(p: &Product, loc: Locale) -> PickItem {
    let money = loc.money(crate::core::money::Money::new(p.price, p.currency));
    let stock = if p.available() <= 0 {
        crate::t!(loc, "desk-sold-out")
    } else {
        crate::t!(loc, "desk-units-left", count = p.available())
    };
    PickItem {
        label: p.display_name(),
        detail: format!("{}  {money}  {stock}  {}", p.sku, p.aliases.join(" ")),
        value: PickValue::Sku(p.sku.clone()),
    }
}
