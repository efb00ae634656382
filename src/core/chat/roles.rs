//! Gives every token of a sentence its role: quantity, colour, size, price, SKU code,
//! product word, filler. Prices and quantity phrases claim their neighbours first, so "$180"
//! is never two and "a dozen" is twelve.

use std::sync::LazyLock;

use regex::Regex;

use super::catalog_index::{CatalogIndex, WordHit};
use super::fold::{Token, TokenKind, fold, tokenize};
use super::vocab;
use crate::core::money::{Currency, Money};

/// A quantity and how sure we are it is one: "a scarf" says one, weakly; "2" says two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Qty {
    pub n: i64,
    pub weak: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Role {
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
    pub fn is_glue(&self) -> bool {
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

/// A sentence cut into tokens, each with its role and, for product words, what the
/// catalog's vocabulary made of it.
pub(crate) struct Words<'s> {
    pub text: &'s str,
    pub tokens: Vec<Token>,
    pub roles: Vec<Role>,
    pub hits: Vec<Option<WordHit>>,
}

impl<'s> Words<'s> {
    pub fn read(text: &'s str, index: &CatalogIndex<'_>, currency: Currency) -> Words<'s> {
        let tokens = tokenize(text);
        let (roles, hits) = assign_roles(text, &tokens, index, currency);
        Words {
            text,
            tokens,
            roles,
            hits,
        }
    }
}

/// SKU-like words: letters and digits joined by - _ . /
static CODE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}_./-]*[\p{L}\p{N}]")
        .unwrap_or_else(|e| unreachable!("code word regex: {e}"))
});

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

/// Digits are a quantity unless they are a time ("7 am", "10:30", "5 minutes"), a span of
/// days or weeks ("2 days", "3 semanas"), an order or house number ("#1042", "4417 Elm St")
/// or a percentage.
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
            | "minute"
            | "minutes"
            | "minuto"
            | "minutos"
            | "minuten"
            | "sec"
            | "secs"
            | "seconds"
            | "segundos"
            | "sekunden"
            | "oclock"
            | "day"
            | "days"
            | "dia"
            | "dias"
            | "tage"
            | "tagen"
            | "week"
            | "weeks"
            | "semana"
            | "semanas"
            | "woche"
            | "wochen"
            | "month"
            | "months"
            | "mes"
            | "meses"
            | "monat"
            | "monate"
            | "years"
            | "anos"
            | "jahre"
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
