//! How much pasted chat the desk and `chat` take at once. The limit is checked where text
//! comes in (the desk's paste, the command line's file or standard input), before anything
//! is read.
//!
//! Two limits, by what the text is for. Drafting (the desk's paste, `chat draft`, `chat
//! import`) reads every message for products, amounts and addresses; tens of megabytes
//! (years of a group chat) would hold the desk for seconds, and no order needs that much
//! text. `chat parse` only cuts the text into messages and streams them out (a 50 MB export
//! in about 0.4 s and 1.6 times its size in memory), so it takes a whole busy year's export.

use thiserror::Error;

/// 8 MiB: about 100,000 WhatsApp messages.
pub const MAX_PASTE_BYTES: usize = 8 * 1024 * 1024;

/// 128 MiB: about 1,500,000 messages (a 50 MB export is a busy shop's year or more).
pub const MAX_PARSE_BYTES: usize = 128 * 1024 * 1024;

/// What a paste is read for, and so how much of it is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasteLimit {
    /// Read into drafts: the desk's paste, `chat draft`, `chat import`.
    Draft,
    /// Only cut into messages: `chat parse`.
    Parse,
}

impl PasteLimit {
    pub const fn bytes(self) -> usize {
        match self {
            PasteLimit::Draft => MAX_PASTE_BYTES,
            PasteLimit::Parse => MAX_PARSE_BYTES,
        }
    }

    /// About how many messages fit, for the person told about the limit.
    pub const fn messages(self) -> usize {
        match self {
            PasteLimit::Draft => 100_000,
            PasteLimit::Parse => 1_500_000,
        }
    }

    /// The limit in whole mebibytes, as `split -C` is told it.
    pub const fn mebibytes(self) -> usize {
        self.bytes() / (1024 * 1024)
    }

    /// Refuses a paste of `bytes` over this limit.
    pub fn check(self, bytes: usize) -> Result<(), PasteTooLarge> {
        if bytes > self.bytes() {
            Err(PasteTooLarge { bytes, limit: self })
        } else {
            Ok(())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "the paste is {} and orderdesk reads at most {} at a time (about {} messages): \
     export a shorter stretch of the chat, or split the file at line ends \
     (`split -C {}M export.txt part-`) and import the parts one after another (importing \
     the same messages twice creates nothing twice)",
    megabytes(*.bytes), megabytes(.limit.bytes()), thousands(.limit.messages()),
    .limit.mebibytes()
)]
pub struct PasteTooLarge {
    /// How large the paste is (or at least is, when reading stopped at the limit).
    pub bytes: usize,
    /// The limit it is over.
    pub limit: PasteLimit,
}

/// Refuses a paste to draft from over [`MAX_PASTE_BYTES`].
pub fn check_paste_size(bytes: usize) -> Result<(), PasteTooLarge> {
    PasteLimit::Draft.check(bytes)
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}

/// A count with English thousands separators (1,500,000).
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_is_said_with_what_to_do() {
        assert!(check_paste_size(MAX_PASTE_BYTES).is_ok());
        let e = check_paste_size(50 * 1024 * 1024).unwrap_err();
        let said = e.to_string();
        assert!(
            said.contains("50.0 MB") && said.contains("8.0 MB"),
            "{said}"
        );
        assert!(said.contains("split -C 8M"), "{said}");
        assert!(said.contains("about 100,000 messages"), "{said}");
    }

    #[test]
    fn parsing_takes_a_years_export_and_says_its_own_limit() {
        assert!(PasteLimit::Parse.check(50 * 1024 * 1024).is_ok());
        assert!(PasteLimit::Parse.check(MAX_PARSE_BYTES).is_ok());
        let said = PasteLimit::Parse
            .check(MAX_PARSE_BYTES + 1)
            .unwrap_err()
            .to_string();
        assert!(
            said.contains("at most 128.0 MB") && said.contains("split -C 128M"),
            "{said}"
        );
        assert!(said.contains("about 1,500,000 messages"), "{said}");
    }
}
