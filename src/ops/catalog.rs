//! Catalog import and stock receiving/adjusting.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::json;

use super::error::Doing;
use super::{Desk, OpError, Result};
use crate::core::catalog::{Product, split_aliases};
use crate::core::i18n::Message;
use crate::core::money::{Currency, Money};
use crate::core::stock::{MAX_MOVE_QTY, MoveKind};
use crate::core::text::is_terminal_control;
use crate::msg;
use crate::store::{ImportOutcome, JournalWrite, StoreError, Tx};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CatalogImport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// SKUs whose stock was set from the file's `stock` column.
    pub stock_changes: Vec<StockChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StockChange {
    pub sku: String,
    pub from: i64,
    pub to: i64,
}

const REQUIRED: &[&str] = &["sku", "name", "price"];
const KNOWN: &[&str] = &[
    "sku",
    "name",
    "variant",
    "price",
    "currency",
    "stock",
    "aliases",
    "low_stock",
];

/// One parsed catalog row, with the line it came from.
struct Row {
    line: u64,
    product: Product,
    stock: Option<i64>,
}

/// Which optional columns the file has: a column left out keeps what the catalog already says
/// (a price list without aliases must not wipe the aliases the chat matching relies on).
struct Columns {
    variant: bool,
    aliases: bool,
    low_stock: bool,
}

impl Desk {
    /// Imports a catalog CSV (header: sku,name,variant,price,currency,stock[,aliases,low_stock]).
    /// All rows or none: the first bad row stops the import and names its line and column.
    pub fn import_catalog(&mut self, csv_text: &str) -> Result<CatalogImport> {
        let (columns, rows) = parse_catalog(csv_text, self.config.shop.currency)?;
        let (now, actor) = (self.now(), self.actor.clone());
        let tx = self.store.write()?;
        let mut report = CatalogImport::default();
        for row in &rows {
            let at_line = || msg!("doing-import-line", line = row.line.to_string());
            let mut product = row.product.clone();
            if let Some(old) = tx.read().product(&product.sku)? {
                if old.sku != product.sku {
                    return Err(OpError::Invalid(msg!(
                        "error-import-sku-case",
                        line = row.line.to_string(),
                        sku = product.sku.as_str(),
                        catalog = old.sku.as_str()
                    )));
                }
                if !columns.variant {
                    product.variant = old.variant;
                }
                if !columns.aliases {
                    product.aliases = old.aliases;
                }
                if !columns.low_stock {
                    product.low_stock = old.low_stock;
                }
            }
            let p = &product;
            let outcome = tx.upsert_product(p, now).doing(at_line)?;
            let (action, before) = match &outcome {
                ImportOutcome::Inserted => {
                    report.inserted += 1;
                    ("created", None)
                }
                ImportOutcome::Updated { before } => {
                    report.updated += 1;
                    ("updated", Some(json!(before)))
                }
                ImportOutcome::Unchanged => {
                    report.unchanged += 1;
                    ("", None)
                }
            };
            if !action.is_empty() {
                tx.journal(JournalWrite {
                    entity: "product",
                    key: &p.sku,
                    order_id: None,
                    action,
                    before,
                    after: Some(json!(p)),
                    actor: &actor,
                    at: now,
                })?;
            }
            if let Some(target) = row.stock {
                let current = tx
                    .read()
                    .product(&p.sku)?
                    .map(|p| p.on_hand)
                    .unwrap_or_default();
                if target != current {
                    let (kind, qty) = if matches!(outcome, ImportOutcome::Inserted) {
                        (MoveKind::Receive, target)
                    } else {
                        (MoveKind::Adjust, target - current)
                    };
                    set_stock(&tx, &p.sku, kind, qty, "catalog import", &actor, now).doing(
                        || {
                            msg!(
                                "doing-import-stock",
                                line = row.line.to_string(),
                                sku = p.sku.as_str(),
                                target = target
                            )
                        },
                    )?;
                    report.stock_changes.push(StockChange {
                        sku: p.sku.clone(),
                        from: current,
                        to: target,
                    });
                }
            }
        }
        tx.commit()?;
        Ok(report)
    }

    /// Goods arrived: on hand goes up by `qty`.
    pub fn receive_stock(&mut self, sku: &str, qty: i64, note: &str) -> Result<Product> {
        if !(1..=MAX_MOVE_QTY).contains(&qty) {
            return Err(OpError::Invalid(msg!(
                "error-receive-range",
                qty = qty,
                sku = sku,
                max = MAX_MOVE_QTY
            )));
        }
        self.stock_move(sku, MoveKind::Receive, qty, note)
    }

    /// A correction after counting: `delta` units more (positive) or fewer (negative).
    pub fn adjust_stock(&mut self, sku: &str, delta: i64, reason: &str) -> Result<Product> {
        if delta == 0 {
            return Err(OpError::Invalid(msg!("error-adjust-zero", sku = sku)));
        }
        if delta.abs() > MAX_MOVE_QTY {
            return Err(OpError::Invalid(msg!(
                "error-adjust-range",
                sku = sku,
                delta = delta.to_string(),
                max = MAX_MOVE_QTY
            )));
        }
        if reason.trim().is_empty() {
            return Err(OpError::Invalid(msg!("error-adjust-reason", sku = sku)));
        }
        self.stock_move(sku, MoveKind::Adjust, delta, reason)
    }

    fn stock_move(&mut self, sku: &str, kind: MoveKind, qty: i64, note: &str) -> Result<Product> {
        let (now, actor) = (self.now(), self.actor.clone());
        let tx = self.store.write()?;
        let before = tx.read().product(sku)?.ok_or_else(|| unknown_sku(sku))?;
        // As the catalog writes it, however it was typed.
        let sku = before.sku.as_str();
        set_stock(&tx, sku, kind, qty, note, &actor, now).doing(|| {
            msg!(
                "doing-stock-move",
                kind = kind.as_str(),
                qty = qty.to_string(),
                sku = sku
            )
        })?;
        let after = tx.read().product(sku)?.ok_or_else(|| unknown_sku(sku))?;
        tx.journal(JournalWrite {
            entity: "product",
            key: sku,
            order_id: None,
            action: kind.as_str(),
            before: Some(json!({"on_hand": before.on_hand, "reserved": before.reserved})),
            after: Some(
                json!({"on_hand": after.on_hand, "reserved": after.reserved, "note": note}),
            ),
            actor: &actor,
            at: now,
        })?;
        tx.commit()?;
        Ok(after)
    }

    /// The catalog, optionally filtered by SKU, name, variant or alias.
    pub fn catalog(&self, filter: &str) -> Result<Vec<Product>> {
        Ok(self.store.read().products(filter, -1, 0)?)
    }
}

fn set_stock(
    tx: &Tx,
    sku: &str,
    kind: MoveKind,
    qty: i64,
    note: &str,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    tx.move_stock(sku, kind, qty, None, note, false, actor, now)
        .map_err(|e| match e {
            StoreError::NotEnoughStock { available, .. } => {
                OpError::Invalid(msg!("error-reserved-beyond", available = available))
            }
            other => other.into(),
        })
}

pub(crate) fn unknown_sku(sku: &str) -> OpError {
    OpError::NotFound(msg!("error-unknown-sku", sku = sku))
}

fn parse_catalog(text: &str, shop_currency: Currency) -> Result<(Columns, Vec<Row>)> {
    let bad = |line: u64, column: &str, why: Message| {
        OpError::Invalid(msg!(
            "error-import-cell",
            line = line.to_string(),
            column = column,
            why = why
        ))
    };
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            OpError::Invalid(msg!(
                "error-import-header",
                why = Message::plain(e.to_string())
            ))
        })?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    if let Some(unknown) = headers.iter().find(|h| !KNOWN.contains(&h.as_str())) {
        return Err(bad(
            1,
            unknown,
            msg!("error-import-unknown-column", known = KNOWN.join(", ")),
        ));
    }
    if let Some(missing) = REQUIRED.iter().find(|r| !headers.iter().any(|h| h == *r)) {
        return Err(OpError::Invalid(msg!(
            "error-import-missing-column",
            column = *missing
        )));
    }
    let col = |name: &str| headers.iter().position(|h| h == name);
    let mut rows = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            let why = match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => {
                    msg!("error-import-cells", expected = *expected_len, found = *len)
                }
                csv::ErrorKind::Utf8 { .. } => msg!("error-import-not-utf8"),
                _ => Message::plain(e.to_string()),
            };
            OpError::Invalid(msg!(
                "error-import-line",
                line = line.to_string(),
                why = why
            ))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |name: &str| col(name).and_then(|i| record.get(i)).unwrap_or("");
        let sku = cell("sku");
        if sku.chars().any(is_terminal_control) {
            return Err(bad(
                line,
                "sku",
                msg!("error-import-sku-control", sku = sku),
            ));
        }
        if sku.is_empty() || sku.len() > 64 || sku.chars().any(char::is_whitespace) {
            return Err(bad(line, "sku", msg!("error-import-not-sku", sku = sku)));
        }
        // SKUs are one product however they are capitalised: `jkt-1` and `JKT-1` are the same.
        if let Some(first) = seen.insert(sku.to_lowercase(), line) {
            return Err(bad(
                line,
                "sku",
                msg!(
                    "error-import-sku-twice",
                    sku = sku,
                    first = first.to_string()
                ),
            ));
        }
        let name = cell("name");
        if name.is_empty() {
            return Err(bad(line, "name", msg!("error-import-no-name")));
        }
        let currency = match cell("currency") {
            "" => shop_currency,
            code => code
                .parse()
                .map_err(|e: crate::core::money::MoneyError| bad(line, "currency", e.message()))?,
        };
        if currency != shop_currency {
            return Err(bad(
                line,
                "currency",
                msg!(
                    "error-import-currency",
                    currency = currency.code(),
                    shop = shop_currency.code()
                ),
            ));
        }
        let price =
            Money::parse(cell("price"), currency).map_err(|e| bad(line, "price", e.message()))?;
        if price.minor < 0 {
            return Err(bad(line, "price", msg!("error-import-negative-price")));
        }
        let whole = |name: &str| -> Result<Option<i64>> {
            match cell(name) {
                "" => Ok(None),
                text => text
                    .parse::<i64>()
                    .ok()
                    .filter(|n| (0..=MAX_MOVE_QTY).contains(n))
                    .map(Some)
                    .ok_or_else(|| bad(line, name, msg!("error-import-not-units", text = text))),
            }
        };
        rows.push(Row {
            line,
            stock: whole("stock")?,
            product: Product {
                sku: sku.to_string(),
                name: name.to_string(),
                variant: cell("variant").to_string(),
                price: price.minor,
                currency,
                aliases: split_aliases(cell("aliases")),
                on_hand: 0,
                reserved: 0,
                low_stock: whole("low_stock")?,
            },
        });
    }
    if rows.is_empty() {
        return Err(OpError::Invalid(msg!("error-import-no-products")));
    }
    let has = |name: &str| col(name).is_some();
    let columns = Columns {
        variant: has("variant"),
        aliases: has("aliases"),
        low_stock: has("low_stock"),
    };
    Ok((columns, rows))
}
