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
use crate::core::customer::display_phone;
use crate::core::deadline::Due;
use crate::core::i18n::{Locale, id, journal_action};
use crate::core::money::Money;
use crate::core::payment::{PaymentKind, PaymentState, short_id};
use crate::t;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    d: &OrderDetail,
    theme: Theme,
    loc: Locale,
    now: DateTime<FixedOffset>,
) {
    frame.render_widget(Clear, area);
    let o = &d.order;
    let version = if o.revision > 1 {
        format!(" v{}", o.revision)
    } else {
        String::new()
    };
    let title = t!(
        loc,
        "detail-title",
        number = id(o.number),
        version = version,
        label = loc.text(d.label.key())
    );
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme.title()));
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
    // An amount never breaks across lines ("R$" above "538,00"): its spaces do not wrap.
    let m = |minor: i64| loc.money(o.money(minor)).replace(' ', "\u{a0}");
    let stamp =
        |at: chrono::DateTime<chrono::Utc>| loc.stamp(at.with_timezone(now.offset()).naive_local());
    let mut text: Vec<Line> = Vec::new();
    let phone = d
        .customer
        .phone
        .as_deref()
        .map(|p| format!(" {}", display_phone(p)))
        .unwrap_or_default();
    let who = t!(
        loc,
        "detail-who",
        name = line(&d.customer.name),
        phone = phone,
        at = stamp(o.created_at),
        age = age(o.created_at, now)
    );
    text.push(Line::from(who));
    if let Some(due) = &o.deadline {
        let (mark, style) = match due.due(now.naive_local()) {
            Due::Overdue => (t!(loc, "detail-due-overdue"), theme.bad()),
            Due::Today => (t!(loc, "detail-due-today"), theme.warn()),
            _ => (t!(loc, "detail-due"), ratatui::style::Style::new()),
        };
        text.push(Line::from(vec![
            Span::styled(format!("{mark} "), style),
            Span::styled(due.words(loc), style),
            Span::styled(
                format!("  {}", t!(loc, "review-due-w-changes")),
                theme.dim(),
            ),
        ]));
    }
    if let Some(a) = &o.address {
        text.push(Line::from(t!(loc, "detail-deliver-to", address = line(a))));
    }
    if !o.notes.is_empty() {
        text.push(Line::from(t!(loc, "detail-notes", notes = line(&o.notes))));
    }
    if !o.staff_notes.is_empty() {
        text.push(Line::styled(
            t!(loc, "detail-staff-note", note = line(&o.staff_notes)),
            theme.warn(),
        ));
    }
    text.push(Line::from(""));
    text.push(Line::styled(t!(loc, "detail-lines"), theme.header()));
    for l in &o.lines {
        let amount = o
            .money(l.unit_price)
            .checked_mul(l.qty)
            .map(|m| loc.money(m))
            .unwrap_or_default();
        text.push(Line::from(format!(
            "  {:>3} × {}  {}  {amount}",
            l.qty,
            line(&l.display_name()),
            line(&l.sku)
        )));
    }
    let total = d.total();
    let mut money_line = vec![Span::raw(t!(loc, "detail-total", total = m(total)))];
    if o.delivery_fee > 0 {
        money_line.push(Span::raw(format!(
            " ({})",
            t!(loc, "detail-delivery", amount = m(o.delivery_fee))
        )));
    }
    money_line.push(Span::raw(format!(
        " · {}",
        t!(loc, "detail-paid", amount = m(d.totals.received))
    )));
    if d.totals.refunded > 0 {
        money_line.push(Span::raw(format!(
            " · {}",
            t!(loc, "detail-refunded", amount = m(d.totals.refunded))
        )));
    }
    if d.totals.claimed > 0 {
        money_line.push(Span::styled(
            format!(
                " · {}",
                t!(loc, "detail-claimed", amount = m(d.totals.claimed))
            ),
            theme.warn(),
        ));
    }
    let balance = d.balance();
    let (balance_words, balance_style) = match balance {
        b if b > 0 => (
            format!(" · {}", t!(loc, "detail-balance", amount = m(b))),
            theme.warn(),
        ),
        0 => (
            format!(" · {}", t!(loc, "detail-nothing-due")),
            theme.good(),
        ),
        b => (
            format!(" · {}", t!(loc, "detail-shop-owes", amount = m(-b))),
            theme.warn(),
        ),
    };
    money_line.push(Span::styled(balance_words, balance_style));
    text.push(Line::from(money_line));
    if !d.payments.is_empty() {
        text.push(Line::from(""));
        text.push(Line::styled(t!(loc, "detail-payments"), theme.header()));
        for p in &d.payments {
            let (mark, word, style) = match (p.kind, p.state) {
                (PaymentKind::Refund, _) => ("↩", p.kind.key(), theme.warn()),
                (_, PaymentState::Claimed) => ("?", p.state.key(), theme.warn()),
                (_, PaymentState::Verified) => ("✓", p.state.key(), theme.good()),
                (_, PaymentState::Rejected) => ("✗", p.state.key(), theme.bad()),
            };
            text.push(Line::from(vec![
                Span::raw(format!(
                    "  {} {:>12} {:<8} ",
                    short_id(p.id),
                    loc.money(Money::new(p.amount, p.currency)),
                    loc.text(p.method.key())
                )),
                Span::styled(format!("{mark} {}", loc.text(word)), style),
                Span::raw(
                    p.reference
                        .as_deref()
                        .map(|r| format!("  {}", t!(loc, "detail-reference", reference = line(r))))
                        .unwrap_or_default(),
                ),
            ]));
        }
    }
    text.push(Line::from(""));
    text.push(Line::styled(t!(loc, "detail-journal"), theme.header()));
    for j in d.journal.iter().rev().take(8) {
        text.push(Line::styled(
            format!(
                "  {} {} {}",
                stamp(j.at),
                line(&j.actor),
                line(&journal_action(&j.action, loc))
            ),
            theme.dim(),
        ));
    }
    let summary: Vec<Line> = lines(&d.summary).into_iter().map(Line::from).collect();
    let beside = if wide {
        Some(summary)
    } else {
        text.push(Line::from(""));
        text.push(Line::styled(t!(loc, "detail-summary"), theme.header()));
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
    let summary_title = format!(" {} ", t!(loc, "detail-summary"));
    let summary_block = Block::bordered().title(Span::styled(summary_title, theme.dim()));
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
    loc: Locale,
    now: DateTime<FixedOffset>,
) {
    frame.render_widget(Clear, area);
    let c = &h.customer;
    let title = |phone: bool| {
        t!(
            loc,
            "history-title",
            name = line(&c.name),
            phone = c
                .phone
                .as_deref()
                .filter(|_| phone)
                .map(|p| format!(" {}", display_phone(p)))
                .unwrap_or_default(),
            orders = c.orders,
            lifetime = loc.money(c.lifetime_value),
            owes = loc.money(c.open_balance)
        )
    };
    // The phone gives way when the line would not fit (longer words, wider money).
    let title = match title(true) {
        t if t.chars().count() + 4 <= area.width as usize => t,
        _ => title(false),
    };
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [info, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let address = c
        .address
        .as_deref()
        .map(line)
        .unwrap_or_else(|| t!(loc, "history-no-address"));
    frame.render_widget(
        Paragraph::new(t!(loc, "history-last-address", address = address)),
        info,
    );
    let rows = h.orders.iter().map(|r| {
        Row::new(vec![
            Cell::from(format!("#{}", r.number)),
            Cell::from(age(r.created_at, now)),
            Cell::from(line(&r.items)),
            Cell::from(Line::from(loc.money(r.total)).right_aligned()),
            Cell::from(Span::styled(loc.text(r.label.key()), theme.label(r.label))),
        ])
    });
    let header = Row::new([
        "#".to_string(),
        t!(loc, "column-age"),
        t!(loc, "column-items"),
        t!(loc, "column-total"),
        t!(loc, "column-status"),
    ])
    .style(theme.header());
    let widths = [
        Constraint::Length(7),
        Constraint::Length(loc.text("column-age").chars().count().max(4) as u16),
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
