//! The Today pane: the figures of a day (or week, month) as a list, small charts of orders
//! and money over the hours (or days), and the orders behind a figure as a list. Words come
//! from `app::today`.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Block, Clear, Paragraph, Sparkline, Table, TableState};
use unicode_width::UnicodeWidthStr;

use super::order_table::order_table;
use super::text::{fit, line};
use super::theme::Theme;
use crate::app::App;
use crate::app::overlay::OrderList;
use crate::app::today::{
    Attention, FigureRow, LOADING, METHODS, MONEY_BY_DAY, MONEY_BY_HOUR, ORDERS_BY_DAY,
    ORDERS_BY_HOUR, peak, title,
};
use crate::core::day::DaySummary;
use crate::core::i18n::Locale;
use crate::core::money::Money;
use crate::t;

/// From this width the charts sit beside the figures instead of above them.
const SIDE_CHARTS: u16 = 116;

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    focused: bool,
    theme: Theme,
    now: DateTime<FixedOffset>,
) {
    let today = now.date_naive();
    let loc = app.locale;
    let pane = &app.today;
    let period = pane.shown(today);
    let style = if focused { theme.title() } else { theme.dim() };
    let block = Block::bordered()
        .title(Span::styled(
            format!(" {} ", title(period, today, loc)),
            style,
        ))
        .border_style(style);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(summary) = pane.summary.as_ref().filter(|s| s.period == period) else {
        frame.render_widget(
            Paragraph::new(Line::styled(loc.text(LOADING), theme.dim())),
            inner,
        );
        return;
    };
    let body = inner;
    let rows = pane.rows();
    if area.width >= SIDE_CHARTS {
        let [list, charts] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(42)])
            .spacing(1)
            .areas(body);
        figures(frame, list, &rows, pane.selected, focused, theme, loc);
        side_charts(frame, charts, summary, theme, loc);
    } else {
        let [charts, list] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(body);
        line_charts(frame, charts, summary, theme, loc);
        figures(frame, list, &rows, pane.selected, focused, theme, loc);
    }
}

fn attention(theme: Theme, a: Attention) -> Style {
    match a {
        Attention::Plain => Style::new(),
        Attention::Warn => theme.warn(),
        Attention::Bad => theme.bad(),
    }
}

/// The figures, a heading above each group; the selected one reversed, the rest scrolling
/// so it stays on screen. What does not fit is counted on the border below ("↓ 6 more").
fn figures(
    frame: &mut Frame,
    area: Rect,
    rows: &[FigureRow],
    selected: usize,
    focused: bool,
    theme: Theme,
    loc: Locale,
) {
    // The longest label in this language ("Verified by the provider") and a space; a very
    // long one is cut rather than squeezing the values.
    let label_w = rows
        .iter()
        .map(|r| r.label.width() + 1)
        .max()
        .unwrap_or(0)
        .clamp(18, 30);
    const BAR: usize = 12;
    // The value gets what the label leaves; a bar only where it still fits beside it.
    let value_room = (area.width as usize).saturating_sub(label_w + 2);
    // The bars start in one column, after the widest value beside a bar.
    let bar_at = rows
        .iter()
        .filter(|r| r.bar.is_some())
        .map(|r| r.value.chars().count())
        .max()
        .unwrap_or(0)
        .min(value_room);
    let mut lines: Vec<(Option<usize>, Line)> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if let Some(h) = &row.heading {
            if !lines.is_empty() {
                lines.push((None, Line::from("")));
            }
            lines.push((None, Line::styled(h.clone(), theme.header())));
        }
        let label = fit(&row.label, label_w);
        let mut value = fit(&row.value, value_room);
        if row.bar.is_some() {
            value = format!("{value:<bar_at$}");
        }
        let room = value_room.saturating_sub(value.chars().count() + 2);
        let mut spans = vec![
            Span::raw(format!(" {label:<label_w$} ")),
            Span::styled(value, attention(theme, row.attention)),
        ];
        if let Some((value, largest)) = row.bar
            && largest > 0
            && room > 0
        {
            let width = ((value.max(0) as i128 * BAR as i128) / largest as i128) as usize;
            spans.push(Span::styled(
                format!("  {}", "█".repeat(width.clamp(1, room))),
                theme.good(),
            ));
        }
        let mut l = Line::from(spans);
        if focused && i == selected {
            l = l.style(theme.selected());
        }
        lines.push((Some(i), l));
    }
    let height = area.height as usize;
    let at = lines
        .iter()
        .position(|(i, _)| *i == Some(selected))
        .unwrap_or(0);
    let start = at
        .saturating_sub(height.saturating_sub(1) / 2)
        .min(lines.len().saturating_sub(height));
    let below = lines.len().saturating_sub(start + height);
    let above = start;
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(start)
        .take(height)
        .map(|(_, l)| l)
        .collect();
    frame.render_widget(Paragraph::new(shown), area);
    if let Some(words) = more(above, below, loc) {
        // On the pane's bottom border, under the figures.
        let width = (words.chars().count() as u16).min(area.width);
        frame.render_widget(
            Paragraph::new(Line::styled(words, theme.dim())),
            Rect::new(area.x + 1, area.bottom(), width, 1),
        );
    }
}

/// " ↑ 4 more · ↓ 6 more (j/k) ": how many lines of figures are off screen, if any.
fn more(above: usize, below: usize, loc: Locale) -> Option<String> {
    let mut parts = Vec::new();
    if above > 0 {
        parts.push(format!("↑ {}", t!(loc, "today-more", count = above)));
    }
    if below > 0 {
        parts.push(format!("↓ {}", t!(loc, "today-more", count = below)));
    }
    (!parts.is_empty()).then(|| format!(" {} (j/k) ", parts.join(" · ")))
}

/// The chart names and values for the period: by hour for a day, by day otherwise.
fn series(s: &DaySummary, loc: Locale) -> (String, String, Vec<i64>, Vec<i64>) {
    let orders: Vec<i64> = s.buckets.iter().map(|b| b.orders).collect();
    let money: Vec<i64> = s.buckets.iter().map(|b| b.received).collect();
    if s.period.is_day() {
        (
            loc.text(ORDERS_BY_HOUR),
            loc.text(MONEY_BY_HOUR),
            orders,
            money,
        )
    } else {
        (
            loc.text(ORDERS_BY_DAY),
            loc.text(MONEY_BY_DAY),
            orders,
            money,
        )
    }
}

/// A sparkline whose empty hours show as a dotted baseline, so a quiet hour reads as
/// nothing rather than as a gap in the chart.
fn spark(values: &[i64], style: Style) -> Sparkline<'static> {
    let data: Vec<u64> = values.iter().map(|v| (*v).max(0) as u64).collect();
    let bars = ratatui::symbols::bar::Set {
        empty: "·",
        ..ratatui::symbols::bar::NINE_LEVELS
    };
    Sparkline::default().data(data).style(style).bar_set(bars)
}

/// Two one-line charts above the figures (narrow screens): name, bars, the peak.
fn line_charts(frame: &mut Frame, area: Rect, s: &DaySummary, theme: Theme, loc: Locale) {
    let (orders_name, money_name, orders, money) = series(s, loc);
    let m = |minor: i64| loc.money(Money::new(minor, s.currency));
    let n = |v: i64| loc.number(v);
    let width = orders.len().min(31) as u16;
    // The names as long as this language needs, within reason.
    let name_w = [&orders_name, &money_name]
        .iter()
        .map(|n| n.width())
        .max()
        .unwrap_or(0)
        .clamp(16, 24);
    for (row, (name, values, peak_words)) in [
        (orders_name, &orders, peak(&orders, s.period, n, loc)),
        (money_name, &money, peak(&money, s.period, m, loc)),
    ]
    .into_iter()
    .enumerate()
    {
        let y = area.y + row as u16;
        if y >= area.bottom() {
            break;
        }
        let name = fit(&name, name_w);
        let [label, bars, note] = Layout::horizontal([
            Constraint::Length(name_w as u16 + 2),
            Constraint::Length(width + 1),
            Constraint::Fill(1),
        ])
        .areas(Rect::new(area.x, y, area.width, 1));
        frame.render_widget(Paragraph::new(format!(" {name}")), label);
        frame.render_widget(spark(values, theme.good()), bars);
        frame.render_widget(Paragraph::new(Line::styled(peak_words, theme.dim())), note);
    }
}

/// "0:00  6:00  12:00 18:00" under a chart whose hours are `each` columns wide, each label
/// starting at its hour's first column.
fn hour_axis(each: usize) -> String {
    let mut axis = String::new();
    for hour in [0, 6, 12, 18] {
        let at = hour * each;
        let width = axis.chars().count();
        if width > 0 {
            axis.push_str(&" ".repeat(at.saturating_sub(width).max(1)));
        }
        axis.push_str(&format!("{hour}:00"));
    }
    axis
}

/// Charts beside the figures (wide screens): orders and money over the hours, then money by
/// method as bars.
fn side_charts(frame: &mut Frame, area: Rect, s: &DaySummary, theme: Theme, loc: Locale) {
    let (orders_name, money_name, orders, money) = series(s, loc);
    let m = |minor: i64| loc.money(Money::new(minor, s.currency));
    let n = |v: i64| loc.number(v);
    let methods = s.by_method.len().max(1) as u16;
    let [top, middle, bottom] = Layout::vertical([
        Constraint::Length(9),
        Constraint::Length(9),
        Constraint::Length(methods + 2),
    ])
    .areas(area);
    for (rect, name, values, peak_words) in [
        (top, orders_name, &orders, peak(&orders, s.period, n, loc)),
        (middle, money_name, &money, peak(&money, s.period, m, loc)),
    ] {
        let block = Block::bordered().title(Span::styled(format!(" {name} "), theme.dim()));
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let [bars, note] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(2)]).areas(inner);
        // Each hour (or day) gets as many columns as fit, so a week is as wide as a day.
        let each = (bars.width as usize / values.len().max(1)).clamp(1, 6);
        let stretched: Vec<i64> = values
            .iter()
            .flat_map(|v| std::iter::repeat_n(*v, each))
            .collect();
        let width = (stretched.len() as u16).min(bars.width);
        frame.render_widget(
            spark(&stretched, theme.good()),
            Rect::new(bars.x, bars.y, width, bars.height),
        );
        let axis = if s.period.is_day() {
            hour_axis(each)
        } else {
            format!(
                "{} … {}",
                loc.day_month_name(s.period.from),
                loc.day_month_name(s.period.to)
            )
        };
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(axis, theme.dim()),
                Line::styled(peak_words, theme.dim()),
            ]),
            note,
        );
    }
    let methods_title = loc.text(METHODS);
    let block = Block::bordered().title(Span::styled(format!(" {methods_title} "), theme.dim()));
    if s.by_method.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(t!(loc, "today-nothing-received"), theme.dim()))
                .block(block),
            bottom,
        );
        return;
    }
    // Each method's name whole where the chart has room ("transferência"), cut beyond.
    let method_w = s
        .by_method
        .iter()
        .map(|(method, _)| loc.text(method.key()).width())
        .max()
        .unwrap_or(0)
        .clamp(8, 14);
    let bars: Vec<Bar> = s
        .by_method
        .iter()
        .map(|(method, t)| {
            Bar::default()
                .value(t.amount.max(0) as u64)
                .label(Line::from(format!(
                    "{:<method_w$} {:>11} ",
                    fit(&loc.text(method.key()), method_w),
                    m(t.amount)
                )))
                .text_value(String::new())
        })
        .collect();
    let chart = BarChart::horizontal(bars)
        .block(block)
        .bar_width(1)
        .bar_gap(0)
        .bar_style(theme.good())
        .direction(Direction::Horizontal);
    frame.render_widget(chart, bottom);
}

/// The orders behind a figure, over the panes: Enter opens one, Esc goes back.
pub fn draw_orders(
    frame: &mut Frame,
    area: Rect,
    list: &OrderList,
    theme: Theme,
    loc: Locale,
    now: DateTime<FixedOffset>,
) {
    frame.render_widget(Clear, area);
    let more = if list.total > list.rows.len() {
        t!(
            loc,
            "today-list-first",
            shown = list.rows.len(),
            total = list.total
        )
    } else {
        format!(" · {}", loc.number(list.total as i64))
    };
    let block = Block::bordered().title(Span::styled(
        format!(
            " {}{more} · {} ",
            line(&list.title),
            t!(loc, "today-list-keys")
        ),
        theme.title(),
    ));
    let (header, rows, widths) = order_table(&list.rows, |_| false, area.width, now, theme, loc);
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .column_spacing(1)
        .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(list.selected));
    frame.render_stateful_widget(table, area, &mut state);
}
