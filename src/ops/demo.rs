//! A believable demo shop: a small clothing store's catalog, customers and a week of orders in
//! every state. Everything goes through the same operations staff use, with the clock set to
//! each moment, so the demo obeys every rule (stock, journal, payments) the real book does.

use crate::msg;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::demo_shops::DemoShop;
use super::orders::{ItemSpec, NewOrder, create_in, step_in};
use super::payments::{Amount, NewPayment, record_in, refund_in};
use super::{Clock, Ctx, Desk, OpError, Result};
use crate::config::Config;
use crate::core::deadline::Deadline;
use crate::core::money::Money;
use crate::core::order::{Fulfilment, Order, OrderCommand};
use crate::core::payment::Method;
use crate::core::queue::QueueClass;
use crate::core::stock::quantities;
use crate::store::Tx;

const METHODS: [Method; 5] = [
    Method::Pix,
    Method::Card,
    Method::Cash,
    Method::Transfer,
    Method::Link,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSize {
    pub orders: usize,
    pub customers: usize,
}

impl Default for DemoSize {
    fn default() -> Self {
        DemoSize {
            orders: 60,
            customers: 20,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DemoStats {
    pub products: usize,
    pub customers: usize,
    pub orders: usize,
}

impl Desk {
    /// Fills an empty book with the demo shop of `shop.language` (English when it is
    /// empty), whose currency, country and language this desk takes on. Refuses a book that
    /// already has orders.
    pub fn fill_demo(&mut self, size: DemoSize) -> Result<DemoStats> {
        let language = self.config.shop.language.unwrap_or_default().language;
        let shop = DemoShop::of(language);
        shop.apply(&mut self.config);
        if size.orders == 0 || size.customers == 0 {
            return Err(OpError::Invalid(msg!("error-demo-size")));
        }
        let existing = self.store.read().list_orders(&crate::store::OrderFilter {
            limit: Some(1),
            ..Default::default()
        })?;
        if !existing.is_empty() {
            return Err(OpError::Invalid(msg!(
                "error-demo-not-empty",
                path = self.store.path().to_string()
            )));
        }
        let saved_clock = self.clock;
        let end = saved_clock.now();
        let start = end - Duration::days(7);
        self.store.set_bulk_mode(true)?;
        let result = self.generate(shop, size, start, end).and_then(|stats| {
            self.send_demo_links(end)?;
            Ok(stats)
        });
        self.clock = saved_clock;
        self.store.set_bulk_mode(false)?;
        result
    }

    /// With a payment link configured, the newest unpaid orders get a link when they were
    /// confirmed, as staff would have sent; some of them now have reminders due.
    fn send_demo_links(&mut self, end: DateTime<Utc>) -> Result<()> {
        if self.config.payment_link.url_template.trim().is_empty() {
            return Ok(());
        }
        let awaiting = self.queue(&super::QueueAsk {
            limit: 200,
            count: true,
            ..Default::default()
        })?;
        let unpaid: Vec<(i64, DateTime<Utc>)> = awaiting
            .rows
            .iter()
            .filter(|row| row.class == QueueClass::AwaitingPayment && row.totals.received == 0)
            .map(|row| (row.order.number, row.order.created_at))
            .collect();
        for (number, created) in unpaid.iter().rev().take(12) {
            self.clock = Clock::Fixed((*created + Duration::minutes(5)).min(end));
            self.order_link(*number, None)?;
        }
        // Now, as a running desk would: links past their expiry are marked expired.
        self.clock = Clock::Fixed(end);
        self.expire_due()?;
        Ok(())
    }

    fn generate(
        &mut self,
        shop: &DemoShop,
        size: DemoSize,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<DemoStats> {
        let mut rng = fastrand::Rng::with_seed(1042);
        self.clock = Clock::Fixed(start - Duration::days(1));

        // Catalog, with enough stock for the week and a few items running low.
        let mut csv = String::from("sku,name,variant,price,currency,stock,aliases,low_stock\n");
        let mut skus = Vec::new();
        for (code, name, price, colours, sizes, aliases) in shop.products {
            let sizes: Vec<&str> = if sizes.is_empty() {
                vec![""]
            } else {
                sizes.to_vec()
            };
            for colour in *colours {
                for s in &sizes {
                    let tint = sku_part(colour);
                    let sku = [*code, tint.as_str(), s]
                        .iter()
                        .filter(|p| !p.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join("-");
                    let variant = if s.is_empty() {
                        colour.to_string()
                    } else {
                        format!("{colour} / {s}")
                    };
                    let stock = (size.orders as i64 * 3 / 28) + rng.i64(4..30);
                    csv.push_str(&format!(
                        "{sku},{name},{variant},{price},{},{stock},{aliases},3\n",
                        self.config.shop.currency.code()
                    ));
                    skus.push(sku);
                }
            }
        }
        self.import_catalog(&csv)?;

        let (first, last) = (shop.first_names, shop.last_names);
        let people: Vec<(String, String)> = (0..size.customers)
            .map(|i| {
                let name = format!(
                    "{} {}",
                    first[i % first.len()],
                    last[(i * 7 + i / first.len()) % last.len()]
                );
                let phone = format!(
                    "{} {:03} {:04}",
                    shop.phone_prefix,
                    200 + (i / 10_000) % 800,
                    i % 10_000
                );
                (name, phone)
            })
            .collect();

        let span = (end - start).num_seconds().max(1);
        // A transaction per batch: one per order would spend most of the time committing.
        const BATCH: usize = 1000;
        let mut done = 0;
        while done < size.orders {
            let batch_end = (done + BATCH).min(size.orders);
            let tx = self.store.write()?;
            for i in done..batch_end {
                let created = start
                    + Duration::seconds(span * i as i64 / size.orders as i64 + rng.i64(0..60));
                let person = &people[rng.usize(..people.len())];
                one_order(
                    &tx,
                    shop,
                    &self.actor,
                    &self.config,
                    &mut rng,
                    &skus,
                    person,
                    created,
                    end,
                )?;
            }
            tx.commit()?;
            done = batch_end;
        }
        Ok(DemoStats {
            products: skus.len(),
            customers: size.customers.min(size.orders),
            orders: size.orders,
        })
    }
}

/// One demo order's life: created, then (by chance) confirmed, paid or claimed, packed,
/// shipped, delivered, cancelled or refunded, each at its own moment, inside `tx`.
#[allow(clippy::too_many_arguments)]
fn one_order(
    tx: &Tx,
    shop: &DemoShop,
    actor: &str,
    config: &Config,
    rng: &mut fastrand::Rng,
    skus: &[String],
    (name, phone): &(String, String),
    created: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Result<()> {
    let at = |minutes: i64| (created + Duration::minutes(minutes)).min(end);
    let ctx = |now| Ctx { actor, now, config };
    let items: Vec<ItemSpec> = (0..rng.usize(1..=3))
        .map(|_| ItemSpec {
            sku: skus[rng.usize(..skus.len())].clone(),
            qty: if rng.u8(..10) < 8 { 1 } else { 2 },
        })
        .collect();
    let delivery = rng.bool().then(|| shop.delivery_fee.to_string());
    let address = delivery.as_ref().map(|_| {
        format!(
            "{} {}",
            shop.streets[rng.usize(..shop.streets.len())],
            rng.u32(10..2000)
        )
    });
    let order = create_in(
        tx,
        &ctx(created),
        NewOrder {
            customer: phone.clone(),
            name: Some(name.clone()),
            items,
            delivery,
            address,
            deadline: demo_deadline(created),
            ..NewOrder::default()
        },
    )?;
    let number = order.number;
    let roll = rng.u8(..100);
    if roll < 10 || !in_stock(tx, &order)? {
        return Ok(()); // a draft, or sold out: it stays a draft, as it would at the counter
    }
    step_in(tx, &ctx(at(4)), number, OrderCommand::Confirm, false, None)?;
    if roll < 18 {
        step_in(
            tx,
            &ctx(at(rng.i64(30..600))),
            number,
            OrderCommand::Cancel,
            false,
            None,
        )?;
        return Ok(());
    }
    let total = order.total()?.minor;
    let currency = config.shop.currency;
    let money = |minor: i64| Amount::Exact(Money::new(minor, currency));
    let method = METHODS[rng.usize(..METHODS.len())];
    let paid_at = rng.i64(5..1500);
    let pay = |amount: i64, claimed: bool| {
        let payment = NewPayment {
            amount: money(amount),
            method,
            reference: None,
            claimed,
            proof: claimed.then(|| shop.proof.to_string()),
        };
        record_in(tx, &ctx(at(paid_at)), number, payment).map(drop)
    };
    let fully_paid = match roll {
        18..=39 => false,                                 // awaiting payment
        40..=49 => pay(total, true).map(|_| false)?,      // a claim to verify
        50..=59 => pay(total / 2, false).map(|_| false)?, // a deposit
        _ => pay(total, false).map(|_| true)?,
    };
    // Older orders have gone further.
    let age_days = (end - created).num_days();
    let stages: &[Fulfilment] = match (fully_paid, age_days, rng.u8(..4)) {
        (false, _, _) | (true, 0, _) | (true, 1, 1..) => &[],
        (true, 1, 0) | (true, 2, 1..) => &[Fulfilment::Packing],
        (true, 2, 0) => &[Fulfilment::Packing, Fulfilment::Ready],
        (true, 3, _) => &[Fulfilment::Packing, Fulfilment::OutForDelivery],
        (true, _, _) => &[
            Fulfilment::Packing,
            Fulfilment::OutForDelivery,
            Fulfilment::Delivered,
        ],
    };
    for (step, stage) in stages.iter().enumerate() {
        let when = at(paid_at + 120 * (step as i64 + 1));
        step_in(
            tx,
            &ctx(when),
            number,
            OrderCommand::Advance(*stage),
            false,
            None,
        )?;
    }
    if stages.len() == 3 && rng.u8(..100) < 8 {
        let amount = money(total / 3 + 1);
        refund_in(
            tx,
            &ctx(at(paid_at + 600)),
            number,
            &amount,
            rng.bool(),
            None,
            None,
        )?;
    }
    Ok(())
}

/// A colour as a piece of a SKU: its first three letters, capitals, ASCII ("Weiß" → WEI).
fn sku_part(word: &str) -> String {
    word.chars()
        .filter(char::is_ascii_alphanumeric)
        .take(3)
        .collect::<String>()
        .to_ascii_uppercase()
}

/// About a third of the customers say when they need it: one to four days after ordering,
/// sometimes by an hour. Drawn from its own generator (seeded by the order's moment), so
/// the rest of the demo is the same with or without deadlines.
fn demo_deadline(created: DateTime<Utc>) -> Option<Deadline> {
    let mut rng = fastrand::Rng::with_seed(created.timestamp().unsigned_abs());
    if rng.u8(..100) >= 35 {
        return None;
    }
    let date = created.date_naive() + Duration::days(rng.i64(1..=4));
    let time = rng
        .bool()
        .then(|| chrono::NaiveTime::from_hms_opt(rng.u32(10..=19), 0, 0))
        .flatten();
    Some(Deadline::new(date, time))
}

/// True when every line can be reserved now; the demo never asks for an oversell.
fn in_stock(tx: &Tx, order: &Order) -> Result<bool> {
    for (sku, qty) in quantities(&order.lines) {
        let available = tx.read().product(&sku)?.map_or(0, |p| p.available());
        if available < qty {
            return Ok(false);
        }
    }
    Ok(true)
}
