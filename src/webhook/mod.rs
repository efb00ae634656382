//! The webhook endpoint: Stripe POSTs signed events to `/webhooks/stripe`.
//!
//! Each request is checked before anything is stored: the body is bounded (256 KiB), the
//! `Stripe-Signature` is verified against the raw body (constant-time, 300 s tolerance), the
//! JSON is read, and only then is the event applied in one transaction. The answer is 2xx
//! only after that transaction committed, so Stripe retries anything the desk did not keep;
//! a retry of a kept event meets the UNIQUE event id and changes nothing.
//!
//! The endpoint faces the internet through a tunnel, so no client can hold it: each
//! connection is read on a thread of its own with time limits (`http.rs`), at most
//! [`MAX_CONNECTIONS`] at once, and only whole, bounded requests reach the one loop that
//! verifies and applies them. Stopping never waits for a client.
//!
//! `orderdesk webhook serve` runs [`Endpoint::serve`] in the foreground; the desk runs the
//! same loop on a thread of its own with [`spawn`], with its own database connection.

mod http;

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::json;
use thiserror::Error;

use crate::config::Config;
use crate::msg;
use crate::ops::Message;
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

impl WebhookError {
    /// In the reader's words (what the system said stays as it came).
    pub fn message(&self) -> Message {
        match self {
            WebhookError::Bind { listen, why } => msg!(
                "webhook-cannot-listen",
                listen = listen.as_str(),
                why = Message::plain(why.as_str())
            ),
            WebhookError::NoSecret => msg!("webhook-no-secret", var = SECRET_VAR),
            WebhookError::Store(why) => {
                msg!("webhook-cannot-open", why = Message::plain(why.as_str()))
            }
        }
    }
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
    /// Why ("bad signature: …", "evt_1 checkout.session.completed: paid"): English in the
    /// log and the answer, the staff's language on the desk.
    pub message: Message,
    pub outcome: Option<EventOutcome>,
    pub order_no: Option<i64>,
    pub paid: Option<PaidNotice>,
    /// Why the money went to manual review.
    pub review: Option<Message>,
}

impl Handled {
    fn refuse(status: u16, message: Message) -> Handled {
        Handled {
            status,
            message,
            outcome: None,
            order_no: None,
            paid: None,
            review: None,
        }
    }
}

/// At most this many clients at once; one more is answered 503 at once and hung up on.
pub const MAX_CONNECTIONS: usize = 32;
/// How long a kept-alive connection may sit idle between requests.
pub const IDLE_TIME: Duration = Duration::from_secs(5);
/// How many clients beyond the cap are told "503" at once (the rest are just hung up on).
const TURNED_AWAY_AT_ONCE: usize = 8;
/// How often the serving loop looks at its stop flag.
const TICK: Duration = Duration::from_millis(100);
/// Requests one connection may send before it is closed (Stripe opens new ones).
const REQUESTS_PER_CONNECTION: usize = 1000;

/// A request read whole by its connection's thread, waiting for the serving loop's answer.
struct Job {
    request: http::Request,
    answer: Sender<Handled>,
}

pub struct Endpoint {
    listener: TcpListener,
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
        let listener = TcpListener::bind(addr).map_err(|e| bind_err(e.to_string()))?;
        let addr = listener.local_addr().map_err(|e| bind_err(e.to_string()))?;
        Ok(Endpoint { listener, addr })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Answers requests until `stop` is set (checked every 100 ms). Each client has a thread
    /// of its own that reads its request within the time limits (at most [`MAX_CONNECTIONS`]
    /// at once); the checked requests are applied here, one at a time, on this one
    /// connection to the book. `seen` hears about every applied request, after its answer
    /// was handed to the client's thread. Returning never waits for a client: one still
    /// sending is left to its own time limit and gets no answer.
    pub fn serve(
        &self,
        desk: &mut Desk,
        secret: &str,
        stop: &AtomicBool,
        seen: &mut dyn FnMut(&Handled),
    ) {
        let (jobs, incoming) = mpsc::channel::<Job>();
        let closing = Arc::new(AtomicBool::new(false));
        let accepting = self.listener.try_clone().map(|listener| {
            let closing = closing.clone();
            std::thread::Builder::new()
                .name("orderdesk-webhook-accept".into())
                .spawn(move || accept(listener, jobs, &closing))
        });
        if !matches!(accepting, Ok(Ok(_))) {
            return;
        }
        while !stop.load(Ordering::Relaxed) {
            let job = match incoming.recv_timeout(TICK) {
                Ok(job) => job,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
            };
            let mut handled = check_and_apply(desk, secret, &job.request);
            log_request(&handled);
            // The client's thread sends the answer; a client gone meanwhile changes nothing.
            let _ = job.answer.send(handled.clone());
            if let Some(paid) = &handled.paid {
                // The shop's own command learns of the payment after the commit.
                if let Err(e) = run_on_payment(&desk.config.hooks.on_payment, paid) {
                    handled.message = Message::list([handled.message.clone(), e]);
                }
            }
            seen(&handled);
        }
        // Wake the accepting thread so it sees `closing`; it is not waited for.
        closing.store(true, Ordering::Relaxed);
        let mut wake = self.addr;
        if wake.ip().is_unspecified() {
            wake.set_ip(if wake.is_ipv4() {
                Ipv4Addr::LOCALHOST.into()
            } else {
                Ipv6Addr::LOCALHOST.into()
            });
        }
        let _ = TcpStream::connect_timeout(&wake, TICK);
    }
}

/// Takes connections until `closing`, each on a thread of its own, at most
/// [`MAX_CONNECTIONS`] at once.
fn accept(listener: TcpListener, jobs: Sender<Job>, closing: &AtomicBool) {
    let open = Arc::new(AtomicUsize::new(0));
    let turning_away = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        if closing.load(Ordering::Relaxed) {
            return;
        }
        let Ok(stream) = stream else { continue };
        if open.load(Ordering::Relaxed) >= MAX_CONNECTIONS {
            busy(stream, &turning_away);
            continue;
        }
        open.fetch_add(1, Ordering::Relaxed);
        let slot = Slot(open.clone());
        let jobs = jobs.clone();
        let started = std::thread::Builder::new()
            .name("orderdesk-webhook-client".into())
            .spawn(move || {
                let _slot = slot;
                client(http::Connection::new(stream), &jobs);
            });
        // Without a thread the closure is dropped: the connection closes, the slot is freed.
        let _ = started;
    }
}

/// One client's connection slot, given back however its thread ends.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Too many clients: a few are told so (503, on a short-lived thread of their own that lets
/// them finish sending, so they read the answer instead of a reset); past that they are
/// hung up on at once. Neither waits on the accepting loop.
fn busy(stream: TcpStream, turning_away: &Arc<AtomicUsize>) {
    if turning_away.load(Ordering::Relaxed) >= TURNED_AWAY_AT_ONCE {
        return;
    }
    turning_away.fetch_add(1, Ordering::Relaxed);
    let slot = Slot(turning_away.clone());
    let _ = std::thread::Builder::new()
        .name("orderdesk-webhook-busy".into())
        .spawn(move || {
            let _slot = slot;
            let mut connection = http::Connection::new(stream);
            let body = answer_body(&Handled::refuse(503, msg!("webhook-busy")));
            if connection.respond(503, &body, false).is_ok() {
                connection.hang_up();
            }
        });
}

/// Reads requests from one client and writes the serving loop's answers.
fn client(mut connection: http::Connection, jobs: &Sender<Job>) {
    for served in 0..REQUESTS_PER_CONNECTION {
        let wait = if served == 0 {
            http::REQUEST_TIME
        } else {
            IDLE_TIME
        };
        let request = match connection.read_request(wait, MAX_BODY) {
            Ok(r) => r,
            Err(http::NoRequest::Quiet) => return,
            Err(http::NoRequest::Refuse(status, message)) => {
                let refused = Handled::refuse(status, message);
                log_request(&refused);
                let refused = answer_body(&refused);
                let _ = connection.respond(status, &refused, false);
                connection.hang_up();
                return;
            }
        };
        let keep_alive = request.keep_alive;
        let (answer, answered) = mpsc::channel();
        if jobs.send(Job { request, answer }).is_err() {
            return;
        }
        // The loop stopped before answering: hang up; an unanswered event is sent again.
        let Ok(handled) = answered.recv() else { return };
        if connection
            .respond(handled.status, &answer_body(&handled), keep_alive)
            .is_err()
            || !keep_alive
        {
            return;
        }
    }
}

/// One log line per request, written before its answer goes out: what came, what it did.
/// Never the signature or the secret.
fn log_request(handled: &Handled) {
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
}

fn answer_body(handled: &Handled) -> String {
    json!({
        "received": (200..300).contains(&handled.status),
        "message": handled.message,
        "outcome": handled.outcome,
    })
    .to_string()
}

fn check_and_apply(desk: &mut Desk, secret: &str, request: &http::Request) -> Handled {
    if request.path != PATH {
        return Handled::refuse(
            404,
            msg!(
                "webhook-no-endpoint",
                path = request.path.as_str(),
                expected = PATH
            ),
        );
    }
    if request.method != "POST" {
        return Handled::refuse(405, msg!("webhook-post-only", path = PATH));
    }
    let body = &request.body;
    let signature = request.header("Stripe-Signature").unwrap_or_default();
    let now = desk.now().timestamp();
    if let Err(e) = verify(signature, body, secret, now, DEFAULT_TOLERANCE_SECS) {
        return Handled::refuse(400, msg!("webhook-bad-signature", why = e.message()));
    }
    let event = match parse_event(body) {
        Ok(e) => e,
        Err(e) => return Handled::refuse(400, msg!("webhook-malformed", why = e.message())),
    };
    match desk.receive_stripe_event(&event) {
        // What Stripe and the log read; the desk hears only payments, reviews and refusals.
        Ok(Received::Duplicate) => Handled {
            status: 200,
            message: Message::plain(format!(
                "{} {}: received before, nothing changed",
                event.id, event.kind
            )),
            outcome: None,
            order_no: None,
            paid: None,
            review: None,
        },
        Ok(Received::Applied {
            outcome,
            order_no,
            detail,
            paid,
            review,
        }) => Handled {
            status: 200,
            message: Message::plain(format!("{} {}: {outcome}: {detail}", event.id, event.kind)),
            outcome: Some(outcome),
            order_no,
            paid,
            review: review.map(|why| why.message()),
        },
        // Not stored: a non-2xx answer makes Stripe try again later.
        Err(e) if e.is_user_error() => Handled::refuse(
            503,
            msg!(
                "webhook-not-stored-retry",
                event = event.id.as_str(),
                why = e.message()
            ),
        ),
        Err(e) => Handled::refuse(
            500,
            msg!(
                "webhook-not-stored",
                event = event.id.as_str(),
                why = e.message()
            ),
        ),
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
        message: Message,
    },
    /// A request was refused (bad signature, malformed) or could not be stored.
    Refused { status: u16, message: Message },
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

    /// Stops listening; waits at most for the event being applied, never for a client.
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

/// Starts the endpoint on its own thread with its own connection to the book (`store`, the
/// desk's book opened again), for the desk:
/// `config.webhook.listen` is where, the secret comes from [`secret_from_env`]. Every
/// verified payment, review and refusal is sent to `notices` (the desk polls it on its tick).
pub fn spawn(
    store: Store,
    config: Config,
    secret: String,
    notices: Sender<WebhookNotice>,
) -> Result<WebhookHandle, WebhookError> {
    let listen = config.webhook.listen.trim().to_string();
    let endpoint = Endpoint::bind(&listen)?;
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
                        message: h.review.clone().unwrap_or_else(|| h.message.clone()),
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
