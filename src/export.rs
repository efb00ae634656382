//! CSV files for the owner: plain decimal money with a currency column, snake_case headers,
//! and text cells that a spreadsheet would run as a formula neutralised.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::Local;
use thiserror::Error;

use crate::core::day::Verifier;
use crate::core::money::decimal_string;
use crate::core::payment::{PaymentKind, PaymentState};
use crate::core::report::SummaryRow;
use crate::files::{Staged, is_disk_full};
use crate::ops::{DailyReport, Reconciliation};

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("cannot write {path}: {source}; nothing was written")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "cannot write {path}: the disk is full; free some space (or write elsewhere with --out) \
         and try again; nothing was written"
    )]
    Full { path: String },
}

impl ExportError {
    /// The error in the reader's language; what the system said stays as it was.
    pub fn message(&self) -> crate::core::i18n::Message {
        match self {
            ExportError::Io { path, source } => crate::msg!(
                "error-export-io",
                path = path.as_str(),
                why = crate::core::i18n::Message::plain(source.to_string())
            ),
            ExportError::Full { path } => crate::msg!("error-export-full", path = path.as_str()),
        }
    }

    fn of(path: &Path, source: std::io::Error) -> ExportError {
        let path = path.display().to_string();
        if is_disk_full(&source) {
            ExportError::Full { path }
        } else {
            ExportError::Io { path, source }
        }
    }
}

/// A text cell that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe,
/// which spreadsheets show as text and never evaluate.
pub fn safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes orders-DATE.csv, payments-DATE.csv and summary-DATE.csv into `dir` (DATE is the
/// day, or FROM_TO for a longer period, which also gets days-FROM_TO.csv: each day's summary,
/// one line per day and metric, for comparing days).
pub fn write_daily(
    report: &DailyReport,
    dir: &Path,
    bom: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    fs::create_dir_all(dir).map_err(|e| ExportError::of(dir, e))?;
    let date = report.period.label();
    let local = |at: chrono::DateTime<chrono::Utc>| {
        at.with_timezone(&Local)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };

    let orders: Vec<Vec<String>> = report
        .orders
        .iter()
        .map(|o| {
            vec![
                o.number.to_string(),
                local(o.created),
                safe(&o.customer).into_owned(),
                safe(&o.phone).into_owned(),
                safe(&o.items).into_owned(),
                decimal_string(o.total, o.currency),
                decimal_string(o.paid, o.currency),
                decimal_string(o.balance, o.currency),
                decimal_string(o.claimed, o.currency),
                o.currency.code().into(),
                o.status.into(),
                o.lifecycle.into(),
                o.fulfilment.into(),
                o.payment_status.as_str().into(),
                o.methods.clone(),
                o.minutes_to_paid.map(|m| m.to_string()).unwrap_or_default(),
                o.link_provider.clone(),
                o.link_state.clone(),
                o.minutes_link_to_paid
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let payments: Vec<Vec<String>> = report
        .payments
        .iter()
        .map(|r| {
            let p = &r.payment;
            let verified_by = match (p.kind, p.state) {
                (PaymentKind::Payment, PaymentState::Verified) => {
                    let origin = report.origins.get(&p.id).copied().unwrap_or_default();
                    Verifier::of(origin).as_str()
                }
                _ => "",
            };
            vec![
                local(p.created_at),
                r.order_number.to_string(),
                p.kind.as_str().into(),
                p.method.as_str().into(),
                decimal_string(p.amount, p.currency),
                p.currency.code().into(),
                p.state.as_str().into(),
                safe(p.reference.as_deref().unwrap_or_default()).into_owned(),
                p.settled_at.map(local).unwrap_or_default(),
                safe(&p.actor).into_owned(),
                verified_by.into(),
            ]
        })
        .collect();
    let summary_cells = |s: &SummaryRow| {
        vec![
            s.metric.into(),
            safe(&s.key).into_owned(),
            s.count.to_string(),
            s.value.clone(),
            s.currency.map(|c| c.code().to_string()).unwrap_or_default(),
        ]
    };
    let summary: Vec<Vec<String>> = report.summary.iter().map(summary_cells).collect();
    let days: Vec<Vec<String>> = report
        .days
        .iter()
        .flat_map(|(day, rows)| {
            rows.iter().map(move |s| {
                let mut cells = vec![day.format("%Y-%m-%d").to_string()];
                cells.extend(summary_cells(s));
                cells
            })
        })
        .collect();
    let mut files = vec![
        (
            format!("orders-{date}.csv"),
            &[
                "number",
                "created",
                "customer",
                "phone",
                "items",
                "total",
                "paid",
                "balance",
                "claimed",
                "currency",
                "status",
                "lifecycle",
                "fulfilment",
                "payment_status",
                "methods",
                "minutes_to_paid",
                "link_provider",
                "link_state",
                "minutes_link_to_paid",
            ][..],
            orders,
        ),
        (
            format!("payments-{date}.csv"),
            &[
                "time",
                "order",
                "kind",
                "method",
                "amount",
                "currency",
                "state",
                "reference",
                "settled",
                "actor",
                "verified_by",
            ][..],
            payments,
        ),
        (
            format!("summary-{date}.csv"),
            &["metric", "key", "count", "value", "currency"][..],
            summary,
        ),
    ];
    if !report.period.is_day() {
        files.push((
            format!("days-{date}.csv"),
            &["date", "metric", "key", "count", "value", "currency"][..],
            days,
        ));
    }
    // All or none: each is staged whole before any is renamed into place.
    let mut staged = Vec::new();
    for (name, header, rows) in files {
        staged.push(stage_csv(&dir.join(name), header, &rows, bom)?);
    }
    staged
        .into_iter()
        .map(|s| {
            let path = s.target().to_path_buf();
            s.commit().map_err(|e| ExportError::of(&path, e))
        })
        .collect()
}

/// The header of the reconciliation CSV that `payments import` writes.
pub const RECONCILIATION_HEADER: &[&str] = &[
    "line",
    "outcome",
    "reference",
    "order",
    "amount",
    "currency",
    "status",
    "detail",
];

/// Writes the reconciliation of a payments import: one line per report row, then the claims
/// no row confirmed. Text from the report is neutralised like every other cell.
pub fn write_reconciliation(rec: &Reconciliation, path: &Path) -> Result<(), ExportError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| ExportError::of(dir, e))?;
    }
    let rows: Vec<Vec<String>> = rec
        .lines
        .iter()
        .map(|l| {
            vec![
                l.line.map(|n| n.to_string()).unwrap_or_default(),
                l.outcome.as_str().into(),
                safe(&l.reference).into_owned(),
                l.order_no.map(|n| n.to_string()).unwrap_or_default(),
                // A refund or debit is written "-5.00": a number, never a formula.
                if is_plain_decimal(&l.amount) {
                    l.amount.clone()
                } else {
                    safe(&l.amount).into_owned()
                },
                safe(&l.currency).into_owned(),
                safe(&l.status).into_owned(),
                safe(&l.detail.plain()).into_owned(),
            ]
        })
        .collect();
    stage_csv(path, RECONCILIATION_HEADER, &rows, false)?
        .commit()
        .map_err(|e| ExportError::of(path, e))?;
    Ok(())
}

/// "-5.00", "1200": digits with at most one '.', optionally negative.
fn is_plain_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !frac.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && frac.chars().all(|c| c.is_ascii_digit())
}

/// Writes a CSV file under a temporary name, owner-only; the caller renames it into place.
fn stage_csv(
    path: &Path,
    header: &[&str],
    rows: &[Vec<String>],
    bom: bool,
) -> Result<Staged, ExportError> {
    let as_io = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    };
    Staged::write(path, |file| {
        if bom {
            // Excel reads UTF-8 CSV correctly only with a byte order mark.
            file.write_all("\u{feff}".as_bytes())?;
        }
        let mut w = csv::Writer::from_writer(file);
        w.write_record(header).map_err(as_io)?;
        for row in rows {
            w.write_record(row).map_err(as_io)?;
        }
        w.flush()
    })
    .map_err(|e| ExportError::of(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            safe("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(safe("+5511987654321"), "'+5511987654321");
        assert_eq!(safe("-2"), "'-2");
        assert_eq!(safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe("\tx"), "'\tx");
        assert_eq!(safe("Mei Chen"), "Mei Chen");
        assert_eq!(safe(""), "");
    }

    #[test]
    fn plain_decimals_stay_numbers() {
        assert!(
            is_plain_decimal("-5.00") && is_plain_decimal("1200") && is_plain_decimal("215.50")
        );
        assert!(
            !is_plain_decimal("-1+1")
                && !is_plain_decimal("=2")
                && !is_plain_decimal("")
                && !is_plain_decimal("1.")
        );
    }
}
