//! What is the same on both engines: queries made of other queries, and decisions taken from
//! what they read. Each engine's file calls these rather than repeating them.

use chrono::{DateTime, Utc};

use super::api::{CustomerReads, OrderReads, PaymentReads, ProductReads};
use super::rows::{OrderFilter, ReportOrder};
use super::{Result, StoreError};
use crate::core::catalog::Product;
use crate::core::customer::{Customer, legacy_keys};
use crate::core::order::Order;
use crate::core::stock::MoveKind;
use crate::msg;

/// A list that filled the page it asked for needs no count to be trusted.
pub(crate) fn filled_its_page(f: &OrderFilter, read: usize) -> bool {
    f.limit.is_some_and(|limit| read as i64 >= limit)
}

/// Whether `read` orders are all that `counted` matching orders leave for this page (after
/// the filter's offset, up to its limit); a shorter list means a damaged index walked past
/// rows, and is refused rather than shown as the book.
pub(crate) fn orders_read_whole(f: &OrderFilter, read: usize, counted: i64) -> Result<()> {
    let mut expected = (counted - f.offset).max(0);
    if let Some(limit) = f.limit {
        expected = expected.min(limit);
    }
    if (read as i64) < expected {
        return Err(StoreError::Incomplete {
            what: "orders",
            read,
            counted: expected,
        });
    }
    Ok(())
}

/// Fills in the lines of listed orders (those of the revision each was read at) with one
/// query.
pub(crate) fn with_lines<T>(
    read: &impl OrderReads,
    mut rows: Vec<T>,
    order: impl Fn(&mut T) -> &mut Order,
) -> Result<Vec<T>> {
    let wanted: Vec<(uuid::Uuid, i64)> = rows
        .iter_mut()
        .map(|r| {
            let o = order(r);
            (o.id, o.revision)
        })
        .collect();
    let mut lines = read.lines_of(&wanted)?;
    for row in &mut rows {
        let o = order(row);
        o.lines = lines.remove(&o.id).unwrap_or_default();
    }
    Ok(rows)
}

/// The orders created in [from, to), each with all its payments (whenever they happened).
pub(crate) fn report_orders(
    read: &(impl OrderReads + PaymentReads),
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<ReportOrder>> {
    let rows = read.list_orders(&OrderFilter {
        created_from: Some(from),
        created_to: Some(to),
        ..OrderFilter::default()
    })?;
    let ids: Vec<_> = rows.iter().map(|r| r.order.id).collect();
    let mut payments = read.payments_of(&ids)?;
    Ok(rows
        .into_iter()
        .map(|row| ReportOrder {
            payments: payments.remove(&row.order.id).unwrap_or_default(),
            row,
        })
        .collect())
}

/// Why a guarded stock move changed no row: units never on hand cannot ship (an oversold
/// order waits for stock), else not enough is available (or the SKU is unknown).
pub(crate) fn refused_move(
    read: &impl ProductReads,
    sku: &str,
    kind: MoveKind,
    qty: i64,
    (d_on, d_res): (i64, i64),
) -> StoreError {
    let product = match read.product(sku) {
        Ok(p) => p,
        Err(e) => return e,
    };
    if kind == MoveKind::Ship {
        return StoreError::NotOnHand {
            sku: sku.to_string(),
            on_hand: product.map_or(0, |p| p.on_hand),
            asked: qty,
        };
    }
    match product {
        Some(p) => StoreError::NotEnoughStock {
            sku: sku.to_string(),
            available: p.available(),
            asked: d_res - d_on,
        },
        None => StoreError::NotFound(msg!("error-unknown-sku", sku = sku)),
    }
}

/// Whether an imported product leaves the catalog row as it is: the fields an import writes
/// are all the same (stock is not among them), so the upsert writes nothing.
pub(crate) fn import_unchanged(old: &Product, new: &Product) -> bool {
    old.name == new.name
        && old.variant == new.variant
        && old.price == new.price
        && old.currency == new.currency
        && old.aliases == new.aliases
        && old.low_stock == new.low_stock
}

/// The customer a found one was merged into, following the chain to its end.
/// The customer with phone key `phone` (`exact` finds the record that holds a key), else
/// the first found under the keys earlier versions of the desk stored for the same number
/// (`core::customer::legacy_keys`): books are not rewritten when the way numbers are read
/// improves, and the number typed again must find the customer saved then. A merged record
/// answers with the one it joined.
pub(crate) fn customer_by_phone_key(
    read: &impl CustomerReads,
    phone: &str,
    exact: impl Fn(&str) -> Result<Option<Customer>>,
) -> Result<Option<Customer>> {
    let mut found = exact(phone)?;
    if found.is_none() {
        for key in legacy_keys(phone) {
            found = exact(&key)?;
            if found.is_some() {
                break;
            }
        }
    }
    follow_merges(read, found)
}

pub(crate) fn follow_merges(
    read: &impl CustomerReads,
    mut found: Option<Customer>,
) -> Result<Option<Customer>> {
    // Merges form a short chain; the bound guards against a cycle written by hand.
    for _ in 0..32 {
        match found {
            Some(Customer {
                merged_into: Some(next),
                ..
            }) => found = read.customer(next)?,
            other => return Ok(other),
        }
    }
    Err(StoreError::Corrupt("customer merges form a cycle".into()))
}
