//! `order link`, `payments sync|import`, `reminders due|sent`, `webhook serve`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use chrono::{DateTime, Local, Utc};
use serde_json::{Value, json};

use super::args::{PaymentsCmd, RemindersCmd, WebhookCmd};
use super::{Failure, Outcome, cannot_read, locale, print_json};
use crate::core::i18n::id;
use crate::core::link::{PaymentLink, Provider};
use crate::core::link_note::LinkNote;
use crate::core::money::{Money, decimal_string};
use crate::core::reconcile::Outcome as RowOutcome;
use crate::export::write_reconciliation;
use crate::ops::{Desk, ReminderDue, SentReminder, SyncReport};
use crate::payments::hook::run_on_payment;
use crate::payments::report::read_report;
use crate::payments::{FieldMap, PaidNotice};
use crate::t;
use crate::webhook::{Endpoint, secret_from_env};

fn local(at: DateTime<Utc>) -> String {
    locale().full_date_time(at.with_timezone(&Local).naive_local())
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

/// A link's stored note in JSON: its code as an object (`{"note":"rebalanced",…}`, a
/// review's `{"review":…}`), the same in every language; a person's words as a string.
fn note_json(stored: &str) -> Value {
    match serde_json::from_str::<Value>(stored) {
        Ok(code @ Value::Object(_)) => code,
        _ => json!(stored),
    }
}

/// "#1042 paid R$ 215,50 (webhook)", in the staff's words.
fn paid_words(notice: &PaidNotice) -> String {
    let loc = locale();
    t!(
        loc,
        "desk-notice-paid",
        number = id(notice.order_no),
        amount = loc.money(notice.amount),
        via = notice.via
    )
}

/// Tells the shop's on_payment command about each payment; a failure is a message, never
/// a reason to undo what was recorded.
fn announce(desk: &Desk, paid: &[PaidNotice]) {
    // A bank file can verify thousands: name a few, count the rest.
    const NAMED: usize = 10;
    let loc = locale();
    for notice in paid.iter().take(NAMED) {
        tell!("{}", t!(loc, "cli-verified", what = paid_words(notice)));
    }
    if paid.len() > NAMED {
        tell!(
            "{}",
            t!(loc, "cli-verified-more", count = paid.len() - NAMED)
        );
    }
    let mut failed = None;
    for notice in paid {
        if let Err(e) = run_on_payment(&desk.config.hooks.on_payment, notice) {
            failed.get_or_insert(e);
        }
    }
    if let Some(e) = failed {
        tell!("{}", t!(loc, "cli-warning", why = e));
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
        if let Some(old) = &view.replaced {
            value["replaces"] = json!({
                "provider": old.provider,
                "state": old.state,
                "note": note_json(&old.note),
            });
        }
        print_json(&value);
    } else {
        say!("{}", l.url);
    }
    let loc = locale();
    tell!(
        "{}",
        t!(
            loc,
            "cli-link-made",
            made = if view.created { "made" } else { "live" },
            provider = loc.text(l.provider.key()),
            number = id(number),
            amount = loc.money(Money::new(l.amount, l.currency)),
            expires = local(l.expires_at)
        )
    );
    if let Some(old) = &view.replaced {
        tell!(
            "{}",
            t!(
                loc,
                "cli-link-replaces",
                provider = loc.text(old.provider.key()),
                state = loc.text(old.state.key()),
                note = LinkNote::read(&old.note)
            )
        );
    }
    if let Some(w) = &view.warning {
        tell!("{}", t!(loc, "cli-warning", why = w.in_locale(loc)));
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
            let map = FieldMap::parse(&map)
                .map_err(|e| Failure::User(e.message().in_locale(locale())))?;
            let text = read_report_text(&file)?;
            let shown = file.display().to_string();
            let rows =
                read_report(&text, format, &map, desk.config.shop.currency).map_err(|e| {
                    Failure::User(t!(
                        locale(),
                        "cli-cannot-import",
                        file = shown.as_str(),
                        why = e.message()
                    ))
                })?;
            let out = out.unwrap_or_else(|| default_out(&file));
            let source = file
                .file_name()
                .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
            let rec = desk.import_payment_report(&rows, format, &source, |rec| {
                write_reconciliation(rec, &out)
                    .map_err(|e| t!(locale(), "cli-nothing-imported", why = e.to_string()))
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
                        "amount": l.amount, "currency": l.currency, "status": l.status, "detail": l.detail.plain(),
                    })).collect::<Vec<_>>(),
                }));
            } else {
                say!("{}", out.display());
            }
            let loc = locale();
            for l in &rec.lines {
                let (outcome, detail) = (loc.text(l.outcome.key()), l.detail.message());
                let said = match (l.line, l.order_no) {
                    (Some(line), _) => t!(
                        loc,
                        "cli-import-row",
                        line = id(i64::try_from(line).unwrap_or(i64::MAX)),
                        outcome = outcome,
                        detail = detail
                    ),
                    (None, number) => t!(
                        loc,
                        "cli-import-claim",
                        number = id(number.unwrap_or_default()),
                        outcome = outcome,
                        detail = detail
                    ),
                };
                tell!("{said}");
            }
            let said: Vec<String> = counts
                .iter()
                .filter(|(_, n)| *n > 0)
                // "manual review: 1": the outcome's name, then its count, agrees in every language.
                .map(|(o, n)| {
                    t!(
                        loc,
                        "cli-import-count",
                        outcome = loc.text(o.key()),
                        count = *n
                    )
                })
                .collect();
            tell!(
                "{}",
                t!(
                    loc,
                    "cli-imported",
                    file = shown.as_str(),
                    counts = said.join(", "),
                    changed = if rec.changed { "yes" } else { "no" }
                )
            );
            Ok(())
        }
    }
}

/// Reports from banks are often Latin-1 rather than UTF-8: read both, never refuse one.
fn read_report_text(path: &Path) -> Result<String, Failure> {
    let bytes = fs::read(path).map_err(|e| cannot_read(path, &e))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            tell!(
                "{}",
                t!(locale(), "cli-latin1", path = path.display().to_string())
            );
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
        let loc = locale();
        for item in &report.items {
            let did = item
                .outcome
                .map_or(t!(loc, "cli-sync-unchanged"), |o| loc.text(o.key()));
            let detail = match &item.review {
                Some(why) => why.message().in_locale(loc),
                None => item.detail.in_locale(loc),
            };
            say!(
                "#{:<6} {:<16} {:<18} {}",
                item.order_no,
                item.remote,
                did,
                detail
            );
        }
    }
    let s = &report.sweep;
    let loc = locale();
    tell!(
        "{}",
        t!(
            loc,
            "cli-synced",
            asked = report.items.len() + report.failed.len(),
            verified = report.paid.len(),
            expired = s.expired.len(),
            closed = s.closed.len(),
            released = s.released.len(),
            unchecked = report.unchecked
        )
    );
    for (number, why) in &s.kept {
        tell!(
            "{}",
            t!(
                loc,
                "cli-kept-stock",
                number = id(*number),
                why = why.message()
            )
        );
    }
    match report.failed.first() {
        None => Ok(()),
        Some((number, why)) => Err(Failure::User(t!(
            loc,
            "cli-sync-failed",
            count = report.failed.len(),
            number = id(*number),
            why = why.clone()
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
                let loc = locale();
                for r in &due {
                    say!(
                        "{}",
                        t!(
                            loc,
                            "cli-reminder-due",
                            number = id(r.order_no),
                            step = r.step,
                            steps = r.steps,
                            due = local(r.due_at),
                            customer = r.customer.as_str(),
                            phone = r
                                .phone
                                .as_deref()
                                .map(crate::core::customer::display_phone)
                                .unwrap_or_default(),
                            balance = loc.money(r.balance),
                            renew = if r.renew { "yes" } else { "no" }
                        )
                    );
                    for line in r.text.lines() {
                        say!("    {line}");
                    }
                }
                tell!("{}", t!(loc, "cli-reminders-due", count = due.len()));
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
            let loc = locale();
            let mut said = t!(
                loc,
                "cli-reminder-sent",
                step = sent.step,
                number = id(number)
            );
            if sent.renewed {
                said += &t!(loc, "cli-reminder-renewed");
            }
            if sent.tagged {
                said += &t!(loc, "cli-reminder-tagged");
            }
            if sent.cancelled {
                said += &t!(loc, "cli-reminder-cancelled");
            }
            tell!("{said}");
            if let Some(note) = &sent.note {
                tell!("{}", t!(loc, "cli-note", note = note.clone()));
            }
            Ok(())
        }
    }
}

pub fn webhook(mut desk: Desk, cmd: WebhookCmd) -> Outcome {
    let WebhookCmd::Serve { listen } = cmd;
    let refused = |e: crate::webhook::WebhookError| Failure::User(e.message().in_locale(locale()));
    let secret = secret_from_env().map_err(refused)?;
    let endpoint = Endpoint::bind(&listen).map_err(refused)?;
    let loc = locale();
    tell!(
        "{}",
        t!(
            loc,
            "cli-webhook-listening",
            url = format!("http://{}{}", endpoint.addr(), crate::webhook::PATH)
        )
    );
    // Runs until the process is interrupted: a request cut off mid-way was never committed
    // nor answered 2xx, so Stripe sends it again.
    let stop = AtomicBool::new(false);
    endpoint.serve(&mut desk, &secret, &stop, &mut |h| {
        tell!("{} {}", h.status, h.message);
        if let Some(paid) = &h.paid {
            tell!("{}", t!(loc, "cli-verified", what = paid_words(paid)));
        }
    });
    Ok(())
}
