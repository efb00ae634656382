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
//! [`read_chat`] streams them, [`parse_chat`] copies them out). Drafts: `catalog_index` (vocabulary, plurals, typos) → `clause` (`roles`,
//! `mentions`, `cues`, `back_ref` for "I'll take 2" after a question) → `order_state`
//! (changes in order) → `sku_choice`, plus `fulfilment` and `payment_claim`.

mod back_ref;
mod catalog_index;
mod clause;
mod cues;
mod cutter;
mod datetime;
mod drafts;
mod fold;
mod fulfilment;
mod fuzzy;
mod header;
mod lines;
mod media;
mod mentions;
mod messages;
mod order_state;
mod payment_claim;
mod prefix_gate;
mod reading;
#[cfg(test)]
mod reference;
mod roles;
mod sku_choice;
mod system;
mod vocab;
mod warnings;

pub use catalog_index::CatalogIndex;
pub use datetime::DateOrder;
pub use drafts::{
    ClaimedPayment, DeliveryAddress, Draft, DraftCustomer, DraftItem, DraftOptions, Unmatched,
    build_drafts, build_drafts_with_index,
};
pub use media::{MediaKind, detect_media};
pub use messages::{Message, ParseOptions, ParsedChat, parse_chat};
pub use reading::{ChatReading, MessageRef, read_chat, read_owned_chat};
