//! The catalog with stock: on hand, reserved, available, low stock marked.

use super::effect::Effect;
use super::list::Paged;
use super::rows::InventoryPage;
use crate::core::catalog::Product;

#[derive(Debug, Clone, Default)]
pub struct InventoryPane {
    pub rows: Vec<Product>,
    /// Learned aliases of the loaded rows: (SKU, phrase).
    pub learned: Vec<(String, String)>,
    pub cursor: Paged,
    pub filter: String,
}

impl InventoryPane {
    pub fn load(&self, offset: usize) -> Effect {
        Effect::LoadInventory {
            filter: self.filter.clone(),
            offset,
        }
    }

    pub fn reload(&self) -> Effect {
        self.load(self.cursor.offset)
    }

    pub fn loaded(&mut self, page: InventoryPage) {
        self.cursor.loaded(page.offset, page.rows.len(), page.total);
        self.rows = page.rows;
        self.learned = page.learned;
    }

    /// The learned names of a product, as customers wrote them.
    pub fn learned_for(&self, sku: &str) -> impl Iterator<Item = &str> {
        self.learned
            .iter()
            .filter(move |(s, _)| s == sku)
            .map(|(_, phrase)| phrase.as_str())
    }

    pub fn selected(&self) -> Option<&Product> {
        self.cursor.local().and_then(|i| self.rows.get(i))
    }

    pub fn move_by(&mut self, delta: isize) -> Option<Effect> {
        self.cursor.move_by(delta).map(|o| self.load(o))
    }

    pub fn go_to(&mut self, position: usize) -> Option<Effect> {
        self.cursor.go_to(position).map(|o| self.load(o))
    }
}
