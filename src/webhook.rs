//! The webhook endpoint: Stripe POSTs signed events to `/webhooks/stripe`.
//!
//! Each request is checked before anything is stored: the body is bounded (256 KiB), the
//! `Stripe-Signature` is verified against the raw body (constant-time, 300 s tolerance), the
//! JSON is read, and only then is the event applied in one transaction. The answer is 2xx
//! only after that transaction committed, so Stripe retries anything the desk did not keep;
//! a retry of a kept event meets the UNIQUE event id and changes nothing.
//!
//! `orderdesk webhook serve` runs [`Endpoint::serve`] in the foreground; the desk runs the
//! same loop on a thread of its own with [`spawn`], with its own database connection.

use std::io::Read;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::json;
use thiserror::Error;

use crate::config::Config;
use crate::ops::{Desk, EventOutcome, Received};
use crate::payments::PaidNotice;
use crate::payments::events::parse_event;
use crate::payments::hook::run_on_payment;
use crate::payments::signature::{DEFAULT_TOLERANCE_SECS, verify};
use crate::store::Store;

pub const PATH: &str = "/webhooks/stripe";
/// Stripe's events are a few KiB; anything this large is not one.
pub const MAX_BODY: usize = 256 * 1024;
pub const SECRET_VAR: &str = "STRIPE_WEBHOOK_SECRET";

#[derive(Debug, Error)]
pub enum WebhookError {
    #[error("cannot listen on '{listen}': {why}")]
    Bind { listen: String, why: String },
    #[error(
        "{SECRET_VAR} is not set; set it to the endpoint's signing secret (whsec_…) from \
         Stripe's dashboard or `stripe listen`"
    )]
    NoSecret,
    #[error("cannot open the database for the webhook: {0}")]
    Store(String),
}

/// The secret that signs Stripe's webhooks, from the environment only.
pub fn secret_from_env() -> Result<String, WebhookError> {
    std::env::var(SECRET_VAR)
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .ok_or(WebhookError::NoSecret)
}

/// What one request got, for the log line and the desk's status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handled {
    pub status: u16,
    /// Why, in words ("bad signature: …", "evt_1 checkout.session.completed: paid").
    pub message: String,
    pub outcome: Option<EventOutcome>,
    pub order_no: Option<i64>,
    pub paid: Option<PaidNotice>,
}

impl Handled {
    fn refuse(status: u16, message: String) -> Handled {
        Handled {
            status,
            message,
            outcome: None,
            order_no: None,
            paid: None,
        }
    }
}

pub struct Endpoint {
    server: tiny_http::Server,
    addr: SocketAddr,
}

impl Endpoint {
    /// Listens on `listen` ("127.0.0.1:8787"; port 0 picks a free one).
    pub fn bind(listen: &str) -> Result<Endpoint, WebhookError> {
        let bind_err = |why: String| WebhookError::Bind {
            listen: listen.to_string(),
            why,
        };
        let addr = listen
            .trim()
            .to_socket_addrs()
            .map_err(|e| bind_err(format!("{e} (expected an address like 127.0.0.1:8787)")))?
            .next()
            .ok_or_else(|| bind_err("it names no address".into()))?;
        let server = tiny_http::Server::http(addr).map_err(|e| bind_err(e.to_string()))?;
        let addr = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| bind_err("not an IP address".into()))?;
        Ok(Endpoint { server, addr })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Answers requests until `stop` is set (checked at least every 200 ms). `seen` hears
    /// about every request, after its answer was sent.
    pub fn serve(
        &self,
        desk: &mut Desk,
        secret: &str,
        stop: &AtomicBool,
        seen: &mut dyn FnMut(&Handled),
    ) {
        while !stop.load(Ordering::Relaxed) {
            let request = match self.server.recv_timeout(Duration::from_millis(200)) {
                Ok(Some(r)) => r,
                Ok(None) => continue,
                // A broken connection is the client's problem; keep serving the others.
                Err(_) => continue,
            };
            let handled = handle(desk, secret, request);
            if let Some(paid) = &handled.paid {
                // The shop's own command learns of the payment after the commit.
                if let Err(e) = run_on_payment(&desk.config.hooks.on_payment, paid) {
                    let mut h = handled.clone();
                    h.message = format!("{}; {e}", h.message);
                    seen(&h);
                    continue;
                }
            }
            seen(&handled);
        }
    }
}

fn answer(request: tiny_http::Request, handled: &Handled) {
    let body = json!({
        "received": (200..300).contains(&handled.status),
        "message": handled.message,
        "outcome": handled.outcome,
    })
    .to_string();
    let mut response = tiny_http::Response::from_string(body).with_status_code(handled.status);
    if let Ok(h) = tiny_http::Header::from_bytes(&b"Content-Type"[..], &b"application/json"[..]) {
        response.add_header(h);
    }
    // The sender may have hung up; there is no one left to tell.
    let _ = request.respond(response);
}

fn handle(desk: &mut Desk, secret: &str, mut request: tiny_http::Request) -> Handled {
    let handled = check_and_apply(desk, secret, &mut request);
    // One line per request, written before the answer goes out: what came, what it did.
    // Never the signature or the secret.
    if handled.status >= 400 {
        tracing::warn!(status = handled.status, message = %handled.message, "webhook request refused");
    } else {
        tracing::info!(
            status = handled.status,
            order = ?handled.order_no,
            outcome = ?handled.outcome,
            message = %handled.message,
            "webhook request"
        );
    }
    answer(request, &handled);
    handled
}

fn check_and_apply(desk: &mut Desk, secret: &str, request: &mut tiny_http::Request) -> Handled {
    let path = request.url().split('?').next().unwrap_or_default();
    if path != PATH {
        return Handled::refuse(
            404,
            format!("no such endpoint {path}; Stripe posts to {PATH}"),
        );
    }
    if *request.method() != tiny_http::Method::Post {
        return Handled::refuse(405, format!("{PATH} takes POST only"));
    }
    if request.body_length().is_some_and(|n| n > MAX_BODY) {
        return Handled::refuse(413, format!("the body is larger than {MAX_BODY} bytes"));
    }
    let mut body = Vec::new();
    let limit = MAX_BODY as u64 + 1;
    if let Err(e) = request.as_reader().take(limit).read_to_end(&mut body) {
        return Handled::refuse(400, format!("cannot read the body: {e}"));
    }
    if body.len() > MAX_BODY {
        return Handled::refuse(413, format!("the body is larger than {MAX_BODY} bytes"));
    }
    let signature = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Stripe-Signature"))
        .map(|h| h.value.as_str().to_string())
        .unwrap_or_default();
    let now = desk.now().timestamp();
    if let Err(e) = verify(&signature, &body, secret, now, DEFAULT_TOLERANCE_SECS) {
        return Handled::refuse(400, format!("bad signature: {e}; nothing was stored"));
    }
    let event = match parse_event(&body) {
        Ok(e) => e,
        Err(e) => return Handled::refuse(400, format!("malformed event: {e}; nothing was stored")),
    };
    match desk.receive_stripe_event(&event) {
        Ok(Received::Duplicate) => Handled {
            status: 200,
            message: format!(
                "{} {}: received before, nothing changed",
                event.id, event.kind
            ),
            outcome: None,
            order_no: None,
            paid: None,
        },
        Ok(Received::Applied {
            outcome,
            order_no,
            detail,
            paid,
        }) => Handled {
            status: 200,
            message: format!("{} {}: {outcome}: {detail}", event.id, event.kind),
            outcome: Some(outcome),
            order_no,
            paid,
        },
        // Not stored: a non-2xx answer makes Stripe try again later.
        Err(e) if e.is_user_error() => {
            Handled::refuse(503, format!("{} not stored, try again: {e}", event.id))
        }
        Err(e) => Handled::refuse(500, format!("{} not stored: {e}", event.id)),
    }
}

/// What the desk hears from its webhook thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebhookNotice {
    /// A payment was verified: ring the bell, show it on the status line.
    Paid(PaidNotice),
    /// Money arrived that does not match: the order's link is in manual review.
    Review {
        order_no: Option<i64>,
        message: String,
    },
    /// A request was refused (bad signature, malformed) or could not be stored.
    Refused { status: u16, message: String },
}

/// The endpoint running inside the desk. Dropping it stops the thread.
pub struct WebhookHandle {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl WebhookHandle {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops listening and waits for the request being answered, if any.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for WebhookHandle {
    fn drop(&mut self) {
        self.halt();
    }
}

/// Starts the endpoint on its own thread with its own connection to `db`, for the desk:
/// `config.webhook.listen` is where, the secret comes from [`secret_from_env`]. Every
/// verified payment, review and refusal is sent to `notices` (the desk polls it on its tick).
pub fn spawn(
    db: PathBuf,
    config: Config,
    secret: String,
    notices: Sender<WebhookNotice>,
) -> Result<WebhookHandle, WebhookError> {
    let listen = config.webhook.listen.trim().to_string();
    let endpoint = Endpoint::bind(&listen)?;
    let store = Store::open(&db).map_err(|e| WebhookError::Store(e.to_string()))?;
    let addr = endpoint.addr();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let thread = std::thread::Builder::new()
        .name("orderdesk-webhook".into())
        .spawn(move || {
            let mut desk = Desk::new(store, config);
            endpoint.serve(&mut desk, &secret, &flag, &mut |h| {
                let notice = match (&h.paid, h.outcome) {
                    (Some(paid), _) => WebhookNotice::Paid(paid.clone()),
                    (None, Some(EventOutcome::ManualReview)) => WebhookNotice::Review {
                        order_no: h.order_no,
                        message: h.message.clone(),
                    },
                    _ if h.status >= 400 => WebhookNotice::Refused {
                        status: h.status,
                        message: h.message.clone(),
                    },
                    _ => return,
                };
                // The desk may be closing; nobody is left to hear it.
                let _ = notices.send(notice);
            });
        })
        .map_err(|e| WebhookError::Bind {
            listen,
            why: format!("cannot start its thread: {e}"),
        })?;
    Ok(WebhookHandle {
        addr,
        stop,
        thread: Some(thread),
    })
}
