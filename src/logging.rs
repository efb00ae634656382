//! The log: `tracing` events to a file that rolls over daily in the platform's state folder
//! (`orderdesk paths` prints it), never to the terminal, so the desk's screen stays clean.
//! `ORDERDESK_LOG` sets the level (off, error, warn, info — the default — debug, trace).
//!
//! What is logged: each webhook request, each payment recorded, each call to a payment
//! provider, each refused write and each error. Never a secret: keys and signatures are not
//! passed to a log line (`StripeAuth` does not even print its key in debug output).

use std::path::Path;

use tracing::level_filters::LevelFilter;
use tracing_appender::rolling::{Builder, Rotation};

/// The environment variable that sets the level.
pub const LEVEL_VAR: &str = "ORDERDESK_LOG";
/// Days of logs kept.
const KEPT: usize = 14;

/// The level `ORDERDESK_LOG` asks for; info when unset. A value that is not a level is an
/// error the caller reports (and logs at info meanwhile).
pub fn level_from_env() -> Result<LevelFilter, String> {
    match std::env::var(LEVEL_VAR) {
        Ok(text) if !text.trim().is_empty() => parse_level(&text),
        _ => Ok(LevelFilter::INFO),
    }
}

fn parse_level(text: &str) -> Result<LevelFilter, String> {
    text.trim().to_ascii_lowercase().parse().map_err(|_| {
        format!(
            "{LEVEL_VAR}='{}' is not a level; use off, error, warn, info, debug or trace",
            text.trim()
        )
    })
}

/// Starts logging into `dir` (created if needed) at `level`, for the rest of the process.
/// Off, or a folder that cannot be written, means no log; nothing else changes.
pub fn init(dir: &Path, level: LevelFilter) -> Result<(), String> {
    if level == LevelFilter::OFF {
        return Ok(());
    }
    // The appender prunes old files as it starts and says so on stderr, in English, when
    // the folder is not there yet: make it first.
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot write the log in {}: {e}", dir.display()))?;
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("orderdesk")
        .filename_suffix("log")
        .max_log_files(KEPT)
        .build(dir)
        .map_err(|e| format!("cannot write the log in {}: {e}", dir.display()))?;
    // The appender writes each line as it comes (no buffer, no thread), so a killed
    // `webhook serve` loses nothing it logged.
    tracing_subscriber::fmt()
        .with_writer(appender)
        .with_ansi(false)
        .with_max_level(level)
        .try_init()
        .map_err(|e| format!("cannot start the log: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_read_forgivingly_and_refuse_nonsense() {
        assert_eq!(parse_level("debug"), Ok(LevelFilter::DEBUG));
        assert_eq!(parse_level(" WARN "), Ok(LevelFilter::WARN));
        assert_eq!(parse_level("off"), Ok(LevelFilter::OFF));
        let e = parse_level("loud").unwrap_err();
        assert!(
            e.contains("ORDERDESK_LOG='loud'") && e.contains("trace"),
            "{e}"
        );
    }
}
