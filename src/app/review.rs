//! The paste review (and new-order form): the drafts read from a paste, one per customer,
//! for staff to check, fix and turn into orders. Nothing is written until Enter or `s`.

use super::effect::{LineSpec, OrderRef, OrderSpec};
use crate::core::catalog::Product;
use crate::core::deadline::Deadline;
use crate::core::i18n::{Locale, Message};
use crate::core::money::Money;
use crate::core::payment::Method;
use crate::t;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewLine {
    pub sku: String,
    pub name: String,
    pub qty: i64,
    pub unit_price: Money,
    /// How sure the reading was (0–100); None when a person chose it.
    pub confidence: Option<u8>,
    /// Units available when the draft was read.
    pub available: i64,
    /// What the customer wrote about it.
    pub said: String,
}

impl ReviewLine {
    pub fn from_product(p: &Product, qty: i64) -> ReviewLine {
        ReviewLine {
            sku: p.sku.clone(),
            name: p.display_name(),
            qty,
            unit_price: Money::new(p.price, p.currency),
            confidence: None,
            available: p.available(),
            said: String::new(),
        }
    }

    pub fn short(&self) -> bool {
        self.qty > self.available
    }

    /// A guess worth a second look.
    pub fn unsure(&self) -> bool {
        self.confidence.is_some_and(|c| c < 70)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownCustomer {
    pub last_address: Option<String>,
    pub open_balance: Money,
    pub orders: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewCustomer {
    pub name: String,
    pub phone: Option<String>,
    /// Set when the book already knows them.
    pub known: Option<KnownCustomer>,
}

impl ReviewCustomer {
    /// How the order names them: the phone when there is one.
    pub fn key(&self) -> String {
        self.phone.clone().unwrap_or_else(|| self.name.clone())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewDraft {
    pub customer: Option<ReviewCustomer>,
    pub lines: Vec<ReviewLine>,
    pub address: Option<String>,
    pub pickup: bool,
    /// What the customer says they paid: Some(None) when they gave no amount.
    pub claimed: Option<Option<Money>>,
    /// The payment reference the customer gave.
    pub claim_reference: Option<String>,
    /// The way of paying the claim named ("pix feito"); Other when it named none.
    pub claim_method: Method,
    /// Words that read like an order but match no product.
    pub unmatched: Vec<String>,
    /// Products the customer asked about without ordering them.
    pub asked: Vec<String>,
    pub warnings: Vec<Message>,
    /// The pasted text this draft came from.
    pub source: Option<String>,
    /// When the customer needs it; `deadline_from_chat` while it is what the chat said.
    pub deadline: Option<Deadline>,
    pub deadline_from_chat: bool,
    /// The open order an earlier paste of this conversation made: Enter updates it.
    pub continues: Option<Continues>,
    /// Staff chose a new order over updating the one this paste continues.
    pub new_instead: bool,
    /// Delivery fee and discount typed in the review (None: none, or the order's own).
    pub delivery: Option<Money>,
    pub discount: Option<Money>,
}

/// The order a paste continues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Continues {
    pub order: OrderRef,
    /// The paste adds nothing the customer said since that order was made.
    pub nothing_new: bool,
}

impl ReviewDraft {
    pub fn empty() -> ReviewDraft {
        ReviewDraft {
            customer: None,
            lines: Vec::new(),
            address: None,
            pickup: false,
            claimed: None,
            claim_reference: None,
            claim_method: Method::Other,
            unmatched: Vec::new(),
            asked: Vec::new(),
            warnings: Vec::new(),
            source: None,
            deadline: None,
            deadline_from_chat: false,
            continues: None,
            new_instead: false,
            delivery: None,
            discount: None,
        }
    }

    /// The order Enter updates instead of creating one, if any.
    pub fn updates(&self) -> Option<OrderRef> {
        self.continues
            .filter(|_| !self.new_instead)
            .map(|c| c.order)
    }

    /// Lines plus delivery minus discount.
    pub fn total(&self) -> Option<Money> {
        let first = self.lines.first()?.unit_price;
        let lines = self
            .lines
            .iter()
            .try_fold(Money::zero(first.currency), |sum, l| {
                sum.checked_add(l.unit_price.checked_mul(l.qty).ok()?).ok()
            })?;
        let with_fee = match self.delivery {
            Some(fee) => lines.checked_add(fee).ok()?,
            None => lines,
        };
        match self.discount {
            Some(off) => with_fee.checked_sub(off).ok(),
            None => Some(with_fee),
        }
    }

    /// Why Enter cannot create and confirm this draft yet, if it cannot.
    pub fn blocker(&self, loc: Locale) -> Option<String> {
        if self.customer.is_none() {
            return Some(t!(loc, "review-needs-customer"));
        }
        if self.lines.is_empty() {
            return Some(t!(loc, "review-needs-lines"));
        }
        if let Some(l) = self.lines.iter().find(|l| l.short()) {
            return Some(t!(
                loc,
                "review-short",
                available = l.available.max(0),
                product = l.name.as_str(),
                asked = l.qty
            ));
        }
        None
    }

    /// What to write; a pickup is noted in the staff's words.
    pub fn spec(&self, loc: Locale) -> Option<OrderSpec> {
        let customer = self.customer.as_ref()?;
        Some(OrderSpec {
            customer: customer.key(),
            name: Some(customer.name.clone()).filter(|n| !n.trim().is_empty()),
            lines: self
                .lines
                .iter()
                .map(|l| LineSpec {
                    sku: l.sku.clone(),
                    qty: l.qty,
                })
                .collect(),
            address: if self.pickup {
                None
            } else {
                self.address.clone()
            },
            notes: if self.pickup {
                t!(loc, "review-pickup-note")
            } else {
                String::new()
            },
            source: self.source.clone(),
            claimed: self.claimed.flatten(),
            deadline: self.deadline,
            claim_reference: self.claim_reference.clone(),
            claim_method: self.claim_method,
            delivery: self.delivery,
            discount: self.discount,
        })
    }
}

/// Why the review is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewMode {
    Paste,
    New,
    Edit(OrderRef),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub drafts: Vec<ReviewDraft>,
    pub current: usize,
    pub line: usize,
    pub mode: ReviewMode,
    /// Staff changed something that is not written yet: Esc asks before throwing it away.
    pub edited: bool,
    /// Orders this review already wrote (one per customer of a paste).
    pub written: Vec<i64>,
}

impl Review {
    pub fn new(drafts: Vec<ReviewDraft>, mode: ReviewMode) -> Review {
        Review {
            drafts,
            current: 0,
            line: 0,
            mode,
            edited: false,
            written: Vec::new(),
        }
    }

    pub fn draft(&self) -> Option<&ReviewDraft> {
        self.drafts.get(self.current)
    }

    pub fn draft_mut(&mut self) -> Option<&mut ReviewDraft> {
        self.drafts.get_mut(self.current)
    }

    pub fn move_line(&mut self, delta: isize) {
        let len = self.draft().map_or(0, |d| d.lines.len());
        self.line = self
            .line
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
    }

    pub fn change_qty(&mut self, delta: i64) {
        self.edited = true;
        let line = self.line;
        if let Some(l) = self.draft_mut().and_then(|d| d.lines.get_mut(line)) {
            l.qty = (l.qty + delta).clamp(1, 100_000);
        }
    }

    pub fn set_qty(&mut self, qty: i64) {
        self.edited = true;
        let line = self.line;
        if let Some(l) = self.draft_mut().and_then(|d| d.lines.get_mut(line)) {
            l.qty = qty.clamp(1, 100_000);
        }
    }

    pub fn remove_line(&mut self) {
        self.edited = true;
        let line = self.line;
        if let Some(d) = self.draft_mut()
            && line < d.lines.len()
        {
            d.lines.remove(line);
        }
        self.move_line(0);
    }

    /// The phrase now has its product.
    pub fn drop_unmatched(&mut self, phrase: &str) {
        if let Some(d) = self.draft_mut() {
            d.unmatched.retain(|u| u != phrase);
        }
    }

    /// Puts `product` on line `at` (keeping its quantity) or adds `count` of it as a new
    /// line (more of it when already there); the cursor goes to the line, so `+` right after
    /// adding counts that product up.
    pub fn set_product(&mut self, at: Option<usize>, product: &Product, count: i64) {
        self.edited = true;
        let Some(d) = self.draft_mut() else { return };
        // Added after all: no longer only asked about.
        let name = product.display_name();
        d.asked.retain(|a| *a != name);
        let line = match at.filter(|i| *i < d.lines.len()) {
            Some(i) => {
                let l = &mut d.lines[i];
                *l = ReviewLine {
                    qty: l.qty,
                    said: l.said.clone(),
                    ..ReviewLine::from_product(product, l.qty)
                };
                i
            }
            None => match d.lines.iter().position(|l| l.sku == product.sku) {
                Some(i) => {
                    d.lines[i].qty = (d.lines[i].qty + count).clamp(1, 100_000);
                    i
                }
                None => {
                    d.lines
                        .push(ReviewLine::from_product(product, count.clamp(1, 100_000)));
                    d.lines.len() - 1
                }
            },
        };
        self.line = line;
    }

    /// The current draft became order `number` (or was saved): drop it; true when none are
    /// left. What was changed in it is written, so nothing is left to lose.
    pub fn finish_current(&mut self, number: i64) -> bool {
        self.written.push(number);
        self.edited = false;
        if self.current < self.drafts.len() {
            self.drafts.remove(self.current);
        }
        self.current = self.current.min(self.drafts.len().saturating_sub(1));
        self.line = 0;
        self.drafts.is_empty()
    }

    pub fn next_draft(&mut self) {
        if !self.drafts.is_empty() {
            self.current = (self.current + 1) % self.drafts.len();
            self.line = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::Currency;

    fn product(sku: &str, available: i64) -> Product {
        Product {
            sku: sku.into(),
            name: "Wool Scarf".into(),
            variant: "Red".into(),
            price: 3500,
            currency: Currency::USD,
            aliases: vec![],
            on_hand: available,
            reserved: 0,
            low_stock: None,
        }
    }

    #[test]
    fn a_draft_says_what_stops_it() {
        let mut r = Review::new(vec![ReviewDraft::empty()], ReviewMode::New);
        assert!(
            r.draft()
                .unwrap()
                .blocker(Locale::EN)
                .unwrap()
                .contains("who is it for")
        );
        r.draft_mut().unwrap().customer = Some(ReviewCustomer {
            name: "Mei".into(),
            phone: None,
            known: None,
        });
        assert!(
            r.draft()
                .unwrap()
                .blocker(Locale::EN)
                .unwrap()
                .contains("no lines")
        );
        r.set_product(None, &product("SCF-RED", 1), 1);
        assert_eq!(r.draft().unwrap().blocker(Locale::EN), None);
        r.change_qty(1);
        let why = r.draft().unwrap().blocker(Locale::EN).unwrap();
        assert!(
            why.contains("only 1 of 'Wool Scarf Red' left (2 asked)"),
            "{why}"
        );
        r.change_qty(-5);
        assert_eq!(
            r.draft().unwrap().lines[0].qty,
            1,
            "quantities stay at least 1"
        );
        let spec = r.draft().unwrap().spec(Locale::EN).unwrap();
        assert_eq!(spec.customer, "Mei");
        assert_eq!(
            spec.lines,
            vec![LineSpec {
                sku: "SCF-RED".into(),
                qty: 1
            }]
        );
    }

    #[test]
    fn changing_a_product_keeps_the_quantity() {
        let mut r = Review::new(vec![ReviewDraft::empty()], ReviewMode::New);
        r.set_product(None, &product("SCF-RED", 5), 1);
        r.change_qty(2);
        r.set_product(Some(0), &product("SCF-BLU", 5), 1);
        let l = &r.draft().unwrap().lines[0];
        assert_eq!((l.sku.as_str(), l.qty), ("SCF-BLU", 3));
        assert!(!r.finish_current(1001) || r.drafts.is_empty());
    }
}
