//! Copying text for the person at the desk: the system clipboard (one arboard handle kept for
//! the session), OSC 52 through the terminal over SSH, and an in-memory fake for tests.
//!
//! Why the care: arboard fails at once without a display, can hang forever on a stale SSH X
//! forward, and under X11 the copying process must stay alive to serve the text.

use std::fmt;
use std::io::{IsTerminal, Write};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How a copy reached the person, so the status line can say so honestly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Copied {
    /// The system clipboard has it.
    System,
    /// Sent to the terminal as OSC 52; terminals do not confirm, so this is a best effort.
    Terminal,
    /// Nothing could take it; the caller should show the text to select by hand.
    Failed(Unavailable),
}

/// Why the clipboard could not be used, typed so the desk and the command line can say it in
/// the staff's language (what the system said is kept as it came).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// Over SSH the remote machine's clipboard is not the screen in front of the person.
    OverSsh,
    /// No display server answered in time.
    NoAnswer,
    /// The system refused, in its own words.
    System(String),
    /// Nothing to read.
    Empty,
    /// The in-memory clipboard of a test, told to refuse.
    Refused,
}

/// English, for logs.
impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unavailable::OverSsh => {
                f.write_str("over SSH the remote clipboard is not this screen's")
            }
            Unavailable::NoAnswer => f.write_str("the display did not answer within half a second"),
            Unavailable::System(why) => write!(f, "no system clipboard ({why})"),
            Unavailable::Empty => f.write_str("the clipboard is empty"),
            Unavailable::Refused => f.write_str("no clipboard in this test"),
        }
    }
}

pub trait Clipboard {
    fn copy(&mut self, text: &str) -> Copied;
    /// The clipboard's text (Ctrl-V in the desk, for terminals without bracketed paste).
    fn read(&mut self) -> Result<String, Unavailable>;
}

/// Remembers what was copied; for tests. `refuse` makes every copy fail, like a machine
/// with no clipboard at all.
#[derive(Debug, Default)]
pub struct MemoryClipboard {
    pub copies: Vec<String>,
    /// What Ctrl-V reads; None reads the last copy.
    pub incoming: Option<String>,
    pub refuse: bool,
}

impl Clipboard for MemoryClipboard {
    fn copy(&mut self, text: &str) -> Copied {
        if self.refuse {
            return Copied::Failed(Unavailable::Refused);
        }
        self.copies.push(text.to_string());
        Copied::System
    }

    fn read(&mut self) -> Result<String, Unavailable> {
        self.incoming
            .take()
            .or_else(|| self.copies.last().cloned())
            .ok_or(Unavailable::Empty)
    }
}

/// A clipboard shared with whoever made it (a test reads what the desk copied).
impl<C: Clipboard> Clipboard for std::rc::Rc<std::cell::RefCell<C>> {
    fn copy(&mut self, text: &str) -> Copied {
        self.borrow_mut().copy(text)
    }

    fn read(&mut self) -> Result<String, Unavailable> {
        self.borrow_mut().read()
    }
}

/// How long we wait for a display server before deciding there is none that answers.
const CONNECT_TIMEOUT: Duration = Duration::from_millis(500);

/// The real clipboard: arboard when a display answers, else OSC 52 when over SSH or in a
/// terminal, else a clear failure.
pub struct SystemClipboard {
    handle: Option<arboard::Clipboard>,
    why_not: Unavailable,
    over_ssh: bool,
    /// How long a short-lived process keeps serving the text on X11 (0 in the desk).
    linger: Duration,
}

impl SystemClipboard {
    /// For the desk: connect once and keep the handle for the whole session.
    pub fn for_session() -> SystemClipboard {
        SystemClipboard::connect(Duration::ZERO)
    }

    /// For a one-shot command: after copying, serve the text for up to `linger` so a
    /// clipboard manager can take it before the process exits.
    pub fn for_command(linger: Duration) -> SystemClipboard {
        SystemClipboard::connect(linger)
    }

    fn connect(linger: Duration) -> SystemClipboard {
        let over_ssh =
            std::env::var_os("SSH_CONNECTION").is_some() || std::env::var_os("SSH_TTY").is_some();
        let (handle, why_not) = if over_ssh {
            (None, Unavailable::OverSsh)
        } else {
            match connect_with_timeout(CONNECT_TIMEOUT) {
                Ok(h) => (Some(h), Unavailable::Empty),
                Err(e) => (None, e),
            }
        };
        SystemClipboard {
            handle,
            why_not,
            over_ssh,
            linger,
        }
    }
}

/// Creates the arboard handle on a worker thread: a display that never answers would
/// otherwise hang the desk.
fn connect_with_timeout(timeout: Duration) -> Result<arboard::Clipboard, Unavailable> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(arboard::Clipboard::new().map_err(|e| e.to_string()));
    });
    match rx.recv_timeout(timeout) {
        Ok(result) => result.map_err(Unavailable::System),
        Err(_) => Err(Unavailable::NoAnswer),
    }
}

impl Clipboard for SystemClipboard {
    fn copy(&mut self, text: &str) -> Copied {
        if let Some(handle) = self.handle.as_mut() {
            match set_text(handle, text, self.linger) {
                Ok(()) => return Copied::System,
                Err(e) => self.why_not = Unavailable::System(e),
            }
        }
        if (self.over_ssh || std::io::stderr().is_terminal()) && osc52(text).is_ok() {
            return Copied::Terminal;
        }
        Copied::Failed(self.why_not.clone())
    }

    fn read(&mut self) -> Result<String, Unavailable> {
        match self.handle.as_mut() {
            Some(handle) => handle
                .get_text()
                .map_err(|e| Unavailable::System(e.to_string())),
            None => Err(self.why_not.clone()),
        }
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
fn set_text(handle: &mut arboard::Clipboard, text: &str, linger: Duration) -> Result<(), String> {
    use arboard::SetExtLinux;
    let set = handle.set();
    let set = if linger.is_zero() {
        set
    } else {
        set.wait_until(Instant::now() + linger)
    };
    set.text(text.to_string()).map_err(|e| e.to_string())
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn set_text(handle: &mut arboard::Clipboard, text: &str, _linger: Duration) -> Result<(), String> {
    let _ = Instant::now();
    handle.set_text(text.to_string()).map_err(|e| e.to_string())
}

/// Asks the terminal to copy (OSC 52). Written to stderr so stdout stays data.
fn osc52(text: &str) -> std::io::Result<()> {
    let mut err = std::io::stderr();
    crossterm::execute!(
        err,
        crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
    )?;
    err.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_clipboard_keeps_every_copy() {
        let mut c = MemoryClipboard::default();
        assert_eq!(c.copy("a"), Copied::System);
        c.copy("b");
        assert_eq!(c.copies, ["a", "b"]);
    }
}
