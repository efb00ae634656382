//! Numbers and money as a locale writes them: "1,424.99" in English, "1.424,99" in Brazil
//! and Germany, "1424,99" in Portugal and Spain (CLDR groups only from five digits there),
//! and where the currency's symbol goes ("R$ 1.424,99", "1.424,99 €", "$1,424.99").

use super::locale::{Language, Locale};
use crate::core::money::Money;

/// How one locale writes a number.
struct NumberForm {
    group: char,
    decimal: char,
    /// Digits before grouping starts: 1 groups "1.424", 2 leaves "1424" and groups "14 240".
    min_grouping: usize,
}

/// Where a currency symbol stands.
enum SymbolAt {
    /// "$1,424.99", "R$1,424.99"
    Before,
    /// "R$ 1.424,99"
    BeforeSpaced,
    /// "1.424,99 €"
    AfterSpaced,
}

/// The space between groups of digits (pt-PT's "14 240"): a line never breaks a number.
/// Between a number and its symbol a plain space, as people type it ("R$ 49,90").
const NBSP: char = '\u{a0}';

impl Locale {
    fn number_form(&self) -> NumberForm {
        let f = |group, decimal, min_grouping| NumberForm {
            group,
            decimal,
            min_grouping,
        };
        match self.language {
            Language::En => f(',', '.', 1),
            Language::De => f('.', ',', 1),
            Language::Pt if self.is_region("PT") => f(NBSP, ',', 2),
            Language::Pt => f('.', ',', 1),
            Language::Es if self.is_region("MX") || self.is_region("US") => f(',', '.', 1),
            Language::Es if self.is_region("ES") => f('.', ',', 2),
            Language::Es => f('.', ',', 1),
        }
    }

    fn symbol_at(&self) -> SymbolAt {
        match self.language {
            Language::En => SymbolAt::Before,
            Language::De => SymbolAt::AfterSpaced,
            Language::Pt if self.is_region("PT") => SymbolAt::AfterSpaced,
            Language::Pt => SymbolAt::BeforeSpaced,
            Language::Es if self.is_region("MX") || self.is_region("US") => SymbolAt::Before,
            Language::Es if self.is_region("ES") => SymbolAt::AfterSpaced,
            Language::Es => SymbolAt::BeforeSpaced,
        }
    }

    /// A whole number: "1,424", "1.424", "1424" (pt-PT, es-ES), "14 240" (pt-PT).
    pub fn number(&self, n: i64) -> String {
        let sign = if n < 0 { "-" } else { "" };
        format!("{sign}{}", self.grouped(n.unsigned_abs()))
    }

    /// A decimal with `places` digits after the separator, from an integer scaled by
    /// 10^places: `decimal(1250, 1)` is "125.0" / "125,0".
    pub fn decimal(&self, scaled: i64, places: u32) -> String {
        let sign = if scaled < 0 { "-" } else { "" };
        let abs = scaled.unsigned_abs();
        if places == 0 {
            return format!("{sign}{}", self.grouped(abs));
        }
        let scale = 10_u64.pow(places);
        format!(
            "{sign}{}{}{:0width$}",
            self.grouped(abs / scale),
            self.number_form().decimal,
            abs % scale,
            width = places as usize
        )
    }

    /// A percentage from a share in tenths of a percent: `percent(875)` is "87.5%" / "87,5 %".
    pub fn percent(&self, tenths: i64) -> String {
        let gap = match self.language {
            Language::En | Language::Pt => "",
            Language::Es | Language::De => " ",
        };
        format!("{}{gap}%", self.decimal(tenths, 1))
    }

    /// Money in this locale's form with the currency's symbol: "R$ 1.424,99" (pt-BR),
    /// "1.424,99 €" (de), "$1,424.99" (en), "1424,99 €" (pt-PT).
    ///
    /// English is the language of shops everywhere (and the desk's default), so it keeps
    /// each currency's home form, as before languages: "R$ 1.424,99", "1.424,99 €", "$1,424.99".
    pub fn money(&self, m: Money) -> String {
        if self.language == Language::En {
            return m.to_string();
        }
        let places = m.currency.exponent();
        let number = self.decimal(m.minor.abs(), places);
        let sign = if m.minor < 0 { "-" } else { "" };
        let symbol = m.currency.symbol();
        match self.symbol_at() {
            SymbolAt::Before => format!("{sign}{symbol}{number}"),
            SymbolAt::BeforeSpaced => format!("{sign}{symbol} {number}"),
            SymbolAt::AfterSpaced => format!("{sign}{number} {symbol}"),
        }
    }

    /// What is left to pay, in words: "balance $20.00", "nothing due", or "the shop owes
    /// $5.00 back" (a balance is never said below zero).
    pub fn balance(&self, balance: Money) -> String {
        match balance.minor {
            0 => self.text("detail-nothing-due"),
            b if b > 0 => crate::t!(self, "detail-balance", amount = self.money(balance)),
            b => crate::t!(
                self,
                "detail-shop-owes",
                amount = self.money(Money::new(-b, balance.currency))
            ),
        }
    }

    /// An amount as a person would type it into a field here: the locale's decimal mark,
    /// no grouping and no symbol ("107,00" in Brazil, "107.00" in the US). Reads back with
    /// `Money::parse`.
    pub fn typed_amount(&self, m: Money) -> String {
        let text = crate::core::money::decimal_string(m.minor, m.currency);
        if self.number_form().decimal == ',' {
            text.replace('.', ",")
        } else {
            text
        }
    }

    fn grouped(&self, n: u64) -> String {
        let form = self.number_form();
        let digits = n.to_string();
        if digits.len() < 4 + (form.min_grouping - 1) {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() * 2);
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(form.group);
            }
            out.push(ch);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Currency;

    fn loc(tag: &str) -> Locale {
        tag.parse().unwrap()
    }

    /// Spaces shown plainly, so the tables read.
    fn plain(s: String) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn money_as_each_locale_writes_it() {
        let brl = Money::new(142_499, Currency::BRL);
        let eur = Money::new(142_499, Currency::EUR);
        let usd = Money::new(142_499, Currency::USD);
        let mxn = Money::new(142_499, Currency::MXN);
        let big = Money::new(1_424_099, Currency::EUR);
        let cases = [
            ("pt-BR", brl, "R$ 1.424,99"),
            ("pt", brl, "R$ 1.424,99"),
            ("de", eur, "1.424,99 €"),
            ("de-DE", brl, "1.424,99 R$"),
            ("en", usd, "$1,424.99"),
            ("en", brl, "R$ 1.424,99"),
            ("en", eur, "1.424,99 €"),
            ("pt-PT", eur, "1424,99 €"),
            ("pt-PT", big, "14 240,99 €"),
            ("es-ES", eur, "1424,99 €"),
            ("es-ES", big, "14.240,99 €"),
            ("es-MX", mxn, "$1,424.99"),
            ("es-AR", Money::new(142_499, Currency::ARS), "$ 1.424,99"),
            ("es", Money::new(142_499, Currency::COP), "$ 1.424,99"),
            ("en", Money::new(-500, Currency::USD), "-$5.00"),
            ("pt", Money::new(-500, Currency::BRL), "-R$ 5,00"),
            ("de", Money::new(-7, Currency::EUR), "-0,07 €"),
            ("en", Money::new(1_200_000, Currency::JPY), "¥1,200,000"),
            ("pt", Money::new(0, Currency::BRL), "R$ 0,00"),
        ];
        for (tag, m, want) in cases {
            assert_eq!(plain(loc(tag).money(m)), want, "{tag} {m:?}");
        }
    }

    #[test]
    fn large_numbers_never_break_apart() {
        let s = Locale::PT_PT.money(Money::new(1_424_099, Currency::EUR));
        assert_eq!(s, "14\u{a0}240,99 €");
    }

    #[test]
    fn whole_numbers_decimals_and_percentages() {
        let cases: [(&str, String, &str); 12] = [
            ("en", loc("en").number(1_234_567), "1,234,567"),
            ("pt", loc("pt").number(1_234), "1.234"),
            ("pt-PT", loc("pt-PT").number(1_234), "1234"),
            ("pt-PT", loc("pt-PT").number(12_345), "12 345"),
            ("de", loc("de").number(-987_654), "-987.654"),
            ("es", loc("es").number(999), "999"),
            ("en", loc("en").decimal(12_345, 1), "1,234.5"),
            ("de", loc("de").decimal(-5, 2), "-0,05"),
            ("en", loc("en").percent(875), "87.5%"),
            ("pt", loc("pt").percent(1000), "100,0%"),
            ("de", loc("de").percent(5), "0,5 %"),
            ("es", loc("es").percent(333), "33,3 %"),
        ];
        for (tag, got, want) in cases {
            assert_eq!(plain(got), want, "{tag}");
        }
    }

    proptest::proptest! {
        /// What a prompt offers to type reads back as the same amount, in every locale.
        #[test]
        fn typed_amounts_read_back(minor in 0_i64..1_000_000_000, i in 0usize..6, c in 0usize..10) {
            let tags = ["en", "pt-BR", "pt-PT", "es-ES", "es-MX", "de"];
            let m = Money::new(minor, Currency::STYLED[c]);
            let typed = loc(tags[i]).typed_amount(m);
            proptest::prop_assert_eq!(Money::parse(&typed, m.currency), Ok(m), "{}", typed);
        }

        /// Whatever the locale, the digits read back to the same amount.
        #[test]
        fn money_keeps_every_digit(minor in -10_000_000_000_i64..10_000_000_000, i in 0usize..6) {
            // (English writes each currency its home way: the same digits.)
            let tags = ["en", "pt-BR", "pt-PT", "es-ES", "es-MX", "de"];
            let l = loc(tags[i]);
            let shown = l.money(Money::new(minor, Currency::BRL));
            let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
            let want = format!("{:03}", minor.unsigned_abs());
            proptest::prop_assert_eq!(digits.trim_start_matches('0'), want.trim_start_matches('0'));
            proptest::prop_assert_eq!(shown.starts_with('-'), minor < 0);
        }
    }
}
