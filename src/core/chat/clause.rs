//! Reads one message into clauses: which products are named, how many, in which colour and
//! size, at what quoted price, and what the clause asks for (order, change, removal).
//!
//! A message is cut into clauses at sentence punctuation, commas and line breaks. Inside a
//! clause every token gets a role (quantity, colour, size, price, product word, filler…);
//! runs of product words become mentions, and each mention takes the quantity written just
//! before it ("2 black tees", "2x tee") or just after it ("tee x2", "tee 2 un") and the
//! colours and sizes around it, up to the next mention's quantity.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::catalog_index::{CatalogIndex, Features, WordHit, singular};
use super::cues::{Cues, is_cue_word};
use super::fold::{Token, TokenKind, fold, tokenize};
use super::vocab;
use crate::core::money::{Currency, Money};

/// A quantity and how sure we are it is one: "a scarf" says one, weakly; "2" says two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Qty {
    pub n: i64,
    pub weak: bool,
}

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

/// What one clause says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reading {
    pub text: String,
    pub cues: Cues,
    pub mentions: Vec<Mention>,
    /// A quantity with no product ("make it 3", "I'll take 2").
    pub bare_qty: Option<Qty>,
    /// Colour or size with no product ("in blue", "size M").
    pub bare: Features,
    /// Only quantities, colours, sizes, prices and filler: "1 in M please".
    pub simple: bool,
    /// Pieces that read like an order but name nothing in the catalog ("3 hats").
    pub unmatched: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Role {
    Name,
    Sku(usize),
    Qty(Qty),
    Colour(&'static str),
    Size(String),
    SizeKeyword,
    Price(Money),
    /// Part of a price or a quantity phrase already read from a neighbour.
    Used,
    Unit,
    Stop,
    Filler,
    Other,
}

impl Role {
    /// Tokens that may stand between a quantity and its product: "2 of the black tees".
    fn is_glue(&self) -> bool {
        matches!(
            self,
            Role::Colour(_)
                | Role::Size(_)
                | Role::SizeKeyword
                | Role::Unit
                | Role::Stop
                | Role::Used
        )
    }
}

struct Sentence<'s> {
    text: &'s str,
    question: bool,
}

/// Lines that label a field ("Name: Rosa", "Total: $80") describe the customer or the sum,
/// not products; "Rosa" must not become the colour pink.
static FIELD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:name|nome|nombre|phone|telefone|tel|celular|fone|whatsapp|address|endereco",
        r"|endereço|direccion|dirección|adresse|lieferadresse|total|subtotal|pix|email|e-mail",
        r"|cpf|cep|zip|iban|paypal|venmo)\s*:",
    ))
    .unwrap_or_else(|e| unreachable!("field label regex: {e}"))
});

/// SKU-like words: letters and digits joined by - _ . /
static CODE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}_./-]*[\p{L}\p{N}]")
        .unwrap_or_else(|e| unreachable!("code word regex: {e}"))
});

/// Reads every clause of a message. `currency` is the shop's, for prices written bare.
pub(crate) fn read_message(
    text: &str,
    index: &CatalogIndex<'_>,
    currency: Currency,
) -> Vec<Reading> {
    sentences(text)
        .into_iter()
        .map(|s| read_sentence(&s, index, currency))
        .collect()
}

/// Cuts at line breaks and at . ! ? ; , + = — except inside numbers ("329,70", "10.00").
fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for line in text.lines() {
        if FIELD_LABEL.is_match(line) {
            continue;
        }
        let mut start = 0;
        let bytes = line.as_bytes();
        for (i, c) in line.char_indices() {
            let digit_at = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_digit);
            let cut = match c {
                '!' | '?' | ';' | '+' | '=' | '¿' | '¡' => true,
                '.' | ',' => !(i > 0 && digit_at(i - 1) && digit_at(i + 1)),
                _ => false,
            };
            if cut {
                push_sentence(&mut out, &line[start..i], c == '?');
                start = i + c.len_utf8();
            }
        }
        push_sentence(&mut out, &line[start..], false);
    }
    out
}

fn push_sentence<'s>(out: &mut Vec<Sentence<'s>>, text: &'s str, question: bool) {
    let text = text.trim();
    if !text.is_empty() {
        out.push(Sentence { text, question });
    }
}

fn read_sentence(sentence: &Sentence<'_>, index: &CatalogIndex<'_>, currency: Currency) -> Reading {
    let text = sentence.text;
    let tokens = tokenize(text);
    let (roles, hits) = assign_roles(text, &tokens, index, currency);
    let cues = Cues::read(&fold(text), sentence.question);

    let runs = mention_runs(&roles, &hits);
    let supported = cues.order
        || roles.iter().any(|r| {
            matches!(r, Role::Qty(q) if !q.weak)
                || matches!(r, Role::Colour(_) | Role::Size(_) | Role::Price(_))
        });
    let mut mentions: Vec<(usize, usize, Mention)> = Vec::new();
    for (start, end) in runs {
        if let Some(m) = name_mention(text, &tokens, &roles, &hits, start, end, index, supported) {
            mentions.push((start, end, m));
        }
    }
    let used_quantities = attach_details(text, &tokens, &roles, &hits, index, &mut mentions);

    let attached = attached_tokens(&mentions, &used_quantities, tokens.len());
    let bare_qty = if mentions.is_empty() {
        roles.iter().find_map(|r| match r {
            Role::Qty(q) if !q.weak => Some(*q),
            _ => None,
        })
    } else {
        None
    };
    let mut bare = Features::default();
    if mentions.is_empty() {
        for role in &roles {
            match role {
                Role::Colour(c) => bare.colour = Some(c),
                Role::Size(s) => bare.size = Some(s.clone()),
                _ => {}
            }
        }
    }
    let simple = roles
        .iter()
        .zip(&tokens)
        .all(|(r, t)| !matches!(r, Role::Other | Role::Name) || is_cue_word(&t.text));
    let unmatched = unmatched_pieces(text, &tokens, &roles, &attached, &cues, mentions.is_empty());
    Reading {
        text: text.to_string(),
        cues,
        mentions: mentions.into_iter().map(|(_, _, m)| m).collect(),
        bare_qty,
        bare,
        simple,
        unmatched,
    }
}

/// Gives every token its role. Prices and quantity phrases claim their neighbours first, so
/// "$180" is never two and "a dozen" is twelve.
fn assign_roles(
    text: &str,
    tokens: &[Token],
    index: &CatalogIndex<'_>,
    currency: Currency,
) -> (Vec<Role>, Vec<Option<WordHit>>) {
    let n = tokens.len();
    let mut roles: Vec<Option<Role>> = vec![None; n];
    let mut hits: Vec<Option<WordHit>> = vec![None; n];

    // SKU codes, read from the raw words because codes contain separators ("JKT-BLU-M").
    for word in CODE_WORD.find_iter(text) {
        if let Some(sku) = index.by_sku(&fold(word.as_str())) {
            for (i, t) in tokens.iter().enumerate() {
                if t.start >= word.start() && t.end <= word.end() {
                    roles[i] = Some(Role::Sku(sku));
                }
            }
        }
    }
    for i in 0..n {
        if roles[i].is_some() {
            continue;
        }
        let t = &tokens[i];
        let next = tokens.get(i + 1);
        // "$180", "R$ 49,90"
        if t.kind == TokenKind::Currency
            && let Some(num) = next.filter(|x| x.kind == TokenKind::Number)
            && let Ok(money) = Money::parse_any(&text[t.start..num.end], currency)
        {
            roles[i] = Some(Role::Price(money));
            roles[i + 1] = Some(Role::Used);
            continue;
        }
        // "29,90 €", "180 reais", "50 USD"
        if t.kind == TokenKind::Number
            && let Some(unit) = next
            && let Some(money) = price_after(text, t, unit, currency)
        {
            roles[i] = Some(Role::Price(money));
            roles[i + 1] = Some(Role::Used);
            continue;
        }
        if vocab::is_size_keyword(&t.text)
            && let Some(size_token) = next
        {
            roles[i] = Some(Role::SizeKeyword);
            let size = vocab::size(&size_token.text, size_token.upper, false)
                .map_or_else(|| size_token.text.clone(), str::to_string);
            if roles[i + 1].is_none() {
                roles[i + 1] = Some(Role::Size(size));
            }
            continue;
        }
        if vocab::is_dozen(&t.text) {
            let mut n_units = 12;
            let mut j = i;
            while j > 0 {
                let before = &tokens[j - 1].text;
                if vocab::is_article(before) {
                    roles[j - 1] = Some(Role::Used);
                } else if vocab::is_half(before) {
                    roles[j - 1] = Some(Role::Used);
                    n_units = 6;
                } else {
                    break;
                }
                j -= 1;
            }
            roles[i] = Some(Role::Qty(Qty {
                n: n_units,
                weak: false,
            }));
        }
    }
    for i in 0..n {
        if roles[i].is_some() {
            continue;
        }
        let t = &tokens[i];
        let role = match t.kind {
            TokenKind::Currency => Role::Other,
            TokenKind::Number => number_role(text, tokens, i),
            // "2 un": after a number, "un" is "unidades", not Spanish "one".
            TokenKind::Word
                if vocab::is_unit(&t.text) && i > 0 && tokens[i - 1].kind == TokenKind::Number =>
            {
                Role::Unit
            }
            TokenKind::Word => {
                let hit = index.lookup(&t.text);
                let role = word_role(t, hit.is_some());
                hits[i] = hit;
                role
            }
        };
        roles[i] = Some(role);
    }
    (
        roles
            .into_iter()
            .map(|r| r.unwrap_or(Role::Other))
            .collect(),
        hits,
    )
}

/// A number followed by a currency sign or word is a price.
pub(crate) fn price_after(
    text: &str,
    number: &Token,
    unit: &Token,
    currency: Currency,
) -> Option<Money> {
    if unit.kind == TokenKind::Currency {
        return Money::parse_any(&text[number.start..unit.end], currency).ok();
    }
    let code = match unit.text.as_str() {
        "real" | "reais" | "brl" => "BRL",
        "euro" | "euros" | "eur" => "EUR",
        "dollar" | "dollars" | "bucks" | "usd" | "dolar" | "dolares" => "USD",
        "pound" | "pounds" | "gbp" => "GBP",
        word if vocab::is_currency_word(word) => currency.code(),
        _ => return None,
    };
    Money::parse_any(&format!("{} {code}", number.text), currency).ok()
}

/// Digits are a quantity unless they are a time ("7 am", "10:30"), an order or house number
/// ("#1042", "4417 Elm St") or a percentage.
fn number_role(text: &str, tokens: &[Token], i: usize) -> Role {
    let t = &tokens[i];
    let before = text[..t.start].chars().next_back();
    let after = text[t.end..].chars().next();
    let next_word = tokens.get(i + 1).map_or("", |n| n.text.as_str());
    let time_word = matches!(
        next_word,
        "am" | "pm"
            | "h"
            | "hs"
            | "hrs"
            | "hr"
            | "min"
            | "mins"
            | "uhr"
            | "horas"
            | "hours"
            | "hour"
            | "klo"
    );
    let n = if t.text.chars().all(|c| c.is_ascii_digit()) {
        t.text.parse::<i64>().ok()
    } else {
        None
    };
    match n {
        Some(n)
            if (1..=999).contains(&n)
                && before != Some('#')
                && after != Some(':')
                && after != Some('%')
                && !time_word =>
        {
            Role::Qty(Qty { n, weak: false })
        }
        _ => Role::Other,
    }
}

fn word_role(t: &Token, has_hit: bool) -> Role {
    let word = t.text.as_str();
    if let Some(n) = x_quantity(word) {
        return Role::Qty(Qty { n, weak: false });
    }
    if let Some(c) = vocab::colour(word) {
        return Role::Colour(c);
    }
    if let Some(s) = vocab::size(word, t.upper, true) {
        return Role::Size(s.to_string());
    }
    if has_hit && !vocab::is_stopword(word) {
        return Role::Name;
    }
    if let Some(n) = vocab::number_word(word) {
        return Role::Qty(Qty {
            n,
            weak: vocab::is_article(word),
        });
    }
    if vocab::is_unit(word) {
        Role::Unit
    } else if vocab::is_stopword(word) {
        Role::Stop
    } else if vocab::is_filler(word) {
        Role::Filler
    } else {
        Role::Other
    }
}

/// "2x", "x2", "3un", "2pcs".
fn x_quantity(word: &str) -> Option<i64> {
    let digits_then = |w: &str| {
        let split = w.find(|c: char| !c.is_ascii_digit())?;
        let (digits, unit) = w.split_at(split);
        (!digits.is_empty() && (unit == "x" || vocab::is_unit(unit)))
            .then(|| digits.parse::<i64>().ok())
            .flatten()
    };
    let n = match word.strip_prefix('x') {
        Some(rest) if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) => {
            rest.parse().ok()
        }
        _ => digits_then(word),
    }?;
    (1..=999).contains(&n).then_some(n)
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
#[allow(clippy::too_many_arguments)]
fn name_mention(
    text: &str,
    tokens: &[Token],
    roles: &[Role],
    hits: &[Option<WordHit>],
    start: usize,
    end: usize,
    index: &CatalogIndex<'_>,
    supported: bool,
) -> Option<Mention> {
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
    text: &str,
    tokens: &[Token],
    roles: &[Role],
    hits: &[Option<WordHit>],
    index: &CatalogIndex<'_>,
    mentions: &mut [(usize, usize, Mention)],
) -> Vec<usize> {
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
        let mut j = start;
        while j > region_start {
            j -= 1;
            match &roles[j] {
                Role::Qty(q) => {
                    qty = Some(*q);
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
        // to the last attribute after them ("2 black tees size M", "the $120 jacket").
        let mut first = start;
        while first > region_start
            && (roles[first - 1].is_glue()
                || matches!(roles[first - 1], Role::Qty(_) | Role::Price(_)))
        {
            first -= 1;
        }
        while first < start
            && is_joint(&tokens[first].text)
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

/// Words that start a new mention inside one clause.
fn is_joint(word: &str) -> bool {
    matches!(
        word,
        "and" | "e" | "y" | "und" | "plus" | "with" | "com" | "con" | "mit"
    ) || is_determiner(word)
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

/// Determiners that introduce a thing being ordered: "I want the green beanie".
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "o"
            | "os"
            | "as"
            | "el"
            | "la"
            | "los"
            | "las"
            | "den"
            | "die"
            | "das"
            | "um"
            | "uma"
            | "un"
            | "una"
            | "ein"
            | "eine"
            | "einen"
            | "some"
    )
}

/// Order-like pieces that name nothing in the catalog: "3 hats", "quero o vestido verde".
fn unmatched_pieces(
    text: &str,
    tokens: &[Token],
    roles: &[Role],
    attached: &[bool],
    cues: &Cues,
    nothing_named: bool,
) -> Vec<String> {
    let content = |i: usize| {
        matches!(roles[i], Role::Other)
            && tokens[i].kind == TokenKind::Word
            && tokens[i].text.chars().count() >= 3
            && !is_cue_word(&tokens[i].text)
            && !vocab::is_filler(&tokens[i].text)
    };
    let mut pieces = Vec::new();
    // A number followed by a noun: "3 hats", "2 chapéus pretos".
    for i in 0..tokens.len() {
        let Role::Qty(q) = &roles[i] else { continue };
        if q.weak || attached[i] {
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && j <= i + 3 && roles[j].is_glue() {
            j += 1;
        }
        if j < tokens.len() && content(j) {
            let mut last = j;
            while last + 1 < tokens.len()
                && matches!(roles[last + 1], Role::Colour(_) | Role::Size(_))
            {
                last += 1;
            }
            if let Some(piece) = text.get(tokens[i].start..tokens[last].end) {
                pieces.push(piece.to_string());
            }
        }
    }
    // "I want the green beanie": an order cue, a determiner, then an unknown noun (maybe
    // after a colour or size).
    let named = (0..tokens.len()).any(|i| {
        is_determiner(&tokens[i].text)
            && (i + 1..tokens.len())
                .find(|&j| !matches!(roles[j], Role::Colour(_) | Role::Size(_)))
                .is_some_and(content)
    });
    if pieces.is_empty() && nothing_named && cues.order && named {
        pieces.push(text.to_string());
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::Product;

    fn product(sku: &str, name: &str, variant: &str, price: i64, aliases: &[&str]) -> Product {
        Product {
            sku: sku.to_string(),
            name: name.to_string(),
            variant: variant.to_string(),
            price,
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
                "TEE-BLK-M",
                "Basic Tee",
                "Black / M",
                2500,
                &["tee", "camiseta", "playera"],
            ),
            product(
                "SCF-RED",
                "Wool Scarf",
                "Red",
                3500,
                &["scarf", "cachecol", "bufanda"],
            ),
            product("JKT-LTH", "Leather Jacket", "Black / M", 18000, &[]),
            product("JKT-DNM", "Denim Jacket", "Blue / M", 12000, &[]),
        ]
    }

    /// (family name, quantity, colour, size) of a mention.
    type Seen = (String, Option<i64>, Option<&'static str>, Option<String>);

    fn mentions(text: &str) -> Vec<Seen> {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        read_message(text, &index, Currency::Usd)
            .into_iter()
            .flat_map(|r| r.mentions)
            .map(|m| {
                let name = index.families[m.family].name.clone();
                (name, m.qty.map(|q| q.n), m.features.colour, m.features.size)
            })
            .collect()
    }

    fn qty_of(text: &str) -> Option<i64> {
        mentions(text).first().and_then(|m| m.1)
    }

    #[test]
    fn quantities_in_every_written_form() {
        let table: &[(&str, Option<i64>)] = &[
            ("2 tees", Some(2)),
            ("2x tee", Some(2)),
            ("tee x2", Some(2)),
            ("tee x 3", Some(3)),
            ("2 un camiseta", Some(2)),
            ("camiseta 2 un", Some(2)),
            ("2 of the black tees", Some(2)),
            ("two tees", Some(2)),
            ("twelve tees", Some(12)),
            ("a dozen tees", Some(12)),
            ("half a dozen tees", Some(6)),
            ("duas camisetas", Some(2)),
            ("três camisetas", Some(3)),
            ("meia dúzia de camisetas", Some(6)),
            ("dos playeras", Some(2)),
            ("cinco playeras", Some(5)),
            ("a tee", Some(1)),
            ("um cachecol", Some(1)),
            ("the tee", None),
            ("tee at 10:30", None),
            ("#12 tee", None),
        ];
        for &(text, expected) in table {
            assert_eq!(qty_of(text), expected, "{text}");
        }
    }

    #[test]
    fn sizes_and_colours_around_a_product() {
        let table: &[(&str, Option<&str>, Option<&str>)] = &[
            ("black tee M", Some("black"), Some("m")),
            ("tee size m", None, Some("m")),
            ("camiseta preta tamanho P", Some("black"), Some("s")),
            ("camiseta branca G", Some("white"), Some("l")),
            ("playera negra talla M", Some("black"), Some("m")),
            ("tee XL", None, Some("xl")),
            ("tee in blau", Some("blue"), None),
            ("tee size 40", None, Some("40")),
            ("I'm getting a tee", None, None),
        ];
        for &(text, colour, size) in table {
            let found = mentions(text);
            let (_, _, c, s) = found
                .first()
                .cloned()
                .unwrap_or_else(|| panic!("{text}: no mention"));
            assert_eq!((c, s.as_deref()), (colour, size), "{text}");
        }
    }

    #[test]
    fn several_products_in_one_clause_keep_their_own_details() {
        let found = mentions("Quero 1 camiseta preta M e 2 cachecóis vermelhos");
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0],
            ("Basic Tee".into(), Some(1), Some("black"), Some("m".into()))
        );
        assert_eq!(found[1], ("Wool Scarf".into(), Some(2), Some("red"), None));
        let found = mentions("2 black tees (M) and the red scarf");
        assert_eq!(found[0].2, Some("black"));
        assert_eq!(found[1].2, Some("red"));
    }

    #[test]
    fn a_quoted_price_is_a_price_not_a_quantity() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let readings = read_message("the $180 jacket", &index, Currency::Usd);
        let m = &readings[0].mentions[0];
        assert_eq!(m.qty, None);
        assert_eq!(m.price, Some(Money::new(18000, Currency::Usd)));
        assert_eq!(m.tied.len(), 1, "'jacket' alone fits both jackets");
        let readings = read_message("R$ 49,90 cada camiseta", &index, Currency::Brl);
        assert_eq!(readings[0].mentions[0].qty, None);
    }

    #[test]
    fn typos_need_support_to_count() {
        assert_eq!(mentions("2 scraves").len(), 1);
        assert_eq!(mentions("blue scraf").len(), 1);
        assert!(mentions("scraf").is_empty());
    }

    #[test]
    fn order_like_words_without_a_product_are_unmatched() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let unmatched = |text: &str| -> Vec<String> {
            read_message(text, &index, Currency::Usd)
                .into_iter()
                .flat_map(|r| r.unmatched)
                .collect()
        };
        assert_eq!(unmatched("3 hats please"), ["3 hats"]);
        assert_eq!(
            unmatched("I want the green beanie"),
            ["I want the green beanie"]
        );
        assert!(unmatched("I want to pay").is_empty());
        assert!(unmatched("2 tees").is_empty());
        assert!(unmatched("Name: Rosa Delgado").is_empty());
    }

    #[test]
    fn bare_quantities_and_attributes() {
        let products = catalog();
        let index = CatalogIndex::new(&products);
        let read = |text: &str| read_message(text, &index, Currency::Usd).remove(0);
        assert_eq!(read("make it 3").bare_qty.map(|q| q.n), Some(3));
        assert_eq!(read("na verdade 2").bare_qty.map(|q| q.n), Some(2));
        assert_eq!(read("mejor 3").bare_qty.map(|q| q.n), Some(3));
        let r = read("1 in M please");
        assert!(r.simple && r.bare.size.as_deref() == Some("m"));
        assert_eq!(read("troca para azul").bare.colour, Some("blue"));
        assert!(!read("see you at 7 pm").simple);
    }
}
