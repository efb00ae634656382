//! The words people read, in their language: one Fluent catalog per language under
//! `assets/i18n/` (built into the binary), and the locale's forms of numbers, money, dates
//! and times. Pure: the catalogs are compiled in, nothing is read at run time.
//!
//! A message is looked up by its key with typed arguments (`t!(loc, "key", count = 3)`);
//! plurals and grammatical choices live in the catalogs (Fluent selectors), never in code.
//! A key missing from a catalog falls back to English (a test keeps the catalogs alike).

mod catalog;
mod dates;
mod errors;
mod journal;
mod locale;
mod message;
mod numbers;
mod warnings;

pub use catalog::{Arg, CATALOG_FILES, catalog_source, id, keys_of};
pub use errors::money_arg;
pub use journal::journal_action;
pub use locale::{Language, Locale, UnknownLanguage};
pub use message::Message;

/// A message in the given locale: `t!(loc, "order-total", total = loc.money(m), count = 2)`.
#[macro_export]
macro_rules! t {
    ($loc:expr, $key:literal) => {
        $loc.text($key)
    };
    ($loc:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $loc.message(
            $key,
            &[$((stringify!($name), $crate::core::i18n::Arg::from($value))),+],
        )
    };
}
