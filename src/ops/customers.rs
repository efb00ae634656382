//! Finding, creating and merging customers.

use crate::msg;
use serde_json::json;
use uuid::Uuid;

use super::{Desk, OpError, Result};
use crate::core::customer::{Customer, close_names, looks_like_phone, normalize_phone};
use crate::store::{CustomerStats, JournalWrite, Tx};

impl Desk {
    /// Customers by name with their standing; `filter` matches name or phone.
    pub fn customers(&self, filter: &str, limit: i64, offset: i64) -> Result<Vec<CustomerStats>> {
        Ok(self.store.read().customer_stats(filter, limit, offset)?)
    }

    /// Adds a customer, or returns the existing one with the same phone.
    pub fn add_customer(
        &mut self,
        name: &str,
        phone: Option<&str>,
        address: Option<&str>,
    ) -> Result<Customer> {
        let (now, actor, country) = (
            self.now(),
            self.actor.clone(),
            self.config.shop.country.clone(),
        );
        if name.trim().is_empty() {
            return Err(OpError::Invalid(msg!("error-customer-no-name")));
        }
        let tx = self.store.write()?;
        // A phone given explicitly must be a phone: never fall back to reading it as a name.
        let who = match phone {
            Some(p) => normalize_phone(p, &country)?,
            None => name.to_string(),
        };
        let mut customer = resolve_customer(&tx, &who, Some(name), &country, &actor, now)?;
        if let Some(address) = address.filter(|a| !a.trim().is_empty()) {
            customer.address = Some(address.trim().to_string());
            tx.update_customer(&customer, now)?;
        }
        tx.commit()?;
        Ok(customer)
    }

    /// Merges customer `from` into `into` (each a phone or a unique name): `from`'s orders
    /// move to `into`, `into` keeps its name and gains a missing phone or address.
    pub fn merge_customers(&mut self, from: &str, into: &str) -> Result<Customer> {
        self.merge_customers_ids(from, into).map(|(_, into)| into)
    }

    /// Like [`Desk::merge_customers`]; also says who was merged (its id, for an undo).
    pub fn merge_customers_ids(&mut self, from: &str, into: &str) -> Result<(Uuid, Customer)> {
        let (now, actor, country) = (
            self.now(),
            self.actor.clone(),
            self.config.shop.country.clone(),
        );
        let tx = self.store.write()?;
        let a = find_customer(&tx, from, &country)?;
        let mut b = find_customer(&tx, into, &country)?;
        if a.id == b.id {
            return Err(OpError::Invalid(msg!(
                "error-same-customer",
                from = from,
                into = into
            )));
        }
        let moved = tx.merge_customer(a.id, b.id, now)?;
        let before = json!(b);
        if b.phone.is_none() && a.phone.is_some() {
            // The phone moves: clear it on the merged record first (it is UNIQUE).
            let mut cleared = a.clone();
            cleared.phone = None;
            tx.update_customer(&cleared, now)?;
            b.phone = a.phone.clone();
        }
        if b.address.is_none() {
            b.address = a.address.clone();
        }
        tx.update_customer(&b, now)?;
        tx.journal(JournalWrite {
            entity: "customer",
            key: &b.id.to_string(),
            order_id: None,
            action: "merged",
            before: Some(json!({"into": before, "from": a})),
            after: Some(json!({"customer": b, "orders_moved": moved.len(), "orders": moved})),
            actor: &actor,
            at: now,
        })?;
        tx.commit()?;
        Ok((a.id, b))
    }
}

/// An existing customer by phone or unique name; never creates one.
pub(crate) fn find_customer(tx: &Tx, who: &str, country: &str) -> Result<Customer> {
    let read = tx.read();
    if looks_like_phone(who) {
        let phone = normalize_phone(who, country)?;
        return read.customer_by_phone(&phone)?.ok_or_else(|| {
            OpError::NotFound(msg!("error-no-customer-phone", phone = phone.as_str()))
        });
    }
    let mut named = read.customers_named(who)?;
    match named.len() {
        0 => Err(OpError::NotFound(msg!(
            "error-no-customer-name",
            name = who.trim()
        ))),
        1 => Ok(named.remove(0)),
        n => Err(OpError::Invalid(msg!(
            "error-customers-same-name",
            count = n,
            name = who.trim()
        ))),
    }
}

/// Refuses a name nobody in the book has, naming the closest ones: a typo ("Mei Chn") must
/// not quietly become a second customer beside "Mei Chen". Phones pass (a new number is a
/// new customer).
pub(crate) fn known_or_close(tx: &Tx, who: &str, country: &str) -> Result<()> {
    if looks_like_phone(who) || who.trim().is_empty() {
        return Ok(());
    }
    match find_customer(tx, who, country) {
        Err(OpError::NotFound(_)) => {}
        other => return other.map(drop),
    }
    let names = tx.read().customer_names()?;
    let close = close_names(who.trim(), names.iter().map(String::as_str));
    let close: Vec<String> = close.iter().map(|n| format!("'{n}'")).collect();
    Err(OpError::NotFound(msg!(
        "error-unknown-customer",
        name = who.trim(),
        close = close.join(" / "),
        guesses = close.len()
    )))
}

/// The customer a new order is for: found by phone (created if new) or by unique name
/// (created without a phone if nobody has that name).
pub(crate) fn resolve_customer(
    tx: &Tx,
    who: &str,
    name: Option<&str>,
    country: &str,
    actor: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Customer> {
    let who = who.trim();
    if who.is_empty() {
        return Err(OpError::Invalid(msg!("error-order-for-whom")));
    }
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    let phone = if looks_like_phone(who) {
        let phone = normalize_phone(who, country)?;
        if let Some(found) = tx.read().customer_by_phone(&phone)? {
            return Ok(found);
        }
        Some(phone)
    } else {
        match find_customer(tx, who, country) {
            Ok(found) => return Ok(found),
            Err(OpError::NotFound(_)) => None,
            Err(e) => return Err(e),
        }
    };
    let customer = Customer {
        id: Uuid::now_v7(),
        name: name.unwrap_or(who).to_string(),
        phone,
        address: None,
        merged_into: None,
    };
    tx.insert_customer(&customer, now)?;
    tx.journal(JournalWrite {
        entity: "customer",
        key: &customer.id.to_string(),
        order_id: None,
        action: "created",
        before: None,
        after: Some(json!(customer)),
        actor,
        at: now,
    })?;
    Ok(customer)
}
