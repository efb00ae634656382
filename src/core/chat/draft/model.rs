//! What the reader hands out: one draft order per customer, every guess with a confidence
//! and the message it came from, for a person to confirm.

use chrono::{NaiveDate, NaiveTime};
use std::fmt;

use serde::{Serialize, Serializer};

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
    /// What the book remembers of customers, for "the same as last time" and "same address".
    pub known: Vec<KnownCustomer>,
}

impl DraftOptions {
    /// Options for a shop with these names, country and currency, and no book to recall.
    pub fn new(shop_names: Vec<String>, default_country: &str, currency: Currency) -> DraftOptions {
        DraftOptions {
            shop_names,
            default_country: default_country.to_string(),
            currency,
            known: Vec::new(),
        }
    }
}

/// A customer the book knows: their last order and address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownCustomer {
    pub name: String,
    /// E.164.
    pub phone: Option<String>,
    /// (SKU, qty) of their last order.
    pub last_order: Vec<(String, i64)>,
    pub last_address: Option<String>,
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
    /// When the customer wants it, read from the chat.
    pub deadline: Option<DraftDeadline>,
    /// The last total the shop wrote for this customer (delivery fees included).
    pub stated_total: Option<Money>,
    pub unmatched: Vec<Unmatched>,
    pub warnings: Vec<DraftWarning>,
    /// Indices of the messages read for this draft (theirs and the shop's replies to them).
    pub messages: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftCustomer {
    /// The author name, or the name they gave ("aqui é a Fernanda") when the author is a
    /// number; empty when the paste had no author at all.
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
    /// The customer's words for the product in `said`, without counts or articles
    /// ("bálsamos rosa"): what the desk learns when staff pick another product for them.
    pub words: String,
    /// Fewer units available than asked for.
    pub out_of_stock: bool,
    pub available: i64,
    /// Other SKUs that fit the words as well (size or colour not said).
    pub alternatives: Vec<String>,
    /// The customer only asked about it; nobody ordered it yet.
    pub asked_only: bool,
    /// The shop restated or confirmed it.
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
    /// The sum of the amounts claimed; an amount-less claim ("sent!") counts as what the
    /// shop had just asked for. None when the shop had asked for nothing.
    pub amount: Option<Money>,
    pub confidence: u8,
    /// The first claim.
    pub source: usize,
    /// Every message that claimed a payment.
    pub sources: Vec<usize>,
    /// The reference the customer gave ("Ref: GO-5541", "operación 88812").
    pub reference: Option<String>,
    /// The way of paying the claim names ("pix feito" → Pix); None when it names none the
    /// book keeps (a wallet, or "sent!").
    pub method: Option<crate::core::payment::Method>,
}

/// A deadline read from the chat: a day, and a time when one was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DraftDeadline {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub source: usize,
}

/// Words that read like an order but match no product, kept for a person to look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    pub text: String,
    /// `text` without counts or articles ("green beanie" of "the 2 green beanies").
    pub words: String,
    pub source: usize,
}

/// Something a person should look at before confirming a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftWarning {
    /// The paste has no author and no name was given.
    NoCustomer,
    /// Nothing the customer wrote matched a product.
    NoProducts,
    /// The book has no products yet: nothing can be matched until a catalog is imported.
    EmptyCatalog,
    /// The customer gave up the order in message `source` ("lo pienso y te aviso", "forget it").
    GaveUp { source: usize },
    /// The shop's last total and the lines' sum differ.
    TotalDiffers { chat: Money, lines: Money },
    /// A claimed payment in another currency than the shop's.
    ForeignClaim {
        source: usize,
        claimed: Currency,
        shop: Currency,
    },
    /// A removal that matched nothing in the order.
    RemovesNothing { source: usize },
    /// The customer says they paid more than the order and its delivery come to: a line is
    /// missing, or the amount is for something else.
    ClaimAboveOrder {
        source: usize,
        claimed: Money,
        order: Money,
    },
    /// The words fit several variants; the first was taken.
    Ambiguous {
        product: String,
        said: String,
        fits: Vec<String>,
    },
}

impl fmt::Display for DraftWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftWarning::NoCustomer => {
                write!(
                    f,
                    "the paste names no customer; choose one before confirming"
                )
            }
            DraftWarning::NoProducts => {
                write!(f, "no products recognised in this customer's messages")
            }
            DraftWarning::EmptyCatalog => write!(
                f,
                "the catalog is empty: import it first (orderdesk catalog import FILE.csv)"
            ),
            DraftWarning::GaveUp { source } => {
                write!(f, "the customer gave up the order in message {source}")
            }
            DraftWarning::TotalDiffers { chat, lines } => {
                write!(f, "the chat says {chat}; these lines make {lines}")
            }
            DraftWarning::ForeignClaim {
                source,
                claimed,
                shop,
            } => write!(
                f,
                "message {source} claims a payment in {claimed}, but the shop uses {shop}"
            ),
            DraftWarning::RemovesNothing { source } => {
                write!(
                    f,
                    "message {source} removes something that was not in the order"
                )
            }
            DraftWarning::ClaimAboveOrder {
                source,
                claimed,
                order,
            } => write!(
                f,
                "message {source} says {claimed} was paid, more than this order's {order}"
            ),
            DraftWarning::Ambiguous {
                product,
                said,
                fits,
            } => write!(f, "which {product}? '{said}' fits {}", fits.join(", ")),
        }
    }
}

/// In JSON a warning is its sentence, as staff read it.
impl Serialize for DraftWarning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
