//! Finds the products a sentence names. Runs of product words become mentions; each chooses
//! the catalog family its words fit best and takes the quantity written just before it ("2
//! black tees", "2x tee") or just after it ("tee x2", "tee 2 un"), and the colours, sizes and
//! prices around it up to where the next mention begins.

use std::collections::HashMap;

use super::catalog_index::{CatalogIndex, Features, WordHit, singular};
use super::fold::Token;
use super::roles::{Qty, Role, Words};
use super::vocab;
use crate::core::money::Money;

/// How many other products a vague mention ("jacket") keeps as candidates.
const MAX_TIED: usize = 7;

/// One product named in a clause, with what was said around it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub family: usize,
    /// Other families that fit the words equally well.
    pub tied: Vec<usize>,
    /// A SKU code written in the message.
    pub sku: Option<usize>,
    /// How well the words name the family, 0–100.
    pub confidence: u8,
    pub qty: Option<Qty>,
    pub features: Features,
    pub price: Option<Money>,
    /// The words of the mention as written.
    pub text: String,
}

/// The mentions of a sentence, each with its token range, and which tokens they took.
pub(crate) fn find_mentions(
    words: &Words<'_>,
    index: &CatalogIndex<'_>,
    supported: bool,
) -> (Vec<Mention>, Vec<bool>) {
    let mut mentions: Vec<(usize, usize, Mention)> = Vec::new();
    for run in mention_runs(&words.roles, &words.hits) {
        if let Some(m) = name_mention(words, run, index, supported) {
            mentions.push((run.0, run.1, m));
        }
    }
    let used_quantities = attach_details(words, index, &mut mentions);
    let attached = attached_tokens(&mentions, &used_quantities, words.tokens.len());
    (mentions.into_iter().map(|(_, _, m)| m).collect(), attached)
}

/// Runs of product words, allowing glue words inside ("jaqueta de couro", "black leather
/// jacket"). Returns inclusive token ranges.
fn mention_runs(roles: &[Role], hits: &[Option<WordHit>]) -> Vec<(usize, usize)> {
    let is_name = |i: usize| {
        matches!(roles.get(i), Some(Role::Name | Role::Sku(_)))
            || (hits.get(i).is_some_and(Option::is_some)
                && matches!(roles.get(i), Some(Role::Colour(_) | Role::Size(_))))
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < roles.len() {
        if !is_name(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while j < roles.len() {
            if is_name(j) && !sku_boundary(roles, end, j) {
                end = j;
                j += 1;
            } else if matches!(roles[j], Role::Stop | Role::Colour(_))
                && (is_name(j + 1)
                    || (matches!(roles.get(j + 1), Some(Role::Stop)) && is_name(j + 2)))
            {
                j += 1;
            } else {
                break;
            }
        }
        runs.push((start, end));
        i = end + 1;
    }
    runs
}

/// Two different SKU codes side by side are two mentions.
fn sku_boundary(roles: &[Role], previous: usize, next: usize) -> bool {
    match (roles.get(previous), roles.get(next)) {
        (Some(Role::Sku(a)), Some(Role::Sku(b))) => a != b,
        (Some(Role::Sku(_)), _) | (_, Some(Role::Sku(_))) => true,
        _ => false,
    }
}

/// Chooses the family a run of words names, or None when the words name nothing well enough.
fn name_mention(
    words: &Words<'_>,
    (start, end): (usize, usize),
    index: &CatalogIndex<'_>,
    supported: bool,
) -> Option<Mention> {
    let Words {
        text,
        tokens,
        roles,
        hits,
    } = words;
    let mention_text = text.get(tokens[start].start..tokens[end].end)?.to_string();
    if let Some(Role::Sku(sku)) = roles.get(start) {
        return Some(Mention {
            family: index.family_of(*sku)?,
            tied: Vec::new(),
            sku: Some(*sku),
            confidence: 98,
            qty: None,
            features: Features::default(),
            price: None,
            text: mention_text,
        });
    }
    // The words of the run as the vocabulary knows them; attribute words count only as
    // helpers ("black" in "Black Forest Cake"), never alone.
    let mut words: Vec<(&str, bool, bool)> = Vec::new(); // (canonical, fuzzy, is attribute)
    for i in start..=end {
        if let Some(hit) = &hits[i] {
            let attribute = !matches!(roles[i], Role::Name);
            words.push((hit.canonical.as_str(), hit.fuzzy, attribute));
        }
    }
    if words.iter().all(|&(_, _, attribute)| attribute) {
        return None;
    }
    let all_fuzzy = words.iter().filter(|w| !w.2).all(|w| w.1);
    if all_fuzzy && !supported {
        return None;
    }
    let weight = |w: &str| index.weight(w);
    // Only the families holding the most of the run's product words are scored in detail:
    // a common word such as "jacket" may sit in hundreds of names.
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for &(w, _, attribute) in &words {
        if !attribute {
            for &family in index.families_using(w) {
                *counts.entry(family).or_insert(0) += 1;
            }
        }
    }
    let most = counts.values().copied().max()?;
    let mut candidates: Vec<usize> = counts
        .into_iter()
        .filter(|&(_, n)| n == most)
        .map(|(family, _)| family)
        .collect();
    candidates.sort_unstable();

    // Score: how much of the run the family explains, plus how completely one of its
    // names is said. Scores only rank candidates; they never leave this function.
    let mut scored: Vec<(f32, f32, usize)> = Vec::new();
    for family_id in candidates {
        let family = index.families.get(family_id)?;
        let explains = |w: &str| family.names.iter().any(|n| n.iter().any(|x| x == w));
        let explained: f32 = words
            .iter()
            .filter(|w| explains(w.0))
            .map(|w| weight(w.0))
            .sum();
        if !words.iter().any(|w| !w.2 && explains(w.0)) {
            continue;
        }
        let coverage = family
            .names
            .iter()
            .zip(&family.name_weights)
            .map(|(name, &total)| {
                let said: f32 = name
                    .iter()
                    .filter(|w| words.iter().any(|x| x.0 == w.as_str()))
                    .map(|w| weight(w))
                    .sum();
                if total > 0.0 { said / total } else { 0.0 }
            })
            .fold(0.0_f32, f32::max);
        scored.push((explained + coverage, coverage, family_id));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)));
    let &(best_score, coverage, family) = scored.first()?;
    // Enough tied products to choose by price or variant; a person picks from the rest.
    let tied: Vec<usize> = scored
        .iter()
        .skip(1)
        .filter(|s| (best_score - s.0).abs() < 1e-4)
        .map(|s| s.2)
        .take(MAX_TIED)
        .collect();
    let mut confidence: i32 = if coverage >= 0.999 {
        90
    } else if coverage >= 0.5 {
        78
    } else {
        62
    };
    if words.iter().any(|w| w.1 && !w.2) {
        confidence -= 15;
    }
    Some(Mention {
        family,
        tied,
        sku: None,
        confidence: u8::try_from(confidence.clamp(0, 100)).unwrap_or(0),
        qty: None,
        features: Features::default(),
        price: None,
        text: mention_text,
    })
}

/// Gives each mention its quantity, colour, size and price. Tokens between two mentions
/// belong to the first up to the second's quantity.
fn attach_details(
    words: &Words<'_>,
    index: &CatalogIndex<'_>,
    mentions: &mut [(usize, usize, Mention)],
) -> Vec<usize> {
    let Words {
        text,
        tokens,
        roles,
        hits,
    } = words;
    let mut used_quantities = Vec::new();
    let count = mentions.len();
    for k in 0..count {
        let (start, end) = (mentions[k].0, mentions[k].1);
        let region_start = if k == 0 {
            0
        } else {
            split_point(tokens, roles, mentions[k - 1].1 + 1, start)
        };
        let region_end = if k + 1 < count {
            split_point(tokens, roles, end + 1, mentions[k + 1].0)
        } else {
            roles.len()
        };
        // Quantity: nearest before, over glue only; else an "x2"/"2 un" right after.
        let mut qty = None;
        let mut qty_before = None;
        let mut j = start;
        while j > region_start {
            j -= 1;
            if ends_a_count(tokens, roles, j) {
                break;
            }
            match &roles[j] {
                Role::Qty(q) => {
                    qty = Some(*q);
                    qty_before = Some(j);
                    used_quantities.push(j);
                    break;
                }
                r if r.is_glue() || matches!(r, Role::Filler) => {}
                _ => break,
            }
        }
        if qty.is_none() || qty.is_some_and(|q| q.weak) {
            let mut j = end + 1;
            while j < region_end {
                match &roles[j] {
                    Role::Qty(q) if !q.weak => {
                        let marked = tokens[j].text.starts_with('x')
                            || tokens[j].text.ends_with('x')
                            || matches!(roles.get(j + 1), Some(Role::Unit))
                            || matches!(roles.get(j.wrapping_sub(1)), Some(Role::Unit));
                        if marked {
                            qty = Some(*q);
                            used_quantities.push(j);
                        }
                        break;
                    }
                    r if r.is_glue() => j += 1,
                    _ => break,
                }
            }
        }
        let family = mentions[k].2.family;
        // A colour word that is part of the product's own name ("Black Forest Cake").
        let in_name = |i: usize| {
            (start..=end).contains(&i)
                && hits[i].as_ref().is_some_and(|h| {
                    index
                        .families
                        .get(family)
                        .is_some_and(|f| f.names.iter().flatten().any(|w| *w == h.canonical))
                })
        };
        let mut features = Features::default();
        let mut price = None;
        for i in region_start..region_end {
            match &roles[i] {
                Role::Colour(c) if !in_name(i) => features.colour = Some(c),
                Role::Size(s) => features.size = Some(s.clone()),
                Role::Price(m) => price = Some(*m),
                Role::Other | Role::Name => features.words.push(singular(&tokens[i].text)),
                _ => {}
            }
        }
        // What was said: from the quantity or the first attribute before the product words
        // to the last attribute after them ("2 black tees size M", "the $120 jacket"), but
        // never back past the mention's own quantity or over a number that is not its own
        // ("2 of them and one red scarf" said "one red scarf").
        let floor = qty_before.unwrap_or(region_start);
        let mut first = start;
        while first > floor
            && !ends_a_count(tokens, roles, first - 1)
            && (roles[first - 1].is_glue()
                || matches!(roles[first - 1], Role::Price(_))
                || qty_before == Some(first - 1))
        {
            first -= 1;
        }
        // Leading joints and stop words say nothing about the item ("do the cinnamon rolls"
        // from "Do you still do the cinnamon rolls").
        while first < start
            && (is_joint(&tokens[first].text) || matches!(roles[first], Role::Stop))
            && !matches!(roles[first], Role::Qty(_))
        {
            first += 1;
        }
        let mut last = end;
        for (i, role) in roles.iter().enumerate().take(region_end).skip(end + 1) {
            match role {
                Role::Colour(_)
                | Role::Size(_)
                | Role::SizeKeyword
                | Role::Unit
                | Role::Price(_)
                | Role::Used => last = i,
                Role::Qty(_) if i == end + 1 => last = i,
                Role::Stop => {}
                _ => break,
            }
        }
        let m = &mut mentions[k].2;
        m.qty = qty;
        m.features = features;
        m.price = price;
        let mut said_end = tokens[last].end;
        // "2 black tees (M)": keep the bracket the size was written in.
        let opened = text
            .get(tokens[first].start..said_end)
            .is_some_and(|t| t.contains('('));
        if opened && text[said_end..].starts_with(')') {
            said_end += 1;
        }
        if let Some(said) = text.get(tokens[first].start..said_end) {
            m.text = said.trim().to_string();
        }
    }
    used_quantities
}

/// Where the tokens after one mention stop belonging to it: at the next quantity, or at the
/// "and"/"the" that starts the next mention ("tees (M) and the blue jacket").
fn split_point(tokens: &[Token], roles: &[Role], from: usize, to: usize) -> usize {
    (from..to)
        .find(|&i| matches!(roles[i], Role::Qty(_)) || is_joint(&tokens[i].text))
        .unwrap_or(to)
}

/// A token a quantity before it cannot count across: a pronoun ("2 of them | and one red
/// scarf") or a conjunction joining two things ("2 of those and | the red scarf"). A
/// conjunction between two colours or sizes joins attributes ("2 black and white tees").
fn ends_a_count(tokens: &[Token], roles: &[Role], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if vocab::is_pronoun(&token.text) {
        return true;
    }
    let between_attributes = i
        .checked_sub(1)
        .and_then(|k| roles.get(k))
        .is_some_and(|r| matches!(r, Role::Colour(_) | Role::Size(_)));
    vocab::is_conjunction(&token.text) && !between_attributes
}

/// Words that start a new mention inside one clause.
fn is_joint(word: &str) -> bool {
    matches!(
        word,
        "and" | "e" | "y" | "und" | "plus" | "with" | "com" | "con" | "mit"
    ) || vocab::is_determiner(word)
}

/// Which tokens belong to a mention: its words and the quantity it took.
fn attached_tokens(
    mentions: &[(usize, usize, Mention)],
    quantities: &[usize],
    n: usize,
) -> Vec<bool> {
    let mut attached = vec![false; n];
    for &(start, end, _) in mentions {
        for flag in attached.iter_mut().take(end + 1).skip(start) {
            *flag = true;
        }
    }
    for &i in quantities {
        if let Some(flag) = attached.get_mut(i) {
            *flag = true;
        }
    }
    attached
}
