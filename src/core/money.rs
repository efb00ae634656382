//! Money as integer minor units of an ISO currency. No floating point anywhere.
//!
//! Parsing accepts what people type in a chat or a form ("180", "$180", "R$ 49,90",
//! "1.234,56", "49.90 USD"); formatting follows the currency's usual local style.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use crate::core::currency::Currency;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("'{0}' is not the ISO 4217 code of a currency (such as {examples})", examples = Currency::example_codes(", "))]
    UnknownCurrency(String),
    #[error("'{0}' is not an amount (expected something like 180, 49.90 or 1.234,56)")]
    NotAnAmount(String),
    #[error("'{text}' has more decimals than {currency} allows ({exponent})")]
    TooManyDecimals {
        text: String,
        currency: Currency,
        exponent: u32,
    },
    #[error("'{text}' is in {found}, but this is in {expected}")]
    CurrencyMismatch {
        text: String,
        found: Currency,
        expected: Currency,
    },
    #[error(
        "'{text}' is ambiguous: is it {grouped} or {decimal}? write it without the separator \
         or with {exponent} decimals"
    )]
    Ambiguous {
        text: String,
        grouped: String,
        decimal: String,
        exponent: u32,
    },
    #[error("amount '{0}' is too large")]
    Overflow(String),
    #[error(
        "{text} is more than orderdesk takes for one amount in {} ({ceiling}); \
         check the amount (a typo?) or split it", ceiling.currency
    )]
    TooLarge { text: String, ceiling: Money },
    #[error("cannot combine {0} and {1}")]
    Mixed(Currency, Currency),
}

/// An amount of one currency, in minor units (cents, centavos; yen for JPY).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub const fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub const fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.minor
            .checked_add(other.minor)
            .map(|minor| Money::new(minor, self.currency))
            .ok_or_else(|| MoneyError::Overflow(format!("{self} + {other}")))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.minor
            .checked_sub(other.minor)
            .map(|minor| Money::new(minor, self.currency))
            .ok_or_else(|| MoneyError::Overflow(format!("{self} - {other}")))
    }

    pub fn checked_mul(self, qty: i64) -> Result<Money, MoneyError> {
        self.minor
            .checked_mul(qty)
            .map(|minor| Money::new(minor, self.currency))
            .ok_or_else(|| MoneyError::Overflow(format!("{self} × {qty}")))
    }

    /// The amount itself when it is within its currency's ceiling (either sign).
    pub fn within_ceiling(self) -> Result<Money, MoneyError> {
        let ceiling = self.currency.ceiling();
        if self.minor.unsigned_abs() <= ceiling.unsigned_abs() {
            Ok(self)
        } else {
            Err(MoneyError::TooLarge {
                text: self.to_string(),
                ceiling: Money::new(ceiling, self.currency),
            })
        }
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::Mixed(self.currency, other.currency))
        }
    }

    /// Plain decimal for JSON and CSV: "1234.50", "-3.00", "1200" for JPY. No symbol, no grouping.
    pub fn to_decimal_string(self) -> String {
        decimal_string(self.minor, self.currency)
    }

    /// Parses what a person typed. A currency named in the text ("R$", "USD", "€") must agree
    /// with `currency` unless the symbol is ambiguous ("$" is used by USD, MXN, ARS and COP).
    pub fn parse(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let (found, number) = split_currency(text, currency);
        if let Some(found) = found
            && found != currency
        {
            return Err(MoneyError::CurrencyMismatch {
                text: text.trim().to_string(),
                found,
                expected: currency,
            });
        }
        parse_number(&number, currency, text)
    }

    /// Like [`Money::parse`], but a currency named in the text wins over `default`.
    pub fn parse_any(text: &str, default: Currency) -> Result<Money, MoneyError> {
        let (found, number) = split_currency(text, default);
        parse_number(&number, found.unwrap_or(default), text)
    }
}

/// Adds amounts, or says which sum would overflow (an old book may hold absurd amounts).
pub fn checked_sum(amounts: impl IntoIterator<Item = i64>, what: &str) -> Result<i64, MoneyError> {
    amounts
        .into_iter()
        .try_fold(0_i64, i64::checked_add)
        .ok_or_else(|| MoneyError::Overflow(what.to_string()))
}

/// Formats minor units as a plain decimal string in the given currency's exponent.
pub fn decimal_string(minor: i64, currency: Currency) -> String {
    let exp = currency.exponent();
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if exp == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10_u64.pow(exp);
    format!(
        "{sign}{}.{:0width$}",
        abs / scale,
        abs % scale,
        width = exp as usize
    )
}

impl fmt::Display for Money {
    /// Local style: "$1,234.50", "R$ 1.234,50", "1.234,50 €", "¥1,200".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let style = self.currency.style();
        let abs = self.minor.unsigned_abs();
        let scale = self.currency.scale() as u64;
        let whole = group_thousands(abs / scale, style.thousands);
        let mut number = whole;
        let exponent = self.currency.exponent();
        if exponent > 0 {
            number.push(style.decimal);
            number.push_str(&format!(
                "{:0width$}",
                abs % scale,
                width = exponent as usize
            ));
        }
        let sign = if self.minor < 0 { "-" } else { "" };
        let gap = if style.space { " " } else { "" };
        if style.symbol_first {
            write!(f, "{sign}{}{gap}{number}", style.symbol)
        } else {
            write!(f, "{sign}{number}{gap}{}", style.symbol)
        }
    }
}

fn group_thousands(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Symbols and codes people write, longest first so "R$" wins over "$".
const MARKERS: &[(&str, Option<Currency>)] = &[
    ("R$", Some(Currency::BRL)),
    ("US$", Some(Currency::USD)),
    ("MX$", Some(Currency::MXN)),
    ("COL$", Some(Currency::COP)),
    ("AR$", Some(Currency::ARS)),
    ("CLP$", Some(Currency::CLP)),
    ("CA$", Some(Currency::CAD)),
    ("C$", Some(Currency::CAD)),
    ("AU$", Some(Currency::AUD)),
    ("NZ$", Some(Currency::NZD)),
    ("A$", Some(Currency::AUD)),
    ("$U", Some(Currency::UYU)),
    ("S/.", Some(Currency::PEN)),
    ("S/", Some(Currency::PEN)),
    ("CHF", Some(Currency::CHF)),
    ("Fr.", Some(Currency::CHF)),
    ("€", Some(Currency::EUR)),
    ("£", Some(Currency::GBP)),
    ("₹", Some(Currency::INR)),
    ("Rs.", Some(Currency::INR)),
    ("Rs", Some(Currency::INR)),
    ("֏", Some(Currency::AMD)),
    ("¥", Some(Currency::JPY)),
    ("円", Some(Currency::JPY)),
    // "$" alone says "some dollar/peso": it agrees with whatever currency the shop uses.
    ("$", None),
];

/// Splits "R$ 49,90" into (Some(BRL), "49,90"). Codes may stand before or after the number;
/// a minus sign may stand before the symbol ("-$5").
/// "45", ".50", ",50": what is left when a sign is taken off a number.
fn starts_a_number(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.' | ',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn split_currency(text: &str, own: Currency) -> (Option<Currency>, String) {
    let t = text.trim();
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest.trim_start()),
        None => ("", t),
    };
    // An ISO code at either end: "49.90 USD", "BRL 10", "USD $5".
    if body.len() > 3 {
        for (code, rest) in [
            (body.get(body.len() - 3..), body.get(..body.len() - 3)),
            (body.get(..3), body.get(3..)),
        ] {
            if let (Some(code), Some(rest)) = (code, rest)
                && code.chars().all(|c| c.is_ascii_alphabetic())
                && let Ok(currency) = code.parse::<Currency>()
            {
                let (_, number) = split_currency(rest, own);
                return (Some(currency), format!("{sign}{number}"));
            }
        }
    }
    // The expected currency's own sign first ("Rs 500" in a rupee shop of Pakistan, "₦15,000",
    // "15 Kz"), when what it leaves is a number ("R$ 5" is no rand).
    let symbol = own.symbol();
    let lower = body.to_lowercase();
    let mark = symbol.to_lowercase();
    if lower.len() == body.len()
        && let Some(rest) = lower
            .strip_prefix(&mark)
            .map(|_| &body[mark.len()..])
            .or_else(|| {
                lower
                    .strip_suffix(&mark)
                    .map(|_| &body[..body.len() - mark.len()])
            })
        && starts_a_number(rest.trim())
    {
        return (Some(own), format!("{sign}{}", rest.trim()));
    }
    for (marker, currency) in MARKERS {
        if let Some(rest) = body
            .strip_prefix(marker)
            .or_else(|| body.strip_suffix(marker))
        {
            return (*currency, format!("{sign}{}", rest.trim()));
        }
    }
    (None, format!("{sign}{body}"))
}

fn parse_number(number: &str, currency: Currency, original: &str) -> Result<Money, MoneyError> {
    let not_amount = || MoneyError::NotAnAmount(original.trim().to_string());
    let mut s: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '_'))
        .collect();
    let negative = s.starts_with('-');
    if negative || s.starts_with('+') {
        s.remove(0);
    }
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(not_amount());
    }
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        // ".50" and ",50" are fine: people write cents that way.
        if s.len() < 2 {
            return Err(not_amount());
        }
        s.insert(0, '0');
    }
    let (whole, frac) = match split_decimal(&s, currency) {
        Split::Parts(whole, frac) => (whole, frac),
        Split::Invalid => return Err(not_amount()),
        Split::Ambiguous => {
            let digits: String = s.chars().filter(char::is_ascii_digit).collect();
            let sep = s.find(['.', ',']).unwrap_or(0);
            return Err(MoneyError::Ambiguous {
                text: original.trim().to_string(),
                grouped: digits,
                decimal: format!("{}.{}", &s[..sep], s.get(sep + 1..).unwrap_or_default()),
                exponent: currency.exponent(),
            });
        }
    };
    let exp = currency.exponent() as usize;
    if frac.len() > exp {
        // Trailing zeros beyond the exponent are harmless ("1200.00" yen is 1200).
        if frac[exp..].chars().any(|c| c != '0') {
            return Err(MoneyError::TooManyDecimals {
                text: original.trim().to_string(),
                currency,
                exponent: currency.exponent(),
            });
        }
    }
    let overflow = || MoneyError::TooLarge {
        text: format!("'{}'", original.trim()),
        ceiling: Money::new(currency.ceiling(), currency),
    };
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| overflow())?
    };
    let mut frac_digits: String = frac.chars().take(exp).collect();
    while frac_digits.len() < exp {
        frac_digits.push('0');
    }
    let frac: i64 = if frac_digits.is_empty() {
        0
    } else {
        frac_digits.parse().map_err(|_| not_amount())?
    };
    let minor = whole
        .checked_mul(currency.scale())
        .and_then(|w| w.checked_add(frac))
        .ok_or_else(overflow)?;
    if minor > currency.ceiling() {
        return Err(overflow());
    }
    Ok(Money::new(if negative { -minor } else { minor }, currency))
}

enum Split {
    Parts(String, String),
    Invalid,
    Ambiguous,
}

/// Decides which of '.' and ',' is the decimal separator and returns (whole digits, fraction).
///
/// - both present: the last one is decimal ("1.234,56", "1,234.56");
/// - one kind, several times: it groups thousands ("1.234.567");
/// - one kind, once, followed by exactly three digits: thousands when it is the currency's
///   own grouping separator ("10,000" dollars, "1.234" reais), ambiguous otherwise ("10.123"
///   dollars), unless the whole part is 0 ("0,500" is half);
/// - otherwise it is the decimal point ("49,90", "49.9").
fn split_decimal(s: &str, currency: Currency) -> Split {
    match split_decimal_inner(s, currency) {
        Some(Some(parts)) => Split::Parts(parts.0, parts.1),
        Some(None) => Split::Ambiguous,
        None => Split::Invalid,
    }
}

fn split_decimal_inner(s: &str, currency: Currency) -> Option<Option<(String, String)>> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let decimal_at = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let pos = s.rfind(sep)?;
            let after = &s[pos + 1..];
            let before = &s[..pos];
            let three = after.len() == 3 && before != "0";
            if three && count == 1 && !currency.groups_with(sep) {
                return Some(None);
            }
            if count > 1 || three { None } else { Some(pos) }
        }
        _ => {
            let last = s.rfind(['.', ','])?;
            let sep = s[last..].chars().next()?;
            // The decimal separator may appear only once.
            if s.matches(sep).count() > 1 {
                return None;
            }
            Some(last)
        }
    };
    let (whole_raw, frac) = match decimal_at {
        Some(pos) => (&s[..pos], &s[pos + 1..]),
        None => (s, ""),
    };
    // Grouping must be in threes after the first group: "1.234.567" yes, "12.34.5" no.
    let groups: Vec<&str> = whole_raw.split(['.', ',']).collect();
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return None;
    }
    if frac.contains(['.', ',']) {
        return None;
    }
    Some(Some((groups.concat(), frac.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn brl(minor: i64) -> Money {
        Money::new(minor, Currency::BRL)
    }

    #[test]
    fn an_unknown_currency_says_what_a_code_looks_like() {
        let said = "XYZ".parse::<Currency>().unwrap_err().to_string();
        assert!(
            said.contains("'XYZ'") && said.contains("ISO 4217"),
            "{said}"
        );
        assert!(said.contains("USD") && said.contains("BRL"), "{said}");
    }

    #[test]
    fn currencies_without_a_home_style_read_and_write_plainly() {
        let kmf: Currency = "KMF".parse().unwrap();
        assert_eq!(Money::parse("1,500", kmf), Ok(Money::new(1500, kmf)));
        assert_eq!(Money::new(1500, kmf).to_string(), "KMF 1,500");
        let ngn: Currency = "NGN".parse().unwrap();
        assert_eq!(Money::parse("₦15,000", ngn), Ok(Money::new(1_500_000, ngn)));
        assert_eq!(Money::new(1_500_000, ngn).to_string(), "₦15,000.00");
        let aoa: Currency = "AOA".parse().unwrap();
        assert_eq!(
            Money::parse("15.000 Kz", aoa),
            Ok(Money::new(1_500_000, aoa))
        );
        assert_eq!(Money::new(1_500_050, aoa).to_string(), "15.000,50 Kz");
    }

    #[test]
    fn parses_what_people_type() {
        let cases: &[(&str, Currency, i64)] = &[
            ("180", Currency::USD, 18000),
            ("$180", Currency::USD, 18000),
            ("R$ 49,90", Currency::BRL, 4990),
            ("R$49,90", Currency::BRL, 4990),
            ("1.234,56", Currency::BRL, 123456),
            ("1,234.56", Currency::USD, 123456),
            ("49.90 USD", Currency::USD, 4990),
            ("USD 49.90", Currency::USD, 4990),
            ("49.9", Currency::USD, 4990),
            ("1.234", Currency::BRL, 123400),
            ("10,000", Currency::USD, 1000000),
            ("1.234.567", Currency::COP, 123456700),
            ("$15.990", Currency::CLP, 15990),
            ("CHF 4.50", Currency::CHF, 450),
            ("1'250.00 CHF", Currency::CHF, 125000),
            ("S/ 45.00", Currency::PEN, 4500),
            ("S/. 45", Currency::PEN, 4500),
            ("$U 1.250", Currency::UYU, 125000),
            ("C$ 19.99", Currency::CAD, 1999),
            ("NZ$ 24.50", Currency::NZD, 2450),
            ("$24.50", Currency::NZD, 2450),
            ("0,50", Currency::EUR, 50),
            (",50", Currency::EUR, 50),
            ("0,500", Currency::EUR, 50),
            ("12 €", Currency::EUR, 1200),
            ("€12", Currency::EUR, 1200),
            ("£7.5", Currency::GBP, 750),
            ("₹1,250", Currency::INR, 125000),
            ("5000 ֏", Currency::AMD, 500000),
            ("¥1,200", Currency::JPY, 1200),
            ("1200", Currency::JPY, 1200),
            ("1200.00", Currency::JPY, 1200),
            ("$ 1.500", Currency::ARS, 150000),
            ("-3", Currency::USD, -300),
            ("1 234,56", Currency::EUR, 123456),
            ("1\u{a0}234,56", Currency::EUR, 123456),
        ];
        for (text, cur, minor) in cases {
            assert_eq!(
                Money::parse(text, *cur),
                Ok(Money::new(*minor, *cur)),
                "{text}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for text in [
            "",
            "abc",
            "1.2.3,4,5",
            "12.34.5",
            "1,,2",
            "$",
            "R$",
            "--5",
            "1e5",
            "12a",
        ] {
            assert!(Money::parse(text, Currency::USD).is_err(), "{text:?}");
        }
        assert!(matches!(
            Money::parse("10.5", Currency::JPY),
            Err(MoneyError::TooManyDecimals { .. })
        ));
        // "1.999" dollars: a typo for 1,999 or for 1.99? Refused rather than guessed.
        let e = Money::parse("1.999", Currency::USD).unwrap_err();
        assert!(matches!(e, MoneyError::Ambiguous { .. }), "{e}");
        assert_eq!(
            e.to_string(),
            "'1.999' is ambiguous: is it 1999 or 1.999? write it without the separator or with 2 decimals"
        );
        assert!(matches!(
            Money::parse("10,000", Currency::BRL),
            Err(MoneyError::Ambiguous { .. })
        ));
        assert!(matches!(
            Money::parse("1.200", Currency::JPY),
            Err(MoneyError::Ambiguous { .. })
        ));
        assert!(matches!(
            Money::parse("R$ 10", Currency::USD),
            Err(MoneyError::CurrencyMismatch { .. })
        ));
        assert!(matches!(
            Money::parse("99999999999999999999", Currency::USD),
            Err(MoneyError::TooLarge { .. })
        ));
    }

    #[test]
    fn parse_any_lets_the_text_name_the_currency() {
        assert_eq!(
            Money::parse_any("€ 12,50", Currency::USD),
            Ok(Money::new(1250, Currency::EUR))
        );
        assert_eq!(
            Money::parse_any("12", Currency::BRL),
            Ok(Money::new(1200, Currency::BRL))
        );
    }

    #[test]
    fn formats_in_local_style() {
        assert_eq!(Money::new(123450, Currency::USD).to_string(), "$1,234.50");
        assert_eq!(brl(123450).to_string(), "R$ 1.234,50");
        assert_eq!(Money::new(123450, Currency::EUR).to_string(), "1.234,50 €");
        assert_eq!(Money::new(1200, Currency::JPY).to_string(), "¥1,200");
        assert_eq!(Money::new(-5, Currency::GBP).to_string(), "-£0.05");
        assert_eq!(brl(0).to_string(), "R$ 0,00");
    }

    #[test]
    fn decimal_strings_are_plain() {
        assert_eq!(brl(123450).to_decimal_string(), "1234.50");
        assert_eq!(brl(-5).to_decimal_string(), "-0.05");
        assert_eq!(Money::new(1200, Currency::JPY).to_decimal_string(), "1200");
    }

    #[test]
    fn arithmetic_is_checked() {
        assert_eq!(brl(5).checked_add(brl(7)), Ok(brl(12)));
        assert!(brl(5).checked_add(Money::new(1, Currency::USD)).is_err());
        assert!(brl(i64::MAX).checked_add(brl(1)).is_err());
        assert!(brl(i64::MAX / 2 + 1).checked_mul(2).is_err());
        assert_eq!(brl(250).checked_mul(3), Ok(brl(750)));
    }

    #[test]
    fn currency_codes_round_trip() {
        for c in Currency::STYLED {
            assert_eq!(c.code().parse::<Currency>(), Ok(c));
            assert_eq!(c.code().to_lowercase().parse::<Currency>(), Ok(c));
        }
        assert!("XYZ".parse::<Currency>().is_err());
    }

    proptest! {
        #[test]
        fn display_and_decimal_round_trip(minor in -10_000_000_000_i64..10_000_000_000, idx in 0usize..10) {
            let cur = Currency::STYLED[idx];
            let m = Money::new(minor.clamp(-cur.ceiling(), cur.ceiling()), cur);
            prop_assert_eq!(Money::parse(&m.to_decimal_string(), cur), Ok(m));
            prop_assert_eq!(Money::parse(&m.to_string(), cur), Ok(m));
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,24}", idx in 0usize..10) {
            let _ = Money::parse(&text, Currency::STYLED[idx]);
            let _ = Money::parse_any(&text, Currency::STYLED[idx]);
        }
    }

    #[test]
    fn amounts_beyond_the_currency_ceiling_are_refused() {
        for text in ["92233720368547758.07", "9223372036854775807", "10000000.01"] {
            let e = Money::parse(text, Currency::USD).unwrap_err();
            assert!(matches!(e, MoneyError::TooLarge { .. }), "{text}: {e:?}");
            assert!(e.to_string().contains("$10,000,000.00"), "{e}");
        }
        assert_eq!(
            Money::parse("10000000", Currency::USD).unwrap().minor,
            1_000_000_000
        );
        assert!(Money::parse("9.999.999.999,99", Currency::ARS).is_ok());
        assert!(
            Money::new(-2_000_000_000, Currency::USD)
                .within_ceiling()
                .is_err()
        );
        // Every ceiling, summed over a million orders, still fits an i64.
        for c in Currency::STYLED {
            assert!(c.ceiling().checked_mul(1_000_000).is_some(), "{c}");
            assert!(
                c.ceiling() < 100_000_000_000_000,
                "{c} is under the SQL bound"
            );
        }
    }
}
