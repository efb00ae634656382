//! Customers and the phone number that identifies them.
//!
//! People write the same number many ways ("+1 512-555-0123", "(512) 555 0123",
//! "0055 11 98765-4321"); the desk keeps one E.164 form so they are one person.
//! We normalise with a small table of calling codes instead of the `phonenumber` crate:
//! the desk needs "same person?", not carrier validation, and the table is a few lines.

use serde::Serialize;
use thiserror::Error;
use uuid::Uuid;

use crate::core::chat::fuzzy::distance_within;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Customer {
    pub id: Uuid,
    pub name: String,
    /// E.164 ("+5511987654321"); None for a walk-in known only by name.
    pub phone: Option<String>,
    pub address: Option<String>,
    /// Set when this record was merged into another; it then only lives on in history.
    pub merged_into: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PhoneError {
    #[error("'{0}' is not a phone number (expected digits, e.g. +1 512 555 0123)")]
    NotANumber(String),
    #[error("'{0}' is too short or too long for a phone number")]
    BadLength(String),
    #[error("unknown country '{0}' (use a two-letter code such as US, BR, MX, ES, DE, IN)")]
    UnknownCountry(String),
}

/// A country the desk can use as the default for numbers written without "+".
struct Country {
    iso: &'static str,
    calling_code: &'static str,
    /// Digits of a national number after the trunk prefix is removed.
    national_len: &'static [usize],
}

const COUNTRIES: &[Country] = &[
    Country {
        iso: "US",
        calling_code: "1",
        national_len: &[10],
    },
    Country {
        iso: "CA",
        calling_code: "1",
        national_len: &[10],
    },
    Country {
        iso: "BR",
        calling_code: "55",
        national_len: &[10, 11],
    },
    Country {
        iso: "MX",
        calling_code: "52",
        national_len: &[10],
    },
    Country {
        iso: "AR",
        calling_code: "54",
        national_len: &[10, 11],
    },
    Country {
        iso: "CO",
        calling_code: "57",
        national_len: &[10],
    },
    Country {
        iso: "CL",
        calling_code: "56",
        national_len: &[9],
    },
    Country {
        iso: "PE",
        calling_code: "51",
        national_len: &[9],
    },
    Country {
        iso: "ES",
        calling_code: "34",
        national_len: &[9],
    },
    Country {
        iso: "PT",
        calling_code: "351",
        national_len: &[9],
    },
    Country {
        iso: "DE",
        calling_code: "49",
        national_len: &[6, 7, 8, 9, 10, 11],
    },
    Country {
        iso: "AT",
        calling_code: "43",
        national_len: &[7, 8, 9, 10, 11, 12, 13],
    },
    Country {
        iso: "CH",
        calling_code: "41",
        national_len: &[9],
    },
    Country {
        iso: "IE",
        calling_code: "353",
        national_len: &[7, 8, 9],
    },
    Country {
        iso: "UY",
        calling_code: "598",
        national_len: &[8],
    },
    Country {
        iso: "FR",
        calling_code: "33",
        national_len: &[9],
    },
    Country {
        iso: "IT",
        calling_code: "39",
        national_len: &[6, 7, 8, 9, 10, 11],
    },
    Country {
        iso: "GB",
        calling_code: "44",
        national_len: &[10],
    },
    Country {
        iso: "IN",
        calling_code: "91",
        national_len: &[10],
    },
    Country {
        iso: "AM",
        calling_code: "374",
        national_len: &[8],
    },
    Country {
        iso: "JP",
        calling_code: "81",
        national_len: &[9, 10],
    },
    Country {
        iso: "FI",
        calling_code: "358",
        national_len: &[5, 6, 7, 8, 9, 10],
    },
];

/// True when the text is a known default-country code.
pub fn is_known_country(iso: &str) -> bool {
    COUNTRIES.iter().any(|c| c.iso.eq_ignore_ascii_case(iso))
}

/// Normalises a phone number to E.164. Numbers without "+" or "00" are read as national
/// numbers of `default_country` (ISO 3166 alpha-2), dropping a leading trunk "0".
pub fn normalize_phone(text: &str, default_country: &str) -> Result<String, PhoneError> {
    let trimmed = text.trim();
    let allowed = |c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                '+' | ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}' | '\u{202f}'
            )
            || is_dash(c)
            || is_bidi_control(c)
    };
    if trimmed.is_empty() || !trimmed.chars().all(allowed) {
        return Err(PhoneError::NotANumber(trimmed.to_string()));
    }
    let plus = trimmed.trim_start_matches(is_bidi_control).starts_with('+');
    if trimmed.matches('+').count() > 1 || (trimmed.contains('+') && !plus) {
        return Err(PhoneError::NotANumber(trimmed.to_string()));
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let international = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else {
        let country = COUNTRIES
            .iter()
            .find(|c| c.iso.eq_ignore_ascii_case(default_country))
            .ok_or_else(|| PhoneError::UnknownCountry(default_country.to_string()))?;
        national_to_international(&digits, country)
            .ok_or_else(|| PhoneError::BadLength(trimmed.to_string()))?
    };
    // E.164 allows at most 15 digits; fewer than 8 is never a reachable mobile.
    if !(8..=15).contains(&international.len()) || international.starts_with('0') {
        return Err(PhoneError::BadLength(trimmed.to_string()));
    }
    Ok(format!("+{international}"))
}

fn national_to_international(digits: &str, country: &Country) -> Option<String> {
    let national = if country.calling_code == "1" {
        // North America: "1 512 555 0123" carries the country code without a "+".
        match digits.len() {
            11 if digits.starts_with('1') => &digits[1..],
            _ => digits,
        }
    } else {
        digits.strip_prefix('0').unwrap_or(digits)
    };
    if country.national_len.contains(&national.len()) {
        return Some(format!("{}{national}", country.calling_code));
    }
    // Already international, just missing the "+" ("5511987654321").
    let rest = digits.strip_prefix(country.calling_code)?;
    country
        .national_len
        .contains(&rest.len())
        .then(|| digits.to_string())
}

/// Hyphens other than '-' that phones write inside numbers: iOS puts a non-breaking hyphen
/// (U+2011) in "555‑0133"; others paste en dashes or a minus sign.
fn is_dash(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// The names closest to `wanted` (ignoring case): at most three, each within a couple of
/// typos ("Mei Chn" → "Mei Chen"), closest first. The distance is the reader's own
/// (`chat::fuzzy`), so a typo counts the same in a chat and in a typed customer name.
pub fn close_names<'a>(wanted: &str, names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = wanted.to_lowercase();
    let allowed = (wanted.chars().count() / 4).clamp(1, 3);
    let mut close: Vec<(usize, &str)> = names
        .filter_map(|name| {
            distance_within(&wanted, &name.to_lowercase(), allowed).map(|d| (d, name))
        })
        .collect();
    close.sort();
    close.dedup_by(|a, b| a.1 == b.1);
    close.into_iter().take(3).map(|(_, n)| n).collect()
}

/// WhatsApp wraps numbers and names in invisible direction marks; they are never content.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// True when the text is meant as a phone number rather than a name ("+55 11 9…",
/// "(512) 555-0123", and also a mistyped "+44 12"): digits and phone punctuation only.
/// Callers then normalise it, so a bad number is reported instead of becoming a name.
pub fn looks_like_phone(text: &str) -> bool {
    let t = text.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    digits >= 3
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')' | '\u{a0}' | '\u{202f}')
                || is_dash(c)
                || is_bidi_control(c)
        })
}

/// A stored E.164 number as people write it in its country: `+5511987654321` →
/// `+55 11 98765-4321`, `+15125550123` → `+1 512-555-0123`, `+525512345678` →
/// `+52 55 1234 5678`; other countries get the calling code apart. Anything that is not
/// E.164 is returned as it is.
pub fn display_phone(e164: &str) -> String {
    let Some(digits) = e164.strip_prefix('+') else {
        return e164.to_string();
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return e164.to_string();
    }
    let (code, rest) = match COUNTRIES
        .iter()
        .map(|c| c.calling_code)
        .filter(|code| digits.starts_with(code))
        .max_by_key(|code| code.len())
    {
        Some(code) => (code, &digits[code.len()..]),
        None => return e164.to_string(),
    };
    let grouped = match (code, rest.len()) {
        ("1", 10) => format!("{}-{}-{}", &rest[..3], &rest[3..6], &rest[6..]),
        ("55", 11) => format!("{} {}-{}", &rest[..2], &rest[2..7], &rest[7..]),
        ("55", 10) => format!("{} {}-{}", &rest[..2], &rest[2..6], &rest[6..]),
        ("52", 10) => format!("{} {} {}", &rest[..2], &rest[2..6], &rest[6..]),
        ("44", 10) => format!("{} {}", &rest[..4], &rest[4..]),
        // A German mobile number as DIN 5008 writes it: the network's prefix, then the rest.
        ("49", 10 | 11) if rest.starts_with('1') => format!("{} {}", &rest[..3], &rest[3..]),
        _ => rest.to_string(),
    };
    format!("+{code} {grouped}")
}

/// What a person typed for a customer, split into a name and a phone number: "Ana Paula
/// Ribeiro +55 11 98765-4321", "+55 11 98765-4321 Ana", "11 98765-4321" or "Ana". The phone
/// is the run of digits (with `+ - . ( )` and spaces) holding at least 8 digits, at either
/// end; what is left, without separators, is the name.
pub fn split_name_and_phone(text: &str) -> (Option<String>, Option<String>) {
    let text = text.trim();
    let phone_char = |c: char| {
        c.is_ascii_digit()
            || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')' | '\u{a0}' | '\u{202f}')
            || is_bidi_control(c)
    };
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).count();
    let tidy = |s: &str| {
        let s = s.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '/' | '|')
        });
        Some(s.to_string()).filter(|s| !s.is_empty())
    };
    // The phone at the end ("Ana +55 11 …"), else at the start ("+55 11 … Ana").
    let tail_start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| phone_char(*c))
        .last()
        .map(|(i, _)| i);
    if let Some(start) = tail_start
        && digits(&text[start..]) >= 8
    {
        return (tidy(&text[..start]), tidy(&text[start..]));
    }
    let head_end = text
        .char_indices()
        .find(|(_, c)| !phone_char(*c))
        .map_or(text.len(), |(i, _)| i);
    if digits(&text[..head_end]) >= 8 {
        return (tidy(&text[head_end..]), tidy(&text[..head_end]));
    }
    (tidy(text), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_shown_as_people_write_them() {
        assert_eq!(display_phone("+5511987654321"), "+55 11 98765-4321");
        assert_eq!(display_phone("+551132654321"), "+55 11 3265-4321");
        assert_eq!(display_phone("+15125550123"), "+1 512-555-0123");
        assert_eq!(display_phone("+525512345678"), "+52 55 1234 5678");
        assert_eq!(display_phone("+4915123456789"), "+49 151 23456789");
        assert_eq!(display_phone("+493012345678"), "+49 3012345678");
        assert_eq!(display_phone("Mei"), "Mei");
    }

    #[test]
    fn austrian_swiss_and_irish_shops_read_their_national_numbers() {
        assert_eq!(
            normalize_phone("0664 1234567", "AT").unwrap(),
            "+436641234567"
        );
        assert_eq!(
            normalize_phone("+43 1 5123456", "DE").unwrap(),
            "+4315123456"
        );
        assert_eq!(
            normalize_phone("079 123 45 67", "CH").unwrap(),
            "+41791234567"
        );
        assert_eq!(
            normalize_phone("087 123 4567", "IE").unwrap(),
            "+353871234567"
        );
        assert!(is_known_country("at") && is_known_country("UY"));
    }

    #[test]
    fn a_typed_customer_splits_into_name_and_phone() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            split_name_and_phone("Ana Paula Ribeiro +55 11 98765-4321"),
            (some("Ana Paula Ribeiro"), some("+55 11 98765-4321"))
        );
        assert_eq!(
            split_name_and_phone("+55 11 98765-4321, Ana"),
            (some("Ana"), some("+55 11 98765-4321"))
        );
        assert_eq!(
            split_name_and_phone("11 98765-4321"),
            (None, some("11 98765-4321"))
        );
        assert_eq!(split_name_and_phone(" Mei Chen "), (some("Mei Chen"), None));
        assert_eq!(
            split_name_and_phone("Loja 2"),
            (some("Loja 2"), None),
            "a few digits are part of a name"
        );
        assert_eq!(split_name_and_phone(""), (None, None));
    }

    #[test]
    fn one_person_however_the_number_is_written() {
        let us = [
            "+1 512-555-0123",
            "(512) 555 0123",
            "512.555.0123",
            "1 512 555 0123",
            "001 512 555 0123",
            "\u{202a}+1 (512) 555-0123\u{202c}",
            "\u{202a}+1 (512) 555\u{2011}0123\u{202c}",
        ];
        for text in us {
            assert_eq!(
                normalize_phone(text, "US").as_deref(),
                Ok("+15125550123"),
                "{text}"
            );
        }
        let br = [
            "+55 11 98765-4321",
            "(11) 98765-4321",
            "011 98765 4321",
            "5511987654321",
        ];
        for text in br {
            assert_eq!(
                normalize_phone(text, "BR").as_deref(),
                Ok("+5511987654321"),
                "{text}"
            );
        }
        assert_eq!(
            normalize_phone("612 34 56 78", "es").as_deref(),
            Ok("+34612345678")
        );
        assert_eq!(
            normalize_phone("+374 91 234567", "US").as_deref(),
            Ok("+37491234567")
        );
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        assert!(matches!(
            normalize_phone("Mei", "US"),
            Err(PhoneError::NotANumber(_))
        ));
        assert!(matches!(
            normalize_phone("", "US"),
            Err(PhoneError::NotANumber(_))
        ));
        assert!(matches!(
            normalize_phone("555 01", "US"),
            Err(PhoneError::BadLength(_))
        ));
        assert!(matches!(
            normalize_phone("1+2345678", "US"),
            Err(PhoneError::NotANumber(_))
        ));
        assert!(matches!(
            normalize_phone("+1234567890123456", "US"),
            Err(PhoneError::BadLength(_))
        ));
        assert!(matches!(
            normalize_phone("5125550123", "ZZ"),
            Err(PhoneError::UnknownCountry(_))
        ));
    }

    #[test]
    fn tells_phones_from_names() {
        assert!(looks_like_phone("+55 11 98765-4321"));
        assert!(looks_like_phone("(512) 555-0123"));
        assert!(!looks_like_phone("Mei Chen"));
        assert!(!looks_like_phone("Room 101"));
        assert!(
            looks_like_phone("+44 12"),
            "a mistyped number is still meant as a number"
        );
        assert!(!looks_like_phone("12"));
    }

    #[test]
    fn typos_find_the_close_names() {
        let names = ["Mei Chen", "Ana Souza", "Mei Chan", "Bob"];
        assert_eq!(
            close_names("Mei Chn", names.into_iter()),
            ["Mei Chan", "Mei Chen"]
        );
        assert_eq!(close_names("mei chen", names.into_iter())[0], "Mei Chen");
        assert_eq!(close_names("Aan Souza", names.into_iter()), ["Ana Souza"]);
        assert!(close_names("Zed", names.into_iter()).is_empty());
    }
}
