//! The config file (TOML). Every field has a default, so an empty or missing file works;
//! everything is checked on load so a mistake is reported once, with the file's name.

use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::customer::is_known_country;
use crate::core::money::Currency;
use crate::core::summary::{Language, default_summary_template, parse_summary_template};
use crate::core::template::{Template, TemplateError};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub shop: Shop,
    pub desk: Desk,
    pub templates: Templates,
    pub payment_link: PaymentLink,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Shop {
    /// Shown at the top of every summary.
    pub name: String,
    /// ISO code of the shop's currency.
    pub currency: Currency,
    /// Two-letter country for phone numbers written without "+".
    pub country: String,
    /// en, pt or es: the built-in summary text.
    pub language: Language,
    /// Chat authors who are the shop (staff), so their messages are not read as a customer's.
    pub names: Vec<String>,
    /// How to read ambiguous chat dates like 03/04/2024: "dmy" or "mdy".
    pub date_order: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Desk {
    /// Name recorded in the journal; empty means the login name.
    pub user: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Templates {
    /// The order summary; empty means the built-in one for `shop.language`.
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PaymentLink {
    /// A URL built from the order, e.g. "https://pay.example.com/{order_no}?amount={amount}".
    /// Placeholders: {order_no} {amount} {amount_minor} {currency} {phone} {reference} {expires_unix}.
    pub url_template: String,
    pub expiry_hours: i64,
}

impl Default for Shop {
    fn default() -> Self {
        Shop {
            name: "My Shop".into(),
            currency: Currency::Usd,
            country: "US".into(),
            language: Language::En,
            names: Vec::new(),
            date_order: "dmy".into(),
        }
    }
}

impl Default for PaymentLink {
    fn default() -> Self {
        PaymentLink {
            url_template: String::new(),
            expiry_hours: 48,
        }
    }
}

pub const LINK_FIELDS: &[&str] = &[
    "order_no", "amount", "amount_minor", "currency", "phone", "reference", "expires_unix",
];

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read the config file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the config file {path} is not valid: {message}")]
    Invalid { path: String, message: String },
}

impl Config {
    /// Reads the file at `path`; a missing file means all defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => return Err(ConfigError::Read { path: shown, source }),
        };
        Config::parse(&text).map_err(|message| ConfigError::Invalid {
            path: shown,
            message,
        })
    }

    pub fn parse(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| e.to_string().trim().to_string())?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), String> {
        if !is_known_country(&self.shop.country) {
            return Err(format!(
                "shop.country '{}' is not a known two-letter country code",
                self.shop.country
            ));
        }
        if !matches!(self.shop.date_order.as_str(), "dmy" | "mdy") {
            return Err(format!(
                "shop.date_order must be \"dmy\" or \"mdy\", not \"{}\"",
                self.shop.date_order
            ));
        }
        self.summary_template()
            .map_err(|e| format!("templates.summary: {e}"))?;
        self.link_template()
            .map_err(|e| format!("payment_link.url_template: {e}"))?;
        if self.payment_link.expiry_hours < 1 {
            return Err("payment_link.expiry_hours must be at least 1".into());
        }
        Ok(())
    }

    pub fn summary_template(&self) -> Result<Template, TemplateError> {
        if self.templates.summary.trim().is_empty() {
            parse_summary_template(default_summary_template(self.shop.language))
        } else {
            parse_summary_template(&self.templates.summary)
        }
    }

    /// None when no payment-link URL is configured.
    pub fn link_template(&self) -> Result<Option<Template>, TemplateError> {
        let text = self.payment_link.url_template.trim();
        if text.is_empty() {
            return Ok(None);
        }
        Template::parse(text, LINK_FIELDS).map(Some)
    }

    /// The commented default file, for `orderdesk config --print-default`.
    pub fn default_toml() -> String {
        let body = toml::to_string_pretty(&Config::default()).unwrap_or_default();
        format!(
            "# orderdesk configuration. Every field is optional; these are the defaults.\n\
             # shop.currency: USD EUR GBP BRL MXN ARS COP INR AMD JPY\n\
             # shop.language: en, pt or es (built-in summary text)\n\
             # shop.names: chat authors who are the shop, e.g. [\"Loja Azul\", \"Ana\"]\n\
             # templates.summary placeholders: {{order_no}} {{revision}} {{customer}} {{items}} \
             {{subtotal}} {{delivery}} {{discount}} {{total}} {{paid}} {{balance}} {{link}} \
             {{expires}} {{shop}} {{address}} {{notes}}\n\
             # payment_link.url_template placeholders: {{order_no}} {{amount}} {{amount_minor}} \
             {{currency}} {{phone}} {{reference}} {{expires_unix}}\n\n{body}"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_means_defaults() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
    }

    #[test]
    fn default_file_round_trips() {
        assert_eq!(Config::parse(&Config::default_toml()).unwrap(), Config::default());
    }

    #[test]
    fn reads_a_real_shop() {
        let c = Config::parse(
            "[shop]\nname = \"Loja Azul\"\ncurrency = \"BRL\"\ncountry = \"BR\"\nlanguage = \"pt\"\n\
             names = [\"Loja Azul\"]\n[payment_link]\nurl_template = \"https://pay.example/{order_no}?v={amount}\"\n",
        )
        .unwrap();
        assert_eq!(c.shop.currency, Currency::Brl);
        assert_eq!(c.shop.language, Language::Pt);
        assert!(c.link_template().unwrap().is_some());
    }

    #[test]
    fn mistakes_are_named() {
        let e = Config::parse("[shop]\ncurrency = \"XYZ\"\n").unwrap_err();
        assert!(e.contains("XYZ"), "{e}");
        let e = Config::parse("[shop]\ncountry = \"ZZ\"\n").unwrap_err();
        assert!(e.contains("shop.country"), "{e}");
        let e = Config::parse("[templates]\nsummary = \"{totl}\"\n").unwrap_err();
        assert!(e.contains("templates.summary") && e.contains("{totl}"), "{e}");
        let e = Config::parse("[shopp]\n").unwrap_err();
        assert!(e.contains("shopp"), "{e}");
    }
}
