//! The `orderdesk` binary: parse the command line and run it; exit 0 ok, 1 user error, 2 bug.

use std::process::ExitCode;

use clap::error::ErrorKind;
use orderdesk::cli::{Failure, failure_text, language_at_start, parse_in, run, usage_error};
use orderdesk::core::text::inert;

fn main() -> ExitCode {
    quiet_broken_pipe();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let loc = language_at_start(&args);
    let cli = match parse_in(&args, loc) {
        Ok(cli) => cli,
        // --help and --version print to stdout and succeed; a mistyped command line is the
        // person's to fix, so it exits 1 like every other user error (clap's own default is 2).
        Err(e) => {
            let help = matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            );
            if help {
                let _ = e.print();
            } else {
                eprintln!("{}", inert(&usage_error(&e, loc)));
            }
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", inert(&failure_text(&failure)));
            match failure {
                Failure::User(_) => ExitCode::from(1),
                Failure::Internal(_) | Failure::Disk(_) => ExitCode::from(2),
            }
        }
    }
}

/// Rust ignores SIGPIPE, so printing into a closed pipe (`orderdesk order list | head`)
/// would panic; the default action ends the process quietly, as every Unix tool does.
#[cfg(unix)]
fn quiet_broken_pipe() {
    // SAFETY: setting a signal's disposition to the default before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn quiet_broken_pipe() {}
