//! The `orderdesk` binary: parse the command line and run it; exit 0 ok, 1 user error, 2 bug.

use std::process::ExitCode;

use clap::Parser;
use orderdesk::cli::{Cli, Failure, run};

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::User(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
        Err(Failure::Internal(message)) => {
            eprintln!("internal error: {message}\nplease report this with the command you ran");
            ExitCode::from(2)
        }
    }
}
