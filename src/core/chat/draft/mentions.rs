//! Product mentions in a piece of a message: the words that name a product or one of its
//! variants, how many were asked for, and in which colour, size, weight or model.
//!
//! A mention either names a family ("2 centos de brigadeiro tradicional", "the 20w
//! charger") or only a variant ("la rosa en M", "250 g", "blanco 23", "el 27"); the second
//! kind is resolved later against what the conversation is about. Numbers are read by where
//! they stand: "2 cases" counts, "iPhone 15" and "del 25" name a variant, "250 g" weighs.

use super::catalog::{
    CatalogIndex, Entry, KeyId, count_phrase, decimal, fraction_number, glued_measure, number_at,
};
use super::cues;
use super::lexicon::{ColourId, Dimension, Relative, SizeId, Unit, lexicon};
use super::phrases::Words;
use super::words::{Kind, is_stopword};

/// How many the customer asked for, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quantity {
    pub n: i64,
    /// Only an article ("a scarf", "um bolo"): one, but weaker than a written "1".
    pub weak: bool,
    /// Counted in a unit: "2 centos", "dos pares", "zwei Flaschen", "3 paquetes".
    pub unit: Option<Unit>,
}

/// Variant words of a mention.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Attrs {
    /// Catalog words hit, with the quality of the hit.
    pub keys: Vec<(KeyId, f32)>,
    pub colours: Vec<ColourId>,
    pub size: Option<SizeId>,
    pub numbers: Vec<i64>,
    pub measure: Option<(Dimension, i64)>,
    /// Units in one sale the customer named: "meio cento" (50), "caixa com 6".
    pub count: Option<i64>,
    pub relative: Option<Relative>,
    /// Words said with "not" ("regular, not ultra").
    pub not_keys: Vec<KeyId>,
}

impl Attrs {
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
            && self.colours.is_empty()
            && self.size.is_none()
            && self.numbers.is_empty()
            && self.measure.is_none()
            && self.count.is_none()
            && self.relative.is_none()
    }

    /// Takes over what `other` says, `other` winning where both say something.
    pub fn override_with(&mut self, other: &Attrs) {
        if !other.colours.is_empty() {
            self.colours.clone_from(&other.colours);
        }
        if other.size.is_some() {
            self.size = other.size;
        }
        if !other.numbers.is_empty() {
            self.numbers.clone_from(&other.numbers);
        }
        if other.measure.is_some() {
            self.measure = other.measure;
        }
        if other.count.is_some() {
            self.count = other.count;
        }
        if other.relative.is_some() {
            self.relative = other.relative;
        }
        // The variant words said last replace the earlier ones ("den großen" then "den
        // kleinen Korb").
        if !other.keys.is_empty() {
            self.keys.clone_from(&other.keys);
        }
        for &k in &other.not_keys {
            if !self.not_keys.contains(&k) {
                self.not_keys.push(k);
            }
        }
    }
}

/// One mention of a product.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    /// Token range of the product words.
    pub start: usize,
    pub end: usize,
    /// Catalog words of product names hit, with the quality of the hit.
    pub name_keys: Vec<(KeyId, f32)>,
    /// Families named by an alias, with the product when the alias names one.
    pub aliases: Vec<(usize, Option<usize>)>,
    /// A product code written out.
    pub code: Option<usize>,
    pub attrs: Attrs,
    pub qty: Option<Quantity>,
    /// A price written beside it ("Médio (20 cm) R$ 65,00"), set by the caller.
    pub price: Option<crate::core::money::Money>,
}

impl Mention {
    /// Names a product (a name word, alias or code), as opposed to only a variant.
    pub fn names_product(&self) -> bool {
        !self.name_keys.is_empty() || !self.aliases.is_empty() || self.code.is_some()
    }
}

/// What a token is, for the mention reader.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    /// Words that hit the catalog (names or variants), possibly also a colour or size.
    Item {
        len: usize,
        entries: Vec<Entry>,
        colour: Option<ColourId>,
        size: Option<SizeId>,
        relative: Option<Relative>,
    },
    /// A product code spanning this many tokens.
    Code(usize, usize),
    Colour(usize, ColourId),
    Size(usize, SizeId),
    Relative(usize, Relative),
    Measure(usize, Dimension, i64),
    /// Units in one sale: "meio cento", "caixa com 6".
    Count(usize, i64),
    /// "2x", "x2", "×2".
    Times(i64),
    /// A number that can only name a variant: an age ("2 anos") or a size with a fraction
    /// ("9.5", "38,5", "10 and a half") where the catalog sells that size.
    VariantNumber(usize, i64),
    Number(usize, i64, bool),
    Unit(usize, Unit),
    SizeWord(usize),
    Not,
    /// Articles and prepositions that may stand inside a product's name ("bolo de cenoura",
    /// "case for iPhone 15").
    Connector,
    /// "and", "e", "y", "und", "+", ",", "or", "/".
    Joiner,
    /// A word that ends a mention.
    Other,
    /// A sentence end, question mark or line break.
    Break,
}

/// Words that may stand between the words of one product.
fn connector(word: &str) -> bool {
    matches!(
        word,
        "de" | "do"
            | "da"
            | "dos"
            | "del"
            | "com"
            | "con"
            | "c"
            | "of"
            | "the"
            | "for"
            | "para"
            | "pra"
            | "pro"
            | "in"
            | "en"
            | "em"
            | "no"
            | "na"
            | "mit"
            | "im"
            | "fur"
            | "with"
            | "el"
            | "la"
            | "los"
            | "las"
            | "o"
            | "os"
            | "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "my"
            | "mi"
            | "meu"
            | "minha"
            | "mein"
            | "meine"
            | "your"
            | "a"
            | "an"
            | "um"
            | "uma"
            | "un"
            | "una"
            | "ein"
            | "eine"
            | "einen"
            | "von"
            | "vom"
            | "zum"
            | "zur"
            | "al"
            | "ao"
            // "3 metros daquele wax", "meio quilo desse queijo": "de" and a demonstrative.
            | "daquele"
            | "daquela"
            | "daqueles"
            | "daquelas"
            | "desse"
            | "dessa"
            | "deste"
            | "desta"
    )
}

/// Words between two products: "and", "or", and the "por" of "troca X por Y".
fn joiner(word: &str) -> bool {
    matches!(
        word,
        "e" | "y"
            | "and"
            | "und"
            | "or"
            | "ou"
            | "oder"
            | "u"
            | "plus"
            | "mas"
            | "por"
            | "pelo"
            | "pela"
            | "statt"
            | "anstatt"
            | "instead"
            | "durch"
    )
}

/// Nouns after which a number counts something other than products ("30 pessoas", "2 weeks").
fn counts_other_things(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "pessoa",
        "pessoas",
        "persona",
        "personas",
        "person",
        "personen",
        "people",
        "guest",
        "guests",
        "convidado",
        "convidados",
        "invitado",
        "invitados",
        "gaste",
        "ano",
        "anos",
        "year",
        "years",
        "jahr",
        "jahre",
        "jahren",
        "dia",
        "dias",
        "day",
        "days",
        "tag",
        "tage",
        "tagen",
        "semana",
        "semanas",
        "week",
        "weeks",
        "woche",
        "wochen",
        "mes",
        "meses",
        "month",
        "months",
        "monat",
        "monate",
        "monaten",
        "hora",
        "horas",
        "hour",
        "hours",
        "hr",
        "hrs",
        "stunde",
        "stunden",
        "min",
        "mins",
        "minuto",
        "minutos",
        "minute",
        "minutes",
        "minuten",
        "h",
        "hs",
        "uhr",
        "am",
        "pm",
        "vez",
        "veces",
        "time",
        "times",
        "mal",
        "andar",
        "stock",
        "og",
        "apto",
        "ap",
        "apt",
        "depto",
        "bloco",
        "casa",
        "piso",
        "cuadras",
        "blocks",
        "km",
        "cuotas",
        "parcelas",
        "x",
        "pct",
        "porcento",
        "percent",
        "prozent",
        "kids",
        "ninos",
        "criancas",
        "kinder",
        "alumnas",
        "alumnos",
    ];
    WORDS.contains(&word)
}

/// Reads the pieces of tokens `from..to`. `blocked[i]` marks tokens that belong to money,
/// times, dates or an address and never to a product.
fn pieces(
    words: &Words,
    from: usize,
    to: usize,
    index: &CatalogIndex<'_>,
    blocked: &[bool],
) -> Vec<(usize, Piece)> {
    let lex = lexicon();
    let tokens = &words.tokens;
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let token = &tokens[i];
        if blocked.get(i).copied().unwrap_or(false) {
            out.push((i, Piece::Other));
            i += 1;
            continue;
        }
        let piece = match token.kind {
            Kind::Newline | Kind::Punct('.' | '!' | '?' | ';' | ':') => Piece::Break,
            // "Cedar & Sage": an "&" inside one product's name joins nothing.
            Kind::Punct('&') if inside_one_name(words, i, index) => Piece::Connector,
            Kind::Punct('+' | ',' | '&') => Piece::Joiner,
            Kind::Punct('-' | '/') => Piece::Connector,
            Kind::Punct(_) | Kind::Currency => Piece::Other,
            // "100-COX": a code may start with its number.
            Kind::Number => match index.code_at(words, i).filter(|(len, _)| i + len <= to) {
                Some((len, product)) => Piece::Code(len, product),
                None => number_piece(words, i, to, index),
            },
            Kind::Word => word_piece(words, i, to, index),
        };
        let len = match &piece {
            Piece::Item { len, .. }
            | Piece::Colour(len, _)
            | Piece::Size(len, _)
            | Piece::Relative(len, _)
            | Piece::Measure(len, _, _)
            | Piece::Count(len, _)
            | Piece::Number(len, _, _)
            | Piece::VariantNumber(len, _)
            | Piece::Unit(len, _)
            | Piece::SizeWord(len)
            | Piece::Code(len, _) => *len,
            _ => 1,
        };
        let _ = lex;
        out.push((i, piece));
        i += len.max(1);
    }
    out
}

fn is_age(word: &str) -> bool {
    matches!(
        word,
        "ano"
            | "anos"
            | "year"
            | "years"
            | "yr"
            | "yrs"
            | "jahr"
            | "jahre"
            | "anio"
            | "anios"
            | "mes"
            | "meses"
            | "month"
            | "months"
            | "monate"
            | "monat"
            | "m"
    )
}

/// Whether the words right before and after token `i` follow each other in one family's name
/// ("Cedar & Sage", "Salt and Pepper"), so that `i` ("&", "and", "y") sits inside that name.
fn inside_one_name(words: &Words, i: usize, index: &CatalogIndex<'_>) -> bool {
    let keys_at = |at: usize| -> Vec<KeyId> {
        let Some((_, entries)) = index.lookup_at(words, at) else {
            return Vec::new();
        };
        entries
            .iter()
            .flat_map(|e| match e {
                Entry::Words(hits) => hits
                    .iter()
                    .filter(|h| h.quality >= 1.0)
                    .map(|h| h.key)
                    .collect::<Vec<_>>(),
                Entry::Alias { .. } => Vec::new(),
            })
            .collect()
    };
    if i == 0 || i + 1 >= words.len() || !words.tokens[i - 1].is_word() {
        return false;
    }
    let (before, after) = (keys_at(i - 1), keys_at(i + 1));
    before.iter().any(|&b| {
        index.keys[b].families.iter().any(|&f| {
            index.families[f]
                .keys
                .windows(2)
                .any(|w| w[0] == b && after.contains(&w[1]))
        })
    })
}

fn number_piece(words: &Words, i: usize, to: usize, index: &CatalogIndex<'_>) -> Piece {
    let lex = lexicon();
    let tokens = &words.tokens;
    let token = &tokens[i];
    // "250 g", "0,75 l", "1 kg", "500-g-Stück", "1/2 kg", and "1 quilo e meio".
    let (taken, value) = number_at(words, i).unwrap_or((1, f64::NAN));
    let hyphen = usize::from(
        tokens
            .get(i + taken)
            .is_some_and(|t| t.kind == Kind::Punct('-')),
    );
    if i + taken + hyphen < to
        && value.is_finite()
        && let Some((len, unit)) = lex.measures.longest_at(words, i + taken + hyphen)
    {
        let mut total = value * unit.factor as f64;
        let mut used = taken + hyphen + len;
        // "500-g-Stück": the piece word belongs to the measure.
        if tokens
            .get(i + used)
            .is_some_and(|t| t.kind == Kind::Punct('-'))
            && lex.units.longest_at(words, i + used + 1).is_some()
        {
            used += 2;
        }
        if let Some(extra) = and_a_half(words, i + used, to) {
            total += unit.factor as f64 / 2.0;
            used += extra;
        }
        return Piece::Measure(used, unit.dimension, total.round() as i64);
    }
    if let Some((len, count)) = count_phrase(words, i, false).filter(|_| i + 1 < to) {
        // "4 Stück", "6er" count units; "2 centos" is a quantity in hundreds (below).
        if !lex
            .units
            .longest_at(words, i + 1)
            .is_some_and(|(_, u)| *u == Unit::Hundred)
        {
            return Piece::Count(len, count);
        }
    }
    // "US 9.5", "38,5": a size with a fraction, when the catalog has it.
    if token.integer().is_none()
        && let Some(key) = decimal(&token.text).and_then(fraction_number)
        && !index.families_with_number(key).is_empty()
    {
        return Piece::VariantNumber(1, key);
    }
    // "80/90-17", "205/55 R16"'s "205/55": numbers glued by "/" or "-" are one size or code
    // (a tyre, a ratio), each part a variant number when the catalog has it, never a count.
    let touch = |a: usize| tokens[a].end == tokens[a + 1].start;
    let joins = |a: usize| matches!(tokens[a].kind, Kind::Punct('/' | '-'));
    let glued_before =
        i >= 2 && joins(i - 1) && tokens[i - 2].is_number() && touch(i - 2) && touch(i - 1);
    let glued_after = i + 2 < tokens.len()
        && joins(i + 1)
        && tokens[i + 2].is_number()
        && touch(i)
        && touch(i + 1);
    if token.is_number() && (glued_before || glued_after) {
        return match token.integer() {
            Some(n) if !index.families_with_number(n).is_empty() => Piece::VariantNumber(1, n),
            _ => Piece::Other,
        };
    }
    // "2 x 27": after a count and its "x", a number the catalog has as a variant is that
    // variant (a colour 27, a size 42), not a second count.
    if i >= 2
        && words.text(i - 1) == "x"
        && tokens[i - 2].is_number()
        && let Some(n) = token.integer()
        && !index.families_with_number(n).is_empty()
    {
        return Piece::VariantNumber(1, n);
    }
    match token.integer() {
        // "0871", "007": a number written with a leading zero is a house number or a code,
        // never a count.
        Some(_) if token.text.len() > 1 && token.text.starts_with('0') => Piece::Other,
        Some(n) if n > 0 => {
            // "2 anos", "6 months": an age is a size when the catalog sells by age.
            if is_age(words.text(i + 1)) && !index.families_with_number(n).is_empty() {
                return Piece::VariantNumber(2, n);
            }
            // "6 x Merino petrol à 8.90", "2 x das weiße": the number and its "x" count what
            // follows; "10 x sem juros", "12 x de R$ 30" (instalments) and "3 x 2" count nothing.
            // "2 x 1/2 kg", "2 x 27": the count of a measured piece, or of a variant the
            // catalog numbers (a colour 27, a size 42).
            let measure_or_variant_after = |at: usize| {
                number_at(words, at)
                    .is_some_and(|(len, _)| lex.measures.longest_at(words, at + len).is_some())
                    || tokens[at]
                        .integer()
                        .is_some_and(|n| !index.families_with_number(n).is_empty())
            };
            if words.text(i + 1) == "x"
                && i + 2 < to
                && (tokens[i + 2].is_word() || measure_or_variant_after(i + 2))
                && !matches!(
                    words.text(i + 2),
                    "sem" | "sin" | "de" | "ohne" | "without" | "of" | "no" | "por" | "per"
                )
                && !counts_other_things(words.text(i + 2))
            {
                return Piece::Number(2, n, false);
            }
            if counts_other_things(words.text(i + 1)) {
                return Piece::Other;
            }
            // "25 y medio": a half size, the catalog's when it sells it, else read as the
            // size it is a half of.
            let half = and_a_half(words, i + 1, to).unwrap_or(0);
            if half > 0
                && let Some(key) = fraction_number(n as f64 + 0.5)
                && !index.families_with_number(key).is_empty()
            {
                return Piece::VariantNumber(1 + half, key);
            }
            Piece::Number(1 + half, n, false)
        }
        _ => Piece::Other,
    }
}

/// "e meio", "y medio", "und halb", "and a half" after a unit.
fn and_a_half(words: &Words, i: usize, to: usize) -> Option<usize> {
    let t = |k: usize| if i + k < to { words.text(i + k) } else { "" };
    if matches!(t(0), "e" | "y" | "und" | "and") {
        if matches!(
            t(1),
            "meio" | "meia" | "medio" | "media" | "halb" | "halbes"
        ) {
            return Some(2);
        }
        if t(1) == "a" && t(2) == "half" {
            return Some(3);
        }
    }
    None
}

fn word_piece(words: &Words, i: usize, to: usize, index: &CatalogIndex<'_>) -> Piece {
    let lex = lexicon();
    let token = &words.tokens[i];
    let text = token.text.as_str();
    if let Some((len, product)) = index.code_at(words, i).filter(|(len, _)| i + len <= to) {
        return Piece::Code(len, product);
    }
    // "2x", "x2", "×2"
    if let Some(n) = times(text) {
        return Piece::Times(n);
    }
    if let Some((value, unit)) = glued_measure(text) {
        return Piece::Measure(
            1,
            unit.dimension,
            (value * unit.factor as f64).round() as i64,
        );
    }
    if let Some((len, value)) = fraction_measure(words, i, to) {
        return Piece::Measure(len, Dimension::Mass, value);
    }
    if let Some((len, count)) = count_phrase(words, i, false).filter(|(len, _)| i + len <= to) {
        return Piece::Count(len, count);
    }
    if matches!(
        text,
        "not" | "nicht" | "kein" | "nao" | "sin" | "sem" | "without"
    ) {
        return Piece::Not;
    }
    let colour = lex
        .colours
        .longest_at(words, i)
        .filter(|(len, _)| i + len <= to);
    let strict_size = lex
        .sizes
        .longest_at(words, i)
        .filter(|(len, _)| i + len <= to);
    let after_size_word = i > 0
        && (lex.size_words.longest_at(words, i - 1).is_some()
            || lex
                .size_words
                .longest_at(words, i.saturating_sub(2))
                .is_some_and(|(l, _)| l == 2));
    let letter_size = lex
        .letter_sizes
        .longest_at(words, i)
        .filter(|_| token.upper || after_size_word)
        .filter(|(len, _)| i + len <= to);
    let size = strict_size.or(letter_size).map(|(l, s)| (l, *s));
    let relative = lex.relative.longest_at(words, i).map(|(l, r)| (l, *r));
    // "Cada uno pide lo suyo": an alias that is also a little word ("uno" for the card game)
    // names its product only written as a name ("UNO"); a name's initials too ("NB").
    let catalog = index
        .lookup_at(words, i)
        .filter(|(len, _)| i + len <= to)
        .filter(|(len, entries)| {
            !(*len == 1
                && (is_stopword(text) || index.is_initials(text))
                && !token.upper
                && entries.iter().all(|e| matches!(e, Entry::Alias { .. })))
        });
    if let Some((len, entries)) = catalog {
        // A colour of several words wins over one catalog word inside it.
        let colour_len = colour.map_or(0, |(l, _)| l);
        if len >= colour_len {
            return Piece::Item {
                len,
                entries,
                colour: colour.filter(|(l, _)| *l <= len).map(|(_, c)| *c),
                size: size.filter(|(l, _)| *l <= len).map(|(_, s)| s),
                relative: relative.filter(|(l, _)| *l <= len).map(|(_, r)| r),
            };
        }
    }
    if let Some((len, c)) = colour {
        return Piece::Colour(len, *c);
    }
    if let Some((len, s)) = size {
        return Piece::Size(len, s);
    }
    // "cada uno pide lo suyo", "each one", "jeder eins": a pronoun, not a count.
    if i > 0
        && matches!(
            words.text(i - 1),
            "cada" | "each" | "jeder" | "jede" | "jedes" | "jeweils"
        )
        && lex.numbers.longest_at(words, i).is_some()
    {
        return Piece::Other;
    }
    if let Some((len, n)) = lex
        .numbers
        .longest_at(words, i)
        .filter(|(len, _)| i + len <= to)
    {
        // "ein Pfund", "a Pfund", "um quilo": a number word before a measure weighs.
        // "uma M e uma G" are sizes: a one-letter unit after a word for one is a size letter,
        // not a metre or a gram (people write "1 m", "500 g" with digits).
        if let Some((mlen, unit)) = lex
            .measures
            .longest_at(words, i + len)
            .filter(|(l, _)| i + len + l <= to)
            .filter(|(l, _)| !(*l == 1 && words.text(i + len).chars().count() == 1))
        {
            return Piece::Measure(len + mlen, unit.dimension, n * unit.factor);
        }
        // Articles and "one" ("the long one", "uno de esos") say one, weakly.
        let weak = len == 1
            && *n == 1
            && (super::words::is_stopword(text)
                || matches!(text, "one" | "ones" | "uno" | "una" | "um" | "uma" | "eins"));
        // "par de" is a count of two only before a product ("un par de aretes").
        return Piece::Number(len, *n, weak);
    }
    if let Some((len, unit)) = lex
        .units
        .longest_at(words, i)
        .filter(|(len, _)| i + len <= to)
    {
        return Piece::Unit(len, *unit);
    }
    if let Some((len, r)) = relative {
        return Piece::Relative(len, r);
    }
    if joiner(text) {
        // "cedar and sage melts" of "Wax melts, Cedar & Sage": the words either side name the
        // same product together.
        if inside_one_name(words, i, index) {
            return Piece::Connector;
        }
        return Piece::Joiner;
    }
    if let Some((len, ())) = lex.size_words.longest_at(words, i) {
        return Piece::SizeWord(len);
    }
    if connector(text) {
        return Piece::Connector;
    }
    if is_stopword(text) {
        return Piece::Connector;
    }
    Piece::Other
}

/// "dreiviertelkilo", "halbes pfund" glued or not: fractions of a kilo or pound.
/// Words for a part of a unit, as people glue them to it or not ("halbes Pfund", "meio
/// quilo"), longest first where one starts another.
pub(crate) const FRACTIONS: &[(&str, f64)] = &[
    ("dreiviertel", 0.75),
    ("viertel", 0.25),
    ("halbes", 0.5),
    ("halbe", 0.5),
    ("halb", 0.5),
    ("meio", 0.5),
    ("meia", 0.5),
    ("medio", 0.5),
    ("media", 0.5),
    ("half", 0.5),
];

fn fraction_measure(words: &Words, i: usize, to: usize) -> Option<(usize, i64)> {
    let text = words.text(i);
    for (prefix, part) in FRACTIONS {
        let Some(rest) = text.strip_prefix(prefix) else {
            continue;
        };
        let unit_factor = |word: &str| -> Option<i64> {
            let tokens = super::words::tokenize(word);
            let w = Words::new(tokens.clone());
            lexicon()
                .measures
                .longest_at(&w, 0)
                .filter(|(_, u)| u.dimension == Dimension::Mass)
                .map(|(_, u)| u.factor)
        };
        if !rest.is_empty() {
            if let Some(f) = unit_factor(rest) {
                return Some((1, (f as f64 * part).round() as i64));
            }
        } else if i + 1 < to {
            // "meio quilo", "ein halbes Pfund", "half a pound"
            let (skip, next) = if words.text(i + 1) == "a" {
                (2, i + 2)
            } else {
                (1, i + 1)
            };
            if next < to
                && let Some(f) = unit_factor(words.text(next))
            {
                return Some((skip + 1, (f as f64 * part).round() as i64));
            }
        }
    }
    None
}

fn times(text: &str) -> Option<i64> {
    let digits = text
        .strip_prefix('x')
        .or_else(|| text.strip_suffix('x'))
        .or_else(|| text.strip_prefix('×'))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 4 {
        return None;
    }
    digits.parse().ok().filter(|n| *n > 0)
}

/// What the mention reader found in a piece of a message.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Reading {
    pub mentions: Vec<Mention>,
    /// Counts that belong to no product in these words ("I'll take 2", "dann zwei"), with
    /// the token where each stands.
    pub bare: Vec<(usize, Quantity)>,
}

/// "3 hats", "the green beanie": a count or a colour/size said right before a kind of
/// product the shop does not sell. Returns the token spans, and takes the count or the
/// mention out of the reading so it counts nothing else.
pub(crate) fn take_foreign(
    reading: &mut Reading,
    words: &Words,
    index: &CatalogIndex<'_>,
    ordering: bool,
) -> Vec<(usize, usize)> {
    let lex = lexicon();
    // A kind of product by its everyday name that no catalog word covers; in an order, also
    // a word nobody taught the reader ("quero 2 pretinhos"), for staff to pick and teach.
    let foreign_at = |j: usize| -> Option<usize> {
        let t = words.tokens.get(j)?;
        if !t.is_alpha() || index.lookup_at(words, j).is_some() {
            return None;
        }
        if let Some((len, _)) = lex.nouns.longest_at(words, j) {
            return Some(len);
        }
        (ordering && !super::tracker::of_those(words, j) && unknown_word(words, j)).then_some(1)
    };
    let mut spans = Vec::new();
    reading.bare.retain(|&(at, _)| match foreign_at(at + 1) {
        Some(len) => {
            spans.push((at, at + 1 + len));
            false
        }
        None => true,
    });
    reading.mentions.retain(|m| {
        if m.names_product() {
            return true;
        }
        // The kind right after the description ("3 green hats"), or before it when the
        // count reached over the kind to a colour ("2 muffleys in red").
        let counted_before = || {
            m.qty?;
            (m.start.saturating_sub(4)..m.start).find_map(|j| {
                let counted = j > 0 && is_count(words, j - 1);
                let len = foreign_at(j).filter(|_| counted)?;
                let between = (j + len..m.start).all(|k| is_stopword(words.text(k)));
                between.then_some((j - 1, m.end))
            })
        };
        match counted_before().or_else(|| foreign_at(m.end).map(|len| (m.start, m.end + len))) {
            Some(span) => {
                spans.push(span);
                false
            }
            None => true,
        }
    });
    spans.sort_unstable();
    spans
}

/// A count at token `j`: digits ("2") or a number word ("zwei", "dos").
fn is_count(words: &Words, j: usize) -> bool {
    words.tokens[j].is_number() || lexicon().numbers.longest_at(words, j).is_some()
}

/// A word none of the reader's lists knows, long enough to be a name for something.
fn unknown_word(words: &Words, j: usize) -> bool {
    let t = &words.tokens[j];
    let text = t.text.as_str();
    text.chars().count() >= 4
        && !t.capital
        && !is_stopword(text)
        && !cues::is_any_cue_word(text)
        && !counts_other_things(text)
        && !lexicon().knows_at(words, j)
}

/// Reads the mentions in tokens `from..to`.
pub(crate) fn read_mentions(
    words: &Words,
    from: usize,
    to: usize,
    index: &CatalogIndex<'_>,
    blocked: &[bool],
) -> Reading {
    let pieces = pieces(words, from, to, index, blocked);
    let mut reader = Reader {
        index,
        words,
        mentions: Vec::new(),
        bare: Vec::new(),
        current: None,
        open: false,
        pending: None,
        pending_unit: None,
        negate: false,
        variant_number_next: false,
        after_model_word: false,
        partitive: false,
        last_end: from,
        pending_at: from,
    };
    for (k, (at, piece)) in pieces.iter().enumerate() {
        let next = pieces.get(k + 1).map(|(_, p)| p);
        reader.feed(*at, piece, next, words);
    }
    reader.close();
    reader.flush_pending(to);
    Reading {
        mentions: join_sizes(reader.mentions, words),
        bare: reader.bare,
    }
}

/// "unos blancos también del 24", "las sandalias beige, en un 39": a size or number said a
/// few words after a product, with no "and" between, belongs to it; so does a colour set off
/// by a comma ("3 tees, white").
fn join_sizes(mentions: Vec<Mention>, words: &Words) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for m in mentions {
        // A size letter the catalog lists as a variant word ("M") is still only a size.
        let only_size = !m.names_product()
            && (m.attrs.keys.is_empty() || (m.attrs.size.is_some() && m.end - m.start == 1))
            && m.attrs.colours.is_empty()
            && (m.attrs.size.is_some() || !m.attrs.numbers.is_empty())
            && m.qty.is_none_or(|q| q.weak);
        let introducer = |w: &str| {
            matches!(
                w,
                "en" | "in"
                    | "no"
                    | "na"
                    | "em"
                    | "un"
                    | "una"
                    | "a"
                    | "um"
                    | "uma"
                    | "talla"
                    | "size"
                    | "tamanho"
                    | "numero"
                    | "del"
                    | "de"
                    | "do"
                    | "da"
                    | "im"
                    | "nummer"
            )
        };
        // "3 tees, white, size S": a colour set off by a comma describes the product before
        // it, when that one has no colour yet.
        let only_colour = !m.names_product()
            && !m.attrs.colours.is_empty()
            && m.qty.is_none_or(|q| q.weak)
            && m.aliases.is_empty();
        if only_colour
            && let Some(prev) = out.last_mut()
            && prev.names_product()
            && prev.attrs.colours.is_empty()
            && (prev.attrs.size.is_none() || m.attrs.size.is_none())
            && m.start >= prev.end
            && m.start - prev.end <= 2
            && (prev.end..m.start).all(|i| words.tokens[i].is_punct(','))
            && m.start > prev.end
        {
            prev.attrs.override_with(&m.attrs);
            prev.attrs.keys.extend(m.attrs.keys.iter().copied());
            prev.end = m.end;
            continue;
        }
        if only_size
            && let Some(prev) = out.last_mut()
            && m.start >= prev.end
            && m.start - prev.end <= 3
            && (prev.end..m.start).all(|i| {
                let t = &words.tokens[i];
                (t.is_word() && !joiner(&t.text))
                    || (t.is_punct(',') && (i + 1..m.start).any(|k| introducer(words.text(k))))
            })
        {
            prev.attrs.override_with(&m.attrs);
            prev.end = m.end;
            continue;
        }
        out.push(m);
    }
    out
}

struct Reader<'a, 'c> {
    index: &'a CatalogIndex<'c>,
    /// The message's words, for checks when a mention closes.
    words: &'a Words,
    mentions: Vec<Mention>,
    bare: Vec<(usize, Quantity)>,
    /// Where the pending count stands.
    pending_at: usize,
    current: Option<Mention>,
    /// The current mention may still grow (nothing but connectors since its last word).
    open: bool,
    /// A count waiting for its product ("2 centos de …", "dos pares de …").
    pending: Option<Quantity>,
    pending_unit: Option<Unit>,
    negate: bool,
    /// The last piece was a size word or an article: a number next names a variant.
    variant_number_next: bool,
    /// The last piece was a variant word of a product ("iPhone", "Galaxy", "talla").
    after_model_word: bool,
    /// "1 de 25": a count, "de", and now which one.
    partitive: bool,
    last_end: usize,
}

impl Reader<'_, '_> {
    fn feed(&mut self, at: usize, piece: &Piece, next: Option<&Piece>, words: &Words) {
        let after_model_word = std::mem::take(&mut self.after_model_word);
        let partitive = std::mem::take(&mut self.partitive);
        if matches!(piece, Piece::Number(..)) {
            self.partitive = partitive;
        }
        let material_next = matches!(
            next,
            Some(
                Piece::Item { .. }
                    | Piece::Code(..)
                    | Piece::Colour(..)
                    | Piece::Size(..)
                    | Piece::Relative(..)
                    | Piece::Measure(..)
                    | Piece::Count(..)
                    | Piece::SizeWord(_)
                    | Piece::Number(..)
                    | Piece::VariantNumber(..)
            )
        );
        match piece {
            Piece::Item {
                len,
                entries,
                colour,
                size,
                relative,
            } => {
                let mut name_keys = Vec::new();
                let mut aliases = Vec::new();
                let mut variant_keys = Vec::new();
                for entry in entries {
                    match entry {
                        Entry::Words(hits) => {
                            for hit in hits {
                                if self.index.keys[hit.key].families.is_empty() {
                                    variant_keys.push((hit.key, hit.quality));
                                } else {
                                    name_keys.push((hit.key, hit.quality));
                                    // A name word may also be a variant word elsewhere.
                                    variant_keys.push((hit.key, hit.quality));
                                }
                            }
                        }
                        Entry::Alias { family, product } => aliases.push((*family, *product)),
                    }
                }
                // A name word after a finished product starts a new one ("bolo de fubá, 1
                // bolo de cenoura"), but inside an open mention it adds to it.
                let starts_new_product = (!name_keys.is_empty() || !aliases.is_empty())
                    && self
                        .current
                        .as_ref()
                        .is_some_and(|m| m.names_product() && !self.open);
                if starts_new_product {
                    self.close();
                }
                // "tres paquetes de calcetines": a count word that is also the catalog's
                // word counts packs.
                let unit_word = lexicon().units.longest_at(words, at).map(|(_, u)| *u);
                let negate = std::mem::take(&mut self.negate);
                let name_only_variant =
                    name_keys.is_empty() && aliases.is_empty() && !variant_keys.is_empty();
                // "regular, not ultra": what is said with "not" belongs to the product before.
                if negate
                    && self.current.is_none()
                    && let Some(last) = self.mentions.last_mut()
                {
                    last.attrs
                        .not_keys
                        .extend(variant_keys.iter().map(|(k, _)| *k));
                    return;
                }
                let m = self.mention(at);
                if negate {
                    m.attrs
                        .not_keys
                        .extend(variant_keys.iter().map(|(k, _)| *k));
                } else {
                    m.name_keys.extend(name_keys);
                    m.aliases.extend(aliases);
                    m.attrs.keys.extend(variant_keys);
                    if let Some(c) = colour {
                        m.attrs.colours.push(*c);
                    }
                    if size.is_some() {
                        m.attrs.size = *size;
                    }
                    if relative.is_some() {
                        m.attrs.relative = *relative;
                    }
                }
                m.end = at + len;
                if let (Some(q), Some(u)) = (m.qty.as_mut(), unit_word)
                    && q.unit.is_none()
                {
                    q.unit = Some(u);
                }
                self.open = true;
                self.variant_number_next = true;
                self.after_model_word = name_only_variant;
            }
            Piece::Code(len, product) => {
                self.close();
                let m = self.mention(at);
                m.code = Some(*product);
                m.end = at + len;
                self.open = true;
            }
            Piece::Colour(len, c) => {
                if std::mem::take(&mut self.negate) {
                    return;
                }
                let m = self.mention(at);
                if !m.attrs.colours.contains(c) {
                    m.attrs.colours.push(*c);
                }
                m.end = at + len;
                self.open = true;
                self.variant_number_next = true;
            }
            Piece::Size(len, s) => {
                let m = self.mention(at);
                m.attrs.size = Some(*s);
                m.end = at + len;
                self.open = true;
            }
            Piece::Relative(len, r) => {
                // "small" alone is not a product; it joins one said next to it.
                if self.current.is_none() && !material_next {
                    return;
                }
                let m = self.mention(at);
                m.attrs.relative = Some(*r);
                m.end = at + len;
                self.open = true;
            }
            Piece::Measure(len, dim, value) => {
                let m = self.mention(at);
                m.attrs.measure = Some((*dim, *value));
                m.end = at + len;
                self.open = true;
            }
            Piece::Count(len, count) => {
                // "kit de 3": the catalog's own pack word names its product too.
                let keys: Vec<(usize, f32)> = (at..at + len)
                    .filter_map(|k| self.index.lookup_at(words, k))
                    .flat_map(|(_, entries)| entries)
                    .flat_map(|e| match e {
                        Entry::Words(hits) => {
                            hits.into_iter().map(|h| (h.key, h.quality)).collect()
                        }
                        Entry::Alias { .. } => Vec::new(),
                    })
                    .collect();
                let index = self.index;
                let m = self.mention(at);
                m.attrs.count = Some(*count);
                for (k, q) in keys {
                    if !index.keys[k].families.is_empty() {
                        m.name_keys.push((k, q));
                    }
                    m.attrs.keys.push((k, q));
                }
                m.end = at + len;
                self.open = true;
            }
            Piece::VariantNumber(len, n) => {
                let m = self.mention(at);
                m.attrs.numbers.push(*n);
                m.end = at + len;
                self.open = true;
            }
            Piece::Times(n) => {
                let q = Quantity {
                    n: *n,
                    weak: false,
                    unit: None,
                };
                // "x2" after a product counts it; "2x" before one waits for it.
                match self.current.as_mut() {
                    Some(m) if m.qty.is_none() => {
                        m.qty = Some(q);
                        m.end = at + 1;
                        self.close();
                    }
                    _ => {
                        self.close();
                        self.set_pending(at, q);
                    }
                }
            }
            Piece::Number(_, n, weak) => {
                self.after_model_word = after_model_word;
                // "en un 39", "in a 40": an article, then a size.
                let after_article = self.pending.is_some_and(|q| q.weak && q.n == 1) && !*weak;
                // Only digits name a size: "the long one" is not size 1.
                let digits = words.tokens[at].is_number();
                // "para mí un 38, y para él un 42": the article already counts one, so a
                // number after it that nothing follows says which one.
                let ends_phrase = words.tokens.get(at + 1).is_none_or(|t| {
                    !t.is_word()
                        || matches!(
                            t.text.as_str(),
                            "y" | "e" | "and" | "und" | "para" | "pra" | "for" | "fur" | "que"
                        )
                });
                let number_is_variant = digits && self.number_names_variant(*n, words, at)
                    || (digits && after_article && self.is_variant_number(*n, None) && {
                        let prev2 = if at >= 2 { words.text(at - 2) } else { "" };
                        ends_phrase
                            || matches!(
                                prev2,
                                "en" | "in"
                                    | "no"
                                    | "na"
                                    | "em"
                                    | "talla"
                                    | "size"
                                    | "de"
                                    | "del"
                                    | "im"
                                    | "es"
                                    | "is"
                                    | "e"
                                    | "ist"
                                    | "usa"
                                    | "uso"
                                    | "calza"
                                    | "calzo"
                                    | "wears"
                                    | "wear"
                                    | "tragt"
                                    | "trage"
                                    | "calca"
                                    | "veste"
                            )
                    });
                self.after_model_word = false;
                self.partitive = false;
                if number_is_variant {
                    let m = self.mention(at);
                    m.attrs.numbers.push(*n);
                    m.end = at + 1;
                    self.open = true;
                    self.variant_number_next = false;
                    return;
                }
                if self.current.as_ref().is_some_and(|m| m.qty.is_none()) && !material_next {
                    // "aretes dorados, dos pares", "Brezn bitte nur 8": a count after the
                    // product, with nothing after it.
                    let trailing = words
                        .tokens
                        .get(at + 1)
                        .is_none_or(|t| !t.is_word() || self.trailing_ok(words, at + 1));
                    if trailing && let Some(m) = self.current.as_mut() {
                        m.qty = Some(Quantity {
                            n: *n,
                            weak: *weak,
                            unit: None,
                        });
                        self.close();
                        return;
                    }
                }
                self.close();
                self.set_pending(
                    at,
                    Quantity {
                        n: *n,
                        weak: *weak,
                        unit: None,
                    },
                );
                self.variant_number_next = false;
            }
            Piece::Unit(_, unit) => {
                if let Some(q) = self.pending.as_mut() {
                    q.unit = Some(*unit);
                } else if let Some(m) = self.current.as_mut().filter(|m| m.qty.is_some()) {
                    // "dos pares" after the product.
                    if let Some(q) = m.qty.as_mut() {
                        q.unit = Some(*unit);
                    }
                } else {
                    self.pending_unit = Some(*unit);
                }
            }
            Piece::SizeWord(_) => {
                self.variant_number_next = true;
                self.after_model_word = true;
                if self.current.is_some() {
                    self.open = true;
                }
            }
            Piece::Not => {
                self.negate = true;
            }
            Piece::Connector => {
                let word = words.text(at);
                if matches!(
                    word,
                    "el" | "la"
                        | "o"
                        | "the"
                        | "del"
                        | "do"
                        | "da"
                        | "der"
                        | "die"
                        | "das"
                        | "den"
                        | "en"
                        | "in"
                        | "em"
                        | "no"
                        | "na"
                        | "im"
                ) {
                    self.variant_number_next = true;
                }
                // "1 de 25", "one of the 14": a count, then which.
                if matches!(word, "de" | "of") {
                    self.variant_number_next = true;
                    self.partitive = self.pending.is_some() && self.current.is_none();
                }
                if !material_next {
                    // A trailing "de"/"for" joins nothing.
                    if !matches!(next, Some(Piece::Connector)) {
                        self.open = false;
                    }
                }
            }
            Piece::Joiner => {
                self.close();
                // A count does not reach over a comma: "calza 23, tienes el blanco?".
                if words.tokens.get(at).is_some_and(|t| t.is_punct(',')) {
                    self.flush_pending(at);
                }
            }
            Piece::Other | Piece::Break => {
                self.close();
                if matches!(piece, Piece::Break) {
                    self.flush_pending(at);
                    self.pending_unit = None;
                }
                self.variant_number_next = false;
                self.negate = false;
            }
        }
        self.last_end = at + 1;
    }

    /// Whether tokens `start..end` lie inside one courtesy phrase of several words.
    fn inside_courtesy(&self, start: usize, end: usize) -> bool {
        const REACH: usize = 3;
        let to = (end + REACH).min(self.words.len());
        super::cues::find(
            super::cues::Cue::Courtesy,
            self.words,
            start.saturating_sub(REACH),
            to,
        )
        .iter()
        .any(|&(s, e)| e - s > 1 && s <= start && end <= e)
    }

    fn words_text(&self, i: usize) -> Option<&str> {
        self.words.tokens.get(i).map(|t| t.text.as_str())
    }

    fn set_pending(&mut self, at: usize, q: Quantity) {
        self.flush_pending(at);
        self.pending = Some(q);
        self.pending_at = at;
    }

    /// A count that found no product becomes a bare count ("I'll take 2").
    fn flush_pending(&mut self, _at: usize) {
        // "I'm in 78704": a postcode or a year is not a count of anything.
        if let Some(q) = self.pending.take().filter(|q| q.n < 1000) {
            self.bare.push((self.pending_at, q));
        }
    }

    /// Whether the word after a trailing count still belongs to it ("dos pares porfa").
    fn trailing_ok(&self, words: &Words, i: usize) -> bool {
        let lex = lexicon();
        lex.units.longest_at(words, i).is_some()
            || matches!(
                words.text(i),
                "porfa"
                    | "please"
                    | "pls"
                    | "plz"
                    | "bitte"
                    | "por"
                    | "favor"
                    | "pf"
                    | "then"
                    | "entao"
                    | "entonces"
                    | "dann"
                    | "mais"
                    | "more"
                    | "de"
                    | "of"
            )
    }

    /// A number names a variant after a size word or article ("talla 25", "el 27"), inside a
    /// product's words ("iPhone 15"), or when it is a variant number of the product being
    /// read and no product word follows.
    fn number_names_variant(&self, n: i64, words: &Words, at: usize) -> bool {
        // "iPhone 15 screen protector", "Galaxy S24", "talla 25": right after a model or size
        // word, a number names the variant whatever follows.
        if self.after_model_word {
            return self.is_variant_number(n, None);
        }
        // "Silicone Case 15 Pro": a number of the product being read names its variant.
        if let Some(m) = self
            .current
            .as_ref()
            .filter(|m| self.open && m.names_product())
            && self.is_variant_number(n, Some(m))
        {
            return true;
        }
        let next_is_product = words
            .tokens
            .get(at + 1)
            .is_some_and(|t| t.is_word() && self.index.lookup_at(words, at + 1).is_some());
        if self.variant_number_next
            && !next_is_product
            && (self.pending.is_none() || self.partitive)
        {
            return self.is_variant_number(n, self.current.as_ref());
        }
        if let Some(m) = self.current.as_ref().filter(|_| self.open)
            && !next_is_product
        {
            return self.is_variant_number(n, Some(m));
        }
        false
    }

    fn is_variant_number(&self, n: i64, current: Option<&Mention>) -> bool {
        let owners = self.index.families_with_number(n);
        if owners.is_empty() {
            return false;
        }
        let families = current.map(|m| super::resolve::families_of(self.index, m));
        families.is_none_or(|f| f.is_empty() || f.iter().any(|x| owners.contains(x)))
    }

    fn mention(&mut self, at: usize) -> &mut Mention {
        let qty = if self.current.is_none() {
            self.pending.take().or_else(|| {
                self.pending_unit.take().map(|unit| Quantity {
                    n: 1,
                    weak: true,
                    unit: Some(unit),
                })
            })
        } else {
            None
        };
        self.current.get_or_insert_with(|| Mention {
            start: at,
            end: at + 1,
            name_keys: Vec::new(),
            aliases: Vec::new(),
            code: None,
            attrs: Attrs::default(),
            qty,
            price: None,
        })
    }

    fn close(&mut self) {
        if let Some(m) = self.current.take() {
            // "Claro!", "Listo": one cue word that is also a catalog word names nothing.
            let lone_cue = m.end == m.start + 1
                && m.qty.is_none()
                && m.attrs.colours.is_empty()
                && m.attrs.size.is_none()
                && m.code.is_none()
                && self
                    .words_text(m.start)
                    .is_some_and(super::cues::is_cue_word);
            // "una pregunta", "tengo una muela": an article alone that happens to fold to a
            // catalog word ("uña") names nothing either.
            let lone_stopword = m.end == m.start + 1
                && m.qty.is_none()
                && m.code.is_none()
                && m.aliases.is_empty()
                && self
                    .words_text(m.start)
                    .is_some_and(super::words::is_stopword);
            // "Boa noite!", "Good morning": words inside a greeting of two or more words
            // name no product ("Creme de noite") unless a count or a code says so.
            let in_greeting = m.qty.is_none()
                && m.code.is_none()
                && m.aliases.is_empty()
                && self.inside_courtesy(m.start, m.end);
            if !lone_cue && !lone_stopword && !in_greeting {
                self.mentions.push(m);
            }
        }
        self.open = false;
        self.pending_unit = None;
    }
}
