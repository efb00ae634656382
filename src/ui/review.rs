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
use crate::core::summary::Language;

pub fn draw(frame: &mut Frame, area: Rect, r: &Review, theme: Theme, now: DateTime<FixedOffset>) {
    frame.render_widget(Clear, area);
    let of = if r.drafts.len() > 1 {
        format!(
            " · customer {} of {} (Tab: next)",
            r.current + 1,
            r.drafts.len()
        )
    } else {
        String::new()
    };
    let title = match r.mode {
        ReviewMode::Paste => format!(" Paste review{of} "),
        ReviewMode::New => " New order ".to_string(),
        ReviewMode::Edit(order) => format!(" Edit order #{} ", order.number),
    };
    let block = Block::bordered().title(Span::styled(title, theme.title()));
    let Some(d) = r.draft() else {
        frame.render_widget(Paragraph::new("Nothing left to review.").block(block), area);
        return;
    };
    let mut text: Vec<Line> = Vec::new();
    if let Some(c) = d.continues {
        let n = c.order.number;
        let said = match (d.new_instead, c.nothing_new) {
            (true, _) => {
                format!("Continues #{n}, but Enter makes a new order (o: update #{n} instead)")
            }
            (false, true) => format!(
                "Already imported as #{n}, with nothing new since: Enter writes these lines to #{n}; Esc leaves it"
            ),
            (false, false) => format!(
                "Continues #{n} (an earlier paste of this chat): Enter updates #{n} with these lines (o: a new order instead)"
            ),
        };
        text.push(Line::styled(said, theme.warn()));
    }
    match &d.customer {
        Some(c) => {
            let mut spans = vec![
                Span::styled("Customer: ", theme.header()),
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
                        format!("  known · {}", super::text::plural(k.orders, "order")),
                        theme.good(),
                    ));
                    if k.open_balance.minor > 0 {
                        spans.push(Span::styled(
                            format!(" · owes {}", k.open_balance),
                            theme.warn(),
                        ));
                    }
                }
                None if r.mode == ReviewMode::Paste => {
                    spans.push(Span::styled("  new customer", theme.warn()))
                }
                None => {}
            }
            text.push(Line::from(spans));
        }
        None => text.push(Line::from(vec![
            Span::styled("Customer: ", theme.header()),
            Span::styled("? not known — press u to pick or add", theme.bad()),
        ])),
    }
    text.push(Line::from(""));
    if d.lines.is_empty() {
        text.push(Line::styled(
            "  no lines yet — press a to add a product",
            theme.dim(),
        ));
    }
    for (i, l) in d.lines.iter().enumerate() {
        let cursor = if i == r.line { "▶" } else { " " };
        let amount = l
            .unit_price
            .checked_mul(l.qty)
            .map(|m| m.to_string())
            .unwrap_or_default();
        let mut spans = vec![
            Span::raw(format!("{cursor} {:>3} × ", l.qty)),
            Span::raw(line(&l.name)),
            Span::styled(format!("  {}", line(&l.sku)), theme.dim()),
            Span::raw(format!("  {}  {amount}", l.unit_price)),
        ];
        match l.confidence {
            Some(c) if l.unsure() => {
                spans.push(Span::styled(format!("  ? {c}% sure"), theme.warn()))
            }
            Some(c) => spans.push(Span::styled(format!("  {c}%"), theme.dim())),
            None => {}
        }
        if l.short() {
            spans.push(Span::styled(
                format!("  ! only {} left", l.available.max(0)),
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
        text.push(Line::from(format!("  delivery {fee}  (f changes it)")));
    }
    if let Some(off) = d.discount.filter(|m| m.minor != 0) {
        text.push(Line::from(format!("  discount -{off}  (% changes it)")));
    }
    if let Some(total) = d.total() {
        text.push(Line::styled(format!("  total {total}"), theme.header()));
    }
    text.push(Line::from(""));
    let address = match (&d.address, d.pickup) {
        (_, true) => "pickup at the shop".to_string(),
        (Some(a), false) => line(a),
        (None, false) => {
            let last = d
                .customer
                .as_ref()
                .and_then(|c| c.known.as_ref()?.last_address.clone());
            match last {
                Some(last) => format!(
                    "none said — last time {} (L uses it, A types another)",
                    line(&last)
                ),
                None => "none said (A to add one)".into(),
            }
        }
    };
    text.push(Line::from(vec![
        Span::styled("Delivery: ", theme.header()),
        Span::raw(address),
    ]));
    let due = match d.deadline {
        Some(due) => {
            let from = if d.deadline_from_chat {
                " (read from the chat; w changes it)"
            } else {
                " (w changes it)"
            };
            let (mark, style) = match due.due(now.naive_local()) {
                Due::Overdue => ("! already past: ", theme.bad()),
                Due::Today => ("» today: ", theme.warn()),
                _ => ("", ratatui::style::Style::new()),
            };
            vec![
                Span::styled("Due: ", theme.header()),
                Span::styled(format!("{mark}{}", due.words(Language::En)), style),
                Span::styled(from, theme.dim()),
            ]
        }
        None => vec![
            Span::styled("Due: ", theme.header()),
            Span::raw("no deadline (w sets one)"),
        ],
    };
    text.push(Line::from(due));
    match d.claimed {
        Some(Some(m)) => text.push(Line::from(vec![
            Span::styled("Says paid: ", theme.header()),
            Span::styled(
                format!("{m} — a claim, recorded to verify later"),
                theme.warn(),
            ),
        ])),
        Some(None) => text.push(Line::from(vec![
            Span::styled("Says paid: ", theme.header()),
            Span::styled("no amount given — check before recording", theme.warn()),
        ])),
        None => {}
    }
    if !d.asked.is_empty() {
        text.push(Line::from(""));
        text.push(Line::styled(
            "Only asked about, not ordered (a adds it):",
            theme.warn(),
        ));
        for a in &d.asked {
            text.push(Line::from(format!("  · {}", line(a))));
        }
    }
    if !d.unmatched.is_empty() {
        text.push(Line::from(""));
        text.push(Line::styled(
            "Matched no product (add it with a if needed):",
            theme.warn(),
        ));
        for u in &d.unmatched {
            text.push(Line::from(format!("  · “{}”", line(u))));
        }
    }
    for w in &d.warnings {
        text.push(Line::styled(format!("note: {}", line(w)), theme.dim()));
    }
    if let Some(why) = d.blocker() {
        text.push(Line::from(""));
        text.push(Line::styled(format!("Before Enter: {why}"), theme.bad()));
    }
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
        area,
    );
}
