//! Matching lists of word sequences ("lip balm", "doch lieber", "half a dozen") against a
//! message's words: the longest entry at a position wins, found through a map from its first
//! word, so a message costs one lookup per word whatever the size of the lists.

use std::collections::HashMap;

use super::words::Token;

/// A message's words, each with the dictionary forms it may stand for (see
/// [`super::words::stems`]). Built once per message and shared by every reader.
#[derive(Debug, Clone)]
pub(crate) struct Words {
    pub tokens: Vec<Token>,
    /// `forms[i]`: the folded word itself first, then its stems; empty for non-words.
    pub forms: Vec<Vec<String>>,
}

impl Words {
    pub fn new(tokens: Vec<Token>) -> Words {
        let forms = tokens
            .iter()
            .map(|t| {
                if t.is_word() {
                    super::words::stems(&t.text)
                } else {
                    Vec::new()
                }
            })
            .collect();
        Words { tokens, forms }
    }

    /// Reads a text.
    pub fn of(text: &str) -> Words {
        Words::new(super::words::tokenize(text))
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The folded text of token `i`, or "" past the end.
    pub fn text(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text.as_str())
    }
}

/// An entry's words may match a token exactly or through the token's stems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Match {
    Exact,
    Stemmed,
}

/// Word sequences, each with a value.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<V> {
    /// First word → (the whole sequence, value), longest first.
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
    how: Match,
}

impl<V> PhraseSet<V> {
    pub fn new(how: Match) -> PhraseSet<V> {
        PhraseSet {
            by_first: HashMap::new(),
            how,
        }
    }

    /// Adds a sequence of folded words. Empty sequences are ignored.
    pub fn insert(&mut self, words: Vec<String>, value: V) {
        let Some(first) = words.first().cloned() else {
            return;
        };
        let entries = self.by_first.entry(first).or_default();
        entries.push((words, value));
        entries.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }

    /// Every one-word entry standing for `value`: "preta", "negro", "schwarz" for black.
    pub fn single_words_of(&self, value: &V) -> Vec<&str>
    where
        V: PartialEq,
    {
        self.by_first
            .values()
            .flatten()
            .filter(|(seq, v)| seq.len() == 1 && v == value)
            .map(|(seq, _)| seq[0].as_str())
            .collect()
    }

    /// Adds a phrase written as text ("lip balm"): folded and split on spaces.
    #[cfg(test)]
    pub fn insert_text(&mut self, phrase: &str, value: V) {
        let words: Vec<String> = crate::core::chat::fold::fold(phrase)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        self.insert(words, value);
    }

    /// The longest entry starting at word `i`: its length in tokens and its value. Only word
    /// and number tokens take part; an entry never spans punctuation or a line break.
    pub fn longest_at<'s>(&'s self, words: &Words, i: usize) -> Option<(usize, &'s V)> {
        let candidates = self.forms_at(words, i);
        let mut best: Option<(usize, &V)> = None;
        for form in candidates {
            let Some(entries) = self.by_first.get(form) else {
                continue;
            };
            for (seq, value) in entries {
                if best.is_some_and(|(len, _)| len >= seq.len()) {
                    break;
                }
                if self.matches(words, i, seq) {
                    best = Some((seq.len(), value));
                    break;
                }
            }
        }
        best
    }

    /// Every entry of the greatest length starting at word `i`, whichever of the word's forms
    /// it was found by ("bodies" is a catalog word and also the plural of another, "body").
    pub fn all_longest_at<'s>(&'s self, words: &Words, i: usize) -> Option<(usize, Vec<&'s V>)> {
        let mut best: Option<(usize, Vec<&V>)> = None;
        for form in self.forms_at(words, i) {
            let Some(entries) = self.by_first.get(form) else {
                continue;
            };
            for (seq, value) in entries {
                if best.as_ref().is_some_and(|(len, _)| *len > seq.len()) {
                    break;
                }
                if self.matches(words, i, seq) {
                    match best.as_mut() {
                        Some((len, values)) if *len == seq.len() => values.push(value),
                        _ => best = Some((seq.len(), vec![value])),
                    }
                    break;
                }
            }
        }
        best
    }

    /// Every entry found anywhere in the words, left to right, without overlaps.
    #[cfg(test)]
    pub fn find_all<'s>(&'s self, words: &Words) -> Vec<(usize, usize, &'s V)> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match self.longest_at(words, i) {
                Some((len, value)) => {
                    found.push((i, i + len, value));
                    i += len;
                }
                None => i += 1,
            }
        }
        found
    }

    /// Whether any entry occurs in the words.
    #[cfg(test)]
    pub fn any(&self, words: &Words) -> bool {
        (0..words.len()).any(|i| self.longest_at(words, i).is_some())
    }

    fn forms_at<'w>(&self, words: &'w Words, i: usize) -> &'w [String] {
        let Some(forms) = words.forms.get(i) else {
            return &[];
        };
        match self.how {
            Match::Exact => forms.get(..1).unwrap_or(&[]),
            Match::Stemmed => forms,
        }
    }

    fn matches(&self, words: &Words, i: usize, seq: &[String]) -> bool {
        seq.iter().enumerate().all(|(k, want)| {
            let forms = self.forms_at(words, i + k);
            forms.iter().any(|f| f == want)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_entry_wins() {
        let mut set = PhraseSet::new(Match::Stemmed);
        set.insert_text("balm", 1);
        set.insert_text("lip balm", 2);
        set.insert_text("doch lieber", 3);
        let words = Words::of("2 Lip Balms, doch lieber");
        let found: Vec<(usize, usize, i32)> = set
            .find_all(&words)
            .into_iter()
            .map(|(a, b, v)| (a, b, *v))
            .collect();
        assert_eq!(found, [(1, 3, 2), (4, 6, 3)]);
    }

    #[test]
    fn exact_sets_ignore_stems() {
        let mut set = PhraseSet::new(Match::Exact);
        set.insert_text("rosa", ());
        let words = Words::of("rositas");
        assert!(!set.any(&words));
        let mut stemmed = PhraseSet::new(Match::Stemmed);
        stemmed.insert_text("rosa", ());
        assert!(stemmed.any(&words));
    }
}
