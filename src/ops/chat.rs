//! Pasted WhatsApp text → draft orders: the parser and draft builder are pure (core::chat);
//! this reads the catalog for them and, on import, writes the drafts as orders.

use serde::Serialize;

use super::orders::{ItemSpec, NewOrder, create_in, source_hash};
use super::payments::{ChatClaim, record_chat_claim};
use super::{Desk, OpError, Result, begin};
use crate::core::chat::{
    CatalogIndex, DateOrder, Draft, DraftOptions, KnownCustomer, ParseOptions, ParsedChat,
    build_drafts_with_index, parse_chat,
};
use crate::core::customer::{looks_like_phone, normalize_phone};
use crate::core::payment::Method;

/// A paste read against the catalog: the messages and one draft per customer.
#[derive(Debug, Clone, Serialize)]
pub struct ChatDrafts {
    #[serde(skip)]
    pub parsed: ParsedChat,
    pub drafts: Vec<Draft>,
}

/// What importing one draft did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ChatImport {
    Created {
        number: i64,
        customer: String,
        items: usize,
    },
    AlreadyImported {
        number: i64,
        customer: String,
    },
    Skipped {
        customer: String,
        why: SkipReason,
    },
}

/// Why a draft of a paste made no order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// No author and no phone: nobody to make the order for.
    NoCustomer,
    /// Nothing the customer wrote is a product of the catalog.
    NoProducts,
}

impl SkipReason {
    pub fn message(self) -> crate::core::i18n::Message {
        match self {
            SkipReason::NoCustomer => crate::msg!("chat-skipped-no-customer"),
            SkipReason::NoProducts => crate::msg!("chat-skipped-no-products"),
        }
    }
}

/// In JSON, the reason as English says it (JSON is the same in every language).
impl Serialize for SkipReason {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(&self.message())
    }
}

impl Desk {
    /// How this shop's pastes are read; `extra_shop` adds names given on the command line.
    pub fn chat_options(&self, extra_shop: &[String]) -> (ParseOptions, DraftOptions) {
        let shop = &self.config.shop;
        let date_order: DateOrder = shop.date_order;
        let mut names = shop.names.clone();
        names.extend(extra_shop.iter().cloned());
        (
            ParseOptions { date_order },
            DraftOptions {
                shop_names: names,
                default_country: shop.country.clone(),
                currency: shop.currency,
                known: Vec::new(),
            },
        )
    }

    /// Splits a paste into messages without reading the book.
    pub fn parse_chat(&self, text: &str) -> ParsedChat {
        parse_chat(text, &self.chat_options(&[]).0)
    }

    /// Drafts for a paste, matched against the catalog. Writes nothing.
    pub fn draft_chat(&self, text: &str, extra_shop: &[String]) -> Result<ChatDrafts> {
        let (parse_opts, draft_opts) = self.chat_options(extra_shop);
        let parsed = parse_chat(text, &parse_opts);
        let catalog = self.store.read().products("", -1, 0)?;
        let learned = self.learned_for_reader()?;
        let index = CatalogIndex::with_learned(&catalog, &learned);
        let mut draft_opts = draft_opts;
        draft_opts.known = self.known_authors(&parsed)?;
        let drafts = build_drafts_with_index(&parsed.messages, &index, &draft_opts);
        Ok(ChatDrafts { parsed, drafts })
    }

    /// What the book knows of the paste's authors: their last order and address, for "the
    /// same as last time" and "same address". A group chat has a few dozen authors at most;
    /// past that, the first ones are looked up.
    fn known_authors(&self, parsed: &ParsedChat) -> Result<Vec<KnownCustomer>> {
        const MOST: usize = 64;
        let country = &self.config.shop.country;
        let read = self.store.read();
        let mut seen: Vec<&str> = Vec::new();
        let mut known = Vec::new();
        for author in parsed.messages.iter().filter_map(|m| m.author.as_deref()) {
            if seen.contains(&author) || seen.len() >= MOST {
                continue;
            }
            seen.push(author);
            let customer = match normalize_phone(author, country) {
                Ok(phone) if looks_like_phone(author) => read.customer_by_phone(&phone)?,
                _ => match read.customers_named(author)?.as_slice() {
                    [one] => Some(one.clone()),
                    _ => None,
                },
            };
            let Some(customer) = customer else { continue };
            let last = read.last_order_of(customer.id)?;
            known.push(KnownCustomer {
                name: customer.name.clone(),
                phone: customer.phone.clone(),
                last_order: last
                    .as_ref()
                    .map(|o| o.lines.iter().map(|l| (l.sku.clone(), l.qty)).collect())
                    .unwrap_or_default(),
                last_address: last
                    .and_then(|o| o.address)
                    .or_else(|| customer.address.clone()),
            });
        }
        Ok(known)
    }

    /// Creates a draft order (and customer) per draft that names at least one product, in one
    /// transaction. A claimed payment with an amount becomes a claim on the order, never a
    /// verified payment. The same paste imported again creates nothing and says so.
    pub fn import_chat(&mut self, text: &str, extra_shop: &[String]) -> Result<Vec<ChatImport>> {
        let found = self.draft_chat(text, extra_shop)?;
        if found.drafts.is_empty() {
            return Err(OpError::Invalid(crate::msg!("error-paste-no-customer")));
        }
        let (tx, ctx) = begin!(self);
        let mut outcomes = Vec::new();
        for draft in &found.drafts {
            let who = draft
                .customer
                .phone
                .clone()
                .unwrap_or_else(|| draft.customer.name.clone());
            let shown = display_customer(draft);
            let items: Vec<ItemSpec> = draft
                .items
                .iter()
                .filter(|i| !i.asked_only && i.qty > 0)
                .map(|i| ItemSpec {
                    sku: i.sku.clone(),
                    qty: i.qty,
                })
                .collect();
            if who.trim().is_empty() {
                outcomes.push(ChatImport::Skipped {
                    customer: shown,
                    why: SkipReason::NoCustomer,
                });
                continue;
            }
            if items.is_empty() {
                outcomes.push(ChatImport::Skipped {
                    customer: shown,
                    why: SkipReason::NoProducts,
                });
                continue;
            }
            let key = source_key(&who, text);
            if let Some(number) = tx.read().order_number_by_source(&source_hash(&key))? {
                outcomes.push(ChatImport::AlreadyImported {
                    number,
                    customer: shown,
                });
                continue;
            }
            // The notes go into the summary the customer reads: the shop's language.
            let words = ctx.config.shop_locale();
            let mut notes = Vec::new();
            if draft.pickup {
                notes.push(crate::t!(words, "review-pickup-note"));
            }
            // A claim becomes a claimed payment when its amount is in the shop's currency;
            // otherwise it is kept as a note for a person to look at.
            let currency = ctx.config.shop.currency;
            let claim = draft.paid_claimed.as_ref().map(|c| c.amount);
            let claimed = claim
                .flatten()
                .filter(|m| m.currency == currency && m.minor > 0);
            match claim {
                Some(None) => notes.push(crate::t!(words, "chat-note-says-paid")),
                Some(Some(m)) if claimed.is_none() => notes.push(crate::t!(
                    words,
                    "chat-note-says-paid-amount",
                    amount = words.money(m)
                )),
                _ => {}
            }
            let new = NewOrder {
                customer: who,
                name: Some(draft.customer.name.clone()).filter(|n| !n.trim().is_empty()),
                items,
                address: draft.delivery_address.as_ref().map(|a| a.text.clone()),
                notes: notes.join("; "),
                source: Some(key),
                source_text: Some(text.to_string()),
                ..NewOrder::default()
            };
            let order = create_in(&tx, &ctx, new)?;
            if let Some(amount) = claimed {
                let said = draft.paid_claimed.as_ref();
                let claim = ChatClaim {
                    amount,
                    reference: said.and_then(|c| c.reference.clone()),
                    method: said.and_then(|c| c.method).unwrap_or(Method::Other),
                };
                record_chat_claim(&tx, &ctx, order.number, claim)?;
            }
            outcomes.push(ChatImport::Created {
                number: order.number,
                customer: shown,
                items: order.lines.len(),
            });
        }
        if outcomes
            .iter()
            .all(|o| !matches!(o, ChatImport::Created { .. }))
        {
            // Nothing new: say why, and commit nothing.
            let why = crate::core::i18n::Message::list(outcomes.iter().map(describe));
            return Err(OpError::Invalid(crate::msg!(
                "error-nothing-created",
                why = why
            )));
        }
        tx.commit()?;
        Ok(outcomes)
    }
}

/// The text that identifies one customer's order from one paste (the CLI import and the
/// desk's paste review use the same key, so each refuses what the other made).
pub fn source_key(customer: &str, text: &str) -> String {
    format!("{customer}\n{text}")
}

fn display_customer(d: &Draft) -> String {
    match (&d.customer.phone, d.customer.name.trim()) {
        (Some(p), "") => p.clone(),
        (Some(p), name) => format!("{name} {p}"),
        (None, "") => "an unknown customer".into(),
        (None, name) => name.to_string(),
    }
}

pub fn describe(outcome: &ChatImport) -> crate::core::i18n::Message {
    use crate::core::i18n::id;
    match outcome {
        ChatImport::Created {
            number,
            customer,
            items,
        } => crate::msg!(
            "chat-created",
            number = id(*number),
            customer = customer.as_str(),
            items = *items
        ),
        ChatImport::AlreadyImported { number, customer } => crate::msg!(
            "chat-already-imported",
            number = id(*number),
            customer = customer.as_str()
        ),
        ChatImport::Skipped { customer, why } => crate::msg!(
            "chat-skipped",
            customer = customer.as_str(),
            why = why.message()
        ),
    }
}
