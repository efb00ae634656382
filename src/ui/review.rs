//! The paste review: what was read from the chat, with every guess visible.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::text::line;
use super::theme::Theme;
use crate::app::review::{Review, ReviewMode};
use crate::core::customer::display_phone;
use crate::core::deadline::Due;
use crate::core::i18n::{Locale, id};
use crate::t;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    r: &Review,
    theme: Theme,
    loc: Locale,
    now: DateTime<FixedOffset>,
) {
    frame.render_widget(Clear, area);
    let of = if r.drafts.len() > 1 {
        t!(
            loc,
            "review-customer-of",
            current = r.current + 1,
            count = r.drafts.len()
        )
    } else {
        String::new()
    };
    let title = match r.mode {
        ReviewMode::Paste => t!(loc, "review-title-paste", of = of),
        ReviewMode::New => t!(loc, "review-title-new"),
        ReviewMode::Edit(order) => t!(loc, "review-title-edit", number = id(order.number)),
    };
    let block = Block::bordered().title(Span::styled(format!(" {title} "), theme.title()));
    let Some(d) = r.draft() else {
        frame.render_widget(
            Paragraph::new(t!(loc, "review-nothing-left")).block(block),
            area,
        );
        return;
    };
    let heading = |key: &str| Span::styled(format!("{} ", loc.text(key)), theme.header());
    let mut text: Vec<Line> = Vec::new();
    if let Some(c) = d.continues {
        let n = c.order.number;
        let said = match (d.new_instead, c.nothing_new) {
            (true, _) => t!(loc, "review-continues-new", number = id(n)),
            (false, true) => t!(loc, "review-already-imported", number = id(n)),
            (false, false) => t!(loc, "review-continues", number = id(n)),
        };
        text.push(Line::styled(said, theme.warn()));
    }
    match &d.customer {
        Some(c) => {
            let mut spans = vec![
                heading("review-customer"),
                Span::raw(line(&c.name)),
                Span::raw(
                    // As people write it ("+1 512-200-0000"), and inert: it may come
                    // from a chat.
                    c.phone
                        .as_deref()
                        .filter(|p| *p != c.name)
                        .map(|p| format!(" {}", line(&display_phone(p))))
                        .unwrap_or_default(),
                ),
            ];
            match &c.known {
                Some(k) => {
                    spans.push(Span::styled(
                        format!("  {}", t!(loc, "review-known", orders = k.orders)),
                        theme.good(),
                    ));
                    if k.open_balance.minor > 0 {
                        let owes = loc.money(k.open_balance);
                        spans.push(Span::styled(
                            format!(" · {}", t!(loc, "review-owes", amount = owes)),
                            theme.warn(),
                        ));
                    }
                }
                None if r.mode == ReviewMode::Paste => spans.push(Span::styled(
                    format!("  {}", t!(loc, "review-new-customer")),
                    theme.warn(),
                )),
                None => {}
            }
            text.push(Line::from(spans));
        }
        None => text.push(Line::from(vec![
            heading("review-customer"),
            Span::styled(t!(loc, "review-customer-unknown"), theme.bad()),
        ])),
    }
    text.push(Line::from(""));
    if d.lines.is_empty() {
        text.push(Line::styled(
            format!("  {}", t!(loc, "review-no-lines")),
            theme.dim(),
        ));
    }
    for (i, l) in d.lines.iter().enumerate() {
        let cursor = if i == r.line { "▶" } else { " " };
        let amount = l
            .unit_price
            .checked_mul(l.qty)
            .map(|m| loc.money(m))
            .unwrap_or_default();
        let mut spans = vec![
            Span::raw(format!("{cursor} {:>3} × ", l.qty)),
            Span::raw(line(&l.name)),
            Span::styled(format!("  {}", line(&l.sku)), theme.dim()),
            Span::raw(format!("  {}  {amount}", loc.money(l.unit_price))),
        ];
        match l.confidence {
            Some(c) if l.unsure() => spans.push(Span::styled(
                format!("  ? {}", t!(loc, "review-unsure", percent = c)),
                theme.warn(),
            )),
            Some(c) => spans.push(Span::styled(format!("  {c}%"), theme.dim())),
            None => {}
        }
        if l.short() {
            spans.push(Span::styled(
                format!(
                    "  ! {}",
                    t!(loc, "review-only-left", count = l.available.max(0))
                ),
                theme.bad(),
            ));
        }
        if !l.said.is_empty() {
            spans.push(Span::styled(format!("  “{}”", line(&l.said)), theme.dim()));
        }
        let style = if i == r.line {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        text.push(Line::from(spans).style(style));
    }
    if let Some(fee) = d.delivery.filter(|m| m.minor != 0) {
        let fee = t!(loc, "review-delivery-fee", amount = loc.money(fee));
        text.push(Line::from(format!("  {fee}")));
    }
    if let Some(off) = d.discount.filter(|m| m.minor != 0) {
        let off = t!(loc, "review-discount", amount = loc.money(off));
        text.push(Line::from(format!("  {off}")));
    }
    if let Some(total) = d.total() {
        let total = t!(loc, "review-total", total = loc.money(total));
        text.push(Line::styled(format!("  {total}"), theme.header()));
    }
    text.push(Line::from(""));
    let address = match (&d.address, d.pickup) {
        (_, true) => t!(loc, "review-pickup"),
        (Some(a), false) => line(a),
        (None, false) => {
            let last = d
                .customer
                .as_ref()
                .and_then(|c| c.known.as_ref()?.last_address.clone());
            match last {
                Some(last) => t!(loc, "review-no-address-last", last = line(&last)),
                None => t!(loc, "review-no-address"),
            }
        }
    };
    text.push(Line::from(vec![
        heading("review-delivery"),
        Span::raw(address),
    ]));
    let due = match d.deadline {
        Some(due) => {
            let from = if d.deadline_from_chat {
                t!(loc, "review-due-from-chat")
            } else {
                t!(loc, "review-due-w-changes")
            };
            let (mark, style) = match due.due(now.naive_local()) {
                Due::Overdue => (t!(loc, "review-due-past"), theme.bad()),
                Due::Today => (t!(loc, "review-due-today"), theme.warn()),
                _ => (String::new(), ratatui::style::Style::new()),
            };
            vec![
                heading("review-due"),
                Span::styled(format!("{mark}{}", due.words(loc)), style),
                Span::styled(format!(" {from}"), theme.dim()),
            ]
        }
        None => vec![heading("review-due"), Span::raw(t!(loc, "review-due-none"))],
    };
    text.push(Line::from(due));
    match d.claimed {
        Some(Some(m)) => text.push(Line::from(vec![
            heading("review-says-paid"),
            Span::styled(
                t!(loc, "review-says-paid-amount", amount = loc.money(m)),
                theme.warn(),
            ),
        ])),
        Some(None) => text.push(Line::from(vec![
            heading("review-says-paid"),
            Span::styled(t!(loc, "review-says-paid-no-amount"), theme.warn()),
        ])),
        None => {}
    }
    if !d.asked.is_empty() {
        text.push(Line::from(""));
        text.push(Line::styled(t!(loc, "review-asked-only"), theme.warn()));
        for a in &d.asked {
            text.push(Line::from(format!("  · {}", line(a))));
        }
    }
    if !d.unmatched.is_empty() {
        text.push(Line::from(""));
        text.push(Line::styled(t!(loc, "review-unmatched"), theme.warn()));
        for u in &d.unmatched {
            text.push(Line::from(format!("  · “{}”", line(u))));
        }
    }
    for w in &d.warnings {
        text.push(Line::styled(
            t!(loc, "review-note", note = line(&w.in_locale(loc))),
            theme.dim(),
        ));
    }
    if let Some(why) = d.blocker(loc) {
        text.push(Line::from(""));
        text.push(Line::styled(
            t!(loc, "review-before-enter", why = why),
            theme.bad(),
        ));
    }
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
        area,
    );
}
