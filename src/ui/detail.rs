//! The order view (lines, payments, journal and the summary as it will be copied) and a
//! customer's history.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table, TableState, Wrap};

use super::text::{age, line, lines};
use super::theme::Theme;
use crate::app::rows::{CustomerHistory, OrderDetail};
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
    // The summary sits beside the order when there is room, under it otherwise.
    let wide = inner.width >= 110;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(inner)
    } else {
        Layout::vertical([
            Constraint::Min(10),
            Constraint::Length(inner.height.saturating_sub(10).min(12)),
        ])
        .areas(inner)
    };
    let m = |minor: i64| o.money(minor).to_string();
    let mut text: Vec<Line> = Vec::new();
    let who = format!(
        "{}{} · ordered {} ({} ago)",
        line(&d.customer.name),
        d.customer
            .phone
            .as_deref()
            .map(|p| format!(" {p}"))
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
            Due::Today => ("• due today: ", theme.warn()),
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
        text.push(Line::from(format!("Notes: {}", line(&o.notes))));
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
    money_line.push(Span::raw(format!(" · paid {}", m(d.totals.paid()))));
    if d.totals.claimed > 0 {
        money_line.push(Span::styled(
            format!(" · claimed {} (to verify)", m(d.totals.claimed)),
            theme.warn(),
        ));
    }
    let balance = d.balance();
    let balance_style = if balance > 0 {
        theme.warn()
    } else {
        theme.good()
    };
    money_line.push(Span::styled(
        format!(" · balance {}", m(balance)),
        balance_style,
    ));
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
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), left);
    let summary: Vec<Line> = lines(&d.summary).into_iter().map(Line::from).collect();
    let summary_block =
        Block::bordered().title(Span::styled(" Summary (y copies it) ", theme.dim()));
    frame.render_widget(
        Paragraph::new(summary)
            .block(summary_block)
            .wrap(Wrap { trim: false }),
        right,
    );
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
        " {}{} · {} orders · lifetime {} · owes {} ",
        line(&c.name),
        c.phone
            .as_deref()
            .map(|p| format!(" {p}"))
            .unwrap_or_default(),
        c.orders,
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
            Cell::from(r.total.to_string()),
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
