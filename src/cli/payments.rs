//! `order link`, `payments sync|import`, `reminders due|sent`, `webhook serve`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use chrono::{DateTime, Local, Utc};
use serde_json::{Value, json};

use super::args::{PaymentsCmd, RemindersCmd, WebhookCmd};
use super::{Failure, Outcome, print_json};
use crate::core::link::{PaymentLink, Provider};
use crate::core::money::{Money, decimal_string};
use crate::core::reconcile::Outcome as RowOutcome;
use crate::export::write_reconciliation;
use crate::ops::{Desk, ReminderDue, SentReminder, SyncReport};
use crate::payments::hook::run_on_payment;
use crate::payments::report::read_report;
use crate::payments::{FieldMap, PaidNotice};
use crate::webhook::{Endpoint, secret_from_env};

fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn link_json(l: &PaymentLink) -> Value {
    json!({
        "url": l.url,
        "provider": l.provider,
        "state": l.state,
        "amount": decimal_string(l.amount, l.currency),
        "currency": l.currency.code(),
        "expires_at": l.expires_at,
    })
}

/// Tells the shop's on_payment command about each payment; a failure is a message, never
/// a reason to undo what was recorded.
fn announce(desk: &Desk, paid: &[PaidNotice]) {
    // A bank file can verify thousands: name a few, count the rest.
    const NAMED: usize = 10;
    for notice in paid.iter().take(NAMED) {
        tell!("verified: {}", notice.describe());
    }
    if paid.len() > NAMED {
        tell!("verified {} more payments", paid.len() - NAMED);
    }
    let mut failed = None;
    for notice in paid {
        if let Err(e) = run_on_payment(&desk.config.hooks.on_payment, notice) {
            failed.get_or_insert(e);
        }
    }
    if let Some(e) = failed {
        tell!("warning: {e}");
    }
}

pub fn order_link(
    desk: &mut Desk,
    number: i64,
    provider: Option<Provider>,
    as_json: bool,
) -> Outcome {
    let view = desk.order_link(number, provider)?;
    let l = &view.link;
    if as_json {
        let mut value = link_json(l);
        value["order"] = json!(number);
        value["created"] = json!(view.created);
        print_json(&value);
    } else {
        say!("{}", l.url);
    }
    let verb = if view.created { "made" } else { "the live" };
    tell!(
        "{verb} {} link of #{number}: {}, valid until {}",
        l.provider,
        Money::new(l.amount, l.currency),
        local(l.expires_at)
    );
    if let Some(old) = &view.replaced {
        tell!(
            "it replaces the {} link ({}): {}",
            old.provider,
            old.state,
            old.note
        );
    }
    if let Some(w) = &view.warning {
        tell!("warning: {w}");
    }
    Ok(())
}

pub fn payments(desk: &mut Desk, cmd: PaymentsCmd) -> Outcome {
    match cmd {
        PaymentsCmd::Sync { json } => sync(desk, json),
        PaymentsCmd::Import {
            file,
            format,
            map,
            out,
            json,
        } => {
            let map = FieldMap::parse(&map).map_err(|e| Failure::User(e.to_string()))?;
            let text = read_report_text(&file)?;
            let shown = file.display().to_string();
            let rows = read_report(&text, format, &map, desk.config.shop.currency)
                .map_err(|e| Failure::User(format!("cannot import {shown}: {e}")))?;
            let out = out.unwrap_or_else(|| default_out(&file));
            let source = file
                .file_name()
                .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
            let rec = desk.import_payment_report(&rows, format, &source, |rec| {
                write_reconciliation(rec, &out).map_err(|e| format!("{e}; nothing was imported"))
            })?;
            announce(desk, &rec.paid);
            let counts: Vec<(RowOutcome, usize)> = RowOutcome::ALL
                .iter()
                .map(|o| (*o, rec.count(*o)))
                .collect();
            if json {
                print_json(&json!({
                    "file": shown,
                    "report": out.display().to_string(),
                    "changed": rec.changed,
                    "counts": counts.iter().map(|(o, n)| (o.as_str().to_string(), json!(n))).collect::<serde_json::Map<_, _>>(),
                    "rows": rec.lines.iter().map(|l| json!({
                        "line": l.line, "outcome": l.outcome, "reference": l.reference, "order": l.order_no,
                        "amount": l.amount, "currency": l.currency, "status": l.status, "detail": l.detail,
                    })).collect::<Vec<_>>(),
                }));
            } else {
                say!("{}", out.display());
            }
            let said: Vec<String> = counts
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(o, n)| format!("{n} {}", o.as_str().replace('_', " ")))
                .collect();
            tell!(
                "{shown}: {}{}",
                said.join(", "),
                if rec.changed {
                    ""
                } else {
                    "; the book did not change"
                }
            );
            Ok(())
        }
    }
}

/// Reports from banks are often Latin-1 rather than UTF-8: read both, never refuse one.
fn read_report_text(path: &Path) -> Result<String, Failure> {
    let bytes = fs::read(path)
        .map_err(|e| Failure::User(format!("cannot read {}: {e}", path.display())))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            tell!("{} is not UTF-8; reading it as Latin-1", path.display());
            Ok(e.into_bytes().iter().map(|b| char::from(*b)).collect())
        }
    }
}

/// `exports/stripe.csv` → `stripe-reconciliation.csv` in the current folder.
fn default_out(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map_or("payments".into(), |s| s.to_string_lossy().into_owned());
    PathBuf::from(format!("{stem}-reconciliation.csv"))
}

fn sync(desk: &mut Desk, as_json: bool) -> Outcome {
    let report = desk.sync_payments()?;
    announce(desk, &report.paid);
    if as_json {
        print_json(&sync_json(&report));
    } else {
        for item in &report.items {
            let did = item
                .outcome
                .map_or("unchanged".to_string(), |o| o.to_string());
            say!(
                "#{:<6} {:<16} {:<18} {}",
                item.order_no,
                item.remote,
                did,
                item.detail
            );
        }
    }
    let s = &report.sweep;
    tell!(
        "asked Stripe about {} links; {} verified; {} expired, {} closed, {} released; {} fixed or template links to verify by hand or by report",
        report.items.len() + report.failed.len(),
        report.paid.len(),
        s.expired.len(),
        s.closed.len(),
        s.released.len(),
        report.unchecked
    );
    for (number, why) in &s.kept {
        tell!("#{number} kept its stock: {why}");
    }
    match report.failed.first() {
        None => Ok(()),
        Some((number, why)) => Err(Failure::User(format!(
            "could not ask Stripe about {} link(s), e.g. #{number}: {why}; run `orderdesk payments sync` again later",
            report.failed.len()
        ))),
    }
}

fn sync_json(r: &SyncReport) -> Value {
    json!({
        "checked": r.items.iter().map(|i| json!({
            "order": i.order_no, "session": i.session_id, "remote": i.remote,
            "outcome": i.outcome, "detail": i.detail,
        })).collect::<Vec<_>>(),
        "failed": r.failed.iter().map(|(n, why)| json!({"order": n, "error": why})).collect::<Vec<_>>(),
        "unchecked": r.unchecked,
        "verified": r.paid.iter().map(|p| json!({
            "order": p.order_no, "amount": decimal_string(p.amount.minor, p.amount.currency),
            "currency": p.amount.currency.code(), "reference": p.reference,
        })).collect::<Vec<_>>(),
        "expired": r.sweep.expired,
        "closed": r.sweep.closed,
        "released": r.sweep.released,
        "kept": r.sweep.kept.iter().map(|(n, why)| json!({"order": n, "why": why})).collect::<Vec<_>>(),
    })
}

fn due_json(r: &ReminderDue) -> Value {
    json!({
        "order": r.order_no,
        "customer": r.customer,
        "phone": r.phone,
        "step": r.step,
        "steps": r.steps,
        "due_at": r.due_at,
        "last": r.last,
        "amount": decimal_string(r.balance.minor, r.balance.currency),
        "currency": r.balance.currency.code(),
        "renew": r.renew,
        "link": link_json(&r.link),
        "text": r.text,
    })
}

fn sent_json(s: &SentReminder) -> Value {
    json!({
        "order": s.order_no,
        "step": s.step,
        "last": s.last,
        "text": s.text,
        "link": s.link.as_ref().map(link_json),
        "renewed": s.renewed,
        "tagged": s.tagged,
        "cancelled": s.cancelled,
        "note": s.note,
    })
}

pub fn reminders(desk: &mut Desk, cmd: RemindersCmd) -> Outcome {
    match cmd {
        RemindersCmd::Due { json } => {
            let due = desk.reminders_due()?;
            if json {
                print_json(&Value::Array(due.iter().map(due_json).collect()));
            } else {
                for r in &due {
                    say!(
                        "#{} reminder {}/{} due {} · {} {} · {}{}",
                        r.order_no,
                        r.step,
                        r.steps,
                        local(r.due_at),
                        r.customer,
                        r.phone.as_deref().unwrap_or(""),
                        r.balance,
                        if r.renew {
                            " · the link will be renewed"
                        } else {
                            ""
                        }
                    );
                    for line in r.text.lines() {
                        say!("    {line}");
                    }
                }
                tell!(
                    "{} reminders due; `orderdesk reminders sent NO` records one as sent",
                    due.len()
                );
            }
            Ok(())
        }
        RemindersCmd::Sent { number, step, json } => {
            let sent = desk.mark_reminder_sent(number, step)?;
            if json {
                print_json(&sent_json(&sent));
            } else {
                say!("{}", sent.text);
            }
            let mut said = format!("recorded reminder {} of #{number} as sent", sent.step);
            if sent.renewed {
                said += "; the link was renewed";
            }
            if sent.tagged {
                said += "; the order is tagged payment_abandoned";
            }
            if sent.cancelled {
                said += "; the order was cancelled and its stock released";
            }
            tell!("{said}");
            if let Some(note) = &sent.note {
                tell!("note: {note}");
            }
            Ok(())
        }
    }
}

pub fn webhook(mut desk: Desk, cmd: WebhookCmd) -> Outcome {
    let WebhookCmd::Serve { listen } = cmd;
    let secret = secret_from_env().map_err(|e| Failure::User(e.to_string()))?;
    let endpoint = Endpoint::bind(&listen).map_err(|e| Failure::User(e.to_string()))?;
    tell!(
        "listening on http://{}{} for Stripe's events (Ctrl-C to stop)",
        endpoint.addr(),
        crate::webhook::PATH
    );
    // Runs until the process is interrupted: a request cut off mid-way was never committed
    // nor answered 2xx, so Stripe sends it again.
    let stop = AtomicBool::new(false);
    endpoint.serve(&mut desk, &secret, &stop, &mut |h| {
        tell!("{} {}", h.status, h.message);
        if let Some(paid) = &h.paid {
            tell!("verified: {}", paid.describe());
        }
    });
    Ok(())
}
