//! "Sent $50", "pix feito", "pagué", "bezahlt": what a customer says about paying.
//!
//! Always a claim: the desk records it as claimed, a person or the provider verifies it.
//! Questions ("can I pay by pix?") and negations ("not paid yet") are not claims.

use std::sync::LazyLock;

use regex::Regex;

use super::fold::{TokenKind, fold, tokenize};
use super::roles::price_after;
use crate::core::money::{Currency, Money};

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("payment regex {pattern}: {e}"))
}

/// Claims on folded text (no accents).
static CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?:paid|just paid|payment (?:sent|done|made)|transferred|venmo'?d|zelled|sent (?:the )?(?:money|payment|transfer)",
        r"|sent (?:you )?\$|sent (?:it )?(?:on|via|by|through) (?:venmo|zelle|paypal|cash ?app|pix)",
        r"|pix (?:feito|enviado|realizado)|fiz o pix|mandei o pix|paguei|transferi|depositei|(?:ja|ta|esta) pago",
        r"|pague|ya pague|transferi|te transferi|hice la transferencia|deposite|ya esta pagado",
        r"|bezahlt|uberwiesen|ueberwiesen|gezahlt)\b",
    ))
});

/// "sent 50" counts when the number is money-like; "sent a photo" does not.
static SENT_AMOUNT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(?:sent|mandei|envie|enviei|geschickt)\s+(?:you\s+)?\d"));

static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:not|n't|haven'?t|nao|ainda nao|todavia no|aun no|no he|noch nicht|nicht)\b")
});

/// A payment the customer says they made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Claim {
    pub amount: Option<Money>,
}

/// Reads a claim from one message; `currency` is the shop's, for bare numbers.
pub(crate) fn read_claim(text: &str, currency: Currency) -> Option<Claim> {
    let folded = fold(text);
    let claim = CLAIM.find(&folded).or_else(|| SENT_AMOUNT.find(&folded))?;
    let before = &folded[..claim.start()];
    let sentence_start = before.rfind(['.', '!', '\n', '?']).map_or(0, |i| i + 1);
    if NEGATION.is_match(&folded[sentence_start..claim.end()]) {
        return None;
    }
    let sentence_end = folded[claim.end()..]
        .find(['.', '!', '\n', '?'])
        .map_or(folded.len(), |i| claim.end() + i);
    if folded[sentence_end..].starts_with('?') {
        return None;
    }
    Some(Claim {
        amount: amount_in(text, currency),
    })
}

/// The first money-looking amount in the text: "$84", "R$ 150,00", "29,90 €", "50 USD", or
/// a bare number after "sent"/"paguei".
fn amount_in(text: &str, currency: Currency) -> Option<Money> {
    let tokens = tokenize(text);
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        if t.kind == TokenKind::Currency
            && let Some(n) = next.filter(|n| n.kind == TokenKind::Number)
            && let Ok(m) = Money::parse_any(&text[t.start..n.end], currency)
        {
            return Some(m);
        }
        if t.kind == TokenKind::Number
            && let Some(m) = next.and_then(|unit| price_after(text, t, unit, currency))
        {
            return Some(m);
        }
    }
    // "sent 50", "paguei 150": a number right after the claim verb.
    tokens.windows(2).find_map(|pair| {
        let verb = pair[0].text.as_str();
        let is_verb = matches!(
            verb,
            "sent"
                | "paid"
                | "paguei"
                | "transferi"
                | "mandei"
                | "pague"
                | "transferred"
                | "bezahlt"
                | "uberwiesen"
        );
        (is_verb && pair[1].kind == TokenKind::Number)
            .then(|| Money::parse_any(&pair[1].text, currency).ok())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str) -> Option<Option<String>> {
        read_claim(text, Currency::Usd).map(|c| {
            c.amount
                .map(|m| format!("{} {}", m.to_decimal_string(), m.currency))
        })
    }

    #[test]
    fn claims_with_and_without_amounts() {
        let table: &[(&str, Option<Option<&str>>)] = &[
            ("sent $84 on venmo", Some(Some("84.00 USD"))),
            ("Paid!", Some(None)),
            ("Pix feito ✅", Some(None)),
            ("fiz o pix de R$ 150,00", Some(Some("150.00 BRL"))),
            ("transferi 200 reais", Some(Some("200.00 BRL"))),
            ("Ya pagué 45 EUR", Some(Some("45.00 EUR"))),
            ("Habe per PayPal bezahlt", Some(None)),
            ("sent 50", Some(Some("50.00 USD"))),
            ("can I pay by pix?", None),
            ("did you get it? I paid yesterday", Some(None)),
            ("I haven't paid yet", None),
            ("ainda não paguei", None),
            ("sent you a photo", None),
            ("2 black tees", None),
        ];
        for &(text, expected) in table {
            let expected = expected.map(|a| a.map(str::to_string));
            assert_eq!(claim(text), expected, "{text}");
        }
    }
}
