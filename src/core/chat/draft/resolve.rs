//! From a mention to catalog products: which family the words name, which variant the
//! colour, size, model, weight or count picks, and how many of it make what was asked
//! ("um cento e meio" is a cento plus a meio cento; "ein Dreiviertelkilo" a 500 g and a
//! 250 g piece; "4 Thüringer" one pack of 4).

use std::collections::HashSet;

use super::catalog::{CatalogIndex, Variant};
use super::lexicon::{Relative, Unit};
use super::mentions::{Attrs, Mention, Quantity};

/// Reads the number a weight, a pack size or a count puts on a variant.
type VariantNumber = Box<dyn Fn(&Variant) -> Option<i64>>;

/// What the conversation says around a mention.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    /// Families spoken of lately, most recent first.
    pub focus: Vec<usize>,
    /// Products the shop offered lately ("we have it in 3 ft or…"), most recent first.
    pub offered: Vec<usize>,
    /// Products the shop said it does not have.
    pub sold_out: HashSet<usize>,
    /// Products of the lines being discussed, most recent first: "película 3D" in the shop's
    /// answer to "película pro iphone 15?" is the iPhone 15 one, not another model's.
    pub lately: Vec<usize>,
    /// The words are a line of the shop's restatement with its price: a variant word said
    /// alone may name a product of the conversation, because the price will check it.
    pub priced_line: bool,
}

/// A mention read as catalog products.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    pub family: usize,
    /// One or more (product, qty): several when a weight or count is made of pieces.
    pub lines: Vec<(usize, i64)>,
    /// Other products of the family that fit the words about as well.
    pub alternatives: Vec<usize>,
    /// 0–100.
    pub confidence: u8,
}

/// Families a mention names: by its name words, aliases or code.
pub(crate) fn families_of(index: &CatalogIndex<'_>, m: &Mention) -> Vec<usize> {
    family_scores(index, m)
        .into_iter()
        .map(|(f, _)| f)
        .collect()
}

/// How well the mention's name words name each family, best first.
pub(crate) fn family_scores(index: &CatalogIndex<'_>, m: &Mention) -> Vec<(usize, f32)> {
    // Common words ("cotton", "black") reach hundreds of families: positions by family keep
    // adding up linear in them.
    let mut scores: Vec<(usize, f32)> = Vec::new();
    // Each family the name words touch is scored once (they are deduplicated below); only a
    // code and the aliases, a handful, look for a family already there.
    fn add(scores: &mut Vec<(usize, f32)>, f: usize, s: f32) {
        match scores.iter_mut().find(|(x, _)| *x == f) {
            Some((_, total)) => *total += s,
            None => scores.push((f, s)),
        }
    }
    let code_family = m.code.map(|p| index.family_of(p));
    if let Some(f) = code_family {
        scores.push((f, 4.0));
    }
    // A name said in full beats a shop alias said inside it: "the denim jacket" is the Denim
    // Jacket even where "jacket" is the Leather Jacket's alias.
    let mut full_names: Vec<usize> = Vec::new();
    let mut touched: Vec<usize> = m
        .name_keys
        .iter()
        .flat_map(|&(key, _)| index.keys[key].families.iter().copied())
        .collect();
    touched.sort_unstable();
    touched.dedup();
    for f in touched {
        let family = &index.families[f];
        let mut covered = 0.0;
        for &k in &family.keys {
            let quality = m
                .name_keys
                .iter()
                .filter(|(hit, _)| *hit == k)
                .map(|(_, q)| *q)
                .fold(0.0_f32, f32::max);
            covered += quality * index.keys[k].weight;
        }
        if covered <= 0.0 {
            continue;
        }
        let coverage = if family.weight > 0.0 {
            covered / family.weight
        } else {
            0.0
        };
        let only_weak = family
            .keys
            .iter()
            .filter(|k| m.name_keys.iter().any(|(hit, _)| hit == *k))
            .all(|&k| index.keys[k].weak);
        if only_weak && coverage < 0.5 {
            continue;
        }
        let said = family
            .keys
            .iter()
            .filter(|k| m.name_keys.iter().any(|(hit, q)| hit == *k && *q >= 1.0))
            .count();
        if coverage >= 0.99 && said >= 2 {
            full_names.push(f);
        }
        let score = covered * (0.4 + 0.6 * coverage);
        if code_family == Some(f) {
            add(&mut scores, f, score);
        } else {
            scores.push((f, score));
        }
    }
    for &(family, _) in &m.aliases {
        let outnamed = full_names.iter().any(|&f| f != family);
        add(&mut scores, family, if outnamed { 0.5 } else { 2.0 });
    }
    scores.sort_by(|a, b| b.1.total_cmp(&a.1));
    scores
}

/// How well a product's variant fits what was said about it.
pub(crate) fn variant_score(
    index: &CatalogIndex<'_>,
    product: usize,
    attrs: &Attrs,
    qty: Option<&Quantity>,
) -> f32 {
    let v = &index.variants[product];
    let family = &index.families[v.family];
    let mut score = 0.0;
    // Literal variant words said ("ninho", "morango", "pro", "vino").
    let mut literal = 0;
    for &key in &v.keys {
        if let Some((_, q)) = attrs.keys.iter().find(|(k, _)| *k == key) {
            score += 0.7 * q;
            literal += 1;
        } else if distinguishes(index, family.skus.as_slice(), key)
            && !is_colour_or_size_key(index, v, key)
        {
            score -= 0.2;
        }
        if attrs.not_keys.contains(&key) {
            score -= 2.5;
        }
    }
    if !attrs.colours.is_empty() {
        if v.colours.iter().any(|c| attrs.colours.contains(c)) {
            score += 1.0;
        } else if literal > 0 && !v.colours.is_empty() {
            // "rosa" said, "rosa palo" in the catalog: the literal word already counted.
        } else if !v.colours.is_empty() {
            score -= 1.5;
        } else {
            score -= 0.3;
        }
    }
    if let Some(size) = attrs.size {
        match v.size {
            Some(s) if s == size => score += 1.0,
            Some(_) => score -= 1.5,
            None => score -= 0.2,
        }
    }
    for n in &attrs.numbers {
        if v.numbers.contains(n) {
            score += 1.0;
        } else if !v.numbers.is_empty() {
            score -= 1.5;
        }
    }
    if let Some((dim, value)) = attrs.measure {
        match v.measure {
            Some((d, x)) if d == dim && x == value => score += 1.2,
            Some((d, _)) if d == dim => score -= 1.0,
            _ => score -= 0.2,
        }
    }
    if let Some(count) = attrs.count {
        match v.count {
            Some(c) if c == count => score += 1.2,
            Some(_) => score -= 0.8,
            None => score -= 0.3,
        }
    }
    if let Some(q) = qty {
        match (q.unit, v.count) {
            (Some(Unit::Hundred), Some(100)) => score += 0.8,
            (Some(Unit::Hundred), _) => score -= 0.5,
            (Some(Unit::Pack), Some(c)) if c > 1 => score += 0.4,
            (Some(Unit::Pair), _) if v.pair => score += 0.3,
            (None, Some(c)) if c > 1 && q.n == c && !q.weak => score += 0.5,
            _ => {}
        }
    }
    if let Some(which) = attrs.relative {
        score += relative_fit(index, product, which);
    }
    score
}

/// A variant word that some products of the family have and others lack.
fn distinguishes(index: &CatalogIndex<'_>, skus: &[usize], key: usize) -> bool {
    skus.len() > 1 && skus.iter().any(|&p| !index.variants[p].keys.contains(&key))
}

fn is_colour_or_size_key(index: &CatalogIndex<'_>, v: &Variant, key: usize) -> bool {
    let k = &index.keys[key];
    (!v.colours.is_empty() && k.colour) || (v.size.is_some() && k.size)
}

/// "the small one", "den kleinen Korb", "die große": the smallest or largest variant by
/// size, weight or volume.
fn relative_fit(index: &CatalogIndex<'_>, product: usize, which: Relative) -> f32 {
    let v = &index.variants[product];
    let family = &index.families[v.family];
    let rank = |p: usize| -> Option<i64> {
        let x = &index.variants[p];
        x.measure
            .map(|(_, m)| m)
            .or(x.size.map(|s| s.0 as i64 * 1000))
            .or(x.count)
    };
    let Some(mine) = rank(product) else {
        return 0.0;
    };
    let ranks: Vec<i64> = family.skus.iter().filter_map(|&p| rank(p)).collect();
    let (Some(&min), Some(&max)) = (ranks.iter().min(), ranks.iter().max()) else {
        return 0.0;
    };
    if min == max {
        return 0.0;
    }
    let wanted = match which {
        Relative::Small => min,
        Relative::Large => max,
    };
    if mine == wanted { 0.9 } else { -0.4 }
}

/// Reads a mention as products: the best reading.
pub(crate) fn resolve(
    index: &CatalogIndex<'_>,
    mention: &Mention,
    ctx: &Context,
) -> Option<Resolved> {
    candidates(index, mention, ctx, 1).into_iter().next()
}

/// Up to `limit` readings of a mention, best first: the products that fit the words, each
/// with the lines it makes.
pub(crate) fn candidates(
    index: &CatalogIndex<'_>,
    mention: &Mention,
    ctx: &Context,
    limit: usize,
) -> Vec<Resolved> {
    // A learned phrase names the product staff picked, unless the customer describes another
    // variant of it ("muffleys" learned as the red scarf, "3 muffleys in grey"): then the
    // phrase names the family and the description picks in it.
    let learned = mention
        .aliases
        .iter()
        .find_map(|(_, p)| *p)
        .filter(|_| mention.attrs.is_empty());
    if let Some(p) = mention.code.or(learned) {
        let family = index.family_of(p);
        let qty = line_qty(index, p, mention.qty.as_ref(), &mention.attrs);
        return vec![Resolved {
            family,
            lines: vec![(p, qty)],
            alternatives: Vec::new(),
            confidence: 95,
        }];
    }
    let scored = scored(index, mention, ctx);
    let Some(&(best_score, _, _)) = scored.first() else {
        return Vec::new();
    };
    let mut out: Vec<Resolved> = Vec::new();
    for &(score, family, product) in &scored {
        if out.len() >= limit || best_score - score > 1.5 {
            break;
        }
        let alternatives: Vec<usize> = scored
            .iter()
            .filter(|(s, f, p)| *p != product && *f == family && (score - s).abs() < 0.25)
            .map(|(_, _, p)| *p)
            .collect();
        let lines = compose(index, family, product, mention, ctx).unwrap_or_else(|| {
            vec![(
                product,
                line_qty(index, product, mention.qty.as_ref(), &mention.attrs),
            )]
        });
        let confidence = if alternatives.is_empty() && out.is_empty() {
            (60.0 + 15.0 * score).clamp(40.0, 95.0) as u8
        } else {
            50
        };
        out.push(Resolved {
            family,
            lines,
            alternatives,
            confidence,
        });
    }
    out
}

/// Every product that the words could name, with its score, best first.
fn scored(index: &CatalogIndex<'_>, mention: &Mention, ctx: &Context) -> Vec<(f32, usize, usize)> {
    let mut candidates: Vec<(usize, f32)> = family_scores(index, mention);
    // The families the words name come first; the conversation's are pushed after them.
    let named_count = candidates.len();
    // The conversation's families may own the variant words said ("manda de brigadeiro"
    // while talking of bolo no pote).
    for (rank, &f) in ctx.focus.iter().take(4).enumerate() {
        // "1 splash Bare Vanilla" while talking of the Pure Seduction splash: name words the
        // family in focus lacks, that another family has, name that other one.
        let family = &index.families[f];
        let elsewhere = mention.name_keys.iter().any(|&(k, q)| {
            q >= 1.0
                && !index.keys[k].weak
                && !family.keys.contains(&k)
                && index.keys[k].families.iter().any(|&o| o != f)
        });
        if elsewhere && named_count > 0 {
            continue;
        }
        let bonus = 0.6 - 0.1 * rank as f32;
        match candidates.iter_mut().find(|(x, _)| *x == f) {
            Some((_, s)) => *s += bonus,
            None if !mention.attrs.is_empty() => candidates.push((f, bonus - 0.3)),
            None => {}
        }
    }
    // "¿Qué número?" — "un 42": what the shop just offered owns a variant said alone, as
    // the products in focus do.
    if !mention.attrs.is_empty() {
        for &p in &ctx.offered {
            let f = index.family_of(p);
            if !candidates.iter().any(|(x, _)| *x == f) {
                candidates.push((f, 0.2));
            }
        }
    }
    let literal_words = mention.attrs.keys.iter().any(|(k, _)| {
        let key = &index.keys[*k];
        !key.colour && !key.size
    });
    if candidates.is_empty() && literal_words {
        // A variant said alone with nothing in focus: any family whose variant words it says
        // ("ninho com morango"); a bare size or colour names nothing on its own.
        for f in 0..index.families.len() {
            candidates.push((f, 0.0));
        }
    }
    // Name words count among the attributes too ("tempered glass"): only the rest say which.
    let a = &mention.attrs;
    let says_variant = !a.colours.is_empty()
        || a.size.is_some()
        || !a.numbers.is_empty()
        || a.measure.is_some()
        || a.count.is_some()
        || a.relative.is_some()
        || a.keys
            .iter()
            .any(|(k, _)| index.keys[*k].families.is_empty());
    // The model numbers of what is being discussed ("iPhone 11 (UK used)", "Galaxy A15"): an
    // accessory named without its model is for that one ("add a case and screen guard").
    let discussed_numbers: Vec<i64> = if a.numbers.is_empty() {
        ctx.lately
            .iter()
            .flat_map(|&p| {
                let own = index.variants[p].numbers.iter().copied();
                let named = index
                    .product(p)
                    .map(|x| number_words(&x.name))
                    .unwrap_or_default();
                own.chain(named)
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut scored: Vec<(f32, usize, usize)> = Vec::new();
    for (at, &(f, family_score)) in candidates.iter().enumerate() {
        let named = at < named_count;
        let skus = &index.families[f].skus;
        for &p in skus {
            let fit = variant_score(index, p, &mention.attrs, mention.qty.as_ref());
            // A family brought in only by the conversation needs its variant words said, or
            // a measure its product makes whole ("3 litros" of a litre tin).
            let composable = whole_multiple(index, p, mention.attrs.measure).is_some();
            // "6 x 1B R390", "2 x 27 R140" in the shop's restatement: a word or number of its
            // own variant said is enough, whatever else its variant says ("colour 27 (honey
            // blonde)"); the price decides between such readings.
            let own_word = ctx.priced_line
                && (index.variants[p].keys.iter().any(|k| {
                    mention
                        .attrs
                        .keys
                        .iter()
                        .any(|(said, q)| said == k && *q >= 1.0)
                }) || index.variants[p]
                    .numbers
                    .iter()
                    .any(|n| mention.attrs.numbers.contains(n)));
            if !named && fit <= 0.5 && !composable && !own_word {
                continue;
            }
            let mut s = family_score + fit;
            // What the shop just offered, if the words name it or name no product at all.
            if ctx.offered.contains(&p) && (named || !mention.names_product()) {
                s += 0.5;
            }
            // A product named with nothing said of its variant means the one being discussed.
            if named && !says_variant && ctx.lately.contains(&p) {
                s += 0.2;
            }
            if named
                && skus.len() > 1
                && index.variants[p]
                    .numbers
                    .iter()
                    .any(|n| discussed_numbers.contains(n))
                && skus
                    .iter()
                    .any(|&o| index.variants[o].numbers != index.variants[p].numbers)
            {
                s += 0.3;
            }
            // Gone, the shop said: another variant of the family is meant ("no black, the
            // navy then"); when the whole family is gone it is still what the words name,
            // not some other product that shares a word.
            if ctx.sold_out.contains(&p) {
                let family_gone = skus.iter().all(|o| ctx.sold_out.contains(o));
                s -= if family_gone { 0.3 } else { 3.0 };
            }
            // "the $120 jacket": the price said picks the product that costs it.
            if let Some(said) = mention.price
                && let Some(product) = index.product(p)
                && product.currency == said.currency
            {
                s += if product.price == said.minor {
                    0.6
                } else {
                    -0.4
                };
            }
            if index
                .product(p)
                .is_some_and(|x| x.on_hand - x.reserved <= 0)
            {
                s -= 0.35;
            }
            scored.push((s, f, p));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored
}

/// The whole numbers written in a product's name ("iPhone 11 (UK used)" → 11).
fn number_words(name: &str) -> Vec<i64> {
    name.split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty() && d.len() <= 4)
        .filter_map(|d| d.parse().ok())
        .collect()
}

/// How many of `product` make `measure` when it is a whole number more than one of the
/// product's own ("3 litros" of a 1-litre tin: 3); None otherwise.
pub(crate) fn whole_multiple(
    index: &CatalogIndex<'_>,
    product: usize,
    measure: Option<(super::lexicon::Dimension, i64)>,
) -> Option<i64> {
    let (dim, value) = measure?;
    let (own, unit) = index.variants[product].measure?;
    (own == dim && unit > 0 && value > unit && value % unit == 0).then(|| value / unit)
}

/// How many of a product make what was said: counts in hundreds, packs and pairs are the
/// catalog's units; "4 Thüringer" of a pack of 4 is one pack.
pub(crate) fn line_qty(
    index: &CatalogIndex<'_>,
    product: usize,
    qty: Option<&Quantity>,
    attrs: &Attrs,
) -> i64 {
    let v = &index.variants[product];
    let Some(q) = qty else {
        return 1;
    };
    match (q.unit, v.count) {
        (Some(Unit::Hundred), Some(c)) if c > 0 => ((q.n * 100) / c).max(1),
        (None, Some(c))
            if c > 1 && !q.weak && q.n >= c && q.n % c == 0 && attrs.count.is_none() =>
        {
            q.n / c
        }
        _ => q.n.max(1),
    }
}

/// A weight or count that no single product has, made of several ("1 quilo e meio" =
/// 1 kg + 500 g; "um cento e meio" = cento + meio cento). None when one product fits.
fn compose(
    index: &CatalogIndex<'_>,
    family: usize,
    chosen: usize,
    mention: &Mention,
    ctx: &Context,
) -> Option<Vec<(usize, i64)>> {
    let skus = &index.families[family].skus;
    // Only variants that differ in the measure or count compose: 2 m of the "olho" print are
    // not a metre of it and a metre of the leaf print.
    // What the words say besides how much: counting words ("cento", "meio", "pack") are the
    // amount, which composing answers.
    let mut other_words = mention.attrs.clone();
    other_words.measure = None;
    other_words.count = None;
    let lex = super::lexicon::lexicon();
    other_words.keys.retain(|(k, _)| {
        let text = index.keys[*k].text.as_str();
        let w = super::phrases::Words::of(text);
        let fraction = super::mentions::FRACTIONS.iter().any(|(f, _)| *f == text);
        !fraction
            && lex.numbers.longest_at(&w, 0).is_none()
            && lex.units.longest_at(&w, 0).is_none()
            && lex.measures.longest_at(&w, 0).is_none()
    });
    let fit = |p: usize| variant_score(index, p, &other_words, None);
    let chosen_fit = fit(chosen);
    let same_otherwise = |p: &usize| fit(*p) >= chosen_fit - 0.5;
    let available = |p: &usize| !ctx.sold_out.contains(p) && same_otherwise(p);
    let (wanted, of): (i64, VariantNumber) = if let Some((dim, value)) = mention.attrs.measure {
        (
            value,
            Box::new(move |v: &Variant| v.measure.filter(|(d, _)| *d == dim).map(|(_, x)| x)),
        )
    } else if let Some(count) = mention.attrs.count {
        (count, Box::new(|v: &Variant| v.count))
    } else if let Some(q) = mention.qty.filter(|q| q.unit == Some(Unit::Hundred)) {
        (q.n * 100, Box::new(|v: &Variant| v.count))
    } else {
        return None;
    };
    let mut sizes: Vec<(i64, usize)> = skus
        .iter()
        .filter(|p| available(p))
        .filter_map(|&p| of(&index.variants[p]).map(|x| (x, p)))
        .filter(|(x, _)| *x > 0)
        .collect();
    if sizes.is_empty() || sizes.iter().any(|(x, p)| *x == wanted && *p == chosen) {
        return None;
    }
    if sizes.iter().any(|(x, _)| *x == wanted) {
        return None;
    }
    sizes.sort_by_key(|s| std::cmp::Reverse(s.0));
    let times = mention
        .qty
        .filter(|q| q.unit != Some(Unit::Hundred))
        .map_or(1, |q| q.n.max(1));
    let mut left = wanted;
    let mut lines: Vec<(usize, i64)> = Vec::new();
    for &(size, p) in &sizes {
        let n = left / size;
        if n > 0 {
            lines.push((p, n * times));
            left -= n * size;
        }
    }
    // "300 g Kochschinken" of 100 g packs is three; "1 quilo e meio" is a 1 kg and a 500 g.
    (left == 0 && (lines.len() > 1 || lines.iter().any(|(_, n)| *n > times))).then_some(lines)
}
