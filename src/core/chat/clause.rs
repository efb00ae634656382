//! Reads one message into clauses: which products are named, how many, in which colour and
//! size, at what quoted price, and what the clause asks for (order, change, removal).
//!
//! A message is cut into clauses at sentence punctuation, commas and line breaks. Inside a
//! clause every token gets a role (see `roles`), runs of product words become mentions (see
//! `mentions`), and what is left says whether the clause is a bare "make it 3", an "in blue",
//! or an order for something the catalog lacks.

use std::sync::LazyLock;

use regex::Regex;

use super::back_ref::{BackRef, counts_nothing, read_back_ref};
use super::catalog_index::{CatalogIndex, Features};
use super::cues::{Cues, is_cue_word};
use super::fold::{TokenKind, fold};
use super::mentions::{Mention, find_mentions};
use super::roles::{Role, Words};
use super::vocab;
use crate::core::money::Currency;

/// What one clause says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reading {
    pub text: String,
    pub cues: Cues,
    pub mentions: Vec<Mention>,
    /// A quantity with no product of its own that refers to the item said before ("make it
    /// 3", "I'll take 2", "2 of them and one red scarf"), or an order by pointer alone ("I'll
    /// take it"). See `back_ref`.
    pub back: Option<BackRef>,
    /// Colour or size with no product ("in blue", "size M").
    pub bare: Features,
    /// Only quantities, colours, sizes, prices and filler: "1 in M please".
    pub simple: bool,
    /// Pieces that read like an order but name nothing in the catalog ("3 hats").
    pub unmatched: Vec<String>,
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
/// A question mark makes a question of every piece since the sentence began, commas
/// included: "do you have the jacket in black, size M?" asks about the jacket too.
fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for line in text.lines() {
        if FIELD_LABEL.is_match(line) {
            continue;
        }
        let mut start = 0;
        // The first piece of the sentence being read.
        let mut sentence_start = out.len();
        let bytes = line.as_bytes();
        for (i, c) in line.char_indices() {
            let digit_at = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_digit);
            let cut = match c {
                '!' | '?' | ';' | '+' | '=' | '¿' | '¡' => true,
                '.' | ',' => !(i > 0 && digit_at(i - 1) && digit_at(i + 1)),
                _ => false,
            };
            if !cut {
                continue;
            }
            push_sentence(&mut out, &line[start..i], false);
            start = i + c.len_utf8();
            if c == '?' {
                for piece in out.iter_mut().skip(sentence_start) {
                    piece.question = true;
                }
            }
            // Commas, "+" and "=" cut a sentence into clauses; the rest end it.
            if !matches!(c, ',' | '+' | '=') {
                sentence_start = out.len();
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
    let words = Words::read(text, index, currency);
    let (tokens, roles) = (&words.tokens, &words.roles);
    let cues = Cues::read(&fold(text), sentence.question);

    let supported = cues.order
        || roles.iter().any(|r| {
            matches!(r, Role::Qty(q) if !q.weak)
                || matches!(r, Role::Colour(_) | Role::Size(_) | Role::Price(_))
        });
    let (mentions, attached) = find_mentions(&words, index, supported);
    let mut bare = Features::default();
    if mentions.is_empty() {
        for role in roles {
            match role {
                Role::Colour(c) => bare.colour = Some(c),
                Role::Size(s) => bare.size = Some(s.clone()),
                _ => {}
            }
        }
    }
    // Pointers ("2 dessas", "those 2") say no more than the quantity beside them.
    let simple = roles.iter().zip(tokens).all(|(r, t)| {
        !matches!(r, Role::Other | Role::Name) || is_cue_word(&t.text) || vocab::is_pointer(&t.text)
    });
    let back = read_back_ref(&words, &attached, &cues, simple, !mentions.is_empty());
    let unmatched = unmatched_pieces(&words, &attached, &cues, mentions.is_empty());
    Reading {
        text: text.to_string(),
        cues,
        mentions,
        back,
        bare,
        simple,
        unmatched,
    }
}

/// Order-like pieces that name nothing in the catalog: "3 hats", "quero o vestido verde".
fn unmatched_pieces(
    words: &Words<'_>,
    attached: &[bool],
    cues: &Cues,
    nothing_named: bool,
) -> Vec<String> {
    let Words {
        text,
        tokens,
        roles,
        ..
    } = words;
    let content = |i: usize| {
        matches!(roles[i], Role::Other)
            && tokens[i].kind == TokenKind::Word
            && tokens[i].text.chars().count() >= 3
            && !is_cue_word(&tokens[i].text)
            && !vocab::is_filler(&tokens[i].text)
            // "2 dessas" points back; it orders nothing unknown.
            && !vocab::is_pointer(&tokens[i].text)
    };
    let mut pieces = Vec::new();
    // A number followed by a noun: "3 hats", "2 chapéus pretos".
    for i in 0..tokens.len() {
        let Role::Qty(q) = &roles[i] else { continue };
        // "dia 21 às 15h", "apto 32 bloco B": a date or a place, not "21 of something".
        if q.weak || attached[i] || counts_nothing(words, i) {
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
        vocab::is_determiner(&tokens[i].text)
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
    use crate::core::money::Money;

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
        let back_qty = |text: &str| read(text).back.and_then(|b| b.qty).map(|q| q.n);
        assert_eq!(back_qty("make it 3"), Some(3));
        assert_eq!(back_qty("na verdade 2"), Some(2));
        assert_eq!(back_qty("mejor 3"), Some(3));
        let r = read("1 in M please");
        assert!(r.simple && r.bare.size.as_deref() == Some("m"));
        assert_eq!(read("troca para azul").bare.colour, Some("blue"));
        assert!(!read("see you at 7 pm").simple);
    }
}
