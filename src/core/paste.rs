//! How much pasted chat the desk and `chat` take at once. Reading is linear, but a paste of
//! tens of megabytes (years of a group chat) would hold the desk for seconds and its memory
//! for a while; no order needs that much text. The limit is checked where text comes in
//! (the desk's paste, the command line's file or standard input), before anything is read.

use thiserror::Error;

/// 8 MiB: about 100,000 WhatsApp messages.
pub const MAX_PASTE_BYTES: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "the paste is {} and orderdesk reads at most {} at a time (about 100,000 messages): \
     export a shorter stretch of the chat, or split the file at line ends \
     (`split -C 8M export.txt part-`) and import the parts one after another (importing \
     the same messages twice creates nothing twice)",
    megabytes(*.bytes), megabytes(MAX_PASTE_BYTES)
)]
pub struct PasteTooLarge {
    /// How large the paste is (or at least is, when reading stopped at the limit).
    pub bytes: usize,
}

/// Refuses a paste over [`MAX_PASTE_BYTES`].
pub fn check_paste_size(bytes: usize) -> Result<(), PasteTooLarge> {
    if bytes > MAX_PASTE_BYTES {
        Err(PasteTooLarge { bytes })
    } else {
        Ok(())
    }
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
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
        assert!(said.contains("split"), "{said}");
    }
}
