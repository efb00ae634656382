//! Styles. With NO_COLOR every style is plain or bold/reversed/underlined: colour is never
//! the only signal (marks like "!" and "?" and words carry the meaning too).

use ratatui::style::{Color, Modifier, Style};

use crate::app::Tone;
use crate::core::queue::Label;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn header(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn key(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn warn(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn bad(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn good(self) -> Style {
        self.fg(Color::Green)
    }

    pub fn tone(self, tone: Tone) -> Style {
        match tone {
            Tone::Info => Style::new(),
            Tone::Good => self.good(),
            Tone::Bad => self.bad(),
        }
    }

    /// The focused pane's tab.
    pub fn tab(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            self.dim()
        }
    }

    /// How urgent a queue label is: chosen from the typed label, never from its words.
    pub fn label(self, label: Label) -> Style {
        match label {
            Label::ClaimToVerify => self.warn(),
            l if l.money_due() => self.fg(Color::Red),
            Label::DepositPaid => self.fg(Color::Magenta),
            Label::PaidToPack => self.good().add_modifier(Modifier::BOLD),
            Label::Draft => self.dim(),
            _ => Style::new(),
        }
    }
}
