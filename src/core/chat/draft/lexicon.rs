//! The reader's vocabulary, loaded once from `lexicon.txt`: shop nouns by concept, colours,
//! sizes, number words, counting units and measures. The data file says how to extend it.

use std::sync::LazyLock;

use super::phrases::{Match, PhraseSet, Words};
use crate::core::chat::fold::fold;

/// A kind of thing shops sell ("balm"), with every way of naming it.
#[derive(Debug, Clone)]
pub(crate) struct Concept {
    /// Each form as folded words.
    pub forms: Vec<Vec<String>>,
}

/// Sizes of clothing, as one id per size ("s" for S, P, CH, small, chica, klein).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct SizeId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct ColourId(pub usize);

/// Which end of a product's range of variants a word points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relative {
    Small,
    Large,
}

/// What a counting word stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Piece,
    Pair,
    Pack,
    Bottle,
    Jar,
    Slice,
    /// "cento", "ciento": a hundred, often the unit a bakery sells by.
    Hundred,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Dimension {
    Mass,
    Volume,
    Length,
}

/// A unit of measure: its dimension and its size in g, ml or tenths of a millimetre.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MeasureUnit {
    pub dimension: Dimension,
    pub factor: i64,
}

#[derive(Debug)]
pub(crate) struct Lexicon {
    pub concepts: Vec<Concept>,
    /// Every noun form → its concept.
    pub nouns: PhraseSet<usize>,
    pub colour_names: Vec<String>,
    pub colours: PhraseSet<ColourId>,
    pub size_names: Vec<String>,
    /// Sizes that are read anywhere ("small", "chica", "xl").
    pub sizes: PhraseSet<SizeId>,
    /// One- and two-letter sizes (s, m, l, p, g, ch) that need capitals or a size word.
    pub letter_sizes: PhraseSet<SizeId>,
    pub size_words: PhraseSet<()>,
    pub relative: PhraseSet<Relative>,
    pub numbers: PhraseSet<i64>,
    pub units: PhraseSet<Unit>,
    pub measures: PhraseSet<MeasureUnit>,
    /// Everyday words never read as a misspelt product.
    pub common: PhraseSet<()>,
    /// Lines of the data file that could not be read (a test keeps this empty).
    pub errors: Vec<String>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::parse(include_str!("lexicon.txt")));

/// The lexicon compiled into the program.
pub(crate) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    /// The words at `i` are something the lexicon knows other than a product: a colour,
    /// size, number, unit, measure, relative size or an everyday word. Such words are never
    /// read as a misspelt product nor left for staff as an unknown product name.
    pub fn knows_at(&self, words: &Words, i: usize) -> bool {
        self.colours.longest_at(words, i).is_some()
            || self.sizes.longest_at(words, i).is_some()
            || self.size_words.longest_at(words, i).is_some()
            || self.numbers.longest_at(words, i).is_some()
            || self.units.longest_at(words, i).is_some()
            || self.measures.longest_at(words, i).is_some()
            || self.relative.longest_at(words, i).is_some()
            || self.common.longest_at(words, i).is_some()
    }

    pub fn parse(text: &str) -> Lexicon {
        let mut lex = Lexicon {
            concepts: Vec::new(),
            nouns: PhraseSet::new(Match::Stemmed),
            colour_names: Vec::new(),
            colours: PhraseSet::new(Match::Stemmed),
            size_names: Vec::new(),
            sizes: PhraseSet::new(Match::Exact),
            letter_sizes: PhraseSet::new(Match::Exact),
            size_words: PhraseSet::new(Match::Exact),
            relative: PhraseSet::new(Match::Stemmed),
            numbers: PhraseSet::new(Match::Exact),
            units: PhraseSet::new(Match::Stemmed),
            measures: PhraseSet::new(Match::Stemmed),
            common: PhraseSet::new(Match::Exact),
            errors: Vec::new(),
        };
        let mut section = String::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.to_string();
                continue;
            }
            if section == "common" {
                for form in forms(line) {
                    lex.common.insert(form, ());
                }
                continue;
            }
            let Some((id, rest)) = line.split_once('=') else {
                lex.errors.push(format!("line {}: no '='", n + 1));
                continue;
            };
            let id = id.trim();
            if let Err(e) = lex.add(&section, id, rest) {
                lex.errors.push(format!("line {}: {e}", n + 1));
            }
        }
        lex
    }

    fn add(&mut self, section: &str, id: &str, rest: &str) -> Result<(), String> {
        match section {
            "nouns" => {
                let index = self.concepts.len();
                let forms = forms(rest);
                for form in &forms {
                    self.nouns.insert(form.clone(), index);
                }
                let mut forms = forms;
                forms.insert(0, words(id));
                self.concepts.push(Concept { forms });
            }
            "colours" => {
                let colour = ColourId(self.colour_names.len());
                self.colour_names.push(id.to_string());
                self.colours.insert(words(id), colour);
                for form in forms(rest) {
                    self.colours.insert(form, colour);
                }
            }
            "sizes" => {
                let size = SizeId(self.size_names.len());
                self.size_names.push(id.to_string());
                for form in forms(rest).into_iter().chain([words(id)]) {
                    let short = form.len() == 1 && form[0].chars().count() <= 2;
                    if short && !matches!(form[0].as_str(), "xs" | "xl") {
                        self.letter_sizes.insert(form, size);
                    } else {
                        self.sizes.insert(form, size);
                    }
                }
            }
            "size words" => {
                for form in forms(rest) {
                    self.size_words.insert(form, ());
                }
            }
            "relative" => {
                let which = match id {
                    "small" => Relative::Small,
                    "large" => Relative::Large,
                    other => return Err(format!("unknown relative size {other}")),
                };
                for form in forms(rest) {
                    self.relative.insert(form, which);
                }
            }
            "numbers" => {
                let n: i64 = id.parse().map_err(|_| format!("not a number: {id}"))?;
                for form in forms(rest) {
                    self.numbers.insert(form, n);
                }
            }
            "units" => {
                let unit = match id {
                    "piece" => Unit::Piece,
                    "pair" => Unit::Pair,
                    "pack" => Unit::Pack,
                    "bottle" => Unit::Bottle,
                    "jar" => Unit::Jar,
                    "slice" => Unit::Slice,
                    "hundred" => Unit::Hundred,
                    other => return Err(format!("unknown unit {other}")),
                };
                for form in forms(rest) {
                    self.units.insert(form, unit);
                }
            }
            "measures" => {
                let (head, tail) = rest.split_once('|').ok_or("no forms")?;
                let mut parts = head.split_whitespace();
                let dimension = match parts.next() {
                    Some("mass") => Dimension::Mass,
                    Some("volume") => Dimension::Volume,
                    Some("length") => Dimension::Length,
                    other => return Err(format!("unknown dimension {other:?}")),
                };
                let factor: i64 = parts.next().and_then(|f| f.parse().ok()).ok_or("no size")?;
                let unit = MeasureUnit { dimension, factor };
                for form in forms(tail) {
                    self.measures.insert(form, unit);
                }
                self.measures.insert(words(id), unit);
            }
            other => return Err(format!("unknown section [{other}]")),
        }
        Ok(())
    }

    /// The concept a form of words belongs to, if any (used when indexing a catalog).
    pub fn concepts_of(&self, form: &[String]) -> Vec<usize> {
        let mut found = Vec::new();
        for (i, concept) in self.concepts.iter().enumerate() {
            if concept.forms.iter().any(|f| f == form) {
                found.push(i);
            }
        }
        found
    }
}

/// "en: lip balm, balm | pt: bálsamo" → [["lip", "balm"], ["balm"], ["balsamo"]].
fn forms(spec: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for group in spec.split('|') {
        let group = match group.split_once(':') {
            Some((tag, rest)) if tag.trim().len() <= 3 => rest,
            _ => group,
        };
        for form in group.split(',') {
            let w = words(form);
            if !w.is_empty() && !out.contains(&w) {
                out.push(w);
            }
        }
    }
    out
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    #[test]
    fn the_data_file_reads_cleanly() {
        let lex = lexicon();
        assert!(lex.errors.is_empty(), "{:?}", lex.errors);
        assert!(lex.concepts.len() > 80);
        assert!(lex.colour_names.len() > 20);
    }

    fn first<V: Copy>(set: &PhraseSet<V>, text: &str) -> Option<(usize, V)> {
        let tokens = tokenize(text);
        let words = Words::new(tokens.clone());
        set.longest_at(&words, 0).map(|(n, v)| (n, *v))
    }

    #[test]
    fn lookups() {
        let lex = lexicon();
        let balm = first(&lex.nouns, "bálsamos").map(|(_, c)| &lex.concepts[c].forms);
        assert!(balm.is_some_and(|forms| forms.iter().any(|f| f == &["balm"])));
        let pink = first(&lex.colours, "rositas").map(|(_, c)| lex.colour_names[c.0].clone());
        assert_eq!(pink.as_deref(), Some("pink"));
        let pale =
            first(&lex.colours, "rosa palo").map(|(n, c)| (n, lex.colour_names[c.0].clone()));
        assert_eq!(pale, Some((2, "pale pink".to_string())));
        assert_eq!(first(&lex.numbers, "meia dúzia").map(|(_, n)| n), Some(6));
        assert_eq!(first(&lex.numbers, "zwei").map(|(_, n)| n), Some(2));
        assert_eq!(first(&lex.units, "pares").map(|(_, u)| u), Some(Unit::Pair));
        assert_eq!(
            first(&lex.units, "centos").map(|(_, u)| u),
            Some(Unit::Hundred)
        );
        let kg = first(&lex.measures, "quilo").map(|(_, m)| m.factor);
        assert_eq!(kg, Some(1000));
        let s = first(&lex.sizes, "chica").map(|(_, s)| lex.size_names[s.0].clone());
        assert_eq!(s.as_deref(), Some("s"));
        let ch = first(&lex.letter_sizes, "CH").map(|(_, s)| lex.size_names[s.0].clone());
        assert_eq!(ch.as_deref(), Some("s"));
        assert_eq!(
            first(&lex.relative, "kleines").map(|(_, r)| r),
            Some(Relative::Small)
        );
    }

    /// The concept's id: its first form.
    fn concept_of(text: &str) -> Option<String> {
        let lex = lexicon();
        first(&lex.nouns, text).map(|(_, c)| lex.concepts[c].forms[0].join(" "))
    }

    #[test]
    fn nouns_of_other_trades() {
        for (said, concept) in [
            ("capulanas", "capulana"),
            ("wax", "wax print"),
            ("pañales", "diaper"),
            ("nappies", "diaper"),
            ("Windeln", "diaper"),
            ("chupetas", "pacifier"),
            ("pneus", "tyre"),
            ("llantas", "tyre"),
            ("Zündkerzen", "spark plug"),
            ("mamaderas", "baby bottle"),
            ("grün tee", "green tea"),
            ("huevos", "egg"),
            ("Eier", "egg"),
            ("cadernos", "notebook"),
            ("ração", "pet food"),
            ("parafusos", "screw"),
            ("curitas", "plaster"),
            ("gin", "gin"),
            ("rum", "rum"),
            ("mel", "honey"),
        ] {
            assert_eq!(concept_of(said).as_deref(), Some(concept), "{said}");
        }
    }

    /// Words that come right after a number in ordinary talk (times, addresses, money) must
    /// never be a kind of product, or "um 5 Uhr" would read as five of something.
    #[test]
    fn words_after_numbers_are_not_nouns() {
        for said in [
            "Uhr", "bloco", "chave", "conta", "cuenta", "sobre", "pienso", "Farbe", "caminho",
            "vezes", "floor", "ground",
        ] {
            assert_eq!(concept_of(said), None, "{said}");
        }
    }
}
