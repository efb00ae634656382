//! WhatsApp text → messages → draft orders.
//!
//! Pure code: no I/O, no clock. [`parse_chat`] turns any paste (an exported chat, or messages
//! copied from the phone, WhatsApp Web or Desktop) into [`Message`]s; the draft builder turns
//! messages plus the catalog into draft orders for a person to confirm.

mod datetime;
mod header;
mod lines;
mod media;
mod messages;
mod system;
mod warnings;

pub use datetime::DateOrder;
pub use media::{MediaKind, detect_media};
pub use messages::{Message, ParseOptions, ParsedChat, parse_chat};
