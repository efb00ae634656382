//! Which author slot of a paste is the chat's own name.
//!
//! iOS writes the system messages it does not put in a person's name under the chat's name
//! ("My Shop: Messages and calls are end-to-end encrypted", "My Shop: Boris added Mei",
//! "My Shop: ~ Priya left"). Such a slot never says anything else. One message cannot tell
//! it from a person whose words read like an event ("Ana: I added the blue one"), so the
//! whole paste decides: a slot is the chat's name when it never talks (every message of it
//! is a notice or a group event) and something shows it is no person: it carried a notice,
//! or it reported two events or more, or an event acted by someone who talks in the paste.
//! Android writes these messages without an author, so only the bracketed (iOS) layouts are
//! looked at.

use std::collections::HashMap;

use foldhash::fast::RandomState;

use super::reading::Span;
use super::system;

/// What the paste shows of one author slot.
#[derive(Debug, Default)]
struct Slot<'p> {
    /// Wrote something that is not a group event.
    talks: bool,
    /// The actors of the group events it reported, while it has not talked.
    actors: Vec<&'p str>,
}

/// Makes every message of a chat-name slot a system message without author.
/// `notice_slots`: the slots that carried a notice (their notices are system already).
pub(super) fn mark_chat_name_authors(paste: &str, spans: &mut [Span], notice_slots: &[&str]) {
    // One look-up per message: a quick hasher, as most names are a dozen bytes.
    let mut slots: HashMap<&str, Slot, RandomState> = HashMap::default();
    for span in spans.iter() {
        let Some(author) = span.author(paste) else {
            continue;
        };
        let slot = slots.entry(author).or_default();
        // A person talks in their first message or soon after: their later messages are
        // never looked at again.
        if slot.talks {
            continue;
        }
        match system::group_event_actor(span.text(paste)) {
            Some(actor) => slot.actors.push(actor),
            None => {
                slot.talks = true;
                slot.actors = Vec::new();
            }
        }
    }
    let talks = |name: &str| slots.get(name).is_some_and(|s| s.talks);
    let chat_names: Vec<&str> = slots
        .iter()
        .filter(|&(&name, slot)| {
            !slot.talks
                && (notice_slots.contains(&name)
                    || slot.actors.len() >= 2
                    || slot.actors.iter().any(|&a| a != name && talks(a)))
        })
        .map(|(&name, _)| name)
        .collect();
    if chat_names.is_empty() {
        return;
    }
    for span in spans.iter_mut() {
        if span
            .author(paste)
            .is_some_and(|author| chat_names.contains(&author))
        {
            span.author = None;
            span.system = true;
            span.media = None;
        }
    }
}
