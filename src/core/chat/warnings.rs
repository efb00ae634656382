//! Warnings for the person at the desk, capped so a 10 MB paste of odd lines cannot bury
//! the screen: the first few of each kind are shown and the rest are counted.

use std::collections::HashMap;

use crate::core::i18n::Message;
use crate::msg;

/// How many warnings of one kind are listed before the rest are only counted.
const SHOWN_PER_KIND: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum WarningKind {
    Paste,
    DateOrder,
    ImpossibleDate,
    ImpossibleTime,
    OtherLayout,
}

#[derive(Debug, Default)]
pub(crate) struct Warnings {
    shown: Vec<Message>,
    hidden: HashMap<WarningKind, usize>,
    per_kind: HashMap<WarningKind, usize>,
    first_hidden: Vec<WarningKind>,
}

impl Warnings {
    pub fn push(&mut self, kind: WarningKind, text: Message) {
        let seen = self.per_kind.entry(kind).or_insert(0);
        *seen += 1;
        if *seen <= SHOWN_PER_KIND {
            self.shown.push(text);
        } else {
            let hidden = self.hidden.entry(kind).or_insert(0);
            if *hidden == 0 {
                self.first_hidden.push(kind);
            }
            *hidden += 1;
        }
    }

    /// The warnings in the order they were raised, then one "and N more" line per kind.
    pub fn finish(mut self) -> Vec<Message> {
        for kind in &self.first_hidden {
            let count = self.hidden.get(kind).copied().unwrap_or(0);
            self.shown.push(msg!(
                "parse-more-warnings",
                count = count,
                kind = describe(*kind)
            ));
        }
        self.shown
    }
}

fn describe(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::Paste => "paste",
        WarningKind::DateOrder => "date-order",
        WarningKind::ImpossibleDate => "date",
        WarningKind::ImpossibleTime => "time",
        WarningKind::OtherLayout => "layout",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_each_kind_and_counts_the_rest() {
        let mut w = Warnings::default();
        for i in 0..8 {
            w.push(
                WarningKind::ImpossibleDate,
                Message::plain(format!("date {i}")),
            );
        }
        w.push(WarningKind::Paste, Message::plain("paste"));
        let list: Vec<String> = w.finish().iter().map(ToString::to_string).collect();
        assert_eq!(list.len(), SHOWN_PER_KIND + 2);
        assert_eq!(list[SHOWN_PER_KIND], "paste");
        assert_eq!(
            list[SHOWN_PER_KIND + 1],
            "… and 3 more warnings like these (impossible dates)"
        );
    }
}
