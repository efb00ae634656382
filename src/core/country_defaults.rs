//! What a shop's country suggests when the desk is set up: the currency it sells in, the
//! language of the summaries it sends and how its chats write dates. Each is only the
//! answer offered at setup; the staff may give another, and the config says what is used.
//!
//! The rule: the currency ISO lists as the country's today, else none (setup then asks
//! without offering one); Portuguese, Spanish or German where that is the language people
//! chat in, else English; month first only where phones write dates that way (the United
//! States and the places that follow its forms, Canada and the Philippines), else day first.

use crate::core::chat::DateOrder;
use crate::core::i18n::Language;
use crate::core::money::Currency;

/// The answers setup offers for a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryDefaults {
    /// None where ISO lists no currency of the country's own (Antarctica).
    pub currency: Option<Currency>,
    pub language: Language,
    pub date_order: DateOrder,
}

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
    let currency = Currency::of_country(country);
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
            ("AU", Some(Currency::AUD), Language::En, Dmy),
            ("au", Some(Currency::AUD), Language::En, Dmy),
            ("US", Some(Currency::USD), Language::En, Mdy),
            ("CA", Some(Currency::CAD), Language::En, Mdy),
            ("BR", Some(Currency::BRL), Language::Pt, Dmy),
            ("PT", Some(Currency::EUR), Language::Pt, Dmy),
            ("MX", Some(Currency::MXN), Language::Es, Dmy),
            ("EC", Some(Currency::USD), Language::Es, Dmy),
            ("AT", Some(Currency::EUR), Language::De, Dmy),
            ("CH", Some(Currency::CHF), Language::De, Dmy),
            ("FR", Some(Currency::EUR), Language::En, Dmy),
            ("GB", Some(Currency::GBP), Language::En, Dmy),
            ("IN", Some(Currency::INR), Language::En, Dmy),
            ("NZ", Some(Currency::NZD), Language::En, Dmy),
            ("PH", "PHP".parse().ok(), Language::En, Mdy),
            ("NG", "NGN".parse().ok(), Language::En, Dmy),
            ("AO", "AOA".parse().ok(), Language::Pt, Dmy),
            ("ZA", "ZAR".parse().ok(), Language::En, Dmy),
            ("VE", "VED".parse().ok(), Language::Es, Dmy),
            // ISO lists no currency of Antarctica's own.
            ("AQ", None, Language::En, Dmy),
        ];
        for (country, currency, language, dates) in cases {
            assert_eq!(offered(country), (currency, language, dates), "{country}");
        }
    }

    /// A code in the tables that the phone metadata does not know could never be a shop's
    /// country (setup refuses it first): a typo there would go unnoticed.
    #[test]
    fn every_listed_country_is_one_the_desk_knows() {
        let languages = LANGUAGES.iter().flat_map(|(_, c)| c.iter());
        let listed = languages.chain(MONTH_FIRST.iter());
        for country in listed {
            assert!(is_known_country(country), "{country}");
        }
    }
}
