//! Popups over the panes: prompts, pickers, yes/no questions, text to copy by hand, help.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::centered;
use super::text::{fit, line, lines};
use super::theme::Theme;
use crate::app::keymap::{HELP_WIDTH, HelpLine};
use crate::app::overlay::{Confirm, TextPopup};
use crate::app::picker::Picker;
use crate::app::prompt::Prompt;
use crate::core::i18n::Locale;
use crate::t;

pub fn prompt(frame: &mut Frame, area: Rect, p: &Prompt, theme: Theme) {
    let rect = centered(area, 70, 5);
    frame.render_widget(Clear, rect);
    let block =
        Block::bordered().title(Span::styled(format!(" {} ", line(&p.title)), theme.title()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [input, hint] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(2)]).areas(inner);
    let width = input.width.saturating_sub(1) as usize;
    let scroll = p.input.visual_scroll(width);
    let shown: String = line(p.value()).chars().skip(scroll).collect();
    frame.render_widget(Paragraph::new(format!(" {shown}")), input);
    frame.render_widget(
        Paragraph::new(Line::styled(line(&p.hint), theme.dim())).wrap(Wrap { trim: true }),
        hint,
    );
    let x = input.x + 1 + (p.input.visual_cursor().saturating_sub(scroll)) as u16;
    frame.set_cursor_position(Position::new(
        x.min(input.right().saturating_sub(1)),
        input.y,
    ));
}

pub fn picker(frame: &mut Frame, area: Rect, p: &Picker, theme: Theme, loc: Locale) {
    let extra = u16::from(!p.context.trim().is_empty());
    let height = (p.shown.len() as u16 + 4 + extra).clamp(6, area.height.saturating_sub(2).max(6));
    let rect = centered(area, 76, height);
    frame.render_widget(Clear, rect);
    let block =
        Block::bordered().title(Span::styled(format!(" {} ", line(&p.title)), theme.title()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let context_rows = u16::from(!p.context.trim().is_empty());
    let [context, query, list_area] = Layout::vertical([
        Constraint::Length(context_rows),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    if context_rows > 0 {
        // The words around the quote take their own width; the quote gets the rest.
        let frame_words = t!(loc, "picker-they-said", said = "").width();
        let room = (context.width as usize).saturating_sub(frame_words + 1);
        let said = fit(&line(&p.context), room);
        frame.render_widget(
            Paragraph::new(Line::styled(
                t!(loc, "picker-they-said", said = said),
                theme.dim(),
            )),
            context,
        );
    }
    frame.render_widget(Paragraph::new(format!("› {}", line(p.typed()))), query);
    frame.set_cursor_position(Position::new(
        query.x + 2 + p.query.input.visual_cursor() as u16,
        query.y,
    ));
    if p.shown.is_empty() {
        let message = if p.searched && p.typed().is_empty() {
            t!(loc, "picker-type-to-search")
        } else {
            t!(loc, "picker-nothing-matches")
        };
        frame.render_widget(
            Paragraph::new(Line::styled(message, theme.dim())),
            list_area,
        );
        return;
    }
    let width = list_area.width as usize;
    let items: Vec<ListItem> = p
        .shown
        .iter()
        .filter_map(|i| p.items.get(*i))
        .map(|item| {
            let label = fit(&line(&item.label), width.saturating_sub(2));
            let room = width.saturating_sub(label.chars().count() + 4);
            ListItem::new(Line::from(vec![
                Span::raw(label),
                Span::styled(format!("  {}", fit(&line(&item.detail), room)), theme.dim()),
            ]))
        })
        .collect();
    let list = List::new(items)
        .highlight_style(theme.selected())
        .highlight_symbol("› ");
    let mut state = ListState::default().with_selected(Some(p.selected));
    frame.render_stateful_widget(list, list_area, &mut state);
}

pub fn confirm(frame: &mut Frame, area: Rect, c: &Confirm, theme: Theme, loc: Locale) {
    let rect = centered(area, 64, 7);
    frame.render_widget(Clear, rect);
    let title = format!(" {} ", t!(loc, "confirm-title"));
    let block = Block::bordered().title(Span::styled(title, theme.title()));
    let keys = if c.no.is_some() || c.then_no.is_some() {
        t!(loc, "confirm-keys-three")
    } else {
        t!(loc, "confirm-keys-two")
    };
    let text = vec![
        Line::from(line(&c.question)),
        Line::from(""),
        Line::styled(keys, theme.key()),
    ];
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        rect,
    );
}

pub fn text(frame: &mut Frame, area: Rect, t: &TextPopup, theme: Theme) {
    let body = lines(&t.text);
    let height = (body.len() as u16 + 5).min(area.height);
    let rect = centered(area, area.width.saturating_sub(4).min(90), height);
    frame.render_widget(Clear, rect);
    let block =
        Block::bordered().title(Span::styled(format!(" {} ", line(&t.title)), theme.title()));
    let mut text: Vec<Line> = body.into_iter().map(Line::from).collect();
    text.push(Line::from(""));
    text.push(Line::styled(line(&t.note), theme.dim()));
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: false }),
        rect,
    );
}

/// Every binding, this screen's first, each once: the same table the keys and the footer use.
pub fn help(
    frame: &mut Frame,
    area: Rect,
    scroll: u16,
    theme: Theme,
    loc: Locale,
    backup: &str,
    lines: &[HelpLine],
) {
    let rect = centered(area, HELP_WIDTH, area.height);
    frame.render_widget(Clear, rect);
    let mut text: Vec<Line> = vec![
        Line::styled(t!(loc, "help-intro"), theme.dim()),
        Line::styled(backup.to_string(), theme.dim()),
    ];
    for l in lines {
        text.push(match l {
            HelpLine::Blank => Line::from(""),
            HelpLine::Title(title) => Line::styled(title.clone(), theme.header()),
            HelpLine::Key { lead, what } => Line::from(vec![
                Span::styled(lead.clone(), theme.key()),
                Span::raw(what.clone()),
            ]),
        });
    }
    let title = format!(" {} ", t!(loc, "help-title"));
    let block = Block::bordered().title(Span::styled(title, theme.title()));
    frame.render_widget(Paragraph::new(text).block(block).scroll((scroll, 0)), rect);
}
