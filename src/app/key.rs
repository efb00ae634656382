//! Keys as the desk sees them, independent of the terminal library (the runtime converts).

/// A key, without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyPress {
    pub key: Key,
    pub ctrl: bool,
    /// Shift with a key that is not a character (Shift-←); a shifted character is the
    /// character itself ('G').
    pub shift: bool,
}

impl KeyPress {
    pub const fn plain(key: Key) -> KeyPress {
        KeyPress {
            key,
            ctrl: false,
            shift: false,
        }
    }

    pub const fn ctrl(c: char) -> KeyPress {
        KeyPress {
            key: Key::Char(c),
            ctrl: true,
            shift: false,
        }
    }

    pub const fn shift(key: Key) -> KeyPress {
        KeyPress {
            key,
            ctrl: false,
            shift: true,
        }
    }

    /// Parses the names tests and docs use: "j", "Enter", "Esc", "Ctrl-v", "Up", "Tab", "+",
    /// "Shift-Left".
    pub fn parse(name: &str) -> Option<KeyPress> {
        if let Some(rest) = name.strip_prefix("Shift-") {
            return KeyPress::parse(rest)
                .filter(|p| !matches!(p.key, Key::Char(_)) && !p.ctrl)
                .map(|p| KeyPress::shift(p.key));
        }
        if let Some(rest) = name.strip_prefix("Ctrl-") {
            let mut chars = rest.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) => Some(KeyPress::ctrl(c.to_ascii_lowercase())),
                _ => None,
            };
        }
        let key = match name {
            "Enter" => Key::Enter,
            "Esc" => Key::Esc,
            "Tab" => Key::Tab,
            "BackTab" => Key::BackTab,
            "Backspace" => Key::Backspace,
            "Delete" => Key::Delete,
            "Up" => Key::Up,
            "Down" => Key::Down,
            "Left" => Key::Left,
            "Right" => Key::Right,
            "Home" => Key::Home,
            "End" => Key::End,
            "PageUp" => Key::PageUp,
            "PageDown" => Key::PageDown,
            "Space" => Key::Char(' '),
            other => {
                let mut chars = other.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Key::Char(c),
                    _ => return None,
                }
            }
        };
        Some(KeyPress::plain(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse() {
        assert_eq!(KeyPress::parse("j"), Some(KeyPress::plain(Key::Char('j'))));
        assert_eq!(KeyPress::parse("Ctrl-V"), Some(KeyPress::ctrl('v')));
        assert_eq!(KeyPress::parse("Enter"), Some(KeyPress::plain(Key::Enter)));
        assert_eq!(KeyPress::parse("+"), Some(KeyPress::plain(Key::Char('+'))));
        assert_eq!(KeyPress::parse("Nope"), None);
        assert_eq!(
            KeyPress::parse("Shift-Left"),
            Some(KeyPress::shift(Key::Left))
        );
        assert_eq!(
            KeyPress::parse("Shift-x"),
            None,
            "a shifted letter is the letter"
        );
    }
}
