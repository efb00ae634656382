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

/// Currency words people write after or before a number.
fn currency_word(word: &str) -> Option<Option<Currency>> {
    Some(match word {
        "reais" | "real" | "brl" => Some(Currency::Brl),
        "euro" | "euros" | "eur" => Some(Currency::Eur),
        "dollars" | "dollar" | "bucks" | "usd" | "dolares" | "dolar" => Some(Currency::Usd),
        "mxn" => Some(Currency::Mxn),
        "pesos" | "peso" => None,
        "pounds" | "gbp" | "quid" => Some(Currency::Gbp),
        "franken" | "franke" | "francos" | "francs" | "chf" | "stutz" => Some(Currency::Chf),
        "soles" | "pen" => Some(Currency::Pen),
        "clp" => Some(Currency::Clp),
        "uyu" => Some(Currency::Uyu),
        "cad" => Some(Currency::Cad),
        "aud" => Some(Currency::Aud),
        "nzd" => Some(Currency::Nzd),
        "rs" | "inr" | "rupees" | "rupee" => Some(Currency::Inr),
        "ars" => Some(Currency::Ars),
        "cop" => Some(Currency::Cop),
        "jpy" | "yen" => Some(Currency::Jpy),
        _ => return None,
    })
}

/// A currency written short with a full stop after it: "Fr.", "sFr.", "Rs.".
fn abbreviated_currency(word: &str) -> Option<Option<Currency>> {
    match word {
        "fr" | "sfr" => Some(Some(Currency::Chf)),
        "rs" => Some(Some(Currency::Inr)),
        _ => None,
    }
}

fn sign_currency(sign: &str) -> Option<Currency> {
    match sign {
        "r$" => Some(Currency::Brl),
        "€" => Some(Currency::Eur),
        "£" => Some(Currency::Gbp),
        "¥" => Some(Currency::Jpy),
        "₹" => Some(Currency::Inr),
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
            currency = sign_currency(&b.text);
            start = i - 1;
        } else if let Some(b) = before.filter(|b| b.is_word())
            && let Some(c) = currency_word(&b.text)
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
        let (scale, next) = match thousands(tokens, i, to) {
            Some(slang) => {
                marked |= slang;
                end = i + 2;
                (1000, i + 2)
            }
            None => (1, i + 1),
        };
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
                currency = currency.or(sign_currency(&a.text));
                end = next + 1;
            } else if a.is_word()
                && let Some(c) = currency_word(&a.text)
            {
                marked = true;
                currency = currency.or(c);
                end = next + 1;
            }
        }
        let currency = currency.unwrap_or(shop);
        let cents = has_cents(&token.text);
        if (marked || cents)
            && let Some(minor) =
                minor_units(&token.text, currency).and_then(|m| m.checked_mul(scale))
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
        assert_eq!(read("te paso 20 mil pesos", Currency::Mxn), ["20000.00"]);
        assert_eq!(read("te transferí 20 lucas", Currency::Mxn), ["20000.00"]);
        assert_eq!(read("sent 2 grand", Currency::Usd), ["2000.00"]);
        assert_eq!(read("R$ 3 mil", Currency::Brl), ["3000.00"]);
        // A count of things is no money: nothing marks "2 mil" as an amount.
        assert!(read("quero 2 mil unidades", Currency::Brl).is_empty());
    }

    #[test]
    fn local_formats() {
        assert_eq!(read("Pix feito! R$ 555,00", Currency::Brl), ["555.00"]);
        assert_eq!(read("total $1,007.00", Currency::Mxn), ["1007.00"]);
        assert_eq!(
            read("Ya pagué los $1.448 por SPEI", Currency::Mxn),
            ["1448.00"]
        );
        assert_eq!(read("38,30 € per PayPal", Currency::Eur), ["38.30"]);
        assert_eq!(read("Pix feito 187,00", Currency::Brl), ["187.00?"]);
        assert_eq!(read("listo! $1,247.00 MXN", Currency::Mxn), ["1247.00"]);
        assert_eq!(
            read("sent 50 on cashapp", Currency::Usd),
            Vec::<String>::new()
        );
        assert_eq!(read("2 kg e 250 g", Currency::Brl), Vec::<String>::new());
        assert_eq!(read("Transferi 300 reais", Currency::Brl), ["300.00"]);
        assert_eq!(read("1.234,56 €", Currency::Eur), ["1234.56"]);
        assert_eq!(read("Tenis blanco 25 $899 + 2", Currency::Mxn), ["899.00"]);
        // Swiss and German whole amounts: "Fr. 59.–", "226.– per Twint", "45,- €".
        assert_eq!(
            read("Lichtset Fr. 59.– + Helm Fr. 89.–", Currency::Chf),
            ["59.00", "89.00"]
        );
        assert_eq!(read("226.– per Twint gschickt", Currency::Chf), ["226.00"]);
        assert_eq!(read("macht 45,- bitte", Currency::Eur), ["45.00"]);
        // Rupees the Indian way: "Rs 330", "Rs. 1,250", "450/-", "₹680".
        assert_eq!(
            read("6 notebooks Rs 330 + box Rs. 1,250 = 1580/-", Currency::Inr),
            ["330.00", "1250.00", "1580.00"]
        );
        assert_eq!(read("paid 200 rupees", Currency::Inr), ["200.00"]);
        // "1/2" is no amount.
        assert!(read("1/2 kg", Currency::Eur).is_empty());
        // A range or a dash after a count is no money.
        assert!(read("3 - 4 Stück", Currency::Eur).is_empty());
    }
}
