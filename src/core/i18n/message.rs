//! A message as data: a catalog key and its typed arguments, put into words only when a
//! person reads it, in their language. Errors and refusals carry these across the seams, so
//! the part that refuses never decides the language (and tests compare keys, not prose).

use std::fmt;

use super::catalog::Arg;
use super::locale::Locale;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// Words from outside the catalogs, passed through as they are (a message from SQLite,
    /// the operating system or a provider): shown the same in every language.
    pub fn plain(text: impl Into<String>) -> Message {
        Message::new("plain").arg("text", Arg::Text(text.into()))
    }

    /// Several messages as one, separated by semicolons ("skipped Ana: …; skipped Rui: …").
    pub fn list(messages: impl IntoIterator<Item = Message>) -> Message {
        let mut all: Vec<Message> = messages.into_iter().collect();
        let Some(mut joined) = all.pop() else {
            return Message::plain("");
        };
        while let Some(before) = all.pop() {
            joined = Message::new("list-semicolon")
                .arg("first", before)
                .arg("rest", joined);
        }
        joined
    }

    /// The message in `loc`'s words, money and numbers.
    pub fn in_locale(&self, loc: Locale) -> String {
        loc.message(self.key, &self.args)
    }
}

/// English: what logs and `to_string()` get.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_locale(Locale::EN))
    }
}

/// In JSON a message is its English words: JSON is the same whatever the reader's language.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

/// A message value: `msg!("error-no-order", number = id(n))`.
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::core::i18n::Message::new($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::core::i18n::Message::new($key)$(.arg(stringify!($name), $value))+
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::id;
    use crate::core::money::{Currency, Money};

    #[test]
    fn a_message_is_worded_when_it_is_read() {
        let m = crate::msg!(
            "error-only-left",
            available = 1,
            product = "Cachecol de Lã",
            asked = 2
        );
        assert_eq!(m.to_string(), "only 1 of 'Cachecol de Lã' left (2 asked)");
        assert_eq!(
            m.in_locale(Locale::PT_BR),
            "só resta 1 de 'Cachecol de Lã' (pedidos: 2)"
        );
        let nested = crate::msg!(
            "error-while",
            doing = crate::msg!("doing-confirm-order", number = id(1042)),
            why = m
        );
        assert_eq!(
            nested.to_string(),
            "cannot confirm order #1042: only 1 of 'Cachecol de Lã' left (2 asked)"
        );
        let money = crate::msg!(
            "error-not-positive",
            amount = Money::new(-500, Currency::BRL)
        );
        assert!(
            money.in_locale(Locale::PT_BR).contains("-R$ 5,00"),
            "{}",
            money.in_locale(Locale::PT_BR)
        );
        assert_eq!(
            Message::plain("disk I/O error").in_locale(Locale::DE),
            "disk I/O error"
        );
    }
}
