//! Money written in a chat: "R$ 555,00", "$1,007.00", "$1.448", "38,30 €", "187,00",
//! "1,247.00 MXN", "300 reais". Read in the shop's currency unless the text names another.
//!
//! A group of exactly three digits after one separator is a thousands group in every locale
//! ("$1.448" in Mexico is 1448), two digits are cents, and a plain integer is money only
//! with a sign or a currency word next to it (the caller may accept one in payment context).

use super::phrases::Words;
use super::words::{Kind, Token};
use crate::core::money::{Currency, Money};

/// An amount of money found in a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Amount {
    pub money: Money,
    /// Token range of the number and its sign or code.
    pub start: usize,
    pub end: usize,
    /// Written with a sign, code or currency word (not just a number with cents).
    pub marked: bool,
    /// Index of the number token itself.
    pub number: usize,
}

/// Currency words people write after or before a number; the shop's own currency also by
/// its sign in letters and its unit's name ("Kz", "ksh", "naira", "kwanzas", "rand").
fn currency_word(word: &str, shop: Currency) -> Option<Option<Currency>> {
    if shop_word(word, shop) {
        return Some(Some(shop));
    }
    Some(match word {
        "reais" | "real" | "brl" => Some(Currency::BRL),
        "euro" | "euros" | "eur" => Some(Currency::EUR),
        "dollars" | "dollar" | "bucks" | "usd" | "dolares" | "dolar" => Some(Currency::USD),
        "mxn" => Some(Currency::MXN),
        "pesos" | "peso" => None,
        "pounds" | "gbp" | "quid" => Some(Currency::GBP),
        "franken" | "franke" | "francos" | "francs" | "chf" | "stutz" => Some(Currency::CHF),
        "soles" | "pen" => Some(Currency::PEN),
        "clp" => Some(Currency::CLP),
        "uyu" => Some(Currency::UYU),
        "cad" => Some(Currency::CAD),
        "aud" => Some(Currency::AUD),
        "nzd" => Some(Currency::NZD),
        "rs" | "inr" | "rupees" | "rupee" => Some(Currency::INR),
        "ars" => Some(Currency::ARS),
        "cop" => Some(Currency::COP),
        "jpy" | "yen" => Some(Currency::JPY),
        _ => return None,
    })
}

/// The shop's currency by its code, its sign in letters or its unit's name, singular or
/// plural, as a folded word.
fn shop_word(word: &str, shop: Currency) -> bool {
    let unit = shop.unit_word();
    let unit = crate::core::chat::fold::fold(&unit);
    let sign = shop.symbol();
    (sign.chars().all(char::is_alphabetic) && word == crate::core::chat::fold::fold(sign))
        || word == shop.code().to_ascii_lowercase()
        || word
            .strip_suffix('s')
            .is_some_and(|w| w == unit || w.strip_suffix('e') == Some(&unit))
        || word == unit
        || shop.local_words().contains(&word)
}

/// A currency written short with a full stop after it: "Fr.", "sFr.", "Rs.".
fn abbreviated_currency(word: &str) -> Option<Option<Currency>> {
    match word {
        "fr" | "sfr" => Some(Some(Currency::CHF)),
        "rs" => Some(Some(Currency::INR)),
        _ => None,
    }
}

fn sign_currency(sign: &str, shop: Currency) -> Option<Currency> {
    if shop.symbol().to_lowercase().contains(sign) && sign != "$" {
        return Some(shop);
    }
    match sign {
        "r$" => Some(Currency::BRL),
        "s/" => Some(Currency::PEN),
        "€" => Some(Currency::EUR),
        "£" => Some(Currency::GBP),
        "¥" => Some(Currency::JPY),
        "₹" => Some(Currency::INR),
        _ => None,
    }
}

/// Every amount of money in tokens `from..to`, left to right.
pub(crate) fn amounts(words: &Words, from: usize, to: usize, shop: Currency) -> Vec<Amount> {
    let tokens = &words.tokens;
    let mut found = Vec::new();
    let mut i = from;
    while i < to {
        let token = &tokens[i];
        if token.kind == Kind::Word
            && let Some((number, end)) = glued_sign(tokens, i, to, shop)
        {
            // "Q280", "Q1,450", "Ksh2350": the shop's sign in letters glued to its number.
            if let Some(minor) = minor_units(&number, shop) {
                found.push(Amount {
                    money: Money::new(minor, shop),
                    start: i,
                    end,
                    marked: true,
                    number: i,
                });
                i = end;
                continue;
            }
        }
        if token.kind != Kind::Number {
            i += 1;
            continue;
        }
        let before = i.checked_sub(1).filter(|&b| b >= from).map(|b| &tokens[b]);
        let mut start = i;
        let mut end = i + 1;
        let mut currency: Option<Currency> = None;
        let mut marked = false;
        if let Some(b) = before.filter(|b| b.kind == Kind::Currency) {
            marked = true;
            currency = sign_currency(&b.text, shop);
            start = i - 1;
        } else if let Some(b) = before.filter(|b| b.is_word())
            && let Some(c) = currency_word(&b.text, shop)
        {
            marked = true;
            currency = c;
            start = i - 1;
        } else if i >= from + 2
            && tokens[i - 1].is_punct('.')
            && tokens[i - 2].is_word()
            && let Some(c) = abbreviated_currency(&tokens[i - 2].text)
        {
            // "Fr. 59.–", "Rs. 450": a currency abbreviated with a full stop.
            marked = true;
            currency = c;
            start = i - 2;
        }
        // "20 mil pesos", "20 lucas", "2k": thousands.
        let (scale, mut next) = match thousands(tokens, i, to) {
            Some(slang) => {
                marked |= slang;
                end = i + 2;
                (1000, i + 2)
            }
            None => (1, i + 1),
        };
        // "R1 500", "1 250,00 €": thousands set apart by a space (South Africa, France,
        // Portugal), when a currency says it is money.
        let mut text = token.text.clone();
        if scale == 1
            && let Some((grouped, after)) = space_grouped(tokens, i, to, &token.text)
            && (marked
                || tokens.get(after).is_some_and(|a| {
                    after < to
                        && (a.kind == Kind::Currency
                            || (a.is_word() && currency_word(&a.text, shop).is_some()))
                }))
        {
            text = grouped;
            next = after;
            end = after;
        }
        let token_text = text.as_str();
        // "59.–", "226,-": whole francs or euros, written the Swiss and German way; "450/-",
        // whole rupees the Indian way.
        if next + 1 < to
            && (tokens[next].is_punct('.')
                || tokens[next].is_punct(',')
                || tokens[next].is_punct('/'))
            && tokens[next + 1].is_punct('-')
            && tokens[next].start == tokens[next - 1].end
            && tokens[next + 1].start == tokens[next].end
        {
            marked = true;
            end = next + 2;
        }
        let after = tokens.get(next).filter(|_| next < to && end <= next);
        // "blanco 25 $899": a sign followed by its own number belongs to that number.
        let sign_owns_next = tokens.get(next + 1).is_some_and(|n| n.kind == Kind::Number);
        if let Some(a) = after {
            if a.kind == Kind::Currency && (marked || !sign_owns_next) {
                marked = true;
                currency = currency.or(sign_currency(&a.text, shop));
                end = next + 1;
            } else if a.is_word()
                && let Some(c) = currency_word(&a.text, shop)
            {
                marked = true;
                currency = currency.or(c);
                end = next + 1;
            }
        }
        let currency = currency.unwrap_or(shop);
        let cents = has_cents(token_text);
        // "36.000", "2,520", "1,250,000": grouped thousands are no count of things in a chat;
        // they are prices (weakly, as a number with cents is), unless a measure follows
        // ("1.500 g").
        let grouped_whole = thousands_grouped(token_text)
            && super::lexicon::lexicon()
                .measures
                .longest_at(words, next)
                .is_none_or(|_| next >= to);
        if (marked || cents || grouped_whole)
            && let Some(minor) =
                minor_units(token_text, currency).and_then(|m| m.checked_mul(scale))
        {
            found.push(Amount {
                money: Money::new(minor, currency),
                start,
                end,
                marked,
                number: i,
            });
            i = end;
            continue;
        }
        i += 1;
    }
    found
}

/// A number written in groups of three digits set apart by one space ("1 500", "12 000,50"):
/// its digits joined and the token after it. The first group has one to three digits, each
/// later one exactly three (the last may carry cents).
/// `first` is the first group's digits as written at token `i` ("1" of "R1 500").
fn space_grouped(tokens: &[Token], i: usize, to: usize, first: &str) -> Option<(String, usize)> {
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut text = first.to_string();
    let mut k = i + 1;
    while k < to {
        let (prev, t) = (&tokens[k - 1], &tokens[k]);
        // One space, a no-break space or a narrow one: nothing else between them.
        let gap = t.start.saturating_sub(prev.end);
        let digits = t.text.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &t.text[digits..];
        let cents = rest.is_empty()
            || (rest.len() == 3
                && rest.starts_with([',', '.'])
                && rest[1..].bytes().all(|b| b.is_ascii_digit()));
        if t.kind != Kind::Number || !(1..=3).contains(&gap) || digits != 3 || !cents {
            break;
        }
        // Cents end the number.
        text.push_str(&t.text);
        k += 1;
        if !rest.is_empty() {
            break;
        }
    }
    (k > i + 1).then_some((text, k))
}

/// The shop's currency sign in letters glued to a number ("q280", "ksh2350", "gs80000"),
/// and any thousands groups glued after it ("Q1,450" is "q1" "," "450"): the number's text
/// and where the amount ends.
fn glued_sign(tokens: &[Token], i: usize, to: usize, shop: Currency) -> Option<(String, usize)> {
    let text = tokens[i].text.as_str();
    let digits_at = text.find(|c: char| c.is_ascii_digit())?;
    let (sign, digits) = text.split_at(digits_at);
    if sign.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) || !shop_word(sign, shop) {
        return None;
    }
    // "R1 500": groups set apart by spaces.
    if let Some(grouped) = space_grouped(tokens, i, to, digits) {
        return Some(grouped);
    }
    let mut number = digits.to_string();
    let mut end = i + 1;
    while end + 1 < to
        && matches!(tokens[end].kind, Kind::Punct('.' | ','))
        && tokens[end].start == tokens[end - 1].end
        && tokens[end + 1].kind == Kind::Number
        && tokens[end + 1].start == tokens[end].end
    {
        number.push_str(&tokens[end].text);
        number.push_str(&tokens[end + 1].text);
        end += 2;
    }
    Some((number, end))
}

/// A number token read as money in the shop's currency ("sent 50", "Paguei 240").
pub(crate) fn bare(tokens: &[Token], i: usize, shop: Currency) -> Option<Money> {
    let token = tokens.get(i)?;
    if token.kind != Kind::Number {
        return None;
    }
    let scale = if thousands(tokens, i, tokens.len()).is_some() {
        1000
    } else {
        1
    };
    minor_units(&token.text, shop)
        .and_then(|m| m.checked_mul(scale))
        .map(|m| Money::new(m, shop))
}

/// A word after the whole number at `i` that makes it thousands ("20 mil", "20 lucas",
/// "2k", "zwei tausend"); true when the word alone says it is money ("lucas", "k", "grand").
fn thousands(tokens: &[Token], i: usize, to: usize) -> Option<bool> {
    let number = tokens.get(i)?;
    let word = tokens.get(i + 1).filter(|w| i + 1 < to && w.is_word())?;
    number.integer()?;
    match word.text.as_str() {
        "mil" | "tausend" | "thousand" => Some(false),
        "k" | "lucas" | "luca" | "grand" => Some(true),
        _ => None,
    }
}

/// "36.000", "1,250,000": one to three digits, then groups of three after one kind of
/// separator.
fn thousands_grouped(text: &str) -> bool {
    let Some(sep) = text.chars().find(|c| matches!(c, '.' | ',')) else {
        return false;
    };
    let mut groups = text.split(sep);
    let head = groups.next().unwrap_or("");
    (1..=3).contains(&head.len())
        && head.bytes().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|c| c.is_ascii_digit()))
}

/// "89,00", "25.98": exactly two digits after the last separator.
fn has_cents(text: &str) -> bool {
    match text.rfind(['.', ',']) {
        Some(i) => text.len() - i - 1 == 2,
        None => false,
    }
}

/// Minor units of a number as people write money: the last separator followed by one or two
/// digits is the decimal point; every other separator groups thousands.
pub(crate) fn minor_units(text: &str, currency: Currency) -> Option<i64> {
    let (whole, fraction) = match text.rfind(['.', ',']) {
        Some(i) if (1..=2).contains(&(text.len() - i - 1)) => (&text[..i], &text[i + 1..]),
        _ => (text, ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() || whole.len() > 12 {
        return None;
    }
    let units: i64 = whole.parse().ok()?;
    let exponent = currency.exponent();
    let scale = 10_i64.pow(exponent);
    let mut fraction_minor: i64 = 0;
    if !fraction.is_empty() {
        if exponent == 0 {
            return None;
        }
        let padded = format!("{fraction:0<width$}", width = exponent as usize);
        fraction_minor = padded.get(..exponent as usize)?.parse().ok()?;
    }
    units.checked_mul(scale)?.checked_add(fraction_minor)
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    fn read(text: &str, shop: Currency) -> Vec<String> {
        let tokens = tokenize(text);
        let words = Words::new(tokens.clone());
        amounts(&words, 0, tokens.len(), shop)
            .iter()
            .map(|a| {
                format!(
                    "{}{}",
                    a.money.to_decimal_string(),
                    if a.marked { "" } else { "?" }
                )
            })
            .collect()
    }

    #[test]
    fn thousands_said_in_words() {
        assert_eq!(read("te paso 20 mil pesos", Currency::MXN), ["20000.00"]);
        assert_eq!(read("te transferí 20 lucas", Currency::MXN), ["20000.00"]);
        assert_eq!(read("sent 2 grand", Currency::USD), ["2000.00"]);
        assert_eq!(read("R$ 3 mil", Currency::BRL), ["3000.00"]);
        // A count of things is no money: nothing marks "2 mil" as an amount.
        assert!(read("quero 2 mil unidades", Currency::BRL).is_empty());
    }

    #[test]
    fn any_shops_currency_by_its_sign_code_or_name() {
        let ngn: Currency = "NGN".parse().unwrap();
        assert_eq!(read("I don send ₦45,500 abeg", ngn), ["45500.00"]);
        assert_eq!(read("na 12000 naira", ngn), ["12000.00"]);
        assert_eq!(read("I go send 12k naira", ngn), ["12000.00"]);
        assert_eq!(read("sent 2k", Currency::USD), ["2000.00"]);
        assert!(read("the 4K screen", Currency::USD).is_empty());
        assert_eq!(read("transferred 8,000 NGN", ngn), ["8000.00"]);
        let aoa: Currency = "AOA".parse().unwrap();
        assert_eq!(read("já transferi 15.000 Kz", aoa), ["15000.00"]);
        assert_eq!(read("são 23 mil kwanzas", aoa), ["23000.00"]);
        let kes: Currency = "KES".parse().unwrap();
        assert_eq!(read("sent Ksh 2,350 via mpesa", kes), ["2350.00"]);
        assert_eq!(read("top negro M S/ 59.90", Currency::PEN), ["59.90"]);
        assert_eq!(read("son S/.45", Currency::PEN), ["45.00"]);
        let php: Currency = "PHP".parse().unwrap();
        assert_eq!(read("paid ₱1,250 gcash", php), ["1250.00"]);
        // Local short forms and plurals of the shop's currency.
        let pyg: Currency = "PYG".parse().unwrap();
        assert_eq!(read("total 80.000 Gs.", pyg), ["80000"]);
        assert_eq!(read("son 45 mil guaraníes", pyg), ["45000"]);
        let mzn: Currency = "MZN".parse().unwrap();
        assert_eq!(read("já mandei 1.500 meticais", mzn), ["1500.00"]);
        let dop: Currency = "DOP".parse().unwrap();
        assert_eq!(read("te mandé RD 4,300", dop), ["4300.00"]);
        // The sign in letters glued to the number.
        let gtq: Currency = "GTQ".parse().unwrap();
        assert_eq!(
            read("jade gota Q280, total Q1,450", gtq),
            ["280.00", "1450.00"]
        );
        assert!(read("Galaxy S24", Currency::USD).is_empty());
        // Another shop's sign is not this shop's money: "Kz" is a word in a rand shop.
        let zar: Currency = "ZAR".parse().unwrap();
        assert!(read("2 Kz", zar).is_empty());
    }

    /// Grouped thousands are prices, weakly, in any currency; not a weight.
    /// Thousands set apart by a space are one amount when a currency marks it; counts next
    /// to each other are not joined.
    #[test]
    fn thousands_set_apart_by_a_space() {
        let zar: Currency = "ZAR".parse().unwrap();
        assert_eq!(read("sent R1 500 now, rest Friday", zar), ["1500.00"]);
        assert_eq!(
            read("3 x 22\" R3 900 + closure R1 200", zar),
            ["3900.00", "1200.00"]
        );
        assert_eq!(
            read("total 1 250,50 € por favor", Currency::EUR),
            ["1250.50"]
        );
        assert_eq!(read("R12 000 deposit", zar), ["12000.00"]);
        // No currency: two counts stay two numbers, not an amount.
        assert!(read("2 500 g bags", zar).is_empty());
    }

    #[test]
    fn grouped_thousands_are_money() {
        let pyg: Currency = "PYG".parse().unwrap();
        assert_eq!(
            read("2 docenas 36.000, kesú 24.000", pyg),
            ["36000?", "24000?"]
        );
        assert_eq!(read("1.500 g de queso", pyg), Vec::<String>::new());
        assert_eq!(read("envío 3,500", Currency::CLP), ["3500?"]);
        assert_eq!(
            read("6 dozen A5 96pg 2,520", "KES".parse().unwrap()),
            ["2520.00?"]
        );
        assert_eq!(read("son 36.000", Currency::EUR), ["36000.00?"]);
        assert_eq!(read("1,5 kg", Currency::EUR), Vec::<String>::new());
    }

    #[test]
    fn local_formats() {
        assert_eq!(read("Pix feito! R$ 555,00", Currency::BRL), ["555.00"]);
        assert_eq!(read("total $1,007.00", Currency::MXN), ["1007.00"]);
        assert_eq!(
            read("Ya pagué los $1.448 por SPEI", Currency::MXN),
            ["1448.00"]
        );
        assert_eq!(read("38,30 € per PayPal", Currency::EUR), ["38.30"]);
        assert_eq!(read("Pix feito 187,00", Currency::BRL), ["187.00?"]);
        assert_eq!(read("listo! $1,247.00 MXN", Currency::MXN), ["1247.00"]);
        assert_eq!(
            read("sent 50 on cashapp", Currency::USD),
            Vec::<String>::new()
        );
        assert_eq!(read("2 kg e 250 g", Currency::BRL), Vec::<String>::new());
        assert_eq!(read("Transferi 300 reais", Currency::BRL), ["300.00"]);
        assert_eq!(read("1.234,56 €", Currency::EUR), ["1234.56"]);
        assert_eq!(read("Tenis blanco 25 $899 + 2", Currency::MXN), ["899.00"]);
        // Swiss and German whole amounts: "Fr. 59.–", "226.– per Twint", "45,- €".
        assert_eq!(
            read("Lichtset Fr. 59.– + Helm Fr. 89.–", Currency::CHF),
            ["59.00", "89.00"]
        );
        assert_eq!(read("226.– per Twint gschickt", Currency::CHF), ["226.00"]);
        assert_eq!(read("macht 45,- bitte", Currency::EUR), ["45.00"]);
        // Rupees the Indian way: "Rs 330", "Rs. 1,250", "450/-", "₹680".
        assert_eq!(
            read("6 notebooks Rs 330 + box Rs. 1,250 = 1580/-", Currency::INR),
            ["330.00", "1250.00", "1580.00"]
        );
        assert_eq!(read("paid 200 rupees", Currency::INR), ["200.00"]);
        // "1/2" is no amount.
        assert!(read("1/2 kg", Currency::EUR).is_empty());
        // A range or a dash after a count is no money.
        assert!(read("3 - 4 Stück", Currency::EUR).is_empty());
    }
}
