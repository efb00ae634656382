//! The Payments pane: what needs a person first (claims to verify, reminders due, links in
//! manual review), then live links, then the latest payments and refunds: one list whose
//! keys act on the kind of row selected.

use super::rows::{LinkRow, PaymentRow, PaymentsPage, ReminderRow};
use crate::core::i18n::Locale;
use crate::core::money::Money;

/// The selected row, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentItem<'a> {
    Claim(&'a PaymentRow),
    Reminder(&'a ReminderRow),
    Review(&'a LinkRow),
    Link(&'a LinkRow),
    Payment(&'a PaymentRow),
}

impl PaymentItem<'_> {
    pub fn order_number(&self) -> i64 {
        match self {
            PaymentItem::Claim(r) | PaymentItem::Payment(r) => r.order_number,
            PaymentItem::Reminder(r) => r.order_number,
            PaymentItem::Review(r) | PaymentItem::Link(r) => r.order_number,
        }
    }
}

impl PaymentItem<'_> {
    /// What `/` looks in: the order number, customer, amount, method or provider, reference,
    /// state and note, in the words and forms the staff see (and English's).
    fn matches(&self, filter: &str, loc: Locale) -> bool {
        let words = |key: &str| format!("{} {}", loc.text(key), Locale::EN.text(key));
        let text = match self {
            PaymentItem::Claim(r) | PaymentItem::Payment(r) => format!(
                "#{} {} {} {} {} {} {}",
                r.order_number,
                r.customer,
                loc.money(Money::new(r.payment.amount, r.payment.currency)),
                words(r.payment.method.key()),
                r.payment.reference.as_deref().unwrap_or(""),
                words(r.payment.state.key()),
                words(r.payment.kind.key())
            ),
            PaymentItem::Reminder(r) => format!(
                "#{} {} {} {}",
                r.order_number,
                r.customer,
                loc.money(r.balance),
                words("pane-reminder-due")
            ),
            PaymentItem::Review(r) | PaymentItem::Link(r) => format!(
                "#{} {} {} {} {} {} {} {}",
                r.order_number,
                r.customer,
                loc.money(r.amount),
                words(r.provider.key()),
                words(r.state.key()),
                words("name-Method-link"),
                r.note.in_locale(loc),
                r.note
            ),
        };
        text.to_lowercase().contains(&filter.trim().to_lowercase())
    }
}

/// A row marked with Space in the Payments pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Claim { number: i64, payment: uuid::Uuid },
    Reminder { number: i64, step: u32 },
}

impl PaymentItem<'_> {
    /// The mark this row takes: claims and reminders, which one key settles together.
    pub fn mark(&self) -> Option<Mark> {
        match self {
            PaymentItem::Claim(r) => Some(Mark::Claim {
                number: r.order_number,
                payment: r.payment.id,
            }),
            PaymentItem::Reminder(r) => Some(Mark::Reminder {
                number: r.order_number,
                step: r.step,
            }),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct PaymentsPane {
    pub page: PaymentsPage,
    pub selected: usize,
    /// Typed with `/`: only the rows that mention it.
    pub filter: String,
    /// The words the filter is matched against (the desk's language).
    pub locale: Locale,
    pub marked: Vec<Mark>,
}

impl PaymentsPane {
    /// Every row in the order shown (those the filter keeps).
    pub fn items(&self) -> impl Iterator<Item = PaymentItem<'_>> {
        let p = &self.page;
        p.claims
            .iter()
            .map(PaymentItem::Claim)
            .chain(p.reminders.iter().map(PaymentItem::Reminder))
            .chain(p.reviews.iter().map(PaymentItem::Review))
            .chain(p.links.iter().map(PaymentItem::Link))
            .chain(p.recent.iter().map(PaymentItem::Payment))
            .filter(|i| self.filter.trim().is_empty() || i.matches(&self.filter, self.locale))
    }

    pub fn len(&self) -> usize {
        self.items().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Rows that wait for a person: claims, reminders due, links in review.
    pub fn waiting(&self) -> usize {
        self.page.claims.len() + self.page.reminders.len() + self.page.reviews.len()
    }

    pub fn loaded(&mut self, page: PaymentsPage) {
        self.page = page;
        self.selected = self.selected.min(self.len().saturating_sub(1));
    }

    pub fn selected(&self) -> Option<PaymentItem<'_>> {
        self.items().nth(self.selected)
    }

    /// Space: marks the selected claim or reminder (or unmarks it) and moves down; false when
    /// the row takes no mark.
    pub fn toggle_mark(&mut self) -> bool {
        let Some(mark) = self.selected().and_then(|i| i.mark()) else {
            return false;
        };
        match self.marked.iter().position(|m| *m == mark) {
            Some(i) => {
                self.marked.remove(i);
            }
            None => self.marked.push(mark),
        }
        self.move_by(1);
        true
    }

    pub fn move_by(&mut self, delta: isize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(self.len().saturating_sub(1));
    }
}
