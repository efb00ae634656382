//! Keys in the Today pane: moving through days, weeks and months, and opening the orders
//! behind a figure.

use super::effect::Effect;
use super::keymap::Command;
use super::panes::PaneId;
use super::today::{nothing_behind, orders_title};
use super::{App, Tone};
use crate::core::day::{Figure, Period};

/// How many of a figure's orders one list shows (the figure says how many there are).
pub const LISTED: usize = 200;

impl App {
    /// `T`, `[`, `]` (and Shift-←/→), `v`.
    pub(super) fn day_command(&mut self, command: Command) -> Vec<Effect> {
        let now = self.now.naive_local();
        let today = now.date();
        let shown = self.today.shown(today);
        let span = shown.span().unwrap_or_default();
        let period = match command {
            Command::Today => Period::of(span, today),
            Command::Earlier => shown.shifted(-1),
            Command::Later => shown.shifted(1),
            Command::Span => {
                // The new span holds today when the old one did, else where the old one began.
                let anchor = if shown.contains(today) {
                    today
                } else {
                    shown.from
                };
                Period::of(span.next(), anchor)
            }
            _ => return Vec::new(),
        };
        if period == shown && self.today.summary.is_some() {
            return Vec::new();
        }
        vec![self.today.go(period, now)]
    }

    /// Enter on a figure: the orders behind it; the stock figures open the Inventory pane.
    pub(super) fn open_figure(&mut self) -> Vec<Effect> {
        let (Some(row), Some(summary)) = (self.today.selected_row(), self.today.summary.as_ref())
        else {
            return Vec::new();
        };
        if matches!(row.figure, Figure::LowStock | Figure::SoldOut) {
            let text = crate::t!(self.locale, "today-stock-in-inventory");
            self.say(Tone::Info, text);
            self.pane = PaneId::Inventory;
            return self.reload_visible();
        }
        let numbers = summary.orders(row.figure);
        if numbers.is_empty() {
            self.say(Tone::Info, nothing_behind(&row, self.locale));
            return Vec::new();
        }
        vec![Effect::LoadOrders {
            title: orders_title(&row, summary.period, self.locale),
            numbers: numbers.iter().take(LISTED).copied().collect(),
            total: numbers.len(),
        }]
    }
}
