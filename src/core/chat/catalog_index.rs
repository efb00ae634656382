//! An index of the catalog for matching chat words to products.
//!
//! Built once per call: product names and aliases are folded, tokenised and singularised into
//! a vocabulary that maps a word to the product families using it; a deletion index finds
//! typos in the vocabulary without comparing a word against every product. Variants of one
//! product ("Blue / M", "Black / L") share a family and differ by their features.

use std::collections::{HashMap, HashSet};

use super::fold::{TokenKind, fold, tokenize};
use super::fuzzy::{allowed_edits, deletion_keys, distance_within};
use super::vocab;
use crate::core::catalog::Product;

/// Products that share a name: one thing in several variants.
#[derive(Debug, Clone)]
pub(crate) struct Family {
    /// The name as the catalog writes it ("Leather Jacket").
    pub name: String,
    /// Each way of naming it (the name, then every alias) as canonical word lists.
    pub names: Vec<Vec<String>>,
    /// Indices into the catalog slice, in catalog order.
    pub skus: Vec<usize>,
    /// For each name, the sum of its words' weights (see [`CatalogIndex::weight`]).
    pub name_weights: Vec<f32>,
}

/// What tells one variant from another: colour, size and any other variant words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Features {
    pub colour: Option<&'static str>,
    pub size: Option<String>,
    pub words: Vec<String>,
}

/// How a chat word was found in the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WordHit {
    pub canonical: String,
    pub fuzzy: bool,
}

/// The catalog, indexed for the draft builder. Build it once and reuse it for many pastes.
#[derive(Debug)]
pub struct CatalogIndex<'c> {
    pub(crate) catalog: &'c [Product],
    pub(crate) families: Vec<Family>,
    pub(crate) features: Vec<Features>,
    /// Canonical word → families that use it in a name or alias.
    vocabulary: HashMap<String, Vec<usize>>,
    /// Surface forms (plurals) → canonical word.
    forms: HashMap<String, String>,
    /// Deletion key → canonical words, for typos.
    near: HashMap<String, Vec<String>>,
    /// Folded SKU code → catalog index.
    skus: HashMap<String, usize>,
    /// Catalog index → family.
    product_family: Vec<Option<usize>>,
}

/// Words longer than this are not looked up fuzzily (they are URLs or keyboard mashing).
const MAX_FUZZY_CHARS: usize = 24;

impl<'c> CatalogIndex<'c> {
    pub fn new(catalog: &'c [Product]) -> CatalogIndex<'c> {
        let mut families: Vec<Family> = Vec::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        // Variant rows repeat their product's aliases; each distinct alias is read once.
        let mut aliases_seen: HashSet<(usize, &str)> = HashSet::new();
        for (index, product) in catalog.iter().enumerate() {
            let key = fold(product.name.trim());
            let family = *by_name.entry(key).or_insert_with(|| {
                families.push(Family {
                    name: product.name.trim().to_string(),
                    names: vec![name_words(&product.name)],
                    skus: Vec::new(),
                    name_weights: Vec::new(),
                });
                families.len() - 1
            });
            if let Some(f) = families.get_mut(family) {
                f.skus.push(index);
                for alias in &product.aliases {
                    if !aliases_seen.insert((family, alias.as_str())) {
                        continue;
                    }
                    let words = name_words(alias);
                    if !words.is_empty() && !f.names.contains(&words) {
                        f.names.push(words);
                    }
                }
            }
        }
        families.retain(|f| f.names.iter().any(|n| !n.is_empty()));
        let mut product_family = vec![None; catalog.len()];
        for (id, family) in families.iter().enumerate() {
            for &sku in &family.skus {
                if let Some(slot) = product_family.get_mut(sku) {
                    *slot = Some(id);
                }
            }
        }

        let mut vocabulary: HashMap<String, Vec<usize>> = HashMap::new();
        for (id, family) in families.iter().enumerate() {
            for word in family.names.iter().flatten() {
                let users = vocabulary.entry(word.clone()).or_default();
                if users.last() != Some(&id) {
                    users.push(id);
                }
            }
        }
        for family in &mut families {
            family.name_weights = family
                .names
                .iter()
                .map(|name| {
                    name.iter()
                        .map(|w| 1.0 / vocabulary.get(w).map_or(1, Vec::len).max(1) as f32)
                        .sum()
                })
                .collect();
        }
        let mut forms: HashMap<String, String> = HashMap::new();
        let mut near: HashMap<String, Vec<String>> = HashMap::new();
        for word in vocabulary.keys() {
            for form in plural_forms(word) {
                forms.entry(form).or_insert_with(|| word.clone());
            }
            let edits = allowed_edits(word);
            if edits > 0 && word.chars().count() <= MAX_FUZZY_CHARS {
                for key in deletion_keys(word, edits) {
                    near.entry(key).or_default().push(word.clone());
                }
            }
        }
        // Catalogs repeat a few variant strings ("Black / M") over and over.
        let mut by_variant: HashMap<&str, Features> = HashMap::new();
        let features = catalog
            .iter()
            .map(|p| {
                by_variant
                    .entry(p.variant.as_str())
                    .or_insert_with(|| variant_features(&p.variant))
                    .clone()
            })
            .collect();
        let skus = catalog
            .iter()
            .enumerate()
            .map(|(i, p)| (fold(p.sku.trim()), i))
            .collect();
        CatalogIndex {
            catalog,
            families,
            features,
            vocabulary,
            forms,
            near,
            skus,
            product_family,
        }
    }

    /// The vocabulary word a chat word stands for: exactly, as a plural, or as a typo.
    pub(crate) fn lookup(&self, word: &str) -> Option<WordHit> {
        let exact = |w: &str| self.forms.get(w).cloned();
        let candidates = [
            Some(word.to_string()),
            Some(singular(word)),
            word.strip_suffix('s').map(str::to_string),
            word.strip_suffix("es").map(str::to_string),
        ];
        if let Some(canonical) = candidates.iter().flatten().find_map(|w| exact(w)) {
            return Some(WordHit {
                canonical,
                fuzzy: false,
            });
        }
        let edits = allowed_edits(word);
        if edits == 0 || word.chars().count() > MAX_FUZZY_CHARS || vocab::colour(word).is_some() {
            return None;
        }
        // Typos in plurals too: "jakcets" is one edit from "jacket" once singular.
        let mut best: Option<(usize, &String)> = None;
        let singular_word = singular(word);
        let mut queries = vec![word];
        if singular_word != word {
            queries.push(&singular_word);
        }
        for query in queries {
            for key in deletion_keys(query, edits) {
                for candidate in self.near.get(&key).into_iter().flatten() {
                    // Typos keep the first letter; "quero" is not "cuero".
                    let same_start = query.chars().next() == candidate.chars().next();
                    if same_start
                        && let Some(d) = distance_within(query, candidate, edits)
                        && best.is_none_or(|(bd, bw)| (d, candidate) < (bd, bw))
                    {
                        best = Some((d, candidate));
                    }
                }
            }
        }
        best.map(|(_, canonical)| WordHit {
            canonical: canonical.clone(),
            fuzzy: true,
        })
    }

    /// Families whose names use this vocabulary word.
    pub(crate) fn families_using(&self, canonical: &str) -> &[usize] {
        self.vocabulary.get(canonical).map_or(&[], Vec::as_slice)
    }

    /// How much a word tells: "bomber" in one name tells more than "jacket" in ten.
    /// Used only to rank candidates, never stored or shown.
    pub(crate) fn weight(&self, canonical: &str) -> f32 {
        1.0 / self.families_using(canonical).len().max(1) as f32
    }

    /// The product a SKU code names ("JKT-BLU-M"), if the word is one.
    pub(crate) fn by_sku(&self, folded: &str) -> Option<usize> {
        self.skus.get(folded).copied()
    }

    pub(crate) fn product(&self, index: usize) -> Option<&'c Product> {
        self.catalog.get(index)
    }

    /// The family a catalog index belongs to.
    pub(crate) fn family_of(&self, product: usize) -> Option<usize> {
        self.product_family.get(product).copied().flatten()
    }
}

/// The canonical words of a name: folded, singular, without stopwords. Colour and size words
/// stay: "Black Forest Cake" needs its "black".
fn name_words(name: &str) -> Vec<String> {
    tokenize(name)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| singular(&t.text))
        .filter(|w| !vocab::is_stopword(w) && !w.is_empty())
        .collect()
}

/// A variant string such as "Blue / M" or "Chocolate, 1 kg" as features.
fn variant_features(variant: &str) -> Features {
    let mut features = Features::default();
    let tokens = tokenize(variant);
    let mut after_size_word = false;
    for token in &tokens {
        if token.kind == TokenKind::Number && after_size_word {
            features.size = Some(token.text.clone());
        } else if let Some(c) = vocab::colour(&token.text) {
            features.colour = Some(c);
        } else if let Some(s) = vocab::size(&token.text, token.upper, false) {
            features.size = Some(s.to_string());
        } else if token.kind == TokenKind::Number && tokens.len() <= 3 && features.size.is_none() {
            // "Black / 40": a lone number in a short variant is a shoe or trouser size.
            features.size = Some(token.text.clone());
        } else if !vocab::is_size_keyword(&token.text) && !vocab::is_stopword(&token.text) {
            features.words.push(singular(&token.text));
        }
        after_size_word = vocab::is_size_keyword(&token.text);
    }
    features
}

/// English, Portuguese, Spanish and German plurals collapsed to one form: "scarves" →
/// "scarf", "berries" → "berry", "dresses" → "dress", "camisetas" → "camiseta".
pub(crate) fn singular(word: &str) -> String {
    let n = word.chars().count();
    if n <= 3 || !word.is_ascii() {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies").filter(|_| n > 4) {
        return format!("{stem}y");
    }
    if let Some(stem) = word.strip_suffix("ves") {
        return format!("{stem}f");
    }
    for ending in ["sses", "shes", "ches", "xes", "zes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    if word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

/// The forms under which a canonical word may appear in a chat.
fn plural_forms(word: &str) -> HashSet<String> {
    let mut forms = HashSet::new();
    forms.insert(word.to_string());
    forms.insert(format!("{word}s"));
    forms.insert(format!("{word}es"));
    if let Some(stem) = word.strip_suffix('f') {
        forms.insert(format!("{stem}ves"));
    }
    if let Some(stem) = word.strip_suffix('y') {
        forms.insert(format!("{stem}ies"));
    }
    forms
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
            currency: Currency::Usd,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            on_hand: 5,
            reserved: 0,
            low_stock: None,
        }
    }

    fn catalog() -> Vec<Product> {
        vec![
            product(
                "JKT-BLK-M",
                "Leather Jacket",
                "Black / M",
                &["jaqueta de couro"],
            ),
            product(
                "JKT-BLU-M",
                "Leather Jacket",
                "Blue / M",
                &["jaqueta de couro"],
            ),
            product(
                "SCF-RED",
                "Wool Scarf",
                "Red",
                &["cachecol", "bufanda", "Schal"],
            ),
            product(
                "TEE-WHT-L",
                "Basic Tee",
                "White / L",
                &["t-shirt", "camiseta"],
            ),
        ]
    }

    #[test]
    fn variants_share_a_family() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        assert_eq!(index.families.len(), 3);
        assert_eq!(index.families[0].skus, [0, 1]);
        assert_eq!(index.family_of(3), Some(2));
        assert_eq!(index.features[1].colour, Some("blue"));
        assert_eq!(index.features[1].size.as_deref(), Some("m"));
    }

    #[test]
    fn plurals_and_typos_find_their_word() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let hit = |w: &str| index.lookup(w).map(|h| (h.canonical, h.fuzzy));
        assert_eq!(hit("jackets"), Some(("jacket".into(), false)));
        assert_eq!(hit("scarves"), Some(("scarf".into(), false)));
        assert_eq!(hit("scarfs"), Some(("scarf".into(), false)));
        assert_eq!(hit("camisetas"), Some(("camiseta".into(), false)));
        assert_eq!(hit("schals"), Some(("schal".into(), false)));
        assert_eq!(hit("jakcet"), Some(("jacket".into(), true)));
        assert_eq!(hit("cachecois"), Some(("cachecol".into(), true)));
        assert_eq!(hit("tea"), None);
        assert_eq!(hit("hats"), None);
        assert_eq!(index.by_sku("jkt-blu-m"), Some(1));
    }

    #[test]
    fn singular_forms() {
        for (plural, one) in [
            ("scarves", "scarf"),
            ("berries", "berry"),
            ("dresses", "dress"),
            ("boxes", "box"),
            ("tees", "tee"),
            ("rolls", "roll"),
            ("camisetas", "camiseta"),
            ("bus", "bus"),
            ("dress", "dress"),
        ] {
            assert_eq!(singular(plural), one, "{plural}");
        }
    }

    #[test]
    fn variant_strings_become_features() {
        let f = variant_features("Chocolate / Large");
        assert_eq!(f.size.as_deref(), Some("l"));
        assert_eq!(f.words, ["chocolate"]);
        assert_eq!(variant_features("Black / 40").size.as_deref(), Some("40"));
        assert_eq!(variant_features("").colour, None);
    }
}
