//! A list to choose from, narrowed as you type: fuzzy over a known list (products, payment
//! methods, stages), or fed by the book as you type (customers).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::key::KeyPress;
use super::prompt::{Ask, Prompt};
use uuid::Uuid;

use super::effect::OrderRef;
use super::keymap::{Command, Context};
use super::panes::PaneId;
use crate::core::money::Money;
use crate::core::order::Fulfilment;
use crate::core::payment::Method;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickValue {
    Sku(String),
    Method(Method),
    Stage(Fulfilment),
    Payment(Uuid),
    /// An existing customer (phone or, without one, the name).
    Customer {
        key: String,
        name: String,
        address: Option<String>,
    },
    /// A customer to create from what was typed.
    NewCustomer(String),
    /// The command line's choices: an order, a pane, a customer's history, an action.
    Order(i64),
    Pane(PaneId),
    History(Uuid),
    /// An action by name, with the screen it belongs to.
    Action(Context, Command),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    pub label: String,
    pub detail: String,
    pub value: PickValue,
}

/// What the choice is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Replace the product of review line `line`, or add a line when None; `phrase` is the
    /// unmatched phrase of the draft the new line is for.
    ReviewProduct {
        line: Option<usize>,
        phrase: Option<String>,
    },
    ReviewCustomer,
    PayMethod {
        number: i64,
        amount: Money,
    },
    Advance(OrderRef),
    Verify {
        number: i64,
    },
    Reject {
        number: i64,
    },
    MergeInto {
        from: String,
    },
    /// `:` — go to an order, a pane or a customer, or run any action by name.
    Palette,
}

#[derive(Debug, Clone)]
pub struct Picker {
    pub title: String,
    pub query: Prompt,
    pub items: Vec<PickItem>,
    /// Indices into `items`, best match first.
    pub shown: Vec<usize>,
    pub selected: usize,
    pub pick: Pick,
    /// Items come from a search in the book (customers) rather than fuzzy matching here.
    pub searched: bool,
    /// Shown above the list, never typed into the query: what the customer wrote.
    pub context: String,
    /// A short list where nobody needs to type (stages, methods, claims): `j`/`k` move.
    pub jk_moves: bool,
    /// The item the cursor starts on while nothing is typed (by label), even when the items
    /// arrive after the picker opens: the product the customer asked about.
    pub prefer: Option<String>,
}

impl Picker {
    pub fn new(title: impl Into<String>, items: Vec<PickItem>, pick: Pick) -> Picker {
        let mut p = Picker {
            title: title.into(),
            query: Prompt::new("", "", "", Ask::Jump),
            items,
            shown: Vec::new(),
            selected: 0,
            pick,
            searched: false,
            context: String::new(),
            jk_moves: false,
            prefer: None,
        };
        p.refilter();
        p
    }

    /// A short list to choose from with `j`/`k` (typing still narrows it).
    pub fn short(title: impl Into<String>, items: Vec<PickItem>, pick: Pick) -> Picker {
        let mut p = Picker::new(title, items, pick);
        p.jk_moves = true;
        p
    }

    /// A picker whose items arrive from searches (`set_items`).
    pub fn searching(title: impl Into<String>, pick: Pick) -> Picker {
        let mut p = Picker::new(title, Vec::new(), pick);
        p.searched = true;
        p
    }

    pub fn typed(&self) -> &str {
        self.query.value()
    }

    /// Tab: the query becomes the chosen item's words, to go on from there.
    pub fn complete(&mut self) {
        if let Some(label) = self.chosen().map(|i| i.label.clone()) {
            self.query = Prompt::new("", "", label, Ask::Jump);
            if !self.searched {
                self.refilter();
            }
        }
    }

    /// Edits the query; true when it changed.
    pub fn edit(&mut self, press: KeyPress) -> bool {
        let before = self.typed().to_string();
        self.query.edit(press);
        let changed = before != self.typed();
        if changed && !self.searched {
            self.refilter();
        }
        changed
    }

    pub fn set_items(&mut self, items: Vec<PickItem>) {
        self.items = items;
        self.refilter();
    }

    pub fn refilter(&mut self) {
        let query = self.typed().trim().to_string();
        if query.is_empty() || self.searched {
            self.shown = (0..self.items.len()).collect();
        } else {
            let mut matcher = Matcher::new(Config::DEFAULT);
            let mut buf = Vec::new();
            let typed_words = words(&query);
            // A colour or size typed in any language ("preta", "P"): its words in all of them.
            let synonyms: Vec<Vec<String>> = typed_words
                .iter()
                .map(|t| crate::core::chat::variant_synonyms(t))
                .collect();
            // One pattern per set of words left for fuzzy matching.
            let mut patterns: std::collections::HashMap<String, Pattern> =
                std::collections::HashMap::new();
            let mut scored: Vec<(usize, (u32, u32))> = Vec::new();
            for (i, item) in self.items.iter().enumerate() {
                // A SKU typed in full is the product meant, whatever else scores.
                if matches!(&item.value, PickValue::Sku(sku) if sku.eq_ignore_ascii_case(&query)) {
                    scored.push((i, (u32::MAX, u32::MAX)));
                    continue;
                }
                let haystack = format!("{} {}", item.label, item.detail);
                // Whole words first: "m" is the size M before the m of "manga"; a colour or
                // size in another language ("preta", "P") is a whole word of its variant.
                let label_words = words(&item.label);
                let folded_label: Vec<String> = label_words
                    .iter()
                    .map(|w| crate::core::chat::phrase_key(w))
                    .collect();
                let mut hits = 0;
                let mut rest: Vec<&str> = Vec::new();
                for (t, same) in typed_words.iter().zip(&synonyms) {
                    if label_words.iter().any(|w| w == t) {
                        hits += 2;
                        rest.push(t);
                    } else if same.iter().any(|s| folded_label.contains(s)) {
                        hits += 2;
                    } else {
                        hits += u32::from(label_words.iter().any(|w| w.starts_with(t.as_str())));
                        rest.push(t);
                    }
                }
                let fuzzy = if rest.is_empty() {
                    Some(0)
                } else {
                    let key = rest.join(" ");
                    let pattern = patterns.entry(key).or_insert_with_key(|k| {
                        Pattern::parse(k, CaseMatching::Ignore, Normalization::Smart)
                    });
                    pattern.score(Utf32Str::new(&haystack, &mut buf), &mut matcher)
                };
                if let Some(score) = fuzzy {
                    scored.push((i, (hits, score)));
                }
            }
            // Best first; ties keep the list's own order.
            scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            self.shown = scored.into_iter().map(|(i, _)| i).collect();
        }
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
        if query.is_empty()
            && let Some(label) = &self.prefer
            && let Some(at) = self
                .shown
                .iter()
                .position(|&k| self.items[k].label == *label)
        {
            self.selected = at;
        }
    }

    /// Moves the selection by `delta`, staying in the list.
    pub fn move_by(&mut self, delta: isize) {
        if !self.shown.is_empty() {
            self.selected = self
                .selected
                .saturating_add_signed(delta)
                .min(self.shown.len() - 1);
        }
    }

    pub fn chosen(&self) -> Option<&PickItem> {
        self.shown
            .get(self.selected)
            .and_then(|i| self.items.get(*i))
    }
}

/// The words of a label or query, lower case, split at anything not a letter or digit.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::key::Key;

    fn item(label: &str) -> PickItem {
        PickItem {
            label: label.into(),
            detail: String::new(),
            value: PickValue::Sku(label.into()),
        }
    }

    #[test]
    fn typing_narrows_fuzzily() {
        let mut p = Picker::new(
            "Product",
            vec![
                item("Leather Jacket Black / M"),
                item("Wool Scarf Red"),
                item("Basic Tee White / M"),
            ],
            Pick::ReviewProduct {
                line: None,
                phrase: None,
            },
        );
        assert_eq!(p.shown.len(), 3);
        for c in "scrf".chars() {
            p.edit(KeyPress::plain(Key::Char(c)));
        }
        assert_eq!(p.chosen().map(|i| i.label.as_str()), Some("Wool Scarf Red"));
        p.edit(KeyPress::plain(Key::Char('z')));
        assert!(p.chosen().is_none());
        p.edit(KeyPress::plain(Key::Backspace));
        assert!(p.chosen().is_some());
    }

    #[test]
    fn colour_and_size_words_find_the_variant_in_any_language() {
        let mut p = Picker::new(
            "Product",
            vec![
                item("Basic Tee White / M"),
                item("Basic Tee Black / S"),
                item("Basic Tee Black / L"),
            ],
            Pick::ReviewProduct {
                line: None,
                phrase: None,
            },
        );
        for text in ["tee preta P", "tee negra CH", "tee schwarz S"] {
            p.query = Prompt::new("", "", "", Ask::Jump);
            for c in text.chars() {
                p.edit(KeyPress::plain(Key::Char(c)));
            }
            assert_eq!(
                p.chosen().map(|i| i.label.as_str()),
                Some("Basic Tee Black / S"),
                "{text}"
            );
        }
    }
}
