//! Widgets that draw the desk from its state. They read `App` and never change it.

mod detail;
mod order_table;
mod panes;
mod popups;
mod review;
pub mod text;
pub mod theme;
mod today;

use crate::core::backup_age::last_backup_line;
use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::keymap::{hints, key_name};
use crate::app::overlay::Overlay;
use crate::app::panes::PaneId;
use crate::t;
use theme::Theme;

/// Draws the whole screen. `now` (local time) makes ages ("3h") and clock times; it is passed
/// in so the widgets read no clock and tests are stable.
pub fn draw(frame: &mut Frame, app: &App, now: DateTime<FixedOffset>) {
    let theme = Theme::new(app.color);
    // A message longer than the screen is wide gets a second row rather than being cut.
    let status_rows = match &app.status {
        Some(s) if text::line(&s.text).chars().count() + 3 > frame.area().width as usize => 2,
        _ => 1,
    };
    let [top, body, status, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(status_rows),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    draw_tabs(frame, top, app, theme);
    draw_body(frame, body, app, theme, now);
    draw_status(frame, status, app, theme);
    draw_keys(frame, keys, app, theme);
}

fn draw_body(frame: &mut Frame, area: Rect, app: &App, theme: Theme, now: DateTime<FixedOffset>) {
    let panes = app.visible_panes();
    let areas: Vec<Rect> = if panes.len() > 1 {
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
            .split(area)
            .to_vec()
    } else {
        vec![area]
    };
    let loc = app.locale;
    for (pane, area) in panes.iter().zip(areas) {
        let focused = *pane == app.pane && app.overlays.is_empty();
        panes::draw(frame, area, app, *pane, focused, theme, now);
    }
    // Overlays stack: full-screen views first, popups on top of them.
    for overlay in &app.overlays {
        match overlay {
            Overlay::Detail(d) => detail::draw(frame, area, d, theme, loc, now),
            Overlay::History { history, selected } => {
                detail::draw_history(frame, area, history, *selected, theme, loc, now)
            }
            Overlay::Orders(list) => today::draw_orders(frame, area, list, theme, loc, now),
            Overlay::Review(r) => review::draw(frame, area, r, theme, loc, now),
            Overlay::Picker(p) => popups::picker(frame, area, p, theme, loc),
            Overlay::Prompt(p) => popups::prompt(frame, area, p, theme),
            Overlay::Confirm(c) => popups::confirm(frame, area, c, theme, loc),
            Overlay::Text(t) => popups::text(frame, area, t, theme),
            Overlay::Help {
                scroll,
                under,
                state,
            } => {
                let backup =
                    last_backup_line(app.last_backup, now.with_timezone(&chrono::Utc), loc);
                let lines = crate::app::keymap::help_lines(*under, *state, loc, area.width);
                popups::help(frame, area, *scroll, theme, loc, &backup, &lines)
            }
        }
    }
}

fn draw_tabs(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    // While something runs in the background, a mark at the right says so; the keys keep
    // working meanwhile.
    let working = app.working_on().map(|w| {
        if area.width >= 110 {
            text::line(&w)
        } else {
            t!(app.locale, "working-short")
        }
    });
    let [area, mark] = Layout::horizontal([
        Constraint::Min(40),
        Constraint::Length(working.as_ref().map_or(0, |w| w.chars().count() as u16 + 2)),
    ])
    .areas(area);
    if let Some(w) = working {
        let w = text::fit(&w, mark.width.saturating_sub(1) as usize);
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(format!(" {w}"), theme.warn()))),
            mark,
        );
    }
    let least = if mark.width > 0 { 3 } else { 8 };
    let spaced = tabs(app, area.width, theme, true);
    let taken: usize = spaced.iter().map(|s| s.content.width()).sum();
    // Five tabs in a longer language do not fit 80 columns with room around each: then the
    // unfocused ones lose their padding rather than the last tab being cut.
    let tabs = if taken + 2 + least > area.width as usize {
        tabs(app, area.width, theme, false)
    } else {
        spaced
    };
    // The shop's name gives way to the tabs (and the mark) on a narrow screen: it gets what
    // the tabs in this language leave, and is cut between words where it can be.
    let taken: usize = tabs.iter().map(|s| s.content.width()).sum();
    let room = (area.width as usize).saturating_sub(taken + 2).max(least);
    let shop = text::fit_words(&text::line(&app.shop), room);
    let mut spans = vec![Span::styled(format!(" {shop} "), theme.title())];
    spans.extend(tabs);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The panes' tabs: "[1 Orders (49)]" focused, " 2 Inventory " (or "2 Inventory" when not
/// `spaced`) the others, each after a space.
fn tabs(app: &App, width: u16, theme: Theme, spaced: bool) -> Vec<Span<'static>> {
    let mut tabs = Vec::new();
    for pane in PaneId::ALL {
        let focused = pane == app.pane;
        let count = match pane {
            PaneId::Orders => match app.orders.counted_total() {
                Some(n) => format!(" ({})", app.locale.number(n)),
                None => " (…)".to_string(),
            },
            PaneId::Payments if app.payments.waiting() > 0 => {
                let n = app.payments.waiting();
                if width >= 100 {
                    t!(app.locale, "tab-to-do", count = n)
                } else {
                    format!(" ({n}?)")
                }
            }
            _ => String::new(),
        };
        let label = format!(
            "{} {}{count}",
            pane.index() + 1,
            app.locale.text(pane.title())
        );
        let label = if focused {
            format!("[{label}]")
        } else if spaced {
            format!(" {label} ")
        } else {
            label
        };
        tabs.push(Span::raw(" "));
        tabs.push(Span::styled(label, theme.tab(focused)));
    }
    tabs
}

fn draw_status(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let Some(status) = &app.status else { return };
    // A mark before the words, so the tone reads without colour too.
    let mark = match status.tone {
        crate::app::Tone::Info => "·",
        crate::app::Tone::Good => "✓",
        crate::app::Tone::Bad => "✗",
    };
    let line = Line::from(Span::styled(
        format!(" {mark} {}", text::line(&status.text)),
        theme.tone(status.tone),
    ));
    frame.render_widget(
        Paragraph::new(line).wrap(ratatui::widgets::Wrap { trim: false }),
        area,
    );
}

fn draw_keys(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let worded: Vec<(String, String)> = hints(app.context(), app.order_state())
        .into_iter()
        .map(|(keys, label)| (key_name(keys, app.locale), app.locale.text(label)))
        .collect();
    let width = |(keys, label): &(String, String)| keys.chars().count() + label.chars().count() + 3;
    // `?` is the way to every other key: its hint keeps its room in every language, and
    // the others share what is left.
    let help = worded.iter().position(|(keys, _)| keys == "?");
    let mut used = help.map_or(0, |i| width(&worded[i]));
    let mut shown = vec![false; worded.len()];
    for (i, hint) in worded.iter().enumerate() {
        if Some(i) == help {
            shown[i] = true;
            continue;
        }
        // A long hint that does not fit gives way to the shorter ones after it.
        let len = width(hint);
        if used + len <= area.width as usize {
            used += len;
            shown[i] = true;
        }
    }
    let mut spans = Vec::new();
    for ((keys, label), _) in worded.iter().zip(&shown).filter(|(_, s)| **s) {
        spans.push(Span::styled(format!(" {keys}"), theme.key()));
        spans.push(Span::styled(format!(" {label} "), Style::new()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A rectangle of `width` × `height` centred in `area` (clipped to it).
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
