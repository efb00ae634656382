//! Moving around: panes, lists, filters, jumping, help, and the commands that open things.

use super::effect::Effect;
use super::keymap::{Command, Context};
use super::overlay::Overlay;
use super::panes::PaneId;
use super::prompt::{Ask, Prompt};
use super::review::ReviewDraft;
use super::{App, Tone};
use crate::core::day::Period;
use crate::t;

impl App {
    /// A command in a pane or in the order/history view.
    pub(super) fn pane_command(&mut self, context: Context, command: Command) -> Vec<Effect> {
        match command {
            Command::Quit => {
                self.quit = true;
                Vec::new()
            }
            Command::Help => {
                let (under, state) = (self.context(), self.order_state());
                self.overlays.push(Overlay::Help {
                    scroll: 0,
                    under,
                    state,
                });
                Vec::new()
            }
            Command::Back => self.back(),
            Command::NextPane => self.switch(self.pane.next(1)),
            Command::PrevPane => self.switch(self.pane.next(-1)),
            Command::Pane(i) => self.switch(PaneId::ALL[usize::from(i) % PaneId::ALL.len()]),
            Command::Down => self.move_by(context, 1),
            Command::Up => self.move_by(context, -1),
            Command::PageDown => self.move_by(context, self.page()),
            Command::PageUp => self.move_by(context, -self.page()),
            Command::HalfDown => self.move_by(context, (self.page() / 2).max(1)),
            Command::HalfUp => self.move_by(context, -(self.page() / 2).max(1)),
            Command::Top => self.go_to(context, 0),
            Command::Bottom => self.go_to(context, usize::MAX),
            Command::Filter => self.start_filter(),
            Command::Jump => self.open_palette(),
            Command::ToggleDone => {
                self.orders.show_done = !self.orders.show_done;
                let shown = if self.orders.show_done { "yes" } else { "no" };
                let text = t!(self.locale, "desk-done-toggled", shown = shown);
                self.say(Tone::Info, text);
                vec![self.orders.start()]
            }
            Command::NewOrder => vec![Effect::LoadCatalog]
                .into_iter()
                .chain(self.new_order())
                .collect(),
            Command::PasteClipboard => {
                self.say(Tone::Info, t!(self.locale, "desk-reading-clipboard"));
                vec![Effect::ReadClipboard]
            }
            Command::Undo => {
                let Some(group) = self.undo.last().cloned() else {
                    self.say(Tone::Info, t!(self.locale, "desk-nothing-to-undo"));
                    return Vec::new();
                };
                let what = group
                    .iter()
                    .map(|s| super::answer::undo_words(s, self.locale))
                    .collect::<Vec<_>>()
                    .join(", ");
                let effects: Vec<Effect> = group.into_iter().map(Effect::Undo).collect();
                let yes = if effects.len() == 1 {
                    effects
                } else {
                    vec![Effect::Batch(effects)]
                };
                self.overlays
                    .push(Overlay::Confirm(super::overlay::Confirm {
                        question: t!(self.locale, "confirm-undo", what = what),
                        yes,
                        ..Default::default()
                    }));
                Vec::new()
            }
            Command::Export => {
                // In the Today pane, the period on screen; elsewhere, today.
                let today = self.now.date_naive();
                let period = match self.pane {
                    PaneId::Today => self.today.shown(today),
                    _ => Period::day(today),
                };
                self.say(Tone::Info, t!(self.locale, "desk-writing-reports"));
                vec![Effect::Export(period)]
            }
            Command::Today | Command::Earlier | Command::Later | Command::Span => {
                self.day_command(command)
            }
            Command::Open => self.open(context),
            Command::Mark => match (context, self.pane) {
                (Context::Orders, _) => self.orders.toggle_mark().into_iter().collect(),
                (Context::Payments, _) => {
                    if !self.payments.toggle_mark() {
                        let text = t!(self.locale, "flow-only-claims-marked");
                        self.say(Tone::Info, text);
                    }
                    Vec::new()
                }
                _ => Vec::new(),
            },
            other => self.order_command(context, other),
        }
    }

    fn page(&self) -> isize {
        self.size.1.saturating_sub(8).max(1) as isize
    }

    fn switch(&mut self, pane: PaneId) -> Vec<Effect> {
        if !self.overlays.is_empty() {
            return Vec::new();
        }
        self.pane = pane;
        self.reload_visible()
    }

    fn back(&mut self) -> Vec<Effect> {
        if self.overlays.pop().is_some() {
            return Vec::new();
        }
        // In a pane, Esc clears its filter.
        let filter = match self.pane {
            PaneId::Orders => &mut self.orders.filter,
            PaneId::Inventory => &mut self.inventory.filter,
            PaneId::Customers => &mut self.customers.filter,
            PaneId::Payments => &mut self.payments.filter,
            PaneId::Today => return Vec::new(),
        };
        if filter.is_empty() {
            return Vec::new();
        }
        filter.clear();
        self.say(Tone::Info, t!(self.locale, "desk-filter-cleared"));
        vec![self.reset_pane()]
    }

    /// Back to the top of the focused list, reloaded.
    pub(super) fn reset_pane(&mut self) -> Effect {
        match self.pane {
            PaneId::Orders => {
                self.orders.counts_stale = true;
                self.orders.start()
            }
            PaneId::Inventory => {
                self.inventory.cursor.selected = 0;
                self.inventory.load(0)
            }
            PaneId::Customers => {
                self.customers.cursor.selected = 0;
                self.customers.load(0)
            }
            PaneId::Payments => {
                self.payments.selected = 0;
                Effect::LoadPayments
            }
            PaneId::Today => self.today.load(self.now.naive_local()),
        }
    }

    fn move_by(&mut self, context: Context, delta: isize) -> Vec<Effect> {
        if let Some(Overlay::History { history, selected }) = self.overlays.last_mut() {
            *selected = selected
                .saturating_add_signed(delta)
                .min(history.orders.len().saturating_sub(1));
            return Vec::new();
        }
        if let Some(Overlay::Orders(list)) = self.overlays.last_mut() {
            list.selected = list
                .selected
                .saturating_add_signed(delta)
                .min(list.rows.len().saturating_sub(1));
            return Vec::new();
        }
        if context == Context::Detail {
            // The order view scrolls (the screen stops it at its last line).
            if let Some(Overlay::Detail(d)) = self.overlays.last_mut() {
                let to = (d.scroll as isize + delta).clamp(0, 2000);
                d.scroll = to as u16;
            }
            return Vec::new();
        }
        match self.pane {
            PaneId::Orders => self.orders.move_by(delta).into_iter().collect(),
            PaneId::Inventory => self.inventory.move_by(delta).into_iter().collect(),
            PaneId::Customers => self.customers.move_by(delta).into_iter().collect(),
            PaneId::Payments => {
                self.payments.move_by(delta);
                Vec::new()
            }
            PaneId::Today => {
                self.today.move_by(delta);
                Vec::new()
            }
        }
    }

    fn go_to(&mut self, context: Context, position: usize) -> Vec<Effect> {
        if let Some(Overlay::Orders(list)) = self.overlays.last_mut() {
            list.selected = position.min(list.rows.len().saturating_sub(1));
            return Vec::new();
        }
        if context == Context::Detail || context == Context::History {
            return Vec::new();
        }
        match self.pane {
            // Only the ends: the queue's window never needs to know how deep it is.
            PaneId::Orders if position == 0 => self.orders.top().into_iter().collect(),
            PaneId::Orders => self.orders.bottom().into_iter().collect(),
            PaneId::Inventory => self.inventory.go_to(position).into_iter().collect(),
            PaneId::Customers => self.customers.go_to(position).into_iter().collect(),
            PaneId::Payments => {
                self.payments.selected = position.min(self.payments.len().saturating_sub(1));
                Vec::new()
            }
            PaneId::Today => {
                self.today.go_to(position);
                Vec::new()
            }
        }
    }

    fn start_filter(&mut self) -> Vec<Effect> {
        if !self.overlays.is_empty() || self.pane == PaneId::Today {
            return Vec::new();
        }
        let loc = self.locale;
        let (current, hint) = match self.pane {
            PaneId::Orders => (&self.orders.filter, t!(loc, "prompt-filter-orders")),
            PaneId::Inventory => (&self.inventory.filter, t!(loc, "prompt-filter-inventory")),
            PaneId::Payments => (&self.payments.filter, t!(loc, "prompt-filter-payments")),
            PaneId::Customers => (&self.customers.filter, t!(loc, "prompt-filter-customers")),
            PaneId::Today => return Vec::new(),
        };
        let prompt = Prompt::new(
            t!(loc, "prompt-filter", pane = loc.text(self.pane.title())),
            hint,
            current.clone(),
            Ask::Filter(self.pane),
        );
        self.overlays.push(Overlay::Prompt(prompt));
        Vec::new()
    }

    /// Enter on a list row.
    fn open(&mut self, context: Context) -> Vec<Effect> {
        if let Some(Overlay::History { history, selected }) = self.overlays.last() {
            return history
                .orders
                .get(*selected)
                .map(|o| Effect::LoadOrder {
                    number: o.number,
                    then: None,
                })
                .into_iter()
                .collect();
        }
        if let Some(Overlay::Orders(list)) = self.overlays.last() {
            return list
                .rows
                .get(list.selected)
                .map(|o| Effect::LoadOrder {
                    number: o.number,
                    then: None,
                })
                .into_iter()
                .collect();
        }
        match (context, self.pane) {
            (Context::Orders, _) => self
                .orders
                .selected()
                .map(|r| Effect::LoadOrder {
                    number: r.number,
                    then: None,
                })
                .into_iter()
                .collect(),
            (Context::Payments, _) => self
                .payments
                .selected()
                .map(|r| Effect::LoadOrder {
                    number: r.order_number(),
                    then: None,
                })
                .into_iter()
                .collect(),
            (Context::Customers, _) => self
                .customers
                .selected()
                .map(|c| Effect::LoadHistory(c.id))
                .into_iter()
                .collect(),
            (Context::Today, _) => self.open_figure(),
            _ => Vec::new(),
        }
    }

    /// `n`: an empty review to fill by hand: the customer first, then products.
    fn new_order(&mut self) -> Vec<Effect> {
        self.drafts_ready(vec![ReviewDraft::empty()])
    }
}
