//! Payment links: the live link of an order, made when needed, replaced when the balance
//! changes, renewed when it runs out; and the queries the Payments pane reads.
//!
//! A provider call (Stripe's API) can take seconds, so it happens before the write
//! transaction; the transaction then checks that neither the order nor its link changed
//! meanwhile. A retry after a lost answer sends the same idempotency key, so Stripe returns
//! the session it already made instead of a second one.

use crate::core::i18n::{Message, id};
use crate::msg;
use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use super::orders::{OrderView, load};
use super::{Desk, OpError, Result};
use crate::config::LinkSource;
use crate::core::link::{
    LinkEvent, LinkState, PaymentLink, Provider, expiry, idempotency_key, transition,
};
use crate::core::link_note::LinkNote;
use crate::core::money::{Money, decimal_string};
use crate::core::order::{Lifecycle, Order};
use crate::payments::fixed::FixedLink;
use crate::payments::template::TemplateLink;
use crate::payments::{LinkProvider, LinkRequest, StripeAuth, StripeClient};
use crate::store::{EventRow, JournalWrite, LinkRow, LinkUpdate, PaymentReview, StoreError, Tx};

/// An order's link, as `order link` and the desk show it.
#[derive(Debug, Clone)]
pub struct LinkView {
    pub link: PaymentLink,
    pub order_no: i64,
    /// False when the live link already asked for the balance and was returned as it is.
    pub created: bool,
    /// The link this one replaced (cancelled, or expired and renewed).
    pub replaced: Option<PaymentLink>,
    /// Something to tell the person that did not stop the link (Stripe could not expire
    /// the replaced session).
    pub warning: Option<Message>,
}

/// Whether to return the live link when it still fits, or make a fresh one in its chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    Live,
    /// A reminder renews the chain's link: same chain, new expiry (and a new Stripe session).
    Renewal,
}

impl Desk {
    /// The live payment link of order `number`, made (or replaced) if needed. `provider`
    /// overrides the configured one.
    pub fn order_link(&mut self, number: i64, provider: Option<Provider>) -> Result<LinkView> {
        self.ensure_link(number, provider, Want::Live)
    }

    /// The order's pending link if it is live and still asks for the balance due; never
    /// makes anything (for summaries and screens).
    pub fn live_link(&self, view: &OrderView) -> Result<Option<PaymentLink>> {
        let due = view.balance();
        let link = self.store.read().pending_link(view.order.id)?;
        Ok(link.filter(|l| {
            l.is_live(self.now())
                && l.asks_for(view.order.revision, Money::new(due, view.order.currency))
        }))
    }

    /// Every link of the order, oldest first.
    pub fn order_links(&self, number: i64) -> Result<Vec<PaymentLink>> {
        let order = self.order_view(number)?.order;
        Ok(self.store.read().links_for_order(order.id)?)
    }

    /// Links in any of `states` (all when empty), newest first: the Payments pane's list.
    pub fn link_rows(&self, states: &[LinkState], limit: i64) -> Result<Vec<LinkRow>> {
        Ok(self.store.read().link_rows(states, limit)?)
    }

    /// What waits for a person: money that did not match its link or order.
    pub fn payment_reviews(&self, limit: i64) -> Result<Vec<PaymentReview>> {
        Ok(self.store.read().reviews(limit)?)
    }

    /// The latest events from payment providers, newest first.
    pub fn provider_events(&self, limit: i64) -> Result<Vec<EventRow>> {
        Ok(self.store.read().recent_events(limit)?)
    }

    /// Tags of an order that are not cleared ("payment_abandoned").
    pub fn order_tags(&self, number: i64) -> Result<Vec<String>> {
        let order = self.order_view(number)?.order;
        Ok(self.store.read().order_tags(order.id)?)
    }

    /// A person looked at the order's payments under review (refunded the money, or
    /// recorded it by hand with `order pay --ref`): its reviews are closed, and a link in
    /// review is cancelled. Returns how many review items were closed.
    pub fn close_review(&mut self, number: i64, note: &str) -> Result<usize> {
        let (now, actor) = (self.now(), self.actor.clone());
        let open = self
            .store
            .read()
            .reviews(i64::MAX)?
            .into_iter()
            .filter(|r| r.order_number == Some(number))
            .count();
        if open == 0 {
            return Err(OpError::NotFound(msg!(
                "error-no-review",
                number = id(number)
            )));
        }
        let tx = self.store.write()?;
        let order = load(&tx, number, None)?;
        let note = note.trim();
        let note = if note.is_empty() {
            LinkNote::ReviewClosed { by: actor.clone() }.code()
        } else {
            note.to_string()
        };
        let in_review = tx
            .read()
            .links_for_order(order.id)?
            .into_iter()
            .filter(|l| l.state == LinkState::ManualReview);
        for link in in_review {
            let after = set_state(&tx, &link, LinkEvent::CloseReview, now, &note, None, None)?;
            journal_link(
                &tx,
                &order,
                "payment link review closed",
                Some(&link),
                &after,
                &actor,
                now,
            )?;
        }
        // The mark that closes the order's event and report reviews (see `Reader::reviews`).
        tx.journal(JournalWrite {
            entity: "order",
            key: &number.to_string(),
            order_id: Some(order.id),
            action: "payment review closed",
            before: None,
            after: Some(json!({ "note": note })),
            actor: &actor,
            at: now,
        })?;
        tx.commit()?;
        Ok(open)
    }

    pub(crate) fn ensure_link(
        &mut self,
        number: i64,
        provider: Option<Provider>,
        want: Want,
    ) -> Result<LinkView> {
        let now = self.now();
        let view = self.order_view(number)?;
        let order = &view.order;
        if matches!(order.lifecycle, Lifecycle::Cancelled) {
            return Err(OpError::Invalid(msg!(
                "error-link-cancelled",
                number = id(number)
            )));
        }
        let due = Money::new(view.balance(), order.currency);
        if due.minor <= 0 {
            return Err(OpError::Invalid(msg!(
                "error-link-nothing-due",
                number = id(number)
            )));
        }
        let (provider, source) = self
            .link_source(order, provider)?
            .ok_or_else(|| OpError::Invalid(msg!("error-no-link-configured")))?;
        let read = self.store.read();
        let pending = read.pending_link(order.id)?;
        if want == Want::Live
            && let Some(live) = &pending
            && live.is_live(now)
            && live.asks_for(order.revision, due)
            && live.provider == provider
        {
            return Ok(LinkView {
                link: live.clone(),
                order_no: number,
                created: false,
                replaced: None,
                warning: None,
            });
        }
        // A link for the same deal (revision and amount) that ran out continues its chain, so
        // reminders keep counting from the first one; a changed deal starts a new chain.
        let newest = read.links_for_order(order.id)?.pop();
        let chain_id = newest
            .as_ref()
            .filter(|l| matches!(l.state, LinkState::Pending | LinkState::Expired))
            .filter(|l| l.asks_for(order.revision, due))
            .map(|l| l.chain_id);
        let earlier = read.link_count(order.id)?;
        let made = self.make_with(&view, provider, &source, due, earlier, true)?;
        let (made, key) = made.ok_or_else(|| OpError::Invalid(msg!("error-no-link-made")))?;
        let id = Uuid::now_v7();
        let link = PaymentLink {
            id,
            order_id: order.id,
            chain_id: chain_id.unwrap_or(id),
            revision: order.revision,
            provider,
            url: made.url,
            external_id: made.external_id,
            amount: due.minor,
            currency: due.currency,
            state: LinkState::Pending,
            idempotency_key: key,
            created_at: now,
            expires_at: made.expires_at.max(now + TimeDelta::minutes(1)),
            state_at: now,
            superseded_by: None,
            payment_id: None,
            note: String::new(),
            version: 1,
        };
        let actor = self.actor.clone();
        let seen_version = order.version;
        let tx = self.store.write()?;
        let order = load(&tx, number, Some(seen_version))?;
        let current = tx.read().pending_link(order.id)?;
        if current.as_ref().map(|l| (l.id, l.version))
            != pending.as_ref().map(|l| (l.id, l.version))
        {
            return Err(StoreError::Stale {
                what: msg!("what-link-of-order", number = crate::core::i18n::id(number)),
            }
            .into());
        }
        let replaced = match &current {
            Some(old) if old.expires_at <= now => Some(set_state(
                &tx,
                old,
                LinkEvent::Expire,
                now,
                &LinkNote::Renewed.code(),
                None,
                Some(id),
            )?),
            Some(old) => {
                let why = if old.asks_for(order.revision, due) {
                    LinkNote::ReplacedByNew { provider }
                } else {
                    LinkNote::Rebalanced { balance: due }
                };
                Some(set_state(
                    &tx,
                    old,
                    LinkEvent::Cancel,
                    now,
                    &why.code(),
                    None,
                    Some(id),
                )?)
            }
            None => None,
        };
        tx.insert_link(&link)?;
        let action = if replaced.is_some() {
            "payment link replaced"
        } else {
            "payment link made"
        };
        journal_link(&tx, &order, action, current.as_ref(), &link, &actor, now)?;
        tx.commit()?;
        // The replaced Stripe session must stop taking money; if Stripe cannot be told now,
        // a payment on it still arrives as a mismatch and goes to review, never as paid.
        let warning = match &replaced {
            Some(old) if old.state == LinkState::Cancelled && old.provider == Provider::Stripe => {
                old.external_id
                    .as_deref()
                    .and_then(|sid| self.expire_at_stripe(sid).err())
            }
            _ => None,
        };
        Ok(LinkView {
            link,
            order_no: number,
            created: true,
            replaced,
            warning,
        })
    }

    /// The idempotency key, description and expiry of the next link for `due`.
    fn link_terms(
        &self,
        view: &OrderView,
        provider: Provider,
        due: Money,
        earlier: i64,
    ) -> (String, String, DateTime<Utc>) {
        let now = self.now();
        // Whole minutes: a retry within the same minute sends exactly the same request.
        let minute = now.duration_trunc(TimeDelta::minutes(1)).unwrap_or(now);
        let order = &view.order;
        (
            idempotency_key(order.id, order.revision, due, earlier),
            // The customer reads it on the payment page: the shop's language.
            crate::t!(
                self.config.shop_locale(),
                "link-description",
                number = id(order.number),
                shop = self.config.shop_name(self.config.shop_locale()).trim()
            ),
            expiry(provider, minute, self.config.payment_link.expiry_hours),
        )
    }

    /// Asks the provider for the next link of `view` for `due`; a Stripe session only when
    /// `stripe_too` (None otherwise: a preview never calls Stripe).
    fn make_with(
        &self,
        view: &OrderView,
        provider: Provider,
        source: &LinkSource,
        due: Money,
        earlier: i64,
        stripe_too: bool,
    ) -> Result<Option<(crate::payments::CreatedLink, String)>> {
        let order = &view.order;
        let (key, description, expires_at) = self.link_terms(view, provider, due, earlier);
        let request = LinkRequest {
            order_no: order.number,
            order_id: order.id,
            revision: order.revision,
            due,
            phone: view.customer.phone.as_deref(),
            description: &description,
            expires_at,
            idempotency_key: &key,
        };
        let made = match source {
            LinkSource::Fixed(url) => FixedLink::new(url)?.create(&request)?,
            LinkSource::Template(t) => TemplateLink::new(t.clone()).create(&request)?,
            LinkSource::Stripe if stripe_too => self.stripe_client()?.create(&request)?,
            LinkSource::Stripe => return Ok(None),
        };
        Ok(Some((made, key)))
    }

    /// The free link (fixed or template) that making one now would give, as (url, expiry),
    /// without writing it: the order view shows the summary exactly as `y` will copy it.
    pub(crate) fn free_link_preview(
        &self,
        view: &OrderView,
    ) -> Result<Option<(String, DateTime<Utc>)>> {
        let order = &view.order;
        let Some((provider, source)) = self.link_source(order, None)? else {
            return Ok(None);
        };
        let due = Money::new(view.balance(), order.currency);
        let earlier = self.store.read().link_count(order.id)?;
        let Some((made, _)) = self.make_with(view, provider, &source, due, earlier, false)? else {
            return Ok(None);
        };
        let floor = self.now() + TimeDelta::minutes(1);
        Ok(Some((made.url, made.expires_at.max(floor))))
    }

    /// How the order's link is made: `wanted`, else the product's own link when every line
    /// names the same one, else the shop's provider. None when nothing is configured.
    pub(crate) fn link_source(
        &self,
        order: &Order,
        wanted: Option<Provider>,
    ) -> Result<Option<(Provider, LinkSource)>> {
        let config = &self.config;
        if let Some(p) = wanted {
            return config
                .link_source(p)
                .map(|s| Some((p, s)))
                .map_err(config_error);
        }
        let mut per_product = order.lines.iter().map(|l| config.product_link(&l.sku));
        if let Some(first) = per_product.next() {
            let first = first.map_err(config_error)?;
            let mut same = first.is_some();
            for other in per_product {
                same &= other.map_err(config_error)? == first;
            }
            if same {
                return Ok(first);
            }
        }
        match config.link_provider() {
            Some(p) => config
                .link_source(p)
                .map(|s| Some((p, s)))
                .map_err(config_error),
            None => Ok(None),
        }
    }

    pub(crate) fn stripe_client(&self) -> Result<StripeClient> {
        let auth = match &self.stripe {
            Some(auth) => auth.clone(),
            None => {
                StripeAuth::from_env()?.ok_or_else(|| OpError::Invalid(msg!("error-stripe-key")))?
            }
        };
        let pl = &self.config.payment_link;
        Ok(StripeClient::new(auth, &pl.success_url, &pl.cancel_url))
    }

    /// Tells Stripe a session no longer takes money; the message says why if it could not.
    pub(crate) fn expire_at_stripe(&self, session_id: &str) -> std::result::Result<(), Message> {
        let not_expired =
            |why: Message| msg!("link-session-not-expired", session = session_id, why = why);
        let client = self.stripe_client().map_err(|e| not_expired(e.message()))?;
        match client.expire(session_id) {
            Ok(_) => Ok(()),
            // Already complete or expired at Stripe: nothing left to stop.
            Err(crate::payments::ProviderError::Refused { status: 400, .. }) => Ok(()),
            Err(e) => Err(not_expired(e.message())),
        }
    }
}

/// Moves a link through the transition table and writes the new state.
pub(crate) fn set_state(
    tx: &Tx,
    link: &PaymentLink,
    event: LinkEvent,
    at: DateTime<Utc>,
    note: &str,
    payment_id: Option<Uuid>,
    superseded_by: Option<Uuid>,
) -> Result<PaymentLink> {
    let state = transition(link.state, event)?;
    tx.update_link(&LinkUpdate {
        id: link.id,
        seen_version: link.version,
        state,
        at,
        note,
        payment_id,
        superseded_by,
    })?;
    let mut after = link.clone();
    after.state = state;
    after.state_at = at;
    after.note = note.to_string();
    after.payment_id = payment_id.or(link.payment_id);
    after.superseded_by = superseded_by.or(link.superseded_by);
    after.version += 1;
    Ok(after)
}

fn link_json(l: &PaymentLink) -> Value {
    json!({
        "provider": l.provider, "url": l.url, "state": l.state,
        "amount": decimal_string(l.amount, l.currency), "currency": l.currency.code(),
        "revision": l.revision, "expires_at": l.expires_at, "note": l.note,
    })
}

/// A link's change in the order's journal.
pub(crate) fn journal_link(
    tx: &Tx,
    order: &Order,
    action: &str,
    before: Option<&PaymentLink>,
    after: &PaymentLink,
    actor: &str,
    at: DateTime<Utc>,
) -> Result<()> {
    tx.journal(JournalWrite {
        entity: "order",
        key: &order.number.to_string(),
        order_id: Some(order.id),
        action,
        before: before.map(link_json),
        after: Some(link_json(after)),
        actor,
        at,
    })?;
    Ok(())
}

/// A problem in the config's payment-link settings, as the config check words it.
fn config_error(why: crate::core::i18n::Message) -> OpError {
    OpError::Invalid(why)
}
