//! The Today pane: a day (or a week, a month) closed at a glance. What happened in it and
//! what is still open now, one figure a row; Enter lists the orders behind a figure. Every
//! word the pane shows is written here, in one place.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::effect::Effect;
use crate::core::day::{DaySummary, Figure, Period, Span, StockNote, Tally};
use crate::core::i18n::{Locale, id};
use crate::core::money::Money;
use crate::core::report::percent_tenths;
use crate::t;

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
    /// The staff's language: the figures' words.
    pub locale: Locale,
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
            Some(s) => figure_rows(s, self.locale),
            None => Vec::new(),
        }
    }
}

/// The pane's title: "Today · Mon 9 Mar 2026", "Week · 2 Mar – 8 Mar 2026", "March 2026".
pub fn title(period: Period, today: NaiveDate, loc: Locale) -> String {
    match period.span() {
        Some(Span::Day) if period.from == today => {
            t!(
                loc,
                "today-title-today",
                day = loc.day_name_year(period.from)
            )
        }
        Some(Span::Day) if today.pred_opt() == Some(period.from) => t!(
            loc,
            "today-title-yesterday",
            day = loc.day_name_year(period.from)
        ),
        Some(Span::Day) => loc.day_name_year(period.from),
        Some(Span::Month) => t!(
            loc,
            "today-title-month",
            month = loc.message(
                "month-long",
                &[("month", i64::from(period.from.month()).into())]
            ),
            year = period.from.year().to_string()
        ),
        Some(Span::Week) => t!(loc, "today-title-week", days = days(period, loc)),
        _ => days(period, loc),
    }
}

/// "2–8 Mar 2026", "23 Feb – 1 Mar 2026": a stretch of days by their names, the year at
/// the end.
fn days(period: Period, loc: Locale) -> String {
    if period.from.month() == period.to.month() && period.from.year() == period.to.year() {
        return t!(
            loc,
            "today-days-one-month",
            from = i64::from(period.from.day()),
            to = loc.day_month_name(period.to),
            year = period.to.year().to_string()
        );
    }
    t!(
        loc,
        "today-days",
        from = loc.day_month_name(period.from),
        to = loc.day_month_name(period.to),
        year = period.to.year().to_string()
    )
}

/// What `Enter` on a figure opens: its orders, titled.
pub fn orders_title(row: &FigureRow, period: Period, loc: Locale) -> String {
    let when = if period.is_day() {
        loc.day_name(period.from)
    } else {
        t!(
            loc,
            "today-days-short",
            from = loc.day_month_name(period.from),
            to = loc.day_month_name(period.to)
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
pub fn nothing_behind(row: &FigureRow, loc: Locale) -> String {
    t!(loc, "today-nothing-behind", figure = row.label.trim())
}

/// The words of the charts, by their catalog keys.
pub const ORDERS_BY_HOUR: &str = "today-orders-by-hour";
pub const MONEY_BY_HOUR: &str = "today-money-by-hour";
pub const ORDERS_BY_DAY: &str = "today-orders-by-day";
pub const MONEY_BY_DAY: &str = "today-money-by-day";
pub const METHODS: &str = "today-money-by-method";
pub const LOADING: &str = "today-loading";

/// Every figure: what is still open now (the work left) first, then what happened.
pub fn figure_rows(s: &DaySummary, loc: Locale) -> Vec<FigureRow> {
    let m = |minor: i64| loc.money(Money::new(minor, s.currency));
    let mut rows = Vec::new();
    let mut push = |heading: Option<String>,
                    label: String,
                    value: String,
                    figure: Figure,
                    attention: Attention,
                    bar: Option<(i64, i64)>| {
        rows.push(FigureRow {
            heading,
            label,
            value,
            figure,
            attention,
            bar,
        })
    };
    let count = |t: &Tally| loc.number(t.count);
    let priced = |t: &Tally, key: &str| {
        let what = loc.message(key, &[("count", t.count.into())]);
        format!("{} · {what}", m(t.amount))
    };
    let tallied = |t: &Tally| format!("{} · {}", loc.number(t.count), m(t.amount));
    let waiting = |t: &Tally| {
        if t.count > 0 {
            Attention::Warn
        } else {
            Attention::Plain
        }
    };
    push(
        Some(t!(loc, "today-open-now")),
        t!(loc, "today-claims"),
        tallied(&s.claims),
        Figure::Claims,
        waiting(&s.claims),
        None,
    );
    let oldest = s
        .oldest_unpaid
        .map(|o| t!(loc, "today-oldest", number = id(o.number)))
        .unwrap_or_default();
    push(
        None,
        t!(loc, "today-unpaid"),
        format!("{}{oldest}", tallied(&s.unpaid)),
        Figure::Unpaid,
        waiting(&s.unpaid),
        None,
    );
    push(
        None,
        t!(loc, "today-overdue"),
        if s.overdue.count > 0 {
            format!("! {}", loc.number(s.overdue.count))
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
        t!(loc, "today-due", day = loc.day_name(s.next_day())),
        count(&s.due_next),
        Figure::DueNext,
        waiting(&s.due_next),
        None,
    );
    let skus = |notes: &[StockNote]| {
        let mut said: Vec<String> = notes.iter().take(3).map(|n| n.sku.clone()).collect();
        if notes.len() > 3 {
            said.push(format!("+{}", loc.number(notes.len() as i64 - 3)));
        }
        match notes.len() {
            0 => "0".to_string(),
            n => format!("{}: {}", loc.number(n as i64), said.join(", ")),
        }
    };
    push(
        None,
        t!(loc, "today-low-stock"),
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
        t!(loc, "today-sold-out"),
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
        t!(loc, "today-happened")
    } else {
        t!(loc, "today-happened-period")
    };
    push(
        Some(happened),
        t!(loc, "today-taken"),
        tallied(&s.taken),
        Figure::Taken,
        Attention::Plain,
        None,
    );
    push(
        None,
        t!(loc, "today-confirmed"),
        count(&s.confirmed),
        Figure::Confirmed,
        Attention::Plain,
        None,
    );
    push(
        None,
        t!(loc, "today-delivered"),
        count(&s.delivered),
        Figure::Delivered,
        Attention::Plain,
        None,
    );
    push(
        None,
        t!(loc, "today-cancelled"),
        count(&s.cancelled),
        Figure::Cancelled,
        Attention::Plain,
        None,
    );
    push(
        None,
        t!(loc, "today-received"),
        priced(&s.received, "today-payments"),
        Figure::Received,
        Attention::Plain,
        None,
    );
    let largest = s.by_method.iter().map(|(_, t)| t.amount).max().unwrap_or(0);
    for (method, t) in &s.by_method {
        push(
            None,
            format!("  {}", loc.text(method.key())),
            priced(t, "today-payments"),
            Figure::Method(*method),
            Attention::Plain,
            Some((t.amount, largest)),
        );
    }
    push(
        None,
        t!(loc, "today-refunds"),
        priced(&s.refunds, "today-refund-count"),
        Figure::Refunds,
        Attention::Plain,
        None,
    );
    for (verifier, t) in &s.verified {
        push(
            None,
            t!(loc, "today-verified-by", who = verifier.as_str()),
            tallied(t),
            Figure::Verified(*verifier),
            Attention::Plain,
            None,
        );
    }
    let t = &s.paid_time;
    let speed = match (t.median_half_minutes, t.slowest) {
        (Some(half), Some((slowest, number))) => t!(
            loc,
            "today-speed",
            median = loc.minutes(half / 2),
            slowest = loc.minutes(slowest),
            number = id(number)
        ),
        _ => t!(loc, "today-none-paid"),
    };
    push(
        None,
        t!(loc, "today-order-to-payment"),
        speed,
        Figure::PaidTime,
        Attention::Plain,
        None,
    );
    let within = match t.confirmed {
        0 => t!(loc, "today-no-confirmed"),
        c => t!(
            loc,
            "today-share-confirmed",
            share = loc.percent(percent_tenths(t.within_24h, c)),
            count = c
        ),
    };
    push(
        None,
        t!(loc, "today-paid-within-24h"),
        within,
        Figure::PaidTime,
        Attention::Plain,
        None,
    );
    rows
}

/// "peak 3 at 14:00", "peak $400.00 on Tue 3": the busiest bar of a chart.
pub fn peak(values: &[i64], period: Period, shown: impl Fn(i64) -> String, loc: Locale) -> String {
    let Some((i, max)) = values
        .iter()
        .enumerate()
        .max_by_key(|(i, v)| (**v, std::cmp::Reverse(*i)))
    else {
        return String::new();
    };
    if *max <= 0 {
        return t!(loc, "today-peak-none");
    }
    if period.is_day() {
        t!(
            loc,
            "today-peak-hour",
            value = shown(*max),
            hour = format!("{i}:00")
        )
    } else {
        let day = period.from + chrono::Days::new(i as u64);
        t!(
            loc,
            "today-peak-day",
            value = shown(*max),
            day = loc.weekday_day(day)
        )
    }
}
