//! The catalog, indexed for reading chats: which words name which product families, what
//! tells one variant of a family from another, and every way a customer may write those words.
//!
//! Built once per catalog (5,000 products index in a few milliseconds) and reused for every
//! paste. A chat word finds catalog words by its stems, by the shop-noun lexicon ("bálsamo"
//! for a catalog that says "Lip Balm"), by aliases (the catalog's own and those the desk
//! learned), by German compounds ("Roggenbrot" for "Roggenmischbrot", "Sekt" for
//! "Winzersekt") and, last, by a typo within one or two edits.

use std::collections::{HashMap, HashSet};

use super::lexicon::{ColourId, Dimension, SizeId, Unit, lexicon};
use super::phrases::{Match, PhraseSet, Words};
use super::words::{Kind, Token, is_stopword, singulars, tokenize};
use crate::core::catalog::Product;
use crate::core::chat::fuzzy::{allowed_edits, deletion_keys, distance_within};

/// A catalog word, by number.
pub(crate) type KeyId = usize;

/// Products that share a name: one thing in several variants.
#[derive(Debug, Clone)]
pub(crate) struct Family {
    /// The distinct words of the name.
    pub keys: Vec<KeyId>,
    /// Sum of the weights of `keys`.
    pub weight: f32,
    /// Catalog indices, in catalog order.
    pub skus: Vec<usize>,
}

/// What one product's variant says about it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Variant {
    pub family: usize,
    /// Words of the variant ("iphone", "pro", "rosa", "palo", "ninho", "morango").
    pub keys: Vec<KeyId>,
    pub colours: Vec<ColourId>,
    pub size: Option<SizeId>,
    /// Plain numbers: shoe and jeans sizes, phone models ("24", "15").
    pub numbers: Vec<i64>,
    pub measure: Option<(Dimension, i64)>,
    /// Units in one sale when the variant or name says so ("caixa com 6", "4 Stück",
    /// "cento" = 100, "2-pack").
    pub count: Option<i64>,
    /// Sold by the pair ("Paar").
    pub pair: bool,
}

/// How a chat word found a catalog word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Hit {
    pub key: KeyId,
    /// 1.0 for the word itself, less for a synonym, compound part or typo.
    pub quality: f32,
}

/// What a sequence of chat words stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Entry {
    Words(Vec<Hit>),
    /// A name the shop gave the product: the whole family, or one product.
    Alias {
        family: usize,
        product: Option<usize>,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct Key {
    pub text: String,
    /// Families whose names use the word.
    pub families: Vec<usize>,
    /// How much the word tells in a name: 1 / families using it.
    pub weight: f32,
    /// A short everyday word ("bem" of "Bem-casado"): never enough on its own.
    pub weak: bool,
    /// The lexicon reads the word as a colour ("rosa"), or as a size ("M", "grande"): set
    /// once here, because scoring asks for every variant of every candidate.
    pub colour: bool,
    pub size: bool,
}

/// A phrase → product the desk learned from staff fixing a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnedAlias {
    pub phrase: String,
    pub sku: String,
}

/// The catalog, indexed for the draft builder. Build it once and reuse it for many pastes.
#[derive(Debug)]
pub struct CatalogIndex<'c> {
    pub(crate) catalog: &'c [Product],
    pub(crate) families: Vec<Family>,
    pub(crate) variants: Vec<Variant>,
    pub(crate) keys: Vec<Key>,
    vocab: PhraseSet<Vec<Entry>>,
    key_ids: HashMap<String, KeyId>,
    near: HashMap<String, Vec<KeyId>>,
    suffixes: HashMap<String, Vec<KeyId>>,
    prefixes: HashMap<String, Vec<KeyId>>,
    /// Product codes without separators, uppercase: "TEEBASBLUM".
    codes: HashMap<String, usize>,
    /// Plain numbers of variants ("24", "15") → the families that have them.
    numbers: HashMap<i64, Vec<usize>>,
    /// A name's initials indexed as an alias ("nb"); they name it only written in capitals.
    initials: HashSet<String>,
}

/// German names of a cut or a form that end a compound without changing what it is: a
/// "Hähnchenbrustfilet" is asked for as "Hähnchenbrust", a "Rinderhackfleisch" as "Rinderhack".
const CUT_NAMES: &[&str] = &[
    "filet", "filets", "fleisch", "stuck", "stucke", "stueck", "scheiben", "streifen", "wurfel",
];

/// Words of a catalog name or variant that carry no meaning of their own: "ca. 800 g",
/// "für 4 Personen", "para 10 pessoas".
const NOISE: &[&str] = &[
    "ca",
    "approx",
    "aprox",
    "com",
    "sem",
    "mit",
    "ohne",
    "with",
    "without",
    "personen",
    "person",
    "pessoas",
    "pessoa",
    "personas",
    "persona",
    "people",
    "servings",
    "serves",
    "porcoes",
    "porciones",
    "portionen",
    "fatias",
    "slices",
    "meses",
    "mes",
    "anos",
    "ano",
    "months",
    "month",
    "years",
    "year",
    "jahre",
    "jahr",
    "monate",
    "monat",
    "anios",
    "anio",
];

impl<'c> CatalogIndex<'c> {
    /// Indexes a catalog without learned aliases.
    pub fn new(catalog: &'c [Product]) -> CatalogIndex<'c> {
        CatalogIndex::with_learned(catalog, &[])
    }

    /// Indexes a catalog and the phrases the desk learned for it.
    pub fn with_learned(catalog: &'c [Product], learned: &[LearnedAlias]) -> CatalogIndex<'c> {
        let mut builder = Builder::default();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        let mut families: Vec<Family> = Vec::new();
        let mut variants: Vec<Variant> = Vec::with_capacity(catalog.len());
        let mut variant_cache: HashMap<(&str, usize), Variant> = HashMap::new();
        for (index, product) in catalog.iter().enumerate() {
            let name = product.name.trim();
            let family = *by_name
                .entry(crate::core::chat::fold::fold(name))
                .or_insert_with(|| {
                    let keys = builder.name_keys(name, families.len());
                    families.push(Family {
                        keys,
                        weight: 0.0,
                        skus: Vec::new(),
                    });
                    families.len() - 1
                });
            families[family].skus.push(index);
            let variant = variant_cache
                .entry((product.variant.as_str(), family))
                .or_insert_with(|| builder.variant(&product.variant, name, family))
                .clone();
            variants.push(variant);
        }
        for family in &mut families {
            family.weight = family.keys.iter().map(|&k| builder.weight(k)).sum();
        }
        builder.expand_with_lexicon(&families);
        // The shop's own aliases: each names the family of its product.
        let mut seen: HashSet<(usize, String)> = HashSet::new();
        // "NB 550" for "New Balance 550": a name that opens with two or three capitalised
        // words is also written as their initials.
        let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
        for (name, &family) in catalog
            .iter()
            .map(|p| p.name.trim())
            .zip(variants.iter().map(|v| &v.family))
        {
            if let Some(initials) = initials_of(name) {
                let owners = by_initials.entry(initials).or_default();
                if !owners.contains(&family) {
                    owners.push(family);
                }
            }
        }
        for (initials, owners) in by_initials {
            if builder.key_ids.contains_key(&initials) {
                continue;
            }
            for family in owners {
                builder.alias(&initials, family, None);
            }
            builder.initials.insert(initials);
        }
        for (index, product) in catalog.iter().enumerate() {
            let family = variants[index].family;
            for alias in &product.aliases {
                let folded = crate::core::chat::fold::fold(alias.trim());
                if seen.insert((family, folded.clone())) {
                    builder.alias(&folded, family, None);
                }
            }
        }
        let by_sku: HashMap<String, usize> = catalog
            .iter()
            .enumerate()
            .map(|(i, p)| (p.sku.trim().to_uppercase(), i))
            .collect();
        for alias in learned {
            if let Some(&product) = by_sku.get(&alias.sku.trim().to_uppercase()) {
                let folded = crate::core::chat::fold::fold(alias.phrase.trim());
                builder.alias(&folded, variants[product].family, Some(product));
            }
        }
        let mut codes = HashMap::new();
        for (index, product) in catalog.iter().enumerate() {
            let parts = product
                .sku
                .split(|c: char| !c.is_alphanumeric())
                .filter(|p| !p.is_empty())
                .count();
            let compact = compact_code(&product.sku);
            // A one-part code only counts when it mixes letters and digits ("PB10K"): "TEE"
            // alone is a word.
            let distinctive = parts > 1
                || (compact.chars().any(|c| c.is_ascii_digit())
                    && compact.chars().any(char::is_alphabetic));
            if distinctive {
                codes.entry(compact).or_insert(index);
            }
        }
        builder.finish(catalog, families, variants, codes)
    }

    /// Whether a folded word is only a name's initials ("nb"), which name it only in capitals.
    pub(crate) fn is_initials(&self, word: &str) -> bool {
        self.initials.contains(word)
    }

    pub(crate) fn product(&self, index: usize) -> Option<&'c Product> {
        self.catalog.get(index)
    }

    pub(crate) fn family_of(&self, product: usize) -> usize {
        self.variants.get(product).map_or(0, |v| v.family)
    }

    /// What the words starting at `i` stand for: the longest vocabulary entry, else a typo or
    /// compound match for the single word. Returns the number of tokens used.
    pub(crate) fn lookup_at(&self, words: &Words, i: usize) -> Option<(usize, Vec<Entry>)> {
        if let Some((len, found)) = self.vocab.all_longest_at(words, i) {
            let mut merged: Vec<Entry> = Vec::new();
            for entries in found {
                for e in entries {
                    match (merged.iter_mut().find(|m| matches!(m, Entry::Words(_))), e) {
                        (Some(Entry::Words(hits)), Entry::Words(new)) => {
                            for h in new {
                                push_hit(hits, h.key, h.quality);
                            }
                        }
                        _ => {
                            if !merged.contains(e) {
                                merged.push(e.clone());
                            }
                        }
                    }
                }
            }
            // A word the catalog itself uses means that word, not its synonyms: "Riesling"
            // is the Riesling, though the lexicon makes every wine a "Wein".
            let entries = merged
                .iter()
                .map(|e| match e {
                    Entry::Words(hits) if hits.iter().any(|h| h.quality >= 1.0) => {
                        Entry::Words(hits.iter().copied().filter(|h| h.quality >= 1.0).collect())
                    }
                    other => other.clone(),
                })
                .collect();
            return Some((len, entries));
        }
        let token = words.tokens.get(i)?;
        if !token.is_alpha() || is_stopword(&token.text) || lexicon_word(&token.text) {
            return None;
        }
        let forms = words.forms.get(i)?;
        if let Some(hits) = self.compound(forms) {
            return Some((1, vec![Entry::Words(hits)]));
        }
        if let Some(entries) = self.compound_of_vocabulary(&token.text) {
            return Some((1, entries));
        }
        let hits = self.typo(&token.text)?;
        Some((1, vec![Entry::Words(hits)]))
    }

    /// A compound whose last part is a word the reader knows for a product, an alias or a
    /// lexicon noun ("Lederjacke" where "Jacke" is the jacket's alias, "Wollschals"), and its
    /// first part too when known ("Leder"): what both parts stand for, a little less sure
    /// than the words said apart.
    fn compound_of_vocabulary(&self, word: &str) -> Option<Vec<Entry>> {
        if word.chars().count() < 7 {
            return None;
        }
        let known = |part: &str| -> Option<Vec<Entry>> {
            let words = Words::of(part);
            let (len, found) = self.vocab.all_longest_at(&words, 0)?;
            (len == 1 && words.len() == 1).then(|| found.into_iter().flatten().cloned().collect())
        };
        for (split, _) in word.char_indices().skip(3) {
            let (head, tail) = word.split_at(split);
            if tail.chars().count() < 4 {
                break;
            }
            let Some(tail_entries) = known(tail) else {
                continue;
            };
            // "Arbeitshose": the joining s belongs to neither part.
            let head_entries = known(head)
                .or_else(|| head.strip_suffix('s').and_then(known))
                .unwrap_or_default();
            let mut hits: Vec<Hit> = Vec::new();
            let mut entries: Vec<Entry> = Vec::new();
            for e in tail_entries.into_iter().chain(head_entries) {
                match e {
                    Entry::Words(found) => {
                        for h in found {
                            push_hit(&mut hits, h.key, h.quality * 0.8);
                        }
                    }
                    alias => {
                        if !entries.contains(&alias) {
                            entries.push(alias);
                        }
                    }
                }
            }
            if !hits.is_empty() {
                entries.insert(0, Entry::Words(hits));
            }
            return Some(entries);
        }
        None
    }

    /// A product code written in the chat ("COX-100", "TEE-BAS-BLU-M", "pb10k"): the
    /// number of tokens it spans, separators included, and the product.
    pub(crate) fn code_at(&self, words: &Words, i: usize) -> Option<(usize, usize)> {
        if self.codes.is_empty() {
            return None;
        }
        let tokens = &words.tokens;
        let mut compact = String::new();
        let mut found = None;
        let mut k = i;
        while k < tokens.len() && k < i + 12 {
            let t = &tokens[k];
            // The parts of one code touch each other, or a separator, without spaces.
            if k > i && t.start != tokens[k - 1].end {
                break;
            }
            match t.kind {
                Kind::Word | Kind::Number => {
                    compact.push_str(&compact_code(&t.text));
                    if let Some(&p) = self.codes.get(&compact) {
                        found = Some((k + 1 - i, p));
                    }
                }
                Kind::Punct('-' | '_' | '.' | '/') if k > i => {}
                _ => break,
            }
            k += 1;
        }
        found
    }

    /// Families with a variant numbered `n` ("Jeans … / 24", "iPhone 15").
    pub(crate) fn families_with_number(&self, n: i64) -> &[usize] {
        self.numbers.get(&n).map_or(&[], Vec::as_slice)
    }

    /// German compounds: the chat word is the head of a catalog word ("sekt" in
    /// "winzersekt"), a catalog word is its head ("laugenbrezel" for "brezel"), or both share
    /// the first and last parts ("roggenbrot" for "roggenmischbrot").
    fn compound(&self, forms: &[String]) -> Option<Vec<Hit>> {
        let mut hits: Vec<Hit> = Vec::new();
        // The word itself as the head of a longer catalog word, never a guessed stem of it:
        // "there" is not the end of "leather".
        // A stem only when it is long enough to mean something ("Semmeln" → "semmel"), and
        // the word itself even after a short first part ("Salami" of "Hofsalami").
        for (k, word) in forms
            .iter()
            .enumerate()
            .filter(|(k, w)| w.len() >= if *k == 0 { 4 } else { 5 } && w.is_ascii())
        {
            let head_at_least = if k == 0 { 3 } else { 4 };
            for &key in self.suffixes.get(word.as_str()).into_iter().flatten() {
                if self.keys[key].text.len() >= word.len() + head_at_least {
                    push_hit(&mut hits, key, 0.75);
                }
            }
        }
        // The catalog word is the chat word with a cut's name after it ("Hähnchenbrust" of
        // "Hähnchenbrustfilet", "Rinderhack" of "Rinderhackfleisch"): the same thing.
        for word in forms.iter().filter(|w| w.len() >= 6 && w.is_ascii()) {
            for &key in self.prefixes.get(word.as_str()).into_iter().flatten() {
                let rest = &self.keys[key].text[word.len()..];
                if CUT_NAMES.contains(&rest) {
                    push_hit(&mut hits, key, 0.75);
                }
            }
        }
        if !hits.is_empty() {
            return Some(hits);
        }
        for word in forms.iter().filter(|w| w.len() >= 5 && w.is_ascii()) {
            for split in 3..word.len().saturating_sub(3) {
                let (head, tail) = word.split_at(split);
                if let Some(&key) = self.key_ids.get(tail)
                    && tail.len() >= 4
                {
                    push_hit(&mut hits, key, 0.8);
                }
                if head.len() < 4 || tail.len() < 3 {
                    continue;
                }
                let Some(starts) = self.prefixes.get(head) else {
                    continue;
                };
                for &key in starts {
                    let text = &self.keys[key].text;
                    if text.len() > word.len() && text.ends_with(tail) {
                        push_hit(&mut hits, key, 0.8);
                    }
                }
            }
            if !hits.is_empty() {
                break;
            }
        }
        (!hits.is_empty()).then_some(hits)
    }

    fn typo(&self, word: &str) -> Option<Vec<Hit>> {
        let edits = allowed_edits(word);
        if edits == 0 || word.chars().count() > 24 || lexicon_word(word) {
            return None;
        }
        let mut best: Option<(usize, KeyId)> = None;
        for key in deletion_keys(word, edits) {
            for &candidate in self.near.get(&key).into_iter().flatten() {
                let text = &self.keys[candidate].text;
                if text.chars().next() != word.chars().next() {
                    continue;
                }
                // A five-letter word may be a swap or a dropped letter ("scraf"), never a
                // different letter ("troco" is not "tricô").
                let short_ok = word.chars().count() > 5 || {
                    let mut a: Vec<char> = word.chars().collect();
                    let mut b: Vec<char> = text.chars().collect();
                    a.sort_unstable();
                    b.sort_unstable();
                    a == b || a.len() != b.len()
                };
                if short_ok
                    && let Some(d) = distance_within(word, text, edits)
                    && best.is_none_or(|(bd, bk)| (d, text) < (bd, &self.keys[bk].text))
                {
                    best = Some((d, candidate));
                }
            }
        }
        best.map(|(_, key)| vec![Hit { key, quality: 0.7 }])
    }
}

/// Words the lexicon knows as something other than a product (colours, numbers, units) are
/// never read as typos of a product word: "rosa" is not "rose", "tres" is not "tres leches".
fn lexicon_word(word: &str) -> bool {
    lexicon().knows_at(&Words::of(word), 0) || super::cues::is_any_cue_word(word)
}

fn push_hit(hits: &mut Vec<Hit>, key: KeyId, quality: f32) {
    match hits.iter_mut().find(|h| h.key == key) {
        Some(h) => h.quality = h.quality.max(quality),
        None => hits.push(Hit { key, quality }),
    }
}

#[derive(Default)]
struct Builder {
    keys: Vec<Key>,
    key_ids: HashMap<String, KeyId>,
    /// Chat word sequences → what they stand for, merged before they go into the phrase set.
    entries: HashMap<Vec<String>, Vec<Entry>>,
    /// The name words of each family in order, for lexicon phrases of several words.
    name_words: Vec<Vec<(String, KeyId)>>,
    /// Initials that stand for a family ("nb" for "New Balance 550").
    initials: HashSet<String>,
}

impl Builder {
    fn key(&mut self, text: &str) -> KeyId {
        if let Some(&id) = self.key_ids.get(text) {
            return id;
        }
        let id = self.keys.len();
        let short = text.chars().count() <= 3 && !text.chars().any(|c| c.is_ascii_digit());
        let words = Words::of(text);
        let lex = lexicon();
        let noun = lex.nouns.longest_at(&words, 0).is_some();
        self.keys.push(Key {
            text: text.to_string(),
            families: Vec::new(),
            weight: 1.0,
            weak: short && !noun,
            colour: lex.colours.longest_at(&words, 0).is_some(),
            size: lex.sizes.longest_at(&words, 0).is_some()
                || lex.letter_sizes.longest_at(&words, 0).is_some(),
        });
        self.key_ids.insert(text.to_string(), id);
        for form in singulars(text) {
            self.entry(
                vec![form],
                Entry::Words(vec![Hit {
                    key: id,
                    quality: 1.0,
                }]),
            );
        }
        id
    }

    fn entry(&mut self, words: Vec<String>, entry: Entry) {
        let list = self.entries.entry(words).or_default();
        match (
            list.iter_mut().find(|e| matches!(e, Entry::Words(_))),
            &entry,
        ) {
            (Some(Entry::Words(hits)), Entry::Words(new)) => {
                for hit in new {
                    push_hit(hits, hit.key, hit.quality);
                }
            }
            _ => {
                if !list.contains(&entry) {
                    list.push(entry);
                }
            }
        }
    }

    fn weight(&self, key: KeyId) -> f32 {
        self.keys[key].weight
    }

    /// The distinct content words of a family's name, each becoming a key.
    fn name_keys(&mut self, name: &str, family: usize) -> Vec<KeyId> {
        let mut keys = Vec::new();
        let mut sequence = Vec::new();
        let tokens = tokenize(name);
        for token in tokens.iter().cloned() {
            if !token.is_word() || is_stopword(&token.text) || NOISE.contains(&token.text.as_str())
            {
                continue;
            }
            let id = self.key(&token.text);
            // "IRC", "XRM", "LED": a short name word the catalog writes in capitals is a
            // brand or model, not an everyday word.
            if token.upper && token.text.chars().count() >= 2 {
                self.keys[id].weak = false;
            }
            sequence.push((token.text.clone(), id));
            if !keys.contains(&id) {
                keys.push(id);
                let users = &mut self.keys[id].families;
                if users.last() != Some(&family) {
                    users.push(family);
                }
                self.keys[id].weight = 1.0 / users.len() as f32;
            }
        }
        // "X-pression", "T-Shirt", "Ziploc-Beutel": a hyphenated name word is also typed
        // as one ("xpression", "tshirt"), standing for both its parts.
        for w in tokens.windows(3) {
            let glued = w[0].end == w[1].start && w[1].end == w[2].start;
            if glued && w[0].is_word() && w[1].kind == Kind::Punct('-') && w[2].is_word() {
                let hits = [&w[0].text, &w[2].text]
                    .iter()
                    .filter_map(|t| self.key_ids.get(t.as_str()).copied())
                    .map(|key| Hit { key, quality: 1.0 })
                    .collect::<Vec<_>>();
                if hits.len() == 2 {
                    self.entry(
                        vec![format!("{}{}", w[0].text, w[2].text)],
                        Entry::Words(hits),
                    );
                }
            }
        }
        if self.name_words.len() <= family {
            self.name_words.resize(family + 1, Vec::new());
        }
        self.name_words[family] = sequence;
        keys
    }

    fn variant(&mut self, variant: &str, name: &str, family: usize) -> Variant {
        let lex = lexicon();
        let mut v = Variant {
            family,
            ..Variant::default()
        };
        let tokens = tokenize(variant);
        let words = Words::new(tokens.clone());
        let mut i = 0;
        while i < tokens.len() {
            let token = &tokens[i];
            if let Some((len, &colour)) = lex.colours.longest_at(&words, i) {
                v.colours.push(colour);
                for t in &tokens[i..i + len] {
                    v.keys.push(self.key(&t.text));
                }
                i += len;
                continue;
            }
            if let Some((len, count)) = count_phrase(&words, i, true) {
                v.count = Some(count);
                for t in tokens[i..i + len]
                    .iter()
                    .filter(|t| t.is_word() && !is_stopword(&t.text))
                {
                    v.keys.push(self.key(&t.text));
                }
                i += len;
                continue;
            }
            if let Some((len, &size)) = lex
                .sizes
                .longest_at(&words, i)
                .or_else(|| lex.letter_sizes.longest_at(&words, i))
            {
                v.size = Some(size);
                v.keys.push(self.key(&token.text));
                i += len;
                continue;
            }
            if token.is_number() {
                let next = words.text(i + 1);
                // "1/2 kg", "1 1/2 kg": the fraction is the measure's number.
                let (taken, value) = number_at(&words, i).unwrap_or((1, f64::NAN));
                if let Some((len, unit)) = (i + taken < tokens.len())
                    .then(|| lex.measures.longest_at(&words, i + taken))
                    .flatten()
                {
                    if value.is_finite() {
                        v.measure =
                            Some((unit.dimension, (value * unit.factor as f64).round() as i64));
                        // "maceta de 17", "el de 5": people name a size by its number alone.
                        if let (1, Some(n)) = (taken, token.integer()) {
                            v.numbers.push(n);
                        }
                    }
                    i += taken + len;
                    continue;
                }
                if let Some(key) = decimal(&token.text).and_then(fraction_number) {
                    v.numbers.push(key);
                }
                if let Some(n) = token.integer() {
                    if matches!(next, "un" | "unidades" | "stuck" | "pcs" | "piezas" | "uds") {
                        v.count = Some(n);
                        i += 2;
                        continue;
                    }
                    v.numbers.push(n);
                }
                i += 1;
                continue;
            }
            // "por metro", "per kg", "al kilo", "je Meter": sold by one of that unit, so
            // "3 metros" of it are three.
            if matches!(
                token.text.as_str(),
                "por" | "per" | "pro" | "al" | "ao" | "je" | "by"
            ) && let Some((len, unit)) = (i + 1 < tokens.len())
                .then(|| lex.measures.longest_at(&words, i + 1))
                .flatten()
                .or_else(|| {
                    // "by the metre"
                    (words.text(i + 1) == "the" && i + 2 < tokens.len())
                        .then(|| lex.measures.longest_at(&words, i + 2))
                        .flatten()
                        .map(|(len, u)| (len + 1, u))
                })
            {
                v.measure = Some((unit.dimension, unit.factor));
                i += 1 + len;
                continue;
            }
            if token.is_word() {
                if let Some((value, unit)) = glued_measure(&token.text) {
                    v.measure = Some((unit.dimension, (value * unit.factor as f64).round() as i64));
                } else if let Some((len, unit)) = lex.units.longest_at(&words, i) {
                    match unit {
                        Unit::Pair => v.pair = true,
                        Unit::Hundred => v.count = Some(100),
                        Unit::Piece => v.count = v.count.or(Some(1)),
                        _ => {}
                    }
                    for t in &tokens[i..i + len] {
                        v.keys.push(self.key(&t.text));
                    }
                    i += len;
                    continue;
                } else if !is_stopword(&token.text) && !NOISE.contains(&token.text.as_str()) {
                    v.keys.push(self.key(&token.text));
                }
            }
            i += 1;
        }
        let name_tokens = tokenize(name);
        let name_words = Words::new(name_tokens.clone());
        // "Screen Protector 2-pack": the count is in the name.
        if v.count.is_none() {
            v.count = (0..name_tokens.len())
                .find_map(|i| count_phrase(&name_words, i, true).map(|c| c.1));
        }
        // "A4 copier paper 75 gsm", "New Balance 550": a number in the name tells this family
        // from its neighbours, as a variant's number does ("the 75 gsm", "NB 550"); one that
        // counts ("pack of 10", "6 pcs") does not.
        let mut counted = vec![false; name_tokens.len()];
        for i in 0..name_tokens.len() {
            if let Some((len, _)) = count_phrase(&name_words, i, true) {
                counted[i..(i + len).min(name_tokens.len())].fill(true);
            }
        }
        for i in 0..name_tokens.len() {
            let unit_next = lex.units.longest_at(&name_words, i + 1).is_some()
                || lex.measures.longest_at(&name_words, i + 1).is_some();
            if let Some(n) = name_tokens[i].integer()
                && !counted[i]
                && !unit_next
                && !v.numbers.contains(&n)
            {
                v.numbers.push(n);
            }
        }
        // "Galo de barro azul / médio": a colour in the name is the product's colour when the
        // variant names none, so "o azul" is not the black one.
        if v.colours.is_empty() {
            let name_words = Words::new(tokenize(name));
            for at in 0..name_words.len() {
                if let Some((_, &colour)) = lex.colours.longest_at(&name_words, at)
                    && !v.colours.contains(&colour)
                {
                    v.colours.push(colour);
                }
            }
        }
        v.keys.sort_unstable();
        v.keys.dedup();
        v
    }

    /// Every form of a lexicon concept found in a family name stands for the name words it
    /// covers: "Lip Balm" brings "bálsamo", "Lippenbalsam", "protetor labial".
    fn expand_with_lexicon(&mut self, families: &[Family]) {
        let lex = lexicon();
        let mut found: Vec<(Vec<String>, Vec<KeyId>)> = Vec::new();
        for family in 0..families.len() {
            let sequence = self.name_words.get(family).cloned().unwrap_or_default();
            let texts: Vec<String> = sequence.iter().map(|(t, _)| t.clone()).collect();
            for start in 0..texts.len() {
                for end in (start + 1..=texts.len().min(start + 3)).rev() {
                    let span = &texts[start..end];
                    let concepts = concepts_matching(span);
                    if concepts.is_empty() {
                        continue;
                    }
                    let keys: Vec<KeyId> = sequence[start..end].iter().map(|(_, k)| *k).collect();
                    for concept in concepts {
                        for form in &lex.concepts[concept].forms {
                            found.push((form.clone(), keys.clone()));
                        }
                    }
                    break;
                }
            }
        }
        // German compounds in the catalog ("Hofsalami", "Kürbiskernbrötchen",
        // "Schweineschnitzel") are what their last part is: a "Salami" is asked for by that word.
        for family in 0..families.len() {
            let sequence = self.name_words.get(family).cloned().unwrap_or_default();
            for (text, key) in sequence {
                if text.len() < 7 || !text.is_ascii() {
                    continue;
                }
                for cut in 3..=text.len() - 4 {
                    let tail = &text[cut..];
                    let concepts = lex.concepts_of(&[tail.to_string()]);
                    if concepts.is_empty() {
                        continue;
                    }
                    for concept in concepts {
                        for form in &lex.concepts[concept].forms {
                            found.push((form.clone(), vec![key]));
                        }
                    }
                    break;
                }
            }
        }
        for (form, keys) in found {
            let hits = keys
                .iter()
                .map(|&key| Hit { key, quality: 0.85 })
                .collect::<Vec<_>>();
            self.entry(form, Entry::Words(hits));
        }
    }

    fn alias(&mut self, folded: &str, family: usize, product: Option<usize>) {
        let words: Vec<String> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if words.is_empty() {
            return;
        }
        // A one-word alias is also found through its plural ("quibes", "Brezn").
        if words.len() == 1 {
            for form in singulars(&words[0]) {
                self.entry(vec![form], Entry::Alias { family, product });
            }
        }
        self.entry(words, Entry::Alias { family, product });
    }

    fn finish<'c>(
        self,
        catalog: &'c [Product],
        families: Vec<Family>,
        variants: Vec<Variant>,
        codes: HashMap<String, usize>,
    ) -> CatalogIndex<'c> {
        let mut vocab = PhraseSet::new(Match::Stemmed);
        for (words, entries) in self.entries {
            vocab.insert(words, entries);
        }
        let mut near: HashMap<String, Vec<KeyId>> = HashMap::new();
        let mut suffixes: HashMap<String, Vec<KeyId>> = HashMap::new();
        let mut prefixes: HashMap<String, Vec<KeyId>> = HashMap::new();
        for (id, key) in self.keys.iter().enumerate() {
            let text = key.text.as_str();
            let edits = allowed_edits(text);
            if edits > 0 && text.chars().count() <= 24 {
                for k in deletion_keys(text, edits) {
                    near.entry(k).or_default().push(id);
                }
            }
            if text.is_ascii() && text.len() >= 7 && text.chars().all(char::is_alphabetic) {
                for cut in 3..=text.len() - 4 {
                    suffixes
                        .entry(text[cut..].to_string())
                        .or_default()
                        .push(id);
                }
                for cut in 4..text.len() {
                    prefixes
                        .entry(text[..cut].to_string())
                        .or_default()
                        .push(id);
                }
            }
        }
        let mut numbers: HashMap<i64, Vec<usize>> = HashMap::new();
        for v in &variants {
            for &n in &v.numbers {
                let owners = numbers.entry(n).or_default();
                if !owners.contains(&v.family) {
                    owners.push(v.family);
                }
            }
        }
        CatalogIndex {
            catalog,
            families,
            variants,
            numbers,
            keys: self.keys,
            vocab,
            key_ids: self.key_ids,
            near,
            suffixes,
            prefixes,
            codes,
            initials: self.initials,
        }
    }
}

/// The initials of the two or three capitalised words a name opens with, before a number
/// or its end: "New Balance 550" → "nb". None for other names.
fn initials_of(name: &str) -> Option<String> {
    let mut initials = String::new();
    for word in name.split_whitespace() {
        let first = word.chars().next()?;
        if first.is_ascii_digit() {
            break;
        }
        if !(first.is_uppercase() && word.chars().skip(1).all(char::is_lowercase)) {
            return None;
        }
        initials.extend(first.to_lowercase());
    }
    (2..=3)
        .contains(&initials.chars().count())
        .then_some(initials)
}

/// Concepts whose forms equal these catalog words, allowing the catalog's plurals.
fn concepts_matching(span: &[String]) -> Vec<usize> {
    let lex = lexicon();
    let mut found = lex.concepts_of(span);
    if found.is_empty() && span.len() == 1 {
        for form in singulars(&span[0]).into_iter().skip(1) {
            found = lex.concepts_of(&[form]);
            if !found.is_empty() {
                break;
            }
        }
    }
    found
}

/// Numbers with a fraction that name a variant ("US 9.5", "38,5") are kept among the whole
/// variant numbers in tenths, above this base, so that 9.5 never equals a whole size.
const FRACTION_BASE: i64 = 1 << 40;

/// The variant number of a size with a fraction: "9.5" → a key no whole number has. None
/// for a whole number (those are themselves) and for values no size has.
pub(crate) fn fraction_number(value: f64) -> Option<i64> {
    let tenths = (value * 10.0).round();
    let whole = tenths % 10.0 == 0.0;
    (!whole && value.is_finite() && (0.0..10_000.0).contains(&value))
        .then(|| FRACTION_BASE + tenths as i64)
}

/// A number written as people write it in a catalog: "0,75", "1.5", "250".
pub(crate) fn decimal(text: &str) -> Option<f64> {
    text.replace(',', ".").parse::<f64>().ok()
}

/// The number written at `i`, with how many tokens it takes: "0,75", "250", and the
/// fractions butchers and grocers write, "1/2" and "1 1/2" (a whole number, a space and a
/// fraction). A slash between numbers that is not a proper fraction ("80/90", "24/7") is not
/// read here.
pub(crate) fn number_at(words: &Words, i: usize) -> Option<(usize, f64)> {
    let tokens = &words.tokens;
    let fraction_at = |at: usize| -> Option<f64> {
        let (n, slash, d) = (tokens.get(at)?, tokens.get(at + 1)?, tokens.get(at + 2)?);
        let glued = n.end == slash.start && slash.end == d.start;
        let (num, den) = (n.integer()?, d.integer()?);
        (glued && slash.kind == Kind::Punct('/') && num > 0 && num < den && den <= 16)
            .then(|| num as f64 / den as f64)
    };
    if let Some(value) = fraction_at(i) {
        return Some((3, value));
    }
    let value = decimal(&tokens.get(i)?.text)?;
    match tokens.get(i).and_then(Token::integer) {
        Some(_) => match fraction_at(i + 1) {
            Some(part) => Some((4, value + part)),
            None => Some((1, value)),
        },
        None => Some((1, value)),
    }
}

/// "250g", "1kg", "50ml", "3ft": a measure glued to its number.
pub(crate) fn glued_measure(word: &str) -> Option<(f64, super::lexicon::MeasureUnit)> {
    let split = word.find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',')?;
    if split == 0 {
        return None;
    }
    let (number, unit) = word.split_at(split);
    let value = decimal(number)?;
    let tokens = tokenize(unit);
    let words = Words::new(tokens.clone());
    let (len, measure) = lexicon().measures.longest_at(&words, 0)?;
    (len == tokens.len()).then_some((value, *measure))
}

/// A count of units in one sale: "caixa com 6", "2-pack", "meio cento", "cento", "dúzia",
/// "6er". In a catalog (`catalog`), "4 Stück" and "10 un" say the same; in a chat they are
/// a quantity ("3 caixas" is three boxes). Returns tokens used and the count.
pub(crate) fn count_phrase(words: &Words, i: usize, catalog: bool) -> Option<(usize, i64)> {
    let lex = lexicon();
    let t = |k: usize| words.text(i + k);
    let is_pack = |k: usize| {
        lex.units
            .longest_at(words, i + k)
            .is_some_and(|(_, u)| *u == Unit::Pack)
    };
    let number = |k: usize| words.tokens.get(i + k).and_then(Token::integer);
    // "meio cento", "meia dúzia"
    if matches!(
        t(0),
        "meio" | "meia" | "medio" | "media" | "halbes" | "half"
    ) {
        if lex
            .units
            .longest_at(words, i + 1)
            .is_some_and(|(_, u)| *u == Unit::Hundred)
        {
            return Some((2, 50));
        }
        if matches!(t(1), "duzia" | "docena" | "dutzend" | "dozen") {
            return Some((2, 6));
        }
    }
    if lex
        .units
        .longest_at(words, i)
        .is_some_and(|(_, u)| *u == Unit::Hundred)
    {
        // "cento e meio": a hundred and a half.
        if matches!(t(1), "e" | "y") && matches!(t(2), "meio" | "medio") {
            return Some((3, 150));
        }
        return Some((1, 100));
    }
    if matches!(t(0), "duzia" | "docena" | "dutzend" | "dozen") {
        return Some((1, 12));
    }
    // "caixa com 6", "paquete de 3", "pack of 4", "box of 6", "Kit 3 bodies"
    if is_pack(0)
        && matches!(t(1), "com" | "de" | "of" | "mit" | "con" | "c")
        && let Some(n) = number(2)
    {
        return Some((3, n));
    }
    if is_pack(0)
        && let Some(n) = number(1).filter(|n| *n > 1)
    {
        return Some((2, n));
    }
    // "2-pack", "4er-Pack"; in a catalog also "4 Stück", "10 un"
    if let Some(n) = number(0) {
        let hyphen = words
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == Kind::Punct('-'));
        let k = if hyphen { 2 } else { 1 };
        let piece_word = matches!(
            t(k),
            "stuck" | "stk" | "un" | "unidades" | "unid" | "pcs" | "piezas"
        );
        if (hyphen && is_pack(k)) || (catalog && (is_pack(k) || piece_word)) {
            return Some((k + 1, n));
        }
    }
    if let Some(n) = t(0).strip_suffix("er").and_then(|d| d.parse::<i64>().ok()) {
        let k = if words
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == Kind::Punct('-'))
            && is_pack(2)
        {
            3
        } else {
            1
        };
        return Some((k, n));
    }
    None
}

/// A code as letters and digits only, uppercase: "tee-bas-blu-m" → "TEEBASBLUM".
fn compact_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Currency;

    fn product(sku: &str, name: &str, variant: &str, aliases: &[&str]) -> Product {
        Product {
            sku: sku.to_string(),
            name: name.to_string(),
            variant: variant.to_string(),
            price: 1000,
            currency: Currency::USD,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            on_hand: 5,
            reserved: 0,
            low_stock: None,
        }
    }

    fn catalog() -> Vec<Product> {
        vec![
            product("LB-ROSE", "Tinted Lip Balm", "Rose", &[]),
            product("BREZ", "Laugenbrezel", "Stück", &["Brezn"]),
            product("ROG-1000", "Roggenmischbrot", "1 kg", &[]),
            product("ROG-500", "Roggenmischbrot", "500 g", &[]),
            product("SEKT", "Winzersekt brut", "Flasche 0,75 l", &[]),
            product("PMEL-CX6", "Pão de mel", "caixa com 6", &[]),
            product(
                "BRIG-50",
                "Brigadeiro tradicional",
                "meio cento (50 un)",
                &[],
            ),
            product(
                "SP-GLS",
                "Tempered Glass Screen Protector 2-pack",
                "iPhone 15 / 15 Pro",
                &[],
            ),
            product("BERG", "Allgäuer Bergkäse", "250 g", &[]),
            product("ASADO-500", "Asado de tira", "1/2 kg", &[]),
            product("QUESO-250", "Queso cremoso", "1/4 kg", &[]),
        ]
    }

    fn first_keys(index: &CatalogIndex<'_>, text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let words = Words::new(tokens.clone());
        let Some((_, entries)) = index.lookup_at(&words, 0) else {
            return Vec::new();
        };
        entries
            .iter()
            .flat_map(|e| match e {
                Entry::Words(hits) => hits
                    .iter()
                    .map(|h| index.keys[h.key].text.clone())
                    .collect(),
                Entry::Alias { family, .. } => {
                    let first = index.families[*family].skus[0];
                    vec![format!("family:{}", index.catalog[first].name)]
                }
            })
            .collect()
    }

    #[test]
    fn chat_words_find_catalog_words() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        assert_eq!(first_keys(&index, "bálsamos"), ["lip", "balm"]);
        assert!(first_keys(&index, "Brezn").contains(&"family:Laugenbrezel".to_string()));
        assert_eq!(first_keys(&index, "Roggenbrote"), ["roggenmischbrot"]);
        assert_eq!(first_keys(&index, "Sekt"), ["winzersekt"]);
        assert_eq!(first_keys(&index, "Bergkas"), ["bergkase"]);
        assert!(first_keys(&index, "protector").contains(&"protector".to_string()));
        assert!(
            first_keys(&index, "rosa").is_empty(),
            "a colour is not a typo of rose"
        );
    }

    #[test]
    fn variants_say_what_they_are() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let lex = lexicon();
        assert_eq!(index.variants[3].measure, Some((Dimension::Mass, 500)));
        assert_eq!(index.variants[4].measure, Some((Dimension::Volume, 750)));
        // A fraction written with a slash is the measure, not its denominator.
        assert_eq!(index.variants[9].measure, Some((Dimension::Mass, 500)));
        assert_eq!(index.variants[10].measure, Some((Dimension::Mass, 250)));
        assert_eq!(index.variants[5].count, Some(6));
        assert_eq!(index.variants[6].count, Some(50));
        assert_eq!(index.variants[7].count, Some(2));
        assert_eq!(index.variants[7].numbers, [15, 15]);
        let rose = index.variants[0]
            .colours
            .first()
            .map(|c| lex.colour_names[c.0].as_str());
        assert_eq!(rose, Some("pink"));
        assert_eq!(index.families.len(), 10);
    }
}
