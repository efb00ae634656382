//! Turns an item the conversation described into a catalog SKU, with how sure we are.
//!
//! The variants of the named product (and of products the words fit equally well) are
//! ranked by agreement with the colour, size, variant words and quoted price; ties are kept
//! as alternatives for a person to choose from, and the confidence says how much was guessed.

use super::catalog_index::CatalogIndex;
use super::drafts::DraftItem;
use super::order_state::ItemState;
use crate::core::money::Money;

/// Picks the SKU for an item and scores how sure we are.
pub(crate) fn finish_item(
    item: &ItemState,
    index: &CatalogIndex<'_>,
    warnings: &mut Vec<String>,
) -> Option<DraftItem> {
    let resolved = resolve_sku(item, index)?;
    let product = index.product(resolved.sku)?;
    let mut confidence = i32::from(item.name_confidence);
    if !resolved.alternatives.is_empty() {
        confidence -= 25;
        let options: Vec<String> = std::iter::once(resolved.sku)
            .chain(resolved.alternatives.iter().copied())
            .take(SHOWN_ALTERNATIVES)
            .filter_map(|i| index.product(i))
            .map(|p| {
                // Variants of the same product by their variant; other products in full.
                if p.name == product.name && !p.variant.is_empty() {
                    p.variant.clone()
                } else {
                    p.display_name()
                }
            })
            .collect();
        let more = (resolved.alternatives.len() + 1).saturating_sub(SHOWN_ALTERNATIVES);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        warnings.push(format!(
            "which {}? '{}' fits {}{more}",
            product.name,
            item.said,
            options.join(", ")
        ));
    }
    for missing in &resolved.missing {
        confidence -= 20;
        warnings.push(format!(
            "no {missing} {} in the catalog; picked {}",
            product.name,
            product.display_name()
        ));
    }
    if !item.qty_said {
        confidence -= 5;
    }
    if item.referent.is_some() {
        // The product was pointed at ("2 of them"), not named: a little less sure than a
        // line the customer named.
        confidence -= REFERENCE_PENALTY;
    }
    if item.asked_only {
        confidence = confidence.min(45);
    }
    if item.shop_confirmed {
        confidence += 10;
    }
    let qty = item.qty.max(1);
    let available = product.available();
    Some(DraftItem {
        sku: product.sku.clone(),
        name: product.display_name(),
        qty,
        unit_price: Money::new(product.price, product.currency),
        confidence: u8::try_from(confidence.clamp(5, 100)).unwrap_or(5),
        source: item.source,
        changed_by: item.changed_by.clone(),
        said: item.said.clone(),
        out_of_stock: available < qty,
        available,
        alternatives: resolved
            .alternatives
            .iter()
            .take(SHOWN_ALTERNATIVES)
            .filter_map(|&i| index.product(i))
            .map(|p| p.sku.clone())
            .collect(),
        asked_only: item.asked_only,
        shop_confirmed: item.shop_confirmed,
    })
}

/// How much less sure a line is when its product was only pointed at.
const REFERENCE_PENALTY: i32 = 10;

/// Alternatives listed per item; beyond this the words were too vague to list them all.
const SHOWN_ALTERNATIVES: usize = 8;

struct Resolved {
    sku: usize,
    alternatives: Vec<usize>,
    /// Colours or sizes asked for that no candidate has.
    missing: Vec<String>,
}

/// Among the family's variants (and those of families the words fit as well), the ones
/// that best agree with the colour, size, variant words and quoted price.
fn resolve_sku(item: &ItemState, index: &CatalogIndex<'_>) -> Option<Resolved> {
    if let Some(sku) = item.sku {
        return Some(Resolved {
            sku,
            alternatives: Vec::new(),
            missing: Vec::new(),
        });
    }
    let mut candidates: Vec<usize> = Vec::new();
    for family in std::iter::once(item.family).chain(item.tied.iter().copied()) {
        if let Some(f) = index.families.get(family) {
            candidates.extend(&f.skus);
        }
    }
    let wanted = &item.wanted;
    let features = |i: usize| index.features.get(i);
    let mut missing = Vec::new();
    if let Some(colour) = wanted.colour
        && !candidates
            .iter()
            .any(|&i| features(i).is_some_and(|f| f.colour == Some(colour)))
    {
        missing.push(colour.to_string());
    }
    if let Some(size) = &wanted.size
        && !candidates
            .iter()
            .any(|&i| features(i).is_some_and(|f| f.size.as_ref() == Some(size)))
    {
        missing.push(format!("size {}", size.to_uppercase()));
    }
    let score = |i: usize| -> i32 {
        let Some(f) = features(i) else {
            return i32::MIN;
        };
        let mut s = 0;
        s += attribute_score(wanted.colour, f.colour);
        s += attribute_score(wanted.size.as_deref(), f.size.as_deref());
        s += f.words.iter().filter(|w| wanted.words.contains(w)).count() as i32;
        if let (Some(price), Some(p)) = (item.price, index.product(i))
            && price == Money::new(p.price, p.currency)
        {
            s += 3;
        }
        s
    };
    let best = candidates.iter().map(|&i| score(i)).max()?;
    let mut top = candidates.iter().copied().filter(|&i| score(i) == best);
    let sku = top.next()?;
    let alternatives: Vec<usize> = top.collect();
    Some(Resolved {
        sku,
        alternatives,
        missing,
    })
}

fn attribute_score(wanted: Option<&str>, has: Option<&str>) -> i32 {
    match (wanted, has) {
        (Some(w), Some(h)) if w == h => 4,
        (Some(_), Some(_)) => -4,
        _ => 0,
    }
}
