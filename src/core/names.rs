//! Enums that are stored and typed as snake_case words ("out_for_delivery"), with one macro
//! so that the database, JSON, TOML and the CLI all spell them the same way.
//!
//! Why not `strum`: its derives give the names, but the lenient parsing ("Out for delivery")
//! and the error that lists the valid names would still need a trait and a `FromStr` per
//! enum, and `.as_str()` a trait import at every use; this one macro stays shorter.

use thiserror::Error;

/// A name that is not one of an enum's values; the message lists the ones that are.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("'{given}' is not a valid {kind} (expected one of: {expected})")]
pub struct UnknownName {
    pub kind: &'static str,
    pub given: String,
    pub expected: String,
}

macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable snake_case name used in the database, JSON and the CLI.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The catalog key of its words for people: "name-Fulfilment-out_for_delivery".
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => concat!("name-", stringify!($name), "-", $text)),+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        // JSON and TOML spell it as the database does: one list of names, not two.
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                let text = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                text.parse().map_err(::serde::de::Error::custom)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::core::names::UnknownName;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
                $name::ALL.iter().copied().find(|v| v.as_str() == wanted).ok_or_else(|| $crate::core::names::UnknownName {
                    kind: stringify!($name),
                    given: s.to_string(),
                    expected: $name::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", "),
                })
            }
        }
    };
}
pub(crate) use text_enum;
