//! orderdesk: an order desk for shops that sell through WhatsApp.
//!
//! See `ARCHITECTURE.md` for the module map and the dependency rules between layers.

pub mod core;
pub mod store;
