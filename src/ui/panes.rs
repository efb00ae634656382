//! The four list panes as tables, each showing its loaded window around the selection.

use chrono::{DateTime, FixedOffset};
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
use crate::core::i18n::Locale;
use crate::core::money::Money;
use crate::core::payment::{PaymentKind, PaymentState, short_id};
use crate::t;

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
fn filter_note(filter: &str, loc: Locale) -> String {
    if filter.is_empty() {
        String::new()
    } else {
        t!(loc, "pane-filter-note", filter = line(filter))
    }
}

/// A column as wide as its heading and the widest of `cells` need, within `least..=most`:
/// longer words in another language widen it instead of being cut.
fn width_for<'a>(
    heading: &str,
    cells: impl IntoIterator<Item = &'a str>,
    least: u16,
    most: u16,
) -> u16 {
    let widest = cells
        .into_iter()
        .map(|c| c.chars().count())
        .chain([heading.chars().count()])
        .max()
        .unwrap_or(0);
    (widest as u16).clamp(least, most)
}

/// A header row from catalog keys ("" for a column without a heading).
fn header<'a>(keys: &[&str], loc: Locale, theme: Theme) -> Row<'a> {
    Row::new(
        keys.iter()
            .map(|k| {
                if k.contains('-') {
                    loc.text(k)
                } else {
                    k.to_string()
                }
            })
            .collect::<Vec<_>>(),
    )
    .style(theme.header())
}

/// How a payment reads in a list: a mark and the word for its state.
fn payment_state(
    kind: PaymentKind,
    state: PaymentState,
    loc: Locale,
    theme: Theme,
) -> Span<'static> {
    let (mark, word, style) = match (kind, state) {
        (PaymentKind::Refund, _) => ("↩", kind.key(), theme.warn()),
        (_, PaymentState::Claimed) => ("?", state.key(), theme.warn()),
        (_, PaymentState::Verified) => ("✓", state.key(), theme.good()),
        (_, PaymentState::Rejected) => ("✗", state.key(), theme.bad()),
    };
    Span::styled(format!("{mark} {}", loc.text(word)), style)
}

fn orders(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    focused: bool,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    let loc = app.locale;
    let p = &app.orders;
    let filter = filter_note(&p.filter, loc);
    let title = t!(
        loc,
        "pane-orders-title",
        count = p.shown(),
        filter = filter,
        done = if p.show_done { "yes" } else { "no" }
    );
    let block = block(format!(" {title} "), focused, theme);
    if p.rows.is_empty() {
        let message = if p.filter.is_empty() {
            t!(loc, "pane-orders-empty")
        } else {
            t!(loc, "pane-orders-no-match")
        };
        return empty(frame, area, block, &message, theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let labels: Vec<String> = p.rows[range.clone()]
        .iter()
        .map(|r| loc.text(r.label.key()))
        .collect();
    let status_width = width_for(
        &loc.text("column-status"),
        labels.iter().map(String::as_str),
        16,
        20,
    );
    // "R$ 1.317,50" is two wider than "$1,317.50": money columns take what they show.
    let money: Vec<String> = p.rows[range.clone()]
        .iter()
        .flat_map(|r| [loc.money(r.total), loc.money(r.balance)])
        .collect();
    let money_width = width_for("", money.iter().map(String::as_str), 10, 14);
    let rows = p.rows[range].iter().map(|r| {
        Row::new(vec![
            Cell::from(format!("#{}", r.number)),
            Cell::from(age(r.created_at, now)),
            Cell::from(line(&r.customer)),
            Cell::from(line(&r.items)),
            Cell::from(loc.money(r.total)),
            Cell::from(if r.balance.minor == 0 {
                "—".to_string()
            } else {
                loc.money(r.balance)
            }),
            Cell::from(Span::styled(loc.text(r.label.key()), theme.label(r.label))),
        ])
    });
    let header = header(
        &[
            "#",
            "column-age",
            "column-customer",
            "column-items",
            "column-total",
            "column-balance",
            "column-status",
        ],
        loc,
        theme,
    );
    // Items get what is left: at 80 columns that is still a dozen characters.
    let widths = [
        Constraint::Length(6),
        Constraint::Length(width_for(&loc.text("column-age"), [], 3, 5)),
        Constraint::Max(16),
        Constraint::Fill(1),
        Constraint::Length(money_width),
        Constraint::Length(money_width),
        Constraint::Length(status_width),
    ];
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, selected, focused);
}

fn inventory(frame: &mut Frame, area: Rect, app: &App, focused: bool, theme: Theme) {
    let loc = app.locale;
    let p = &app.inventory;
    let filter = filter_note(&p.filter, loc);
    let title = t!(
        loc,
        "pane-inventory-title",
        count = p.cursor.total,
        filter = filter
    );
    let block = block(format!(" {title} "), focused, theme);
    if p.rows.is_empty() {
        return empty(frame, area, block, &t!(loc, "pane-inventory-empty"), theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let rows = p.rows[range].iter().map(|r| {
        let available = r.available();
        let (mark, style) = if available <= 0 {
            (t!(loc, "desk-sold-out"), theme.bad())
        } else if r.is_low() {
            (format!("! {}", t!(loc, "pane-low")), theme.warn())
        } else {
            (String::new(), ratatui::style::Style::new())
        };
        Row::new(vec![
            Cell::from(line(&r.sku)),
            Cell::from(line(&r.name)),
            Cell::from(line(&r.variant)),
            Cell::from(r.on_hand.to_string()),
            Cell::from(r.reserved.to_string()),
            Cell::from(Span::styled(available.to_string(), style)),
            Cell::from(loc.money(Money::new(r.price, r.currency))),
            Cell::from(Span::styled(mark, style)),
        ])
    });
    let header = header(
        &[
            "column-sku",
            "column-product",
            "column-variant",
            "column-stock",
            "column-held",
            "column-free",
            "column-price",
            "",
        ],
        loc,
        theme,
    );
    let count = |key: &str| width_for(&loc.text(key), [], 5, 8);
    let widths = [
        Constraint::Max(14),
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Length(count("column-stock")),
        Constraint::Length(count("column-held")),
        Constraint::Length(count("column-free")),
        Constraint::Length(10),
        Constraint::Length(width_for("", [loc.text("desk-sold-out").as_str()], 8, 12)),
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
    let loc = app.locale;
    let p = &app.customers;
    let filter = filter_note(&p.filter, loc);
    let title = t!(
        loc,
        "pane-customers-title",
        count = p.cursor.total,
        filter = filter
    );
    let block = block(format!(" {title} "), focused, theme);
    if p.rows.is_empty() {
        return empty(frame, area, block, &t!(loc, "pane-customers-empty"), theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let rows = p.rows[range].iter().map(|c| {
        let owes = if c.open_balance.minor > 0 {
            Span::styled(loc.money(c.open_balance), theme.warn())
        } else {
            Span::raw("—")
        };
        Row::new(vec![
            Cell::from(line(&c.name)),
            Cell::from(c.phone.clone().unwrap_or_default()),
            Cell::from(c.orders.to_string()),
            Cell::from(loc.money(c.lifetime_value)),
            Cell::from(owes),
            Cell::from(c.last_order_at.map(|at| age(at, now)).unwrap_or_default()),
        ])
    });
    let header = header(
        &[
            "column-name",
            "column-phone",
            "column-orders",
            "column-lifetime",
            "column-owes",
            "column-last",
        ],
        loc,
        theme,
    );
    let widths = [
        Constraint::Fill(1),
        Constraint::Length(16),
        Constraint::Length(width_for(&loc.text("column-orders"), [], 6, 9)),
        Constraint::Length(13),
        Constraint::Length(12),
        Constraint::Length(width_for(&loc.text("column-last"), [], 5, 8)),
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
    let loc = app.locale;
    let p = &app.payments;
    let title = t!(
        loc,
        "pane-payments-title",
        claims = p.page.claims.len(),
        reminders = p.page.reminders.len(),
        reviews = p.page.reviews.len()
    );
    let block = block(format!(" {title} "), focused, theme);
    if p.is_empty() {
        return empty(frame, area, block, &t!(loc, "pane-payments-empty"), theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let start = p
        .selected
        .saturating_sub(height.saturating_sub(1) / 2)
        .min(p.len().saturating_sub(height));
    let (mut how_width, mut state_width, mut amount_width) = (0, 0, 0);
    let mut rows = Vec::new();
    for item in p.items().skip(start).take(height) {
        let (when, amount, what, state, detail) = match item {
            PaymentItem::Claim(r) | PaymentItem::Payment(r) => {
                let pay = &r.payment;
                let state = payment_state(pay.kind, pay.state, loc, theme);
                let reference = line(pay.reference.as_deref().unwrap_or(""));
                (
                    age(pay.created_at, now),
                    loc.money(Money::new(pay.amount, pay.currency)),
                    loc.text(pay.method.key()),
                    state,
                    format!("{} {reference}", short_id(pay.id)),
                )
            }
            PaymentItem::Reminder(r) => (
                age(r.due_at, now),
                loc.money(r.balance),
                t!(loc, "pane-remind", step = r.step, steps = r.steps),
                Span::styled(
                    if r.last {
                        format!("! {}", t!(loc, "pane-last-reminder"))
                    } else {
                        t!(loc, "pane-reminder-due")
                    },
                    theme.warn(),
                ),
                t!(loc, "pane-y-copies-it"),
            ),
            PaymentItem::Review(r) => (
                String::new(),
                loc.money(r.amount),
                loc.text(r.provider.key()),
                Span::styled(format!("! {}", t!(loc, "pane-review")), theme.bad()),
                line(&r.note),
            ),
            PaymentItem::Link(r) => (
                String::new(),
                loc.money(r.amount),
                loc.text(r.provider.key()),
                Span::raw(t!(loc, "pane-link-sent")),
                t!(
                    loc,
                    "pane-link-until",
                    until = loc.stamp(r.expires_at.with_timezone(now.offset()).naive_local())
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
        how_width = how_width.max(what.chars().count());
        amount_width = amount_width.max(amount.chars().count());
        state_width = state_width.max(state.content.chars().count());
        rows.push(Row::new(vec![
            Cell::from(when),
            Cell::from(format!("#{number}")),
            Cell::from(fit(&line(customer), 18)),
            Cell::from(amount),
            Cell::from(what),
            Cell::from(state),
            Cell::from(detail),
        ]));
    }
    let header = header(
        &[
            "column-age",
            "column-order",
            "column-customer",
            "column-amount",
            "column-how",
            "column-state",
            "column-id-ref-note",
        ],
        loc,
        theme,
    );
    let widths = [
        Constraint::Length(width_for(&loc.text("column-age"), [], 3, 5)),
        Constraint::Length(width_for(&loc.text("column-order"), [], 6, 8)),
        Constraint::Max(18),
        Constraint::Length((amount_width as u16).clamp(10, 14)),
        Constraint::Length((how_width as u16).clamp(11, 14)),
        Constraint::Length((state_width as u16).clamp(15, 18)),
        // Payment ids stay whole: the customer's name gives way first.
        Constraint::Min(8),
    ];
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, Some(p.selected - start), focused);
}
