//! The four list panes as tables, each showing its loaded window around the selection.

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::text::{age, fit, line};
use super::theme::Theme;
use crate::app::App;
use crate::app::list::Paged;
use crate::app::panes::PaneId;
use crate::app::payments::PaymentItem;
use crate::app::rows::QueueRow;
use crate::core::deadline::Due;
use crate::core::money::Money;
use crate::core::payment::{PaymentKind, PaymentState, short_id};

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    pane: PaneId,
    focused: bool,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    match pane {
        PaneId::Orders => orders(frame, area, app, focused, theme, now),
        PaneId::Inventory => inventory(frame, area, app, focused, theme),
        PaneId::Customers => customers(frame, area, app, focused, theme, now),
        PaneId::Payments => payments(frame, area, app, focused, theme, now),
        PaneId::Today => super::today::draw(frame, area, app, focused, theme, now),
    }
}

fn block(title: String, focused: bool, theme: Theme) -> Block<'static> {
    let style = if focused { theme.title() } else { theme.dim() };
    Block::bordered()
        .title(Span::styled(title, style))
        .border_style(if focused { theme.title() } else { theme.dim() })
}

/// Which loaded rows to draw so the selection stays on screen, and where it is among them.
fn visible(cursor: &Paged, height: usize) -> (std::ops::Range<usize>, Option<usize>) {
    let Some(sel) = cursor.local() else {
        return (0..cursor.loaded.min(height), None);
    };
    let start = sel
        .saturating_sub(height.saturating_sub(1) / 2)
        .min(cursor.loaded.saturating_sub(height));
    let end = (start + height).min(cursor.loaded);
    (start..end, Some(sel - start))
}

/// A pane's table: header, borders, the selected row reversed.
fn list_table<'a>(
    rows: impl IntoIterator<Item = Row<'a>>,
    header: Row<'a>,
    widths: &[Constraint],
    block: Block<'a>,
    theme: Theme,
) -> Table<'a> {
    Table::new(rows, widths.iter().copied())
        .header(header)
        .block(block)
        .row_highlight_style(theme.selected())
        .column_spacing(1)
}

fn render_table(
    frame: &mut Frame,
    area: Rect,
    table: Table,
    selected: Option<usize>,
    focused: bool,
) {
    let mut state = TableState::default().with_selected(if focused { selected } else { None });
    frame.render_stateful_widget(table, area, &mut state);
}

fn empty(frame: &mut Frame, area: Rect, block: Block, message: &str, theme: Theme) {
    frame.render_widget(
        Paragraph::new(Line::styled(message.to_string(), theme.dim())).block(block),
        area,
    );
}

/// " · filter "mei"" after a pane's title while a filter is on.
fn filter_note(filter: &str) -> String {
    if filter.is_empty() {
        String::new()
    } else {
        format!(" · filter \"{}\"", line(filter))
    }
}

fn orders(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    focused: bool,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    let p = &app.orders;
    let filter = filter_note(&p.filter);
    let done = if p.show_done {
        " · with delivered & cancelled"
    } else {
        ""
    };
    // What is pressing, in marks and words as well as colour.
    let mut pressing = String::new();
    if p.overdue > 0 {
        pressing.push_str(&format!(" · ! {} overdue", p.overdue));
    }
    if p.due_today > 0 {
        pressing.push_str(&format!(" · • {} due today", p.due_today));
    }
    let title = format!(
        " Orders · {} · most urgent first{pressing}{filter}{done} ",
        p.shown()
    );
    let block = block(title, focused, theme);
    if p.rows.is_empty() {
        let message = if p.filter.is_empty() {
            "No open orders. Paste a customer's WhatsApp messages here, or press n for a new order."
        } else {
            "No order matches the filter (Esc clears it)."
        };
        return empty(frame, area, block, message, theme);
    }
    // Narrow, the deadline takes the age's place: what is due matters more than how old.
    let wide = area.width >= 100;
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let rows = p.rows[range].iter().map(|r| {
        let mut cells = vec![Cell::from(format!("#{}", r.number))];
        if wide {
            cells.push(Cell::from(age(r.created_at, now)));
        }
        cells.push(Cell::from(due_cell(r, now.naive_local(), wide, theme)));
        cells.extend([
            Cell::from(line(&r.customer)),
            Cell::from(line(&r.items)),
            Cell::from(r.total.to_string()),
            Cell::from(if r.balance.minor == 0 {
                "—".to_string()
            } else {
                r.balance.to_string()
            }),
            Cell::from(Span::styled(r.label.words(), theme.label(r.label))),
        ]);
        Row::new(cells)
    });
    let mut header = vec!["#"];
    let mut widths = vec![Constraint::Length(6)];
    if wide {
        header.push("age");
        widths.push(Constraint::Length(3));
    }
    header.extend(["due", "customer", "items", "total", "balance", "status"]);
    // Items get what is left: at 80 columns that is still about ten characters.
    widths.extend([
        Constraint::Length(if wide { 13 } else { 6 }),
        Constraint::Max(if wide { 16 } else { 14 }),
        Constraint::Fill(1),
        Constraint::Length(10),
        Constraint::Length(10),
        Constraint::Length(16),
    ]);
    let header = Row::new(header).style(theme.header());
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, selected, focused);
}

/// An order's deadline in the queue: "! late" when overdue and "• today" when due today
/// (marks and words, so it reads without colour), the day otherwise. An order whose goods
/// reached the customer (or that was cancelled) shows its day plainly.
pub(super) fn due_cell(
    r: &QueueRow,
    now: NaiveDateTime,
    wide: bool,
    theme: Theme,
) -> Span<'static> {
    let Some(d) = r.deadline else {
        return Span::raw("");
    };
    let time = d.time.map(|t| t.format("%H:%M").to_string());
    // Within a week either way the weekday says it best ("Sat 14"); further, the month.
    let day = if (d.date - now.date()).num_days().abs() < 7 {
        d.date.format("%a %-d").to_string()
    } else {
        d.date.format("%-d %b").to_string()
    };
    let with_time = |words: String| match (&time, wide) {
        (Some(t), true) => format!("{words} {t}"),
        _ => words,
    };
    if !r.class.awaits_delivery() {
        return Span::styled(with_time(day), theme.dim());
    }
    match d.due(now) {
        Due::Overdue if wide && d.date == now.date() => {
            Span::styled(format!("! late {}", time.unwrap_or_default()), theme.bad())
        }
        Due::Overdue if wide => Span::styled(format!("! late {day}"), theme.bad()),
        Due::Overdue => Span::styled("! late", theme.bad()),
        Due::Today if wide => Span::styled(with_time("• today".into()), theme.warn()),
        Due::Today => Span::styled(
            match time {
                Some(t) => format!("•{t}"),
                None => "•today".into(),
            },
            theme.warn(),
        ),
        Due::Tomorrow => Span::raw(with_time("tmrw".into())),
        Due::Later => Span::raw(with_time(day)),
    }
}

fn inventory(frame: &mut Frame, area: Rect, app: &App, focused: bool, theme: Theme) {
    let p = &app.inventory;
    let filter = filter_note(&p.filter);
    let block = block(
        format!(" Inventory · {} SKUs{filter} ", p.cursor.total),
        focused,
        theme,
    );
    if p.rows.is_empty() {
        return empty(
            frame,
            area,
            block,
            "No products. Import a catalog: orderdesk catalog import FILE.csv",
            theme,
        );
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let rows = p.rows[range].iter().map(|r| {
        let available = r.available();
        let (mark, style) = if available <= 0 {
            ("sold out", theme.bad())
        } else if r.is_low() {
            ("! low", theme.warn())
        } else {
            ("", ratatui::style::Style::new())
        };
        Row::new(vec![
            Cell::from(line(&r.sku)),
            Cell::from(line(&r.name)),
            Cell::from(line(&r.variant)),
            Cell::from(r.on_hand.to_string()),
            Cell::from(r.reserved.to_string()),
            Cell::from(Span::styled(available.to_string(), style)),
            Cell::from(Money::new(r.price, r.currency).to_string()),
            Cell::from(Span::styled(mark, style)),
        ])
    });
    let header = Row::new([
        "SKU", "product", "variant", "stock", "held", "free", "price", "",
    ])
    .style(theme.header());
    let widths = [
        Constraint::Max(14),
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(10),
        Constraint::Length(8),
    ];
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, selected, focused);
}

fn customers(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    focused: bool,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    let p = &app.customers;
    let filter = filter_note(&p.filter);
    let block = block(
        format!(" Customers · {}{filter} ", p.cursor.total),
        focused,
        theme,
    );
    if p.rows.is_empty() {
        return empty(
            frame,
            area,
            block,
            "No customers yet: they are added with their first order.",
            theme,
        );
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let rows = p.rows[range].iter().map(|c| {
        let owes = if c.open_balance.minor > 0 {
            Span::styled(c.open_balance.to_string(), theme.warn())
        } else {
            Span::raw("—")
        };
        Row::new(vec![
            Cell::from(line(&c.name)),
            Cell::from(c.phone.clone().unwrap_or_default()),
            Cell::from(c.orders.to_string()),
            Cell::from(c.lifetime_value.to_string()),
            Cell::from(owes),
            Cell::from(c.last_order_at.map(|at| age(at, now)).unwrap_or_default()),
        ])
    });
    let header =
        Row::new(["name", "phone", "orders", "lifetime", "owes", "last"]).style(theme.header());
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(16),
        Constraint::Length(6),
        Constraint::Length(13),
        Constraint::Length(12),
        Constraint::Length(5),
    ];
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, selected, focused);
}

fn payments(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    focused: bool,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    let p = &app.payments;
    let title = format!(
        " Payments · {} claims · {} reminders due · {} to review ",
        p.page.claims.len(),
        p.page.reminders.len(),
        p.page.reviews.len()
    );
    let block = block(title, focused, theme);
    if p.is_empty() {
        return empty(frame, area, block, "No payments or links yet.", theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let start = p
        .selected
        .saturating_sub(height.saturating_sub(1) / 2)
        .min(p.len().saturating_sub(height));
    let rows = p.items().skip(start).take(height).map(|item| {
        let (when, amount, what, state, detail) = match item {
            PaymentItem::Claim(r) | PaymentItem::Payment(r) => {
                let pay = &r.payment;
                let state = match (pay.kind, pay.state) {
                    (PaymentKind::Refund, _) => Span::styled("↩ refund", theme.warn()),
                    (_, PaymentState::Claimed) => Span::styled("? claimed", theme.warn()),
                    (_, PaymentState::Verified) => Span::styled("✓ verified", theme.good()),
                    (_, PaymentState::Rejected) => Span::styled("✗ rejected", theme.bad()),
                };
                let reference = line(pay.reference.as_deref().unwrap_or(""));
                (
                    age(pay.created_at, now),
                    Money::new(pay.amount, pay.currency).to_string(),
                    pay.method.as_str().to_string(),
                    state,
                    format!("{} {reference}", short_id(pay.id)),
                )
            }
            PaymentItem::Reminder(r) => (
                age(r.due_at, now),
                r.balance.to_string(),
                format!("remind {}/{}", r.step, r.steps),
                Span::styled(
                    if r.last {
                        "! last reminder"
                    } else {
                        "reminder due"
                    },
                    theme.warn(),
                ),
                "y copies it".to_string(),
            ),
            PaymentItem::Review(r) => (
                String::new(),
                r.amount.to_string(),
                r.provider.to_string(),
                Span::styled("! review", theme.bad()),
                line(&r.note),
            ),
            PaymentItem::Link(r) => (
                String::new(),
                r.amount.to_string(),
                r.provider.to_string(),
                Span::raw("link sent"),
                format!(
                    "until {}",
                    r.expires_at
                        .with_timezone(now.offset())
                        .format("%b %-d %H:%M")
                ),
            ),
        };
        let (number, customer) = match item {
            PaymentItem::Claim(r) | PaymentItem::Payment(r) => {
                (r.order_number, r.customer.as_str())
            }
            PaymentItem::Reminder(r) => (r.order_number, r.customer.as_str()),
            PaymentItem::Review(r) | PaymentItem::Link(r) => (r.order_number, r.customer.as_str()),
        };
        Row::new(vec![
            Cell::from(when),
            Cell::from(format!("#{number}")),
            Cell::from(fit(&line(customer), 18)),
            Cell::from(amount),
            Cell::from(what),
            Cell::from(state),
            Cell::from(detail),
        ])
    });
    let header = Row::new([
        "age",
        "order",
        "customer",
        "amount",
        "how",
        "state",
        "id / ref / note",
    ])
    .style(theme.header());
    let widths = [
        Constraint::Length(3),
        Constraint::Length(6),
        Constraint::Max(18),
        Constraint::Length(10),
        Constraint::Length(11),
        Constraint::Length(15),
        Constraint::Fill(1),
    ];
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, Some(p.selected - start), focused);
}
