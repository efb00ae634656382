//! Stripe's event and Checkout Session JSON, read into what the desk needs to know: money
//! arrived (how much, for which order), a session expired, or a payment failed.
//!
//! Only the fields used are declared; anything else Stripe sends is ignored, so a newer API
//! version with more fields still parses.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;
use thiserror::Error;
use uuid::Uuid;

use crate::core::i18n::Message;
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EventError {
    #[error("the body is not JSON: {0}")]
    NotJson(String),
    #[error("the event is missing {0}")]
    Missing(&'static str),
    #[error("the {kind} in the event is not shaped as Stripe sends it: {why}")]
    Shape { kind: String, why: String },
}

impl EventError {
    /// In the reader's words (what serde or the event said stays as it is).
    pub fn message(&self) -> crate::core::i18n::Message {
        match self {
            EventError::NotJson(why) => msg!("event-not-json", why = why),
            EventError::Missing(what) => msg!("event-missing", what = *what),
            EventError::Shape { kind, why } => msg!("event-shape", kind = kind, why = why),
        }
    }
}

/// What the event or status answer names as its order (our metadata and client_reference_id).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrderRef {
    pub order_no: Option<i64>,
    pub order_id: Option<Uuid>,
    pub revision: Option<i64>,
}

/// What a provider says happened, independent of whether it came by webhook or by a lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Observation {
    /// Money arrived. `amount` is in Stripe's smallest unit of `currency` (lowercase ISO).
    Paid {
        session_id: Option<String>,
        /// The PaymentIntent (or, without one, the session): the payment's reference.
        payment_ref: String,
        amount: i64,
        currency: String,
        order: OrderRef,
    },
    Expired {
        session_id: String,
        order: OrderRef,
    },
    Failed {
        session_id: String,
        order: OrderRef,
    },
    /// Nothing to do yet: the session is open, or an async payment is still processing.
    Pending {
        session_id: String,
        why: Message,
    },
    /// Not something the desk acts on.
    Ignored {
        why: Message,
    },
}

/// An event with its id and type, and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripeEvent {
    pub id: String,
    pub kind: String,
    pub observation: Observation,
}

/// `payment_intent` is an id, or the object when expanded.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Expandable {
    Id(String),
    Object { id: String },
}

/// The fields of a Checkout Session the desk reads.
#[derive(Debug, Clone, Deserialize)]
pub struct Session {
    pub id: String,
    #[serde(default)]
    pub url: Option<String>,
    /// open, complete or expired.
    #[serde(default)]
    pub status: Option<String>,
    /// paid, unpaid or no_payment_required.
    #[serde(default)]
    pub payment_status: Option<String>,
    #[serde(default)]
    pub amount_total: Option<i64>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub client_reference_id: Option<String>,
    #[serde(default)]
    metadata: Option<BTreeMap<String, Value>>,
    #[serde(default)]
    payment_intent: Option<Expandable>,
    #[serde(default)]
    pub expires_at: Option<i64>,
}

impl Session {
    pub fn payment_intent_id(&self) -> Option<&str> {
        self.payment_intent.as_ref().map(|p| match p {
            Expandable::Id(id) | Expandable::Object { id } => id.as_str(),
        })
    }

    pub fn order(&self) -> OrderRef {
        let mut order = order_from_metadata(self.metadata.as_ref());
        if order.order_no.is_none() {
            order.order_no = self
                .client_reference_id
                .as_deref()
                .and_then(|c| c.trim().parse().ok());
        }
        order
    }
}

#[derive(Debug, Clone, Deserialize)]
struct PaymentIntent {
    id: String,
    #[serde(default)]
    amount: Option<i64>,
    #[serde(default)]
    amount_received: Option<i64>,
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    metadata: Option<BTreeMap<String, Value>>,
}

#[derive(Debug, Deserialize)]
struct RawEvent {
    id: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    data: Option<RawData>,
}

#[derive(Debug, Deserialize)]
struct RawData {
    object: Option<Value>,
}

/// Metadata values are strings at Stripe; numbers are accepted too for hand-made events.
fn order_from_metadata(metadata: Option<&BTreeMap<String, Value>>) -> OrderRef {
    let text = |key: &str| -> Option<String> {
        match metadata?.get(key)? {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    OrderRef {
        order_no: text("order_no").and_then(|t| t.parse().ok()),
        order_id: text("order_id").and_then(|t| Uuid::parse_str(&t).ok()),
        revision: text("revision").and_then(|t| t.parse().ok()),
    }
}

/// What a Checkout Session's state means, whether it came in an event or from a lookup.
pub fn observe_session(s: &Session) -> Observation {
    let order = s.order();
    match (s.status.as_deref(), s.payment_status.as_deref()) {
        (Some("complete"), Some("paid")) => paid_session(s, order),
        (Some("complete"), Some("no_payment_required")) => Observation::Ignored {
            why: msg!("event-no-payment-needed", session = s.id.as_str()),
        },
        (Some("complete"), _) => Observation::Pending {
            session_id: s.id.clone(),
            why: msg!("event-still-processing"),
        },
        (Some("expired"), _) => Observation::Expired {
            session_id: s.id.clone(),
            order,
        },
        (Some("open"), _) | (None, _) => Observation::Pending {
            session_id: s.id.clone(),
            why: msg!("event-not-paid-yet"),
        },
        (Some(other), _) => Observation::Ignored {
            why: msg!(
                "event-unknown-status",
                session = s.id.as_str(),
                status = other
            ),
        },
    }
}

fn paid_session(s: &Session, order: OrderRef) -> Observation {
    match (s.amount_total, s.currency.as_deref()) {
        (Some(amount), Some(currency)) => Observation::Paid {
            session_id: Some(s.id.clone()),
            payment_ref: s.payment_intent_id().unwrap_or(&s.id).to_string(),
            amount,
            currency: currency.to_ascii_lowercase(),
            order,
        },
        _ => Observation::Ignored {
            why: msg!("event-session-no-amount", session = s.id.as_str()),
        },
    }
}

fn shape<T: for<'de> Deserialize<'de>>(object: Value, kind: &str) -> Result<T, EventError> {
    serde_json::from_value(object).map_err(|e| EventError::Shape {
        kind: kind.to_string(),
        why: e.to_string(),
    })
}

/// Reads a webhook body. Unknown event types parse fine and come back as `Ignored`.
pub fn parse_event(body: &[u8]) -> Result<StripeEvent, EventError> {
    let raw: RawEvent =
        serde_json::from_slice(body).map_err(|e| EventError::NotJson(e.to_string()))?;
    let id = raw
        .id
        .filter(|i| !i.trim().is_empty())
        .ok_or(EventError::Missing("an id"))?;
    let kind = raw
        .kind
        .filter(|k| !k.trim().is_empty())
        .ok_or(EventError::Missing("a type"))?;
    let object = raw
        .data
        .and_then(|d| d.object)
        .ok_or(EventError::Missing("data.object"))?;
    let observation = match kind.as_str() {
        "checkout.session.completed" => observe_session(&shape(object, "checkout session")?),
        "checkout.session.async_payment_succeeded" => {
            let s: Session = shape(object, "checkout session")?;
            let order = s.order();
            paid_session(&s, order)
        }
        "checkout.session.async_payment_failed" => {
            let s: Session = shape(object, "checkout session")?;
            Observation::Failed {
                order: s.order(),
                session_id: s.id,
            }
        }
        "checkout.session.expired" => {
            let s: Session = shape(object, "checkout session")?;
            Observation::Expired {
                order: s.order(),
                session_id: s.id,
            }
        }
        "payment_intent.succeeded" => {
            let pi: PaymentIntent = shape(object, "payment intent")?;
            let order = order_from_metadata(pi.metadata.as_ref());
            let amount = pi.amount_received.filter(|a| *a > 0).or(pi.amount);
            let names_order = order.order_no.is_some() || order.order_id.is_some();
            match (names_order, amount, pi.currency) {
                (true, Some(amount), Some(currency)) => Observation::Paid {
                    session_id: None,
                    payment_ref: pi.id,
                    amount,
                    currency: currency.to_ascii_lowercase(),
                    order,
                },
                (false, _, _) => Observation::Ignored {
                    why: msg!("event-payment-no-order", payment = pi.id.as_str()),
                },
                _ => Observation::Ignored {
                    why: msg!("event-payment-no-amount", payment = pi.id.as_str()),
                },
            }
        }
        other => Observation::Ignored {
            why: msg!("event-type-unused", kind = other),
        },
    };
    Ok(StripeEvent {
        id,
        kind,
        observation,
    })
}

/// Reads a Checkout Session as the API returns it.
pub fn parse_session(body: &str) -> Result<Session, EventError> {
    serde_json::from_str(body).map_err(|e| EventError::NotJson(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn session(status: &str, payment_status: &str) -> Value {
        json!({
            "id": "cs_test_1", "object": "checkout.session", "status": status,
            "payment_status": payment_status, "amount_total": 21550, "currency": "brl",
            "client_reference_id": "1042", "payment_intent": "pi_1",
            "metadata": {"order_no": "1042", "order_id": "0190c4a2-7b1e-7cc0-8000-000000000001", "revision": "2"}
        })
    }

    fn event(kind: &str, object: Value) -> Vec<u8> {
        json!({"id": "evt_1", "object": "event", "type": kind, "data": {"object": object}})
            .to_string()
            .into_bytes()
    }

    #[test]
    fn a_completed_paid_session_is_money_for_its_order() {
        let e = parse_event(&event(
            "checkout.session.completed",
            session("complete", "paid"),
        ))
        .unwrap();
        assert_eq!(
            (e.id.as_str(), e.kind.as_str()),
            ("evt_1", "checkout.session.completed")
        );
        let Observation::Paid {
            session_id,
            payment_ref,
            amount,
            currency,
            order,
        } = e.observation
        else {
            panic!("{:?}", e.observation)
        };
        assert_eq!(session_id.as_deref(), Some("cs_test_1"));
        assert_eq!(
            (payment_ref.as_str(), amount, currency.as_str()),
            ("pi_1", 21550, "brl")
        );
        assert_eq!((order.order_no, order.revision), (Some(1042), Some(2)));
        assert!(order.order_id.is_some());
    }

    #[test]
    fn an_async_payment_waits_for_its_own_event() {
        let e = parse_event(&event(
            "checkout.session.completed",
            session("complete", "unpaid"),
        ))
        .unwrap();
        assert!(matches!(e.observation, Observation::Pending { .. }));
        let e = parse_event(&event(
            "checkout.session.async_payment_succeeded",
            session("complete", "paid"),
        ))
        .unwrap();
        assert!(matches!(e.observation, Observation::Paid { .. }));
        let e = parse_event(&event(
            "checkout.session.async_payment_failed",
            session("complete", "unpaid"),
        ))
        .unwrap();
        assert!(matches!(e.observation, Observation::Failed { .. }));
    }

    #[test]
    fn expiry_and_unknown_types() {
        let e = parse_event(&event(
            "checkout.session.expired",
            session("expired", "unpaid"),
        ))
        .unwrap();
        assert!(
            matches!(e.observation, Observation::Expired { ref session_id, .. } if session_id == "cs_test_1")
        );
        let e = parse_event(&event("customer.created", json!({"id": "cus_1"}))).unwrap();
        assert!(
            matches!(e.observation, Observation::Ignored { ref why } if why.to_string().contains("customer.created"))
        );
    }

    #[test]
    fn client_reference_id_names_the_order_when_metadata_does_not() {
        let mut s = session("complete", "paid");
        s["metadata"] = json!({});
        let e = parse_event(&event("checkout.session.completed", s)).unwrap();
        assert!(
            matches!(e.observation, Observation::Paid { ref order, .. } if order.order_no == Some(1042))
        );
    }

    #[test]
    fn a_payment_intent_counts_only_with_our_metadata() {
        let pi = json!({"id": "pi_9", "amount": 500, "amount_received": 500, "currency": "usd", "metadata": {"order_no": "7"}});
        let e = parse_event(&event("payment_intent.succeeded", pi)).unwrap();
        assert!(
            matches!(e.observation, Observation::Paid { ref payment_ref, amount: 500, .. } if payment_ref == "pi_9")
        );
        let stranger = json!({"id": "pi_8", "amount": 500, "currency": "usd", "metadata": {}});
        let e = parse_event(&event("payment_intent.succeeded", stranger)).unwrap();
        assert!(matches!(e.observation, Observation::Ignored { .. }));
    }

    #[test]
    fn malformed_bodies_are_errors_not_panics() {
        assert!(matches!(
            parse_event(b"not json"),
            Err(EventError::NotJson(_))
        ));
        assert!(matches!(parse_event(b"[]"), Err(EventError::NotJson(_))));
        assert!(matches!(
            parse_event(br#"{"type":"x","data":{"object":{}}}"#),
            Err(EventError::Missing("an id"))
        ));
        assert!(matches!(
            parse_event(br#"{"id":"evt","data":{"object":{}}}"#),
            Err(EventError::Missing("a type"))
        ));
        assert!(matches!(
            parse_event(br#"{"id":"evt","type":"x"}"#),
            Err(EventError::Missing(_))
        ));
        let bad = event("checkout.session.completed", json!({"id": 5}));
        assert!(matches!(parse_event(&bad), Err(EventError::Shape { .. })));
        let bad = event(
            "checkout.session.completed",
            json!({"id": "cs", "amount_total": "lots"}),
        );
        assert!(matches!(parse_event(&bad), Err(EventError::Shape { .. })));
    }

    #[test]
    fn the_reference_fixture_session_parses() {
        let fixture: Value = serde_json::from_str(include_str!(
            "../../tests/fixtures/stripe/checkout_session.json"
        ))
        .unwrap();
        let s: Session = serde_json::from_value(fixture).unwrap();
        assert!(s.id.starts_with("cs_test_"));
        assert_eq!(s.payment_intent_id(), Some("pi_1PgafyB7WZ01zgkWSjxsAJo3"));
        assert!(matches!(observe_session(&s), Observation::Pending { .. }));
    }
}
