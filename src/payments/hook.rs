//! The shop's `on_payment` command, run when a payment is verified (a chime, a print, a
//! message to the owner's phone).
//!
//! Data reaches the command only through its environment, never through a shell or its
//! arguments, so nothing a customer or a provider wrote can become part of a command line.
//! It starts with a cleared environment: PATH, HOME and the `ORDERDESK_*` variables only.

use std::process::{Command, Stdio};

use crate::core::money::{Money, decimal_string};

/// A payment the desk just verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaidNotice {
    pub order_no: i64,
    pub amount: Money,
    /// How it was verified: "webhook", "sync" or "import".
    pub via: &'static str,
    pub reference: Option<String>,
}

impl PaidNotice {
    /// "#1042 paid $215.50 (webhook)": for a status line.
    pub fn describe(&self) -> String {
        format!("#{} paid {} ({})", self.order_no, self.amount, self.via)
    }

    /// The environment the command gets.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("ORDERDESK_ORDER_NO", self.order_no.to_string()),
            (
                "ORDERDESK_AMOUNT",
                decimal_string(self.amount.minor, self.amount.currency),
            ),
            (
                "ORDERDESK_CURRENCY",
                self.amount.currency.code().to_string(),
            ),
            ("ORDERDESK_VIA", self.via.to_string()),
            (
                "ORDERDESK_REFERENCE",
                self.reference.clone().unwrap_or_default(),
            ),
        ]
    }
}

/// What the command inherits from the desk's environment: where programs are, and whose.
pub const INHERITED: &[&str] = &["PATH", "HOME"];

/// Starts `command` (words split on whitespace: a program and its arguments; no shell) for
/// `notice` and returns without waiting; a thread reaps it. An empty command does nothing.
pub fn run_on_payment(
    command: &str,
    notice: &PaidNotice,
) -> Result<(), crate::core::i18n::Message> {
    let mut words = command.split_whitespace();
    let Some(program) = words.next() else {
        return Ok(());
    };
    let mut child = Command::new(program)
        .args(words)
        // Only what the command is documented to get: the desk's own secrets
        // (STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET, …) stay with the desk.
        .env_clear()
        .envs(
            INHERITED
                .iter()
                .filter_map(|k| Some((*k, std::env::var_os(k)?))),
        )
        .envs(notice.env())
        .stdin(Stdio::null())
        // The desk's screen is the terminal: the command must not write over it.
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            crate::msg!(
                "hook-cannot-run",
                program = program,
                why = crate::core::i18n::Message::plain(e.to_string())
            )
        })?;
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Currency;

    fn notice() -> PaidNotice {
        PaidNotice {
            order_no: 1042,
            amount: Money::new(21550, Currency::BRL),
            via: "webhook",
            reference: Some("pi_1; rm -rf ~".into()),
        }
    }

    #[test]
    fn data_goes_through_the_environment() {
        let env = notice().env();
        assert!(env.contains(&("ORDERDESK_ORDER_NO", "1042".into())));
        assert!(env.contains(&("ORDERDESK_AMOUNT", "215.50".into())));
        assert!(env.contains(&("ORDERDESK_CURRENCY", "BRL".into())));
        assert_eq!(notice().describe(), "#1042 paid R$ 215,50 (webhook)");
    }

    #[test]
    fn an_empty_command_does_nothing_and_a_missing_one_says_so() {
        assert_eq!(run_on_payment("  ", &notice()), Ok(()));
        let e = run_on_payment("/nonexistent/orderdesk-hook --x", &notice()).unwrap_err();
        assert!(e.to_string().contains("/nonexistent/orderdesk-hook"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn the_command_sees_the_payment_in_its_environment() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("seen");
        let script = dir.path().join("hook.sh");
        std::fs::write(
            &script,
            format!("#!/bin/sh\nprintf '%s %s %s' \"$ORDERDESK_ORDER_NO\" \"$ORDERDESK_AMOUNT\" \"$ORDERDESK_REFERENCE\" > {}\n", out.display()),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        run_on_payment(&script.display().to_string(), &notice()).unwrap();
        let mut seen = String::new();
        for _ in 0..100 {
            seen = std::fs::read_to_string(&out).unwrap_or_default();
            if !seen.is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(
            seen, "1042 215.50 pi_1; rm -rf ~",
            "the reference stays data, never a command"
        );
    }
}
