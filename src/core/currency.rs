//! Currencies: every currency in use today, by its ISO 4217 code.
//!
//! What ISO says of a currency (its code, the digits of its minor unit, its sign) comes from
//! the ISO list (the `iso_currency` crate). How people write amounts in it (the sign before
//! or after the number, the separators) is ours: written out below for the currencies of
//! the markets where shops sell through chats, and a plain form for the rest ("KMF 1,500",
//! the code before the number), so that a shop anywhere can be set up and read.

use std::fmt;
use std::str::FromStr;

use iso_currency::Currency as Iso;
use serde::{Deserialize, Serialize};

use crate::core::money::MoneyError;

/// A currency a shop sells in. Copy, compared and ordered by its ISO code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(Iso);

/// How amounts in a currency are usually written.
pub(crate) struct Style {
    pub symbol: &'static str,
    pub symbol_first: bool,
    pub space: bool,
    pub thousands: char,
    pub decimal: char,
    /// About ten million US dollars' worth in whole units (see `Currency::ceiling`).
    pub ceiling_major: i64,
}

const fn style(
    symbol: &'static str,
    symbol_first: bool,
    space: bool,
    thousands: char,
    decimal: char,
    ceiling_major: i64,
) -> Style {
    Style {
        symbol,
        symbol_first,
        space,
        thousands,
        decimal,
        ceiling_major,
    }
}

/// The ceiling, in minor units, for a currency whose value we do not know: ten million
/// dollars' worth for any currency down to a thousand to the dollar at two decimals, and
/// still summable over a million orders and under the books' bound on amounts.
const UNKNOWN_CEILING_MINOR: i64 = 1_000_000_000_000;

impl Currency {
    pub const USD: Currency = Currency(Iso::USD);
    pub const EUR: Currency = Currency(Iso::EUR);
    pub const GBP: Currency = Currency(Iso::GBP);
    pub const BRL: Currency = Currency(Iso::BRL);
    pub const MXN: Currency = Currency(Iso::MXN);
    pub const ARS: Currency = Currency(Iso::ARS);
    pub const COP: Currency = Currency(Iso::COP);
    pub const INR: Currency = Currency(Iso::INR);
    pub const AMD: Currency = Currency(Iso::AMD);
    pub const JPY: Currency = Currency(Iso::JPY);
    pub const CHF: Currency = Currency(Iso::CHF);
    pub const CLP: Currency = Currency(Iso::CLP);
    pub const PEN: Currency = Currency(Iso::PEN);
    pub const UYU: Currency = Currency(Iso::UYU);
    pub const CAD: Currency = Currency(Iso::CAD);
    pub const AUD: Currency = Currency(Iso::AUD);
    pub const NZD: Currency = Currency(Iso::NZD);

    /// The currencies whose written form is ours (`style`), for examples and tests; every
    /// other ISO currency works too, in the plain form.
    pub const STYLED: [Currency; 36] = [
        Currency::USD,
        Currency::EUR,
        Currency::GBP,
        Currency::BRL,
        Currency::MXN,
        Currency::ARS,
        Currency::COP,
        Currency::INR,
        Currency::AMD,
        Currency::JPY,
        Currency::CHF,
        Currency::CLP,
        Currency::PEN,
        Currency::UYU,
        Currency::CAD,
        Currency::AUD,
        Currency::NZD,
        Currency(Iso::NGN),
        Currency(Iso::GHS),
        Currency(Iso::KES),
        Currency(Iso::ZAR),
        Currency(Iso::AOA),
        Currency(Iso::MZN),
        Currency(Iso::XOF),
        Currency(Iso::PHP),
        Currency(Iso::IDR),
        Currency(Iso::MYR),
        Currency(Iso::PKR),
        Currency(Iso::TRY),
        Currency(Iso::PYG),
        Currency(Iso::BOB),
        Currency(Iso::DOP),
        Currency(Iso::GTQ),
        Currency(Iso::PLN),
        Currency(Iso::SEK),
        Currency(Iso::DKK),
    ];

    /// How amounts are written where this currency is spent; None for the plain form.
    fn home_style(self) -> Option<Style> {
        Some(match self.0 {
            Iso::USD => style("$", true, false, ',', '.', 10_000_000),
            Iso::EUR => style("€", false, true, '.', ',', 10_000_000),
            Iso::GBP => style("£", true, false, ',', '.', 10_000_000),
            Iso::BRL => style("R$", true, true, '.', ',', 50_000_000),
            Iso::MXN => style("$", true, false, ',', '.', 200_000_000),
            Iso::ARS => style("$", true, true, '.', ',', 10_000_000_000),
            Iso::COP => style("$", true, true, '.', ',', 50_000_000_000),
            Iso::INR => style("₹", true, false, ',', '.', 1_000_000_000),
            Iso::AMD => style("֏", false, true, ',', '.', 5_000_000_000),
            Iso::JPY => style("¥", true, false, ',', '.', 1_500_000_000),
            Iso::CHF => style("CHF", true, true, '\'', '.', 10_000_000),
            Iso::CLP => style("$", true, false, '.', ',', 10_000_000_000),
            Iso::PEN => style("S/", true, true, ',', '.', 50_000_000),
            Iso::UYU => style("$", true, true, '.', ',', 500_000_000),
            Iso::CAD | Iso::AUD | Iso::NZD => style("$", true, false, ',', '.', 10_000_000),
            Iso::NGN => style("₦", true, false, ',', '.', 20_000_000_000),
            Iso::GHS => style("GH₵", true, false, ',', '.', 200_000_000),
            Iso::KES => style("KSh", true, true, ',', '.', 2_000_000_000),
            Iso::ZAR => style("R", true, false, ',', '.', 200_000_000),
            Iso::AOA => style("Kz", false, true, '.', ',', 10_000_000_000),
            Iso::MZN => style("MT", false, true, '.', ',', 1_000_000_000),
            Iso::XOF => style("F CFA", false, true, '.', ',', 10_000_000_000),
            Iso::PHP => style("₱", true, false, ',', '.', 1_000_000_000),
            Iso::IDR => style("Rp", true, false, '.', ',', 50_000_000_000),
            Iso::MYR => style("RM", true, false, ',', '.', 50_000_000),
            Iso::PKR => style("Rs", true, true, ',', '.', 5_000_000_000),
            Iso::TRY => style("₺", true, false, '.', ',', 500_000_000),
            Iso::PYG => style("₲", true, true, '.', ',', 100_000_000_000),
            Iso::BOB => style("Bs", true, true, '.', ',', 100_000_000),
            Iso::DOP => style("RD$", true, false, ',', '.', 1_000_000_000),
            Iso::GTQ => style("Q", true, false, ',', '.', 100_000_000),
            Iso::PLN => style("zł", false, true, ' ', ',', 50_000_000),
            Iso::SEK => style("kr", false, true, ' ', ',', 100_000_000),
            Iso::DKK => style("kr.", false, true, '.', ',', 100_000_000),
            _ => return None,
        })
    }

    pub(crate) fn style(self) -> Style {
        self.home_style().unwrap_or(Style {
            symbol: self.code(),
            symbol_first: true,
            space: true,
            thousands: ',',
            decimal: '.',
            ceiling_major: UNKNOWN_CEILING_MINOR / self.scale(),
        })
    }

    /// Some codes for messages and the commented default config ("USD, EUR, …"): every
    /// ISO code is taken, these show what one looks like.
    pub fn example_codes(sep: &str) -> String {
        Currency::examples().collect::<Vec<_>>().join(sep)
    }

    /// Other ways people in its markets write this currency, folded (lowercase, no accents):
    /// "80.000 Gs.", "1.500 meticais", "RD 4,300", "Php 450". The sign, the code and the
    /// unit's English name are known already; these are the local short forms and plurals.
    pub fn local_words(self) -> &'static [&'static str] {
        match self.0 {
            Iso::PYG => &["gs", "guaranies", "guarani"],
            Iso::MZN => &["mt", "mts", "mtn", "meticais", "metical"],
            Iso::AOA => &["kz", "kwanzas", "kwanza"],
            Iso::DOP => &["rd", "rds"],
            Iso::PHP => &["php", "piso"],
            Iso::BOB | Iso::VES => &["bs", "bolivianos", "bolivares"],
            Iso::KES => &["ksh", "bob"],
            Iso::UGX => &["ush", "shs"],
            Iso::TZS => &["tsh", "shs"],
            Iso::PKR | Iso::LKR | Iso::NPR => &["rs"],
            Iso::ZAR => &["rand"],
            Iso::MYR => &["rm", "ringgit"],
            Iso::IDR => &["rp", "rupiah"],
            Iso::GTQ => &["quetzales"],
            Iso::CRC => &["colones"],
            Iso::HNL => &["lempiras"],
            Iso::XOF | Iso::XAF => &["fcfa", "cfa"],
            Iso::GHS => &["ghc", "cedis"],
            Iso::BRL => &["conto", "contos"],
            _ => &[],
        }
    }

    /// The codes [`Currency::example_codes`] shows.
    pub fn examples() -> impl Iterator<Item = &'static str> {
        Currency::STYLED[..8].iter().map(|c| c.code())
    }

    /// ISO 4217 code, e.g. "BRL".
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// Digits after the decimal point (2 for cents, 0 for yen), as ISO lists them.
    pub fn exponent(self) -> u32 {
        // Currencies without an exponent (gold, test codes) are refused when read.
        u32::from(self.0.exponent().unwrap_or(2))
    }

    /// The sign people write: "R$", "€", "₦"; the code where none is ours.
    pub fn symbol(self) -> &'static str {
        self.style().symbol
    }

    /// The decimal separator people in this currency's markets usually type.
    pub fn decimal_separator(self) -> char {
        self.style().decimal
    }

    /// Whether "1.500" or "1,500" (`sep` once, three digits after it) is fifteen hundred in
    /// this currency's markets: by the grouping they use, and in the plain form whenever
    /// three decimals cannot be meant (every currency but the dinars of exponent 3).
    pub(crate) fn groups_with(self, sep: char) -> bool {
        match self.home_style() {
            Some(style) => style.thousands == sep,
            None => self.exponent() < 3,
        }
    }

    /// The largest amount orderdesk takes for one price, payment or order in this currency,
    /// in minor units: about ten million dollars' worth (more for currencies that lose
    /// value fast), far above any shop's sale and far below where sums could overflow.
    pub fn ceiling(self) -> i64 {
        self.style().ceiling_major * self.scale()
    }

    pub(crate) fn scale(self) -> i64 {
        10_i64.pow(self.exponent())
    }

    /// The currency a country spends today (ISO 3166 alpha-2), if ISO lists one.
    pub fn of_country(alpha2: &str) -> Option<Currency> {
        let country = alpha2.trim().to_ascii_uppercase().parse().ok()?;
        Iso::from_country(country)
            .into_iter()
            .find(|c| c.flags().is_empty() && c.exponent().is_some())
            .map(Currency)
    }

    /// The currency's own word, last of its English name, lower case: "naira", "kwanza",
    /// "rand", "dollar" (for reading "5000 naira" in a chat).
    pub fn unit_word(self) -> String {
        // "CFA franc BCEAO": the issuer's initials are not the unit.
        let name = self.0.name();
        let initials = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
        name.rsplit(' ')
            .find(|w| !initials(w))
            .unwrap_or(name)
            .to_lowercase()
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;

    /// An ISO 4217 code of a currency people spend ("NGN", "brl"); funds, metals and test
    /// codes ("XAU", "XTS") are not what a shop sells in.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_uppercase();
        Iso::from_code(&code)
            .filter(|c| c.exponent().is_some() && !c.is_fund() && !c.is_special())
            .map(Currency)
            .ok_or_else(|| MoneyError::UnknownCurrency(s.trim().to_string()))
    }
}

impl TryFrom<String> for Currency {
    type Error = MoneyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.code().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spent_currency_is_read_by_its_code() {
        for (code, exponent) in [("NGN", 2), ("aoa", 2), ("KMF", 0), ("KWD", 3), ("BRL", 2)] {
            let c: Currency = code.parse().unwrap();
            assert_eq!((c.code(), c.exponent()), (&*code.to_uppercase(), exponent));
        }
        for not_spent in ["XAU", "XTS", "XXX", "ABC", "", "US"] {
            assert!(not_spent.parse::<Currency>().is_err(), "{not_spent}");
        }
    }

    #[test]
    fn a_country_names_the_currency_it_spends() {
        for (country, code) in [
            ("NG", "NGN"),
            ("ao", "AOA"),
            ("BR", "BRL"),
            ("DE", "EUR"),
            ("EC", "USD"),
            ("CH", "CHF"),
            ("ZW", "ZWG"),
        ] {
            assert_eq!(
                Currency::of_country(country).map(Currency::code),
                Some(code)
            );
        }
        assert_eq!(Currency::of_country("AQ"), None);
        assert_eq!(Currency::of_country("ZZ"), None);
    }

    #[test]
    fn the_plain_form_writes_the_code() {
        let kmf: Currency = "KMF".parse().unwrap();
        assert_eq!(kmf.symbol(), "KMF");
        assert!(kmf.groups_with(','));
        assert!(!"KWD".parse::<Currency>().unwrap().groups_with('.'));
        assert!(Currency::BRL.groups_with('.'));
        assert_eq!(
            Currency::STYLED
                .iter()
                .filter(|c| c.home_style().is_none())
                .count(),
            0
        );
    }

    #[test]
    fn the_unit_word_is_the_names_last() {
        let naira: Currency = "NGN".parse().unwrap();
        assert_eq!(naira.unit_word(), "naira");
        assert_eq!("AOA".parse::<Currency>().unwrap().unit_word(), "kwanza");
        assert_eq!("XOF".parse::<Currency>().unwrap().unit_word(), "franc");
    }

    #[test]
    fn serialises_as_its_code() {
        let c: Currency = serde_json::from_str("\"NGN\"").unwrap();
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"NGN\"");
        assert!(serde_json::from_str::<Currency>("\"XAU\"").is_err());
    }
}
