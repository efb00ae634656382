//! Which author of a paste speaks for the shop when nobody said so: the one who quotes
//! prices and totals ("R$ 45,00", "total $120", "fica 89,90"). A new install has no
//! `shop.names`, and without this the shop's own messages would become a second customer.
//! The desk asks "is this you?" once and remembers the answer.

use std::sync::LazyLock;

use regex::Regex;

use super::chat::Message;
use super::money::Currency;

/// A price as shops write it: a currency sign or code next to a number, or a number next to
/// a word for money ("reais", "pesos", "euro"), or "total" followed by a number.
static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?: (?:r\$|us\$|mx\$|\$|€|£|¥|₹|eur|usd|brl|mxn) \s? \d )
      | (?: \d (?:[.,]\d+)* \s? (?: € | (?:eur|euro|euros|reais|real|pesos|dólares|dolares|dollars|bucks) \b ) )
      | (?: \b (?:total|gesamt|summe|subtotal|frete|envío|envio|shipping|versand) \b [^\d\n]{0,12} \d )",
    )
    .unwrap_or_else(|e| unreachable!("price regex: {e}"))
});

/// The author who quotes prices in `messages` (more messages with a price than any other
/// author, at least one), if there are at least two authors; `currency` is the shop's, whose
/// sign counts even when written alone before a number.
pub fn price_quoting_author(messages: &[Message], currency: Currency) -> Option<String> {
    let sign = currency.symbol().trim().to_lowercase();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for m in messages.iter().filter(|m| !m.system) {
        let Some(author) = m.author.as_deref().filter(|a| !a.trim().is_empty()) else {
            continue;
        };
        let text = m.text.to_lowercase();
        let quotes = PRICE.is_match(&text)
            || (!sign.is_empty()
                && text.match_indices(&sign).any(|(i, _)| {
                    text[i + sign.len()..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
                }));
        match counts.iter_mut().find(|(a, _)| a == author) {
            Some((_, n)) => *n += usize::from(quotes),
            None => counts.push((author.to_string(), usize::from(quotes))),
        }
    }
    if counts.len() < 2 {
        return None;
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(author, n), (_, m), ..] if *n > 0 && n > m => Some(author.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(author: &str, text: &str) -> Message {
        Message {
            date: String::new(),
            time: String::new(),
            author: Some(author.into()),
            text: text.into(),
            system: false,
            media: None,
            line: 1,
        }
    }

    #[test]
    fn the_author_who_quotes_prices_is_the_shop() {
        let chat = [
            said("Ana", "oi, quanto custa o tênis 41?"),
            said("Loja Azul", "R$ 240,00, temos no branco"),
            said("Ana", "quero 1"),
            said("Loja Azul", "total R$ 250 com frete, pix: loja@azul"),
        ];
        assert_eq!(
            price_quoting_author(&chat, Currency::BRL).as_deref(),
            Some("Loja Azul")
        );
        let de = [
            said("Kerstin", "250 g Bergkäse bitte"),
            said("Jonas | Feinkost Brandt", "Gern, macht 7,90 €"),
        ];
        assert_eq!(
            price_quoting_author(&de, Currency::EUR).as_deref(),
            Some("Jonas | Feinkost Brandt")
        );
    }

    #[test]
    fn no_guess_without_a_clear_one() {
        assert_eq!(
            price_quoting_author(&[said("Ana", "R$ 240 pago!")], Currency::BRL),
            None,
            "one author: nobody to tell apart"
        );
        let tie = [said("Ana", "paguei $70"), said("Shop", "ok $70")];
        assert_eq!(price_quoting_author(&tie, Currency::USD), None);
        let none = [said("Ana", "hi"), said("Shop", "hello")];
        assert_eq!(price_quoting_author(&none, Currency::USD), None);
    }
}
