//! The Today pane: a day (or a week, a month) closed at a glance. What happened in it and
//! what is still open now, one figure a row; Enter lists the orders behind a figure. Every
//! word the pane shows is written here, in one place.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::effect::Effect;
use crate::core::day::{
    DaySummary, Figure, Period, Span, StockNote, Tally, Verifier, minutes_words,
};
use crate::core::money::{Currency, Money};
use crate::core::report::percent;

/// How a figure should catch the eye (a mark and words carry it too, never colour alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attention {
    Plain,
    /// Work waits: claims to verify, money owed, due soon.
    Warn,
    /// Late: overdue deadlines, sold out.
    Bad,
}

/// One row of the pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    /// A heading drawn above the row ("Still open now").
    pub heading: Option<String>,
    pub label: String,
    pub value: String,
    pub figure: Figure,
    pub attention: Attention,
    /// For a bar beside the value: this row's amount and the largest of its kind.
    pub bar: Option<(i64, i64)>,
}

#[derive(Debug, Clone, Default)]
pub struct TodayPane {
    /// The period on screen; None until the pane is first shown (then today).
    pub period: Option<Period>,
    pub summary: Option<Box<DaySummary>>,
    /// The selected figure row.
    pub selected: usize,
}

impl TodayPane {
    /// The period to show: the chosen one, or today.
    pub fn shown(&self, today: NaiveDate) -> Period {
        self.period.unwrap_or_else(|| Period::day(today))
    }

    pub fn load(&self, now: NaiveDateTime) -> Effect {
        Effect::LoadDay {
            period: self.shown(now.date()),
            now,
        }
    }

    /// Moves to `period` and asks for it.
    pub fn go(&mut self, period: Period, now: NaiveDateTime) -> Effect {
        self.period = Some(period);
        self.load(now)
    }

    /// A summary arrived; one for a period no longer shown is dropped.
    pub fn loaded(&mut self, summary: Box<DaySummary>, today: NaiveDate) -> bool {
        if summary.period != self.shown(today) {
            return false;
        }
        self.summary = Some(summary);
        let rows = self.rows().len();
        self.selected = self.selected.min(rows.saturating_sub(1));
        true
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.rows().len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn go_to(&mut self, position: usize) {
        self.selected = position.min(self.rows().len().saturating_sub(1));
    }

    pub fn selected_row(&self) -> Option<FigureRow> {
        self.rows().into_iter().nth(self.selected)
    }

    /// The figure rows of the loaded summary.
    pub fn rows(&self) -> Vec<FigureRow> {
        match &self.summary {
            Some(s) => figure_rows(s),
            None => Vec::new(),
        }
    }
}

/// The pane's title: "Today · Mon 9 Mar 2026", "Week · 2–8 Mar 2026", "March 2026".
pub fn title(period: Period, today: NaiveDate) -> String {
    match period.span() {
        Some(Span::Day) if period.from == today => {
            format!("Today · {}", period.from.format("%a %-d %b %Y"))
        }
        Some(Span::Day) if today.pred_opt() == Some(period.from) => {
            format!("Yesterday · {}", period.from.format("%a %-d %b %Y"))
        }
        Some(Span::Day) => period.from.format("%A %-d %b %Y").to_string(),
        Some(Span::Month) => period.from.format("%B %Y").to_string(),
        Some(Span::Week) if period.from.month() == period.to.month() => format!(
            "Week · {}–{}",
            period.from.format("%-d"),
            period.to.format("%-d %b %Y")
        ),
        Some(Span::Week) => format!(
            "Week · {} – {}",
            period.from.format("%-d %b"),
            period.to.format("%-d %b %Y")
        ),
        _ => format!(
            "{} – {}",
            period.from.format("%-d %b"),
            period.to.format("%-d %b %Y")
        ),
    }
}

/// What `Enter` on a figure opens: its orders, titled.
pub fn orders_title(row: &FigureRow, period: Period) -> String {
    let when = if period.is_day() {
        period.from.format("%a %-d %b").to_string()
    } else {
        format!(
            "{} – {}",
            period.from.format("%-d %b"),
            period.to.format("%-d %b")
        )
    };
    match row.figure {
        Figure::Claims | Figure::Unpaid | Figure::Overdue | Figure::DueNext => {
            row.label.trim().to_string()
        }
        _ => format!("{} · {when}", row.label.trim()),
    }
}

/// Said on the status line when a figure has no orders behind it.
pub fn nothing_behind(row: &FigureRow) -> String {
    format!("no orders behind \"{}\"", row.label.trim())
}

/// Words for the hour charts.
pub const ORDERS_BY_HOUR: &str = "orders by hour";
pub const MONEY_BY_HOUR: &str = "money in by hour";
pub const ORDERS_BY_DAY: &str = "orders by day";
pub const MONEY_BY_DAY: &str = "money in by day";
pub const METHODS: &str = "money in by method";
pub const LOADING: &str = "reading the day…";

fn money(currency: Currency) -> impl Fn(i64) -> String {
    move |minor| Money::new(minor, currency).to_string()
}

/// Every figure: what is still open now (the work left) first, then what happened.
pub fn figure_rows(s: &DaySummary) -> Vec<FigureRow> {
    let m = money(s.currency);
    let mut rows = Vec::new();
    let mut push = |heading: Option<&str>,
                    label: String,
                    value: String,
                    figure: Figure,
                    attention: Attention,
                    bar: Option<(i64, i64)>| {
        rows.push(FigureRow {
            heading: heading.map(str::to_string),
            label,
            value,
            figure,
            attention,
            bar,
        })
    };
    let count = |t: &Tally| t.count.to_string();
    let priced = |t: &Tally, what: &str| {
        let what = if t.count == 1 {
            what.trim_end_matches('s')
        } else {
            what
        };
        format!("{} · {} {what}", m(t.amount), t.count)
    };
    let waiting = |t: &Tally| {
        if t.count > 0 {
            Attention::Warn
        } else {
            Attention::Plain
        }
    };
    push(
        Some("Still open now"),
        "Claims to verify".into(),
        format!("{} · {}", s.claims.count, m(s.claims.amount)),
        Figure::Claims,
        waiting(&s.claims),
        None,
    );
    let oldest = s
        .oldest_unpaid
        .map(|o| format!(" · oldest #{}", o.number))
        .unwrap_or_default();
    push(
        None,
        "Unpaid balances".into(),
        format!("{} · {}{oldest}", s.unpaid.count, m(s.unpaid.amount)),
        Figure::Unpaid,
        waiting(&s.unpaid),
        None,
    );
    push(
        None,
        "Overdue".into(),
        if s.overdue.count > 0 {
            format!("! {}", s.overdue.count)
        } else {
            "0".into()
        },
        Figure::Overdue,
        if s.overdue.count > 0 {
            Attention::Bad
        } else {
            Attention::Plain
        },
        None,
    );
    push(
        None,
        format!("Due {}", s.next_day().format("%a %-d %b")),
        count(&s.due_next),
        Figure::DueNext,
        waiting(&s.due_next),
        None,
    );
    let skus = |notes: &[StockNote]| {
        let mut said: Vec<String> = notes.iter().take(3).map(|n| n.sku.clone()).collect();
        if notes.len() > 3 {
            said.push(format!("+{}", notes.len() - 3));
        }
        match notes.len() {
            0 => "0".to_string(),
            n => format!("{n}: {}", said.join(", ")),
        }
    };
    push(
        None,
        "Low stock".into(),
        skus(&s.low),
        Figure::LowStock,
        if s.low.is_empty() {
            Attention::Plain
        } else {
            Attention::Warn
        },
        None,
    );
    push(
        None,
        "Sold out".into(),
        skus(&s.sold_out),
        Figure::SoldOut,
        if s.sold_out.is_empty() {
            Attention::Plain
        } else {
            Attention::Bad
        },
        None,
    );
    let happened = if s.period.is_day() {
        "What happened"
    } else {
        "What happened in the period"
    };
    push(
        Some(happened),
        "Orders taken".into(),
        format!("{} · {}", s.taken.count, m(s.taken.amount)),
        Figure::Taken,
        Attention::Plain,
        None,
    );
    push(
        None,
        "Confirmed".into(),
        count(&s.confirmed),
        Figure::Confirmed,
        Attention::Plain,
        None,
    );
    push(
        None,
        "Delivered".into(),
        count(&s.delivered),
        Figure::Delivered,
        Attention::Plain,
        None,
    );
    push(
        None,
        "Cancelled".into(),
        count(&s.cancelled),
        Figure::Cancelled,
        Attention::Plain,
        None,
    );
    push(
        None,
        "Money received".into(),
        priced(&s.received, "payments"),
        Figure::Received,
        Attention::Plain,
        None,
    );
    let largest = s.by_method.iter().map(|(_, t)| t.amount).max().unwrap_or(0);
    for (method, t) in &s.by_method {
        push(
            None,
            format!("  {method}"),
            priced(t, "payments"),
            Figure::Method(*method),
            Attention::Plain,
            Some((t.amount, largest)),
        );
    }
    push(
        None,
        "Refunds".into(),
        priced(&s.refunds, "refunds"),
        Figure::Refunds,
        Attention::Plain,
        None,
    );
    for (verifier, t) in &s.verified {
        let who = match verifier {
            Verifier::Person => "Verified by a person",
            Verifier::Provider => "Verified by the provider",
            Verifier::Report => "Verified by a report",
        };
        push(
            None,
            who.into(),
            format!("{} · {}", t.count, m(t.amount)),
            Figure::Verified(*verifier),
            Attention::Plain,
            None,
        );
    }
    let t = &s.paid_time;
    let speed = match (t.median_half_minutes, t.slowest) {
        (Some(half), Some((slowest, number))) => format!(
            "median {} · slowest {} (#{number})",
            minutes_words(half / 2),
            minutes_words(slowest)
        ),
        _ => "no order paid in full yet".into(),
    };
    push(
        None,
        "Order → payment".into(),
        speed,
        Figure::PaidTime,
        Attention::Plain,
        None,
    );
    let within = match t.confirmed {
        0 => "no confirmed orders".into(),
        c => format!("{}% of {c} confirmed", percent(t.within_24h, c)),
    };
    push(
        None,
        "Paid within 24 h".into(),
        within,
        Figure::PaidTime,
        Attention::Plain,
        None,
    );
    rows
}

/// "peak 3 at 14:00", "peak $400.00 on Tue 3": the busiest bar of a chart.
pub fn peak(values: &[i64], period: Period, shown: impl Fn(i64) -> String) -> String {
    let Some((i, max)) = values
        .iter()
        .enumerate()
        .max_by_key(|(i, v)| (**v, std::cmp::Reverse(*i)))
    else {
        return String::new();
    };
    if *max <= 0 {
        return "none".into();
    }
    if period.is_day() {
        format!("peak {} at {i}:00", shown(*max))
    } else {
        let day = period.from + chrono::Days::new(i as u64);
        format!("peak {} on {}", shown(*max), day.format("%a %-d"))
    }
}
