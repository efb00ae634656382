//! WhatsApp text → messages → draft orders.
//!
//! Pure code: no I/O, no clock. [`parse_chat`] turns any paste (an exported chat, or messages
//! copied from the phone, WhatsApp Web or Desktop) into [`Message`]s; [`build_drafts`] turns
//! messages plus the catalog into one [`Draft`] per customer, every guess with a confidence and
//! the message it came from, for a person to confirm.
//!
//! Parsing: `lines` (BOM, CRLF, bidi marks) → `header` (layouts, the paste's dominant one) →
//! `datetime` (day/month order per paste) → `system` / `media` (WhatsApp's own messages and
//! placeholders), put together by `reading` (two passes, messages as spans of the paste;
//! [`read_chat`] streams them, [`parse_chat`] copies them out). Drafts: the `draft` module
//! (the reader; its own docs say how it reads). `fold` and `fuzzy` are the text helpers both
//! halves share.

mod chat_name;
mod cutter;
mod datetime;
mod draft;
mod fold;
pub(crate) mod fuzzy;
mod header;
mod lines;
mod media;
mod messages;
mod prefix_gate;
mod reading;
#[cfg(test)]
mod reference;
mod stamps;
mod system;
mod warnings;

pub use datetime::DateOrder;
pub use draft::{
    CatalogIndex, ClaimedPayment, DeliveryAddress, Draft, DraftCustomer, DraftDeadline, DraftItem,
    DraftOptions, DraftWarning, KnownCustomer, LearnedAlias, Unmatched, alias_words, build_drafts,
    build_drafts_with_index, phrase_count, product_words, variant_synonyms,
};
pub use fold::phrase_key;
pub use media::{MediaKind, detect_media};
pub use messages::{Message, ParseOptions, ParsedChat, parse_chat};
pub use reading::{ChatReading, MessageRef, read_chat, read_owned_chat};
