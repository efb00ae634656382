//! The four list panes as tables, each showing its loaded window around the selection.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::order_table::order_table;
use super::text::{age, fit, fit_words, line};
use super::theme::Theme;
use crate::app::App;
use crate::app::list::Paged;
use crate::app::panes::PaneId;
use crate::app::payments::PaymentItem;
use crate::core::customer::display_phone;
use crate::core::i18n::{Arg, Locale};
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
    // Wrapped: what to do next is a sentence, longer than 80 columns in every language.
    frame.render_widget(
        Paragraph::new(Line::styled(message.to_string(), theme.dim()))
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: true }),
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
fn filter_note(filter: &str, loc: Locale) -> String {
    if filter.is_empty() {
        String::new()
    } else {
        t!(loc, "pane-filter-note", filter = line(filter))
    }
}

/// " · 3 marked" after a pane's title while rows are marked.
fn marked_note(marked: usize, loc: Locale) -> String {
    if marked == 0 {
        String::new()
    } else {
        t!(loc, "pane-marked-note", count = marked)
    }
}

/// A column as wide as its heading and the widest of `cells` need, within `least..=most`:
/// longer words in another language widen it instead of being cut.
pub(super) fn width_for<'a>(
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

/// A header row from catalog keys ("" and "#" stay as they are).
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
    // A filter's count runs in the background (a scan of every order); meanwhile the
    // window is on screen already.
    let count = match p.counted_total() {
        Some(n) => Arg::Count(n),
        None => Arg::Text(t!(loc, "pane-orders-counting")),
    };
    // What is pressing, in marks and words as well as colour.
    let pressing = t!(
        loc,
        "pane-orders-pressing",
        overdue = p.overdue,
        today = p.due_today
    );
    // A window cut short by the screen's time box is read whole in the background.
    let searching = match p.searching {
        Some(_) => t!(loc, "pane-orders-searching"),
        None => String::new(),
    };
    let marked = format!("{searching}{}", marked_note(p.marked.len(), loc));
    let titled = |sorted: String, pressing: &str| {
        let title = t!(
            loc,
            "pane-orders-title",
            count = count.clone(),
            sorted = sorted,
            pressing = pressing,
            filter = filter_note(&p.filter, loc),
            done = if p.show_done { "yes" } else { "no" }
        );
        format!(" {title}{marked} ")
    };
    // "most urgent first" gives way to what is pressing, the filter and the marks; then
    // what is pressing keeps only its marks and numbers ("! 9 · » 3").
    let fits = |title: &String| title.width() + 2 <= usize::from(area.width);
    let mut title = titled(t!(loc, "pane-orders-sorted"), &pressing);
    if !fits(&title) {
        title = titled(String::new(), &pressing);
    }
    if !fits(&title) {
        let short = t!(
            loc,
            "pane-orders-pressing-short",
            overdue = p.overdue,
            today = p.due_today
        );
        title = titled(String::new(), &short);
    }
    let block = block(title, focused, theme);
    if p.rows.is_empty() {
        let message = if p.searching.is_some() {
            t!(loc, "pane-orders-searching-empty")
        } else if p.filter.is_empty() {
            t!(loc, "pane-orders-empty")
        } else {
            t!(loc, "pane-orders-no-match")
        };
        return empty(frame, area, block, &message, theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = window(Some(p.selected), p.rows.len(), height);
    let (header, rows, widths) = order_table(
        &p.rows[range],
        |n| p.is_marked(n),
        area.width,
        now,
        theme,
        loc,
    );
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, selected, focused);
}

fn inventory(frame: &mut Frame, area: Rect, app: &App, focused: bool, theme: Theme) {
    let loc = app.locale;
    let p = &app.inventory;
    let title = t!(
        loc,
        "pane-inventory-title",
        count = p.cursor.total,
        filter = filter_note(&p.filter, loc)
    );
    let block = block(format!(" {title} "), focused, theme);
    if p.rows.is_empty() {
        return empty(frame, area, block, &t!(loc, "pane-inventory-empty"), theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let count = |key: &str| width_for(&loc.text(key), [], 5, 8);
    let (stock_w, held_w, free_w) = (
        count("column-stock"),
        count("column-held"),
        count("column-free"),
    );
    // The sold-out / low mark takes room only when a row on screen has one.
    let marked = p.rows[range.clone()]
        .iter()
        .any(|r| r.available() <= 0 || r.is_low());
    let mark_w = if marked {
        width_for("", [loc.text("desk-sold-out").as_str()], 8, 12)
    } else {
        0
    };
    // The product and its variant share what the other columns leave; a name longer than
    // its half is cut with a mark, not in the middle of a word by the table.
    let sku_w = 14;
    let fixed = sku_w + stock_w + held_w + free_w + 10 + mark_w + 7;
    let name_w = area.width.saturating_sub(2 + fixed) / 2;
    let rows = p.rows[range].iter().map(|r| {
        let available = r.available();
        let (mark, style) = if available <= 0 {
            (t!(loc, "desk-sold-out"), theme.bad())
        } else if r.is_low() {
            (format!("! {}", t!(loc, "pane-low")), theme.warn())
        } else {
            (String::new(), Style::new())
        };
        // "Tinted Lip Balm · “bálsamo”": what customers call it, learned in the review.
        let learned: Vec<String> = p.learned_for(&r.sku).map(|a| format!("“{a}”")).collect();
        let shown = fit_words(&line(&r.name), name_w as usize);
        // What is left of the column after the name: the learned words, cut if they must.
        let left = (name_w as usize).saturating_sub(shown.width() + 3);
        let name = if learned.is_empty() || left < 4 {
            Line::from(shown)
        } else {
            Line::from(vec![
                Span::raw(format!("{shown} · ")),
                Span::styled(fit(&line(&learned.join(" ")), left), theme.dim()),
            ])
        };
        Row::new(vec![
            Cell::from(line(&r.sku)),
            Cell::from(name),
            Cell::from(fit_words(&line(&r.variant), name_w as usize)),
            Cell::from(Line::from(r.on_hand.to_string()).right_aligned()),
            Cell::from(Line::from(r.reserved.to_string()).right_aligned()),
            Cell::from(Line::styled(available.to_string(), style).right_aligned()),
            money_cell(loc.money(Money::new(r.price, r.currency)), Style::new()),
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
    let widths = [
        Constraint::Length(sku_w),
        Constraint::Length(name_w),
        Constraint::Length(name_w),
        Constraint::Length(stock_w),
        Constraint::Length(held_w),
        Constraint::Length(free_w),
        Constraint::Length(10),
        Constraint::Length(mark_w),
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
    let title = t!(
        loc,
        "pane-customers-title",
        count = p.cursor.total,
        filter = filter_note(&p.filter, loc)
    );
    let block = block(format!(" {title} "), focused, theme);
    if p.rows.is_empty() {
        return empty(frame, area, block, &t!(loc, "pane-customers-empty"), theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let (range, selected) = visible(&p.cursor, height);
    let orders_w = width_for(&loc.text("column-orders"), [], 6, 9);
    let last_w = width_for(&loc.text("column-last"), [], 5, 8);
    // The name gets what the other columns leave, and is cut with a mark to it.
    let name_w = area
        .width
        .saturating_sub(2 + 17 + orders_w + 13 + 13 + last_w + 5);
    let rows = p.rows[range].iter().map(|c| {
        let owes = if c.open_balance.minor > 0 {
            money_cell(loc.money(c.open_balance), theme.warn())
        } else {
            money_cell("—".into(), Style::new())
        };
        Row::new(vec![
            Cell::from(fit(&line(&c.name), name_w as usize)),
            Cell::from(c.phone.as_deref().map(display_phone).unwrap_or_default()),
            Cell::from(Line::from(c.orders.to_string()).right_aligned()),
            money_cell(loc.money(c.lifetime_value), Style::new()),
            owes,
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
        Constraint::Length(17),
        Constraint::Length(orders_w),
        Constraint::Length(13),
        Constraint::Length(13),
        Constraint::Length(last_w),
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
    let filter = filter_note(&p.filter, loc);
    let marked = marked_note(p.marked.len(), loc);
    let mut title = format!(" {title}{filter}{marked} ");
    // The counts give way to the filter and the marks (the pane's tab counts what waits).
    if title.width() + 2 > usize::from(area.width) {
        title = format!(" {}{filter}{marked} ", loc.text("pane-payments"));
    }
    let block = block(title, focused, theme);
    if p.is_empty() {
        let message = if p.filter.is_empty() {
            t!(loc, "pane-payments-empty")
        } else {
            t!(loc, "pane-payments-no-match")
        };
        return empty(frame, area, block, &message, theme);
    }
    let height = area.height.saturating_sub(3) as usize;
    let start = p
        .selected
        .saturating_sub(height.saturating_sub(1) / 2)
        .min(p.len().saturating_sub(height));
    // The amount column is as wide as the widest amount shown.
    let amount_w = money_width(
        &loc.text("column-amount"),
        p.items()
            .skip(start)
            .take(height)
            .map(|item| match item {
                PaymentItem::Claim(r) | PaymentItem::Payment(r) => {
                    loc.money(Money::new(r.payment.amount, r.payment.currency))
                }
                PaymentItem::Reminder(r) => loc.money(r.balance),
                PaymentItem::Review(r) | PaymentItem::Link(r) => loc.money(r.amount),
            })
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let (mut how_width, mut state_width, mut until_width) = (0, 0, 0);
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
                line(&r.note.in_locale(loc)),
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
        if matches!(item, PaymentItem::Link(_)) {
            until_width = until_width.max(detail.width());
        }
        how_width = how_width.max(what.chars().count());
        state_width = state_width.max(state.content.chars().count());
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
        rows.push((
            when,
            format!("{mark}{number}"),
            line(customer),
            amount,
            what,
            state,
            detail,
        ));
    }
    let age_w = width_for(&loc.text("column-age"), [], 3, 5);
    let order_w = width_for(&loc.text("column-order"), [], 6, 8);
    let how_w = (how_width as u16).clamp(11, 14);
    let state_w = (state_width as u16).clamp(15, 20);
    // Payment ids stay whole, and so do "y copies it" and a live link's "until 02/12 18:38"
    // in the staff's words.
    let detail_w = (t!(loc, "pane-y-copies-it").width().max(until_width) as u16).max(8);
    // The customer's name gets what the other columns leave (at most 18), and is cut with
    // a mark to that width rather than by the table.
    let fixed = age_w + order_w + amount_w + how_w + state_w + detail_w + 6;
    let customer_w = area.width.saturating_sub(2 + fixed).clamp(8, 18);
    let rows = rows
        .into_iter()
        .map(|(when, number, customer, amount, what, state, detail)| {
            Row::new(vec![
                Cell::from(when),
                Cell::from(number),
                Cell::from(fit(&customer, customer_w as usize)),
                money_cell(amount, Style::new()),
                Cell::from(what),
                Cell::from(state),
                Cell::from(detail),
            ])
        });
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
        Constraint::Length(age_w),
        Constraint::Length(order_w),
        Constraint::Length(customer_w),
        Constraint::Length(amount_w),
        Constraint::Length(how_w),
        Constraint::Length(state_w),
        // Payment ids stay whole: the customer's name gives way first.
        Constraint::Min(detail_w),
    ];
    let table = list_table(rows, header, &widths, block, theme);
    render_table(frame, area, table, Some(p.selected - start), focused);
}
