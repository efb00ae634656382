//! Which language and region a text is for: "pt-BR", "pt_PT.UTF-8", "de", "es-MX".

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The languages that have a catalog. Adding one is a catalog file, an arm here and its
/// number and date forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    En,
    Pt,
    Es,
    De,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Pt, Language::Es, Language::De];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Pt => "pt",
            Language::Es => "es",
            Language::De => "de",
        }
    }
}

/// A language and, where it changes words or number forms, a region (two capital letters).
/// Portuguese without a region is Brazil's; Spanish without one writes numbers like Spain
/// and most of Latin America (1.424,99), Mexico's like the US (1,424.99).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale {
    pub language: Language,
    region: Option<[u8; 2]>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown language '{0}' (expected en, pt, pt-BR, pt-PT, es, es-MX, de …)")]
pub struct UnknownLanguage(pub String);

impl Default for Locale {
    fn default() -> Self {
        Locale::EN
    }
}

impl Locale {
    pub const EN: Locale = Locale::new(Language::En);
    pub const PT_BR: Locale = Locale::with(Language::Pt, *b"BR");
    pub const PT_PT: Locale = Locale::with(Language::Pt, *b"PT");
    pub const ES: Locale = Locale::new(Language::Es);
    pub const ES_MX: Locale = Locale::with(Language::Es, *b"MX");
    pub const DE: Locale = Locale::new(Language::De);
    /// One locale per catalog (Portugal's words over Brazil's count as their own).
    pub const EVERY: [Locale; 5] = [
        Locale::EN,
        Locale::PT_BR,
        Locale::PT_PT,
        Locale::ES,
        Locale::DE,
    ];

    pub const fn new(language: Language) -> Locale {
        Locale {
            language,
            region: None,
        }
    }

    const fn with(language: Language, region: [u8; 2]) -> Locale {
        Locale {
            language,
            region: Some(region),
        }
    }

    /// The region, e.g. "BR", if one was given.
    pub fn region(&self) -> Option<&str> {
        self.region
            .as_ref()
            .and_then(|r| std::str::from_utf8(r).ok())
    }

    pub fn is_region(&self, region: &str) -> bool {
        self.region() == Some(region)
    }

    /// The shop's country fills in a region the language tag left out ("pt" in Portugal is
    /// pt-PT); a tag's own region wins.
    pub fn in_country(self, country: &str) -> Locale {
        match (self.region, region_code(country)) {
            (None, Some(r)) => Locale::with(self.language, r),
            _ => self,
        }
    }

    /// The locale the environment asks for: LC_ALL, then LC_MESSAGES, then LANG, as POSIX
    /// orders them. "C", "POSIX" and languages without a catalog give nothing.
    pub fn from_environment(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Option<Locale> {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.trim().is_empty())
            .and_then(|v| v.parse().ok())
    }

    /// The BCP 47 tag: "en", "pt-BR", "es-MX".
    pub fn tag(&self) -> String {
        match self.region() {
            Some(r) => format!("{}-{r}", self.language.code()),
            None => self.language.code().to_string(),
        }
    }
}

fn region_code(text: &str) -> Option<[u8; 2]> {
    let b = text.trim().as_bytes();
    (b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic))
        .then(|| [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()])
}

impl FromStr for Locale {
    type Err = UnknownLanguage;

    /// "pt", "pt-BR", "pt_BR", "pt_BR.UTF-8", "de_DE@euro", "ES-mx".
    fn from_str(text: &str) -> Result<Locale, UnknownLanguage> {
        let unknown = || UnknownLanguage(text.trim().to_string());
        let bare = text.trim().split(['.', '@']).next().unwrap_or_default();
        let mut parts = bare.split(['-', '_']);
        let language = match parts
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
            .as_str()
        {
            "en" => Language::En,
            "pt" => Language::Pt,
            "es" => Language::Es,
            "de" => Language::De,
            _ => return Err(unknown()),
        };
        let region = match parts.next() {
            None => None,
            Some(r) => Some(region_code(r).ok_or_else(unknown)?),
        };
        if parts.next().is_some() {
            return Err(unknown());
        }
        Ok(Locale { language, region })
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag())
    }
}

impl Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.tag())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Locale, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_people_and_systems_write() {
        let cases = [
            ("pt", "pt"),
            ("pt-BR", "pt-BR"),
            ("pt_PT.UTF-8", "pt-PT"),
            ("de_DE@euro", "de-DE"),
            ("ES-mx", "es-MX"),
            (" en ", "en"),
            ("en_US.utf8", "en-US"),
        ];
        for (text, tag) in cases {
            assert_eq!(text.parse::<Locale>().unwrap().tag(), tag, "{text}");
        }
        for bad in [
            "",
            "C",
            "POSIX",
            "fr",
            "fr_FR.UTF-8",
            "pt-Brazil",
            "pt-BR-x",
        ] {
            assert!(bad.parse::<Locale>().is_err(), "{bad}");
        }
    }

    #[test]
    fn the_environment_in_posix_order() {
        let l = Locale::from_environment(None, Some("de_DE.UTF-8"), Some("pt_BR.UTF-8"));
        assert_eq!(l, Some("de-DE".parse().unwrap()));
        let l = Locale::from_environment(Some("es_MX"), Some("de_DE"), None);
        assert_eq!(l.unwrap().tag(), "es-MX");
        assert_eq!(
            Locale::from_environment(Some(""), None, Some("pt_PT")),
            Some(Locale::PT_PT)
        );
        assert_eq!(Locale::from_environment(None, None, Some("C.UTF-8")), None);
        assert_eq!(
            Locale::from_environment(Some("fr_FR"), None, Some("pt_BR")),
            None,
            "LC_ALL wins, and has no catalog"
        );
        assert_eq!(Locale::from_environment(None, None, None), None);
    }

    #[test]
    fn the_shop_country_fills_a_missing_region() {
        assert_eq!(Locale::new(Language::Pt).in_country("PT"), Locale::PT_PT);
        assert_eq!(Locale::new(Language::Pt).in_country("br"), Locale::PT_BR);
        assert_eq!(
            Locale::PT_BR.in_country("PT"),
            Locale::PT_BR,
            "the tag's own region wins"
        );
        assert_eq!(Locale::new(Language::Es).in_country("").tag(), "es");
    }

    #[test]
    fn config_text_round_trips() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct S {
            l: Locale,
        }
        let s: S = toml::from_str("l = \"pt_PT\"").unwrap();
        assert_eq!(s.l, Locale::PT_PT);
        assert_eq!(toml::to_string(&s).unwrap().trim(), "l = \"pt-PT\"");
        assert!(toml::from_str::<S>("l = \"klingon\"").is_err());
    }
}
