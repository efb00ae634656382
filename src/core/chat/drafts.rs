//! Messages + catalog → draft orders, one per customer, with every guess visible.
//!
//! Who is who: authors named in [`DraftOptions::shop_names`] are the shop; everyone else is
//! a customer with a draft of their own (a group chat can hold several). Customer messages
//! are read clause by clause and applied in order; the shop's messages count when they
//! confirm ("ok, 2 jackets") and go to the customer they name, or else to the one who spoke
//! last. Nothing here decides: each item, address and payment claim carries a confidence and
//! the index of the message it came from, and mentions that match nothing are listed.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::catalog_index::CatalogIndex;
use super::clause::read_message;
use super::fold::{fold, tokenize};
use super::fulfilment::read_fulfilment;
use super::media::MediaKind;
use super::messages::Message;
use super::order_state::OrderState;
use super::payment_claim::read_claim;
use super::sku_choice::finish_item;
use crate::core::catalog::Product;
use crate::core::customer::{looks_like_phone, normalize_phone};
use crate::core::money::{Currency, Money};

/// What the draft builder needs to know about the shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftOptions {
    /// The shop's own names as they appear as authors ("Northside Threads"); compared
    /// without case, accents, emoji or punctuation.
    pub shop_names: Vec<String>,
    /// For phone numbers written without "+": "US", "BR", …
    pub default_country: String,
    /// The shop's currency, for prices and payments written without a symbol.
    pub currency: Currency,
}

/// A draft order for one customer. Nothing in it is decided: a person confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub customer: DraftCustomer,
    pub items: Vec<DraftItem>,
    pub delivery_address: Option<DeliveryAddress>,
    pub pickup: bool,
    /// The message where the customer said they will pick up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pickup_source: Option<usize>,
    /// What the customer says they paid: a claim, never a verified payment.
    pub paid_claimed: Option<ClaimedPayment>,
    pub unmatched: Vec<Unmatched>,
    pub warnings: Vec<String>,
    /// Indices of the messages read for this draft (theirs and the shop's replies to them).
    pub messages: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftCustomer {
    /// The author name, or the name they wrote ("Name: Rosa") when the author is a number;
    /// empty when the paste had no author at all.
    pub name: String,
    /// E.164, from the author slot or from a number written in the chat.
    pub phone: Option<String>,
    /// The message the phone was read from; None when it is the author slot itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_source: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftItem {
    pub sku: String,
    /// "Leather Jacket Black / M".
    pub name: String,
    pub qty: i64,
    pub unit_price: Money,
    /// How sure the match is, in percent.
    pub confidence: u8,
    /// Index of the message that first named it.
    pub source: usize,
    /// Later messages that changed or confirmed it.
    pub changed_by: Vec<usize>,
    /// What was last said about it, as written.
    pub said: String,
    /// Fewer units available than asked for.
    pub out_of_stock: bool,
    pub available: i64,
    /// Other SKUs that fit the words as well (size or colour not said).
    pub alternatives: Vec<String>,
    /// The customer only asked about it; nobody ordered it yet.
    pub asked_only: bool,
    pub shop_confirmed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeliveryAddress {
    pub text: String,
    pub confidence: u8,
    pub source: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimedPayment {
    /// The sum of the amounts named in the claims; None when no amount was named.
    pub amount: Option<Money>,
    pub confidence: u8,
    /// The first claim.
    pub source: usize,
    /// Every message that claimed a payment.
    pub sources: Vec<usize>,
}

/// Words that read like an order but match no product, kept for a person to look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    pub text: String,
    pub source: usize,
}

/// Builds one draft per customer. Indexes the catalog once; to reuse an index across
/// pastes, use [`build_drafts_with_index`].
pub fn build_drafts(messages: &[Message], catalog: &[Product], opts: &DraftOptions) -> Vec<Draft> {
    let index = CatalogIndex::new(catalog);
    build_drafts_with_index(messages, &index, opts)
}

/// [`build_drafts`] against a catalog indexed beforehand.
pub fn build_drafts_with_index(
    messages: &[Message],
    index: &CatalogIndex<'_>,
    opts: &DraftOptions,
) -> Vec<Draft> {
    let shop: Vec<String> = opts.shop_names.iter().map(|n| name_key(n)).collect();
    let is_shop = |author: &str| shop.contains(&name_key(author));

    // Customers in order of appearance; a message without author goes to the only
    // customer when there is one, else to an unknown customer.
    let mut order: Vec<String> = Vec::new();
    for m in messages.iter().filter(|m| !m.system) {
        if let Some(author) = m.author.as_deref()
            && !is_shop(author)
            && !order.iter().any(|a| a == author)
        {
            order.push(author.to_string());
        }
    }
    let unknown_key = match order.as_slice() {
        [only] => only.clone(),
        _ => String::new(),
    };
    let names = first_names(&order);
    let mut customers: HashMap<String, Customer> = HashMap::new();
    let mut last_customer: Option<String> = None;
    for (i, message) in messages.iter().enumerate() {
        if message.system {
            continue;
        }
        let shop_message = message.author.as_deref().is_some_and(is_shop);
        let key = if shop_message {
            match addressed_customer(message, &names).or_else(|| last_customer.clone()) {
                Some(key) => key,
                None if order.len() == 1 => unknown_key.clone(),
                None => continue,
            }
        } else {
            message
                .author
                .clone()
                .unwrap_or_else(|| unknown_key.clone())
        };
        if !shop_message {
            last_customer = Some(key.clone());
        }
        let customer = customers
            .entry(key.clone())
            .or_insert_with(|| Customer::new(&key));
        customer.messages.push(i);
        let Some(text) = usable_text(message) else {
            if message.media == Some(MediaKind::Location) && !shop_message {
                customer.location(message, i);
            }
            continue;
        };
        let readings = read_message(&text, index, opts.currency);
        if shop_message {
            let confirms = readings.iter().any(|r| r.cues.confirm);
            if confirms {
                for reading in &readings {
                    customer.state.apply_shop(reading, i);
                }
            }
            continue;
        }
        for reading in &readings {
            customer.state.apply_customer(reading, i, index);
        }
        customer.read_details(&text, i, opts);
    }

    let mut keys: Vec<String> = order;
    if customers.contains_key("") {
        keys.insert(0, String::new());
    }
    keys.into_iter()
        .filter_map(|key| customers.remove(&key))
        .map(|customer| customer.finish(index, opts))
        .collect()
}

/// A customer's draft while messages are being read.
struct Customer {
    author: String,
    messages: Vec<usize>,
    state: OrderState,
    address: Option<DeliveryAddress>,
    pickup: Option<usize>,
    delivery_said: Option<usize>,
    claims: Vec<(usize, Option<Money>)>,
    phone_in_text: Option<(String, usize)>,
    written_name: Option<String>,
}

static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^\s*(?:name|nome|nombre)\s*:\s*(\S.{0,60}?)\s*$")
        .unwrap_or_else(|e| unreachable!("name line regex: {e}"))
});

static PHONE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\+?\(?\d[\d\s().-]{6,18}\d").unwrap_or_else(|e| unreachable!("phone regex: {e}"))
});

impl Customer {
    fn new(author: &str) -> Customer {
        Customer {
            author: author.to_string(),
            messages: Vec::new(),
            state: OrderState::default(),
            address: None,
            pickup: None,
            delivery_said: None,
            claims: Vec::new(),
            phone_in_text: None,
            written_name: None,
        }
    }

    /// Address, pickup, payment claims, a written phone number and name.
    fn read_details(&mut self, text: &str, source: usize, opts: &DraftOptions) {
        let fulfilment = read_fulfilment(text);
        if let Some((address, _)) = &fulfilment.address {
            // "221 Baker St" reads like "221 of something" to the order reader; it is not.
            self.state.forget_unmatched_within(source, address);
        }
        if let Some((address, confidence)) = fulfilment.address {
            let better = self
                .address
                .as_ref()
                .is_none_or(|a| confidence >= a.confidence || a.confidence <= 60);
            if better {
                self.address = Some(DeliveryAddress {
                    text: address,
                    confidence,
                    source,
                });
            }
        }
        if fulfilment.pickup {
            self.pickup = Some(source);
        } else if fulfilment.delivery {
            self.delivery_said = Some(source);
        }
        if let Some(claim) = read_claim(text, opts.currency) {
            self.claims.push((source, claim.amount));
        }
        if self.phone_in_text.is_none() {
            self.phone_in_text = PHONE_IN_TEXT
                .find_iter(text)
                .filter(|m| looks_like_phone(m.as_str()))
                .find_map(|m| normalize_phone(m.as_str(), &opts.default_country).ok())
                .map(|phone| (phone, source));
        }
        if self.written_name.is_none()
            && let Some(name) = NAME_LINE.captures(text).and_then(|c| c.get(1))
        {
            self.written_name = Some(name.as_str().to_string());
        }
    }

    /// A shared location: a weak delivery address, never over one that was written.
    fn location(&mut self, message: &Message, source: usize) {
        if self.address.is_none() {
            let url = message
                .text
                .split_whitespace()
                .find(|w| w.starts_with("http"))
                .unwrap_or(&message.text);
            self.address = Some(DeliveryAddress {
                text: url.to_string(),
                confidence: 50,
                source,
            });
        }
    }

    fn finish(self, index: &CatalogIndex<'_>, opts: &DraftOptions) -> Draft {
        let mut warnings = Vec::new();
        let author_is_phone = looks_like_phone(&self.author);
        let author_phone = if author_is_phone {
            normalize_phone(&self.author, &opts.default_country).ok()
        } else {
            None
        };
        let (phone, phone_source) = match (author_phone, self.phone_in_text) {
            (Some(phone), _) => (Some(phone), None),
            (None, Some((phone, source))) => (Some(phone), Some(source)),
            (None, None) => (None, None),
        };
        let name = match (&self.written_name, author_is_phone) {
            (Some(written), true) => written.clone(),
            _ => self.author.clone(),
        };
        if name.is_empty() {
            warnings.push("the paste names no customer; choose one before confirming".to_string());
        }

        let mut items = Vec::new();
        for item in &self.state.items {
            if let Some(draft_item) = finish_item(item, index, &mut warnings) {
                items.push(draft_item);
            }
        }
        warnings.extend(self.state.notes.iter().cloned());
        let unmatched: Vec<Unmatched> = self
            .state
            .unmatched
            .iter()
            .map(|u| Unmatched {
                text: u.text.clone(),
                source: u.source,
            })
            .collect();
        if items.is_empty() && unmatched.is_empty() {
            warnings.push("no products recognised in this customer's messages".to_string());
        }

        let pickup = match (self.pickup, self.delivery_said, &self.address) {
            (Some(p), Some(d), _) => p > d,
            (Some(p), None, Some(a)) => p > a.source,
            (Some(_), None, None) => true,
            (None, _, _) => false,
        };
        let paid_claimed = claimed_payment(&self.claims, opts.currency, &mut warnings);
        Draft {
            customer: DraftCustomer {
                name,
                phone,
                phone_source,
            },
            items,
            delivery_address: self.address,
            pickup,
            pickup_source: self.pickup.filter(|_| pickup),
            paid_claimed,
            unmatched,
            warnings,
            messages: self.messages,
        }
    }
}

fn claimed_payment(
    claims: &[(usize, Option<Money>)],
    currency: Currency,
    warnings: &mut Vec<String>,
) -> Option<ClaimedPayment> {
    let &(first, _) = claims.first()?;
    let mut amount: Option<Money> = None;
    for &(source, money) in claims {
        let Some(money) = money else { continue };
        if money.currency != currency {
            warnings.push(format!(
                "message {source} claims a payment in {}, but the shop uses {currency}",
                money.currency
            ));
        }
        amount = match amount {
            None => Some(money),
            Some(total) => match total.checked_add(money) {
                Ok(sum) => Some(sum),
                Err(_) => {
                    warnings.push(format!(
                        "message {source} claims {money}; not added to the earlier {total}"
                    ));
                    Some(total)
                }
            },
        };
    }
    let confidence = if amount.is_some() { 85 } else { 70 };
    Some(ClaimedPayment {
        amount,
        confidence,
        source: first,
        sources: claims.iter().map(|&(s, _)| s).collect(),
    })
}

/// The customer a shop message is addressed to by first name ("Mei, your 2 tees are…").
fn addressed_customer(message: &Message, first_names: &[(String, String)]) -> Option<String> {
    let words: HashSet<String> = tokenize(&message.text)
        .into_iter()
        .map(|t| t.text)
        .collect();
    first_names
        .iter()
        .find(|(first, _)| words.contains(first))
        .map(|(_, customer)| customer.clone())
}

/// Each customer's folded first name ("mei" for "Mei Chen"), for spotting who the shop
/// answers; numbers and one-letter names are left out.
fn first_names(customers: &[String]) -> Vec<(String, String)> {
    customers
        .iter()
        .filter(|name| !looks_like_phone(name))
        .filter_map(|name| {
            let first = tokenize(name).into_iter().next()?.text;
            (first.chars().count() >= 2).then(|| (first, name.clone()))
        })
        .collect()
}

/// The text worth reading for products, or None for messages that carry none.
fn usable_text(message: &Message) -> Option<String> {
    match message.media {
        None => Some(message.text.clone()),
        Some(MediaKind::Edited) => Some(strip_edited_marker(&message.text)),
        // An attachment's caption follows the file line ("IMG-….jpg (file attached)\nin green").
        Some(
            MediaKind::Image
            | MediaKind::Video
            | MediaKind::Document
            | MediaKind::File
            | MediaKind::Gif
            | MediaKind::Sticker
            | MediaKind::Audio,
        ) => {
            let caption: Vec<&str> = message.text.lines().skip(1).collect();
            (!caption.is_empty()).then(|| caption.join("\n"))
        }
        Some(
            MediaKind::Omitted
            | MediaKind::Deleted
            | MediaKind::Call
            | MediaKind::Contact
            | MediaKind::Location,
        ) => None,
    }
}

fn strip_edited_marker(text: &str) -> String {
    let trimmed = text.trim_end();
    match trimmed.rfind('<') {
        Some(i) if trimmed.ends_with('>') => trimmed[..i].trim_end().to_string(),
        _ => trimmed.to_string(),
    }
}

/// Compares author names the way people see them: no case, accents, emoji or punctuation.
fn name_key(name: &str) -> String {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shop_names_ignore_decoration() {
        assert_eq!(
            name_key("🌸 Flor de Lis Boutique 🌸"),
            name_key("flor de lis boutique")
        );
        assert_eq!(name_key("Maple & Pine Outfitters"), "maple pine outfitters");
    }

    #[test]
    fn edited_markers_are_not_words() {
        assert_eq!(
            strip_edited_marker("3 tees please <This message was edited>"),
            "3 tees please"
        );
        assert_eq!(strip_edited_marker("3 tees"), "3 tees");
    }
}
