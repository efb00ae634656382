//! WhatsApp text → messages → draft orders.
