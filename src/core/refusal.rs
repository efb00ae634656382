//! Why an operation was refused, by kind. Whoever asked reacts to the kind (a stale view is
//! reloaded, a busy book is tried again, a bug exits 2) and never reads the words; the
//! reason is there to be shown to a person, after the asker's own "could not …".

use std::fmt;

use super::i18n::Message;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefusalKind {
    /// It changed since it was read (another desk, a command): reload and look again.
    Stale,
    /// Another desk or command held the book's write lock too long: try again.
    Busy,
    /// Not possible as asked: a rule, a value that does not read, a state that forbids it.
    Invalid,
    /// What it names is not there.
    NotFound,
    /// Already recorded (a payment reference, a phone, a live link).
    Duplicate,
    /// Something outside did not answer or cannot be used now: the payment provider, the
    /// clipboard, the disk, a read-only or foreign database file.
    Unavailable,
    /// A bug or a damaged book: nothing the person can fix.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub kind: RefusalKind,
    /// Why, as the part that refused put it ("not enough stock of SCF-RED: …"), worded in
    /// the reader's language when shown.
    pub reason: Message,
}

impl Refusal {
    pub fn new(kind: RefusalKind, reason: Message) -> Refusal {
        Refusal { kind, reason }
    }

    /// True when the person can do something about it (exit code 1, not 2).
    pub fn is_user_error(&self) -> bool {
        self.kind != RefusalKind::Internal
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.reason.fmt(f)
    }
}
