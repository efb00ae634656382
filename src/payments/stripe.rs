//! Stripe Checkout Sessions over Stripe's HTTP API: create one per order balance, look one
//! up for `payments sync`, expire one that a new link replaced.
//!
//! The secret key comes from `STRIPE_API_KEY` only: it is never stored in the database or
//! the config, never logged, and never shown by `Debug`. `STRIPE_API_BASE` (default
//! `https://api.stripe.com`) lets tests point the client at a local peer.

use std::fmt;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use super::events::{Session, parse_session};
use super::provider::{CreatedLink, LinkProvider, LinkRequest, ProviderError};

pub const DEFAULT_API_BASE: &str = "https://api.stripe.com";
pub const KEY_VAR: &str = "STRIPE_API_KEY";
pub const BASE_VAR: &str = "STRIPE_API_BASE";

/// An answer larger than this is not a Checkout Session.
const MAX_ANSWER: u64 = 1024 * 1024;
const WHAT: &str = "Stripe";

/// Where Stripe is and the key to talk to it.
#[derive(Clone, PartialEq, Eq)]
pub struct StripeAuth {
    base: String,
    key: String,
}

impl fmt::Debug for StripeAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StripeAuth")
            .field("base", &self.base)
            .field("key", &"(hidden)")
            .finish()
    }
}

impl StripeAuth {
    pub fn new(base: &str, key: &str) -> Result<StripeAuth, ProviderError> {
        let base = base.trim().trim_end_matches('/');
        super::fixed::check_url(base)
            .map_err(|e| ProviderError::Config(format!("{BASE_VAR}: {e}")))?;
        let key = key.trim();
        if key.is_empty() || key.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ProviderError::Config(format!(
                "{KEY_VAR} is empty or contains spaces; set it to the secret key from Stripe's dashboard"
            )));
        }
        Ok(StripeAuth {
            base: base.to_string(),
            key: key.to_string(),
        })
    }

    /// From `STRIPE_API_KEY` and `STRIPE_API_BASE`; None when no key is set.
    pub fn from_env() -> Result<Option<StripeAuth>, ProviderError> {
        let Some(key) = std::env::var(KEY_VAR).ok().filter(|k| !k.trim().is_empty()) else {
            return Ok(None);
        };
        let base = std::env::var(BASE_VAR)
            .ok()
            .filter(|b| !b.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_API_BASE.to_string());
        StripeAuth::new(&base, &key).map(Some)
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// A local peer (tests, a developer's mock) is reached directly, never through a proxy.
    fn is_loopback(&self) -> bool {
        let host = self
            .base
            .split_once("://")
            .map_or("", |(_, rest)| rest.split('/').next().unwrap_or_default());
        host.starts_with("127.")
            || host.starts_with("[::1]")
            || host == "localhost"
            || host.starts_with("localhost:")
    }
}

pub struct StripeClient {
    auth: StripeAuth,
    agent: ureq::Agent,
    success_url: Option<String>,
    cancel_url: Option<String>,
}

impl StripeClient {
    pub fn new(auth: StripeAuth, success_url: &str, cancel_url: &str) -> StripeClient {
        let mut config = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(20)))
            // Stripe explains a refusal in the body; read it instead of a bare status error.
            .http_status_as_error(false)
            .user_agent(concat!("orderdesk/", env!("CARGO_PKG_VERSION")));
        if auth.is_loopback() {
            config = config.proxy(None);
        }
        let url = |u: &str| Some(u.trim().to_string()).filter(|u| !u.is_empty());
        StripeClient {
            auth,
            agent: config.build().into(),
            success_url: url(success_url),
            cancel_url: url(cancel_url),
        }
    }

    /// The form Stripe's `POST /v1/checkout/sessions` takes for one order balance.
    ///
    /// One line item for the balance due rather than the order's lines: the link asks for
    /// what is still owed (after a deposit, with delivery and discount), which Stripe's own
    /// line arithmetic could not express. The order is named three ways so every Stripe
    /// surface leads back to it: `client_reference_id`, the session's metadata, and the
    /// PaymentIntent's metadata and description (what Stripe's payments export shows).
    pub fn form(&self, r: &LinkRequest) -> Vec<(String, String)> {
        let currency = r.due.currency.code().to_ascii_lowercase();
        let mut form: Vec<(String, String)> = vec![
            ("mode".into(), "payment".into()),
            ("line_items[0][price_data][currency]".into(), currency),
            (
                "line_items[0][price_data][unit_amount]".into(),
                r.due.minor.to_string(),
            ),
            (
                "line_items[0][price_data][product_data][name]".into(),
                r.description.to_string(),
            ),
            ("line_items[0][quantity]".into(), "1".into()),
            ("client_reference_id".into(), r.order_no.to_string()),
            ("expires_at".into(), r.expires_at.timestamp().to_string()),
        ];
        for prefix in ["metadata", "payment_intent_data[metadata]"] {
            form.push((format!("{prefix}[order_no]"), r.order_no.to_string()));
            form.push((format!("{prefix}[order_id]"), r.order_id.to_string()));
            form.push((format!("{prefix}[revision]"), r.revision.to_string()));
        }
        form.push((
            "payment_intent_data[description]".into(),
            r.description.to_string(),
        ));
        if let Some(url) = &self.success_url {
            form.push(("success_url".into(), url.clone()));
        }
        if let Some(url) = &self.cancel_url {
            form.push(("cancel_url".into(), url.clone()));
        }
        form
    }

    /// `GET /v1/checkout/sessions/{id}`.
    pub fn session(&self, id: &str) -> Result<Session, ProviderError> {
        let url = format!(
            "{}/v1/checkout/sessions/{}",
            self.auth.base,
            checked_id(id)?
        );
        let started = Instant::now();
        let answer = self
            .agent
            .get(&url)
            .header("Authorization", &self.bearer())
            .call();
        logged(
            "retrieve checkout session",
            id,
            started,
            read_session(answer),
        )
    }

    /// `POST /v1/checkout/sessions/{id}/expire`: the replaced link stops taking money.
    pub fn expire(&self, id: &str) -> Result<Session, ProviderError> {
        let url = format!(
            "{}/v1/checkout/sessions/{}/expire",
            self.auth.base,
            checked_id(id)?
        );
        let started = Instant::now();
        let answer = self
            .agent
            .post(&url)
            .header("Authorization", &self.bearer())
            .send_form(std::iter::empty::<(&str, &str)>());
        logged("expire checkout session", id, started, read_session(answer))
    }

    fn bearer(&self) -> String {
        format!("Bearer {}", self.auth.key)
    }
}

impl LinkProvider for StripeClient {
    fn create(&self, r: &LinkRequest) -> Result<CreatedLink, ProviderError> {
        let url = format!("{}/v1/checkout/sessions", self.auth.base);
        let started = Instant::now();
        let answer = self
            .agent
            .post(&url)
            .header("Authorization", &self.bearer())
            .header("Idempotency-Key", r.idempotency_key)
            .send_form(self.form(r));
        let about = format!("order #{}", r.order_no);
        let session = logged(
            "create checkout session",
            &about,
            started,
            read_session(answer),
        )?;
        let link = session
            .url
            .clone()
            .filter(|u| !u.is_empty())
            .ok_or_else(|| ProviderError::BadAnswer {
                what: WHAT.into(),
                why: format!("session {} has no url", session.id),
            })?;
        let expires_at = session
            .expires_at
            .and_then(|t| DateTime::<Utc>::from_timestamp(t, 0))
            .unwrap_or(r.expires_at);
        Ok(CreatedLink {
            url: link,
            external_id: Some(session.id),
            expires_at,
        })
    }
}

/// One log line per call to Stripe: what, about what, how long, and how it went. The key
/// and the request body are never in it.
fn logged(
    call: &str,
    about: &str,
    started: Instant,
    result: Result<Session, ProviderError>,
) -> Result<Session, ProviderError> {
    let ms = started.elapsed().as_millis() as u64;
    match &result {
        Ok(s) => tracing::info!(call, about, session = %s.id, ms, "provider call"),
        Err(e) => tracing::warn!(call, about, ms, error = %e, "provider call failed"),
    }
    result
}

/// Session ids go into a URL path: only the characters Stripe uses.
fn checked_id(id: &str) -> Result<&str, ProviderError> {
    if !id.is_empty()
        && id.len() <= 255
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        Ok(id)
    } else {
        Err(ProviderError::Config(format!(
            "'{id}' is not a Stripe Checkout Session id"
        )))
    }
}

fn read_session(
    answer: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<Session, ProviderError> {
    let mut response = answer.map_err(|e| ProviderError::Unreachable {
        what: WHAT.into(),
        why: e.to_string(),
    })?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_ANSWER)
        .read_to_string()
        .map_err(|e| ProviderError::Unreachable {
            what: WHAT.into(),
            why: format!("reading the answer failed: {e}"),
        })?;
    if !(200..300).contains(&status) {
        return Err(ProviderError::Refused {
            what: WHAT.into(),
            status,
            message: error_message(&body),
        });
    }
    parse_session(&body).map_err(|e| ProviderError::BadAnswer {
        what: WHAT.into(),
        why: e.to_string(),
    })
}

/// Stripe's `{"error": {"message": …}}`, or the start of whatever came instead.
fn error_message(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v["error"]["message"].as_str().map(str::to_string))
        .unwrap_or_else(|| body.chars().take(200).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::money::{Currency, Money};
    use chrono::TimeZone;
    use uuid::Uuid;

    #[test]
    fn the_key_never_shows_in_debug_output() {
        let auth = StripeAuth::new("https://api.stripe.com/", "sk_test_secret123").unwrap();
        let shown = format!("{auth:?}");
        assert!(!shown.contains("secret123"), "{shown}");
        assert_eq!(auth.base(), "https://api.stripe.com");
        assert!(StripeAuth::new("ftp://x", "sk").is_err());
        assert!(StripeAuth::new("https://api.stripe.com", " ").is_err());
    }

    #[test]
    fn local_peers_are_recognised() {
        let local = |b| StripeAuth::new(b, "k").unwrap().is_loopback();
        assert!(local("http://127.0.0.1:9999"));
        assert!(local("http://localhost:1/"));
        assert!(local("http://[::1]:8080"));
        assert!(!local("http://localhost.evil.example"));
        assert!(!local("https://api.stripe.com"));
    }

    #[test]
    fn the_form_names_the_order_three_ways() {
        let client = StripeClient::new(
            StripeAuth::new("http://127.0.0.1:1", "k").unwrap(),
            "https://shop.example/ok",
            "",
        );
        let r = LinkRequest {
            order_no: 1042,
            order_id: Uuid::nil(),
            revision: 2,
            due: Money::new(21550, Currency::BRL),
            phone: None,
            description: "Order #1042 · Lumen",
            expires_at: Utc.with_ymd_and_hms(2026, 3, 2, 9, 55, 0).unwrap(),
            idempotency_key: "k",
        };
        let form = client.form(&r);
        let get = |k: &str| {
            form.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("line_items[0][price_data][currency]"), Some("brl"));
        assert_eq!(get("line_items[0][price_data][unit_amount]"), Some("21550"));
        assert_eq!(get("client_reference_id"), Some("1042"));
        assert_eq!(get("metadata[revision]"), Some("2"));
        assert_eq!(get("payment_intent_data[metadata][order_no]"), Some("1042"));
        assert_eq!(get("success_url"), Some("https://shop.example/ok"));
        assert_eq!(get("cancel_url"), None, "an empty cancel_url is left out");
    }

    #[test]
    fn only_stripe_shaped_ids_go_into_paths() {
        assert!(checked_id("cs_test_a1YS1URlnyQ").is_ok());
        assert!(checked_id("../v1/charges").is_err());
        assert!(checked_id("").is_err());
    }

    #[test]
    fn error_bodies_become_messages() {
        let body = r#"{"error": {"message": "Invalid API Key provided: sk_test_***", "type": "invalid_request_error"}}"#;
        assert_eq!(error_message(body), "Invalid API Key provided: sk_test_***");
        assert_eq!(
            error_message("<html>bad gateway</html>"),
            "<html>bad gateway</html>"
        );
    }
}
