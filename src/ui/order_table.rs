//! The table of orders the queue shows, shared by every list of orders (the Orders pane, a
//! figure's orders in the Today pane), so they read alike: money right-aligned and whole,
//! long names and items cut with "…", the deadline with its mark.

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use ratatui::layout::Constraint;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, Row};

use super::panes::{money_cell, money_width, width_for};
use super::text::{age, fit, line};
use super::theme::Theme;
use crate::app::rows::QueueRow;
use crate::core::deadline::Due;
use crate::core::i18n::Locale;
use crate::t;

/// From this width the table adds how old each order is and the deadline's day and time.
pub const WIDE: u16 = 100;

/// Below this width (a pane beside another) the total column gives way to the items.
const CRAMPED: u16 = 80;

/// The header, rows and column widths for `rows` in a table `width` columns wide (borders
/// included), in `loc`'s words and money. `marked` says which rows carry the mark that Space
/// sets.
pub fn order_table<'a>(
    rows: &[QueueRow],
    marked: impl Fn(i64) -> bool,
    width: u16,
    now: DateTime<FixedOffset>,
    theme: Theme,
    loc: Locale,
) -> (Row<'a>, Vec<Row<'a>>, Vec<Constraint>) {
    // Narrow, the deadline takes the age's place: what is due matters more than how old.
    let wide = width >= WIDE;
    let totals: Vec<String> = rows.iter().map(|r| loc.money(r.total)).collect();
    let balances: Vec<String> = rows
        .iter()
        .map(|r| {
            if r.balance.minor == 0 {
                "—".to_string()
            } else {
                loc.money(r.balance)
            }
        })
        .collect();
    let dues: Vec<Span<'static>> = rows
        .iter()
        .map(|r| due_cell(r, now.naive_local(), wide, theme, loc))
        .collect();
    let labels: Vec<String> = rows.iter().map(|r| loc.text(r.label.key())).collect();
    let total_w = money_width(&loc.text("column-total"), totals.iter().map(String::as_str));
    let balance_w = money_width(
        &loc.text("column-balance"),
        balances.iter().map(String::as_str),
    );
    // Longer words in another language widen the status and the deadline a little.
    let status_w = width_for(
        &loc.text("column-status"),
        labels.iter().map(String::as_str),
        16,
        20,
    );
    // Narrower than the screen (a pane beside another), the balance says what is owed and
    // the total makes room for the items.
    let cramped = width < CRAMPED;
    let total_w = if cramped { 0 } else { total_w };
    let due_heading = loc.text("column-due");
    let due_cells = dues.iter().map(|s| s.content.as_ref());
    let (age_w, due_w, customer_w) = match (wide, cramped) {
        (true, _) => (
            width_for(&loc.text("column-age"), [], 3, 5),
            width_for(&due_heading, due_cells, 13, 16),
            16,
        ),
        (false, false) => (0, width_for(&due_heading, due_cells, 6, 9), 14),
        (false, true) => (0, width_for(&due_heading, due_cells, 6, 9), 12),
    };
    let columns = 6 + u16::from(wide) + u16::from(!cramped);
    // Items get what is left: at 80 columns that is still about a dozen characters.
    let fixed = 6 + age_w + due_w + customer_w + total_w + balance_w + status_w + (columns - 1) + 2;
    let items_w = width.saturating_sub(fixed).max(8) as usize;
    let body = rows
        .iter()
        .zip(totals)
        .zip(balances)
        .zip(dues)
        .zip(labels)
        .map(|((((r, total), balance), due), label)| {
            let balance_style = if r.balance.minor < 0 {
                theme.warn()
            } else {
                Style::new()
            };
            let mark = if marked(r.number) { "•" } else { "#" };
            let mut cells = vec![Cell::from(format!("{mark}{}", r.number))];
            if wide {
                cells.push(Cell::from(age(r.created_at, now)));
            }
            cells.extend([
                Cell::from(due),
                Cell::from(fit(&line(&r.customer), customer_w as usize)),
                Cell::from(fit(&line(&r.items), items_w)),
            ]);
            if !cramped {
                cells.push(money_cell(total, Style::new()));
            }
            cells.extend([
                money_cell(balance, balance_style),
                Cell::from(Span::styled(label, theme.label(r.label))),
            ]);
            Row::new(cells)
        })
        .collect();
    let mut header = vec![Cell::from("#")];
    let mut widths = vec![Constraint::Length(6)];
    if wide {
        header.push(Cell::from(loc.text("column-age")));
        widths.push(Constraint::Length(age_w));
    }
    header.extend([
        Cell::from(due_heading),
        Cell::from(loc.text("column-customer")),
        Cell::from(loc.text("column-items")),
    ]);
    widths.extend([
        Constraint::Length(due_w),
        Constraint::Max(customer_w),
        Constraint::Fill(1),
    ]);
    if !cramped {
        header.push(money_cell(loc.text("column-total"), Style::new()));
        widths.push(Constraint::Length(total_w));
    }
    header.extend([
        money_cell(loc.text("column-balance"), Style::new()),
        Cell::from(loc.text("column-status")),
    ]);
    widths.extend([Constraint::Length(balance_w), Constraint::Length(status_w)]);
    (Row::new(header).style(theme.header()), body, widths)
}

/// An order's deadline in the queue: "! late" when overdue and "» today" when due today
/// (marks and words, so it reads without colour), the day otherwise. An order whose goods
/// reached the customer (or that was cancelled) shows its day plainly.
fn due_cell(
    r: &QueueRow,
    now: NaiveDateTime,
    wide: bool,
    theme: Theme,
    loc: Locale,
) -> Span<'static> {
    let Some(d) = r.deadline else {
        return Span::raw("");
    };
    let time = d.time_text();
    // Within a week either way the weekday says it best ("Sat 14"); further, the month.
    let day = if (d.date - now.date()).num_days().abs() < 7 {
        loc.weekday_day(d.date)
    } else {
        loc.day_month_name(d.date)
    };
    let with_time = |words: String| match (&time, wide) {
        (Some(t), true) => format!("{words} {t}"),
        _ => words,
    };
    if !r.class.awaits_delivery() {
        return Span::styled(with_time(day), theme.dim());
    }
    let late = t!(loc, "due-late");
    let today = t!(loc, "due-today");
    match d.due(now) {
        Due::Overdue if wide && d.date == now.date() => Span::styled(
            format!("! {late} {}", time.unwrap_or_default()),
            theme.bad(),
        ),
        Due::Overdue if wide => Span::styled(format!("! {late} {day}"), theme.bad()),
        Due::Overdue => Span::styled(format!("! {late}"), theme.bad()),
        Due::Today if wide => Span::styled(with_time(format!("» {today}")), theme.warn()),
        Due::Today => Span::styled(
            match time {
                Some(t) => format!("»{t}"),
                None => format!("»{today}"),
            },
            theme.warn(),
        ),
        Due::Tomorrow => Span::raw(with_time(t!(loc, "due-tomorrow"))),
        Due::Later => Span::raw(with_time(day)),
    }
}
