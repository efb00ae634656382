//! orderdesk: an order desk for shops that sell through WhatsApp.
//!
//! See `ARCHITECTURE.md` for the module map and the dependency rules between layers.

pub mod app;
pub mod backup;
pub mod cli;
pub mod clipboard;
pub mod config;
pub mod core;
pub mod export;
pub mod files;
pub mod logging;
pub mod ops;
pub mod paths;
pub mod payments;
pub mod store;
pub mod tui;
pub mod ui;
pub mod webhook;
