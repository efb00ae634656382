//! The order view (lines, payments, journal and the summary as it will be copied) and a
//! customer's history.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table, TableState, Wrap};

use super::text::{age, line, lines, plural};
use super::theme::Theme;
use crate::app::rows::{CustomerHistory, OrderDetail};
use crate::core::customer::display_phone;
use crate::core::deadline::Due;
use crate::core::money::Money;
use crate::core::payment::{PaymentKind, PaymentState, short_id};
use crate::core::summary::Language;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    d: &OrderDetail,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    frame.render_widget(Clear, area);
    let o = &d.order;
    let version = if o.revision > 1 {
        format!(" v{}", o.revision)
    } else {
        String::new()
    };
    let block = Block::bordered().title(Span::styled(
        format!(" Order #{}{version} · {} ", o.number, d.label),
        theme.title(),
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The summary sits beside the order when there is room; under it otherwise, the whole
    // view scrolling as one (j/k, PgDn) so a long order shows its total, payments and journal.
    let wide = inner.width >= 110;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(inner)
    } else {
        [inner, Rect::default()]
    };
    let m = |minor: i64| o.money(minor).to_string();
    let mut text: Vec<Line> = Vec::new();
    let who = format!(
        "{}{} · ordered {} ({} ago)",
        line(&d.customer.name),
        d.customer
            .phone
            .as_deref()
            .map(|p| format!(" {}", display_phone(p)))
            .unwrap_or_default(),
        o.created_at
            .with_timezone(now.offset())
            .format("%b %-d %H:%M"),
        age(o.created_at, now)
    );
    text.push(Line::from(who));
    if let Some(due) = &o.deadline {
        let (mark, style) = match due.due(now.naive_local()) {
            Due::Overdue => ("! overdue: ", theme.bad()),
            Due::Today => ("» due today: ", theme.warn()),
            _ => ("Due: ", ratatui::style::Style::new()),
        };
        text.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(due.words(Language::En), style),
            Span::styled("  (w changes it)", theme.dim()),
        ]));
    }
    if let Some(a) = &o.address {
        text.push(Line::from(format!("Deliver to: {}", line(a))));
    }
    if !o.notes.is_empty() {
        text.push(Line::from(format!(
            "Note (in the summary): {}",
            line(&o.notes)
        )));
    }
    if !o.staff_notes.is_empty() {
        text.push(Line::styled(
            format!("Staff note: {}", line(&o.staff_notes)),
            theme.warn(),
        ));
    }
    text.push(Line::from(""));
    text.push(Line::styled("Lines", theme.header()));
    for l in &o.lines {
        let amount = o
            .money(l.unit_price)
            .checked_mul(l.qty)
            .map(|m| m.to_string())
            .unwrap_or_default();
        text.push(Line::from(format!(
            "  {:>3} × {}  {}  {amount}",
            l.qty,
            line(&l.display_name()),
            line(&l.sku)
        )));
    }
    let total = d.total();
    let mut money_line = vec![Span::raw(format!("Total {}", m(total)))];
    if o.delivery_fee > 0 {
        money_line.push(Span::raw(format!(" (delivery {})", m(o.delivery_fee))));
    }
    money_line.push(Span::raw(format!(" · paid {}", m(d.totals.received))));
    if d.totals.refunded > 0 {
        money_line.push(Span::raw(format!(" · refunded {}", m(d.totals.refunded))));
    }
    if d.totals.claimed > 0 {
        money_line.push(Span::styled(
            format!(" · claimed {} (to verify)", m(d.totals.claimed)),
            theme.warn(),
        ));
    }
    let balance = d.balance();
    let (balance_words, balance_style) = match balance {
        b if b > 0 => (format!(" · balance {}", m(b)), theme.warn()),
        0 => (" · nothing due".to_string(), theme.good()),
        b => (format!(" · the shop owes {} back", m(-b)), theme.warn()),
    };
    money_line.push(Span::styled(balance_words, balance_style));
    text.push(Line::from(money_line));
    if !d.payments.is_empty() {
        text.push(Line::from(""));
        text.push(Line::styled("Payments", theme.header()));
        for p in &d.payments {
            let (mark, style) = match (p.kind, p.state) {
                (PaymentKind::Refund, _) => ("↩ refund", theme.warn()),
                (_, PaymentState::Claimed) => ("? claimed", theme.warn()),
                (_, PaymentState::Verified) => ("✓ verified", theme.good()),
                (_, PaymentState::Rejected) => ("✗ rejected", theme.bad()),
            };
            text.push(Line::from(vec![
                Span::raw(format!(
                    "  {} {:>12} {:<8} ",
                    short_id(p.id),
                    Money::new(p.amount, p.currency).to_string(),
                    p.method.as_str()
                )),
                Span::styled(mark, style),
                Span::raw(
                    p.reference
                        .as_deref()
                        .map(|r| format!("  ref {}", line(r)))
                        .unwrap_or_default(),
                ),
            ]));
        }
    }
    text.push(Line::from(""));
    text.push(Line::styled("Journal", theme.header()));
    for j in d.journal.iter().rev().take(8) {
        text.push(Line::styled(
            format!(
                "  {} {} {}",
                j.at.with_timezone(now.offset()).format("%b %-d %H:%M"),
                line(&j.actor),
                line(&j.action)
            ),
            theme.dim(),
        ));
    }
    let summary: Vec<Line> = lines(&d.summary).into_iter().map(Line::from).collect();
    let beside = if wide {
        Some(summary)
    } else {
        text.push(Line::from(""));
        text.push(Line::styled("Summary (y copies it)", theme.header()));
        text.extend(summary);
        None
    };
    let scroll = d.scroll.min(last_scroll(&text, left));
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        left,
    );
    let Some(summary) = beside else {
        return;
    };
    let summary_block =
        Block::bordered().title(Span::styled(" Summary (y copies it) ", theme.dim()));
    frame.render_widget(
        Paragraph::new(summary)
            .block(summary_block)
            .wrap(Wrap { trim: false }),
        right,
    );
}

/// The furthest `text` scrolls in `area`: its last line at the bottom (lines wrap).
fn last_scroll(text: &[Line], area: Rect) -> u16 {
    let width = usize::from(area.width.max(1));
    let rows: usize = text.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
    rows.saturating_sub(usize::from(area.height)) as u16
}

pub fn draw_history(
    frame: &mut Frame,
    area: Rect,
    h: &CustomerHistory,
    selected: usize,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    frame.render_widget(Clear, area);
    let c = &h.customer;
    let title = format!(
        " {}{} · {} · lifetime {} · owes {} ",
        line(&c.name),
        c.phone
            .as_deref()
            .map(|p| format!(" {}", display_phone(p)))
            .unwrap_or_default(),
        plural(c.orders, "order"),
        c.lifetime_value,
        c.open_balance
    );
    let block = Block::bordered().title(Span::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [info, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let address = c
        .address
        .as_deref()
        .map(line)
        .unwrap_or_else(|| "no address yet".into());
    frame.render_widget(Paragraph::new(format!("Last address: {address}")), info);
    let rows = h.orders.iter().map(|r| {
        Row::new(vec![
            Cell::from(format!("#{}", r.number)),
            Cell::from(age(r.created_at, now)),
            Cell::from(line(&r.items)),
            Cell::from(Line::from(r.total.to_string()).right_aligned()),
            Cell::from(Span::styled(r.label.words(), theme.label(r.label))),
        ])
    });
    let header = Row::new(["#", "age", "items", "total", "status"]).style(theme.header());
    let widths = [
        Constraint::Length(7),
        Constraint::Length(4),
        Constraint::Fill(1),
        Constraint::Length(12),
        Constraint::Length(22),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(selected));
    frame.render_stateful_widget(table, table_area, &mut state);
}
