//! The catalogs (Fluent's FTL files, compiled in) and looking a message up in one.
//!
//! Each language is one file under `assets/i18n/`; Portugal's Portuguese is Brazil's file
//! with `pt-PT.ftl`'s few messages laid over it ("telemóvel" for "celular"). A message
//! missing from a catalog comes from the English one, and a key missing from English shows
//! as the key itself: the desk never stops over a word (tests keep every catalog whole).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::locale::{Language, Locale};

/// The catalog files, by name, with their text: what the tests read.
pub const CATALOG_FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../../assets/i18n/en.ftl")),
    ("pt", include_str!("../../../assets/i18n/pt.ftl")),
    ("pt-PT", include_str!("../../../assets/i18n/pt-PT.ftl")),
    ("es", include_str!("../../../assets/i18n/es.ftl")),
    ("de", include_str!("../../../assets/i18n/de.ftl")),
];

/// The text of one catalog file by its name ("pt-PT"), if there is one.
pub fn catalog_source(name: &str) -> Option<&'static str> {
    CATALOG_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// The message keys a catalog's text defines (terms, which start with "-", are left out),
/// or the parser's complaints.
pub fn keys_of(source: &str) -> Result<Vec<String>, Vec<String>> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => return Err(errors.iter().map(|e| format!("{e:?}")).collect()),
    };
    Ok(resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect())
}

/// One argument of a message: text (already in the locale's form) or a count, which the
/// catalog may choose a plural by and which is shown grouped the locale's way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(i64),
    /// Money, put in the reader's form when the message is read.
    Money(crate::core::money::Money),
    /// Another message, worded in the same language (the reason after "cannot …: ").
    Message(Box<super::message::Message>),
    /// A decimal number given as an integer scaled by 10^places (8.5 is `(85, 1)`).
    Decimal(i64, u32),
}

impl From<crate::core::money::Money> for Arg {
    fn from(m: crate::core::money::Money) -> Arg {
        Arg::Money(m)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}

/// An identifier shown as its plain digits ("#1042", never "#1,042"): order numbers.
pub fn id(n: i64) -> Arg {
    Arg::Text(n.to_string())
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(i64, i32, i16, u8, u16, u32, u64, usize);

type Bundle = FluentBundle<FluentResource>;

/// The bundles in the order of `Catalog`, each read the first time a message asks for it (a
/// run in English never parses the other catalogs).
static BUNDLES: [OnceLock<Bundle>; 6] = [const { OnceLock::new() }; 6];

/// Which compiled bundle a locale reads. Mexico's Spanish has the same words as the rest
/// but writes counts like the US ("1,234 pedidos"), so it has a bundle of its own.
#[derive(Clone, Copy)]
enum Catalog {
    En = 0,
    PtBr = 1,
    PtPt = 2,
    Es = 3,
    De = 4,
    EsMx = 5,
}

impl Catalog {
    fn of(locale: &Locale) -> Catalog {
        match locale.language {
            Language::En => Catalog::En,
            Language::Pt if locale.is_region("PT") => Catalog::PtPt,
            Language::Pt => Catalog::PtBr,
            Language::Es if locale.is_region("MX") || locale.is_region("US") => Catalog::EsMx,
            Language::Es => Catalog::Es,
            Language::De => Catalog::De,
        }
    }
}

fn resource(name: &str) -> FluentResource {
    let text = catalog_source(name).unwrap_or_default().to_string();
    // A broken entry is skipped and the rest kept; the catalog tests refuse any.
    FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial)
}

fn bundle(tag: &str, files: &[&str]) -> Bundle {
    let id = tag.parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![id]);
    // Terminals and chats get the words as they are: no invisible isolation marks.
    b.set_use_isolating(false);
    for file in files {
        b.add_resource_overriding(resource(file));
    }
    b
}

/// The locale each bundle shows counts in, by its place in `Catalog`.
const COUNT_LOCALES: [Locale; 6] = [
    Locale::EN,
    Locale::PT_BR,
    Locale::PT_PT,
    Locale::ES,
    Locale::DE,
    Locale::ES_MX,
];

/// Fluent's formatter for a bundle: a count in a message is grouped the locale's way
/// ("1.234 pedidos"). `C` is the bundle's place, since a formatter is a plain function.
fn counts<const C: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
            Some(COUNT_LOCALES[C].number(n.value as i64))
        }
        _ => None,
    }
}

/// The bundle of one catalog, read on first use.
fn bundle_of(catalog: Catalog) -> &'static Bundle {
    BUNDLES[catalog as usize].get_or_init(|| {
        let mut b = match catalog {
            Catalog::En => bundle("en", &["en"]),
            Catalog::PtBr => bundle("pt-BR", &["pt"]),
            Catalog::PtPt => bundle("pt-PT", &["pt", "pt-PT"]),
            Catalog::Es => bundle("es", &["es"]),
            Catalog::De => bundle("de", &["de"]),
            Catalog::EsMx => bundle("es-MX", &["es"]),
        };
        b.set_formatter(Some(match catalog {
            Catalog::En => counts::<0, _>,
            Catalog::PtBr => counts::<1, _>,
            Catalog::PtPt => counts::<2, _>,
            Catalog::Es => counts::<3, _>,
            Catalog::De => counts::<4, _>,
            Catalog::EsMx => counts::<5, _>,
        }));
        b
    })
}

/// The message in one bundle, if it has it.
fn lookup(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

impl Locale {
    /// The message `key` with no arguments.
    pub fn text(&self, key: &str) -> String {
        self.message(key, &[])
    }

    /// The message `key` with its arguments; English if this catalog lacks it, the key
    /// itself if English does too.
    pub fn message(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
                Arg::Count(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Money(m) => fluent.set(*name, FluentValue::from(self.money(*m))),
                Arg::Message(m) => fluent.set(*name, FluentValue::from(m.in_locale(*self))),
                Arg::Decimal(n, places) => {
                    fluent.set(*name, FluentValue::from(self.decimal(*n, *places)))
                }
            }
        }
        let args = (!args.is_empty()).then_some(&fluent);
        lookup(bundle_of(Catalog::of(self)), key, args)
            .or_else(|| lookup(bundle_of(Catalog::En), key, args))
            .unwrap_or_else(|| key.to_string())
    }

    /// True when this locale's own catalog (not the English fallback) has `key`.
    pub fn has(&self, key: &str) -> bool {
        bundle_of(Catalog::of(self)).has_message(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_parses() {
        for (name, text) in CATALOG_FILES {
            if let Err(errors) = keys_of(text) {
                panic!("assets/i18n/{name}.ftl does not parse: {errors:#?}");
            }
        }
    }

    /// Keys made in code rather than written out (the stored names' words, the queue's
    /// labels) exist in English, and so, by the catalog test, everywhere.
    #[test]
    fn every_key_made_in_code_exists() {
        use crate::core::{link, order, payment, queue, reconcile, stock};
        let mut keys: Vec<&str> = Vec::new();
        keys.extend(order::Lifecycle::ALL.iter().map(|v| v.key()));
        keys.extend(order::Fulfilment::ALL.iter().map(|v| v.key()));
        keys.extend(payment::PaymentKind::ALL.iter().map(|v| v.key()));
        keys.extend(payment::Method::ALL.iter().map(|v| v.key()));
        keys.extend(payment::PaymentState::ALL.iter().map(|v| v.key()));
        keys.extend(payment::PaymentStatus::ALL.iter().map(|v| v.key()));
        keys.extend(link::Provider::ALL.iter().map(|v| v.key()));
        keys.extend(link::LinkState::ALL.iter().map(|v| v.key()));
        keys.extend(reconcile::Outcome::ALL.iter().map(|v| v.key()));
        keys.extend(stock::MoveKind::ALL.iter().map(|v| v.key()));
        keys.extend(queue::Label::ALL.iter().map(|v| v.key()));
        let missing: Vec<_> = keys.iter().filter(|k| !Locale::EN.has(k)).collect();
        assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
    }

    #[test]
    fn plurals_and_counts_follow_the_language() {
        let orders = |l: Locale, n: i64| crate::t!(l, "count-orders", count = n);
        assert_eq!(orders(Locale::EN, 1), "1 order");
        assert_eq!(orders(Locale::EN, 1234), "1,234 orders");
        assert_eq!(
            orders(Locale::PT_BR, 0),
            "nenhum pedido",
            "an exact match first"
        );
        assert_eq!(orders(Locale::PT_BR, 1), "1 pedido");
        assert_eq!(
            orders(Locale::PT_PT, 0),
            "0 encomendas",
            "Portugal: only 1 is"
        );
        assert_eq!(orders(Locale::DE, 1234), "1.234 Bestellungen");
        assert_eq!(orders(Locale::ES, 1), "1 pedido");
        assert_eq!(orders(Locale::ES, 1234), "1.234 pedidos");
        assert_eq!(
            orders(Locale::ES_MX, 1234),
            "1,234 pedidos",
            "Mexico groups like the US"
        );
    }

    /// Brazil's `one` is 0 and 1 alike (CLDR: i = 0..1), so a selector in pt.ftl with a
    /// `[one] 1 …` branch would say "1 pedido" of none: each needs its own `[0]`.
    #[test]
    fn brazil_never_says_one_of_none() {
        let text = catalog_source("pt").unwrap();
        let mut block = String::new();
        let mut lacking = Vec::new();
        // A selector inside another's variant is reached only past the outer one's `[0]`.
        let mut nested = false;
        for line in text.lines() {
            if line.trim_end().ends_with("->") {
                block.clear();
                nested = line.trim_start().starts_with(['[', '*']);
            }
            block.push_str(line);
            block.push('\n');
            if !nested
                && line.trim_start().starts_with("*[")
                && block.contains("[one]")
                && !block.contains("[0]")
            {
                lacking.push(block.lines().next().unwrap_or_default().to_string());
            }
        }
        assert!(
            lacking.is_empty(),
            "pt.ftl selectors without [0]: {lacking:#?}"
        );
        let day = |n: i64| {
            crate::t!(
                Locale::PT_BR,
                "report-orders-line",
                taken = n,
                amount = "R$ 0,00",
                confirmed = n,
                delivered = 1,
                cancelled = 2
            )
        };
        assert_eq!(
            day(0),
            "0 recebidos (R$ 0,00) · 0 confirmados · 1 entregue · 2 cancelados"
        );
        assert_eq!(
            crate::t!(
                Locale::PT_BR,
                "cli-report-written",
                orders = 0,
                payments = 1,
                day = "yes",
                from = "30/11/2026"
            ),
            "0 pedidos e 1 pagamento em 30/11/2026"
        );
        let imported = |loc: Locale| {
            crate::t!(
                loc,
                "cli-catalog-imported",
                file = "f.csv",
                new = 1,
                updated = 0,
                unchanged = 2,
                counts = 1
            )
        };
        assert_eq!(
            imported(Locale::PT_BR),
            "f.csv importado: 1 novo, 0 atualizados, 2 sem mudança, 1 estoque definido"
        );
        assert_eq!(
            imported(Locale::ES),
            "f.csv importado: 1 nuevo, 0 actualizados, 2 sin cambios, 1 existencia fijada"
        );
    }

    /// Portugal reads Brazil's catalog with its own words laid over it.
    #[test]
    fn portugal_says_it_its_own_way() {
        use crate::core::payment::Method;
        let pairs = [
            ("column-phone", "celular", "telemóvel"),
            ("prompt-address", "Endereço de entrega", "Morada de entrega"),
            (Method::Pix.key(), "Pix", "MB Way"),
            ("pane-orders", "Pedidos", "Encomendas"),
        ];
        for (key, brazil, portugal) in pairs {
            assert_eq!(Locale::PT_BR.text(key), brazil);
            assert_eq!(Locale::PT_PT.text(key), portugal);
        }
        // What Portugal does not override is Brazil's.
        assert_eq!(
            Locale::PT_PT.text("pane-customers"),
            Locale::PT_BR.text("pane-customers")
        );
    }

    #[test]
    fn a_missing_key_falls_back_and_never_panics() {
        assert_eq!(Locale::DE.text("no-such-key"), "no-such-key");
        assert_eq!(
            Locale::PT_BR.message("no-such-key", &[("n", Arg::Count(2))]),
            "no-such-key"
        );
    }
}
