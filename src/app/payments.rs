//! Claims waiting for verification first, then the latest payments and refunds.

use super::rows::{PaymentRow, PaymentsPage};

#[derive(Debug, Clone, Default)]
pub struct PaymentsPane {
    pub page: PaymentsPage,
    /// Over claims then recent payments, as one list.
    pub selected: usize,
}

impl PaymentsPane {
    pub fn len(&self) -> usize {
        self.page.claims.len() + self.page.recent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn loaded(&mut self, page: PaymentsPage) {
        self.page = page;
        self.selected = self.selected.min(self.len().saturating_sub(1));
    }

    pub fn selected(&self) -> Option<&PaymentRow> {
        let claims = self.page.claims.len();
        if self.selected < claims {
            self.page.claims.get(self.selected)
        } else {
            self.page.recent.get(self.selected - claims)
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(self.len().saturating_sub(1));
    }
}
