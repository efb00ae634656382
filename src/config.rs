//! The config file (TOML). Every field has a default, so an empty or missing file works;
//! everything is checked on load so a mistake is reported once, with the file's name.

mod problem;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::chat::DateOrder;
use crate::core::customer::is_known_country;
use crate::core::i18n::{Locale, Message};
use crate::core::link::Provider;
use crate::core::money::Currency;
use crate::core::reminder::{check_schedule, default_reminder_template, parse_reminder_template};
use crate::core::summary::{default_summary_template, parse_summary_template};
use crate::core::template::{Template, TemplateError};
use crate::msg;
use crate::payments::fixed::check_url;
use problem::{not_one_of, problem};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub shop: Shop,
    pub desk: DeskSettings,
    pub templates: Templates,
    pub payment_link: PaymentLink,
    pub reminders: Reminders,
    pub webhook: Webhook,
    pub hooks: Hooks,
    pub backup: Backup,
    pub reports: Reports,
    pub db: Db,
}

/// Where the book lives when neither `--db` nor `ORDERDESK_DB` says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Db {
    /// A SQLite file's path, or a PostgreSQL URL (`postgres://user@host/book`); empty: the
    /// default file (`orderdesk paths`). Better without a password: PGPASSWORD or
    /// ~/.pgpass-style secrets stay out of this file.
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Reports {
    /// Where the desk's `E` writes the day's CSV reports; empty: "orderdesk reports" in your
    /// Documents folder (or home folder).
    pub folder: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Shop {
    /// Shown at the top of every summary.
    pub name: String,
    /// ISO code of the shop's currency.
    #[serde(deserialize_with = "currency_code")]
    pub currency: Currency,
    /// Two-letter country for phone numbers written without "+".
    pub country: String,
    /// The shop's language: en, pt (pt-BR, pt-PT), es (es-MX, …) or de. The summary and the
    /// reminders the customers read follow it, and so does the desk unless `desk.language`
    /// says otherwise; empty: English for the customers, and the staff's own `LANG`.
    #[serde(with = "locale_or_empty")]
    pub language: Option<Locale>,
    /// Chat authors who are the shop (staff), so their messages are not read as a customer's.
    pub names: Vec<String>,
    /// How to read ambiguous chat dates like 03/04/2024: "dmy" or "mdy".
    #[serde(with = "date_order_name")]
    pub date_order: DateOrder,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct DeskSettings {
    /// Name recorded in the journal; empty means the login name.
    pub user: String,
    /// The staff's language when it is not the shop's (the desk and the command line).
    #[serde(with = "locale_or_empty")]
    pub language: Option<Locale>,
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
    /// "fixed", "template" or "stripe"; empty or left out: "template" when `url_template` is
    /// set, else "fixed" when `fixed_url` is set, else no payment links.
    #[serde(
        deserialize_with = "provider_or_empty",
        skip_serializing_if = "Option::is_none"
    )]
    pub provider: Option<Provider>,
    /// A URL built from the order, e.g. "https://pay.example.com/{order_no}?amount={amount}".
    /// Placeholders: {order_no} {amount} {amount_minor} {currency} {phone} {reference} {expires_unix}.
    pub url_template: String,
    /// One reusable URL (a deposit link) for the "fixed" provider.
    pub fixed_url: String,
    pub expiry_hours: i64,
    /// Where Stripe's checkout sends the customer after paying, and after giving up.
    pub success_url: String,
    pub cancel_url: String,
    /// What happens to reserved stock when a link expires unpaid: "keep", or "release"
    /// (the order is cancelled `release_after_hours` after the expiry, if nothing was paid).
    pub on_expiry: OnExpiry,
    pub release_after_hours: i64,
    /// Per-product providers: `"GIFT-CARD" = { provider = "fixed", url = "https://…" }`.
    /// Used when every line of an order names the same entry.
    pub products: BTreeMap<String, ProductLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductLink {
    pub provider: Provider,
    /// The fixed URL, or the URL template.
    #[serde(default)]
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Reminders {
    /// Hours after a link is made when a reminder comes due; after the last one the order
    /// is tagged payment_abandoned.
    pub hours: Vec<i64>,
    /// The reminder text; empty means the built-in one for `shop.language`.
    pub template: String,
    /// Also cancel the order (releasing its stock) when the last reminder is sent.
    pub cancel_after_last: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Webhook {
    /// Where the desk itself listens for Stripe's webhooks, e.g. "127.0.0.1:8787";
    /// empty: only `orderdesk webhook serve` listens.
    pub listen: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Hooks {
    /// A program (and its arguments, split on spaces; no shell) run when a payment is
    /// verified, with ORDERDESK_ORDER_NO, ORDERDESK_AMOUNT and ORDERDESK_CURRENCY set.
    pub on_payment: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Backup {
    /// How many daily backups to keep in the backups folder (`orderdesk paths`); 0 turns
    /// the automatic backup off.
    pub keep: usize,
}

impl Default for Backup {
    fn default() -> Self {
        Backup { keep: 14 }
    }
}

/// The name of a shop that never said its own (an install that skipped the questions).
pub const DEFAULT_SHOP_NAME: &str = "My Shop";

impl Default for Shop {
    fn default() -> Self {
        Shop {
            name: DEFAULT_SHOP_NAME.into(),
            currency: Currency::USD,
            country: "US".into(),
            language: None,
            names: Vec::new(),
            date_order: DateOrder::Dmy,
        }
    }
}

impl Default for PaymentLink {
    fn default() -> Self {
        PaymentLink {
            provider: None,
            url_template: String::new(),
            fixed_url: String::new(),
            expiry_hours: 48,
            success_url: String::new(),
            cancel_url: String::new(),
            on_expiry: OnExpiry::Keep,
            release_after_hours: 24,
            products: BTreeMap::new(),
        }
    }
}

impl Default for Reminders {
    fn default() -> Self {
        Reminders {
            hours: vec![2, 24, 48],
            template: String::new(),
            cancel_after_last: false,
        }
    }
}

pub use crate::payments::template::LINK_FIELDS;

/// What becomes of an order's reserved stock when its payment link runs out unpaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnExpiry {
    /// The stock stays reserved; a person decides.
    Keep,
    /// The order is cancelled `release_after_hours` after the expiry and its stock released.
    Release,
}

impl<'de> Deserialize<'de> for OnExpiry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<OnExpiry, D::Error> {
        match String::deserialize(d)?.trim() {
            "keep" => Ok(OnExpiry::Keep),
            "release" => Ok(OnExpiry::Release),
            other => Err(not_one_of(other, &["keep", "release"])),
        }
    }
}

/// A language tag, or "" for "not set" (so the default file shows the field).
mod locale_or_empty {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::core::i18n::Locale;

    /// What a language setting takes (others with a region work too: es-AR, de-AT).
    const LANGUAGES: [&str; 7] = ["en", "pt", "pt-BR", "pt-PT", "es", "es-MX", "de"];

    pub fn serialize<S: Serializer>(locale: &Option<Locale>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&locale.map(|l| l.tag()).unwrap_or_default())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Locale>, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim().is_empty() {
            return Ok(None);
        }
        text.parse()
            .map(Some)
            .map_err(|_| super::problem::not_one_of(&text, &LANGUAGES))
    }
}

/// `shop.date_order` as the file spells it ("dmy", "mdy").
mod date_order_name {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::core::chat::DateOrder;

    pub fn serialize<S: Serializer>(order: &DateOrder, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(match order {
            DateOrder::Dmy => "dmy",
            DateOrder::Mdy => "mdy",
        })
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateOrder, D::Error> {
        match String::deserialize(d)?.trim() {
            "dmy" => Ok(DateOrder::Dmy),
            "mdy" => Ok(DateOrder::Mdy),
            other => Err(super::problem::not_one_of(other, &["dmy", "mdy"])),
        }
    }
}

/// `payment_link.provider`: a provider's name, or "" (as older default files wrote it) for
/// "the one the URLs imply".
fn provider_or_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Provider>, D::Error> {
    let text = String::deserialize(d)?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    text.parse::<Provider>().map(Some).map_err(|_| {
        let known: Vec<&str> = Provider::ALL.iter().map(|p| p.as_str()).collect();
        not_one_of(&text, &known)
    })
}

/// `shop.currency`: a currency people spend, by its ISO 4217 code.
fn currency_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
    let text = String::deserialize(d)?;
    text.parse::<Currency>().map_err(|_| {
        // Every ISO code is taken: the choices shown are examples, the last says so.
        let mut examples: Vec<&str> = Currency::examples().collect();
        examples.push("… (ISO 4217)");
        not_one_of(&text, &examples)
    })
}

/// How one order's link is made, as the config says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkSource {
    Fixed(String),
    Template(Template),
    Stripe,
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read the config file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the config file {path} is not valid: {problem}")]
    Invalid { path: String, problem: Message },
}

impl Config {
    /// Reads the file at `path`; a missing file means all defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: shown,
                    source,
                });
            }
        };
        Config::parse(&text).map_err(|problem| ConfigError::Invalid {
            path: shown,
            problem,
        })
    }

    /// Who is at the desk, for the journal: `desk.user`, else the login name (from the
    /// environment, or the system's account database where the environment has none).
    pub fn user_name(&self) -> String {
        let set = self.desk.user.trim();
        if !set.is_empty() {
            return set.to_string();
        }
        ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .map(|v| v.trim().to_string())
            .find(|v| !v.is_empty())
            .or_else(account_name)
            .unwrap_or_else(|| "desk".into())
    }

    /// The config in `text`, or what is wrong with it (where, and what to write instead).
    pub fn parse(text: &str) -> Result<Config, Message> {
        let config: Config = toml::from_str(text).map_err(|e| problem(&e, text))?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), Message> {
        let setting = |name: &str, why: Message| msg!("config-setting", setting = name, why = why);
        if !is_known_country(&self.shop.country) {
            return Err(msg!(
                "config-unknown-country",
                country = self.shop.country.as_str()
            ));
        }
        self.summary_template()
            .map_err(|e| setting("templates.summary", e.message()))?;
        self.link_template()
            .map_err(|e| setting("payment_link.url_template", e.message()))?;
        if self.payment_link.expiry_hours < 1 {
            return Err(msg!(
                "config-at-least",
                setting = "payment_link.expiry_hours",
                min = 1
            ));
        }
        self.validate_payments()
    }

    fn validate_payments(&self) -> Result<(), Message> {
        let pl = &self.payment_link;
        for (name, url) in [
            ("payment_link.fixed_url", &pl.fixed_url),
            ("payment_link.success_url", &pl.success_url),
            ("payment_link.cancel_url", &pl.cancel_url),
        ] {
            if !url.trim().is_empty() && check_url(url.trim()).is_err() {
                return Err(msg!("config-bad-url", setting = name, url = url.trim()));
            }
        }
        match self.link_provider() {
            Some(p @ Provider::Fixed) if pl.fixed_url.trim().is_empty() => {
                return Err(msg!(
                    "config-provider-needs",
                    provider = p.as_str(),
                    setting = "payment_link.fixed_url"
                ));
            }
            Some(p @ Provider::Template) if pl.url_template.trim().is_empty() => {
                return Err(msg!(
                    "config-provider-needs",
                    provider = p.as_str(),
                    setting = "payment_link.url_template"
                ));
            }
            _ => {}
        }
        if !(0..=24 * 365).contains(&pl.release_after_hours) {
            return Err(msg!(
                "config-between",
                setting = "payment_link.release_after_hours",
                min = 0,
                max = 24 * 365
            ));
        }
        for sku in pl.products.keys() {
            self.product_link(sku).map_err(|why| {
                msg!(
                    "config-setting",
                    setting = format!("payment_link.products.\"{sku}\""),
                    why = why
                )
            })?;
        }
        if check_schedule(&self.reminders.hours).is_err() {
            return Err(msg!("config-reminder-hours"));
        }
        self.reminder_template().map_err(|e| {
            msg!(
                "config-setting",
                setting = "reminders.template",
                why = e.message()
            )
        })?;
        let listen = self.webhook.listen.trim();
        if !listen.is_empty() && listen.parse::<std::net::SocketAddr>().is_err() {
            return Err(msg!("config-listen", listen = listen));
        }
        Ok(())
    }

    /// The shop's link provider: `payment_link.provider`, or the one its URLs imply.
    pub fn link_provider(&self) -> Option<Provider> {
        let pl = &self.payment_link;
        pl.provider.or_else(|| {
            if !pl.url_template.trim().is_empty() {
                Some(Provider::Template)
            } else if !pl.fixed_url.trim().is_empty() {
                Some(Provider::Fixed)
            } else {
                None
            }
        })
    }

    /// How the shop's default provider makes a link, if one is configured.
    pub fn link_source(&self, provider: Provider) -> Result<LinkSource, Message> {
        let pl = &self.payment_link;
        match provider {
            Provider::Fixed if pl.fixed_url.trim().is_empty() => Err(msg!(
                "config-no-link",
                provider = provider.as_str(),
                setting = "payment_link.fixed_url"
            )),
            Provider::Fixed => Ok(LinkSource::Fixed(pl.fixed_url.trim().to_string())),
            Provider::Template => match self.link_template().map_err(|e| e.message())? {
                Some(t) => Ok(LinkSource::Template(t)),
                None => Err(msg!(
                    "config-no-link",
                    provider = provider.as_str(),
                    setting = "payment_link.url_template"
                )),
            },
            Provider::Stripe => Ok(LinkSource::Stripe),
        }
    }

    /// The link a product names in `payment_link.products`, if any.
    pub fn product_link(&self, sku: &str) -> Result<Option<(Provider, LinkSource)>, Message> {
        let Some(p) = self.payment_link.products.get(sku) else {
            return Ok(None);
        };
        let provider = p.provider;
        let url = p.url.trim();
        let source = match provider {
            Provider::Stripe => LinkSource::Stripe,
            _ if url.is_empty() => {
                return Err(msg!(
                    "config-product-needs-url",
                    provider = provider.as_str()
                ));
            }
            Provider::Fixed => {
                if check_url(url).is_err() {
                    return Err(msg!("config-bad-url", setting = "url", url = url));
                }
                LinkSource::Fixed(url.to_string())
            }
            Provider::Template => {
                LinkSource::Template(Template::parse(url, LINK_FIELDS).map_err(|e| e.message())?)
            }
        };
        Ok(Some((provider, source)))
    }

    pub fn reminder_template(&self) -> Result<Template, TemplateError> {
        if self.reminders.template.trim().is_empty() {
            parse_reminder_template(&default_reminder_template(self.shop_locale()))
        } else {
            parse_reminder_template(&self.reminders.template)
        }
    }

    /// The shop's name in `loc`'s words: a shop never named (the default "My Shop") is
    /// "Minha Loja" to a Brazilian reader; a name the shop gave is its name in every language.
    pub fn shop_name(&self, loc: Locale) -> String {
        if self.shop.name == DEFAULT_SHOP_NAME {
            loc.text("shop-default-name")
        } else {
            self.shop.name.clone()
        }
    }

    /// The language and forms the customers read (summaries, reminders): `shop.language`,
    /// English when it is empty; the shop's country fills in a missing region.
    pub fn shop_locale(&self) -> Locale {
        self.shop
            .language
            .unwrap_or_default()
            .in_country(&self.shop.country)
    }

    /// The language the staff read: `desk.language`, else `shop.language`, else what the
    /// environment asks for (`LANG`, `LC_MESSAGES`, `LC_ALL`: the caller reads them), else
    /// English.
    pub fn staff_locale(&self, environment: Option<Locale>) -> Locale {
        self.desk
            .language
            .or(self.shop.language)
            .or(environment)
            .unwrap_or_default()
            .in_country(&self.shop.country)
    }

    /// Hours after expiry when an unpaid order's stock is released; None to keep it.
    pub fn release_after(&self) -> Option<i64> {
        (self.payment_link.on_expiry == OnExpiry::Release)
            .then_some(self.payment_link.release_after_hours)
    }

    pub fn summary_template(&self) -> Result<Template, TemplateError> {
        if self.templates.summary.trim().is_empty() {
            parse_summary_template(&default_summary_template(self.shop_locale()))
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

    /// The config as it may be shown: a password in `db.url` replaced.
    pub fn shown(&self) -> Config {
        let mut shown = self.clone();
        shown.db.url = crate::core::db_url::redact(&shown.db.url);
        shown
    }

    /// The commented default file, for `orderdesk config --print-default`: the settings
    /// as TOML (the same in every language) under comments in `loc`'s words.
    pub fn default_toml(loc: Locale) -> String {
        let body = toml::to_string_pretty(&Config::default()).unwrap_or_default();
        let fields = |all: &[&str]| {
            all.iter()
                .map(|f| format!("{{{f}}}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let head = crate::t!(
            loc,
            "config-default-file",
            currencies = Currency::example_codes(" "),
            summary_fields = fields(crate::core::summary::SUMMARY_FIELDS),
            link_fields = fields(LINK_FIELDS),
            reminder_fields = fields(crate::core::reminder::REMINDER_FIELDS)
        );
        format!("{head}\n\n{body}")
    }
}

/// The name of the account the process runs as, from the system's account database.
#[cfg(unix)]
fn account_name() -> Option<String> {
    // SAFETY: getpwuid returns a pointer into static storage (or null); the name is copied
    // out at once, on this thread, before anything else could call it again.
    unsafe {
        let entry = libc::getpwuid(libc::geteuid());
        if entry.is_null() || (*entry).pw_name.is_null() {
            return None;
        }
        let name = std::ffi::CStr::from_ptr((*entry).pw_name)
            .to_string_lossy()
            .into_owned();
        Some(name).filter(|n| !n.is_empty())
    }
}

#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}

impl ConfigError {
    /// The error in the reader's language: where the file is wrong and what to write (the
    /// TOML reader's own detail, when nothing else fits, stays as it says it).
    pub fn message(&self) -> Message {
        match self {
            ConfigError::Read { path, source } => crate::msg!(
                "error-config-read",
                path = path.as_str(),
                why = Message::plain(source.to_string())
            ),
            ConfigError::Invalid { path, problem } => crate::msg!(
                "error-config-invalid",
                path = path.as_str(),
                why = problem.clone()
            ),
        }
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
        for loc in [
            Locale::EN,
            Locale::PT_BR,
            Locale::PT_PT,
            Locale::ES,
            Locale::DE,
        ] {
            let text = Config::default_toml(loc);
            assert_eq!(Config::parse(&text).unwrap(), Config::default(), "{text}");
            // Every line above the settings is a comment, with every placeholder listed.
            let head = text.split("\n\n").next().unwrap();
            assert!(head.lines().all(|l| l.starts_with("# ")), "{head}");
            assert!(
                head.contains("{deadline}") && head.contains("{expires_unix}"),
                "{head}"
            );
        }
        assert!(Config::default_toml(Locale::DE).contains("Jedes Feld"));
    }

    #[test]
    fn reads_a_real_shop() {
        let c = Config::parse(
            "[shop]\nname = \"Loja Azul\"\ncurrency = \"BRL\"\ncountry = \"BR\"\nlanguage = \"pt\"\n\
             names = [\"Loja Azul\"]\n[payment_link]\nurl_template = \"https://pay.example/{order_no}?v={amount}\"\n",
        )
        .unwrap();
        assert_eq!(c.shop.currency, Currency::BRL);
        assert_eq!(c.shop.language, Some("pt".parse().unwrap()));
        assert_eq!(c.shop_locale(), Locale::PT_BR);
        assert!(c.link_template().unwrap().is_some());
    }

    #[test]
    fn reads_payment_settings() {
        let c = Config::parse(
            "[payment_link]\nprovider = \"stripe\"\nsuccess_url = \"https://shop.example/ok\"\n\
             on_expiry = \"release\"\nrelease_after_hours = 6\n\
             [payment_link.products]\n\"GIFT\" = { provider = \"fixed\", url = \"https://pay.example/gift\" }\n\
             [reminders]\nhours = [1, 12]\ncancel_after_last = true\n[webhook]\nlisten = \"127.0.0.1:8787\"\n\
             [hooks]\non_payment = \"notify-send paid\"\n",
        )
        .unwrap();
        assert_eq!(c.link_provider(), Some(Provider::Stripe));
        assert_eq!(c.release_after(), Some(6));
        assert_eq!(c.reminders.hours, [1, 12]);
        assert!(
            matches!(c.product_link("GIFT"), Ok(Some((Provider::Fixed, LinkSource::Fixed(u)))) if u == "https://pay.example/gift")
        );
        assert_eq!(c.product_link("OTHER"), Ok(None));
        // The provider follows the URLs when it is not named.
        let t = Config::parse("[payment_link]\nurl_template = \"https://p.example/{order_no}\"\n")
            .unwrap();
        assert_eq!(t.link_provider(), Some(Provider::Template));
        assert_eq!(Config::default().link_provider(), None);
        assert_eq!(Config::default().release_after(), None);
    }

    /// Any country with a telephone numbering plan is a shop's country (its numbers are read
    /// without "+"), in either case; a code no country has is refused.
    #[test]
    fn australia_and_every_other_country_are_shop_countries() {
        let shop = Config::parse("[shop]\ncurrency = \"AUD\"\ncountry = \"AU\"\n").unwrap();
        assert_eq!(
            (shop.shop.country.as_str(), shop.shop.currency),
            ("AU", Currency::AUD)
        );
        for country in ["NZ", "nz", "ZA", "SG", "PH", "KE", "FR", "GB"] {
            let toml = format!("[shop]\ncountry = \"{country}\"\n");
            assert!(Config::parse(&toml).is_ok(), "{country}");
        }
        for country in ["ZZ", "UK", "AUS", ""] {
            let toml = format!("[shop]\ncountry = \"{country}\"\n");
            assert!(Config::parse(&toml).is_err(), "{country}");
        }
    }

    #[test]
    fn mistakes_are_named() {
        let said = |toml: &str| Config::parse(toml).unwrap_err().to_string();
        let e = said("[shop]\ncurrency = \"XYZ\"\n");
        assert!(e.contains("XYZ") && e.contains("BRL"), "{e}");
        let e = said("[shop]\ncountry = \"ZZ\"\n");
        assert!(e.contains("shop.country"), "{e}");
        let e = said("[templates]\nsummary = \"{totl}\"\n");
        assert!(
            e.contains("templates.summary") && e.contains("{totl}"),
            "{e}"
        );
        let e = said("[shopp]\n");
        assert!(e.contains("`shopp`") && e.contains("payment_link"), "{e}");
        let e = said("[shop]\nlanguage = \"fr\"\n");
        assert!(e.contains("\"fr\"") && e.contains("pt-PT"), "{e}");
    }

    /// What is wrong, where, and what to write: in the staff's language, with the setting's
    /// name and the file's values as they are written.
    #[test]
    fn mistakes_are_said_in_the_readers_language() {
        let pt = |toml: &str| Config::parse(toml).unwrap_err().in_locale(Locale::PT_BR);
        assert_eq!(
            pt("[payment_link]\nexpiry_hours = \"abc\"\n"),
            "linha 2, coluna 16: `payment_link.expiry_hours` deve ser um número inteiro, como 48, não \"abc\""
        );
        assert_eq!(
            pt("[shop]\ndate_order = \"ymd\"\n"),
            "linha 2, coluna 14: `shop.date_order` não pode ser \"ymd\": escreva um destes: dmy, mdy"
        );
        let de = Config::parse("[shop]\nnme = \"x\"\n")
            .unwrap_err()
            .in_locale(Locale::DE);
        assert!(
            de.starts_with("Zeile 2, Spalte 1: `shop.nme` ist keine Einstellung")
                && de.contains("name"),
            "{de}"
        );
        let es = Config::parse("[shop\n").unwrap_err().in_locale(Locale::ES);
        assert!(
            es.starts_with("línea 1, columna 6: esto no es TOML"),
            "{es}"
        );
        let es = Config::parse("[reminders]\nhours = [24, 2]\n")
            .unwrap_err()
            .in_locale(Locale::ES);
        assert!(
            es.contains("[2, 24, 48]") && es.contains("entre 1 y 8760"),
            "{es}"
        );
    }

    #[test]
    fn the_staff_language_comes_from_the_desk_the_shop_then_the_environment() {
        let de = Some(Locale::DE);
        assert_eq!(Config::default().staff_locale(None).tag(), "en-US");
        assert_eq!(Config::default().staff_locale(de).tag(), "de-US");
        assert_eq!(Config::default().shop_locale(), Locale::EN.in_country("US"));
        let shop = Config::parse("[shop]\nlanguage = \"pt\"\ncountry = \"PT\"\n").unwrap();
        assert_eq!(
            shop.staff_locale(de),
            Locale::PT_PT,
            "the config wins over LANG"
        );
        assert_eq!(shop.shop_locale(), Locale::PT_PT);
        let desk = Config::parse("[shop]\nlanguage = \"pt\"\n[desk]\nlanguage = \"es\"\n").unwrap();
        assert_eq!(
            desk.staff_locale(de).language,
            crate::core::i18n::Language::Es
        );
        assert_eq!(
            desk.shop_locale().language,
            crate::core::i18n::Language::Pt,
            "customers keep the shop's"
        );
    }
}
