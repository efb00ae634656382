//! A catalog entry as the core sees it: one sellable SKU (a product in one variant).

use serde::Serialize;

use super::money::Currency;

/// The longest phrase worth remembering as a product's alias: a customer's name for a
/// product, not a message.
pub const MAX_ALIAS_CHARS: usize = 80;

/// One SKU. Variants ("Blue / M") are separate SKUs that share a product name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Product {
    pub sku: String,
    pub name: String,
    /// Free text such as "Blue / M"; empty when the product has no variants.
    pub variant: String,
    /// Unit price in minor units of `currency`.
    pub price: i64,
    pub currency: Currency,
    /// Other names customers use for it ("tee", "camiseta"), already split.
    pub aliases: Vec<String>,
    pub on_hand: i64,
    pub reserved: i64,
    /// Below this many available units the product is shown as low on stock.
    pub low_stock: Option<i64>,
}

impl Product {
    /// Units that can still be promised: on hand minus what open orders hold.
    pub fn available(&self) -> i64 {
        self.on_hand - self.reserved
    }

    /// "Leather Jacket Blue / M", the way people and messages name it.
    pub fn display_name(&self) -> String {
        if self.variant.is_empty() {
            self.name.clone()
        } else {
            format!("{} {}", self.name, self.variant)
        }
    }

    pub fn is_low(&self) -> bool {
        self.low_stock
            .is_some_and(|limit| self.available() <= limit)
    }
}

/// Splits the catalog CSV's alias cell ("tee|t-shirt; camiseta") into clean aliases.
pub fn split_aliases(cell: &str) -> Vec<String> {
    cell.split(['|', ';'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_split_on_pipes_and_semicolons() {
        assert_eq!(
            split_aliases(" tee | t-shirt;camiseta ;; "),
            ["tee", "t-shirt", "camiseta"]
        );
        assert!(split_aliases("").is_empty());
    }
}
