//! Customers with their standing: orders, lifetime value, open balance, last order.

use super::effect::Effect;
use super::list::Paged;
use super::rows::{CustomerRow, CustomersPage};

#[derive(Debug, Clone, Default)]
pub struct CustomersPane {
    pub rows: Vec<CustomerRow>,
    pub cursor: Paged,
    pub filter: String,
}

impl CustomersPane {
    pub fn load(&self, offset: usize) -> Effect {
        Effect::LoadCustomers {
            filter: self.filter.clone(),
            offset,
        }
    }

    pub fn reload(&self) -> Effect {
        self.load(self.cursor.offset)
    }

    pub fn loaded(&mut self, page: CustomersPage) {
        self.cursor.loaded(page.offset, page.rows.len(), page.total);
        self.rows = page.rows;
    }

    pub fn selected(&self) -> Option<&CustomerRow> {
        self.cursor.local().and_then(|i| self.rows.get(i))
    }

    pub fn move_by(&mut self, delta: isize) -> Option<Effect> {
        self.cursor.move_by(delta).map(|o| self.load(o))
    }

    pub fn go_to(&mut self, position: usize) -> Option<Effect> {
        self.cursor.go_to(position).map(|o| self.load(o))
    }
}
