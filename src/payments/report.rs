//! Reading provider and bank reports (CSV) into rows the reconciliation can decide on.
//!
//! `stripe`: Stripe's payments export, read by its column names (case and surrounding space
//! ignored): `id`, `Amount`, `Currency`, `Status`, `Description`, `PaymentIntent ID`,
//! `Checkout Session ID`, and the order number from `order_no (metadata)`. `mapped`: any bank
//! or gateway CSV, with `--map "Column=field"` naming which column is which. A file is read
//! whole or not at all: a bad row is an error naming its line and column.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::core::i18n::Message;
use crate::core::money::{Currency, Money};
use crate::core::names::text_enum;
use crate::core::reconcile::{ProviderRow, order_number_in, status_means_paid};
use crate::msg;

text_enum! {
    ReportFormat { Stripe = "stripe", Mapped = "mapped" }
}

/// The fields a `--map` may name.
pub const MAP_FIELDS: &[&str] = &[
    "reference",
    "amount",
    "currency",
    "order_no",
    "status",
    "description",
];

/// What is wrong with a report file or the `--map` options, worded where it is read
/// (English in a log; the csv crate's own words stay as they come).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReportError {
    #[error("{0}")]
    Map(Message),
    #[error("{0}")]
    Header(Message),
    #[error("line {line}: {why}")]
    Row { line: usize, why: Message },
    #[error("the file is not readable CSV: {0}")]
    Csv(String),
    #[error("the file has a header but no rows")]
    Empty,
}

impl ReportError {
    /// In the reader's words.
    pub fn message(&self) -> Message {
        match self {
            ReportError::Map(m) | ReportError::Header(m) => m.clone(),
            ReportError::Row { line, why } => {
                msg!("report-row", line = *line as i64, why = why.clone())
            }
            ReportError::Csv(why) => msg!("report-not-csv", why = why.as_str()),
            ReportError::Empty => msg!("report-empty"),
        }
    }
}

/// Which column holds which field: from `--map "Column name=field"` options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldMap {
    columns: BTreeMap<&'static str, String>,
}

impl FieldMap {
    pub fn parse(specs: &[String]) -> Result<FieldMap, ReportError> {
        let mut map = FieldMap::default();
        for spec in specs {
            let Some((column, field)) = spec.rsplit_once('=') else {
                return Err(ReportError::Map(msg!("report-map-shape", spec = spec)));
            };
            let field = field.trim().to_ascii_lowercase();
            let Some(known) = MAP_FIELDS.iter().find(|f| **f == field) else {
                return Err(ReportError::Map(msg!(
                    "report-map-unknown-field",
                    spec = spec,
                    field = field.as_str(),
                    fields = MAP_FIELDS.join(", ")
                )));
            };
            let column = column.trim();
            if column.is_empty() {
                return Err(ReportError::Map(msg!("report-map-no-column", spec = spec)));
            }
            if map.columns.insert(known, column.to_string()).is_some() {
                return Err(ReportError::Map(msg!(
                    "report-map-twice",
                    field = field.as_str()
                )));
            }
        }
        Ok(map)
    }

    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }
}

/// Column positions of the fields in one file.
struct Columns {
    reference: Option<usize>,
    amount: usize,
    currency: Option<usize>,
    order_no: Option<usize>,
    status: Option<usize>,
    description: Option<usize>,
    /// Further ids the book may know (Stripe's PaymentIntent and Checkout Session).
    other_refs: Vec<usize>,
}

fn norm(header: &str) -> String {
    header.trim().trim_start_matches('\u{feff}').to_lowercase()
}

fn find(header: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|n| header.iter().position(|h| h == n))
}

fn columns(
    header: &[String],
    format: ReportFormat,
    map: &FieldMap,
) -> Result<Columns, ReportError> {
    let shown = || header.join(", ");
    let mapped = |field: &str| -> Result<Option<usize>, ReportError> {
        match map.columns.get(field) {
            None => Ok(None),
            Some(column) => header
                .iter()
                .position(|h| *h == norm(column))
                .map(Some)
                .ok_or_else(|| {
                    ReportError::Map(msg!(
                        "report-map-missing-column",
                        column = column.as_str(),
                        columns = shown()
                    ))
                }),
        }
    };
    match format {
        ReportFormat::Stripe => {
            let need = |names: &[&str], what: &str| {
                find(header, names).ok_or_else(|| {
                    ReportError::Header(msg!("report-not-stripe", what = what, columns = shown()))
                })
            };
            Ok(Columns {
                reference: Some(match mapped("reference")? {
                    Some(i) => i,
                    None => need(&["id"], "id")?,
                }),
                amount: match mapped("amount")? {
                    Some(i) => i,
                    None => need(&["amount"], "Amount")?,
                },
                currency: Some(match mapped("currency")? {
                    Some(i) => i,
                    None => need(&["currency"], "Currency")?,
                }),
                order_no: mapped("order_no")?.or_else(|| {
                    find(
                        header,
                        &[
                            "order_no (metadata)",
                            "metadata.order_no",
                            "metadata[order_no]",
                            "order_no",
                        ],
                    )
                }),
                status: mapped("status")?.or_else(|| find(header, &["status"])),
                description: mapped("description")?.or_else(|| find(header, &["description"])),
                other_refs: [
                    &["paymentintent id", "payment intent id", "payment_intent"][..],
                    &[
                        "checkout session id",
                        "checkout_session",
                        "checkout session",
                    ][..],
                ]
                .iter()
                .filter_map(|names| find(header, names))
                .collect(),
            })
        }
        ReportFormat::Mapped => {
            if map.is_empty() {
                return Err(ReportError::Map(msg!(
                    "report-mapped-needs-map",
                    fields = MAP_FIELDS.join(", "),
                    columns = shown()
                )));
            }
            Ok(Columns {
                reference: mapped("reference")?,
                amount: mapped("amount")?
                    .ok_or_else(|| ReportError::Map(msg!("report-mapped-needs-amount")))?,
                currency: mapped("currency")?,
                order_no: mapped("order_no")?,
                status: mapped("status")?,
                description: mapped("description")?,
                other_refs: Vec::new(),
            })
        }
    }
}

/// Banks in much of the world export with ';' (their decimal mark is ','); Stripe with ','.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    }
}

fn fingerprint(format: ReportFormat, reference: Option<&str>, cells: &[&str]) -> String {
    let mut hash = Sha256::new();
    hash.update(format.as_str().as_bytes());
    match reference {
        // The same payment in another export (other columns, other dates shown) is the same row.
        Some(r) => {
            hash.update(b"\x1fref\x1f");
            hash.update(r.as_bytes());
        }
        None => {
            for cell in cells {
                hash.update(b"\x1f");
                hash.update(cell.trim().as_bytes());
            }
        }
    }
    hex::encode(hash.finalize())
}

/// Reads the whole report; `currency` is the shop's, for files without a currency column.
pub fn read_report(
    text: &str,
    format: ReportFormat,
    map: &FieldMap,
    currency: Currency,
) -> Result<Vec<ProviderRow>, ReportError> {
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| ReportError::Csv(e.to_string()))?
        .iter()
        .map(norm)
        .collect();
    if header.iter().all(String::is_empty) {
        return Err(ReportError::Header(msg!("report-no-header")));
    }
    let cols = columns(&header, format, map)?;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.kind() {
            csv::ErrorKind::UnequalLengths {
                pos,
                expected_len,
                len,
            } => ReportError::Row {
                line: pos.as_ref().map_or(0, |p| p.line() as usize),
                why: msg!(
                    "report-row-fields",
                    len = *len as i64,
                    expected = *expected_len as i64
                ),
            },
            _ => ReportError::Csv(e.to_string()),
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or_default().trim();
        let cells: Vec<&str> = record.iter().collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let err = |why: Message| ReportError::Row { line, why };
        let column = |i: usize| header.get(i).cloned().unwrap_or_default();
        let reference = Some(cell(cols.reference).to_string()).filter(|r| !r.is_empty());
        if format == ReportFormat::Stripe && reference.is_none() {
            return Err(err(msg!("report-row-no-id")));
        }
        let currency_text = match cols.currency {
            Some(_) => cell(cols.currency).to_string(),
            None => currency.code().to_string(),
        };
        if currency_text.is_empty() {
            return Err(err(msg!(
                "report-row-empty-cell",
                column = column(cols.currency.unwrap_or(0))
            )));
        }
        let amount_text = cell(Some(cols.amount)).to_string();
        let amount = match currency_text.parse::<Currency>() {
            Ok(cur) => Some(parse_amount(&amount_text, cur).map_err(|why| {
                err(msg!(
                    "report-row-amount",
                    column = column(cols.amount),
                    why = why
                ))
            })?),
            Err(_) => None,
        };
        let status = cell(cols.status).to_string();
        let status_paid = if cols.status.is_some() {
            status_means_paid(&status).unwrap_or(false)
        } else {
            // No status column: a report of received payments, as banks export credits.
            true
        };
        let positive = amount.is_none_or(|m| m.minor > 0);
        let description = cell(cols.description).to_string();
        let order_text = cell(cols.order_no);
        let order_no = if order_text.is_empty() {
            order_number_in(&description)
        } else {
            Some(
                order_text
                    .trim_start_matches('#')
                    .parse::<i64>()
                    .map_err(|_| {
                        err(msg!(
                            "report-row-order",
                            column = column(cols.order_no.unwrap_or(0)),
                            text = order_text
                        ))
                    })?,
            )
        };
        let other_refs = cols
            .other_refs
            .iter()
            .map(|i| cell(Some(*i)).to_string())
            .filter(|r| !r.is_empty() && Some(r) != reference.as_ref())
            .collect();
        rows.push(ProviderRow {
            line,
            fingerprint: fingerprint(format, reference.as_deref(), &cells),
            reference,
            other_refs,
            amount,
            amount_text,
            currency_text,
            status: if cols.status.is_some() {
                status
            } else {
                "received".into()
            },
            paid: status_paid && positive,
            order_no,
            description,
        });
    }
    if rows.is_empty() {
        return Err(ReportError::Empty);
    }
    Ok(rows)
}

/// Amounts as exports write them: "215.50", "1,234.56", "1.234,56", "R$ 49,90", "-10.00".
fn parse_amount(text: &str, currency: Currency) -> Result<Money, Message> {
    if text.is_empty() {
        return Err(msg!("report-amount-empty"));
    }
    let (negative, digits) = match text.trim().strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.trim()),
    };
    let money = Money::parse(digits, currency).map_err(|e| e.message())?;
    Ok(if negative {
        Money::new(-money.minor, currency)
    } else {
        money
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRIPE: &str = "id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Fee,Status,Customer Email,PaymentIntent ID,order_no (metadata)
ch_1,Order #1042 · Lumen,Payment complete.,2026-03-01 12:00:00,215.50,0.00,brl,215.50,9.00,Paid,mei@example.com,pi_1,1042
ch_2,Order #1043 · Lumen,Payment complete.,2026-03-01 13:00:00,\"1,234.56\",0.00,usd,,0,Failed,,pi_2,
";

    fn stripe_rows() -> Vec<ProviderRow> {
        read_report(
            STRIPE,
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap()
    }

    #[test]
    fn a_stripe_export_is_read_by_its_column_names() {
        let rows = stripe_rows();
        assert_eq!(rows.len(), 2);
        let a = &rows[0];
        assert_eq!(
            (a.line, a.reference.as_deref(), a.order_no),
            (2, Some("ch_1"), Some(1042))
        );
        assert_eq!(a.amount, Some(Money::new(21550, Currency::BRL)));
        assert_eq!(a.other_refs, ["pi_1"]);
        assert!(a.paid);
        let b = &rows[1];
        assert_eq!(b.amount, Some(Money::new(123456, Currency::USD)));
        assert_eq!(b.order_no, Some(1043), "from the description");
        assert!(!b.paid, "a failed charge is not money");
    }

    #[test]
    fn fingerprints_follow_the_reference() {
        let again = stripe_rows();
        assert_eq!(stripe_rows()[0].fingerprint, again[0].fingerprint);
        assert_ne!(again[0].fingerprint, again[1].fingerprint);
        let other_columns = "id,Amount,Currency,Status\nch_1,215.50,brl,Paid\n";
        let rows = read_report(
            other_columns,
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap();
        assert_eq!(
            rows[0].fingerprint, again[0].fingerprint,
            "the same payment in another export"
        );
    }

    #[test]
    fn a_bank_file_is_read_through_the_map() {
        let bank = "Data;Histórico;Valor;Documento\n01/03/2026;PIX RECEBIDO pedido #1042;1.234,56;E2E99\n02/03/2026;TARIFA;-5,00;T1\n";
        let map = FieldMap::parse(&[
            "Valor=amount".into(),
            "Documento=reference".into(),
            "Histórico=description".into(),
        ])
        .unwrap();
        let rows = read_report(bank, ReportFormat::Mapped, &map, Currency::BRL).unwrap();
        assert_eq!(rows[0].amount, Some(Money::new(123456, Currency::BRL)));
        assert_eq!(
            (rows[0].order_no, rows[0].reference.as_deref()),
            (Some(1042), Some("E2E99"))
        );
        assert!(rows[0].paid);
        assert!(!rows[1].paid, "a debit is not money in");
    }

    #[test]
    fn mistakes_name_the_line_and_column() {
        let e = read_report(
            "id,Amount,Currency\nch_1,lots,usd\n",
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap_err();
        assert!(
            matches!(&e, ReportError::Row { line: 2, why } if why.to_string().contains("amount")),
            "{e}"
        );
        let e = read_report(
            "id,Amount,Currency\nch_1,5\n",
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap_err();
        assert!(
            matches!(&e, ReportError::Row { line: 2, why } if why.to_string().contains("2 fields")),
            "{e}"
        );
        let e = read_report(
            "when,how much\nx,5\n",
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("not a Stripe payments export"),
            "{e}"
        );
        let e = read_report(
            "id,Amount,Currency\n",
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap_err();
        assert_eq!(e, ReportError::Empty);
        let e = read_report(
            "a,b\n1,2\n",
            ReportFormat::Mapped,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap_err();
        assert!(e.to_string().contains("--map"), "{e}");
        let map = FieldMap::parse(&["Valor=amount".into()]).unwrap();
        let e = read_report("a,b\n1,2\n", ReportFormat::Mapped, &map, Currency::USD).unwrap_err();
        assert!(e.to_string().contains("'Valor'"), "{e}");
        let e = read_report(
            "id,Amount,Currency,order_no (metadata)\nch,5,usd,soon\n",
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("'soon' is not an order number"),
            "{e}"
        );
    }

    #[test]
    fn map_options_are_checked() {
        assert!(FieldMap::parse(&["Valor=amount".into(), "Doc=reference".into()]).is_ok());
        assert!(
            FieldMap::parse(&["Valor".into()])
                .unwrap_err()
                .to_string()
                .contains("COLUMN=FIELD")
        );
        assert!(
            FieldMap::parse(&["Valor=money".into()])
                .unwrap_err()
                .to_string()
                .contains("fields: reference")
        );
        assert!(
            FieldMap::parse(&["A=amount".into(), "B=amount".into()])
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
        assert!(FieldMap::parse(&["=amount".into()]).is_err());
    }

    #[test]
    fn unknown_currencies_are_kept_for_review() {
        let rows = read_report(
            "id,Amount,Currency,Status\nch_9,10.00,btc,Paid\n",
            ReportFormat::Stripe,
            &FieldMap::default(),
            Currency::USD,
        )
        .unwrap();
        assert_eq!(
            (rows[0].amount, rows[0].currency_text.as_str()),
            (None, "btc")
        );
    }
}
