//! The four list panes as tables, each showing its loaded window around the selection.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};

use super::order_table::order_table;
use super::text::{age, fit, line, plural};
use super::theme::Theme;
use crate::app::App;
use crate::app::list::Paged;
use crate::app::panes::PaneId;
use crate::app::payments::PaymentItem;
use crate::core::customer::display_phone;
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
    window(cursor.local(), cursor.loaded, height)
}

/// The rows of a window of `loaded` rows to draw in `height` lines, the selection (if any)
/// kept in the middle where it can be; and where it is among them.
fn window(
    selected: Option<usize>,
    loaded: usize,
    height: usize,
) -> (std::ops::Range<usize>, Option<usize>) {
    let Some(sel) = selected else {
        return (0..loaded.min(height), None);
    };
    let start = sel
        .saturating_sub(height.saturating_sub(1) / 2)
        .min(loaded.saturating_sub(height));
    let end = (start + height).min(loaded);
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

/// Money in a table: right-aligned, so the digits line up; never cut (see `money_width`).
pub(super) fn money_cell<'a>(text: String, style: Style) -> Cell<'a> {
    Cell::from(Line::styled(text, style).right_aligned())
}

/// A money column as wide as its widest value (and its header): "-R$ 9.883,00" whole.
pub(super) fn money_width<'a>(header: &str, values: impl Iterator<Item = &'a str>) -> u16 {
    values
        .map(|v| v.chars().count())
        .chain([header.chars().count(), 6])
        .max()
        .unwrap_or(6) as u16
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
    let marked = if p.marked.is_empty() {
        String::new()
    } else {
        format!(" · {} marked", p.marked.len())
    };
    // What is pressing, in marks and words as well as colour.
    let mut pressing = String::new();
    if p.overdue > 0 {
        pressing.push_str(&format!(" · ! {} overdue", p.overdue));
    }
    if p.due_today > 0 {
        pressing.push_str(&format!(" · » {} due today", p.due_today));
    }
    // A filter's count runs in the background (a scan of every order); meanwhile the
    // window is on screen already.
    let shown = match p.counted_total() {
        Some(n) => n.to_string(),
        None => "counting…".to_string(),
    };
    let title = format!(" Orders · {shown} · most urgent first{pressing}{filter}{done}{marked} ");
    let block = block(title, focused, theme);
    if p.rows.is_empty() {
        let message = if p.filter.is_empty() {
            "No open orders. Paste a customer's WhatsApp messages here, or press n for a new order."
        } else {
            "No order matches the filter (Esc clears it)."
        };
        return empty(frame, area, block, message, theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = window(Some(p.selected), p.rows.len(), height);
    let (header, rows, widths) =
        order_table(&p.rows[range], |n| p.is_marked(n), area.width, now, theme);
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, selected, focused);
}

fn inventory(frame: &mut Frame, area: Rect, app: &App, focused: bool, theme: Theme) {
    let p = &app.inventory;
    let filter = filter_note(&p.filter);
    let block = block(
        format!(
            " Inventory · {}{filter} ",
            plural(p.cursor.total as i64, "SKU")
        ),
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
            ("", Style::new())
        };
        // "Tinted Lip Balm · “bálsamo”": what customers call it, learned in the review.
        let learned: Vec<String> = p.learned_for(&r.sku).map(|a| format!("“{a}”")).collect();
        let name = if learned.is_empty() {
            Line::from(line(&r.name))
        } else {
            Line::from(vec![
                Span::raw(format!("{} · ", line(&r.name))),
                Span::styled(line(&learned.join(" ")), theme.dim()),
            ])
        };
        Row::new(vec![
            Cell::from(line(&r.sku)),
            Cell::from(name),
            Cell::from(line(&r.variant)),
            Cell::from(Line::from(r.on_hand.to_string()).right_aligned()),
            Cell::from(Line::from(r.reserved.to_string()).right_aligned()),
            Cell::from(Line::styled(available.to_string(), style).right_aligned()),
            money_cell(Money::new(r.price, r.currency).to_string(), Style::new()),
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
            money_cell(c.open_balance.to_string(), theme.warn())
        } else {
            money_cell("—".into(), Style::new())
        };
        Row::new(vec![
            Cell::from(line(&c.name)),
            Cell::from(c.phone.as_deref().map(display_phone).unwrap_or_default()),
            Cell::from(Line::from(c.orders.to_string()).right_aligned()),
            money_cell(c.lifetime_value.to_string(), Style::new()),
            owes,
            Cell::from(c.last_order_at.map(|at| age(at, now)).unwrap_or_default()),
        ])
    });
    let header =
        Row::new(["name", "phone", "orders", "lifetime", "owes", "last"]).style(theme.header());
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(17),
        Constraint::Length(6),
        Constraint::Length(13),
        Constraint::Length(13),
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
        " Payments · {} · {} due · {} to review{}{} ",
        plural(p.page.claims.len() as i64, "claim"),
        plural(p.page.reminders.len() as i64, "reminder"),
        p.page.reviews.len(),
        filter_note(&p.filter),
        if p.marked.is_empty() {
            String::new()
        } else {
            format!(" · {} marked", p.marked.len())
        }
    );
    let block = block(title, focused, theme);
    if p.is_empty() {
        let message = if p.filter.is_empty() {
            "No payments or links yet."
        } else {
            "No payment matches the filter (Esc clears it)."
        };
        return empty(frame, area, block, message, theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let start = p
        .selected
        .saturating_sub(height.saturating_sub(1) / 2)
        .min(p.len().saturating_sub(height));
    // The amount column is as wide as the widest amount shown.
    let amount_w = money_width(
        "amount",
        p.items()
            .skip(start)
            .take(height)
            .map(|item| match item {
                PaymentItem::Claim(r) | PaymentItem::Payment(r) => {
                    Money::new(r.payment.amount, r.payment.currency).to_string()
                }
                PaymentItem::Reminder(r) => r.balance.to_string(),
                PaymentItem::Review(r) | PaymentItem::Link(r) => r.amount.to_string(),
            })
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
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
        let mark = if item.mark().is_some_and(|m| p.marked.contains(&m)) {
            "•"
        } else {
            "#"
        };
        Row::new(vec![
            Cell::from(when),
            Cell::from(format!("{mark}{number}")),
            Cell::from(fit(&line(customer), 18)),
            money_cell(amount, Style::new()),
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
        Constraint::Length(amount_w),
        Constraint::Length(11),
        Constraint::Length(15),
        Constraint::Fill(1),
    ];
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, Some(p.selected - start), focused);
}
