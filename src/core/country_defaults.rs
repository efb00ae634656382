//! What a shop's country suggests when the desk is set up: the currency it sells in, the
//! language of the summaries it sends and how its chats write dates. Each is only the
//! answer offered at setup; the staff may give another, and the config says what is used.
//!
//! The rule: a country's own currency when the desk knows it, else none (setup then asks
//! without offering one); Portuguese, Spanish or German where that is the language people
//! chat in, else English; month first only where phones write dates that way (the United
//! States and the places that follow its forms, Canada and the Philippines), else day first.

use crate::core::chat::DateOrder;
use crate::core::i18n::Language;
use crate::core::money::Currency;

/// The answers setup offers for a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryDefaults {
    /// None where the country's currency is not one the desk knows.
    pub currency: Option<Currency>,
    pub language: Language,
    pub date_order: DateOrder,
}

/// The countries (ISO 3166 alpha-2) that sell in each currency the desk knows, territories
/// that use it as their own included.
const CURRENCIES: &[(Currency, &[&str])] = &[
    (
        Currency::Usd,
        &[
            "US", "PR", "GU", "VI", "AS", "MP", "EC", "SV", "PA", "TL", "FM", "MH", "PW", "BQ",
            "TC", "VG",
        ],
    ),
    (
        Currency::Eur,
        &[
            "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT",
            "LU", "LV", "MT", "NL", "PT", "SI", "SK", "AD", "MC", "SM", "VA", "ME", "XK", "AX",
            "GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF",
        ],
    ),
    (Currency::Gbp, &["GB", "GG", "JE", "IM"]),
    (Currency::Brl, &["BR"]),
    (Currency::Mxn, &["MX"]),
    (Currency::Ars, &["AR"]),
    (Currency::Cop, &["CO"]),
    (Currency::Inr, &["IN"]),
    (Currency::Amd, &["AM"]),
    (Currency::Jpy, &["JP"]),
    (Currency::Chf, &["CH", "LI"]),
    (Currency::Clp, &["CL"]),
    (Currency::Pen, &["PE"]),
    (Currency::Uyu, &["UY"]),
    (Currency::Cad, &["CA"]),
    (Currency::Aud, &["AU", "CX", "CC", "NF", "KI", "NR", "TV"]),
    (Currency::Nzd, &["NZ", "CK", "NU", "TK"]),
];

/// Where people chat in Portuguese, Spanish or German (everywhere else: English, the
/// desk's other language).
const LANGUAGES: &[(Language, &[&str])] = &[
    (Language::Pt, &["BR", "PT", "AO", "MZ", "CV", "GW", "ST"]),
    (
        Language::Es,
        &[
            "ES", "MX", "AR", "CO", "CL", "PE", "UY", "PY", "BO", "EC", "VE", "CR", "PA", "GT",
            "HN", "NI", "SV", "DO", "CU", "PR", "GQ",
        ],
    ),
    (Language::De, &["DE", "AT", "CH", "LI"]),
];

/// Where phones write 03/04 as March 4.
const MONTH_FIRST: &[&str] = &["US", "CA", "PH", "GU", "VI", "AS", "MP", "FM", "MH", "PW"];

/// What setup offers a shop in `country` (ISO 3166 alpha-2, any case).
pub fn defaults_for(country: &str) -> CountryDefaults {
    let country = country.trim().to_ascii_uppercase();
    let country = country.as_str();
    let currency = CURRENCIES
        .iter()
        .find(|(_, countries)| countries.contains(&country))
        .map(|(currency, _)| *currency);
    let language = LANGUAGES
        .iter()
        .find(|(_, countries)| countries.contains(&country))
        .map_or(Language::En, |(language, _)| *language);
    let date_order = if MONTH_FIRST.contains(&country) {
        DateOrder::Mdy
    } else {
        DateOrder::Dmy
    };
    CountryDefaults {
        currency,
        language,
        date_order,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::customer::is_known_country;

    fn offered(country: &str) -> (Option<Currency>, Language, DateOrder) {
        let d = defaults_for(country);
        (d.currency, d.language, d.date_order)
    }

    #[test]
    fn each_country_gets_its_own_currency_language_and_dates() {
        use DateOrder::{Dmy, Mdy};
        let cases = [
            ("AU", Some(Currency::Aud), Language::En, Dmy),
            ("au", Some(Currency::Aud), Language::En, Dmy),
            ("US", Some(Currency::Usd), Language::En, Mdy),
            ("CA", Some(Currency::Cad), Language::En, Mdy),
            ("BR", Some(Currency::Brl), Language::Pt, Dmy),
            ("PT", Some(Currency::Eur), Language::Pt, Dmy),
            ("MX", Some(Currency::Mxn), Language::Es, Dmy),
            ("EC", Some(Currency::Usd), Language::Es, Dmy),
            ("AT", Some(Currency::Eur), Language::De, Dmy),
            ("CH", Some(Currency::Chf), Language::De, Dmy),
            ("FR", Some(Currency::Eur), Language::En, Dmy),
            ("GB", Some(Currency::Gbp), Language::En, Dmy),
            ("IN", Some(Currency::Inr), Language::En, Dmy),
            ("PH", None, Language::En, Mdy),
            // A country whose currency the desk does not know offers none.
            ("NZ", Some(Currency::Nzd), Language::En, Dmy),
            ("ZA", None, Language::En, Dmy),
            ("VE", None, Language::Es, Dmy),
        ];
        for (country, currency, language, dates) in cases {
            assert_eq!(offered(country), (currency, language, dates), "{country}");
        }
    }

    /// A code in the tables that the phone metadata does not know could never be a shop's
    /// country (setup refuses it first): a typo there would go unnoticed.
    #[test]
    fn every_listed_country_is_one_the_desk_knows() {
        let currencies = CURRENCIES.iter().flat_map(|(_, c)| c.iter());
        let languages = LANGUAGES.iter().flat_map(|(_, c)| c.iter());
        let listed = currencies.chain(languages).chain(MONTH_FIRST.iter());
        for country in listed {
            assert!(is_known_country(country), "{country}");
        }
    }

    /// Each currency the desk knows is offered somewhere, and no country is listed twice.
    #[test]
    fn every_currency_has_its_countries_once() {
        for currency in Currency::ALL {
            assert!(
                CURRENCIES.iter().any(|(c, _)| *c == currency),
                "{}",
                currency.code()
            );
        }
        let mut all: Vec<&str> = CURRENCIES
            .iter()
            .flat_map(|(_, c)| c.iter().copied())
            .collect();
        let count = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), count);
    }
}
