//! WhatsApp text → messages → draft orders.
//!
//! Pure code: no I/O, no clock. [`parse_chat`] turns any paste (an exported chat, or messages
//! copied from the phone, WhatsApp Web or Desktop) into [`Message`]s; the draft builder turns
//! messages plus the catalog into draft orders for a person to confirm.

mod catalog_index;
mod clause;
mod cues;
mod datetime;
mod drafts;
mod fold;
mod fulfilment;
mod fuzzy;
mod header;
mod lines;
mod media;
mod messages;
mod order_state;
mod payment_claim;
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
